"""Lines of dialogue: a direct quote as a line, whether it has a speaker of its own, and whether a
text has the novel's habit of leaving lines unattributed."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import attrs
import regex

from quoteattr.lexicon.words import HEADING_WORDS
from quoteattr.types import Document, Quote, Rule

#: Rules that give a line a speaker of its own; any other speaker was borrowed from elsewhere.
OWN_RULES = frozenset(
    {Rule.CUE_VERB, Rule.ACCORDING_TO, Rule.NARRATION_SUBJECT, Rule.COLON_INTRO, Rule.DASH, Rule.NEXT_SENTENCE}
)
#: A text is dialogue when at least this many quote paragraphs, and this share of them, have no
#: speaker of their own.
MIN_UNATTRIBUTED_LINES = 3
MIN_UNATTRIBUTED_SHARE = 0.1

#: A line that only breaks the scene: a row of stars or signs, a lone numeral, or a heading
#: ("CHAPTER VII", "Book II."): the conversation before it is over.
_SCENE_BREAK = regex.compile(
    r"(?:[*#~•·+=_\-–—]\s*){3,}|[IVXLC]+\.?|\d+\.?|(?i:(?:" + "|".join(sorted(HEADING_WORDS)) + r")\s+[\w.]+\.?)"
)
_MAX_BREAK_LENGTH = 40  # characters: a heading's line, not a paragraph of narration


@attrs.frozen
class Line:
    """A direct quote as a line of dialogue: where it stands and whether it opens its paragraph."""

    quote: Quote
    paragraph: int
    opens_paragraph: bool
    #: Whom the cue says the line was said to: “…,” said Harry to Ron / she asked him.
    addressee: str | None = None
    #: The line goes on with the quote the paragraph before left open: no unattributed line.
    continues: bool = False


def reads_as_dialogue(turns: Iterable[tuple[int, bool, bool]]) -> bool:
    """Whether a text has the novel's habit, from its direct quotes in order, each as (paragraph,
    opens its paragraph, has a speaker of its own): at least MIN_UNATTRIBUTED_LINES paragraphs
    that open with a quote, and MIN_UNATTRIBUTED_SHARE of them, give none of their quotes a speaker."""
    paragraphs: dict[int, list[bool]] = {}  # paragraph → [opens with a quote, any quote has its own speaker]
    for paragraph, opens, own in turns:
        found = paragraphs.setdefault(paragraph, [opens, False])
        found[1] = found[1] or own
    opening = [own for opens, own in paragraphs.values() if opens]
    unattributed = opening.count(False)
    return unattributed >= MIN_UNATTRIBUTED_LINES and unattributed >= MIN_UNATTRIBUTED_SHARE * len(opening)


def speaker_name(quote: Quote) -> str | None:
    return None if quote.speaker is None else quote.speaker.name


def has_own_speaker(quote: Quote) -> bool:
    return quote.speaker is not None and quote.rule in OWN_RULES


def scene_breaks(document: Document) -> frozenset[int]:
    """The paragraphs that only break the scene (see _SCENE_BREAK)."""
    starts = (*document.paragraph_starts, len(document.text))
    found = set()
    for number, (start, end) in enumerate(itertools.pairwise(starts)):
        text = document.text[start:end].strip()
        if len(text) <= _MAX_BREAK_LENGTH and _SCENE_BREAK.fullmatch(text):
            found.add(number)
    return frozenset(found)
