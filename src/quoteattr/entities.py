"""Stage 4: group a document's mentions of one person or organisation, and name each group.

“Russian Foreign Minister Sergei Lavrov”, “Lavrov” and “Lavrov’s” are one entity, named by its
longest proper name without titles: “Sergei Lavrov”. Names come from spaCy's named entities and
from the speaker mentions the rules found. Matching is by words, not by entity label, because the
small model often labels a surname alone as an organisation.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs
from spacy.tokens import Doc, Span, Token

from quoteattr.lexicon import (
    FEMALE,
    FEMALE_TITLES,
    MALE,
    MALE_TITLES,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    ORGANISATION_NAME_WORDS,
    ORGANISATION_NOUNS,
    PRONOUNS,
    SPEAKING_ENTITY_LABELS,
    TITLE_WORDS,
)
from quoteattr.names import first_name_gender
from quoteattr.syntax import noun_phrase

_NAME_ROLES = frozenset({"nsubj", "nsubjpass", "poss"})
PERSON, ORGANISATION, PLACE, GROUP = "person", "organisation", "place", "group"
#: What each spaCy label makes an entity. Names the rules found without a label are taken for
#: people, since most speakers are.
KIND_OF_LABEL = {"PERSON": PERSON, "ORG": ORGANISATION, "GPE": PLACE, "NORP": GROUP, "": PERSON}


def _word(token: Token) -> str:
    return token.lower_.rstrip(".")


def is_title(token: Token) -> bool:
    return _word(token) in TITLE_WORDS


def proper_name(mention: Span) -> Span | None:
    """The proper name a mention ends with, without titles or roles: “Port Captain Elif Demir” →
    “Elif Demir”. None for a mention that is no name (“the airline”, “she”)."""
    tokens = [t for t in mention if t.tag_ != "POS" and not t.is_punct and not t.is_space]
    if not tokens or not _capitalised(tokens[-1]) or tokens[-1].lower_ in PRONOUNS:
        return None
    end = start = tokens[-1].i
    for token in reversed(tokens[:-1]):
        if token.i != start - 1 or not _name_word(token):
            break
        start = token.i
    # "de Gaulle" keeps its particle and "Ministry of Health" its "of"; neither may open a name.
    while mention.doc[start].lower_ in NAME_PARTICLES or mention.doc[start].lower_ in NAME_CONNECTORS:
        start += 1
    name = mention.doc[start : end + 1]
    if all(is_title(t) for t in name):
        return None  # "Police", "President": a role, not a name
    return name


def _name_word(token: Token) -> bool:
    """A word that can be part of a proper name: capitalised and no title, or a particle (van, de)."""
    if token.lower_ in NAME_PARTICLES or token.lower_ in NAME_CONNECTORS:
        return True
    return _capitalised(token) and not is_title(token) and token.ent_type_ != "NORP"


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.lower_ != "the"


@attrs.define
class Entity:
    """One person or organisation: its canonical name and where the document mentions it."""

    name: str
    words: tuple[str, ...]
    kind: str
    gender: str | None = None
    positions: list[int] = attrs.Factory(list)
    roles: set[str] = attrs.Factory(set)

    def matches(self, words: tuple[str, ...]) -> bool:
        """Whether a name with these words refers to this entity: the same name, its surname, or
        (for organisations) its first words."""
        n = len(words)
        if n > len(self.words):
            return False
        return self.words[-n:] == words or (self.kind == ORGANISATION and self.words[:n] == words)

    def last_before(self, index: int) -> int | None:
        """The token index of this entity's last mention before ``index``."""
        k = bisect.bisect_left(self.positions, index)
        return self.positions[k - 1] if k else None


