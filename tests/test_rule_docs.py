"""What rules put in front of the user besides the finding itself: the text they suggest
(which must be fit to paste, so never a template slot) and their documentation.
"""

from __future__ import annotations

import dataclasses

import pytest
from helpers import example_paths, read_draft
from withdraw_lint.diagnostics import Diagnostic
from withdraw_lint.engine import lint_text
from withdraw_lint.reader import EmailMeta
from withdraw_lint.rule import Rule
from withdraw_lint.rules import ALL_RULES
from withdraw_lint.rules.template_placeholder import find_slots
from withdraw_lint.settings import Settings

EVERY_RULE = frozenset(rule.name for rule in ALL_RULES)
ALL_ON = Settings(select=EVERY_RULE)


def _drafts() -> list[tuple[str, str, Settings, EmailMeta | None]]:
    """(id, text, settings, .eml headers): every rule's own failing example, the shipped
    example drafts, and drafts for the branches those miss (a greeting with a recipient's
    name, a slot filled from --set)."""
    drafts = [(f"bad:{rule.name}", rule.bad, ALL_ON, None) for rule in ALL_RULES]
    drafts += [(f"example:{p.name}", read_draft(p), ALL_ON, None) for p in example_paths()]
    no_greeting = next(rule.bad for rule in ALL_RULES if rule.name == "missing-greeting")
    drafts.append(("eml-recipient", no_greeting, ALL_ON, EmailMeta(recipient_name="Ana Lee")))
    placeholder = next(rule.bad for rule in ALL_RULES if rule.name == "template-placeholder")
    filled = dataclasses.replace(ALL_ON, values=(("name", "Li Wei"), ("manager", "Ms. Lee")))
    drafts.append(("set-values", placeholder, filled, None))
    return drafts


DRAFTS = _drafts()


@pytest.fixture(scope="module")
def suggested(nlp: object) -> list[tuple[str, str, Diagnostic]]:
    """(draft id, draft text, diagnostic) for every finding on DRAFTS."""
    return [
        (name, text, d)
        for name, text, settings, meta in DRAFTS
        for d in lint_text(text, settings=settings, meta=meta).diagnostics
    ]


def test_drafts_draw_a_suggestion_from_every_rule(
    suggested: list[tuple[str, str, Diagnostic]],
) -> None:
    assert {d.rule for _, _, d in suggested} == EVERY_RULE
    assert {d.rule for _, _, d in suggested if d.fix} >= {
        "missing-gratitude",
        "missing-positive-close",
        "missing-greeting",
        "shouting",
        "template-placeholder",
    }


def test_no_suggestion_or_fix_contains_a_template_slot(
    suggested: list[tuple[str, str, Diagnostic]],
) -> None:
    """A suggestion may name a slot the draft has ("Replace [Your Name] with ..."), but the
    text it proposes, and every fix, must not make template-placeholder fire."""
    problems = []
    for name, text, d in suggested:
        in_draft = {m.group(0) for m in find_slots(text)}
        new = [m.group(0) for m in find_slots(d.suggestion) if m.group(0) not in in_draft]
        new += [m.group(0) for e in d.fix.edits for m in find_slots(e.replacement)] if d.fix else []
        if new:
            problems.append((name, d.rule, new, d.suggestion))
    assert not problems


def test_missing_greeting_suggestion_lints_clean_when_pasted(nlp: object) -> None:
    """The greeting suggested without a name, pasted in, satisfies missing-greeting and
    draws no template-placeholder (it once was "Dear [name],")."""
    rule = next(rule for rule in ALL_RULES if rule.name == "missing-greeting")
    (d,) = [d for d in lint_text(rule.bad, settings=ALL_ON).diagnostics if d.rule == rule.name]
    quoted = d.suggestion.split('"')[1::2]
    assert quoted == ["Dear Ms. Lee,", "Dear Hiring Team,"]
    for greeting in quoted:
        found = lint_text(f"{greeting}\n\n{rule.bad}", settings=ALL_ON).diagnostics
        assert not [f for f in found if f.rule in {rule.name, "template-placeholder"}]


# --- documentation: Ruff's fixed sections, "fix safety" included ---------------------------

SECTIONS = ("What it does", "Why", "Example that fires", "Use instead", "Fix safety")
FIX_SAFETY_OPENINGS = ("Safe", "Unsafe", "No automatic fix")


@pytest.mark.parametrize("rule", ALL_RULES, ids=[rule.name for rule in ALL_RULES])
def test_rule_documents_its_fix_safety(rule: Rule) -> None:
    assert rule.fix_safety.strip(), f"{rule.name} has no fix safety section"
    assert rule.fix_safety.startswith(FIX_SAFETY_OPENINGS), rule.fix_safety
    doc = rule.explain()
    assert [line for line in doc.splitlines() if line in SECTIONS] == list(SECTIONS)
    assert doc.endswith(f"Fix safety\n  {rule.fix_safety}")
    assert not list(find_slots(rule.fix_safety)), "the documentation shows a template slot"


def test_fix_safety_says_what_the_fixes_do(suggested: list[tuple[str, str, Diagnostic]]) -> None:
    """A rule whose fixes --fix applies says "--fix"; one whose fixes need --unsafe-fixes says
    so (a rule with both, as shouting, names both); a rule that says "No automatic fix"
    offers none on any of the drafts."""
    for rule in ALL_RULES:
        fixes = [d.fix for _, _, d in suggested if d.rule == rule.name and d.fix]
        if rule.fix_safety.startswith("No automatic fix"):
            assert not fixes, f"{rule.name} says it has no fix but offers one"
            continue
        assert fixes, f"{rule.name} documents a fix that none of the drafts drew"
        safe, unsafe = any(f.safe for f in fixes), any(not f.safe for f in fixes)
        if safe:
            assert "--fix" in rule.fix_safety
        if unsafe:
            assert "--unsafe-fixes" in rule.fix_safety
        # A rule with fixes of one kind says which in its first word.
        if safe and not unsafe:
            assert not rule.fix_safety.startswith("Unsafe"), rule.name
        if unsafe and not safe:
            assert rule.fix_safety.startswith("Unsafe"), rule.name


def test_explain_command_prints_fix_safety() -> None:
    from typer.testing import CliRunner
    from withdraw_lint.cli import app

    result = CliRunner().invoke(app, ["explain", "shouting"])
    assert result.exit_code == 0
    assert "Fix safety\n  Safe for runs of marks" in result.stdout
