"""Hypothesis strategies for text that stresses quote detection and attribution."""

from __future__ import annotations

from hypothesis import strategies as st

from quoteattr.lexicon import QUOTE_PAIRS

MARKS = sorted(set(QUOTE_PAIRS) | set("".join(QUOTE_PAIRS.values())))
LINE_BREAKS = ["\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x85"]
WORDS = [
    "said",
    "told",
    "he",
    "she",
    "they",
    "the company",
    "Mayor Ann Lee",
    "Lee",
    "according",
    "to",
    "called",
    "it",
    "a",
    "disaster",
    "We",
    "will",
    "win",
    "Ms",
    "Dr.",
    "Bob Ray",
    "added",
    ":",
    ",",
    ".",
    "—",
    "’s",
    "wrote",
    "that",
    "was",
    "blunt",
    "so-called",
    "reform",
    "It’s",
    "’90s",
    "voters’",
    "[",
    "]",
    "\x00",
    "שלום",
    "مرحبا",
    "😀",
    "\u200f",
    "\u202e",
    "\t",
]

# Tokens that make up "news-like" text: words, marks, line breaks and odd characters.
pieces = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(LINE_BREAKS),
    st.text(min_size=1, max_size=3),
)


@st.composite
def newsy_text(draw: st.DrawFn, max_pieces: int = 40) -> str:
    """Words, quote marks and line breaks joined mostly by spaces."""
    parts = draw(st.lists(pieces, max_size=max_pieces))
    glue = draw(st.lists(st.sampled_from([" ", " ", "", "\n"]), min_size=len(parts), max_size=len(parts)))
    return "".join(p + g for p, g in zip(parts, glue, strict=True))


any_text = st.one_of(st.text(max_size=200), newsy_text(), st.text(alphabet="".join(MARKS) + "ab \n", max_size=80))
