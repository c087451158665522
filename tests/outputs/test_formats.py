"""The output formats' data: the JSON schema matches the Python objects and what is written."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import jsonschema
from spacy.language import Language

import quoteattr
from quoteattr.outputs import formats
from quoteattr.types import Result, record_fields
from tests.conftest import SEED


def seed_records(nlp: Language) -> list[dict[str, object]]:
    text = SEED.read_text(encoding="utf-8")
    out = io.StringIO()
    formats.write_jsonl([Result("seed.txt", text, quoteattr.attribute(text, nlp=nlp))], out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_written_records_validate_against_the_schema(nlp: Language) -> None:
    schema = formats.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    records = seed_records(nlp)
    assert records
    for record in records:
        jsonschema.validate(record, schema, cls=jsonschema.Draft202012Validator)


def test_schema_names_every_field_of_the_python_objects(nlp: Language) -> None:
    schema = formats.json_schema()
    quote = quoteattr.attribute("“Yes,” said Ana Ruiz.", nlp=nlp)[0]
    data = quote.to_dict()
    assert set(schema["properties"]) == set(data) | {"source"}
    assert set(schema["required"]) == set(data)
    assert quote.speaker is not None
    speaker = schema["properties"]["speaker"]["oneOf"][1]
    assert set(speaker["properties"]) == set(quote.speaker.to_dict())
    assert set(schema["$defs"]["span"]["properties"]) == set(quote.content.to_dict())
    assert schema["properties"]["kind"]["enum"] == [k.value for k in quoteattr.QuoteKind]
    assert schema["properties"]["rule"]["enum"] == [r.value for r in quoteattr.Rule]


def test_flatten_gives_the_csv_columns(nlp: Language) -> None:
    record = seed_records(nlp)[0]
    assert set(formats.flatten(record)) == set(formats.CSV_FIELDS)


# --- One record shape: the attrs classes are the source, everything else is checked against them ---

FULL_QUOTE = quoteattr.Quote(
    content=quoteattr.TextSpan(1, 5, "Yes,"),
    kind=quoteattr.QuoteKind.DIRECT,
    speaker=quoteattr.Speaker("Ana Ruiz", quoteattr.TextSpan(12, 20, "Ana Ruiz")),
    cue=quoteattr.TextSpan(7, 11, "said"),
    rule=quoteattr.Rule.CUE_VERB,
    confidence=0.9,
)


def _schema_leaves(node: dict[str, Any], schema: dict[str, Any], prefix: str = "") -> set[str]:
    """The dotted leaf names a JSON Schema node describes, following $ref and the object of a oneOf."""
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    if "oneOf" in node:
        objects = [n for n in node["oneOf"] if n.get("type") != "null"]
        return _schema_leaves(objects[0], schema, prefix)
    if "properties" not in node:
        return {prefix.rstrip(".")}
    return {
        leaf for name, sub in node["properties"].items() for leaf in _schema_leaves(sub, schema, f"{prefix}{name}.")
    }


def test_csv_columns_are_the_record_fields() -> None:
    assert sorted(formats.CSV_FIELDS) == sorted(["source", *record_fields(quoteattr.Quote)])


def test_schema_describes_exactly_the_record_fields() -> None:
    schema = formats.json_schema()
    assert _schema_leaves(schema, schema) == {"source", *record_fields(quoteattr.Quote)}


def test_to_dict_gives_every_field_and_from_dict_takes_it_back() -> None:
    data = FULL_QUOTE.to_dict()
    assert set(formats.flatten(data)) == set(record_fields(quoteattr.Quote))
    assert quoteattr.Quote.from_dict(json.loads(json.dumps(data))) == FULL_QUOTE


def test_csv_cells_that_look_like_formulas_are_neutralised_unless_raw(nlp: Language) -> None:
    text = "“=SUM(A1:A9) is the answer,” said Ana Ruiz. “@once,” she added. “-3 degrees,” she said."
    result = [Result("a.txt", text, quoteattr.attribute(text, nlp=nlp))]
    safe, raw = io.StringIO(), io.StringIO()
    formats.write_csv(result, safe)
    formats.write_csv(result, raw, raw=True)
    safe_texts = [row["content.text"] for row in csv.DictReader(io.StringIO(safe.getvalue()))]
    assert safe_texts == ["'=SUM(A1:A9) is the answer,", "'@once,", "'-3 degrees,"]
    assert [row["content.text"] for row in csv.DictReader(io.StringIO(raw.getvalue()))] == [t[1:] for t in safe_texts]
    jsonl = io.StringIO()
    formats.write_jsonl(result, jsonl)
    assert json.loads(jsonl.getvalue().splitlines()[0])["content"]["text"] == "=SUM(A1:A9) is the answer,"
