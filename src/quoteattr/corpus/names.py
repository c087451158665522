"""When two speaker names in different documents are the same source.

People: a name is its given name, its surname and any generational suffix. "Donald Trump",
"Donald J. Trump" and "D. Trump" share a given name (or its initial) and a surname; "Trump" alone
joins them when the corpus has exactly one given name with that surname, and stays apart when it
has several (Donald and Melania). A suffix makes another person: "Donald Trump Jr." is never
"Donald Trump". Organisations, groups and outlets: the same name up to case, a leading "the" and a
possessive: "The Washington Post" is "Washington Post".
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quoteattr.lexicon.people import GENERATIONAL_SUFFIXES, HONORIFICS, TITLE_ABBREVIATIONS, TITLE_WORDS

_POSSESSIVE = regex.compile(r"['’]s?$")

Person = tuple[str | None, str, str]  # given name (or None), surname, suffix; all lower-cased


def person_parts(name: str) -> Person | None:
    """(given name, surname, suffix) of a person's name, titles left out; None when no word is left."""
    words = [_POSSESSIVE.sub("", w).strip(".,").lower() for w in name.replace(",", " ").split()]
    words = [w for w in words if w]
    while len(words) > 1 and (words[0] in TITLE_WORDS or words[0] in HONORIFICS or words[0] in TITLE_ABBREVIATIONS):
        words.pop(0)
    suffix = words.pop() if len(words) > 1 and words[-1] in GENERATIONAL_SUFFIXES else ""
    if not words:
        return None
    return (words[0] if len(words) > 1 else None), words[-1], suffix


def organisation_key(name: str) -> str:
    """An organisation's name compared: "The Washington Post's" → "washington post"."""
    words = _POSSESSIVE.sub("", " ".join(name.split())).lower().split()
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def merge_groups(names: Sequence[str], person: bool) -> list[list[int]]:
    """The names (by index) that are one source, in groups; every index in exactly one group."""
    if not person:
        groups: dict[str, list[int]] = {}
        for i, name in enumerate(names):
            groups.setdefault(organisation_key(name), []).append(i)
        return list(groups.values())
    return _people_groups(names)


def _people_groups(names: Sequence[str]) -> list[list[int]]:
    by_family: dict[tuple[str, str], list[tuple[int, str | None]]] = {}
    alone: list[list[int]] = []
    for i, name in enumerate(names):
        parts = person_parts(name)
        if parts is None:
            alone.append([i])
        else:
            by_family.setdefault((parts[1], parts[2]), []).append((i, parts[0]))
    groups = list(alone)
    for members in by_family.values():
        groups += _family_groups(members)
    return groups


def _family_groups(members: list[tuple[int, str | None]]) -> list[list[int]]:
    """Names sharing a surname and suffix, grouped by given name; an initial or a bare surname
    joins the one given name it can mean, when there is exactly one, else stays with its like."""
    groups: dict[str | None, list[int]] = {}
    for i, first in members:
        if first is not None and len(first) > 1:
            groups.setdefault(first, []).append(i)
    full = [g for g in groups if g is not None]
    for i, first in members:
        if first is None or len(first) == 1:
            fits = [g for g in full if first is None or g.startswith(first)]
            groups.setdefault(fits[0] if len(fits) == 1 else first, []).append(i)
    return list(groups.values())
