"""Stage 4c: what kind of source each speaker is and, for people, their gender with its evidence.

Kinds: a named person, organisation, group or outlet comes from the entity the name resolved to;
an unnamed speaker's noun phrase says the rest: "the report" is a document, "the newspaper" an
outlet, "the ministry" an organisation, "protesters" a group, and "a senior official" or "people
familiar with the talks" an unnamed (anonymous) source.

Gender, for people and unnamed individuals, from the strongest evidence the document gives: a
title of address (Mrs, Mr), a gendered role noun (spokeswoman, chairman) before the name, beside it
or as the unnamed speaker's own noun, the he or she pronouns that resolve to the person, and only
then the given name. With none of these the gender is unknown.
"""

from __future__ import annotations

from collections import Counter

import attrs
from spacy.tokens import Span, Token

from quoteattr.lexicon.organisations import DOCUMENT_NOUNS, ORGANISATION_NOUNS, OUTLET_NAME_WORDS, OUTLET_NOUNS
from quoteattr.lexicon.people import (
    ANONYMITY_WORDS,
    ANONYMOUS_SOURCE_NOUNS,
    FEMALE_ROLE_NOUNS,
    FEMALE_TITLES,
    HONORIFICS,
    MALE_ROLE_NOUNS,
    MALE_TITLES,
    PARTY_MEMBERS,
    is_people_plural,
    is_people_word,
)
from quoteattr.lexicon.pronouns import NARRATOR, PRONOUNS
from quoteattr.lexicon.words import INTERVIEW_LABELS
from quoteattr.resolve.entities import Entity
from quoteattr.resolve.mentions import Resolved
from quoteattr.resolve.name_kinds import GROUP, ORGANISATION, PERSON, head_word
from quoteattr.resolve.resolver import Resolver
from quoteattr.types import Gender, GenderSource, Quote, Resolution, SourceKind, Speaker

_PERSONAL = (SourceKind.PERSON, SourceKind.UNNAMED)  # the kinds that have a gender
_PRONOUN_GENDER = {word: referent.gender for word, referent in PRONOUNS.items() if referent.gender is not None}
#: Collective nouns for people speaking as one: "the crowd", "the family".
_COLLECTIVE_NOUNS = frozenset({"crowd", "audience", "family", "team", "panel", "jury"})

Description = tuple[SourceKind | None, Gender | None, GenderSource | None]


@attrs.define
class SourceDescriber:
    """Describes the speakers of one document, once every quote has its speaker."""

    resolver: Resolver
    _pronoun_votes: dict[int, Counter[Gender]] | None = None
    _done: dict[str, Description] = attrs.Factory(dict)

    def described(self, quotes: list[Quote]) -> list[Quote]:
        """``quotes`` with each speaker's kind, gender and gender source filled in."""
        return [q if q.speaker is None else attrs.evolve(q, speaker=self.speaker(q.speaker)) for q in quotes]

    def speaker(self, speaker: Speaker) -> Speaker:
        if speaker.name not in self._done:
            self._done[speaker.name] = self._describe(speaker.name)
        kind, gender, source = self._done[speaker.name]
        return attrs.evolve(speaker, kind=kind, gender=gender, gender_source=source)

    def _describe(self, name: str) -> Description:
        resolved = self.resolver.resolved.get(name)
        if name == NARRATOR or (resolved is not None and resolved.resolution is Resolution.NARRATOR):
            return SourceKind.NARRATOR, None, None
        entity = resolved.entity if resolved is not None else self._entity_named(name)
        if entity is not None and entity.key >= 0:
            entity = self.resolver.current(entity)
            kind = _entity_kind(entity, resolved.mention if resolved is not None else None)
            return (kind, *self._person_gender(entity)) if kind is SourceKind.PERSON else (kind, None, None)
        if resolved is None or name in INTERVIEW_LABELS.values():
            return SourceKind.PERSON, Gender.UNKNOWN, None  # a name only turn-taking gave, or Q:, A:
        phrase_kind = _phrase_kind(resolved, entity)
        if phrase_kind not in _PERSONAL:
            return phrase_kind, None, None
        return (phrase_kind, *_phrase_gender(resolved.mention))

    def _entity_named(self, name: str) -> Entity | None:
        words = tuple(w.lower() for w in name.split())
        return next((e for e in self.resolver.table.entities if e.words == words and e.name == name), None)

    def _person_gender(self, person: Entity) -> tuple[Gender, GenderSource | None]:
        for source, male, female in (
            (GenderSource.TITLE, MALE_TITLES & HONORIFICS, FEMALE_TITLES & HONORIFICS),
            (GenderSource.ROLE_NOUN, MALE_ROLE_NOUNS, FEMALE_ROLE_NOUNS),
        ):
            found = _gender_of_words(person.roles, male, female)  # titles, role nouns and appositives
            if found is not None:
                return found, source
        votes = self._pronouns().get(person.key)
        if votes:
            (top, count), *rest = [*votes.most_common(2), (Gender.UNKNOWN, 0)]
            if count > rest[0][1]:
                return top, GenderSource.PRONOUN
        if person.gender is not None and person.gender_source is GenderSource.GIVEN_NAME:
            return person.gender, GenderSource.GIVEN_NAME
        return Gender.UNKNOWN, None

    def _pronouns(self) -> dict[int, Counter[Gender]]:
        """For each entity, the genders of the he and she pronouns in narration resolved to it."""
        if self._pronoun_votes is None:
            votes: dict[int, Counter[Gender]] = {}
            resolver, document = self.resolver, self.resolver.document
            for token in document.doc:
                gender = _PRONOUN_GENDER.get(token.lower_)
                if gender is None or document.quoted[token.i] or not document.readable[token.i]:
                    continue
                if token.pos_ != "PRON":
                    continue
                entity = resolver.antecedent(token)
                if entity is not None and entity.key >= 0:
                    votes.setdefault(entity.key, Counter())[gender] += 1
            self._pronoun_votes = votes
        return self._pronoun_votes


