"""Stage 1: what kind of quotation each pair of marks holds (detect/kinds.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quoteattr.detect.kinds import classify
from quoteattr.types import QuoteKind
from tests.conftest import read


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“We will rebuild,” the mayor said.", QuoteKind.DIRECT),  # opens the sentence
        ("The mayor said: “We will rebuild.”", QuoteKind.DIRECT),  # after a colon
        ("The mayor said, “We will rebuild.”", QuoteKind.DIRECT),  # after "X said,"
        ("The mayor called the plan “a disaster” on Monday.", QuoteKind.PARTIAL),  # inside narration
        ("She starred in “The Long Winter” last year.", None),  # a title in capitals
        ("The striker, nicknamed “the hammer”, scored.", None),  # a label
        ("He cried in a broken voice: “O Tom Harrow, Tom Harrow!”", QuoteKind.DIRECT),  # a name called out
        ("A man leaned over and asked in English: “You're Americans?”", QuoteKind.DIRECT),  # in capitals
        # the stop of "Calif." ends the sentence too
        ("Tom Hale spoke on Sunday in Fresno, Calif. “The reality is we go on.”", QuoteKind.DIRECT),
    ],
)
def test_kind_from_what_stands_before_the_mark(text: str, kind: QuoteKind | None, nlp: Language) -> None:
    document, (site,) = read(text, nlp)
    assert classify(site, document) is kind


def test_a_quote_that_runs_on_over_paragraphs_is_direct(nlp: Language) -> None:
    document, sites = read("“We start now.\n\n“And we will not stop,” she said.", nlp)
    assert [classify(site, document) for site in sites] == [QuoteKind.DIRECT, QuoteKind.DIRECT]


@pytest.mark.parametrize(
    "text",
    [
        "She told the story on “Meet the Press.”",  # a show, with the sentence's full stop inside
        "He was interviewed on NBC’s “Today” about the race.",  # one capitalised word where a name stands
        "The hacker known as “Guccifer” was arrested.",  # a label
        "The so-called “special relationship” is under strain.",
        "She told ABC’s “Good Morning America” on Monday that the talk was cordial.",  # a possessive
        "“I expect to be vetted,” he said on “Meet the Press.”",  # a preposition, after a cue
        "A German news outlet called “The Local” cited the poll.",  # a naming participle
        "A troupe is staging a play called “Los Hijos de Trump” in the capital.",  # a particle of a title
        "A blog, called the “Feed,” is run by five writers.",  # a naming participle, then "the"
        "“He is fair game,” Fiorina told “Fox and Friends,” on Monday.",  # whom one tells is a listener
        "“The Walking Dead” is an AMC drama about zombies.",  # a title opening its sentence
    ],
)
def test_titles_and_labels_are_no_quotations(text: str, nlp: Language) -> None:
    document, sites = read(text, nlp)
    assert classify(sites[-1], document) is None


@pytest.mark.parametrize(
    "text",
    [
        "At this moment Five called out “The Queen! The Queen!” and the gardeners fell flat.",
        "“_Bien!_” he cried, and left the room.",
        "“Hum” said Nora, and no more.",
    ],
)
def test_exclamations_in_capitals_are_still_quotations(text: str, nlp: Language) -> None:
    document, (site,) = read(text, nlp)
    assert classify(site, document) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called her rival “The Queen of Delay” on Monday.",  # a cue verb just before
        "Hale refers to the mayor as “Robbie.”",
        "He warned it could lead to another “Holocaust.”",
    ],
)
def test_capitalised_words_given_to_someone_stay_quotations(text: str, nlp: Language) -> None:
    document, (site,) = read(text, nlp)
    assert classify(site, document) is QuoteKind.PARTIAL


def test_a_line_resumed_after_an_aside_is_direct(nlp: Language) -> None:
    for text in (
        '"It just suits me here" — she laid a hand on her heart — "it gave me an odd pain."',
        '"But I think" (seeing Nora looked upset) "it must be on another day."',
    ):
        document, sites = read(text, nlp)
        assert [classify(site, document) for site in sites] == [QuoteKind.DIRECT, QuoteKind.DIRECT]
    document, sites = read("The plan — “a disaster” — failed.", nlp)
    assert [classify(site, document) for site in sites] == [QuoteKind.PARTIAL]
