"""Speakers named in the sentence just before or just after a quote that has no attribution.

* Intro sentence: “Asked about the delays, Femi Adeyemi was frank.¶“We underestimated …”” — the
  subject of the sentence before, when that sentence holds no quote and its subject can speak;
  failing that, the one person that sentence names (“For Aisha Rahman, the bus changed
  everything. “I used to …””).
* Next sentence: ““We never saw the warning.” That was the verdict of Aled Price.” — a sentence
  that points back at the quote (that, this, so …) and names someone.
* Trailing words: “…,” a statement from the hospital read. — the words between the closing mark and
  a speech-verb form, when the tagger misread the verb; “…,” was her answer — the answer's owner.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quoteattr.attribute.syntax import can_speak, noun_phrase, subject_of
from quoteattr.lexicon.verbs import SPEECH_VERB_FORMS
from quoteattr.lexicon.words import BACK_POINTERS, SENTENCE_END_MARKS
from quoteattr.resolve.entities import person_named
from quoteattr.types import RULE_CONFIDENCE, Attribution, Rule, Site

#: A cue found by distance alone is right less often than one found by syntax.
NEAREST_PENALTY = 0.8
MAX_TRAILING_SPEAKER = 8  # words in "a statement from the hospital read"


def _has_quote(sentence: Span, quoted: bytes) -> bool:
    return any(quoted[sentence.start : sentence.end])


def intro_sentence(site: Site, quoted: bytes) -> Attribution | None:
    """The subject of the sentence right before the quote, if it introduces a speaker."""
    doc = site.tokens.doc
    start = site.frame.start
    if start == 0 or any(not t.is_space and not t.is_punct for t in doc[start : site.tokens.start]):
        return None  # the quote must open its sentence
    previous = doc[start - 1].sent
    words = [t for t in previous if not t.is_space]
    if not words or words[-1].text not in SENTENCE_END_MARKS or _has_quote(previous, quoted):
        return None
    subject = subject_of(previous.root, quoted)
    if subject is not None and can_speak(subject):
        return Attribution(noun_phrase(subject), None, Rule.INTRO_SENTENCE, RULE_CONFIDENCE[Rule.INTRO_SENTENCE])
    people: dict[str, Span] = {}
    for phrase in (noun_phrase(t) for t in previous if _names_someone(t)):
        if (name := person_named(phrase)) is not None:
            people.setdefault(name.text, phrase)
    if len(people) != 1:
        return None  # nobody, or several: no way to tell who speaks
    (mention,) = people.values()
    return Attribution(mention, None, Rule.NAMED_BEFORE, RULE_CONFIDENCE[Rule.NAMED_BEFORE])


def named_after(site: Site, quoted: bytes) -> Attribution | None:
    """A speaker named by the next sentence of the paragraph when it points back at the quote."""
    doc = site.tokens.doc
    end = site.frame.end
    while end < len(doc) and doc[end].is_space and "\n" not in doc[end].text:
        end += 1
    if end >= len(doc) or doc[end].is_space:
        return None  # the paragraph ends with the quote
    following = doc[end].sent
    if following[0].lower_ not in BACK_POINTERS or _has_quote(following, quoted):
        return None
    name = next((t for t in following if _names_someone(t)), None)
    if name is None:
        return None
    rule = Rule.NEXT_SENTENCE
    return Attribution(noun_phrase(name), None, rule, RULE_CONFIDENCE[rule])


def _names_someone(token: Token) -> bool:
    """The head word of a proper name (the last word of Aled Price)."""
    return token.pos_ == "PROPN" and token.dep_ != "compound" and can_speak(token)


def surface_speaker(words: Span, verb: Token) -> Attribution | None:
    """The words beside a speech-verb form as the speaker, when the parse cannot be trusted."""
    if not any(can_speak(t) for t in words) or any(t.is_punct for t in words):
        return None
    return Attribution(words, verb, Rule.CUE_VERB, RULE_CONFIDENCE[Rule.CUE_VERB] * NEAREST_PENALTY)


def trailing_words(site: Site, quoted: bytes) -> Attribution | None:
    """“…,” a statement from the hospital read. — by word forms alone, for when the tagger misread
    the verb: the words between the closing mark and a speech-verb form are the speaker."""
    doc = site.tokens.doc
    start = site.tokens.end
    while start < site.frame.end and doc[start].is_punct:
        start += 1
    for i in range(start + 1, min(start + MAX_TRAILING_SPEAKER + 1, site.frame.end)):
        token = doc[i]
        if quoted[i] or token.is_punct:
            return None
        if token.lower_ in SPEECH_VERB_FORMS:
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if doc[start].lemma_ == "be" and owner is not None:  # “…,” was her answer
                return Attribution(noun_phrase(owner), token, Rule.CUE_VERB, RULE_CONFIDENCE[Rule.CUE_VERB])
            return surface_speaker(doc[start:i], token)
    return None
