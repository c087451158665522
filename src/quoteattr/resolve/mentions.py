"""A speaker mention as the name it gives when no entity stands behind it, and the record of
how a canonical name was reached."""

from __future__ import annotations

from collections.abc import Callable

import attrs
from spacy.tokens import Span, Token

from quoteattr.attribute.syntax import can_speak, noun_phrase
from quoteattr.lexicon.words import ARTICLES
from quoteattr.resolve.entities import Entity
from quoteattr.resolve.name_kinds import PERSON, is_title
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


def shared_surname(mention: Span) -> str | None:
    """A title standing alone before "and" and a name takes that name's surname: "Mrs." in
    "Mrs. and Miss Pike" is Mrs. Pike, "Mr." in "Mr. and Mrs. Lorne" is Mr. Lorne."""
    words = [t for t in mention if not t.is_punct]
    if len(words) != 1 or not is_title(words[0]):
        return None
    title = words[0]
    partner = next((c for c in title.children if c.dep_ == "conj" and c.pos_ == "PROPN" and not is_title(c)), None)
    if partner is None or not any(c.dep_ == "cc" for c in title.children):
        return None
    return f"{title.text} {partner.text}"


def partner_names(subject: Token, entity_at: Callable[[int], Entity | None]) -> list[str]:
    """The people a subject is joined to by "and", as names: "Alex Morgan and Sam Lee", or "he
    and his partner" (someone the text describes as a person's own); none when any of them is
    not a person."""
    names = []
    for partner in (c for c in subject.children if c.dep_ == "conj"):
        entity = entity_at(partner.i)
        if entity is not None and entity.kind == PERSON:
            names.append(entity.name)
        elif partner.pos_ == "NOUN" and can_speak(partner) and any(c.dep_ == "poss" for c in partner.children):
            names.append(nominal_name(noun_phrase(partner)))
        else:
            return []
    return names


@attrs.frozen
class Resolved:
    """How a canonical name was reached: the mention, the way, and the entity when there is one."""

    mention: Span
    resolution: Resolution
    entity: Entity | None
