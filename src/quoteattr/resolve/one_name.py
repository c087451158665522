"""Stage 4d: one name for each speaker in a document. Cues name the same person in shorter and
fuller forms (“said Kemble”, “said Tom Kemble”; “called Ada”, “Ada Price answered”) and each
mention resolves to the entity its own words find; a reader counting who speaks wants one name.
A speaker named by a shorter form becomes the one fuller name the document's speakers have that
contains it, when nothing tells them apart: not a title of the other gender (“Mrs. Pell” is not
Mr. Pell), not a known gender of the other kind, and not when two fuller names fit (“Clinton”
stays as it is beside Hillary and Bill Clinton).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import attrs

from quoteattr.lexicon.people import HONORIFICS, NAME_PARTICLES, TITLE_WORDS
from quoteattr.lexicon.words import ARTICLES, DEMONSTRATIVE_WORDS
from quoteattr.resolve.name_kinds import title_gender_of, word_of
from quoteattr.types import Gender, Quote, SourceKind

_MAX_NAME_WORDS = 4  # a title, a given name, a middle name and a surname


def one_name_each(quotes: Sequence[Quote], titled_names: Collection[str] = ()) -> list[Quote]:
    """The quotes, each speaker called by the one fullest name the document gives them;
    ``titled_names``, the names of people the text gives a title of address (Mrs. Hale)."""
    genders: dict[str, Gender | None] = {}
    titled = set(titled_names)  # names given a title: “said Mrs. Hale” is no Kitty Hale
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.kind is SourceKind.PERSON and _is_name(speaker.name):
            genders[speaker.name] = genders.get(speaker.name) or _known(speaker.gender)
            said = speaker.mention.text.split() if speaker.mention is not None else []
            if said and word_of(said[0]) in HONORIFICS:
                titled.add(speaker.name)
    fuller = _fuller_names(genders, titled)
    if not fuller:
        return list(quotes)
    return [
        attrs.evolve(q, speaker=attrs.evolve(q.speaker, name=fuller[q.speaker.name]))
        if q.speaker is not None and q.speaker.name in fuller
        else q
        for q in quotes
    ]


def _fuller_names(genders: Mapping[str, Gender | None], titled: set[str]) -> dict[str, str]:
    """Each shorter name's one fuller form among ``genders``' names. A family name said with a title
    (Mrs. Hale) is a person of that family, not the one whose given name goes with it."""
    words = {name: _plain_words(name) for name in genders}
    having: dict[str, list[str]] = {}  # each word, the names with it: a document's names stay few
    for name, name_words in words.items():
        for word in name_words:
            having.setdefault(word, []).append(name)
    fuller: dict[str, str] = {}
    for short, short_words in words.items():
        if not short_words:
            continue
        fits: list[str] = []
        for long in having[min(short_words, key=lambda w: len(having[w]))]:
            if (
                short_words < words[long]
                and _may_be_one(short, long, genders[short], genders[long])
                and (short not in titled or word_of(long.split()[0]) in short_words)
            ):
                fits.append(long)
                if len(fits) > 1:
                    break  # two fuller names fit: no telling which
        if len(fits) == 1:
            fuller[short] = fits[0]
    return fuller


def _may_be_one(short: str, long: str, short_gender: Gender | None, long_gender: Gender | None) -> bool:
    """Whether nothing the two names say tells their people apart."""
    said = {title_gender_of(short.split()[0]), title_gender_of(long.split()[0]), short_gender, long_gender} - {None}
    return len(said) < 2


def _plain_words(name: str) -> frozenset[str]:
    return frozenset(word_of(w) for w in name.split() if word_of(w) not in TITLE_WORDS)


def _is_name(name: str) -> bool:
    """A person's name of a few capitalised words and particles (“Ana van der Berg”); not a
    description (“the old lady”), “the narrator”, two people (“Ahmed and Karim”) or a phrase the
    parser ran on (“Heron in his grand manner”)."""
    words = name.split()
    if not words or words[0].lower() in ARTICLES or words[0].lower() in DEMONSTRATIVE_WORDS:
        return False
    return len(words) <= _MAX_NAME_WORDS and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)


def _known(gender: Gender | None) -> Gender | None:
    return gender if gender in (Gender.MALE, Gender.FEMALE) else None
