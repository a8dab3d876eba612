"""missing-sign-off: no closing phrase and name."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule


def check(a: Analysis) -> Iterator[Finding]:
    if a.layout.sign_off is not None or not a.sentences:
        return
    last = a.sentences[-1]
    yield Finding(
        start=last.start_char,
        end=last.end_char,
        message="The draft ends without a sign-off and your name (guide: a professional, "
        "respectful approach).",
        suggestion='End with a closing such as "Best regards," on its own line, and your '
        "full name on the line below it.",
    )


RULE = Rule(
    name="missing-sign-off",
    code="WL405",
    severity=Severity.INFO,
    summary="No closing phrase and name.",
    guide="Email hygiene: a professional and respectful approach",
    why="A sign-off with your full name tells the reader who is withdrawing, especially when "
    "the email reaches a shared inbox.",
    fix_safety="No automatic fix: the closing and your name are yours to add.",
    bad="Dear Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "withdrawing. I wish you all the best.",
    good="Dear Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "withdrawing. I wish you all the best.\n\nBest regards,\nLi Wei",
    check=check,
)
