"""``quoteattr sources PATH...``: who is quoted across a corpus, one row per source.

PATHs are text files, directories (walked for ``*.txt``, in name order) and JSON Lines files
(``*.jsonl``: one object per line with a "text" field and, optionally, an "id"). A file or line
that cannot be read is reported on standard error, one line each, and skipped; the exit status is
then 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from quoteattr.batch import attribute_many
from quoteattr.cli.app import FAILED, OK, FileError, open_output, read_text, written
from quoteattr.corpus.sources import Corpus
from quoteattr.outputs import sources as outputs
from quoteattr.parse.loading import ModelNotFoundError, load_model


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr sources",
        description="Who is quoted across a corpus: one row per source, merged over documents.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="text files, directories of *.txt, or *.jsonl files")
    parser.add_argument("--format", choices=list(outputs.WRITERS), default="table", help="output format")
    parser.add_argument("--out", "-o", metavar="PATH", help="write to PATH instead of standard output")
    parser.add_argument("--n-process", type=int, default=1, metavar="N", help="processes to parse with (-1: all CPUs)")
    parser.add_argument("--raw-csv", action="store_true", help="CSV cells exactly as found (no formula guard)")
    parser.add_argument("--model", default=None, help="spaCy model to parse with (default: en_core_web_sm)")
    return parser


def documents(paths: Sequence[str], failures: list[str]) -> Iterator[tuple[str, str]]:
    """(text, document id) for every document the paths hold; what cannot be read is reported."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            yield from _texts([str(p) for p in files], failures)
        elif path.suffix == ".jsonl":
            yield from _jsonl(name, failures)
        else:
            yield from _texts([name], failures)


def _texts(names: Sequence[str], failures: list[str]) -> Iterator[tuple[str, str]]:
    for name in names:
        try:
            yield read_text(name), name
        except FileError as err:
            _report(str(err), failures)


def _jsonl(name: str, failures: list[str]) -> Iterator[tuple[str, str]]:
    try:
        lines = read_text(name).splitlines()
    except FileError as err:
        _report(str(err), failures)
        return
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record: Any = json.loads(line)
        except json.JSONDecodeError as err:
            _report(f"{name}:{number}: not JSON ({err.msg})", failures)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            _report(f'{name}:{number}: no "text" string', failures)
            continue
        yield record["text"], str(record.get("id", f"{name}:{number}"))


def _report(message: str, failures: list[str]) -> None:
    failures.append(message)
    print(f"quoteattr: {message}", file=sys.stderr, flush=True)


def _with_progress(results: Iterator[Any]) -> Iterator[Any]:
    """A progress bar on standard error, when a person is watching."""
    if not sys.stderr.isatty():
        return results
    from tqdm import tqdm

    return iter(tqdm(results, unit="doc", file=sys.stderr))


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    failures: list[str] = []
    try:
        nlp = load_model(args.model)
        if args.n_process == 0 or args.n_process < -1:
            raise ValueError(f"--n-process must be a positive number or -1, not {args.n_process}")
        out = open_output(args.out)
    except (FileError, ModelNotFoundError, ValueError) as err:
        print(f"quoteattr: {err}", file=sys.stderr)
        return FAILED

    def write() -> None:
        found = attribute_many(documents(args.paths, failures), nlp=nlp, n_process=args.n_process)
        corpus = Corpus().update(_with_progress(found))
        rows = corpus.sources()
        if args.format == "csv":
            outputs.write_csv(rows, corpus.totals(rows), out, raw=args.raw_csv)
        else:
            outputs.WRITERS[args.format](rows, corpus.totals(rows), out)

    status = written(write, out, args.out)
    return status if status != OK else FAILED if failures else OK
