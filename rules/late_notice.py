"""late-notice: the interview is today or tomorrow."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span
from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule

_NOTICE_WORDS = ("short", "late", "last-minute", "last minute")
_CALLED = re.compile(
    r"""\bI(?:'ve|\ have|\ had|'ll|\ will|\ also|\ already|\ just|\ tried\ to|\ did)*\s+
    (?:called|phoned|rang|rung|call|phone|ring|tried\ (?:calling|phoning|ringing)
      |left\ (?:you\ )?a\ (?:voicemail|voice\ mail|voice\ message|message))
    \b(?!\ (?:it|off|in\ sick)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
"""The writer says they called, or will call ("I called your office this morning", "I'll
ring you as well", "I left a voicemail"), not "call it off" or "was called"."""


_AHEAD = re.compile(
    r"\b(?:will|won't|wont|'ll|can't|cannot|can not|unable|not be able|going to|gonna|attend"
    r"|make it|cancel)\b",
    re.IGNORECASE,
)
"""Words that put the interview ahead: "Thanks, but I won't make tomorrow's interview"."""


_TOMORROW = re.compile(r"tomorrow|tonight|tmrw|tmr|2mor|tomor|tommor|in an? |in two", re.I)


def _thanked_for(a: Analysis, cue: Span) -> bool:
    """Whether the cue is in thanks for an interview that has happened ("Thank you for the
    interview this morning", "Thanks for meeting with me today")."""
    if _TOMORROW.search(cue.text):
        return False  # "the invitation to a fourth interview tomorrow" is still ahead
    for sent in a.spans("gratitude"):
        if sent.start <= cue.start and cue.end <= sent.end:
            return not _AHEAD.search(sent.text)
    return False


def check(a: Analysis) -> Iterator[Finding]:
    notices = a.cues("short_notice")
    imminent = [
        c
        for c in notices
        if not c.text.lower().startswith(_NOTICE_WORDS) and not _thanked_for(a, c)
    ]
    if not imminent:
        return
    cue = imminent[0]
    called = _CALLED.search(a.doc.text, a.body_start, a.body_end) is not None
    apology = 'apologise: "I\'m sorry for the short notice."'
    if called and a.has("apology"):
        return
    if called:
        suggestion = f"Besides the call, {apology}"
    elif a.has("apology"):
        suggestion = "Call the recruiter or interviewer as well."
    else:
        suggestion = f"Call the recruiter or interviewer as well and {apology}"
    yield Finding(
        start=cue.start_char,
        end=cue.end_char,
        message=f"The interview is imminent ({cue.text!r}): an email may not be read in time "
        "(guide step 1: notify as soon as possible).",
        suggestion=suggestion,
    )


RULE = Rule(
    name="late-notice",
    code="WL109",
    severity=Severity.INFO,
    summary="The interview is today, tomorrow or in a few hours: call as well, and apologise.",
    guide="Step 1 and mistake 3: notify as soon as possible; don't wait too long",
    why="An interviewer may already be preparing or travelling; a phone call makes sure they "
    "know in time, and an apology acknowledges the short notice. A draft that says you "
    "called or will call ('I called your office this morning', 'I'll ring you as well') "
    "is only asked for the apology, and one that also apologises is left alone.",
    fix_safety="No automatic fix: a phone call and an apology are yours to make; the "
    "suggestion gives the apology's words.",
    bad="Dear Ana,\n\nThank you for the invitation. I have accepted another offer, so I am "
    "withdrawing and won't attend the interview tomorrow.\n\nI wish you all the best.\n\n"
    "Best regards,\nLi",
    good="Dear Ana,\n\nThank you for the invitation. I have accepted another offer, so I am "
    "withdrawing and won't attend next week's interview.\n\nI wish you all the best.\n\n"
    "Best regards,\nLi",
    check=check,
)
