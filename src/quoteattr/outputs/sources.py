"""A corpus's sources written out: a fixed-width table, CSV, JSON, or the HTML report
(sources_html.py). Every writer takes the rows of ``Corpus.sources()`` and the corpus totals."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from typing import TextIO

from quoteattr.corpus.sources import Source, Totals
from quoteattr.outputs.formats import shorten, spreadsheet_safe
from quoteattr.outputs.sources_html import sources_page

#: The CSV columns, one row per source; the last row, named TOTAL, sums the corpus.
CSV_FIELDS = (
    "name",
    "kind",
    "gender",
    "gender_source",
    "quotes",
    "words",
    "documents",
    "first_document",
    "last_document",
    "names",
    "example",
)
TOTAL_ROW = "TOTAL"
_TABLE = (("SOURCE", 30), ("KIND", 12), ("GENDER", 8), ("QUOTES", -6), ("WORDS", -7), ("DOCS", -5), ("FIRST", 28))


def totals_line(totals: Totals) -> str:
    """The corpus in one sentence: documents, quotes, sources, the unnamed share, kinds, genders."""
    kinds = ", ".join(f"{kind} {n}" for kind, n in totals.by_kind.items()) or "none"
    genders = ", ".join(f"{gender} {n}" for gender, n in totals.by_gender.items()) or "none"
    return (
        f"{totals.documents} documents, {totals.quotes} quotes ({totals.attributed} attributed), "
        f"{totals.sources} sources; unnamed sources {totals.unnamed_share:.1%} of attributed quotes; "
        f"quotes by kind: {kinds}; quotes of people by gender: {genders}"
    )


def write_table(rows: Sequence[Source], totals: Totals, out: TextIO) -> None:
    """One line per source, most quoted first, then the totals."""
    out.write("  ".join(_cell(name, width) for name, width in _TABLE).rstrip() + "\n")
    for row in rows:
        cells = (
            shorten(row.name, 30), row.kind, row.gender or "—", str(row.quotes), str(row.words), str(row.documents),
            row.first_document,
        )  # fmt: skip
        out.write("  ".join(_cell(c, w) for c, (_, w) in zip(cells, _TABLE, strict=True)).rstrip() + "\n")
    out.write(f"\n{totals_line(totals)}\n")


def _cell(text: str, width: int) -> str:
    return text.rjust(-width) if width < 0 else text.ljust(width)


def write_csv(rows: Sequence[Source], totals: Totals, out: TextIO, raw: bool = False) -> None:
    """CSV, one row per source and a TOTAL row; formula-like text cells neutralised unless ``raw``."""
    writer = csv.DictWriter(out, CSV_FIELDS, restval="", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        record = {
            "name": row.name, "kind": row.kind, "gender": row.gender or "", "gender_source": row.gender_source or "",
            "quotes": row.quotes, "words": row.words, "documents": row.documents,
            "first_document": row.first_document, "last_document": row.last_document, "names": "; ".join(row.names),
            "example": row.examples[0].text if row.examples else "",
        }  # fmt: skip
        writer.writerow(record if raw else {k: spreadsheet_safe(v) for k, v in record.items()})
    writer.writerow({"name": TOTAL_ROW, "quotes": totals.quotes, "words": totals.words, "documents": totals.documents})


def write_json(rows: Sequence[Source], totals: Totals, out: TextIO) -> None:
    """``{"totals": {...}, "sources": [...]}``, every field of every row."""
    data = {"totals": totals.to_dict(), "sources": [row.to_dict() for row in rows]}
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_html(rows: Sequence[Source], totals: Totals, out: TextIO) -> None:
    """The self-contained HTML report (sources_html.py)."""
    out.write(sources_page(rows, totals))


SourcesWriter = Callable[[Sequence[Source], Totals, TextIO], None]

#: The formats of ``quoteattr sources --format NAME``.
WRITERS: dict[str, SourcesWriter] = {"table": write_table, "csv": write_csv, "json": write_json, "html": write_html}
