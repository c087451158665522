"""Stage 4b': the character a description in dialogue means.

A novel names a speaker once and then describes them: “Is it far?” asked the young man. … “Not
far,” said his aunt. In a text that reads as dialogue the description is someone on the scene: the
person a pronoun of the description's gender would mean there (“the young man” as “he”), never
the one it is related to (“his aunt” is not he) nor the one the line is said to. A description
introduced as someone new just before (“A young man came in.”) stays a description. A
description or a title that is the subject of narration (“The old lady rose.”, “The Queen turned.”)
is someone a later *she* can mean.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
from spacy.tokens import Span, Token

from quoteattr.attribute.syntax import noun_phrase
from quoteattr.lexicon.fiction import (
    CHARACTER_NOUNS,
    FAMILY_TITLES,
    KIN_TITLES,
    MARRIED_TITLES,
    OLD_WORDS,
    TITLED_BY_MARRIAGE,
)
from quoteattr.lexicon.people import FEMALE_TITLES, MALE_TITLES, TITLE_ABBREVIATIONS
from quoteattr.lexicon.pronouns import PRONOUNS
from quoteattr.lexicon.words import DEFINITE_WORDS, DEMONSTRATIVE_WORDS
from quoteattr.resolve.entities import Entity
from quoteattr.resolve.mentions import nominal_name
from quoteattr.resolve.name_kinds import PERSON, is_title, plain_word
from quoteattr.resolve.nominals import introduced_as
from quoteattr.resolve.parties import turn_taken
from quoteattr.types import Gender

if TYPE_CHECKING:
    from quoteattr.resolve.resolver import Resolver

#: Tokens back that a description looks for the speakers on the scene.
SCENE_REACH = 600
_PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd"})  # "he was a kind man": said of someone, brings no one in


@attrs.define
class Scene:
    """Who has spoken lately in a novel's dialogue, and whom each description meant."""

    #: (token position of the speaker's mention, its paragraph, the speaker), in reading order.
    speakers: list[tuple[int, int, Entity]] = attrs.Factory(list)
    #: A description's words → where it was last resolved, and to whom.
    described: dict[str, tuple[int, Entity]] = attrs.Factory(dict)
    #: The description at each token position → whom it was resolved to, so that a second
    #: reading of the same mention gives the same answer.
    resolved_at: dict[int, Entity | None] = attrs.Factory(dict)
    #: Entity key → whether the name acts somewhere (parties.may_be_person).
    acting: dict[int, bool] = attrs.Factory(dict)

    def spoke(self, mention: Span, paragraph: int, entity: Entity) -> None:
        self.speakers.append((mention.root.i, paragraph, entity))
        if mention.root.pos_ == "NOUN":
            self.described[_words(mention)] = (mention.root.i, entity)

    def recent(self, before: int) -> list[Entity]:
        """The speakers of the lines before token ``before``, the last first."""
        found: list[Entity] = []
        for position, _, entity in reversed(self.speakers):
            if before - position > SCENE_REACH:
                break
            if position < before and entity not in found:
                found.append(entity)
        return found

    def turn_taken(self, before: int, paragraph: int) -> Entity | None:
        """Who spoke the paragraph before the one of token ``before``: a new paragraph is a new
        speaker, so they are not the one described."""
        last = next(((p, e) for position, p, e in reversed(self.speakers) if position < before), None)
        return last[1] if last is not None and last[0] == paragraph - 1 else None

    def meant_by(self, mention: Span) -> list[Entity]:
        """Whom the same description meant when it was last used nearby."""
        found = self.described.get(_words(mention))
        if found is not None and 0 < mention.root.i - found[0] <= SCENE_REACH * 4:
            return [found[1]]
        return []


def _words(mention: Span) -> str:
    return " ".join(t.lower_ for t in mention if not t.is_punct)


def described_character(resolver: Resolver, mention: Span, called: Sequence[Entity] = ()) -> Entity | None:
    """The named person a description means on the scene, or None; never one of ``called``, whom
    the line calls by name (“…, Nora,” said the girl)."""
    head = mention.root
    if head.i not in resolver.scene.resolved_at:
        resolver.scene.resolved_at[head.i] = _described(resolver, mention, called)
    return resolver.scene.resolved_at[head.i]


def _described(resolver: Resolver, mention: Span, called: Sequence[Entity] = ()) -> Entity | None:
    head = mention.root
    if head.tag_ != "NN" or not head.text.islower():
        return None
    word = head.lemma_.lower()
    if word not in CHARACTER_NOUNS or any(_sets_apart(c) for c in head.children):
        return None  # "the ferry man" is a role; "the woman who had been a nurse" someone apart
    if not described_as_known(mention):
        return None  # "a young man" is someone new
    owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
    if introduced_as(resolver, head) is not None or _introduced_on_scene(resolver, head):
        return None
    excluded = list(resolver.listeners(head)) + list(called) + _named_beside(resolver, head)
    related = _owner(resolver, owner)
    if related is not None:
        excluded.append(related)
    if (kin := _kin_by_title(resolver, word, excluded) or _family(resolver, head, related)) is not None:
        return kin
    gender = character_gender(word)
    scene = resolver.scene
    previous = turn_taken(resolver, head)
    if previous is not None:
        excluded.append(previous)
    if any(t.lower_ in DEMONSTRATIVE_WORDS for t in head.lefts) and (named := _just_named(resolver, head, excluded)):
        return named  # “… to Mrs. Hale. This lady looked at her”: not the one on the scene
    found = itertools.chain(scene.meant_by(mention), scene.recent(head.i), resolver.candidates(head))
    fitting = (e for e in map(resolver.current, found) if e.kind == PERSON and e not in excluded and _fits(e, gender))
    first = next(fitting, None)
    if first is None or not _described_old(head) or _titled_for_age(first):
        return first
    # “the old lady” is Mrs. Hale rather than Miss Ada, when both are on the scene
    return next((e for e in fitting if _titled_for_age(e)), first)


