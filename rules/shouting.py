"""shouting: words in capitals, runs of exclamation or question marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Edit, Finding, Fix, Severity
from withdraw_lint.rule import Rule

_RUN = re.compile(r"([!?])[!?]{2,}|([!?])(?:\?!|!\?)[!?]*|\?!|!\?")
"""Three or more marks, or a mix of ! and ?; a single "!!" is left alone as enthusiasm."""
_EMPHATIC_WORDS = """
    absolutely again all always any anyone anything but cannot certainly completely
    definitely did do does done ever every extremely honestly hours how just least
    literally many months more most much must need never no nobody none not nothing now
    once only please really ridiculous rude seriously so still stop such terrible that this
    too totally twice unacceptable very waste way weeks what why will worst wrong you your
"""
EMPHATIC = frozenset(_EMPHATIC_WORDS.split())
"""Words people put in capitals to raise their voice. Other single capitalised words are
taken for acronyms (EMEA, NASA, GDPR, ACRL), which a linter cannot tell from shouting
without a dictionary; a long one (seven letters or more) is still shouting."""
MIN_LONG_CAPS = 7


def _loud(token: object) -> bool:
    return token.is_upper and token.is_alpha and len(token.text) >= 2  # type: ignore[attr-defined]


def _raised(token: object) -> bool:
    """A capitalised word no acronym would be: an emphatic word or a long one."""
    lower = token.lower_  # type: ignore[attr-defined]
    return lower in EMPHATIC or len(lower) >= MIN_LONG_CAPS


def _shouted_run(run: list) -> bool:
    """Several capitalised words that are a raised voice, not acronyms side by side: an
    emphatic or long word among them, or an everyday word next to a word of four letters
    or more ("THANK YOU"; not "CRA II", "US IT" or "VP OF HR")."""
    if any(_raised(t) for t in run):
        return True
    return any(t.is_stop for t in run) and any(len(t.text) >= 4 for t in run)


def _warm(a: Analysis) -> dict[int, tuple[int, int]]:
    """The sentences that thank or wish well and are not hostile, by first token: their
    character ranges."""
    hostile = {s.start for s in a.spans("negative")}
    return {
        s.start: (s.start_char, s.end_char)
        for label in ("gratitude", "close")
        for s in a.spans(label)
        if s.start not in hostile
    }


def _caps_runs(a: Analysis, warm: dict[int, tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """Capitalised stretches that read as shouting (sentence start, character range): two
    or more capitalised words in a row with an everyday word among them ("I AM DONE", not
    "CRA II"), or one emphatic or long word ("I waited WEEKS"). The words of thanks or
    good wishes themselves, in a warm sentence, are warmth ("THANK YOU so much",
    "Wishing you ALL the best"). `warm` is `_warm(a)`."""
    kind = [c for label in ("gratitude", "close") for c in a.cues(label)]
    for sent in a.sentences:
        run: list = []
        for token in [*sent, None]:
            if token is not None and _loud(token):
                run.append(token)
                continue
            several = len(run) >= 2 and _shouted_run(run)
            single = len(run) == 1 and _raised(run[0])
            # One emphatic word anywhere in warm words ("Thank you SO much"); a run only
            # within the thanks or wish itself ("THANK YOU for...", not "Thank you, but
            # I am DONE WAITING").
            in_thanks = (
                bool(run)
                and sent.start in warm
                and (single or any(c.start <= run[0].i and run[-1].i < c.end for c in kind))
            )
            if (several or single) and not in_thanks:
                yield sent.start, run[0].idx, run[-1].idx + len(run[-1].text)
            run = []


def check(a: Analysis) -> Iterator[Finding]:
    body = a.text[a.body_start : a.body_end]
    warm = _warm(a)
    caps = list(_caps_runs(a, warm))
    # A warm sentence that shouts nowhere else ends in enthusiasm: "Hope you find someone
    # amazing!!!", not "Thank you, but I am DONE WAITING!!!".
    calm = [r for k, r in warm.items() if not any(sent == k for sent, _, _ in caps)]
    for match in _RUN.finditer(body):
        start, end = a.body_start + match.start(), a.body_start + match.end()
        if "?" not in match.group(0) and any(s <= start < e for s, e in calm):
            continue
        yield Finding(
            start=start,
            end=end,
            message=f"{match.group(0)!r} reads as shouting (guide mistake 4: stay professional).",
            suggestion=f"Use a single {match.group(0)[0]!r}.",
            fix=Fix((Edit(start, end, match.group(0)[0]),)),
        )
    for _, start, end in caps:
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
    why="Capitals and '!!!' read as raised voices in email, even when you mean enthusiasm. "
    "In a thank-you or a good wish ('THANK YOU so much', 'Good luck with the hires!!!') "
    "they read as warmth and are let pass.",
    bad="Dear Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "DEFINITELY withdrawing!!!\n\nI wish you all the best.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "withdrawing.\n\nI wish you all the best.\n\nBest regards,\nLi",
    check=check,
)
