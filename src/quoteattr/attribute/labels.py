"""A source named on a line or label of its own, with no verb: the name before a colon that
labels a quote (Obama: ‘Yes we can’; Hadas Gold, Politico: “…”) and the source after a dash
(“…” — Gerald Seib, The Wall Street Journal)."""

from __future__ import annotations

from spacy.tokens import Span

from quoteattr.attribute.nearby import NEAREST_PENALTY
from quoteattr.attribute.syntax import noun_phrase
from quoteattr.lexicon.people import TITLE_WORDS
from quoteattr.lexicon.words import DASHES, INTERVIEW_LABELS
from quoteattr.types import RULE_CONFIDENCE, Attribution, Rule, Site

_MAX_LABEL_WORDS = 5  # "Hadas Gold, Politico" before a colon


def name_as_label(words: Span, quoted: bytes) -> Attribution | None:
    """A name alone before the colon, as headlines and transcripts label a quote: Obama: ‘Yes we
    can’ / Hadas Gold, Politico: “…”."""
    words = words.doc[words.start : words.end]
    names = [t for t in words if not t.is_space]
    if not names or len(names) > _MAX_LABEL_WORDS or any(quoted[t.i] for t in names):
        return None
    rule = Rule.COLON_INTRO
    if len(names) == 1 and names[0].lower_ in INTERVIEW_LABELS:  # Q: “…” A: “…”
        return Attribution(words.doc[names[0].i : names[0].i + 1], None, rule, RULE_CONFIDENCE[rule] * NEAREST_PENALTY)
    head = names[0]
    while head.i + 1 < words.end and head.nbor(1).pos_ == "PROPN":
        head = head.nbor(1)  # the last word of the first name: "Hadas Gold" in "Hadas Gold, Politico"
    label = words.doc[names[0].i : head.i + 1]
    if not all(t.pos_ == "PROPN" for t in label) or all(t.lower_.rstrip(".") in TITLE_WORDS for t in label):
        return None  # "Minister: ‘…’" names a role, not who holds it
    return Attribution(words.doc[names[0].i : head.i + 1], None, rule, RULE_CONFIDENCE[rule] * NEAREST_PENALTY)


_MAX_LINE_BREAKS = 2  # one blank line between a quote and its source's line


def dash_after(site: Site) -> Attribution | None:
    """“…” — Governor Teresa Alvarez, in a televised address."""
    doc = site.tokens.doc
    after = site.tokens.end
    if after < len(doc) and doc[after].is_space and doc[after].text.count("\n") <= _MAX_LINE_BREAKS:
        after += 1  # “…”¶— Gerald Seib, The Wall Street Journal: the source on a line of its own
    if after < len(doc) and doc[after].text[:1] in DASHES and doc[after].text[1:2].isupper():
        name = doc[after]  # "-Michelle Marks": the tokenizer left the dash on the name
    elif after + 1 < len(doc) and doc[after].text in DASHES:
        name = doc[after + 1]
    else:
        return None
    if name.pos_ not in ("PROPN", "NOUN") or not name.text.lstrip("".join(DASHES))[:1].isupper():
        return None
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # from the first word of "Governor Teresa Alvarez" to its head
    return Attribution(noun_phrase(name), None, Rule.DASH, RULE_CONFIDENCE[Rule.DASH])
