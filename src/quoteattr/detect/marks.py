"""Stage 1: find quotations by their quote marks. Pure text work, no parsing.

A mark's role comes from its shape (“ opens, ” closes, " is undirected) and its neighbours, in the
manner of CommonMark's flanking rules: a mark before a word opens, a mark after one closes, and a
mark inside a word (it’s, voters’s) is an apostrophe. Marks pair within one paragraph; the one
exception is news style's multi-paragraph quote, where a paragraph that opens a quote without
closing it runs on into a next paragraph that starts with a quote mark.

Every scan moves forward through a paragraph's marks, so the work is linear in the text.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterator, Sequence

import attrs
import regex

from quoteattr.lexicon.marks import (
    APOSTROPHE_LIKE,
    DOUBLE_MARKS,
    ELISIONS,
    FUNCTION_WORDS,
    MIXED_CLOSERS,
    OPENING_SHAPES,
    QUOTE_PAIRS,
    TYPEWRITER_DOUBLE,
    UNDIRECTED_MARKS,
)
from quoteattr.lexicon.pronouns import FIRST_PERSON, PRONOUNS
from quoteattr.lexicon.verbs import SPEECH_VERB_FORMS
from quoteattr.types import MarkedQuote, Paragraph

# Line breaks as str.splitlines() knows them; each one ends a paragraph.
_LINE_BREAK = regex.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_PARAGRAPH_SEPARATORS = frozenset("\u2029\x1c\x1d\x1e")  # breaks that always end a paragraph
_ALL_MARKS = "".join(sorted(set(QUOTE_PAIRS) | set("".join(QUOTE_PAIRS.values()))))
# Two apostrophes stand for one double mark in typewriter-style text: ''Yes,'' he said.
_MARK = regex.compile("''(?!')|[" + regex.escape(_ALL_MARKS) + "]")
# What may follow an apostrophe that elides letters or digits: ’em, ’til, ’90s, class of ’98.
# An attribution inside an unclosed quote shows where the writer forgot the closing mark:
# “We are out of beds, said Dr Alan Grey. / “We are out of beds, she said.
_TELLING = sorted((f for f in SPEECH_VERB_FORMS if f.endswith(("d", "s", "t")) and not f.endswith("ss")), key=len)
_SUBJECTS = sorted(
    p for p in PRONOUNS if PRONOUNS[p] is not FIRST_PERSON and p not in ("him", "them", "its", "his", "her")
)
_FORGOTTEN_CLOSE = regex.compile(
    r",\s+(?:(?:"
    + "|".join(reversed(_TELLING))
    + r")\s+\p{Lu}|(?:"
    + "|".join(_SUBJECTS)
    + r")\s+(?:"
    + "|".join(reversed(_TELLING))
    + r")\b)"
)
_SENTENCE_ENDS = frozenset(".!?…")
# a markup tag left in scraped text: its attribute values (<a href="…">) are no quotations
_TAG = regex.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]*)?/?>")
_ELISION = regex.compile(r"(?:\d0s|\d\ds?|(?:" + "|".join(sorted(ELISIONS)) + r"))\b", regex.IGNORECASE)


#: A hard-wrapped text: lines of WRAPPED_WIDTHS characters (its upper-quartile line), most line
#: breaks (WRAPPED_MIN_SHARE) inside a paragraph, and at least WRAPPED_MIN_LINES lines. Where
#: no line is longer than the widest width, fewer will do (WRAPPED_FIXED_MIN_SHARE): a conversation
#: of one-line replies still breaks its longer speeches at the same width.
WRAPPED_WIDTHS = (40, 100)
WRAPPED_MIN_SHARE = 0.5
WRAPPED_FIXED_MIN_SHARE = 0.25
WRAPPED_MIN_LINES = 6


@attrs.frozen
class _Mark:
    pos: int
    char: str
    double: bool
    opens: bool
    closes: bool
    weak: bool  # an apostrophe-like closer after a word, before a space: may be a possessive


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of ``text``, in order: its non-blank lines, except that a hard-wrapped line
    (one whose sentence runs on into the next line) joins the next line's paragraph. In a text
    laid out hard-wrapped throughout (see :func:`is_hard_wrapped`), only blank lines end paragraphs."""
    wrapped = is_hard_wrapped(text)
    found = []
    start = line_start = 0
    for brk in _LINE_BREAK.finditer(text):
        if (wrapped and not _before_blank(text, brk.end())) or _wraps(text, line_start, brk.start(), brk.end()):
            line_start = brk.end()
            continue
        if brk.start() > start and not text[start : brk.start()].isspace():
            found.append(Paragraph(start, brk.start()))
        start = line_start = brk.end()
    if start < len(text) and not text[start:].isspace():
        found.append(Paragraph(start, len(text)))
    return found


