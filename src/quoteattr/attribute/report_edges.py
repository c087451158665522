"""Where a report's words start and end: the clause a reporting verb governs, cut before a quote
in a new phrase, widened to hold a quote it cuts, carried on over the second half of a claim the
parser hung on the verb, and trimmed of "that" and stray punctuation."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quoteattr.attribute.syntax import can_speak, is_cue, lemma
from quoteattr.lexicon.verbs import REPORTING_VERBS

MAX_WIDENING = 40  # tokens a report widens by to hold a quote it cuts: a few words, not a speech
_PRESENT_MODALS = frozenset({"will", "can", "may", "must", "shall"})
_NEW_PHRASE_DEPS = frozenset({"advcl", "conj", "relcl"})  # "…, telling", "… and said", "…, which"
_BACKSHIFTED = frozenset({"would", "could", "might", "should"})  # "said he would …"
_ASIDE_OPENERS = frozenset({"(", ":", ";", "—", "–", "--"})  # what follows them is not the report


def before_quote(clause: Span, quoted: bytes) -> Span | None:
    """A clause that ends in a new phrase holding a marked quote, cut before that phrase: "said he
    saw no need to change, telling reporters that “we tell the truth”" reports "he saw no need to
    change", and the quote is left to itself."""
    first = next((t.i for t in clause if quoted[t.i]), None)
    if first is None:
        return clause
    doc = clause.doc
    aside = next((t.i for t in doc[clause.start : first] if t.text in _ASIDE_OPENERS or _spaced_hyphen(t)), None)
    if aside is not None:  # "stated that X (there were 2,000 emails, some “top secret”)"; "said X: “…”"
        return trim(doc[clause.start : aside], quoted)
    for token in doc[clause.start : first]:
        edge = token.left_edge.i
        joined = edge > clause.start and (doc[edge - 1].text == "," or doc[edge - 1].dep_ == "cc")
        if token.dep_ in _NEW_PHRASE_DEPS and joined and token.right_edge.i >= first:
            cut = edge - 1 if doc[edge - 1].dep_ == "cc" else edge  # "… and said, “…”"
            return trim(doc[clause.start : cut], quoted)
    return clause


def _spaced_hyphen(token: Token) -> bool:
    """A hyphen typed for a dash, with a space on either side: "the old regime - ''He would …"."""
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


def with_whole_quotes(clause: Span, quoted: bytes) -> Span | None:
    """The clause widened to hold the whole of a quote it starts or ends inside (“said the plan
    was “a gamble the city” could not afford”, parsed short), marks and all; None when that quote
    is too long to be a few quoted words within a claim."""
    start, end = clause.start, clause.end
    while start > 0 and quoted[start - 1] and quoted[start] and clause.start - start < MAX_WIDENING:
        start -= 1
    while end < len(quoted) and quoted[end] and quoted[end - 1] and end - clause.end < MAX_WIDENING:
        end += 1
    if clause.start - start >= MAX_WIDENING or end - clause.end >= MAX_WIDENING:
        return None
    return clause.doc[start:end]


def clause_end(verb: Token, end: int, quoted: bytes) -> int:
    """Where a report ends that goes on after ", but": in "asserted that people are noticing, but
    they are unfamiliar with him", the parser hangs the second clause on "asserted", yet it is the
    same claim's other half. Not after "and", which as often goes back to narration, unless the
    second half speaks in the report's backshifted "would" ("said he was rooting for Denver and
    would now root for Carolina") or in the present after a past cue ("told the crowd he expects
    to win and he is doing better"), as narration does not, or opens with "that" again. A reason
    the parser hangs on the cue is the claim's too ("said it left those meetings out because they
    were part of her job")."""
    doc = verb.doc
    # "flipped his choice – saying he was rooting for X but would now …": hung on the head verb
    heads = [verb, verb.head] if verb.dep_ == "advcl" and verb.head.i < verb.i else [verb]
    for child in (c for head in heads for c in head.rights):
        if child.i > end and child.head == verb and _gives_reason(child):  # not the reason for "resigned, saying …"
            between = doc[end + 1 : child.left_edge.i]
            if all(t.is_punct for t in between) and not any(quoted[t.i] for t in child.subtree):
                return child.right_edge.i
            return end
        if child.i <= end or child.dep_ != "conj" or (is_cue(child) and not _goes_on_doing(child)):
            continue
        between = doc[end + 1 : child.left_edge.i]
        if not all(t.is_punct or t.dep_ == "cc" or t.dep_ == "advmod" for t in between):
            return end
        backshifted = any(c.dep_ == "aux" and c.lower_ in _BACKSHIFTED for c in child.children)
        has_subject = any(c.dep_ == "nsubj" for c in child.children)
        but = any(t.lower_ == "but" for t in between)
        present = has_subject and verb.tag_ == "VBD" and _present_tense(child)
        that_again = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)  # "… but that …"
        own = (but and has_subject) or (backshifted and not has_subject) or present or that_again
        if not own or any(quoted[t.i] for t in child.subtree):
            return end
        return child.right_edge.i
    return end


def _gives_reason(clause: Token) -> bool:
    """A clause of its own that says why: "because they were part of her job"."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "because" for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _goes_on_doing(verb: Token) -> bool:
    """A cue verb that says no words: "would continue to spread", "began to cry"."""
    return lemma(verb) not in REPORTING_VERBS and any(c.dep_ == "xcomp" for c in verb.children)


def _present_tense(verb: Token) -> bool:
    """A clause in the present: "he is doing better", "it still bears", "she will run"."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if helpers:
        return helpers[0].tag_ in ("VBZ", "VBP") or helpers[0].lower_ in _PRESENT_MODALS
    return verb.tag_ in ("VBZ", "VBP")


def clause_start(verb: Token, complement: Token) -> int:
    """Where a clause after ``verb`` starts: its first word, or an object the parser cut off it
    ("said school for the next class would be harder"), but not the people told ("told reporters")."""
    start = complement.left_edge.i
    if complement.doc[start].lower_ == "that":
        return start  # "told the meeting that …": what comes before "that" is not reported
    for child in verb.children:
        if child.dep_ == "dobj" and verb.i < child.i < start and child.pos_ == "NOUN" and not can_speak(child):
            start = child.left_edge.i
    return start


def trim(span: Span, quoted: bytes) -> Span | None:
    """Drop the "that", commas, spaces and closing punctuation at the edges of a clause, but not
    the marks of a quote it touches (such a clause is then left to that quote)."""
    start, end = span.start, span.end
    doc: Doc = span.doc

    def loose(token: Token) -> bool:
        return (token.is_punct or token.is_space) and not quoted[token.i]

    def opener(token: Token) -> bool:  # "that" opening the clause, not "that" as its subject
        return token.lower_ == "that" and (token.dep_ in ("mark", "advmod") or token.tag_ == "IN")

    while start < end and (loose(doc[start]) or opener(doc[start])):
        start += 1
    while end > start and loose(doc[end - 1]):
        end -= 1
    return doc[start:end] if end > start else None
