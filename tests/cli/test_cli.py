"""The command line, run in-process and as ``python -m quoteattr``."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import quoteattr
from quoteattr.cli import app as cli  # the module: tests patch what it imported
from quoteattr.parse import loading as models
from tests.conftest import SEED

SHORT = "“Yes,” said Ana Ruiz."


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def short_file(tmp_path: Path) -> Path:
    path = tmp_path / "short.txt"
    path.write_text(SHORT, encoding="utf-8")
    return path


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
    assert [quoteattr.Quote.from_dict(d) for d in data] == quoteattr.attribute(text)


def test_jsonl_has_one_quote_per_line_and_matches_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, as_json, _ = run(["--format", "json", str(SEED)], capsys)
    code, as_jsonl, _ = run(["--format", "jsonl", str(SEED)], capsys)
    assert code == 0
    assert [json.loads(line) for line in as_jsonl.splitlines()] == json.loads(as_json)


def test_csv_has_every_field_flattened(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--format", "csv", str(SEED)], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    quotes = quoteattr.attribute(SEED.read_text(encoding="utf-8"))
    assert code == 0 and len(rows) == len(quotes)
    first, quote = rows[0], quotes[0]
    assert first["content.text"] == quote.content.text and int(first["content.start"]) == quote.content.start
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert first["speaker.name"] == quote.speaker.name
    assert int(first["speaker.mention.end"]) == quote.speaker.mention.end
    assert first["rule"] == quote.rule.value and float(first["confidence"]) == quote.confidence


def test_empty_json_outputs_are_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("No quotation here.", encoding="utf-8")
    assert json.loads(run(["--format", "json", str(empty)], capsys)[1]) == []
    assert run(["--format", "jsonl", str(empty)], capsys)[1] == ""
    assert run(["--format", "csv", str(empty)], capsys)[1].startswith("source,kind,content.start")


def test_html_page_is_self_contained(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--format", "html", str(SEED)], capsys)
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    assert "http://" not in out and "https://" not in out and "<script" not in out
    assert out.count('<mark class="quote') == len(quoteattr.attribute(SEED.read_text(encoding="utf-8")))


def test_several_files_get_headers(short_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(SEED), str(short_file)], capsys)
    assert code == 0 and f"== {short_file}: 1 quote ==" in out


def test_out_writes_a_file(short_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "quotes.jsonl"
    code, out, _ = run(["--format", "jsonl", "--out", str(target), str(short_file)], capsys)
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["speaker"]["name"] == "Ana Ruiz"


def test_out_that_cannot_be_written_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["--out", str(tmp_path / "no" / "such" / "dir.txt"), str(SEED)], capsys)
    assert code == 1 and err.count("\n") == 1 and "cannot write" in err


def test_stdin_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(SHORT.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(["--json", "-"], capsys)
    assert code == 0 and json.loads(out)[0]["speaker"]["name"] == "Ana Ruiz"


def test_bad_inputs_give_one_line_each_and_the_good_ones_are_kept(
    short_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ab\xffcd")
    missing = tmp_path / "missing.txt"
    code, out, err = run(["--format", "jsonl", str(bad), str(short_file), str(missing), str(tmp_path)], capsys)
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[0] == f"quoteattr: {bad}: not UTF-8 text: undecodable byte at offset 2"
    assert str(missing) in lines[1] and str(tmp_path) in lines[2] and len(lines) == 3
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(short_file)]


def test_missing_model_gives_the_install_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(models, "_installed", lambda name: False)
    code, _, err = run([str(SEED)], capsys)
    assert code != 0 and "pip install" in err and "Traceback" not in err


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--format", "xml", str(SEED)])
    assert stopped.value.code == 2 and "invalid choice: 'xml'" in capsys.readouterr().err


def test_python_dash_m_reads_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr", "-"], input=SHORT, capture_output=True, text=True, check=True
    )
    assert "Ana Ruiz" in done.stdout


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    many = [str(SEED)] * 30
    done = subprocess.run(
        f"{sys.executable} -m quoteattr --format jsonl {' '.join(many)} | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.count("\n") == 1 and "Traceback" not in done.stderr and "Error" not in done.stderr


def test_progress_bar_only_on_a_terminal(short_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run([str(short_file), str(short_file)], capsys)
    assert code == 0 and err == ""  # stderr is not a terminal under pytest: no bar


def test_progress_bar_on_a_terminal(short_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stderr = io.StringIO()
    monkeypatch.setattr(stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert cli.main([str(short_file), str(short_file), str(short_file)]) == 0
    assert "3/3" in stderr.getvalue() and "file" in stderr.getvalue()


def test_a_model_without_a_parser_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import spacy

    blank = tmp_path / "blank_model"
    spacy.blank("en").to_disk(blank)
    code, _, err = run(["--model", str(blank), str(SEED)], capsys)
    assert code == 1 and err.count("\n") == 1 and "needs a dependency parser" in err


def test_a_write_error_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(cli.formats.WRITERS, "jsonl", full_disk)
    code, _, err = run(["--format", "jsonl", str(SEED)], capsys)
    assert code == 1 and err == "quoteattr: standard output: cannot write: No space left on device\n"
