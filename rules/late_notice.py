"""late-notice: the interview is today or tomorrow."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule

_NOTICE_WORDS = ("short", "late", "last-minute", "last minute")


def check(a: Analysis) -> Iterator[Finding]:
    notices = a.cues("short_notice")
    imminent = [c for c in notices if not c.text.lower().startswith(_NOTICE_WORDS)]
    if not imminent:
        return
    cue = imminent[0]
    extra = "" if a.has("apology") else ' and apologise: "I\'m sorry for the short notice."'
    yield Finding(
        start=cue.start_char,
        end=cue.end_char,
        message=f"The interview is imminent ({cue.text!r}): an email may not be read in time "
        "(guide step 1: notify as soon as possible).",
        suggestion=f"Call the recruiter or interviewer as well{extra}.",
    )


RULE = Rule(
    name="late-notice",
    code="WL109",
    severity=Severity.INFO,
    summary="The interview is today, tomorrow or in a few hours.",
    guide="Step 1 and mistake 3: notify as soon as possible; don't wait too long",
    why="An interviewer may already be preparing or travelling; a phone call makes sure they "
    "know in time, and an apology acknowledges the short notice.",
    bad="Dear Ana,\n\nThank you for the invitation. I have accepted another offer, so I am "
    "withdrawing and won't attend the interview tomorrow.\n\nI wish you all the best.\n\n"
    "Best regards,\nLi",
    good="Dear Ana,\n\nThank you for the invitation. I have accepted another offer, so I am "
    "withdrawing and won't attend next week's interview.\n\nI wish you all the best.\n\n"
    "Best regards,\nLi",
    check=check,
)
