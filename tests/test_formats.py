"""The output formats' data: the JSON schema matches the Python objects and what is written."""

from __future__ import annotations

import io
import json

import jsonschema
from spacy.language import Language

import quoteattr
from quoteattr.outputs import formats
from quoteattr.types import Result
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
