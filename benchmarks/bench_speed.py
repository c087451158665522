"""How fast quoteattr runs, against a full spaCy parse of the same text.

Prints words per second of:
  (a) a full ``nlp.pipe`` parse with the same model (every pipe, entity recogniser included);
  (b) ``attribute_many`` over the corpus;
  (c) ``attribute`` one text at a time;
the ratio (b)/(a); the time per word of ``attribute`` on single texts of 10 KB, 100 KB and 1 MB;
and ``attribute_many`` with two processes against one. It also checks that selective parsing
(only the paragraphs attribution reads) gives the same results as parsing every paragraph.

Run: python benchmarks/bench_speed.py [--words N] [--cases FILE ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

import quoteattr
from quoteattr.parse.loading import DEFAULT_MODELS


def timed(work: Callable[[], object], repeat: int = 1) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def words_in(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=200_000, help="corpus size in words (default 200,000)")
    parser.add_argument("--cases", nargs="*", default=[], help="cases files to check selective = full on")
    args = parser.parse_args()

    model_name = next(name for name in DEFAULT_MODELS if importlib.util.find_spec(name))
    full_model = spacy.load(model_name)  # every pipe: what a plain spaCy user runs
    nlp = quoteattr.load_model(model_name)  # what quoteattr runs
    texts = corpus.articles(args.words)
    n_words = words_in(texts)
    print(f"corpus: {len(texts)} articles, {n_words:,} words; model {model_name} {full_model.meta['version']}")
    list(quoteattr.attribute_many(texts[:20], nlp=nlp))  # warm up both pipelines
    list(full_model.pipe(texts[:20]))

    a = timed(lambda: list(full_model.pipe(texts, batch_size=64)))
    b = timed(lambda: list(quoteattr.attribute_many(texts, nlp=nlp, batch_size=64)))
    c = timed(lambda: [quoteattr.attribute(t, nlp=nlp) for t in texts])
    print(f"(a) full nlp.pipe parse         {n_words / a:9,.0f} words/s")
    print(f"(b) attribute_many              {n_words / b:9,.0f} words/s")
    print(f"(c) attribute, one at a time    {n_words / c:9,.0f} words/s")
    print(f"(b)/(a) = {a / b:.2f}")

    every = timed(lambda: list(quoteattr.attribute_many(texts, nlp=nlp, selective=False)))
    print(
        f"    attribute_many parsing every paragraph: {n_words / every:,.0f} words/s "
        f"(selective parsing saves {1 - b / every:.0%})"
    )

    per_word = {}
    for label, size, repeat in (("10 KB", 10_000, 9), ("100 KB", 100_000, 3), ("1 MB", 1_000_000, 1)):
        text = corpus.one_text(size)
        seconds = timed(lambda text=text: quoteattr.attribute(text, nlp=nlp), repeat)
        per_word[label] = seconds / len(text.split()) * 1e6
        print(f"attribute on {label:>6}: {len(text.split()):7,} words, {per_word[label]:6.1f} µs/word")
    print(f"1 MB / 10 KB per-word time = {per_word['1 MB'] / per_word['10 KB']:.2f}")

    one = timed(lambda: list(quoteattr.attribute_many(texts, nlp=nlp, n_process=1)))
    two = timed(lambda: list(quoteattr.attribute_many(texts, nlp=nlp, n_process=2)))
    print(
        f"attribute_many n_process=1 {n_words / one:9,.0f} words/s, n_process=2 {n_words / two:9,.0f} words/s: "
        f"{one / two:.2f}x"
    )

    same = list(quoteattr.attribute_many(texts, nlp=nlp)) == list(
        quoteattr.attribute_many(texts, nlp=nlp, selective=False)
    )
    print(f"selective parsing = full parsing on the corpus: {same}")
    for path in args.cases:
        spec = importlib.util.spec_from_file_location("cases", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        case_texts = [case["text"] for case in module.CASES]
        same_cases = all(
            quoteattr.attribute(t, nlp=nlp) == quoteattr.attribute(t, nlp=nlp, selective=False) for t in case_texts
        )
        print(f"selective parsing = full parsing on {path} ({len(case_texts)} texts): {same_cases}")
    print(f"median article: {statistics.median(len(t.split()) for t in texts):.0f} words")


if __name__ == "__main__":
    main()
