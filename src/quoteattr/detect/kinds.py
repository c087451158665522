"""Is a marked quote a quoted sentence (DIRECT), a fragment in narration (PARTIAL), or no
quotation at all (a title, a name, a scare quote)?

The deciding evidence is what stands just before the opening mark: nothing, a sentence end or a
colon means the quote is a sentence of its own; "X said," means the same; anything else means the
reporter's own sentence carries the quote along as a fragment.
"""

from __future__ import annotations

import regex
from spacy.tokens import Token

from quoteattr.attribute.syntax import DIRECT_SPEECH_VERBS, dateline_dash, is_cue, lemma, line_start, previous_word
from quoteattr.lexicon.marks import NAMING_WORDS, SCARE_MARKERS, SCARE_PHRASES
from quoteattr.lexicon.words import (
    CLAUSE_ENDS,
    COMMA_LIKE,
    DASHES,
    HANDS_ON,
    MINOR_WORDS,
    SENTENCE_ENDS,
    TITLE_SLOT_WORDS,
)
from quoteattr.types import Document, QuoteKind, Site

_COLONS = frozenset({":"})
_ASIDE_REACH = 24  # tokens of an aside between two parts of a line: —she laid a hand on her heart—
_CUE_REACH = 8  # tokens back from the comma in "Rubio said on Sunday, “…”"
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}’'\-]*")
_MAX_TITLE_WORDS = 10
_TRAILING = regex.compile(r"(?r)[^\p{L}\p{N}]+$")  # searched from the end: linear
_UTTERANCE_ENDS = frozenset(".!?,;:—–-…")
_CRIES = frozenset("!?")
_TITLE_CUE_REACH = 3  # words back to a cue verb: called Merkel “The …”


def classify(site: Site, document: Document) -> QuoteKind | None:
    """DIRECT or PARTIAL, or None when the marks hold a title, name or scare quote."""
    marked, quoted, text = site.marked, document.quoted, document.text
    if marked.runs_on or marked.continued:
        return QuoteKind.DIRECT
    doc = site.tokens.doc
    content = text[marked.start : marked.end]
    before = previous_word(doc, site.tokens.start, site.paragraph.start)
    if before is None or _ends_sentence(before):
        return None if _title_as_subject(content, site) else QuoteKind.DIRECT
    if _is_label(before):
        return None
    if _ends_abbreviation(before) and _whole_utterance(content):
        return QuoteKind.DIRECT  # “…,” he said in Santa Monica, Calif. “The reality is …”: its stop is the sentence's
    if before.text in _COLONS and content.rstrip()[-1:] in _CRIES:
        return QuoteKind.DIRECT  # voice: “O Peter Alexandrovich, Peter Alexandrovich!” is called out
    if _is_title(content, before):
        return None
    if before.text in _COLONS or _ends_dateline(before):
        return QuoteKind.DIRECT  # Speaker: “…”; WASHINGTON — “…”
    if before.text in COMMA_LIKE and (
        _speech_cue_before(before, quoted) or _whole_utterance(content) or _resumes_quote(before, quoted)
    ):
        return QuoteKind.DIRECT
    if _opening_conjunction(before) and _whole_utterance(content):
        return QuoteKind.DIRECT  # “…,” he said. But “It helps.”: the quote goes on after a "but"
    if _is_speech_cue(before) and content[:1].isupper():
        return QuoteKind.DIRECT  # He said “We will win.”
    if _after_aside(before, quoted):
        return QuoteKind.DIRECT  # “…”—she put a hand on her breast—“…”: the same line goes on
    return QuoteKind.PARTIAL


def _ends_dateline(dash: Token) -> bool:
    """The dash of a dateline that opens its line: “LA CROSSE, Wis. — ”."""
    start = line_start(dash)
    return dash.text in DASHES and start is not None and dateline_dash(start) == dash.i


def _whole_utterance(content: str) -> bool:
    """Words that are a sentence of their own, as dialogue after narration is: And leaning out of
    the window, “'Tis Hartley's carriage, I declare!”; not a fragment taken into the reporter's
    sentence."""
    letters = [c for c in content if c.isalpha()]
    end = content.rstrip()[-1:]
    return bool(letters) and letters[0].isupper() and end in SENTENCE_ENDS and len(content.split()) >= 3


def _opening_conjunction(token: Token) -> bool:
    """ "But", "And" or "Yet" opening a sentence, and nothing else before the quote."""
    if token.pos_ != "CCONJ" or not token.text.istitle():
        return False
    previous = previous_word(token.doc, token.i)
    return previous is None or _ends_sentence(previous)


def _ends_sentence(token: Token) -> bool:
    if token.text in CLAUSE_ENDS or token.lower_ == "i.":  # “…,” said I. “…”: the stop is in the token
        return True
    # “A.” “B.” — a closing mark right after a sentence end
    return token.is_quote and token.i > 0 and token.nbor(-1).text in CLAUSE_ENDS


def _ends_abbreviation(token: Token) -> bool:
    """A word whose full stop the tokenizer kept: Calif., Jr., U.S., a.m."""
    return len(token.text) > 1 and token.text.endswith(".") and token.text[0].isalpha()


