"""Stage 4b': the character a description in dialogue means (resolve/characters.py), and names
that only ever modify a noun, on texts of our own."""

from __future__ import annotations

from spacy.language import Language

import quoteattr
from quoteattr.resolve.name_kinds import GROUP, name_kind

SUPPER = (
    "Mrs. Hale had laid the table for two.\n\n"
    "“Is the train late again?” asked Tom Bright, her nephew, as he came in.\n\n"
    "“It is always late,” said his aunt. “Sit down and eat.”\n\n"
    "“I am not hungry.”\n\n"
    "“You will be.”\n\n"
    "“Perhaps.”\n\n"
    "“Eat your soup,” replied his aunt.\n\n"
    "“I will eat it later.”\n\n"
    "“Now.”\n\n"
    "“Yes, aunt,” said the young man.\n"
)


#: Four lines no one is named for: enough to make a text read as dialogue.
WAITING_LINES = "“Is he coming?”\n\n“Not yet.”\n\n“How long?”\n\n“Who knows?”\n\n"


def speakers(text: str, nlp: Language) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)]


def test_a_description_in_dialogue_is_the_character_on_the_scene(nlp: Language) -> None:
    # "his aunt" is a woman and not he (Tom); "the young man" is the man on the scene
    assert speakers(SUPPER, nlp) == ["Tom Bright", "Hale", "Hale"] + ["Tom Bright", "Hale"] * 3 + ["Tom Bright"]


def test_a_description_in_news_stays_a_description(nlp: Language) -> None:
    text = (
        "Tom Bright, the mayor, opened the new bridge on Monday.\n\n"
        "“It took too long,” said the man, who had waited an hour to cross it.\n"
    )
    assert speakers(text, nlp) == ["the man"]


def test_someone_introduced_as_new_stays_a_description(nlp: Language) -> None:
    text = SUPPER.replace(
        "“Yes, aunt,” said the young man.", "A young man knocked and came in.\n\n“Good evening,” said the young man."
    )
    assert speakers(text, nlp)[-1] == "a young man"


def test_the_one_who_spoke_the_paragraph_before_is_not_the_one_described(nlp: Language) -> None:
    text = (
        "Mr. Rudd and Tom Bright sat by the fire.\n\n"
        "“Is the train late again?” asked Mr. Rudd.\n\n"
        "“It is always late.”\n\n"
        "“Then we wait.”\n\n"
        "“We wait.”\n\n"
        "“I hate waiting,” said Tom Bright.\n\n"
        "“So do I,” said the old man.\n"
    )
    assert speakers(text, nlp)[-1] == "Rudd"


def test_a_name_that_only_modifies_a_noun_is_no_one(nlp: Language) -> None:
    text = "Ann Hale put the flowers in a Fenwick vase.\n\n“Where did you get that?” he asked."
    assert speakers(text, nlp) == ["he"]


def test_a_character_known_only_by_a_title_is_the_one_a_pronoun_means(nlp: Language) -> None:
    text = (
        "Alice Lane stood by the door.\n\n"
        "“Who is that?” asked Alice Lane.\n\n"
        "“A friend of mine.”\n\n"
        "“I do not like it.”\n\n"
        "“Nor do I.”\n\n"
        "The Queen only shook her head. “Take it away!” she said.\n"
    )
    assert speakers(text, nlp)[-1] == "the Queen"


def test_a_chapter_heading_is_no_one(nlp: Language) -> None:
    text = (
        "He went home at last, and that was all.\n\n"
        "CHAPTER XVI\n\n"
        "Dinner-parties were made for Mr. Alder and his lady, and invitations flowed in so fast that "
        "she soon had the joy of it.\n\n"
        "“I see how it is,” said she.\n"
    )
    assert speakers(text, nlp) == ["she"]


def test_a_name_mostly_used_as_a_place_is_no_one(nlp: Language) -> None:
    text = (
        "Emma Hale had lived at Fernleigh all her life. Fernleigh was dear to her, "
        "and her sister came back to live at Fernleigh in May.\n\n"
        "“It has not changed,” he said."
    )
    assert speakers(text, nlp) == ["he"]


def test_he_is_never_a_woman_described(nlp: Language) -> None:
    text = "Her sister came back in May.\n\n“It has not changed,” he said."
    assert speakers(text, nlp) == ["he"]


