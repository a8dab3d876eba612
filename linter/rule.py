"""The shape every rule module in withdraw_lint.rules fills in."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.settings import Settings

if TYPE_CHECKING:
    from withdraw_lint.analysis import Analysis


@dataclass(frozen=True)
class Rule:
    """A rule's metadata, its documentation and its check.

    `check` reads the annotated draft (never re-runs NLP) and yields findings.
    `bad` must make the rule fire and `good` must not: the test suite runs both.
    """

    name: str
    code: str
    severity: Severity
    summary: str
    guide: str
    why: str
    fix_safety: str
    """What the rule's fix does, and whether --fix applies it or only --unsafe-fixes (or
    that there is no automatic fix): the "Fix safety" section of its documentation."""
    bad: str
    good: str
    check: Callable[[Analysis], Iterable[Finding]]
    default_enabled: bool = True
    """Opt-in rules (False) run only when selected by name, like Ruff's preview rules."""
    example_settings: Settings | None = None
    """Settings its examples need, for a rule that depends on configuration."""

    def explain(self) -> str:
        """The rule's documentation in Ruff's fixed sections, as `explain` prints it: what
        it does, why, an example that fires, what to write instead, and fix safety."""
        indent = "\n    "
        return (
            f"{self.name} ({self.code}, {self.severity.value})\n\n"
            f"What it does\n  {self.summary}\n\n"
            f"Why\n  {self.why}\n  Guide: {self.guide}.\n\n"
            f"Example that fires\n    {self.bad.replace(chr(10), indent)}\n\n"
            f"Use instead\n    {self.good.replace(chr(10), indent)}\n\n"
            f"Fix safety\n  {self.fix_safety}"
        )
