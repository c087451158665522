"""Stage 4c: a run of turns counted back from the named line after it (resolve/dialogue/phase.py),
on texts of our own."""

from __future__ import annotations

from spacy.language import Language

import quoteattr

#: Ann speaks again after a paragraph of narration: counted on from her named line, every turn
#: after it is out of step, and the named line at the end shows it.
FAIR = (
    "“Will you come to the fair?” asked Tom Hale.\n\n"
    "“Perhaps,” said Ann Lee.\n\n"
    "The rain had started again, and the street was empty.\n\n"
    "“I have the shop to mind, and my mother is ill again.”\n\n"
    "“Then I will mind the shop for you.”\n\n"
    "“You would do that?”\n\n"
    "“Of course I would.”\n\n"
    "“Then I will come,” said Ann.\n"
)


def speakers(text: str, nlp: Language) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)]


def test_a_run_of_turns_is_counted_back_from_the_named_line_after_it(nlp: Language) -> None:
    assert speakers(FAIR, nlp) == ["Tom Hale", "Ann Lee", "Ann Lee", "Tom Hale", "Ann Lee", "Tom Hale", "Ann Lee"]


def test_a_named_line_after_narration_in_its_paragraph_is_no_break(nlp: Language) -> None:
    # the one who spoke last goes on after the narration: the count from the start stands
    text = FAIR.replace("“Then I will come,” said Ann.", "Tom looked at the sky. “It will rain,” said Tom.")
    text = text.replace("“I have the shop to mind, and my mother is ill again.”", "“Only perhaps?”")
    assert speakers(text, nlp)[2:] == ["Tom Hale", "Ann Lee", "Tom Hale", "Ann Lee", "Tom Hale"]


def test_a_line_is_never_counted_back_to_the_one_it_calls_by_name(nlp: Language) -> None:
    text = FAIR.replace("“You would do that?”", "“You would do that, Ann?”")
    found = speakers(text, nlp)
    assert found[4] != "Ann Lee"


def test_a_long_run_that_answers_the_line_before_it_keeps_its_count(nlp: Language) -> None:
    text = FAIR.replace("The rain had started again, and the street was empty.\n\n", "")
    text = text.replace("“I have the shop to mind, and my mother is ill again.”", "“Only perhaps?”")
    text = text.replace("“Then I will come,” said Ann.", "“Yes, only perhaps,” said Ann.")
    # Tom asks, Ann answers, and the turns go on from there; the last two lines are both Ann's
    assert speakers(text, nlp) == ["Tom Hale", "Ann Lee", "Tom Hale", "Ann Lee", "Tom Hale", "Ann Lee", "Ann Lee"]


def test_a_single_line_after_narration_goes_on_from_the_one_who_spoke_before(nlp: Language) -> None:
    text = (
        "“Is it late?”\n\n“No.”\n\n“Good.”\n\n“Why?”\n\n* * *\n\n"  # enough lines to read as dialogue
        "“Will you come to the fair?” asked Tom Hale.\n\n"
        "“Perhaps,” said Ann Lee.\n\n"
        "The rain had started again, and the street was empty.\n\n"
        "“I have the shop to mind.”\n\n"
        "“Then I will mind it for you,” said Tom.\n"
    )
    assert speakers(text, nlp)[4:] == ["Tom Hale", "Ann Lee", "Ann Lee", "Tom Hale"]


def test_a_long_run_after_a_line_named_only_by_a_pronoun_is_counted_back(nlp: Language) -> None:
    # "she said" is itself a guess (Ann, the first named), so the named line at the end decides
    text = (
        "Ann Lee stayed with Ida Crane, on terms which grew sour.\n\n"
        "“I'm sorry to be cross,” she said, “but I don't want your friend here all day.”\n\n"
        "“Oh well, he won't be long now.”\n\n"
        "“And I shall go on saying so.”\n\n"
        "“You simply don't care for him.”\n\n"
        "“It isn't only that,” said Ida.\n"
    )
    assert speakers(text, nlp)[2:] == ["Ann Lee", "Ida Crane", "Ann Lee", "Ida Crane"]