def _is_speech_cue(token: Token) -> bool:
    return is_cue(token) and lemma(token) in DIRECT_SPEECH_VERBS


def _speech_cue_before(comma: Token, quoted: bytes) -> bool:
    """Whether "X said," / "said X," / "X told us on Monday," ends just before the comma."""
    sentence_start = comma.sent.start
    for i in range(comma.i - 1, max(comma.i - _CUE_REACH, sentence_start) - 1, -1):
        if quoted[i]:
            return False
        if _is_speech_cue(comma.doc[i]):
            return True
    return False


def _resumes_quote(comma: Token, quoted: bytes) -> bool:
    """Whether the quote resumes one its sentence broke off for a clause: “She kept a shop,”
    pursued Tom, “and kept me in a box.” — the earlier quote ends on a comma, a dash, ! or ?, and
    a verb stands between; not a list of labels (“rigged,” “corrupt,” and “a disgrace”)."""
    doc, verb = comma.doc, False
    for i in range(comma.i - 1, max(comma.i - _CUE_REACH, comma.sent.start - 1) - 1, -1):
        if quoted[i]:
            last = doc[i - 1] if doc[i].is_quote and i > 0 else doc[i]  # the word before the closing mark
            return verb and last.text[-1:] in HANDS_ON
        verb = verb or doc[i].pos_ == "VERB"
    return False


def _after_aside(before: Token, quoted: bytes) -> bool:
    """Whether the quote resumes the one just before it after an aside set off by dashes or
    brackets: “It satisfies me here”—she laid a hand on her heart—“it made a queer ache”;
    “But I think” (seeing Nora look upset) “it must be on another day.”"""
    if before.text != ")" and before.text not in DASHES:
        return False
    doc = before.doc
    opens_aside = (lambda word: word == "(") if before.text == ")" else (lambda word: word in DASHES)
    for i in range(before.i - 1, max(before.i - _ASIDE_REACH, -1), -1):
        if quoted[i]:
            return False
        if opens_aside(doc[i].text):
            j = i - 1
            while j >= 0 and doc[j].is_space:
                j -= 1
            return j >= 0 and bool(quoted[j])
    return False


def _is_label(before: Token) -> bool:
    """“so-called”, “known as”, “nicknamed”: the marks hold a label, not someone's words."""
    if before.lower_ in SCARE_MARKERS:
        return True
    previous = before.nbor(-1) if before.i > 0 else None
    return previous is not None and (previous.lower_, before.lower_) in SCARE_PHRASES


def _is_title(content: str, before: Token) -> bool:
    """A Title In Capitals inside narration names a work, a show or a thing; it quotes no one:
    starred in “The Long Winter”, appeared on “Meet the Press.” (the full stop is the sentence's,
    put inside the marks as American style does), the documentary “Weiner.”"""
    words = _WORD.findall(content)
    if not _title_case(words):
        return False
    # a possessive or a preposition holds a title even after a cue: told ABC's “Good Morning
    # America”, said on “Meet the Press.”; so does "a group called “The Local”", and whom one
    # tells is a listener, never words said: told “Fox and Friends,”
    slot = before.tag_ == "POS" or before.dep_ == "prep" or _names_with(before) or lemma(before) == "tell"
    if not slot and _cue_just_before(before):
        return False  # but: said “Not Now”, called Merkel “The Leader of the Western World”
    if len(words) == 1:  # one capitalised word is a title only where a name would stand
        return before.lower_ in TITLE_SLOT_WORDS or before.pos_ == "PROPN" or before.tag_ == "POS"
    return before.lower_ != "as"  # referred to the governor as “Chris Christie”


def _names_with(before: Token) -> bool:
    """ "a play called “…”", "a blog called the “…”": a naming word, not a cue verb, before the title."""
    if before.lower_ == "the" and before.i > 0:
        before = before.nbor(-1)
    return before.lower_ in NAMING_WORDS and before.dep_ == "acl"


def _title_case(words: list[str]) -> bool:
    major = [w for w in words if w.lower() not in MINOR_WORDS]
    return bool(words) and len(words) <= _MAX_TITLE_WORDS and bool(major) and all(w[0].isupper() for w in major)


def _title_as_subject(content: str, site: Site) -> bool:
    """A Title In Capitals opening a sentence that goes on after it, without a sentence's end of
    its own: “The Walking Dead” is an AMC drama; ‘Stickerboy’ placed two stickers."""
    tail = _TRAILING.search(content)
    if tail is not None and any(c in _UTTERANCE_ENDS for c in tail.group()):
        return False  # “The Queen! The Queen!”, “_Bien!_”, “Not a BAD--”
    doc = site.tokens.doc
    after = site.tokens.end
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after >= len(doc) or not (doc[after].is_lower and doc[after].is_alpha) or is_cue(doc[after]):
        return False  # “Hum” said she
    return _title_case(_WORD.findall(content))


def _cue_just_before(before: Token) -> bool:
    """Whether a cue verb stands among the few words before the opening mark."""
    start = max(before.sent.start, before.i - _TITLE_CUE_REACH + 1)
    return any(is_cue(t) for t in before.doc[start : before.i + 1])
