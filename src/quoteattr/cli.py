"""The command line: ``quoteattr FILE...`` or ``python -m quoteattr -`` (standard input)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from quoteattr import formats
from quoteattr.models import ModelNotFoundError, load_model
from quoteattr.pipeline import attribute

RENDERERS: dict[str, Callable[[Sequence[formats.Result]], str]] = {
    "table": formats.table,
    "json": formats.json_list,
}


class InputError(Exception):
    """An input that cannot be read as text; the message names it."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr", description="Find quotations in English news text and say who said them."
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; - reads standard input")
    parser.add_argument("--format", choices=sorted(RENDERERS), default="table", help="output format")
    parser.add_argument("--json", dest="format", action="store_const", const="json", help="same as --format json")
    parser.add_argument("--model", default=None, help="spaCy model to parse with (default: en_core_web_sm)")
    return parser


def read_text(name: str) -> str:
    """The text of a file, or of standard input for "-"; InputError when it cannot be read."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as err:
        raise InputError(f"{name}: cannot read: {err.strerror or err}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not UTF-8 text: undecodable byte at offset {err.start}") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        nlp = load_model(args.model)
        results = [(name, attribute(read_text(name), nlp=nlp)) for name in args.files]
    except (InputError, ModelNotFoundError) as err:
        print(f"quoteattr: {err}", file=sys.stderr)
        return 1
    sys.stdout.write(RENDERERS[args.format](results))
    return 0
