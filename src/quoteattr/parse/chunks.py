"""Stage 2: parse the text with spaCy, one paragraph per chunk, into a single Doc.

Parsing paragraph by paragraph keeps sentences from running across paragraph breaks, lets
``nlp.pipe`` batch the work, keeps any one call under spaCy's ``max_length``, and lets the
paragraphs attribution never reads (see selection.py) skip the parser: they are only tokenised.
The chunks cover the text exactly, so the joined Doc's text is the input and token offsets index
it directly.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence

import attrs
import numpy
import regex
from spacy.attrs import DEP, HEAD, LEMMA, ORTH, POS, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc

from quoteattr.detect.marks import paragraphs
from quoteattr.detect.selection import chunk_starts, needed
from quoteattr.lexicon.verbs import SPEECH_VERB_FORMS
from quoteattr.lexicon.words import ABBREVIATIONS, MAX_ABBREVIATION
from quoteattr.parse.attributes import token_attributes
from quoteattr.parse.loading import unused_pipes
from quoteattr.types import Paragraph


@attrs.frozen
class Chunk:
    """A stretch of the text parsed (or only tokenised) on its own."""

    start: int
    end: int
    parse: bool


#: The most characters parsed as one Doc. The parser's memory grows with the length of what it
#: parses at once, so a paragraph longer than this (a hostile upload, a text without line breaks)
#: is cut at sentence ends, else at a space, else here: memory stays bounded whatever the input.
MAX_CHUNK_CHARS = 2_500


def plan(text: str, paras: Sequence[Paragraph], need: Sequence[bool], limit: int) -> list[Chunk]:
    """The text cut into consecutive chunks, one per paragraph, none longer than ``limit`` nor
    :data:`MAX_CHUNK_CHARS`.

    A chunk runs from its paragraph's start to the next paragraph's start, so line breaks ride
    along with the paragraph before them and the chunks cover every character once.
    """
    limit = min(limit, MAX_CHUNK_CHARS)
    starts = chunk_starts(paras)
    ends = [*starts[1:], len(text)]
    return [
        Chunk(s, e, wanted)
        for start, end, wanted in zip(starts, ends, need, strict=True)
        for s, e in _split_long(text, start, end, limit)
    ]


# A sentence end: its mark (and any closing quote mark) then space and a capital or an opening
# mark; the word before it is no abbreviation (checked apart, as look-behinds must be fixed-width).
_SENTENCE_END = regex.compile(r"[.!?…][”’\"')\]]*\s+(?=[\p{Lu}“‘\"'(])")


def _split_long(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long chunk after the last sentence end (else space) before the limit."""
    while end - start > limit:
        cut = _last_sentence_end(text, start, start + limit)
        if cut <= start:
            space = text.rfind(" ", start, start + limit)
            cut = space + 1 if space > start else start + limit
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def _last_sentence_end(text: str, start: int, end: int) -> int:
    """Where the last sentence in ``text[start:end]`` that ends there ends (after its spaces), or
    ``start`` when none does. "Mr. Smith" and "Dr. Ruiz" do not end sentences."""
    best = start
    for found in _SENTENCE_END.finditer(text, start, end):
        word = text[max(start, found.start() - MAX_ABBREVIATION) : found.start()].rsplit(None, 1)[-1:]
        if not word or word[0].lower().strip("“‘\"'(") not in ABBREVIATIONS:
            best = found.end()
    return best


# Lone surrogates: legal in a Python str, but no encoder takes them, and spaCy cannot hash them.
_SURROGATE = regex.compile("[\ud800-\udfff]")

#: The longest run of characters without a space handed to spaCy's tokenizer in one piece. The
#: tokenizer's time grows with the square of a run's length (it peels off one prefix at a time), so
#: a 20,000-character run of quote marks would take minutes. No word or web address is this long.
MAX_RUN = 200
_LONG_RUN = regex.compile(rf"(?<!\S)\S{{{MAX_RUN + 1},}}")  # matched from a run's start only: linear


def tokens_of(nlp: Language, text: str) -> Doc:
    """spaCy's tokens for ``text``, with any run longer than :data:`MAX_RUN` cut into pieces first."""
    cuts = [cut for run in _LONG_RUN.finditer(text) for cut in range(run.start(), run.end(), MAX_RUN)]
    if not cuts:
        return nlp.make_doc(text)
    bounds = [0, *(c for c in cuts if c > 0), len(text)]
    pieces = [nlp.make_doc(text[a:b]) for a, b in itertools.pairwise(bounds) if b > a]
    return Doc.from_docs(pieces, ensure_whitespace=False)


