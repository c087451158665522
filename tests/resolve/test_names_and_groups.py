"""Names and groups a news speaker resolves to: rules found on real articles, on texts of our own."""

from __future__ import annotations

from spacy.language import Language

from tests.resolve.test_resolution import direct_speakers


def test_an_organisation_keeps_a_given_name_inside_its_name(nlp: Language) -> None:
    text = "The Zebulon Grant Foundation did not comment. “We will keep going,” the foundation said later."
    assert direct_speakers(text, nlp) == ["Zebulon Grant Foundation"]


def test_the_group_is_not_a_university_named_as_a_place(nlp: Language) -> None:
    text = (
        "Hundreds of nurses marched on Tuesday.\n\n"
        "Carrying flags, the crowd, which rallied at Westbrook University, was loud.\n\n"
        "“Fund our wards!” the group shouted."
    )
    assert direct_speakers(text, nlp) == ["the group"]


def test_they_after_someone_and_a_person_of_theirs_is_both(nlp: Language) -> None:
    text = (
        "Ben Ortiz said the parade was a welcome sight. He and his partner came because they wanted to "
        "show that “nobody can scare us away.”"
    )
    assert direct_speakers(text, nlp) == ["Ben Ortiz and his partner"]


def test_a_census_given_name_before_a_given_name_is_part_of_the_name(nlp: Language) -> None:
    # "Norbert" is in the census's given names: no role word the title list lacks
    assert direct_speakers("“I love it,” Norbert Leo Tully said.", nlp) == ["Norbert Leo Tully"]


def test_a_hyphenated_given_name_with_a_lower_case_syllable_stays_whole(nlp: Language) -> None:
    text = "Secretary-General Han Ki-tae spoke on Monday in Paris. “We must act,” Han said."
    assert direct_speakers(text, nlp) == ["Han Ki-tae"]
