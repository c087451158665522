"""Names as data: given names that indicate a gender (``data/first_names.txt``) and place names
(``data/places.txt``)."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Final

import regex

from quoteattr.types import Gender

_GENDERS = {"male": Gender.MALE, "female": Gender.FEMALE}


@functools.cache
def _first_names(file: str = "first_names.txt") -> dict[str, Gender]:
    text = resources.files("quoteattr").joinpath(f"lexicon/data/{file}").read_text(encoding="utf-8")
    table: dict[str, Gender] = {}
    for line in text.splitlines():
        label, sep, names = line.partition(":")
        if sep and label in _GENDERS and not line.startswith("#"):
            table.update(dict.fromkeys(names.split(), _GENDERS[label]))
    return table


def first_name_gender(name: str) -> Gender | None:
    """MALE or FEMALE when ``name`` is a given name that usually indicates one, else None."""
    return _first_names().get(name.lower())


def full_name_gender(words: list[str]) -> Gender | None:
    """The gender the first word of a name tells: any given name for a full name ("Cassandra
    Voss"), only a given name that is seldom a surname for one word ("Tom", not "Clinton")."""
    if not words:
        return None
    found = first_name_gender(words[0])
    if found is None and len(words) > 1:
        found = census_name_gender(words[0])
    return found


def census_name_gender(name: str) -> Gender | None:
    """The gender of a given name from the census tables alone: seldom a surname's in a novel,
    where people go by their given names, but often one in the news."""
    return _first_names("census_first_names.txt").get(name.lower())


@functools.cache
def _places() -> frozenset[str]:
    text = resources.files("quoteattr").joinpath("lexicon/data/places.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(name.strip() for line in lines for name in line.split("|"))


#: Last words that make a name a place's: Great North Road, Wickham Place, Howards End.
PLACE_NAME_WORDS: Final[frozenset[str]] = frozenset(
    """
    road street avenue square place terrace crescent gardens river bridge station abbey cathedral
    castle manor end valley harbour harbor island islands mountain mountains lake forest county
    walk row embankment quay wharf
    """.split()
)  # not Wood, Hill, Lane, Park: surnames as often as places


@functools.cache
def _demonyms() -> frozenset[str]:
    text = resources.files("quoteattr").joinpath("lexicon/data/demonyms.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(name.strip() for line in lines for name in line.split("|"))


def is_demonym(word: str) -> bool:
    """Whether ``word`` (any case, singular or plural) names the people of a nation, region or faith:
    Indian, Englishmen, Anglo-Indians, the Basques."""
    plain = word.lower()
    singular = {plain, plain[:-1] if plain.endswith("s") else plain, plain.replace("men", "man")}
    return any(w in _demonyms() for w in singular)


#: The US states as news datelines abbreviate them, with their full stop: "Alexandria, Va."
STATE_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    """
    Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich.
    Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D.
    Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.
    """.split()
)


def is_place(name: str) -> bool:
    """Whether ``name`` (any case) is a country, region, US state or large city."""
    return name.lower() in _places()


def has_place_word(words: list[str]) -> bool:
    """Whether a name of several words ends in a word for a place: Great North Road, Wickham
    Place. (Susan Hill is a person: a given name or a title says so first.)"""
    return len(words) > 1 and words[-1].lower() in PLACE_NAME_WORDS


#: A party and state after a lawmaker's name, "(D-N.Y.)", "(R-Iowa)": never a name of its own.
_PARTY_LABEL = regex.compile(r"[DRI]\s*-\s*\p{Lu}[\p{L}. ]*")


def is_party_label(name: str) -> bool:
    return _PARTY_LABEL.fullmatch(name) is not None