def test_namesakes_are_told_apart_by_their_titles(nlp: Language) -> None:
    text = (
        "Mr. Pell came in. Mrs. Pell looked up from her work.\n\n"
        "“You are late,” said Mrs. Pell.\n\n"
        "“I am,” said Mr. Pell.\n\n"
        "“Why?” she asked.\n\n"
        "“The roads,” he said.\n\n"
        "“And where is Miss Pell?” asked Mrs. Pell.\n\n"
        "“Here, mamma,” said Miss Pell.\n"
    )
    assert speakers(text, nlp) == [
        "Mrs. Pell",
        "Mr. Pell",
        "Mrs. Pell",
        "Mr. Pell",
        "Mrs. Pell",
        "Miss Pell",
    ]


def test_a_man_named_by_his_surname_alone_is_not_the_mrs_of_that_name(nlp: Language) -> None:
    text = (
        "Harrow checked the words that came to his lips.\n\n"
        "“You are late,” said Harrow.\n\n"
        "Mrs. Harrow ran over the list, checking off each name with her pen.\n\n"
        "“I am always late,” she said.\n"
    )
    assert speakers(text, nlp) == ["Harrow", "Mrs. Harrow"]


def test_in_dialogue_she_is_one_known_to_be_a_woman_before_one_who_may_be(nlp: Language) -> None:
    text = SUPPER + (
        "\nBut Ann Derek was in tearing spirits. Her Maharajah would be awfully sick, but she did not mind. "
        "“I do not care,” she said.\n"
    )
    assert speakers(text, nlp)[-1] == "Ann Derek"


def test_a_description_keeps_its_place_in_the_scene(nlp: Language) -> None:
    text = "“The lad will come to grief,” said the gentleman in the grey coat."
    assert speakers(text, nlp) == ["the gentleman in the grey coat"]


def test_in_dialogue_a_role_no_one_was_named_with_stays_a_role(nlp: Language) -> None:
    text = SUPPER + "\nTom Bright rang for the lawyer.\n\n“You sent for me,” said the solicitor.\n"
    assert speakers(text, nlp)[-1] == "the solicitor"


def test_a_capitalised_title_no_one_was_named_with_is_what_the_text_calls_them(nlp: Language) -> None:
    text = "Alice Lane stood by the roses.\n\n“Off with her head!” said the Queen."
    assert speakers(text, nlp) == ["the Queen"]


def test_a_walk_is_a_place(nlp: Language) -> None:
    text = "Ann Hale drove home along Cheyne Walk. Cheyne Walk was dark.\n\n“Here we are!” she said."
    assert speakers(text, nlp) == ["Ann Hale"]


def test_someone_introduced_as_a_man_is_no_she(nlp: Language) -> None:
    text = (
        "Nancy Rudd looked round. A man by the door stood up. The man looked at her.\n\n"
        "“Is there nobody here?” she said."
    )
    assert speakers(text, nlp) == ["Nancy Rudd"]


def test_a_description_as_the_subject_of_narration_is_one_she_can_mean(nlp: Language) -> None:
    text = SUPPER + "\nAnn Lee had come in quietly. The old lady rose from the table. “Good night,” she said.\n"
    assert speakers(text, nlp)[-1] == "Hale"


def test_a_role_or_someone_set_apart_is_not_a_character_on_the_scene(nlp: Language) -> None:
    text = (
        "“Is the Rajah well?” asked Tom Harrow.\n\n"
        "“It always improves,” replied the medicine man.\n\n"
        "“We must wait,” said the woman who had been a nurse."
    )
    assert speakers(text, nlp)[1:] == ["the medicine man", "the woman"]


def test_an_archaic_pronoun_is_no_name(nlp: Language) -> None:
    text = "“I thank Thee for the rain,” prayed Ruth.\n\n“Did I do all right?” she asked."
    assert speakers(text, nlp) == ["Ruth", "Ruth"]


def test_fictions_own_verbs_make_a_text_a_novels(nlp: Language) -> None:
    text = (
        "Tom Harrow and his aunt sat by the fire.\n\n"
        "“It is cold,” cried Tom.\n\n"
        "“It is,” rejoined Aunt Mary.\n\n"
        "“Let us go out,” exclaimed the young man."
    )
    assert speakers(text, nlp)[-1] == "Tom Harrow"


def test_a_description_is_never_the_one_the_line_calls_by_name(nlp: Language) -> None:
    text = (
        "Ida Crane and Nora Vale walked by the river.\n\n"
        "“Where is Tom?” asked Ida.\n\n"
        "“Gone.”\n\n"
        "“Gone where?”\n\n"
        "“Away.”\n\n"
        "“You are a strange creature, Ida,” said the girl."
    )
    assert speakers(text, nlp)[-1] == "Nora Vale"


