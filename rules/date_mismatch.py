"""date-mismatch: a weekday and a date that disagree."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule

_DAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_DAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_DAY = "|".join(sorted(_DAYS, key=len, reverse=True))
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_PATTERN = re.compile(
    rf"\b(?P<wd>{_DAY})\.?,?\s+(?:the\s+)?(?:"
    rf"(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\b)"
    rf"(?:,?\s+(?P<year>\d{{4}}))?",
    re.IGNORECASE,
)


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def check(a: Analysis) -> Iterator[Finding]:
    year = a.reference_date.year
    quote = a.layout.quote_start
    # The quoted message below a reply is someone else's words, not the draft's.
    own_text = a.text if quote is None else a.text[:quote]
    for match in _PATTERN.finditer(own_text):
        said = _DAYS[match.group("wd").lower()]
        month = _MONTHS[(match.group("m1") or match.group("m2")).lower()]
        day = int(match.group("d1") or match.group("d2"))
        # Without a year: the email's year, the next one (December drafts name January) or
        # the last one (a January draft recalls a December interview).
        years = [int(match.group("year"))] if match.group("year") else [year, year + 1, year - 1]
        actual = [_weekday(y, month, day) for y in years]
        if said in actual or all(w is None for w in actual):
            continue
        real = actual[0]
        if real is None:
            continue
        yield Finding(
            start=match.start(),
            end=match.end(),
            message=f"{match.group(0)!r}: {calendar.month_name[month]} {day}, {years[0]} is a "
            f"{calendar.day_name[real]}, not a {calendar.day_name[said]} (guide: communicate "
            "clearly).",
            suggestion="Check the date with the interview invitation and correct the weekday or "
            "the date.",
        )


RULE = Rule(
    name="date-mismatch",
    code="WL403",
    severity=Severity.WARNING,
    summary='A weekday and a date that disagree ("Thursday, March 4" on a Tuesday).',
    guide="Email hygiene: the details must be right",
    why="A wrong weekday makes the reader unsure which interview you mean to cancel.",
    fix_safety="No automatic fix: the weekday or the date may be the wrong one; check the "
    "invitation.",
    bad="Dear Ana,\n\nThank you for your time. I have accepted another offer and am withdrawing, "
    "so please cancel the interview on Monday, March 2, 2027.\n\nI wish you all the best.\n\n"
    "Best regards,\nLi",
    good="Dear Ana,\n\nThank you for your time. I have accepted another offer and am withdrawing, "
    "so please cancel the interview on Tuesday, March 2, 2027.\n\nI wish you all the best.\n\n"
    "Best regards,\nLi",
    check=check,
)
