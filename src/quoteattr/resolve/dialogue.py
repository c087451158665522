"""Stage 4c: turn-taking. In a conversation, lines of dialogue nobody is named for alternate between
the two people talking.

News gives every quote paragraph its speaker, or runs one speaker's quote on over paragraphs; a
novel names the speakers of a conversation's first lines and leaves the rest to the reader:

    “Will you come?” asked Elinor.
    “Perhaps.”                      ← Marianne: a new paragraph is a new speaker
    “Only perhaps?”                 ← Elinor again
    “Yes, Elinor, only perhaps.”    ← Marianne; she also calls her listener by name

So a text is read as dialogue only when it has the novel's habit (many quote paragraphs that no
rule attributes); then each such paragraph goes to the other party of the exchange, and a line
that calls one party by name is given to the other. When no second party is known, or a third
person joins, the line keeps what the earlier stages found rather than guess.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs
import regex

from quoteattr.lexicon.fiction import ADDRESS_TITLES, NOT_VOCATIVES, OTHER_PARTY
from quoteattr.lexicon.names import first_name_gender
from quoteattr.lexicon.people import TITLE_WORDS
from quoteattr.lexicon.pronouns import NARRATOR, PRONOUNS
from quoteattr.lexicon.words import CALENDAR_WORDS
from quoteattr.types import RULE_CONFIDENCE, Gender, Quote, QuoteKind, Rule, SourceKind, Speaker

#: Rules that give a line a speaker of its own; any other speaker was borrowed from elsewhere.
OWN_RULES = frozenset(
    {Rule.CUE_VERB, Rule.ACCORDING_TO, Rule.NARRATION_SUBJECT, Rule.COLON_INTRO, Rule.DASH, Rule.NEXT_SENTENCE}
)
#: A text is dialogue when at least this many quote paragraphs, and this share of them, have no
#: speaker of their own.
MIN_UNATTRIBUTED_LINES = 3
MIN_UNATTRIBUTED_SHARE = 0.1
#: Paragraphs of narration after which an exchange is over.
MAX_GAP = 3
#: Lines that must call the narrator by the same given name before the narrator takes it; a full
#: name (“Alexis Ivanovitch”) is rarely anyone else's, and once is enough.
MIN_NARRATOR_VOTES = 2
MIN_FULL_NAME_VOTES = 1

#: The first words of a description that may mean someone already on the scene: “the old lady”,
#: “his sister”, not “a young man”.
STANDING_IN = frozenset({"the", "that", "his", "her", "their"})

#: Names set off by commas in a line that make it a list rather than an address.
MIN_LISTED = 3

_WORDS = regex.compile(r"[\p{L}.’'-]+")
_TITLE = r"(?:(?:" + "|".join(sorted(ADDRESS_TITLES)) + r")\.?\s+)?"
_NAME = r"(?P<name>" + _TITLE + r"\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})"
_LEADING_VOCATIVE = regex.compile(r"^\W*" + _NAME + r"\s*(?:,|!+\s*$)")
_TRAILING_VOCATIVE = regex.compile(r"[,—]\s*" + _NAME + r"\s*[.!?]*\W*$")
_ANSWER = regex.compile(r"\W*" + _NAME + r"\s*\.?\s*")
_INNER_VOCATIVE = regex.compile(r"(?:^\W*|[,—]\s*)" + _NAME + r"\s*(?=[,.!?—]|\W*$)")


@attrs.frozen
class Line:
    """A direct quote as a line of dialogue: where it stands and whether it opens its paragraph."""

    quote: Quote
    paragraph: int
    opens_paragraph: bool
    #: Whom the cue says the line was said to: “…,” said Harry to Ron / she asked him.
    addressee: str | None = None
    #: The line goes on with the quote the paragraph before left open: no unattributed line.
    continues: bool = False


def take_turns(
    lines: Sequence[Line],
    names: frozenset[str] | None = None,
    narrated: Mapping[int, list[str]] | None = None,
    story: bool = False,
) -> list[Quote]:
    """The lines' quotes, with unattributed lines of a conversation given to the other party, or to
    the one the line before called by name. With ``names`` (the lower-cased words of the people the
    narration names), a line calls someone by a single word only when it is one of those names or
    a given name: “Hullo, …”, “Galahad, my lady” and “First, let me ask …” call no one. With
    ``story`` (the document is known to tell a story), the lines are dialogue however few of them
    go unattributed."""
    quotes = [line.quote for line in lines]
    by_paragraph: dict[int, list[int]] = {}
    for n, line in enumerate(lines):
        if line.quote.kind is QuoteKind.DIRECT:
            by_paragraph.setdefault(line.paragraph, []).append(n)
    turns = (
        (lines[n].paragraph, lines[n].opens_paragraph, _own(quotes[n]) or lines[n].continues)
        for ns in by_paragraph.values()
        for n in ns
    )
    if not story and not reads_as_dialogue(turns):
        return quotes
    paragraphs = sorted(by_paragraph.items())
    named = [
        next((_name(quotes[n]) for n in members if _own(quotes[n])), None) or _beat(lines[members[0]])
        for _, members in paragraphs
    ]
    # a line whose own speaker is a pronoun nothing resolved ("he said") or "the other" takes its
    # turn like an unattributed one, and names no party
    cued = [name is not None and (name.lower() in PRONOUNS or name.lower() in OTHER_PARTY) for name in named]
    genders = _genders(quotes)
    owners = [None if pronoun else name for name, pronoun in zip(named, cued, strict=True)]
    exchange = _Exchange()
    listener: str | None = None  # whom the last line called by name: the next line is theirs
    for k, (paragraph, members) in enumerate(paragraphs):
        exchange.skip_to(paragraph)
        owner = owners[k]
        first = quotes[members[0]]
        if owner is not None and _stands_in(first, exchange.next_speaker(set()), genders):
            owner, cued[k] = None, True  # “…,” said his sister: the other party, a woman
        if owner is not None:
            exchange.spoke(owner)
        elif lines[members[0]].opens_paragraph or cued[k]:
            if exchange.other is None:  # the second party may be named only further on
                exchange.other = _next_owner(paragraphs, owners, k, exchange.current)
            if exchange.other is None and exchange.current is not None and narrated is not None:
                # or named by the narration around the line before: “Tom looked at May.”
                since = max(0, (paragraphs[k - 1][0] if k else paragraph) - MAX_GAP)
                exchange.other = _on_scene(narrated, since, paragraph, exchange.current)
            speaker = exchange.known(listener) or exchange.next_speaker(_addressed(first.content.text))
            if speaker is None:  # no one to give the line to; but whom it calls answers it
                listener = _known(vocative(first.content.text), names)
                continue
            for n in members:
                if not _own(quotes[n]) or _name(quotes[n]) == named[k]:
                    quotes[n] = _given_to(quotes[n], speaker)
            exchange.spoke(speaker)
        else:
            continue
        said = _name(quotes[members[0]])
        called = _known(vocative(first.content.text), names) or next(
            (lines[n].addressee for n in members if lines[n].addressee), None
        )
        listener = called if called is not None and not _same_person(called, said) else None
    return quotes


def _beat(line: Line) -> str | None:
    """The speaker an action beat gives a line that narration opens: “Vera choked. “He said
    that?”” is Vera's turn."""
    quote = line.quote
    if line.opens_paragraph or quote.rule not in (Rule.INTRO_SENTENCE, Rule.NAMED_BEFORE) or quote.speaker is None:
        return None
    return quote.speaker.name


