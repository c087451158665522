"""Turn-taking: unattributed lines of a conversation alternate between the two people talking,
anchored by the lines the text gives a speaker, forward and (before the first of them) back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from quoteattr.lexicon.fiction import ADDRESS_TITLES, OTHER_PARTY
from quoteattr.lexicon.names import first_name_gender
from quoteattr.lexicon.pronouns import PRONOUNS
from quoteattr.resolve.dialogue.ahead import MAX_GAP, Ahead, broken
from quoteattr.resolve.dialogue.lines import Line, has_own_speaker, reads_as_dialogue, speaker_name
from quoteattr.resolve.dialogue.phase import mend_phase
from quoteattr.resolve.dialogue.vocatives import (
    SpokenNames,
    addressed_words,
    calls_by_name,
    inner_vocatives,
    same_person,
    spoken_names,
    vocative,
)
from quoteattr.types import RULE_CONFIDENCE, Gender, Quote, QuoteKind, Rule, SourceKind, Speaker

#: Paragraphs back from a newcomer's named line in which lines given by turns to a party never
#: named become the newcomer's.
STALE_REACH = 8

#: The first words of a description that may mean someone already on the scene: “the old lady”,
#: “his sister”, not “a young man”.
STANDING_IN = frozenset({"the", "that", "his", "her", "their"})


def take_turns(
    lines: Sequence[Line],
    names: frozenset[str] | None = None,
    narrated: Mapping[int, list[str]] | None = None,
    story: bool = False,
    beats: Mapping[int, str] | None = None,
    breaks: frozenset[int] = frozenset(),
) -> list[Quote]:
    """The lines' quotes, with unattributed lines of a conversation given to the other party, or to
    the one the line before called by name. With ``names`` (the lower-cased words of the people the
    narration names), a line calls someone by a single word only when it is one of those names or
    a given name: “Hullo, …”, “Galahad, my lady” and “First, let me ask …” call no one. With
    ``story`` (the document is known to tell a story), the lines are dialogue however few of them
    go unattributed. With ``beats`` (paragraph → the person its narration ends on), a line right
    after such a paragraph is that person's. With ``breaks`` (the paragraphs that break the scene:
    a row of stars, a chapter's heading), no exchange goes on across one."""
    quotes = [line.quote for line in lines]
    by_paragraph = _lines_by_paragraph(lines, story)
    if by_paragraph is None:
        return quotes
    paragraphs = sorted(by_paragraph.items())
    named, cued, owners = _owners(lines, paragraphs)
    spoken = SpokenNames(spoken_names(quotes))
    called = [spoken.of(_known(vocative(quotes[members[0]].content.text), names)) for _, members in paragraphs]
    cut = sorted(breaks)
    ahead = Ahead.build(paragraphs, owners, called, cut)
    genders = _genders(quotes)
    exchange = _Exchange()
    listener: str | None = None  # whom the last line called by name: the next line is theirs
    asked: str | None = None  # whom it called in its middle: theirs, failing all else
    for k, (paragraph, members) in enumerate(paragraphs):
        if k and broken(cut, paragraphs[k - 1][0], paragraph):
            # whose turn it is starts afresh; who was talking may talk on
            earlier = tuple(p for p in (exchange.current, exchange.other) if p is not None)
            exchange, listener, asked = _Exchange(earlier=earlier), None, None
        exchange.skip_to(paragraph)
        owner = owners[k]
        first = quotes[members[0]]
        if owner is not None and _stands_in(first, exchange.next_speaker(set()), genders):
            owner, cued[k] = None, True  # “…,” said his sister: the other party, a woman
        if owner is not None:
            for n in exchange.named(owner):  # lines given by turns to a party who had left
                quotes[n] = _given_to(quotes[n], owner)
        elif lines[members[0]].opens_paragraph or cued[k]:
            _find_other(exchange, paragraphs, ahead, k, narrated)
            beat = (beats or {}).get(paragraph - 1) if paragraph - 1 not in by_paragraph else None
            addressed = addressed_words(first.content.text)
            if beat is not None and calls_by_name(beat, addressed):
                beat = None  # “Nora, are you coming?” after a paragraph about Nora is said to her
            known = exchange.known(listener) or exchange.known(beat) or exchange.known(asked)
            speaker = known or exchange.next_speaker(addressed)
            if known is None and cued[k]:
                speaker = _of_gender(exchange, speaker, named[k], genders)
            if speaker is None:  # no one to give the line to; but whom it calls answers it
                listener, asked = called[k], spoken.of(_asked(first.content.text, names))
                continue
            given = [n for n in members if not has_own_speaker(quotes[n]) or speaker_name(quotes[n]) == named[k]]
            for n in given:
                quotes[n] = _given_to(quotes[n], speaker)
            exchange.spoke(speaker, given if known is None else ())
        else:
            continue
        listener, asked = _called(lines, members, names, called[k], speaker_name(quotes[members[0]]))
        listener, asked = spoken.of(listener), spoken.of(asked)
    _fill_back(lines, quotes, paragraphs, cut)
    mend_phase(quotes, lines, paragraphs)
    return quotes


