"""Whom a line of dialogue calls by name: its listener, who did not say it (“Yes, Nora, only
perhaps.”), and the words that may name them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import regex

from quoteattr.lexicon.fiction import ADDRESS_TITLES, NOT_VOCATIVES
from quoteattr.lexicon.names import first_name_gender
from quoteattr.lexicon.people import TITLE_WORDS
from quoteattr.lexicon.words import CALENDAR_WORDS
from quoteattr.resolve.dialogue.lines import has_own_speaker, speaker_name
from quoteattr.resolve.name_kinds import title_gender_of
from quoteattr.types import Gender, Quote

#: Names set off by commas in a line that make it a list rather than an address.
MIN_LISTED = 3

_WORDS = regex.compile(r"[\p{L}.’'-]+")
_TITLE = r"(?:(?:" + "|".join(sorted(ADDRESS_TITLES)) + r")\.?\s+)?"
_NAME = r"(?P<name>" + _TITLE + r"\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})"
_LEADING_VOCATIVE = regex.compile(r"^\W*" + _NAME + r"\s*(?:,|!+\s*$)")
_TRAILING_VOCATIVE = regex.compile(r"[,—]\s*" + _NAME + r"\s*[.!?]*\W*$")
_ANSWER = regex.compile(r"\W*" + _NAME + r"\s*\.?\s*")
_OWNING = frozenset({"mine", "yours", "his", "hers", "ours", "theirs"})
_BETWEEN_COMMAS = regex.compile(r"[,—]\s*" + _NAME + r"\s*[,!?—]")
#: Where a line's next sentence starts; the word before the stop may be a title ("Mr. Pell").
_SENTENCE_BREAK = regex.compile(r"[.!?]+\s+(?=\p{Lu})")
_WORD_AT_END = regex.compile(r"\p{L}+$")
_TITLE_REACH = 12  # characters back from a stop to the word it ends: "Colonel."
_OPENING_VOCATIVE = regex.compile(_NAME + r"\s*,")
_INNER_VOCATIVE = regex.compile(r"(?:^\W*|[,—]\s*)" + _NAME + r"\s*(?=[,.!?—]|\W*$)")


def vocative(text: str) -> str | None:
    """The name a line calls its listener by, at its start or its end: “Peter Alexandrovich, sit
    down”, “Go to bed, Tom.”, “Mr. Harris!”; None when it calls no one."""
    for pattern in (_LEADING_VOCATIVE, _TRAILING_VOCATIVE):
        found = pattern.search(text)
        if found is not None:
            name = str(found.group("name"))
            if _may_be_called(name) and not _in_apposition(text, found):
                return name
    return None


def called(text: str) -> list[str]:
    """Every name a line calls someone by, set off by commas anywhere in it: “Now, as you showed
    me, Tom Harrow, that you wanted …”; none of them said the line."""
    if _ANSWER.fullmatch(text):
        return []  # “Where are you from?” “Kansas City.”: an answer, not an address
    found = [m.group("name") for m in _INNER_VOCATIVE.finditer(text)]
    found += _last_sentence_vocative(text)
    if len(found) >= MIN_LISTED:
        return []  # “I been in Boston, Portland, Kansas City, Denver”: a list, not an address
    return [name for name in found if _may_be_called(name)]


def _last_sentence_vocative(text: str) -> list[str]:
    """The name that opens a line's last sentence, set off by a comma: “… will not wait. Nora, I
    have news.” A title and a name, or one given name; not “They're sailors, all of them.”"""
    start = None
    for found in _SENTENCE_BREAK.finditer(text):  # one pass: the last break that ends no title
        word = _WORD_AT_END.search(text, max(0, found.start() - _TITLE_REACH), found.start())
        if word is None or word.group() not in ADDRESS_TITLES:
            start = found.end()
    opening = _OPENING_VOCATIVE.match(text, start) if start is not None else None
    return [opening.group("name")] if opening is not None and _plainly_a_name(opening.group("name")) else []


