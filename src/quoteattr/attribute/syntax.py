"""Small, pure helpers over spaCy tokens: cue verbs, their subjects, and speaker noun phrases."""

from __future__ import annotations

import regex
from spacy.tokens import Doc, Span, Token

from quoteattr.lexicon.deps import (
    NOT_NAME_DEPS,
    NOT_NOUN_TAGS,
    NOUN_PHRASE_LEFT_DEPS,
    SUBJECT_DEPS,
)
from quoteattr.lexicon.fiction import DIALOGUE_VERBS
from quoteattr.lexicon.names import is_place
from quoteattr.lexicon.organisations import DOCUMENT_NOUNS, ORGANISATION_NAME_WORDS, ORGANISATION_NOUNS
from quoteattr.lexicon.people import (
    ANONYMOUS_SOURCE_NOUNS,
    FEMALE_ROLE_NOUNS,
    MALE_ROLE_NOUNS,
    PEOPLE_NOUNS,
    TITLE_WORDS,
)
from quoteattr.lexicon.pronouns import PERSONAL_WORDS, PRONOUNS, RELATIVE_PRONOUNS
from quoteattr.lexicon.verbs import ACCORDING_TO, CUE_PARTICLE_PHRASES, CUE_PHRASES, OPINION_VERBS, SPEECH_VERBS
from quoteattr.lexicon.words import (
    DASHES,
    MANNER_NOUNS,
    NAME_PREPOSITIONS,
    NOT_YET_MARKS,
    NOT_YET_MODALS,
    NOUN_PHRASE_PREPOSITIONS,
)

#: Speech verbs of news and of fiction: what introduces a quotation.
DIRECT_SPEECH_VERBS = SPEECH_VERBS | DIALOGUE_VERBS
CUE_VERBS = DIRECT_SPEECH_VERBS | OPINION_VERBS
_SPEAKING_NOUNS = (
    TITLE_WORDS
    | ORGANISATION_NOUNS
    | PEOPLE_NOUNS
    | ANONYMOUS_SOURCE_NOUNS
    | DOCUMENT_NOUNS
    | MALE_ROLE_NOUNS
    | FEMALE_ROLE_NOUNS
)
_ORGANISATION_HEADS = ORGANISATION_NAME_WORDS | ORGANISATION_NOUNS
_MAX_PREP_TOKENS = 8  # “the head of the council’s powerful budget committee”
_MAX_LABEL = 8  # tokens inside the brackets of "(R-Wis.)"
_APOSTROPHE_NAME = regex.compile(r"\p{Lu}[’']\p{Lu}\p{Ll}+")
_NAME_WINDOW = 2000  # tokens either side in which a name's other uses are looked for


def lemma(token: Token) -> str:
    return str(token.lemma_).lower()


def is_according_to(token: Token) -> bool:
    """The "according" of "according to X"."""
    if token.lower_ != ACCORDING_TO[0] or token.i + 1 >= len(token.doc):
        return False
    return token.nbor(1).lower_ == ACCORDING_TO[1]


def is_cue(token: Token) -> bool:
    """A verb of speaking or characterising, or the "according" of "according to"."""
    if is_according_to(token):
        return True
    if token.pos_ != "VERB" or _describes_a_way(token):
        return False
    return (lemma(token) in CUE_VERBS or is_cue_phrase(token)) and not _not_yet_said(token)


