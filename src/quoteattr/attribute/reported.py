"""Reported speech: quotations without quote marks (kind INDIRECT).

The forms news uses, each with the verbs of :data:`~quoteattr.lexicon.verbs.REPORTING_VERBS`:

* X said (that) <clause>; X told reporters <clause>; X made it clear that <clause>;
* <clause>, X said. / <clause>, X said, <clause>. — the cue set off by commas, in either order
  (“said X”), and the report on both sides of it;
* As X noted, <clause>. / <clause>, as X said.;
* according to X, <clause>;
* X announced <a plan of four words or more> — a reported thing rather than a clause;
* X explained why <clause> — but not after "ask" or "wonder", which ask rather than report.

The content is the reported words, without "that" and without the punctuation at their edges. A
clause mostly in quote marks is left to its quote (she said the plan was “a mess from the start” is
one partial quote); a clause mostly in the reporter's words is a report, and the few words quoted
inside it a partial quote within it (she said the plan was “a gamble” the city could not afford).
A report never cuts through a quote: it holds the whole of any quote it touches, marks and all.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from spacy.tokens import Span, Token

from quoteattr.attribute.headlines import headline_reports
from quoteattr.attribute.misparses import share_subject
from quoteattr.attribute.passives import passive_agent
from quoteattr.attribute.report_edges import before_quote, clause_end, clause_start, trim, with_whole_quotes
from quoteattr.attribute.set_off import around_cue, opens_quote
from quoteattr.attribute.speaking_for import speaker_behind
from quoteattr.attribute.subjects import subject_of
from quoteattr.attribute.syntax import (
    can_speak,
    is_according_to,
    lemma,
    misread_name,
    name_just_before,
    noun_phrase,
)
from quoteattr.lexicon.deps import SUBJECT_DEPS
from quoteattr.lexicon.pronouns import INDEFINITE_SPEAKERS, PRONOUNS
from quoteattr.lexicon.verbs import (
    INSTRUCTING_VERBS,
    LISTENER_VERBS,
    REPORTING_PHRASES,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    THING_REPORTING_PREPOSITIONS,
    THING_REPORTING_VERBS,
    THINGS_TOLD,
)
from quoteattr.lexicon.words import SHARE_WORDS
from quoteattr.types import RULE_CONFIDENCE, Attribution, Document, Rule

_MIN_WORDS = 3  # "he said so" reports nothing worth a quote
_THAT_REACH = 14  # tokens from the verb to the "that" of its clause: "told CBS News on Sunday that"
# when, where or as what, not what: "described the view <as “overwhelming”>"
_NOT_OF_THE_THING = frozenset({"on", "at", "in", "during", "after", "before", "since", "as"})
_MIN_THING_WORDS = 4  # "announced a charity dinner", not "said a word"
_HAS = frozenset({"'s", "’s"})


@attrs.frozen
class Reported:
    """One piece of reported speech: its words and who is said to have said them."""

    clause: Span
    attribution: Attribution


def reported_speech(document: Document) -> list[Reported]:
    """Reported speech in the readable text, in document order; no two pieces overlap, and none is
    mostly a marked quote."""
    doc, quoted, readable = document.doc, document.quoted, document.readable
    found: list[Reported] = []
    for token in doc:
        if quoted[token.i] or not readable[token.i]:
            continue
        found.extend(_at(token, quoted))
    found.extend(Reported(clause, attribution) for clause, attribution in headline_reports(document))
    found.sort(key=lambda r: (r.clause.start, -len(r.clause)))
    return _without_overlaps(found)


def _at(token: Token, quoted: bytes) -> Iterator[Reported]:
    if is_according_to(token):
        clauses = [_according_clause(token, quoted)]
        speaker = subject_of(token, quoted)
    elif token.pos_ == "NOUN" and lemma(token) in SPEECH_NOUNS:
        clauses = [_noun_clause(token, quoted)]
        speaker = next((c for c in token.children if c.dep_ == "poss" and can_speak(c)), None)
    elif token.pos_ == "VERB" and (lemma(token) in REPORTING_VERBS or _phrase_cue(token)):
        clauses = _reported(token, quoted)
        speaker = _reporter(token, quoted)
    else:
        return
    if speaker is None or _negated(token):
        return
    rule = Rule.REPORTED_SPEECH
    attribution = Attribution(noun_phrase(speaker_behind(speaker, quoted)), token, rule, RULE_CONFIDENCE[rule])
    for clause in clauses:
        clause = before_quote(clause, quoted) if clause is not None else None
        clause = with_whole_quotes(clause, quoted) if clause is not None else None
        if clause is None or (clause.start <= speaker.i < clause.end and clause.end <= token.i):
            continue  # “X came in and, turning, said,”: no one reports the clause before that names them
        if _is_report(clause, quoted):
            yield Reported(clause, attribution)


def _reporter(verb: Token, quoted: bytes) -> Token | None:
    """Who reports: the verb's own subject, whatever kind of noun it is ("21 percent said",
    "history says"), but not the subject of a passive ("the minister was told that …") nor a dummy
    "it"; a subject borrowed from another verb only when it can speak."""
    if any(child.dep_ == "auxpass" and child.lower_ not in _HAS for child in verb.children):
        # "the minister was told", but not "he's said" (has said); "was told by aides" is theirs
        return passive_agent(verb, quoted)
    subject = subject_of(verb, quoted) or name_just_before(verb, quoted) or _listed_before(verb, quoted)
    if subject is None:
        return share_subject(verb)  # "Nearly a third say …", with "third" read as an adjective
    if subject.dep_ == "expl" or not any(ch.isalnum() for ch in _head_words(subject)):
        return None
    if subject.head.i != verb.i:  # borrowed from another verb: only a speaker for certain
        return subject if can_speak(subject) or _said_by_whom(verb) else None
    if subject.pos_ not in ("PROPN", "NOUN", "PRON", "NUM") and not misread_name(subject):
        if (subject.lower_ in INDEFINITE_SPEAKERS or subject.lower_ in SHARE_WORDS) and subject.dep_ in SUBJECT_DEPS:
            return subject  # "many said Monday that …", "a third say …", tagged adjectives
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in PRONOUNS and subject.lower_ not in INDEFINITE_SPEAKERS:
        # not "that", "which" …, but a name the tagger took for a pronoun ("although O’Malley notes")
        return subject if _described_group(subject) or misread_name(subject) else None
    return subject


def _listed_before(verb: Token, quoted: bytes) -> Token | None:
    """The subject of a list of acts whose last the parser made the head of the others: "He
    pledged to …, cast doubt on …, suggested that …", with "pledged" a clause of "suggested"."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.tag_ != "VBD":
        return None
    for child in verb.lefts:
        if child.dep_ in ("ccomp", "advcl") and child.tag_ == "VBD":
            subject = next((c for c in child.children if c.dep_ == "nsubj" and not quoted[c.i]), None)
            return subject if subject is not None and can_speak(subject) else None
    return None


