"""missing-gratitude: no thanks or appreciation anywhere in the body."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span
from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Edit, Finding, Fix, Severity
from withdraw_lint.rule import Rule
from withdraw_lint.rules.missing_positive_close import PLEASANTRY

_LIST_ITEM = re.compile(r"(?:[-*+•–]|\d{1,2}[.)])\s")
"""A bullet or number opening a list item."""


_INTERVIEWED = re.compile(r"\binterview|\bmet\b|\bmeeting\b|\bcall\b|\bspoke|\bchat", re.I)
_APPLIED = re.compile(
    r"\b(?:applied|submitted (?:an |my )?(?:application|cv|resume)|sent (?:in )?(?:an |my )?"
    r"(?:application|cv|resume))\b",
    re.I,
)
"""The draft says it applied ("I submitted an application for ... last week"); "withdraw my
application" alone does not say whether anyone interviewed."""


def opener_for(a: Analysis, first: Span) -> str:
    """The thanks that fits the draft: for an interview, or for considering an application
    when the draft only applied; naming the role and company unless the sentence it goes
    before names them already ("... for the Senior Accountant position at Brightwater")."""
    named = any(n and n in first.text for n in (a.role, a.company))
    if _APPLIED.search(a.doc.text) and not _INTERVIEWED.search(a.doc.text):
        role = "" if named or not (a.role or a.company) else f" for {a.the_role()}"
        return f"Thank you for considering my application{role}."
    if named:
        return "Thank you for the opportunity to interview with you."
    return f"Thank you for the opportunity to interview for {a.the_role()}."


def thanks_opener(a: Analysis, message: str) -> Finding:
    """A finding on the first body sentence whose fix opens the body with thanks (after an
    opening pleasantry: "I hope you are well. Thank you for ...")."""
    first = a.sentences[0]
    at = first
    if len(a.sentences) > 1 and PLEASANTRY.match(first.text):
        at = a.sentences[1]
    opener = opener_for(a, at)
    separator = "\n\n" if _LIST_ITEM.match(a.text, at.start_char) else " "
    where = at.start_char
    # An inline reply: "> Are you still available?\n\nNo. I've accepted ..." - the
    # thanks goes above the quote, not before the answer to it.
    opened = a.layout.greeting[1] if a.layout.greeting else 0
    above = [q for q in a.layout.inner_quotes if opened <= q[0] and q[1] <= at.start_char]
    if at is first and above:
        where, separator = above[0][0], "\n\n"
    return Finding(
        start=first.start_char,
        end=first.end_char,
        message=message,
        suggestion=f'Open the body with thanks, e.g. "{opener}"',
        # Before a list, the thanks is a paragraph of its own: "- I am withdrawing ..."
        fix=Fix((Edit(where, where, opener + separator),)),
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
