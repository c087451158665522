"""Who reports a clause: the verb of speaking above a verb that sits inside someone's report.

News nests one report in another ("Trump said executives were calling …", "De Blasio said the
move was made by Bratton and said, …"); the parser often hangs the reporter's own later verbs on
the reported clause, which would hand the reporter's words to the person reported on.
"""

from __future__ import annotations

from spacy.tokens import Token

from quoteattr.attribute.syntax import can_speak, is_cue, lemma
from quoteattr.lexicon.deps import SUBJECT_DEPS
from quoteattr.lexicon.verbs import REPORTING_PHRASES, SPEECH_NOUNS, SPEECH_VERBS

_MAX_CLIMB = 5  # head steps from a verb up to the report that holds it
_CLAUSE_LINKS = frozenset({"conj", "advcl", "xcomp"})  # how the parser hangs "and said", ", saying"
_NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp"})  # "the claim that …"
_REPORTED_DEPS = frozenset({"ccomp", "dobj"})  # what a verb of speaking reports, parsed either way
_NO_OWNER = frozenset({"its", "their"})  # "its claim" names no one: the sentence before does


def reporting_verb_over(verb: Token) -> Token:
    """The verb of speaking whose report holds ``verb``, else ``verb``: in "Trump said Fox
    executives were calling “every 15 minutes”" the words are Trump's report, not the executives'."""
    above = verb
    while above.dep_ == "ccomp" and above.head.i != above.i:
        above = above.head
    return above if above is not verb and lemma(above) in SPEECH_VERBS else verb


def reporter_speaking_again(cue: Token) -> Token | None:
    """The earlier verb of speaking whose subject also says ``cue``'s words, when the parser hung
    ``cue`` on the clause that verb reports: "X said the move was made by Y and said, “…”" and
    "X said Clinton will have to choose, saying, “…”" are X's words, not the move's or Clinton's.

    Only a subjectless verb of speaking qualifies, and only when no other verb of speaking lies
    between: "X said Y replied, saying …" leaves "saying" with Y.
    """
    if lemma(cue) not in SPEECH_VERBS or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    node = cue
    for _ in range(_MAX_CLIMB):
        if node is not cue and is_cue(node):
            return None  # "X said Y replied, saying …": "saying" is Y's
        if node.dep_ == "ccomp" and node is not cue:
            reporter = node.head
            speaking = lemma(reporter) in SPEECH_VERBS or any(
                (lemma(reporter), c.lower_) in REPORTING_PHRASES for c in reporter.children
            )
            if reporter.i < cue.i and speaking and reporter.pos_ == "VERB":
                return reporter  # also "X made clear that …, saying …"
            return None
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
            return None
        node = node.head
    return None


def report_holding(token: Token) -> Token | None:
    """The verb of speaking, earlier in the sentence, whose reported clause holds ``token``: in
    "Cole explained the board's refusal to call it “a crisis” was a mistake" the refusal is in
    Cole's report, so the words in it are Cole's."""
    node = token
    for _ in range(_MAX_CLIMB):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in _REPORTED_DEPS and head.i < token.i and head.pos_ == "VERB" and lemma(head) in SPEECH_VERBS:
            return head
        node = head
    return None


def speech_noun_owner(token: Token, quoted: bytes) -> tuple[Token, Token] | None:
    """The noun of speaking whose clause holds ``token`` and the one it belongs to: in "Comey's
    conclusion that her conduct was “grossly reckless”" the words are Comey's, and in "the
    claim by aides that it was “a hoax”" the aides'. None when no such noun owns the clause."""
    node = token
    for _ in range(_MAX_CLIMB):
        head = node.head
        if head.i == node.i or (node is not token and is_cue(node)):
            return None
        if node.dep_ in _NOUN_CLAUSE_DEPS and head.pos_ == "NOUN" and lemma(head) in SPEECH_NOUNS:
            owner = _owner_of(head, quoted)
            return None if owner is None else (head, owner)
        if node is token and node.dep_ == "pobj" and head.lower_ == "of" and _speech_noun(head.head):
            owner = _owner_of(head.head, quoted)  # "Ruiz's assertion of an “absolute privilege”": hers
            return None if owner is None else (head.head, owner)
        noun = _spoken_subject(node) or _noun_just_before(node)  # "Ruiz's answer was that “…”"
        if noun is not None:
            owner = _owner_of(noun, quoted)
            return None if owner is None else (noun, owner)
        node = head
    return None


def _speech_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and lemma(token) in SPEECH_NOUNS


def _spoken_subject(node: Token) -> Token | None:
    """The noun of speaking a clause is said to be: "answer" in "her answer was that …"."""
    head = node.head
    if node.dep_ not in ("ccomp", "attr") or lemma(head) != "be":
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and lemma(c) in SPEECH_NOUNS), None)


def _noun_just_before(clause: Token) -> Token | None:
    """The noun of speaking a "that" clause follows when the parser hung the clause elsewhere:
    "after her comment that, “We will …”"."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0:
        return None
    noun = mark.nbor(-1)
    return noun if noun.pos_ == "NOUN" and lemma(noun) in SPEECH_NOUNS else None


def _owner_of(noun: Token, quoted: bytes) -> Token | None:
    for child in noun.children:
        if quoted[child.i]:
            continue
        if child.dep_ == "poss" and can_speak(child) and child.lower_ not in _NO_OWNER:
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((o for o in child.children if o.dep_ == "pobj" and can_speak(o)), None)
    return None
