"""What quoteattr knows about English, held as data, one module per subject.

* :mod:`~quoteattr.lexicon.marks`: quote marks, apostrophes, and the words around them;
* :mod:`~quoteattr.lexicon.verbs`: cue verbs and their forms;
* :mod:`~quoteattr.lexicon.people`: titles, roles, name particles, nouns for people;
* :mod:`~quoteattr.lexicon.pronouns`: pronouns and what they refer to;
* :mod:`~quoteattr.lexicon.organisations`: nouns and name words for organisations and documents;
* :mod:`~quoteattr.lexicon.words`: calendar words, sentence ends, bylines and other small sets;
* :mod:`~quoteattr.lexicon.deps`: the dependency labels the rules read;
* :mod:`~quoteattr.lexicon.names`: given names and places, from the files in ``data/``.

Rules import these names; none of them hard-codes a word list of its own.
"""
