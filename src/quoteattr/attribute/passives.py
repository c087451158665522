"""Verbs of speaking in the passive: who does them (the "by" of the passive) and who they are
about ("Hale was asked", "Lucas has been called the “Lion of the North”"), who is never the one
speaking."""

from __future__ import annotations

from spacy.tokens import Token

from quoteattr.attribute.syntax import can_speak, lemma
from quoteattr.lexicon.deps import SUBJECT_DEPS
from quoteattr.lexicon.verbs import ADDRESSING_VERBS


def spoken_of(verb: Token, subject: Token | None) -> bool:
    """Whether ``subject`` is what or whom a passive ``verb``'s words were about, not the "by" of
    the passive: "Lucas has been called the “Lion of the North”" says nothing of who called him
    that, nor does "being dubbed the “nominee”"."""
    return subject is not None and is_passive(verb) and not (subject.dep_ == "pobj" and subject.head.lower_ == "by")


def is_passive(verb: Token) -> bool:
    """A verb in the passive: "has been called", "being dubbed"; not "he's said" (he has said),
    nor a "be" the parser hung on it from a quote before it (“…, are you not?” inquired Tom)."""
    return any(
        c.dep_ == "auxpass"
        and c.lemma_ == "be"
        and c.lower_ not in ("'s", "’s")
        and c.i < verb.i
        and not any(t.is_punct for t in verb.doc[c.i + 1 : verb.i])
        for c in verb.children
    )


def is_asked(verb: Token) -> bool:
    """A verb of addressing in the passive, whose subject is the one spoken to: "Hale was asked",
    "the staff were told"."""
    if lemma(verb) not in ADDRESSING_VERBS or not is_passive(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(c.dep_ == "nsubjpass" for c in subjects)


def passive_agent(verb: Token, quoted: bytes | None = None) -> Token | None:
    """Who does a passive verb, when a "by" phrase names someone who can speak: “Rubio was asked
    by the moderator, Gerard Baker, whether …” — the moderator asks, not Rubio."""
    participle = verb.tag_ == "VBN" and verb.dep_ in (
        "acl",
        "advcl",
        "parataxis",
    )  # "often labeled a “witch hunt” by Democrats"
    if not participle and not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if quoted is not None and any(quoted[t.i] for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree):
        return None  # the “reform package” was rejected by the senators: the words are the package's name
    for by in _by_phrases(verb):
        for doer in by.children:
            if doer.dep_ == "pobj" and can_speak(doer) and not (quoted is not None and quoted[doer.i]):
                return doer
    return None


def _by_phrases(verb: Token) -> list[Token]:
    """The "by" of a passive verb, or of its object, where the parser often hangs it: called
    “a witch hunt” by Democrats."""
    found = [c for c in verb.children if c.dep_ == "agent"]
    for obj in (c for c in verb.children if c.dep_ in ("oprd", "dobj", "prep")):
        inner = [o for o in obj.children if o.dep_ == "pobj"] if obj.dep_ == "prep" else [obj]
        found += [c for o in inner for c in o.children if c.dep_ == "prep" and c.lower_ == "by"]
    return found
