"""negative-tone: hostile, blaming, sarcastic or insulting sentences."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule


def check(a: Analysis) -> Iterator[Finding]:
    for sent in a.spans("negative"):
        yield Finding(
            start=sent.start_char,
            end=sent.end_char,
            message="This sentence reads as hostile or blaming and can burn a bridge (guide "
            "mistake 4).",
            suggestion="Delete it, or state the fact neutrally and without blame, e.g. "
            '"The timeline didn\'t work for me."',
        )


RULE = Rule(
    name="negative-tone",
    code="WL201",
    severity=Severity.ERROR,
    summary="A sentence is hostile, blaming, sarcastic or insulting.",
    guide="Mistake 4: burning bridges",
    why="Recruiters move between companies and remember how candidates left; a rude line "
    "can harm your reputation in the industry.",
    fix_safety="No automatic fix: deleting or rewording the sentence changes what you say, "
    "so it is left to you.",
    bad="Dear Ana,\n\nThank you for your time. I am withdrawing because I accepted another "
    "offer. Frankly, your process was a joke and nobody bothered to reply for weeks.\n\n"
    "Best,\nLi",
    good="Dear Ana,\n\nThank you for your time. Unfortunately, I must withdraw because I "
    "accepted another offer. I'm sorry for any inconvenience and wish you the best.\n\n"
    "Best,\nLi",
    check=check,
)
