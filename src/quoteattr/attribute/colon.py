"""Stage 3: a quote introduced by the clause before it, ended by a colon (X was blunt: “…”), or
by a comma or a dash that ends the paragraph before (“Mr. Pell, taking her hand, said,¶“…””)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quoteattr.attribute.cue_speaker import speaker_of_cue
from quoteattr.attribute.labels import name_as_label
from quoteattr.attribute.nearby import surface_speaker
from quoteattr.attribute.speaking_for import speaker_behind
from quoteattr.attribute.subjects import subject_of
from quoteattr.attribute.syntax import can_speak, is_cue, lemma, noun_phrase, previous_word
from quoteattr.lexicon.deps import SUBJECT_DEPS
from quoteattr.lexicon.organisations import DOCUMENT_NOUNS
from quoteattr.lexicon.pronouns import RELATIVE_PRONOUNS
from quoteattr.lexicon.verbs import SPEECH_NOUNS, SPEECH_VERB_FORMS
from quoteattr.lexicon.words import DASHES
from quoteattr.types import RULE_CONFIDENCE, Attribution, Rule, Site


def opens_paragraph_after_marks(site: Site) -> bool:
    """Whether nothing but space and punctuation comes before the quote in its paragraph."""
    doc = site.tokens.doc
    before = doc.char_span(site.paragraph.start, site.tokens.start_char, alignment_mode="expand")
    return before is None or all(t.is_space or t.is_punct for t in before)


def colon_intro(site: Site, quoted: bytes) -> Attribution | None:
    """X was blunt: “…” / X told the station:¶“…” — the subject of the clause before the colon.

    The clause is read on its own (sentence start to colon), because the parser often hangs it
    under the quote instead of the other way round.
    """
    doc = site.tokens.doc
    colon = previous_word(doc, site.tokens.start)
    if colon is not None and (colon.text == "," or colon.text in DASHES) and opens_paragraph_after_marks(site):
        return _cue_ending_paragraph(colon, quoted)
    if colon is None or (colon.text != ":" and colon.text not in DASHES and not _names_document(colon)):
        return None  # a dash, too: Trump also embraced waterboarding -- “It's peanuts.”
    start = colon.sent.start
    # "The Times made these claims in February, and the group responded:": the last clause's cue
    # … but not one a later cue with a subject of its own follows: "the board, having resumed
    # their places, Mrs. Pell said:"
    cues = (t for t in reversed(doc[start : colon.i]) if not quoted[t.i] and is_cue(t))
    cue = next((t for t in cues if t.dep_ == "conj" or any(c.dep_ in SUBJECT_DEPS for c in t.children)), None)
    if cue is not None and cue.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return speaker_of_cue(cue, nearest=False, quoted=quoted)
    if (last := _last_clause(doc[start : colon.i], quoted)) is not None:
        return last
    clause_roots = [
        t for t in doc[start : colon.i] if not quoted[t.i] and (t.head.i == t.i or not start <= t.head.i < colon.i)
    ]
    for root in clause_roots:
        subject = subject_of(root, quoted)
        if subject is None:
            continue
        if is_cue(root):
            return speaker_of_cue(root, nearest=False, quoted=quoted)
        speaker = speaker_behind(subject, quoted)  # “Her thin little body quivered:” is hers
        return Attribution(noun_phrase(speaker), None, Rule.COLON_INTRO, RULE_CONFIDENCE[Rule.COLON_INTRO])
    if colon.text != ":":
        return None
    verb = previous_word(doc, colon.i)  # "The statement from the palace read:" with "read" mistagged
    if verb is not None and verb.lower_ in SPEECH_VERB_FORMS and verb.i > start:
        return surface_speaker(doc[start : verb.i], verb)
    first = next((t for t in doc[start : colon.i] if not t.is_space), None)
    if first is not None and first.lower_ in SPEECH_VERB_FORMS and first.i + 1 < colon.i:
        return surface_speaker(doc[first.i + 1 : colon.i], first)  # "Continued Stone: “…”"
    return name_as_label(doc[start : colon.i], quoted)


def _last_clause(before: Span, quoted: bytes) -> Attribution | None:
    """The speaker of the clause that ends at the colon, when it is not the sentence's first:
    “Tom spoke of the fair at such length that Mrs. Hale turned to her niece:” is Mrs. Hale's;
    “…, while he went on thus:” is his."""
    verb = next((t for t in reversed(before) if t.pos_ == "VERB" and not quoted[t.i]), None)
    if verb is None or verb.head.i == verb.i:
        return None  # the sentence's own verb: read as before
    if is_cue(verb) and subject_of(verb, quoted) is not None:
        return speaker_of_cue(verb, nearest=False, quoted=quoted)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not quoted[c.i]), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or verb.tag_ == "VB":
        return None  # not "too late for them to attend her": an infinitive's subject says nothing
    return Attribution(
        noun_phrase(speaker_behind(subject, quoted)), None, Rule.COLON_INTRO, RULE_CONFIDENCE[Rule.COLON_INTRO]
    )


def _cue_ending_paragraph(mark: Token, quoted: bytes) -> Attribution | None:
    """A paragraph that ends with its cue and a comma or a dash, the quote opening the next one:
    “Mr. Pell, taking her hand, said in reply,¶“Do not trouble yourself.””; “Mr Cole
    presumed to say--¶“…”” — the last cue verb's, when its subject can speak (not “The lane made
    a bend, … so near as to give Ida time only to say farther,”)."""
    doc = mark.doc
    cue = next((t for t in reversed(doc[mark.sent.start : mark.i]) if not quoted[t.i] and is_cue(t)), None)
    if cue is None:
        return None
    found = speaker_of_cue(cue, nearest=False, quoted=quoted)
    return found if found.mention is not None and can_speak(found.mention.root) else None


def _names_document(comma: Token) -> bool:
    """A comma after a document the quote is: Ruiz issued a statement, “We will appeal.”"""
    noun = previous_word(comma.doc, comma.i)
    return comma.text == "," and noun is not None and lemma(noun) in DOCUMENT_NOUNS | SPEECH_NOUNS
