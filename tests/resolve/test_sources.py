"""What kind of source a speaker is, and a person's gender with its evidence (resolve/sources.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr.types import Gender, GenderSource, SourceKind, Speaker


def _speaker(text: str, nlp: Language, index: int = 0) -> Speaker:
    quotes = quoteattr.attribute(text, nlp=nlp)
    speaker = quotes[index].speaker
    assert speaker is not None, quotes
    return speaker


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("“We will appeal,” said Ana Ruiz, the club's lawyer.", "Ana Ruiz", SourceKind.PERSON),
        ("“Profits rose,” Acme Holdings said on Monday.", "Acme Holdings", SourceKind.ORGANISATION),
        ("“Ships are waiting,” The Harbor Gazette reported.", "Harbor Gazette", SourceKind.OUTLET),
        ("“The plan is flawed,” the newspaper said in an editorial.", "the newspaper", SourceKind.OUTLET),
        ("“Fish stocks fell by half,” the report said.", "the report", SourceKind.DOCUMENT),
        ("“Talks have stalled,” a senior official said.", "a senior official", SourceKind.UNNAMED),
        ("“No deal yet,” said sources familiar with the talks.", "sources", SourceKind.UNNAMED),
        ("“Cuts are coming,” an official who spoke on condition of anonymity said.", "an official", SourceKind.UNNAMED),
        ("“Close the libraries and you close the future,” protesters chanted.", "protesters", SourceKind.GROUP),
        ("“The vote is a disgrace,” Democrats said in a statement.", "Democrats", SourceKind.GROUP),
        ("“The ministry will act,” the ministry said.", "the ministry", SourceKind.ORGANISATION),
        ("“I will not go,” I said to him.", "the narrator", SourceKind.NARRATOR),
    ],
)
def test_kinds_of_source(text: str, name: str, kind: SourceKind, nlp: Language) -> None:
    speaker = _speaker(text, nlp)
    assert (speaker.name, speaker.kind) == (name, kind)


def test_the_organisation_a_stand_in_refers_to_is_an_organisation(nlp: Language) -> None:
    text = "Northwind Airlines cancelled forty flights.\n\n“Safety comes first,” the airline said."
    speaker = _speaker(text, nlp)
    assert (speaker.name, speaker.kind, speaker.gender) == ("Northwind Airlines", SourceKind.ORGANISATION, None)


def test_a_common_plural_capitalised_at_a_sentence_start_is_a_group(nlp: Language) -> None:
    text = "Fishermen who moor beside the pier called the decision “a death sentence for the harbour.”"
    assert _speaker(text, nlp).kind is SourceKind.GROUP


@pytest.mark.parametrize(
    ("text", "gender", "source"),
    [
        ("“We cut waste, not services,” Ms. Okafor told the meeting.", Gender.FEMALE, GenderSource.TITLE),
        ("Mr. Blair Hale runs the ferry. “The hull needs work,” Hale said.", Gender.MALE, GenderSource.TITLE),
        ("“Routes matter,” spokeswoman Blair Hale said.", Gender.FEMALE, GenderSource.ROLE_NOUN),
        ("“Routes matter,” said Blair Hale, a spokeswoman for the airline.", Gender.FEMALE, GenderSource.ROLE_NOUN),
        ("“Routes matter,” Blair Hale said. She added nothing more.", Gender.FEMALE, GenderSource.PRONOUN),
        ("“Routes matter,” Blair Hale said. He added nothing more.", Gender.MALE, GenderSource.PRONOUN),
        ("“Routes matter,” said Daniel Hale.", Gender.MALE, GenderSource.GIVEN_NAME),
        ("“Routes matter,” said Blair Hale.", Gender.UNKNOWN, None),
        ("“Clinics stay open,” a spokeswoman for the ministry said.", Gender.FEMALE, GenderSource.ROLE_NOUN),
        ("“Clinics stay open,” a senior official said.", Gender.UNKNOWN, None),
    ],
)
def test_gender_and_its_evidence(text: str, gender: Gender, source: GenderSource | None, nlp: Language) -> None:
    speaker = _speaker(text, nlp)
    assert (speaker.gender, speaker.gender_source) == (gender, source)


def test_document_evidence_comes_before_the_given_name(nlp: Language) -> None:
    speaker = _speaker("“Routes matter,” Daniel Hale said. He would not say more.", nlp)
    assert (speaker.gender, speaker.gender_source) == (Gender.MALE, GenderSource.PRONOUN)
    speaker = _speaker("“Routes matter,” said Mr. Daniel Hale. He would not say more.", nlp)
    assert (speaker.gender, speaker.gender_source) == (Gender.MALE, GenderSource.TITLE)


def test_pronouns_inside_quotes_are_no_evidence(nlp: Language) -> None:
    speaker = _speaker("“He will never change,” Blair Hale said.", nlp)
    assert (speaker.gender, speaker.gender_source) == (Gender.UNKNOWN, None)


def test_no_gender_for_what_is_no_person(nlp: Language) -> None:
    speaker = _speaker("“Profits rose,” Acme Holdings said on Monday.", nlp)
    assert (speaker.gender, speaker.gender_source) == (None, None)


def test_a_surname_names_the_person_with_a_generational_suffix(nlp: Language) -> None:
    text = "Robert Vance Jr. visited the plant.\n\n“This plant has a future,” Vance told workers."
    assert _speaker(text, nlp).name == "Robert Vance Jr."


def test_the_new_fields_go_through_every_format(nlp: Language) -> None:
    (quote,) = quoteattr.attribute("“Not today,” replied Ms. Ana Ruiz.", nlp=nlp)
    record = quote.to_dict()["speaker"]
    assert (record["kind"], record["gender"], record["gender_source"]) == ("person", "female", "title")
    assert quoteattr.Quote.from_dict(quote.to_dict()) == quote