def parser_input(nlp: Language, text: str) -> str | Doc:
    """What to hand ``nlp.pipe`` for a chunk: the text itself, or its tokens when it holds a run
    too long for the tokenizer to take whole."""
    return tokens_of(nlp, text) if _LONG_RUN.search(text) else text


#: The label of the placeholder arcs that hold an unparsed chunk together as one sentence.
UNPARSED_DEP = "dep"


def tokenised(nlp: Language, text: str) -> Doc:
    """A chunk that is not parsed: its tokens, as one sentence of its own.

    The sentence is a flat tree (every token hangs from the first), not sentence-start flags:
    once joined to parsed chunks, the Doc takes its sentences from the dependency trees, and a
    chunk without a tree would run on as part of the parsed sentence before it.
    """
    words = tokens_of(nlp, text)
    if not len(words):
        return words
    return Doc(
        nlp.vocab,
        words=[t.text for t in words],
        spaces=[bool(t.whitespace_) for t in words],
        heads=[0] * len(words),
        deps=["ROOT"] + [UNPARSED_DEP] * (len(words) - 1),
    )


def assemble(nlp: Language, text: str, chunks: Sequence[Chunk], parsed: Iterable[Doc]) -> Doc:
    """One Doc for the whole text from the parsed chunks (in order) and tokenised other chunks."""
    parsed_docs = iter(parsed)
    docs = [next(parsed_docs) if c.parse else tokenised(nlp, text[c.start : c.end]) for c in chunks]
    if not docs:
        return tokens_of(nlp, text)
    return docs[0] if len(docs) == 1 else joined(docs)


#: What attribution reads of a token beyond its text: what a joined Doc keeps of its chunks.
JOINED_ATTRS = [TAG, POS, LEMMA, DEP, HEAD]


def joined(docs: Sequence[Doc]) -> Doc:
    """The chunks' Docs as one, with the attributes attribution reads (:data:`JOINED_ATTRS`).

    ``Doc.from_docs`` does the same but copies every attribute, extension and span through
    Python objects token by token; this goes through arrays, at a fraction of its cost.
    """
    vocab = docs[0].vocab
    array = numpy.concatenate([doc.to_array([ORTH, SPACY, *JOINED_ATTRS]) for doc in docs])
    strings = vocab.strings
    words = [strings[orth] for orth in array[:, 0].tolist()]
    doc = Doc(vocab, words=words, spaces=array[:, 1].astype(bool).tolist())
    return doc.from_array(JOINED_ATTRS, array[:, 2:])  # type: ignore[arg-type]  # a uint64 array


# Characters a reader does not see as letters: every kind of space (no-break, thin …), zero-width
# and control characters; but not the line breaks that end paragraphs, nor tab.
_INVISIBLE = regex.compile(r"(?V1)[[\p{Zs}\p{Cf}\p{Cc}]--[ \t\n\r\x0b\x0c\x1c\x1d\x1e\x85]]")


