"""The rule registry: every rule withdraw-lint knows, in report order."""

from __future__ import annotations

from withdraw_lint.rule import Rule
from withdraw_lint.rules import (
    ambiguous_withdrawal,
    closes_door,
    company_mismatch,
    date_mismatch,
    excessive_apology,
    excessive_length,
    late_gratitude,
    late_notice,
    missing_gratitude,
    missing_greeting,
    missing_positive_close,
    missing_reason,
    missing_sign_off,
    missing_withdrawal,
    negative_tone,
    offer_assistance,
    oversharing,
    register_mismatch,
    shouting,
    template_placeholder,
    vague_reason,
    weak_subject,
)

ALL_RULES: tuple[Rule, ...] = (
    missing_withdrawal.RULE,
    missing_gratitude.RULE,
    missing_reason.RULE,
    missing_positive_close.RULE,
    vague_reason.RULE,
    ambiguous_withdrawal.RULE,
    late_gratitude.RULE,
    offer_assistance.RULE,
    late_notice.RULE,
    negative_tone.RULE,
    closes_door.RULE,
    shouting.RULE,
    excessive_apology.RULE,
    oversharing.RULE,
    excessive_length.RULE,
    template_placeholder.RULE,
    company_mismatch.RULE,
    date_mismatch.RULE,
    missing_greeting.RULE,
    missing_sign_off.RULE,
    register_mismatch.RULE,
    weak_subject.RULE,
)

BY_NAME: dict[str, Rule] = {rule.name: rule for rule in ALL_RULES}
BY_CODE: dict[str, Rule] = {rule.code: rule for rule in ALL_RULES}


def get(name_or_code: str) -> Rule | None:
    """A rule by its name ("missing-reason") or its code ("WL103")."""
    return BY_NAME.get(name_or_code) or BY_CODE.get(name_or_code.upper())
