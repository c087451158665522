"""Organisations, groups and documents: the nouns and name words that say a speaker is one."""

from __future__ import annotations

from typing import Final

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

#: Institutions that are places or arms of a state, which "the group" or "the organisation" never
#: stands for: a crowd that rallied at Temple University is "the group", not the university.
NOT_A_GROUP_NOUNS: Final[frozenset[str]] = frozenset(
    """
    university college school hospital court government ministry department police army military
    parliament senate congress assembly cabinet kremlin pentagon embassy
    """.split()
)

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
    foundation institute university college council party union workers association agency ministry
    department authority commission committee club fc united trust fund network broadcasting
    foods food pharmaceuticals pharma therapeutics biosciences biotech logistics telecom telecoms
    communications networks insurance assurance industries international global resources mining
    steel petroleum oil gas power water healthcare solutions software electronics entertainment
    studios records brands retail stores markets automotive aerospace shipping lines hotels resorts
    properties estates homes construction engineering chemicals financial securities investments
    ventures bancorp centers centres center centre institutes office house convention conference
    caucus campaign administration court senate congress assembly politics watch
    facebook twitter google youtube instagram amazon apple microsoft reddit tiktok wikileaks
    reuters bloomberg afp ap upi bbc cnn nbc cbs abc msnbc npr pbs itv sky
    """.split()
)

#: Nouns for texts that can be a speaker themselves: the report said, a statement read.
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    """
    report statement study letter memo filing complaint indictment lawsuit ruling judgment judgement
    editorial post tweet release survey document notice email message announcement bulletin note
    review analysis assessment audit guidance order decree petition motion brief poll communique
    communiqué verdict transcript leaflet manifesto book article headline caption sign banner ad advert
    advertisement commercial video response story
    """.split()
)

#: Nouns for a news organisation standing in for its name: "the newspaper said".
OUTLET_NOUNS: Final[frozenset[str]] = frozenset(
    "newspaper paper magazine broadcaster network channel outlet publisher station tabloid daily website".split()
)

#: Last words that make an organisation's name a news outlet's: the Harbor Gazette, Fox News.
OUTLET_NAME_WORDS: Final[frozenset[str]] = frozenset(
    """
    gazette times post news herald tribune journal telegraph guardian mail express chronicle observer
    mirror press magazine newsweek reuters bloomberg afp ap upi bbc cnn nbc cbs abc msnbc npr pbs itv
    sky politico axios breitbart buzzfeed vox slate economist atlantic newswire wire
    """.split()
)