def _head_words(subject: Token) -> str:
    """The subject's head with the words before it: "45%" for the "%" of "45% of voters"."""
    return subject.doc[subject.left_edge.i : subject.i + 1].text


def _said_by_whom(verb: Token) -> bool:
    """ "18% who say …": "who" speaks for the people it follows, whatever word names them."""
    return verb.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_ in SUBJECT_DEPS for c in verb.children)


def _described_group(pronoun: Token) -> bool:
    """ "those surveyed", "those who voted": people the sentence describes."""
    return pronoun.lower_ in ("those", "these") and any(c.dep_ in ("acl", "relcl") for c in pronoun.children)


def _is_report(clause: Span, quoted: bytes) -> bool:
    """Whether a clause reports a claim in the reporter's words: enough words, most of them not
    in quote marks. A few quoted words inside are a partial quote of the claim (“said the plan was
    “a gamble” the city could not afford”); a clause mostly quoted is left to its quote."""
    words = [t for t in clause if not t.is_punct and not t.is_space]
    own = [t for t in words if not quoted[t.i]]
    return len(own) >= _MIN_WORDS and len(own) * 2 > len(words)


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _phrase_cue(verb: Token) -> bool:
    return any((lemma(verb), child.lower_) in REPORTING_PHRASES for child in verb.children)


