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

#: Phrases that introduce the speaker after the quote: “…,” according to X.
ACCORDING_TO: Final[tuple[str, str]] = ("according", "to")

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

#: Nouns that, after "the", stand for an organisation named elsewhere in the article.
ORGANISATION_NOUNS: Final[frozenset[str]] = frozenset(
    """
    company firm airline carrier bank ministry department agency government council club team group
    union party police court commission committee board network station newspaper paper magazine
    broadcaster channel outlet publisher university school hospital charity organisation organization
    institute authority army military campaign administration office embassy regulator retailer
    manufacturer operator developer startup start-up conglomerate insurer lender automaker carmaker
    supermarket chain brand foundation association federation league studio label utility watchdog
    giant maker producer service services corporation corp business enterprise fund trust coalition
    alliance movement opposition parliament senate congress assembly cabinet kremlin pentagon
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

#: spaCy entity labels that can speak (NORP, GPE: "the Russians said", "Britain said").
SPEAKING_ENTITY_LABELS: Final[frozenset[str]] = frozenset({"PERSON", "ORG", "NORP", "GPE"})