def is_hard_wrapped(text: str) -> bool:
    """Whether ``text`` is laid out as plain-text books and old e-mail are: lines broken at a fixed
    width (most lines of similar, moderate length, most breaks inside a paragraph) and paragraphs
    separated by blank lines. Then a single line break is only a space."""
    lengths: list[int] = []
    single = blank = 0
    start = 0
    for brk in _LINE_BREAK.finditer(text):
        line = text[start : brk.start()]
        start = brk.end()
        if not line.strip():
            continue
        lengths.append(len(line))
        if _before_blank(text, brk.end()):
            blank += 1
        else:
            single += 1
    if blank == 0 or len(lengths) < WRAPPED_MIN_LINES:
        return False
    lengths.sort()
    fixed_width = lengths[-1] <= WRAPPED_WIDTHS[1]
    if single < (WRAPPED_FIXED_MIN_SHARE if fixed_width else WRAPPED_MIN_SHARE) * len(lengths):
        return False
    typical = lengths[len(lengths) * 3 // 4]  # most lines are full: the upper quartile is the width
    return WRAPPED_WIDTHS[0] <= typical <= WRAPPED_WIDTHS[1]


def _before_blank(text: str, line_start: int) -> bool:
    """Whether the line that starts at ``line_start`` is blank (or the text ends there)."""
    end = _LINE_BREAK.search(text, line_start)
    line = text[line_start : end.start() if end else len(text)]
    return not line.strip()


def _wraps(text: str, line_start: int, line_end: int, next_start: int) -> bool:
    """Whether the line break after ``text[line_start:line_end]`` falls inside a sentence: the next
    line starts in lower case, or this one ends with a comma, bracket, dash or a word like "the" or
    "to" that cannot end a sentence. Headlines and paragraphs end otherwise."""
    line = text[line_start:line_end].rstrip()  # every kind of space: "\x1f" is one to str.split
    j = next_start
    while j < len(text) and text[j] in " \t":
        j += 1
    if not line or j >= len(text) or _LINE_BREAK.match(text, j) or text[line_end] in _PARAGRAPH_SEPARATORS:
        return False
    if text[j].islower() or line[-1] in ",(-–—":
        return True
    return line.rsplit(None, 1)[-1] in FUNCTION_WORDS  # "according to⏎Police Chief Ana Gomez"


def find_quotes(text: str, paras: Sequence[Paragraph] | None = None) -> list[MarkedQuote]:
    """All top-level quotations in ``text``, in order. Quotes nested in a quote are part of it."""
    if paras is None:
        paras = paragraphs(text)
    marks = [list(_marks(text, p)) for p in paras]
    quotes: list[MarkedQuote] = []
    for k, para in enumerate(paras):
        next_opener = _leading_opener(text, paras[k + 1], marks[k + 1]) if k + 1 < len(paras) else None
        previous_runs_on = bool(quotes) and quotes[-1].runs_on and quotes[-1].paragraph == k - 1
        for q in _pair(text, para, k, marks[k], next_opener):
            if previous_runs_on and q.open == _first_visible(text, para):
                q = attrs.evolve(q, continued=True)
            quotes.append(q)
    return quotes


def _first_visible(text: str, para: Paragraph) -> int:
    return para.start + len(text[para.start : para.end]) - len(text[para.start : para.end].lstrip())


def _leading_opener(text: str, para: Paragraph, marks: list[_Mark]) -> _Mark | None:
    """The quote mark that opens the paragraph, if it opens with one."""
    if marks and marks[0].opens and marks[0].pos == _first_visible(text, para):
        return marks[0]
    return None


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _marks(text: str, para: Paragraph) -> Iterator[_Mark]:
    """The paragraph's quote-mark candidates with their possible roles; apostrophes and the marks
    inside markup tags left out."""
    tags = [(t.start(), t.end()) for t in _TAG.finditer(text, para.start, para.end)]  # in order, apart
    first, last = _first_visible(text, para), para.start + len(text[para.start : para.end].rstrip()) - 1
    for m in _MARK.finditer(text, para.start, para.end):
        i, ch = m.start(), m.group()
        k = bisect.bisect_left(tags, (i,)) - 1
        if k >= 0 and i < tags[k][1]:
            continue
        if ch == TYPEWRITER_DOUBLE:
            yield from _typewriter_double(text, para, i)
            continue
        prev = text[i - 1] if i > para.start else " "
        nxt = text[i + 1] if i + 1 < para.end else " "
        if prev == "=" or nxt == ">":
            continue  # an attribute of a tag the text broke over lines: <post date="May 9⏎">
        # CommonMark flanking: a left-flanking mark sits before a word, a right-flanking one after.
        left = not nxt.isspace() and (not _is_punct(nxt) or prev.isspace() or _is_punct(prev))
        right = not prev.isspace() and (not _is_punct(prev) or nxt.isspace() or _is_punct(nxt))
        if ch in APOSTROPHE_LIKE:
            if prev.isalnum() and nxt.isalnum():
                continue  # it’s, Jones’s, rock’n’roll
            if left and not right and _ELISION.match(text, i + 1, para.end):
                continue  # ’90s, ’em
        # a double mark between spaces is where a dash was lost ("but " Kemp laughed): it closes an
        # open quote, else opens one; at the paragraph's end it only closes, and at its start (a
        # paragraph told in quotes whose inner marks were lost) it is none
        between = not left and not right and ch in UNDIRECTED_MARKS and ch in DOUBLE_MARKS and i > first
        if ch in UNDIRECTED_MARKS:
            if left == right and not between:
                continue  # inside a word, or a single mark between spaces: not a quote mark
            opens, closes = left or (between and i < last), right or between
        elif ch in OPENING_SHAPES:
            closes = right and not left
            opens = not closes
        else:  # a closing shape opens only right before a word: Danish »Hej«, not French « oui »,
            opens = left and not right and nxt.isalnum()
            closes = not opens
        opens = opens and ch in QUOTE_PAIRS  # 」 never opens, whatever its neighbours
        # may be a possessive: the owners' club, and the owners'. before the real closer
        possessive = nxt.isspace() or (prev in "sS" and _is_punct(nxt))
        weak = closes and ch in APOSTROPHE_LIKE and prev.isalnum() and i + 1 < para.end and possessive
        weak = weak or (between and opens)
        yield _Mark(i, ch, ch in DOUBLE_MARKS, opens, closes, weak)


def _typewriter_double(text: str, para: Paragraph, i: int) -> Iterator[_Mark]:
    """Two apostrophes as one undirected double mark, placed on the apostrophe next to the quoted
    words, so the content between two such marks is exactly the quoted words."""
    prev = text[i - 1] if i > para.start else " "
    nxt = text[i + 2] if i + 2 < para.end else " "
    left = not nxt.isspace() and (not _is_punct(nxt) or prev.isspace() or _is_punct(prev))
    right = not prev.isspace() and (not _is_punct(prev) or nxt.isspace() or _is_punct(nxt))
    if left != right:
        yield _Mark(i + 1 if left else i, '"', True, left, right, False)


def _pair(text: str, para: Paragraph, k: int, marks: list[_Mark], next_opener: _Mark | None) -> Iterator[MarkedQuote]:
    """Pair the paragraph's marks into quotes, leftmost opener first."""
    i = 0
    while i < len(marks):
        opener = marks[i]
        if not opener.opens:
            i += 1
            continue
        j, open_ended = _closer(text, marks, i)
        if j is not None:
            quote = _quote(text, opener.pos, marks[j].pos, marks[j].pos, k)
            if quote is not None:
                yield quote
            i = j + 1
        elif open_ended and (forgotten := _FORGOTTEN_CLOSE.search(text, opener.pos + 1, para.end)):
            quote = _quote(text, opener.pos, None, forgotten.start() + 1, k)
            if quote is not None:
                yield quote
            i = next((n for n in range(i + 1, len(marks)) if marks[n].pos >= forgotten.end()), len(marks))
        elif open_ended and next_opener is not None and next_opener.double == opener.double:
            # News style: the quote goes on in the next paragraph, which opens with a mark.
            end = para.start + len(text[para.start : para.end].rstrip())
            quote = _quote(text, opener.pos, None, end, k)
            if quote is not None:
                yield attrs.evolve(quote, runs_on=True)
            return
        else:
            i += 1  # a stray mark: skip it and look for the next quote


def _closer(text: str, marks: list[_Mark], i: int) -> tuple[int | None, bool]:
    """Index of the mark that closes ``marks[i]`` (None when it stays open), and whether no other
    opener of its family follows it in the paragraph.

    A strong closer wins; a weak one (possibly a possessive) is kept in reserve and used when the
    scan meets a new opener of the same family or the paragraph's end.
    """
    opener = marks[i]
    closers = QUOTE_PAIRS[opener.char]
    weak: int | None = None
    j = i + 1
    while j < len(marks):
        mark = marks[j]
        if mark.double != opener.double:
            pass  # the other family nests inside this quote
        elif mark.closes and mark.char in closers:
            if not mark.weak:
                return j, False
            if weak is None:
                weak = j
        elif mark.closes and mark.char in MIXED_CLOSERS.get(opener.char, ""):
            weak = j if weak is None else weak  # “…" from careless copying: a closer in reserve
        elif mark.opens:
            # "… “Equal Justice” …": curly marks nest inside straight ones, but "“…,” he said."
            # wrapped whole in straight marks is an excerpt of a quote, not a quote
            nests = opener.char in UNDIRECTED_MARKS and mark.pos > opener.pos + 1
            inner = _nested(text, marks, j) if nests else None
            if inner is None:
                return weak, False  # a new quote opens before this one closed
            j = inner
        j += 1
    return weak, True


def _nested(text: str, marks: list[_Mark], i: int) -> int | None:
    """Index of the curly mark that closes the curly opener ``marks[i]`` inside a straight-quoted
    passage, before any straight mark; None when ``marks[i]`` is no curly opener or stays open,
    or when it quotes a sentence: then the curly marks are the quote, and the straight ones set
    off an excerpt ("Trump cut in, “Only Rosie.” But Kelly went on.")."""
    if marks[i].char not in OPENING_SHAPES:
        return None
    closers = QUOTE_PAIRS[marks[i].char]
    for j in range(i + 1, len(marks)):
        if marks[j].double != marks[i].double:
            continue
        if marks[j].char in UNDIRECTED_MARKS or not (marks[j].closes and marks[j].char in closers):
            return None
        return None if text[marks[i].pos + 1 : marks[j].pos].rstrip()[-1:] in _SENTENCE_ENDS else j
    return None


def _quote(text: str, open_pos: int, close_pos: int | None, end: int, k: int) -> MarkedQuote | None:
    """A quote with whitespace trimmed from its content; None when nothing is quoted."""
    start = open_pos + 1
    inner = text[start:end]
    stripped = inner.strip()
    if not any(ch.isalnum() for ch in stripped):
        return None
    start += len(inner) - len(inner.lstrip())
    return MarkedQuote(open_pos, close_pos, start, start + len(stripped), k)
