"""The sources report: one self-contained HTML page over a corpus.

It shows the totals, a bar chart of the most-quoted sources, the share of quotes by kind of source
and by gender, the share from unnamed sources, and a table of every source that sorts when a
column heading is clicked; each source's name links to its example quotes further down. The charts
are SVG drawn by the page's own script from the data embedded in it: no network, no library.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from quoteattr.corpus.sources import Source, Totals

#: Sources in the bar chart.
TOP_SOURCES = 15

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; color: #212529; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ced4da; }
.figures { display: flex; gap: 2rem; flex-wrap: wrap; }
.figure { font-size: 0.85rem; color: #495057; } .figure b { display: block; font-size: 1.6rem; color: #212529; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.chart { width: 100%; } .chart text { font: 12px system-ui, sans-serif; fill: #212529; }
table.sources { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
table.sources th, table.sources td { padding: 0.25rem 0.6rem; text-align: left; border-bottom: 1px solid #e9ecef; }
table.sources th { cursor: pointer; user-select: none; background: #f1f3f5; }
table.sources th[aria-sort="ascending"]::after { content: " ▲"; }
table.sources th[aria-sort="descending"]::after { content: " ▼"; }
table.sources td.number, table.sources th.number { text-align: right; }
.quotes li { margin: 0.3rem 0; } .quotes .doc { color: #868e96; font-size: 0.8rem; }
"""

#: Columns of the table: heading, Source field, whether it is a number.
COLUMNS = (
    ("Source", "name", False),
    ("Kind", "kind", False),
    ("Gender", "gender", False),
    ("Quotes", "quotes", True),
    ("Words", "words", True),
    ("Documents", "documents", True),
    ("First document", "first_document", False),
    ("Last document", "last_document", False),
)

_SCRIPT = """
(function () {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const NS = "http://www.w3.org/2000/svg";
  const COLOURS = ["#4c6ef5", "#f76707", "#37b24d", "#ae3ec9", "#1098ad", "#f59f00", "#e64980", "#868e96"];
  function el(name, attrs, text) {
    const node = document.createElementNS(NS, name);
    for (const key in attrs) node.setAttribute(key, attrs[key]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  // Horizontal bars, one per [label, value]; the value is written after each bar.
  function bars(svg, items, total) {
    const width = 560, labelWidth = 190, rowHeight = 22, max = Math.max(1, ...items.map(i => i[1]));
    svg.setAttribute("viewBox", "0 0 " + width + " " + Math.max(rowHeight, items.length * rowHeight));
    svg.setAttribute("height", Math.max(rowHeight, items.length * rowHeight));
    items.forEach(([label, value], n) => {
      const y = n * rowHeight, length = (width - labelWidth - 70) * value / max;
      svg.appendChild(el("text", {x: labelWidth - 6, y: y + 15, "text-anchor": "end"}, label));
      const bar = el("rect", {x: labelWidth, y: y + 3, width: Math.max(1, length), height: rowHeight - 6,
                              fill: COLOURS[n % COLOURS.length], "data-label": label, "data-value": value});
      bar.appendChild(el("title", {}, label + ": " + value));
      svg.appendChild(bar);
      const share = total ? " (" + (100 * value / total).toFixed(1) + "%)" : "";
      svg.appendChild(el("text", {x: labelWidth + length + 5, y: y + 15}, value + share));
    });
  }
  const top = data.sources.slice(0, data.top).map(s => [s.name, s.quotes]);
  bars(document.getElementById("chart-top"), top, 0);
  bars(document.getElementById("chart-kind"), Object.entries(data.totals.by_kind), data.totals.attributed);
  bars(document.getElementById("chart-gender"), Object.entries(data.totals.by_gender),
       Object.values(data.totals.by_gender).reduce((a, b) => a + b, 0));
  const named = data.totals.attributed - (data.totals.by_kind.unnamed || 0);
  bars(document.getElementById("chart-unnamed"), [["named", named], ["unnamed", data.totals.by_kind.unnamed || 0]],
       data.totals.attributed);

  // Sorting: a click on a heading sorts by that column, a second click reverses it.
  const table = document.querySelector("table.sources");
  table.querySelectorAll("th").forEach((th, column) => {
    th.addEventListener("click", () => {
      const numeric = th.classList.contains("number");
      const order = th.getAttribute("aria-sort") === "descending" ? "ascending" : "descending";
      table.querySelectorAll("th").forEach(h => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", order);
      const body = table.tBodies[0], rows = Array.from(body.rows);
      const key = r => numeric ? Number(r.cells[column].dataset.value) : r.cells[column].textContent.toLowerCase();
      rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (order === "ascending" ? 1 : -1));
      rows.forEach(r => body.appendChild(r));
    });
  });
})();
"""


