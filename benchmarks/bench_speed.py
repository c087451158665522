"""How fast quoteattr runs, against a spaCy parse of the same text.

Prints words per second of:
  (a)  a full ``nlp.pipe`` parse with the same model (every pipe, entity recogniser included);
  (a') the same parse with the entity recogniser disabled;
  (a1) a full ``nlp(text)``, one text at a time;
  (b)  ``attribute_many`` over the corpus;
  (c)  ``attribute`` one text at a time;
and the ratios (b)/(a), (b)/(a') and (c)/(a1), on the news-style corpus (benchmarks/corpus.py) and,
with ``--real FILE``, on the texts of a cases file of real news (a Python file defining CASES, such
as the PolNeAR build from the quality scripts; never needed by the tests). Then the time per word
of ``attribute`` on single texts of 10 KB, 100 KB and 1 MB; ``attribute_many`` with two processes
against one; and, in a fresh process, the peak memory of a stream of 10,000 articles through
``attribute_many`` after 1,000 and after 10,000 of them. It also checks that selective parsing
(only the paragraphs attribution reads) gives the same results as parsing every paragraph.

Run: python benchmarks/bench_speed.py [--words N] [--real CASES_FILE] [--stream N] [--cases FILE ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language

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


def case_texts(path: str) -> list[str]:
    spec = importlib.util.spec_from_file_location("cases", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [case["text"] for case in module.CASES]


def compare(label: str, texts: list[str], full_model: Language, nlp: Language) -> None:
    """Rows (a) to (c) and their ratios for one set of texts."""
    n_words = words_in(texts)
    print(f"{label}: {len(texts):,} texts, {n_words:,} words")
    list(quoteattr.attribute_many(texts[:20], nlp=nlp))  # warm up both pipelines
    list(full_model.pipe(texts[:20]))
    a = timed(lambda: list(full_model.pipe(texts, batch_size=64)))
    a_no_ner = timed(lambda: list(full_model.pipe(texts, batch_size=64, disable=["ner"])))
    a1 = timed(lambda: [full_model(t) for t in texts])
    b = timed(lambda: list(quoteattr.attribute_many(texts, nlp=nlp, batch_size=64)))
    c = timed(lambda: [quoteattr.attribute(t, nlp=nlp) for t in texts])
    print(f"  (a)  full nlp.pipe parse         {n_words / a:9,.0f} words/s")
    print(f"  (a') nlp.pipe without NER        {n_words / a_no_ner:9,.0f} words/s")
    print(f"  (a1) full nlp(text), one by one  {n_words / a1:9,.0f} words/s")
    print(f"  (b)  attribute_many              {n_words / b:9,.0f} words/s")
    print(f"  (c)  attribute, one at a time    {n_words / c:9,.0f} words/s")
    print(f"  (b)/(a) = {a / b:.2f}   (b)/(a') = {a_no_ner / b:.2f}   (c)/(a1) = {a1 / c:.2f}", flush=True)


def stream_memory(count: int) -> None:
    """attribute_many over ``count`` articles in this process: peak memory at 1,000 and at the end."""
    nlp = quoteattr.load_model()
    texts = corpus.articles(count * 200, seed=3)
    stream = (texts[n % len(texts)] + f"\n\nArticle {n}." for n in range(count))
    for n, _ in enumerate(quoteattr.attribute_many(stream, nlp=nlp), 1):
        if n in (1_000, count):
            print(f"  after {n:>6,} articles: peak memory {peak_memory_mb():6,.0f} MB", flush=True)


def peak_memory_mb() -> float:
    """This process's peak resident memory. Linux's VmHWM, since ru_maxrss survives exec and would
    report the parent's peak in a fresh child process."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=200_000, help="corpus size in words (default 200,000)")
    parser.add_argument("--real", help="a cases file of real news to time as well")
    parser.add_argument("--stream", type=int, default=10_000, help="articles in the memory stream (0: skip)")
    parser.add_argument("--cases", nargs="*", default=[], help="cases files to check selective = full on")
    parser.add_argument("--stream-only", type=int, help=argparse.SUPPRESS)  # the fresh process's job
    args = parser.parse_args()
    if args.stream_only:
        stream_memory(args.stream_only)
        return

    model_name = next(name for name in DEFAULT_MODELS if importlib.util.find_spec(name))
    full_model = spacy.load(model_name)  # every pipe: what a plain spaCy user runs
    nlp = quoteattr.load_model(model_name)  # what quoteattr runs
    texts = corpus.articles(args.words)
    print(f"model {model_name} {full_model.meta['version']}")
    compare("news-style corpus", texts, full_model, nlp)
    if args.real:
        compare(f"real news ({Path(args.real).name})", case_texts(args.real), full_model, nlp)
    n_words = words_in(texts)

    every = timed(lambda: list(quoteattr.attribute_many(texts, nlp=nlp, selective=False)))
    b = timed(lambda: list(quoteattr.attribute_many(texts, nlp=nlp)))
    print(
        f"attribute_many parsing every paragraph: {n_words / every:,.0f} words/s "
        f"(selective parsing saves {1 - b / every:.0%} on the news-style corpus)"
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
        found = case_texts(path)
        same_cases = all(
            quoteattr.attribute(t, nlp=nlp) == quoteattr.attribute(t, nlp=nlp, selective=False) for t in found
        )
        print(f"selective parsing = full parsing on {path} ({len(found)} texts): {same_cases}")
    print(f"median article: {statistics.median(len(t.split()) for t in texts):.0f} words")
    if args.stream:
        print(f"a stream of {args.stream:,} articles through attribute_many, in a fresh process:", flush=True)
        subprocess.run([sys.executable, __file__, "--stream-only", str(args.stream)], check=True)


if __name__ == "__main__":
    main()
