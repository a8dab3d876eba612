"""missing-withdrawal: the draft never says the candidate is withdrawing."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule


def check(a: Analysis) -> Iterator[Finding]:
    if a.has("withdrawal") or a.has("withdrawal_hedged") or not a.sentences:
        return
    anchor = a.sentences[0]
    yield Finding(
        start=anchor.start_char,
        end=anchor.end_char,
        message="The draft never says plainly that you are withdrawing from the process (guide "
        "mistake 1: not notifying the employer).",
        suggestion=f'Say it in one sentence, e.g. "I am writing to withdraw my application for '
        f'{a.the_role()}."',
    )


RULE = Rule(
    name="missing-withdrawal",
    code="WL101",
    severity=Severity.ERROR,
    summary="The draft never clearly withdraws.",
    guide="Mistake 1: not notifying the employer",
    why="An email that thanks and explains but never says 'I am withdrawing' leaves the "
    "employer unsure whether to move on; the guide calls not notifying the first mistake.",
    fix_safety="No automatic fix: the decision must be stated in your words; the suggestion "
    "gives a sentence to adapt.",
    bad="Dear Ana,\n\nThank you for the interview. I have accepted an offer at another company "
    "and start next month.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for the interview. I have accepted an offer elsewhere, so I am "
    "withdrawing my application.\n\nBest regards,\nLi",
    check=check,
)
