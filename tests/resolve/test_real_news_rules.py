"""Speaker rules found on real news, each on a text of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr.resolve.entities import EntityTable
from quoteattr.resolve.name_kinds import PLACE
from tests.conftest import read
from tests.resolve.test_resolution import direct_speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the document and the person behind it
        ("Spokesman Brian Cole issued a statement calling the data “utterly flawed and misleading”.", "Brian Cole"),
        ("Mayor Ana Ruiz spoke on Monday. Her statement said the plan was “dead on arrival”.", "Ana Ruiz"),
        ("“We will appeal,” a statement from the governor's office said.", "the governor's office"),
        ("“We will appeal,” the statement said.", "the statement"),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


def test_a_generic_noun_is_not_the_nearest_named_person(nlp: Language) -> None:
    text = "Senator Ana Ruiz toured the plant on Monday.\n\n“They never told us anything,” the man said."
    assert direct_speakers(text, nlp) == ["the man"]


def test_a_role_given_as_an_abbreviated_title_finds_its_person(nlp: Language) -> None:
    text = "Gov. Tom Hale met Senator Ana Ruiz on Monday. Ruiz left early.\n\n“The budget is sound,” the governor said."
    assert direct_speakers(text, nlp) == ["Tom Hale"]


def test_a_possessive_written_with_a_curly_mark_is_not_part_of_the_name(nlp: Language) -> None:
    text = "Tom Hale‘s plan was rejected. “It will return,” said Tom Hale‘s spokesman, Ed Brill."
    assert direct_speakers(text, nlp) == ["Ed Brill"]
    assert direct_speakers("Officials met Tom Hale‘s aides. “No comment,” Hale said.", nlp) == ["Tom Hale"]


def test_a_name_only_ever_after_in_or_at_is_a_place_not_a_person(nlp: Language) -> None:
    text = (
        "Ed Brill spoke to supporters on Monday.\n\n"
        "In Bayfield, the crowd cheered when he said “the mine will reopen soon.”"
    )
    assert direct_speakers(text, nlp) == ["Ed Brill"]


def test_the_main_clause_subject_comes_before_a_subordinate_one(nlp: Language) -> None:
    text = "When Ana Ruiz asked about the wall, Ed Brill repeated his plan.\n\n“It will be built,” he said."
    assert direct_speakers(text, nlp) == ["Ed Brill"]


def test_words_inside_quote_marks_are_never_the_speaker(nlp: Language) -> None:
    # her proposal's words are hers, or no one's; never the words in the marks themselves
    text = "Ana Ruiz has proposed appointing a “chief trade prosecutor” who reports to the president."
    assert direct_speakers(text, nlp) in ([None], [], ["Ana Ruiz"])


def test_a_role_noun_before_a_name_is_one_the_text_can_call_them_by(nlp: Language) -> None:
    text = (
        "“Many of his plans are far from wise,” columnist Li Wen wrote in the paper. But Mayor Tom Hale has "
        "one thing in common with voters, the columnist suggested: “His streak is proof they are tired.”"
    )
    assert direct_speakers(text, nlp) == ["Li Wen", "Li Wen"]


def test_according_to_gives_a_partial_quote_outside_the_subject_to_its_source(nlp: Language) -> None:
    text = "According to his doctor, the senator had “remarkably fine” results in his latest exam."
    assert [(q.content.text, q.speaker.name if q.speaker else None) for q in quoteattr.attribute(text, nlp=nlp)] == [
        ("the senator had “remarkably fine” results in his latest exam", "his doctor"),
        ("remarkably fine", "his doctor"),
    ]


def test_a_name_the_tagger_took_for_a_noun_at_a_sentence_start_is_still_a_mention(nlp: Language) -> None:
    text = (
        "Former mayor Felipe Soto criticised Donald Trump on Sunday. “They have jobs,” he said.\n\n"
        "Trump has not answered Soto’s words yet, though he kept up his posts online.\n\n"
        "“The drug epidemic must stop,” he tweeted Saturday."
    )
    assert direct_speakers(text, nlp) == ["Felipe Soto", "Donald Trump"]


def test_a_pronoun_is_not_the_one_its_own_verb_addresses(nlp: Language) -> None:
    text = "Sean Hannity asked Donald Trump how high the wall would be.\n\n“About 40 feet,” he told Hannity."
    assert direct_speakers(text, nlp) == ["Donald Trump"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue phrase owns a partial quote as a speech verb does
        ("That is because, as Hale puts it, “the best thing we have” is a low rate.", ["Hale"]),
        # no modal comes before a past tense: "Will" is a name
        ("Columnist Ann Will attacked the plan. “It is a reminder of the risk. ” Will wrote.", ["Will"]),
        # a list of partial quotes shares the one who gives them
        ("Mayor Tom Hale endorsed her, citing her “long experience,” “firm grasp of the issues” and drive.",
         ["Tom Hale", "Tom Hale"]),
    ],
)  # fmt: skip
def test_speakers_of_quotes_in_less_common_frames(text: str, expected: list[str], nlp: Language) -> None:
    assert direct_speakers(text, nlp) == expected


def test_a_lone_given_name_is_the_one_person_with_it(nlp: Language) -> None:
    assert direct_speakers("Hillary Clinton spoke on Monday. “We will win,” Hillary said.", nlp) == ["Hillary Clinton"]
    text = "Donald Trump and Donald Trump Jr. spoke on Monday. “We will win,” Donald said."
    assert direct_speakers(text, nlp) == ["Donald"]  # two Donalds: the name alone says neither


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We are safe,” De Blasio said.", "De Blasio"),
        ("“We will fight,” Van Hollen said.", "Van Hollen"),
        ("“It is over,” Al Sharpton said.", "Al Sharpton"),
    ],
)
def test_a_name_keeps_the_particle_it_opens_with(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


def test_a_hyphenated_surname_stays_whole(nlp: Language) -> None:
    text = "Speaker Melissa Panuncio-Feldman spoke.\n\n“We will win,” Panuncio-Feldman said."
    assert direct_speakers(text, nlp) == ["Melissa Panuncio-Feldman"]
    assert direct_speakers("“It is over,” said Ana Panuncio-Feldman.", nlp) == ["Ana Panuncio-Feldman"]


def test_someone_elses_spokesman_is_not_the_one_he_speaks_for(nlp: Language) -> None:
    text = (
        "Hale will work with whoever wins, the governor’s spokesman said.\n\n"
        "“The PM has made his views very clear,” the spokesman said."
    )
    assert direct_speakers(text, nlp) == ["the spokesman"]


def test_of_several_subjects_the_parser_gives_a_verb_the_name_speaks(nlp: Language) -> None:
    text = "On the show, co-host Mika Brzezinski asked the senator whether he backs a “deportation force.”"
    assert direct_speakers(text, nlp) == ["Mika Brzezinski"]


def test_an_inverted_cue_before_a_colon(nlp: Language) -> None:
    text = "Roger Stone spoke at length.\n\nContinued Stone: “So I believe it is a real and growing problem.”"
    assert direct_speakers(text, nlp) == ["Roger Stone"]


def test_an_ad_or_a_video_speaks_for_whoever_released_it(nlp: Language) -> None:
    text = "After the attacks, Mayor Tom Hale released a new radio ad calling the plan “dangerous” for the city."
    assert direct_speakers(text, nlp) == ["Tom Hale"]


def test_a_party_and_state_label_is_no_one(nlp: Language) -> None:
    text = (
        "Rep. Tom Baird (D-N.Y.) said Clinton called on members to be “closely coordinated.” "
        "She added that the race “will be decided on jobs and on schools.”"
    )
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker][-1] == "Clinton"


def test_the_census_given_names_tell_a_gender(nlp: Language) -> None:
    text = "Rupert Hale greeted Celia Voss at the door.\n\n“Welcome to the county,” she said."
    found = quoteattr.attribute(text, nlp=nlp)
    assert found[0].speaker is not None and found[0].speaker.name == "Celia Voss"


def test_the_name_before_a_party_label_speaks(nlp: Language) -> None:
    text = (
        "Asked about the post from nominee Dan Bone showing an image of his rival, "
        "Speaker of the Assembly Rep. Ana Ruiz (D-OR) said “such images have no place in a campaign.”"
    )
    found = quoteattr.attribute(text, nlp=nlp)
    assert [q.speaker.name for q in found if q.speaker] == ["Ana Ruiz"]


def test_a_title_of_something_is_the_person_who_holds_it(nlp: Language) -> None:
    text = "Speaker of the Assembly Rep. Ana Ruiz said “we will win.”"
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker] == ["Ana Ruiz"]


def test_a_source_on_the_line_after_a_quote_is_its_speaker(nlp: Language) -> None:
    text = (
        "Heard on the floor.\n\n"
        "“The whole idea needs to stop.”\n\n"
        "— Lena Ortiz, Tucson.\n\n"
        "“Great speech. She is ready.”\n\n"
        "-Omar Haddad, Fresno.\n"
    )
    speakers = direct_speakers(text, nlp)
    assert speakers == ["Lena Ortiz", "Haddad"]  # the second line names the quote above, not the one below


def test_chief_of_staff_is_a_title_not_part_of_the_name(nlp: Language) -> None:
    text = (
        "The note came from Chief of Staff Dennis Hale. “Thanks for the work,” he wrote. "
        "Undersecretary Wendy Ruiz answered at once. “Wheels up,” she wrote."
    )
    assert direct_speakers(text, nlp) == ["Dennis Hale", "Wendy Ruiz"]


def test_a_faith_is_a_people_never_she(nlp: Language) -> None:
    text = (
        "Carla Voss runs the diner near the mosque. Many Muslims and Christians eat there.\n\n"
        "“I think he is behind much of this,” she said."
    )
    assert direct_speakers(text, nlp) == ["Carla Voss"]


def test_a_long_subject_between_a_quote_and_its_verb_speaks(nlp: Language) -> None:
    text = (
        "The hall was full by noon.\n\n"
        "“Perpetual motion!” Rep. Gwen Tate, R-Pa., said of the swirl of events.\n\n"
        "“Why now?” the party’s chairman, Sam Reyes, asked on Monday."
    )
    assert direct_speakers(text, nlp) == ["Gwen Tate", "Sam Reyes"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Tom Hill was asked by moderator Ana Ruiz whether “a single plan could work.”", "Ana Ruiz"),
        ("The plan was described by the mayor as “a waste of money.”", "the mayor"),
    ],
)
def test_the_agent_of_a_passive_cue_speaks(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the name on the verb after it as a compound
        ("When a man in the crowd shouted, “Lee,” Kaplan joked, again in a drawl, “Amen, brother!”", "Kaplan"),
        # the clause before a dash introduces a quote as the one before a colon does
        ("Mayor Ana Ruiz also defended the budget -- “It is the best we could do.”", "Ana Ruiz"),
    ],
)
def test_cues_the_parser_misreads(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp)[-1] == expected


def test_an_infinitive_takes_its_subject_from_for(nlp: Language) -> None:
    text = "It is usual for local papers to paint the race as a “working-class” revolt."
    assert direct_speakers(text, nlp) == ["local papers"]


def test_a_role_introduced_unnamed_stays_unnamed(nlp: Language) -> None:
    text = (
        "Ann Lee and her husband, Tom, were greeted by an organizer at the office.\n\n"
        "“You will be our best messengers,” the organizer told them."
    )
    assert direct_speakers(text, nlp) == ["an organizer at the office"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank the parser takes for the whole subject
        ("“I was hoping for someone else,” said Air Force 1st Lt. Ana Ruiz.", "Ana Ruiz"),
        # a relative clause between the speaker and the verb
        (
            "A city official who spoke anonymously to discuss internal strategy said Wednesday, "
            "“Certainly there are talks between the mayor and the union.”",
            "a city official",
        ),
        # the quote is the document the sentence names
        ("After the vote, Ruiz issued a statement, “We will appeal this ruling.”", "Ruiz"),
        # "editorial" tagged an adjective, "read" a noun
        ("“The mayor should come to the coast,” the editorial read.", "the editorial"),
    ],
)
def test_speakers_the_parse_cuts_short_or_leaves_out(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After Brown criticized her, Ana Ruiz shot back, “I chose to serve my town.”", "Ana Ruiz"),
        ("At one point, Ruiz said city executives were calling “every 15 minutes.”", "Ruiz"),
        # the parser gives the speaker to the relative clause after it, and "said" no subject
        (
            "Ruiz, meanwhile, who sits at zero such endorsements, said that fact speaks volumes "
            "about which of the two candidates is “ready to stand up to the old guard.”",
            "Ruiz",
        ),
    ],
)
def test_a_particle_cue_and_words_inside_a_report(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


def test_a_dateline_is_no_speaker(nlp: Language) -> None:
    text = (
        "LA CROSSE, Wis. — Gov. Dana Reyes on Thursday blamed the media, saying they were missing the larger point.\n\n"
        "WASHINGTON — “We will not stop,” Senator Lee Marsh said.\n"
    )
    found = [(q.kind.value, q.speaker.name if q.speaker else None) for q in quoteattr.attribute(text, nlp=nlp)]
    assert found == [("indirect", "Dana Reyes"), ("direct", "Lee Marsh")]


def test_the_clause_of_someones_claim_is_theirs_whoever_reports_it(nlp: Language) -> None:
    text = (
        "Gov. Dana Reyes blamed the media for making an issue out of Lee Marsh’s claim "
        "that the mayor “founded the gang,” and moved on."
    )
    (quote,) = quoteattr.attribute(text, nlp=nlp)
    assert quote.speaker is not None and quote.speaker.name == "Lee Marsh"


def test_a_bare_surname_two_people_share_is_the_one_a_pronoun_fits(nlp: Language) -> None:
    text = (
        "Betsy Ebeling is a teacher from Chicago.\n\n"
        "Tom Ebeling drove the car. Ana Ruiz greeted them at the office.\n\n"
        "It has been a defining relationship for Ebeling. “It’s part of the fabric of my life,” she said."
    )
    (quote,) = quoteattr.attribute(text, nlp=nlp)
    assert quote.speaker is not None and quote.speaker.name == "Betsy Ebeling"


def test_the_place_of_a_dateline_is_no_one_a_pronoun_can_mean(nlp: Language) -> None:
    text = "LA CROSSE, Wis. — The plan was a mess from the start. “It is a disaster,” she said.\n"
    (quote,) = quoteattr.attribute(text, nlp=nlp)
    assert quote.speaker is None or quote.speaker.name not in ("LA CROSSE", "Wis.")


def test_a_party_named_in_the_plural_is_no_she(nlp: Language) -> None:
    text = (
        "Ana Ruiz on Tuesday became the first woman to win the nomination.\n\n"
        "House Democrats had “put the biggest crack” yet in the glass ceiling, she said in a video message."
    )
    assert {q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)} == {"Ana Ruiz"}


def test_a_party_label_in_brackets_after_a_dateline_is_no_speaker(nlp: Language) -> None:
    text = (
        "WASHINGTON — Sen. Dale Morris (I-Vt.) defended his plan to raise the federal minimum wage to $15 "
        "an hour, saying the gains in economic stimulus would outweigh the losses in jobs."
    )
    (quote,) = quoteattr.attribute(text, nlp=nlp)
    assert quote.speaker is not None and quote.speaker.name == "Dale Morris"


def test_a_title_case_headline_does_not_run_a_name_into_its_verb(nlp: Language) -> None:
    text = (
        "Maria Lopez Reassures House Democrats 2016 Is Not Just About Her.\n"
        "WASHINGTON — Presumptive nominee Maria Lopez made it clear to House Democrats on Wednesday that she "
        "has their backs.\nLopez spoke briefly. Rep. Tom Hale said Lopez called on members to be united. "
        "She added that the race “is going to be a close one.”"
    )
    found = [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)]
    assert found == ["Maria Lopez", "Tom Hale", "Maria Lopez"]


def test_a_title_case_headline_casts_no_vote_on_what_a_name_is(nlp: Language) -> None:
    # "Benghazi Movie": a headline's capitals make a name of every word; the body's "in Benghazi" decides
    document, _ = read(
        "Benghazi Movie Opens In Cinemas This Friday.\nFighters attacked the compound in Benghazi. "
        "Benghazi remembers the night.",
        nlp,
    )
    (entity,) = EntityTable.build(document).entities
    assert entity.kind == PLACE


def test_a_description_means_whom_the_article_described_so_before(nlp: Language) -> None:
    text = (
        "In new radio ads, Tom Hale and his supporters talk about the candidate's plan to rebuild the army.\n\n"
        "On Thursday, Hale called on Mayor Ana Ruiz to restart the patrols. Ruiz ended the unit in 2014.\n\n"
        "“There is anger like nobody has seen,” the Green Party candidate said on Thursday."
    )
    assert direct_speakers(text, nlp) == ["Tom Hale"]


def test_a_state_abbreviated_in_a_dateline_is_a_place(nlp: Language) -> None:
    text = (
        "Hale admitted that he often sold the letters. In U.S. District Court in Alexandria, Va., Hale, in a "
        "green jumpsuit, said little. “They are all accurate,” he said after a prosecutor read a summary."
    )
    assert direct_speakers(text, nlp) == ["Hale"]
