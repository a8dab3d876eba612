"""Fixtures: the real spaCy pipeline, loaded once per session, and a linting helper."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
import withdraw_lint.pipeline
from helpers import Lint
from withdraw_lint.diagnostics import Diagnostic
from withdraw_lint.engine import lint_text
from withdraw_lint.settings import Settings

# Console-script runs in the tests lint in-process: no background worker may outlive them.
# tests/test_daemon.py turns the warm path on where it is the subject.
os.environ["WITHDRAW_LINT_NO_DAEMON"] = "1"

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The pipeline the linter uses, loaded once for the whole session."""
    return withdraw_lint.pipeline.load()


def lint_diagnostics(
    text: str, rule: str | None = None, settings: Settings | None = None
) -> list[Diagnostic]:
    """Lint `text` with the real pipeline; keep only `rule`'s diagnostics when given."""
    if settings is None and rule is not None:
        settings = Settings(select=frozenset({rule}))  # opt-in rules run when asked for
    diagnostics = lint_text(text, settings=settings).diagnostics
    return [d for d in diagnostics if rule is None or d.rule == rule]


@pytest.fixture(scope="session")
def lint(nlp: Language) -> Lint:
    """`lint(text, rule=None, settings=None)` -> diagnostics, after the pipeline is loaded."""
    assert nlp is withdraw_lint.pipeline.load(), "the engine must reuse the session pipeline"
    return lint_diagnostics
