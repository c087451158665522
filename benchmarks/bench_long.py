"""Long inputs: time and memory of ``attribute`` on one text of 100 KB, 1 MB and 10 MB.

The texts are news articles from the benchmark corpus joined by blank lines. Linear time means
the same time per word at every size; the last column is the process's peak memory so far.

Run: python benchmarks/bench_long.py [--sizes 100000 1000000 10000000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

import quoteattr


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="*", type=int, default=[100_000, 1_000_000, 10_000_000])
    args = parser.parse_args()
    nlp = quoteattr.load_model()
    quoteattr.attribute(corpus.one_text(20_000), nlp=nlp)  # warm up
    print(f"{'size':>10} {'words':>10} {'quotes':>8} {'seconds':>8} {'µs/word':>8} {'peak MB':>8}")
    baseline = None
    for size in args.sizes:
        text = corpus.one_text(size)
        words = len(text.split())
        start = time.perf_counter()
        quotes = quoteattr.attribute(text, nlp=nlp)
        seconds = time.perf_counter() - start
        per_word = seconds / words * 1e6
        baseline = baseline or per_word
        print(
            f"{len(text):>10,} {words:>10,} {len(quotes):>8,} {seconds:>8.1f} {per_word:>8.1f} "
            f"{peak_memory_mb():>8,.0f}"
            f"   ({per_word / baseline:.2f}x the first size's time per word)",
            flush=True,
        )


if __name__ == "__main__":
    main()
