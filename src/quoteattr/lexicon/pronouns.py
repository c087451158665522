"""Pronouns and what each can refer to."""

from __future__ import annotations

from typing import Final

from quoteattr.types import Referent

MALE, FEMALE, PLURAL, NEUTER, FIRST_PERSON = (
    Referent.MALE,
    Referent.FEMALE,
    Referent.PLURAL,
    Referent.NEUTER,
    Referent.FIRST_PERSON,
)

#: Personal pronouns a speaker may be named by, and what each can refer to.
PRONOUNS: Final[dict[str, Referent]] = {
    "he": MALE,
    "him": MALE,
    "his": MALE,
    "himself": MALE,
    "she": FEMALE,
    "her": FEMALE,
    "hers": FEMALE,
    "herself": FEMALE,
    "they": PLURAL,
    "them": PLURAL,
    "their": PLURAL,
    "themselves": PLURAL,
    "it": NEUTER,
    "its": NEUTER,
    "itself": NEUTER,
    "i": FIRST_PERSON,
    "i.": FIRST_PERSON,  # “…,” said I. — the tokenizer keeps the stop, as after a numeral
    "me": FIRST_PERSON,
    "we": FIRST_PERSON,
    "us": FIRST_PERSON,
}

#: The subject form of each pronoun, for a speaker no antecedent was found for: “His face fell.
#: “…”” is said by an unknown "he", not by "his".
SUBJECT_FORMS: Final[dict[str, str]] = {
    "him": "he",
    "his": "he",
    "himself": "he",
    "her": "she",
    "hers": "she",
    "herself": "she",
    "them": "they",
    "their": "they",
    "themselves": "they",
    "its": "it",
    "itself": "it",
}

#: The pronouns a narration puts a character on the scene with, as the subject of a verb.
NARRATING_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she"})

#: Every personal pronoun and possessive, the archaic ones too: never a word of a name, even
#: capitalised (“Thee I thank”, “Her Highness”).
PERSONAL_WORDS: Final[frozenset[str]] = frozenset(PRONOUNS) | frozenset(
    "you your yours yourself my mine our ours thee thou thy thine ye".split()
)

#: First-person pronouns that stand for the one telling the story, and the name such a speaker
#: gets when the text never names them.
NARRATOR_PRONOUNS: Final[frozenset[str]] = frozenset({"i", "i.", "me"})
NARRATOR: Final[str] = "the narrator"

#: Relative pronouns: "Smith, who said …" names Smith.
RELATIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"who", "which", "that", "whom"})

#: The relative pronouns that only ever mean a person: "the hall, who cried" is a misparse.
PERSONAL_RELATIVES: Final[frozenset[str]] = frozenset({"who", "whom"})

#: Pronouns by which someone names themselves: "who styled himself the people's mayor".
REFLEXIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"himself", "herself", "themselves", "itself", "myself"})

#: Pronouns that stand for a speaker nobody names: "someone said", "many say".
INDEFINITE_SPEAKERS: Final[frozenset[str]] = frozenset(
    {"someone", "somebody", "one", "many", "some", "others", "few", "most", "all"}
)

#: Pronouns that are never an acceptable speaker name when a gold file is scored.
BARE_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "they", "it", "i", "we", "you", "him", "her", "them"})
