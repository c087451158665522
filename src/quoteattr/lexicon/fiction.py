"""What fiction's dialogue adds to the news lexicon: its verbs of speaking, and the words around
a line of dialogue."""

from __future__ import annotations

from typing import Final

#: Verbs novels use to give a line of dialogue its speaker, beyond the news list (verbs.py):
#: “Whose name?” returned Tom; “Never!” cried Mrs. Pell; “Yes,” she smiled.
DIALOGUE_VERBS: Final[frozenset[str]] = frozenset(
    """
    cry rejoin return murmur gasp groan sob roar growl snarl hiss bellow stammer stutter interrupt
    resume persist venture inquire enquire echo assent object smile grin chuckle giggle drawl lisp
    moan wail whimper squeak shriek screech howl thunder breathe pant croak mumble coax tease
    exclaim retort remonstrate expostulate ejaculate entreat implore beg quaver confide interpose
    falter rebuke chide scold simper titter snort sneer jeer propose correct reflect
    """.split()
)

#: Capitalised words that open or close a line of dialogue without calling anyone by name:
#: “Yes, I will.”, “Well, then.”, “Come, come!”
NOT_VOCATIVES: Final[frozenset[str]] = frozenset(
    """
    yes no well oh ah o why come now then so but and or nay aye indeed alas hush hark look listen
    good thank thanks please pray sure certainly perhaps really quite very what who how where when
    there here this that these those it i you he she we they my our your his her their the a an
    dear darling sir madam ma'am mother father mamma papa mama papa heaven god lord goodness hello
    goodbye good-bye farewell nonsense never always nothing everything everybody nobody all
    on in at by for with from to after before during since until upon about into
    """.split()
)

#: Titles a line of dialogue may call its listener by, before the name: “Good night, Mr. Harris.”
ADDRESS_TITLES: Final[frozenset[str]] = frozenset(
    {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lady", "Lord", "Aunt", "Uncle", "Captain", "Colonel"}
)

#: Words that open an exclamation or an endearment and are never part of the name after them:
#: “Oh, Wilma”, “Darling Ted”, “Dearest Ruth”, “Poor Kate”.
INTERJECTIONS: Final[frozenset[str]] = frozenset(
    """oh ah ay aye alas hullo hello hallo hey eh well yes no nay why hush hark pooh bah darling dear
    dearest sweetheart poor""".split()
)

#: Nouns a novel describes its characters by once it has named them, with the gender each says
#: (None: either): “said the young man”, “cried his aunt”, “replied his companion”. A role (“the
#: lawyer”, “the servant”) is more often someone the novel never names.
CHARACTER_NOUNS: Final[dict[str, str | None]] = {
    **dict.fromkeys(
        """man boy gentleman lad youth fellow father husband son brother uncle nephew grandfather
        grandson""".split(),
        "male",
    ),
    **dict.fromkeys(
        """woman girl lady lass maid maiden mother wife daughter sister aunt niece grandmother
        granddaughter""".split(),
        "female",
    ),
    **dict.fromkeys("child cousin companion friend".split(), None),
}

#: Words that say a described character is old: “the old lady”, “the elder gentleman”.
OLD_WORDS: Final[frozenset[str]] = frozenset("old older elder elderly aged".split())
#: Titles of address for a married or older person: “the old lady” is Mrs. Hale, not Miss Ada.
MARRIED_TITLES: Final[frozenset[str]] = frozenset("mrs mr madame mme sir lady lord signora senora frau".split())

#: Speaker phrases that mean the other party of a conversation: “Yes,” replied the other.
OTHER_PARTY: Final[frozenset[str]] = frozenset({"the other", "the other one"})

#: What a character speaks or thinks with, standing for the character: “…,” exclaimed the voice of
#: old Mr. Ashby; her lips said; her thin little body quivered: “…”.
SPEAKING_PARTS: Final[frozenset[str]] = frozenset({"voice", "lips", "tongue", "body", "brain", "mind", "heart"})

#: Parts of a character an action beat may be about, standing for the one who speaks next: “The
#: young man's colour rose. “I knew her.””; “His eyes narrowed. “Never.””.
BEAT_PARTS: Final[frozenset[str]] = SPEAKING_PARTS | frozenset(
    """
    face colour color eye eyes cheek cheeks brow forehead hand hands head mouth expression features
    countenance gaze glance smile manner tone back shoulder arm
    """.split()
)

#: Kin who share a surname, by the title the novel gives them: “her mother” is Mrs. Morland when
#: she is Catherine Morland; “his wife” is Mrs. Elton when he is Mr. Elton.
FAMILY_TITLES: Final[dict[str, frozenset[str]]] = {
    **dict.fromkeys(("mother", "wife"), frozenset("mrs lady madame mme signora senora frau".split())),
    **dict.fromkeys(("father", "husband"), frozenset("mr sir lord signor senor herr".split())),
}

#: Kin a woman's married title marks out: with no family name to go by, “her mother” is the
#: Mrs. named last nearby (a Mr. is any man, and says nothing of whose father he is).
TITLED_BY_MARRIAGE: Final[frozenset[str]] = frozenset({"mother", "wife"})

#: Kinship nouns a novel also uses as a title of address: “Aunt Juley” is the one “her aunt” means
#: when the novel has only one so called.
KIN_TITLES: Final[frozenset[str]] = frozenset(
    "aunt auntie uncle cousin grandmother grandfather granny grandpa grandma".split()
)
