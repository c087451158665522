"""Every output of the project's own texts, recorded: a change of behaviour shows as a failure here
and as a diff of ``tests/data/expected_quotes.jsonl`` once it is meant.

A refactoring must leave this file as it is. After a change of rules, look at what changed, then
record it: ``python -m tests.test_expected``.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

import quoteattr
from tests.conftest import ROOT, SEED
from tests.scoring import load_cases

EXPECTED = ROOT / "tests" / "data" / "expected_quotes.jsonl"


def texts() -> list[tuple[str, str]]:
    """(id, text) for the seed article and every case of every cases file, in a stable order."""
    found = [("seed", SEED.read_text(encoding="utf-8"))]
    for path in sorted((ROOT / "tests" / "data").glob("*_cases.py")):
        found += [(f"{path.stem}/{case['id']}", case["text"]) for case in load_cases(path)]
    return found


def outputs(nlp: Language | None = None) -> list[dict[str, object]]:
    items = texts()
    results = quoteattr.attribute_many([(text, key) for key, text in items], nlp=nlp)
    return [{"id": key, "quotes": [q.to_dict() for q in quotes]} for quotes, key in results]


def test_outputs_are_as_recorded(nlp: Language) -> None:
    expected = [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines()]
    got = outputs(nlp)
    assert [e["id"] for e in expected] == [g["id"] for g in got]
    changed = [g["id"] for e, g in zip(expected, got, strict=True) if e != g]
    assert not changed, f"outputs changed for {changed}; if meant, run: python -m tests.test_expected"


def record(path: Path = EXPECTED) -> None:
    with path.open("w", encoding="utf-8") as out:
        for item in outputs():
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    record()
    print(f"recorded {EXPECTED.relative_to(ROOT)}")
