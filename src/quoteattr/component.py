"""quoteattr as a spaCy pipeline component: ``nlp.add_pipe("quoteattr")`` after the parser.

The component runs the same extraction as :func:`quoteattr.attribute` (``quotes_in_doc``) on the
Doc your pipeline made, and stores the result on the Doc:

* ``doc._.quotes``: the list of :class:`quoteattr.Quote`, in document order;
* ``doc._.quote_records``: the same quotes as plain dicts (``Quote.to_dict()``), which is what the
  Doc really stores, so the quotes travel wherever spaCy serialises a Doc's user data:
  ``doc.to_bytes()``, ``DocBin(store_user_data=True)``, and ``nlp.pipe(..., n_process=2)``;
* ``doc._.quote_spans``: each quote's content as a spaCy ``Span``, in the same order;
* ``span._.quotes``: the quotes whose content lies inside a span (``sent._.quotes``);
* ``span._.speaker``: the :class:`quoteattr.Speaker` of the one quote a span holds (a quote's span,
  or a sentence with one quote); None when it holds none or several.

Settings, from ``add_pipe(config=...)`` or a spaCy config file's ``[components.quoteattr]``:

* ``kinds``: which kinds of quote to keep (default all: direct, partial, indirect);
* ``min_confidence``: keep only quotes attributed with at least this confidence (default 0: all,
  the unattributed ones too).

The factory is registered under spaCy's ``spacy_factories`` entry point, so ``add_pipe`` finds it
after ``pip install`` without importing quoteattr first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from quoteattr.api import is_parsed, quotes_in_doc
from quoteattr.types import Quote, QuoteKind, Speaker

FACTORY = "quoteattr"
DEFAULT_CONFIG: dict[str, Any] = {"kinds": [kind.value for kind in QuoteKind], "min_confidence": 0.0}


@Language.factory(
    FACTORY,
    assigns=["doc._.quotes", "doc._.quote_records"],
    requires=["token.dep", "token.head", "token.lemma", "token.pos"],
    default_config=DEFAULT_CONFIG,
)
def make_quoteattr(nlp: Language, name: str, kinds: list[str], min_confidence: float) -> QuoteAttributor:
    """Build the component (spaCy calls this for ``nlp.add_pipe("quoteattr")``)."""
    return QuoteAttributor(name, kinds=kinds, min_confidence=min_confidence)


class QuoteAttributor:
    """The pipeline component: finds and attributes the quotations in each Doc."""

    def __init__(
        self, name: str = FACTORY, kinds: Iterable[str] = DEFAULT_CONFIG["kinds"], min_confidence: float = 0.0
    ) -> None:
        try:
            self.kinds = frozenset(QuoteKind(kind) for kind in kinds)
        except ValueError:
            known = ", ".join(kind.value for kind in QuoteKind)
            raise ValueError(f"{name}: kinds must be some of {known}, not {list(kinds)}") from None
        if isinstance(min_confidence, bool) or not isinstance(min_confidence, (int, float)):
            raise ValueError(f"{name}: min_confidence must be a number from 0 to 1, not {min_confidence!r}")
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"{name}: min_confidence must be a number from 0 to 1, not {min_confidence!r}")
        self.name = name
        self.min_confidence = float(min_confidence)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        if not is_parsed(doc):
            raise ValueError(
                f"The {self.name!r} component needs parsed, lemmatised Docs: add it after the parser "
                "and lemmatizer, e.g. nlp = spacy.load('en_core_web_sm'); nlp.add_pipe('quoteattr')"
            )
        quotes = [q for q in quotes_in_doc(doc) if q.kind in self.kinds and q.confidence >= self.min_confidence]
        doc._.quotes = quotes
        return doc


def _get_quotes(doc: Doc) -> list[Quote] | None:
    records = doc._.quote_records
    return None if records is None else [Quote.from_dict(record) for record in records]


def _set_quotes(doc: Doc, quotes: Iterable[Quote] | None) -> None:
    doc._.quote_records = None if quotes is None else [quote.to_dict() for quote in quotes]


def _quote_spans(doc: Doc) -> list[Span]:
    spans = []
    for quote in doc._.quotes or []:
        span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def _quotes_in_span(span: Span) -> list[Quote]:
    quotes: list[Quote] = span.doc._.quotes or []
    return [q for q in quotes if span.start_char <= q.content.start and q.content.end <= span.end_char]


def _speaker_of_span(span: Span) -> Speaker | None:
    """The speaker of the one quote inside the span (a quote span, or a sentence with one quote)."""
    quotes = _quotes_in_span(span)
    return quotes[0].speaker if len(quotes) == 1 else None


def register_extensions() -> None:
    """Add quoteattr's attributes to Doc and Span (safe to call more than once)."""
    if not Doc.has_extension("quote_records"):
        Doc.set_extension("quote_records", default=None)  # plain data: msgpack carries it
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", getter=_get_quotes, setter=_set_quotes)
    if not Doc.has_extension("quote_spans"):
        Doc.set_extension("quote_spans", getter=_quote_spans)
    if not Span.has_extension("quotes"):
        Span.set_extension("quotes", getter=_quotes_in_span)
    if not Span.has_extension("speaker"):
        Span.set_extension("speaker", getter=_speaker_of_span)
