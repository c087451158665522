"""Every example in the README and docs/ runs, and prints what the page says it prints.

Fenced blocks by language:
* ```pycon: run as doctests;
* ```python: executed (they assert what they claim);
* ```console: each "$ command" runs in bash in the repository's root, with the virtual
  environment's commands first on PATH, and its output (standard output and error, as they come)
  must match the lines after it ("..." matches anything);
* ```sh: only the README's set-up block, which .ci/run itself runs on a fresh machine.
Any other block fails the test: an example nobody runs is an example that rots.
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import quoteattr
from tests.conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^([ \t]*)```(\w*)\n(.*?)^\1```", re.S | re.M)  # indented in a list, too
EXECUTED = ("pycon", "python", "console")
OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def blocks(page: Path) -> list[tuple[int, str, str]]:
    """(line, language, code) of each fenced block on a page."""
    text = page.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group(2), textwrap.dedent(m.group(3))) for m in FENCE.finditer(text)]


def _setup_block_line() -> int:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    heading = text.index("## Set up")
    return text.count("\n", 0, text.index("```sh", heading)) + 1


EXAMPLES = [
    pytest.param(page, line, language, code, id=f"{page.relative_to(ROOT)}:{line}")
    for page in PAGES
    for line, language, code in blocks(page)
    if language in EXECUTED
]


def test_every_block_is_executed() -> None:
    unexecuted = [
        f"{page.relative_to(ROOT)}:{line} ```{language or '(none)'}"
        for page in PAGES
        for line, language, _ in blocks(page)
        if language not in EXECUTED and not (page.name == "README.md" and line == _setup_block_line())
    ]
    assert unexecuted == [], "blocks no test runs; use pycon, python or console"


def _needs_missing_module(code: str) -> str | None:
    for module in re.findall(r"^\s*(?:import|from) (\w+)", code, re.M):
        if importlib.util.find_spec(module) is None:
            return module
    return None


def _console(code: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of a console block."""
    pairs: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            pairs.append((line[2:], []))
        elif pairs:
            pairs[-1][1].append(line)
    return [(command, "\n".join(lines).strip() + "\n") for command, lines in pairs]


def _run_console(page: Path, line: int, code: str) -> None:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    env["COLUMNS"] = "120"
    checker = doctest.OutputChecker()
    for command, expected in _console(code):
        done = subprocess.run(
            command,
            shell=True,
            executable="/bin/bash",
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        got = done.stdout.decode("utf-8").strip() + "\n"
        assert checker.check_output(expected, got, OPTIONS), (
            f"{page.name} line {line}: $ {command}\nexpected:\n{expected}\ngot:\n{got}"
        )


@pytest.mark.parametrize(("page", "line", "language", "code"), EXAMPLES)
def test_code_block_runs(page: Path, line: int, language: str, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    missing = _needs_missing_module(code)
    if missing is not None:
        pytest.skip(f"needs {missing}, an optional package that is not installed")
    if language == "console":
        _run_console(page, line, code)
    elif language == "python":
        exec(compile(code, f"{page}:{line}", "exec"), {"__name__": "__docs__"})
    else:
        test = doctest.DocTestParser().get_doctest(code, {}, page.name, str(page), line)
        runner = doctest.DocTestRunner(optionflags=OPTIONS)
        runner.run(test)
        assert runner.failures == 0, f"{page.name} line {line}: see the doctest report above"


def test_package_docstring_examples() -> None:
    assert doctest.testmod(quoteattr, optionflags=doctest.ELLIPSIS).failed == 0
