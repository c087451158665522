"""Speakers named in the sentence just before or just after a quote that has no attribution.

* Intro sentence: “Asked about the delays, Femi Adeyemi was frank.¶“We underestimated …”” — the
  subject of the sentence before, when that sentence holds no quote and its subject can speak;
  failing that, the one person that sentence names (“For Aisha Rahman, the bus changed
  everything. “I used to …””).
* Next sentence: ““We never saw the warning.” That was the verdict of Aled Price.” — a sentence
  that points back at the quote (that, this, so …) and names someone.
* Verb after: “…,” pursued Harrow / “…?” Ada speculated. — a quote that hands its sentence on
  (it ends with a comma, a dash, ! or ?) to a finite verb and its subject: whatever the verb,
  the clause reports the quote.
* Owner after: “…,” was Tom Bright's observation. — the owner of what the quote was.
* Cue before the break: “Mrs. Pratt whispered to Nora,¶“Ask her everything.”” — a quote
  that opens its paragraph after one ending on a comma or a dash: the speech verb that paragraph
  ends with.
* Trailing words: “…,” a statement from the hospital read. — the words between the closing mark and
  a speech-verb form, when the tagger misread the verb.
* Inverted words: “…,” sneered Oakes. — a speech-verb form right after the closing mark and the
  name after it, when the tagger misread the verb.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quoteattr.attribute.speaking_for import owner_of
from quoteattr.attribute.subjects import subject_of
from quoteattr.attribute.syntax import (
    DIRECT_SPEECH_VERBS,
    can_speak,
    capitalised_word,
    could_speak,
    is_cue,
    is_cue_phrase,
    lemma,
    noun_phrase,
    previous_word,
    speaking_verb,
)
from quoteattr.lexicon.deps import MAIN_CLAUSE_DEPS
from quoteattr.lexicon.fiction import BEAT_PARTS
from quoteattr.lexicon.pronouns import PRONOUNS
from quoteattr.lexicon.verbs import HEARING_VERBS, SPEECH_VERB_FORMS, SPEECH_VERBS, verb_forms
from quoteattr.lexicon.words import BACK_POINTERS, COMMA_LIKE, DASHES, HANDS_ON, SENTENCE_END_MARKS
from quoteattr.resolve.proper_names import person_named
from quoteattr.types import RULE_CONFIDENCE, Attribution, Rule, Site

#: A cue found by distance alone is right less often than one found by syntax.
NEAREST_PENALTY = 0.8
MAX_TRAILING_SPEAKER = 8  # words in "a statement from the hospital read"
_FINITE_PAST_OR_PRESENT = frozenset({"VBD", "VBZ", "VBP", "VBN"})  # VBN: the tagger reads "pursued X" so
_THINGS = frozenset({"it", "this", "that"})  # subjects that name no one unless they speak
_MAX_SUBJECT_WORDS = 3  # "Mrs. Cosham" before her verb
_MAX_SPEAKER_PHRASE = 12  # "Rep. Glenn Tate, R-Pa.," or "the party's chairman, Sam Reyes," before the verb
_MAX_OWNER_WORDS = 3  # "was Sir Tom Bright's"
_INTRODUCES = COMMA_LIKE | {":", "-"}  # what a paragraph handing on to a quote ends with
_MAX_INTRO_GAP = 8  # words from that verb to the mark: "shouted up to them from the lane:"
_MAX_INTRO_WORDS = 12  # back from that mark to the verb: "Mr. Cole joining in, remarked,"
#: Every form of a verb that gives a line its speaker, fiction's too: "sneered".
_DIRECT_SPEECH_FORMS = frozenset(form for verb in DIRECT_SPEECH_VERBS for form in verb_forms(verb))


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
    if words[0].text[:1] in DASHES:
        return None  # “…”¶— Tom Reyes, Boston.¶“…”: the line names the source of the quote above
    subject = _acting_subject(previous.root, quoted)
    if subject is not None:
        return Attribution(noun_phrase(subject), None, Rule.INTRO_SENTENCE, RULE_CONFIDENCE[Rule.INTRO_SENTENCE])
    people: dict[str, Span] = {}
    for phrase in (noun_phrase(t) for t in previous if _names_someone(t)):
        if (name := person_named(phrase)) is not None:
            people.setdefault(name.text, phrase)
    if len(people) != 1:
        return None  # nobody, or several: no way to tell who speaks
    (mention,) = people.values()
    return Attribution(mention, None, Rule.NAMED_BEFORE, RULE_CONFIDENCE[Rule.NAMED_BEFORE])


def _acting_subject(root: Token, quoted: bytes) -> Token | None:
    """The subject of a sentence that can speak; failing that, of the last clause joined to it
    that has one: “The blood rose to his face and he caught her arm.” → he. A sentence that
    reports someone's words is theirs whatever the parser made its root: “If anything, Ash argued
    in his email, the incident shows why …” ¶ “…” → Ash."""
    for verb in [root, *reversed([c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")])]:
        subject = subject_of(verb, quoted)
        if subject is not None and can_speak(subject):
            return subject
        if subject is not None and lemma(subject) in BEAT_PARTS and (owner := owner_of(subject)) is not None:
            return owner  # “His voice altered. “…”": his; “The young man's colour rose. “…””: the young man
        if verb is root and subject is not None and subject.pos_ in ("PROPN", "PRON"):
            return _reporter(root, quoted)  # a name or a pronoun that cannot speak ("it") is what it is about
    return _reporter(root, quoted)


def _reporter(root: Token, quoted: bytes) -> Token | None:
    """The one a sentence reports, when the parser hung its verb of speaking below the words
    reported: “Schoen elaborated … that superdelegates … may reconsider.”"""
    for verb in root.children:
        if verb.dep_ in ("ccomp", "parataxis") and verb.i < root.i and not quoted[verb.i] and is_cue(verb):
            subject = subject_of(verb, quoted)
            if subject is not None and subject.head.i == verb.i and can_speak(subject):
                return subject
    return None


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


def owner_after(site: Site, quoted: bytes) -> Attribution | None:
    """“…,” was Tom Bright's humble answer / was her observation: the owner of what the quote was."""
    doc = site.tokens.doc
    start = site.tokens.end
    while start < site.frame.end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start >= site.frame.end or doc[start].lemma_ != "be" or not _hands_on(site):
        return None
    for token in doc[start + 1 : min(start + 1 + _MAX_OWNER_WORDS, site.frame.end)]:
        if quoted[token.i] or token.is_punct:
            return None
        if token.dep_ == "poss" and token.head.pos_ == "NOUN":
            return Attribution(noun_phrase(token), token.head, Rule.CUE_VERB, RULE_CONFIDENCE[Rule.CUE_VERB])
    return None