@attrs.define
class EntityTable:
    """The entities of one document, with lookup by name and by position.

    ``mention_at`` maps the token index of each name's last word (its head in English names) to
    the entity it names.
    """

    entities: list[Entity] = attrs.Factory(list)
    mention_at: dict[int, Entity] = attrs.Factory(dict)
    _by_last_word: dict[str, list[Entity]] = attrs.Factory(dict)
    _by_first_word: dict[str, list[Entity]] = attrs.Factory(dict)

    @classmethod
    def build(cls, doc: Doc, mentions: Iterable[Span] = ()) -> EntityTable:
        """Entities from the Doc's named entities plus extra mentions (speakers the rules found).

        Longer names are placed first so that "Blake" joins "Owen Blake" even when it comes first.
        """
        found = [(_extend(ent), ent.label_) for ent in doc.ents if ent.label_ in SPEAKING_ENTITY_LABELS]
        found += [(m, "") for m in mentions]
        found += [(noun_phrase(t), "") for t in doc if _unlabelled_name(t)]
        named = [(m, proper_name(m), label) for m, label in found]
        named.sort(key=lambda item: (-len(item[1]) if item[1] is not None else 0, item[0].start))
        table = cls()
        for mention, name, label in named:
            if name is not None:
                table._place(mention, name, label)
        for entity in table.entities:
            entity.positions.sort()
        return table

    def lookup(self, mention: Span) -> Entity | None:
        """The entity a name mention refers to; among several, the one mentioned last before it."""
        name = proper_name(mention)
        if name is None:
            return None
        words = tuple(_word(t) for t in name)
        candidates = [e for e in self._candidates(words) if e.matches(words)]
        if not candidates:
            return None
        return max(candidates, key=lambda e: (e.last_before(name.end) or -1, len(e.words)))

    def _candidates(self, words: tuple[str, ...]) -> list[Entity]:
        return self._by_last_word.get(words[-1], []) + self._by_first_word.get(words[0], [])

    def _place(self, mention: Span, name: Span, label: str) -> None:
        words = tuple(_word(t) for t in name)
        matching = [e for e in self._candidates(words) if e.matches(words)]
        if len(matching) > 1:  # "Clinton" with two Clintons: the one named last before it
            matching.sort(key=lambda e: e.last_before(name.end - 1) or -1, reverse=True)
        if matching:
            entity = matching[0]
        else:
            kind = KIND_OF_LABEL.get(label, PERSON)
            if not label and (words[-1] in ORGANISATION_NAME_WORDS or words[-1] in ORGANISATION_NOUNS):
                kind = ORGANISATION  # an unlabelled "Harbor Gazette" is no person
            entity = Entity(" ".join(name.text.split()), words, kind)
            self.entities.append(entity)
            self._by_last_word.setdefault(words[-1], []).append(entity)
            self._by_first_word.setdefault(words[0], []).append(entity)
        if label == "PERSON" and entity.kind != PERSON and len(words) == len(entity.words):
            entity.kind = PERSON
        if name.end - 1 not in self.mention_at:
            entity.positions.append(name.end - 1)
            self.mention_at[name.end - 1] = entity
        titles = [t for t in mention if t.i < name.start and is_title(t)]
        entity.roles.update(_word(t) for t in titles)
        entity.gender = entity.gender or _gender(titles, name)


def _unlabelled_name(token: Token) -> bool:
    """A proper noun the model did not tag as an entity but that acts like one ("Okonjo’s novel")."""
    return token.pos_ == "PROPN" and token.ent_iob_ == "O" and token.dep_ in _NAME_ROLES and not is_title(token)


def _extend(entity: Span) -> Span:
    """A named entity with the titles and roles in front of it (NER often leaves them out)."""
    phrase = noun_phrase(entity[-1])
    return phrase if phrase.start <= entity.start and phrase.end >= entity.end else entity


def _gender(titles: list[Token], name: Span) -> str | None:
    for title in titles:
        if _word(title) in MALE_TITLES:
            return MALE
        if _word(title) in FEMALE_TITLES:
            return FEMALE
    return first_name_gender(name[0].text) if len(name) > 1 else None
