"""Stage 3b: quotes without a speaker of their own borrow one (attribute/propagate.py)."""

from __future__ import annotations

from spacy.language import Language

from quoteattr.attribute.cues import attribute_site
from quoteattr.attribute.propagate import propagate
from quoteattr.detect.kinds import classify
from quoteattr.types import Attribution, QuoteKind, Rule
from tests.conftest import read


def borrowed(text: str, nlp: Language) -> list[Attribution | None]:
    document, sites = read(text, nlp)
    kinds = [classify(site, document) for site in sites]
    found = [attribute_site(s, document, partial=False) for s in sites]
    return propagate(sites, kinds, found, document)


def test_the_next_quote_in_the_paragraph_borrows_the_speaker(nlp: Language) -> None:
    first, second = borrowed("“We won,” said Ana Ruiz. “Nobody expected it.”", nlp)
    assert first is not None and second is not None and second.mention is not None
    assert (second.mention.text, second.rule) == ("Ana Ruiz", Rule.ADJACENT_QUOTE)
    assert second.cue is None and second.confidence <= first.confidence


def test_a_paragraph_of_quotation_only_takes_the_previous_paragraphs_speaker(nlp: Language) -> None:
    _, second = borrowed("“We won,” said Ana Ruiz.\n\n“Nobody expected it.”", nlp)
    assert second is not None and second.mention is not None
    assert (second.mention.text, second.rule) == ("Ana Ruiz", Rule.PREVIOUS_PARAGRAPH)


def test_a_quote_with_its_own_speaker_keeps_it(nlp: Language) -> None:
    _, second = borrowed("“We won,” said Ana Ruiz. “They lost,” said Bo Lind.", nlp)
    assert second is not None and second.mention is not None and second.mention.text == "Bo Lind"


def test_lines_in_paragraphs_of_their_own_run_on_with_the_speaker(nlp: Language) -> None:
    text = (
        "Ruiz spoke only in slogans during the interview, calling the plan “a winner.”\n\n"
        "“We have to do something.”\n“We have to be tougher.”\n“We are not fighting hard enough.”"
    )
    lines = borrowed(text, nlp)[1:]
    assert all(a is not None and a.mention is not None and a.mention.text == "Ruiz" for a in lines)
    assert {a.rule for a in lines if a is not None} == {Rule.PREVIOUS_PARAGRAPH}


def test_a_partial_quote_shares_the_speaker_of_its_sentence(nlp: Language) -> None:
    text = (
        "Dunmore has described the mayor as “a reckless spendthrift” whose budget “will bankrupt the "
        "city within a decade” and the “deficit” a lie. The “town hall” was full."
    )
    document, sites = read(text, nlp)
    kinds = [classify(site, document) for site in sites]
    found = [
        attribute_site(s, document, partial=kind is QuoteKind.PARTIAL) for s, kind in zip(sites, kinds, strict=True)
    ]
    found[1] = found[2] = found[3] = None  # as when the parser hangs the clause on no cue
    result = propagate(sites, kinds, found, document)
    named = [(a.mention.text, a.rule) if a is not None and a.mention is not None else None for a in result]
    assert named[1] == ("Dunmore", Rule.ADJACENT_QUOTE)
    assert named[2] is None  # one word in marks may be the writer's own scare quote
    assert named[3] is None  # another sentence


def test_a_paragraph_of_quotation_after_a_report_is_the_reporters(nlp: Language) -> None:
    # the parser hangs the verb of speaking below the words reported, and makes those the root
    text = (
        "If anything, Tom Reyes argued in his email, the incident is an illustration of why the board "
        "should adopt new rules.\n\n“After so grave a breach, is it wise to go on as before?”"
    )
    (found,) = borrowed(text, nlp)
    assert found is not None and found.mention is not None
    assert (found.mention.text, found.rule) == ("Tom Reyes", Rule.INTRO_SENTENCE)


def test_a_quote_running_on_into_the_next_paragraph_shares_the_speaker_its_intro_gave(nlp: Language) -> None:
    # The first paragraph of the quote gets its speaker from the sentence before it ("He was
    # angry."); the paragraph the quote runs on into has the same speaker.
    text = (
        "“For a year we sat quietly,” Omar Rahim said. He was angry.\n\n"
        "“They would come to me and say, ‘Mr. Rahim, will we be thrown out?’\n\n"
        "“We walk to class and the others mock us.”\n"
    )
    found = borrowed(text, nlp)
    assert [a.mention.text if a is not None and a.mention is not None else None for a in found][1:] == ["He", "He"]
    assert found[2] is not None and found[2].rule is Rule.SAME_QUOTE