def cue_before_break(site: Site, quoted: bytes) -> Token | None:
    """The speech verb of a paragraph that ends on a comma or a dash and hands the quote opening
    the next paragraph its speaker: “… immediately whispered to Nora,¶“Ask her everything.”"""
    doc = site.tokens.doc
    end = site.tokens.start - 1
    while end >= 0 and doc[end].is_space:
        end -= 1
    if end < 0 or doc[end].idx >= site.paragraph.start or doc[end].text not in _INTRODUCES:
        return None
    start = max(doc[end].sent.start, end - _MAX_INTRO_WORDS)
    for token in reversed(doc[start:end]):
        if quoted[token.i]:
            return None
        if is_cue(token) and lemma(token) in DIRECT_SPEECH_VERBS:
            # its own subject, not one borrowed ("time only to say", "and in a manner said")
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            return token if subject is not None and can_speak(subject) else None
    return None


def _words_before_mark(site: Site, quoted: bytes) -> list[Token]:
    """The words just before the comma or colon that opens the quote, the last first, a few at
    most and none past a mark or another quote: "… shouted up to them from the lane,"."""
    doc = site.tokens.doc
    mark = previous_word(doc, site.tokens.start)
    if mark is None or mark.text not in (":", ","):
        return []
    words = []
    for token in reversed(doc[max(mark.sent.start, mark.i - _MAX_INTRO_GAP) : mark.i]):
        if quoted[token.i] or token.is_punct:
            break  # "said, in a voice …," is read by the parse
        words.append(token)
    return words


