"""Stage 3: each attribution pattern, on texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr import QuoteKind, Rule


def only(text: str, nlp: Language) -> quoteattr.Quote:
    quotes = quoteattr.attribute(text, nlp=nlp)
    assert len(quotes) == 1, [q.content.text for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“The bridge is safe,” Port Engineer Elif Tan said on Monday.", "Elif Tan", "said"),
        ("“The bridge is safe,” said Maria Lopez, a spokeswoman.", "Maria Lopez", "said"),
        ("Council leader Tom Hardy said: “We have done everything we could.”", "Tom Hardy", "said"),
        ("Tom Hardy said, “We have done everything we could.”", "Tom Hardy", "said"),
        ("Kevin Moss, a spokesman for the port, said: “Ships are waiting.”", "Kevin Moss", "said"),
        ("Chief Constable Mark Ellis was quoted as saying: “No arrests have been made.”", "Mark Ellis", "saying"),
        ("Inspector Ruth Ellis told the station: “We are following several leads.”", "Ruth Ellis", "told"),
        ("“Fares will rise,” transport chief Omar Said warned.", "Omar Said", "warned"),
        ("“Not today,” replied Senator Ana Ruiz.", "Ana Ruiz", "replied"),
        ("“Six,” said Bo Lind.", "Bo Lind", "said"),  # the parser makes “Six” a second subject
    ],
)
def test_cue_verb_and_its_subject(text: str, speaker: str, cue: str, nlp: Language) -> None:
    quote = only(text, nlp)
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.rule is Rule.CUE_VERB
    assert quote.kind is QuoteKind.DIRECT


def test_according_to(nlp: Language) -> None:
    quote = only("“Prices will rise again,” according to Priya Nair, an economist.", nlp)
    assert quote.speaker is not None and quote.speaker.name == "Priya Nair"
    assert quote.rule is Rule.ACCORDING_TO


def test_colon_introduction_without_a_cue_verb(nlp: Language) -> None:
    quote = only("The minister, Adaeze Okoro, was blunt: “There will be no new taxes.”", nlp)
    assert quote.speaker is not None and quote.speaker.name == "Adaeze Okoro"
    assert quote.rule is Rule.COLON_INTRO and quote.cue is None


def test_colon_introduction_in_the_previous_paragraph(nlp: Language) -> None:
    quote = only("Union boss Karen Vogt had a message for the government:\n\n“Pay us or we strike.”", nlp)
    assert quote.speaker is not None and quote.speaker.name == "Karen Vogt"


def test_both_halves_of_a_split_quote_get_the_speaker(nlp: Language) -> None:
    text = "“I have seen worse,” Judge Helen Fry said, “but not often.”"
    quotes = quoteattr.attribute(text, nlp=nlp)
    assert [q.content.text for q in quotes] == ["I have seen worse,", "but not often."]
    assert all(q.speaker is not None and q.speaker.name == "Helen Fry" for q in quotes)
    assert all(q.kind is QuoteKind.DIRECT for q in quotes)


def test_unattributed_quote_takes_the_adjacent_attributed_quote(nlp: Language) -> None:
    text = "“We will appeal,” lawyer Omar Haddad said. “The verdict is wrong.”"
    first, second = quoteattr.attribute(text, nlp=nlp)
    assert second.speaker is not None and second.speaker.name == "Omar Haddad"
    assert second.rule is Rule.ADJACENT_QUOTE
    assert second.confidence < first.confidence


def test_multi_paragraph_quote_shares_one_speaker(nlp: Language) -> None:
    text = (
        "Fire chief Gary Nolan described the scene.\n\n“The roof had collapsed.\n\n“We got everyone out,” Nolan said."
    )
    quotes = quoteattr.attribute(text, nlp=nlp)
    assert [q.content.text for q in quotes] == ["The roof had collapsed.", "We got everyone out,"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Gary Nolan", "Gary Nolan"]
    assert quotes[0].rule is Rule.SAME_QUOTE


def test_nested_quote_is_part_of_the_outer_quote(nlp: Language) -> None:
    quote = only("“He told me ‘never again,’ and left,” said Anna Berg.", nlp)
    assert quote.content.text == "He told me ‘never again,’ and left,"
    assert quote.speaker is not None and quote.speaker.name == "Anna Berg"


def test_partial_quote_in_narration(nlp: Language) -> None:
    quote = only("Mayor Linda Park called the plan “a disaster” on Tuesday.", nlp)
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.speaker is not None and quote.speaker.name == "Linda Park"
    assert quote.rule is Rule.NARRATION_SUBJECT


def test_partial_quote_after_said_that(nlp: Language) -> None:
    quote = only("Tom Hardy said the plan was “dead in the water.”", nlp)
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.speaker is not None and quote.speaker.name == "Tom Hardy"


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “reform” cut pensions.",
        "She starred in “The Long Winter” last year.",
        "He hosts the show “Question Time” on Thursdays.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotations(text: str, nlp: Language) -> None:
    assert quoteattr.attribute(text, nlp=nlp) == []


def test_straight_and_british_quotes(nlp: Language) -> None:
    straight = only('"We have enough water," aid worker Sofia Reyes told reporters.', nlp)
    british = only("‘The result is a disgrace,’ said club captain Harry Lowe.", nlp)
    assert straight.speaker is not None and straight.speaker.name == "Sofia Reyes"
    assert british.speaker is not None and british.speaker.name == "Harry Lowe"


def test_a_verb_outside_the_cue_list_still_attributes_its_quoted_complement(nlp: Language) -> None:
    quote = only("“We are not leaving,” the crowd roared.", nlp)
    assert quote.speaker is not None and quote.speaker.name == "the crowd"


def test_quote_without_any_attribution_has_no_speaker(nlp: Language) -> None:
    quote = only("“Nothing lasts forever.”", nlp)
    assert quote.speaker is None and quote.rule is Rule.NONE and quote.confidence == 0.0


def test_offsets_index_the_input_and_exclude_marks(nlp: Language) -> None:
    text = "Intro line.\n\n“Quoted words,” Ana Ruiz said."
    quote = only(text, nlp)
    assert text[quote.content.start : quote.content.end] == quote.content.text == "Quoted words,"
    assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == "said"
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert text[quote.speaker.mention.start : quote.speaker.mention.end] == "Ana Ruiz"


def test_according_to_attributes_a_partial_quote_said_of_the_subject(nlp: Language) -> None:
    quote = only("Sales were “disappointing”, according to a memo by the finance director.", nlp)
    # the memo's writer is named, so the writer is the speaker, not the memo
    assert quote.speaker is not None and quote.speaker.name == "the finance director"
    assert quote.rule is Rule.ACCORDING_TO
    # a scare quote that names a thing stays unattributed, and so is not returned; the claim around it is
    text = "The council’s “green plan” has cost £4m, according to figures seen by the Herald."
    assert [(q.kind, q.content.text) for q in quoteattr.attribute(text, nlp=nlp)] == [
        (QuoteKind.INDIRECT, "The council’s “green plan” has cost £4m")
    ]
