"""Stage 3: reported speech, quotations without marks (attribute/reported.py)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

import quoteattr
from quoteattr.attribute.reported import _reported_clause, reported_speech
from quoteattr.attribute.subjects import subject_of
from quoteattr.types import Document
from tests.conftest import read


def clauses(text: str, nlp: Language) -> list[tuple[str, str]]:
    document, _ = read(text, nlp)
    return [
        (r.clause.text, r.attribution.mention.text if r.attribution.mention else "") for r in reported_speech(document)
    ]


def test_the_clause_after_that_without_that(nlp: Language) -> None:
    assert clauses("The minister said that the budget would balance next year.", nlp) == [
        ("the budget would balance next year", "The minister")
    ]


def test_according_to_reports_the_rest_of_the_sentence(nlp: Language) -> None:
    assert clauses("According to the police, the driver fled the scene.", nlp) == [
        ("the driver fled the scene", "the police")
    ]


def test_a_denial_or_a_question_is_no_reported_claim(nlp: Language) -> None:
    assert clauses("The minister did not say that the budget would balance.", nlp) == []
    assert clauses("The minister asked whether the budget would balance.", nlp) == []


def test_a_clause_holding_a_marked_quote_is_left_to_that_quote(nlp: Language) -> None:
    assert clauses("The minister said the budget was “a mess from the start”.", nlp) == []


def test_a_cue_set_off_by_commas_reports_the_words_on_both_sides(nlp: Language) -> None:
    # one claim cut by its cue: the subject before the cue is as much the claim as the rest
    assert clauses("The new tax, the minister argued, would pay for the schools.", nlp) == [
        ("The new tax", "the minister"),
        ("would pay for the schools", "the minister"),
    ]
    assert clauses("Most of the money, he said, was spent on roads.", nlp) == [
        ("Most of the money", "he"),
        ("was spent on roads", "he"),
    ]
    # words before the cue that are no subject of the words after it are not reported
    assert clauses("On Monday, he said, the roads were closed.", nlp) == [("the roads were closed", "he")]


def test_a_trailing_cue_reports_the_sentence_before_it(nlp: Language) -> None:
    assert clauses("The bridge will close for repairs next month, officials said.", nlp) == [
        ("The bridge will close for repairs next month", "officials")
    ]


def test_as_x_noted_reports_the_main_clause(nlp: Language) -> None:
    assert clauses("As the newspaper noted, trust in the council has collapsed.", nlp) == [
        ("trust in the council has collapsed", "the newspaper")
    ]


def test_any_noun_can_report_with_a_verb_of_its_own(nlp: Language) -> None:
    assert clauses("About 40 percent of voters said the economy was getting worse.", nlp) == [
        ("the economy was getting worse", "About 40 percent of voters")
    ]


def test_a_thing_announced_is_reported_but_not_a_thing_recalled(nlp: Language) -> None:
    assert clauses("The band announced a benefit concert for the flood victims.", nlp) == [
        ("a benefit concert for the flood victims", "The band")
    ]
    assert clauses("The company recalled forty thousand jars of baby food.", nlp) == []
    assert clauses("Tom Hale, a former senator, also stated his intention to vote for the bill.", nlp) == [
        ("his intention to vote for the bill", "Tom Hale")
    ]
    # the phrase the parser hangs on the verb belongs to the thing, but not a "when" nor an "as"
    assert clauses("Tom Hale announced his engagement to the actress Ana Ruiz.", nlp) == [
        ("his engagement to the actress Ana Ruiz", "Tom Hale")
    ]
    assert clauses("She described the first sight of Earth as “overwhelming.”", nlp)[0][0] == "the first sight of Earth"
    # and so does the infinitive it hangs there: what the website is for is part of what was announced
    assert clauses(
        "Cole last week announced the creation of a hotline to explain the rules of a disputed count.", nlp
    ) == [("the creation of a hotline to explain the rules of a disputed count", "Cole")]


def test_the_people_told_are_no_thing_reported(nlp: Language) -> None:
    assert clauses("She told reporters outside the court.", nlp) == []
    assert clauses("She told the story of her childhood to the committee.", nlp) == [
        ("the story of her childhood to the committee", "She")
    ]


def test_that_misread_as_the_object_still_opens_the_clause(nlp: Language) -> None:
    # the parse the model gives some such sentences: "that" the object of "noted", the rest adrift
    words = "The website noted that the way towns pick delegates works against Hale .".split()
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 2, 2, 2, 5, 2, 7, 5, 9, 5, 9, 10, 2],
        deps="det nsubj ROOT dobj det npadvmod nsubj relcl nsubj relcl prep pobj punct".split(),
        pos="DET NOUN VERB SCONJ DET NOUN NOUN VERB NOUN VERB ADP PROPN PUNCT".split(),
        tags="DT NN VBD IN DT NN NNS VBP NNS VBZ IN NNP .".split(),
        lemmas="the website note that the way state select delegate work against Hale .".split(),
    )
    document = Document(doc, doc.text, bytes(len(doc)), bytes([1]) * len(doc), (0,))
    found = [(r.clause.text, r.attribution.mention.text) for r in reported_speech(document) if r.attribution.mention]
    assert found == [("the way towns pick delegates works against Hale", "The website")]


def test_an_appositive_after_an_inverted_cue_is_no_report(nlp: Language) -> None:
    assert clauses("The wards are full, said Dr Alan Grey, the hospital's medical director.", nlp) == [
        ("The wards are full", "Dr Alan Grey")
    ]


def test_a_report_is_cut_before_a_phrase_that_holds_a_marked_quote(nlp: Language) -> None:
    text = "Mr. Odell said he saw no need to change the plan, telling the panel that “we are on track.”"
    assert clauses(text, nlp) == [("he saw no need to change the plan", "Mr. Odell")]
    assert clauses("But she said she was too busy to reply: “I have a lot going on.”", nlp) == [
        ("she was too busy to reply", "she")
    ]


def test_a_gerund_clause_and_a_distant_that_are_reported(nlp: Language) -> None:
    assert clauses("Senator Ruth Okafor said having the mayor on the ballot puts the seat at risk.", nlp) == [
        ("having the mayor on the ballot puts the seat at risk", "Senator Ruth Okafor")
    ]
    assert clauses("The mayor told the Courier in an interview that aired this week that he backs the plan.", nlp) == [
        ("he backs the plan", "The mayor")
    ]


def test_poll_respondents_report_what_they_say(nlp: Language) -> None:
    assert clauses("By 58% to 33%, those surveyed said the library should stay open.", nlp) == [
        ("the library should stay open", "those")
    ]
    found = clauses("Most voters, 56%, object, including 18% who say they would be dissatisfied.", nlp)
    assert [clause for clause, _ in found] == ["they would be dissatisfied"]
    assert clauses("Some 45% of Republicans say that would be their choice.", nlp) == [
        ("that would be their choice", "Some 45% of Republicans")
    ]


def test_a_participle_reports_for_the_one_who_acts(nlp: Language) -> None:
    assert clauses("The businessman has praised the governor, saying she was a stronger leader.", nlp) == [
        ("she was a stronger leader", "The businessman")
    ]
    assert clauses("They fear the troop drawdown, which they say left a vacuum in the region.", nlp) == [
        ("left a vacuum in the region", "they")
    ]


def test_reports_the_parser_misreads(nlp: Language) -> None:
    # "'s" is "has", not a passive; a name before its age is the subject the parser lost
    assert clauses("While he's said he'll stay to the end, the senator must decide.", nlp)[0][0] == (
        "he'll stay to the end"
    )
    text = "As part of his plea deal, Marco Lanza, 52, said that he cheated nearly 80 people."
    assert clauses(text, nlp) == [("he cheated nearly 80 people", "Marco Lanza")]


def test_a_report_is_cut_before_a_second_verb_that_holds_a_quote(nlp: Language) -> None:
    text = "The mayor said the move was made by the commissioner and said, “Who are you going to trust?”"
    assert clauses(text, nlp) == [("the move was made by the commissioner", "The mayor")]


def test_a_speech_noun_reports_for_its_possessor(nlp: Language) -> None:
    text = "Both will be targets for the mayor's claims that he is an advocate for working people."
    assert clauses(text, nlp) == [("he is an advocate for working people", "the mayor's")]


def test_a_quote_set_off_by_spaced_hyphens_leaves_the_report_before_it(nlp: Language) -> None:
    text = (
        "Mr. Hale suggested Mr. Cole had shown a liking for strongmen like the old dictator - "
        "“He would have loved the old tyrant,” Mr. Hale said twice - and reminded the crowd of the stakes."
    )
    found = [(q.kind.value, q.content.text, q.cue.text if q.cue else None) for q in quoteattr.attribute(text, nlp=nlp)]
    assert ("indirect", "Mr. Cole had shown a liking for strongmen like the old dictator", "suggested") in found


def test_a_verb_inside_the_report_is_no_cue_set_off_by_commas(nlp: Language) -> None:
    found = clauses("She told voters that if the company were a stock, she would advise buying it.", nlp)
    assert found == [("if the company were a stock, she would advise buying it", "She")]


def test_a_passive_report_belongs_to_whoever_does_the_telling(nlp: Language) -> None:
    assert clauses("The minister was told by senior aides that the deal was dead.", nlp) == [
        ("the deal was dead", "senior aides")
    ]
    assert clauses("The minister was told that the deal was dead.", nlp) == []


def test_many_reports_however_it_is_tagged(nlp: Language) -> None:
    assert clauses("Many said on Monday that the ruling would change the race.", nlp) == [
        ("the ruling would change the race", "Many")
    ]


def test_a_verb_in_a_list_takes_the_subject_of_the_first(nlp: Language) -> None:
    # the parse the tagger gives real news: "summed" hung as a clause of "denounced", "said" joined to it
    words = ["Ruiz", "summed", "up", "Hill", ",", "denounced", "his", "record", "and", "said", "he", "lied", "."]
    heads = [1, 5, 1, 1, 5, 5, 7, 5, 5, 5, 11, 9, 5]
    deps = ["nsubj", "advcl", "prt", "dobj", "punct", "ROOT", "poss", "dobj", "cc", "conj", "nsubj", "ccomp", "punct"]
    tags = ["NNP", "VBD", "RP", "NNP", ",", "VBD", "PRP$", "NN", "CC", "VBD", "PRP", "VBD", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    said = doc[9]
    subject = subject_of(said)
    assert subject is not None and subject.text == "Ruiz"
    when = Doc(
        nlp.vocab,
        words=["When", *words[:5], *words[5:]],
        heads=[2] + [h + 1 for h in heads],
        deps=["advmod", *deps],
        tags=["WRB", *tags],
    )
    assert subject_of(when[10]) is None  # "When Ruiz summed up Hill, …": not a list of his acts


def test_a_claim_goes_on_after_but_and_not_after_and(nlp: Language) -> None:
    found = clauses("Hale asserted that voters are starting to notice Ruiz, but they know little about her.", nlp)
    assert found == [("voters are starting to notice Ruiz, but they know little about her", "Hale")]
    assert clauses("Hale said he would win the state, and the crowd cheered loudly.", nlp) == [
        ("he would win the state", "Hale")
    ]


def test_a_name_with_an_apostrophe_reports_though_tagged_a_noun(nlp: Language) -> None:
    found = clauses("D’Costa went on to explain that the party's grip on the city is unbroken.", nlp)
    assert found == [("the party's grip on the city is unbroken", "D’Costa")]


def test_a_response_saying_something_is_its_senders(nlp: Language) -> None:
    assert clauses("Later that day, Ruiz fired back a response saying he would not support the agenda.", nlp) == [
        ("he would not support the agenda", "Ruiz")
    ]


def test_a_report_goes_on_after_but_in_its_backshifted_would(nlp: Language) -> None:
    text = "Jones said he was rooting for Denver but would now root for Carolina since Jeb chose Denver."
    assert clauses(text, nlp) == [
        ("he was rooting for Denver but would now root for Carolina since Jeb chose Denver", "Jones")
    ]
    text = "The senator changed course on Friday – saying she had backed the bill but would now vote against it."
    assert clauses(text, nlp) == [("she had backed the bill but would now vote against it", "The senator")]


def test_a_report_goes_on_in_the_present_after_a_past_cue(nlp: Language) -> None:
    text = "Ruiz told a cheering crowd that she expects to win the state and she is doing better than Lind."
    assert clauses(text, nlp) == [("she expects to win the state and she is doing better than Lind", "Ruiz")]
    text = "Ms. Hale said she hoped to get her shop back, and then would continue to sell her cakes."
    assert clauses(text, nlp) == [
        ("she hoped to get her shop back, and then would continue to sell her cakes", "Ms. Hale")
    ]


def test_a_second_that_clause_is_the_same_report(nlp: Language) -> None:
    text = (
        "On Thursday night, county executive Tom Ruiz told the audience at his fundraiser for veterans that he "
        "and the union had long talks Thursday but that nothing could alter his view about his plan to "
        "skip the vote."
    )
    (found, speaker), *_ = clauses(text, nlp)
    assert speaker == "county executive Tom Ruiz"
    assert found.endswith("but that nothing could alter his view about his plan to skip the vote")


def test_a_reason_the_parser_hangs_on_the_cue_is_part_of_the_claim(nlp: Language) -> None:
    # the parse real news gets: "because …" hung on "said", not on the clause it explains
    words = ["Lind", "said", "it", "left", "them", "out", "because", "they", "were", "part", "of", "the", "job", "."]
    heads = [1, 1, 3, 1, 3, 3, 8, 8, 1, 8, 9, 12, 10, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "prt", "mark", "nsubj", "advcl", "attr", "prep", "det"]
    tags = ["NNP", "VBD", "PRP", "VBD", "PRP", "RP", "IN", "PRP", "VBD", "NN", "IN", "DT", "NN", "."]
    pos = ["PROPN", "VERB", "PRON", "VERB", "PRON", "ADP", "SCONJ", "PRON", "AUX", "NOUN", "ADP", "DET", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=[*deps, "pobj", "punct"], tags=tags, pos=[*pos, "PUNCT"])
    clause = _reported_clause(doc[1], bytes(len(doc)))
    assert clause is not None and clause.text == "it left them out because they were part of the job"


def test_a_clause_the_parser_heads_with_an_adjective_is_reported(nlp: Language) -> None:
    # "suited" is tagged an adjective; "made it clear" reports what follows "that", not "it clear"
    text = "Ana Ruiz, who teaches in Leeds, said Tom Lind is best suited to lead the party."
    assert clauses(text, nlp) == [("Tom Lind is best suited to lead the party", "Ana Ruiz")]
    assert clauses("Ruiz made it clear that her boss wanted something firmer.", nlp) == [
        ("her boss wanted something firmer", "Ruiz")
    ]


def test_implying_hinting_and_bragging_report_a_claim(nlp: Language) -> None:
    assert clauses("Ruiz bragged that she had won every debate.", nlp) == [("she had won every debate", "Ruiz")]
    assert clauses("The mayor hinted that a deal was close.", nlp) == [("a deal was close", "The mayor")]
    assert clauses("He implied that the council had lied.", nlp) == [("the council had lied", "He")]


def test_the_last_of_a_list_of_acts_is_its_subjects_report(nlp: Language) -> None:
    # the parser makes "suggested" the head of "promised", and leaves it no subject of its own
    text = (
        "She promised to be “the fairest mayor the city ever had” and cast doubt on the city's crime rate "
        "of 5.1 percent, suggested that the true rate might be as high as 11 percent."
    )
    assert ("the true rate might be as high as 11 percent", "She") in clauses(text, nlp)


def test_a_cue_that_opens_a_quote_with_a_colon_or_dash_reports_nothing_before_it(nlp: Language) -> None:
    text = 'The judge thought a moment, then she said:\n\n"I believe, Mr. Lind, that you poured the tea?"'
    assert clauses(text, nlp) == []
    text = 'She closed the door. Then, calming herself, she said: "Tell me, why is the house empty?"'
    assert clauses(text, nlp) == []
    text = 'And, after walking a few steps, she added--"I spoke to you too sharply just now, Tom."'
    assert clauses(text, nlp) == []


def test_a_verb_with_the_thing_said_as_object_is_no_cue_set_off(nlp: Language) -> None:
    # the lies are what he told; the clause before them is not
    assert clauses("By the end of the dinner, Tom had told a great many lies.", nlp) == [("a great many lies", "Tom")]
    assert clauses("The parcel went astray, as Ana had written the address badly.", nlp) == []
    # a listener as object is still a cue: the sentence before it is what was told
    text = "The plan includes a new force to guard the border, the minister told a Senate panel on Monday."
    assert clauses(text, nlp) == [("The plan includes a new force to guard the border", "the minister")]


def test_what_a_verb_warns_of_argues_against_or_admits_to_is_reported(nlp: Language) -> None:
    assert clauses("The president warned of the global risks a new war would bring.", nlp) == [
        ("the global risks a new war would bring", "The president")
    ]
    assert clauses("Ana Ruiz argued against meddling by outside groups in the county.", nlp) == [
        ("meddling by outside groups in the county", "Ana Ruiz")
    ]
    assert clauses("Lind admitted to stealing about 100 passwords from his office.", nlp) == [
        ("stealing about 100 passwords from his office", "Lind")
    ]
    assert clauses("He warned of rain.", nlp) == []  # too few words to be a claim


def test_a_participle_reports_for_a_staffer_or_a_noun_that_names_its_people(nlp: Language) -> None:
    text = "A former staffer sued the council, claiming he was fired for his views."
    assert [c for c, _ in clauses(text, nlp)] == ["he was fired for his views"]
    text = "Two neighbours, Ana Ruiz and Ben Cole, had fought the plan, arguing that the road would flood."
    assert [c for c, _ in clauses(text, nlp)] == ["the road would flood"]


def test_a_quoted_phrase_beside_a_noun_names_no_speaker(nlp: Language) -> None:
    text = (
        "Mr. Hale has sharpened his language, eager to keep his hold on the angry voters.\n\n"
        "He has a new phrase, “idle councillors,” for those in the race, and has sharpened his speech."
    )
    assert [q.speaker.name for q in quoteattr.attribute(text, nlp=nlp) if q.speaker] == ["Hale"]


def test_an_infinitive_on_a_thing_is_said_by_the_subject_of_its_clause(nlp: Language) -> None:
    text = "Ivan Petrov spoke for two hours. He went out of his way to say that the town's budget had hit bottom."
    assert clauses(text, nlp) == [("the town's budget had hit bottom", "He")]


def test_a_subject_the_parser_joined_to_an_earlier_noun_reports(nlp: Language) -> None:
    # The parser reads "two of …, House Speaker Tom Hale’s office" as a list and leaves
    # "announced" without a subject: the noun just before the verb is the one who announces.
    text = (
        "After a day of quarrels between two of the country’s highest-profile Republicans, House Speaker"
        " Tom Hale’s office announced Friday that Hale will meet the nominee on Thursday."
    )
    assert clauses(text, nlp) == [("Hale will meet the nominee on Thursday", "House Speaker Tom Hale’s office")]


def test_a_name_the_tagger_took_for_a_pronoun_reports(nlp: Language) -> None:
    # "O’Malley" after "although" is tagged a personal pronoun; it is no pronoun, but a name.
    text = "Although O’Malley frequently notes that he was first, nobody cares."
    assert clauses(text, nlp) == [("he was first", "O’Malley")]


def test_a_claim_that_goes_on_past_its_cue_keeps_its_second_half(nlp: Language) -> None:
    assert clauses("A fence would stop the cattle straying, the farmer said, but also the walkers.", nlp) == [
        ("A fence would stop the cattle straying", "the farmer"),
        ("but also the walkers", "the farmer"),  # no verb of its own: the sentence's claim goes on
    ]
    # after an inverted cue, words without a verb describe the speaker
    assert clauses("The ferry will run again, said Ada Cole, the harbour master.", nlp) == [
        ("The ferry will run again", "Ada Cole")
    ]


def test_a_cue_opening_a_quote_reports_the_clause_before_it_too(nlp: Language) -> None:
    text = 'Ruth Abel spoke at the depot. Ferries are part of the town, she said: "They stay."'
    assert clauses(text, nlp) == [("Ferries are part of the town", "she")]
    # a clause that only says when is no claim, and the words of a quote before the cue are its own
    assert clauses('When the vote ended, she said: "We stay."', nlp) == []
    assert clauses('"We stay," she said: "They go."', nlp) == []
    # nor does narration that sets the scene for the line
    assert clauses('The noise stopped, and the boys, having taken their seats, Ann Roe said: "Begin."', nlp) == []


def test_a_share_of_those_asked_reports(nlp: Language) -> None:
    # the parser hangs "third" on "say" as an adjective, or makes it an adjective subject
    assert clauses("Most voters like the plan. Nearly a third say they are not sure.", nlp) == [
        ("they are not sure", "a third")
    ]
    assert clauses("Half say the new market is an improvement.", nlp) == [("the new market is an improvement", "Half")]
