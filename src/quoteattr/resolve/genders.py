"""Stage 4a': the gender the narration shows a person to have, before any pronoun is resolved.

A sentence of narration that names one person, as its subject, and whose only pronouns are that
subject's own ("his", "herself") is a vote for that person's gender: “Ronny looked at his watch.”
(“Ronny drove her back” is no vote: "her" is someone else.) A person whose votes agree by far is
taken to be of that gender, so that a later “she said” does not go to Ronny. Titles and given
names, read when the entity table is built, come first; these votes only fill in people those
left unknown.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from quoteattr.lexicon.names import census_name_gender
from quoteattr.resolve.entities import EntityTable
from quoteattr.resolve.name_kinds import PERSON
from quoteattr.types import Document, Gender

MALE_WORDS = frozenset({"he", "him", "his", "himself"})
FEMALE_WORDS = frozenset({"she", "her", "hers", "herself"})
MIN_VOTES = 1  # sentences that must agree
MIN_MARGIN = 3  # and by this many times the votes for the other gender
_REFLEXIVES = frozenset({"himself", "herself"})


def given_name_genders(table: EntityTable) -> dict[int, Gender]:
    """Entity key → gender, from the census given names, for the people a novel names by a given
    name alone ("Rodney", "Cassandra"); the news names them by surnames, which these would misread."""
    found = {e.key: census_name_gender(e.words[0]) for e in table.entities if e.kind == PERSON}
    return {key: gender for key, gender in found.items() if gender is not None}


def narrated_genders(document: Document, table: EntityTable) -> dict[int, Gender]:
    """Entity key → gender, for the people of unknown gender whose sentences agree on one."""
    votes: dict[int, Counter[Gender]] = {}
    sentence: list[Token] = []
    for token in document.doc:
        if token.is_sent_start and sentence:
            _vote(sentence, table, votes)
            sentence = []
        if not document.quoted[token.i] and document.readable[token.i]:
            sentence.append(token)
    _vote(sentence, table, votes)
    known = {e.key for e in table.entities if e.gender is not None}
    found: dict[int, Gender] = {}
    for key, tally in votes.items():
        male, female = tally[Gender.MALE], tally[Gender.FEMALE]
        if key in known:
            continue
        if male >= MIN_VOTES and male >= MIN_MARGIN * female:
            found[key] = Gender.MALE
        elif female >= MIN_VOTES and female >= MIN_MARGIN * male:
            found[key] = Gender.FEMALE
    return found


def _vote(sentence: list[Token], table: EntityTable, votes: dict[int, Counter[Gender]]) -> None:
    """One sentence's vote: it names one person, as the subject, and its pronouns are all of one
    gender and hang in that subject's clause: “Ronny looked at his watch”, not “Ronny wandered
    about while she cried”."""
    people = {e.key for t in sentence if (e := table.mention_at.get(t.i)) is not None and e.kind == PERSON}
    pronouns = [(t, g) for t in sentence if (g := _pronoun_gender(t)) is not None]
    if len(people) != 1 or not pronouns or len({g for _, g in pronouns}) != 1:
        return
    subject = next((t for t in sentence if t.i in table.mention_at and t.dep_ == "nsubj"), None)
    # "his watch", "herself": the subject's own; "Ronny drove her back" is someone else
    if subject is None or not all(_own(t) and _in_clause_of(t, subject.head) for t, _ in pronouns):
        return
    (key,) = people
    votes.setdefault(key, Counter())[pronouns[0][1]] += 1


def _own(pronoun: Token) -> bool:
    return pronoun.dep_ == "poss" or pronoun.lower_ in _REFLEXIVES


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs below ``verb`` without passing another verb's subject."""
    node = token
    for _ in range(8):
        if node.i == verb.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i != verb.i and any(c.dep_ == "nsubj" for c in node.children):
            return False
    return False


def _pronoun_gender(token: Token) -> Gender | None:
    if token.pos_ != "PRON":
        return None
    word = token.lower_
    if word in MALE_WORDS:
        return Gender.MALE
    if word in FEMALE_WORDS:
        return Gender.FEMALE
    return None
