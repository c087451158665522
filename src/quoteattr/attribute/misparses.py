"""Subjects the parser misread: where spaCy's small model hangs the one who speaks on the wrong
word, these find them again from the shape of the clause. Each is a fallback that
:func:`quoteattr.attribute.subjects.subject_of` tries when a verb's own subject is missing or
cannot be the one acting ("half smiled"); each reads only a bounded stretch of tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from quoteattr.attribute.syntax import can_speak, is_cue, modal_read_for_name, word_before
from quoteattr.lexicon.deps import SUBJECT_DEPS
from quoteattr.lexicon.people import is_people_word
from quoteattr.lexicon.pronouns import PERSONAL_RELATIVES, RELATIVE_PRONOUNS
from quoteattr.lexicon.words import SHARE_WORDS

_MAX_CLAUSE_CLIMB = 8  # head steps from the word before a cue to the participle clause it ends
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "poss", "compound"})  # a name that is not the one acting
_MAX_WHO_REACH = 8  # tokens back from the thing to the person: "Nora in the upper hall"
_MAX_GERUND_GAP = 30  # tokens back from "and saying" to "giving a gentle sigh"
_TENSES = {"VBD": "past", "VBN": "past", "VBZ": "present", "VBP": "present"}  # "coughed" may be tagged VBN
_MAX_LIST_ITEMS = 5  # acts in a list before a cue: "stood up, coughed, waved, and said"
_MAX_SHARE_WORDS = 6  # words of "Just under a third of those asked"


def subject_of_adjective(adjective: Token) -> Token | None:
    return next((c for c in adjective.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def earlier_gerund_subject(verb: Token) -> Token | None:
    """The subject of the gerund a gerund joined by "and" belongs with, when the parser joined
    it to the clause above instead: "she never left without Mr. Hale's giving a sigh, and saying"."""
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or verb.head.tag_ == "VBG":
        return None
    for token in reversed(verb.doc[max(verb.head.i + 1, verb.i - _MAX_GERUND_GAP) : verb.i]):
        if token.tag_ == "VBG" and token.pos_ == "VERB":
            return next((c for c in token.children if c.dep_ == "nsubj" and can_speak(c)), None)
    return None


def name_made_compound(verb: Token) -> Token | None:
    """A name the parser hung on the verb right after it as a compound: “Cruz,” Beck joked."""
    if verb.i == 0 or verb.pos_ != "VERB":
        return None  # "Ada Cole heckles Ruiz supporters:" is a headline, not a misread
    before = verb.doc[verb.i - 1]
    if before.head.i == verb.i and before.dep_ == "compound" and before.pos_ == "PROPN":
        return before
    return None


def name_read_as_verb(verb: Token) -> Token | None:
    """A name ending like a verb that the parser hung on the verb of speaking before it as a
    clause of its own: in “…,” said Bunting after a pause, "Bunting" may be read as "bunting",
    something said. Only right after the verb, and only a capitalised word that opens no sentence."""
    if verb.pos_ != "VERB" or verb.i + 1 >= len(verb.doc) or verb.i == verb.sent.start:
        return None
    after = verb.doc[verb.i + 1]
    if after.head.i != verb.i or after.pos_ != "VERB" or not after.text.istitle() or after.i == after.sent.start:
        return None
    return after if after.dep_ in ("xcomp", "ccomp", "advcl", "dobj", "conj") else None


def name_read_as_modal(verb: Token) -> Token | None:
    """The name the tagger read as the verb's modal: "Will" in "While Will acknowledges"."""
    return next((c for c in verb.lefts if modal_read_for_name(c)), None)


def parallel_participle(verb: Token) -> Token | None:
    """The earlier participle that a participle after "and" goes with when the parser hung it on a
    clause in between: in "She sharpened her attack, telling the station that Cole is a “liar” and
    questioning how he …", she questions, as she tells; not Cole."""
    if verb.tag_ != "VBG" or verb.i < 1 or verb.doc[verb.i - 1].lower_ != "and" or verb.head.tag_ == "VBG":
        return None
    for token in reversed(verb.doc[max(verb.sent.start, verb.i - _MAX_GERUND_GAP) : min(verb.head.i, verb.i)]):
        if token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.i < token.i:
            return token
    return None


