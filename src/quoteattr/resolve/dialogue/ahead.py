"""Looking ahead in a novel's exchange: who the lines further on name, read once per document.

An exchange whose second party is not yet known takes the next one a cue names, or the next one
a line calls by name; looking ahead from every line would be quadratic in a long conversation,
so the next paragraph that names someone is found for all paragraphs in one pass from the end.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quoteattr.resolve.dialogue.vocatives import same_person

#: Paragraphs of narration after which an exchange is over.
MAX_GAP = 3

#: Lines calling someone by name looked at, at most, for an exchange's second party.
_CALLED_LOOKS = 8


@attrs.frozen
class Ahead:
    """What the lines further on in the same exchange say of its parties, read once for the whole
    document so that looking ahead from every line stays linear: for each paragraph of lines, the
    speaker its cue names and whom its first line calls, and the next paragraph of the exchange
    that has one."""

    owners: Sequence[str | None]
    called: Sequence[str | None]
    next_owned: Sequence[int | None]
    next_calling: Sequence[int | None]
    #: The next paragraph with a named speaker before any scene break.
    next_owned_in_scene: Sequence[int | None]

    @classmethod
    def build(
        cls,
        paragraphs: Sequence[tuple[int, list[int]]],
        owners: Sequence[str | None],
        called: Sequence[str | None],
        cut: Sequence[int],
    ) -> Ahead:
        # a cue further on counts across a scene break (the same two may talk on); a name called does not
        return cls(
            owners,
            called,
            _next_with(paragraphs, owners, ()),
            _next_with(paragraphs, called, cut),
            _next_with(paragraphs, owners, cut),
        )

    def next_owner(self, k: int, current: str | None, in_scene: bool = False) -> str | None:
        """The next speaker named in the exchange after paragraph ``k``, unless it is ``current``;
        with ``in_scene``, only one named before the next scene break."""
        j = (self.next_owned_in_scene if in_scene else self.next_owned)[k]
        return None if j is None or self.owners[j] == current else self.owners[j]

    def next_called(self, k: int, current: str) -> str | None:
        """The first one other than ``current`` whom a line of the exchange calls by name, from
        paragraph ``k`` on: the listener of a line is one of the two talking."""
        j = k if self.called[k] is not None else self.next_calling[k]
        for _ in range(_CALLED_LOOKS):
            if j is None:
                return None
            name = self.called[j]
            if name is not None and not same_person(name, current):
                return name
            j = self.next_calling[j]
        return None


def _next_with(
    paragraphs: Sequence[tuple[int, list[int]]], values: Sequence[str | None], cut: Sequence[int]
) -> list[int | None]:
    """For each paragraph, the next one of the same exchange (no long narration between, no scene
    break in ``cut``) whose value is not None."""
    found: list[int | None] = [None] * len(paragraphs)
    for k in range(len(paragraphs) - 2, -1, -1):
        here, there = paragraphs[k][0], paragraphs[k + 1][0]
        if there - here <= MAX_GAP + 1 and not broken(cut, here, there):
            found[k] = k + 1 if values[k + 1] is not None else found[k + 1]
    return found


def broken(breaks: Sequence[int], first: int, last: int) -> bool:
    """Whether a scene break stands between paragraphs ``first`` and ``last``."""
    k = bisect.bisect_right(breaks, first)
    return k < len(breaks) and breaks[k] < last
