"""missing-withdrawal: the draft never says the candidate is withdrawing."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule


def check(a: Analysis) -> Iterator[Finding]:
    if a.has("withdrawal") or a.has("withdrawal_hedged"):
        return
    # A draft of a greeting and a sign-off only ("Dear Sam,\n\nBest,\nJane") withdraws no
    # more than one that says other things: the finding sits where its body would start.
    start, end = (
        (a.sentences[0].start_char, a.sentences[0].end_char)
        if a.sentences
        else (a.body_start, a.body_start)
    )
    yield Finding(
        start=start,
        end=end,
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
