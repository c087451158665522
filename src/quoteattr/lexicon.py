"""What quoteattr knows about English news text, held as data.

Everything a rule matches against lives here: quote-mark pairs, cue verbs, titles and role words,
pronouns, and the nouns that stand for organisations and documents. Rules import these names;
none of them hard-codes a word list of its own.
"""

from __future__ import annotations

from typing import Final

# --- Quote marks -------------------------------------------------------------------------------

#: Each opening mark and the marks that may close it. “ may close itself because careless text
#: does that; ” opens in Swedish/Finnish style; » opens in Danish/German style.
QUOTE_PAIRS: Final[dict[str, str]] = {
    "“": "”“",
    "”": "”",
    "„": "“”",
    "‟": "”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "‘": "’‘",
    "’": "’",
    "‚": "‘’",
    "‛": "’",
    '"': '"',
    "'": "'",
    "＂": "＂",
    "「": "」",
    "『": "』",
    "〝": "〞〟",
}

#: Marks that also serve as apostrophes, so each one needs its context checked.
APOSTROPHE_LIKE: Final[frozenset[str]] = frozenset("’'‘‛")

#: Marks with no direction of their own: whether they open or close depends on their neighbours.
UNDIRECTED_MARKS: Final[frozenset[str]] = frozenset("\"'＂")

#: Double and single marks nest inside each other; a mark only pairs within its own family.
DOUBLE_MARKS: Final[frozenset[str]] = frozenset('“”„‟«»"＂「」『』〝〞〟')
SINGLE_MARKS: Final[frozenset[str]] = frozenset("‘’‚‛‹›'")

#: Words after an apostrophe-like mark that make it an elision (’em, ’til, rock ’n’ roll).
ELISIONS: Final[frozenset[str]] = frozenset({"em", "til", "tis", "twas", "cause", "bout", "n", "nuff", "round"})

#: Words that cannot end a sentence, so a line ending with one is hard-wrapped.
FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    "the a an of to in on at by for with and or but from as into than that which who whose their his her its".split()
)

# --- Cue verbs ---------------------------------------------------------------------------------

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
    chant sing cheer shrug
    """.split()
)

#: Speech verbs whose clause is a claim worth reporting as indirect speech (not "asked whether").
REPORTING_VERBS: Final[frozenset[str]] = SPEECH_VERBS - frozenset(
    {"ask", "wonder", "begin", "continue", "laugh", "sigh", "sing", "cheer", "shrug", "chant", "read", "speak"}
)

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

#: Single words before a quote mark that make the quote a label or title, not a quotation.
SCARE_MARKERS: Final[frozenset[str]] = frozenset(
    {"so-called", "self-styled", "self-described", "titled", "entitled", "nicknamed", "codenamed", "hashtag"}
)

# --- People and their names --------------------------------------------------------------------

#: Titles and role words that are not part of a person's name. Compared lower-cased, without a
#: trailing full stop, so "Dr." and "dr" both match.
TITLE_WORDS: Final[frozenset[str]] = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister brother rabbi imam
    sheikh pastor president vice prime minister secretary chancellor senator sen rep representative
    congressman congresswoman congressmember governor gov mayor judge justice chief captain capt
    commissioner inspector detective sergeant sgt officer general gen colonel col lieutenant lt major
    maj admiral commander ambassador king queen prince princess pope cardinal bishop archbishop coach
    striker goalkeeper defender midfielder forward engineer police port health foreign finance defence
    defense interior education state deputy acting former leader chairman chairwoman chair chairperson
    ceo cfo coo cto director manager spokesman spokeswoman spokesperson councillor councilor councilman
    councilwoman sheriff attorney auditor treasurer speaker mp mep premier dean principal superintendent
    constable opposition club aid worker fisherman farmer economist analyst doctor nurse
    scientist researcher lawyer barrister solicitor author writer actor actress singer player
    founder chief executive head president-elect senator-elect minister-elect
    st saint hon honourable honorable labor labour conservative republican democrat democratic
    general-secretary secretary-general undersecretary under commander-in-chief mayor-elect envoy
    negotiator advisor adviser lecturer student teacher pilot driver chef owner
    resident witness survivor victim activist campaigner organiser organizer protester volunteer
    astronaut diver firefighter paramedic photographer journalist reporter novelist poet artist
    designer architect physicist chemist biologist ecologist hydrologist meteorologist
    epidemiologist virologist astronomer mountaineer climber swimmer cyclist sprinter jockey
    referee umpire quarterback winger musician composer filmmaker comedian presenter
    """.split()
)

#: Lower-case words that belong inside a name: Charles de Gaulle, Ludwig van Beethoven.
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "y",
        "abu",
    }
)

#: Lower-case words that join the words of an organisation's name: Ministry of Health, Marks & Spencer.
NAME_CONNECTORS: Final[frozenset[str]] = frozenset({"of", "for", "and", "&", "on"})

#: Titles that tell a person's gender.
MALE_TITLES: Final[frozenset[str]] = frozenset(
    {
        "mr",
        "sir",
        "lord",
        "king",
        "prince",
        "father",
        "brother",
        "congressman",
        "chairman",
        "spokesman",
        "councilman",
        "fisherman",
        "actor",
        "monsieur",
        "herr",
        "sheikh",
        "rabbi",
        "imam",
    }
)
FEMALE_TITLES: Final[frozenset[str]] = frozenset(
    {
        "mrs",
        "ms",
        "miss",
        "dame",
        "lady",
        "queen",
        "princess",
        "sister",
        "congresswoman",
        "chairwoman",
        "spokeswoman",
        "councilwoman",
        "actress",
        "madame",
        "frau",
    }
)

