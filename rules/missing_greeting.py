"""missing-greeting: no salutation."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Edit, Finding, Fix, Severity
from withdraw_lint.rule import Rule

NO_NAME = "Dear Hiring Team,"
"""The greeting suggested when no name is known: a real one, never a slot to fill."""


def check(a: Analysis) -> Iterator[Finding]:
    if a.layout.greeting is not None or not a.sentences:
        return
    first = a.sentences[0]
    name = a.recipient_first_name
    message = "The draft has no greeting (guide: a professional, respectful approach)."
    if name is None:
        yield Finding(
            start=first.start_char,
            end=first.end_char,
            message=message,
            suggestion="Start with a salutation on its own line: the name of the person you "
            f'dealt with, e.g. "Dear Ms. Lee,", or else "{NO_NAME}".',
        )
        return
    yield Finding(
        start=first.start_char,
        end=first.end_char,
        message=message,
        suggestion=f'Start with a salutation, e.g. "Dear {name}," on its own line.',
        fix=Fix((Edit(first.start_char, first.start_char, f"Dear {name},\n\n"),), safe=False),
    )


RULE = Rule(
    name="missing-greeting",
    code="WL404",
    severity=Severity.INFO,
    summary='No salutation ("Dear Ms. Lee,").',
    guide="Email hygiene: a professional and respectful approach",
    why="A greeting addressed to the person you dealt with is part of the courtesy the guide "
    "asks for.",
    fix_safety="Unsafe: when an .eml file names its recipient, --unsafe-fixes (not --fix) "
    'greets them by first name ("Dear Ana,") above the body, as the name is '
    "guessed from the header. Without a recipient there is no fix.",
    bad="Thank you for your time. I have accepted another offer, so I am withdrawing.\n\n"
    "I wish you all the best.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "withdrawing.\n\nI wish you all the best.\n\nBest regards,\nLi",
    check=check,
)
