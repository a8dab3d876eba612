"""missing-gratitude: no thanks or appreciation anywhere in the body."""

from __future__ import annotations

import re
from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Edit, Finding, Fix, Severity
from withdraw_lint.rule import Rule

_LIST_ITEM = re.compile(r"(?:[-*+•–]|\d{1,2}[.)])\s")
"""A bullet or number opening a list item."""


def thanks_opener(a: Analysis, message: str) -> Finding:
    """A finding on the first body sentence whose fix opens the body with thanks."""
    first = a.sentences[0]
    opener = f"Thank you for the opportunity to interview for {a.the_role()}."
    separator = "\n\n" if _LIST_ITEM.match(a.text, first.start_char) else " "
    return Finding(
        start=first.start_char,
        end=first.end_char,
        message=message,
        suggestion=f'Open the body with thanks, e.g. "{opener}"',
        # Before a list, the thanks is a paragraph of its own: "- I am withdrawing ..."
        fix=Fix((Edit(first.start_char, first.start_char, opener + separator),)),
    )


def check(a: Analysis) -> Iterator[Finding]:
    if a.has("gratitude") or not a.sentences:
        return
    yield thanks_opener(
        a, "The draft never thanks the employer (guide step 2: begin with appreciation)."
    )


RULE = Rule(
    name="missing-gratitude",
    code="WL102",
    severity=Severity.WARNING,
    summary="No thanks or appreciation anywhere in the draft.",
    guide="Step 2: express gratitude",
    why="The guide asks you to begin by thanking the employer for their time and for "
    "considering you; a withdrawal without thanks reads as curt.",
    fix_safety='Safe: --fix opens the body with a sentence of thanks ("Thank you for the '
    'opportunity to interview for the Data Analyst role at Acme."), naming the '
    "role and company the draft mentions.",
    bad="Hi Sam,\n\nI am withdrawing my application because I accepted another offer. "
    "I wish you the best.\n\nBest,\nLi",
    good="Hi Sam,\n\nThank you for your time. I am withdrawing my application because I "
    "accepted another offer. I wish you the best.\n\nBest,\nLi",
    check=check,
)
