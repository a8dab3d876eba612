"""late-gratitude: thanks appear only at the very end."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule
from withdraw_lint.rules.missing_gratitude import thanks_opener

CLOSING = 2
"""Thanks only within the body's last CLOSING sentences count as coming late."""


def check(a: Analysis) -> Iterator[Finding]:
    thanks = a.spans("gratitude")
    if not thanks or len(a.sentences) < CLOSING + 2:
        return
    closing = {(s.start, s.end) for s in a.sentences[-CLOSING:]}
    if any((t.start, t.end) not in closing for t in thanks):
        return
    yield thanks_opener(
        a, "Thanks come only at the end; the guide says to begin with appreciation (step 2)."
    )


RULE = Rule(
    name="late-gratitude",
    code="WL107",
    severity=Severity.INFO,
    summary="Thanks appear only at the end, not at the start.",
    guide="Step 2: begin by expressing gratitude",
    why="Opening with thanks sets a gracious tone for the news that follows; thanks tacked on "
    "at the end read as an afterthought.",
    bad="Dear Ana,\n\nI am withdrawing my application. I have accepted another offer. It "
    "starts next month. Thank you for your time.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for your time. I am withdrawing my application. I have "
    "accepted another offer. Thanks again, and best of luck with the search.\n\n"
    "Best regards,\nLi",
    check=check,
    # Off by default: many professional drafts state the decision first and thank at the
    # end, and flagging them all would bury the findings that matter.
    default_enabled=False,
)
