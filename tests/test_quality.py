"""Quality floors on the project's own cases files, so a rule change that hurts shows up in CI."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from tests.conftest import ROOT, SEED
from tests.scoring import load_cases, score

CASE_FILES = sorted((ROOT / "tests" / "data").glob("*_cases.py"))


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_cases_file_meets_the_quality_floor(path, nlp: Language) -> None:  # type: ignore[no-untyped-def]
    result = score(load_cases(path), nlp)
    assert result.recall >= 0.98, result.misses
    assert result.precision >= 0.98, result.misses
    assert result.speaker_accuracy >= 0.95, result.misses
    assert result.indirect_found == result.indirect, result.misses


SEED_SPEAKERS = {
    "ready to reach a deal": "Sergei Lavrov",
    "some specific points": "Sergei Lavrov",
    "I am not happy": "Donald Trump",
    "inflammatory": "Donald Trump",
    "very harmful": "Donald Trump",
    "It’s inflammatory statements": "Donald Trump",
    "get it done": "Donald Trump",
    "want peace right now": "Donald Trump",
    "they’re ready to do something": "Donald Trump",
    "This war is endable": "Marco Rubio",
    "good meetings over the weekend": "Marco Rubio",
}


def test_seed_speakers(nlp: Language) -> None:
    quotes = quoteattr.attribute(SEED.read_text(encoding="utf-8"), nlp=nlp)
    for opening, speaker in SEED_SPEAKERS.items():
        quote = next(q for q in quotes if q.content.text.startswith(opening))
        assert quote.speaker is not None and quote.speaker.name == speaker, opening
