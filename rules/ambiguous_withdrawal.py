"""ambiguous-withdrawal: the withdrawal is hedged or conditional."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule


def check(a: Analysis) -> Iterator[Finding]:
    if a.has("withdrawal"):
        return
    for sent in a.spans("withdrawal_hedged")[:1]:
        yield Finding(
            start=sent.start_char,
            end=sent.end_char,
            message="The withdrawal is hedged, so the employer can't tell whether to move on "
            "(guide: notify the employer clearly).",
            suggestion=f'State the decision, e.g. "I have decided to withdraw my application for '
            f'{a.the_role()}." If you are still deciding, ask your question instead and '
            "withdraw once you know.",
        )


RULE = Rule(
    name="ambiguous-withdrawal",
    code="WL106",
    severity=Severity.WARNING,
    summary='The withdrawal is hedged or conditional ("I might not continue").',
    guide="Mistake 1 and step 1: notify the employer, clearly and early",
    why="'I'm thinking about withdrawing' leaves the employer holding a slot for you; the guide's "
    "point of notifying is that they can move on to other candidates.",
    fix_safety="No automatic fix: only you can state the decision firmly; the suggestion "
    "shows a sentence to adapt.",
    bad="Dear Ana,\n\nThank you for the interview. I have another offer, so I might not "
    "continue with the process.\n\nI wish you all the best.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for the interview. I have accepted another offer, so I am "
    "withdrawing from the process.\n\nI wish you all the best.\n\nBest regards,\nLi",
    check=check,
)
