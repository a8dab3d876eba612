"""excessive-apology: three or more apologies."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule

LIMIT = 3


def check(a: Analysis) -> Iterator[Finding]:
    apologies = a.spans("apology")
    # "Sorry, so sorry, I apologise" is three apologies in one sentence.
    words = a.cues("apology")
    count = max(len(apologies), len(words))
    if count < LIMIT:
        return
    third = apologies[LIMIT - 1] if len(apologies) >= LIMIT else words[LIMIT - 1]
    yield Finding(
        start=third.start_char,
        end=third.end_char,
        message=f"The draft apologises {count} times; one apology is enough (guide step 3: be "
        "concise).",
        suggestion="Keep the single most relevant apology (for example for short notice) and "
        "delete the others; withdrawing is a normal, respectful step.",
    )


RULE = Rule(
    name="excessive-apology",
    code="WL204",
    severity=Severity.INFO,
    summary="Three or more apologies.",
    guide="Step 3: be honest and concise; withdrawing is a responsible action",
    why="The guide calls withdrawing a responsible, respectful action; apologising again and "
    "again undercuts it and lengthens the email.",
    fix_safety="No automatic fix: which apology to keep is your choice.",
    bad="Dear Ana,\n\nThank you for your time, and I'm so sorry. I apologise, but I am "
    "withdrawing because I accepted another offer. Sorry again for the trouble.\n\n"
    "Best regards,\nLi",
    good="Dear Ana,\n\nThank you for your time. I am withdrawing because I accepted another "
    "offer, and I'm sorry for any inconvenience.\n\nBest regards,\nLi",
    check=check,
)
