"""shouting: words in capitals, runs of exclamation or question marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Edit, Finding, Fix, Severity
from withdraw_lint.rule import Rule

_RUN = re.compile(r"([!?])[!?]{2,}|([!?])(?:\?!|!\?)[!?]*|\?!|!\?")
"""Three or more marks, or a mix of ! and ?; a single "!!" is left alone as enthusiasm."""
MIN_CAPS_LETTERS = 4
"""Shorter all-capital words are usually acronyms (HR, CEO, NYC, ASAP)."""


def _caps_runs(a: Analysis) -> Iterator[tuple[int, int]]:
    run: list = []
    for sent in a.sentences:
        for token in [*sent, None]:
            loud = (
                token is not None
                and token.is_upper
                and token.is_alpha
                and len(token.text) >= MIN_CAPS_LETTERS
            )
            if loud:
                run.append(token)
                continue
            if run:
                yield run[0].idx, run[-1].idx + len(run[-1].text)
                run = []


def check(a: Analysis) -> Iterator[Finding]:
    body = a.text[a.body_start : a.body_end]
    for match in _RUN.finditer(body):
        start, end = a.body_start + match.start(), a.body_start + match.end()
        yield Finding(
            start=start,
            end=end,
            message=f"{match.group(0)!r} reads as shouting (guide mistake 4: stay professional).",
            suggestion=f"Use a single {match.group(0)[0]!r}.",
            fix=Fix((Edit(start, end, match.group(0)[0]),)),
        )
    for start, end in _caps_runs(a):
        word = a.text[start:end]
        yield Finding(
            start=start,
            end=end,
            message=f"{word!r} in capitals reads as shouting (guide mistake 4: stay professional).",
            suggestion=f'Write it in normal case: "{word.capitalize()}".',
        )


RULE = Rule(
    name="shouting",
    code="WL203",
    severity=Severity.WARNING,
    summary="Words in capitals, or runs of exclamation or question marks.",
    guide="Mistake 4: burning bridges by being rude or disrespectful",
    why="Capitals and '!!!' read as raised voices in email, even when you mean enthusiasm.",
    bad="Dear Ana,\n\nThank you for your time!!! I have accepted another offer, so I am "
    "DEFINITELY withdrawing.\n\nI wish you all the best.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for your time! I have accepted another offer, so I am "
    "withdrawing.\n\nI wish you all the best.\n\nBest regards,\nLi",
    check=check,
)
