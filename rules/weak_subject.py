"""weak-subject: the subject line does not say what the email is."""

from __future__ import annotations

import re
from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule

_SAYS_WHAT = re.compile(
    r"withdraw|withdrawal|withdrawing|no longer|declin|step(?:ping)? back|pull(?:ing)? out"
    r"|cancel|bow(?:ing)? out|remove",
    re.I,
)


_REPLY = re.compile(r"^\s*(?:re|fw|fwd|aw|sv)\s*:", re.I)
"""A reply or forward keeps its thread's subject; renaming it would break the thread."""


def check(a: Analysis) -> Iterator[Finding]:
    subject = a.subject
    if subject is None or _SAYS_WHAT.search(subject) or _REPLY.match(subject):
        return
    role = f", {a.role}" if a.role else ""
    start, end = a.subject_range or (0, 0)
    yield Finding(
        start=start,
        end=end,
        message=(
            f"The subject {subject.strip()!r} does not say the email withdraws an application"
            if subject.strip()
            else "The email has an empty subject"
        )
        + " (guide step 1: notify the employer clearly).",
        suggestion=f'Say what it is, e.g. "Withdrawal of application - {a.sender_name}{role}".',
    )


RULE = Rule(
    name="weak-subject",
    code="WL407",
    severity=Severity.INFO,
    summary="The subject line does not say that the email withdraws an application.",
    guide="Step 1: notify the employer clearly",
    why="Recruiters triage by subject; 'Withdrawal of application - Jane Doe, Data Analyst' is "
    "read and filed at once, 'Quick note' may wait.",
    fix_safety="No automatic fix: the subject is outside the body; the suggestion gives one "
    "to use.",
    bad="Subject: Quick note\n\nDear Ana,\n\nThank you for your time. I have accepted another "
    "offer, so I am withdrawing. I wish you all the best.\n\nBest regards,\nLi",
    good="Subject: Withdrawal of application - Li Wei\n\nDear Ana,\n\nThank you for your time. "
    "I have accepted another offer, so I am withdrawing. I wish you all the best.\n\n"
    "Best regards,\nLi",
    check=check,
)
