"""Attributions a reader gets right, on texts of our own (from the hostile-input review)."""

from __future__ import annotations

from spacy.language import Language

import quoteattr


def found(text: str, nlp: Language) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind.value, q.content.text, q.speaker.name if q.speaker else None)
        for q in quoteattr.attribute(text, nlp=nlp)
    ]


def test_the_spokesperson_is_the_one_introduced_before(nlp: Language) -> None:
    text = (
        "The plant will close in May, according to a spokesperson for Tesla. "
        "“This was a difficult decision,” the spokesperson said."
    )
    assert {name for _, _, name in found(text, nlp)} == {"a spokesperson for Tesla"}


def test_a_headline_label_names_the_speaker_the_story_names_in_full(nlp: Language) -> None:
    text = "Obama: ‘Yes we can’\n\nBarack Obama spoke to supporters in Chicago on Tuesday night."
    assert found(text, nlp) == [("direct", "Yes we can", "Barack Obama")]


def test_a_plural_possessive_inside_single_quotes_keeps_the_last_word_and_full_stop(nlp: Language) -> None:
    assert found("'It's the fans' club, not the owners'.' said Tom Hale.", nlp) == [
        ("direct", "It's the fans' club, not the owners'.", "Tom Hale")
    ]


def test_reported_speech_never_starts_with_that(nlp: Language) -> None:
    quotes = quoteattr.attribute("The mayor said that the bridge would reopen in the spring.", nlp=nlp)
    assert [q.content.text for q in quotes] == ["the bridge would reopen in the spring"]


def test_the_newspaper_is_no_person_named_before(nlp: Language) -> None:
    text = "Elon Musk posted: “@nytimes is lying again.” The newspaper said on Monday that it stood by its reporting."
    assert found(text, nlp) == [
        ("direct", "@nytimes is lying again.", "Elon Musk"),
        ("indirect", "it stood by its reporting", "the newspaper"),
    ]


def test_a_quote_alone_in_its_paragraph_takes_the_speaker_the_next_one_points_back_to(nlp: Language) -> None:
    text = "“It was chaos.”\n\nThat was how witness John Harper described the scene."
    assert found(text, nlp)[0] == ("direct", "It was chaos.", "John Harper")
    # without the pointing back, the next paragraph's speaker is no one's for the quote
    assert found("“It was chaos.”\n\nWitness John Harper described the scene.", nlp)[0][2] is None


def test_an_interview_transcript_has_an_interviewer_and_an_interviewee(nlp: Language) -> None:
    text = "Q: “What will you do next?”\n\nA: “I will rest for a month.”\n\nQ: “And then?”"
    assert [name for _, _, name in found(text, nlp)] == ["the interviewer", "the interviewee", "the interviewer"]
    text = "Interviewer: “What will you do next?”\n\nJane Smith: “I will rest for a month.”"
    assert [name for _, _, name in found(text, nlp)] == ["the interviewer", "Jane Smith"]


def test_a_sentence_of_dialogue_after_narration_keeps_the_paragraph_s_speaker(nlp: Language) -> None:
    text = (
        '"Hallo!" said Edwin, "here are visitors!" And leaning out of the window to look, '
        '"It is Hartley\'s carriage, I declare!"\n\nThere was no time to answer.'
    )
    assert found(text, nlp) == [
        ("direct", "Hallo!", "Edwin"),
        ("direct", "here are visitors!", "Edwin"),
        ("direct", "It is Hartley's carriage, I declare!", "Edwin"),
    ]
    # a fragment after a comma stays a partial quote
    assert found("The plan, he said, was “a disaster”.", nlp)[0][0] == "partial"
