"""Score quoteattr against your own annotated sample before you trust it on your corpus.

The gold format is JSON Lines, one object per text (docs/evaluate.md)::

    {"id": "a1", "text": "“We won,” said Ana Ruiz.",
     "quotes": [{"start": 1, "end": 8, "kind": "direct", "speakers": ["Ana Ruiz"]}]}

``start``/``end`` index the text (the words without their marks); a quote may give ``content``
(its exact words, found at their first occurrence) instead. ``kind`` is direct, partial or
indirect; ``speakers`` the names a reader would accept (empty or null: no speaker to check);
``optional: true`` marks a quote that is neither required nor counted against a prediction.

Matching: a prediction matches a gold quote when it covers at least 60% of it and is not more
than three times (plus 20 characters) longer; each prediction answers one gold quote (of any kind:
a marked quote over words the gold calls reported speech is not a false one). A speaker
is right when its name contains an accepted name or ends with the same surname; a bare pronoun
never is. Reported speech (indirect) is counted apart, as its own recall.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from quoteattr.batch import attribute_many
from quoteattr.lexicon.pronouns import BARE_PRONOUNS
from quoteattr.parse.loading import ModelArg
from quoteattr.types import Quote, QuoteKind, TextSpan

#: Share of a gold quote a prediction must cover, and how much longer than it it may be.
MIN_COVER = 0.6
MAX_LENGTH_RATIO = 3
LENGTH_SLACK = 20


@attrs.frozen
class GoldQuote:
    """One annotated quotation."""

    start: int
    end: int
    kind: QuoteKind
    speakers: tuple[str, ...] = ()
    optional: bool = False


@attrs.frozen
class GoldText:
    """One annotated text."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


@attrs.define
class Evaluation:
    """The counts behind the figures, and a line for each miss."""

    required: int = 0
    found: int = 0
    predicted: int = 0
    matched: int = 0
    with_speaker: int = 0
    speaker_right: int = 0
    indirect: int = 0
    indirect_found: int = 0
    misses: list[str] = attrs.Factory(list)

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.with_speaker if self.with_speaker else 1.0

    @property
    def indirect_recall(self) -> float:
        return self.indirect_found / self.indirect if self.indirect else 1.0

    def summary(self) -> str:
        return (
            f"quote recall {self.recall:.3f} ({self.found}/{self.required}), "
            f"precision {self.precision:.3f} ({self.matched}/{self.predicted}), "
            f"speaker accuracy {self.speaker_accuracy:.3f} ({self.speaker_right}/{self.with_speaker}), "
            f"reported-speech recall {self.indirect_recall:.3f} ({self.indirect_found}/{self.indirect})"
        )


def gold_text(data: Mapping[str, Any], number: int = 0) -> GoldText:
    """A GoldText from one record of the gold format; a ValueError that says what is wrong."""
    where = f"gold text {data.get('id', number)!r}" if isinstance(data, Mapping) else f"gold text {number}"
    try:
        text = data["text"]
        if not isinstance(text, str):
            raise ValueError("its text is not a string")
        quotes = tuple(_gold_quote(text, q) for q in data.get("quotes") or [])
        return GoldText(str(data.get("id", number)), text, quotes)
    except (KeyError, TypeError, ValueError) as err:
        raise ValueError(f"{where}: {err}") from None


def _gold_quote(text: str, data: Mapping[str, Any]) -> GoldQuote:
    if "start" in data:
        start, end = int(data["start"]), int(data.get("end", data["start"] + len(data.get("content", ""))))
    else:
        start = text.find(data["content"])
        if start < 0:
            raise ValueError(f"content {data['content'][:40]!r} is not in the text")
        end = start + len(data["content"])
    if not 0 <= start < end <= len(text):
        raise ValueError(f"offsets {start}-{end} are outside the text")
    speakers = data.get("speakers", data.get("speaker")) or ()
    if isinstance(speakers, str):
        speakers = (speakers,)
    return GoldQuote(start, end, QuoteKind(data["kind"]), tuple(speakers), bool(data.get("optional", False)))


def read_gold(path: str | Path) -> Iterator[GoldText]:
    """The texts of a gold JSON Lines file, checked as they are read."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}, line {number}: not JSON ({err.msg})") from None
                yield gold_text(record, number)


def speaker_matches(name: str | None, accepted: Sequence[str]) -> bool:
    """Whether a predicted speaker name is one a reader accepts (see the module's docstring)."""
    if not name or name.lower() in BARE_PRONOUNS:
        return False
    name = name.lower()
    words = name.replace("’s", "").replace("'s", "").split()
    return any(a.lower() in name or (a.split() and a.lower().split()[-1] in words) for a in accepted)


def evaluate(gold: Iterable[GoldText], *, nlp: ModelArg = None) -> Evaluation:
    """Score attribution on annotated texts."""
    result = Evaluation()
    pairs = ((g.text, g) for g in gold)
    for quotes, case in attribute_many(pairs, nlp=nlp):
        _score_text(case, quotes, result)
    return result


def _score_text(case: GoldText, quotes: list[Quote], result: Evaluation) -> None:
    marked = [q for q in quotes if q.kind is not QuoteKind.INDIRECT]
    reported = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
    used: set[int] = set()
    for gold in case.quotes:
        length = gold.end - gold.start
        match = next((i for i, q in enumerate(marked) if i not in used and answers(gold, q.content)), None)
        if match is not None:
            used.add(match)  # words in marks that the gold calls reported speech are no false quote
        if gold.kind is QuoteKind.INDIRECT:
            result.indirect += 1
            result.indirect_found += any(_overlap(gold, q.content) >= MIN_COVER * length for q in reported)
            continue
        if gold.optional:
            continue
        result.required += 1
        words = case.text[gold.start : gold.end][:40]
        if match is None:
            result.misses.append(f"{case.id}: missed «{words}»")
            continue
        result.found += 1
        if gold.speakers:
            result.with_speaker += 1
            speaker = marked[match].speaker
            name = speaker.name if speaker else None
            if speaker_matches(name, gold.speakers):
                result.speaker_right += 1
            else:
                result.misses.append(f"{case.id}: speaker {name!r} for «{words}», want {gold.speakers[0]!r}")
    result.predicted += len(marked)
    result.matched += len(used)
    result.misses += [f"{case.id}: spurious «{q.content.text[:40]}»" for i, q in enumerate(marked) if i not in used]


def _overlap(gold: GoldQuote, span: TextSpan) -> int:
    return max(0, min(gold.end, span.end) - max(gold.start, span.start))


def answers(gold: GoldQuote, span: TextSpan) -> bool:
    """Whether a predicted span answers a gold quote (see the module's docstring)."""
    length = gold.end - gold.start
    return _overlap(gold, span) >= MIN_COVER * length and len(span) <= MAX_LENGTH_RATIO * (length + LENGTH_SLACK)
