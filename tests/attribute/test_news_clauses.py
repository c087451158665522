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
            "Continuing to explain his perspective, Cole rejected the notion that the episode should be water "
            'under the bridge, saying that if he "found something that was rotten, I would fix it."',
            ["Cole"],
        ),
        # the one asked a question did not ask it, nor is the asker the one answering after it
        ("Cole was asked, “Would you run again if you could?” He answered, “I have no idea.”", [None, "Cole"]),
        # … and one named by "by" asks it, though the person asked was named before
        ("Ben Cole was asked by the host, “Would you run again if you could?”", ["the host"]),
        # a participle of speaking goes on from the verb of speaking, past the clause hung between
        (
            'Senator Ana Ruiz had a good night. "She won tonight, and I was very glad to see that," Hale said '
            "during a panel on his show after the senator easily won her primary, remarking that while there "
            'are "still some voters angry over the reform," she paid a price.',
            ["Hale", "Hale"],
        ),
        # the name ending a long role is the subject, not the role
        (
            "Harbor Radio Vice President for news and talk Dave Lenk called the show “the news show of record.”",
            ["Dave Lenk"],
        ),
        # a hyphenated speaker before a verb of speaking the tagger read as a noun
        (
            "“They know she is the only one strong enough,” a voice-over in the ad states. “She will stand up "
            "to the banks.”",
            ["a voice-over in the ad"] * 2,
        ),
        # the one a name was given to in the passive did not give it, and who did is unsaid
        ('The new president, Rodrigo Lucas, has been called the "Hammer of the East" for his remarks.', [None]),
        ("Ruiz, who could be celebrating being dubbed the “presumptive nominee,” may yet lose the state.", [None]),
        # "he's said" is "he has said", no passive
        ("Ever since Cole announced his run, he's said the same thing at every stop: \"It's not about me.\"", ["Cole"]),
        # a topic phrase the parser made the subject is no speaker: the name after it is
        ("Of Cole, Levine, who has given money to Ruiz, said, “He’s flat-out scary. But he’s kind.”", ["Levine"]),
        # a verb of speaking in a clause with no "that" on the subject is not the quote's cue
        (
            "Sen. Ana Ruiz, appearing on the radio right after the speech, said Cole failed to address the "
            'concerns of voters. Nothing the mayor said "will assuage people\'s fears," the senator said.',
            ["Ana Ruiz"],
        ),
        # a participle after "and" acts with the participle before it, past the clause between
        (
            "Ana Ruiz joked about moving abroad. She escalated her criticism on Tuesday, telling the radio that "
            "Cole is a “faker” and questioning how he has “gotten away with not paying his taxes.”",
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        # words quoted as what someone's assertion was are theirs, not the one who judges it
        (
            'In a statement Tuesday, Watchdog President Tom Fenn called Ana Ruiz\'s assertion of a "claim of right" '
            'over her emails "significant and disturbing."',
            ["Ana Ruiz", "Tom Fenn"],
        ),
    ],
)
def test_who_says_it_when_the_parser_misreads_the_clause(text: str, expected: list[str | None], nlp: Language) -> None:
    assert direct_speakers(text, nlp) == expected
