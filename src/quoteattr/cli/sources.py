"""``quoteattr sources PATH...``: who is quoted across a corpus, one row per source.

PATHs are text files, directories (walked for ``*.txt``, in name order) and JSON Lines files
(``*.jsonl``: one object per line with a "text" field and, optionally, an "id"). A file or line
that cannot be read is reported on standard error, one line each, and skipped; the exit status is
then 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from quoteattr.batch import attribute_many
from quoteattr.cli.app import FAILED, INTERRUPTED, OK, FileError, read_text
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
        out: TextIO = sys.stdout if args.out is None else open(args.out, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except (ModelNotFoundError, ValueError) as err:
        print(f"quoteattr: {err}", file=sys.stderr)
        return FAILED
    except OSError as err:
        print(f"quoteattr: {args.out}: cannot write: {err.strerror or err}", file=sys.stderr)
        return FAILED
    try:
        found = attribute_many(documents(args.paths, failures), nlp=nlp, n_process=args.n_process)
        corpus = Corpus().update(_with_progress(found))
        rows = corpus.sources()
        write = outputs.WRITERS[args.format]
        if args.format == "csv":
            outputs.write_csv(rows, corpus.totals(rows), out, raw=args.raw_csv)
        else:
            write(rows, corpus.totals(rows), out)
        out.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FAILED
    except OSError as err:
        print(f"quoteattr: {args.out or 'standard output'}: cannot write: {err.strerror or err}", file=sys.stderr)
        return FAILED
    except KeyboardInterrupt:
        print("quoteattr: interrupted", file=sys.stderr)
        return INTERRUPTED
    finally:
        if out is not sys.stdout:
            out.close()
    return FAILED if failures else OK
