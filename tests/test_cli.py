"""The command line, run in-process and as ``python -m quoteattr``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quoteattr import cli, models
from tests.conftest import SEED


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_table_on_the_seed_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(SEED)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["KIND", "SPEAKER", "CUE", "QUOTE", "OFFSETS"]
    kinds = [line.split()[0] for line in lines[1:]]
    assert kinds.count("direct") + kinds.count("partial") == 12 and "indirect" in kinds
    assert "Marco Rubio" in out and "ready to reach a deal" in out


def test_json_is_a_list_with_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--json", str(SEED)], capsys)
    data = json.loads(out)
    assert code == 0 and sum(d["kind"] != "indirect" for d in data) == 12
    assert set(data[0]) == {"source", "content", "kind", "speaker", "cue", "rule", "confidence"}
    text = SEED.read_text(encoding="utf-8")
    assert all(text[d["content"]["start"] : d["content"]["end"]] == d["content"]["text"] for d in data)


def test_several_files_get_headers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text("“Yes,” said Ana Ruiz.", encoding="utf-8")
    code, out, _ = run([str(SEED), str(other)], capsys)
    assert code == 0 and f"== {other}: 1 quote ==" in out


def test_stdin_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("“Yes,” said Ana Ruiz.".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(["--json", "-"], capsys)
    assert code == 0 and json.loads(out)[0]["speaker"]["name"] == "Ana Ruiz"


def test_unreadable_and_undecodable_files_give_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ab\xffcd")
    code, _, err = run([str(bad)], capsys)
    assert code != 0 and err.strip() == f"quoteattr: {bad}: not UTF-8 text: undecodable byte at offset 2"
    code, _, err = run([str(tmp_path / "missing.txt")], capsys)
    assert code != 0 and len(err.strip().splitlines()) == 1 and "missing.txt" in err


def test_missing_model_gives_the_install_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(models, "_installed", lambda name: False)
    code, _, err = run([str(SEED)], capsys)
    assert code != 0 and "pip install" in err and "Traceback" not in err


def test_python_dash_m_reads_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr", "-"],
        input="“Yes,” said Ana Ruiz.",
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Ana Ruiz" in done.stdout
