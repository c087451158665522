"""quoteattr as a spaCy pipeline component: ``nlp.add_pipe("quoteattr")`` after the parser.

The component runs the same extraction as :func:`quoteattr.attribute` (``quotes_in_doc``) on the
Doc your pipeline made, and stores the result on the Doc:

* ``doc._.quotes``: the list of :class:`quoteattr.Quote`, in document order;
* ``doc._.quote_spans``: each quote's content as a spaCy ``Span``, in the same order;
* ``span._.quotes``: the quotes whose content lies inside a span (``sent._.quotes``);
* ``span._.speaker``: the :class:`quoteattr.Speaker` of the one quote a span holds (a quote's span,
  or a sentence with one quote); None when it holds none or several.

The factory is registered under spaCy's ``spacy_factories`` entry point, so ``add_pipe`` finds it
after ``pip install`` without importing quoteattr first.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from quoteattr.api import is_parsed, quotes_in_doc
from quoteattr.types import Quote, Speaker

FACTORY = "quoteattr"


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
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", default=None)
    if not Doc.has_extension("quote_spans"):
        Doc.set_extension("quote_spans", getter=_quote_spans)
    if not Span.has_extension("quotes"):
        Span.set_extension("quotes", getter=_quotes_in_span)
    if not Span.has_extension("speaker"):
        Span.set_extension("speaker", getter=_speaker_of_span)


class QuoteAttributor:
    """The pipeline component: finds and attributes the quotations in each Doc."""

    def __init__(self, name: str = FACTORY) -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        if not is_parsed(doc):
            raise ValueError(
                f"The {self.name!r} component needs parsed, lemmatised Docs: add it after the parser "
                "and lemmatizer, e.g. nlp = spacy.load('en_core_web_sm'); nlp.add_pipe('quoteattr')"
            )
        doc._.quotes = quotes_in_doc(doc)
        return doc


@Language.factory(
    FACTORY,
    assigns=["doc._.quotes"],
    requires=["token.dep", "token.head", "token.lemma", "token.pos"],
    default_config={},
)
def make_quoteattr(nlp: Language, name: str) -> QuoteAttributor:
    """Build the component (spaCy calls this for ``nlp.add_pipe("quoteattr")``)."""
    return QuoteAttributor(name)
