"""Stage 3: partial quotes the narration gives to someone with no cue verb — the one who acts in
the clause that carries the words (Trump summed up his rival as “terrible”), never a passive
subject, nor the noun phrase the quote is part of (the council's “green plan” has cost £4m).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quoteattr.attribute.passives import passive_agent
from quoteattr.attribute.reporting import reporting_verb_over
from quoteattr.attribute.speaking_for import speaker_behind
from quoteattr.attribute.subjects import subject_of
from quoteattr.attribute.syntax import can_speak, lemma, noun_phrase
from quoteattr.lexicon.deps import SUBJECT_DEPS
from quoteattr.lexicon.organisations import DOCUMENT_NOUNS
from quoteattr.lexicon.pronouns import REFLEXIVE_PRONOUNS, RELATIVE_PRONOUNS
from quoteattr.types import RULE_CONFIDENCE, Attribution, Rule, Site

_MAX_NARRATION_CLIMB = 4  # head steps from a partial quote up to the verb of its clause
_NARRATION_PENALTY = 0.6  # any verb's subject is the speaker less often than a cue verb's
_MIN_HEADING_WORDS = 3  # capitalised words that make a heading, not an acronym: "HOW CHINA'S SLUMP HIT"
_MAX_HEADING_TOKENS = 40  # a heading is short: no run-on sentence is read to its end for every quote


def narrating_subject(site: Site, quoted: bytes) -> Attribution | None:
    """For a partial quote with no cue verb: the one who acts in the clause that carries it, when
    that can be a speaker. The narration gives them the words: Trump summed up Clinton as
    “terrible”; the crowd reprised the chant “Lock her up!”."""
    span = site.tokens
    for token in span:
        if span.start <= token.head.i < span.end:
            continue
        node, via = token.head, token
        for _ in range(_MAX_NARRATION_CLIMB):
            if not site.frame.start <= node.i < site.frame.end:
                break
            if quoted[node.i]:  # another quote, passed through only by a list: her “long experience,” “firm grasp”
                if via.dep_ not in ("conj", "appos") or node.head.i == node.i:
                    break
                node, via = node.head, node
                continue
            if node.pos_ == "VERB" and node.dep_ == "prep":
                break  # "including", "following": a preposition, and the clause above gives no words
            if node.pos_ == "VERB":
                if (found := _actor(reporting_verb_over(node), span, quoted)) is not None:
                    return found
                break
            if node.head.i == node.i:
                break
            node, via = node.head, node
    return None


def _actor(verb: Token, quote: Span, quoted: bytes) -> Attribution | None:
    """The subject of the verb whose clause carries a partial quote, when it gives the words."""
    subject = passive_agent(verb, quoted) or subject_of(verb, quoted)
    if subject is None:
        return None
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    # Smith, who styled himself the “people's mayor”: his own words for himself, in his own clause
    own_clause = (
        verb.dep_ == "relcl"
        and verb.head.i == subject.i
        and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS for c in verb.children)
    )
    if not _gives_words(subject, quote, own_clause):
        return None
    rule = Rule.NARRATION_SUBJECT
    confidence = RULE_CONFIDENCE[rule] * _NARRATION_PENALTY
    return Attribution(noun_phrase(speaker_behind(subject, quoted)), verb, rule, confidence)


def _gives_words(subject: Token, quote: Span, own_clause: bool = False) -> bool:
    """Whether a clause's subject is one who can have used the quoted words: a speaker who acts
    (not the passive subject, but the "by" of a passive) and whom the quote does not describe
    (the government's “levelling up” agenda is the quote's own noun phrase), unless the quote is
    in the subject's own relative clause (``own_clause``)."""
    acts = subject.dep_ == "nsubj" or (subject.dep_ == "pobj" and subject.head.dep_ == "agent")
    if not acts or not can_speak(subject) or lemma(subject) in DOCUMENT_NOUNS or _in_capitals(subject):
        return False
    return own_clause or not subject.left_edge.i <= quote.start < subject.right_edge.i + 1


def _in_capitals(subject: Token) -> bool:
    """Whether a subject is a word of a heading set in capitals ("HOW THE DROUGHT HIT FARMS “…”"),
    whose verb tells what a story is about, not who used the words: most words of its sentence
    before the first quote mark are in capitals."""
    if not subject.is_upper or len(subject) < 2:
        return False
    words: list[Token] = []
    sentence = subject.sent
    for token in sentence.doc[sentence.start : min(sentence.end, sentence.start + _MAX_HEADING_TOKENS)]:
        if token.is_quote:
            break
        if token.is_alpha:
            words.append(token)
    capitals = sum(1 for t in words if t.is_upper and len(t) > 1)
    return capitals >= _MIN_HEADING_WORDS and capitals * 2 > len(words)


def in_subject(site: Site) -> bool:
    """Whether a partial quote lies in its clause's subject, where it names a thing (the council's
    “green plan” has cost £4m) rather than giving someone's words about it."""
    node = site.tokens.root
    for _ in range(_MAX_NARRATION_CLIMB):
        if node.dep_ in SUBJECT_DEPS:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False