def _named_beside(resolver: Resolver, head: Token) -> list[Entity]:
    """The people the narration named beside the last use of the same description, who are not
    the one it describes: after “Tom lay in the mud, when the old gentleman was pushed into the
    circle”, “said the gentleman” is not Tom, nor at the next “said the gentleman”. A name set
    beside it by a comma may be its own."""
    noun, doc = head.lemma_.lower(), resolver.doc
    if not _plain_the(head):
        return []  # "his senior", "that gentleman": someone's relation, or one just pointed at
    described = {c.lower_ for c in head.children if c.dep_ == "amod"}
    for i in range(head.i - 1, max(-1, head.i - SCENE_REACH), -1):
        token = doc[i]
        if resolver.quoted[i] or token.tag_ != "NN" or token.lemma_.lower() != noun:
            continue
        if not _plain_the(token) or token.dep_ in _PREDICATE_DEPS:
            return []
        if any(resolver.quoted[t.i] for t in token.sent):
            continue  # an earlier “…,” said the gentleman: look on back to the narration
        if not described <= {c.lower_ for c in token.children if c.dep_ == "amod"}:
            return []  # "the old gentleman" after "the young gentleman": another one
        beside = {c.i for c in token.children if c.dep_ == "appos"} | {token.head.i}
        named = (resolver.entity_at(t.i) for t in token.sent if t.i not in beside and not resolver.quoted[t.i])
        return [resolver.current(e) for e in named if e is not None and e.kind == PERSON]
    return []


def _plain_the(head: Token) -> bool:
    return any(t.lower_ == "the" and t.dep_ == "det" for t in head.lefts) and not any(
        t.dep_ == "poss" for t in head.lefts
    )


def _introduced_on_scene(resolver: Resolver, head: Token) -> bool:
    """Whether the description goes back, through the same words used of no named person, to
    someone the scene brought in as new: “said a little girl” … “said the girl”."""
    noun, doc = head.lemma_.lower(), resolver.doc
    if any(t.lower_ in DEMONSTRATIVE_WORDS for t in head.lefts):
        return False  # "that gentleman" points at one just named
    described = {c.lower_ for c in head.children if c.dep_ == "amod"}
    for i in range(head.i - 1, max(-1, head.i - SCENE_REACH), -1):
        token = doc[i]
        if resolver.quoted[i] or token.tag_ != "NN" or token.lemma_.lower() != noun:
            continue
        if token.dep_ in _PREDICATE_DEPS or token.head.lower_ == "of":
            continue  # "he was rather a hasty gentleman" brings no one in
        if any(t.lower_ in ("a", "an") for t in token.lefts):
            return described <= {c.lower_ for c in token.children if c.dep_ == "amod"}
        if (earlier := resolver.scene.resolved_at.get(i)) is not None and earlier.key >= 0:
            return False  # the same words meant a named person
    return False


def _just_named(resolver: Resolver, head: Token, excluded: Sequence[Entity]) -> Entity | None:
    """The person of a description's gender named last in its own sentence or the one before."""
    doc, gender = resolver.doc, character_gender(head.lemma_.lower())
    start = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else 0
    return resolver.last_entity(
        head.i, lambda e: e.kind == PERSON and e not in excluded and _fits(e, gender), within=head.i - start
    )


def described_as_known(mention: Span) -> bool:
    """A description of someone the reader knows: “the lady”, “his aunt”; not “a young man”."""
    head = mention.root
    return head.tag_ == "NN" and any(t.lower_ in DEFINITE_WORDS or t.dep_ == "poss" for t in head.lefts)


def _fits(entity: Entity, gender: Gender | None) -> bool:
    """A character the text shows to be a man or a woman, or one it describes ("a labouring man"),
    of the description's gender; not a name of unknown kind ("Dogana")."""
    if entity.gender is None:
        return entity.key < 0 and character_gender(entity.words[-1]) in (None, gender)
    return gender in (None, entity.gender)


def _described_old(noun: Token) -> bool:
    """Whether a description says its character is old: the old lady, the elder gentleman. (A young
    one says nothing of a title: Mademoiselle Reisz is old, and Mrs. Pontellier young.)"""
    return any(t.lower_ in OLD_WORDS for t in noun.lefts)


