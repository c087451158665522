"""The corpus summary (``quoteattr.Corpus``): its throughput and its memory over 5,000 articles.

Streams the news-style corpus (benchmarks/corpus.py, articles repeated with a number so each is a
document of its own) through ``attribute_many`` into a ``Corpus``, and prints after 1,000 and after
5,000 articles: articles per second, the process's peak memory, the summary's own size
(``tracemalloc`` of the Corpus object) and its number of tallies. Then it times the summary alone,
counting the quotes already found, and checks that two halves combined give the same rows as the
whole.

Run: python benchmarks/bench_sources.py [--articles 5000]
"""

from __future__ import annotations

import argparse
import pickle
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
    parser.add_argument("--articles", type=int, default=5_000)
    args = parser.parse_args()
    nlp = quoteattr.load_model()
    texts = corpus.articles(args.articles * 160, seed=5)
    stream = ((texts[n % len(texts)] + f"\n\nArticle {n}.", f"article-{n}") for n in range(args.articles))
    summary = quoteattr.Corpus()
    found: list[tuple[list[quoteattr.Quote], str]] = []
    start = time.perf_counter()
    for n, result in enumerate(quoteattr.attribute_many(stream, nlp=nlp), 1):
        summary.update([result])
        found.append(result)
        if n in (1_000, args.articles):
            seconds = time.perf_counter() - start
            size = len(pickle.dumps(summary)) / 1024
            print(
                f"after {n:>5,} articles: {n / seconds:6.1f} articles/s with attribution, peak memory "
                f"{peak_memory_mb():6,.0f} MB, summary {size:7,.0f} KB pickled, {len(summary._tallies):,} tallies",
                flush=True,
            )
    start = time.perf_counter()
    alone = quoteattr.Corpus().update(found)
    rows = alone.sources()
    seconds = time.perf_counter() - start
    quotes = sum(len(q) for q, _ in found)
    print(f"summary alone: {len(found):,} articles, {quotes:,} quotes, {len(rows):,} sources in {seconds:.2f} s")
    half = len(found) // 2
    combined = quoteattr.Corpus().update(found[:half]) + quoteattr.Corpus().update(found[half:])
    print(f"two halves combined = the whole: {combined.sources() == rows}")


if __name__ == "__main__":
    main()
