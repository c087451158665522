"""Names as data: given names that indicate a gender (``data/first_names.txt``) and place names
(``data/places.txt``)."""

from __future__ import annotations

import functools
from importlib import resources

from quoteattr.types import Gender

_GENDERS = {"male": Gender.MALE, "female": Gender.FEMALE}


@functools.cache
def _first_names() -> dict[str, Gender]:
    text = resources.files("quoteattr").joinpath("lexicon/data/first_names.txt").read_text(encoding="utf-8")
    table: dict[str, Gender] = {}
    for line in text.splitlines():
        label, sep, names = line.partition(":")
        if sep and label in _GENDERS and not line.startswith("#"):
            table.update(dict.fromkeys(names.split(), _GENDERS[label]))
    return table


def first_name_gender(name: str) -> Gender | None:
    """MALE or FEMALE when ``name`` is a given name that usually indicates one, else None."""
    return _first_names().get(name.lower())


@functools.cache
def _places() -> frozenset[str]:
    text = resources.files("quoteattr").joinpath("lexicon/data/places.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(name.strip() for line in lines for name in line.split("|"))


def is_place(name: str) -> bool:
    """Whether ``name`` (any case) is a country, region, US state or large city."""
    return name.lower() in _places()
