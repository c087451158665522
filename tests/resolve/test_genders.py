"""Stage 4a': the gender the narration shows a person to have (resolve/genders.py)."""

from __future__ import annotations

from spacy.language import Language

from quoteattr.resolve.entities import EntityTable
from quoteattr.resolve.genders import narrated_genders
from quoteattr.types import Gender
from tests.conftest import read


def genders(text: str, nlp: Language) -> dict[str, Gender]:
    document, _ = read(text, nlp)
    table = EntityTable.build(document)
    names = {e.key: e.name for e in table.entities}
    return {names[key]: gender for key, gender in narrated_genders(document, table).items()}


def test_a_subjects_own_pronoun_votes_for_their_gender(nlp: Language) -> None:
    assert genders("Tibby Marsh looked at his watch and sighed.", nlp) == {"Tibby Marsh": Gender.MALE}


def test_a_pronoun_for_someone_else_is_no_vote(nlp: Language) -> None:
    assert genders("Barry Moss drove her back to the house.", nlp) == {}
    assert genders("Barry Moss wandered about the room while she cried.", nlp) == {}


def test_a_sentence_with_two_people_is_no_vote(nlp: Language) -> None:
    assert genders("Barry Moss gave Lena Hart his coat.", nlp) == {}


def test_the_votes_decide_a_later_pronoun(nlp: Language) -> None:
    import quoteattr

    text = (
        "Barry Moss looked at his watch. Lena Hart sat by the window.\n\n"
        "Then Barry paced the room.\n\n“I shall soon be well,” she said."
    )
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker] == ["Lena Hart"]


def test_a_role_noun_before_a_name_tells_its_gender(nlp: Language) -> None:
    text = "The house was quiet. Her aunt Ellis and his uncle Marlow sat with spokeswoman Kim Sato. No one spoke."
    document, _ = read(text, nlp)
    table = EntityTable.build(document)
    assert {e.name: e.gender for e in table.entities} == {
        "Ellis": Gender.FEMALE,
        "Marlow": Gender.MALE,
        "Kim Sato": Gender.FEMALE,
    }


def test_an_aunt_is_no_he(nlp: Language) -> None:
    import quoteattr

    text = "Her aunt Ellis sat by the fire while Tom Baxter read.\n\n“It will rain tonight,” he said."
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker] == ["Tom Baxter"]
