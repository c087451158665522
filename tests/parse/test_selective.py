"""Selective parsing (only the paragraphs attribution reads) gives the same quotes as parsing all."""

from __future__ import annotations

import pytest
from hypothesis import given
from spacy.language import Language

import quoteattr
from quoteattr.detect.marks import paragraphs
from quoteattr.detect.selection import needed
from tests.conftest import ROOT, SEED
from tests.scoring import load_cases
from tests.strategies import news_article

CASE_TEXTS = [SEED.read_text(encoding="utf-8")] + [
    case["text"] for path in sorted((ROOT / "tests" / "data").glob("*_cases.py")) for case in load_cases(path)
]


@pytest.mark.parametrize("text", CASE_TEXTS, ids=range(len(CASE_TEXTS)))
def test_selective_equals_full_on_the_cases(text: str, nlp: Language) -> None:
    assert quoteattr.attribute(text, nlp=nlp) == quoteattr.attribute(text, nlp=nlp, selective=False)


@given(news_article())
def test_selective_equals_full_on_generated_articles(nlp: Language, text: str) -> None:
    assert quoteattr.attribute(text, nlp=nlp) == quoteattr.attribute(text, nlp=nlp, selective=False)


def test_paragraphs_without_quotes_or_cues_are_skipped() -> None:
    text = (
        "Acme Holdings will close its Leeds plant.\n\nThe river rose overnight.\n\n"
        "Shares fell 4% on Monday.\n\n“It was hard,” the company said."
    )
    assert needed(text, paragraphs(text)) == [True, False, True, True]


def test_a_paragraph_naming_someone_a_carrier_mentions_is_read() -> None:
    text = "Striker Owen Blake scored twice.\n\nThe river rose.\n\nFans waited.\n\n“We won,” Blake said."
    assert needed(text, paragraphs(text)) == [True, False, True, True]
    text = "The river rose.\n\nStriker Owen Blake scored twice.\n\nFans waited.\n\n“We won,” Blake said."
    assert needed(text, paragraphs(text)) == [True, True, True, True]


def test_text_without_any_quote_or_cue_is_not_parsed(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(nlp, "pipe", lambda *a, **k: calls.append(a) or iter(()))
    assert quoteattr.attribute("Markets closed higher on Friday.\n\nTrading was quiet.", nlp=nlp) == []
    assert calls == []


def test_an_unparsed_paragraph_stays_out_of_the_parsed_sentence_before_it(nlp: Language) -> None:
    text = (
        "“The reservoir is low,” according to Helen Marsh, a hydrologist.\n\n"
        "Shares in the retailer rose 4% after the results were published.\n\n"
        "The club finished fourth.\n\nThe council said it would meet in March."
    )
    assert needed(text, paragraphs(text)) == [True, False, True, True]
    quotes = quoteattr.attribute(text, nlp=nlp)
    assert quotes == quoteattr.attribute(text, nlp=nlp, selective=False)
    assert not any("Shares" in q.content.text for q in quotes)
