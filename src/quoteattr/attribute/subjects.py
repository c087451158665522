"""Who performs a verb: its subject, borrowed or misread, the doer of a passive (passives.py),
the speaker named beside a cue verb the parser left without a subject (“…,” eagerly rejoined Mrs.
Elton), and the person behind a document or a voice that is the subject ("her statement said" →
her).

Pure functions over spaCy tokens, for the cue rules (cues.py, nearby.py) and reported speech.
"""

from __future__ import annotations

from spacy.tokens import Token

from quoteattr.attribute.misparses import (
    earlier_gerund_subject,
    for_subject,
    listed_subject,
    name_after_role,
    name_joined_to_an_object,
    name_made_compound,
    name_read_as_modal,
    name_read_as_verb,
    parallel_participle,
    participle_made_quote_subject,
    participle_subject,
    person_before_who,
    speaker_resumed,
    subject_after_topic,
    subject_given_to_relative,
    subject_of_adjective,
    subject_of_clause_before,
    subject_of_nearer_list,
)
from quoteattr.attribute.passives import is_asked, passive_agent
from quoteattr.attribute.syntax import (
    according_to_object,
    can_speak,
    described_just_before,
    is_according_to,
    is_cue,
    lemma,
    name_just_before,
    word_before,
)
from quoteattr.lexicon.deps import BORROWS_SUBJECT_DEPS, INVERTED_SUBJECT_DEPS, MAIN_CLAUSE_DEPS, SUBJECT_DEPS
from quoteattr.lexicon.fiction import SPEAKING_PARTS
from quoteattr.lexicon.pronouns import PRONOUNS, RELATIVE_PRONOUNS
from quoteattr.lexicon.words import PURPOSE_PHRASES, TIME_NOUNS

_NOT_SUBJECTS = frozenset({"half"})  # "half smiled": an adverb the tagger may call a noun
_MAX_QUOTE_CLIMB = 4  # head steps out of a quote: “shameful” → called
MAX_NAMED_AFTER = 4  # words from a cue verb to the speaker it names: "cried the old gentleman"
_MAX_SPEAKER_AFTER = 6  # … and tokens, a hyphenated word's among them: "said a neatly-dressed woman"
_EPITHET_REACH = 3000  # tokens back to an earlier use of a description: a chapter or so


def subject_of(verb: Token, quoted: bytes | None = None) -> Token | None:
    """The token naming who performs ``verb``: its subject, or its head's for borrowed subjects.

    Words inside quote marks (``quoted``, one byte per token) are never the subject: in “Never,”
    said Lind, the parser may make "Never" a second subject of "said".
    """
    if is_according_to(verb):
        return according_to_object(verb)
    current = verb
    for _ in range(6):
        subjects = _own_subjects(current, quoted)
        if current is not verb and current.dep_ == "conj" and subjects and all(map(_misparsed_subject, subjects)):
            current = current.head  # "Sir Tobias paused, half smiled, … and replied": not "half"
            continue
        borrowed_thing = current is not verb and bool(subjects) and not can_speak(subjects[0])
        if borrowed_thing and quoted is not None and (nearer := subject_of_clause_before(verb, quoted)):
            return nearer  # "the row began …, when farmers interrupted …, shouting": farmers
        if current is verb and is_asked(verb):
            return passive_agent(verb, quoted)  # "Hale was asked, “…”": the one asked did not ask it
        if _passive_over_participle(current, verb, subjects) and (doer := passive_agent(current, quoted)):
            return doer  # "the silence was broken by Tom saying": Tom says it, not the silence
        if subjects:
            return _named_subject(subjects[0], current, quoted)
        if (misread := _misread_subject(current, verb, quoted)) is not None:
            return misread
        if current is verb and (parallel := parallel_participle(verb)) is not None:
            current = parallel  # "telling the station that Cole is a “liar” and asking …": whoever tells
            continue
        if (acting := _participle_subject(current, verb, quoted)) is not None:
            return acting
        head = current.head
        if current.dep_ == "acl" and head.dep_ == "pobj" and (head.head.lower_, head.lower_) in PURPOSE_PHRASES:
            current = head.head  # "in order to say": whoever's purpose it is
            continue
        if (_infinitive_on_a_thing(current) or _aside_on_a_thing(current)) and (governor := _verb_over(head)):
            current = governor  # "he went out of his way to say", "he waved off the idea …, saying": he
            continue
        if current.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            return _unquoted(head, quoted)  # "a man shouting …"
        if current.dep_ not in BORROWS_SUBJECT_DEPS or head.i == current.i:
            return None
        if current is verb and verb.dep_ == "xcomp" and is_cue(verb) and (told := _object_of(head, quoted)):
            return told  # "the record prompted the Atlas to state, “…”": the one prompted states it
        if current.dep_ == "conj" and quoted is not None and not _has_subject(head, quoted):
            head = _outside_quote(head, quoted)  # He called it “shameful” and called on leaders …
        if current.dep_ == "prep" and head.dep_ == "dobj":
            head = head.head  # "Ida found an opportunity of saying": whoever found it
        current = head
    return None


