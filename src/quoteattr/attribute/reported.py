"""Reported speech: “X said (that) <clause>”, “X told reporters <clause>”, “X made it clear that
<clause>”, “according to X, <clause>” — quotations without quote marks (kind INDIRECT).

The content is the reported clause, without "that" and without closing punctuation. A clause that
holds a marked quote is left to that quote, so an indirect quote never overlaps another quote.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from spacy.tokens import Span, Token

from quoteattr.attribute.syntax import can_speak, is_according_to, lemma, noun_phrase, subject_of
from quoteattr.lexicon.verbs import QUESTION_WORDS, REPORTING_PHRASES, REPORTING_VERBS
from quoteattr.types import RULE_CONFIDENCE, Attribution, Document, Rule

_MIN_WORDS = 3  # "he said so" reports nothing worth a quote
_THAT_REACH = 10  # tokens from the verb to the "that" of its clause: "told CBS News on Sunday that"


@attrs.frozen
class Reported:
    """One piece of reported speech: its clause and who is said to have said it."""

    clause: Span
    attribution: Attribution


def reported_speech(document: Document) -> list[Reported]:
    """Reported clauses in the readable text, in document order; none overlaps a marked quote or
    another one."""
    doc, quoted, readable = document.doc, document.quoted, document.readable
    found: list[Reported] = []
    claimed_until = 0  # reported clauses never nest: the outer one wins
    for token in doc:
        if token.i < claimed_until or quoted[token.i] or not readable[token.i]:
            continue
        for reported in _at(token, quoted):
            if reported.clause.start >= claimed_until or reported.clause.end <= token.i:
                found.append(reported)
                claimed_until = max(claimed_until, reported.clause.end)
    found.sort(key=lambda r: r.clause.start)
    return _without_overlaps(found)


def _at(token: Token, quoted: bytes) -> Iterator[Reported]:
    if is_according_to(token):
        clause = _according_clause(token)
        speaker = subject_of(token, quoted)
    elif token.pos_ == "VERB" and (lemma(token) in REPORTING_VERBS or _phrase_cue(token)):
        clause = _reported_clause(token, quoted)
        speaker = subject_of(token, quoted)
    else:
        return
    if clause is None or speaker is None or not can_speak(speaker) or _negated(token):
        return
    if any(quoted[clause.start : clause.end]) or clause[0].lower_ in QUESTION_WORDS:
        return  # a clause with a marked quote belongs to that quote; "explained how …" asks
    if sum(1 for t in clause if not t.is_punct) < _MIN_WORDS:
        return
    rule = Rule.REPORTED_SPEECH
    yield Reported(clause, Attribution(noun_phrase(speaker), token, rule, RULE_CONFIDENCE[rule]))


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _phrase_cue(verb: Token) -> bool:
    return any((lemma(verb), child.lower_) in REPORTING_PHRASES for child in verb.children)


def _reported_clause(verb: Token, quoted: bytes) -> Span | None:
    """The verb's clausal complement, else the clause its next "that" introduces."""
    doc = verb.doc
    head = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if head is None:
        sentence_end = verb.sent.end
        for i in range(verb.i + 1, min(verb.i + _THAT_REACH, sentence_end)):
            token = doc[i]
            if quoted[i] or (token.pos_ == "VERB" and token.dep_ not in ("ccomp", "relcl")):
                break
            if token.lower_ == "that" and token.dep_ == "mark":
                head = token.head
                break
    if head is None:
        return None
    return _trim(doc[head.left_edge.i : head.right_edge.i + 1])


def _according_clause(according: Token) -> Span | None:
    """The rest of the sentence: "According to the police, <clause>." / "<clause>, according to X"."""
    sentence = according.sent
    phrase_end = according.right_edge.i + 1
    before = sentence.doc[sentence.start : according.i]
    after = sentence.doc[phrase_end : sentence.end]
    return _trim(after if len(after) >= len(before) else before)


def _trim(span: Span) -> Span | None:
    """Drop the "that", commas and closing punctuation at the edges of a clause."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "mark"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def _without_overlaps(found: list[Reported]) -> list[Reported]:
    kept: list[Reported] = []
    for reported in found:
        if not kept or reported.clause.start >= kept[-1].clause.end:
            kept.append(reported)
    return kept
