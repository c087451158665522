"""Stage 4b: what a speaking "it" stands for: the document or the body that spoke last.

“The company wrote … It added”, “Thursday's memo … “…,” it stated”: the last subject before the
pronoun that is a document or a body, named or not, rather than a place or a body named in
passing (“victory in Iowa”). Speakers the rules found count as subjects too, where the parse made
none (“…,” the email read. It said …), and an "it" that spoke before is what the next one means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
from spacy.tokens import Span, Token

from quoteattr.attribute.syntax import lemma, noun_phrase
from quoteattr.lexicon.organisations import DOCUMENT_NOUNS, ORGANISATION_NOUNS
from quoteattr.resolve.entities import Entity
from quoteattr.resolve.mentions import nominal_name
from quoteattr.resolve.name_kinds import ORGANISATION
from quoteattr.resolve.nominals import nominal_antecedent
from quoteattr.resolve.salience import is_subject

if TYPE_CHECKING:
    from quoteattr.resolve.resolver import Resolver

_IT_SENTENCES = 2  # sentences before its own in which a speaking "it" looks for a document or a body
_SPEAKING_BODIES = DOCUMENT_NOUNS | ORGANISATION_NOUNS


@attrs.define
class SpokenSoFar:
    """The speakers resolved so far, by the tokens of their mentions, and what each speaking "it"
    stood for."""

    names_at: dict[int, str] = attrs.Factory(dict)
    its: dict[int, Entity] = attrs.Factory(dict)

    def spoke(self, mention: Span, name: str) -> None:
        self.names_at.update(dict.fromkeys(range(mention.start, mention.end), name))


def speaking_it(resolver: Resolver, pronoun: Token) -> Entity | None:
    """The document or body a speaking "it" stands for, or None (left to salience)."""
    if pronoun.lower_ != "it" or not is_subject(pronoun) or pronoun.sent.start == 0:
        return None
    found = _spoken_document(resolver, pronoun)
    if found is not None:
        resolver.spoken.its[pronoun.i] = found
    return found


def _spoken_document(resolver: Resolver, pronoun: Token) -> Entity | None:
    doc, quoted, spoken = resolver.doc, resolver.quoted, resolver.spoken
    if any(t.dep_ == "nsubj" and not quoted[t.i] for t in doc[pronoun.sent.start : pronoun.i]):
        return None  # "the Court reversed …, ruling that it could not …": the sentence's own subject
    sentence = doc[pronoun.sent.start - 1].sent  # its own sentence's subject is left to salience
    for _ in range(_IT_SENTENCES):
        for token in sentence:  # the main clause's subject first
            if quoted[token.i] or not resolver.readable[token.i]:
                continue
            if token.dep_ != "nsubj" and token.i not in spoken.names_at:
                continue
            if (before := spoken.its.get(token.i)) is not None:
                return before  # It stated … It said: the same document
            if (found := body_or_document(resolver, token)) is not None:
                spoken_as = spoken.names_at.get(token.i)  # "the email", as its own quote named it
                return attrs.evolve(found, name=spoken_as) if spoken_as and found.key < 0 else found
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    return None


def body_or_document(resolver: Resolver, subject: Token) -> Entity | None:
    """The organisation a subject names, or the document or body it describes (the memo, the
    council); None for anyone or anything else."""
    named = resolver.entity_at(noun_phrase(subject).root.i) or resolver.entity_at(subject.i)
    if named is not None:
        return named if named.kind == ORGANISATION else None
    if subject.pos_ != "NOUN" or lemma(subject) not in _SPEAKING_BODIES:
        return None
    return nominal_antecedent(resolver, resolver.doc[subject.i : subject.i + 1]) or Entity(
        nominal_name(noun_phrase(subject)), (subject.lower_,), ORGANISATION
    )
