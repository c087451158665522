"""Shared fixtures: one loaded model for the whole run, and hypothesis profiles.

Profiles: "ci" (default, quick), "dev" (more examples), and "fuzz" (100,000 examples, for the
long hardening run): choose with QUOTEATTR_HYPOTHESIS_PROFILE=fuzz.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from spacy.language import Language

import quoteattr
from quoteattr.api import read_document
from quoteattr.types import Document, Site

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile("dev", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# QUOTEATTR_FUZZ_EXAMPLES splits the long run: two processes of 50,000 with different
# --hypothesis-seed values use both cores for the same 100,000 inputs.
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("QUOTEATTR_FUZZ_EXAMPLES", "100000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
settings.load_profile(os.environ.get("QUOTEATTR_HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_10678e0b370de962.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return quoteattr.load_model()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def read(text: str, nlp: Language) -> tuple[Document, list[Site]]:
    """A small text parsed whole, as the later stages read it: its Document and its quotes' sites."""
    return read_document(nlp(text))
