"""oversharing: medical, family or money detail beyond what the reason needs."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.util import filter_spans
from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule


def check(a: Analysis) -> Iterator[Finding]:
    # Every detail, each its own finding: a sentence may hold several ("my divorce ...
    # custody ... my therapist ... antidepressants"), and a writer who drops the first
    # must see the rest. Overlapping cues are one detail, the longest match.
    for cue in filter_spans(a.cues("overshare")):
        yield Finding(
            start=cue.start_char,
            end=cue.end_char,
            message=f"{cue.text!r} is more detail than a withdrawal needs (the guide: you don't "
            "need to go into great detail).",
            suggestion='Keep the reason general, e.g. "a health matter", "a family matter", or '
            '"an offer that better fits my needs".',
        )


RULE = Rule(
    name="oversharing",
    code="WL205",
    severity=Severity.INFO,
    summary="Medical, family or financial detail, or the competing offer's pay.",
    guide="Step 3: you don't need to go into great detail",
    why="Private detail is not owed to an employer and can't be taken back; the other offer's "
    "salary reads as a negotiation.",
    fix_safety="No automatic fix: which details to drop is your choice.",
    bad="Dear Ana,\n\nThank you for your time. I am withdrawing because another company offered "
    "me $140,000, far above your range.\n\nI wish you all the best.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for your time. I am withdrawing because I accepted an offer that "
    "better fits my needs.\n\nI wish you all the best.\n\nBest regards,\nLi",
    check=check,
)
