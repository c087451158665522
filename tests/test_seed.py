"""The seed article: all twelve quotations, with their kinds."""

from __future__ import annotations

from spacy.language import Language

import quoteattr

EXPECTED = [
    ("ready to reach a deal", "partial"),
    ("moving in the right direction", "partial"),
    ("I am not happy", "direct"),
    ("some specific points", "partial"),
    ("inflammatory", "partial"),
    ("very harmful", "partial"),
    ("It’s inflammatory statements", "direct"),
    ("get it done", "partial"),
    ("want peace right now", "partial"),
    ("they’re ready to do something", "partial"),
    ("This war is endable", "direct"),
    ("good meetings over the weekend", "partial"),
]


def test_seed_gives_all_twelve_quotations_with_their_kinds(seed_text: str, nlp: Language) -> None:
    quotes = [q for q in quoteattr.attribute(seed_text, nlp=nlp) if q.kind.value != "indirect"]
    assert len(quotes) == len(EXPECTED)
    for quote, (start, kind) in zip(quotes, EXPECTED, strict=True):
        assert quote.content.text.startswith(start)
        assert quote.kind.value == kind
        assert seed_text[quote.content.start : quote.content.end] == quote.content.text
