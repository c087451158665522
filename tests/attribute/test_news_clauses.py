"""Who owns the words in a clause of news: rules found on real articles, each on a text of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from tests.attribute.test_reported import clauses
from tests.resolve.test_resolution import direct_speakers

_CLOSING = "Ana Ruiz thinks the state requires too many tests for young school children, former Mayor Ben Cole said"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs "said" on "thinks"; the whole clause is still Ben Cole's report
        (
            _CLOSING + " this week.",
            [("Ana Ruiz thinks the state requires too many tests for young school children", "former Mayor Ben Cole")],
        ),
        # … and so it is before the writer's aside after a spaced dash
        (
            _CLOSING + " this week at a fair in Dover — an apparent change from her support for the old testing law.",
            [("Ana Ruiz thinks the state requires too many tests for young school children", "former Mayor Ben Cole")],
        ),
        # a closing cue may say when and where at length
        (
            "Like it or not, Democratic mayoral candidate Ben Cole is very open with the press, Democratic deputy "
            "mayoral candidate Ana Ruiz insisted Thursday during a long bus tour of morning radio shows.",
            [
                (
                    "Like it or not, Democratic mayoral candidate Ben Cole is very open with the press",
                    "Democratic deputy mayoral candidate Ana Ruiz",
                )
            ],
        ),
        # a participle closing a sentence is no cue for the clause before it
        (
            "Mr. Ortiz said he had been flooded with angry letters, some of it mentioning the mayor by name.",
            [("he had been flooded with angry letters, some of it mentioning the mayor by name", "Mr. Ortiz")],
        ),
        # what someone is told, urged or warned to do is reported
        (
            "Since May, officials have told Millbrook families not to use the cloudy water from their wells.",
            [("not to use the cloudy water from their wells", "officials")],
        ),
        ("The mayor urged voters to stay home on Tuesday.", [("to stay home on Tuesday", "The mayor")]),
    ],
)
def test_the_clause_a_cue_reports(text: str, expected: list[tuple[str, str]], nlp: Language) -> None:
    assert clauses(text, nlp) == expected


def test_according_to_before_but_reports_the_clause_before_it(nlp: Language) -> None:
    text = (
        "Entering May, Ruiz leads Cole by 40 votes according to a count by the Daily Clarion, "
        "but Cole has vowed to fight on."
    )
    found = clauses(text, nlp)
    assert len(found) == 1
    assert found[0][0].endswith("Ruiz leads Cole by 40 votes")


def test_a_cue_after_a_comma_inside_a_closing_mark_is_set_off(nlp: Language) -> None:
    text = (
        'Despite his "rather loud manner online," defence lawyer Ana Ruiz wrote, Cole is a caring father '
        "who was upset at finding no work in his trade."
    )
    expected = ("Cole is a caring father who was upset at finding no work in his trade", "defence lawyer Ana Ruiz")
    assert expected in clauses(text, nlp)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words in a thing someone reports on are the reporter's
        (
            "Cole explained the board’s refusal to call the flood “a disaster” is a failure and it should resign.",
            ["Cole"],
        ),
        # a participle after a when-clause is the act of that clause's subject
        (
            "The trouble began during a speech at the town hall, when farmers interrupted the minister, "
            "shouting “no more cuts!”",
            ["farmers"],
        ),
        # a quote that is its sentence but for an adverb keeps the speaker of the quote before it
        ("“She is supposed to lead this town,” Cole said. Instead, “she just acts like a tired woman.”", ["Cole"] * 2),
        # a verb of speaking done "without" is no cue
        (
            "Ana Ruiz went on offense against her rival Ben Cole on Monday, saying he would abandon the "
            "harbour, his plan is “dangerously wrong” and he is a “bully” -- all without saying his name.",
            ["Ana Ruiz"] * 2,
        ),
    ],
)
def test_who_gives_the_words_of_a_quote(text: str, expected: list[str], nlp: Language) -> None:
    assert direct_speakers(text, nlp) == expected


def test_a_name_the_parser_joined_to_an_object_is_the_subject_of_the_verb_after_it(nlp: Language) -> None:
    # "the Daily Post" is hung on "liar"; it, not the Herald, accuses
    text = "The Herald will call you a liar and the Daily Post will accuse you of “rank panic” at every turn."
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker] == ["Daily Post"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname the tagger reads as a modal before a verb no modal takes is the subject
        ("Harold Will is a columnist. Instead, Will calls the mayor a “fraud.”", ["Harold Will"]),
        # a union's name keeps a word that is also a pronoun, so "her" is no union
        (
            "Ana Ruiz toured the coast. The United Mine Workers are unlikely to back Ruiz after her March "
            "comment that, “We will close every pit in the valley.”",
            ["Ana Ruiz"],
        ),
        # a participle after a comma that the parser hung on a thing is the act of the clause's subject
        (
            "Trying to explain his stance, Hale rejected the notion that the vote should be a thing of the past, "
            'saying that if he "spotted anything that was crooked, I would fix it."',
            ["Hale"],
        ),
        # the one asked a question did not ask it, nor is the asker the one answering after it
        ("Cole was asked, “Would you run again if you could?” He answered, “Ask me next year.”", [None, "Cole"]),
        # … and one named by "by" asks it, though the person asked was named before
        ("Ben Cole was asked by the host, “Would you run again if you could?”", ["the host"]),
        # a participle of speaking goes on from the verb of speaking, past the clause hung between
        (
            'Senator Ana Ruiz had a strong evening. "She won easily, and I was happy to see it," Hale said during '
            "a segment of his podcast after the senator comfortably won her race, adding that while there are "
            '"still some farmers upset about the water plan," she has paid for it.',
            ["Hale", "Hale"],
        ),
        # the name ending a long role is the subject, not the role
        (
            "Coast FM Vice President for sports and weather Dave Lenk called the program “the best hour on the dial.”",
            ["Dave Lenk"],
        ),
        # a hyphenated speaker before a verb of speaking the tagger read as a noun
        (
            "“Only one candidate can fix the harbour,” a voice-over in the commercial states. “Ana Ruiz will get "
            "it done.”",
            ["a voice-over in the commercial"] * 2,
        ),
        # the one a name was given to in the passive did not give it, and who did is unsaid
        ('The new president, Rodrigo Lucas, has been called the "Lion of the North" for his remarks.', [None]),
        ("Ruiz, who might be enjoying being dubbed the “front-runner,” could still lose the county.", [None]),
        # "he's said" is "he has said", no passive
        (
            'Since Cole entered the race, he\'s repeated one line at every town hall: "This is bigger than me."',
            ["Cole"],
        ),
        # a topic phrase the parser made the subject is no speaker: the name after it is
        ("Of Cole, Nash, who has donated to Ruiz, said, “He frightens me. But he means well.”", ["Nash"]),
        # a verb of speaking in a clause with no "that" on the subject is not the quote's cue
        (
            "Sen. Ana Ruiz, speaking on television after the address, said Cole had ignored the flooding. "
            'Nothing the mayor said "will calm anyone down," the senator said.',
            ["Ana Ruiz"],
        ),
        # a participle after "and" acts with the participle before it, past the clause between
        (
            "Ana Ruiz spoke at a fair. She sharpened her attack on Monday, telling the station that Cole is a "
            "“liar” and questioning how he has “stayed in office for so long.”",
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        # words quoted as what someone's assertion was are theirs, not the one who judges it
        (
            'In a letter Friday, Ethics Board chair Tom Fenn called Ana Ruiz\'s assertion of an "absolute privilege" '
            'over the files "alarming and wrong."',
            ["Ana Ruiz", "Tom Fenn"],
        ),
    ],
)
def test_who_says_it_when_the_parser_misreads_the_clause(text: str, expected: list[str | None], nlp: Language) -> None:
    assert direct_speakers(text, nlp) == expected


def test_a_heading_in_capitals_gives_no_one_the_words_after_it(nlp: Language) -> None:
    # a news digest's heading tells what the story is about; its subject ("SLUMP") used no words
    text = (
        "Here is the news this morning.\n\nHOW BRAZIL'S SLUMP HURTS THE REST OF THE REGION “Brazil's long slide "
        "and its political chaos are spreading gloom over every market in the region.” [Post.]\n\n"
        "NASA launched the rocket with a “flawless” countdown."
    )
    assert [(q.speaker.name if q.speaker else None) for q in quoteattr.attribute(text, nlp=nlp)] == [None, "NASA"]