def _lines_by_paragraph(lines: Sequence[Line], story: bool) -> dict[int, list[int]] | None:
    """Paragraph → its direct lines, when the lines read as dialogue (or ``story`` says they are)."""
    by_paragraph: dict[int, list[int]] = {}
    for n, line in enumerate(lines):
        if line.quote.kind is QuoteKind.DIRECT:
            by_paragraph.setdefault(line.paragraph, []).append(n)
    turns = (
        (lines[n].paragraph, lines[n].opens_paragraph, has_own_speaker(lines[n].quote) or lines[n].continues)
        for ns in by_paragraph.values()
        for n in ns
    )
    return by_paragraph if story or reads_as_dialogue(turns) else None


def _called(
    lines: Sequence[Line], members: Sequence[int], names: frozenset[str] | None, calls: str | None, said: str | None
) -> tuple[str | None, str | None]:
    """Whom a paragraph's first line calls by name at its start or end (``calls``, read once for
    every paragraph) or its cue says it is said to, and whom it calls in its middle: the next line
    is the one's, failing all else the other's; never the one who said it."""
    text = lines[members[0]].quote.content.text
    addressed = calls or next((lines[n].addressee for n in members if lines[n].addressee), None)
    asked = _asked(text, names)
    return (
        addressed if addressed is not None and not same_person(addressed, said) else None,
        asked if asked is not None and not same_person(asked, said) else None,
    )


def _owners(
    lines: Sequence[Line], paragraphs: Sequence[tuple[int, list[int]]]
) -> tuple[list[str | None], list[bool], list[str | None]]:
    """For each paragraph of lines: the speaker it names, whether that is only a cue that names no
    party, and the party it names. A line whose own speaker is a pronoun nothing resolved ("he
    said") or "the other" takes its turn like an unattributed one."""
    quotes = [line.quote for line in lines]
    named = [
        next((speaker_name(quotes[n]) for n in members if has_own_speaker(quotes[n])), None) or _beat(lines[members[0]])
        for _, members in paragraphs
    ]
    cued = [name is not None and (name.lower() in PRONOUNS or name.lower() in OTHER_PARTY) for name in named]
    return named, cued, [None if pronoun else name for name, pronoun in zip(named, cued, strict=True)]


def _find_other(
    exchange: _Exchange,
    paragraphs: Sequence[tuple[int, list[int]]],
    ahead: Ahead,
    k: int,
    narrated: Mapping[int, list[str]] | None,
) -> None:
    """The second party of an exchange, when not yet known: the next one named further on (by a
    cue, else by a line that calls them: “Don't fuss, Tom.”), or after a scene break the other of
    the two who talked before it, or the one the narration around the line before names (“Tom
    looked at May.”), or else the last one who talked before the break."""
    current = exchange.current
    if exchange.other is None:
        # after a break, the two who talked before it before one named in a scene further on
        after_break = bool(exchange.earlier) and (current is None or current in exchange.earlier)
        exchange.other = ahead.next_owner(k, current, in_scene=after_break)
    if exchange.other is None and current is not None:
        exchange.other = ahead.next_called(k, current)
    if exchange.other is None and current in exchange.earlier:  # the same two, after a break
        exchange.other = next((p for p in exchange.earlier if p != current), None)
    if exchange.other is None and current is not None and narrated is not None:
        paragraph = paragraphs[k][0]
        since = max(0, (paragraphs[k - 1][0] if k else paragraph) - MAX_GAP)
        exchange.other = _on_scene(narrated, since, paragraph, current)
    if exchange.other is None and current is not None:
        exchange.other = next((p for p in exchange.earlier if p != current), None)


def _fill_back(
    lines: Sequence[Line], quotes: list[Quote], paragraphs: Sequence[tuple[int, list[int]]], breaks: Sequence[int]
) -> None:
    """The lines that open an exchange before any of its speakers is named (a chapter that starts
    in the middle of a conversation) take their turns counted back from the named lines after
    them: the line before B's is A's when A spoke the one before that."""
    exchange = _Exchange()
    for paragraph, members in reversed(paragraphs):
        if exchange.paragraph >= 0 and (
            exchange.paragraph - paragraph > MAX_GAP + 1 or broken(breaks, paragraph, exchange.paragraph)
        ):
            exchange = _Exchange()  # a long stretch of narration, or a scene break: another exchange
        exchange.paragraph = paragraph
        first = quotes[members[0]]
        name = speaker_name(first)
        if name is not None and not _unknown_turn(first):
            exchange.spoke(name)
            continue
        speaker = exchange.next_speaker(addressed_words(first.content.text))
        if speaker is None or not lines[members[0]].opens_paragraph:
            continue
        for n in members:
            if _unknown_turn(quotes[n]):
                quotes[n] = _given_to(quotes[n], speaker)
        exchange.spoke(speaker)