def _own_subjects(verb: Token, quoted: bytes | None) -> list[Token]:
    """A verb's subjects outside quote marks; of several the parser gave it, the one that names a
    speaker."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not (quoted is not None and quoted[c.i])]
    if len(subjects) > 1:  # "which they say caused a gap": "which" belongs to "left"
        subjects = [c for c in subjects if c.lower_ not in RELATIVE_PRONOUNS and not c.is_punct] or subjects
        # "Nothing the mayor said “…,” the senator said", read as two subjects of the last "said"
        subjects = [c for c in subjects if can_speak(c)] or subjects
        # "co - host Mika Brzezinski asked", parsed as three subjects: the name is the one
        subjects = [c for c in subjects if c.pos_ in ("PROPN", "PRON")][-1:] or subjects
    return subjects


def _named_subject(child: Token, verb: Token, quoted: bytes | None) -> Token | None:
    """Who a verb's subject names, when the parser hung the name elsewhere or the subject is a
    relative pronoun, a topic phrase or a long role."""
    if child.pos_ == "ADJ" and (named := subject_of_adjective(child)) is not None:
        return named  # "said Helen, ominously calm": the parser hangs Helen on "calm"
    if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        meant = person_before_who(child, verb.head) or verb.head
        return _unquoted(meant, quoted)  # "Smith, who said …"
    if child.lower_ in RELATIVE_PRONOUNS and (earlier := _relative_before(child)) is not None:
        return _unquoted(earlier.head, quoted)  # "Miss Steele, who seemed …, and who now said"
    if child.pos_ == "ADP":
        return subject_after_topic(child)  # "Of Cole, Nash said": no preposition speaks
    return name_after_role(child, verb) or child


def _misread_subject(current: Token, verb: Token, quoted: bytes | None) -> Token | None:
    """The subject of a verb the parser left without one, from a misread around it."""
    if current is verb and (joined := name_joined_to_an_object(verb)) is not None:
        return _unquoted(joined, quoted)  # "… call you a liar and the Daily Post will accuse you"
    if current is verb and (listed := subject_of_nearer_list(verb)) is not None:
        return _unquoted(listed, quoted)  # "when Ida stopped, turned, and cried": not "they" before
    misread = name_made_compound(current) or name_read_as_verb(current) or name_read_as_modal(current)
    misread = misread or for_subject(current) or speaker_resumed(current) or listed_subject(current)
    misread = misread or subject_given_to_relative(current)
    return None if misread is None else _unquoted(misread, quoted)


def _participle_subject(current: Token, verb: Token, quoted: bytes | None) -> Token | None:
    """The subject of a participle's act, which the parser gave to another clause."""
    if current is verb and (gerund := earlier_gerund_subject(verb)) is not None:
        return _unquoted(gerund, quoted)  # "without Mr. Hale's giving a sigh, and saying": his
    if quoted is None:
        return None
    if (current is verb or verb.dep_ == "conj") and (participle := participle_subject(current, quoted)):
        return participle  # "when Mr. Cole joining in, observed": not the subject of the clause above
    if current is verb and (sharer := participle_made_quote_subject(verb, quoted)):
        return sharer  # "Cole shared the news, writing “…”": not the subject of the quote's verb
    return None


