"""Hypothesis strategies for text that stresses quote detection and attribution."""

from __future__ import annotations

from hypothesis import strategies as st

from quoteattr.lexicon.marks import QUOTE_PAIRS

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


# --- hostile input, for the fuzzing profile --------------------------------------------------------

GLUE = [" ", " ", "", "\n", "\r\n", "\r", "\n\n"]
OPENERS = sorted(set(QUOTE_PAIRS))
CLOSERS = sorted(set("".join(QUOTE_PAIRS.values())))
ODD_CHARACTERS = st.one_of(
    st.characters(categories=["Cc", "Cf", "Cs", "Co", "Zl", "Zp", "Mn"]),  # controls, RTL marks, NUL …
    st.sampled_from(["\x00", "\r\n", "\r", "\u202e", "\u200f", "\ufeff", "😀", "👩‍👩‍👧", "🇺🇦", "\U0010ffff"]),
    st.text(alphabet=st.characters(categories=["Lo"]), min_size=1, max_size=12),  # Hebrew, Arabic, CJK …
    st.sampled_from(["\u00a0", "\u2009", "\u202f", "\u200b", "\u200d", "\u2060", "\u00ad"]),  # invisible
    st.characters(categories=["Zs"]),  # every kind of space
)


@st.composite
def long_quote(draw: st.DrawFn) -> str:
    """A quote of up to a few thousand words, closed or not."""
    opener = draw(st.sampled_from(OPENERS))
    words = " ".join(draw(st.sampled_from(WORDS[:20])) for _ in range(draw(st.integers(50, 3000))))
    closer = draw(st.sampled_from([*QUOTE_PAIRS[opener], ""]))
    return f"{opener}{words}{closer}"


@st.composite
def nested_marks(draw: st.DrawFn) -> str:
    """Up to 10,000 quote marks opened inside each other, some closed, with words between."""
    depth = draw(st.integers(1, 10_000))
    openers = draw(st.lists(st.sampled_from(OPENERS), min_size=1, max_size=4))
    opened = "".join(openers[i % len(openers)] + ("a " if i % 7 == 0 else "") for i in range(depth))
    closed = draw(st.integers(0, depth))
    return opened + "said Ann Lee" + "".join(QUOTE_PAIRS[openers[i % len(openers)]][0] for i in range(closed))


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    """News-like text mixed with everything a careless or hostile input may hold: stray and mixed
    marks, control characters, RTL text, emoji, NUL bytes and every kind of line ending; and now
    and then (so that 100,000 examples still run in an hour) a very long quote or deep nesting."""
    parts = draw(st.lists(st.one_of(pieces, ODD_CHARACTERS, st.sampled_from(OPENERS + CLOSERS)), max_size=40))
    glue = draw(st.lists(st.sampled_from(GLUE), min_size=len(parts), max_size=len(parts)))
    text = "".join(p + g for p, g in zip(parts, glue, strict=True))
    big = draw(st.sampled_from(["", "", "", "", "", "", "", "", "long", "nested"]))
    if not big:
        return text
    at = draw(st.integers(0, len(text)))
    return text[:at] + draw(long_quote() if big == "long" else nested_marks()) + text[at:]


any_text = st.one_of(st.text(max_size=200), newsy_text(), st.text(alphabet="".join(MARKS) + "ab \n", max_size=80))

# --- news-like articles, for comparing selective and full parsing ---------------------------------

FIRST = ["Owen", "Nina", "Sergei", "Linda", "Tomas", "Amara", "Femi", "Ruth", "Karl", "Joy"]
LAST = ["Blake", "Cole", "Lavrov", "Park", "Brandt", "Singh", "Adeyemi", "Ames", "Berg", "Adams"]
TITLES = ["", "Mayor ", "Senator ", "Coach ", "Dr ", "striker ", "Police Chief ", "Mr ", "Ms "]
ORGS = ["Acme Holdings", "Northwind Airlines", "the Harbor Gazette", "Greenfield Energy"]
CUES = ["said", "told reporters", "added", "warned", "wrote", "insisted"]
SAYINGS = ["We will win", "The plan is a disaster", "Nobody expected this", "Prices will rise", "It is over"]
BACKGROUND = [
    "The river rose overnight after three days of rain.",
    "Shares fell 4% in early trading on Monday.",
    "The council meets again in March to review the budget.",
    "Engineers spent the weekend inspecting the bridge.",
]


@st.composite
def news_article(draw: st.DrawFn) -> str:
    """A short article: paragraphs of attributed quotes, reported speech and plain background."""
    people = [
        draw(st.sampled_from(TITLES)) + draw(st.sampled_from(FIRST)) + " " + draw(st.sampled_from(LAST))
        for _ in range(draw(st.integers(1, 3)))
    ]
    paragraphs = []
    for _ in range(draw(st.integers(1, 8))):
        person = draw(st.sampled_from(people))
        surname = person.split()[-1]
        saying = draw(st.sampled_from(SAYINGS))
        cue = draw(st.sampled_from(CUES))
        org = draw(st.sampled_from(ORGS))
        paragraphs.append(
            draw(
                st.sampled_from(
                    [
                        f"“{saying},” {person} {cue}.",
                        f"{person} {cue}: “{saying}.”",
                        f"“{saying},” {surname} {cue}. “{draw(st.sampled_from(SAYINGS))}.”",
                        f"{person} arrived late. “{saying},” she {cue}.",
                        f"“{saying},” he {cue}, “and I mean it.”",
                        f"{person} called the plan “{saying.lower()}” on Monday.",
                        f"{org} confirmed the news. “{saying},” the company {cue}.",
                        f"{person} {cue} that the talks would resume next week.",
                        f"“{saying},” according to {person}, a local official.",
                        f"“{saying}.\n\n“{draw(st.sampled_from(SAYINGS))},” {surname} {cue}.",
                        f"{person} visited {org} on Tuesday.",
                        draw(st.sampled_from(BACKGROUND)),
                        draw(st.sampled_from(BACKGROUND)) + " " + draw(st.sampled_from(BACKGROUND)),
                    ]
                )
            )
        )
    return "\n\n".join(paragraphs)


#: Characters a reader does not see, as scraped HTML and word processors leave them in text.
INVISIBLE_SPACES = ["\u00a0", "\u2009", "\u202f"]  # no-break, thin, narrow no-break: spaces
INVISIBLE_MARKS = ["\u200b", "\ufeff", "\u200e", "\x01", "\x00"]  # zero-width, BOM, controls: nothing


@st.composite
def with_invisibles(draw: st.DrawFn, text: str) -> str:
    """``text`` with some spaces made no-break or thin spaces and zero-width or control characters
    put after some punctuation, as a reader would not notice."""
    out = []
    for ch in text:
        if ch == " " and draw(st.integers(0, 5)) == 0:
            ch = draw(st.sampled_from(INVISIBLE_SPACES))
        out.append(ch)
        if ch in ".,”" and draw(st.integers(0, 3)) == 0:  # beside a space, one may split a name (docs/limits.md)
            out.append(draw(st.sampled_from(INVISIBLE_MARKS)))
    return "".join(out)


@st.composite
def article_with_invisibles(draw: st.DrawFn) -> tuple[str, str]:
    """A generated article and the same article with invisible characters in it."""
    text = draw(news_article())
    return text, draw(with_invisibles(text))
