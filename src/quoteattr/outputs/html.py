"""A self-contained HTML page of an article's quotations: the text with each quote highlighted in
its speaker's colour and the speaker named beside it, and a summary of who is quoted how much.

The page needs no network and no script: styles are inline, colours are assigned in order of each
speaker's first quote, so the same input always gives the same page.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import attrs

from quoteattr.types import Quote, QuoteKind, Result, within_reports

#: Background colours for speakers, light enough to read black text on, distinct side by side.
PALETTE = (
    "#ffd8a8",
    "#b2f2bb",
    "#a5d8ff",
    "#fcc2d7",
    "#ffec99",
    "#d0bfff",
    "#99e9f2",
    "#ffc9c9",
    "#c0eb75",
    "#eebefa",
    "#96f2d7",
    "#bac8ff",
)
NO_SPEAKER_COLOUR = "#dee2e6"
NO_SPEAKER = "no speaker found"

_STYLE = """
body { font: 17px/1.6 Georgia, serif; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; color: #212529; }
h1 { font: 600 1.5rem system-ui, sans-serif; }
h2 { font: 600 1.15rem system-ui, sans-serif; margin-top: 2.5rem; border-bottom: 1px solid #ced4da; }
table.speakers { border-collapse: collapse; font: 0.9rem system-ui, sans-serif; margin: 1rem 0; }
table.speakers th, table.speakers td { padding: 0.25rem 0.75rem; text-align: left; }
table.speakers td.number { text-align: right; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.4em; vertical-align: -0.1em;
  border-radius: 2px; background: var(--colour); }
.article { white-space: pre-wrap; }
mark.quote { background: var(--colour); padding: 0 0.1em; border-radius: 2px; }
mark.quote.indirect { background: none; border-bottom: 3px solid var(--colour); }
.who { font: 600 0.7rem system-ui, sans-serif; background: var(--colour); border-radius: 3px;
  padding: 0 0.3em; margin-left: 0.2em; vertical-align: 0.3em; white-space: nowrap; }
.legend { font: 0.85rem system-ui, sans-serif; color: #495057; }
"""


@attrs.frozen
class SpeakerSummary:
    """How much one speaker is quoted in one input."""

    name: str
    colour: str
    quotes: int
    words: int


def speaker_of(quote: Quote) -> str:
    return quote.speaker.name if quote.speaker is not None else NO_SPEAKER


def colours(quotes: Sequence[Quote]) -> dict[str, str]:
    """A colour per speaker, in order of first quote; quotes without a speaker are grey."""
    assigned: dict[str, str] = {}
    for quote in quotes:
        name = speaker_of(quote)
        if name not in assigned:
            named = sum(1 for n in assigned if n != NO_SPEAKER)
            assigned[name] = NO_SPEAKER_COLOUR if quote.speaker is None else PALETTE[named % len(PALETTE)]
    return assigned


def summary(quotes: Sequence[Quote]) -> list[SpeakerSummary]:
    """One row per speaker, most quoted first (then by words quoted, then by first appearance)."""
    palette = colours(quotes)
    counts = {name: [0, 0] for name in palette}
    for quote in (q for q, inside in zip(quotes, within_reports(quotes), strict=True) if not inside):
        tally = counts[speaker_of(quote)]
        tally[0] += 1
        tally[1] += len(quote.content.text.split())
    rows = [SpeakerSummary(name, palette[name], n, words) for name, (n, words) in counts.items()]
    return sorted(rows, key=lambda row: (row.name == NO_SPEAKER, -row.quotes, -row.words))


def highlighted(text: str, quotes: Sequence[Quote], palette: dict[str, str]) -> str:
    """The text, escaped, with each quote's content in a <mark> and its speaker in a label after it;
    a partial quote within a report is marked within the report's mark."""
    ordered = sorted(quotes, key=lambda q: (q.content.start, -q.content.end))
    return _marked(text, 0, len(text), ordered, palette)


def _marked(
    text: str, start: int, end: int, quotes: Sequence[Quote], palette: dict[str, str], within: bool = False
) -> str:
    """The text from ``start`` to ``end`` with ``quotes`` (in order, all inside it) marked; quotes
    ``within`` a report name their speaker in their title only, as the report's label names it."""
    parts: list[str] = []
    position, k = start, 0
    while k < len(quotes):
        quote = quotes[k]
        first, last = quote.content.start, quote.content.end
        inner = k + 1
        while inner < len(quotes) and quotes[inner].content.start < last:
            inner += 1  # the quotes within this one
        nested = [q for q in quotes[k + 1 : inner] if q.content.end <= last]
        k = inner
        if first < position:
            continue  # quotes never cut through each other; should one, the text still shows once
        name = speaker_of(quote)
        colour = palette[name]
        parts.append(html.escape(text[position:first]))
        parts.append(
            f'<mark class="quote {quote.kind.value}" style="--colour: {colour}" data-speaker="{html.escape(name)}" '
            f'data-kind="{quote.kind.value}" data-start="{first}" data-end="{last}" '
            f'title="{html.escape(_tooltip(quote))}">{_marked(text, first, last, nested, palette, True)}</mark>'
        )
        if not within:
            parts.append(f'<span class="who" style="--colour: {colour}">{html.escape(name)}</span>')
        position = last
    parts.append(html.escape(text[position:end]))
    return "".join(parts)


def _tooltip(quote: Quote) -> str:
    cue = f", cue “{quote.cue.text}”" if quote.cue is not None else ""
    return f"{speaker_of(quote)} ({quote.kind.value}{cue}; rule {quote.rule.value}, confidence {quote.confidence})"


def _section(result: Result) -> str:
    rows = summary(result.quotes)
    palette = {row.name: row.colour for row in rows}
    body = "\n".join(
        f'<tr class="speaker" data-speaker="{html.escape(row.name)}">'
        f'<td><span class="swatch" style="--colour: {row.colour}"></span>{html.escape(row.name)}</td>'
        f'<td class="number quotes">{row.quotes}</td><td class="number words">{row.words}</td></tr>'
        for row in rows
    )
    indirect = sum(q.kind is QuoteKind.INDIRECT for q in result.quotes)
    counted = sum(row.quotes for row in rows)  # a partial quote within a report is part of it
    return f"""<section class="document" data-source="{html.escape(result.source)}">
<h2>{html.escape(result.source)}</h2>
<p class="legend">{counted} quotations from {sum(r.name != NO_SPEAKER for r in rows)} speakers \
({indirect} reported speech, underlined).</p>
<table class="speakers">
<thead><tr><th>Speaker</th><th>Quotes</th><th>Words quoted</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
<div class="article">{highlighted(result.text, result.quotes, palette)}</div>
</section>"""


def page(results: Sequence[Result], title: str = "Who is quoted") -> str:
    """The whole page for one or more inputs."""
    sections = "\n".join(_section(result) for result in results)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quoteattr">
<title>{html.escape(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{html.escape(title)}</h1>
{sections}
</body>
</html>
"""
