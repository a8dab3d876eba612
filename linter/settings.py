"""Settings that change what the rules report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from withdraw_lint.diagnostics import Severity

PHRASE_LABELS = ("gratitude", "withdrawal", "reason", "close", "negative", "assistance", "apology")
"""Sentence labels a configuration can add its own phrases for."""


FAIL_ON = ("error", "warning", "info", "never")
"""The values of --fail-on and of a config's fail-on; "never" is None in Settings."""


def rule_name(name_or_code: str) -> str:
    """The rule name for a name or code ("WL103" -> "missing-reason"), as the command line,
    configuration files and Settings accept them. Raises ValueError for an unknown one."""
    from withdraw_lint import rules

    rule = rules.get(name_or_code)
    if rule is None:
        raise ValueError(f"unknown rule {name_or_code!r}; `withdraw-lint rules` lists them")
    return rule.name


def rule_names(items: Iterable[str]) -> frozenset[str]:
    """Rule names for names or codes (see `rule_name`)."""
    if isinstance(items, str):
        raise ValueError(f"expected a list of rule names, got the string {items!r}")
    return frozenset(rule_name(item) for item in items)


def fail_on_level(value: Severity | str | None) -> Severity | None:
    """A fail-on threshold from a Severity, None, or "error" | "warning" | "info" | "never"."""
    if value is None or isinstance(value, Severity):
        return value
    if value not in FAIL_ON:
        raise ValueError(f"fail_on: expected {' | '.join(FAIL_ON)} or None, got {value!r}")
    return None if value == "never" else Severity(value)


VALUE_KEYS = ("manager", "company", "role", "date", "name")
"""The placeholder values `values` (--set KEY=VALUE) may give."""


@dataclass(frozen=True)
class Settings:
    """Thresholds and choices for one run. Frozen and picklable.

    Rule lists take names or codes, in any iterable, and are kept as frozensets of names;
    `fail_on` takes a Severity, None or its name ("never" is None). An unknown rule, severity
    or fail_on raises ValueError here, as the command line refuses them.
    """

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

    def __post_init__(self) -> None:
        set_field = object.__setattr__  # the dataclass is frozen
        set_field(self, "fail_on", fail_on_level(self.fail_on))
        if self.select is not None:
            set_field(self, "select", rule_names(self.select))
        set_field(self, "ignore", rule_names(self.ignore))
        set_field(self, "extend_select", rule_names(self.extend_select))
        pairs = self.severity.items() if isinstance(self.severity, dict) else self.severity
        severity = []
        for name, level in pairs:
            if level not in ("error", "warning", "info"):
                raise ValueError(f"severity of {name}: expected error | warning | info")
            severity.append((rule_name(name), str(level)))
        set_field(self, "severity", tuple(severity))
        for name in ("max_words", "max_sentence_words"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name}: expected a whole number of at least 1, got {value!r}")
        pairs = self.values.items() if isinstance(self.values, dict) else self.values
        values = tuple((str(key).strip().lower(), str(value)) for key, value in pairs)
        unknown = [key for key, _ in values if key not in VALUE_KEYS]
        if unknown:
            raise ValueError(f"values: unknown key {unknown[0]!r}; use {', '.join(VALUE_KEYS)}")
        set_field(self, "values", values)

    def severity_of(self, rule_name: str, default: Severity) -> Severity:
        return next((Severity(s) for name, s in self.severity if name == rule_name), default)

    def enabled(self, rule_name: str, default: bool = True) -> bool:
        """Whether a rule runs: ignore wins, then select, then the rule's own default."""
        if rule_name in self.ignore:
            return False
        if self.select is not None:
            return rule_name in self.select
        return default or rule_name in self.extend_select
