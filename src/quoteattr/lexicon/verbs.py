"""Cue verbs: the verbs of speaking, writing and characterising, with their inflected forms."""

from __future__ import annotations

from typing import Final

#: Verbs of speaking and writing, by lemma. A quote's speaker is normally the subject of one of these.
SPEECH_VERBS: Final[frozenset[str]] = frozenset(
    """
    say tell add ask write warn tweet reply argue explain insist announce state claim note declare
    observe remark comment respond answer recall admit acknowledge concede confirm deny suggest stress
    emphasize emphasise caution predict promise vow pledge urge complain boast joke quip shout scream
    yell whisper mutter exclaim post testify plead continue conclude counter retort snap sigh laugh
    recount report assert maintain contend reiterate inform speak wonder muse interject lament protest
    demand threaten allege estimate concur reason chime text email blog message read
    describe summarize summarise elaborate clarify agree disagree point mention repeat begin
    proclaim gush marvel fume rage scoff sneer grumble whine preach lecture counsel advise recommend
    chant sing cheer shrug imply hint insinuate speculate brag
    """.split()
)

#: Speech verbs whose clause is a claim worth reporting as indirect speech (not "asked whether").
REPORTING_VERBS: Final[frozenset[str]] = SPEECH_VERBS - frozenset(
    {"ask", "wonder", "begin", "continue", "laugh", "sigh", "sing", "cheer", "shrug", "chant", "read", "speak"}
)

#: Reporting verbs whose object can be what was said, not only a clause: "announced a benefit
#: concert", "denied any wrongdoing", "told a different story". Not "recalled 40,000 jars".
THING_REPORTING_VERBS: Final[frozenset[str]] = frozenset(
    """
    announce deny confirm admit acknowledge claim predict promise tell explain note warn suggest stress
    emphasize emphasise reiterate declare assert tweet boast concede describe outline propose reveal
    state
    """.split()
)

#: Reporting verbs whose prepositional object is what was said: "warned of a new war", "argued
#: against intervention", "admitted to stealing the files", "boasted of how the audit hurt his rival".
THING_REPORTING_PREPOSITIONS: Final[dict[str, frozenset[str]]] = {
    "warn": frozenset({"of", "about", "against"}),
    "caution": frozenset({"against", "about"}),
    "argue": frozenset({"against", "for"}),
    "complain": frozenset({"about", "of"}),
    "boast": frozenset({"of", "about"}),
    "brag": frozenset({"of", "about"}),
    "admit": frozenset({"to"}),
    "write": frozenset({"of", "about"}),
}

#: Verb + word phrases that report speech: "made it clear that …", "pointed out that …".
REPORTING_PHRASES: Final[frozenset[tuple[str, str]]] = frozenset(
    {("make", "clear"), ("make", "plain"), ("point", "out"), ("go", "on"), ("insist", "on")}
)

#: Words that open an indirect question, which reports no claim: "did not explain what …".
QUESTION_WORDS: Final[frozenset[str]] = frozenset(
    {"what", "whether", "if", "how", "why", "who", "whom", "whose", "when", "where", "which"}
)

#: Verbs that characterise something in words of the subject's choosing: the subject is the
#: speaker of a partial quote they govern (called it “a disaster”).
OPINION_VERBS: Final[frozenset[str]] = frozenset(
    """
    call describe dub label brand term slam criticize criticise blast accuse praise hail condemn
    denounce dismiss deride decry welcome characterize characterise refer lambast attack mock
    ridicule reject defend question challenge applaud commend castigate rebuke chide scold blame
    charge liken compare portray depict frame cast vow pledge promise insist warn predict
    """.split()
)

#: Past forms that regular rules get wrong, for the cue verbs that have them.
IRREGULAR_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "read": ("read",),
    "speak": ("spoke", "spoken"),
    "begin": ("began", "begun"),
    "sing": ("sang", "sung"),
    "swear": ("swore", "sworn"),
    "forecast": ("forecast",),
    "put": ("put",),
    "cast": ("cast",),
    "blog": ("blogged", "blogging"),
    "snap": ("snapped", "snapping"),
    "quip": ("quipped", "quipping"),
    "brag": ("bragged", "bragging"),
    "admit": ("admitted", "admitting"),
    "chide": ("chided", "chid"),
    "plead": ("pleaded", "pled"),
    "agree": ("agreeing",),
    "disagree": ("disagreeing",),
    "text": ("texted",),
    "make": ("made",),
    "go": ("went", "gone"),
}


def verb_forms(lemma: str) -> set[str]:
    """The inflected forms of a verb: say → says, saying, said. Generous; a spare form is harmless."""
    forms = {lemma, *IRREGULAR_FORMS.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return forms


#: Phrases that introduce the speaker after the quote: “…,” according to X.
ACCORDING_TO: Final[tuple[str, str]] = ("according", "to")

#: Every form of every speech verb, for matching words the tagger got wrong ("a statement read").
SPEECH_VERB_FORMS: Final[frozenset[str]] = frozenset(f for v in SPEECH_VERBS for f in verb_forms(v))

#: Verb + object phrases that introduce a quote like a cue verb: as she put it, “…”.
CUE_PHRASES: Final[frozenset[tuple[str, str]]] = frozenset({("put", "it")})

#: Verb + particle phrases that introduce a quote like a cue verb: Hillary shot back, “…”.
CUE_PARTICLE_PHRASES: Final[frozenset[tuple[str, str]]] = frozenset(
    {
        ("shoot", "back"), ("fire", "back"), ("hit", "back"), ("push", "back"), ("weigh", "in"), ("speak", "up"),
        ("cut", "in"), ("chime", "in"), ("break", "in"), ("pipe", "up"), ("break", "out"), ("call", "out"),
        ("sing", "out"), ("speak", "out"),
    }
)  # fmt: skip

#: Verbs whose direct object is the listener ("told a Senate panel"), unless it is a thing told.
LISTENER_VERBS: Final[frozenset[str]] = frozenset({"tell", "inform", "assure", "remind", "brief", "warn"})

#: Verbs whose passive subject is the one spoken to, never the speaker: "Hale was asked, “…”".
ADDRESSING_VERBS: Final[frozenset[str]] = LISTENER_VERBS | {"ask", "question", "greet", "advise", "urge"}

#: Verbs of speaking whose object is told to do something, which is what was said: "told the
#: families to boil their water", "urged voters to stay home".
INSTRUCTING_VERBS: Final[frozenset[str]] = frozenset({"tell", "urge", "warn", "advise", "remind", "implore"})

#: What can be told rather than told to: "Tom had told a great many lies".
THINGS_TOLD: Final[frozenset[str]] = frozenset({"lie", "story", "truth", "tale", "joke", "secret", "news"})

#: Nouns for something said, whose "that" clause is what was said and whose possessor said it:
#: "Trump's claim that he is worth $10 billion".
SPEECH_NOUNS: Final[frozenset[str]] = frozenset(
    """
    claim assertion statement promise pledge warning argument insistence suggestion admission denial
    allegation accusation prediction boast vow contention conclusion remark comment charge complaint
    description characterization characterisation answer response reply explanation retort
    """.split()
)

#: Verbs that give someone described their name: "a thin old man who was called Gloomy", "a man
#: named Tate".
NAMING_VERBS: Final[frozenset[str]] = frozenset({"call", "name", "nickname", "dub"})

#: Verbs of hearing someone speak, whose object is the speaker: "overhearing Mr. Hale whisper".
HEARING_VERBS: Final[frozenset[str]] = frozenset({"hear", "overhear"})
