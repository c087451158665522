"""Stage 4c: turn-taking. In a conversation, lines of dialogue nobody is named for alternate between
the two people talking.

News gives every quote paragraph its speaker, or runs one speaker's quote on over paragraphs; a
novel names the speakers of a conversation's first lines and leaves the rest to the reader:

    “Will you come?” asked Nora.
    “Perhaps.”                      ← Ida: a new paragraph is a new speaker
    “Only perhaps?”                 ← Nora again
    “Yes, Nora, only perhaps.”      ← Ida; she also calls her listener by name

So a text is read as dialogue only when it has the novel's habit (many quote paragraphs that no
rule attributes); then each such paragraph goes to the other party of the exchange, and a line
that calls one party by name is given to the other. A line right after a paragraph of narration
goes to the one that paragraph ends on (“Mary laughed and looked away.” ¶ “Far enough.”: an
action beat, beats.py). When no second party is known, or a third
person joins, the line keeps what the earlier stages found rather than guess.
"""

from quoteattr.resolve.dialogue.lines import OWN_RULES, Line, reads_as_dialogue, scene_breaks
from quoteattr.resolve.dialogue.narrator import name_the_narrator
from quoteattr.resolve.dialogue.turns import take_turns
from quoteattr.resolve.dialogue.vocatives import called, vocative

__all__ = [
    "OWN_RULES",
    "Line",
    "called",
    "name_the_narrator",
    "reads_as_dialogue",
    "scene_breaks",
    "take_turns",
    "vocative",
]
