"""A first-person narrator named as the others call them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import attrs

from quoteattr.lexicon.names import first_name_gender
from quoteattr.lexicon.pronouns import NARRATOR
from quoteattr.resolve.dialogue.lines import has_own_speaker, speaker_name
from quoteattr.resolve.dialogue.vocatives import addressed_words, called, same_person, vocative
from quoteattr.types import Quote

#: Lines that must call the narrator by the same given name before the narrator takes it; a full
#: name (“Peter Alexandrovich”) is rarely anyone else's, and once is enough.
MIN_NARRATOR_VOTES = 2
MIN_FULL_NAME_VOTES = 1


def name_the_narrator(
    quotes: list[Quote], full_name: Callable[[str], str] | None = None, in_narration: frozenset[str] = frozenset()
) -> list[Quote]:
    """A first-person narrator named as the others call them: the name the lines next to the
    narrator's own address most often (“Tom, you're late.”, “Peter Alexandrovich, sit down”), when
    at least two do; failing that, a full or given name the others call someone by at least twice that no
    line is said by and the narration (``in_narration``: its people's words) never uses, as a
    first-person narration never uses its teller's name. A given name becomes the full name
    ``full_name`` knows for it (Tom → Tom Harrow, when the text names one Tom)."""
    narrated = [n for n, q in enumerate(quotes) if speaker_name(q) == NARRATOR]
    if not narrated:
        return quotes
    votes: Counter[str] = Counter()
    full: Counter[str] = Counter()
    # each line next to the narrator's votes once, though it stands between two of theirs
    beside = sorted({m for n in narrated for m in (n - 1, n + 1) if 0 <= m < len(quotes)})
    for m in beside:
        if speaker_name(quotes[m]) not in (None, NARRATOR):
            text = quotes[m].content.text
            votes.update(w for w in addressed_words(text) if first_name_gender(w))
            full.update(_full_names(text, in_narration))
    unnarrated = _unnarrated_names(quotes, in_narration)
    if full and full.most_common(1)[0][1] >= MIN_FULL_NAME_VOTES:
        name = full.most_common(1)[0][0]  # “Peter Alexandrovich”
    elif unnarrated and unnarrated.most_common(1)[0][1] >= MIN_NARRATOR_VOTES:
        name = unnarrated.most_common(1)[0][0]
        if full_name is not None and len(name.split()) == 1:
            name = full_name(name)
    elif votes and votes.most_common(1)[0][1] >= MIN_NARRATOR_VOTES:
        given = votes.most_common(1)[0][0]
        longer = [name for name in full if name.split()[0].lower() == given]
        name = longer[0] if longer else given.capitalize()
        if full_name is not None and not longer:
            name = full_name(name)
    else:
        return quotes
    named = list(quotes)
    for n in narrated:
        speaker = named[n].speaker
        if speaker is not None:
            named[n] = attrs.evolve(named[n], speaker=attrs.evolve(speaker, name=name))
    return named


def _full_names(text: str, in_narration: frozenset[str]) -> set[str]:
    """The full names a line calls its listener by (“Peter Alexandrovich, sit down”, “For pity's
    sake, Peter Alexandrovich, be quiet”) that the narration never uses, as a first-person narration never
    uses its teller's name; it does use an address (“…, Mill Street, …”) or another's name
    (“…, Inspector Dale.”)."""
    found = set(called(text)) | {vocative(text) or ""}
    return {n for n in found if len(n.split()) > 1 and not any(_plain(w) in in_narration for w in n.split())}


def _plain(word: str) -> str:
    return word.lower().rstrip(".")


def _unnarrated_names(quotes: list[Quote], in_narration: frozenset[str]) -> Counter[str]:
    """Full names (or given names) the lines of others call someone by, who says no line and whom
    the narration never names: the one telling the story."""
    speakers = {
        name for q in quotes if (name := speaker_name(q)) is not None and name != NARRATOR and has_own_speaker(q)
    }
    found: Counter[str] = Counter()
    for quote in quotes:
        if speaker_name(quote) == NARRATOR:
            continue
        for name in called(quote.content.text):
            words = [_plain(w) for w in name.split()]
            if (len(words) < 2 and not first_name_gender(name)) or any(w in in_narration for w in words):
                continue  # "Tom Harrow", or a given name ("Ruth"), but not a word like "Rather"
            if not any(same_person(name, speaker) for speaker in speakers):
                found[name] += 1
    return found
