"""Attributions a reader gets right, on texts of our own (from the hostile-input review)."""

from __future__ import annotations

from spacy.language import Language

import quoteattr


def found(text: str, nlp: Language) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind.value, q.content.text, q.speaker.name if q.speaker else None)
        for q in quoteattr.attribute(text, nlp=nlp)
    ]


def test_the_spokesperson_is_the_one_introduced_before(nlp: Language) -> None:
    text = (
        "The plant will close in May, according to a spokesperson for Tesla. "
        "“This was a difficult decision,” the spokesperson said."
    )
    assert {name for _, _, name in found(text, nlp)} == {"a spokesperson for Tesla"}


def test_a_headline_label_names_the_speaker_the_story_names_in_full(nlp: Language) -> None:
    text = "Obama: ‘Yes we can’\n\nBarack Obama spoke to supporters in Chicago on Tuesday night."
    assert found(text, nlp) == [("direct", "Yes we can", "Barack Obama")]


def test_a_plural_possessive_inside_single_quotes_keeps_the_last_word_and_full_stop(nlp: Language) -> None:
    assert found("'It's the fans' club, not the owners'.' said Tom Hale.", nlp) == [
        ("direct", "It's the fans' club, not the owners'.", "Tom Hale")
    ]


def test_reported_speech_never_starts_with_that(nlp: Language) -> None:
    quotes = quoteattr.attribute("The mayor said that the bridge would reopen in the spring.", nlp=nlp)
    assert [q.content.text for q in quotes] == ["the bridge would reopen in the spring"]