def test_a_people_is_no_one_a_pronoun_means(nlp: Language) -> None:
    text = (
        "Ruth Ames walked down to the harbour with Nora. An Englishman was selling fish there, "
        "and the French were loading wine.\n\n"
        "“It is late,” she said.\n"
    )
    assert speakers(text, nlp) == ["Ruth Ames"]


def test_a_demonym_is_a_people_unless_a_name_or_title_says_otherwise() -> None:
    from quoteattr.lexicon.names import is_demonym

    assert is_demonym("Indian") and is_demonym("Englishmen") and is_demonym("Anglo-Indians")
    assert not is_demonym("Nora") and not is_demonym("Rome")


def test_a_family_in_the_plural_is_a_group(nlp: Language) -> None:
    doc = nlp("Tom walked toward the Harrows' house with Lucas and Harris.")
    harrows = next(t for t in doc if t.text == "Harrows")
    assert name_kind(doc[harrows.i : harrows.i + 1], [])[0] == GROUP
    lucas = next(t for t in doc if t.text == "Lucas")
    assert name_kind(doc[lucas.i : lucas.i + 1], [])[0] != GROUP  # no "the": a name ending in s


def test_a_common_word_opening_a_sentence_is_no_one(nlp: Language) -> None:
    text = (
        "Tom Lane sat alone; the pain in his side was worse. Pain came over him in waves.\n\n"
        "“I cannot bear it,” he said."
    )
    assert speakers(text, nlp) == ["Tom Lane"]


def test_a_kinship_description_is_the_one_so_titled(nlp: Language) -> None:
    text = (
        "Aunt Hetty had come up for the week. Margaret met Mr. Holloway at the station.\n\n"
        "“Oh, Nora,” cried her aunt the next day, “such a thing has happened.”"
    )
    assert set(speakers(text, nlp)) == {"Aunt Hetty"}


def test_the_old_lady_is_the_one_titled_mrs(nlp: Language) -> None:
    # Ada spoke last, but the old lady is Mrs. Vale rather than Ada
    text = (
        "Mrs. Vale sat by the fire, and Ada sat beside her.\n\n" + WAITING_LINES + "“Not yet,” said Mrs. Vale.\n\n"
        "“Then we wait,” said Ada.\n\n"
        "Ada rose and went to the window.\n\n"
        "“He is always slow,” said the old lady.\n"
    )
    assert speakers(text, nlp)[-1] == "Vale"


def test_a_title_said_alone_is_the_one_so_titled(nlp: Language) -> None:
    text = (
        "Ida went to see Mademoiselle Vernet in her rooms.\n\n"
        "“So you know me at last,” said Mademoiselle.\n\n"
        "“I had not forgotten,” Ida said.\n"
    )
    assert speakers(text, nlp) == ["Vernet", "Ida"]


def test_a_novels_lower_case_title_is_the_one_so_titled_even_named_later(nlp: Language) -> None:
    # "the doctor" speaks before the text names him; James and Jimmy Crane are one inspector
    text = (
        "“Is he asleep?” asked the doctor, coming in with Rose.\n\n“He is,” said Rose.\n\n“Good.”\n\n"
        "“Will he wake?”\n\n“Soon.”\n\n“And you, Miss Rose,” said the doctor, “what do you say?”\n\n"
        "Doctor Loss laughed and sat by the fire.\n\n"
        "“That is Detective Inspector Tom Crane, or Tommy Crane to his friends,” said Rose.\n\n"
        "“Why, it is you!” cried the Inspector.\n"
    )
    found = speakers(text, nlp)
    assert found[0] == found[5] == "Loss" and found[-1] == "Tom Crane"


def test_a_role_set_beside_a_name_is_one_the_text_can_call_them_by(nlp: Language) -> None:
    text = (
        "Mr. Lorne, a surgeon in the town, came in at once.\n\n"
        "“Is she hurt?” asked Rose.\n\n“Not much.”\n\n“Thank God.”\n\n“Will she live?”\n\n"
        "“She will,” said the surgeon, closing the curtain.\n"
    )
    assert speakers(text, nlp)[-1] == "Lorne"


def test_an_adverb_the_parser_made_the_subject_leaves_the_name(nlp: Language) -> None:
    text = "Greta came in.\n\n“We can never be at peace,” said Greta gloomily.\n"
    assert speakers(text, nlp) == ["Greta"]