def _genders(quotes: Sequence[Quote]) -> dict[str, Gender]:
    """The gender each speaker is known to have."""
    known = (q.speaker for q in quotes if q.speaker is not None)
    return {s.name: s.gender for s in known if s.gender in (Gender.MALE, Gender.FEMALE)}


def _stands_in(quote: Quote, party: str | None, genders: Mapping[str, Gender]) -> bool:
    """Whether a line's speaker is a description the text gives no one else for (“…,” said his
    sister; the old lady), of the gender of ``party``, the other party of the exchange: then it is
    that party speaking."""
    speaker = quote.speaker
    if speaker is None or party is None or speaker.kind is not SourceKind.UNNAMED or not _own(quote):
        return False
    words = speaker.name.lower().split()
    if len(words) < 2 or words[0] not in STANDING_IN:
        return False  # "a young man" is someone new
    return speaker.gender is not None and genders.get(party) is speaker.gender


def _on_scene(narrated: Mapping[int, list[str]], first: int, last: int, current: str) -> str | None:
    """The last person other than ``current`` the narration names in paragraphs first to last."""
    for paragraph in range(last, first - 1, -1):
        for name in reversed(narrated.get(paragraph, [])):
            if not _same_person(name, current):
                return name
    return None


def _given_to(quote: Quote, speaker: str) -> Quote:
    """A line given to ``speaker`` by turn-taking; a pronoun cue ("he said") keeps its cue."""
    keep_cue = quote.speaker is not None and quote.cue is not None
    mention = quote.speaker.mention if keep_cue and quote.speaker is not None else None
    return attrs.evolve(
        quote,
        speaker=Speaker(speaker, mention),
        cue=quote.cue if keep_cue else None,
        rule=Rule.TURN_TAKING,
        confidence=RULE_CONFIDENCE[Rule.TURN_TAKING],
    )


