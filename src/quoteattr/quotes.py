"""The objects quoteattr returns: quotations, their speakers, and the text spans they point at.

All are frozen, slotted attrs classes: hashable, comparable, safe to share between threads.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any

import attrs


class QuoteKind(enum.Enum):
    """What sort of quotation a :class:`Quote` is."""

    #: A quoted sentence or clause: “We will rebuild,” the governor said.
    DIRECT = "direct"
    #: A quoted fragment inside the reporter's own sentence: she called it “a disaster”.
    PARTIAL = "partial"
    #: Reported speech without quote marks: the minister said that the budget would balance.
    INDIRECT = "indirect"


class Rule(enum.Enum):
    """Which attribution rule decided a quote's speaker. Values are stable strings for JSON."""

    #: A speech verb whose subject is the speaker, in the quote's own sentence: “…,” X said.
    CUE_VERB = "cue-verb"
    #: “…,” according to X.
    ACCORDING_TO = "according-to"
    #: A verb of characterising whose subject used the quoted words: X called it “a disaster”.
    NARRATION_SUBJECT = "narration-subject"
    #: An introduction ending in a colon, without a speech verb: X was blunt: “…”.
    COLON_INTRO = "colon-intro"
    #: The other half of a quote split by its attribution, or the same quote's other paragraphs.
    SAME_QUOTE = "same-quote"
    #: The nearest attributed quote in the same paragraph.
    ADJACENT_QUOTE = "adjacent-quote"
    #: The last attributed quote of the previous paragraph, when this paragraph is only quotation.
    PREVIOUS_PARAGRAPH = "previous-paragraph"
    #: The sentence before the quote names who speaks: X was frank.¶“…”
    INTRO_SENTENCE = "intro-sentence"
    #: A dash after the quote: “…” — Governor X.
    DASH = "dash"
    #: A speaker named only in the following sentence: “…” That was the verdict of X.
    NEXT_SENTENCE = "next-sentence"
    #: The one person the sentence before names, though not as its subject:
    #: For Aisha Rahman, the new bus route changed everything. “I used to …”
    NAMED_BEFORE = "named-before"
    #: Reported speech: the subject of the speech verb whose clause is reported.
    REPORTED_SPEECH = "reported-speech"
    #: No rule found a speaker.
    NONE = "none"


#: How often each rule names the right speaker in news text, as a starting confidence. A rule that
#: names the speaker by pronoun or borrows it from another quote lowers this further.
RULE_CONFIDENCE: dict[Rule, float] = {
    Rule.CUE_VERB: 0.9,
    Rule.ACCORDING_TO: 0.9,
    Rule.NARRATION_SUBJECT: 0.8,
    Rule.COLON_INTRO: 0.75,
    Rule.SAME_QUOTE: 0.9,
    Rule.ADJACENT_QUOTE: 0.7,
    Rule.PREVIOUS_PARAGRAPH: 0.6,
    Rule.INTRO_SENTENCE: 0.65,
    Rule.DASH: 0.85,
    Rule.NEXT_SENTENCE: 0.6,
    Rule.NAMED_BEFORE: 0.5,
    Rule.REPORTED_SPEECH: 0.8,
    Rule.NONE: 0.0,
}


@attrs.frozen
class TextSpan:
    """A stretch of the input text: ``input[start:end] == text``."""

    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextSpan:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


def _optional_span(data: Mapping[str, Any] | None) -> TextSpan | None:
    return None if data is None else TextSpan.from_dict(data)


@attrs.frozen
class Speaker:
    """Who said a quote.

    ``name`` is the canonical name for counting: the fullest proper name the document gives,
    without titles (“Elif Demir” for “Port Captain Elif Demir”), or the noun phrase when the speaker
    is never named (“a spokesperson for the ministry”). ``mention`` is where the speaker is named
    nearest the quote; it may be a pronoun (“she”) or a surname (“Demir”).
    """

    name: str
    mention: TextSpan | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "mention": self.mention.to_dict() if self.mention else None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        return cls(str(data["name"]), _optional_span(data.get("mention")))


@attrs.frozen
class Quote:
    """One quotation and its attribution.

    ``content`` is the quoted text without its quote marks. ``cue`` is the speech verb that
    introduced it, when there is one. ``rule`` says which rule chose the speaker and
    ``confidence`` (0 to 1) how sure that rule is.
    """

    content: TextSpan
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: TextSpan | None = None
    rule: Rule = Rule.NONE
    confidence: float = 0.0

    @property
    def text(self) -> str:
        """The quoted words (same as ``content.text``)."""
        return self.content.text

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data with every field; :meth:`from_dict` turns it back into a Quote."""
        return {
            "content": self.content.to_dict(),
            "kind": self.kind.value,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "rule": self.rule.value,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """The Quote that :meth:`to_dict` gave ``data`` for; a ValueError that names what is wrong
        when ``data`` is not such a record."""
        try:
            speaker = data.get("speaker")
            return cls(
                content=TextSpan.from_dict(data["content"]),
                kind=QuoteKind(data["kind"]),
                speaker=None if speaker is None else Speaker.from_dict(speaker),
                cue=_optional_span(data.get("cue")),
                rule=Rule(data.get("rule", Rule.NONE.value)),
                confidence=float(data.get("confidence", 0.0)),
            )
        except KeyError as err:
            raise ValueError(f"Quote.from_dict: data has no field {err}") from None
        except (TypeError, AttributeError, ValueError) as err:
            raise ValueError(f"Quote.from_dict: not a quote record ({err})") from None


@attrs.frozen
class Result:
    """One input's results, as the command line writes them: where the text came from, the text,
    and the quotes found in it."""

    source: str
    text: str
    quotes: Sequence[Quote]
