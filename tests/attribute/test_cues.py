"""Stage 3: a quote's cue verb and speaker mention from its own sentence (attribute/cues.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr.attribute.cues import attribute_site
from quoteattr.types import Rule
from tests.conftest import read


@pytest.mark.parametrize(
    ("text", "mention", "cue", "rule"),
    [
        ("“We will rebuild,” Mayor Linda Park said.", "Mayor Linda Park", "said", Rule.CUE_VERB),
        ("“Who will pay?” asked Councillor Helen Brook.", "Councillor Helen Brook", "asked", Rule.CUE_VERB),
        ("“It works,” according to the report.", "the report", "according", Rule.ACCORDING_TO),
        ("Ana Ruiz was blunt: “It is over.”", "Ana Ruiz", None, Rule.COLON_INTRO),
        ("“Not again,” eagerly replied Mrs. Hale.", "Mrs. Hale", "replied", Rule.CUE_VERB),
        (
            "Sir Tobias paused, half smiled, looked at his cousin, and then gravely replied, “She will stay.”",
            "Sir Tobias",
            "replied",
            Rule.CUE_VERB,
        ),
        ("She turned.\n\n“Tell yer what?” asked the sleepy Noah, yawning.", "the sleepy Noah", "asked", Rule.CUE_VERB),
        ("“Now, miss!” said a neatly-dressed woman, leaning out.", "a neatly-dressed woman", "said", Rule.CUE_VERB),
        ("Mr. Hale took her hand and said in reply,\n\n“Do not be uneasy.”", "Mr. Hale", "said", Rule.CUE_VERB),
        ("After a pause, Mr. Hale presumed to say —\n\n“All is well.”", "Mr. Hale", "say", Rule.CUE_VERB),
        (
            "The Herald printed the claims in May, and the union responded: “Nobody here believes that.”",
            "the union",
            "responded",
            Rule.CUE_VERB,
        ),
        ("“Never again.” — Governor Teresa Alvarez", "Governor Teresa Alvarez", None, Rule.DASH),
    ],
)
def test_speaker_from_the_quotes_own_sentence(
    text: str, mention: str, cue: str | None, rule: Rule, nlp: Language
) -> None:
    document, (site,) = read(text, nlp)
    found = attribute_site(site, document, partial=False)
    assert found is not None and found.mention is not None
    assert (found.mention.text, found.cue.text if found.cue is not None else None, found.rule) == (mention, cue, rule)


def test_a_partial_quote_takes_the_subject_of_a_verb_of_characterising(nlp: Language) -> None:
    document, (site,) = read("The senator called the bill “a disgrace to this chamber”.", nlp)
    found = attribute_site(site, document, partial=True)
    assert found is not None and found.mention is not None
    assert (found.mention.text, found.rule) == ("The senator", Rule.NARRATION_SUBJECT)


def test_a_quote_with_no_cue_in_its_sentence_has_no_attribution_of_its_own(nlp: Language) -> None:
    document, (site,) = read("The hall fell silent. “We are done.”", nlp)
    assert attribute_site(site, document, partial=False) is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Trump further summed up his rival as “terrible, just terrible.”", "Trump"),
        ("At one point the crowd loudly reprised the chant “Lock her up!” again.", "the crowd"),
        # a verb of speaking that names no one does not stop the one who acts
        ("Lopez talked up her “every-county plan,” promising to campaign in each town this fall.", "Lopez"),
        # the quote is in the subject's own relative clause, not a name for the subject
        ("Smith, who has styled himself as the “people's mayor,” has taken a hard line on crime.", "Smith"),
    ],
)
def test_a_partial_quote_without_a_cue_is_given_to_the_one_who_acts(text: str, mention: str, nlp: Language) -> None:
    document, (site,) = read(text, nlp)
    found = attribute_site(site, document, partial=True)
    assert found is not None and found.mention is not None
    assert (found.mention.text, found.rule) == (mention, Rule.NARRATION_SUBJECT)


@pytest.mark.parametrize(
    "text",
    [
        "The government’s “levelling up plan” has been quietly dropped.",  # the quote names the subject
        "The “reform package” was rejected by the senators.",  # a passive subject gives no words
        # a label the subject's clause only registers under, and a list item after "including"
        "Those voters, who officially register as “undeclared,” can decide the race.",
        "The judge ordered the release of the documents, including “playbooks” that advised the staff.",
    ],
)
def test_a_partial_quote_inside_its_subject_is_given_to_no_one(text: str, nlp: Language) -> None:
    document, (site,) = read(text, nlp)
    found = attribute_site(site, document, partial=True)
    assert found is None or found.mention is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“Whose name?” returned Tom.", "Tom"),  # a verb of fiction's dialogue
        ("“Then please let us go home,” cried Clara, quite alarmed.", "Clara"),
        ("“You have not been here a day,” said Whitlock, smiling.", "Whitlock"),
        ("“Will you walk with us?” Ida asked. They went out.", "Ida"),  # the cue in a sentence of its own
    ],
)
def test_the_speaker_named_after_the_quote(text: str, mention: str, nlp: Language) -> None:
    document, (site, *_) = read(text, nlp)
    found = attribute_site(site, document, partial=False)
    assert found is not None and found.mention is not None and found.mention.text == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # the parser hung the cue under the quote's clause: the nearest verb of speaking decides
        ("Days after Trump told the Post he was “not quite there yet” on the deal, he left.", "Trump"),
        ("Putting the play together, Tully said, allowed him to “find the quiet within.”", "Tully"),
    ],
)
def test_a_partial_quote_takes_the_nearest_verb_of_speaking(text: str, mention: str, nlp: Language) -> None:
    document, (site,) = read(text, nlp)
    found = attribute_site(site, document, partial=True)
    assert found is not None and found.mention is not None and found.mention.text == mention


def test_as_she_put_it_is_a_cue(nlp: Language) -> None:
    document, (site,) = read("As Vulture put it, “Hello, it is the Biebs.”", nlp)
    found = attribute_site(site, document, partial=False)
    assert found is not None and found.mention is not None and found.mention.text == "Vulture"


def test_the_name_before_an_aside_speaks_when_the_parser_hung_it_on_the_quote(nlp: Language) -> None:
    # The parser makes "Lowry" the object of "had" inside the quote, and "said" is left with no
    # subject; the name just before the aside set off by commas ("wearing …") is the speaker.
    text = (
        "“We have had better weeks,” Ned Lowry, wearing a straw hat and a “Vote Cole” pin, said quietly"
        " as the band played."
    )
    document, sites = read(text, nlp)
    found = attribute_site(sites[0], document, partial=False)
    assert found is not None and found.mention is not None and found.mention.text == "Ned Lowry"


def test_a_cue_ending_in_a_colon_before_the_next_quote_is_that_quote_s(nlp: Language) -> None:
    # "she answered placidly:" hands the next line on; the line before already has its cue
    text = (
        "“Tell me all about the dance,” Granny Moss went on; and, as May exclaimed: “Aunt Ida? "
        "But I thought she had sailed?” she answered placidly: “So she has.”"
    )
    names = [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)]
    assert names[1] == "May"


def test_a_participle_the_parser_made_the_quote_s_subject_is_the_act_of_the_clause_before(nlp: Language) -> None:
    text = "Singer Ada Cole shared the news online on Friday, writing “Feels great to be back home.”"
    assert [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)] == ["Ada Cole"]