def _reported(verb: Token, quoted: bytes) -> list[Span | None]:
    """What ``verb`` reports: the sentence around it when it is set off by commas (or opens with
    "as"), else its clause, else the thing it names."""
    around = around_cue(verb, quoted)
    if around:
        return around
    clause = _reported_clause(verb, quoted)
    if clause is not None:
        return [clause]
    return [_reported_thing(verb, quoted)]


def _reported_clause(verb: Token, quoted: bytes) -> Span | None:
    """The verb's clausal complements, else the clause its next "that" introduces."""
    doc = verb.doc
    if opens_quote(verb, quoted):
        return None  # "The judge thought a moment, then she said: ¶ “…”": she said the quote
    complements = [c for c in verb.children if _is_complement(c)]
    after = [c for c in complements if c.i > verb.i]
    if after:
        end = clause_end(verb, after[-1].right_edge.i, quoted)
        return trim(doc[clause_start(verb, after[0]) : end + 1], quoted)
    if complements:
        span = doc[complements[0].left_edge.i : complements[-1].right_edge.i + 1]
        if any(quoted[span.start : span.end]):
            return None  # “…,” he said: the verb reports the quote before it, which is left to itself
        return trim(span, quoted)
    for i in range(verb.i + 1, min(verb.i + _THAT_REACH, verb.sent.end)):
        token = doc[i]
        if quoted[i] or (token.pos_ == "VERB" and token.dep_ not in ("ccomp", "relcl")):
            break
        if token.lower_ == "that" and (token.dep_ == "mark" or token.tag_ == "IN") and token.head.i > i:
            return trim(doc[i : clause_end(verb, token.head.right_edge.i, quoted) + 1], quoted)
        if token.lower_ == "that" and token.tag_ == "IN" and token.head.i == verb.i:
            return trim(doc[i : verb.right_edge.i + 1], quoted)  # "noted that …" misread as "noted that"
    return None


def _is_complement(child: Token) -> bool:
    """A clause the verb reports: "said <the plan would fail>", or a gerund clause after it
    ("said <having Trump on the ticket puts them at risk>")."""
    if child.dep_ == "ccomp":  # "suggesting the city outsource the cleanup", "outsource" tagged a noun
        return (
            child.pos_ in ("VERB", "AUX")
            or (child.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in child.children))
            or _adjective_clause(child)
        )
    if child.dep_ == "xcomp" and child.tag_ == "VB" and _told_to(child):
        return True  # "told the families to boil their water": what they were told
    # also a finite verb the parser hung as xcomp: "which they say caused a gap"
    return child.dep_ == "xcomp" and child.tag_ in ("VBG", "VBD", "VBZ", "VBP") and child.i > child.head.i


def _told_to(infinitive: Token) -> bool:
    """An infinitive after a verb of instructing and the one instructed: "urged voters to stay"."""
    verb = infinitive.head
    if lemma(verb) not in INSTRUCTING_VERBS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.lefts):
        return False
    return any(c.dep_ in ("dobj", "dative") and c.i < infinitive.i and can_speak(c) for c in verb.children)


def _adjective_clause(word: Token) -> bool:
    """An adjective with a subject and a verb of its own: "said Ruiz is best placed to …"; not
    the "it clear" of "made it clear that …"."""
    return (
        word.pos_ == "ADJ"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
        and any(c.dep_ in ("aux", "auxpass") for c in word.children)
    )


