"""Salience: which mentions in a sentence a pronoun looks at first, and which sentences it skips."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quoteattr.attribute.syntax import DIRECT_SPEECH_VERBS, has_verb
from quoteattr.lexicon.deps import INVERTED_SUBJECT_DEPS, SUBJECT_DEPS
from quoteattr.lexicon.words import BYLINE_WORDS

MAX_CONJUNCTS = 6  # "A, B, C and D said": steps from a listed name up to the list's head


def is_byline(sentence: Span) -> bool:
    """ "By John Smith": names the writer, not someone in the story."""
    words = [t for t in sentence if not t.is_space]
    return bool(words) and words[0].lower_ in BYLINE_WORDS and not has_verb(sentence)


def is_subject(token: Token) -> bool:
    # "Dale and Cole were asked": Cole is a subject too; so is Pratt in "Hendry's lawyer, Simon Pratt, said".
    # A few steps up are enough for any real list of names; a bound keeps a run-on list linear.
    for _ in range(MAX_CONJUNCTS):
        if token.dep_ not in ("conj", "appos") or token.head.i == token.i:
            break
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def salience(token: Token) -> int:
    """0 for the subject of a sentence's main clause, 1 for any other subject, 2 for the rest."""
    if not is_subject(token):
        return 2
    verb = token.head
    for _ in range(MAX_CONJUNCTS):
        if verb.dep_ != "conj":
            break
        verb = verb.head
    return 0 if verb.dep_ == "ROOT" else 1


def acts(token: Token) -> bool:
    """Whether a mention does something: the subject of a verb (“Bill came over”) or the speaker
    a cue names after itself (“said Bill”)."""
    if is_subject(token):
        return True
    verb = token.head
    return token.dep_ in INVERTED_SUBJECT_DEPS and verb.i < token.i and verb.lemma_.lower() in DIRECT_SPEECH_VERBS