def vocative(text: str) -> str | None:
    """The name a line calls its listener by, at its start or its end: “Alexis Ivanovitch, walk
    on ahead”, “Go to bed, Jake.”, “Mr. Harris!”; None when it calls no one."""
    for pattern in (_LEADING_VOCATIVE, _TRAILING_VOCATIVE):
        found = pattern.search(text)
        if found is not None:
            name = str(found.group("name"))
            if _may_be_called(name):
                return name
    return None


def called(text: str) -> list[str]:
    """Every name a line calls someone by, set off by commas anywhere in it: “Now, as you showed
    me, Tom Harrow, that you wanted …”; none of them said the line."""
    if _ANSWER.fullmatch(text):
        return []  # “Where are you from?” “Kansas City.”: an answer, not an address
    found = [m.group("name") for m in _INNER_VOCATIVE.finditer(text)]
    if len(found) >= MIN_LISTED:
        return []  # “I been in Chicago, St. Louis, Kansas City, Denver”: a list, not an address
    return [name for name in found if _may_be_called(name)]


def _may_be_called(name: str) -> bool:
    """Whether a line may call someone ``name``: not “Well, …”, nor “On Tuesday, you went …”."""
    words = [w.lower().rstrip(".") for w in name.split()]
    return words[0] not in NOT_VOCATIVES and not any(w in CALENDAR_WORDS for w in words)


def _known(name: str | None, names: frozenset[str] | None) -> str | None:
    if name is None or names is None:
        return name
    words = name.split()
    if len(words) > 1 or words[0].rstrip(".") in ADDRESS_TITLES or first_name_gender(words[0]):
        return name  # “Alexis Ivanovitch, …”, “Mr. Harris!”, “Go to bed, Jake.”
    return name if words[0].lower().rstrip(".") in names else None


def _same_person(a: str, b: str | None) -> bool:
    if b is None:
        return False
    words = {w.lower().rstrip(".") for w in b.split()}
    return any(w.lower().rstrip(".") in words for w in a.split() if w.lower().rstrip(".") not in TITLE_WORDS)


def name_the_narrator(
    quotes: list[Quote], full_name: Callable[[str], str] | None = None, in_narration: frozenset[str] = frozenset()
) -> list[Quote]:
    """A first-person narrator named as the others call them: the name the lines next to the
    narrator's own address most often (“Jake, you're drunk.”, “Alexis Ivanovitch, walk on”), when
    at least two do; failing that, a full or given name the others call someone by at least twice that no
    line is said by and the narration (``in_narration``: its people's words) never uses, as a
    first-person narration never uses its teller's name. A given name becomes the full name
    ``full_name`` knows for it (Jake → Jake Barnes, when the text names one Jake)."""
    narrated = [n for n, q in enumerate(quotes) if _name(q) == NARRATOR]
    if not narrated:
        return quotes
    votes: Counter[str] = Counter()
    full: Counter[str] = Counter()
    # each line next to the narrator's votes once, though it stands between two of theirs
    beside = sorted({m for n in narrated for m in (n - 1, n + 1) if 0 <= m < len(quotes)})
    for m in beside:
        if _name(quotes[m]) not in (None, NARRATOR):
            text = quotes[m].content.text
            votes.update(w for w in _addressed(text) if first_name_gender(w))
            called = vocative(text)
            if called is not None and len(called.split()) > 1:
                full[called] += 1
    unnarrated = _unnarrated_names(quotes, in_narration)
    if full and full.most_common(1)[0][1] >= MIN_FULL_NAME_VOTES:
        name = full.most_common(1)[0][0]  # “Alexis Ivanovitch”
    elif unnarrated and unnarrated.most_common(1)[0][1] >= MIN_NARRATOR_VOTES:
        name = unnarrated.most_common(1)[0][0]
        if full_name is not None and len(name.split()) == 1:
            name = full_name(name)
    elif votes and votes.most_common(1)[0][1] >= MIN_NARRATOR_VOTES:
        given = votes.most_common(1)[0][0]
        longer = [name for name in full if name.split()[0].lower() == given]
        name = longer[0] if longer else given.capitalize()
        if full_name is not None and not longer:
            name = full_name(name)
    else:
        return quotes
    named = list(quotes)
    for n in narrated:
        speaker = named[n].speaker
        if speaker is not None:
            named[n] = attrs.evolve(named[n], speaker=attrs.evolve(speaker, name=name))
    return named


