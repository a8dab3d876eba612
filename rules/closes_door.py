"""closes-door: a line that rules out any future with the company."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span
from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule
from withdraw_lint.rules.negative_tone import carries_decision, decision

AJAR = "I hope our paths cross again."


def _suggestion(a: Analysis, sent: Span) -> str:
    if carries_decision(a, sent):
        # Deleting the line would take the withdrawal with it.
        return f'Keep the decision and leave the door ajar, e.g. "{decision(a)} {AJAR}"'
    return f'Delete it, or leave the door ajar: "{AJAR}"'


def check(a: Analysis) -> Iterator[Finding]:
    for sent in a.spans("closes_door"):
        yield Finding(
            start=sent.start_char,
            end=sent.end_char,
            message="This line rules out any future with the company; the guide says to keep "
            "the door open (step 5).",
            suggestion=_suggestion(a, sent),
        )


RULE = Rule(
    name="closes-door",
    code="WL202",
    severity=Severity.WARNING,
    summary="A statement rules out any future with the company.",
    guide="Step 5: keep the door open for future opportunities",
    why="Roles, teams and people change; a line like 'I will never apply again' throws away a "
    "door the guide wants kept open. When the line is also the draft's withdrawal, the "
    "suggestion keeps the decision and leaves the door ajar; otherwise it can go.",
    fix_safety="No automatic fix: deleting or softening the line changes what you say, so it"
    " is left to you.",
    bad="Dear Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "withdrawing. I will never apply to your company again.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "withdrawing. I hope our paths cross again.\n\nBest regards,\nLi",
    check=check,
)
