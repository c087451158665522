"""What fiction's dialogue adds to the news lexicon: its verbs of speaking, and the words around
a line of dialogue."""

from __future__ import annotations

from typing import Final

#: Verbs novels use to give a line of dialogue its speaker, beyond the news list (verbs.py):
#: “Whose name?” returned Tom; “Never!” cried Mrs. Bennet; “Yes,” she smiled.
DIALOGUE_VERBS: Final[frozenset[str]] = frozenset(
    """
    cry rejoin return murmur gasp groan sob roar growl snarl hiss bellow stammer stutter interrupt
    resume persist venture inquire enquire echo assent object smile grin chuckle giggle drawl lisp
    moan wail whimper squeak shriek screech howl thunder breathe pant croak mumble coax tease
    exclaim retort remonstrate expostulate ejaculate entreat implore beg
    """.split()
)
