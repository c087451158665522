"""Stage 3: reported speech, quotations without marks (attribute/reported.py)."""

from __future__ import annotations

from spacy.language import Language

from quoteattr.attribute.reported import reported_speech
from tests.conftest import read


def clauses(text: str, nlp: Language) -> list[tuple[str, str]]:
    document, _ = read(text, nlp)
    return [
        (r.clause.text, r.attribution.mention.text if r.attribution.mention else "") for r in reported_speech(document)
    ]


def test_the_clause_after_that_without_that(nlp: Language) -> None:
    assert clauses("The minister said that the budget would balance next year.", nlp) == [
        ("the budget would balance next year", "The minister")
    ]


def test_according_to_reports_the_rest_of_the_sentence(nlp: Language) -> None:
    assert clauses("According to the police, the driver fled the scene.", nlp) == [
        ("the driver fled the scene", "the police")
    ]


def test_a_denial_or_a_question_is_no_reported_claim(nlp: Language) -> None:
    assert clauses("The minister did not say that the budget would balance.", nlp) == []
    assert clauses("The minister explained how the budget would balance.", nlp) == []


def test_a_clause_holding_a_marked_quote_is_left_to_that_quote(nlp: Language) -> None:
    assert clauses("The minister said the budget was “a mess from the start”.", nlp) == []
