"""What a name is: a person's, an organisation's or a place's, and the gender its titles tell;
read from the name's own words and the words around it."""

from __future__ import annotations

from collections.abc import Sequence

import regex
from spacy.tokens import Span, Token

from quoteattr.lexicon.names import STATE_ABBREVIATIONS, full_name_gender, has_place_word, is_demonym, is_place
from quoteattr.lexicon.organisations import ORGANISATION_NAME_WORDS, ORGANISATION_NOUNS
from quoteattr.lexicon.people import (
    FEMALE_ROLE_NOUNS,
    FEMALE_TITLES,
    HONORIFICS,
    MALE_ROLE_NOUNS,
    MALE_TITLES,
    NAME_CONNECTORS,
    PARTY_MEMBERS,
    TITLE_WORDS,
)
from quoteattr.lexicon.words import CALENDAR_WORDS, HEADING_WORDS, LOCATIVE_PREPOSITIONS
from quoteattr.types import EntityKind, Gender, GenderSource

PERSON, ORGANISATION, PLACE, GROUP = EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.PLACE, EntityKind.GROUP

POSSESSIVE = regex.compile(r"(?<=\w)[‘’']s$")  # "Trump‘s" as one token: a curly mark the tokenizer kept


def plain_word(token: Token) -> str:
    return str(POSSESSIVE.sub("", token.lower_.rstrip(".")))


def is_title(token: Token) -> bool:
    return plain_word(token) in TITLE_WORDS


def is_located(token: Token) -> bool:
    """The last word of a name that is the object of a preposition of place."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


def modifies_noun(token: Token) -> bool:
    return token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN" and token.head.i > token.i


def is_heading(name: Span) -> bool:
    """A book's heading: "CHAPTER XVI", "Book II"."""
    return len(name) > 1 and name[0].lower_ in HEADING_WORDS


def is_date(name: Span) -> bool:
    """A day or month standing alone ("on Friday"); "Theresa May" is a name."""
    return len(name) == 1 and name[0].lower_ in CALENDAR_WORDS


def head_word(words: Sequence[str]) -> str:
    """The word that says what a name names: "holdings" in Acme Holdings, "ministry" in Ministry
    of Health."""
    connector = next((i for i, w in enumerate(words) if w in NAME_CONNECTORS and i > 0), len(words))
    return words[connector - 1]


def name_kind(name: Span, titles: list[Token]) -> tuple[EntityKind, bool]:
    """Person, organisation or place, from the name's own words and the titles before it, and
    whether that is only a guess."""
    words = [plain_word(t) for t in name]
    head = head_word(words)
    if head in ORGANISATION_NAME_WORDS or head in ORGANISATION_NOUNS:
        return ORGANISATION, False
    if is_place(" ".join(words)) or (len(name) == 1 and name.text in STATE_ABBREVIATIONS):
        return PLACE, False
    if titles or full_name_gender([t.text for t in name]) is not None:
        return PERSON, False
    if has_place_word(words):
        return PLACE, False
    if is_demonym("".join(words)):
        return GROUP, False  # the English, an Indian, Anglo-Indians: a people, never one person
    if name[-1].tag_ == "NNPS" and name[-1].lemma_ != name[-1].text:
        return GROUP, False  # Democrats, the Ebelings; not Sanders, which the tagger may call plural
    if words[-1] in PARTY_MEMBERS:
        return GROUP, False  # House Democrats, Tories: never one person, however tagged
    if _family(name):
        return GROUP, False  # "the Beauforts' house": a family, never one person
    if len(name) == 1 and len(name.text) > 1 and name.text.isalpha() and name.text.isupper():
        return ORGANISATION, False  # BBC, NATO, AFP
    return PERSON, True  # most names in the news are people's


def _family(name: Span) -> bool:
    """A surname in the plural after "the": the Pells, the Harrows."""
    text = name.text
    return (
        len(name) == 1
        and text.endswith("s")
        and not text.endswith(("ss", "us", "is"))
        and name.start > 0
        and name.doc[name.start - 1].lower_ == "the"
    )


WIFE_AND_DAUGHTER = frozenset({"mrs", "miss"})


def word_of(title: str) -> str:
    return title.lower().rstrip(".")


def title_gender_of(word: str) -> Gender | None:
    """The gender one title of address says: Mr → male, Mrs → female; None for any other word."""
    plain = word_of(word)
    if plain in MALE_TITLES:
        return Gender.MALE
    return Gender.FEMALE if plain in FEMALE_TITLES else None


def title_gender(titles: list[Token]) -> Gender | None:
    """The gender the titles before a name say: Mr, Mrs, Lady, Sir; None when they say none."""
    for title in titles:
        word = plain_word(title)
        if word in MALE_TITLES:
            return Gender.MALE
        if word in FEMALE_TITLES:
            return Gender.FEMALE
    return None


def titled(name: str, title: str | None) -> str:
    return name if title is None or name.startswith(title) else f"{title} {name}"


def name_gender(
    titles: list[Token], name: Span, roles: Sequence[str] = ()
) -> tuple[Gender | None, GenderSource | None]:
    """A person's gender from the titles before the name, else from a role noun before it ("her
    aunt Ellis", "spokeswoman Ana Ruiz"), else from the given name."""
    for title in titles:
        word = plain_word(title)
        source = GenderSource.TITLE if word in HONORIFICS else GenderSource.ROLE_NOUN
        if word in MALE_TITLES:
            return Gender.MALE, source
        if word in FEMALE_TITLES:
            return Gender.FEMALE, source
    for role in roles:
        if role in MALE_ROLE_NOUNS:
            return Gender.MALE, GenderSource.ROLE_NOUN
        if role in FEMALE_ROLE_NOUNS:
            return Gender.FEMALE, GenderSource.ROLE_NOUN
    gender = full_name_gender([t.text for t in name])  # "Tom" alone, as novels name people, is a man
    return gender, None if gender is None else GenderSource.GIVEN_NAME
