"""excessive-length: a body or a sentence too long for a withdrawal email."""

from __future__ import annotations

from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.components import written_words
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule


def check(a: Analysis) -> Iterator[Finding]:
    metrics = a.doc._.metrics or {}
    words = metrics.get("words", 0)
    limit = a.settings.max_words
    if words > limit and a.sentences:
        ease = a.doc._.readability["flesch_reading_ease"]
        yield Finding(
            start=a.sentences[0].start_char,
            end=a.sentences[-1].end_char,
            message=f"The body has {words} words (limit {limit}; Flesch reading ease {ease}); "
            "keep it brief (guide step 3).",
            suggestion="Keep four parts of a sentence or two each: thanks, the decision, the "
            f"reason, a warm close; cut about {words - limit} words of detail.",
        )
    for sent in a.sentences:
        count = written_words(sent)
        if count > a.settings.max_sentence_words:
            yield Finding(
                start=sent.start_char,
                end=sent.end_char,
                message=f"This sentence has {count} words (limit "
                f"{a.settings.max_sentence_words}); keep it brief (guide step 3).",
                suggestion="Split it in two at a natural break, or cut the detail it carries.",
            )


RULE = Rule(
    name="excessive-length",
    code="WL301",
    severity=Severity.WARNING,
    summary="The body is over the word limit, or a sentence is over the sentence limit.",
    guide="Step 3: keep your explanation brief and to the point",
    why="A withdrawal is read in seconds; the guide says you don't need to go into great "
    "detail, and long explanations read as excuses.",
    fix_safety="No automatic fix: what to cut is your choice.",
    bad="Dear Ana,\n\nThank you for your time. I am withdrawing my application because after "
    "a great deal of thought over the last several weeks, many conversations with my family, "
    "my friends and my mentors, and a careful look at my finances, my commute and my long-term "
    "goals, I have concluded that another offer suits me better.\n\nI wish you the best.\n\n"
    "Best,\nLi",
    good="Dear Ana,\n\nThank you for your time. I am withdrawing my application because "
    "another offer suits my goals better.\n\nI wish you the best.\n\nBest,\nLi",
    check=check,
)
