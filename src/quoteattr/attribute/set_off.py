"""Cues set off from the sentence they report, and the words on either side of them: "<A>, X
said, <B>.", "<A>, said X.", "As X noted, <B>.", "<A>, as X said." — and the cue that opens a
quote after it with a colon, which reports that quote rather than a clause.

Pure functions over spaCy tokens, for reported speech (reported.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quoteattr.attribute.report_edges import trim
from quoteattr.attribute.syntax import can_speak, has_verb, is_cue, lemma, own_subject
from quoteattr.lexicon.deps import SUBJECT_DEPS
from quoteattr.lexicon.pronouns import RELATIVE_PRONOUNS
from quoteattr.lexicon.verbs import LISTENER_VERBS, THINGS_TOLD
from quoteattr.lexicon.words import CLAUSE_ENDS, DASHES

_MAX_CUE_PHRASE = 12  # tokens in "Ms. Gedrich, a lawyer from Newark, said", and after "said"
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: A spaced dash after a cue opens the writer's own aside: "…, Ben Cole said on Monday — a change
#: from his view of last year."
_ASIDE_DASHES = frozenset({"—", "–", "--"})
_PHRASE_ENDS = frozenset({",", *CLAUSE_ENDS, *_ASIDE_DASHES})


def around_cue(verb: Token, quoted: bytes) -> list[Span | None]:
    """For a cue set off from its sentence, the words on either side of it:
    "<A>, X said, <B>." / "<A>, said X." / "As X noted, <B>." / "<A>, as X said."."""
    doc, sentence = verb.doc, verb.sent
    if opens_quote(verb, quoted):
        return _before_opening_cue(verb, quoted)
    start, end = _cue_phrase(verb)
    if start is None or end is None:
        return []
    if verb.dep_ == "relcl" or (verb.dep_ == "ccomp" and verb.head.i < verb.i and not _closing_cue(verb, start, end)):
        # "The senator, who said nothing, left."; "He told voters that if X, he would advise Y":
        # a verb inside what is reported is no cue set off from it
        return []
    if _says_a_thing(verb):
        return []
    opens_with_as = doc[start].lower_ == "as"
    before = doc[start - 1] if start > sentence.start else None
    after = doc[end] if end < sentence.end else None
    if not opens_with_as and (before is None or not _comma_before(doc, start)):
        return []  # "X said …" opens its sentence: its clause follows the verb
    if after is not None and after.text not in _PHRASE_ENDS and not after.is_space:
        return []
    rest = trim(doc[end + 1 : sentence.end], quoted) if after is not None and after.text == "," else None
    if before is not None and before.is_quote:
        # after “…,” the words before the cue are that quote's, whose cue it is; only a clause of its
        # own after "X wrote," is reported, not "said the man, who …"
        return [rest] if rest is not None and verb.i > start and _main_clause(rest) else []
    first = trim(doc[sentence.start : start], quoted)
    # a clause, not the speaker's description: "said Dr Alan Grey, the hospital's medical director."
    pieces: list[Span | None] = [p for p in (first, rest) if p is not None and has_verb(p)]
    if first is not None and rest is not None and rest in pieces and first not in pieces and _subject_of(first, rest):
        pieces.insert(0, first)  # "The appeal of a flat tax, Dunn argued, is a myth": one claim, cut
    if rest is not None and first in pieces and rest not in pieces and verb.i > start and doc[start].lower_ != "as":
        pieces.append(rest)  # "<A>, X said, <but also B>": the claim goes on past its cue
    return pieces


def _before_opening_cue(verb: Token, quoted: bytes) -> list[Span | None]:
    """ "<A>, she said: “…”": a cue that opens the quote after it reports the clause before it
    too, when that is a main clause of its own set off by a comma (not "When the vote ended, she
    said: “…”", nor the words of a quote before it)."""
    doc, sentence = verb.doc, verb.sent
    subject = own_subject(verb)
    if verb.dep_ == "relcl" or subject is None or subject.i > verb.i or verb.i - subject.left_edge.i > _MAX_CUE_PHRASE:
        return []
    start = subject.left_edge.i
    if start - 1 <= sentence.start or doc[start - 1].text != ",":
        return []
    first = trim(doc[sentence.start : start], quoted)
    if first is None or any(quoted[t.i] for t in first) or not _main_clause(first):
        return []
    if first.root.dep_ == "advcl" or first[0].tag_ == "WRB" or not all(_finite(t) for t in first if t.dep_ == "conj"):
        return []  # "The talk died down, and the guests, having sat down, Ann said:" sets a scene
    return [first]


def _finite(verb: Token) -> bool:
    """A verb joined in a clause is finite, or no verb: not "having sat down"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return True
    finite_aux = (c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in (*_FINITE_TAGS, "MD"))
    return verb.tag_ in _FINITE_TAGS or any(finite_aux)


def _subject_of(words: Span, clause: Span) -> bool:
    """Whether words are the subject of a verb in the clause after them."""
    return words.root.dep_ in SUBJECT_DEPS and clause.start <= words.root.head.i < clause.end


def _closing_cue(verb: Token, start: int, end: int) -> bool:
    """Whether a verb the parser hung on the clause before it is a cue closing the sentence: "Ana
    thinks the fee is too high, Ben Cole said on Monday." — its own subject, no auxiliary (not
    "…, he would say no"), the sentence's end or the writer's aside after it, and a main clause
    before the comma (not "He told voters that if elected, he said, …"). ``start`` and ``end`` are
    where its cue phrase lies (``_cue_phrase``)."""
    doc, sentence = verb.doc, verb.sent
    if start <= sentence.start or not _comma_before(doc, start):
        return False
    subject = own_subject(verb)
    if verb.tag_ not in _FINITE_TAGS or subject is None or not can_speak(subject):
        return False  # not "…, some of it mentioning Trump by name"
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    closes = end >= sentence.end or doc[end].text in _ASIDE_DASHES
    closes = closes or all(t.is_punct or t.is_space for t in doc[end : sentence.end])
    return closes and not any(t.dep_ == "mark" for t in doc[sentence.start : start])


def _main_clause(words: Span) -> bool:
    """Whether words are a main clause of their own — a finite verb with its subject — and not
    "who had waited an hour", "while Ida said …", "her voice breaking", "dusting flour off"."""
    roots = [t for t in words if t.head.i == t.i or not words.start <= t.head.i < words.end]
    if len(roots) != 1 or words[0].lower_ in RELATIVE_PRONOUNS or words[0].dep_ == "mark":
        return False
    root = roots[0]
    return root.tag_ in _FINITE_TAGS and any(c.dep_ in SUBJECT_DEPS for c in root.children) and not is_cue(root)


def _comma_before(doc: Doc, start: int) -> bool:
    """A comma just before token ``start``, or inside the quote mark that closes there: “Despite
    his “brash manner,” his lawyer wrote, …”."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_quote and start > 1:
        before = doc[start - 2]
    return before is not None and before.text == ","


