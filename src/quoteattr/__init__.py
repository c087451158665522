"""quoteattr: find quotations in English news text and fiction, and say who said them.

>>> import quoteattr
>>> quote, = quoteattr.attribute("“We will rebuild,” Mayor Linda Park said.")
>>> quote.content.text, quote.speaker.name, quote.kind.value
('We will rebuild,', 'Linda Park', 'direct')
"""

from quoteattr.api import attribute, quotes_in_doc
from quoteattr.batch import attribute_many
from quoteattr.component import QuoteAttributor
from quoteattr.corpus.sources import Corpus, Source, Totals
from quoteattr.evaluate import Evaluation, evaluate, read_gold
from quoteattr.parse.loading import ModelNotFoundError, load_model
from quoteattr.types import Gender, GenderSource, Quote, QuoteKind, Rule, SourceKind, Speaker, TextSpan

__all__ = [
    "Corpus",
    "Evaluation",
    "Gender",
    "GenderSource",
    "ModelNotFoundError",
    "Quote",
    "QuoteAttributor",
    "QuoteKind",
    "Rule",
    "Source",
    "SourceKind",
    "Speaker",
    "TextSpan",
    "Totals",
    "attribute",
    "attribute_many",
    "evaluate",
    "load_model",
    "quotes_in_doc",
    "read_gold",
]
__version__ = "0.1.0"