def test_broke_out_gives_a_line_its_speaker(nlp: Language) -> None:
    text = "“I would hardly say she was wrong,” broke out Mr. Zulfi from the front seat.\n"
    assert speakers(text, nlp) == ["Zulfi"]


def test_her_mother_is_the_one_titled_mrs_of_her_family(nlp: Language) -> None:
    # Mrs. Vale is on the scene too, but Kitty's mother is the Mrs. of her own family
    text = (
        "Miss Kitty Hale came down late. Mrs. Hale and Mrs. Vale were at the table.\n\n"
        + WAITING_LINES
        + "“Not yet,” said Mrs. Vale.\n\n"
        "“You are very late,” Kitty's mother said.\n\n"
        "“I could not sleep,” said Kitty.\n"
    )
    assert speakers(text, nlp)[-2:] == ["Hale", "Kitty Hale"]


def test_her_mother_with_no_family_name_to_go_by_is_the_mrs_named_last(nlp: Language) -> None:
    # Sarah has no surname in the text; of the two Mrs., Mrs. Hale is the one named last
    text = (
        "Mrs. Vale had called in the morning and gone.\n\n"
        + WAITING_LINES
        + "Mr. and Mrs. Hale sat by the fire, and Sarah sat between them, wondering.\n\n"
        "“You are very quiet,” said her mother.\n\n"
        "“I am only tired,” said her father.\n"
    )
    assert speakers(text, nlp)[-2:] == ["Hale", "her father"]


def test_a_name_only_gone_to_or_that_only_is_is_no_she(nlp: Language) -> None:
    # Florence is a woman's name, but here only a place; "Overhead" only "was"
    text = (
        "Lucy Honey sat by the window.\n\n“Is he coming?”\n\n“Not yet.”\n\n“How long?”\n\n“Who knows?”\n\n"
        "She thought of that last evening at Florence, when they had packed in his room. "
        "Overhead was a long canopy of bloom.\n\n"
        "“It is all right,” she said.\n"
    )
    assert speakers(text, nlp)[-1] == "Lucy Honey"


def test_a_passer_by_introduced_plainly_is_not_the_young_man(nlp: Language) -> None:
    # "the young man" says more than "a man" did: someone the text knew before, not the passer-by
    text = (
        "Tom Bright drove the motor slowly through the village.\n\n"
        "“Is it far?”\n\n“Not far.”\n\n“How far?”\n\n“A mile.”\n\n"
        "Then a man ran out of the baker's with a tray of loaves.\n\n"
        "“I am sorry to be so dense,” said the young man.\n"
    )
    assert speakers(text, nlp)[-1] == "Tom Bright"


def test_this_lady_is_the_woman_just_named(nlp: Language) -> None:
    text = (
        WAITING_LINES + "“I will not wait,” said Daisy Lowe, and walked off with her friend.\n\n"
        "Tom showed the letter to Mrs. Hale. This lady read it twice, and then she said:\n\n"
        "“That girl is always late.”\n"
    )
    assert speakers(text, nlp)[-1] == "Hale"


def test_a_description_goes_back_to_the_newcomer_it_first_described(nlp: Language) -> None:
    text = (
        WAITING_LINES
        + "Tom Crane walked to the gate with Ida Lowe. “Where does Mr. Vale live?” he asked.\n\n"
        + "“I'll show you,” said a little girl, jumping down from the wall.\n\n"
        + "They followed her along the lane, past the mill and the old church, and over the bridge "
        + "that the river had half carried away in the spring. The houses grew fewer. "
        + "Ida wondered whether Mr. Vale would see them at all, and what she would say to him if he did. "
        + "She had written to him twice in the winter and once in the spring, and he had answered neither "
        + "letter, though his sister had sent a card at Easter to say that he was well and busy with the farm. "
        + "The lane turned, and climbed, and turned again between high hedges full of birds.\n\n"
        + "“That is his house,” said the girl.\n"
    )
    assert speakers(text, nlp)[-1] in ("the girl", "a little girl")  # not Ida, the woman on the scene


def test_a_description_is_not_the_person_named_beside_it(nlp: Language) -> None:
    text = WAITING_LINES + (
        "Tom lay in the mud, looking wildly round at the faces above him, when the old gentleman was "
        "dragged into the ring by the first of the runners.\n\n"
        "“Yes,” said the gentleman, “I fear this is the lad.”\n\n"
        "“Poor fellow!” said the gentleman."
    )
    assert speakers(text, nlp)[-3:] == ["the gentleman"] * 3