def subject_after_topic(subject: Token) -> Token | None:
    """The name after a topic phrase the parser made the subject: in "Of Cole, Nash, who …,
    said", the preposition is read as the subject and Nash joined to Cole. A preposition is
    never the subject."""
    if subject.pos_ != "ADP":
        return None
    topic = next((c for c in subject.children if c.dep_ == "pobj"), None)
    names = [] if topic is None else [c for c in topic.children if c.dep_ in ("conj", "appos") and can_speak(c)]
    return names[-1] if names else None


def share_subject(verb: Token) -> Token | None:
    """The share of those asked that a verb opening its sentence reports, when the parser left the
    verb without a subject: in "Nearly a third say they are not sure", "third" is hung on "say" as an
    adjective. Only a few words, none of them a verb or punctuation, with a share or a number."""
    if verb.tag_ not in ("VBP", "VBD") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.doc[verb.sent.start : verb.i]
    if not 0 < len(before) <= _MAX_SHARE_WORDS or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in before):
        return None
    return next((t for t in reversed(before) if t.lower_ in SHARE_WORDS or t.tag_ == "CD"), None)


def name_after_role(subject: Token, verb: Token) -> Token | None:
    """The name ending a long role the parser made the subject: in "Coast FM Vice President for
    sports and weather Dave Lenk called", it joins the name to "President" as a second subject. Only a
    name right before the verb, and not one an "and" or a comma of its own adds ("the chair and
    Dave Lenk said")."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.pos_ != "PROPN" or before.head.i != subject.i or before.dep_ not in ("conj", "appos"):
        return None
    if not is_people_word(subject.lower_):
        return None
    start = before.i
    while start > 0 and verb.doc[start - 1].pos_ == "PROPN" and verb.doc[start - 1].head.i == before.i:
        start -= 1  # "Dave" of "Dave Lenk"
    return None if start < 1 or verb.doc[start - 1].lower_ in ("and", "or", ",") else before


def person_before_who(who: Token, noun: Token) -> Token | None:
    """The person a "who" means when the parser hung its clause on a thing named after them: in
    "met Nora in the hall, who, breathless, cried out", the hall cries nothing; Nora does."""
    if who.lower_ not in PERSONAL_RELATIVES or can_speak(noun):
        return None
    for token in reversed(noun.doc[max(noun.sent.start, noun.i - _MAX_WHO_REACH) : noun.i]):
        if token.pos_ == "PROPN" and token.dep_ != "compound" and can_speak(token):
            return token
    return None


def name_joined_to_an_object(verb: Token) -> Token | None:
    """The subject of a verb joined by "and" that the parser joined to the object before it
    instead: in "the Herald will call you a liar and the Daily Post will accuse you of …", the
    Daily Post accuses; it is hung on "liar". The name must stand right before the verb and its auxiliaries."""
    if verb.dep_ != "conj":
        return None
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].head.i == verb.i and verb.doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    name = verb.doc[i]
    if name.pos_ != "PROPN" or name.dep_ != "conj" or name.head.i >= name.i or name.head.pos_ not in ("NOUN", "PROPN"):
        return None
    after_and = name.left_edge.i > 0 and verb.doc[name.left_edge.i - 1].lower_ == "and"
    return name if after_and and can_speak(name) else None


def for_subject(verb: Token) -> Token | None:
    """The subject an infinitive takes with "for": it is usual for local papers to paint …"""
    to = next((c for c in verb.lefts if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    before = verb.doc[to.i - 1]
    return before if before.dep_ == "pobj" and before.head.lower_ == "for" else None


def listed_subject(verb: Token) -> Token | None:
    """The subject of the first of a list of verbs the parser hung on a later one: "Trump summed
    up Clinton as “terrible”, denounced her record and said …" makes "summed" a clause of
    "denounced"; with no "when" or "if" and the same tense, it is the same subject's first act."""
    for child in verb.lefts:
        if child.dep_ != "advcl" or child.tag_ != verb.tag_ or any(_subordinates(c) for c in child.children):
            continue
        subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def subject_of_nearer_list(verb: Token) -> Token | None:
    """The subject of the first of a list of acts the cue verb ends, when the parser joined the
    cue to a verb further back: in "they were about to go in when Ida stopped, turned, threw up
    her hands, and cried:", Ida cries, not they. The list is read back from the cue, a stretch
    between commas at a time, each opening with a verb of the cue's tense, to the stretch whose
    verb has its own subject; at least two of its acts must be joined by a bare comma
    ("stopped, turned"), so a clause of its own before the cue ("where the children played, and
    said") or a relative clause ("which she took, said") is no list."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    doc, end, bare, floor = verb.doc, verb.i, False, verb.sent.start
    for _ in range(_MAX_LIST_ITEMS):
        j = end - 1
        joints = []
        while j > floor and (doc[j].lower_ in ("and", ",") or doc[j].is_space):
            joints.append(doc[j].lower_)
            j -= 1
        if not joints:
            return None  # the verb is not an item after a comma
        bare = bare or joints == [","]
        start = j
        while start > floor and doc[start - 1].text not in (",", ";", ":") and doc[start - 1].lower_ != "and":
            if doc[start - 1].tag_ in ("WDT", "WP"):
                return None  # "a letter, which she took, said": a relative clause, no act of the list
            if doc[start - 1].dep_ == "mark" or doc[start - 1].tag_ == "WRB":
                break  # "when Ida stopped": the stretch starts after "when"
            start -= 1
        item = next((t for t in doc[start : j + 1] if t.pos_ == "VERB"), None)
        if item is None or _TENSES.get(item.tag_) != _TENSES.get(verb.tag_, verb.tag_):
            return None
        subject = next((c for c in item.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:  # "Tom was joined by Ida and joked": no list, the parse holds
            usable = subject.dep_ == "nsubj" and start <= subject.i < item.i and can_speak(subject)
            return subject if bare and usable else None
        end = start
    return None


def subject_given_to_relative(verb: Token) -> Token | None:
    """A subject the parser gave to the relative clause after it, with the relative pronoun:
    "Sanders, who sits at zero, said …" read as "Sanders … who sits", and "said" left bare."""
    for child in verb.lefts:
        if child.dep_ not in ("ccomp", "advcl", "parataxis"):
            continue
        subjects = [c for c in child.children if c.dep_ == "nsubj"]
        if len(subjects) == 2 and subjects[1].lower_ in RELATIVE_PRONOUNS and subjects[0].pos_ in ("PROPN", "NOUN"):
            return subjects[0]
    return None


def _subordinates(token: Token) -> bool:
    return token.dep_ == "mark" or token.tag_ in ("WRB", "WDT")


def participle_subject(cue: Token, quoted: bytes) -> Token | None:
    """The subject the parser gave to a participle that ends just before the cue verb, which is
    the verb's own: “when Sir Tobias, just opening the door, said, …” (a participle has no subject
    of its own). Such a clause is one of the heads above the word before the cue, so only those
    few are read, however long the sentence."""
    end = word_before(cue.doc, cue.i, quoted, cue.sent.start)
    if end < cue.sent.start:
        return None
    clause = cue.doc[end]
    for _ in range(_MAX_CLAUSE_CLIMB):
        if clause.i < end and _edge_before(clause, cue) != end:
            return None  # past the clause that ends at the word: nothing above ends there either
        if clause.dep_ in ("advcl", "conj") and clause.tag_ == "VBG" and not quoted[clause.i] and clause.i < end:
            # "when Mr. Hale came in, and turning to her, said": the subject of the verb it is joined to
            owner = clause if clause.dep_ == "advcl" else clause.head
            subject = next((c for c in owner.lefts if c.dep_ == "nsubj" and not quoted[c.i]), None)
            if subject is not None and can_speak(subject):
                return subject
            if (named := _name_before_aside(clause, quoted, cue.doc[end + 1 : cue.i].text.strip() == ",")) is not None:
                return named
        if clause.head.i == clause.i or clause.head.i >= cue.i:
            return None
        clause = clause.head
    return None


def _edge_before(clause: Token, cue: Token) -> int:
    """The last token of a clause before the cue: the parser may hang the cue itself on the
    participle before it ("Tom, tired of waiting, called out")."""
    if clause.right_edge.i < cue.i:
        return clause.right_edge.i
    return max(t.i for t in clause.subtree if t.i < cue.i and not (t.is_punct or t.is_space))


def _name_before_aside(participle: Token, quoted: bytes, bare: bool) -> Token | None:
    """The name just before a participle set off by commas, when the parser hung it elsewhere (on a
    verb inside the quote before it): “We had better weeks,” Ned Lowry, wearing a straw hat, said;
    not one that is the object of a verb or a preposition outside it (“he turned to Ned, smiling,
    and said”), unless the verb follows the aside's comma ``bare``, with no "and": in "till Lady
    Ida, looking at the clock, exclaimed" the parser read "till" as a preposition."""
    comma = participle.left_edge.i - 1
    if comma < 1 or participle.doc[comma].text != ",":
        return None
    name = participle.doc[comma - 1]
    if quoted[name.i] or name.pos_ != "PROPN" or not (can_speak(name) or name.text.istitle()):
        return None  # a capitalised name, however the parser hung it: "…, Nora, feeling it only fair, said"
    # an object of a word inside the quote is a misparse
    return None if name.dep_ in _OBJECT_DEPS and not quoted[name.head.i] and not bare else name


