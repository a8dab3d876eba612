"""late-gratitude: thanks appear only at the very end."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule
from withdraw_lint.rules.missing_gratitude import thanks_opener

CLOSING = 2
"""Thanks only within the body's last CLOSING sentences count as coming late..."""
BEFORE = 2
"""...once at least BEFORE sentences come before them: in a two-sentence body the thanks
are as early as they are late."""


def check(a: Analysis) -> Iterator[Finding]:
    place = {(s.start, s.end): i for i, s in enumerate(a.sentences)}
    thanks = [(t.start, t.end) for t in a.spans("gratitude")]
    if not thanks or any(t not in place for t in thanks):
        return
    if min(place[t] for t in thanks) < max(BEFORE, len(a.sentences) - CLOSING):
        return
    yield thanks_opener(
        a, "Thanks come only at the end; the guide says to begin with appreciation (step 2)."
    )


RULE = Rule(
    name="late-gratitude",
    code="WL107",
    severity=Severity.INFO,
    summary="Thanks appear only in the last two sentences, after at least two others.",
    guide="Step 2: begin by expressing gratitude",
    why="Opening with thanks sets a gracious tone for the news that follows; thanks tacked on "
    "at the end read as an afterthought.",
    fix_safety='Safe: --fix opens the body with a sentence of thanks ("Thank you for the '
    'opportunity to interview for the Data Analyst role at Acme."), naming the '
    "role and company the draft mentions; the later thanks stay.",
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
