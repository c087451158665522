"""Stage 4b: what a description stands for: “the company”, “the senator”, “the 45-year-old”,
“the spokesperson” — a named entity the text points back to, or one it introduced unnamed.

Functions over a :class:`Resolver`, which they read for the entities named so far and the
salience of the sentences before.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from quoteattr.attribute.syntax import noun_phrase
from quoteattr.lexicon.organisations import (
    GENERIC_ORGANISATION_NOUNS,
    INSTITUTION_NOUNS,
    NOT_A_GROUP_NOUNS,
    OUTLET_NAME_WORDS,
    OUTLET_NOUNS,
    STAND_IN_ORGANISATION_NOUNS,
)
from quoteattr.lexicon.people import GENERIC_PEOPLE_NOUNS, PEOPLE_NOUNS
from quoteattr.lexicon.words import AGE_NOUN, DEFINITE_WORDS
from quoteattr.resolve.entities import Entity
from quoteattr.resolve.fits import fits_noun, is_organisation, is_person, noun_gender
from quoteattr.resolve.mentions import nominal_name
from quoteattr.resolve.name_kinds import ORGANISATION, PERSON, head_word, is_title

if TYPE_CHECKING:
    from quoteattr.resolve.resolver import Resolver

NEARBY = 120  # tokens back to the person "the star" refers to, or to what an unnamed "it" does
_DESCRIPTION_SENTENCES = 2  # sentences back in which "the nominee" looks for its subject
_SAME_DESCRIPTION_REACH = 400  # tokens back to an earlier "the candidate": a few paragraphs


def nominal_antecedent(resolver: Resolver, mention: Span) -> Entity | None:
    """“the company” → the organisation named last; “the senator” → the senator named last;
    “the 45-year-old” → the person named just before."""
    head = mention.root
    aged = mention.text.lower().endswith(AGE_NOUN)  # parsed as an adjective: "45 - year - old"
    if not any(t.lower_ in DEFINITE_WORDS for t in head.lefts) or not (head.tag_ in ("NN", "NNP") or aged):
        return None
    noun = head.lemma_.lower()
    if noun in STAND_IN_ORGANISATION_NOUNS:
        return _stand_in_organisation(resolver, head.i, noun)
    if noun in INSTITUTION_NOUNS:
        return resolver.last_entity(head.i, is_organisation, named=noun)
    if is_title(head) or noun in PEOPLE_NOUNS or aged:
        mates = resolver.clause_mates(head)  # "Hale was asked by the host": the host is not Hale
        by_role = resolver.last_entity(head.i, lambda e: e.kind == PERSON and noun in e.roles and e not in mates)
        if by_role is not None or noun in GENERIC_PEOPLE_NOUNS:
            if by_role is not None and fits_noun(by_role, noun):
                return by_role
            return introduced_as(resolver, head)
        if resolver.dialogue or head.text.istitle():
            # a novel's "the solicitor" is often someone it never names, and "the Queen" is
            # what the text calls her
            return None
        if (introduced := introduced_as(resolver, head)) is not None:
            return introduced  # "greeted by an organizer … the organizer told them": no one named
        if (described := _described_before(resolver, head, noun)) is not None:
            return described
        if (salient := _salient_person(resolver, head, noun, mates)) is not None:
            return salient
        # a name known to be a person's before one only guessed to be (Joao Pereira, not Benfica)
        known = resolver.last_entity(head.i, lambda e: is_person(e) and not e.guessed and e not in mates, within=NEARBY)
        return known or resolver.last_entity(head.i, lambda e: is_person(e) and e not in mates, within=NEARBY)
    return None


def _salient_person(resolver: Resolver, head: Token, noun: str, mates: list[Entity]) -> Entity | None:
    """The person "the nominee" most likely is: the subject of its sentence or the one before
    it, as for a pronoun ("Trump said … had Clinton congratulated him. “…,” the nominee said"
    is Trump), when that person is known to be one and may be called ``noun``; never one of
    ``mates``, whom its own clause names."""
    for sentence in itertools.islice(resolver.candidates_by_sentence(head), _DESCRIPTION_SENTENCES):
        for entity in map(resolver.current, sentence):
            if is_person(entity) and not entity.guessed and fits_noun(entity, noun) and entity not in mates:
                return entity
    return None


def _described_before(resolver: Resolver, head: Token, noun: str) -> Entity | None:
    """The person an article called by the same description before: "Trump … the candidate's plan
    … “…,” the Green Party candidate said" is Trump, though the mayor was named last.
    Each description is read once (``resolver.descriptions``), so a chain of them stays linear."""
    for i in range(head.i - 1, max(-1, head.i - _SAME_DESCRIPTION_REACH), -1):
        token = resolver.doc[i]
        if resolver.quoted[i] or token.tag_ != "NN" or token.lemma_.lower() != noun:
            continue
        if not any(t.lower_ in DEFINITE_WORDS for t in token.lefts):
            return None  # "a candidate": someone new
        if i not in resolver.descriptions:
            resolver.descriptions[i] = None  # guards against cycles while searching
            resolver.descriptions[i] = nominal_antecedent(resolver, resolver.doc[i : i + 1])
        found = resolver.descriptions[i]
        return found if found is not None and fits_noun(found, noun) else None
    return None


def introduced_as(resolver: Resolver, head: Token) -> Entity | None:
    """The one “the spokesperson” refers back to when nobody named is: “a spokesperson for
    Tesla”, introduced nearby with the same noun."""
    noun = head.lemma_.lower()
    described = {c.lower_ for c in head.children if c.dep_ == "amod"}
    for i in range(head.i - 1, max(-1, head.i - NEARBY), -1):
        token = resolver.doc[i]
        if resolver.quoted[i] or token.lemma_.lower() != noun or token.tag_ != "NN":
            continue
        if any(t.lower_ in ("a", "an") for t in token.lefts):
            if not described <= {c.lower_ for c in token.children if c.dep_ == "amod"}:
                return None  # "a man ran out …" is not "the young man", whom the text knew before
            return Entity(nominal_name(noun_phrase(token)), (noun,), PERSON, gender=noun_gender(noun))
        return None  # an earlier "the spokesperson" was resolved, or not, on its own
    return None


def _stand_in_organisation(resolver: Resolver, before: int, noun: str) -> Entity | None:
    """The organisation "the company" (or "the firm", "the airline" …) stands in for: one named
    with that word, else the nearest one that is no other kind of body (a union is no
    "operator"), else a name of unknown kind, which the stand-in shows to be an organisation
    (“Halden Foods is recalling … the company said”)."""

    outlet = noun in OUTLET_NOUNS  # "the newspaper" is a news outlet, never Acme nor Elon Musk

    def fits(entity: Entity) -> bool:
        if entity.kind != ORGANISATION:
            return False
        head = head_word(entity.words)
        if outlet:
            return head in OUTLET_NAME_WORDS or noun in entity.words
        if noun in GENERIC_ORGANISATION_NOUNS:
            return head not in NOT_A_GROUP_NOUNS
        return head not in INSTITUTION_NOUNS or head == noun

    def unknown(entity: Entity) -> bool:
        return entity.guessed and entity.gender is None and (not outlet or head_word(entity.words) in OUTLET_NAME_WORDS)

    found = resolver.last_entity(before, fits, named=noun, or_nearest=True)
    if found is None:
        found = resolver.last_entity(before, unknown)
        if found is not None:
            found = resolver.learn(found, kind=ORGANISATION)
    return found
