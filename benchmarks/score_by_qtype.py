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


from tests.scoring import gold, load_cases

import quoteattr
from quoteattr.evaluate import answers, speaker_matches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--every", type=int, default=1, help="score every Nth case only (a quick look)")
    args = parser.parse_args()
    cases = load_cases(args.cases)[:: args.every]
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    golds = gold(cases)
    for quotes, (case, gold_case) in quoteattr.attribute_many(
        (c["text"], (c, g)) for c, g in zip(cases, golds, strict=True)
    ):
        found = [q for q in quotes if q.kind.value in ("direct", "partial")]
        for raw, quote in zip(case["quotes"], gold_case.quotes, strict=True):
            if quote.optional or quote.kind.value == "indirect" or not quote.speakers:
                continue
            match = next((q for q in found if answers(quote, q.content)), None)
            if match is None:
                continue
            qtype = raw.get("qtype") or "unknown"
            total[qtype] += 1
            right[qtype] += speaker_matches(match.speaker.name if match.speaker else None, quote.speakers)
    for qtype in sorted(total):
        print(f"{qtype:<10} speaker accuracy {right[qtype] / total[qtype]:.3f} ({right[qtype]}/{total[qtype]})")
    print(f"{'all':<10} speaker accuracy {sum(right.values()) / max(1, sum(total.values())):.3f}")


if __name__ == "__main__":
    main()
