"""Invisible characters (no-break spaces, zero-width and control characters) never change who a
quote's speaker is, never end up in a name, and offsets still index the original text."""

from __future__ import annotations

import pytest
from hypothesis import given
from spacy.language import Language

import quoteattr
from tests.strategies import article_with_invisibles
from tests.test_properties import check_quotes


@pytest.mark.parametrize(
    "text",
    [
        "“Hello there,” said Ana Ruiz.\u200b She left.",
        "“Hello there,” said Ana Ruiz.\ufeff",
        "“Hello there,” said Ana Ruiz\x01",
        "“Hello there,” said Ana\u00a0Ruiz.",
        "“Hello there,” said Ana Ruiz\x00",
    ],
)
def test_a_name_is_found_as_if_the_invisible_characters_were_not_there(text: str, nlp: Language) -> None:
    (quote,) = quoteattr.attribute(text, nlp=nlp)
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"
    assert quote.speaker.mention is not None
    assert text[quote.speaker.mention.start : quote.speaker.mention.end] == quote.speaker.mention.text


@given(article_with_invisibles())
def test_invisible_characters_change_no_speaker(nlp: Language, texts: tuple[str, str]) -> None:
    clean, dirty = texts
    found = quoteattr.attribute(dirty, nlp=nlp)
    check_quotes(dirty, found)
    names = [q.speaker.name for q in found if q.speaker]
    assert all(ch.isprintable() and ch not in "\u00a0\u2009\u202f" for name in names for ch in name)
    assert names == [q.speaker.name for q in quoteattr.attribute(clean, nlp=nlp) if q.speaker]
