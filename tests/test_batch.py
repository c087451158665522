"""attribute_many: streaming, input order, contexts, processes, bad arguments, long inputs."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from spacy.language import Language

import quoteattr
from tests.conftest import ROOT, SEED
from tests.scoring import load_cases

TEXTS = [SEED.read_text(encoding="utf-8")] + [case["text"] for case in load_cases(ROOT / "tests/data/news_cases.py")]
TEXTS += ["", "No quotation here at all.", "   \n\n  "]


def test_results_match_attribute_in_input_order(nlp: Language) -> None:
    expected = [quoteattr.attribute(t, nlp=nlp) for t in TEXTS]
    assert list(quoteattr.attribute_many(TEXTS, nlp=nlp, batch_size=4)) == expected


def test_context_is_carried_through(nlp: Language) -> None:
    pairs = [(text, {"id": n}) for n, text in enumerate(TEXTS)]
    results = list(quoteattr.attribute_many(pairs, nlp=nlp, batch_size=5))
    assert [context["id"] for _, context in results] == list(range(len(TEXTS)))
    assert [quotes for quotes, _ in results] == list(quoteattr.attribute_many(TEXTS, nlp=nlp))


def test_two_processes_give_the_same_results_in_order(nlp: Language) -> None:
    pairs = [(text, n) for n, text in enumerate(TEXTS * 2)]
    assert list(quoteattr.attribute_many(pairs, nlp=nlp, n_process=2, batch_size=3)) == list(
        quoteattr.attribute_many(pairs, nlp=nlp)
    )


def test_input_is_read_lazily(nlp: Language) -> None:
    def endless() -> Iterator[str]:
        for n in itertools.count():
            yield f"“Part {n},” said Ana Ruiz."

    first = list(itertools.islice(quoteattr.attribute_many(endless(), nlp=nlp, batch_size=8), 3))
    assert [q[0].content.text for q in first] == ["Part 0,", "Part 1,", "Part 2,"]
    first = list(itertools.islice(quoteattr.attribute_many(endless(), nlp=nlp, n_process=2, batch_size=4), 3))
    assert [q[0].content.text for q in first] == ["Part 0,", "Part 1,", "Part 2,"]


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"batch_size": 0}, ValueError, "batch_size"),
        ({"batch_size": "8"}, ValueError, "batch_size"),
        ({"n_process": 0}, ValueError, "n_process"),
        ({"n_process": -2}, ValueError, "n_process"),
    ],
)
def test_bad_arguments_name_the_argument(kwargs: dict, error: type, match: str, nlp: Language) -> None:  # type: ignore[type-arg]
    with pytest.raises(error, match=match):
        list(quoteattr.attribute_many(["text"], nlp=nlp, **kwargs))


@pytest.mark.parametrize(
    ("texts", "match"),
    [
        ("a single string", "single str"),
        (["fine", 42], r"texts\[1\] must be a str, not int"),
        (["fine", ("text", 1)], r"texts\[1\]: mixes"),
        ([("text", 1, 2)], "not 3 items"),
    ],
)
def test_bad_texts_are_type_errors(texts: object, match: str, nlp: Language) -> None:
    with pytest.raises(TypeError, match=match):
        list(quoteattr.attribute_many(texts, nlp=nlp))  # type: ignore[call-overload]


def test_texts_beyond_max_length_are_split_not_refused(nlp: Language) -> None:
    paragraph = "“We will rebuild,” Mayor Linda Park said on Monday after the storm passed."
    text = "\n\n".join([paragraph] * 40)
    long_paragraph = " ".join([paragraph] * 40)
    saved = nlp.max_length
    try:
        nlp.max_length = 500
        by_paragraph = quoteattr.attribute(text, nlp=nlp)
        one_long = quoteattr.attribute(long_paragraph, nlp=nlp)
    finally:
        nlp.max_length = saved
    assert by_paragraph == quoteattr.attribute(text, nlp=nlp)  # paragraph chunks are unchanged
    assert len(one_long) == 40 and all(
        long_paragraph[q.content.start : q.content.end] == q.content.text for q in one_long
    )