def parseable(text: str) -> str:
    """``text`` as the parser should read it, one character for one so that every offset still
    indexes the original: each lone surrogate becomes U+FFFD (spaCy cannot take one, no encoder
    can), two hyphens glued to punctuation a spaced dash, a comma glued between a verb of speaking
    and an opening mark a space, and each invisible character a plain
    space, so that “said Ana\u00a0Ruiz.\u200b” is read as a reader reads it and no name ends with
    a character nobody sees."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if "--" in text:
        text = _GLUED_DASH.sub(" —", text)
    if _GLUED_OPENER.search(text):
        text = _unglued_openers(text)
    if "_" in text:
        text = _EMPHASIS.sub(lambda found: " " * len(found.group()), text)
    return _INVISIBLE.sub(" ", text) if _INVISIBLE.search(text) else text


# Two hyphens for a dash, against punctuation on one side, ending a line or opening a word: spaCy's
# tokenizer leaves "now.--But", "he,--"well", "was--"", "presumed to say--⏎" and "” --said" as one
# word each. Read as
# " —" they split where a reader sees a dash.
_GLUED_DASH = regex.compile(
    r"(?<=[^\w\s-])--(?=[^\s-])|(?<=\w)--(?=[^\w\s-])|(?<=[^\s-])--(?=[ \t]*[\r\n])|(?<=[ \t])--(?=\w)"
)


# The underscores of plain-text italics (Project Gutenberg's "could _not_ remember"): the tokenizer
# makes each a word, and the parser a noun, which garbles the sentence. Read as spaces. Not the
# underscore inside a word ("snake_case"), nor one beside a quote mark ("“_John!_ How …"), which
# would set the mark off from its words and turn an opening mark into a closing one.
_EMPHASIS = regex.compile(r"(?:(?<=[\s(\[—-])|^)_+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,;:!?'’])_+(?=[\s)\]—,.;:!?-]|$)")


# A comma glued between a verb of speaking and the mark that opens its quote: spaCy's tokenizer
# leaves "said,“Look" one word, and the speaker of the quote is lost. Read as "said “Look" the cue
# is seen. (Only after such a verb: a comma glued to a mark elsewhere is left as it is.)
_GLUED_OPENER = regex.compile(r"(?<=\w),(?=[“\"]\w)")
_LAST_WORD = regex.compile(r"\w+$")
_LONGEST_FORM = max(map(len, SPEECH_VERB_FORMS))


def _unglued_openers(text: str) -> str:
    """``text`` with each comma glued between a verb of speaking and an opening mark a space."""
    cuts = []
    for comma in _GLUED_OPENER.finditer(text):
        word = _LAST_WORD.search(text, max(0, comma.start() - _LONGEST_FORM - 1), comma.start())
        if word is not None and word.group().lower() in SPEECH_VERB_FORMS:
            cuts.append(comma.start())
    if not cuts:
        return text
    pieces, done = [], 0
    for cut in cuts:
        pieces += [text[done:cut], " "]
        done = cut + 1
    return "".join([*pieces, text[done:]])


_INNER_BREAK = regex.compile(r"[\r\n\v\f\x85\u2028]")


def unwrapped(text: str, paras: Sequence[Paragraph]) -> str:
    """``text`` with each line break inside a paragraph (a hard-wrapped line) made a space, one
    character for one, so the parser reads the paragraph as running text and offsets still hold."""
    pieces: list[str] = []
    done = 0
    for para in paras:
        if _INNER_BREAK.search(text, para.start, para.end) is None:
            continue
        pieces += [text[done : para.start], _INNER_BREAK.sub(" ", text[para.start : para.end])]
        done = para.end
    return "".join([*pieces, text[done:]]) if pieces else text


@attrs.frozen
class Prepared:
    """One input made ready for parsing: its parseable copy, its paragraphs, which of them
    attribution reads (``need``), and the chunks to parse or only tokenise. No chunks: nothing in
    the text can be a quotation, so nothing needs parsing."""

    text: str
    parseable: str
    paras: list[Paragraph]
    need: list[bool]
    chunks: list[Chunk]
    parsed_chunks: int

    def parser_inputs(self, nlp: Language) -> Iterator[str | Doc]:
        """What ``nlp.pipe`` parses for this text, chunk by chunk."""
        for c in self.chunks:
            if c.parse:
                yield parser_input(nlp, self.parseable[c.start : c.end])

    def assemble(self, nlp: Language, parsed: Iterable[Doc]) -> Doc:
        """The whole text's Doc, from the parsed chunks in order."""
        return assemble(nlp, self.parseable, self.chunks, parsed)


def prepare(text: str, limit: int, selective: bool = True) -> Prepared:
    """Plan the parse of ``text`` in chunks of at most ``limit`` characters; with ``selective``,
    only the paragraphs attribution reads are parsed (see selection.py), the rest tokenised."""
    clean = parseable(text)
    if not clean.strip():
        return Prepared(text, clean, [], [], [], 0)
    paras = paragraphs(clean)
    clean = unwrapped(clean, paras)
    need = needed(clean, paras)
    if not any(need):
        return Prepared(text, clean, paras, need, [], 0)
    chunks = plan(clean, paras, need if selective else [True] * len(paras), limit)
    return Prepared(text, clean, paras, need, chunks, sum(c.parse for c in chunks))


def parse(prepared: Prepared, nlp: Language, batch_size: int = 64, shortcut: bool = True) -> Doc:
    """Parse the chunks the plan parses and tokenise the rest, as one Doc."""
    return prepared.assemble(nlp, parsed_stream(nlp, prepared.parser_inputs(nlp), batch_size, shortcut))


def parsed_stream(
    nlp: Language, inputs: Iterable[str | Doc], batch_size: int = 64, shortcut: bool = True
) -> Iterator[Doc]:
    """``nlp.pipe`` over ``inputs`` with the pipes attribution does not read left out; with
    ``shortcut``, coarse tags and lemmas come from :mod:`~quoteattr.parse.attributes` rather than
    from the pipes that set them (the same values, for a fraction of the time)."""
    fast = token_attributes(nlp) if shortcut else None
    disable = [*unused_pipes(nlp), *(fast.pipes if fast is not None else ())]
    for doc in nlp.pipe(inputs, batch_size=batch_size, disable=disable):
        # The network's output for each token, kept by spaCy on the Doc, is four times the size of
        # everything else and nothing reads it: drop it, so a 10 MB text does not hold gigabytes.
        doc.tensor = _NO_TENSOR
        yield doc if fast is None else fast(doc)


_NO_TENSOR = numpy.zeros((0,), dtype="float32")
