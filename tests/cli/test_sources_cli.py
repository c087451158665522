"""``quoteattr sources``: the corpus command, its inputs, its formats and its bad files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from quoteattr.cli import app as cli
from tests.conftest import ROOT, SEED

SOURCES = ROOT / "tests" / "data" / "sources"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["sources", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_seed_and_the_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(ROOT / "seeds"), str(ROOT / "examples")], capsys)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["SOURCE", "KIND", "GENDER"]
    names = [line[:32].strip() for line in lines[1:] if line and not line[0].isdigit()]
    assert names[:3] == ["Donald Trump", "Sergei Lavrov", "Marco Rubio"]
    assert "Joanna Reeve" in names and "Malik Osei" in names
    assert lines[-1].startswith("2 documents, 21 quotes (21 attributed), 8 sources")


def test_csv_rows_and_totals(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(SOURCES), "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    expected = json.loads((SOURCES / "expected.json").read_text(encoding="utf-8"))
    assert code == 0
    assert [(r["name"], int(r["quotes"])) for r in rows[:-1]] == [(e["name"], e["quotes"]) for e in expected["sources"]]
    assert rows[-1]["name"] == "TOTAL" and int(rows[-1]["quotes"]) == expected["totals"]["quotes"]


def test_jsonl_input_with_ids_and_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": "“We won,” said Ana Ruiz."}),
        "{not json",
        json.dumps({"id": "x2", "body": "no text here"}),
        json.dumps({"id": "x3", "text": "“We lost,” Ruiz said."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run([str(path), "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 1
    assert err.splitlines() == [
        f"quoteattr: {path}:2: not JSON (Expecting property name enclosed in double quotes)",
        f'quoteattr: {path}:3: no "text" string',
    ]
    (row,) = data["sources"]
    assert (row["name"], row["quotes"], row["first_document"], row["last_document"]) == ("Ana Ruiz", 2, "x1", "x3")


def test_unreadable_files_are_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    code, out, err = run([str(bad), str(tmp_path / "missing.txt"), str(SEED)], capsys)
    assert code == 1
    assert len(err.splitlines()) == 2 and "not UTF-8" in err and "missing.txt: cannot read" in err
    assert "Donald Trump" in out


def test_html_report_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.html"
    code, out, _ = run([str(SOURCES), "--format", "html", "-o", str(target)], capsys)
    page = target.read_text(encoding="utf-8")
    assert code == 0 and out == ""
    assert (
        page.startswith("<!DOCTYPE html>")
        and "Maria Okafor" in page
        and "http" not in page.replace("http://www.w3.org/2000/svg", "")
    )


def test_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run([str(SEED), "--n-process", "0"], capsys)
    assert code == 1 and "--n-process" in err
