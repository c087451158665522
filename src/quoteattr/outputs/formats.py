"""Ways to write quotes out: a readable table, JSON, JSON Lines, CSV and an HTML page.

Every writer takes the results one input at a time and writes as it goes, so the command line can
stream thousands of files; only the HTML page, which opens with a summary, waits for them all.
"""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from typing import Any, TextIO

from quoteattr.outputs.html import page
from quoteattr.types import Quote, QuoteKind, Result

_QUOTE_WIDTH = 60
_COLUMNS = (("KIND", 8), ("SPEAKER", 22), ("CUE", 10), ("QUOTE", _QUOTE_WIDTH), ("OFFSETS", 0))

#: The CSV columns: every field of ``Quote.to_dict()``, nested fields joined by dots.
CSV_FIELDS = (
    "source",
    "kind",
    "content.start",
    "content.end",
    "content.text",
    "speaker.name",
    "speaker.mention.start",
    "speaker.mention.end",
    "speaker.mention.text",
    "speaker.kind",
    "speaker.gender",
    "speaker.gender_source",
    "cue.start",
    "cue.end",
    "cue.text",
    "rule",
    "confidence",
)


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _shown(quote: Quote) -> str:
    """The quote as the table shows it: in marks when it had marks, bare when it is reported speech."""
    if quote.kind is QuoteKind.INDIRECT:
        return shorten(quote.content.text, _QUOTE_WIDTH)
    return "“" + shorten(quote.content.text, _QUOTE_WIDTH - 2) + "”"


def table_block(result: Result, headed: bool) -> str:
    """A fixed-width table of one input's quotes, headed by its name when ``headed``."""
    rows = [[name for name, _ in _COLUMNS]]
    for q in result.quotes:
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
    count = f"{len(result.quotes)} quote{'' if len(result.quotes) == 1 else 's'}"
    header = [f"== {result.source}: {count} =="] if headed else []
    return "\n".join(header + lines) + "\n"


def write_table(results: Iterable[Result], out: TextIO, several: bool = False) -> None:
    """One table per input; with ``several`` inputs each is headed by its name."""
    for n, result in enumerate(results):
        out.write(("\n" if n else "") + table_block(result, several))


@functools.cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of one quote record, as the JSON outputs write it (``outputs/quote.schema.json``)."""
    text = resources.files("quoteattr").joinpath("outputs/quote.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def records(result: Result) -> Iterator[dict[str, Any]]:
    """One dict per quote, every field of ``Quote.to_dict()``, with the input's name as "source"."""
    for quote in result.quotes:
        yield {"source": result.source, **quote.to_dict()}


def write_json(results: Iterable[Result], out: TextIO) -> None:
    """A JSON list of every quote of every input, written record by record."""
    out.write("[")
    first = True
    for result in results:
        for record in records(result):
            body = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(("\n  " if first else ",\n  ") + body)
            first = False
    out.write("\n]\n" if not first else "]\n")


def write_jsonl(results: Iterable[Result], out: TextIO) -> None:
    """JSON Lines: one quote per line."""
    for result in results:
        for record in records(result):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts as one level with dotted keys; a None where a dict may be fills no columns."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[prefix + key] = value
    return flat


#: What a spreadsheet takes for the start of a formula: a cell of untrusted text that begins with
#: one of these is written with a leading single quote (OWASP's advice against CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A text cell a spreadsheet will show rather than run: “=SUM(A1:A9)” becomes “'=SUM(A1:A9)”.
    A lone "-" (standard input's name) runs nothing and stays."""
    if isinstance(value, str) and len(value) > 1 and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(results: Iterable[Result], out: TextIO, raw: bool = False) -> None:
    """CSV with a header row and the columns of :data:`CSV_FIELDS`; absent values are empty. Text
    cells that a spreadsheet would run as a formula are neutralised (:func:`spreadsheet_safe`)
    unless ``raw``."""
    writer = csv.DictWriter(out, CSV_FIELDS, restval="", extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for result in results:
        for record in records(result):
            row = {k: "" if v is None else v for k, v in flatten(record).items()}
            writer.writerow(row if raw else {k: spreadsheet_safe(v) for k, v in row.items()})


def write_html(results: Iterable[Result], out: TextIO) -> None:
    """A self-contained HTML page: each article with its quotes highlighted, see report.py."""
    out.write(page(list(results)))


Writer = Callable[[Iterable[Result], TextIO], None]

#: The output formats by name, as ``quoteattr --format NAME`` knows them.
WRITERS: dict[str, Writer] = {
    "table": write_table,
    "json": write_json,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "html": write_html,
}
