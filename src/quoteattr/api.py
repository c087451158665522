"""The whole job, stage by stage:

detect quotes (regex) → parse (spaCy) → find cue and speaker (dependency rules) → borrow speakers
between quotes → resolve speakers across the document → Quote objects.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs
from spacy.tokens import Doc, Span

from quoteattr.attribute.cues import attribute_site, locate, quoted_mask
from quoteattr.attribute.passives import is_passive
from quoteattr.attribute.propagate import opens_paragraph, propagate
from quoteattr.attribute.reported import reported_speech
from quoteattr.attribute.syntax import listener_of
from quoteattr.detect.kinds import classify
from quoteattr.detect.marks import find_quotes, paragraphs
from quoteattr.detect.selection import needed, readable_tokens
from quoteattr.lexicon.fiction import DIALOGUE_VERBS
from quoteattr.parse.chunks import Prepared, parse, prepare
from quoteattr.parse.loading import ModelArg, load_model
from quoteattr.resolve.dialogue import (
    OWN_RULES,
    Line,
    called,
    name_the_narrator,
    reads_as_dialogue,
    scene_breaks,
    take_turns,
)
from quoteattr.resolve.dialogue.beats import narration_beats, on_scene
from quoteattr.resolve.dialogue.vocatives import same_person
from quoteattr.resolve.entities import EntityTable
from quoteattr.resolve.one_name import one_name_each
from quoteattr.resolve.resolver import Resolver
from quoteattr.resolve.sources import SourceDescriber
from quoteattr.types import (
    RESOLUTION_CERTAINTY,
    Attribution,
    Document,
    Paragraph,
    Quote,
    QuoteKind,
    Rule,
    Site,
    Speaker,
    TextSpan,
)

#: A partial quote this short with no one to attribute it to is a scare quote or a term, not a
#: quotation: the “efficiency programme”, a “smart” fridge.
MAX_UNATTRIBUTED_PARTIAL_WORDS = 3
MIN_FICTION_CUES = 2  # cues with fiction's own verbs that make a text a novel's
#: Rules that find a speaker by where the name stands, not by a cue: never the one the line calls.
_BY_PLACE_ALONE = frozenset({Rule.INTRO_SENTENCE, Rule.NAMED_BEFORE})


def check_text(text: object, name: str = "text") -> str:
    """``text`` itself when it is a str; otherwise a TypeError that says what was passed."""
    if not isinstance(text, str):
        raise TypeError(f"{name} must be a str, not {type(text).__name__}: {_preview(text)}")
    return text


def is_parsed(doc: Doc) -> bool:
    """Whether ``doc`` has what attribution reads: a dependency parse and lemmas."""
    return not len(doc) or (doc.has_annotation("DEP") and doc.has_annotation("LEMMA"))


def check_flag(value: object, name: str) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__}: {_preview(value)}")


def _preview(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def with_text_of(quotes: list[Quote], text: str) -> list[Quote]:
    """``quotes``, found in the parseable copy of ``text`` (see parse.parseable), with every span's
    text read from ``text`` itself."""

    def span(s: TextSpan) -> TextSpan:
        return TextSpan(s.start, s.end, text[s.start : s.end])

    return [
        attrs.evolve(
            q,
            content=span(q.content),
            cue=None if q.cue is None else span(q.cue),
            speaker=None
            if q.speaker is None
            else attrs.evolve(q.speaker, mention=None if q.speaker.mention is None else span(q.speaker.mention)),
        )
        for q in quotes
    ]


def attribute(text: str, *, nlp: ModelArg = None, selective: bool = True) -> list[Quote]:
    """Every quotation in ``text``, in document order, with its speaker.

    ``nlp`` is a loaded spaCy ``Language``, the name of an installed model, or None for the
    default English model. Empty or blank text gives an empty list. ``selective=False`` parses
    every paragraph instead of only those attribution reads; the result is the same, only slower.
    """
    check_text(text)
    check_flag(selective, "selective")
    if not text.strip():
        return []
    language = load_model(nlp)
    prepared = prepare(text, language.max_length, selective)
    return read_quotes(prepared, parse(prepared, language)) if prepared.chunks else []


def read_quotes(prepared: Prepared, doc: Doc) -> list[Quote]:
    """The quotations of one prepared text, from its Doc."""
    quotes = quotes_in_doc(doc, prepared.paras, prepared.need)
    return quotes if prepared.parseable is prepared.text else with_text_of(quotes, prepared.text)


def quotes_in_doc(
    doc: Doc, paras: Sequence[Paragraph] | None = None, need: Sequence[bool] | None = None
) -> list[Quote]:
    """The quotations in a Doc that is parsed (tagged, lemmatised, dependency-parsed) at least in
    the paragraphs ``need`` marks; by default, those selection.needed() chooses."""
    if not isinstance(doc, Doc):
        raise TypeError(f"doc must be a spaCy Doc, not {type(doc).__name__}: {_preview(doc)}")
    if not is_parsed(doc):
        raise ValueError("doc must be parsed and lemmatised: make it with a pipeline such as en_core_web_sm")
    document, sites = read_document(doc, paras, need)
    text = document.text
    kinds = [classify(site, document) for site in sites]
    # Stage 3: each quote's own cue and speaker, then speakers lent between quotes.
    found = [
        attribute_site(site, document, partial=kind is QuoteKind.PARTIAL) if kind is not None else None
        for site, kind in zip(sites, kinds, strict=True)
    ]
    found = propagate(sites, kinds, found, document)
    # Stage 4: the document's entities, and each speaker mention resolved to a canonical name.
    table = EntityTable.build(document, [a.mention for a in found if a is not None and a.mention is not None])
    dialogue = reads_as_dialogue(
        # a paragraph that goes on with the last one's quote is no new turn
        (site.marked.paragraph, opens_paragraph(site), _has_own_speaker(attribution) or site.marked.continued)
        for site, kind, attribution in zip(sites, kinds, found, strict=True)
        if kind is QuoteKind.DIRECT
    ) or _tells_a_story(found)
    resolver = Resolver(document, table, dialogue=dialogue)
    answering = _answered(text, sites, kinds) if dialogue else [()] * len(sites)  # only a novel's lines answer
    lines = [
        Line(_quote(doc, _span(text, site.marked.start, site.marked.end), kind, attribution, resolver, answered),
             site.marked.paragraph, opens_paragraph(site), _addressee(attribution, document, resolver),
             site.marked.continued)
        for site, kind, attribution, answered in zip(sites, kinds, found, answering, strict=True)
        if kind is not None and not _is_scare_quote(site, kind, attribution)
    ]  # fmt: skip
    describer = SourceDescriber(resolver)
    lines = [attrs.evolve(line, quote=describer.described([line.quote])[0]) for line in lines]
    lines = [
        attrs.evolve(line, quote=q) for line, q in zip(lines, one_name_each([x.quote for x in lines]), strict=True)
    ]
    quotes = take_turns(
        lines,
        table.person_words(document.quoted),
        on_scene(resolver) if dialogue else None,
        dialogue,
        narration_beats(resolver) if dialogue else None,
        scene_breaks(document) if dialogue else frozenset(),
    )
    quotes = name_the_narrator(quotes, table.full_name, table.person_words(document.quoted))
    quotes += _reports(document, quotes, resolver)
    quotes.sort(key=lambda q: (q.content.start, -q.content.end))  # a report before a quote within it
    titled = {resolver.current(e).name for e in table.entities if e.title is not None}
    return describer.described(one_name_each(quotes, titled))


def read_document(
    doc: Doc, paras: Sequence[Paragraph] | None = None, need: Sequence[bool] | None = None
) -> tuple[Document, list[Site]]:
    """Stages 1 and 2 met: the quotes found by their marks, located in the parsed Doc, and the
    Document every later stage reads."""
    text = doc.text
    if paras is None:
        paras = paragraphs(text)
    if need is None:
        need = needed(text, paras)
    sites = [locate(doc, marked, paras[marked.paragraph]) for marked in find_quotes(text, paras)]
    quoted, readable = bytes(quoted_mask(doc, sites)), bytes(readable_tokens(doc, paras, need))
    return Document(doc, text, quoted, readable, tuple(p.start for p in paras)), sites


def _answered(text: str, sites: Sequence[Site], kinds: Sequence[QuoteKind | None]) -> list[Sequence[str]]:
    """For each quote that opens its paragraph, the names the line just before it (the paragraph
    before's last) called its listeners by: one of them answers (“…, Mr. Fenwick.” ¶ “…,” he said)."""
    answered: list[Sequence[str]] = []
    previous: Site | None = None
    for site, kind in zip(sites, kinds, strict=True):
        names: Sequence[str] = ()
        if previous is not None and previous.marked.paragraph == site.marked.paragraph - 1 and opens_paragraph(site):
            names = called(text[previous.marked.start : previous.marked.end])
        answered.append(names)
        previous = site if kind is not None else previous
    return answered


def _addressee(found: Attribution | None, document: Document, resolver: Resolver) -> str | None:
    """The name of the one a line was said to, as its cue tells: “…,” said Harry to Ron."""
    if found is None or found.cue is None or found.rule not in OWN_RULES:
        return None
    mention = listener_of(found.cue, document.quoted)
    return None if mention is None else resolver.resolve(mention, speaking=False)[0]


def _tells_a_story(found: Sequence[Attribution | None]) -> bool:
    """Whether the cues are a novel's: at least two of fiction's own verbs (cried, exclaimed,
    rejoined), which news never uses for its quotes."""
    fiction = (a for a in found if a is not None and a.cue is not None and a.cue.lemma_.lower() in DIALOGUE_VERBS)
    return sum(1 for _ in itertools.islice(fiction, MIN_FICTION_CUES)) >= MIN_FICTION_CUES


def _has_own_speaker(found: Attribution | None) -> bool:
    return found is not None and found.mention is not None and found.rule in OWN_RULES


def _is_scare_quote(site: Site, kind: QuoteKind, attribution: Attribution | None) -> bool:
    if kind is not QuoteKind.PARTIAL or (attribution is not None and attribution.mention is not None):
        return False
    if attribution is not None and attribution.cue is not None and is_passive(attribution.cue):
        return False  # "has been called the “Lion of the North”": someone's words, by whom unsaid
    return len(site.tokens) - 2 <= MAX_UNATTRIBUTED_PARTIAL_WORDS


def _span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(start, end, text[start:end])


def _reports(document: Document, quotes: Sequence[Quote], resolver: Resolver) -> list[Quote]:
    """The reported speech, as quotes: claims in the reporter's words, each holding no quote but
    a few partial ones wholly within it (said the plan was “a gamble” the city could not afford)."""
    marked = sorted(quotes, key=lambda q: q.content.start)
    starts = [q.content.start for q in marked]
    found = []
    for reported in reported_speech(document):
        content = _token_span(reported.clause)
        if _holds_only_partials(content, marked, starts):
            found.append(_quote(document.doc, content, QuoteKind.INDIRECT, reported.attribution, resolver))
    return found


def _holds_only_partials(content: TextSpan, marked: Sequence[Quote], starts: Sequence[int]) -> bool:
    """Whether every marked quote that ``content`` touches is a partial quote wholly within it."""
    k = bisect.bisect_left(starts, content.end)
    while k > 0 and marked[k - 1].content.end > content.start:
        k -= 1
        quote = marked[k].content
        if marked[k].kind is not QuoteKind.PARTIAL or quote.start < content.start or quote.end > content.end:
            return False
    return True


def _token_span(span: Span) -> TextSpan:
    # span.text, not doc.text[...]: a Doc rebuilds its whole text on every read of doc.text
    return TextSpan(span.start_char, span.end_char, span.text)


def _quote(
    doc: Doc,
    content: TextSpan,
    kind: QuoteKind,
    found: Attribution | None,
    resolver: Resolver,
    answered: Sequence[str] = (),
) -> Quote:
    if found is None:
        return Quote(content, kind)
    cue = _token_span(doc[found.cue.i : found.cue.i + 1]) if found.cue is not None else None
    speaker, confidence = None, 0.0
    rule = found.rule
    if found.mention is not None:
        listeners = called(content.text)
        if found.rule in _BY_PLACE_ALONE and any(same_person(found.mention.text, n) for n in listeners):
            return Quote(content, kind)  # “Nora sat reading. ¶ “Nora, are you coming?”: said to her
        name, resolution = resolver.resolve(found.mention, called=listeners, answered=answered)
        speaker = Speaker(name, _token_span(found.mention))
        confidence = round(found.confidence * RESOLUTION_CERTAINTY[resolution], 3)
    else:
        rule = Rule.NONE
    return Quote(content, kind, speaker, cue, rule, confidence)
