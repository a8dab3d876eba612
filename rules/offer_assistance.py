"""offer-assistance: a long process and no offer to help."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule


def check(a: Analysis) -> Iterator[Finding]:
    signs = a.cues("long_process")
    if not signs or a.has("assistance") or not a.sentences:
        return
    sign = signs[0]
    yield Finding(
        start=sign.start_char,
        end=sign.end_char,
        message=f"After {sign.text!r}, the guide suggests offering help with finding a "
        "replacement (step 4).",
        suggestion="Add one line before the close, e.g. \"If it would help, I'd be glad to pass "
        'the role on to people in my network who might be a good fit."',
    )


RULE = Rule(
    name="offer-assistance",
    code="WL108",
    severity=Severity.INFO,
    summary="The draft mentions several rounds or months of contact and offers no help.",
    guide="Step 4: offer assistance, if applicable",
    why="After several rounds the employer has invested in you; offering to refer someone or "
    "help with the search shows goodwill.",
    fix_safety="No automatic fix: whether and how you can help is yours to say.",
    bad="Dear Ana,\n\nThank you for the three rounds of interviews. I have accepted another "
    "offer, so I am withdrawing.\n\nI wish you all the best.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for the three rounds of interviews. I have accepted another "
    "offer, so I am withdrawing. I'd be happy to refer a former colleague who might be a good "
    "fit.\n\nI wish you all the best.\n\nBest regards,\nLi",
    check=check,
)
