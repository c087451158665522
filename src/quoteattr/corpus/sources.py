"""Who gets quoted across a corpus: one row per source, merged across documents.

A :class:`Corpus` takes each document's quotes (what ``attribute`` or ``attribute_many`` gives)
and keeps one tally per speaker name and kind: quotes, words quoted, documents, the first and last
document, gender evidence and a few example quotes. Its memory grows with the number of distinct
speakers, not with the number of quotes. Two corpora combine with ``+`` (the left one's documents
first), so partitions counted apart, by Dask or by worker processes, reduce into one.

Rows are merged when :meth:`Corpus.sources` is asked for them, since a merge needs every name:
"Trump", "Mr. Trump" and "Donald J. Trump" are one person when the corpus names one Trump with a
given name (see names.py). A speaker known only by a phrase ("a senior official", "the report",
"protesters") is a different source in each document and is never merged with another.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from quoteattr.corpus.names import merge_groups
from quoteattr.lexicon.people import PHRASE_OPENERS, is_people_plural
from quoteattr.types import Gender, GenderSource, Quote, SourceKind, Speaker, within_reports

#: Example quotes kept per source: enough to show what it says, bounded whatever the corpus.
EXAMPLES = 3
#: The longest example kept, in characters.
EXAMPLE_CHARS = 240
#: The kind of a speaker no rule could classify.
UNKNOWN_KIND = "unknown"
#: Gender evidence, strongest first.
EVIDENCE_ORDER = (GenderSource.TITLE, GenderSource.ROLE_NOUN, GenderSource.PRONOUN, GenderSource.GIVEN_NAME)
_PEOPLE = frozenset({SourceKind.PERSON.value, SourceKind.UNNAMED.value})


@attrs.frozen
class Example:
    """One quote a source gave, and the document it is in."""

    document: str
    kind: str
    text: str


@attrs.define
class Tally:
    """What the corpus knows about one speaker name of one kind (in one document, for phrases)."""

    name: str
    kind: str
    quotes: int = 0
    words: int = 0
    documents: int = 0
    first: tuple[int, str] = (0, "")  # (order the document was added in, its id)
    last: tuple[int, str] = (0, "")
    evidence: Counter[tuple[str, str]] = attrs.Factory(Counter)  # (gender source, gender): quotes
    examples: list[Example] = attrs.Factory(list)

    def merged(self, other: Tally) -> Tally:
        """This tally and another of the same source, in either order."""
        return Tally(
            self.name,
            self.kind,
            self.quotes + other.quotes,
            self.words + other.words,
            self.documents + other.documents,
            min(self.first, other.first),
            max(self.last, other.last),
            self.evidence + other.evidence,
            ([*self.examples, *other.examples] if self.first <= other.first else [*other.examples, *self.examples])[
                :EXAMPLES
            ],
        )

    def shifted(self, offset: int) -> Tally:
        return attrs.evolve(
            self, first=(self.first[0] + offset, self.first[1]), last=(self.last[0] + offset, self.last[1])
        )


@attrs.frozen
class Source:
    """One row of the corpus summary: a source and how much it was quoted."""

    name: str
    kind: str
    gender: str | None
    gender_source: str | None
    quotes: int
    words: int
    documents: int
    first_document: str
    last_document: str
    #: Every name the source went by, when it was merged from several.
    names: tuple[str, ...]
    examples: tuple[Example, ...]

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self, value_serializer=lambda _i, _f, v: list(v) if isinstance(v, tuple) else v)


@attrs.frozen
class Totals:
    """The corpus as a whole."""

    documents: int
    quotes: int
    attributed: int
    words: int
    sources: int
    #: Quotes by source kind, and the quotes of people (named or not) by gender.
    by_kind: dict[str, int]
    by_gender: dict[str, int]
    #: The share of attributed quotes from unnamed (anonymous) sources, 0 to 1.
    unnamed_share: float

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.define
class Corpus:
    """Quote counts per source over many documents; see the module's docstring."""

    documents: int = 0
    quotes: int = 0
    unattributed: int = 0
    _tallies: dict[tuple[str, str, int], Tally] = attrs.Factory(dict)

    def add(self, quotes: Sequence[Quote], document: str | None = None) -> None:
        """Count one document's quotes, in reading order; ``document`` is its id (by default its
        number, from 1). A partial quote within a report counts as part of the report."""
        order = self.documents
        self.documents += 1
        label = str(order + 1) if document is None else str(document)
        seen: dict[tuple[str, str, int], Tally] = {}
        for quote, inside in zip(quotes, within_reports(quotes), strict=True):
            if inside:
                continue
            self.quotes += 1
            if quote.speaker is None:
                self.unattributed += 1
                continue
            key = _key(quote.speaker, order)
            tally = seen.get(key)
            if tally is None:
                tally = seen[key] = Tally(key[0], key[1], 0, 0, 1, (order, label), (order, label))
            tally.quotes += 1
            tally.words += len(quote.content.text.split())
            if quote.speaker.gender is not None:
                tally.evidence[(_value(quote.speaker.gender_source), quote.speaker.gender.value)] += 1
            if len(tally.examples) < EXAMPLES:
                tally.examples.append(Example(label, quote.kind.value, quote.content.text[:EXAMPLE_CHARS]))
        for key, tally in seen.items():
            known = self._tallies.get(key)
            self._tallies[key] = tally if known is None else known.merged(tally)

    def update(self, results: Iterable[Any]) -> Corpus:
        """Count many documents: each item a list of quotes, or a ``(quotes, id)`` pair as
        ``attribute_many`` yields for ``(text, id)`` input. Returns the corpus itself."""
        for item in results:
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], list):
                self.add(item[0], None if item[1] is None else str(item[1]))
            elif isinstance(item, list):
                self.add(item)
            else:
                raise TypeError(
                    f"each result must be a list of quotes or a (quotes, id) pair, not {type(item).__name__}"
                )
        return self

    def __add__(self, other: Corpus) -> Corpus:
        if not isinstance(other, Corpus):
            return NotImplemented
        combined = Corpus(
            self.documents + other.documents, self.quotes + other.quotes, self.unattributed + other.unattributed
        )
        combined._tallies = dict(self._tallies)
        for (name, kind, order), tally in other._tallies.items():
            key = (name, kind, order + self.documents if order >= 0 else -1)
            moved = tally.shifted(self.documents)
            known = combined._tallies.get(key)
            combined._tallies[key] = moved if known is None else known.merged(moved)
        return combined

    @classmethod
    def combine(cls, parts: Iterable[Corpus]) -> Corpus:
        """One corpus from partial ones, in order."""
        total = cls()
        for part in parts:
            total = total + part
        return total

    def sources(self) -> list[Source]:
        """One row per source, most quoted first (then by name)."""
        by_kind: dict[str, list[Tally]] = {}
        rows: list[Source] = []
        for (_, kind, order), tally in self._tallies.items():
            if order >= 0:
                rows.append(_row([tally]))  # a phrase: its own source in its own document
            else:
                by_kind.setdefault(kind, []).append(tally)
        for kind, tallies in by_kind.items():
            for group in merge_groups([t.name for t in tallies], person=kind == SourceKind.PERSON.value):
                rows.append(_row([tallies[i] for i in group]))
        rows.sort(key=lambda r: (-r.quotes, r.name.lower(), r.kind, r.first_document))
        return rows

    def totals(self, sources: Sequence[Source] | None = None) -> Totals:
        rows = self.sources() if sources is None else sources
        by_kind: Counter[str] = Counter()
        by_gender: Counter[str] = Counter()
        for row in rows:
            by_kind[row.kind] += row.quotes
            if row.gender is not None:
                by_gender[row.gender] += row.quotes
        attributed = self.quotes - self.unattributed
        unnamed = by_kind.get(SourceKind.UNNAMED.value, 0)
        return Totals(
            self.documents,
            self.quotes,
            attributed,
            sum(r.words for r in rows),
            len(rows),
            dict(by_kind.most_common()),
            dict(sorted(by_gender.items())),
            round(unnamed / attributed, 4) if attributed else 0.0,
        )


