"""The proper name in a mention: the chain of capitalised words it ends with, without titles,
roles, sentence openers or interjections ("Port Captain Elif Demir" → "Elif Demir", "Meanwhile
Rihanna" → "Rihanna")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quoteattr.lexicon.fiction import INTERJECTIONS, KIN_TITLES
from quoteattr.lexicon.names import census_name_gender, first_name_gender
from quoteattr.lexicon.organisations import ORGANISATION_NAME_WORDS, ORGANISATION_NOUNS
from quoteattr.lexicon.people import NAME_CONNECTORS, NAME_PARTICLES, is_people_word
from quoteattr.lexicon.pronouns import PERSONAL_WORDS
from quoteattr.lexicon.words import NAME_EPITHETS, NOT_NAME_OPENERS, SENTENCE_ADVERBS
from quoteattr.resolve.name_kinds import PERSON, is_title, name_kind

_ORGANISATION_WORDS = ORGANISATION_NAME_WORDS | ORGANISATION_NOUNS  # the Ada Moss Foundation


def proper_name(mention: Span) -> Span | None:
    """The proper name a mention ends with, without titles or roles: “Port Captain Elif Demir” →
    “Elif Demir”. None for a mention that is no name (“the airline”, “she”), or whose name is not
    its head (“the mayor of Springfield”)."""
    tokens = [t for t in mention if t.tag_ != "POS" and not t.is_space and (not t.is_punct or _joins(t))]
    if not tokens or not _ends_name(tokens[-1]) or tokens[-1].lower_ in PERSONAL_WORDS:
        return None
    end = start = tokens[-1].i
    for token in reversed(tokens[:-1]):
        if token.i != start - 1 or not (_name_word(token) or _joins(token)) or _capitalised_role(token):
            break
        start = token.i
    # "Ministry of Health" keeps its "of", which may not open a name; "de Blasio" and "Van Hollen"
    # keep their particle wherever it stands; and no name opens with the hyphen of "US-UK"
    while (mention.doc[start].lower_ in NAME_CONNECTORS or _joins(mention.doc[start])) and start < end:
        start += 1
    start = _given_name_start(mention.doc[start : end + 1])
    before = mention.doc[start - 1] if start > mention.start else None
    if start == end and before is not None and _capitalised(before) and first_name_gender(before.text):
        start -= 1  # "Dean Hart": a title word that is also a given name, before a lone surname
    name = mention.doc[start : end + 1]
    if all(is_title(t) for t in name):
        return None  # "Police", "President": a role, not a name
    if not start <= mention.root.i <= end:
        return None  # "the mayor of Springfield" names a mayor, not Springfield
    return name


def _given_name_start(name: Span) -> int:
    """Where a person's name starts when a role the title list lacks stands before a known given
    name: “Diver Lena Lund” → Lena Lund. Words that are given names themselves stay (Mary Ann),
    and so does the whole name of an organisation (the Ada Moss Foundation)."""
    if name[-1].lower_ in _ORGANISATION_WORDS:
        return name.start
    for token in name[1:-1]:
        if first_name_gender(token.text) is not None:
            before = name.doc[name.start : token.i]
            if not any(_given_name(t) or t.lower_ in NAME_PARTICLES for t in before):
                return token.i
            break
    return name.start


def _given_name(token: Token) -> bool:
    """A given name by our list or the census's: Norbert in “Norbert Leo Tully” is no role."""
    return first_name_gender(token.text) is not None or census_name_gender(token.text) is not None


def _joins(token: Token) -> bool:
    """A hyphen glued to capitalised words on both sides (Mark-Viverito, Panuncio-Feldman), or to
    the second syllable of a given name the tagger reads as part of the name (Han Ki-tae)."""
    doc = token.doc
    if token.text != "-" or not 0 < token.i < len(doc) - 1 or doc[token.i - 1].whitespace_ or token.whitespace_:
        return False
    after = doc[token.i + 1]
    return doc[token.i - 1].text[:1].isupper() and (after.text[:1].isupper() or _second_syllable(after))


def _second_syllable(token: Token) -> bool:
    """ "tae" in "Ki-tae": a short lower-case word the tagger made a proper noun (not the "era"
    of "Obama-era")."""
    return token.tag_ == "NNP" and token.is_alpha and token.is_lower and len(token.text) <= 4


def _ends_name(token: Token) -> bool:
    return _capitalised(token) or (token.i > 1 and _joins(token.doc[token.i - 1]))


_NO_NAME_WORDS = INTERJECTIONS | SENTENCE_ADVERBS | NAME_EPITHETS | NOT_NAME_OPENERS


def _name_word(token: Token) -> bool:
    """A word that can be part of a proper name: capitalised and no title, or a particle (van, de)."""
    if token.lower_ in NAME_PARTICLES or token.lower_ in NAME_CONNECTORS:
        return True
    if token.lower_ in _NO_NAME_WORDS:
        return False  # “Oh, Wilma”, "Meanwhile Rihanna", "Neither Benedetta": no part of her name
    # not "Russian" (JJ), nor a past tense opening the sentence ("Continued Stone: …"), nor "Her"
    # opening "Her Maharajah"
    return (
        _capitalised(token)
        and not is_title(token)
        and token.tag_ not in ("JJ", "VBD", "VBN", "PRP$", "PRP", "DT")
        and (token.lower_ not in PERSONAL_WORDS or _inside_a_name(token))
    )


def _inside_a_name(token: Token) -> bool:
    """A personal word between two capitalised words of a name: "Mine" in United Mine Workers."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.tag_ == "NNP" and before is not None and before.tag_ in ("NNP", "NNPS") and _capitalised(before)


def _capitalised_role(token: Token) -> bool:
    """A role word capitalised in a title-case headline: "Senator's Challenger Kelly Warde"; but not
    a kinship word a novel names people by (Aunt Juley)."""
    word = token.lower_
    return is_people_word(word) and word not in KIN_TITLES and first_name_gender(token.text) is None


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.lower_ != "the"


def person_named(mention: Span) -> Span | None:
    """The proper name in ``mention`` when it names a person (by its words: no place, no
    organisation), else None."""
    name = proper_name(mention)
    if name is None:
        return None
    titles = [t for t in mention if t.i < name.start and is_title(t)]
    return name if name_kind(name, titles)[0] == PERSON else None
