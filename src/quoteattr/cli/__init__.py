"""The command line: ``quoteattr FILE...`` (see :mod:`quoteattr.cli.app`)."""

from quoteattr.cli.app import main

__all__ = ["main"]
