"""Stage 3: find each quote's cue verb and speaker mention in and around its own sentence.

Pure functions over a parsed Doc. The rules, strongest first:

1. a cue verb that governs the quote in the parse (“…,” X said / X said the plan was “a mess”);
2. a cue verb the quote governs (the parser sometimes hangs “…,” he said under the quote's verb);
3. for a direct quote, the nearest cue verb in the quote's sentences;
4. an introduction ending in a colon just before the quote (X was blunt: “…”; colon.py);
5. a dash and a name just after the quote (“…” — Governor X).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quoteattr.attribute.colon import colon_intro, opens_paragraph_after_marks
from quoteattr.attribute.cue_speaker import speaker_of_cue
from quoteattr.attribute.labels import dash_after
from quoteattr.attribute.narrated import in_subject, narrating_subject
from quoteattr.attribute.nearby import (
    cue_before_break,
    cue_ending_sentence,
    heard_saying,
    inverted_words,
    owner_after,
    trailing_words,
    verb_after,
    verb_introducing,
)
from quoteattr.attribute.passives import is_asked
from quoteattr.attribute.reporting import (
    speech_noun_owner,
)
from quoteattr.attribute.speaking_for import speaker_behind
from quoteattr.attribute.subjects import MAX_NAMED_AFTER, subject_of
from quoteattr.attribute.syntax import (
    DIRECT_SPEECH_VERBS,
    can_speak,
    is_according_to,
    is_cue,
    is_cue_phrase,
    lemma,
    noun_phrase,
    previous_word,
    speaking_verb,
)
from quoteattr.lexicon.deps import PREDICATE_DEPS, QUOTE_DEPS
from quoteattr.lexicon.pronouns import RELATIVE_PRONOUNS
from quoteattr.lexicon.verbs import SPEECH_VERBS
from quoteattr.lexicon.words import BACK_POINTERS, CLAUSE_ENDS, DASHES
from quoteattr.types import RULE_CONFIDENCE, Attribution, Document, MarkedQuote, Paragraph, Rule, Site

_MAX_CLIMB = 8  # head steps from a quote up to its cue; sentences are rarely deeper
_INTRO_REACH = 24  # tokens from a cue to the quote it introduces: "said, in a voice which …, “"
_MAX_POINTING_BACK = 16  # words to the cue in "That was how witness John Harper described it"


def locate(doc: Doc, marked: MarkedQuote, paragraph: Paragraph) -> Site:
    """Where ``marked`` lies among the Doc's tokens and sentences."""
    tokens = doc.char_span(marked.open, marked.outer_end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:  # offsets inside one token; take that token
        token = _token_at(doc, marked.open)
        tokens = doc[token.i : token.i + 1]
    end = tokens[-1].sent.end
    after = end + 1 if end + 1 < len(doc) and doc[end].text in DASHES else end  # “…!”—cried Ann.
    if after < len(doc) and end == tokens.end and doc[after].text[:1].islower():
        end = doc[after].sent.end  # “Never again!” the crowd shouted. — one sentence the parser split
    # A parser given a whole article can run a sentence across a paragraph break; a frame cannot.
    bounds = doc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")
    start = tokens[0].sent.start
    if bounds is not None:
        start, end = max(start, bounds.start), min(end, max(bounds.end, tokens.end))
    return Site(marked, paragraph, tokens, doc[start:end])


def _token_at(doc: Doc, char: int) -> Token:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and len(span):
        return span[0]
    return next(t for t in doc if t.idx + len(t.text) > char)


def quoted_mask(doc: Doc, sites: list[Site]) -> bytearray:
    """One byte per token: 1 when the token lies between a quote's marks."""
    mask = bytearray(len(doc))
    for site in sites:
        mask[site.tokens.start : site.tokens.end] = b"\x01" * len(site.tokens)
    return mask


def attribute_site(site: Site, document: Document, partial: bool) -> Attribution | None:
    """The speaker of one quote as its own sentence (or the one before a colon) tells it."""
    quoted = document.quoted
    if not partial and (owned := owner_after(site, quoted)) is not None:
        return owned  # “…,” was her answer: before any cue the parse hangs the quote under
    cue, nearest = _governing_cue(site, quoted, partial), False
    if cue is not None and not partial and (later := verb_introducing(site, quoted)) is not None:
        # "…, and Tom, …, called out:", not "began"; "…,” she went on; and, as Ada exclaimed: “…”"
        joined = later.dep_ == "conj" and _joined_above(later, cue)
        cue = later if joined or _says_before_colon(later, cue, site) else cue
    # the clause of "Trump's claim that …" is Trump's, whoever blames the media for it
    by_noun = (
        _noun_of_speaking(site, quoted)
        if (partial or cue is None) and (cue is None or lemma(cue) not in SPEECH_VERBS)
        else None
    )
    if by_noun is not None:
        return by_noun
    if cue is None and partial and not in_subject(site):  # The findings are “alarming”, according to …
        cue = next((t for t in site.frame if not quoted[t.i] and is_according_to(t)), None)
    if cue is None and partial:  # Trump told the Post he was “not quite there yet” (parsed apart)
        cue = _nearest_cue(site, quoted, speech_only=True)
        nearest = cue is not None
    if cue is None and not partial:
        cue, nearest = _complement_of(site, quoted), True
        if cue is None and (cue := verb_after(site, quoted)) is not None:
            nearest = False
        if cue is not None and _introduces_another(cue, site, quoted):
            cue, nearest = None, True  # its colon hands it on to the next quote
        cue = cue or _nearest_cue(site, quoted)
    if cue is not None:
        found = speaker_of_cue(cue, nearest, quoted)
        if found.mention is not None or (not nearest and is_asked(cue)):
            return found  # "Hale was asked, “…”" by someone the text does not name
        if partial:  # a cue that names no one: her “every-county plan,” promising to …
            return narrating_subject(site, quoted) or found
    if partial:
        return narrating_subject(site, quoted)
    return (
        _cue_in_next_sentence(site, quoted)
        or colon_intro(site, quoted)
        or heard_saying(site, quoted)
        or _cue_before_break(site, quoted)
        or dash_after(site)
        or trailing_words(site, quoted)
        or inverted_words(site, quoted)
    )


def _cue_in_next_sentence(site: Site, quoted: bytes) -> Attribution | None:
    """A cue the parser put in a sentence of its own after the quote: “Will you come?” Ida asked.
    A quote that is a paragraph of its own may take it from the next paragraph when that points
    back at it: “It was chaos.” ¶ That was how witness John Harper described the scene."""
    doc = site.tokens.doc
    start = site.tokens.end
    crossed = False
    while start < len(doc) and (doc[start].is_space or doc[start].is_punct) and not quoted[start]:
        if "\n" in doc[start].text and doc[start].idx + len(doc[start].text) > site.paragraph.end:
            if crossed or not opens_paragraph_after_marks(site):
                return None  # the paragraph goes on after the quote's own: no pointing back
            crossed = True
        start += 1
    if start >= len(doc) or doc[start].sent.start != start:
        return None
    if crossed and doc[start].lower_ not in BACK_POINTERS:
        return None
    if not crossed and start >= site.frame.end + MAX_NAMED_AFTER:
        return None
    reach = _MAX_POINTING_BACK if crossed else MAX_NAMED_AFTER + 1
    for token in doc[start : min(start + reach, doc[start].sent.end)]:
        if quoted[token.i]:
            return None
        if is_cue(token) and lemma(token) in DIRECT_SPEECH_VERBS:
            found = speaker_of_cue(token, nearest=False, quoted=quoted)
            if found.mention is None or found.mention.root.lower_ == "it":
                return None  # “…” It is stated by a bystander that …: no one speaks as "it"
            return found
    return None


def _cue_before_break(site: Site, quoted: bytes) -> Attribution | None:
    cue = cue_before_break(site, quoted) or cue_ending_sentence(site, quoted)
    found = None if cue is None else speaker_of_cue(cue, nearest=False, quoted=quoted)
    return found if found is not None and found.mention is not None else None


def _noun_of_speaking(site: Site, quoted: bytes) -> Attribution | None:
    """Words in the clause of a noun of speaking are its owner's: Comey's conclusion that her
    actions were “extremely careless”."""
    owned = speech_noun_owner(_word_root(site), quoted)
    if owned is None:
        return None
    noun, owner = owned
    return Attribution(noun_phrase(speaker_behind(owner, quoted)), noun, Rule.CUE_VERB, RULE_CONFIDENCE[Rule.CUE_VERB])


def _word_roots(site: Site) -> list[Token]:
    """The quote's top words, not its marks or its full stop, which the parser may hang higher."""
    span = site.tokens
    return [t for t in span if not t.is_punct and not span.start <= t.head.i < span.end]


def _word_root(site: Site) -> Token:
    roots = _word_roots(site)
    return roots[0] if roots else site.tokens.root


def _is_predicate(site: Site) -> bool:
    """Whether a partial quote says something of its sentence's subject (are “alarming”) rather
    than naming a thing, as a scare quote does (the ministry’s “efficiency programme” has cut …)."""
    roots = _word_roots(site)
    return bool(roots) and all(t.dep_ in PREDICATE_DEPS for t in roots)


def _says_before_colon(later: Token, cue: Token, site: Site) -> bool:
    """Whether a later verb of speaking with a subject of its own ends at the colon before the
    quote, after the cue: it, not the cue, introduces the quote."""
    colon = previous_word(site.tokens.doc, site.tokens.start)
    own = any(c.dep_ == "nsubj" and can_speak(c) for c in later.children)
    return colon is not None and colon.text == ":" and own and cue.i < later.i


def _joined_above(later: Token, cue: Token) -> bool:
    """Whether the cue is above a later verb joined by "and" in the parse, with no "when",
    "that" or "which" on the way: then the later verb is the act that introduces the quote."""
    node = later
    for _ in range(_MAX_CLIMB):
        if any(c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WRB") for c in node.children):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
        if node == cue:
            return cue.i < later.i
    return False


def _governing_cue(site: Site, quoted: bytes, partial: bool = False) -> Token | None:
    """The cue verb syntactically tied to the quote: the closest cue above it, else one below it;
    for a partial quote, one in its own clause (not past a semicolon)."""
    span = site.tokens
    best: tuple[int, int, Token] | None = None
    for token in span:
        if span.start <= token.head.i < span.end:
            continue  # only tokens that hang outside the quote lead to its governor
        node, steps = token.head, 0
        while steps < _MAX_CLIMB and site.frame.start <= node.i < site.frame.end:
            if (
                not quoted[node.i]
                and is_cue(node)
                and not _introduces_another(node, site, quoted)
                and not _relative(node, quoted)
                and not (partial and _semicolon_between(node, span))
            ):
                key = (steps, _distance(node, span), node)
                best = key if best is None or key[:2] < best[:2] else best
                break
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    if best is not None:
        return best[2]
    for token in span:  # “…,” he said, parsed as a dependant of the quote's verb
        for child in token.children:
            if not quoted[child.i] and is_cue(child) and site.frame.start <= child.i < site.frame.end:
                return child
    return None


def _relative(cue: Token, quoted: bytes) -> bool:
    """A cue the parser gave two subjects, which is a relative clause without its "that": in
    "Nothing the mayor said “calms anyone,” the senator said", the quote says what nothing
    does, not what the mayor said."""
    subjects = [c for c in cue.lefts if c.dep_ == "nsubj" and not quoted[c.i]]
    if cue.dep_ == "relcl" and cue.head.dep_ == "nsubj":  # parsed so, but with no "who" or "that"
        return not any(c.lower_ in RELATIVE_PRONOUNS for c in subjects)
    # "Nothing the mayor said": two subjects side by side, the first the noun the clause is on
    return len(subjects) > 1 and subjects[0].pos_ in ("NOUN", "PRON") and subjects[1].left_edge.i == subjects[0].i + 1


def _complement_of(site: Site, quoted: bytes) -> Token | None:
    """A verb outside the list whose clausal complement the quote is, when its subject can speak:
    “…,” the crowd chanted; not “…” Her arm was pressed."""
    span = site.tokens
    for token in span:
        head = token.head
        if token.dep_ in QUOTE_DEPS and not quoted[head.i] and head.pos_ == "VERB" and _speaks(head, quoted):
            return speaking_verb(head, quoted) if site.frame.start <= head.i < site.frame.end else None
    return None


def _nearest_cue(site: Site, quoted: bytes, speech_only: bool = False) -> Token | None:
    """The cue verb nearest the quote in its sentences; with ``speech_only``, a verb of speaking
    whose subject can speak (for a partial quote, which a verb of characterising would own)."""
    candidates = [
        t
        for t in site.frame
        if not quoted[t.i]
        and is_cue(t)
        and not _introduces_another(t, site, quoted)
        and not _relative(t, quoted)
        and not _semicolon_between(t, site.tokens)
    ]
    if speech_only:
        candidates = [
            t for t in candidates if (lemma(t) in DIRECT_SPEECH_VERBS or is_cue_phrase(t)) and _speaks(t, quoted)
        ]
    return min(candidates, key=lambda t: _distance(t, site.tokens), default=None)


def _semicolon_between(token: Token, span: Span) -> bool:
    """Whether a semicolon parts a cue from the quote: “… making “Oh dear me” squeaks; Tom was
    explaining …” — each clause has its own actor."""
    words = token.doc[token.i + 1 : span.start] if token.i < span.start else token.doc[span.end : token.i]
    return any(t.text == ";" for t in words)


def _introduces_next_paragraph(cue: Token, site: Site, quoted: bytes) -> bool:
    """Whether a cue after the quote ends the quote's paragraph with a comma or a colon, introducing
    the quote that opens the next: “…!” and was hurrying to greet him, when Nora cried out,¶“…”."""
    doc = cue.doc
    if cue.i < site.tokens.end:
        return False
    after = next((t for t in doc[cue.i + 1 : cue.i + _INTRO_REACH] if quoted[t.i]), None)
    if after is None or after.idx < site.paragraph.end:
        return False
    before = previous_word(doc, after.i)
    if before is None or before.i <= cue.i or (before.text not in (",", ":") and before.text not in DASHES):
        return False
    return not any(t.text in CLAUSE_ENDS for t in doc[cue.i + 1 : before.i])  # “…” X tweeted. ¶Y said: “…”


def _introduces_next_quote(cue: Token, site: Site, quoted: bytes) -> bool:
    """Whether a cue after a quote that a cue before it already introduces ends with a colon before
    another quote, whose cue it is: as Ada exclaimed: “…?” she answered calmly: “…”."""
    doc = cue.doc
    if cue.i < site.tokens.end:
        return False
    after = next((t for t in doc[cue.i + 1 : cue.i + _INTRO_REACH] if quoted[t.i]), None)
    before = None if after is None else previous_word(doc, after.i)
    if before is None or before.i <= cue.i or before.text != ":":
        return False
    if any(t.text in CLAUSE_ENDS for t in doc[cue.i + 1 : before.i]):
        return False
    return any(not quoted[t.i] and is_cue(t) for t in doc[site.frame.start : site.tokens.start])


def _introduces_another(cue: Token, site: Site, quoted: bytes) -> bool:
    return _introduces_next_paragraph(cue, site, quoted) or _introduces_next_quote(cue, site, quoted)


def _speaks(verb: Token, quoted: bytes) -> bool:
    subject = subject_of(verb, quoted)
    return subject is not None and can_speak(subject)


def _distance(token: Token, span: Span) -> int:
    return span.start - token.i if token.i < span.start else token.i - span.end + 1
