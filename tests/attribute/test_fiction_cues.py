"""Stage 3 in novels: the cue clauses fiction writes that news does not (attribute/nearby.py,
attribute/cues.py), on texts of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr import Rule
from tests.resolve.test_resolution import direct_speakers


def speakers(text: str, nlp: Language) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)]


@pytest.mark.parametrize(
    "text",
    [
        "“The mill was my father's,” pursued Harrow, “and it will be mine.”",
        "“Would it rain?” Harrow speculated, “or only blow?”",
        "“Not a penny more!” blustered Mr. Harrow.",
    ],
)
def test_any_verb_a_quote_hands_its_sentence_to_reports_it(text: str, nlp: Language) -> None:
    found = quoteattr.attribute(text, nlp=nlp)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Harrow"] * len(found)
    assert all(q.kind.value == "direct" for q in found)  # “…,” pursued X, “and …” resumes the quote


def test_a_quote_ending_its_sentence_hands_nothing_on(nlp: Language) -> None:
    found = quoteattr.attribute("Ada Crane frowned.\n\n“We are late.” Harrow opened the gate.", nlp=nlp)
    assert found[0].rule is not Rule.CUE_VERB


def test_the_one_heard_speaking_is_the_speaker_not_the_hearer(nlp: Language) -> None:
    text = "“I like rubies,” he heard Nora say. “They glow,” Hale heard Ida say."
    assert speakers(text, nlp) == ["Nora", "Ida"]
    # … also when the tagger reads the bare verb of speaking after the name as a noun
    text = "The dance did not end without her overhearing Mr. Pell whisper to his wife, “She has said yes, my dear.”"
    assert speakers(text, nlp) == ["Pell"]
    # but a cue whose sentence ends before the next paragraph's own intro keeps its quote
    text = "“Will he resign?” the nominee, Tom Hale, tweeted on Sunday.\n\nIda Crane said: “There's no magic to it.”"
    assert speakers(text, nlp) == ["Tom Hale", "Ida Crane"]


def test_a_list_of_labels_is_not_a_resumed_quote(nlp: Language) -> None:
    text = "The senator called the vote “rigged,” “corrupt,” and “a disgrace.”"
    assert {q.kind.value for q in quoteattr.attribute(text, nlp=nlp)} == {"partial"}


def test_what_the_quote_was_belongs_to_its_owner(nlp: Language) -> None:
    text = "“Four o'clock?” asked Ann Hale.\n\n“Yes, madam,” was Tom Bright's observation."
    assert speakers(text, nlp) == ["Ann Hale", "Tom Bright"]


def test_a_voice_speaks_for_its_owner(nlp: Language) -> None:
    text = "Ida ran forward.\n\n“Wretched rock!” shouted the voice of old Mr. Ashcroft."
    assert speakers(text, nlp) == ["Ashcroft"]
    text = "Barney Holt stood by the door and listened.\n\n“Thank heaven, he is alive!” cried his heart."
    assert speakers(text, nlp) == ["Barney Holt"]
    # … and so do a brain, a body, a voice before a colon
    text = "Ann Hale stood at the window.\n\nHer brain was racing: “He has not told his father. He does not love me.”"
    assert speakers(text, nlp) == ["Ann Hale"]
    text = "Tom Bright waited in the hall.\n\nThen Mary Cole’s voice rose, clear and angry: “I will not have it, Tom.”"
    assert speakers(text, nlp) == ["Mary Cole"]
    # … also when the parser makes an adjective before the voice its subject: "a firm, child's voice"
    text = "Tom looked about him for help.\n\n“Ah, found you,” said a clear, child's voice. “Come on.”"
    assert "a firm" not in speakers(text, nlp)
    # … and a part of someone that is theirs ("his back"), but not "the head of" a committee
    text = (
        "Tom had swung round and hung his coat over the gate, and with his back to the crowd was grumbling "
        "under his breath, and saying, “All this fuss.”"
    )
    assert speakers(text, nlp) == ["Tom"]
    text = "The head of the party’s rules committee has accused the leaders of a “breach of trust” in the vote."
    assert speakers(text, nlp) == ["the head of the party’s rules committee"]


def test_a_cue_on_the_next_line_of_a_wrapped_paragraph(nlp: Language) -> None:
    text = (
        "Ida said nothing. At present her great aim was to keep out of\n"
        "the story, and she believed that Miss Lark had her on trial.\n\n"
        "“She is modern, though only in the kindest way,”\n"
        " continued Miss Pruett slowly. “Only the shallow would be\n"
        "shocked at her. We spoke for hours about fairness and honesty.”\n"
    )
    assert speakers(text, nlp) == ["Pruett", "Pruett"]


def test_a_clause_whose_subject_cannot_speak_gives_no_speaker(nlp: Language) -> None:
    text = "Tom Harrow took her hand.\n\n“I am glad,” her arm was pressed, “so glad.”"
    assert "her arm" not in {name.lower() for name in speakers(text, nlp) if name}


def test_a_paragraph_ending_on_a_comma_hands_its_cue_to_the_next(nlp: Language) -> None:
    text = (
        "Ida Crane left her party for a short time. Mrs. Pratt\n"
        "immediately whispered to Nora,\n\n"
        "“Find out what she knows, dear. She talks to everyone.”\n"
    )
    assert speakers(text, nlp) == ["Pratt"]


def test_a_cue_ending_a_paragraph_on_a_comma_is_not_the_cue_of_the_quote_before_it(nlp: Language) -> None:
    text = (
        "In a moment afterwards\nNora rapturously exclaimed,\n\n"
        "“It is he; yes, it is; I am sure of it!” and was hurrying to greet him,\nwhen Ida cried out,\n\n"
        "“Indeed, Nora, I think you are mistaken.”\n"
    )
    assert speakers(text, nlp) == ["Nora", "Ida"]
    # but a cue whose sentence ends before the next paragraph's own intro keeps its quote
    text = "“Will he resign?” the nominee, Tom Hale, tweeted on Sunday.\n\nIda Crane said: “There's no magic to it.”"
    assert speakers(text, nlp) == ["Tom Hale", "Ida Crane"]


def test_an_action_beat_with_a_subject_that_cannot_speak_hands_on_the_next_clause(nlp: Language) -> None:
    text = (
        "“Will you come?” asked Tom Harrow.\n\n“No,” said Ida.\n\n"
        "The blood rose to his face and he caught her arm. “Then I go alone.”"
    )
    assert speakers(text, nlp)[-1] == "Tom Harrow"


def test_a_borrowed_subject_hands_on_no_cue(nlp: Language) -> None:
    text = "The lane was long enough to give Nora time only to say,\n\n“Here comes a trial.”\n"
    assert speakers(text, nlp) != ["the lane"]


@pytest.mark.parametrize(
    "text",
    [
        "Sir Walter came to the table where she sat, and with some sternness, said, “It is of no use.”",
        "Walter read the note. And asked, “What is a beaver?”",
    ],
)
def test_a_cue_joined_by_and_shares_the_subject_before_it(text: str, nlp: Language) -> None:
    (quote,) = quoteattr.attribute(text, nlp=nlp)
    assert quote.speaker is not None and quote.speaker.name.endswith("Walter")
    assert quote.rule is Rule.CUE_VERB


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“That is a fault indeed!”--cried Ellen Hale. “A temper that never forgives!”", "Ellen Hale"),
        ("“Come and see,” said Pendleside, mysteriously. It was late.", "Pendleside"),
        ("“You will not wed again, Lady Marsh,” broke in Lord Edgar.", "Edgar"),
        ("While he talked to Isabel, Ellen Hale found an opportunity of saying,\n\n“Is it certain?”", "Ellen Hale"),
        ("The pause was broken by Miss Steele, who seemed bored, and who now said, “Do you like it?”", "Steele"),
        ("Bramble was glad to stop thinking, in order to say “How do you do?” to him.", "Bramble"),
        ("“Shall we go to see Granny?” May suddenly proposed.", "May"),
        ("“He only says smaller,” corrected Nora, sensing a quarrel.", "Nora"),
        # a name before an aside, hung by the parser on the comma before it
        (
            "After waiting by the gate for some minutes, Nora, feeling it due to her brother, went back to "
            "Mr. Pell, and said, “I will not sign it.”",
            "Nora",
        ),
        # "till" read as a preposition: the name before the aside is the one who exclaims
        (
            "He was sorry he had come, till Mrs. Pell, glancing at the clock that ticked on the wall, "
            "exclaimed: “How late he is!”",
            "Pell",
        ),
        # "who" hung by the parser on the place named after the person it means
        (
            "She opened the door, and met Nora in the passage, who, white with anger, cried out,\n\n“Come quickly!”",
            "Nora",
        ),
        # a noun after "the" that the tagger read as a verb
        ("“There is no use in being polite here,” said the first housemaid.", "the first housemaid"),
        # a name ending like a verb, which the parser reads as a clause of "said"
        ("“Every drop,” said Dowling after staring at the fire a long while.", "Dowling"),
        # the name just before a subjectless "said" is whom a clause before went to, not the speaker
        (
            "Mr. Tom Harrow smiled his assent, and stepping forward to Nora, said, in a voice which she only could "
            "hear, “I do not like to see her so near the edge.”",
            "Tom Harrow",
        ),
        # a participle before "said" whose subject the parser took from the verb
        (
            "Nora thought it reasonable. She rated her claims as low as Mrs. Vane could; and when Mr. Tom "
            "Harrow soon afterwards, just opening the door, said, “Nora, at what time shall we go?” she was "
            "astonished.",
            "Tom Harrow",
        ),
    ],
)
def test_cues_the_parser_misreads(text: str, speaker: str, nlp: Language) -> None:
    # a dash between the closing mark and the cue; a name tagged as an adverb; a particle taken
    # for a preposition; a gerund after the noun its clause's subject found; a second relative
    # clause hung on the main verb; "in order to say"; a name the tagger took for a modal ("May");
    # fiction's verbs of proposing and correcting
    assert speakers(text, nlp)[0] == speaker


def test_the_way_someone_spoke_is_no_cue(nlp: Language) -> None:
    text = (
        "“Is it late?” asked Tom.\n\n"
        "“No,”--replied Ruth--soothed by the quiet voice in which he still spoke--"
        "“I should like to stay a little longer.”"
    )
    assert speakers(text, nlp) == ["Tom", "Ruth", "Ruth"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ruth was led over to Mr. Hale. She stood looking at him, and Ann stood by, while he went on thus:\n\n"
            "“Ruth, I have made up my mind.”",
            "Hale",
        ),
        ("Tom spoke of the fair at such length that Mrs. Hale turned to her niece:\n\n“Are you going?”", "Hale"),
        # a verb like "resumed" joined earlier is not the cue when a later one has its own subject
        (
            "The talk died down, and the guests, having resumed their places at the table, Mrs. Pell said:\n\n"
            "“Let us begin.”",
            "Pell",
        ),
    ],
)
def test_a_colon_gives_the_line_to_the_clause_it_ends(text: str, speaker: str, nlp: Language) -> None:
    assert speakers(text, nlp) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hangs the name on an adjective after it: not "calm"
        ('Ivy Hale turned.\n\n"Take back that word," said Ada, ominously calm.', "Ada"),
        # a participle with its own subject just before the cue verb, in a clause about something else
        ("It was raised again at supper, when Mr. Cole joining in, observed,\n\n“The roads are bad.”", "Cole"),
        # a participle joined by "and" to a clause with its own subject
        (
            "The board sat in silence, when Mr. Hale rushed in, and addressing the chairman, said,\n\n"
            "“Sir, the boy has asked for more!”",
            "Hale",
        ),
        # the one whose saying does what a passive verb says
        ("The silence was broken by Ned Hale saying abruptly, “Is old Webb rich?”", "Ned Hale"),
        # a gerund joined to the clause above rather than to the gerund before it
        (
            "Ann Lee left at nine. But never did she go without Mr. Ashby's giving a gentle sigh, and saying, "
            "“Ah, poor Miss Lee!”",
            "Ashby",
        ),
    ],
)
def test_the_speaker_of_a_misparsed_cue_clause(text: str, speaker: str, nlp: Language) -> None:
    assert speakers(text, nlp) == [speaker]


def test_it_speaks_only_by_a_verb_of_speaking(nlp: Language) -> None:
    # a lost apostrophe ("wasn t") leaves a verb the tagger does not know
    text = "Ann Hale rang.\n\n“Burton,” called Henry, “bring the tea!” It wasn t tact, but it served."
    assert speakers(text, nlp) == ["Henry", "Henry"]


def test_a_clause_that_names_the_speaker_before_the_cue_is_not_reported(nlp: Language) -> None:
    text = (
        "The board sat in silence, when Mr. Hale rushed in, and addressing the chairman, said,\n\n"
        "“Sir, the boy has asked for more!”"
    )
    assert [q.kind.value for q in quoteattr.attribute(text, nlp=nlp)] == ["direct"]


def test_a_verb_of_speaking_still_to_come_names_no_speaker(nlp: Language) -> None:
    # "Before Ida could reply": Ida has not replied, so the line stays with the one who wailed it.
    text = "“Who took it?” wailed Nell Price. “Was it you, Ida?” Before Ida could reply, the bell rang."
    assert speakers(text, nlp) == ["Nell Price", "Nell Price"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Very clever," sneered Oakes.', ["Oakes"]),
        ('"Well played," sneered Dunmore. "Take him away."', ["Dunmore", "Dunmore"]),
    ],
)
def test_a_verb_of_speaking_the_tagger_misread_still_names_the_one_after_it(
    text: str, expected: list[str], nlp: Language
) -> None:
    # the tagger reads "sneered" as an adjective on the name: the word's form still says who spoke
    assert speakers(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A pedlar stood at the corner with his tray.\n\n“Fine weather,” said Marsh.\n\n"
            "“Fine for some,” replied the pedlar.",
            ["Marsh", "the pedlar"],
        ),
        (
            "Marsh stopped by an old dealer in hats.\n\n“The street is busy,” said Marsh.\n\n"
            "“Well, I have heard that before,” replied the dealer; “but it soon quietens down.”",
            ["Marsh", "the dealer", "the dealer"],
        ),
    ],
)
def test_a_description_after_a_cue_verb_speaks_though_no_word_list_knows_it(
    text: str, expected: list[str], nlp: Language
) -> None:
    # the verb right after the quote, then "the" and a noun the text spoke of before: whoever it is
    assert speakers(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "His voice altered." opens the line after it as an action beat would: the voice is his
        (
            "Tom looked at Ann across the table.\n\n“Yes, and Mrs. Hale,” she said.\n\n"
            "His voice altered. “Ah! A kind lady.”",
            ["Ann", "Tom"],
        ),
        # the colour is the young man's, and the line after the beat his
        (
            "“So you had met her before?” asked Tom.\n\n"
            "The young man's colour rose again. “I saw her often at her uncle's farm.”",
            ["Tom", "the young man"],
        ),
    ],
)
def test_a_beat_about_a_part_of_someone_is_theirs(text: str, expected: list[str], nlp: Language) -> None:
    assert speakers(text, nlp) == expected


def test_a_speaker_no_one_is_found_for_is_named_by_the_subject_pronoun(nlp: Language) -> None:
    # nobody before "his" fits, and an unknown speaker is "he", not "his"
    assert speakers("His face fell. “That was my last coin.”", nlp) == ["he"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Cheer up, Tom,” said a thin old man who, on account of his long face, was called Gloomy.", "Gloomy"),
        ("The short fair one, called Pim, said: “Don't you be late.”", "Pim"),
        # a voice that calls out a name is not named by it
        ("The same deep voice called out, “Harrow, let the man speak!”", "the same deep voice"),
    ],
)
def test_a_description_is_the_name_it_is_given(text: str, speaker: str, nlp: Language) -> None:
    assert speakers(text, nlp) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("They were ready to leave when Tom stood up, coughed, and said, “Wait.”", "Tom"),
        # not a clause of its own before the cue, nor one after a passive
        ("She went to the window, looked at the garden where the children played, and said, “How late it is.”", "she"),
        (
            "As the crowd began to chant, Ada Cole was joined on stage by Tom Hale and joked, “Be kind, people.”",
            "Ada Cole",
        ),
        ("He held out a letter, which she took, said with a cold look, “Read it.”", "he"),
    ],
)
def test_a_list_of_acts_ending_in_the_cue_is_its_first_acts_subject(text: str, speaker: str, nlp: Language) -> None:
    assert speakers(text, nlp) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Such music is not for the organ, and her hearers began to get restive, and Tom, sharing the boredom, "
            "called out: “Give us a jig instead.”",
            "Tom",
        ),
        # a verb that is no verb of speaking does not take the quote from the cue above it
        (
            "Ada Cole was asked by host Tom Hale, who is backing Cole, but has often dismissed the story about "
            "her letters, “Now, you said that you were tired of the letters.”",
            "Tom Hale",
        ),
    ],
)
def test_a_later_verb_of_speaking_joined_by_and_introduces_the_quote(text: str, speaker: str, nlp: Language) -> None:
    assert speakers(text, nlp) == [speaker]


def test_a_verb_of_speaking_with_its_own_subject_before_the_colon_introduces_the_quote(nlp: Language) -> None:
    text = (
        "“Well, tell me all about the ball, my dears, since I shall hear nothing of it from that silly Nell,” "
        "the grandmother continued; and, as Ada exclaimed: “Cousin Nell? But I thought she was in Bath?” "
        "she answered calmly: “So she was.”"
    )
    assert speakers(text, nlp)[:2] == ["the grandmother", "Ada"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb of speaking past a semicolon is another clause's, with its own actor
        (
            'At the pond everyone pitched in. Ned was hopping from foot to foot and making "Oh dear me" squeaks; '
            "Tom was explaining how the boat had sunk.",
            "Ned",
        ),
        # a name the tagger read as a modal opens the sentence before the line
        ('Her cousin was late again.\n\nMay took the note calmly. "I suppose we must go after all."', "May"),
    ],
)
def test_who_speaks_when_a_clause_is_misread(text: str, speaker: str, nlp: Language) -> None:
    assert direct_speakers(text, nlp) == [speaker]
