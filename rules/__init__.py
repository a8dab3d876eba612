"""The rule registry: every rule withdraw-lint knows, in report order."""

from __future__ import annotations

from withdraw_lint.rule import Rule
from withdraw_lint.rules import (
    excessive_length,
    missing_gratitude,
    missing_positive_close,
    missing_reason,
    missing_withdrawal,
    negative_tone,
    template_placeholder,
)

ALL_RULES: tuple[Rule, ...] = (
    missing_withdrawal.RULE,
    missing_gratitude.RULE,
    missing_reason.RULE,
    missing_positive_close.RULE,
    negative_tone.RULE,
    excessive_length.RULE,
    template_placeholder.RULE,
)

BY_NAME: dict[str, Rule] = {rule.name: rule for rule in ALL_RULES}
BY_CODE: dict[str, Rule] = {rule.code: rule for rule in ALL_RULES}


def get(name_or_code: str) -> Rule | None:
    """A rule by its name ("missing-reason") or its code ("WL103")."""
    return BY_NAME.get(name_or_code) or BY_CODE.get(name_or_code.upper())
