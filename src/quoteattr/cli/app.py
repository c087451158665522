"""The command line: ``quoteattr FILE...`` or ``python -m quoteattr -`` (standard input).

Inputs that cannot be read are reported on standard error, one line each, and skipped: the other
inputs are still processed and written, and the exit status is 1. Nothing ends in a traceback.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from quoteattr.batch import attribute_many
from quoteattr.outputs import formats
from quoteattr.parse.loading import ModelNotFoundError, load_model
from quoteattr.types import Result

#: Exit statuses: success, some input unreadable or a usage problem, interrupted.
OK, FAILED, INTERRUPTED = 0, 1, 130


class FileError(Exception):
    """A file that cannot be read as text, or written; the message names it."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr", description="Find quotations in English news text and fiction, and say who said them."
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; - reads standard input")
    parser.add_argument("--format", choices=list(formats.WRITERS), default="table", help="output format")
    parser.add_argument("--json", dest="format", action="store_const", const="json", help="same as --format json")
    parser.add_argument(
        "--raw-csv",
        action="store_true",
        help="write CSV cells exactly as found; by default a cell that starts like a spreadsheet formula "
        "(=, +, -, @) gets a leading single quote",
    )
    parser.add_argument("--out", "-o", metavar="PATH", help="write to PATH instead of standard output")
    parser.add_argument("--model", default=None, help="spaCy model to parse with (default: en_core_web_sm)")
    return parser


def read_text(name: str) -> str:
    """The text of a file, or of standard input for "-"; FileError when it cannot be read."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as err:
        raise FileError(f"{name}: cannot read: {err.strerror or err}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise FileError(f"{name}: not UTF-8 text: undecodable byte at offset {err.start}") from None


def _readable(names: Sequence[str], failures: list[str]) -> Iterator[tuple[str, tuple[str, str]]]:
    """(text, (name, text)) for each input that can be read, the pair being attribute_many's
    context; each input that cannot be read is reported and skipped."""
    for name in names:
        try:
            text = read_text(name)
        except FileError as err:
            failures.append(str(err))
            print(f"quoteattr: {err}", file=sys.stderr, flush=True)
        else:
            yield text, (name, text)


def _with_progress(results: Iterator[Result], total: int) -> Iterator[Result]:
    """A progress bar on standard error, for many inputs and only when a person is watching."""
    if total < 2 or not sys.stderr.isatty():
        return results
    from tqdm import tqdm

    return iter(tqdm(results, total=total, unit="file", file=sys.stderr))


def open_output(path: str | None) -> TextIO:
    if path is None:
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", newline="")  # closed by main
    except OSError as err:
        raise FileError(f"{path}: cannot write: {err.strerror or err}") from None


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["evaluate"]:  # quoteattr evaluate GOLD.jsonl (a file named so: ./evaluate)
        from quoteattr.cli.evaluate import main as evaluate_main

        return evaluate_main(argv[1:])
    if argv[:1] == ["sources"]:  # quoteattr sources PATH...: who is quoted across a corpus
        from quoteattr.cli.sources import main as sources_main

        return sources_main(argv[1:])
    args = build_parser().parse_args(argv)
    failures: list[str] = []
    try:
        nlp = load_model(args.model)
        out = open_output(args.out)
    except (FileError, ModelNotFoundError, ValueError) as err:  # ValueError: a model without a parser
        print(f"quoteattr: {err}", file=sys.stderr)
        return FAILED
    write = formats.WRITERS[args.format]
    if args.format == "table":
        write = functools.partial(formats.write_table, several=len(args.files) > 1)
    elif args.format == "csv":
        write = functools.partial(formats.write_csv, raw=args.raw_csv)
    found = attribute_many(_readable(args.files, failures), nlp=nlp)
    results = _with_progress((Result(name, text, quotes) for quotes, (name, text) in found), len(args.files))
    status = written(lambda: write(results, out), out, args.out)
    return status if status != OK else FAILED if failures else OK


def written(write: Callable[[], None], out: TextIO, path: str | None) -> int:
    """Run ``write`` into ``out`` (standard output, or the file at ``path``, closed here) and say
    how it went as an exit status: a closed pipe, a full disk or an interrupt is one line on
    standard error, never a traceback."""
    try:
        write()
        out.flush()
    except BrokenPipeError:  # quoteattr … | head: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FAILED
    except OSError as err:  # a full disk, a closed device
        print(f"quoteattr: {path or 'standard output'}: cannot write: {err.strerror or err}", file=sys.stderr)
        return FAILED
    except KeyboardInterrupt:
        print("quoteattr: interrupted", file=sys.stderr)
        return INTERRUPTED
    finally:
        if out is not sys.stdout:
            out.close()
    return OK
