"""Stage 4c: turn-taking in conversations (resolve/dialogue/), on texts of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

import quoteattr
from quoteattr import Rule
from quoteattr.lexicon.pronouns import NARRATOR
from quoteattr.resolve.dialogue import Line, name_the_narrator, scene_breaks, take_turns
from quoteattr.types import Gender, Quote, QuoteKind, SourceKind, Speaker, TextSpan
from tests.conftest import read

EXCHANGE = (
    "The rain had not stopped since noon.\n\n"
    "“Will you come to the fair?” asked Nora.\n\n"
    "“Perhaps.”\n\n"
    "“Only perhaps?”\n\n"
    "“Yes, only perhaps. I have letters to write.”\n\n"
    "“Then I shall go alone,” said Ida.\n\n"
    "“You will not.”\n\n"
    "“I will, Nora, and you cannot stop me.”\n"
)


#: Four lines no one is named for: enough to make a text read as dialogue.
UNNAMED_LINES = "“Is it late?”\n\n“No.”\n\n“Good.”\n\n“Why?”\n\n"


def speakers(text: str, nlp: Language) -> list[tuple[str | None, str]]:
    return [(q.speaker.name if q.speaker else None, q.rule.value) for q in quoteattr.attribute(text, nlp=nlp)]


def test_unattributed_lines_alternate_between_the_two_parties(nlp: Language) -> None:
    assert speakers(EXCHANGE, nlp) == [
        ("Nora", "cue-verb"),
        ("Ida", "turn-taking"),  # the second party is named only further on
        ("Nora", "turn-taking"),
        ("Ida", "turn-taking"),
        ("Ida", "cue-verb"),
        ("Nora", "turn-taking"),
        ("Ida", "turn-taking"),
    ]


def test_a_line_that_calls_a_party_by_name_is_the_other_partys(nlp: Language) -> None:
    text = EXCHANGE.replace("“You will not.”\n\n", "")
    names = [name for name, _ in speakers(text, nlp)]
    assert names[-1] == "Ida"  # “I will, Nora, …” is not Nora's, though her turn would be next


def test_news_quote_paragraphs_keep_their_speaker(nlp: Language) -> None:
    text = (
        "The council met on Monday.\n\n"
        "“We will rebuild the bridge,” said Mayor Ana Ruiz.\n\n"
        "“It will take two years.”\n\n"
        "“We have the money,” said the treasurer, Tom Hale.\n\n"
        "“The budget is sound.”\n"
    )
    assert [name for name, _ in speakers(text, nlp)] == ["Ana Ruiz", "Ana Ruiz", "Tom Hale", "Tom Hale"]
    assert Rule.TURN_TAKING not in [q.rule for q in quoteattr.attribute(text, nlp=nlp)]


def test_a_first_person_narrator_is_the_narrator_and_takes_the_name_others_call_them(nlp: Language) -> None:
    assert [q.speaker.name for q in quoteattr.attribute("“No,” I said.", nlp=nlp) if q.speaker] == ["the narrator"]
    text = (
        "We sat down at the table by the window.\n\n"
        "“Jack, you look tired,” Kate said.\n\n"
        "“I am tired,” I said.\n\n"
        "“Go to bed then, Jack,” Ned said.\n"
    )
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker] == ["Kate", "Jack", "Ned"]


def test_a_role_of_rank_finds_its_character(nlp: Language) -> None:
    text = "Count Orsini came in with a cigar.\n\n“Very nice,” the count said."
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker] == ["Orsini"]


def test_the_one_a_line_calls_by_name_answers_it(nlp: Language) -> None:
    text = (
        "The carriage stopped at the inn.\n\n"
        "“I am tired,” said Lady Ashby.\n\n"
        "“Rest then,” said Tom.\n\n"
        "“I cannot.”\n\n"
        "“Then walk.”\n\n"
        "“Peter Alexandrovich, walk on ahead,” she cried.\n\n"
        "“I will go at once.”\n"
    )
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker][-1] == "Peter Alexandrovich"


def test_the_one_a_line_calls_by_name_in_its_middle_answers_it(nlp: Language) -> None:
    text = (
        "Tom, Mary and Jane sat in the garden.\n\n"
        "“Is it far?” asked Tom.\n\n"
        "“Not very,” said Mary.\n\n"
        "“And you, Jane, will you come?”\n\n"
        "“I shall stay here.”\n\n"
        "“Then we go alone.”\n"
    )
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker][-2:] == ["Jane", "Tom"]


def test_a_name_in_the_middle_of_a_line_calls_someone_unless_it_renames() -> None:
    from quoteattr.resolve.dialogue.vocatives import inner_vocatives

    assert inner_vocatives("And you, Jane, will you come?") == ["Jane"]
    assert inner_vocatives("Is not there a word wanted, Miss Lisle, in our language?") == ["Miss Lisle"]
    assert inner_vocatives("An old friend of ours, Contessa Bella, has two sons.") == []  # apposition
    assert inner_vocatives("Harrow, Tom Harrow, was the name I heard.") == []  # the name again
    assert inner_vocatives("I saw Mr. Hale in town.") == []


def test_vocatives_at_either_end_of_a_line() -> None:
    from quoteattr.resolve.dialogue import vocative

    assert vocative("Peter Alexandrovich, walk on ahead.") == "Peter Alexandrovich"
    assert vocative("Go to bed, Hal.") == "Hal"
    assert vocative("Mr. Harris!") == "Mr. Harris"
    assert vocative("Yes, I will.") is None and vocative("Well, then.") is None
    assert vocative("On Monday, the 9th May, you went to the bank?") is None  # a date calls no one


def test_a_list_of_names_or_a_bare_answer_calls_no_one() -> None:
    from quoteattr.resolve.dialogue import called

    assert called("Go to bed, Hal, and sleep.") == ["Hal"]
    assert called("Hal!") == ["Hal"]
    assert called("Oregon City.") == []  # “Where are you from?” — an answer
    assert called("I been in Boston, Chicago, Oregon City, Omaha, Reno.") == []
    # a name opening the line's last sentence calls someone; a word that is no name does not
    assert called("You are patient--but I am not. Nora, I have news.") == ["Nora"]
    assert called("It was late. They're sailors, all of them.") == []


def test_she_who_answers_is_the_one_called_at_the_start_of_the_last_sentence(nlp: Language) -> None:
    # Ruth is the last woman the narration names, but the line before called on Nora
    text = (
        '"He is a lucky fellow!" exclaimed Mr. Hale. "Everything goes his way."\n\n'
        '"You sound jealous of him," returned Nora.\n\n"Perhaps I am."\n\n'
        "Nora could say no more. Just then Ruth came in with the tea. She set the tray down by the fire and "
        "was turning to go, when Mr. Hale startled them both by saying,\n\n"
        '"You will not ask me why.--You are patient--but I am not patient. Nora, I have something to say '
        'that you will not like."\n\n"Oh, then do not say it," she cried. "Give it some thought."\n'
    )
    assert [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)][-2:] == ["Nora", "Nora"]


def test_the_one_a_line_was_said_to_answers_it(nlp: Language) -> None:
    text = (
        "The fire had gone out.\n\n"
        "“Is it late?” asked Harry.\n\n"
        "“Not yet.”\n\n"
        "“Then stay.”\n\n"
        "“I cannot,” said Harry to Ron. “The gates close at ten.”\n\n"
        "“Go, then.”\n"
    )
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker][-1] == "Ron"


def test_a_capitalised_word_that_names_no_one_calls_no_one(nlp: Language) -> None:
    text = (
        "The detective, Mr. Jones, was waiting in the library when Maurice Hale came in.\n\n"
        "“I have some more news,” said Jones.\n\n"
        "“Out with it,” said Maurice.\n\n"
        "“First, let me ask you about your butler.”\n\n"
        "“Ask away.”\n\n"
        "“Did he have money of his own?”\n\n"
        "“Certainly not.”\n"
    )
    # “First, …” calls nobody “First”: the lines go on alternating
    names = [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker]
    assert names[2:] == ["Jones", "Maurice Hale", "Jones", "Maurice Hale"]


def test_an_adverb_the_tagger_took_for_a_name_cannot_speak(nlp: Language) -> None:
    from quoteattr.attribute.syntax import can_speak

    doc = nlp("She sat in the shadow of a great rock, near the dried-up mud.\nSmoothly the voice proceeded.")
    smoothly = next(t for t in doc if t.text == "Smoothly")
    assert (smoothly.pos_, smoothly.dep_) == ("PROPN", "advmod")  # the tagger's reading
    assert not can_speak(smoothly)


def test_a_conversation_with_most_lines_attributed_still_takes_turns(nlp: Language) -> None:
    lines = [
        "“Will you be my friend?” asked Ruth.",
        "“I guess so,” said Clara.",
        "“Will you swear it?” asked Ruth.",
        "“It is wicked to swear,” said Clara.",
        "“Not my kind of swearing.”",  # Ruth's: a new paragraph is a new speaker
        "“I only ever knew the one kind,” said Clara.",
        "“There really is another.”",
        "“Well, I don't mind,” said Clara.",
        "“Then join hands,” said Ruth.",
        "“Like this?” asked Clara.",
        "“Just so,” said Ruth.",
        "“And now?” asked Clara.",
        "“Now we swear.”",
    ]
    text = "Ruth and Clara stood in the garden.\n\n" + "\n\n".join(lines) + "\n"
    names = [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker]
    assert [names[4], names[6], names[12]] == ["Ruth", "Ruth", "Ruth"]


def test_an_interjection_is_no_part_of_a_name(nlp: Language) -> None:
    text = "“Oh, Wilma, look!” cried Ruth.\n\n“Nonsense,” said Oh Wilma."
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker] == ["Ruth", "Wilma"]


def test_the_narrator_takes_the_full_name_the_others_call_them(nlp: Language) -> None:
    text = (
        "The old lady looked at me.\n\n"
        "“Come here, Peter Alexandrovich,” said the old lady.\n\n"
        "“I am here,” I said.\n\n"
        "“Then walk on ahead, Peter Alexandrovich.”\n\n"
        "“As you wish.”\n\n"
        "“And do not dawdle.”\n\n"
        "“I never dawdle,” I said.\n\n"
        "“You do, Peter Alexandrovich.”\n"
    )
    quotes = quoteattr.attribute(text, nlp=nlp)
    assert {q.speaker.name for q in quotes if q.speaker and q.content.text.startswith("I ")} == {"Peter Alexandrovich"}


def test_places_named_with_a_place_word_are_no_one(nlp: Language) -> None:
    text = "They drove up the Great North Road past Harlow Place.\n\n“We shall be late,” she said."
    assert [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)] == ["she"]


def test_more_of_fictions_speech_verbs(nlp: Language) -> None:
    text = "“I hope nothing went wrong,” quavered Mrs. Budd. “Her letter read that way.”"
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker] == ["Budd", "Budd"]


def test_the_one_a_line_calls_answers_it_before_anyone_is_named_speaking(nlp: Language) -> None:
    text = (
        "The stable yard was quiet when Ben Hobbs came in.\n\n"
        "“Hobbs, I was thinking about the pony.”\n\n"
        "“Yes, sir?”\n\n"
        "“Will you sell her?”\n\n"
        "“I will, sir.”\n"
    )
    second = quoteattr.attribute(text, nlp=nlp)[1]
    assert second.speaker is not None and second.speaker.name.endswith("Hobbs")
    assert second.rule is Rule.TURN_TAKING


def test_an_endearment_is_no_part_of_a_name(nlp: Language) -> None:
    text = "“Darling Ted, you are late,” said Greta.\n\n“I am sorry,” said Ted."
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker] == ["Greta", "Ted"]


def test_was_her_answer_is_hers(nlp: Language) -> None:
    text = "Ann Hale sat down.\n\n“Not at all,” was her answer.\n\n“Yes,” was Tom Bright's humble answer."
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker] == ["Ann Hale", "Tom Bright"]


def test_the_other_is_the_other_party(nlp: Language) -> None:
    names = [name for name, _ in speakers(EXCHANGE + "\n“Then go,” said the other.\n", nlp)]
    assert names[-1] == "Nora"


def test_the_second_party_may_be_the_one_the_narration_names(nlp: Language) -> None:
    text = (
        "“I saw Ellen yesterday,” said Carver.\n\n"
        "May Holt looked at him and did not answer at once.\n\n"
        "“So she did not tell you then?”\n\n"
        "“No; she sent me a card this morning.”\n\n"
        "“May I see it?”\n"
    )
    assert [name for name, _ in speakers(text, nlp)] == ["Carver", "May Holt", "Carver", "May Holt"]


def test_once_is_enough_for_a_full_name_to_name_the_narrator(nlp: Language) -> None:
    text = "“Come here, Peter Alexandrovich,” said the old lady.\n\n“I am here,” I said.\n"
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker][-1] == "Peter Alexandrovich"


def test_he_in_a_novel_never_means_a_name_that_never_acts(nlp: Language) -> None:
    text = (
        "Tom Harrow had bought a little Leaning Tower.\n\n"
        "“Where were you?” asked Ann.\n\n"
        "“Out.”\n\n"
        "“Where?”\n\n"
        "“Nowhere.”\n\n"
        "The music stopped. Ann put down the Leaning Tower.\n\n"
        "“It is late,” he said.\n"
    )
    assert speakers(text, nlp)[-1] == ("Tom Harrow", "cue-verb")


def test_a_novels_given_names_alone_tell_a_gender(nlp: Language) -> None:
    text = (
        "Rupert came into the room where Celia sat.\n\n"
        "“Are you reading?” asked Rupert.\n\n"
        "“No.”\n\n"
        "“Then come out.”\n\n"
        "“Not yet.”\n\n"
        "Rupert stood by the window, and Celia sat down.\n\n"
        "“I shall wait,” she said."
    )
    assert speakers(text, nlp)[-1] == ("Celia", "cue-verb")


def test_a_pronoun_opening_a_new_paragraph_is_not_the_last_speaker(nlp: Language) -> None:
    text = (
        "Helen Moss and Margaret Lane sat by the fire.\n\n"
        "“Where is the train?” asked Helen.\n\n"
        "“Late.”\n\n"
        "“Again?”\n\n"
        "“Again.”\n\n"
        "“How late?”\n\n"
        "“An hour.”\n\n"
        "“There was a dining car on that train,” said Helen.\n\n"
        "“Don't be absurd,” she said."
    )
    assert speakers(text, nlp)[-1] == ("Margaret Lane", "cue-verb")


def test_a_pronoun_never_means_the_one_the_line_calls_by_name(nlp: Language) -> None:
    text = "Nora Vale ran up to Ida Crane at the gate.\n\n“You are the dearest girl in the world, Nora,” she said."
    assert speakers(text, nlp) == [("Ida Crane", "cue-verb")]


def test_an_action_beat_takes_a_turn_in_the_exchange(nlp: Language) -> None:
    text = (
        "Nan Hooper came in with the towels.\n\n"
        "“He called me a silly old goose, madam,” said Nan Hooper.\n\n"
        "Vera Lomax choked into her cup. “He said that?”\n\n"
        "“Repeatedly.”\n\n"
        "“Oh dear.”\n\n"
        "“And he danced in front of me.”\n\n"
        "“How dreadful.”\n"
    )
    names = [name for name, _ in speakers(text, nlp)]
    assert names[2:] == ["Nan Hooper", "Vera Lomax", "Nan Hooper", "Vera Lomax"]


@pytest.mark.parametrize(
    ("text", "narrator"),
    [
        # a full name called inside a line beside the narrator's names them
        (
            "“For heaven's sake, Peter Alexandrovich, do stop this!” he muttered.\n\n“I will not,” I said.\n",
            "Peter Alexandrovich",
        ),
        # … unless the narration uses it: another's name, or an address
        (
            "Dale closed one eye knowingly.\n\n“I doubt you recall me, Inspector Dale,” said Renard.\n\n"
            "“You know him?” I whispered.\n",
            "the narrator",
        ),
        (
            "We drove through the fog to Pelham Lane. Keller was waiting.\n\n"
            "“Go down to No. 3, Pelham Lane, and wake the man,” said Keller.\n\n“I will go now,” I said.\n",
            "the narrator",
        ),
    ],
)
def test_a_full_name_called_in_a_line_names_the_narrator_when_the_narration_never_uses_it(
    text: str, narrator: str, nlp: Language
) -> None:
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker][-1] == narrator


def test_the_narrator_takes_a_full_name_the_narration_never_uses(nlp: Language) -> None:
    text = (
        "I went down to the hotel, where the General was waiting.\n\n"
        "“Walk on in front of me, Pavel Andreich,” said the General.\n\n"
        "I walked on. Vera came out to meet us on the steps.\n\n"
        "“Where have you been?” said Vera.\n\n"
        "“At the Casino,” said the General.\n\n"
        "“Good-bye, Pavel Andreich,” said Vera, and went in.\n\n"
        "The General took my arm.\n\n"
        "“Come,” said the General.\n\n"
        "“Good-bye,” I said.\n"
    )
    assert speakers(text, nlp)[-1][0] == "Pavel Andreich"


def test_a_speaker_who_goes_on_acting_after_her_line_may_speak_again(nlp: Language) -> None:
    text = (
        "Ida Crane and Tom Harrow walked up the hill.\n\n"
        "“Where are we?” asked Tom.\n\n"
        "“Lost.”\n\n"
        "“Truly?”\n\n"
        "“Truly.”\n\n"
        "“Then what?”\n\n"
        "“Do you think me a stranger here?” asked Ida. She then led him up the path.\n\n"
        "“I grew up here,” she said."
    )
    assert speakers(text, nlp)[-1] == ("Ida Crane", "cue-verb")


def test_the_second_party_may_be_named_by_the_narration_before_the_last_line(nlp: Language) -> None:
    text = (
        "Ruth Holt sat at the window with her work.\n\n"
        "The afternoon was long, and the street below was quiet.\n\n"
        "“Are you going out?” asked Tom Harrow.\n\n"
        "“Not today.”\n\n"
        "“Then I shall stay.”\n\n"
        "“Stay, then.”\n\n"
        "“I will.”\n"
    )
    assert [name for name, _ in speakers(text, nlp)][1:] == ["Ruth Holt", "Tom Harrow", "Ruth Holt", "Tom Harrow"]


def test_a_speech_over_several_paragraphs_is_no_exchange(nlp: Language) -> None:
    text = (
        "Activist Morgan Pell put his questions to the candidates:\n\n"
        "“Has the mayor a record of leading?\n\n"
        "“Is the mayor surrounded by people of sound judgement?\n\n"
        "“Are the candidate's stated positions sound?\n\n"
        "“Will the candidate hold firm when the heat is on?”\n\n"
        "Pell spoke at Freedom Hall on Tuesday, where Liberty Cole introduced him.\n"
    )
    assert {name for name, _ in speakers(text, nlp)} == {"Morgan Pell"}


def test_a_line_calling_mr_x_can_still_be_mrs_xs(nlp: Language) -> None:
    text = (
        "Mr. Pell came home late, and Mrs. Pell was waiting in the hall.\n\n"
        "“I'll tell you what, Mr. Pell,” she said. “You are late.”"
    )
    assert speakers(text, nlp)[0] == ("Mrs. Pell", "cue-verb")


def _line(paragraph: int, speaker: Speaker | None = None, rule: Rule = Rule.NONE) -> Line:
    text = f"line {paragraph}"
    return Line(Quote(TextSpan(0, len(text), text), QuoteKind.DIRECT, speaker, None, rule), paragraph, True)


def test_a_description_of_the_other_partys_gender_is_the_other_party() -> None:
    tom = Speaker("Tom Harrow", kind=SourceKind.PERSON, gender=Gender.MALE)
    ann = Speaker("Ann", kind=SourceKind.PERSON, gender=Gender.FEMALE)
    sister = Speaker("his sister", kind=SourceKind.UNNAMED, gender=Gender.FEMALE)
    lines = [
        _line(0, ann, Rule.CUE_VERB),
        _line(1, tom, Rule.CUE_VERB),
        _line(2),
        _line(3),
        _line(4, sister, Rule.CUE_VERB),  # “…,” said his sister: Ann, whose turn it is
        _line(5),
    ]
    names = [q.speaker.name if q.speaker else None for q in take_turns(lines)]
    assert names == ["Ann", "Tom Harrow", "Ann", "Tom Harrow", "Ann", "Tom Harrow"]


def test_a_description_that_fits_no_party_stays_someone_new() -> None:
    tom = Speaker("Tom Harrow", kind=SourceKind.PERSON, gender=Gender.MALE)
    ann = Speaker("Ann", kind=SourceKind.PERSON, gender=Gender.FEMALE)
    lines = [
        _line(0, ann, Rule.CUE_VERB),
        _line(1, tom, Rule.CUE_VERB),
        _line(2),
        _line(3),
        # Ann's turn, but she is no man; and "a young man" is someone new whatever his gender
        _line(4, Speaker("the old man", kind=SourceKind.UNNAMED, gender=Gender.MALE), Rule.CUE_VERB),
        _line(5, Speaker("a young woman", kind=SourceKind.UNNAMED, gender=Gender.FEMALE), Rule.CUE_VERB),
    ]
    names = [q.speaker.name if q.speaker else None for q in take_turns(lines)]
    assert names[4:] == ["the old man", "a young woman"]


def test_an_unresolved_he_is_the_party_who_is_a_man() -> None:
    tom = Speaker("Tom Harrow", kind=SourceKind.PERSON, gender=Gender.MALE)
    ann = Speaker("Ann", kind=SourceKind.PERSON, gender=Gender.FEMALE)
    he = Speaker("he", kind=SourceKind.UNNAMED)
    lines = [
        _line(0, ann, Rule.CUE_VERB),
        _line(1, tom, Rule.CUE_VERB),
        _line(3, he, Rule.CUE_VERB),  # Ann's turn, but “…,” he continued: Tom goes on
        _line(4),
    ]
    names = [q.speaker.name if q.speaker else None for q in take_turns(lines, story=True)]
    assert names == ["Ann", "Tom Harrow", "Tom Harrow", "Ann"]


def test_a_narrator_who_says_i_with_a_stop_keeps_the_next_sentence(nlp: Language) -> None:
    text = "“It seems weak,” said I. “It is more likely that he left before dawn.”"
    quotes = quoteattr.attribute(text, nlp=nlp)
    assert [(q.kind.value, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("direct", "the narrator"),
        ("direct", "the narrator"),  # not a partial quote of nobody's
    ]


def test_a_line_between_two_of_the_narrators_votes_once() -> None:
    narrator = Speaker(NARRATOR, kind=SourceKind.NARRATOR)
    ann = Speaker("Ann Moss", kind=SourceKind.PERSON)

    def line(text: str, speaker: Speaker) -> Quote:
        return Quote(TextSpan(0, len(text), text), QuoteKind.DIRECT, speaker, None, Rule.CUE_VERB)

    quotes = [
        line("I will go,", narrator),
        line("She lives with Mrs. Cecil Grey, in Kent.", ann),  # names someone; calls no one
        line("Then I will go to Kent.", narrator),
    ]
    assert [q.speaker.name for q in name_the_narrator(quotes) if q.speaker] == [NARRATOR, "Ann Moss", NARRATOR]


def test_a_name_only_turn_taking_gave_a_line_may_still_be_the_narrators() -> None:
    narrator = Speaker(NARRATOR, kind=SourceKind.NARRATOR)
    ann, vera = Speaker("Ann Moss"), Speaker("Vera Lind")

    def line(text: str, speaker: Speaker, rule: Rule = Rule.CUE_VERB) -> Quote:
        return Quote(TextSpan(0, len(text), text), QuoteKind.DIRECT, speaker, None, rule)

    quotes = [
        line("I sat down.", narrator),
        line("Tea?", ann),
        line("Now, Alexis Petrovitch, walk on.", vera),
        line("Where to?", Speaker("Alexis Petrovitch"), Rule.TURN_TAKING),  # from the call before
        line("Home. Go, Alexis Petrovitch, go.", vera),
        line("Yes.", ann),
        line("I will not.", narrator),
    ]
    named = name_the_narrator(quotes)
    assert named[0].speaker is not None and named[0].speaker.name == "Alexis Petrovitch"


def test_a_statement_over_paragraphs_keeps_its_speaker(nlp: Language) -> None:
    # the paragraphs that go on with the statement are no unattributed lines of an exchange
    text = (
        "Senator Dana Reyes called for the resignation of Attorney General Lee Marsh.\n\n"
        "Reyes stated:\n\n"
        '"The department is not about “Equal Justice” any more. It is about power.\n\n'
        '"The latest example is Marsh suing the state over its “Bathroom Bill,” which we oppose.\n\n'
        '"The answer is not politics. Marsh should go.\n\n'
        '"I will stand up for the state."\n\n'
        "Marsh answered on Monday. “We will ask a judge to step in,” Marsh said.\n"
    )
    found = speakers(text, nlp)
    assert found[:4] == [("Dana Reyes", "cue-verb")] + [("Dana Reyes", "same-quote")] * 3


def test_lines_before_the_first_named_one_take_turns_counted_back(nlp: Language) -> None:
    # a chapter that opens in the middle of a conversation
    text = (
        "“Madam, this is a chapel.”\n\n“Yes, I knew it, did I not?”\n\n"
        "“Of course, but so few visitors take the trouble.”\n\n“That changes nothing.”\n\n"
        "“Madam!” said Karim.\n\n“Please let me go,” said Mrs. Lowe.\n"
    )
    assert [name for name, _ in speakers(text, nlp)][:4] == ["Karim", "Lowe", "Karim", "Lowe"]


def test_a_long_cue_sentence_still_ends_its_speakers_turn(nlp: Language) -> None:
    # Mary's line ends her paragraph with its cue, however long: the next "she" is not Mary
    text = (
        "Miriam looked at Giles Rowan. She connected him vaguely with Mary.\n\n"
        "“Are you busy?”\n\n“Always.”\n\n“At what?”\n\n“Everything.”\n\n"
        "“Oh no, never,” said Mary at once.\n\n"
        "“In a mob? Why in a mob?” Mary asked, knitting her brows, and "
        "leaning nearer to Miriam along the window-seat.\n\n"
        "“Don't you see how many things these people care about?” she said.\n"
    )
    assert [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)][-1] == "Miriam"


def test_he_who_answers_is_the_one_the_line_before_called_by_name(nlp: Language) -> None:
    # Barry is the last man the narration names, but the line before called on Mr. Fenwick
    text = (
        "Lena and Owen Fenwick sat in the garden.\n\n" + UNNAMED_LINES + "Barry Moss came back and went away again.\n\n"
        "“I have not told you yet, Mr. Fenwick. I did not think it right.”\n\n"
        "“I no longer want love,” he said.\n"
    )
    assert [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)][-1] == "Owen Fenwick"


def test_a_line_after_an_action_beat_is_the_one_who_acted(nlp: Language) -> None:
    # by turns the last line would be Tom's; the paragraph before it ends on Mary laughing
    text = (
        "Tom and Mary sat in the garden.\n\n"
        "“Is it far?” asked Tom.\n\n“Not very.”\n\n“How far?”\n\n“A mile.”\n\n"
        "Mary laughed and looked out of the window.\n\n"
        "“Far enough.”\n"
    )
    found = [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)]
    assert found == ["Tom", "Mary", "Tom", "Mary", "Mary"]


@pytest.mark.parametrize(
    "beat",
    [
        # the main clause is about no one: the clause joined to it is Ned's
        "The gate opened, and Ned stepped forward and looked at the road.",
        # the main clause is about Ned's face: it is his, though Tom acts after it
        "Ned's face was one broad grin, and Tom nodded at the gate.",
    ],
)
def test_a_beat_about_no_one_or_about_a_face_is_the_one_it_shows(beat: str, nlp: Language) -> None:
    text = (
        'Tom and Ada sat in the garden with Ned.\n\n"Is it far?" asked Tom.\n\n"Not very," said Ada.\n\n'
        f'"How far?"\n\n"A mile."\n\n{beat}\n\n"Far enough for me."\n'
    )
    found = [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)]
    assert found[-1] == "Ned"


def test_a_description_answering_a_line_is_the_one_it_called_by_name(nlp: Language) -> None:
    # "the gentleman" answers Mr. Brown's name, though Tom Bright is the man the narration names last
    text = (
        "Tom Bright and Mr. Brown sat at the table with Ann.\n\n"
        + UNNAMED_LINES
        + "Tom Bright got up and walked to the window.\n\n"
        "“You look tired, Mr. Brown,” said Ann.\n\n"
        "“I am not,” said the gentleman.\n"
    )
    assert [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)][-1] == "Brown"


def test_a_he_nothing_before_names_is_not_a_name_after_it_of_no_known_gender(nlp: Language) -> None:
    text = (
        "“You fight tomorrow?” I said.\n\n“Yes,” he said. “Algabeno was hurt today.”\n\n"
        "“No,” I said. “Badly?”\n\nHe shook his head. Brixa reached out and took the hand.\n\n" + UNNAMED_LINES
    )
    assert [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)][1] == "he"


def test_a_newcomer_named_in_the_other_partys_turn_takes_the_lines_turns_gave_a_stale_party(
    nlp: Language,
) -> None:
    # Tom is only named in the narration; the lines turns give him are Mary's, named at last
    text = (
        "Ann looked at the letter from Tom.\n\n“Is it from him?” asked Ann.\n\n“Yes.”\n\n“Read it to me,” said Ann.\n\n"
        "“I cannot.”\n\n“Why not?”\n\n“It is private,” said Mary.\n"
    )
    assert speakers(text, nlp) == [
        ("Ann", "cue-verb"),
        ("Mary", "turn-taking"),
        ("Ann", "cue-verb"),
        ("Mary", "turn-taking"),
        ("Ann", "turn-taking"),
        ("Mary", "cue-verb"),
    ]


def test_the_second_party_is_the_one_the_narration_has_acting_not_one_it_only_names(nlp: Language) -> None:
    text = (
        "Edwin Hartley sat down beside Fanny Lisle.\n\n“Let us walk out,” said Fanny.\n\n"
        "As they talked on, he found that one person filled her thoughts more than the rest. "
        "It was her brother Will she spoke of most.\n\n"
        "“Would it please you to send him a letter?”\n\n“Yes, very.”\n\n“Then do it now.”\n\n“Now?”\n"
    )
    assert [name for name, _ in speakers(text, nlp)] == ["Fanny Lisle", "Edwin Hartley"] * 2 + ["Fanny Lisle"]


def test_a_place_says_nothing_in_a_novel(nlp: Language) -> None:
    text = (
        "“Is it late?” asked Ann.\n\n“No,” said Tom.\n\n" + UNNAMED_LINES + "Tom had been in Leeds all week, and in "
        "Leeds it had rained. When he came in at last, it was only to say,\n\n“I cannot stay long.”\n\n"
    )
    assert speakers(text, nlp)[-1][0] != "Leeds"


def test_a_scene_break_starts_the_turns_afresh(nlp: Language) -> None:
    # the same two talk on after the stars, but whose turn it is starts again from the named line
    text = (
        "“Is it late?” asked Ann.\n\n“No,” said Tom.\n\n“Are you sure?”\n\n“Yes.”\n\n*       *       *\n\n"
        "“Tired?”\n\n“A little.”\n\n“Are you cross with me?” asked Tom.\n\n“No.”\n"
    )
    assert [name for name, _ in speakers(text, nlp)][4:] == ["Tom", "Ann", "Tom", "Ann"]


def test_after_a_scene_break_the_two_before_it_talk_on_before_one_named_in_a_later_scene(nlp: Language) -> None:
    # Ann and Tom talk; after the stars their lines go on unnamed; Mrs. Pell speaks only after
    # a second row of stars, in another scene: she is no party to the one between.
    text = (
        "“Is it late?” asked Ann.\n\n“No,” said Tom.\n\n“Are you sure?”\n\n“Yes.”\n\n*       *       *\n\n"
        "“Tired?”\n\n“A little.”\n\n“Shall I read to you?”\n\n“Please.”\n\n*       *       *\n\n"
        "“Breakfast is ready,” said Mrs. Pell.\n"
    )
    assert not any(name and "Pell" in name for name, _ in speakers(text, nlp)[4:8])


def test_stars_numerals_and_headings_break_the_scene(nlp: Language) -> None:
    text = "“Go,” she said.\n\n* * *\n\nCHAPTER VII\n\nXII.\n\n“I.”\n\nTired?\n\nA chapter of accidents.\n"
    document, _ = read(text, nlp)
    assert scene_breaks(document) == frozenset({1, 2, 3})


def test_a_phrase_quoted_in_narration_is_no_line_whose_speaker_cannot_answer(nlp: Language) -> None:
    text = (
        UNNAMED_LINES + "Aunt Jo had gone up to bed.\n\n“Oh, Ruth, it is good to be home again!” cried Kate.\n\n"
        "“I thought you liked your new friend better than me,” said Ruth. “Mary said so.”\n\n"
        "Kate laughed and pelted Ruth with the faded “spring roses” of her posy.\n\n"
        "“Mary is the dearest girl in the world except one, Ruth,” she said.\n"
    )
    found = quoteattr.attribute(text, nlp=nlp)
    assert [q.speaker.name if q.speaker else None for q in found if q.kind.value == "direct"][-1] == "Kate"


def test_a_he_before_any_man_is_named_is_the_first_man_named_after(nlp: Language) -> None:
    # a passage that opens in the middle of a scene: no name before the first "he"
    text = (
        UNNAMED_LINES + "He looked at her, and then at the fire, and replied slowly,\n\n"
        "“Not yet. But we may hope.”\n\n"
        + "She said nothing. The clock struck, and the rain beat on the glass, and neither of them moved.\n\n" * 12
        + "Mr. Harville came in then with the post. “Here it is,” he said.\n"
    )
    found = quoteattr.attribute(text, nlp=nlp)
    assert [q.speaker.name if q.speaker else None for q in found if "hope" in q.content.text] == ["Harville"]


def test_the_second_party_is_the_one_a_later_line_calls_by_name(nlp: Language) -> None:
    text = (
        "The lamp was low.\n\n“Are you coming up?” asked Hugh Marsh from the door.\n\n“In a minute.”\n\n"
        "“You said that an hour ago.”\n\n“Did I?”\n\n“Good night, Nora.”\n\n“Good night.”\n"
    )
    speakers = [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)]
    assert speakers == ["Hugh Marsh", "Nora", "Hugh Marsh", "Nora", "Hugh Marsh", "Nora"]


def test_a_name_called_after_a_scene_break_is_no_party_before_it(nlp: Language) -> None:
    text = (
        "The lamp was low.\n\n“Are you coming up?” asked Hugh Marsh from the door.\n\n“In a minute.”\n\n"
        "“You said that an hour ago.”\n\n* * *\n\n“Eat your toast, Nora.”\n\n“I am not hungry.”\n"
    )
    speakers = [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)]
    assert "Nora" not in speakers[:3]


def test_a_line_that_calls_the_one_just_narrated_is_not_theirs(nlp: Language) -> None:
    text = (
        "Nora Quill was reading by the fire when the door opened.\n\n“Nora, are you coming up?”\n\n"
        "“In a minute.”\n\n“You said that an hour ago.”\n\n“Did I?”\n\n“Good night, then.”\n"
    )
    speakers = [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)]
    assert speakers[:2] == [None, "Nora"]


def test_looking_ahead_stops_at_long_narration_and_names_called_stop_at_a_scene_break() -> None:
    from quoteattr.resolve.dialogue.ahead import Ahead

    paragraphs = [(0, [0]), (2, [1]), (3, [2]), (20, [3]), (21, [4])]
    owners = [None, None, "Tom", None, "Ann"]
    called = [None, "Tom", None, None, "Ann"]
    ahead = Ahead.build(paragraphs, owners, called, cut=[1])  # paragraph 1 is a row of stars
    assert ahead.next_owner(0, None) == "Tom"
    assert ahead.next_owner(0, "Tom") is None
    assert ahead.next_owner(0, None, in_scene=True) is None  # Tom is named only after the break
    assert ahead.next_owner(1, None, in_scene=True) == "Tom"
    assert ahead.next_owner(2, None) is None  # seventeen paragraphs of narration end the exchange
    assert ahead.next_called(0, "Ann") is None  # "Tom" is called only after the break
    assert ahead.next_called(1, "Ann") == "Tom"
    assert ahead.next_called(1, "Tom") is None


def test_a_description_that_answers_a_line_is_the_one_it_called_by_name(nlp: Language) -> None:
    # "the driver" says nothing of a gender, but the line before called Pike, the only one it can be
    text = (
        "Lena and Owen Fenwick waited at the gate, where old Pike sat on his cart.\n\n"
        + UNNAMED_LINES
        + "“The road is long, Pike,” said Owen.\n\n"
        "“Long enough,” returned the driver.\n"
    )
    assert [q.speaker.name if q.speaker else None for q in quoteattr.attribute(text, nlp=nlp)][-1] == "Pike"


def test_an_acronym_spelt_out_after_a_comma_calls_no_one() -> None:
    from quoteattr.resolve.dialogue import vocative

    assert vocative("I am disappointed in the NRA, National Rifle Association,") is None
    assert vocative("We will see you soon, Mr. Harris.") == "Mr. Harris"


def test_a_name_a_line_calls_someone_by_is_the_name_the_cues_give_them() -> None:
    from quoteattr.resolve.dialogue.vocatives import as_spoken

    # “…, Mrs. Pell” is the Pell whom the cues name, so one person is not two parties
    assert as_spoken("Mrs. Pell", {"Pell": Gender.FEMALE, "Tom Harrow": Gender.MALE}) == "Pell"
    assert as_spoken("Mrs. Pell", {"Pell": None, "Mr. Pell": None}) == "Pell"
    assert as_spoken("Mrs. Pell", {"Pell": Gender.MALE}) == "Mrs. Pell"  # her husband, not her
    assert as_spoken("Tom", {"Tom Harrow": None, "Tom Pell": None}) == "Tom"  # which Tom: no telling