def _plainly_a_name(name: str) -> bool:
    """A name that opens a sentence and is no other word there: a title and a name ("Mr. Pell"), or
    one given name ("Nora"); not "They're sailors", "However"."""
    words = name.split()
    if len(words) > 1:
        return words[0].rstrip(".") in ADDRESS_TITLES
    return first_name_gender(words[0]) is not None


def inner_vocatives(text: str) -> list[str]:
    """The names a line calls someone by between commas in its middle: “And you, Jane, will you
    come?”; not a title cut off by its full stop (“Mr.”), nor the names of a list."""
    found = [m.group("name") for m in _BETWEEN_COMMAS.finditer(text) if not _in_apposition(text, m)]
    return [] if len(found) >= MIN_LISTED else [name for name in found if _may_be_called(name)]


def _in_apposition(text: str, match: regex.Match[str]) -> bool:
    """Whether the name renames what comes before its comma: “a friend of mine, Contessa
    Rinaldi, has …”, “Harlow, John Harlow, was …”, “the PTA, Parent Teacher
    Association”."""
    before = _WORDS.findall(text[: match.start()])
    if not before:
        return False
    word, names = before[-1], match.group("name").split()
    if word.isupper() and len(word) > 1 and word == "".join(w[0] for w in names if w[:1].isupper()):
        return True  # “… at the PTA, Parent Teacher Association”: the letters spelt out
    return word.lower() in _OWNING or word.lower() in {w.lower() for w in names}


def _may_be_called(name: str) -> bool:
    """Whether a line may call someone ``name``: not “Well, …”, nor “On Tuesday, you went …”."""
    words = [w.lower().rstrip(".") for w in name.split()]
    return words[0] not in NOT_VOCATIVES and not any(w in CALENDAR_WORDS for w in words)


def addressed_words(text: str) -> set[str]:
    """Words that may name the listener: the first and last words of the line and those beside
    its commas (“Yes, Nora, only perhaps.”), lower-cased."""
    words: set[str] = set()
    for clause in regex.split(r"[,;!?.—]+", text):
        found = _WORDS.findall(clause)
        if found and len(found) <= 3 and found[0][:1].isupper():
            words.update(w.lower().rstrip(".") for w in found)
    return words


def same_person(a: str, b: str | None) -> bool:
    if b is None:
        return False
    words = {w.lower().rstrip(".") for w in b.split()}
    return any(w.lower().rstrip(".") in words for w in a.split() if w.lower().rstrip(".") not in TITLE_WORDS)


def calls_by_name(speaker: str, addressed: set[str]) -> bool:
    """Whether the words a line may call its listener by (``addressed_words``) name ``speaker``."""
    return any(part.lower() in addressed for part in speaker.split() if part[:1].isupper())


def spoken_names(quotes: Sequence[Quote]) -> dict[str, Gender | None]:
    """The names the cues give speakers, with the gender known for each."""
    spoken: dict[str, Gender | None] = {}
    for quote in quotes:
        name = speaker_name(quote) if has_own_speaker(quote) else None
        if name is not None and quote.speaker is not None:
            spoken[name] = spoken.get(name) or quote.speaker.gender
    return spoken


@attrs.define
class SpokenNames:
    """The names the cues give speakers, and what each name a line calls someone by stands for
    (worked out once per name: a novel calls the same few people again and again)."""

    genders: dict[str, Gender | None]
    read: dict[str, str | None] = attrs.Factory(dict)

    def of(self, name: str | None) -> str | None:
        if name is None:
            return None
        if name not in self.read:
            self.read[name] = as_spoken(name, self.genders)
        return self.read[name]


def as_spoken(name: str | None, spoken: Mapping[str, Gender | None]) -> str | None:
    """The name the cues give the one person a line calls by another form of it: “…, Mrs. Pell” is
    “Pell” when the cues call her Pell and no one else they name shares the word (not Mr. Pell, nor
    a Pell the text shows to be a man), so that one person is not taken for two parties."""
    if name is None or name in spoken:
        return name
    said = title_gender_of(name.split()[0])
    matches = [
        other
        for other, gender in spoken.items()
        if same_person(name, other)
        and (said is None or (title_gender_of(other.split()[0]) in (None, said) and gender in (None, said)))
    ]
    return matches[0] if len(matches) == 1 else name