# --- Pronouns ----------------------------------------------------------------------------------

MALE, FEMALE, PLURAL, NEUTER, FIRST_PERSON = "male", "female", "plural", "neuter", "first"

#: Personal pronouns a speaker may be named by, and what each can refer to.
PRONOUNS: Final[dict[str, str]] = {
    "he": MALE,
    "him": MALE,
    "his": MALE,
    "himself": MALE,
    "she": FEMALE,
    "her": FEMALE,
    "hers": FEMALE,
    "herself": FEMALE,
    "they": PLURAL,
    "them": PLURAL,
    "their": PLURAL,
    "themselves": PLURAL,
    "it": NEUTER,
    "its": NEUTER,
    "itself": NEUTER,
    "i": FIRST_PERSON,
    "me": FIRST_PERSON,
    "we": FIRST_PERSON,
    "us": FIRST_PERSON,
}

#: Relative pronouns: "Smith, who said …" names Smith.
RELATIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"who", "which", "that", "whom"})

# --- Organisations, groups and documents -------------------------------------------------------

#: Nouns that, after "the", stand in for the organisation the article last named: "Acme said … the
#: company added" means Acme.
STAND_IN_ORGANISATION_NOUNS: Final[frozenset[str]] = frozenset(
    """
    company firm airline carrier bank club team group network station newspaper paper magazine
    broadcaster channel outlet publisher charity organisation organization retailer manufacturer
    operator developer startup start-up conglomerate insurer lender automaker carmaker supermarket
    chain brand studio label utility giant maker producer corporation business enterprise fund body
    """.split()
)

#: Stand-in nouns that fit any kind of body, a union or a ministry as well as a company.
GENERIC_ORGANISATION_NOUNS: Final[frozenset[str]] = frozenset({"organisation", "organization", "group", "body"})

#: Nouns for institutions that are usually not named first: "the police said" names the police, and
#: only an organisation whose own name holds the word ("the ministry" → Ministry of Health) is it.
INSTITUTION_NOUNS: Final[frozenset[str]] = frozenset(
    """
    ministry department agency government council union party police court commission committee
    board university school hospital institute authority army military campaign administration
    office embassy regulator foundation association federation league watchdog service services
    trust coalition alliance movement opposition parliament senate congress assembly cabinet
    kremlin pentagon
    """.split()
)

ORGANISATION_NOUNS: Final[frozenset[str]] = STAND_IN_ORGANISATION_NOUNS | INSTITUTION_NOUNS

#: Last words that make a name an organisation's, when the model gave it no label:
#: the Harbor Gazette, Acme Holdings, Northwind Airlines.
ORGANISATION_NAME_WORDS: Final[frozenset[str]] = frozenset(
    """
    gazette times post news herald tribune journal telegraph guardian mail express chronicle observer
    standard mirror inc ltd plc llc corp corporation co company group holdings airlines airways bank
    energy motors rail railways utilities partners capital systems technologies labs media press
    foundation institute university college council party union association agency ministry
    department authority commission committee club fc united trust fund network broadcasting
    foods food pharmaceuticals pharma therapeutics biosciences biotech logistics telecom telecoms
    communications networks insurance assurance industries international global resources mining
    steel petroleum oil gas power water healthcare solutions software electronics entertainment
    studios records brands retail stores markets automotive aerospace shipping lines hotels resorts
    properties estates homes construction engineering chemicals financial securities investments
    ventures bancorp centers centres center centre institutes office
    reuters bloomberg afp ap upi bbc cnn nbc cbs abc msnbc npr pbs itv sky
    """.split()
)

#: Nouns for texts that can be a speaker themselves: the report said, a statement read.
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    """
    report statement study letter memo filing complaint indictment lawsuit ruling judgment judgement
    editorial post tweet release survey document notice email message announcement bulletin note
    review analysis assessment audit guidance order decree petition motion brief poll communique
    communiqué verdict transcript leaflet manifesto book article headline caption sign banner
    """.split()
)

#: Common nouns for people who get quoted as a group or without a name.
PEOPLE_NOUNS: Final[frozenset[str]] = frozenset(
    """
    people person resident official expert critic protester witness voter fan parent officer worker
    staff student local villager investor campaigner supporter opponent neighbour neighbor survivor
    family relative friend colleague crowd man woman boy girl child mother father owner customer
    passenger driver patient user viewer reader member leader source insider observer commentator
    diplomat aide lawmaker legislator politician candidate prosecutor investigator firefighter paramedic
    surgeon academic historian pupil employee shopkeeper trader banker consumer shopper commuter tourist
    visitor athlete entrepreneur juror rescuer soldier troop organiser organizer mourner demonstrator
    bystander onlooker eyewitness authority executive official spokesperson representative delegate
    star veteran youngster teenager teen international champion newcomer rookie pensioner
    grandmother grandfather incumbent challenger frontrunner nominee defendant suspect retiree
    """.split()
)

#: Days and months: capitalised like names, but no one's name when they stand alone.
CALENDAR_WORDS: Final[frozenset[str]] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december
    """.split()
)

#: Marks that end a sentence or introduce what follows.
SENTENCE_END_MARKS: Final[frozenset[str]] = frozenset({".", "!", "?", "…", ":"})

#: Words that open a byline, which names the writer: "By John Smith", "Reporting by …".
BYLINE_WORDS: Final[frozenset[str]] = frozenset({"by", "reporting", "words", "written", "additional"})

#: Words that open a sentence pointing back at the quote before it: “…” That was the verdict of X.
BACK_POINTERS: Final[frozenset[str]] = frozenset({"that", "this", "those", "these", "such", "so"})
