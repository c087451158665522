"""People and their names: titles and role words, name particles, gendered titles, and the
common nouns for people who get quoted."""

from __future__ import annotations

from typing import Final

#: Titles and role words that are not part of a person's name. Compared lower-cased, without a
#: trailing full stop, so "Dr." and "dr" both match.
TITLE_WORDS: Final[frozenset[str]] = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister brother rabbi imam
    sheikh pastor president vice prime minister secretary chancellor senator sen rep representative
    congressman congresswoman congressmember governor gov mayor judge justice chief staff captain capt
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
    count countess duke duchess baron baroness marquis marquess earl viscount emperor empress czar tsar
    mademoiselle madame monsieur mme mlle signor signora senor senora herr frau
    """.split()
)

#: Abbreviated titles and the role each stands for, so "Gov. Chris Christie" is "the governor".
TITLE_ABBREVIATIONS: Final[dict[str, str]] = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "maj": "major",
    "prof": "professor",
    "dr": "doctor",
    "rev": "reverend",
    "atty": "attorney",
    "supt": "superintendent",
    "pres": "president",
    "sec": "secretary",
}

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
        "signor",
        "senor",
        "señor",
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
        "mademoiselle",
        "mme",
        "mlle",
        "frau",
        "signora",
        "senora",
        "señora",
    }
)

#: Common nouns for people who get quoted as a group or without a name.
PEOPLE_NOUNS: Final[frozenset[str]] = frozenset(
    """
    people person partner resident citizen official expert critic protester witness voter fan parent officer worker
    staff student local villager investor campaigner supporter opponent neighbour neighbor survivor
    family relative friend colleague crowd man woman female male boy girl child mother father owner customer
    passenger driver patient user viewer reader member leader source insider observer commentator
    diplomat aide lawmaker legislator politician candidate prosecutor investigator firefighter paramedic
    surgeon academic historian pupil employee shopkeeper trader banker consumer shopper commuter tourist
    visitor athlete entrepreneur juror rescuer soldier troop organiser organizer mourner demonstrator
    bystander onlooker eyewitness authority executive official spokesperson representative delegate
    star veteran youngster teenager teen international champion newcomer rookie pensioner
    grandmother grandfather incumbent challenger frontrunner nominee defendant suspect retiree
    pollster strategist consultant billionaire millionaire columnist editor host anchor pundit donor
    """.split()
)

#: Nouns for anyone at all: "the man", "the crowd", "the official" stand for a named person only
#: when the text gave that person the word ("Officer Dan Reyes … the officer"), never by nearness.
GENERIC_PEOPLE_NOUNS: Final[frozenset[str]] = frozenset(
    """
    people person man woman boy girl child crowd audience official source aide employee staff worker
    investor witness eyewitness resident voter fan parent family relative friend colleague customer
    passenger driver patient user viewer reader member insider observer bystander onlooker protester
    demonstrator supporter opponent critic student local villager neighbour neighbor commuter tourist
    visitor shopper consumer pupil mourner rescuer soldier troop youngster teenager teen pensioner
    retiree juror spokesperson representative delegate spokesman spokeswoman lawyer attorney adviser
    advisor assistant analyst expert
    """.split()
)

#: Nouns that say a person is a man or a woman, which a resolved name must not contradict.
MALE_PEOPLE_NOUNS: Final[frozenset[str]] = frozenset(
    {"man", "boy", "father", "grandfather", "husband", "son", "brother"}
)
FEMALE_PEOPLE_NOUNS: Final[frozenset[str]] = frozenset(
    {"woman", "girl", "mother", "grandmother", "wife", "daughter", "sister"}
)

#: Titles of address that say a person's gender (the rest of MALE_TITLES and FEMALE_TITLES are
#: role words): the evidence a speaker's gender_source calls "title".
HONORIFICS: Final[frozenset[str]] = frozenset(
    """mr mrs ms miss sir dame lord lady madame monsieur mademoiselle mme mlle herr frau signor signora senor
    senora""".split()
)

#: Words for a role or relation that say a person is a man or a woman: "spokeswoman Ana Ruiz",
#: "Ana Ruiz, the chairwoman", "a spokeswoman for the ministry".
MALE_ROLE_NOUNS: Final[frozenset[str]] = (
    (MALE_TITLES - HONORIFICS)
    | MALE_PEOPLE_NOUNS
    | frozenset(
        """
    businessman sportsman policeman fireman anchorman assemblyman alderman committeeman congressman
    councilman chairman spokesman salesman cameraman craftsman statesman countryman kinsman
    gentleman boyfriend uncle nephew grandson stepfather widower duke earl baron count emperor
    tsar czar marquis marquess viscount waiter host actor hero groom bridegroom monk
    """.split()
    )
)
FEMALE_ROLE_NOUNS: Final[frozenset[str]] = (
    (FEMALE_TITLES - HONORIFICS)
    | FEMALE_PEOPLE_NOUNS
    | frozenset(
        """
    businesswoman sportswoman policewoman firewoman anchorwoman assemblywoman alderwoman
    congresswoman councilwoman chairwoman spokeswoman saleswoman camerawoman craftswoman stateswoman
    countrywoman kinswoman gentlewoman girlfriend aunt niece granddaughter stepmother widow duchess
    countess baroness empress tsarina czarina marchioness viscountess waitress hostess actress
    heroine bride nun
    """.split()
    )
)

#: Nouns for sources that journalism counts as anonymous when no name goes with them: "a senior
#: official", "sources familiar with the talks", "a spokeswoman for the ministry".
ANONYMOUS_SOURCE_NOUNS: Final[frozenset[str]] = frozenset(
    """
    official source spokesperson spokesman spokeswoman aide adviser advisor insider diplomat person
    people representative staffer employee executive officer insider confidant associate ally
    """.split()
)

#: Words in a speaker's phrase that make the source anonymous whatever its noun: "an official who
#: spoke on condition of anonymity", "people familiar with the matter", "an unnamed minister".
ANONYMITY_WORDS: Final[frozenset[str]] = frozenset(
    "anonymity anonymous unnamed unidentified familiar authorized authorised".split()
)

#: Words that open a noun phrase, not a name: "Their association", "Some residents".
PHRASE_OPENERS: Final[frozenset[str]] = frozenset(
    "the a an their his her its our my your this that these those some many several one two three few most all".split()
)


def is_people_word(word: str) -> bool:
    """A common noun or role word for a person (lower-case, singular)."""
    return word in PEOPLE_NOUNS or word in TITLE_WORDS or word in MALE_ROLE_NOUNS or word in FEMALE_ROLE_NOUNS


#: Plurals for the members of a party or movement: a named group ("Democrats said"), the same one
#: in every article, unlike "Protesters said".
PARTY_MEMBERS: Final[frozenset[str]] = frozenset(
    "democrats republicans conservatives liberals tories socialists greens libertarians progressives".split()
)


def is_people_plural(word: str) -> bool:
    """A plural noun for people, whatever its case: Fishermen, residents, Protesters; not the
    members of a party (Democrats)."""
    word = word.lower()
    if word in PARTY_MEMBERS:
        return False
    if word.endswith("men"):
        return is_people_word(word[:-3] + "man")
    return word.endswith("s") and any(is_people_word(w) for w in (word[:-1], word[:-2], word[:-3] + "y"))


#: Generational suffixes, without their full stop: "Donald Trump Jr." is another person than
#: "Donald Trump", and still "Trump" to a reader of his article.
GENERATIONAL_SUFFIXES: Final[frozenset[str]] = frozenset({"jr", "sr", "ii", "iii", "iv"})