def _unknown_turn(quote: Quote) -> bool:
    """A line nobody is known to have said: it has no speaker, or only a pronoun nothing resolved
    that it borrowed from the paragraph before."""
    name = speaker_name(quote)
    return name is None or (quote.rule is Rule.PREVIOUS_PARAGRAPH and name.lower() in PRONOUNS)


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
    if speaker is None or party is None or speaker.kind is not SourceKind.UNNAMED or not has_own_speaker(quote):
        return False
    words = speaker.name.lower().split()
    if len(words) < 2 or words[0] not in STANDING_IN:
        return False  # "a young man" is someone new
    return speaker.gender is not None and genders.get(party) is speaker.gender


def _of_gender(
    exchange: _Exchange, speaker: str | None, pronoun: str | None, genders: Mapping[str, Gender]
) -> str | None:
    """The party a line's unresolved "he" or "she" can be: the one whose turn it is, unless known
    to be of the other gender; then the one who spoke last, who goes on (“…,” he continued); else
    the one whose turn it is (the other party may be wrong, and be named later). With no one whose
    turn it is, no one: a new paragraph is not the last speaker's."""
    referent = PRONOUNS.get((pronoun or "").lower())
    want = None if referent is None else referent.gender
    if want is None or speaker is None or genders.get(speaker, want) is want:
        return speaker
    current = exchange.current
    return current if current is not None and genders.get(current, want) is want else speaker


def _on_scene(narrated: Mapping[int, list[str]], first: int, last: int, current: str) -> str | None:
    """The last person other than ``current`` the narration names in paragraphs first to last."""
    for paragraph in range(last, first - 1, -1):
        for name in reversed(narrated.get(paragraph, [])):
            if not same_person(name, current):
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


def _asked(text: str, names: frozenset[str] | None) -> str | None:
    """The one person the narration names whom a line calls in its middle: “And you, Jane, will
    you come?” is answered by Jane, when no one is named for the answer."""
    inner = [name for name in inner_vocatives(text) if names is not None and _narrated(name, names)]
    return inner[0] if len(inner) == 1 else None


def _narrated(name: str, names: frozenset[str]) -> bool:
    """Whether every word of a name is a title of address or a word of a name the narration gives."""
    words = [w.rstrip(".") for w in name.split()]
    named = [w for w in words if w not in ADDRESS_TITLES]
    return bool(named) and all(w.lower() in names for w in named)


def _known(name: str | None, names: frozenset[str] | None) -> str | None:
    if name is None or names is None:
        return name
    words = name.split()
    if len(words) > 1 or words[0].rstrip(".") in ADDRESS_TITLES or first_name_gender(words[0]):
        return name  # “Peter Alexandrovich, …”, “Mr. Harris!”, “Go to bed, Tom.”
    return name if words[0].lower().rstrip(".") in names else None


@attrs.define
class _Exchange:
    """Who is talking: the one who spoke last and the one before them."""

    current: str | None = None
    other: str | None = None
    paragraph: int = -1
    #: The lines given by turns alone to a party the text never said spoke in this exchange, with
    #: their paragraphs.
    by_turns: dict[str, list[tuple[int, int]]] = attrs.Factory(dict)
    #: The parties the text says spoke in this exchange: named, called by name or acting.
    confirmed: set[str] = attrs.Factory(set)
    #: The two who were talking before a scene break, who may go on talking after it.
    earlier: tuple[str, ...] = ()

    def skip_to(self, paragraph: int) -> None:
        if paragraph - self.paragraph > MAX_GAP + 1:
            self.current = self.other = None  # a long stretch of narration ends the exchange
            self.by_turns, self.confirmed = {}, set()
            if self.paragraph >= 0:
                self.earlier = ()  # and those who talked before a break are gone too
        self.paragraph = paragraph

    def spoke(self, speaker: str, by_turns: Sequence[int] = ()) -> None:
        """``speaker`` said the next line; ``by_turns``, its lines, when only turns say so."""
        if not by_turns:
            self.confirmed.add(speaker)
            self.by_turns.pop(speaker, None)
        elif speaker not in self.confirmed:
            self.by_turns.setdefault(speaker, []).extend((self.paragraph, n) for n in by_turns)
        if speaker != self.current:
            self.current, self.other = speaker, self.current

    def named(self, speaker: str) -> list[int]:
        """``speaker``, named by the text, said the next line. Named where the other party's turn
        was due, when that party was only ever counted on by turns, the newcomer was the other
        party all along: the lines turns gave the one counted on are returned, to be theirs."""
        stale: list[int] = []
        if self.other is not None and self.current is not None and speaker not in (self.current, self.other):
            stale = [n for p, n in self.by_turns.pop(self.other, []) if self.paragraph - p <= STALE_REACH]
            if stale:
                self.other = speaker
        self.spoke(speaker)
        return stale

    def known(self, name: str | None) -> str | None:
        """A party's name for the name a line called them by (“Tom” → Tom Harrow), else that name."""
        if name is None:
            return None
        return next((p for p in (self.current, self.other) if p is not None and same_person(name, p)), name)

    def next_speaker(self, addressed: set[str]) -> str | None:
        """The other party; but never the one the line calls by name."""
        if self.other is None:
            return None
        if (
            calls_by_name(self.other, addressed)
            and self.current is not None
            and not calls_by_name(self.current, addressed)
        ):
            return self.current
        return self.other
