"""Coarse tags and lemmas at the cost of a dictionary lookup.

A spaCy English pipeline sets each token's coarse part of speech and lemma after the parser, with
an ``attribute_ruler`` (a Matcher over some 180 patterns) and a rule ``lemmatizer``. Both are pure
functions of the token's form, fine tag and dependency label, except where a ruler pattern spans
two tokens ("gon na", "there is"). On news they cost more than the neural network, while the same
few thousand (form, tag, label) triples make up most of every text.

:class:`TokenAttributes` gives the same values for a fraction of the cost. It remembers what the
two pipes made of each token key: the triple, plus the longer patterns the token takes part in.
Triples it has not met go to the pipes all at once, in a small Doc of their own; a token in a
longer pattern it has not met goes through the pipes with the Doc around it. Either way the values
are the ones the pipes set, which tests check token by token.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

#: The token attributes a key is made of, and those the pipes' values are written to.
KEY_ATTRS = [ORTH, TAG, DEP]
VALUE_ATTRS = [TAG, POS, LEMMA, DEP]

#: What a ruler pattern may test for its result to depend on the key alone.
KEY_FEATURES = frozenset({"ORTH", "TEXT", "LOWER", "TAG", "DEP", "IS_SPACE"})

#: Keys remembered before memory is cleared and filled again, so any stream runs in bounded memory.
MAX_REMEMBERED = 500_000

Triple = tuple[int, int, int]  # form, fine tag, dependency label (string ids)
Key = tuple[int, int, int, tuple[int, ...]]  # the triple and the longer patterns that set this token
Values = tuple[int, int, int, int]  # as VALUE_ATTRS
Pattern = list[dict[str, object]]
Place = tuple[int, int]  # (longer pattern, position in it) a triple fills

_SEPARATOR = "\n"  # between the words of a lookup Doc: a space token, part of no longer pattern


def _context(
    triples: Sequence[Triple], fills: dict[Triple, frozenset[Place]], longer: dict[int, tuple[int, int]]
) -> dict[int, list[int]]:
    """The longer patterns that match in a run of tokens, by the token each sets."""
    context: dict[int, list[int]] = {}
    for i, triple in enumerate(triples):
        for n, position in fills[triple]:
            if position != 0:
                continue
            length, at = longer[n]
            following = triples[i + 1 : i + length]
            if len(following) == length - 1 and all((n, p) in fills[t] for p, t in enumerate(following, 1)):
                context.setdefault(i + at if at >= 0 else i + length + at, []).append(n)
    return context


class TokenAttributes:
    """Sets what ``nlp``'s attribute ruler and rule lemmatizer would set on a parsed Doc.

    Get one with :func:`token_attributes`; the pipes themselves then stay disabled.
    """

    def __init__(self, nlp: Language, ruler: str, lemmatizer: str, patterns: list[tuple[Pattern, int]]) -> None:
        self.vocab = nlp.vocab
        self.pipes = (ruler, lemmatizer)
        self._ruler: Callable[[Doc], Doc] = nlp.get_pipe(ruler)
        self._lemmatizer: Callable[[Doc], Doc] = nlp.get_pipe(lemmatizer)
        self._longer = {n: (len(pattern), at) for n, (pattern, at) in enumerate(patterns) if len(pattern) > 1}
        self._places = Matcher(nlp.vocab)  # each token of each longer pattern, as a pattern of its own
        for n, (pattern, _) in enumerate(patterns):
            for position, spec in enumerate(pattern if n in self._longer else []):
                self._places.add(f"{n}:{position}", [[spec]])
        self._known: dict[Key, Values] = {}
        self._fills: dict[Triple, frozenset[Place]] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set the coarse tags and lemmas of a parsed ``doc``, as the two pipes would."""
        if not len(doc):
            return doc
        if len(self._known) > MAX_REMEMBERED:  # start again, so memory stays bounded on any stream
            self._known.clear()
            self._fills.clear()
        triples: list[Triple] = list(map(tuple, doc.to_array(KEY_ATTRS).tolist()))
        if any(tag == 0 or dep == 0 for _, tag, dep in triples):
            return self._lemmatizer(self._ruler(doc))  # not tagged and parsed throughout: the pipes
        unmet = list(dict.fromkeys(t for t in triples if t not in self._fills))
        if unmet:
            self._look_up(unmet)
        keys = self._keys(triples)
        known = self._known
        if not all(k in known for k in keys):  # a longer pattern not met before: learn from the Doc
            self._learn(keys, self._lemmatizer(self._ruler(doc)))
            return doc
        array = numpy.empty((len(doc), len(VALUE_ATTRS) + 1), dtype="uint64")
        array[:, :-1] = [known[k] for k in keys]
        array[:, -1] = doc.to_array([HEAD])  # given with DEP, so the tree is kept as it is
        return doc.from_array([*VALUE_ATTRS, HEAD], array)  # type: ignore[arg-type]  # a uint64 array

    def _keys(self, triples: Sequence[Triple]) -> list[Key]:
        """Each token's key: its triple and the longer patterns that match around it and set it."""
        context = _context(triples, self._fills, self._longer)
        return [(*t, tuple(sorted(context[i])) if i in context else ()) for i, t in enumerate(triples)]

    def _look_up(self, triples: Sequence[Triple]) -> None:
        """Ask the pipes about triples never met, all at once as the words of one Doc."""
        lookup = self._lookup_doc(triples, separated=False)
        fills: dict[Triple, frozenset[Place]] = {}
        for triple, found in zip(triples, self._places_in(lookup), strict=True):
            fills[triple] = found
        rows = self._lemmatizer(self._ruler(lookup)).to_array(VALUE_ATTRS).tolist()
        # Words that happen to meet a longer pattern with the word beside them are asked again,
        # each on its own between separators.
        again = _context(triples, fills, self._longer)
        if again:
            retry = [triples[i] for i in sorted(again)]
            retried = self._lemmatizer(self._ruler(self._lookup_doc(retry, separated=True)))
            separated = retried.to_array(VALUE_ATTRS).tolist()
            for i, row in zip(sorted(again), separated[::2], strict=True):
                rows[i] = row
        self._fills.update(fills)
        self._known.update(((*t, ()), tuple(row)) for t, row in zip(triples, rows, strict=True))

    def _lookup_doc(self, triples: Sequence[Triple], separated: bool) -> Doc:
        strings = self.vocab.strings
        words, tags, deps = [], [], []
        for orth, tag, dep in triples:
            words.append(strings[orth])
            tags.append(strings[tag])
            deps.append(strings[dep])
            if separated:
                words.append(_SEPARATOR)
                tags.append("_SP")
                deps.append("dep")
        n = len(words)
        return Doc(self.vocab, words=words, spaces=[False] * n, tags=tags, deps=deps, heads=list(range(n)))

    def _places_in(self, lookup: Doc) -> list[frozenset[Place]]:
        """For each word of a lookup Doc, the places in longer patterns it can fill."""
        places: list[set[Place]] = [set() for _ in range(len(lookup))]
        strings = self.vocab.strings
        for match_id, start, _ in self._places(lookup):
            n_text, position = strings[match_id].split(":")
            places[start].add((int(n_text), int(position)))
        return [frozenset(p) for p in places]

    def _learn(self, keys: Sequence[Key], doc: Doc) -> None:
        rows = doc.to_array(VALUE_ATTRS).tolist()
        self._known.update(zip(keys, map(tuple, rows), strict=True))


