"""Your own gold: the gold format, quoteattr.evaluate and ``quoteattr evaluate``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

import quoteattr
from quoteattr.cli import main
from quoteattr.evaluate import gold_text, speaker_matches

TEXT = "“We won,” said Ana Ruiz. The coach said the team would rest. “Nobody expected it,” she added."
GOLD = {
    "id": "a1",
    "text": TEXT,
    "quotes": [
        {"start": 1, "end": 8, "kind": "direct", "speakers": ["Ana Ruiz"]},
        {"content": "the team would rest", "kind": "indirect", "speakers": ["the coach"]},
        {"content": "Nobody expected it,", "kind": "direct", "speakers": ["Tom Hale"]},  # wrong on purpose
    ],
}


def write_gold(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_evaluate_counts_what_a_reader_would(nlp: Language) -> None:
    result = quoteattr.evaluate([gold_text(GOLD)], nlp=nlp)
    assert (result.required, result.found, result.predicted, result.matched) == (2, 2, 2, 2)
    assert (result.with_speaker, result.speaker_right, result.indirect, result.indirect_found) == (2, 1, 1, 1)
    assert result.misses == ["a1: speaker 'Ana Ruiz' for «Nobody expected it,», want 'Tom Hale'"]


def test_the_command_prints_the_figures_and_with_verbose_the_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_gold(tmp_path, GOLD)
    assert main(["evaluate", "--verbose", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("a1: speaker 'Ana Ruiz'")
    assert out[-1] == (
        "quote recall 1.000 (2/2), precision 1.000 (2/2), speaker accuracy 0.500 (1/2), "
        "reported-speech recall 1.000 (1/1)"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json\n", "line 1: not JSON"),
        (json.dumps({"id": "x", "text": "Hi.", "quotes": [{"content": "Bye", "kind": "direct"}]}) + "\n", "'Bye'"),
        (json.dumps({"id": "x", "text": "Hi.", "quotes": [{"start": 0, "end": 2, "kind": "quip"}]}) + "\n", "quip"),
    ],
)
def test_a_bad_gold_file_is_one_line_of_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    assert main(["evaluate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quoteattr evaluate: ") and message in err and len(err.splitlines()) == 1


def test_a_missing_gold_file_is_one_line_of_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(tmp_path / "none.jsonl")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_speakers_match_by_name_or_surname_never_by_pronoun() -> None:
    assert speaker_matches("Ana Ruiz", ["Ruiz"]) and speaker_matches("Ana Ruiz", ["Dr. Ana Ruiz"])
    assert not speaker_matches("she", ["she"]) and not speaker_matches(None, ["Ana Ruiz"])