def _relative_before(pronoun: Token) -> Token | None:
    """The clause of an earlier relative pronoun in the sentence that a second one, joined by
    "and", continues: the parser hangs "and who now said" on the main verb, not on the name."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return token.head
    return None


def _misparsed_subject(token: Token) -> bool:
    """A subject no one can be: an adverb or adjective the parser took for one ("half smiled")."""
    return token.pos_ in ("ADV", "ADJ", "ADP", "NUM") or (token.pos_ == "NOUN" and token.lower_ in _NOT_SUBJECTS)


def _infinitive_on_a_thing(verb: Token) -> bool:
    """An infinitive clause on a noun that cannot speak ("his way to say"), which the parser
    makes a relative clause: its subject is the one the noun's clause is about."""
    infinitive = verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.head.pos_ == "NOUN" and not can_speak(verb.head)


def _aside_on_a_thing(verb: Token) -> bool:
    """A participle set off by a comma that the parser hung on a noun that cannot speak: in "Hale
    waved off the idea that …, saying", Hale says it, not the idea."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    aside = verb.dep_ == "acl" and verb.tag_ == "VBG" and before is not None and before.text == ","
    return aside and verb.head.pos_ == "NOUN" and not can_speak(verb.head)


def _verb_over(noun: Token) -> Token | None:
    """The verb a noun phrase hangs on, through a preposition or two: "went" for "out of his way"."""
    token = noun
    for _ in range(_MAX_QUOTE_CLIMB):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _passive_over_participle(clause: Token, verb: Token, subjects: list[Token]) -> bool:
    """Whether ``clause`` is the passive verb a participle ``verb`` hangs on: "was broken by Tom saying"."""
    above = clause.i == verb.head.i != verb.i and verb.dep_ == "advcl" and verb.tag_ == "VBG"
    return above and bool(subjects) and subjects[0].dep_ == "nsubjpass"


def _has_subject(token: Token, quoted: bytes) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and not quoted[c.i] for c in token.children)


def _outside_quote(token: Token, quoted: bytes) -> Token:
    """The nearest head of ``token`` outside quote marks: a verb joined by "and" to a quoted word
    ("called it “shameful” and called on …") shares the subject of the verb that word belongs to."""
    for _ in range(_MAX_QUOTE_CLIMB):
        if not quoted[token.i] or token.head.i == token.i or token.dep_ in ("ccomp", "parataxis"):
            break  # not out of a report: in "X “bristled” and said, …, the Herald reported", X said it
        token = token.head
    return token


def _object_of(verb: Token, quoted: bytes | None) -> Token | None:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and can_speak(obj) and _unquoted(obj, quoted) is not None else None


def joined_subject(cue: Token, quoted: bytes) -> Token | None:
    """For a cue verb left without a subject, the subject of the clause "and" joins it to, which
    the parser often misreads: “Tom came to the table and, with some sternness, said, …”; “Ann
    read the note. And asked, …”."""
    doc = cue.doc
    start = cue.sent.start
    if doc[start].lower_ == "and" and start > 0:
        start = doc[start - 1].sent.start
    joined = False
    for token in reversed(doc[start : cue.i]):
        if quoted[token.i]:
            return None
        if token.lower_ == "and" and token.pos_ == "CCONJ":
            joined = True
        elif joined and token.dep_ == "nsubj" and token.head.dep_ in MAIN_CLAUSE_DEPS and can_speak(token):
            return token
    return None


def _unquoted(token: Token, quoted: bytes | None) -> Token | None:
    """``token``, unless it lies inside quote marks: a “chief trade prosecutor” who reports to the
    president is the quote's words, not its speaker."""
    return None if quoted is not None and quoted[token.i] else token


def speaker_beside(cue: Token, quoted: bytes) -> Token | None:
    """The speaker of a cue verb the parser left without a subject, from the words around it: after
    it (“…,” asked Councillor Helen Brook), or a name just before it."""
    found = _inverted_subject(cue, quoted) or _name_before(cue, quoted)
    return found or participle_subject(cue, quoted) or _named_after(cue, quoted)


def _inverted_subject(cue: Token, quoted: bytes) -> Token | None:
    """The speaker after a cue verb that follows its quote, when the parser made it the verb's
    object: “Who will pay?” asked Councillor Helen Brook."""
    if not _follows_quote(cue, quoted):
        return None
    speakers = [
        c
        for c in cue.rights
        if c.dep_ in INVERTED_SUBJECT_DEPS and (can_speak(c) or lemma(c) in SPEAKING_PARTS or _someone_described(c))
    ]
    # “…,” replied the referee, Paul Simms: the name, where the parser did not make it an appositive
    return next((c for c in speakers if c.pos_ == "PROPN"), speakers[0] if speakers else None)


