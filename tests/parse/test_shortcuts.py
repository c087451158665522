"""The fast parse gives what the plain spaCy parse gives: token by token, and quote by quote.

Two shortcuts stand in for spaCy machinery: parse/attributes.py sets coarse tags and lemmas in
place of the attribute ruler and lemmatizer, and chunks.joined() puts the chunks together in place
of Doc.from_docs. The reference path here is the one without either.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
import spacy
from hypothesis import given
from spacy.language import Language
from spacy.tokens import Doc

import quoteattr
from quoteattr.parse import attributes, chunks
from quoteattr.parse.attributes import TokenAttributes, token_attributes
from quoteattr.parse.loading import DEFAULT_MODELS
from tests.parse.test_selective import CASE_TEXTS
from tests.strategies import news_article

# Tokens the ruler treats with two-token patterns, contractions and casual forms among them.
CASUAL = (
    "“Y'all ain't gon na believe it,” she said. There is a cat; there are two. Let's go, c'mon.\n\n"
    "“I'm gonna stay, y'all,” said Rob. “Ain't nobody got ta leave. 'Em too, goin' nothin' doin'.”\n\n"
    "It is raining. There was a man and there were dogs. Somethin' ol' 'nuff. Gotta go, gon na."
)


def _plain_values(doc: Doc) -> list[tuple[str, str, str, str, int, bool]]:
    return [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, bool(t.is_sent_start)) for t in doc]


def _both(nlp: Language, texts: Iterable[str], fast: TokenAttributes) -> tuple[list[Doc], list[Doc]]:
    texts = list(texts)
    plain = list(nlp.pipe(texts))
    shortcut = [fast(doc) for doc in nlp.pipe(texts, disable=list(fast.pipes))]
    return plain, shortcut


def test_the_shortcut_sets_what_the_ruler_and_lemmatizer_set(nlp: Language) -> None:
    fast = token_attributes(nlp)
    assert fast is not None
    paragraphs = [p for text in [CASUAL, *CASE_TEXTS] for p in text.split("\n\n") if p.strip()]
    for _ in range(2):  # the first time it asks the pipes, the second it remembers
        plain, shortcut = _both(nlp, paragraphs, fast)
        assert [_plain_values(d) for d in plain] == [_plain_values(d) for d in shortcut]


def test_what_it_remembers_is_bounded(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attributes, "MAX_REMEMBERED", 50)
    fast = attributes._shortcut(nlp)
    assert fast is not None
    paragraphs = [p for text in CASE_TEXTS[:5] for p in text.split("\n\n") if p.strip()]
    plain, shortcut = _both(nlp, paragraphs, fast)
    assert [_plain_values(d) for d in plain] == [_plain_values(d) for d in shortcut]
    assert len(fast._known) <= 50 + max(len(d) for d in shortcut)


def test_no_shortcut_for_a_pipeline_without_the_ruler() -> None:
    name = next(n for n in DEFAULT_MODELS if spacy.util.is_package(n))
    assert token_attributes(spacy.load(name, exclude=["ner", "attribute_ruler"])) is None


def _reference(text: str, nlp: Language, monkeypatch: pytest.MonkeyPatch) -> list[quoteattr.Quote]:
    """The quotes by the plain path: spaCy's own pipes and Doc.from_docs."""
    with monkeypatch.context() as patch:
        patch.setattr(chunks, "token_attributes", lambda _nlp: None)
        patch.setattr(chunks, "joined", lambda docs: Doc.from_docs(docs, ensure_whitespace=False))
        return quoteattr.attribute(text, nlp=nlp, selective=False)


@pytest.mark.parametrize("text", [CASUAL, *CASE_TEXTS], ids=range(len(CASE_TEXTS) + 1))
def test_the_fast_path_finds_what_the_plain_path_finds(
    text: str, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert quoteattr.attribute(text, nlp=nlp) == _reference(text, nlp, monkeypatch)


def test_attribute_many_finds_what_the_plain_path_finds(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [CASUAL, *CASE_TEXTS]
    assert list(quoteattr.attribute_many(texts, nlp=nlp)) == [_reference(t, nlp, monkeypatch) for t in texts]


@given(news_article())
def test_the_fast_path_on_generated_articles(nlp: Language, text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert quoteattr.attribute(text, nlp=nlp) == _reference(text, nlp, monkeypatch)
