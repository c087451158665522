"""A speaker's pronoun that no name before it fits: an unnamed subject nearby (“The senator
denounced what he called …”), a name of unknown kind that "it" shows to be an organisation's,
or a person named just after the pronoun (a feature's opening, a novel's passage that begins in
the middle of a scene).

Functions over a :class:`Resolver`, as in nominals.py.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.tokens import Token

from quoteattr.attribute.syntax import noun_phrase
from quoteattr.lexicon.pronouns import FIRST_PERSON, PRONOUNS
from quoteattr.resolve.entities import Entity
from quoteattr.resolve.fits import compatible, nominal_kind
from quoteattr.resolve.mentions import nominal_name
from quoteattr.resolve.name_kinds import ORGANISATION, PERSON
from quoteattr.resolve.nominals import NEARBY
from quoteattr.resolve.salience import is_subject
from quoteattr.types import Gender, Referent

if TYPE_CHECKING:
    from quoteattr.resolve.resolver import Resolver

_TOKENS_AHEAD = 1000  # how far on a novel's first "he" looks for the first man named


def unnamed_antecedent(resolver: Resolver, pronoun: Token) -> Entity | None:
    """For a speaker's pronoun that no name fits: the nearest subject that can speak and fits
    the pronoun, in its sentence or the one before (“The senator denounced what he called …”
    → the senator); failing that, for "it" and "they", the last name of unknown kind, which
    the pronoun shows to be an organisation's (“The White House said … it said”)."""
    want = PRONOUNS.get(pronoun.lower_)
    if want is None or want is FIRST_PERSON:
        return None
    doc, quoted, readable = resolver.doc, resolver.quoted, resolver.readable
    sentence = pronoun.sent
    for _ in range(2):
        end = min(pronoun.i, sentence.end)
        for token in reversed(doc[sentence.start : end]):
            if quoted[token.i] or not readable[token.i] or token.pos_ != "NOUN" or not is_subject(token):
                continue
            kind = nominal_kind(token, want)
            if kind is not None:
                return Entity(nominal_name(noun_phrase(token)), (token.lower_,), kind)
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    if want.gender is not None:
        return _next_person(resolver, pronoun, want)
    found = resolver.last_entity(pronoun.i, lambda e: e.guessed and e.gender is None, within=NEARBY)
    return None if found is None else resolver.learn(found, kind=ORGANISATION)


def _next_person(resolver: Resolver, pronoun: Token, want: Referent) -> Entity | None:
    """A person named after the pronoun that refers ahead to them, as feature openings do:
    “What do you want me to say?” he asked. … The striker, Jamal Osei, has apologised. Never one
    the pronoun's own clause names after it (“he turned to Ned”)."""
    listeners = resolver.listeners(pronoun)
    for k in range(bisect.bisect_right(resolver.positions, pronoun.i), len(resolver.positions)):
        position = resolver.positions[k]
        if position - pronoun.i > NEARBY:
            break
        entity = resolver.current(resolver.table.mention_at[position])
        if resolver.dialogue and entity.gender is not want.gender:
            continue  # a novel's "he" is not a name that comes later and may be a woman's (Sam)
        if entity in listeners:
            continue  # "he turned to Ned": not Ned
        if not resolver.quoted[position] and resolver.readable[position] and compatible(entity, want):
            return entity
    if resolver.dialogue and want.gender is not None:
        first = _first_named(resolver, pronoun, want.gender)
        return None if first in listeners else first
    return None


def _first_named(resolver: Resolver, pronoun: Token, gender: Gender) -> Entity | None:
    """In a novel, for a "he" before the narration has named any man (a passage that opens
    in the middle of a scene), the first man it names, not too far on."""
    if gender not in resolver.first_of_gender:
        resolver.first_of_gender[gender] = next(
            (
                p
                for p in resolver.positions
                if not resolver.quoted[p]
                and resolver.readable[p]
                and (e := resolver.current(resolver.table.mention_at[p])).kind == PERSON
                and e.gender is gender
            ),
            None,
        )
    first = resolver.first_of_gender[gender]
    if first is None or first < pronoun.i or first - pronoun.i > _TOKENS_AHEAD:
        return None
    return resolver.current(resolver.table.mention_at[first])
