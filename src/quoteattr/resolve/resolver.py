"""Stage 4b: turn a speaker mention into the canonical name a careful reader would give.

* A name resolves through the entity table: “Blake” → Owen Blake.
* A pronoun resolves to the most salient compatible entity: within a sentence, subjects come
  before other mentions; sentences are searched from the pronoun backwards. He and she need a
  person of that gender or of unknown gender; they and it need an organisation or a group.
* “The company”, “the airline” resolve to the organisation last named; “the senator” to the
  person last named with that role. A nominal speaker with no such antecedent (“a spokesperson
  for the ministry”, “the report”) keeps its noun phrase as its name (parties.py: who it cannot be).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence

import attrs
from spacy.tokens import Doc, Span, Token

from quoteattr.attribute.syntax import has_verb, noun_phrase
from quoteattr.lexicon.pronouns import FIRST_PERSON, NARRATOR, NARRATOR_PRONOUNS, PRONOUNS, SUBJECT_FORMS
from quoteattr.lexicon.words import INTERVIEW_LABELS
from quoteattr.resolve.characters import (
    Scene,
    character_gender,
    described_as_known,
    described_character,
    described_subject,
    titled_alone,
)
from quoteattr.resolve.entities import Entity, EntityTable
from quoteattr.resolve.fits import compatible, group
from quoteattr.resolve.genders import given_name_genders, narrated_genders
from quoteattr.resolve.mentions import Resolved, nominal_name, partner_names, shared_surname
from quoteattr.resolve.name_kinds import GROUP, PERSON, PLACE
from quoteattr.resolve.nominals import nominal_antecedent
from quoteattr.resolve.parties import answers_a_line, may_be_person, people_called, turn_taken
from quoteattr.resolve.salience import is_byline, is_subject, salience
from quoteattr.resolve.speaking_it import SpokenSoFar, speaking_it
from quoteattr.resolve.unnamed import unnamed_antecedent
from quoteattr.types import Document, EntityKind, Gender, Resolution

_SENTENCES_BACK = 12  # how far back a pronoun looks for its antecedent
_TOKENS_BACK = 1000  # … and at most this many tokens, however long its sentences and dialogue
# Tokens back to any stand-in's antecedent: a long article's length. The bound keeps a 10 MB input
# linear, and an organisation not named in that span is not what "the company" means.
_STAND_IN_REACH = 6000
_MATE_CLIMB = 3  # head steps from a description to its clause's verb: "by the host" → asked
_DOERS = frozenset({"nsubj", "nsubjpass", "agent"})  # where a description does what its clause says


@attrs.define
class Resolver:
    """Resolves the speaker mentions of one document; remembers what each pronoun resolved to.

    Resolution learns as it goes (a "he" shows a name to be a man's, "the company" shows one to be
    an organisation's): it keeps what it learned in ``_learned``, a revised copy of each entity by
    its key, and leaves the entity table as it was built.
    """

    document: Document
    table: EntityTable
    #: Within a sentence, try subjects before other mentions (else: the nearest mention first).
    #: benchmarks/pronoun_salience.py measures both orders.
    subjects_first: bool = True
    #: The text reads as a novel's dialogue (see dialogue.reads_as_dialogue): its descriptions
    #: ("the young man", "his aunt") are characters on the scene, and a pronoun means a person.
    dialogue: bool = False
    #: Who has spoken lately, in dialogue.
    scene: Scene = attrs.Factory(Scene)
    _pronouns: dict[int, Entity | None] = attrs.Factory(dict)
    positions: list[int] = attrs.Factory(list)
    _learned: dict[int, Entity] = attrs.Factory(dict)
    #: What each description of a person resolved to, by its token (nominals.py).
    descriptions: dict[int, Entity | None] = attrs.Factory(dict)
    #: The speakers resolved so far, for a speaking "it" (speaking_it.py).
    spoken: SpokenSoFar = attrs.Factory(SpokenSoFar)
    #: Each canonical name given so far, with the first mention resolved to it and how.
    resolved: dict[str, Resolved] = attrs.Factory(dict)
    #: In dialogue, where the narration first names a person of each gender (see unnamed.py).
    first_of_gender: dict[Gender, int | None] = attrs.Factory(dict)

    def __attrs_post_init__(self) -> None:
        self.positions = sorted(self.table.mention_at)
        by_key = {e.key: e for e in self.table.entities}
        for key, gender in narrated_genders(self.document, self.table).items():
            self._learned[key] = attrs.evolve(by_key[key], gender=gender)
        for key, gender in (given_name_genders(self.table) if self.dialogue else {}).items():
            if self.current(by_key[key]).gender is None:  # a novel calls people by given names alone
                self._learned[key] = attrs.evolve(self.current(by_key[key]), gender=gender)

    @property
    def doc(self) -> Doc:
        return self.document.doc

    @property
    def quoted(self) -> bytes:
        return self.document.quoted

    @property
    def readable(self) -> bytes:
        return self.document.readable

    def current(self, entity: Entity) -> Entity:
        """``entity`` with what resolution has learned about it so far."""
        return self._learned.get(entity.key, entity)

    def learn(self, entity: Entity, kind: EntityKind | None = None, gender: Gender | None = None) -> Entity:
        """Record that ``entity`` is of this kind (no longer a guess) or gender; the revised entity."""
        revised = self.current(entity)
        if kind is not None:
            revised = attrs.evolve(revised, kind=kind, guessed=False)
        if gender is not None:
            revised = attrs.evolve(revised, gender=gender)
        if entity.key >= 0:
            self._learned[entity.key] = revised
        return revised

    def entity_at(self, position: int) -> Entity | None:
        """The entity named at token ``position``, as resolution knows it now, or None."""
        entity = self.table.mention_at.get(position)
        return None if entity is None else self.current(entity)

    def resolve(
        self, mention: Span, speaking: bool = True, called: Sequence[str] = (), answered: Sequence[str] = ()
    ) -> tuple[str, Resolution]:
        """The canonical name for ``mention`` and how it was found; ``speaking`` when it names
        whoever said a quote (not the one it was said to); ``called``, the names the quote calls
        its listeners by, whom a pronoun cannot mean (“…, Nora,” she said); ``answered``, the
        names the line before called its listeners by, one of whom a pronoun answering it means
        (“…, Mr. Fenwick.” ¶ “…,” he said)."""
        name, resolution, entity = self._resolve(mention, speaking, called, answered)
        self.resolved.setdefault(name, Resolved(mention, resolution, entity))
        if speaking:
            self.spoken.spoke(mention, name)
        if speaking and self.dialogue and entity is not None and entity.kind == PERSON:
            self.scene.spoke(mention, self.document.paragraph_of(mention.root), entity)
        return name, resolution

    def _resolve(
        self, mention: Span, speaking: bool = False, called: Sequence[str] = (), answered: Sequence[str] = ()
    ) -> tuple[str, Resolution, Entity | None]:
        head = mention.root
        if (
            len(mention) == 1
            and head.lower_ in INTERVIEW_LABELS
            and head.i + 1 < len(self.doc)
            and head.nbor(1).text == ":"
        ):
            return INTERVIEW_LABELS[head.lower_], Resolution.NOUN_PHRASE, None  # Q: “…” A: “…”
        if len(mention) == 1 and head.lower_ in PRONOUNS:
            turn = turn_taken(self, head) if speaking else None
            others = people_called(self, called) + ([turn] if turn is not None else [])
            entity = speaking_it(self, head) if speaking else None
            entity = entity or self._answering_pronoun(head, answered, others) or self.antecedent(head, others)
            entity = entity or unnamed_antecedent(self, head)
            if entity is not None and speaking and self.dialogue and entity.kind == PLACE:
                entity = None  # a novel's “…,” it said is a creature's, never Oxford's
            if entity is not None:
                return entity.name, Resolution.PRONOUN, entity
            if head.lower_ in NARRATOR_PRONOUNS:
                return NARRATOR, Resolution.NARRATOR, None  # “…,” I said: whoever tells the story
            return SUBJECT_FORMS.get(head.lower_, head.lower_), Resolution.UNRESOLVED, None
        entity = self.table.lookup(mention)
        if entity is not None:
            return entity.name, Resolution.NAME, entity
        if (shared := shared_surname(mention)) is not None:
            return shared, Resolution.NAME, None  # "Mrs. and Miss Pike said": not "Mrs."
        entity = nominal_antecedent(self, mention) or titled_alone(self, mention)
        if entity is None and self.dialogue:  # never the one the line calls by name
            listeners = people_called(self, called)
            if described_as_known(mention):  # “…, Mr. Brown.” ¶ “…,” said the gentleman
                entity = self._answerer(head, answered, listeners, character_gender(head.lemma_.lower()))
            entity = entity or described_character(self, mention, listeners)
        if entity is not None:
            return entity.name, Resolution.NOMINAL_ANTECEDENT, entity
        return nominal_name(mention), Resolution.NOUN_PHRASE, None

    # --- pronouns ------------------------------------------------------------------------------

    def _answering_pronoun(self, pronoun: Token, answered: Sequence[str], others: Sequence[Entity]) -> Entity | None:
        want = PRONOUNS.get(pronoun.lower_)
        if want is None or pronoun.i in self._pronouns:
            return None
        answerer = self._answerer(pronoun, answered, others, want.gender)
        if answerer is not None:
            self._pronouns[pronoun.i] = answerer  # what a later "he" reads it as
        return answerer

    def _answerer(
        self, speaker: Token, answered: Sequence[str], others: Sequence[Entity], gender: Gender | None
    ) -> Entity | None:
        """In a novel, the one person of ``gender`` whom the line before called by name, and who
        now answers it (“…, Mr. Fenwick.” ¶ “…,” he said / said the gentleman / returned the clerk); never one of
        ``others``, who cannot be the speaker."""
        pronoun = speaker.pos_ == "PRON"
        if not answered or (pronoun and gender is None) or not answers_a_line(self, speaker):
            return None

        def fits(entity: Entity) -> bool:  # "the clerk" may be anyone; "the man" only a man
            return entity.gender is gender or (not pronoun and gender is None)

        found = {e.key: e for e in people_called(self, answered) if fits(e) and e not in others}
        return next(iter(found.values())) if len(found) == 1 else None

    def antecedent(self, pronoun: Token, others: Sequence[Entity] = ()) -> Entity | None:
        """The entity a third-person pronoun refers to, or None; never one of ``others``."""
        if pronoun.i in self._pronouns:
            return self._pronouns[pronoun.i]
        self._pronouns[pronoun.i] = None  # guards against cycles while searching
        want = PRONOUNS.get(pronoun.lower_)
        found = None
        if want is not None and want is not FIRST_PERSON:
            listeners = self.listeners(pronoun) + list(others)
            for sentence in self.candidates_by_sentence(pronoun):
                fits = [
                    e
                    for e in map(self.current, sentence)
                    if compatible(e, want) and e not in listeners and (want.gender is None or may_be_person(self, e))
                ]
                if fits:
                    # a novel's "she" is one known to be a woman before one who may be; the news
                    # names people by a surname of no known gender, and there salience decides
                    exact = [e for e in fits if e.gender is not None and e.gender is want.gender]
                    found = exact[0] if exact and self.dialogue else fits[0]
                    break
            if found is not None and want.gender is not None and found.gender is None:
                found = self.learn(found, gender=want.gender)  # a later pronoun can rely on this
        self._pronouns[pronoun.i] = found
        return found

    def listeners(self, pronoun: Token) -> list[Entity]:
        """Whom the pronoun's own clause names after it, who cannot be the pronoun: in “he told
        Hannity”, "he" is not Hannity; in “She took Ida's hand”, "she" is not Ida."""
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.i == pronoun.i:
            return []
        found = [self.entity_at(t.i) for t in _own_clause(verb, pronoun) if not self.quoted[t.i]]
        return [self.current(e) for e in found if e is not None]

    def clause_mates(self, head: Token) -> list[Entity]:
        """Whom the clause of a description names besides it, who cannot be the one it describes:
        in "Hale was asked by the host", the host is not Hale."""
        branch = head
        for _ in range(_MATE_CLIMB):
            if branch.head.pos_ in ("VERB", "AUX") or branch.head.i == branch.i:
                break
            branch = branch.head
        verb = branch.head
        if verb.i == branch.i or verb.pos_ not in ("VERB", "AUX") or branch.dep_ not in _DOERS:
            return []  # not "Clinton spoke as the nominee", where the description is Clinton
        found = [self.entity_at(t.i) for t in _own_clause(verb, branch) if not self.quoted[t.i]]
        return [self.current(e) for e in found if e is not None]

    def candidates(self, pronoun: Token) -> Iterator[Entity]:
        """Entities in salience order: this sentence before the pronoun, then earlier sentences;
        in each, subjects first, then other mentions in reading order."""
        for sentence in self.candidates_by_sentence(pronoun):
            yield from sentence

    def candidates_by_sentence(self, pronoun: Token) -> Iterator[list[Entity]]:
        """The candidates of :meth:`candidates`, a list for each sentence."""
        sentence = pronoun.sent
        looked_at = 0
        horizon = max(0, pronoun.i - _TOKENS_BACK)
        while looked_at < _SENTENCES_BACK and sentence.end > horizon:
            if not self.readable[sentence.start]:  # unread text is skipped, and not counted
                if sentence.start == 0:
                    return
                sentence = self.doc[sentence.start - 1].sent
                continue
            if self._all_quoted(sentence):  # a line of dialogue names no one for "he"
                if sentence.start == 0:
                    return
                sentence = self.doc[sentence.start - 1].sent
                continue
            looked_at += 1
            while sentence.start > 0 and not has_verb(sentence) and not is_byline(sentence):
                # a verbless fragment ("Owen Pike, after the match.") belongs to the sentence before
                before = self.doc[sentence.start - 1]
                if not self.readable[before.i] or before.i < horizon:
                    break
                sentence = self.doc[before.sent.start : sentence.end]
            if is_byline(sentence):
                sentence = self.doc[sentence.start : sentence.start]  # the writer is no antecedent
            end = pronoun.i if sentence.start <= pronoun.i < sentence.end else sentence.end
            mentions = list(self._mentions(max(sentence.start, horizon), end))
            if self.subjects_first:
                mentions.sort(key=lambda item: (salience(item[0]), item[0].i))
            else:
                mentions.reverse()
            yield [entity for _, entity in mentions]
            if sentence.start == 0:
                return
            sentence = self.doc[sentence.start - 1].sent

    def _all_quoted(self, sentence: Span) -> bool:
        return all(self.quoted[t.i] or t.is_punct or t.is_space for t in sentence)

    def _mentions(self, start: int, end: int) -> Iterator[tuple[Token, Entity]]:
        """Entity mentions, resolved pronouns and group nouns between two tokens, outside quotes."""
        for i in range(start, end):
            if self.quoted[i] or not self.readable[i]:
                continue
            token = self.doc[i]
            entity = self.entity_at(i)
            if entity is None and token.lower_ in PRONOUNS and token.pos_ == "PRON":
                entity = self.antecedent(token)
            if entity is None and token.tag_ in ("NNS", "NNPS") and is_subject(token):
                entity = group(token)  # "Residents were angry. … they said"
            if entity is None and token.pos_ == "NOUN" and is_subject(token):
                named = noun_phrase(token).root  # "The conference president, Soipan Tuya, …"
                if not self.quoted[named.i]:  # but not “The Salt Road” in “Her novel, “The Salt Road”, …”
                    entity = self.entity_at(named.i)
                if self.dialogue:  # "The Queen turned. … she said", "His aunt rose. … she said"
                    entity = entity or described_subject(self, token)
                entity = entity or nominal_antecedent(self, self.doc[i : i + 1])
            if entity is None and self.dialogue and token.pos_ == "PROPN" and is_subject(token):
                entity = described_subject(self, token)
            person = entity is not None and entity.kind == PERSON and is_subject(token)
            if entity is not None and person and (partners := partner_names(token, self.entity_at)):
                # "Alex Morgan and Sam Lee arrived. … they said": both of them
                names = [entity.name, *partners]
                yield token, Entity(" and ".join(names), tuple(names), GROUP)
            if entity is not None:
                yield token, entity
                if entity.kind == PERSON and entity.key >= 0 and not self.dialogue and self._bare_surname(token):
                    # in the news "Ebeling" alone may be either Ebeling, and a "she" takes the one who
                    # is a woman; a novel's families share surnames, and "Weston" is Mr. Weston
                    yield from ((token, self.current(e)) for e in self.table.namesakes(entity))

    def _bare_surname(self, token: Token) -> bool:
        return token.i == 0 or not (self.doc[token.i - 1].pos_ == "PROPN" and self.doc[token.i - 1].head.i == token.i)

    def last_entity(
        self,
        before: int,
        accept: Callable[[Entity], bool],
        named: str | None = None,
        or_nearest: bool = False,
        within: int = _STAND_IN_REACH,
    ) -> Entity | None:
        """The entity mentioned last before token ``before`` that ``accept`` accepts and, when
        ``named`` is given, whose name holds that word (Northwind Airlines for "the airline"); with
        ``or_nearest``, the nearest accepted entity when none is so named."""
        nearest = None
        for k in range(bisect.bisect_left(self.positions, before) - 1, -1, -1):
            if before - self.positions[k] > within:
                break
            if self.quoted[self.positions[k]]:
                continue  # a name inside a quote is the speaker's word, not the narrator's
            entity = self.current(self.table.mention_at[self.positions[k]])
            if not accept(entity):
                continue
            if named is None or any(word.startswith(named) for word in entity.words):
                return entity
            nearest = nearest or entity
        return nearest if or_nearest else None


_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "parataxis", "cc", "punct"})


def _own_clause(verb: Token, subject: Token) -> Iterator[Token]:
    """The words of ``verb``'s own clause other than ``subject``'s: its objects and what they
    hold, not the clauses hung on it."""
    stack = [c for c in verb.children if c.i != subject.i and c.dep_ not in _CLAUSES]
    while stack:
        token = stack.pop()
        yield token
        stack.extend(c for c in token.children if c.dep_ not in _CLAUSES)
