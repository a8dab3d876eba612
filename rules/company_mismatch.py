"""company-mismatch: two different companies named as the employer."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span
from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule

_SUFFIX = re.compile(
    r"[\s,]+(?:inc|corp|corporation|ltd|llc|plc|gmbh|co|group|company|limited)\.?$", re.I
)


def _key(name: str) -> str:
    return _SUFFIX.sub("", name.strip().rstrip(".")).lower()


def _same(a: str, b: str) -> bool:
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _name(mention: Span) -> str:
    """A company as named, without the full stop of a sentence it ends ("Acme Corp.")."""
    return mention.text.rstrip(".")


def check(a: Analysis) -> Iterator[Finding]:
    mentions = [m for m in a.spans("company") if a.body_start <= m.start_char < a.body_end]
    if not mentions:
        return
    first = mentions[0]
    first_key = _key(first.text)
    others = {_key(m.text) for m in a.spans("other_company")}
    for mention in mentions[1:]:
        key = _key(mention.text)
        if _same(key, first_key) or key in others:
            continue
        named, used = _name(first), _name(mention)
        yield Finding(
            start=mention.start_char,
            end=mention.start_char + len(used),
            message=f"The draft names {named!r} and {used!r} as the employer; was it reused "
            "from another withdrawal? (guide: a professional, respectful approach)",
            suggestion=f"Use the right company name throughout (probably {named!r}).",
        )
        return


RULE = Rule(
    name="company-mismatch",
    code="WL402",
    severity=Severity.ERROR,
    summary="Two different companies are named as the employer.",
    guide="Email hygiene: a draft reused from another withdrawal",
    why="Naming the wrong company tells the reader the email was copied from one sent "
    "elsewhere, which undoes every courtesy in it.",
    fix_safety="No automatic fix: which company is the right one is for you to check.",
    bad="Dear Ana,\n\nThank you for the interview for the Analyst position at Acme. I have "
    "accepted another offer, so I am withdrawing. I wish everyone at Globex the best.\n\n"
    "Best regards,\nLi",
    good="Dear Ana,\n\nThank you for the interview for the Analyst position at Acme. I have "
    "accepted an offer at Globex, so I am withdrawing. I wish everyone at Acme the best.\n\n"
    "Best regards,\nLi",
    check=check,
)
