"""vague-reason: the only reason given is empty of content."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule

EXAMPLES: dict[str, tuple[str, ...]] = {
    "other_offer": ("I have accepted another offer that fits my plans better.",),
    "not_a_fit": (
        "I've realised the role is more focused on sales than the product work I want to do.",
    ),
    "personal_circumstances": ("A family matter needs my full attention for the next few months.",),
    "relocation": ("My family is relocating, so I can no longer commit to the role's location.",),
    "unspecified": (
        "A family matter needs my attention right now.",
        "I have decided to stay in my current role for now.",
    ),
}
"""One honest sentence per reason category, as examples of naming the situation: the
not-a-fit one says what does not fit; a reason of no category gets two of different
kinds, since nothing tells which the writer means."""


def check(a: Analysis) -> Iterator[Finding]:
    reasons = a.spans("reason")
    vague = a.spans("reason_vague")
    if not reasons or len(vague) < len(reasons):
        return
    first = vague[0]
    examples = EXAMPLES.get(first.label_, EXAMPLES["unspecified"])
    example = '" or "'.join(examples)
    yield Finding(
        start=first.start_char,
        end=first.end_char,
        message="The only reason given is vague; the guide asks for a genuine reason "
        "(mistake 2: being vague).",
        suggestion=f'Name the situation in one honest sentence, e.g. "{example}" '
        "No detail is needed beyond that.",
    )


RULE = Rule(
    name="vague-reason",
    code="WL105",
    severity=Severity.INFO,
    summary='The only reason is empty of content ("for personal reasons").',
    guide="Mistake 2: being vague or dishonest",
    why="A reason like 'due to circumstances' reads as evasive; one plain sentence about the "
    "real situation keeps your word credible without going into detail.",
    fix_safety="No automatic fix: only you know the real reason; the suggestion gives "
    "examples to adapt.",
    bad="Dear Ana,\n\nThank you for the interview. Due to personal reasons, I am withdrawing my "
    "application.\n\nI wish you all the best.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for the interview. I have accepted another offer, so I am "
    "withdrawing my application.\n\nI wish you all the best.\n\nBest regards,\nLi",
    check=check,
)
