"""Turn a cases file (a Python file defining CASES, as tests/data/*_cases.py do) into the gold
JSON Lines that ``quoteattr evaluate`` reads (docs/evaluate.md).

Run: python benchmarks/cases_to_gold.py CASES_FILE > gold.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.scoring import gold, load_cases


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for case in gold(load_cases(Path(sys.argv[1]))):
        quotes = [
            {"start": q.start, "end": q.end, "kind": q.kind.value, "speakers": list(q.speakers)}
            | ({"optional": True} if q.optional else {})
            for q in case.quotes
        ]
        print(json.dumps({"id": case.id, "text": case.text, "quotes": quotes}, ensure_ascii=False))


if __name__ == "__main__":
    main()
