"""missing-reason: the draft withdraws without saying why."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span
from withdraw_lint.analysis import Analysis
from withdraw_lint.cues import REASON_CATEGORIES
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule
from withdraw_lint.rules.template_placeholder import find_slots


def _requests(a: Analysis) -> bool:
    """Whether the draft asks for something other than leaving (a new date, more time, a
    pause, information): a draft that does and never withdraws gives its explanations for
    the request ("I have an offer elsewhere; could you decide by Friday?"), so they are
    no reason for withdrawing; one that never withdraws and asks nothing gives them for
    the withdrawal it implies ("my partner has a job in Vancouver, we move next month").
    Asking for another role instead gives this one up, so it is no such request; saying
    it stays in ("can we rebook for fri?", "I'd very much like to stay in the running")
    is one."""
    return bool(a.cues("request") or a.cues("staying_in")) and not a.cues("other_role")


def _in_subject(a: Analysis) -> bool:
    """The subject line gives the reason the body leaves out ("Subject: Withdrawing - taken
    a role at Ocado"): the recruiter reads it first, so the draft gives one (read part dz)."""
    subject = a.subject_doc
    if subject is None or not subject.spans.get("reason"):
        return False
    # A reason its words name, not one the classifier reads into "Withdrawal - Policy
    # Officer (Housing), ref 24/117".
    return any(c.label_ in _NAMED_REASONS for c in subject.spans.get("cues", []))


_NAMED_REASONS = frozenset(f"reason_{c}" for c in (*REASON_CATEGORIES, "unspecified"))


_REASON_SLOT = re.compile(r"reason|why|explanation|cause", re.IGNORECASE)


def _unfilled(span: Span) -> str | None:
    """The template slot that stands where the reason should be ("due to [reason]")."""
    return next(
        (m.group(0) for m in find_slots(span.text) if _REASON_SLOT.search(m.group(0))), None
    )


def check(a: Analysis) -> Iterator[Finding]:
    if not a.sentences:
        return
    reasons = a.spans("reason")
    if not (a.has("withdrawal") or a.has("withdrawal_hedged")) and _requests(a):
        reasons = []
    slots = [(r, slot) for r in reasons if (slot := _unfilled(r))]
    if len(slots) < len(reasons):
        return
    if not reasons and _in_subject(a):
        return
    if slots:
        sentence, slot = slots[0]
        yield Finding(
            start=sentence.start_char,
            end=sentence.end_char,
            message=f"The reason for withdrawing is still the template slot {slot!r} (guide "
            "step 3: state a genuine reason).",
            suggestion=f'Replace {slot} with a brief, honest reason, e.g. "I have accepted '
            'another offer".',
        )
        return
    withdrawals = a.spans("withdrawal") or a.spans("withdrawal_hedged")
    anchor = withdrawals[0] if withdrawals else a.sentences[0]
    yield Finding(
        start=anchor.start_char,
        end=anchor.end_char,
        message="The draft gives no reason for withdrawing (guide step 3: state a genuine reason).",
        suggestion='Add one brief, honest sentence after this one, e.g. "I have accepted '
        'another offer that fits my plans better." or "After reflection, I\'ve realised the '
        "role isn't the right fit for my goals.\"",
    )


RULE = Rule(
    name="missing-reason",
    code="WL103",
    severity=Severity.WARNING,
    summary="The draft withdraws without giving any reason.",
    guide="Step 3: be honest and concise",
    why="The guide asks for a genuine reason, kept brief: it helps the employer understand "
    "and keeps your word credible.",
    fix_safety="No automatic fix: only you know the reason; the suggestion gives examples to"
    " adapt.",
    bad="Dear Ana,\n\nThank you for the interview. I am withdrawing my application.\n\n"
    "I wish you all the best.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for the interview. I have accepted another offer, so I am "
    "withdrawing my application.\n\nI wish you all the best.\n\nBest regards,\nLi",
    check=check,
)
