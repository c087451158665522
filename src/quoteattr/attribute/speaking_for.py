"""Stage 3: who speaks through the subject of a cue verb: the one who issued a document (“a
statement from the governor's office said”), the owner of a voice or a face (“his voice
said”), the holder of a title, the name a description is given (“a man named Tate”); any
other subject speaks for itself."""

from __future__ import annotations

from spacy.tokens import Token

from quoteattr.attribute.subjects import subject_of
from quoteattr.attribute.syntax import can_speak, dateline_dash, lemma
from quoteattr.lexicon.fiction import BEAT_PARTS, SPEAKING_PARTS
from quoteattr.lexicon.names import is_place
from quoteattr.lexicon.organisations import DOCUMENT_NOUNS
from quoteattr.lexicon.people import TITLE_WORDS
from quoteattr.lexicon.verbs import NAMING_VERBS


def _named_so(description: Token, quoted: bytes | None) -> Token | None:
    """The name a clause on a description gives the one described: "a young man who, for his
    gloom, was called Gloomy", "a man named Tate"; not a verb the parser hung there that calls
    someone something (“one critic called Tate “a fraud””) or calls out (“a voice called out”)."""
    for clause in description.children:
        if clause.dep_ not in ("relcl", "acl") or clause.tag_ != "VBN" or lemma(clause) not in NAMING_VERBS:
            continue
        if any(c.dep_ == "prt" for c in clause.children) or (
            quoted is not None and any(quoted[t.i] for t in clause.subtree)
        ):
            return None
        return next((c for c in clause.children if c.dep_ in ("oprd", "attr") and c.pos_ == "PROPN"), None)
    return None


def speaker_behind(subject: Token, quoted: bytes | None = None) -> Token:
    """Who speaks through a verb's subject: for a document, the one the text says issued it
    (“her statement said”, “a statement from the governor's office said”, “Cole issued a
    statement saying”), else the document; a voice is its owner's (“the voice of old Mr. Ashby”);
    any other subject is itself the speaker."""
    if subject.pos_ == "NOUN" and (given := _named_so(subject, quoted)) is not None:
        return given  # "said a thin old man who was called Gloomy": Gloomy
    # "said a firm, child's voice", parsed with "firm" the subject and the voice beside it
    beside = next((c for c in subject.children if c.dep_ == "appos" and lemma(c) in SPEAKING_PARTS), None)
    subject = beside if beside is not None and beside.pos_ == "NOUN" and subject.pos_ == "NOUN" else subject
    if lemma(subject) in SPEAKING_PARTS and subject.pos_ == "NOUN":
        return owner_of(subject) or subject
    if lemma(subject) in BEAT_PARTS and subject.pos_ == "NOUN" and any(c.dep_ == "poss" for c in subject.children):
        return owner_of(subject) or subject  # "with his back to them was grumbling": his; not "the head of"
    if subject.pos_ == "ADV":  # "said Harriet gloomily", parsed with the adverb as subject
        return next((c for c in subject.lefts if c.pos_ == "PROPN"), subject)
    if (dash := dateline_dash(subject.doc[subject.left_edge.i])) is not None:  # the one named after the dash
        # … but not a party label in brackets: “SALEM — Sen. Ana Ruiz (D-Ore.) said”
        named = (c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > dash)
        return next((c for c in named if c.is_alpha and "(" not in subject.doc[subject.i : c.i].text), subject)
    if subject.text.istitle() and lemma(subject) in TITLE_WORDS:
        return _title_holder(subject) or subject
    if lemma(subject) not in DOCUMENT_NOUNS or subject.pos_ != "NOUN":
        return subject
    for child in subject.children:
        if child.dep_ == "poss" and can_speak(child) and child.lower_ not in ("its", "their"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            issuer = next((o for o in child.children if o.dep_ == "pobj" and can_speak(o)), None)
            if issuer is not None and lemma(issuer) not in DOCUMENT_NOUNS:
                return issuer
    if subject.dep_ in ("dobj", "pobj") and subject.head.pos_ in ("VERB", "ADP"):
        verb = subject.head if subject.dep_ == "dobj" else subject.head.head
        issuer = subject_of(verb, quoted) if verb.pos_ == "VERB" else None
        if issuer is not None and can_speak(issuer) and lemma(issuer) not in DOCUMENT_NOUNS:
            return issuer  # "Cole issued a statement saying …", "Perez wrote in a tweet …"
    return subject


def _title_holder(title: Token) -> Token | None:
    """The person a title of something names: "Speaker of the Assembly Rep. Paula Reyes" → Reyes."""
    of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    held = None if of is None else next((o for o in of.children if o.dep_ == "pobj"), None)
    if held is None or held.pos_ != "PROPN":
        return None
    given = [c for c in held.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    # a person's name under the title, not the thing the title is of ("Secretary of State")
    return held if given and given[-1].text.istitle() and not is_place(held.text) else None


def owner_of(noun: Token) -> Token | None:
    """Whose ``noun`` is: her voice, the voice of Mr. Ashby."""
    for child in noun.children:
        if child.dep_ == "poss" and can_speak(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((o for o in child.children if o.dep_ == "pobj" and can_speak(o)), None)
    return None
