"""The example drafts: their JSON output is pinned, and each does what examples/README.md says.

After an intended change in detection, regenerate the pinned output with
`python tests/update_expected.py` and review the diff.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from _pytest.mark import ParameterSet
from helpers import EXAMPLES, EXPECTED, example_paths
from update_expected import expected_document, expected_path
from withdraw_lint.diagnostics import Severity
from withdraw_lint.engine import FileResult, lint_path

EXAMPLE_NAMES = [p.name for p in example_paths()]
GOOD = [n for n in EXAMPLE_NAMES if n.startswith("good-")]
BAD = [n for n in EXAMPLE_NAMES if n.startswith("bad-")]

# What examples/README.md says each bad draft triggers. bad-everything.txt's row is prose:
# "it withdraws, but with no thanks, no reason and no positive close, and its tone is hostile".
README_RULES: dict[str, set[str]] = {
    "bad-missing-withdrawal.txt": {"missing-withdrawal"},
    "bad-missing-gratitude.txt": {"missing-gratitude"},
    "bad-missing-reason.txt": {"missing-reason"},
    "bad-missing-close.txt": {"missing-positive-close"},
    "bad-negative-tone.txt": {"negative-tone"},
    "bad-excessive-length.txt": {"excessive-length"},
    "bad-template-placeholder.txt": {"template-placeholder"},
    "bad-everything.txt": {
        "missing-gratitude",
        "missing-reason",
        "missing-positive-close",
        "negative-tone",
    },
}
# Rules a bad draft must NOT trigger although it is bad ("it withdraws").
README_NOT: dict[str, set[str]] = {"bad-everything.txt": {"missing-withdrawal"}}

# (example, rule) pairs the detector gets wrong today, with why: marked xfail(strict=True).
DETECTOR_MISSES: dict[tuple[str, str], str] = {}


def _lint(name: str) -> FileResult:
    result = lint_path(str(EXAMPLES / name))
    assert result.error is None, result.error
    return result


def _readme_rows() -> dict[str, str]:
    rows: dict[str, str] = {}
    for line in (EXAMPLES / "README.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*`([\w.-]+\.txt)`\s*\|(.*)\|\s*$", line)
        if match:
            rows[match.group(1)] = match.group(2)
    return rows


def _pairs() -> list[ParameterSet]:
    params = []
    for name, rules in README_RULES.items():
        for rule in sorted(rules):
            reason = DETECTOR_MISSES.get((name, rule))
            marks = [pytest.mark.xfail(strict=True, reason=f"detector: {reason}")] if reason else []
            params.append(pytest.param(name, rule, id=f"{name}:{rule}", marks=marks))
    return params


# --- pinned JSON output -------------------------------------------------------------------


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_json_output_matches_expected(name: str) -> None:
    example = EXAMPLES / name
    target = expected_path(example)
    assert target.is_file(), f"{target} is missing: run python tests/update_expected.py"
    expected = json.loads(target.read_text(encoding="utf-8"))
    assert expected_document(example) == expected, (
        "output changed; if intended, run python tests/update_expected.py and review the diff"
    )


def test_no_stale_expected_files() -> None:
    pinned = {p.name for p in EXPECTED.glob("*.json")}
    assert pinned == {expected_path(Path(n)).name for n in EXAMPLE_NAMES}


def test_expected_files_have_no_version() -> None:
    for path in EXPECTED.glob("*.json"):
        assert "version" not in json.loads(path.read_text(encoding="utf-8")), path


# --- what README.md says ------------------------------------------------------------------


def test_readme_documents_every_example() -> None:
    assert set(_readme_rows()) == set(EXAMPLE_NAMES)
    assert set(README_RULES) == set(BAD)


def test_readme_rule_names_match_this_table() -> None:
    for name, description in _readme_rows().items():
        if "→" in description:
            named = set(re.findall(r"`([a-z]+(?:-[a-z]+)*)`", description.split("→", 1)[1]))
            assert named == README_RULES[name], name


@pytest.mark.parametrize("name", GOOD)
def test_good_example_has_no_error_or_warning(name: str) -> None:
    found = [d for d in _lint(name).diagnostics if d.severity.rank >= Severity.WARNING.rank]
    assert not found, [(d.rule, d.line, d.excerpt) for d in found]


@pytest.mark.parametrize(("name", "rule"), _pairs())
def test_bad_example_fires_its_rule(name: str, rule: str) -> None:
    fired = {d.rule for d in _lint(name).diagnostics}
    assert rule in fired, f"{name} fires {sorted(fired)}"


@pytest.mark.parametrize("name", BAD)
def test_bad_example_has_one_main_fault(name: str) -> None:
    """README: each bad draft is otherwise a model email (except bad-everything.txt)."""
    allowed = README_RULES[name]
    found = {d.rule for d in _lint(name).diagnostics if d.severity.rank >= Severity.WARNING.rank}
    if name == "bad-everything.txt":
        found &= README_NOT[name]
        assert not found, f"{name} should not fire {found}"
    else:
        assert found <= allowed, f"{name} also fires {sorted(found - allowed)}"


def test_readme_numbers_for_the_long_example() -> None:
    """README: "about 370 body words, with one 71-word sentence"."""
    metrics = _lint("bad-excessive-length.txt").metrics
    assert 355 <= metrics["words"] <= 385, metrics
    assert metrics["longest_sentence_words"] == 71, metrics
