"""Settings that change what the rules report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from withdraw_lint.diagnostics import Severity

PHRASE_LABELS = ("gratitude", "withdrawal", "reason", "close", "negative", "assistance", "apology")
"""Sentence labels a configuration can add its own phrases for."""


@dataclass(frozen=True)
class Settings:
    """Thresholds and choices for one run. Frozen and picklable."""

    max_words: int = 200
    max_sentence_words: int = 40
    fail_on: Severity | None = Severity.WARNING
    """Exit 1 for findings at or above this severity; None never does."""
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    extend_select: frozenset[str] = frozenset()
    severity: tuple[tuple[str, str], ...] = ()
    """Per-rule severity overrides: (rule name, "error" | "warning" | "info")."""
    phrases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Extra cue phrases per sentence label, from a configuration file."""
    values: tuple[tuple[str, str], ...] = ()
    """Placeholder values from --set KEY=VALUE (company, role, name, manager, date)."""
    readability: bool = True
    """Whether results carry textstat's readability figures (costly on first use)."""
    today: dt.date | None = None
    """The date to check weekdays against when the draft has none (default: today)."""

    def severity_of(self, rule_name: str, default: Severity) -> Severity:
        return next((Severity(s) for name, s in self.severity if name == rule_name), default)

    def enabled(self, rule_name: str, default: bool = True) -> bool:
        """Whether a rule runs: ignore wins, then select, then the rule's own default."""
        if rule_name in self.ignore:
            return False
        if self.select is not None:
            return rule_name in self.select
        return default or rule_name in self.extend_select
