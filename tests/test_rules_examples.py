"""Every rule carries a failing and a passing example, and the examples are tests.

Also: the registry's names and codes are unique and are DESIGN.md's stable names.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from helpers import REPO, Lint
from withdraw_lint import rules
from withdraw_lint.diagnostics import Severity
from withdraw_lint.evaluation import CORE_RULES
from withdraw_lint.rule import Rule
from withdraw_lint.rules import ALL_RULES
from withdraw_lint.settings import Settings

# DESIGN.md, "The guide, as rules": every stable rule name and its default severity.
DESIGN_SEVERITIES: dict[str, Severity] = {
    "missing-withdrawal": Severity.ERROR,
    "missing-gratitude": Severity.WARNING,
    "late-gratitude": Severity.INFO,
    "missing-reason": Severity.WARNING,
    "vague-reason": Severity.INFO,
    "ambiguous-withdrawal": Severity.WARNING,
    "excessive-length": Severity.WARNING,
    "offer-assistance": Severity.INFO,
    "missing-positive-close": Severity.WARNING,
    "closes-door": Severity.WARNING,
    "negative-tone": Severity.ERROR,
    "shouting": Severity.WARNING,
    "late-notice": Severity.INFO,
    "oversharing": Severity.INFO,
    "template-placeholder": Severity.ERROR,
    "company-mismatch": Severity.ERROR,
    "date-mismatch": Severity.WARNING,
    "missing-greeting": Severity.INFO,
    "missing-sign-off": Severity.INFO,
    "register-mismatch": Severity.INFO,
    "excessive-apology": Severity.INFO,
    "weak-subject": Severity.INFO,
}
RULE_NAMES = [rule.name for rule in ALL_RULES]


def _rule(name: str) -> Rule:
    found = rules.get(name)
    assert found is not None, f"{name} is not in the registry"
    return found


def _design_md() -> Path | None:
    for candidate in (REPO / "DESIGN.md", REPO.parent / "shared" / "DESIGN.md"):
        if candidate.is_file():
            return candidate
    return None


def _design_rules(text: str) -> dict[str, Severity]:
    """Rule name -> default severity, read from DESIGN.md's table of rules."""
    section = text.split("## The guide, as rules", 1)[1].split("\n## ", 1)[0]
    table: dict[str, Severity] = {}
    for row in section.splitlines():
        cells = row.split("|")
        if len(cells) < 4 or "`" not in cells[2]:
            continue
        names = re.findall(r"`([a-z]+(?:-[a-z]+)*)`", cells[2])
        severities = [Severity(s.strip()) for s in cells[3].split("/")]
        if len(severities) == 1:
            severities *= len(names)
        assert len(severities) == len(names), row
        table.update(zip(names, severities, strict=True))
    return table


@pytest.mark.parametrize("name", RULE_NAMES)
def test_rule_has_bad_and_good_examples(name: str) -> None:
    rule = _rule(name)
    assert isinstance(rule.bad, str) and rule.bad.strip(), f"{name} has no failing example"
    assert isinstance(rule.good, str) and rule.good.strip(), f"{name} has no passing example"
    assert rule.bad.strip() != rule.good.strip()


@pytest.mark.parametrize("name", RULE_NAMES)
def test_rule_has_documentation(name: str) -> None:
    rule = _rule(name)
    for section in ("summary", "why", "guide"):
        assert getattr(rule, section).strip(), f"{name} has an empty {section}"


def _example_settings(rule: Rule) -> Settings:
    """The settings a rule's own examples run with: that rule selected, plus its needs."""
    base = rule.example_settings or Settings()
    return dataclasses.replace(base, select=frozenset({rule.name}))


@pytest.mark.parametrize("name", RULE_NAMES)
def test_bad_example_fires(name: str, lint: Lint) -> None:
    rule = _rule(name)
    found = lint(rule.bad, rule=name, settings=_example_settings(rule))
    assert found, f"{name} does not fire on its own bad example:\n{rule.bad}"
    assert all(d.severity == rule.severity for d in found)
    assert all(d.code == rule.code for d in found)


@pytest.mark.parametrize("name", RULE_NAMES)
def test_good_example_is_silent(name: str, lint: Lint) -> None:
    rule = _rule(name)
    found = lint(rule.good, rule=name, settings=_example_settings(rule))
    assert not found, f"{name} fires on its own good example: {[d.message for d in found]}"


@pytest.mark.parametrize("name", RULE_NAMES)
def test_good_example_is_a_model_email(name: str, lint: Lint) -> None:
    """The 'use instead' text is shown to users, so no rule may warn about it."""
    rule = _rule(name)
    found = [
        d
        for d in lint(rule.good, settings=rule.example_settings)
        if d.severity.rank >= Severity.WARNING.rank
    ]
    assert not found, [(d.rule, d.message) for d in found]


def test_registry_names_are_unique() -> None:
    assert len(set(RULE_NAMES)) == len(RULE_NAMES), RULE_NAMES


def test_registry_codes_are_unique_and_well_formed() -> None:
    codes = [rule.code for rule in ALL_RULES]
    assert len(set(codes)) == len(codes), codes
    assert all(re.fullmatch(r"WL\d{3}", code) for code in codes), codes


def test_registry_names_are_design_stable_names() -> None:
    unknown = [name for name in RULE_NAMES if name not in DESIGN_SEVERITIES]
    assert not unknown, f"not a stable name from DESIGN.md: {unknown}"


def test_registry_has_every_core_rule() -> None:
    assert set(CORE_RULES) <= set(RULE_NAMES)


@pytest.mark.parametrize("name", RULE_NAMES)
def test_default_severity_is_the_design_one(name: str) -> None:
    assert _rule(name).severity == DESIGN_SEVERITIES[name]


@pytest.mark.parametrize("name", RULE_NAMES)
def test_lookup_by_name_and_code(name: str) -> None:
    rule = _rule(name)
    assert rules.get(rule.code) is rule
    assert rules.get(rule.code.lower()) is rule
    assert rules.get(f"{name}-typo") is None


def test_stable_names_match_design_md() -> None:
    design = _design_md()
    if design is None:
        pytest.skip("DESIGN.md is not next to this checkout")
    assert _design_rules(design.read_text(encoding="utf-8")) == DESIGN_SEVERITIES
