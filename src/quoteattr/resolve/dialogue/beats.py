"""Who the narration puts on the scene. Action beats: a paragraph of narration that ends with
someone doing something, right before a line nobody is named for, hands the line to them.

    “Is it far?” asked Tom.
    Mary laughed and looked out of the window.   ← the beat
    “Not very.”                                   ← Mary's line, whoever spoke before Tom
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from quoteattr.attribute.syntax import own_subject
from quoteattr.lexicon.pronouns import NARRATING_PRONOUNS, PRONOUNS
from quoteattr.resolve.name_kinds import PERSON
from quoteattr.resolve.salience import is_subject

if TYPE_CHECKING:
    from quoteattr.resolve.resolver import Resolver


def narration_beats(resolver: Resolver) -> dict[int, str]:
    """Paragraph → the person the last sentence of that paragraph is about (its main subject), for
    the paragraphs that are narration only: no quote mark in them."""
    document = resolver.document
    last: dict[int, Span] = {}
    quoted: set[int] = set()
    for sentence in document.doc.sents:
        paragraph = document.paragraph_of(sentence[0])
        if any(resolver.quoted[sentence.start : sentence.end]):
            quoted.add(paragraph)
        elif resolver.readable[sentence.start]:
            last[paragraph] = sentence
    return {p: name for p, sentence in last.items() if p not in quoted and (name := _subject(resolver, sentence))}


def on_scene(resolver: Resolver) -> dict[int, list[str]]:
    """Paragraph → the people its narration names, in order, and after them the ones it makes
    the subjects of its verbs (by name, or as a he or she): who is on the scene, the ones acting
    last (“On pressing the point, he learned that … William …”: he before William)."""
    document = resolver.document
    found: list[tuple[int, bool, int, str]] = []  # paragraph, acting, position, name
    for position, entity in resolver.table.mention_at.items():
        entity = resolver.current(entity)
        if entity.kind == PERSON and not resolver.quoted[position] and resolver.readable[position]:
            token = document.doc[position]
            found.append((document.paragraph_of(token), is_subject(token), position, entity.name))
    for token in document.doc:
        if _narrating_pronoun(resolver, token) and (name := _named_antecedent(resolver, token)):
            found.append((document.paragraph_of(token), True, token.i, name))
    people: dict[int, list[str]] = {}
    for paragraph, _, _, name in sorted(found):
        people.setdefault(paragraph, []).append(name)
    return people


def _narrating_pronoun(resolver: Resolver, token: Token) -> bool:
    """A he or she that is a subject in the narration."""
    want = PRONOUNS.get(token.lower_) if token.lower_ in NARRATING_PRONOUNS else None
    readable = bool(resolver.readable[token.i]) and not resolver.quoted[token.i]
    return readable and want is not None and want.gender is not None and token.pos_ == "PRON" and is_subject(token)


def _subject(resolver: Resolver, sentence: Span) -> str | None:
    """The person the sentence's main clause is about, or whose face or voice it is about
    ("Ada's face was one broad grin, and Tom …": Ada's); when it is about no one ("they came in, and
    Tom stepped forward"), the person of the last clause joined to it."""
    subject = own_subject(sentence.root)
    if subject is not None:
        if (person := _person(resolver, subject)) is not None:
            return person
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None:
            return _person(resolver, owner)
    for verb in reversed([c for c in sentence.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]):
        if (subject := own_subject(verb)) is not None:
            return _person(resolver, subject)
    return None


def _named_antecedent(resolver: Resolver, pronoun: Token) -> str | None:
    """The name of the person a he or she stands for; not a description (“a pleasant voice”)."""
    entity = resolver.antecedent(pronoun)
    return entity.name if entity is not None and entity.kind == PERSON and entity.key >= 0 else None


def _person(resolver: Resolver, subject: Token) -> str | None:
    """The name of the person a subject is: a name, or a he or she resolved to one."""
    if subject.lower_ in PRONOUNS and subject.pos_ == "PRON":
        entity = resolver.antecedent(subject)
    else:
        entity = resolver.table.mention_at.get(subject.i)
        entity = None if entity is None else resolver.current(entity)
    return entity.name if entity is not None and entity.kind == PERSON else None
