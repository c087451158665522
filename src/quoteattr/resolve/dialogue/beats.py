"""Action beats: a paragraph of narration that ends with someone doing something, right before a
line nobody is named for, hands the line to them.

    “Is it far?” asked Tom.
    Mary laughed and looked out of the window.   ← the beat
    “Not very.”                                   ← Mary's line, whoever spoke before Tom
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from quoteattr.lexicon.deps import SUBJECT_DEPS
from quoteattr.lexicon.pronouns import PRONOUNS
from quoteattr.resolve.name_kinds import PERSON

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


def _subject(resolver: Resolver, sentence: Span) -> str | None:
    subject = next((t for t in sentence.root.children if t.dep_ in SUBJECT_DEPS), None)
    return _person(resolver, subject) if subject is not None else None


def _person(resolver: Resolver, subject: Token) -> str | None:
    """The name of the person a subject is: a name, or a he or she resolved to one."""
    if subject.lower_ in PRONOUNS and subject.pos_ == "PRON":
        entity = resolver.antecedent(subject)
    else:
        entity = resolver.table.mention_at.get(subject.i)
        entity = None if entity is None else resolver.current(entity)
    return entity.name if entity is not None and entity.kind == PERSON else None
