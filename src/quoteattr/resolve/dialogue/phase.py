"""Mending a run of turns that has fallen out of step with the named line after it.

Turns counted on from a named line alternate A, B, A, B. When the next named line (one that
opens its paragraph) is by the one the count gave the paragraph before it to, the run broke
somewhere: someone spoke two paragraphs running, or the count started from the wrong party. A
reader counts back from the named line; on annotated novels that is more often right than the
count from the start when the run starts after narration, or is two lines long:

    “…,” asked Tom.    Tom
    “…,” said Ann.     Ann
    Narration.
    “…”                Tom   → Ann
    “…”                Ann   → Tom
    “…”                Tom   → Ann
    “…,” said Tom.     Tom

A single line after narration is counted back the same way, from the one who spoke before it
(“…,” said Ann. ¶ Narration. ¶ “…” ← Ann ¶ “…,” said Tom.). A longer run that answers a line
named right before it (“…?” asked Tom. ¶ “…” ¶ “…” …) is as often right counted on from that
line, and keeps its count; one that answers a line named only by a pronoun (“…,” she said),
itself a guess, is counted back. A run that is not two people taking turns, or a count back that would
give a line to the one it calls by name, is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.lexicon.pronouns import PRONOUNS
from quoteattr.resolve.dialogue.lines import Line, speaker_name
from quoteattr.resolve.dialogue.vocatives import addressed_words, calls_by_name
from quoteattr.types import Quote, Rule, Speaker

#: The longest run counted back when it starts right after a line named by name, not after
#: narration: measured on annotated novels, a longer one is as often right counted on from it.
_MAX_COUNTED_BACK = 2


def mend_phase(quotes: list[Quote], lines: Sequence[Line], paragraphs: Sequence[tuple[int, list[int]]]) -> None:
    """Count back from each named line the run of turns before it that ends on the named line's
    own speaker (see the module's docstring); ``quotes`` is changed in place. A
    named line after narration in its own paragraph is no break: the one who spoke last may go on
    after it (“Tom looked at the map. ‘Ah yes,’ he said.”)."""
    for k in range(1, len(paragraphs)):
        anchor = quotes[paragraphs[k][1][0]]
        name = speaker_name(anchor)
        if name is None or anchor.rule is Rule.TURN_TAKING or not lines[paragraphs[k][1][0]].opens_paragraph:
            continue
        run = _run_before(quotes, paragraphs, k)
        if not run or speaker_name(quotes[paragraphs[run[0]][1][0]]) != name:
            continue
        if len(run) > _MAX_COUNTED_BACK and _follows_a_named_line(quotes, paragraphs, run[-1]):
            continue  # a long run that answers a line named right before it: the count from there holds
        given = [speaker_name(quotes[paragraphs[j][1][0]]) for j in run]
        other = next((n for n in given if n != name), None)
        if other is None and not _follows_a_line(paragraphs, run[-1]):
            other = _spoke_before(quotes, paragraphs, run[-1])
        if other is None or given != [(name, other)[d % 2] for d in range(len(run))]:
            continue  # not two people taking turns: a third joined, and counting back would guess
        mended = [(j, other if d % 2 == 0 else name) for d, j in enumerate(run)]  # the nearest first
        if any(
            calls_by_name(speaker, addressed_words(quotes[paragraphs[j][1][0]].content.text)) for j, speaker in mended
        ):
            continue  # a line would go to the one it calls by name
        for j, speaker in mended:
            _give(quotes, paragraphs[j][1], speaker)


def _spoke_before(quotes: Sequence[Quote], paragraphs: Sequence[tuple[int, list[int]]], j: int) -> str | None:
    """Who spoke the last line before paragraph ``j``: for a single line after narration, the one
    who talked before it goes on (“…,” said Tom. ¶ Narration. ¶ “…” ¶ “…,” said Ann.)."""
    return speaker_name(quotes[paragraphs[j - 1][1][0]]) if j > 0 else None


def _follows_a_named_line(quotes: Sequence[Quote], paragraphs: Sequence[tuple[int, list[int]]], j: int) -> bool:
    """Whether the line right before paragraph ``j`` names its speaker by name (“asked Nora”),
    not by a pronoun whose reading is itself a guess (“she said”)."""
    if not _follows_a_line(paragraphs, j):
        return False
    speaker = quotes[paragraphs[j - 1][1][0]].speaker
    mention = None if speaker is None else speaker.mention
    return mention is not None and mention.text.lower() not in PRONOUNS


def _follows_a_line(paragraphs: Sequence[tuple[int, list[int]]], j: int) -> bool:
    return j > 0 and paragraphs[j - 1][0] == paragraphs[j][0] - 1


def _run_before(quotes: Sequence[Quote], paragraphs: Sequence[tuple[int, list[int]]], k: int) -> list[int]:
    """The paragraphs right before paragraph ``k`` (no narration between) whose first line was
    given by turns, the nearest first."""
    run: list[int] = []
    j = k - 1
    while (
        j >= 0 and paragraphs[j][0] == paragraphs[j + 1][0] - 1 and quotes[paragraphs[j][1][0]].rule is Rule.TURN_TAKING
    ):
        run.append(j)
        j -= 1
    return run


def _give(quotes: list[Quote], members: Sequence[int], speaker: str) -> None:
    """The paragraph's lines that were given by turns, to ``speaker``."""
    for n in members:
        quote = quotes[n]
        if quote.rule is Rule.TURN_TAKING and quote.speaker is not None and quote.speaker.name != speaker:
            quotes[n] = attrs.evolve(quote, speaker=Speaker(speaker, quote.speaker.mention))
