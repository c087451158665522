"""Stage 4: speakers resolved to the canonical name a careful reader would give."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr import QuoteKind, Rule


def speakers(text: str, nlp: Language, kind: QuoteKind | None = None) -> list[str | None]:
    quotes = quoteattr.attribute(text, nlp=nlp)
    return [q.speaker.name if q.speaker else None for q in quotes if kind is None or q.kind is kind]


def direct_speakers(text: str, nlp: Language) -> list[str | None]:
    return speakers(text, nlp, QuoteKind.DIRECT) + speakers(text, nlp, QuoteKind.PARTIAL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Striker Owen Blake scored twice.\n\n“We deserved it,” Blake said.", "Owen Blake"),
        ("Owen Blake scored twice. Blake’s coach was pleased. “We deserved it,” Mr Blake said.", "Owen Blake"),
        ("“We are ready,” said Police Chief Ana Gomez.", "Ana Gomez"),
        ("“We are ready,” Health Minister Dr. Ana Gomez said.", "Ana Gomez"),
        ("“We are ready,” said Bank of England governor Andrew Bailey.", "Andrew Bailey"),
    ],
)
def test_names_resolve_to_the_full_name_without_titles(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Holdings will close a plant in Leeds. “It was hard,” the company said.", "Acme Holdings"),
        ("Northwind Airlines cancelled flights. “Safety first,” the airline said.", "Northwind Airlines"),
        ("The Ministry of Health issued rules. “Comply,” the ministry said.", "Ministry of Health"),
        ("Acme Holdings made a loss. “We are investigating,” the police said.", "the police"),
        ("Greenfield Energy lost £40m. “It was a hard year,” they said.", "Greenfield Energy"),
    ],
)
def test_organisations(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


def test_two_people_of_different_genders_resolve_by_gender(nlp: Language) -> None:
    text = (
        "Coach Frank Dale and striker Nina Cole were asked about the defeat. "
        "“We lost our shape,” he said. “I missed two chances,” she admitted."
    )
    assert direct_speakers(text, nlp) == ["Frank Dale", "Nina Cole"]


def test_gender_from_titles(nlp: Language) -> None:
    text = "Mrs Graham and Mr Carter lost their homes. “Everything is gone,” she said. “We rebuild,” he said."
    assert direct_speakers(text, nlp) == ["Graham", "Carter"]


def test_pronoun_prefers_the_subject_of_the_previous_sentence(nlp: Language) -> None:
    text = "Senator Mike Dunn criticised Governor Rob Hale on Tuesday. “The plan is reckless,” he said."
    quote = quoteattr.attribute(text, nlp=nlp)[0]
    assert quote.speaker is not None and quote.speaker.name == "Mike Dunn"
    assert quote.speaker.mention is not None and quote.speaker.mention.text == "he"


def test_they_resolves_to_a_group(nlp: Language) -> None:
    text = "Dozens of parents gathered at the gates. “We want answers,” they said."
    assert direct_speakers(text, nlp) == ["Dozens of parents"]


def test_unresolvable_pronoun_keeps_the_pronoun_with_low_confidence(nlp: Language) -> None:
    quote = quoteattr.attribute("“We lost,” he said.", nlp=nlp)[0]
    assert quote.speaker is not None and quote.speaker.name == "he" and quote.confidence < 0.5


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        (
            "Asked about delays, project director Femi Adeyemi was frank.\n\n“We got it wrong.”",
            "Femi Adeyemi",
            Rule.INTRO_SENTENCE,
        ),
        ("“We never saw the warning.” That was the verdict of fisherman Aled Price.", "Aled Price", Rule.NEXT_SENTENCE),
        ("“We rebuild every school.” — Governor Teresa Alvarez, in an address", "Teresa Alvarez", Rule.DASH),
        ("Union boss Karen Vogt had a message:\n\n“Pay us or we strike.”", "Karen Vogt", Rule.COLON_INTRO),
    ],
)
def test_speakers_named_outside_the_quote_sentence(text: str, expected: str, rule: Rule, nlp: Language) -> None:
    quote = quoteattr.attribute(text, nlp=nlp)[0]
    assert quote.speaker is not None and quote.speaker.name == expected and quote.rule is rule


def test_interview_alternation_each_paragraph_keeps_its_own_attribution(nlp: Language) -> None:
    text = (
        "“We enrolled 2,000 volunteers,” Amara Singh said.\n\n"
        "“Enrolment is the easy part,” Tomas Brandt said.\n\n"
        "“We will publish everything,” Singh said.\n\n"
        "“Including the failures.”"
    )
    assert direct_speakers(text, nlp) == ["Amara Singh", "Tomas Brandt", "Amara Singh", "Amara Singh"]
    assert quoteattr.attribute(text, nlp=nlp)[-1].rule is Rule.PREVIOUS_PARAGRAPH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We are reviewing the footage,” a spokesperson for the ministry said.", "a spokesperson for the ministry"),
        ("The defence lawyers said the evidence was “thin and circumstantial.”", "the defence lawyers"),
        ("The senator described the bill as “a gift to the banks”.", "the senator"),
        ("Senator Ruth Ames voted no. The senator called the bill “a gift to the banks”.", "Ruth Ames"),
        ("Pop star Kylie Dawn cancelled her tour. “I need rest,” the 45-year-old said.", "Kylie Dawn"),
    ],
)
def test_nominal_speakers(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ruth Ames spoke. She called the budget “reckless” and “cruel.”", ["Ruth Ames", "Ruth Ames"]),
        ("Leader Dana Whitlock accused the government of a “cash for favours” scheme.", ["Dana Whitlock"]),
        ("Trump slammed Zelenskyy over the “inflammatory” remark.", ["Trump"]),
    ],
)
def test_partial_quotes_take_the_narrating_subject(text: str, expected: list[str], nlp: Language) -> None:
    assert speakers(text, nlp, QuoteKind.PARTIAL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Pollution kills,” the government report said.", "the government report"),
        ("“We regret the distress,” a statement from the hospital read.", "a statement from the hospital"),
        ("The Harbor Gazette backed him. “Voters deserve better,” the newspaper wrote.", "Harbor Gazette"),
        ("The statement from the palace read:\n\n“The King is grateful.”", "the statement from the palace"),
    ],
)
def test_documents_and_outlets_speak(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


def test_bracketed_insertion_stays_in_the_quote(nlp: Language) -> None:
    quote = quoteattr.attribute("“[She] is the first woman to lead us,” Ambassador Ken Mori said.", nlp=nlp)[0]
    assert quote.content.text.startswith("[She]")
    assert quote.speaker is not None and quote.speaker.name == "Ken Mori"


def test_forgotten_closing_mark_ends_at_the_attribution(nlp: Language) -> None:
    text = "“We are out of beds, said Dr Alan Grey.\n\n“Patients wait hours,” he added."
    quotes = quoteattr.attribute(text, nlp=nlp)
    assert [q.content.text for q in quotes] == ["We are out of beds,", "Patients wait hours,"]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Alan Grey", "Alan Grey"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Finance Minister Lars Holm said that the budget would be balanced by 2027.",
            "the budget would be balanced by 2027",
            "Lars Holm",
        ),
        (
            "Police told reporters the suspect had been arrested near the station.",
            "the suspect had been arrested near the station",
            "Police",
        ),
        (
            "Ivan Ros made it clear to the BBC that Russia would not give up Crimea.",
            "Russia would not give up Crimea",
            "Ivan Ros",
        ),
        (
            "According to the police, the driver was not wearing a seatbelt.",
            "the driver was not wearing a seatbelt",
            "the police",
        ),
    ],
)
def test_reported_speech(text: str, content: str, speaker: str, nlp: Language) -> None:
    quote = next(q for q in quoteattr.attribute(text, nlp=nlp) if q.kind is QuoteKind.INDIRECT)
    assert quote.content.text == content and text[quote.content.start : quote.content.end] == content
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.rule is Rule.REPORTED_SPEECH


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov did not explain what was being negotiated.",
        "She said that it was “a disaster from the start”.",  # the clause is mostly its partial quote
        "Their comments came after he demanded a halt.",
    ],
)
def test_no_reported_speech(text: str, nlp: Language) -> None:
    assert all(q.kind is not QuoteKind.INDIRECT for q in quoteattr.attribute(text, nlp=nlp))


def test_every_attribution_records_its_rule_and_a_confidence(seed_text: str, nlp: Language) -> None:
    for quote in quoteattr.attribute(seed_text, nlp=nlp):
        assert 0.0 <= quote.confidence <= 1.0
        assert (quote.speaker is None) == (quote.rule is Rule.NONE)


def test_they_resolves_to_two_people_named_together(nlp: Language) -> None:
    assert direct_speakers("Alex Morgan and Sam Lee arrived. “Ready,” they said.", nlp) == ["Alex Morgan and Sam Lee"]


def test_a_byline_is_not_an_antecedent(nlp: Language) -> None:
    text = "Minister rules out new taxes\nBy John Smith\n\n“There is no money,” he said."
    assert direct_speakers(text, nlp) == ["he"]


def test_hard_wrapped_speaker_name(nlp: Language) -> None:
    text = "“We will not back down,” said the\nminister, Ana Ruiz, speaking in\nParliament."
    assert direct_speakers(text, nlp) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appositive name hung on the role's object by the parser
        ("The head of Ridley Motors, Paula Greer, was direct: “Prices go up in May.”", "Paula Greer"),
        ("As one nurse in Cardiff, Tom Evans, put it: “We are running on empty.”", "Tom Evans"),
        # a place in apposition is no name
        ("The mayor of Springfield, Illinois, was blunt: “We are broke.”", "the mayor of Springfield, Illinois"),
        # nor is a relative clause after a comma part of a description
        ("One of the aides, who spoke on condition of anonymity, said: “Nobody wants a fight.”", "One of the aides"),
        # a phrase after a comma is not part of the name
        ("“Cities need trees.” — Professor Lea Brandt, at the summit in Oslo", "Lea Brandt"),
        # the speaker after a verb that follows its quote, parsed as the verb's object
        ("“Where is the money going?” asked Senator Bill Odum at the hearing.", "Bill Odum"),
    ],
)
def test_speaker_noun_phrases(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of unknown kind that "the company" stands in for is an organisation
        ("Varden Textiles is closing two mills. “It was not an easy call,” the company said.", "Varden Textiles"),
        # a union is no "operator": the rail operator stays unnamed
        (
            "The Drivers Union called a strike. “We are disappointed,” the bus operator said.",
            "the bus operator",
        ),
        # but "the group" may be any body
        ("The Drivers Union called a strike. “We had no choice,” the group said.", "Drivers Union"),
    ],
)
def test_stand_in_organisations(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


def test_a_partial_quote_lends_its_speaker_to_the_next_paragraph(nlp: Language) -> None:
    text = "Diver Lena Lund found the wreck in June.\n\nShe called the moment “unreal.”\n\n“The hull was intact.”"
    assert direct_speakers(text, nlp) == ["Lena Lund", "Lena Lund"]


def test_the_one_person_named_in_the_sentence_before(nlp: Language) -> None:
    text = "For Grace Obi, the new clinic is a lifeline. “I no longer travel three hours for a scan.”"
    (quote,) = quoteattr.attribute(text, nlp=nlp)
    assert quote.speaker is not None and quote.speaker.name == "Grace Obi" and quote.rule is Rule.NAMED_BEFORE
    two = "For Grace Obi and Sam Hale, the clinic is a lifeline. “I no longer travel three hours.”"
    assert direct_speakers(two, nlp) == [None]


def test_a_pronoun_finds_the_name_set_beside_the_subject(nlp: Language) -> None:
    text = (
        "“We stay,” said Bo Kern, the first delegate.\n\n"
        "The summit chair, Finance Secretary Noor Adeyemi, spoke last. “Go home and rest,” she said."
    )
    assert direct_speakers(text, nlp) == ["Bo Kern", "Noor Adeyemi"]


def test_days_and_months_are_nobody(nlp: Language) -> None:
    text = "Ivo Marr called on Friday. Friday was cold. “It is over,” he said."
    assert direct_speakers(text, nlp) == ["Ivo Marr"]


def test_a_stand_in_for_a_person_prefers_a_known_person(nlp: Language) -> None:
    text = "Rovers signed winger Luis Bento from Vitoria. The Brazilian international said he felt “at home.”"
    assert direct_speakers(text, nlp) == ["Luis Bento"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun no name fits: the unnamed subject it stands for
        ("The judge rejected what she called “a fishing expedition.”", "the judge"),
        ("The agency published its findings. “The data are clear,” it said.", "the agency"),
        # "it" for a name of unknown kind: an organisation, then
        ("Lantern Point reopened on Monday. “We missed our guests,” it said.", "Lantern Point"),
        # no subject in the parse: the name just before the verb
        ("On Instagram, the singer’s manager, Rosa Vidal, wrote: “The tour goes on.”", "Rosa Vidal"),
        # an inverted speaker named after a comma
        ("“No chance,” answered the umpire, Kai Moreno.", "Kai Moreno"),
        # a title word that is also a given name, before a lone surname
        ("“We go again,” said Dean Carver.", "Dean Carver"),
    ],
)
def test_speakers_the_parse_leaves_unnamed(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


def test_a_pronoun_before_the_name_it_refers_to(nlp: Language) -> None:
    text = "“Was it worth it?” she asked. “Every minute.” The climber, Nadia Foss, reached the summit at dawn."
    assert direct_speakers(text, nlp) == ["Nadia Foss", "Nadia Foss"]
    # but never the one the pronoun's own clause names after it
    assert direct_speakers("He turned to Ned, smiling, and said, “How late it is!”", nlp) == ["he"]


def test_a_report_holds_the_partial_quote_of_its_own_words(nlp: Language) -> None:
    quotes = quoteattr.attribute("Ana Ruiz said that it was “a disaster” for the town.", nlp=nlp)
    assert [(q.kind, q.content.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        (QuoteKind.INDIRECT, "it was “a disaster” for the town", "Ana Ruiz"),
        (QuoteKind.PARTIAL, "a disaster", "Ana Ruiz"),
    ]


def test_a_report_holds_only_partial_quotes_wholly_within_it() -> None:
    from quoteattr.api import _holds_only_partials

    def quote(start: int, end: int, kind: QuoteKind) -> quoteattr.Quote:
        return quoteattr.Quote(quoteattr.TextSpan(start, end, "x" * (end - start)), kind)

    marked = [quote(10, 20, QuoteKind.PARTIAL), quote(30, 40, QuoteKind.DIRECT), quote(50, 60, QuoteKind.PARTIAL)]
    starts = [q.content.start for q in marked]
    report = quoteattr.TextSpan
    assert _holds_only_partials(report(5, 25, "x" * 20), marked, starts)  # a partial quote within
    assert not _holds_only_partials(report(25, 45, "x" * 20), marked, starts)  # a direct quote within
    assert not _holds_only_partials(report(15, 28, "x" * 13), marked, starts)  # cuts through a partial one
    assert _holds_only_partials(report(41, 49, "x" * 8), marked, starts)  # touches none