def verb_introducing(site: Site, quoted: bytes) -> Token | None:
    """The verb of speaking just before the colon or comma that opens the quote, a few words back
    at most: in “…, and Tom, tired of waiting, called out: “…””, "called", where the
    parser may hang the quote on a verb further back."""
    verb = next((t for t in _words_before_mark(site, quoted) if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    speaks = lemma(verb) in DIRECT_SPEECH_VERBS or is_cue_phrase(verb)  # not "dismissed the story,"
    return verb if speaks and is_cue(verb) else None


def heard_saying(site: Site, quoted: bytes) -> Attribution | None:
    """The one heard saying the quote, when the tagger read the verb of speaking as a noun: “…
    without her overhearing Mr. Hale whisper to his wife, “…””: Mr. Hale, not the hearer."""
    doc = site.tokens.doc
    words_before = _words_before_mark(site, quoted)
    said = next((t for t in words_before if t.lower_ in DIRECT_SPEECH_VERBS and t.pos_ != "VERB"), None)
    if said is None:
        return None
    words = doc[max(said.sent.start, said.i - _MAX_SUBJECT_WORDS - 1) : said.i]
    hearing = next((t for t in reversed(words) if lemma(t) in HEARING_VERBS), None)
    return None if hearing is None else surface_speaker(doc[hearing.i + 1 : said.i], said)


def cue_ending_sentence(site: Site, quoted: bytes) -> Token | None:
    """The verb of speaking that ends the sentence before a quote in the same paragraph, with its
    subject and no words of its own: “…,” Ann said, and her husband cut in. “Don't forget me.”"""
    doc = site.tokens.doc
    start = site.frame.start
    if start == 0 or any(not t.is_space and not t.is_punct for t in doc[start : site.tokens.start]):
        return None  # the quote must open its sentence
    words = [t for t in doc[start - 1].sent if not t.is_space and not t.is_punct]
    if not words or words[0].idx < site.paragraph.start:
        return None
    last = words[-1]
    cue = last.head if last.dep_ == "prt" else last
    # not fiction's "returned": "said Toby when they had come back. “…”" is still Toby's
    if cue.dep_ not in MAIN_CLAUSE_DEPS or not (lemma(cue) in SPEECH_VERBS or is_cue_phrase(cue)):
        return None
    has_subject = any(c.dep_ == "nsubj" and can_speak(c) for c in cue.children)
    return cue if has_subject and not any(quoted[t.i] for t in cue.subtree) else None


def verb_after(site: Site, quoted: bytes) -> Token | None:
    """The finite verb of the clause a quote hands its sentence on to, whatever the verb:
    “…,” pursued Harrow; “…?” Ada speculated. None when the quote ends its sentence."""
    if not _hands_on(site):
        return None
    doc = site.tokens.doc
    after = site.tokens.end
    while after < len(doc) and doc[after].is_space:  # a wrapped line's break too: the frame ends the paragraph
        after += 1
    # the parser may end the sentence at the quote's ! or ?; the paragraph bounds the clause
    end = min(after + 2 + _MAX_SUBJECT_WORDS, len(doc))
    while end > after and doc[end - 1].idx >= site.paragraph.end:
        end -= 1
    if after + 1 >= end or quoted[after]:
        return None
    first = doc[after]
    if _is_finite(first) and _names_speaker(doc[after + 1]):
        return first  # inverted: pursued Harrow, said he
    if not _names_speaker(first):
        return None
    for token in doc[after + 1 : end]:
        if _is_finite(token):  # "he heard Nora say": the verb of speaking is another's
            subject = subject_of(token, quoted)
            if subject is None or not can_speak(subject) or (subject.lower_ in _THINGS and not is_cue(token)):
                return None  # “…!” It wasn't tact: "it" speaks only by a verb of speaking
            return speaking_verb(token, quoted)
        if token.pos_ != "PROPN" and token.tag_ != "NNP":
            return _after_long_subject(site, after, quoted)
    return None


def _after_long_subject(site: Site, after: int, quoted: bytes) -> Token | None:
    """The verb after a subject longer than a name alone, when the subject is all that stands
    between the quote and its verb: “…!” Rep. Ann Lowe, R-Pa., said; “…?” the party's chairman,
    Sam Reyes, asked."""
    doc = site.tokens.doc
    end = min(after + _MAX_SPEAKER_PHRASE, len(doc))
    verb = next((t for t in doc[after + 1 : end] if t.idx < site.paragraph.end and _is_finite(t)), None)
    if verb is None:
        return None
    subject = subject_of(verb, quoted)
    if subject is None or not can_speak(subject) or subject.head.i != verb.i:
        return None
    phrase = range(subject.left_edge.i, subject.right_edge.i + 1)
    if subject.left_edge.i != after or any(i not in phrase and not doc[i].is_punct for i in range(after, verb.i)):
        return None
    return speaking_verb(verb, quoted)


def _hands_on(site: Site) -> bool:
    """Whether the quote ends without ending its sentence: on a comma, a dash, ! or ?."""
    if site.marked.close is None:
        return False  # it runs on into the next paragraph
    last = next((t for t in reversed(site.tokens[:-1]) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text[-1:] in HANDS_ON


def _is_finite(token: Token) -> bool:
    return token.pos_ == "VERB" and token.tag_ in _FINITE_PAST_OR_PRESENT


def _names_speaker(token: Token) -> bool:
    """A word that opens a speaker: a name, a personal pronoun, or "the" of "the old man"."""
    return token.pos_ == "PROPN" or token.lower_ in PRONOUNS or (token.lower_ == "the" and token.i > 0)


def _names_someone(token: Token) -> bool:
    """The head word of a proper name (the last word of Aled Price)."""
    return token.pos_ == "PROPN" and token.dep_ != "compound" and can_speak(token)


def surface_speaker(words: Span, verb: Token) -> Attribution | None:
    """The words beside a speech-verb form as the speaker, when the parse cannot be trusted."""
    if not any(could_speak(t) for t in words) or any(t.is_punct and not _joins_words(t) for t in words):
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
        if quoted[i] or (token.is_punct and not _joins_words(token)):
            return None
        if token.lower_ in SPEECH_VERB_FORMS and (found := surface_speaker(doc[start:i], token)) is not None:
            return found  # not at "email" in “…,” the email read: "the" alone is no speaker
    return None


def _joins_words(token: Token) -> bool:
    """A hyphen inside a word: "voice-over", "spokes-woman"."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def inverted_words(site: Site, quoted: bytes) -> Attribution | None:
    """“…,” sneered Oakes. — by word forms alone, for when the tagger misread the verb right after
    a quote that hands its sentence on (as an adjective on the name): the capitalised words after
    a speech-verb form are the speaker."""
    if not _hands_on(site):
        return None
    doc = site.tokens.doc
    start = site.tokens.end
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start + 1 >= len(doc) or quoted[start] or doc[start].pos_ == "VERB":
        return None
    if doc[start].lower_ not in _DIRECT_SPEECH_FORMS or doc[start].idx >= site.paragraph.end:
        return None
    end = start + 1
    while end < min(len(doc), start + 1 + _MAX_SUBJECT_WORDS) and not quoted[end] and capitalised_word(doc[end]):
        end += 1
    if end == start + 1 or (end < len(doc) and not doc[end].is_punct and doc[end].pos_ != "ADV"):
        return None  # “…,” cried Mrs. Hale, or … Mrs. Hale loudly; not a name run on into a clause
    return surface_speaker(doc[start + 1 : end], doc[start])