def _not_yet_said(verb: Token) -> bool:
    """A verb of speaking the clause puts in the future: “…?” Before Ann could answer, the door
    opened. No one has said anything yet, so it names no speaker; nor does one done "without"
    (“… — all without saying her name”)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True
    return any(c.dep_ == "mark" and c.lower_ in NOT_YET_MARKS for c in verb.lefts) and any(
        c.dep_ == "aux" and c.lower_ in NOT_YET_MODALS for c in verb.lefts
    )


def _describes_a_way(verb: Token) -> bool:
    """A relative clause on a word for a way of speaking, saying how someone spoke rather than
    giving a line: “soothed by the quiet voice in which he still spoke”; not “a letter in which he wrote”."""
    return (
        verb.dep_ == "relcl"
        and verb.head.lemma_.lower() in MANNER_NOUNS
        and any(
            c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in RELATIVE_PRONOUNS for g in c.children)
            for c in verb.children
        )
    )


def speaking_verb(verb: Token, quoted: bytes) -> Token:
    """The verb of speaking a verb reports, if any: "say" in “…,” he heard Nora say; else the
    verb itself."""
    said = (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and not quoted[c.i] and is_cue(c))
    return next(said, verb)


def is_cue_phrase(token: Token) -> bool:
    """A verb that says who speaks only with its object or particle: "as he put it", "she shot back"."""
    word = lemma(token)
    if any(verb == word and _has_object(token, obj) for verb, obj in CUE_PHRASES):
        return True
    if any(c.dep_ == "auxpass" for c in token.children):
        return False  # her musings were broken in upon
    return any((word, c.lower_) in CUE_PARTICLE_PHRASES for c in token.children if _particle(c))


def _particle(token: Token) -> bool:
    """A verb's particle, or one the parser took for a preposition before the speaker: “…,” broke
    in Lord Henry."""
    return token.dep_ in ("prt", "advmod") or (
        token.dep_ == "prep" and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in token.children)
    )


def _has_object(verb: Token, word: str) -> bool:
    return any(child.dep_ == "dobj" and child.lower_ == word for child in verb.children)


def own_subject(verb: Token) -> Token | None:
    """The subject the parser hung on the verb itself, if any."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def has_verb(words: Span) -> bool:
    """Whether a stretch of words holds a verb: a clause, not a noun phrase or a fragment."""
    return any(t.pos_ in ("VERB", "AUX") for t in words)


def can_speak(token: Token) -> bool:
    """Whether a noun phrase headed by ``token`` can be a speaker: a name, a personal pronoun, or a
    noun for people, organisations or documents ("the coach", "the firm", "the report")."""
    if token.pos_ == "PROPN":
        return token.dep_ not in NOT_NAME_DEPS
    if token.pos_ == "PRON":
        return token.lower_ in PRONOUNS
    if token.pos_ == "NOUN" and lemma(token) in _SPEAKING_NOUNS:
        return True
    if token.pos_ == "NOUN" and any(_names_in_apposition(c) for c in token.children):
        return True  # "two objectors, Ana Ruiz and Ben Cole, …": named people
    return misread_name(token) or _name_tagged_as_noun(token)


def _names_in_apposition(child: Token) -> bool:
    """A name set beside a noun, not a quoted phrase ("a new phrase, “Northern Lights,”")."""
    before = child.left_edge.i - 1
    return child.dep_ == "appos" and child.pos_ == "PROPN" and before >= 0 and not child.doc[before].is_quote


def rest_of_name(subject: Token) -> Token:
    """The head of the name that goes on after a subject the parser cut short: in "said Air Force
    1st Lt. Tyler Linwood" it makes "1st" the subject and hangs the rest on "Linwood"."""
    doc = subject.doc
    following = doc[subject.i + 1] if subject.i + 1 < len(doc) else None
    if following is not None and following.dep_ == "compound" and following.head.i > following.i:
        head = following.head
        if head.pos_ == "PROPN" and head.head.i in (head.i, subject.head.i):
            return head
    return subject


def could_speak(token: Token) -> bool:
    """:func:`can_speak`, or a speaking noun whatever the tagger made of it: in “…,” the
    editorial read, "editorial" is tagged an adjective and "read" a noun."""
    return can_speak(token) or (token.lower_ in _SPEAKING_NOUNS and token.pos_ in ("NOUN", "ADJ"))


def _name_tagged_as_noun(token: Token) -> bool:
    """A capitalised noun the text elsewhere uses as a name: "Trump" opening a sentence, which the
    tagger may take for a common noun, is the Trump named nearby; and a name no common noun
    could be, with an apostrophe after its first letter (D’Souza, O'Neill)."""
    if token.pos_ == "NOUN" and _APOSTROPHE_NAME.fullmatch(token.text):
        return True
    if token.pos_ != "NOUN" or not token.text.istitle() or token.i != token.sent.start:
        return False
    doc = token.doc
    window = doc[max(0, token.i - _NAME_WINDOW) : min(len(doc), token.i + _NAME_WINDOW)]
    return any(t.pos_ == "PROPN" and t.text == token.text and t.i != t.sent.start for t in window)


def capitalised_word(token: Token) -> bool:
    """A word that starts with a capital and is all letters, but for a full stop: "Oakes", "Mr."."""
    return token.text[:1].isupper() and (token.is_alpha or token.text.rstrip(".").isalpha())


