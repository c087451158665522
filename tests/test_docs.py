"""Every example in the README and docs/ runs, and prints what the page says it prints."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import quoteattr
from tests.conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_python_examples_in_page(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(page), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0


def test_package_docstring_examples() -> None:
    assert doctest.testmod(quoteattr, optionflags=doctest.ELLIPSIS).failed == 0
