"""Ways to write quotes out: a readable table and JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from quoteattr.quotes import Quote, QuoteKind

#: One input's results: where the text came from and the quotes found in it.
Result = tuple[str, Sequence[Quote]]

_QUOTE_WIDTH = 60
_COLUMNS = (("KIND", 8), ("SPEAKER", 22), ("CUE", 10), ("QUOTE", _QUOTE_WIDTH), ("OFFSETS", 0))


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _shown(quote: Quote) -> str:
    """The quote as the table shows it: in marks when it had marks, bare when it is reported speech."""
    if quote.kind is QuoteKind.INDIRECT:
        return shorten(quote.content.text, _QUOTE_WIDTH)
    return "“" + shorten(quote.content.text, _QUOTE_WIDTH - 2) + "”"


def table(results: Sequence[Result]) -> str:
    """A fixed-width table per input, headed by its name when there are several inputs."""
    blocks = []
    for source, quotes in results:
        rows = [[name for name, _ in _COLUMNS]]
        for q in quotes:
            rows.append(
                [
                    q.kind.value,
                    shorten(q.speaker.name, 22) if q.speaker else "—",
                    q.cue.text if q.cue else "—",
                    _shown(q),
                    f"{q.content.start}-{q.content.end}",
                ]
            )
        widths = [width for _, width in _COLUMNS]
        lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
        count = f"{len(quotes)} quote{'' if len(quotes) == 1 else 's'}"
        header = [f"== {source}: {count} =="] if len(results) > 1 else []
        blocks.append("\n".join(header + lines))
    return "\n\n".join(blocks) + "\n"


def records(results: Sequence[Result]) -> list[dict[str, object]]:
    """One flat dict per quote, with the input it came from under "source"."""
    return [{"source": source, **q.to_dict()} for source, quotes in results for q in quotes]


def json_list(results: Sequence[Result]) -> str:
    return json.dumps(records(results), ensure_ascii=False, indent=2) + "\n"
