"""The project's cases files (tests/data/*_cases.py), scored with :func:`quoteattr.evaluate`:
each case is a gold text whose quotes are found by their content."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from spacy.language import Language

from quoteattr.evaluate import Evaluation, GoldText, evaluate, gold_text


def load_cases(path: Path) -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.CASES)


def gold(cases: list[dict[str, Any]]) -> list[GoldText]:
    """A cases file's texts in the evaluation's gold form (quotes found by their content)."""
    return [gold_text(case, n) for n, case in enumerate(cases)]


def score(cases: list[dict[str, Any]], nlp: Language) -> Evaluation:
    return evaluate(gold(cases), nlp=nlp)
