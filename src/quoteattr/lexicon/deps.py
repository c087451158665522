"""Dependency labels (spaCy's English ClearNLP scheme) that the rules read, in named sets."""

from __future__ import annotations

from typing import Final

#: Who performs a verb: "Lind said", "it was announced by …" (the passive subject).
SUBJECT_DEPS: Final[frozenset[str]] = frozenset({"nsubj", "nsubjpass"})

#: How a quoted clause hangs from its verb.
QUOTE_DEPS: Final[frozenset[str]] = frozenset({"ccomp", "parataxis", "dobj"})

#: How a partial quote hangs when it says something of the subject: is “alarming”, was “a mess”.
PREDICATE_DEPS: Final[frozenset[str]] = frozenset({"acomp", "attr", "oprd", "xcomp", "ccomp"})

#: How the parser may hang the speaker after a verb that follows its quote: “…” asked X.
INVERTED_SUBJECT_DEPS: Final[frozenset[str]] = frozenset({"dobj", "dative", "attr", "npadvmod", "oprd"})

#: How a verb borrows the subject of its head: "… and said", "adding", "was quoted as saying",
#: "wanted to say", "was quick to add".
BORROWS_SUBJECT_DEPS: Final[frozenset[str]] = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acomp"})

#: Modifiers that belong to a speaker's noun phrase: "the central bank report", "its spokesman".
NOUN_PHRASE_LEFT_DEPS: Final[frozenset[str]] = frozenset(
    {"det", "compound", "amod", "poss", "nummod", "nmod", "quantmod", "case"}
)

#: Parts of speech no subject can have: a capitalised subject with one is a misread name.
NOT_NOUN_TAGS: Final[frozenset[str]] = frozenset({"VERB", "AUX", "ADJ", "ADV", "X", "INTJ"})

#: Roles a capitalised word the tagger took for a proper noun has as no name: "Smoothly the voice
#: proceeded" (advmod), "Hullo" (intj).
NOT_NAME_DEPS: Final[frozenset[str]] = frozenset({"advmod", "intj", "prep", "mark", "cc", "det", "aux", "acomp"})

#: Dependencies of a clause that may share its subject with the next: not a relative or an
#: adverbial clause (“… the table where she sat, and said”).
MAIN_CLAUSE_DEPS: Final[frozenset[str]] = frozenset({"ROOT", "ccomp", "conj"})