def speaker_resumed(verb: Token) -> Token | None:
    """The subject of a verb of speaking that a participle of speaking goes on from, past a clause
    the parser hung it on: in "Hale said on his podcast after the senator won her race, adding
    that …", Hale adds it, not the senator."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or not is_cue(verb):
        return None
    clause = verb.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in clause.children) or not is_cue(clause.head):
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)  # the one who said, however tagged


def participle_made_quote_subject(cue: Token, quoted: bytes) -> Token | None:
    """The subject of the clause before a participle the parser made the subject of the quote after
    it: in "Ada Cole shared the news, writing “Feels great to be back.”", "writing" is read as
    what "feels"; it is Ada Cole's act, the verb the quote hangs on hers."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("nsubj", "csubj") or not quoted[cue.head.i]:
        return None
    clause = cue.head
    for _ in range(_MAX_CLAUSE_CLIMB):
        if not quoted[clause.i] or clause.head.i == clause.i:
            break
        clause = clause.head
    if quoted[clause.i] or clause.i > cue.i:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and not quoted[c.i] and can_speak(c)), None)


def subject_of_clause_before(participle: Token, quoted: bytes) -> Token | None:
    """The subject of the clause that ends just before a participle set off by a comma, when the
    participle's own head has a subject that cannot speak: in "The row began at the hall, when
    farmers interrupted the minister, shouting “…”", the farmers shout, not the row."""
    if participle.tag_ != "VBG" or participle.i < 2 or participle.doc[participle.i - 1].text != ",":
        return None
    token = participle.doc[participle.i - 2]
    for _ in range(_MAX_CLAUSE_CLIMB):
        if token.i >= participle.i or token.i == participle.head.i or token.head.i == token.i:
            return None
        if token.pos_ == "VERB" and token.right_edge.i == participle.i - 2:
            subject = next((c for c in token.children if c.dep_ == "nsubj" and not quoted[c.i]), None)
            return subject if subject is not None and can_speak(subject) else None
        token = token.head
    return None
