"""Given names that indicate a gender, from the data file ``data/first_names.txt``."""

from __future__ import annotations

import functools
from importlib import resources

from quoteattr.lexicon import FEMALE, MALE

_GENDERS = {"male": MALE, "female": FEMALE}


@functools.cache
def _first_names() -> dict[str, str]:
    text = resources.files("quoteattr").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        label, sep, names = line.partition(":")
        if sep and label in _GENDERS and not line.startswith("#"):
            table.update(dict.fromkeys(names.split(), _GENDERS[label]))
    return table


def first_name_gender(name: str) -> str | None:
    """MALE or FEMALE when ``name`` is a given name that usually indicates one, else None."""
    return _first_names().get(name.lower())
