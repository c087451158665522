"""Stage 3b: quotes without a speaker of their own borrow one from the quotes around them.

This is how long quotes and interviews read: the attribution is given once, and the quotes before
and after it, in the same paragraph or the same multi-paragraph quote, belong to the same speaker.
A quote's own attribution always wins over a borrowed one.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.attribute.nearby import intro_sentence, named_after
from quoteattr.attribute.passives import is_asked
from quoteattr.types import RULE_CONFIDENCE, Attribution, Document, QuoteKind, Rule, Site

# a single word in marks beside someone's quote is as often the writer's scare quote ("the
# “moderate” vote") as the speaker's word; two or more are a phrase of theirs
_MIN_SHARED_WORDS = 2
_MAX_LEAD_WORDS = 2  # "Instead, “…”", "But then “…”": words before a quote that make it no one else's


def propagate(
    sites: Sequence[Site],
    kinds: Sequence[QuoteKind | None],
    found: Sequence[Attribution | None],
    document: Document,
) -> list[Attribution | None]:
    """Fill in speakers for direct quotes that have none, from what surrounds them, in this order:
    the nearest attributed quote in the paragraph, a next sentence that names the speaker, an
    intro sentence, the last attributed quote of the previous paragraph.

    Linear in the number of quotes: one forward and one backward pass per paragraph.
    """
    quoted = document.quoted
    result = list(found)
    _share_within_quote(sites, result)
    own = list(result)  # only a quote's own attribution is lent (but see _run_on)
    last_of_previous: Attribution | None = None
    previous_paragraph = -2
    for paragraph, members in _by_paragraph(sites):
        # A partial quote lends its speaker too: “She called it “overwhelming.”¶“You see …”
        lendable = [own[i] if kinds[i] is not None and _named(own[i]) else None for i in members]
        before = _running(lendable)
        after = _running(lendable[::-1])[::-1]
        if previous_paragraph != paragraph - 1:
            last_of_previous = None
        by_sentence: dict[int, list[tuple[int, Attribution]]] | None = None  # made when first needed
        for n, i in enumerate(members):
            if kinds[i] is QuoteKind.PARTIAL and not _named(result[i]) and _words(sites[i]) >= _MIN_SHARED_WORDS:
                by_sentence = _lenders_by_sentence(sites, members, lendable) if by_sentence is None else by_sentence
                result[i] = _same_sentence(sites[i], i, by_sentence) or result[i]
            if _named(result[i]) or not (kinds[i] is QuoteKind.DIRECT or _whole_sentence(sites[i], quoted)):
                continue
            if _asked_by_no_one_named(result[i]):
                continue  # "Hale was asked, “…?” He answered, “…”": the question is not Hale's
            neighbour = before[n] or after[n]
            if neighbour is not None:
                result[i] = _borrow(neighbour, Rule.ADJACENT_QUOTE)
                continue
            result[i] = named_after(sites[i], quoted) or intro_sentence(sites[i], quoted) or result[i]
            if not _named(result[i]) and last_of_previous is not None and opens_paragraph(sites[i]):
                result[i] = _borrow(last_of_previous, Rule.PREVIOUS_PARAGRAPH)
        last_of_previous = next((a for a in reversed(lendable) if a is not None), None) or _run_on(result, members)
        previous_paragraph = paragraph
    _share_within_quote(sites, result)  # a speaker found above by the sentence before the quote
    return result


def _lenders_by_sentence(
    sites: Sequence[Site], members: Sequence[int], lendable: Sequence[Attribution | None]
) -> dict[int, list[tuple[int, Attribution]]]:
    """The quotes of a paragraph that can lend a speaker, by the sentence they are in."""
    found: dict[int, list[tuple[int, Attribution]]] = {}
    for m, attribution in zip(members, lendable, strict=True):
        if attribution is not None and (sentence := _sentence_start(sites[m])) is not None:
            found.setdefault(sentence, []).append((m, attribution))
    return found


def _same_sentence(site: Site, i: int, by_sentence: dict[int, list[tuple[int, Attribution]]]) -> Attribution | None:
    """A partial quote in a sentence that quotes someone else's words by name, for one that has no
    speaker of its own: “…described him as “a narcissist” whose rule “will lead to civil war.””
    The nearest such quote before it, else after it."""
    sentence = _sentence_start(site)
    lenders = (
        [(abs(m - i), m > i, found) for m, found in by_sentence.get(sentence, []) if m != i]
        if sentence is not None
        else []
    )
    return _borrow(min(lenders, key=lambda item: item[:2])[2], Rule.ADJACENT_QUOTE) if lenders else None


def _whole_sentence(site: Site, quoted: bytes) -> bool:
    """A partial quote that is its sentence but for a word or two before it, which reads as a
    line of the speaker's own: “…,” Cole said. Instead, “he just gives up.”"""
    span = site.tokens
    if not len(span) or _words(site) < _MIN_SHARED_WORDS:
        return False
    sentence = span[0].sent
    own = [t for t in sentence if not quoted[t.i] and not t.is_punct and not t.is_space]
    return len(own) <= _MAX_LEAD_WORDS and all(t.i < span.start for t in own)


