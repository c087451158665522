"""The types every stage shares, in pipeline order.

* What quoteattr returns: :class:`Quote`, :class:`Speaker`, :class:`TextSpan`, and the enums
  :class:`QuoteKind` and :class:`Rule`. Frozen, slotted attrs classes: hashable, comparable, safe to
  share between threads.
* What the stages hand each other: a :class:`Paragraph` and a :class:`MarkedQuote` (detect), a
  :class:`Site` and an :class:`Attribution` (attribute), and the enums the resolver reasons with:
  :class:`EntityKind`, :class:`Gender`, :class:`Referent` and :class:`Resolution`.
"""

from __future__ import annotations

import bisect
import enum
import typing
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from spacy.tokens import Doc, Span, Token


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
    #: A line of a conversation nobody is named for: the other party of the exchange.
    TURN_TAKING = "turn-taking"
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
    Rule.TURN_TAKING: 0.5,
    Rule.NONE: 0.0,
}


class EntityKind(enum.Enum):
    """What a named entity is, as the words in and around its name tell."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    #: People spoken of together: "protesters", "Alex Morgan and Sam Lee".
    GROUP = "group"


class Gender(enum.Enum):
    """A person's gender, when a title, a given name or a pronoun tells it."""

    MALE = "male"
    FEMALE = "female"
    #: Nothing in the document, nor the given name, tells it: an honest answer.
    UNKNOWN = "unknown"


class GenderSource(enum.Enum):
    """The evidence a speaker's gender comes from, strongest first."""

    #: Mr, Mrs, Ms, Sir, Dame … before the name.
    TITLE = "title"
    #: A gendered word for the person's role: spokeswoman, chairman, actress, mother.
    ROLE_NOUN = "role-noun"
    #: He or she, resolved to the person.
    PRONOUN = "pronoun"
    #: Only the given name, from the list in lexicon/data/first_names.txt: weaker evidence.
    GIVEN_NAME = "given-name"


class SourceKind(enum.Enum):
    """What kind of source a speaker is, as media research counts them."""

    PERSON = "person"
    ORGANISATION = "organisation"
    #: People speaking together: "protesters", "analysts", "Democrats".
    GROUP = "group"
    #: A text speaking for itself when no one who issued it is named: "the report", "a statement".
    DOCUMENT = "document"
    #: A news organisation: "The Washington Post", "the newspaper", "Reuters".
    OUTLET = "outlet"
    #: An anonymous source: "a senior official", "sources familiar with the talks".
    UNNAMED = "unnamed"
    #: The one telling the story, in first-person fiction.
    NARRATOR = "narrator"


class Referent(enum.Enum):
    """What a pronoun can refer to."""

    MALE = "male"
    FEMALE = "female"
    PLURAL = "plural"
    NEUTER = "neuter"
    FIRST_PERSON = "first"

    @property
    def gender(self) -> Gender | None:
        """The gender a he or she pronoun gives its antecedent."""
        return Gender(self.value) if self in (Referent.MALE, Referent.FEMALE) else None


class Resolution(enum.Enum):
    """How a speaker mention became a canonical name."""

    #: A proper name, found in the document's entity table.
    NAME = "name"
    #: A pronoun, resolved to the entity it refers to.
    PRONOUN = "pronoun"
    #: "the company", "the senator": resolved to the organisation or person named before.
    NOMINAL_ANTECEDENT = "nominal-antecedent"
    #: A noun phrase with no antecedent, kept as it stands: "a spokesperson for the ministry".
    NOUN_PHRASE = "noun-phrase"
    #: "I" in narration: the one telling the story.
    NARRATOR = "narrator"
    #: A pronoun that nothing fits.
    UNRESOLVED = "unresolved"


#: How sure each kind of resolution is, multiplied into the attribution's confidence.
RESOLUTION_CERTAINTY: dict[Resolution, float] = {
    Resolution.NAME: 1.0,
    Resolution.PRONOUN: 0.85,
    Resolution.NOMINAL_ANTECEDENT: 0.8,
    Resolution.NOUN_PHRASE: 0.9,
    Resolution.NARRATOR: 0.7,
    Resolution.UNRESOLVED: 0.3,
}


