"""Other words the rules match: days and months, sentence ends, bylines, words that point back."""

from __future__ import annotations

from typing import Final

#: Days and months: capitalised like names, but no one's name when they stand alone.
CALENDAR_WORDS: Final[frozenset[str]] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december
    """.split()
)

#: Marks that end a sentence.
SENTENCE_ENDS: Final[frozenset[str]] = frozenset({".", "!", "?", "…"})

#: What may end the sentence before a quote that introduces its speaker: a sentence end or a colon.
SENTENCE_END_MARKS: Final[frozenset[str]] = SENTENCE_ENDS | {":"}

#: Words that open a byline, which names the writer: "By John Smith", "Reporting by …".
BYLINE_WORDS: Final[frozenset[str]] = frozenset({"by", "reporting", "words", "written", "additional"})

#: Words that open a sentence pointing back at the quote before it: “…” That was the verdict of X.
BACK_POINTERS: Final[frozenset[str]] = frozenset({"that", "this", "those", "these", "such", "so"})

#: What, just before an opening mark, shows the quote is a sentence of its own: a sentence end, or
#: a semicolon, after which a new clause starts (a colon introduces a quote, see kinds.py).
CLAUSE_ENDS: Final[frozenset[str]] = SENTENCE_ENDS | {";"}

#: Prepositions of place: a name of unknown kind always found after one is a place ("in Anaheim").
LOCATIVE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "throughout"}
)

#: Verbs that say what a subject is, not what it does: a place "was" and "seemed" as a person does.
LINKING_VERBS: Final[frozenset[str]] = frozenset({"be", "seem", "become", "remain"})

#: Preposition and noun of a purpose phrase whose infinitive belongs to the clause's subject:
#: "in order to say".
PURPOSE_PHRASES: Final[frozenset[tuple[str, str]]] = frozenset({("in", "order")})

#: Abbreviations whose full stop ends no sentence: "Mr. Smith", "Dr. Ruiz", "St. Louis".
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    """
    mr mrs ms dr prof st mt gen gov sen rep lt col capt sgt maj rev hon jr sr no vs etc inc corp co
    ltd jan feb mar apr aug sept sep oct nov dec u.s a.m p.m e.g i.e
    """.split()
)
MAX_ABBREVIATION = 8  # characters of the word before a full stop looked at

#: Dashes, as a word of their own: “…” — Governor X.
DASHES: Final[frozenset[str]] = frozenset({"—", "–", "-", "--", "―"})

#: Small words that stay lower case in a Title In Capitals.
MINOR_WORDS: Final[frozenset[str]] = frozenset(
    "a an and as at but by for from in into of on or the to with vs de del la le van von du des di da".split()
)  # with the particles of other languages' titles: “Los Hijos de Trump”

#: Words after which one capitalised quoted word names a show or a work: on “Today”, of “Sherlock”.
TITLE_SLOT_WORDS: Final[frozenset[str]] = frozenset({"on", "of", "in", "the", "titled", "entitled"})

#: Words that make a noun phrase definite, so it can stand for something named before: "the company".
DEFINITE_WORDS: Final[frozenset[str]] = frozenset({"the", "this", "that"})

#: Words for a way of speaking: "the manner in which he spoke" says how, and gives no line.
MANNER_NOUNS: Final[frozenset[str]] = frozenset({"manner", "way", "tone", "voice", "fashion", "accent"})

#: Determiners that point at the one just named: "… to Mrs. Hale. This lady looked up".
DEMONSTRATIVE_WORDS: Final[frozenset[str]] = frozenset({"this", "that"})

#: Articles, lower-cased when a noun phrase becomes a name: "The senator" → "the senator".
ARTICLES: Final[frozenset[str]] = frozenset({"the", "a", "an"})

#: The noun of "the 45-year-old said", which stands for the person named before.
AGE_NOUN: Final[str] = "year-old"

#: Prepositions that stay in a speaker's noun phrase: a spokesperson for the ministry, a report by
#: the audit office; and the fewer that stay inside a name: Bank of England.
NOUN_PHRASE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"of", "for", "at", "from", "by", "in"})
NAME_PREPOSITIONS: Final[frozenset[str]] = frozenset({"of", "for"})

#: What may stand between "X said" and the quote it introduces: a comma or a dash.
COMMA_LIKE: Final[frozenset[str]] = frozenset({",", "—", "–", "--"})

#: Last characters of a quote whose sentence goes on after it: “…,” pursued Tom; “…?” she asked.
HANDS_ON: Final[frozenset[str]] = frozenset(",!?—–-")

#: Labels of an interview transcript (Q: “…” / A: “…”) and who each stands for.
INTERVIEW_LABELS: Final[dict[str, str]] = {
    "q": "the interviewer",
    "question": "the interviewer",
    "interviewer": "the interviewer",
    "a": "the interviewee",
    "answer": "the interviewee",
    "interviewee": "the interviewee",
}

#: Words that open a book's headings, which name no one: "CHAPTER XVI", "Book II", "Part One".
HEADING_WORDS: Final[frozenset[str]] = frozenset({"chapter", "book", "part", "volume", "canto", "act", "scene"})

#: Adverbs that open a sentence and are never the first word of the name after them, though the
#: tagger may join them to it: "Meanwhile Rihanna spoke about …", "On Friday Leonard called".
SENTENCE_ADVERBS: Final[frozenset[str]] = frozenset(
    """
    meanwhile however still also instead indeed moreover furthermore nevertheless nonetheless
    now then later earlier afterwards afterward yesterday today tonight additionally separately
    similarly likewise ultimately finally eventually recently currently again thus hence
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)

#: Words of affection or pity said before a name, and never part of it: “Old Mike”, “poor Tom”.
NAME_EPITHETS: Final[frozenset[str]] = frozenset({"old", "poor", "dear", "good"})

#: Words that open a sentence and never a name, though the tagger may take them for one when
#: a name follows: "Neither Benedetta nor …", "What Greta had done", "If Obama wins".
NOT_NAME_OPENERS: Final[frozenset[str]] = frozenset(
    """
    neither either both nor what whatever whoever if from when whenever where while whether though
    although because since unless until after before than then yet with without into upon every
    each any why how who whom whose which
    """.split()
)


#: Words that open a clause of something still to come: "before Ann could answer" says no one
#: has answered, so it gives no speaker.
NOT_YET_MARKS: Final[frozenset[str]] = frozenset({"before", "until", "till", "ere"})

#: Helpers that put a verb after such a word in the future of the story: "before she could speak".
NOT_YET_MODALS: Final[frozenset[str]] = frozenset({"could", "can", "would", "might"})

#: Nouns for a time, which a phrase after a cue verb may be instead of a speaker ("said the day
#: before"); any other noun there, with its article, is who speaks (“…,” replied the dealer).
TIME_NOUNS: Final[frozenset[str]] = frozenset(
    "day night morning evening afternoon time moment minute hour week month year while".split()
)

#: Words for a share of those asked: "Nearly a third say …", "Half say …".
SHARE_WORDS: Final[frozenset[str]] = frozenset(
    {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority", "minority", "percent", "%"}
)
