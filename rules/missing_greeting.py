"""missing-greeting: no salutation."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Edit, Finding, Fix, Severity
from withdraw_lint.rule import Rule


def check(a: Analysis) -> Iterator[Finding]:
    if a.layout.greeting is not None or not a.sentences:
        return
    first = a.sentences[0]
    name = a.recipient_first_name or "[name]"
    fix = Fix((Edit(first.start_char, first.start_char, f"Dear {name},\n\n"),), safe=False)
    yield Finding(
        start=first.start_char,
        end=first.end_char,
        message="The draft has no greeting (guide: a professional, respectful approach).",
        suggestion=f'Start with a salutation, e.g. "Dear {name}," on its own line.',
        fix=fix if a.recipient_first_name else None,
    )


RULE = Rule(
    name="missing-greeting",
    code="WL404",
    severity=Severity.INFO,
    summary='No salutation ("Dear Ms. Lee,").',
    guide="Email hygiene: a professional and respectful approach",
    why="A greeting addressed to the person you dealt with is part of the courtesy the guide "
    "asks for.",
    bad="Thank you for your time. I have accepted another offer, so I am withdrawing.\n\n"
    "I wish you all the best.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "withdrawing.\n\nI wish you all the best.\n\nBest regards,\nLi",
    check=check,
)
