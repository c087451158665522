"""Who owns the words in a clause of news: rules found on real articles, each on a text of our own."""

from __future__ import annotations

from spacy.language import Language

from tests.attribute.test_reported import clauses
from tests.resolve.test_resolution import direct_speakers


def test_a_cue_closing_a_sentence_reports_the_clause_before_it(nlp: Language) -> None:
    # the parser hangs "said" on "thinks"; the whole clause is still Ben Cole's report
    text = (
        "Ana Ruiz thinks the state requires too many tests for young school children, "
        "former Mayor Ben Cole said this week."
    )
    assert clauses(text, nlp) == [
        ("Ana Ruiz thinks the state requires too many tests for young school children", "former Mayor Ben Cole")
    ]


def test_a_participle_closing_a_sentence_is_no_cue_for_the_clause_before_it(nlp: Language) -> None:
    text = "Mr. Ortiz said he had been flooded with angry letters, some of it mentioning the mayor by name."
    assert [speaker for _, speaker in clauses(text, nlp)] == ["Mr. Ortiz"]


def test_according_to_before_but_reports_the_clause_before_it(nlp: Language) -> None:
    text = (
        "Entering May, Ruiz leads Cole by 40 votes according to a count by the Daily Clarion, "
        "but Cole has vowed to fight on."
    )
    found = clauses(text, nlp)
    assert len(found) == 1
    assert found[0][0].endswith("Ruiz leads Cole by 40 votes")


def test_words_in_a_thing_someone_reports_on_are_the_reporters(nlp: Language) -> None:
    text = "Cole explained the board’s refusal to call the flood “a disaster” is a failure and it should resign."
    assert direct_speakers(text, nlp) == ["Cole"]


def test_a_participle_after_a_when_clause_is_that_clauses_subjects_act(nlp: Language) -> None:
    text = (
        "The trouble began during a speech at the town hall, when farmers interrupted the minister, "
        "shouting “no more cuts!”"
    )
    assert direct_speakers(text, nlp) == ["farmers"]


def test_a_closing_cue_may_say_when_and_where_at_length(nlp: Language) -> None:
    text = (
        "Like it or not, Democratic mayoral candidate Ben Cole is very open with the press, "
        "Democratic deputy mayoral candidate Ana Ruiz insisted Thursday during a long bus tour of "
        "morning radio shows."
    )
    assert [speaker for _, speaker in clauses(text, nlp)] == ["Democratic deputy mayoral candidate Ana Ruiz"]


def test_a_quote_that_is_its_sentence_but_for_an_adverb_keeps_the_speaker_before(nlp: Language) -> None:
    text = "“She is supposed to lead this town,” Cole said. Instead, “she just acts like a tired woman.”"
    assert direct_speakers(text, nlp) == ["Cole", "Cole"]


def test_a_verb_of_speaking_done_without_is_no_cue(nlp: Language) -> None:
    text = (
        "Ana Ruiz went on offense against her rival Ben Cole on Monday, saying he would abandon the "
        "harbour, his plan is “dangerously wrong” and he is a “bully” -- all without saying his name."
    )
    assert direct_speakers(text, nlp) == ["Ana Ruiz", "Ana Ruiz"]


def test_a_closing_cue_may_be_followed_by_the_writers_aside(nlp: Language) -> None:
    text = (
        "Ana Ruiz thinks the state requires too many tests for young school children, former Mayor Ben Cole "
        "said this week at a fair in Dover — an apparent change from her support for the old testing law."
    )
    assert clauses(text, nlp) == [
        ("Ana Ruiz thinks the state requires too many tests for young school children", "former Mayor Ben Cole")
    ]


def test_a_cue_after_a_comma_inside_a_closing_mark_is_set_off(nlp: Language) -> None:
    text = (
        'Despite his "rather loud manner online," defence lawyer Ana Ruiz wrote, Cole is a caring father '
        "who was upset at finding no work in his trade."
    )
    assert ("Cole is a caring father who was upset at finding no work in his trade", "defence lawyer Ana Ruiz") in (
        clauses(text, nlp)
    )


def test_what_someone_is_told_to_do_is_reported(nlp: Language) -> None:
    text = "Since May, officials have told Millbrook families not to use the cloudy water from their wells."
    assert clauses(text, nlp) == [("not to use the cloudy water from their wells", "officials")]
    assert clauses("The mayor urged voters to stay home on Tuesday.", nlp) == [("to stay home on Tuesday", "The mayor")]