def _says_a_thing(verb: Token) -> bool:
    """Whether a verb names what was said or written as its object, and so is no cue set off from
    the words around it: "By the end of the dinner, Tom had told a great many lies"; "as Ana had
    written the address badly". Not a listener ("…, he told reporters") nor "as he put it"."""
    listener_verb = lemma(verb) in LISTENER_VERBS
    return any(
        c.dep_ == "dobj" and c.pos_ != "PRON" and not can_speak(c) and (not listener_verb or lemma(c) in THINGS_TOLD)
        for c in verb.children
    )


def opens_quote(verb: Token, quoted: bytes) -> bool:
    """Whether a cue verb opens the quote after it with a colon or a dash, past a few words of
    its own: “Ana Ruiz, standing up, observed sharply-- ¶ “…”"."""
    doc = verb.doc
    for i in range(verb.i + 1, min(verb.i + _MAX_CUE_PHRASE, len(doc))):
        token = doc[i]
        if quoted[i] or token.text in (",", *CLAUSE_ENDS) or token.pos_ in ("VERB", "AUX"):
            return False
        if token.text in (":", *DASHES) or token.text.endswith(("--", "—")):  # "sharply--"
            following = next((t for t in doc[i + 1 : i + 4] if not t.is_space), None)
            return following is not None and bool(quoted[following.i])
    return False


def _cue_phrase(verb: Token) -> tuple[int | None, int | None]:
    """Where "X said on Tuesday" (or "said X", or "as X noted") starts and ends around ``verb``:
    the subject before it and the words after it up to a comma, a spaced dash or the sentence's
    end. None, None when the verb has no subject of its own or the phrase runs long."""
    doc = verb.doc
    subject = own_subject(verb)
    if subject is None:
        return None, None
    start = min(subject.left_edge.i, verb.i)
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is not None:
        start = min(start, mark.i)
    end = verb.i + 1
    while end < verb.sent.end and doc[end].text not in _PHRASE_ENDS:
        token = doc[end]
        if token.dep_ in ("ccomp", "mark") or token.lower_ == "that" or end - verb.i > _MAX_CUE_PHRASE:
            return None, None  # "…, X said that …": a clause of its own follows; or no cue phrase
        if end - start > _MAX_CUE_PHRASE and token.pos_ in ("VERB", "AUX"):
            return None, None  # a long phrase after the verb may only say when and where
        end += 1
    return (start, end) if verb.i - start <= _MAX_CUE_PHRASE else (None, None)
