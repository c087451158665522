"""Time and peak memory of ``attribute`` on hostile and oversized inputs, each in a fresh process.

Prints one row per input: its size, the seconds ``attribute`` took, and the process's peak
resident memory (the model loaded included). The unit of parsing is bounded
(``parse.chunks.MAX_CHUNK_CHARS``), so peak memory should stay near the model's own plus a small
multiple of the input, however long a paragraph is.

Run: python benchmarks/bench_hostile.py [--quick]   (--quick: the small inputs only)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_10678e0b370de962.txt"

_WORK = """
import sys, time, quoteattr
text = sys.stdin.read()
quoteattr.load_model()
start = time.perf_counter()
quotes = quoteattr.attribute(text)
print(f"{time.perf_counter() - start:.1f} {len(quotes)}")
"""


def inputs(quick: bool) -> list[tuple[str, str]]:
    seed = SEED.read_text(encoding="utf-8")
    news = (seed + "\n\n") * (1_000_000 // (len(seed) + 2) + 1)
    rows = [
        ("100,000 “ marks", "“" * 100_000),
        ("1,000,000 “ marks", "“" * 1_000_000),
        ("1 MB of news text with no line breaks", " ".join(news.split())[:1_000_000]),
        ("the same text with its paragraph breaks", news[:1_000_000]),
    ]
    if not quick:
        lorem = 'Lorem“ipsum”dolor,"'
        rows.insert(2, ('`Lorem“ipsum”dolor,"` repeated to 5 MB', lorem * (5_000_000 // len(lorem))))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(f"{'input':<44} {'chars':>10} {'seconds':>8} {'quotes':>7} {'peak RSS':>9}")
    for name, text in inputs(args.quick):
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", _WORK], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8"
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(text)
        child.stdin.close()
        out = child.stdout.read().split()
        _, _, usage = os.wait4(child.pid, 0)
        seconds = out[0] if out else f"failed after {time.perf_counter() - started:.0f}"
        quotes = out[1] if len(out) > 1 else "-"
        print(f"{name:<44} {len(text):>10,} {seconds:>8} {quotes:>7} {usage.ru_maxrss / 1024:>7,.0f} MB", flush=True)


if __name__ == "__main__":
    main()
