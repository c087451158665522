"""Fuzzing: hostile input never raises and always gives valid offsets.

The "ci" profile runs a few dozen examples; the long run is 100,000:
    QUOTEATTR_HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest tests/test_fuzz.py
"""

from __future__ import annotations

from hypothesis import given
from spacy.language import Language

import quoteattr
from tests.strategies import hostile_text
from tests.test_properties import check_quotes


@given(hostile_text())
def test_hostile_text_gives_valid_quotes(nlp: Language, text: str) -> None:
    check_quotes(text, quoteattr.attribute(text, nlp=nlp))


def test_ten_thousand_nested_marks(nlp: Language) -> None:
    text = "“‘" * 5_000 + "Enough,” said Ann Lee." + "’”" * 4_000
    check_quotes(text, quoteattr.attribute(text, nlp=nlp))


def test_a_long_unclosed_quote_stays_in_its_paragraph(nlp: Language) -> None:
    text = "“" + "word " * 50_000 + "\n\nThe mayor said the roads were open. “Yes,” she said."
    quotes = quoteattr.attribute(text, nlp=nlp)
    check_quotes(text, quotes)
    assert all(q.content.start > 250_000 for q in quotes)


def test_nul_bytes_control_characters_and_line_endings(nlp: Language) -> None:
    text = "\x00“We\x00 will\u202e win,”\r said\x07 Ann Lee.\r\n\r\n‘No,’ he\x1b said.\rשלום “😀,” she said."
    check_quotes(text, quoteattr.attribute(text, nlp=nlp))


def test_a_run_without_spaces_is_tokenised_in_pieces_that_keep_the_text(nlp: Language) -> None:
    from quoteattr.parse.chunks import MAX_RUN, parser_input, tokens_of

    text = "Before “" + "“‘" * 3_000 + "x " + "y" * (MAX_RUN + 5) + " after."
    doc = tokens_of(nlp, text)
    assert doc.text == text and "“‘" * 3_000 not in [t.text for t in doc]
    assert parser_input(nlp, "ordinary words only") == "ordinary words only"


def test_lone_surrogates_are_accepted_and_kept_in_the_spans(nlp: Language) -> None:
    text = "“We\ud800 won,” said Ana \udfffRuiz. Ana Ruiz said that the club\ud83d would \ude00 grow fast."
    quotes = quoteattr.attribute(text, nlp=nlp)
    check_quotes(text, quotes)
    assert quotes[0].content.text == "We\ud800 won," and "\ud83d" in quotes[-1].content.text
    assert list(quoteattr.attribute_many([text], nlp=nlp)) == [quotes]


def test_a_line_of_separator_characters(nlp: Language) -> None:
    text = "said said said\n\x1f\nMs "  # found by the fuzzer: \x1f is whitespace to str.split
    check_quotes(text, quoteattr.attribute(text, nlp=nlp))


def test_a_line_of_one_long_word_is_read_in_linear_time(nlp: Language) -> None:
    # who a line calls by name is read in one pass: a run of letters is not rescanned from each one
    text = "“" + "a" * 200_000 + ". Nora, come,” said Ann Lee."
    quotes = quoteattr.attribute(text, nlp=nlp)
    check_quotes(text, quotes)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ann Lee"]


def test_a_quote_of_one_long_run_of_punctuation_is_read_in_linear_time(nlp: Language) -> None:
    # whether a title's marks end in a sentence's stop is read from the end, not from each mark
    text = "Ann Lee spoke.\n\n“" + "_" * 40_000 + "a” is a show."
    check_quotes(text, quoteattr.attribute(text, nlp=nlp))