def _value(source: GenderSource | None) -> str:
    return "" if source is None else source.value


def _key(speaker: Speaker, order: int) -> tuple[str, str, int]:
    """A named source is one across documents; one known by a phrase is one per document."""
    kind = speaker.kind.value if speaker.kind is not None else UNKNOWN_KIND
    return speaker.name, kind, -1 if is_named(speaker.name, kind) else order


def is_named(name: str, kind: str) -> bool:
    """Whether a speaker is known by a name (the same in any document) rather than a phrase: not
    "a senior official", "Their association" nor "Fishermen", each someone else in each document."""
    words = name.split()
    if not words or not name[:1].isupper() or kind in (SourceKind.UNNAMED.value, SourceKind.NARRATOR.value):
        return False
    return words[0].lower() not in PHRASE_OPENERS and not (len(words) == 1 and is_people_plural(words[0]))


def _row(tallies: list[Tally]) -> Source:
    total = tallies[0]
    for tally in tallies[1:]:
        total = total.merged(tally)
    # The most quoted of the names that are more than a surname: "Donald Trump" over "Trump", and
    # over a "Donald J. Trump" quoted less often.
    full = [t for t in tallies if len(t.name.split()) > 1] or tallies
    name = max(full, key=lambda t: (t.quotes, len(t.name), t.name)).name
    gender, source = _gender(total.kind, total.evidence)
    names = tuple(sorted({t.name for t in tallies})) if len(tallies) > 1 else ()
    return Source(
        name, total.kind, gender, source, total.quotes, total.words, total.documents, total.first[1], total.last[1],
        names, tuple(total.examples),
    )  # fmt: skip


def _gender(kind: str, evidence: Mapping[tuple[str, str], int]) -> tuple[str | None, str | None]:
    """The gender the strongest evidence agrees on; unknown when it is split or there is none."""
    if kind not in _PEOPLE:
        return None, None
    for source in EVIDENCE_ORDER:
        votes = Counter({g: n for (s, g), n in evidence.items() if s == source.value and g != Gender.UNKNOWN.value})
        if votes:
            (top, count), *rest = [*votes.most_common(2), ("", 0)]
            if count > rest[0][1]:
                return top, source.value
    return Gender.UNKNOWN.value, None
