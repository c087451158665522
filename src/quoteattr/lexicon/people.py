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
