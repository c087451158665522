"""Every example in the README and docs/ runs, and prints what the page says it prints.

Fenced ```pycon blocks run as doctests; ```python blocks are executed.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import quoteattr
from tests.conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)


def blocks(page: Path, language: str) -> list[tuple[int, str]]:
    text = page.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group(2)) for m in FENCE.finditer(text) if m.group(1) == language]


EXAMPLES = [
    pytest.param(page, line, code, language, id=f"{page.relative_to(ROOT)}:{line}")
    for page in PAGES
    for language in ("pycon", "python")
    for line, code in blocks(page, language)
]


@pytest.mark.parametrize(("page", "line", "code", "language"), EXAMPLES)
def test_code_block_runs(page: Path, line: int, code: str, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    if language == "python":
        exec(compile(code, f"{page}:{line}", "exec"), {"__name__": "__docs__"})
        return
    test = doctest.DocTestParser().get_doctest(code, {}, page.name, str(page), line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0, f"{page.name} line {line}: see the doctest report above"


def test_package_docstring_examples() -> None:
    assert doctest.testmod(quoteattr, optionflags=doctest.ELLIPSIS).failed == 0
