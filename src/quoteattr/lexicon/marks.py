"""Quote marks: which marks pair, which double as apostrophes, and the words around them."""

from __future__ import annotations

from typing import Final

#: Each opening mark and the marks that may close it. “ may close itself because careless text
#: does that; ” opens in Swedish/Finnish style; » opens in Danish/German style.
QUOTE_PAIRS: Final[dict[str, str]] = {
    "“": "”“",
    "”": "”",
    "„": "“”",
    "‟": "”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "‘": "’‘",
    "’": "’",
    "‚": "‘’",
    "‛": "’",
    '"': '"',
    "'": "'",
    "＂": "＂",
    "「": "」",
    "『": "』",
    "〝": "〞〟",
}

#: Two apostrophes written for one double mark, in typewriter-style and some wire text: ''Yes,'' he said.
TYPEWRITER_DOUBLE: Final[str] = "''"

#: Closers of the other shape that careless text pairs with an opener (“…", "…”): used only when
#: the paragraph offers no closer of the right shape.
MIXED_CLOSERS: Final[dict[str, str]] = {"“": '"', "„": '"', '"': "”"}

#: Marks that also serve as apostrophes, so each one needs its context checked.
APOSTROPHE_LIKE: Final[frozenset[str]] = frozenset("’'‘‛")

#: Marks with no direction of their own: whether they open or close depends on their neighbours.
UNDIRECTED_MARKS: Final[frozenset[str]] = frozenset("\"'＂")

#: Double and single marks nest inside each other; a mark only pairs within its own family.
DOUBLE_MARKS: Final[frozenset[str]] = frozenset('“”„‟«»"＂「」『』〝〞〟')
SINGLE_MARKS: Final[frozenset[str]] = frozenset("‘’‚‛‹›'")

#: Words after an apostrophe-like mark that make it an elision (’em, ’til, rock ’n’ roll).
ELISIONS: Final[frozenset[str]] = frozenset({"em", "til", "tis", "twas", "cause", "bout", "n", "nuff", "round"})

#: Words that cannot end a sentence, so a line ending with one is hard-wrapped.
FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    "the a an of to in on at by for with and or but from as into than that which who whose their his her its".split()
)

#: Single words before a quote mark that make the quote a label or title, not a quotation.
SCARE_MARKERS: Final[frozenset[str]] = frozenset(
    {"so-called", "self-styled", "self-described", "titled", "entitled", "nicknamed", "codenamed", "hashtag"}
)

#: Two words before a quote mark that make the quote a label: known as “Guccifer”, the so-called
#: (split by the tokenizer: "so", "-", "called", so "-" "called") “special relationship”.
SCARE_PHRASES: Final[frozenset[tuple[str, str]]] = frozenset(
    {("known", "as"), ("-", "called"), ("so", "called"), ("referred", "as"), ("dubbed", "as"), ("billed", "as")}
)

#: Marks shaped to open a quotation (their closers are in QUOTE_PAIRS).
OPENING_SHAPES: Final[frozenset[str]] = frozenset("“„‟«‹‘‚‛「『〝")

#: Participles that name a thing after a noun: a group called “The Local”, a film titled “Weiner”.
NAMING_WORDS: Final[frozenset[str]] = frozenset({"called", "named", "titled", "entitled", "dubbed", "nicknamed"})
