"""Properties that hold for any input: the backbone of quoteattr's guarantees."""

from __future__ import annotations

from hypothesis import given
from spacy.language import Language

import quoteattr
from quoteattr.marks import _LINE_BREAK, find_quotes
from tests.strategies import any_text, newsy_text


def check_quotes(text: str, quotes: list[quoteattr.Quote]) -> None:
    previous_end = 0
    for q in quotes:
        c = q.content
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert c.start >= previous_end, "quotes overlap or are out of order"
        previous_end = c.end
        for span in (q.cue, q.speaker.mention if q.speaker else None):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text) and text[span.start : span.end] == span.text
        assert 0.0 <= q.confidence <= 1.0
        assert q.kind.value in ("direct", "partial", "indirect")


@given(any_text)
def test_detection_spans_index_the_input_and_stay_in_their_paragraph(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.open < q.start <= q.end <= len(text)
        assert not _LINE_BREAK.search(text, q.start, q.end)


@given(any_text)
def test_any_text_gives_valid_non_overlapping_spans(nlp: Language, text: str) -> None:
    check_quotes(text, quoteattr.attribute(text, nlp=nlp))


@given(newsy_text(max_pieces=60))
def test_results_are_deterministic(nlp: Language, text: str) -> None:
    assert quoteattr.attribute(text, nlp=nlp) == quoteattr.attribute(text, nlp=nlp)
