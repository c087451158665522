"""Stage 3: the speaker a cue verb names, however the parser hung its subject."""

from __future__ import annotations

from spacy.tokens import Token

from quoteattr.attribute.misparses import name_read_as_verb
from quoteattr.attribute.nearby import NEAREST_PENALTY
from quoteattr.attribute.passives import passive_agent, spoken_of
from quoteattr.attribute.reporting import report_holding, reporter_speaking_again, reporting_verb_over
from quoteattr.attribute.speaking_for import speaker_behind
from quoteattr.attribute.subjects import joined_subject, speaker_beside, subject_of
from quoteattr.attribute.syntax import (
    can_speak,
    is_according_to,
    is_cue_phrase,
    lemma,
    misread_name,
    noun_phrase,
    rest_of_name,
)
from quoteattr.lexicon.verbs import OPINION_VERBS, SPEECH_VERBS
from quoteattr.types import RULE_CONFIDENCE, Attribution, Rule


def speaker_of_cue(cue: Token, nearest: bool, quoted: bytes) -> Attribution:
    """The attribution a cue verb gives: its subject (or the doer of a passive, the reporter it
    speaks again for, a name the parser misread), the one speaking through that subject, and
    the rule; ``nearest`` when the cue was found by distance alone."""
    if is_according_to(cue):
        rule = Rule.ACCORDING_TO
    elif lemma(cue) in OPINION_VERBS and lemma(cue) not in SPEECH_VERBS and not is_cue_phrase(cue):
        rule = Rule.NARRATION_SUBJECT
        cue = reporting_verb_over(cue)
    else:
        rule = Rule.CUE_VERB
    agent = passive_agent(cue, quoted)
    subject = agent or subject_of(reporter_speaking_again(cue) or cue, quoted)
    if agent is None and spoken_of(cue, subject):
        return Attribution(None, cue, rule, RULE_CONFIDENCE[rule])  # "X has been called “…”": by whom, unsaid
    if subject is not None and cue.dep_ == "acl" and cue.head == subject and not can_speak(subject):
        reporter = report_holding(subject)  # "X explained the refusal to call it “…”": X's words
        subject = subject if reporter is None else subject_of(reporter, quoted)
    if subject is not None and subject.pos_ in ("VERB", "AUX") and not misread_name(subject):
        # "said Whitlock, smiling": the parser made "smiling" the subject; not "said Bunting", nor
        # "said the first housemaid" (no verb takes "the")
        named = subject == name_read_as_verb(cue) or any(c.dep_ == "det" for c in subject.children)
        subject = subject if named else None
    subject = subject or speaker_beside(cue, quoted)
    subject = subject or joined_subject(cue, quoted)
    subject = None if subject is None else speaker_behind(rest_of_name(subject), quoted)
    confidence = RULE_CONFIDENCE[rule] * (NEAREST_PENALTY if nearest else 1.0)
    return Attribution(noun_phrase(subject) if subject is not None else None, cue, rule, confidence)