def _titled_for_age(entity: Entity) -> bool:
    """Whether an old character's title of address suits their age: Mrs. for an old lady."""
    return (entity.title or "").lower().rstrip(".") in MARRIED_TITLES


def _kin_by_title(resolver: Resolver, word: str, excluded: Sequence[Entity]) -> Entity | None:
    """The one character the novel calls by this kinship title: “her aunt” is Aunt Juley."""
    if word not in KIN_TITLES:
        return None
    titled = {
        resolver.current(e).key: resolver.current(e)
        for e in resolver.table.entities
        if e.kind == PERSON and word in (w.lower() for w in e.words)
    }
    found = [e for e in titled.values() if e not in excluded]
    return found[0] if len(titled) == 1 and found else None


def _family(resolver: Resolver, head: Token, related: Entity | None) -> Entity | None:
    """The one character given the title this kin would have, of the family name of the one whose
    kin is described: “her mother” is Mrs. Morland when she is Catherine Morland. When the text
    gives that one no family name (“Sarah”), the one so titled, or the Mrs. named last nearby."""
    titles = FAMILY_TITLES.get(head.lemma_.lower())
    if titles is None or related is None:
        return None
    surname = related.words[-1].lower() if len(related.words) > 1 or related.title is not None else None
    kin = {
        resolver.current(e).key: resolver.current(e)
        for e in resolver.table.entities
        if e.kind == PERSON
        and e.key != related.key
        and (surname is None or e.words[-1].lower() == surname)
        and (e.title or "").lower().rstrip(".") in titles
    }
    if len(kin) == 1:
        return next(iter(kin.values()))
    if surname is not None or not kin or head.lemma_.lower() not in TITLED_BY_MARRIAGE:
        return None
    return resolver.last_entity(head.i, lambda e: e.key in kin, within=SCENE_REACH)


def titled_alone(resolver: Resolver, mention: Span) -> Entity | None:
    """The one person the text gives a title that a speaker is called by alone: “…,” said
    Mademoiselle; the Colonel answered; in a novel also “the doctor” for its one Doctor Loss.
    Names of one family name with the same title are one person (James Dale, called Jimmy Dale)."""
    words = [t for t in mention if not t.is_punct and t.lower_ not in DEFINITE_WORDS]
    if len(words) != 1 or not is_title(words[0]):
        return None
    if not words[0].text[:1].isupper() and not (resolver.dialogue and len(words) < len(mention)):
        return None  # a lower-case "doctor" is a title only as a novel's "the doctor"
    title = TITLE_ABBREVIATIONS.get(plain_word(words[0]), plain_word(words[0]))
    titled = [e for e in resolver.table.entities if e.kind == PERSON and title in e.roles]
    if not titled or any(e.words[-1] != titled[0].words[-1] for e in titled):
        return None
    return resolver.current(titled[0])


def _sets_apart(modifier: Token) -> bool:
    """A noun before a character noun makes a role (“the ferry man”), a relative clause after it
    someone apart (“the woman who had been a nurse”)."""
    return (modifier.dep_ == "compound" and modifier.pos_ == "NOUN") or modifier.dep_ == "relcl"


def character_gender(word: str) -> Gender | None:
    """The gender a character noun says: a man, an aunt, a lady; None for a companion."""
    said = CHARACTER_NOUNS.get(word)
    return None if said is None else Gender(said)


def _owner(resolver: Resolver, owner: Token | None) -> Entity | None:
    """Whom "his" or "Ida's" stands for in "his aunt", "Ida's father"."""
    if owner is None:
        return None
    if owner.lower_ in PRONOUNS:
        return resolver.antecedent(owner)
    found = resolver.table.mention_at.get(owner.i)
    return None if found is None else resolver.current(found)


def described_subject(resolver: Resolver, subject: Token) -> Entity | None:
    """The person a description that is the subject of narration stands for, so that a later
    "she said" can mean them: the character a description means (“The old lady rose.”), or someone
    the novel knows only by a title (“The Queen turned.”)."""
    scene = resolver.scene
    if subject.i not in scene.resolved_at:
        scene.resolved_at[subject.i] = None  # guards against cycles while searching
        scene.resolved_at[subject.i] = _described_subject(resolver, subject)
    return scene.resolved_at[subject.i]


def _described_subject(resolver: Resolver, subject: Token) -> Entity | None:
    word = subject.lemma_.lower()
    if subject.tag_ not in ("NN", "NNP") or not any(t.lower_ in DEFINITE_WORDS for t in subject.lefts):
        return None  # "a young man" is someone new; "his aunt" may be anyone's (measured on PDNC)
    mention = noun_phrase(subject)
    if subject.text.istitle() and is_title(subject):  # "the Professor", "the Queen"
        titled = resolver.last_entity(subject.i, lambda e: e.kind == PERSON and word in e.roles)
        return titled or Entity(nominal_name(mention), (word,), PERSON, gender=_gender_of(word))
    return _described(resolver, mention)  # its cycle guard is already set


def _gender_of(word: str) -> Gender | None:
    if word in MALE_TITLES:
        return Gender.MALE
    if word in FEMALE_TITLES:
        return Gender.FEMALE
    return character_gender(word)
