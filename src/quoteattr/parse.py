"""Stage 2: parse the text with spaCy, one paragraph per chunk, into a single Doc.

Parsing paragraph by paragraph keeps sentences from running across paragraph breaks, lets
``nlp.pipe`` batch the work, and keeps any one call under spaCy's ``max_length``. The chunks cover
the text exactly, so the joined Doc's text is the input and token offsets index it directly.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from quoteattr.marks import Paragraph


def chunk_bounds(text: str, paras: Sequence[Paragraph], limit: int) -> list[tuple[int, int]]:
    """Split ``text`` into consecutive (start, end) chunks, one per paragraph, none over ``limit``.

    Each chunk runs from its paragraph's start to the next paragraph's start, so line breaks ride
    along with the paragraph before them and the chunks cover every character once.
    """
    starts = [0] + [p.start for p in paras[1:]]
    ends = [*starts[1:], len(text)]
    bounds: list[tuple[int, int]] = []
    for start, end in zip(starts, ends, strict=True):
        bounds.extend(_split_long(text, start, end, limit))
    return bounds


def _split_long(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long chunk after the last sentence end (else space) before the limit."""
    while end - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut <= 0:
            cut = window.rfind(" ")
        cut = start + (cut + 1 if cut > 0 else limit)
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def parse(text: str, paras: Sequence[Paragraph], nlp: Language, batch_size: int = 64) -> Doc:
    """Parse ``text`` chunk by chunk and join the chunks into one Doc whose text is ``text``."""
    bounds = chunk_bounds(text, paras, nlp.max_length)
    if not bounds:
        return nlp.make_doc(text)
    docs = list(nlp.pipe((text[s:e] for s, e in bounds), batch_size=batch_size))
    return join(docs)


def join(docs: list[Doc]) -> Doc:
    """One Doc from chunk Docs; its text is their texts end to end."""
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False)
