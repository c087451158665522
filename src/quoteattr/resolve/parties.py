"""Stage 4b'': who a speaker's mention in a conversation can and cannot be.

A line is never said by the one it calls by name (“…, Nora,” she said), and a line that opens a new
paragraph is not said by the one who spoke the line just before (“…,” said Helen Moss. ¶ “…,” she
said) — unless that speaker went on acting in the narration after their line. A name that never acts
in a novel (“the Leaning Tower”) is no *he* or *she*. The resolver asks these questions of a
pronoun and of a description (resolver.py, characters.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from quoteattr.attribute.syntax import is_cue
from quoteattr.lexicon.people import TITLE_WORDS
from quoteattr.lexicon.words import LINKING_VERBS, SENTENCE_END_MARKS
from quoteattr.resolve.entities import Entity
from quoteattr.resolve.name_kinds import PERSON, title_gender_of, word_of
from quoteattr.resolve.salience import MAX_CONJUNCTS, acts
from quoteattr.types import GenderSource

if TYPE_CHECKING:
    from quoteattr.resolve.resolver import Resolver

#: Evidence of gender that only a person has: a title or a gendered role noun.
_SURE_GENDER = (GenderSource.TITLE, GenderSource.ROLE_NOUN)

#: Words of "said Helen Moss, smiling" that may follow a paragraph's last line.
MAX_CUE_AFTER_LINE = 8
_CUE_OPENS = 2  # words in which a cue sentence after a line names its verb: “…?” Mary asked, …
_CUE_SENTENCE_REACH = 80  # tokens back from a paragraph's start to its last line


def people_called(resolver: Resolver, names: Sequence[str]) -> list[Entity]:
    """The people a quote calls by these names: “Nora”, “Tom Harrow”, “Mr. Harris”."""
    found = []
    for name in names:
        words = tuple(w for w in (word_of(w) for w in name.split()) if w not in TITLE_WORDS)
        gender = title_gender_of(name.split()[0])  # “Mr. Pell” is not Mrs. Pell
        people = (resolver.current(e) for e in resolver.table.entities if e.kind == PERSON and _called_by(e, words))
        found += [e for e in people if gender is None or e.gender in (None, gender)]
    return found


def _called_by(entity: Entity, words: tuple[str, ...]) -> bool:
    """Whether a name a quote calls someone by is this person's: their surname or full name, or
    their given name ("Nora" for Nora Vale, "Tom Harrow" for Thomas Harrow)."""
    if not words:
        return False
    if entity.matches(words) or (entity.words[0] == words[0] and len(words) == 1):
        return True
    return len(words) > 1 and entity.words[-1] == words[-1] and entity.words[0][:1] == words[0][:1]


def may_be_person(resolver: Resolver, entity: Entity) -> bool:
    """In a novel, whether a name "he" or "she" can mean: one a title or a role shows to be a
    person's; one that somewhere acts or speaks (the subject of a verb, not only of "was"); a
    given name that is somewhere a subject at all (“Ann Derek was in tearing spirits”). Not a name
    only ever gone to or looked at (“the little Leaning Tower” she bought, “at Florence” though
    Florence is a woman's name too), nor one that only "was" (“Above was one long awning”)."""
    if not resolver.dialogue or entity.key < 0 or entity.roles or entity.gender_source in _SURE_GENDER:
        return True
    acting = resolver.scene.acting
    if entity.key not in acting:
        given = entity.gender_source is GenderSource.GIVEN_NAME
        mentions = (resolver.doc[p] for p in entity.positions)
        acting[entity.key] = any(acts(m) and (given or not _only_is(m)) for m in mentions)
    return acting[entity.key]


def _only_is(subject: Token) -> bool:
    """Whether a subject's verb is a plain "be" or "seem": what a place does as well as a person."""
    for _ in range(MAX_CONJUNCTS):  # "Dale and Cole were": Cole's verb is Dale's
        if subject.dep_ not in ("conj", "appos") or subject.head.i == subject.i:
            break
        subject = subject.head
    return subject.head.lemma_.lower() in LINKING_VERBS


def turn_taken(resolver: Resolver, speaker: Token) -> Entity | None:
    """In a novel's dialogue, who spoke the line just before the paragraph a speaker's mention
    (“she”, “the young man”) opens with a quote: a new paragraph is a new speaker, so neither the
    pronoun nor the description is them."""
    if not answers_a_line(resolver, speaker):
        return None
    return resolver.scene.turn_taken(speaker.i, resolver.document.paragraph_of(speaker))


def answers_a_line(resolver: Resolver, speaker: Token) -> bool:
    """In a novel's dialogue, whether a speaker's mention is in a paragraph that opens with a quote
    right after a paragraph that ended with a line of dialogue: a new turn in an exchange."""
    if not resolver.dialogue:
        return False
    doc, document = resolver.doc, resolver.document
    paragraph = document.paragraph_of(speaker)
    start = document.paragraph_starts[paragraph] if document.paragraph_starts else 0
    first = speaker
    while first.i > 0 and doc[first.i - 1].idx >= start:
        first = doc[first.i - 1]
    while first.is_space and first.i < speaker.i:
        first = doc[first.i + 1]
    return bool(resolver.quoted[first.i]) and _ends_in_a_line(resolver, first.i)


def _ends_in_a_line(resolver: Resolver, start: int) -> bool:
    """Whether the paragraph before token ``start`` ends with a line of dialogue and at most its
    cue (“…,” said Helen Moss.), or its cue sentence however long (“…?” Mary asked, frowning hard,
    and leaning closer to the fire), not with narration in which its speaker
    goes on acting (“…?” She then showed him the way.)."""
    doc, quoted = resolver.doc, resolver.quoted
    words: list[Token] = []  # the narration after the line, last first
    for token in reversed(doc[max(0, start - _CUE_SENTENCE_REACH) : start]):
        if quoted[token.i]:
            if _in_running_narration(resolver, token):
                return False  # “… pelted Ruth with the faded “spring roses” of her posy.”
            return len(words) <= MAX_CUE_AFTER_LINE or _cue_sentence(token, words[::-1])
        if not (token.is_space or token.is_punct):
            words.append(token)
    return False


def _in_running_narration(resolver: Resolver, last: Token) -> bool:
    """Whether the quote ending at ``last`` sits inside a sentence of narration, a word on either
    side and no punctuation of its own at its end: a phrase quoted, not a line spoken."""
    doc, quoted = resolver.doc, resolver.quoted
    first = last
    while first.i > 0 and quoted[first.i - 1] and last.i - first.i < _CUE_SENTENCE_REACH:
        first = doc[first.i - 1]
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.is_quote and before.i > 0:
        before = doc[before.i - 1]
    end = doc[last.i - 1] if last.is_quote and last.i > 0 else last
    return before is not None and before.is_alpha and not end.is_punct


def _cue_sentence(mark: Token, words: list[Token]) -> bool:
    """Whether the narration after a line (closed by ``mark``) is the line's own cue sentence: the
    line did not end its sentence with a full stop, the narration opens with its cue (“Mary asked”,
    “said Mary”) and runs on to the paragraph's end as one sentence."""
    last = mark.doc[mark.i - 1] if mark.i > 0 else mark
    ends = [t for t in words[:-1] if t.nbor(1).text in SENTENCE_END_MARKS]
    return last.text != "." and not ends and any(is_cue(t) for t in words[:_CUE_OPENS])
