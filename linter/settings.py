"""Settings that change what the rules report."""

from __future__ import annotations

from dataclasses import dataclass

from withdraw_lint.diagnostics import Severity


@dataclass(frozen=True)
class Settings:
    """Thresholds and choices for one run. Frozen and picklable."""

    max_words: int = 200
    max_sentence_words: int = 40
    fail_on: Severity = Severity.WARNING
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()

    def enabled(self, rule_name: str) -> bool:
        if rule_name in self.ignore:
            return False
        return self.select is None or rule_name in self.select
