"""Measure how pronoun speakers should be ranked: subjects first (news style) or nearest first.

Scores every quote whose speaker was named by a pronoun, in the project's cases files, both ways.
Run: python benchmarks/pronoun_salience.py [CASES_FILE ...]
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

import quoteattr
from quoteattr import api as pipeline
from quoteattr.lexicon.pronouns import PRONOUNS
from quoteattr.resolve.resolver import Resolver

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = [ROOT / "tests/data/news_cases.py", ROOT / "tests/data/holdout_cases.py"]


def load(path: Path) -> list[dict]:  # type: ignore[type-arg]
    spec = importlib.util.spec_from_file_location("cases", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.CASES)


def pronoun_quotes_right(cases: list[dict], subjects_first: bool) -> tuple[int, int]:  # type: ignore[type-arg]
    pipeline.Resolver = functools.partial(Resolver, subjects_first=subjects_first)  # type: ignore[misc]
    right = total = 0
    for case in cases:
        text = case["text"]
        gold = {text.find(g["content"]): g["speaker"] for g in case["quotes"] if g.get("speaker")}
        for quote in quoteattr.attribute(text):
            mention = quote.speaker.mention if quote.speaker else None
            if mention is None or mention.text.lower() not in PRONOUNS or quote.content.start not in gold:
                continue
            total += 1
            accepted = [name.lower() for name in gold[quote.content.start]]
            name = quote.speaker.name.lower() if quote.speaker else ""
            right += any(a in name or name in a for a in accepted)
    return right, total


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or DEFAULT_CASES
    cases = [case for path in paths for case in load(path)]
    for label, flag in (("subjects first", True), ("nearest first", False)):
        right, total = pronoun_quotes_right(cases, flag)
        print(f"{label:15} {right}/{total} pronoun-named speakers right")
    pipeline.Resolver = Resolver  # type: ignore[misc]


if __name__ == "__main__":
    main()