def _someone_described(noun: Token) -> bool:
    """A common noun with its article, which inverted after a quote's verb can only be the one who
    spoke, whatever it names: “…,” replied the dealer, when the text has spoken of a dealer before.
    A description the text uses here first (“…,” replied the attendant) is a new name for someone
    already on the scene, whom the turns of the conversation tell better than the word."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME") or lemma(noun) in TIME_NOUNS:
        return False
    # an owner's word is often the verb's own object instead: (resuming her work, …)
    if noun.head.tag_ == "VBG" or not any(c.dep_ == "det" and c.i < noun.i for c in noun.children):
        return False
    word, doc = lemma(noun), noun.doc
    return any(lemma(t) == word for t in doc[max(0, noun.i - _EPITHET_REACH) : noun.i])


def _follows_quote(cue: Token, quoted: bytes) -> bool:
    """Whether the cue verb comes right after its quote, or after an adverb of its own that does:
    “Oh, no,” eagerly rejoined Mrs. Pell."""
    i = word_before(cue.doc, cue.i, quoted, 0)
    if i >= 0 and cue.doc[i].dep_ == "advmod" and cue.doc[i].head.i == cue.i and not quoted[i]:
        i = word_before(cue.doc, i, quoted, 0)
    return i >= 0 and bool(quoted[i])


def _named_after(cue: Token, quoted: bytes) -> Token | None:
    """For a cue verb right after its quote, the speaker named just after it, whatever the parser
    made of it: “Whose name?” returned Tom; “Never!” cried Mrs. Pell, quite frightened."""
    if not _follows_quote(cue, quoted):
        return None
    doc = cue.doc
    for token in doc[cue.i + 1 : min(cue.i + 1 + _MAX_SPEAKER_AFTER, cue.sent.end)]:
        if quoted[token.i] or (token.is_punct and token.text != "-"):  # but "a neatly-dressed woman"
            return None
        if (
            token.pos_ == "PROPN"
            or (token.pos_ == "PRON" and token.lower_ in PRONOUNS)
            or can_speak(token)
            or _capitalised_noun(token)
            or _capitalised_modifier(token, cue)
        ):
            while token.dep_ in ("compound", "flat") and token.head.i > token.i:
                token = token.head  # from "Mrs." to "Pell"
            return token
    return None


def _capitalised_noun(token: Token) -> bool:
    """A capitalised word inside a sentence that the tagger took for a common noun: a name
    (“…?” asked the sleepy Noah)."""
    # the head of its phrase, not a modifier: "said Oversight ranking member Ana Ruiz"
    heads = ("dobj", "nsubj", "nsubjpass", "attr", "appos", "conj")
    return token.pos_ == "NOUN" and token.text.istitle() and token.i != token.sent.start and token.dep_ in heads


def _capitalised_modifier(token: Token, cue: Token) -> bool:
    """A capitalised word right after a cue that the tagger took for an adverb or an adjective:
    a name (“…,” said Fenwick, darkly)."""
    return (
        token.i == cue.i + 1 and token.pos_ in ("ADV", "ADJ") and token.text.istitle() and token.i != token.sent.start
    )


def _name_before(cue: Token, quoted: bytes) -> Token | None:
    """For a cue verb the parser left without a subject, the name just before it: “In a post on
    Facebook, the bakery’s owner, Marta Kowal, wrote: …”; “…” Will wrote (no modal comes before a
    past tense, so "Will" is a name; “…?” May suddenly proposed)."""
    i = word_before(cue.doc, cue.i, quoted, cue.sent.start)
    if i > cue.sent.start and cue.doc[i].dep_ == "advmod" and cue.doc[i].head.i == cue.i:
        i = word_before(cue.doc, i, quoted, cue.sent.start)  # "May suddenly proposed"
    word = cue.doc[i] if i >= cue.sent.start and not quoted[i] else None
    if word is not None and word.tag_ == "MD" and word.text.istitle() and cue.tag_ in ("VBD", "VBN"):
        return word
    return name_just_before(cue, quoted) or described_just_before(cue, quoted)
