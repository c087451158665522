"""What a mention may refer to: which entities a pronoun or a noun can stand for."""

from __future__ import annotations

from spacy.tokens import Token

from quoteattr.attribute.syntax import noun_phrase
from quoteattr.lexicon.organisations import DOCUMENT_NOUNS, ORGANISATION_NOUNS
from quoteattr.lexicon.people import (
    FEMALE_PEOPLE_NOUNS,
    FEMALE_ROLE_NOUNS,
    MALE_PEOPLE_NOUNS,
    MALE_ROLE_NOUNS,
    PEOPLE_NOUNS,
)
from quoteattr.lexicon.pronouns import NEUTER, PLURAL
from quoteattr.resolve.entities import Entity
from quoteattr.resolve.mentions import nominal_name
from quoteattr.resolve.name_kinds import GROUP, ORGANISATION, PERSON, PLACE, is_title
from quoteattr.types import EntityKind, Gender, Referent


def nominal_kind(noun: Token, want: Referent) -> EntityKind | None:
    """What an unnamed speaker noun is, when a pronoun of kind ``want`` can stand for it: the
    senator (he, she), the ministry or the report (it), the protesters or the council (they)."""
    word = noun.lemma_.lower()
    if want.gender is not None and (is_title(noun) or word in PEOPLE_NOUNS) and noun.tag_ == "NN":
        said = noun_gender(word)
        return PERSON if said in (None, want.gender) else None  # "he" is not "her sister"
    if want is NEUTER and noun.tag_ == "NN" and (word in ORGANISATION_NOUNS or word in DOCUMENT_NOUNS):
        return ORGANISATION
    if want is PLURAL and (word in ORGANISATION_NOUNS or (noun.tag_ == "NNS" and word in PEOPLE_NOUNS)):
        return GROUP
    return None


def noun_gender(word: str) -> Gender | None:
    """The gender a role or people noun says: a man, a chairwoman; None for a senator."""
    if word in MALE_ROLE_NOUNS:
        return Gender.MALE
    if word in FEMALE_ROLE_NOUNS:
        return Gender.FEMALE
    return None


def is_organisation(entity: Entity) -> bool:
    return entity.kind == ORGANISATION


def is_person(entity: Entity) -> bool:
    return entity.kind == PERSON


def fits_noun(entity: Entity, noun: str) -> bool:
    """Whether a person may be called ``noun``: no man is "the woman"."""
    if noun in MALE_PEOPLE_NOUNS:
        return entity.gender is not Gender.FEMALE
    if noun in FEMALE_PEOPLE_NOUNS:
        return entity.gender is not Gender.MALE
    return True


def compatible(entity: Entity, want: Referent) -> bool:
    if want.gender is not None:
        return entity.kind == PERSON and entity.gender in (want.gender, None)
    if want is PLURAL:
        return entity.kind in (ORGANISATION, GROUP)
    if want is NEUTER:
        return entity.kind in (ORGANISATION, PLACE)
    return False


def group(token: Token) -> Entity:
    return Entity(nominal_name(noun_phrase(token)), (token.lower_,), GROUP)
