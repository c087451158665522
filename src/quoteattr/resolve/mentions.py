"""A speaker mention as the name it gives when no entity stands behind it, and the record of
how a canonical name was reached."""

from __future__ import annotations

import attrs
from spacy.tokens import Span

from quoteattr.lexicon.words import ARTICLES
from quoteattr.resolve.entities import Entity
from quoteattr.types import Resolution


def nominal_name(mention: Span) -> str:
    """A speaker phrase as a name: “The senator” → “the senator”, possessive ’s and the commas
    around an appositive (“the mayor of Springfield, Illinois,”) dropped."""
    tokens = [t for t in mention if t.tag_ != "POS"]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return mention.text
    text = mention.doc[tokens[0].i : tokens[-1].i + 1].text
    if tokens[0].lower_ in ARTICLES:
        text = tokens[0].lower_ + text[len(tokens[0].text) :]
    return " ".join(text.split())  # a hard-wrapped "the⏎minister" is "the minister"


@attrs.frozen
class Resolved:
    """How a canonical name was reached: the mention, the way, and the entity when there is one."""

    mention: Span
    resolution: Resolution
    entity: Entity | None
