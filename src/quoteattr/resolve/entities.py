"""Stage 4: group a document's mentions of one person or organisation, and name each group.

“Russian Foreign Minister Sergei Lavrov”, “Lavrov” and “Lavrov’s” are one entity, named by its
longest proper name without titles: “Sergei Lavrov”. Names come from the parse: every chain of
proper nouns, and every speaker mention the rules found.

What a name stands for (a person, an organisation, a place) comes from the words in and around it,
not from a named-entity model: a title (Mr, Senator), a given name, an organisation word
(Holdings, Gazette), the list of places, and later the pronouns that refer to it. The small
model's entity labels were wrong too often (a surname alone tagged as an organisation), and
leaving the entity recogniser out halves the parsing time.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs
from spacy.tokens import Doc, Span, Token

from quoteattr.attribute.headlines import title_case_headline
from quoteattr.attribute.syntax import dateline_dash, line_start, misread_name, modal_read_for_name, noun_phrase
from quoteattr.lexicon.deps import NOT_NAME_DEPS
from quoteattr.lexicon.names import full_name_gender, is_party_label
from quoteattr.lexicon.people import (
    GENERATIONAL_SUFFIXES,
    HONORIFICS,
    TITLE_ABBREVIATIONS,
    is_people_word,
)
from quoteattr.resolve.name_kinds import (
    ORGANISATION,
    PERSON,
    PLACE,
    POSSESSIVE,
    WIFE_AND_DAUGHTER,
    is_date,
    is_heading,
    is_located,
    is_title,
    modifies_noun,
    name_gender,
    name_kind,
    plain_word,
    title_gender,
    titled,
    word_of,
)
from quoteattr.resolve.proper_names import proper_name
from quoteattr.types import Document, EntityKind, Gender, GenderSource


@attrs.define
class Entity:
    """One person or organisation: its canonical name and where the document mentions it.

    The :class:`EntityTable` fills an entity in while it builds; nothing changes it afterwards (what
    resolution learns, the resolver keeps apart, see resolver.py). ``key`` is its place in the
    table, or -1 for an entity made up on the way (a group, an unnamed speaker).
    """

    name: str
    words: tuple[str, ...]
    kind: EntityKind
    #: The kind was only the default (a person): nothing in or around the name told it.
    guessed: bool = False
    gender: Gender | None = None
    gender_source: GenderSource | None = None
    positions: list[int] = attrs.Factory(list)
    roles: set[str] = attrs.Factory(set)
    key: int = -1
    #: The title of address it was first named with ("Mrs."), which tells namesakes apart.
    title: str | None = None

    def matches(self, words: tuple[str, ...]) -> bool:
        """Whether a name with these words refers to this entity: the same name, its surname, or
        (for organisations) its first words."""
        n = len(words)
        if n > len(self.words):
            return False
        if self.words[-n:] == words or (self.kind == ORGANISATION and self.words[:n] == words):
            return True
        # "Vance" is "Robert Vance Jr.", though "Robert Vance" is not
        core = self.words[:-1] if len(self.words) > 2 and self.words[-1] in GENERATIONAL_SUFFIXES else ()
        return 0 < n < len(core) and core[-n:] == words and words[-1] not in GENERATIONAL_SUFFIXES

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
    def build(cls, document: Document, mentions: Iterable[Span] = ()) -> EntityTable:
        """Entities from every proper-noun chain in the readable part of the Doc plus extra
        mentions (the speakers the rules found). Longer names are placed first, so "Blake" joins
        "Owen Blake" even when it comes first."""
        readable = document.readable
        words = _common_words(document.doc)
        names = [
            t
            for t in document.doc
            if readable[t.i] and _heads_a_name(t) and not _opening_word(t, document) and not _lone(t, words)
        ]
        found = [noun_phrase(t) for t in names] + list(mentions)
        named = [
            (m, n)
            for m in found
            if (n := proper_name(m)) is not None and not is_date(n) and not is_party_label(n.text) and not is_heading(n)
        ]
        headline = title_case_headline(document.doc, share=1.0)  # every longer word: not “Helen Moss and …”
        named = _headline_names_as_in_body(named, headline)
        named.sort(key=lambda pair: (-len(pair[1]), pair[0].start))
        table = cls()
        for mention, name in named:
            table._place(mention, name)
        for entity in table.entities:
            entity.positions.sort()
        table._place_names_tagged_as_nouns(document)
        doc = document.doc
        body = headline.end if headline is not None else 0  # a headline's capitals tag every word a name
        for entity in table.entities:
            positions = [i for i in entity.positions if i >= body] or entity.positions
            placed = sum(is_located(doc[i]) or modifies_noun(doc[i]) or _in_dateline(doc[i]) for i in positions)
            if entity.guessed and placed * 2 >= len(positions):
                entity.kind = PLACE  # mostly "in Anaheim", "at Bayfield", "Bayfield bowls": no one
            if entity.kind == PERSON:
                entity.roles.update(_appositive_roles(document, entity))
        return table

    def _place_names_tagged_as_nouns(self, document: Document) -> None:
        """A known name the tagger took for a common noun where it opens a sentence ("Trump has
        not yet responded …"), or for a modal ("When May appeared"), is a mention of that name all
        the same."""
        for token in document.doc:
            misread = _name_as_noun(token) or modal_read_for_name(token)
            if not document.readable[token.i] or token.i in self.mention_at or not misread:
                continue
            words = (plain_word(token),)
            matching = [e for e in self._by_last_word.get(words[0], []) if e.matches(words) and e.kind == PERSON]
            if matching:
                entity = max(matching, key=lambda e: (e.last_before(token.i) or -1, len(e.words)))
                bisect.insort(entity.positions, token.i)
                self.mention_at[token.i] = entity

    def person_words(self, quoted: bytes) -> frozenset[str]:
        """The lower-cased words of the name of every person the narration names (not only the
        lines of dialogue, where “Hullo” and “Poof” look like names): what a line can call them."""
        narrated = [e for e in self.entities if e.kind == PERSON and any(not quoted[i] for i in e.positions)]
        return frozenset(w.lower() for e in narrated for w in e.words)

    def lookup(self, mention: Span) -> Entity | None:
        """The entity a name mention refers to; among several, the one mentioned last before it."""
        name = proper_name(mention)
        if name is None:
            return None
        words = tuple(plain_word(t) for t in name)
        candidates = self._matching(words, [t for t in mention if t.i < name.start and is_title(t)])
        if not candidates:
            return None
        return max(candidates, key=lambda e: (e.last_before(name.end) or -1, len(e.words)))

    def full_name(self, given: str) -> str:
        """The full name of the one person named with this given name, else the given name."""
        people = self._given_name_of((given.lower(),))
        return people[0].name if people else given

    def _given_name_of(self, words: tuple[str, ...]) -> list[Entity]:
        """The one person whose full name starts with this lone given name: "Hillary" is Hillary
        Clinton when no other Hillary is named; with two, the name stays ambiguous and apart."""
        if len(words) != 1:
            return []
        people = [e for e in self._by_first_word.get(words[0], []) if e.kind == PERSON and len(e.words) > 1]
        return people if len(people) == 1 else []

    def _matching(self, words: tuple[str, ...], titles: list[Token]) -> list[Entity]:
        """The entities a name with these words and titles may refer to: "Mrs. Pell" is not the
        Pell who is a Mr., "Mr. Trump" not Melania Trump."""
        found = [e for e in self._candidates(words) if e.matches(words)] or self._given_name_of(words)
        said = title_gender(titles)
        if said is None and len(words) > 1 and "-" not in words:  # Robert Martin is not Mrs. Martin
            said = full_name_gender(list(words))
            if said is None:  # nor is Hollis Carver, though his name tells no gender
                found = [e for e in found if len(e.words) > 1 or e.gender_source is not GenderSource.TITLE]
        if said is not None:
            found = [e for e in found if e.gender in (None, said)]
        honorific = next((plain_word(t) for t in titles if plain_word(t) in HONORIFICS), None)
        if honorific in WIFE_AND_DAUGHTER:  # Mrs. Pell is not Miss Pell, her daughter
            found = [e for e in found if e.title is None or word_of(e.title) in (honorific, "ms")]
            if len(words) == 1:  # nor Hollis Pell, whose given name tells no gender, nor the
                # Pell named so far by his surname alone, as a novel names a man
                found = [e for e in found if (len(e.words) == 1 and e.title is not None) or e.gender is not None]
        return found

    def _tell_apart(self, entity: Entity, titles: list[Token]) -> None:
        """Name two people with the same name by their titles: Mr. Pell and Mrs. Pell."""
        namesakes = [e for e in self._by_last_word.get(entity.words[-1], []) if e.words == entity.words]
        if not namesakes or not titles:
            return
        for person in namesakes:  # each by their own title: Jane Fairfax is no "Mr." for his sake
            person.name = titled(person.name, person.title)
        entity.name = titled(entity.name, entity.title or next((t.text for t in titles), None))

    def namesakes(self, person: Entity) -> list[Entity]:
        """The other people with the same surname: "Ebeling" may be Betsy or Tom Ebeling."""
        found = self._by_last_word.get(person.words[-1], [])
        return [e for e in found if e is not person and e.kind == PERSON and e.words[-1] == person.words[-1]]

    def _candidates(self, words: tuple[str, ...]) -> list[Entity]:
        return self._by_last_word.get(words[-1], []) + self._by_first_word.get(words[0], [])

    def _place(self, mention: Span, name: Span) -> None:
        words = tuple(plain_word(t) for t in name)
        titles = [t for t in mention if t.i < name.start and is_title(t)]
        matching = self._matching(words, titles)
        if len(matching) > 1:  # "Clinton" with two Clintons: the one named last before it
            matching.sort(key=lambda e: e.last_before(name.end - 1) or -1, reverse=True)
        if matching:
            entity = matching[0]
        else:
            kind, guessed = name_kind(name, titles)
            entity = Entity(
                POSSESSIVE.sub("", " ".join(name.text.split())), words, kind, guessed, key=len(self.entities)
            )
            self._tell_apart(entity, titles)
            self.entities.append(entity)
            self._by_last_word.setdefault(words[-1], []).append(entity)
            if len(words) > 2 and words[-1] in GENERATIONAL_SUFFIXES:
                self._by_last_word.setdefault(words[-2], []).append(entity)
            self._by_first_word.setdefault(words[0], []).append(entity)
        if name.end - 1 not in self.mention_at:
            entity.positions.append(name.end - 1)
            self.mention_at[name.end - 1] = entity
        entity.roles.update(TITLE_ABBREVIATIONS.get(plain_word(t), plain_word(t)) for t in titles)
        # a role noun before the name is one "the columnist" can mean: "columnist Ai Jun"
        roles = [t.lemma_.lower() for t in mention if t.i < name.start and _role_noun(t)]
        entity.roles.update(roles)
        if entity.gender is None:
            entity.gender, entity.gender_source = name_gender(titles, name, roles)
        if entity.title is None:
            entity.title = next((t.text for t in titles if plain_word(t) in HONORIFICS), None)


def _headline_names_as_in_body(named: list[tuple[Span, Span]], headline: Span | None) -> list[tuple[Span, Span]]:
    """A headline in title case runs its words together into one long name ("Hillary Clinton
    Reassures House"): there a name counts only for the longest part of it that the article's body
    also names ("Hillary Clinton"), and a name the body never uses ("Final Preparations") is none."""
    if headline is None or not any(name.start >= headline.end for _, name in named):
        return named
    in_body: set[tuple[str, ...]] = set()
    for _, name in named:
        if name.start >= headline.end:
            words = tuple(plain_word(t) for t in name)
            in_body.update(words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    kept = []
    for mention, name in named:
        part = name if name.start >= headline.end else _longest_part_in(name, in_body)
        if part is not None:
            kept.append((mention if part == name else part, part))
    return kept


def _longest_part_in(name: Span, known: set[tuple[str, ...]]) -> Span | None:
    words = [plain_word(t) for t in name]
    for length in range(len(words), 0, -1):
        for start in range(len(words) - length + 1):
            if tuple(words[start : start + length]) in known:
                return name[start : start + length]
    return None


def _in_dateline(token: Token) -> bool:
    """A name in the dateline opening its line (“LA CROSSE, Wis. — …”): a place."""
    return (start := line_start(token)) is not None and (dash := dateline_dash(start)) is not None and token.i < dash


def _appositive_roles(document: Document, person: Entity) -> set[str]:
    """Role nouns set beside a person's name outside quotes, which "the surgeon" can later mean:
    "Mr. Lorne, a surgeon in the village", "the chairman, Tom Hale,"."""
    doc = document.doc
    roles: set[str] = set()
    for position in person.positions:
        token = doc[position]
        if document.quoted[position]:
            continue
        nouns = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            nouns.append(token.head)
        roles.update(n.lemma_.lower() for n in nouns if n.pos_ == "NOUN" and is_people_word(n.lemma_.lower()))
    return roles


def _opening_word(token: Token, document: Document) -> bool:
    """A capitalised word opening a sentence of narration in a role no name has there: "Smoothly
    the voice proceeded" (the tagger's proper noun is an adverb)."""
    return (
        token.dep_ in NOT_NAME_DEPS
        and not document.quoted[token.i]
        and all(t.is_space or t.is_punct for t in token.doc[token.sent.start : token.i])
        and not any(c.dep_ == "compound" for c in token.children)
    )


def _common_words(doc: Doc) -> frozenset[str]:
    """Capitalised words that are common words: written in lower case somewhere in the document,
    and capitalised only where a sentence or a quote opens ("Grief came over him in waves")."""
    lower = {t.text for t in doc if t.text.islower()}
    mid_sentence = {
        t.text
        for t in doc
        if t.text[:1].isupper() and t.i > t.sent.start and not (doc[t.i - 1].is_punct or doc[t.i - 1].is_space)
    }
    return frozenset(t.text for t in doc if t.text[:1].isupper() and t.text.lower() in lower) - mid_sentence


def _lone(token: Token, common_words: frozenset[str]) -> bool:
    """A common word standing alone where the tagger saw a name."""
    return token.text in common_words and not any(c.dep_ == "compound" for c in token.children)


def _name_as_noun(token: Token) -> bool:
    """A name opening a sentence that the tagger took for a noun, or for a verb when it is the
    subject ("Trump himself was pleased")."""
    return (
        (token.pos_ == "NOUN" or misread_name(token))
        and token.text.istitle()
        and token.i == token.sent.start
        and token.dep_ not in ("compound", "amod")
    )


def _role_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.text.islower() and is_people_word(token.lemma_.lower())


def _heads_a_name(token: Token) -> bool:
    """The last word of a chain of proper nouns: "Blake" in "Owen Blake", "Airlines" in
    "Northwind Airlines"."""
    if token.pos_ != "PROPN" or is_title(token):
        return False
    return not (token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i)
