"""Is a marked quote a quoted sentence (DIRECT), a fragment in narration (PARTIAL), or no
quotation at all (a title, a name, a scare quote)?

The deciding evidence is what stands just before the opening mark: nothing, a sentence end or a
colon means the quote is a sentence of its own; "X said," means the same; anything else means the
reporter's own sentence carries the quote along as a fragment.
"""

from __future__ import annotations

import regex
from spacy.tokens import Token

from quoteattr.attribute.cues import previous_word
from quoteattr.attribute.syntax import is_cue, lemma
from quoteattr.lexicon.marks import SCARE_MARKERS
from quoteattr.lexicon.verbs import SPEECH_VERBS
from quoteattr.lexicon.words import CLAUSE_ENDS, MINOR_WORDS
from quoteattr.types import Document, QuoteKind, Site

_COLONS = frozenset({":"})
_COMMA_LIKE = frozenset({",", "—", "–", "--"})
_CUE_REACH = 8  # tokens back from the comma in "Rubio said on Sunday, “…”"
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}’'\-]*")
_MAX_TITLE_WORDS = 10


def classify(site: Site, document: Document) -> QuoteKind | None:
    """DIRECT or PARTIAL, or None when the marks hold a title, name or scare quote."""
    marked, quoted, text = site.marked, document.quoted, document.text
    if marked.runs_on or marked.continued:
        return QuoteKind.DIRECT
    doc = site.tokens.doc
    content = text[marked.start : marked.end]
    before = previous_word(doc, site.tokens.start, site.paragraph.start)
    if before is None or _ends_sentence(before):
        return QuoteKind.DIRECT
    if before.lower_ in SCARE_MARKERS or _is_title(content, before):
        return None
    if before.text in _COLONS:
        return QuoteKind.DIRECT
    if before.text in _COMMA_LIKE and _speech_cue_before(before, quoted):
        return QuoteKind.DIRECT
    if _is_speech_cue(before) and content[:1].isupper():
        return QuoteKind.DIRECT  # He said “We will win.”
    return QuoteKind.PARTIAL


def _ends_sentence(token: Token) -> bool:
    if token.text in CLAUSE_ENDS:
        return True
    # “A.” “B.” — a closing mark right after a sentence end
    return token.is_quote and token.i > 0 and token.nbor(-1).text in CLAUSE_ENDS


def _is_speech_cue(token: Token) -> bool:
    return is_cue(token) and lemma(token) in SPEECH_VERBS


def _speech_cue_before(comma: Token, quoted: bytes) -> bool:
    """Whether "X said," / "said X," / "X told us on Monday," ends just before the comma."""
    sentence_start = comma.sent.start
    for i in range(comma.i - 1, max(comma.i - _CUE_REACH, sentence_start) - 1, -1):
        if quoted[i]:
            return False
        if _is_speech_cue(comma.doc[i]):
            return True
    return False


def _is_title(content: str, before: Token) -> bool:
    """A Title In Capitals inside narration names a work or a thing, it quotes no one."""
    words = _WORD.findall(content)
    if len(words) < 2 or len(words) > _MAX_TITLE_WORDS or content.rstrip()[-1:] in ".!?,":
        return False
    major = [w for w in words if w.lower() not in MINOR_WORDS]
    if not major or not all(w[0].isupper() for w in major):
        return False
    return not _is_speech_cue(before)  # starred in “The Long Winter”, but: said “Not Now”
