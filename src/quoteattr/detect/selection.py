"""Which paragraphs attribution reads, and so which ones need parsing at all.

A paragraph *carries* a quotation or its attribution when it holds a quotation (marks that pair)
or a form of a cue verb (said, told, according …). Attribution reads the carriers plus what resolving their speakers
needs: the paragraph before each carrier (colon intros, intro sentences, pronouns' antecedents),
the article's first paragraph (where news introduces its people and organisations), and any
paragraph that names someone a carrier mentions (so "Blake said" can find "Owen Blake").

Everything else is never read, whether or not it was parsed; that is what keeps selective parsing
and full parsing identical. A text with no carrier needs no parse at all.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from spacy.tokens import Doc

from quoteattr.detect.marks import find_quotes
from quoteattr.lexicon.verbs import ACCORDING_TO, OPINION_VERBS, REPORTING_PHRASES, SPEECH_VERB_FORMS, verb_forms
from quoteattr.lexicon.words import DASHES
from quoteattr.types import Paragraph

_CUE_LEMMAS = OPINION_VERBS | {verb for verb, _ in REPORTING_PHRASES}
CUE_FORMS = frozenset(SPEECH_VERB_FORMS | {f for v in _CUE_LEMMAS for f in verb_forms(v)} | {ACCORDING_TO[0]})
_WORD = regex.compile(r"\p{L}+")
DASH_CHARACTERS = frozenset(dash for dash in DASHES if len(dash) == 1)
# A capitalised word inside a sentence, not at its start: a name ("… Blake said", "with Acme").
_INNER_NAME = regex.compile(r"(?<=[\p{Ll},;:”’\"')]\s+)\p{Lu}\p{L}+")


def carries(text: str, para: Paragraph) -> bool:
    """Whether a paragraph holds a cue-verb form."""
    return any(w.group().lower() in CUE_FORMS for w in _WORD.finditer(text, para.start, para.end))


def needed(text: str, paras: Sequence[Paragraph]) -> list[bool]:
    """For each paragraph, whether attribution reads it (see the module's docstring)."""
    quoting = bytearray(len(paras))
    for quote in find_quotes(text, paras):
        quoting[quote.paragraph] = 1  # stray marks that pair into no quotation carry nothing
    carrier = [bool(quoting[k]) or carries(text, p) for k, p in enumerate(paras)]
    if not any(carrier):
        return [False] * len(paras)
    need = list(carrier)
    need[0] = True
    for k in range(1, len(paras)):
        if carrier[k]:
            need[k - 1] = True
        if quoting[k - 1] and text[paras[k].start : paras[k].start + 1] in DASH_CHARACTERS:
            need[k] = True  # “…”¶— Gerald Seib, The Wall Street Journal: the quote's source
    names = {m.group() for k, p in enumerate(paras) if carrier[k] for m in _INNER_NAME.finditer(text, p.start, p.end)}
    for k, para in enumerate(paras):
        if not need[k] and any(w.group() in names for w in _WORD.finditer(text, para.start, para.end)):
            need[k] = True
    return need


def chunk_starts(paras: Sequence[Paragraph]) -> list[int]:
    """Where each paragraph's chunk of text begins: the text's start, then each next paragraph's."""
    return [0] + [p.start for p in paras[1:]]


def readable_tokens(doc: Doc, paras: Sequence[Paragraph], need: Sequence[bool]) -> bytearray:
    """One byte per token: 1 when the token lies in a paragraph attribution reads."""
    mask = bytearray(len(doc))
    starts = chunk_starts(paras)
    k = 0
    for token in doc:
        while k + 1 < len(starts) and token.idx >= starts[k + 1]:
            k += 1
        if paras and need[k]:
            mask[token.i] = 1
    return mask