def _reported_thing(verb: Token, quoted: bytes) -> Span | None:
    """A noun phrase the verb reports: "announced a charity dinner in support of the mayor"."""
    if lemma(verb) not in THING_REPORTING_VERBS:
        return _reported_after_preposition(verb, quoted)
    listener = lemma(verb) in LISTENER_VERBS  # "told reporters outside the court": whom, not what
    thing = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not (listener and _told(c))), None
    )
    if thing is None:
        return _reported_after_preposition(verb, quoted)
    end = thing.right_edge.i
    # "announced his engagement <to Jerry Hall>": the parser hangs the phrase on the verb
    following = next((c for c in verb.rights if c.i == end + 1), None)
    if (
        following is not None
        and following.dep_ == "prep"
        and following.lower_ not in _NOT_OF_THE_THING
        and not any(quoted[t.i] for t in following.subtree)
    ):
        end = following.right_edge.i
    end = _purpose_after(verb, end, quoted)
    span = trim(verb.doc[thing.left_edge.i : end + 1], quoted)
    return span if span is not None and len(span) >= _MIN_THING_WORDS else None


def _told(noun: Token) -> bool:
    """Whether the object of "tell" is whom it was told to, not what: reporters, not a story."""
    return can_speak(noun) and lemma(noun) not in THINGS_TOLD


def _reported_after_preposition(verb: Token, quoted: bytes) -> Span | None:
    """What a verb's preposition introduces as said: "warned of the risks a war would bring",
    "admitted to stealing the files"."""
    prepositions = THING_REPORTING_PREPOSITIONS.get(lemma(verb), frozenset())
    preposition = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in prepositions), None)
    if preposition is None:
        return None
    thing = next((c for c in preposition.children if c.dep_ in ("pobj", "pcomp")), None)
    if thing is None or thing.pos_ not in ("NOUN", "VERB", "PROPN"):
        return None
    span = trim(verb.doc[thing.left_edge.i : thing.right_edge.i + 1], quoted)
    return span if span is not None and len(span) >= _MIN_THING_WORDS else None


def _purpose_after(verb: Token, end: int, quoted: bytes) -> int:
    """Where a reported thing ends when the parser hung its infinitive on the verb: "announced the
    creation of a website <to explain the process>"."""
    doc = verb.doc
    infinitive = next((c for c in verb.rights if c.dep_ in ("xcomp", "advcl") and c.left_edge.i == end + 1), None)
    if infinitive is None or doc[end + 1].tag_ != "TO" or any(quoted[t.i] for t in infinitive.subtree):
        return end
    return infinitive.right_edge.i


def _noun_clause(noun: Token, quoted: bytes) -> Span | None:
    """What a speech noun says: "Trump's claim <that he is worth $10 billion>"."""
    doc = noun.doc
    that = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if that is None or that.lower_ != "that" or that.dep_ != "mark" or that.head.i <= that.i:
        return None
    return trim(doc[that.i : that.head.right_edge.i + 1], quoted)


def _according_clause(according: Token, quoted: bytes) -> Span | None:
    """The rest of the sentence: "According to the police, <clause>." / "<clause>, according to X"."""
    sentence = according.sent
    phrase_end = according.right_edge.i + 1
    before = sentence.doc[sentence.start : according.i]
    after = sentence.doc[phrase_end : sentence.end]
    # "<A> according to X, but <B>": B is the writer's, not X's
    joined = next((t for t in after if not t.is_punct), None)
    if joined is not None and joined.pos_ == "CCONJ" and len(before) >= _MIN_WORDS:
        return trim(before, quoted)
    return trim(after if len(after) >= len(before) else before, quoted)


def _without_overlaps(found: list[Reported]) -> list[Reported]:
    """The outer of nested reports, the first of overlapping ones."""
    kept: list[Reported] = []
    for reported in found:
        if not kept or reported.clause.start >= kept[-1].clause.end:
            kept.append(reported)
    return kept