_FOR_PIPELINE: weakref.WeakKeyDictionary[Language, TokenAttributes | None] = weakref.WeakKeyDictionary()


def token_attributes(nlp: Language) -> TokenAttributes | None:
    """The shortcut for ``nlp`` (one per pipeline, so what it learns is kept between calls), or
    None when ``nlp``'s pipes after the parser are not an attribute ruler whose patterns test only
    a token's key, then a rule lemmatizer, as in spaCy's English pipelines."""
    if nlp not in _FOR_PIPELINE:
        _FOR_PIPELINE[nlp] = _shortcut(nlp)
    return _FOR_PIPELINE[nlp]


def _shortcut(nlp: Language) -> TokenAttributes | None:
    names = [n for n in nlp.pipe_names if nlp.get_pipe_meta(n).factory not in ("ner", "quoteattr")]
    factories = [nlp.get_pipe_meta(n).factory for n in names]
    if "parser" not in factories:
        return None
    after = factories.index("parser") + 1
    if factories[after:] != ["attribute_ruler", "lemmatizer"]:
        return None
    ruler, lemmatizer = names[after:]
    if getattr(nlp.get_pipe(lemmatizer), "mode", None) != "rule":
        return None
    patterns = []
    for group in getattr(nlp.get_pipe(ruler), "patterns", []):
        for pattern in group["patterns"]:
            if not isinstance(pattern, list) or any(not set(spec) <= KEY_FEATURES for spec in pattern):
                return None  # a phrase pattern, or a test of more than the key: no shortcut
            patterns.append((pattern, int(group.get("index", 0))))
    shortcut = TokenAttributes(nlp, ruler, lemmatizer, patterns)
    separator = Doc(nlp.vocab, words=[_SEPARATOR], tags=["_SP"], deps=["dep"], heads=[0])
    return None if shortcut._places(separator) else shortcut  # a longer pattern could take it
