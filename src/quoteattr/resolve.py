"""Stage 4b: turn a speaker mention into the canonical name a careful reader would give."""

from __future__ import annotations

from spacy.tokens import Span

from quoteattr.entities import EntityTable

_DETERMINERS = frozenset({"the", "a", "an"})


def resolve_speaker(mention: Span, table: EntityTable) -> tuple[str, float]:
    """The canonical name for ``mention`` and how sure the resolution is (0 to 1)."""
    entity = table.lookup(mention)
    if entity is not None:
        return entity.name, 1.0
    return nominal_name(mention), 0.9


def nominal_name(mention: Span) -> str:
    """A speaker phrase as a name: “The senator” → “the senator”, possessive ’s dropped."""
    tokens = [t for t in mention if t.tag_ != "POS"]
    if not tokens:
        return mention.text
    text = mention.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    if tokens[0].lower_ in _DETERMINERS:
        text = tokens[0].lower_ + text[len(tokens[0].text) :]
    return text
