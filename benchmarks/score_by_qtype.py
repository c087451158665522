"""Speaker accuracy split by the kind of attribution each gold quote needs.

Reads any cases file (a Python file defining CASES, as tests/data/*_cases.py do) whose gold quotes
carry a ``qtype``, as the Project Dialogism Novel Corpus labels them: *explicit* (a speech verb
names the speaker), *anaphoric* (it names them by a pronoun or a description) or *implicit* (no
attribution at all: turn-taking). Matching follows quoteattr.evaluate: a prediction matches a gold
quote that it covers for at least 60%, and a speaker is right when its name contains an accepted
name or shares its surname.

Run: python benchmarks/score_by_qtype.py CASES_FILE [--every N]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.scoring import load_cases

import quoteattr
from quoteattr.evaluate import speaker_matches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--every", type=int, default=1, help="score every Nth case only (a quick look)")
    args = parser.parse_args()
    cases = load_cases(args.cases)[:: args.every]
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    texts = [(case["text"], case) for case in cases]
    for quotes, case in quoteattr.attribute_many(texts):
        text = case["text"]
        found = [q for q in quotes if q.kind.value in ("direct", "partial")]
        for gold in case["quotes"]:
            if gold.get("optional") or gold.get("kind") == "indirect" or not gold.get("speaker"):
                continue
            start = gold["start"] if "start" in gold else text.find(gold["content"])
            end = start + len(gold["content"])
            match = next((q for q in found if _covers(q, start, end)), None)
            if match is None:
                continue
            qtype = gold.get("qtype") or "unknown"
            total[qtype] += 1
            name = match.speaker.name if match.speaker else None
            right[qtype] += speaker_matches(name, gold["speaker"])
    for qtype in sorted(total):
        print(f"{qtype:<10} speaker accuracy {right[qtype] / total[qtype]:.3f} ({right[qtype]}/{total[qtype]})")
    print(f"{'all':<10} speaker accuracy {sum(right.values()) / max(1, sum(total.values())):.3f}")


def _covers(quote: quoteattr.Quote, start: int, end: int) -> bool:
    overlap = max(0, min(end, quote.content.end) - max(start, quote.content.start))
    return overlap >= 0.6 * (end - start) and len(quote.content) <= 3 * (end - start + 20)


if __name__ == "__main__":
    main()
