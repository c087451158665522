"""Score attribute() against a cases file (tests/data/*_cases.py): the project's own scorer.

A predicted quote matches a gold quote when it covers at least 60% of the gold content and is not
over three times longer; a speaker is right when its name contains an accepted name or shares its
surname. Indirect gold quotes are counted apart.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

import quoteattr

PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them"}


@dataclass
class Score:
    required: int = 0
    found: int = 0
    predicted: int = 0
    matched: int = 0
    with_speaker: int = 0
    speaker_right: int = 0
    indirect: int = 0
    indirect_found: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.with_speaker if self.with_speaker else 1.0


def load_cases(path: Path) -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.CASES)


def speaker_right(name: str | None, accepted: list[str]) -> bool:
    if not name or name.lower() in PRONOUNS:
        return False
    name = name.lower()
    words = name.replace("’s", "").split()
    return any(a.lower() in name or a.lower().split()[-1] in words for a in accepted)


def overlap(start: int, end: int, span: quoteattr.TextSpan) -> int:
    return max(0, min(end, span.end) - max(start, span.start))


def score(cases: list[dict[str, Any]], nlp: Language) -> Score:
    s = Score()
    for case in cases:
        text = case["text"]
        quotes = quoteattr.attribute(text, nlp=nlp)
        marked = [q for q in quotes if q.kind is not quoteattr.QuoteKind.INDIRECT]
        indirect = [q for q in quotes if q.kind is quoteattr.QuoteKind.INDIRECT]
        used: set[int] = set()
        for gold in case["quotes"]:
            start = text.find(gold["content"])
            end = start + len(gold["content"])
            if gold["kind"] == "indirect":
                s.indirect += 1
                s.indirect_found += any(overlap(start, end, q.content) >= 0.6 * (end - start) for q in indirect)
                continue
            match = next(
                (
                    i
                    for i, q in enumerate(marked)
                    if i not in used
                    and overlap(start, end, q.content) >= 0.6 * (end - start)
                    and len(q.content) <= 3 * (end - start + 20)
                ),
                None,
            )
            if match is not None:
                used.add(match)
            if gold.get("optional"):
                continue
            s.required += 1
            if match is None:
                s.misses.append(f"{case['id']}: missed «{gold['content'][:40]}»")
                continue
            s.found += 1
            if gold["speaker"]:
                s.with_speaker += 1
                speaker = marked[match].speaker
                if speaker_right(speaker.name if speaker else None, gold["speaker"]):
                    s.speaker_right += 1
                else:
                    s.misses.append(f"{case['id']}: speaker {speaker and speaker.name!r}, want {gold['speaker'][0]!r}")
        s.predicted += len(marked)
        s.matched += len(used)
        s.misses += [f"{case['id']}: spurious «{q.content.text[:40]}»" for i, q in enumerate(marked) if i not in used]
    return s
