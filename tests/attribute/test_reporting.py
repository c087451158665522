"""Who reports a clause (attribute/reporting.py) and other speaker rules found on real news, each
on a text of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.resolve.test_resolution import direct_speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the second "said" on the clause the first one reports
        (
            "Mayor Ana Ruiz said the move was made by police chief Tom Hale and said, “Who do you trust on safety?”",
            "Ana Ruiz",
        ),
        (
            "Even a veteran strategist said Ruiz will have to choose a side, saying, “At some point, she must act.”",
            "a veteran strategist",
        ),
        # "made clear" reports as "said" does
        (
            "On Sunday, Marisol made clear that the visit with Ruiz was not political, saying that those who "
            "thought it was should “look for a psychiatrist,” according to the paper.",
            "Marisol",
        ),
        # but not past another verb of speaking: "saying" is the one who replied
        ("The mayor said Ana Ruiz replied on Monday, saying, “We will not back down.”", "Ana Ruiz"),
    ],
)
def test_a_reporter_speaking_again_keeps_the_words(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters were stunned by Ana Ruiz's conclusion that the plan was “extremely careless.”", "Ana Ruiz"),
        ("Critics seized on the senator's claim that the budget was “dead on arrival.”", "the senator"),
        ("Critics seized on the senator's claim that the budget was “a disgrace.”", "the senator"),
        (
            "Asked about the budget, the senator's answer was that “the family comes first,” so the city should help.",
            "the senator",
        ),
        # the parser hangs the clause after "comment that," on the sentence's verb
        (
            "The union is unlikely to back Ana Ruiz after her March comment that, “We are going to put a lot of "
            "coal mines out of business.”",
            "Ana Ruiz",
        ),
    ],
)
def test_words_in_a_noun_of_speaking_belong_to_its_owner(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


def test_a_verb_joined_to_a_quoted_word_shares_the_subject(nlp: Language) -> None:
    text = 'The mayor spoke last. She called it "shameful" and called on leaders "not to stoke that old anger."'
    assert direct_speakers(text, nlp) == ["the mayor", "the mayor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inquiry was called “a witch hunt” by Democrats.", "Democrats"),
        ("Critics faced the inquiry — often labeled as a “witch hunt” by Democrats — for a year.", "Democrats"),
    ],
)
def test_the_by_of_a_passive_gives_the_words(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]


def test_a_description_is_the_subject_just_before_it(nlp: Language) -> None:
    text = (
        "Tom Hale said Friday that it would “have been nice” had Ana Ruiz thanked him for his help.\n\n"
        "“I wondered whether she would say my name,” the Republican nominee said."
    )
    assert direct_speakers(text, nlp) == ["Tom Hale", "Tom Hale"]


def test_a_name_the_tagger_took_for_a_verb_is_still_an_antecedent(nlp: Language) -> None:
    text = (
        "Donald Trump hired Paul Manafort in March.\n\n"
        "Manafort gently hinted that this could look rude. Trump himself was delighted by it. "
        "“The ones who were upset were the ones we meant to upset,” he later said."
    )
    assert direct_speakers(text, nlp) == ["Donald Trump"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb with its particle ends the sentence before the quote
        ("“Tell her I sent you,” Ann Lee said, and her husband cut in. “Don’t forget me.”", "her husband"),
        # "email" is also a verb of speaking; "the email read" still names the email
        ("“Friend, I will be frank. I can win this race,” the email read.", "the email"),
        # a quote that goes on after "But" opening a sentence is the same speaker's
        ("“It is not do or die,” Ana Ruiz said outside. But “An endorsement helps a candidacy. It helps.”", "Ana Ruiz"),
    ],
)
def test_cues_around_a_sentence_break(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaking "it" is the document or body the sentence before is about, not a place in passing
        (
            "Hale's victory in Iowa was large.\n\n"
            "The email said Hale would win this race easily. It stated that the rival was “rattled.”",
            "the email",
        ),
        (
            "Monday's memo from the board defended the review in Ohio. “We found new pages,” it stated.",
            "Monday's memo from the board",
        ),
        # the speaker a quote's own cue named, where the parse made no subject of it; and on, "it" by "it"
        (
            "Hale's victory in Iowa was large.\n\n"
            "“Friend, I will be frank. I can beat Ruiz. Ruiz can't,” the letter read. It stated that Ruiz is so "
            "rattled by Hale's “surge in the polls” and his victory in Iowa. It listed the sums. It said that Ruiz "
            "backs “a big tax rise” for families.",
            "the letter",
        ),
    ],
)
def test_a_speaking_it_is_the_document_before_it(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp)[-1] == expected
