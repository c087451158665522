"""What the parser reads: the text one character for one, with what breaks its tokenizer mended."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

import quoteattr
from quoteattr.parse.chunks import parseable


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("now.--But", "now. —But"),
        ('he,--"well', 'he, —"well'),
        ('was--" she', 'was —" she'),
        ('Yes"--he said', 'Yes" —he said'),
        ("well--and", "well--and"),  # spaCy splits this one itself
        ("a---b", "a---b"),
        ("x -- y", "x -- y"),
        ("to say--\n\n", "to say —\n\n"),  # a dash ending a line
        ("said,--\n", "said, —\n"),
        ('well," --said', 'well,"  —said'),  # a dash opening a word
    ],
)
def test_two_hyphens_glued_to_punctuation_are_read_as_a_spaced_dash(text: str, read: str) -> None:
    assert parseable(text) == read


@given(st.text(alphabet='-.,;!?"“”ab_ \n', max_size=40))
def test_parseable_keeps_every_offset(text: str) -> None:
    assert len(parseable(text)) == len(text)


def test_a_cue_after_a_glued_dash_is_found(nlp: Language) -> None:
    text = '"Well," said the still hovering Nora;--"well--and--and what should I say?"'
    quotes = quoteattr.attribute(text, nlp=nlp)
    assert [(q.content.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Well,", "Nora"),
        ("well--and--and what should I say?", "Nora"),
    ]


def test_a_comma_glued_between_a_cue_and_its_opening_mark_is_read_as_a_space(nlp: Language) -> None:
    assert parseable("Ryan said,“Look, no.”") == "Ryan said “Look, no.”"
    assert parseable("one,“two”, three") == "one,“two”, three"  # after no verb of speaking: left
    assert parseable('“Yes,” he said,"and no.”') == '“Yes,” he said "and no.”'
    text = "Paul Ruiz spoke first.\n\nRuiz said,“We will not back down.”\n\nHe added, “Never.”"
    quotes = quoteattr.attribute(text, nlp=nlp)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Paul Ruiz", "Paul Ruiz"]
    assert quotes[0].content.text == "We will not back down."


def test_the_underscores_of_plain_text_italics_are_read_as_spaces(nlp: Language) -> None:
    assert parseable("Ann could _not_ believe it.") == "Ann could  not  believe it."
    assert parseable("snake_case stays") == "snake_case stays"  # inside a word
    assert parseable('"_John!_ How dare you?"') == '"_John!  How dare you?"'  # beside a mark: kept
    # the parser reads "not" as the negation it is, not as a word hung on an underscore noun
    doc = nlp(parseable("Ann could _not_ believe it; but her brother, without waiting, went on."))
    assert [t.dep_ for t in doc if t.text == "not"] == ["neg"]