def sources_page(rows: Sequence[Source], totals: Totals, title: str = "Who is quoted") -> str:
    """The report for a corpus's source rows and totals, as one HTML document."""
    data = {
        "top": TOP_SOURCES,
        "totals": totals.to_dict(),
        "sources": [{"name": r.name, "quotes": r.quotes} for r in rows[:TOP_SOURCES]],
    }
    # No "<" at all inside the script element: "</script>" or "<!--" in a name would end or hide it.
    embedded = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    figures = (
        ("documents", totals.documents), ("quotes", totals.quotes), ("attributed", totals.attributed),
        ("sources", totals.sources), ("from unnamed sources", f"{totals.unnamed_share:.1%}"),
    )  # fmt: skip
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        '<div class="figures">',
        *(f'<div class="figure" data-figure="{label}"><b>{value}</b>{label}</div>' for label, value in figures),
        "</div>",
        f"<h2>Most-quoted sources (top {min(TOP_SOURCES, len(rows))})</h2>",
        '<svg class="chart" id="chart-top" role="img" aria-label="quotes per source"></svg>',
        '<div class="charts">',
        '<div><h2>Quotes by kind of source</h2><svg class="chart" id="chart-kind" role="img"></svg></div>',
        '<div><h2>Quotes of people by gender</h2><svg class="chart" id="chart-gender" role="img"></svg></div>',
        '<div><h2>Named and unnamed sources</h2><svg class="chart" id="chart-unnamed" role="img"></svg></div>',
        "</div>",
        "<h2>Every source</h2>",
        _table(rows),
        "<h2>Quotes by source</h2>",
        *(_quotes_section(n, row) for n, row in enumerate(rows)),
        f'<script type="application/json" id="report-data">{embedded}</script>',
        f"<script>{_SCRIPT}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _table(rows: Sequence[Source]) -> str:
    head = "".join(
        f'<th scope="col" class="{"number" if numeric else "text"}">{heading}</th>' for heading, _, numeric in COLUMNS
    )
    body = []
    for n, row in enumerate(rows):
        cells = []
        for _, field, numeric in COLUMNS:
            value = getattr(row, field)
            if field == "name":
                cells.append(f'<td><a href="#source-{n}">{html.escape(row.name)}</a></td>')
            elif numeric:
                cells.append(f'<td class="number" data-value="{value}">{value:,}</td>')
            else:
                cells.append(f"<td>{html.escape(value or '—')}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f'<table class="sources"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _quotes_section(n: int, row: Source) -> str:
    also = f" (also: {html.escape(', '.join(row.names))})" if row.names else ""
    items = "".join(
        f'<li>“{html.escape(e.text)}” <span class="doc">{html.escape(e.kind)}, {html.escape(e.document)}</span></li>'
        for e in row.examples
    )
    shown = f"{len(row.examples)} of {row.quotes}" if row.quotes > len(row.examples) else f"{row.quotes}"
    return (
        f'<section id="source-{n}"><h3>{html.escape(row.name)}{also}</h3>'
        f'<p>{html.escape(row.kind)}; {shown} quotes shown</p><ul class="quotes">{items}</ul></section>'
    )