def misread_name(token: Token) -> bool:
    """A capitalised subject the tagger took for a verb or an adjective is a name: "Trump
    further summed up …", "Will wrote …" (no verb or adjective can be a subject); so is one it took
    for a pronoun that is none: "although O’Malley notes"."""
    if modal_read_for_name(token):
        return True
    if token.dep_ not in SUBJECT_DEPS or not token.text.istitle():
        return False
    return token.pos_ in NOT_NOUN_TAGS or (token.tag_ == "PRP" and token.lower_ not in PERSONAL_WORDS)


#: Tags of verb forms no modal takes: "will acknowledge", never "will acknowledges".
_TENSED_TAGS = frozenset({"VBD", "VBZ", "VBN"})


def modal_read_for_name(token: Token) -> bool:
    """A name the tagger read as a modal: "While Will acknowledges …", "May met the question". A
    capitalised modal before a verb form no modal takes, which has no subject of its own, is its
    subject (not in "Will it be done?")."""
    return (
        token.tag_ == "MD"
        and token.dep_ == "aux"
        and token.text.istitle()
        and token.head.tag_ in _TENSED_TAGS
        and not any(c.dep_ in SUBJECT_DEPS for c in token.head.children)
    )


def listener_of(cue: Token, quoted: bytes) -> Span | None:
    """Whom a cue verb says the words were for: “said Harry to Ron”, “she asked him”, “he told
    Mrs. Hale”; None when it names no one."""
    for child in cue.children:
        if quoted[child.i]:
            continue
        if child.dep_ in ("dative", "dobj") and child.pos_ in ("PROPN", "PRON") and can_speak(child):
            return noun_phrase(child)
        if child.dep_ == "prep" and child.lower_ == "to":
            listener = next((o for o in child.children if o.dep_ == "pobj" and can_speak(o)), None)
            if listener is not None and listener.pos_ in ("PROPN", "PRON"):
                return noun_phrase(listener)
    return None


def according_to_object(according: Token) -> Token | None:
    to = according.nbor(1)
    for candidate in (*to.children, *according.children):
        if candidate.dep_ == "pobj":
            return candidate
    # The parser sometimes hangs the name straight after "to" elsewhere; take the next noun.
    for token in according.doc[to.i + 1 : min(to.i + 6, len(according.doc))]:
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            return token
    return None


def noun_phrase(token: Token) -> Span:
    """The speaker phrase around ``token``: the noun with its modifiers and titles
    ("Port Captain Elif Demir", "a spokesperson for the ministry").

    An appositive name wins over a common noun ("The minister, Adaeze Okoro, …" → Adaeze Okoro).
    Relative clauses, appositive descriptions and phrases after a comma ("Amara Bello, at the
    rally") are left out; a name keeps only the prepositions of names (Bank of England).
    """
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower()):  # "the minister" tagged PROPN
        name = _appositive_name(token)
        if name is not None:
            return noun_phrase(name)
    doc = token.doc
    left = right = token.i
    for child in token.lefts:
        if child.dep_ in NOUN_PHRASE_LEFT_DEPS:
            left = min(left, child.left_edge.i)
    prepositions = NOUN_PHRASE_PREPOSITIONS
    if token.pos_ == "PROPN":  # Bank of England, but not Daniel Weiss of Leeds University
        prepositions = NAME_PREPOSITIONS if token.lower_ in _ORGANISATION_HEADS else frozenset()
    for child in token.rights:
        if child.dep_ == "prep":
            # "one of the aides, who spoke …": the phrase ends before the relative clause
            end = next((t.i - 2 for t in doc[child.i + 2 : child.right_edge.i + 1] if _opens_relative(t)), None)
            end = child.right_edge.i if end is None else end
            if child.lower_ in prepositions and child.i == right + 1 and end - child.i < _MAX_PREP_TOKENS:
                right = end
            break
        if child.dep_ in ("compound", "case") and child.i == right + 1:
            right = child.i
    return doc[left : right + 1]


def _opens_relative(token: Token) -> bool:
    """ "who" after a comma: a relative clause set off from the phrase it describes."""
    return token.lower_ in RELATIVE_PRONOUNS and token.doc[token.i - 1].text == ","


def _appositive_name(noun: Token) -> Token | None:
    """The person's name set beside a common noun: "The minister, Adaeze Okoro," or, where the
    parser hangs the name on the noun's object, "the chief executive of Marlow Energy, Henrik Dahl,".
    A place is no such name: "the mayor of Paris, France"."""
    candidates = [c for c in noun.children if c.dep_ == "appos"]
    for prep in noun.children:
        if prep.dep_ == "prep":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    candidates += [c for c in obj.children if c.dep_ == "appos"]
    for candidate in candidates:
        words = [t.text for t in candidate.lefts if t.dep_ == "compound"] + [candidate.text]
        if candidate.pos_ == "PROPN" and not is_place(" ".join(words)):
            return candidate
    return None


