"""``quoteattr evaluate GOLD.jsonl``: score attribution on your own annotated sample."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from quoteattr.evaluate import evaluate, read_gold
from quoteattr.parse.loading import ModelNotFoundError, load_model

OK, FAILED = 0, 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr evaluate",
        description="Score quoteattr on annotated texts (JSON Lines; the format is in docs/evaluate.md).",
    )
    parser.add_argument("gold", metavar="GOLD.jsonl", help="one JSON object per text: its text and its quotes")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss before the figures")
    parser.add_argument("--model", default=None, help="spaCy model to parse with (default: en_core_web_sm)")
    return parser


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        nlp = load_model(args.model)
        result = evaluate(list(read_gold(args.gold)), nlp=nlp)
    except OSError as err:
        print(f"quoteattr evaluate: {args.gold}: cannot read: {err.strerror or err}", file=sys.stderr)
        return FAILED
    except UnicodeDecodeError:
        print(f"quoteattr evaluate: {args.gold}: not UTF-8 text", file=sys.stderr)
        return FAILED
    except (ValueError, ModelNotFoundError) as err:
        print(f"quoteattr evaluate: {err}", file=sys.stderr)
        return FAILED
    if args.verbose:
        print("\n".join(result.misses))
    print(result.summary())
    return OK