def _words(site: Site) -> int:
    return sum(1 for t in site.tokens if t.is_alpha)


def _sentence_start(site: Site) -> int | None:
    return site.tokens[0].sent.start if len(site.tokens) else None


def _run_on(result: Sequence[Attribution | None], members: Sequence[int]) -> Attribution | None:
    """A paragraph that is one quote given the speaker of the paragraph before lends that speaker
    on: news runs one speaker's lines on in paragraphs of their own (“…”¶“…”¶“…”)."""
    if len(members) != 1 or result[members[0]] is None:
        return None
    found = result[members[0]]
    return found if found is not None and found.rule is Rule.PREVIOUS_PARAGRAPH else None


def _asked_by_no_one_named(found: Attribution | None) -> bool:
    return found is not None and found.mention is None and found.cue is not None and is_asked(found.cue)


def _named(found: Attribution | None) -> bool:
    return found is not None and found.mention is not None


def _by_paragraph(sites: Sequence[Site]) -> list[tuple[int, list[int]]]:
    groups: list[tuple[int, list[int]]] = []
    for i, site in enumerate(sites):
        if not groups or groups[-1][0] != site.marked.paragraph:
            groups.append((site.marked.paragraph, []))
        groups[-1][1].append(i)
    return groups


def _running(values: Sequence[Attribution | None]) -> list[Attribution | None]:
    """For each position, the nearest non-None value strictly before it."""
    out: list[Attribution | None] = []
    last: Attribution | None = None
    for value in values:
        out.append(last)
        if value is not None:
            last = value
    return out


def _borrow(source: Attribution, rule: Rule, keep_cue: bool = False) -> Attribution:
    confidence = min(source.confidence, RULE_CONFIDENCE[rule])
    return attrs.evolve(source, rule=rule, confidence=confidence, cue=source.cue if keep_cue else None)


def _share_within_quote(sites: Sequence[Site], result: list[Attribution | None]) -> None:
    """The paragraphs of one multi-paragraph quote share the best attribution any of them has."""
    start = 0
    for end in range(1, len(sites) + 1):
        if end < len(sites) and sites[end - 1].marked.runs_on and sites[end].marked.continued:
            continue
        named = [a for a in result[start:end] if a is not None and a.mention is not None]
        if named and end - start > 1:
            best = max(named, key=lambda a: a.confidence)
            for i in range(start, end):
                if not _named(result[i]):
                    result[i] = _borrow(best, Rule.SAME_QUOTE, keep_cue=True)
        start = end


def opens_paragraph(site: Site) -> bool:
    doc = site.tokens.doc
    i = site.tokens.start - 1
    while i >= 0 and doc[i].idx >= site.paragraph.start:
        if not doc[i].is_space:
            return False
        i -= 1
    return True