def name_just_before(verb: Token, quoted: bytes) -> Token | None:
    """For a verb the parser left without a subject, the name just before it, past an age set off
    by commas: “the bakery’s owner, Marta Kowal, wrote”, “Marcel Lazar, 44, said”."""
    doc, floor = verb.doc, verb.sent.start
    i = word_before(doc, verb.i, quoted, floor)
    close = verb.i - 1
    while close > floor and doc[close].is_space:
        close -= 1
    if doc[close].text == ")":  # "Rep. Paula Reyes (R-Wis.) said": the name before the label
        inside = range(close - 1, max(floor, close - _MAX_LABEL) - 1, -1)
        opening = next((j for j in inside if doc[j].text == "("), None)
        if opening is not None:
            i = word_before(doc, opening, quoted, floor)
    if i > floor and doc[i].like_num and not quoted[i] and doc[i - 1].text == ",":
        i = word_before(doc, i - 1, quoted, floor)  # ", 44,": an age
    if i < floor or quoted[i]:
        return None
    word = doc[i]
    if _object_of_another_verb(word, verb):
        return None  # "walking over to Ida, said": Ida is whom he walked to
    if word.pos_ == "NOUN" and word.dep_ == "conj" and word.head.i < word.i and can_speak(word):
        return word  # "After a day of talks between two of them, Ryan's office announced": hung on "two"
    return word if word.pos_ == "PROPN" and can_speak(word) else None


def _object_of_another_verb(word: Token, verb: Token) -> bool:
    """Whether ``word`` is the object of a verb other than ``verb``, or of a preposition such a
    verb governs (not "Speaker of the Assembly Rep. Ana Ruiz", whose "of" hangs on a noun)."""
    if word.dep_ in ("dobj", "dative"):
        return word.head.i != verb.i
    governor = word.head.head
    return word.dep_ == "pobj" and governor.i != verb.i and governor.pos_ in ("VERB", "AUX")


def described_just_before(verb: Token, quoted: bytes) -> Token | None:
    """For a verb the parser left without a subject, the speaker a relative clause just before it
    describes: “a city hall official who asked not to be named to discuss the budget said, …”."""
    doc, floor = verb.doc, verb.sent.start
    i = word_before(doc, verb.i, quoted, floor)
    if i < floor or quoted[i]:
        return None
    for clause in doc[i].ancestors:
        if clause.i == verb.i or clause.right_edge.i != i:
            return None
        if clause.dep_ == "relcl" and clause.head.i < clause.i and can_speak(clause.head):
            return clause.head
    return None


def word_before(doc: Doc, index: int, quoted: bytes, floor: int) -> int:
    """The index of the last token before token ``index`` that is a word or a quoted token,
    skipping the punctuation and space (a wrapped line's break) between them; below ``floor`` when there is none."""
    i = index - 1
    while i >= floor and (doc[i].is_punct or doc[i].is_space) and not quoted[i]:
        i -= 1
    return i


def previous_word(doc: Doc, index: int, floor: int = 0) -> Token | None:
    """The nearest token before token ``index`` that is not whitespace and starts at or after
    character ``floor``."""
    for i in range(index - 1, max(index - 4, -1), -1):
        if doc[i].idx < floor:
            return None
        if not doc[i].is_space:
            return doc[i]
    return None


_DATELINE_WORDS = 6  # tokens from a dateline's place to its dash: "LA CROSSE, Wis. —"


def dateline_dash(place: Token) -> int | None:
    """Where the dash is when ``place`` opens a dateline at the start of its line (“LA CROSSE,
    Wis. — …”, “WASHINGTON — …”): a word in capitals, then the dash within a few tokens; else None."""
    doc = place.doc
    if not place.text.isupper() or len(place.text) < 2 or (place.i > 0 and "\n" not in doc[place.i - 1].text_with_ws):
        return None
    return next((t.i for t in doc[place.i + 1 : place.i + _DATELINE_WORDS] if t.text in DASHES), None)


def line_start(token: Token) -> Token | None:
    """The first token of the line ``token`` is on, when it is at most a dateline's length back."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        if token.i - start >= _DATELINE_WORDS:
            return None
        start -= 1
    return doc[start]
