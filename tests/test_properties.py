"""Properties that hold for any input: the backbone of quoteattr's guarantees."""

from __future__ import annotations

from hypothesis import given
from spacy.language import Language

import quoteattr
from quoteattr.detect.marks import _LINE_BREAK, find_quotes, paragraphs
from tests.strategies import any_text, newsy_text


def check_quotes(text: str, quotes: list[quoteattr.Quote]) -> None:
    previous_end = 0  # the end of the last quote that lies within no other
    report_end, inner_end = -1, 0  # the end of the last report, and of the last quote within it
    for q in quotes:
        c = q.content
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start : c.end] == c.text
        if c.start < report_end:  # only a partial quote of a report's own words lies within it
            assert q.kind.value == "partial" and c.end <= report_end, "a quote cuts through a report"
            assert c.start >= inner_end, "quotes overlap or are out of order"
            inner_end = c.end
        else:
            assert c.start >= previous_end, "quotes overlap or are out of order"
            previous_end = c.end
            report_end, inner_end = (c.end, c.start) if q.kind.value == "indirect" else (-1, 0)
        for span in (q.cue, q.speaker.mention if q.speaker else None):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text) and text[span.start : span.end] == span.text
        assert 0.0 <= q.confidence <= 1.0
        assert q.kind.value in ("direct", "partial", "indirect")


@given(any_text)
def test_detection_spans_index_the_input_and_stay_in_their_paragraph(text: str) -> None:
    paras = paragraphs(text)
    for q in find_quotes(text, paras):
        assert 0 <= q.open < q.start <= q.end <= len(text)
        assert paras[q.paragraph].start <= q.open and q.end <= paras[q.paragraph].end
        assert not _LINE_BREAK.search(text, q.start, q.end) or text[q.start : q.end].count("\n\n") == 0


@given(any_text)
def test_paragraphs_are_ordered_non_blank_and_inside_the_text(text: str) -> None:
    previous_end = 0
    for para in paragraphs(text):
        assert previous_end <= para.start < para.end <= len(text)
        assert text[para.start : para.end].strip()
        previous_end = para.end


@given(any_text)
def test_any_text_gives_valid_non_overlapping_spans(nlp: Language, text: str) -> None:
    check_quotes(text, quoteattr.attribute(text, nlp=nlp))


@given(newsy_text(max_pieces=60))
def test_results_are_deterministic(nlp: Language, text: str) -> None:
    assert quoteattr.attribute(text, nlp=nlp) == quoteattr.attribute(text, nlp=nlp)