def as_record(value: Any) -> dict[str, Any]:
    """An attrs value as plain JSON-ready data: every field, in declaration order, nested values as
    dicts and enums as their values. The one place a record's shape comes from: the JSON outputs,
    the CSV columns and the schema follow it (tests check them against :func:`record_fields`)."""
    return attrs.asdict(value, value_serializer=_plain)


def _plain(_instance: Any, _field: Any, value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def record_fields(cls: type) -> list[str]:
    """The leaf fields of a record of ``cls``, nested fields joined by dots: content.start, …"""
    attrs.resolve_types(cls)
    paths = []
    for field in attrs.fields(cls):
        nested = [t for t in (typing.get_args(field.type) or (field.type,)) if attrs.has(t)]
        paths += [f"{field.name}.{path}" for path in record_fields(nested[0])] if nested else [field.name]
    return paths


@attrs.frozen
class TextSpan:
    """A stretch of the input text: ``input[start:end] == text``."""

    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, Any]:
        return as_record(self)

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
    #: What kind of source this is; None only when no rule could tell.
    kind: SourceKind | None = None
    #: For a person: female, male or unknown; None for any other kind of source.
    gender: Gender | None = None
    #: The evidence for ``gender``; None when it is unknown or the speaker is no person.
    gender_source: GenderSource | None = None

    def to_dict(self) -> dict[str, Any]:
        return as_record(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        kind, gender, source = data.get("kind"), data.get("gender"), data.get("gender_source")
        return cls(
            str(data["name"]),
            _optional_span(data.get("mention")),
            None if kind is None else SourceKind(kind),
            None if gender is None else Gender(gender),
            None if source is None else GenderSource(source),
        )


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
        return as_record(self)

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


def within_reports(quotes: Sequence[Quote]) -> list[bool]:
    """For quotes in reading order, whether each lies within a report before it: the few words a
    report of someone's claim quotes (she said the plan was “a gamble” the city could not afford),
    which counts and shows as part of that report."""
    inside: list[bool] = []
    report_end = -1
    for quote in quotes:
        inside.append(quote.content.start < report_end and quote.content.end <= report_end)
        if not inside[-1]:
            report_end = quote.content.end if quote.kind is QuoteKind.INDIRECT else -1
    return inside


# --- What the stages hand each other ------------------------------------------------------------


@attrs.frozen
class Paragraph:
    """One line of the input: ``text[start:end]`` holds no line break and is not blank."""

    start: int
    end: int


@attrs.frozen
class MarkedQuote:
    """A quotation found by its marks: where its marks and its content lie.

    ``close`` is the closing mark's offset, or None when the quote runs on to the end of its
    paragraph and continues in the next (``runs_on``). ``continued`` says the quote opens its
    paragraph as the continuation of the previous paragraph's quote.
    """

    open: int
    close: int | None
    start: int
    end: int
    paragraph: int
    runs_on: bool = False
    continued: bool = False

    @property
    def outer_end(self) -> int:
        """The end of the quote including its closing mark."""
        return self.end if self.close is None else self.close + 1


@attrs.frozen
class Site:
    """A quote located in the parse: the tokens from its opening to its closing mark, and the
    sentences they touch (its frame)."""

    marked: MarkedQuote
    paragraph: Paragraph
    tokens: Span
    frame: Span


@attrs.frozen
class Attribution:
    """What a rule found for one quote. ``mention`` is None when a cue was found without a subject."""

    mention: Span | None
    cue: Token | None
    rule: Rule
    confidence: float


@attrs.frozen
class Document:
    """One parsed document as every rule reads it: the Doc, its text (``doc.text`` is rebuilt on
    every read), and one byte per token saying whether the token lies between a quote's marks
    (``quoted``) and whether it lies in a paragraph attribution reads (``readable``)."""

    doc: Doc
    text: str
    quoted: bytes
    readable: bytes
    #: The character offset where each paragraph starts, in order (empty: one paragraph).
    paragraph_starts: tuple[int, ...] = ()

    def paragraph_of(self, token: Token) -> int:
        """The number of the paragraph ``token`` stands in."""
        return max(0, bisect.bisect_right(self.paragraph_starts, token.idx) - 1)


@attrs.frozen
class Result:
    """One input's results, as the command line writes them: where the text came from, the text,
    and the quotes found in it."""

    source: str
    text: str
    quotes: Sequence[Quote]
