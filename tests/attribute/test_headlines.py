"""Reported speech in a title-case headline (attribute/headlines.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.attribute.headlines import headline_reports
from tests.conftest import read

BODY = "\n\nThe story follows here, as the reporter tells it."


def reports(headline: str, nlp: Language) -> list[tuple[str, str]]:
    document, _ = read(headline + BODY, nlp)
    return [
        (report.text, attribution.mention.text if attribution.mention else "")
        for report, attribution in headline_reports(document)
    ]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Ana Ruiz Just Announced Her Plan For The City Budget.", ("Her Plan For The City Budget", "Ana Ruiz")),
        ("Mayor Says Budget Will Balance – And Soon.", ("Budget Will Balance", "Mayor")),
        ("The Budget Will Balance By Spring, Mayor Ruiz Says.", ("The Budget Will Balance By Spring", "Mayor Ruiz")),
        ("Wow: Tom Hill Said Something Odd About The Mayor.", ("Something Odd About The Mayor", "Tom Hill")),
    ],
)
def test_a_title_case_headline_reports_for_the_name_before_its_verb(
    headline: str, expected: tuple[str, str], nlp: Language
) -> None:
    assert reports(headline, nlp) == [expected]


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor's Claim That The Budget Will Balance Is False.",  # a noun, not a verb
        "Mayor says budget will balance by spring.",  # sentence case: the parser reads it
        "Mayor Ruiz Says ‘The Budget Will Balance’.",  # the words are the quote's
        "Budget Will Balance",
    ],
)
def test_no_report_where_a_headline_does_not_report(headline: str, nlp: Language) -> None:
    assert reports(headline, nlp) == []
