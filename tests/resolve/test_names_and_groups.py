"""Names and groups a news speaker resolves to: rules found on real articles, on texts of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.resolve.test_resolution import direct_speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation keeps a given name inside its name
        (
            "The Zebulon Grant Foundation did not comment. “We will keep going,” the foundation said later.",
            "Zebulon Grant Foundation",
        ),
        # "Norbert" is in the census's given names: no role word the title list lacks
        ("“I love it,” Norbert Leo Tully said.", "Norbert Leo Tully"),
        # a hyphenated given name with a lower-case syllable stays whole
        ("Secretary-General Han Ki-tae spoke on Monday in Paris. “We must act,” Han said.", "Han Ki-tae"),
        # "the group" is not a university named as a place
        (
            "Hundreds of nurses marched on Tuesday.\n\nCarrying flags, the crowd, which rallied at Westbrook "
            "University, was loud.\n\n“Fund our wards!” the group shouted.",
            "the group",
        ),
        # "they" after someone and a person of theirs is both of them
        (
            "Ben Ortiz said the parade was a welcome sight. He and his partner came because they wanted to "
            "show that “nobody can scare us away.”",
            "Ben Ortiz and his partner",
        ),
        # a title alone before "and" takes the surname after it: never the speaker "Mrs."
        (
            "The flat was small. Mrs. and Miss Pike lived upstairs, and greeted every caller the same way: "
            "“Do come up, the kettle is on.”",
            "Mrs. Pike",
        ),
    ],
)
def test_a_speaker_is_named_as_a_reader_would(text: str, expected: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [expected]