def _unnarrated_names(quotes: list[Quote], in_narration: frozenset[str]) -> Counter[str]:
    """Full names (or given names) the lines of others call someone by, who says no line and whom
    the narration never names: the one telling the story."""
    speakers = {name for q in quotes if (name := _name(q)) is not None and name != NARRATOR and _own(q)}
    found: Counter[str] = Counter()
    for quote in quotes:
        if _name(quote) == NARRATOR:
            continue
        for name in called(quote.content.text):
            words = [w.lower().rstrip(".") for w in name.split()]
            if (len(words) < 2 and not first_name_gender(name)) or any(w in in_narration for w in words):
                continue  # "Tom Harrow", or a given name ("Jake"), but not a word like "Rather"
            if not any(_same_person(name, speaker) for speaker in speakers):
                found[name] += 1
    return found


def _next_owner(
    paragraphs: Sequence[tuple[int, list[int]]], owners: Sequence[str | None], k: int, current: str | None
) -> str | None:
    """The next speaker named in the same exchange after paragraph ``k``, other than ``current``."""
    for j in range(k + 1, len(paragraphs)):
        if paragraphs[j][0] - paragraphs[j - 1][0] > MAX_GAP + 1:
            return None
        if owners[j] is not None:
            return owners[j] if owners[j] != current else None
    return None


def _name(quote: Quote) -> str | None:
    return None if quote.speaker is None else quote.speaker.name


def _own(quote: Quote) -> bool:
    return quote.speaker is not None and quote.rule in OWN_RULES


def reads_as_dialogue(turns: Iterable[tuple[int, bool, bool]]) -> bool:
    """Whether a text has the novel's habit, from its direct quotes in order, each as (paragraph,
    opens its paragraph, has a speaker of its own): at least MIN_UNATTRIBUTED_LINES paragraphs
    that open with a quote, and MIN_UNATTRIBUTED_SHARE of them, give none of their quotes a speaker."""
    paragraphs: dict[int, list[bool]] = {}  # paragraph → [opens with a quote, any quote has its own speaker]
    for paragraph, opens, own in turns:
        found = paragraphs.setdefault(paragraph, [opens, False])
        found[1] = found[1] or own
    opening = [own for opens, own in paragraphs.values() if opens]
    unattributed = opening.count(False)
    return unattributed >= MIN_UNATTRIBUTED_LINES and unattributed >= MIN_UNATTRIBUTED_SHARE * len(opening)


def _addressed(text: str) -> set[str]:
    """Words that may name the listener: the first and last words of the line and those beside
    its commas (“Yes, Elinor, only perhaps.”), lower-cased."""
    words: set[str] = set()
    for clause in regex.split(r"[,;!?.—]+", text):
        found = _WORDS.findall(clause)
        if found and len(found) <= 3 and found[0][:1].isupper():
            words.update(w.lower().rstrip(".") for w in found)
    return words


@attrs.define
class _Exchange:
    """Who is talking: the one who spoke last and the one before them."""

    current: str | None = None
    other: str | None = None
    paragraph: int = -1

    def skip_to(self, paragraph: int) -> None:
        if paragraph - self.paragraph > MAX_GAP + 1:
            self.current = self.other = None  # a long stretch of narration ends the exchange
        self.paragraph = paragraph

    def spoke(self, speaker: str) -> None:
        if speaker != self.current:
            self.current, self.other = speaker, self.current

    def known(self, name: str | None) -> str | None:
        """A party's name for the name a line called them by (“Jake” → Jake Barnes), else that name."""
        if name is None:
            return None
        return next((p for p in (self.current, self.other) if p is not None and _same_person(name, p)), name)

    def next_speaker(self, addressed: set[str]) -> str | None:
        """The other party; but never the one the line calls by name."""
        if self.other is None:
            return None
        if _named(self.other, addressed) and self.current is not None and not _named(self.current, addressed):
            return self.current
        return self.other


def _named(speaker: str, addressed: set[str]) -> bool:
    return any(part.lower() in addressed for part in speaker.split() if part[:1].isupper())
