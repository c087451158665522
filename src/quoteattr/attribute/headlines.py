"""Reported speech in a headline written in title case: Senator Says Budget Will Balance.

The parser reads a capital on every word as a run of names, so the verb the headline hangs on is
found by its form instead: a reporting verb in the third person or the past ("Says", "Told",
"Announces"), with the capitalised words just before it as the reporter and the words after it as
the report. The report may also come first: Budget Will Balance, Senator Says.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from quoteattr.attribute.syntax import capitalised_word
from quoteattr.lexicon.verbs import REPORTING_VERBS, THING_REPORTING_VERBS, verb_forms
from quoteattr.lexicon.words import DASHES
from quoteattr.types import RULE_CONFIDENCE, Attribution, Document, Rule

#: "Says", "Said", "Announces", "Tweeted": the forms a headline reports with (not the bare "Claim",
#: which a headline also uses as a noun).
HEADLINE_VERB_FORMS = frozenset(
    form for verb in REPORTING_VERBS | THING_REPORTING_VERBS for form in verb_forms(verb) - {verb}
)

#: Adverbs a headline puts between the reporter and the verb: Perry Just Announced …
HEADLINE_ADVERBS = frozenset({"just", "finally", "now", "also", "again", "reportedly", "officially", "quietly"})

_MAX_HEADLINE_WORDS = 30
_MAX_REPORTER_WORDS = 5
_MIN_REPORT_WORDS = 2
_TITLE_CASE_SHARE = 0.7  # of the words of four letters or more
_REPORT_ENDS = DASHES | {":", ";", "|"}


def headline_reports(document: Document) -> Iterator[tuple[Span, Attribution]]:
    """The report and its reporter in the first paragraph, when that is a title-case headline."""
    doc = document.doc
    headline = title_case_headline(doc)
    if headline is None:
        return
    for token in headline:
        if token.lower_ not in HEADLINE_VERB_FORMS or not token.text[:1].isupper() or document.quoted[token.i]:
            continue
        reporter = _reporter_before(doc, token)
        if reporter is None:
            continue
        before = doc[reporter.start - 1] if reporter.start > 0 else None
        if before is not None and (before.text == "," or before.is_quote):  # Budget Will Balance, Senator Says
            report = _report_before(headline, reporter, document.quoted)
        else:
            report = _report_after(headline, token, document.quoted)
        if report is not None:
            rule = Rule.REPORTED_SPEECH
            yield report, Attribution(reporter, token, rule, RULE_CONFIDENCE[rule])
        return


def title_case_headline(doc: Doc, share: float = _TITLE_CASE_SHARE) -> Span | None:
    """The document's first line when it is a headline in title case (or capitals), with at least
    ``share`` of its longer words capitalised, else None."""
    end = next((t.i for t in doc if "\n" in t.text), len(doc))
    headline = doc[:end]
    return headline if _is_title_case(headline, share) else None


def _is_title_case(headline: Span, share: float) -> bool:
    words = [t for t in headline if t.is_alpha]
    long_words = [t for t in words if len(t) >= 4]
    if not long_words or len(words) > _MAX_HEADLINE_WORDS:
        return False
    return sum(t.text[0].isupper() for t in long_words) >= share * len(long_words)


def _reporter_before(doc: Doc, verb: Token) -> Span | None:
    """The capitalised words just before the verb, past an adverb: "Rick Perry" in "Rick Perry
    Just Announced"; none after a colon or a possessive ("Trump's Son Says" is the son's)."""
    end = verb.i
    while end > 0 and doc[end - 1].lower_ in HEADLINE_ADVERBS:
        end -= 1
    start = end
    while start > 0 and end - start < _MAX_REPORTER_WORDS and capitalised_word(doc[start - 1]):
        start -= 1
    return doc[start:end] if start < end else None


def _report_after(headline: Span, verb: Token, quoted: bytes) -> Span | None:
    """The words after the verb up to a dash, a colon or a marked quote: Pence Announces Plans For
    Tax Returns – And It Is Soon."""
    doc = headline.doc
    end = verb.i + 1
    while end < headline.end and doc[end].text not in _REPORT_ENDS:
        if quoted[end]:
            return None  # Hollande Says Trump ‘Makes You Retch’: the words are the quote's
        end += 1
    return _words(doc[verb.i + 1 : end])


def _report_before(headline: Span, reporter: Span, quoted: bytes) -> Span | None:
    """Budget Will Balance, Senator Says: the words before the reporter, after any marked quote
    (which speaks for itself)."""
    doc = headline.doc
    start = max((t.i + 1 for t in doc[headline.start : reporter.start] if quoted[t.i]), default=headline.start)
    return _words(doc[start : reporter.start])


def _words(span: Span) -> Span | None:
    """``span`` without punctuation at its edges, if it holds enough words to be a report."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    words = doc[start:end]
    return words if sum(t.is_alpha for t in words) >= _MIN_REPORT_WORDS else None