def _entity_kind(entity: Entity, mention: Span | None) -> SourceKind:
    if entity.kind == PERSON:
        if entity.guessed and mention is not None and _plural_noun(mention.root):
            return SourceKind.GROUP  # "Fishermen who moor beside the pier called …"
        return SourceKind.PERSON
    if entity.kind == GROUP:
        return SourceKind.GROUP
    if entity.kind == ORGANISATION and head_word(entity.words) in OUTLET_NAME_WORDS:
        return SourceKind.OUTLET
    return SourceKind.ORGANISATION  # a place that speaks is its government


def _phrase_kind(resolved: Resolved, entity: Entity | None) -> SourceKind | None:
    """The kind of a speaker known only by a phrase: a noun phrase, an unresolved pronoun, or a
    group noun a pronoun resolved to."""
    mention = resolved.mention
    head = mention.root
    if resolved.resolution is Resolution.UNRESOLVED:
        referent = PRONOUNS.get(head.lower_)
        if referent is not None and referent.gender is not None:
            return SourceKind.PERSON
        return None
    if entity is not None:  # made up on the way: a group of people, or an unnamed body
        return SourceKind.GROUP if entity.kind == GROUP else SourceKind.ORGANISATION
    words = {t.lower_ for t in mention}
    noun = head.lemma_.lower()
    if words & ANONYMITY_WORDS:
        return SourceKind.UNNAMED
    if noun in OUTLET_NOUNS:
        return SourceKind.OUTLET
    if noun in DOCUMENT_NOUNS:
        return SourceKind.DOCUMENT
    if noun in ORGANISATION_NOUNS:
        return SourceKind.ORGANISATION
    if noun in ANONYMOUS_SOURCE_NOUNS:
        return SourceKind.UNNAMED
    if noun in _COLLECTIVE_NOUNS or head.tag_ in ("NNS", "NNPS"):
        return SourceKind.GROUP
    if _names_a_person(head):
        return SourceKind.UNNAMED
    return None


def _plural_noun(token: Token) -> bool:
    """A plural noun for people, even capitalised at a sentence start: Fishermen, Democrats."""
    return is_people_plural(token.text) or token.lower_ in PARTY_MEMBERS


def _names_a_person(noun: Token) -> bool:
    return is_people_word(noun.lemma_.lower())


def _phrase_gender(mention: Span) -> tuple[Gender, GenderSource | None]:
    """An unnamed person's gender from their own noun ("a spokeswoman") or pronoun ("she")."""
    head = mention.root
    pronoun = _PRONOUN_GENDER.get(head.lower_)
    if len(mention) == 1 and pronoun is not None:
        return pronoun, GenderSource.PRONOUN
    found = _gender_of_words({head.lemma_.lower(), head.lower_}, MALE_ROLE_NOUNS, FEMALE_ROLE_NOUNS)
    return (found, GenderSource.ROLE_NOUN) if found is not None else (Gender.UNKNOWN, None)


def _gender_of_words(words: set[str], male: frozenset[str], female: frozenset[str]) -> Gender | None:
    """The gender the words agree on, or None when they say none or both."""
    is_male, is_female = bool(words & male), bool(words & female)
    if is_male == is_female:
        return None
    return Gender.MALE if is_male else Gender.FEMALE
