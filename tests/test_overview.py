"""The per-draft overview: the parts found in order and a 0-100 score, in JSON and text
output; --fail-under on the score; --extend-select and the opt-in late-gratitude rule.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from helpers import EXAMPLES, check_json, email, example_paths
from test_cli import invoke
from withdraw_lint.engine import lint_path
from withdraw_lint.rules import ALL_RULES

CASUAL = "examples/good-casual.txt"
PENALTY = {"error": 20, "warning": 8, "info": 2}
OVERVIEW = re.compile(
    r"^(?P<path>.+): parts: (?P<parts>.+); reason: (?P<reason>\S+); score (\d+)/100$"
)

# Four info findings (weak-subject, missing-greeting, vague-reason, missing-sign-off): 92.
FOUR_INFOS = (
    "Subject: Quick note\n\n"
    "Thank you for your time last week. Due to unforeseen circumstances, I must withdraw my "
    "application.\n\n"
    "I wish you and the team well.\n"
)
CLEAN = email(
    "Thank you for taking the time to meet me last week. I have accepted an offer from another "
    "company, so I am withdrawing my application.",
    "I wish you and the team every success.",
)
THANKS_LAST = email(
    "I am writing to withdraw my application for the Data Analyst position. I have accepted an "
    "offer closer to home. It starts in January.",
    "Many thanks for your time, and best of luck with the search.",
)


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def expected_score(entry: dict[str, Any]) -> int:
    return max(0, 100 - sum(PENALTY[d["severity"]] for d in entry["diagnostics"]))


# --- JSON ---------------------------------------------------------------------------------


def test_json_parts_in_order_for_the_casual_example() -> None:
    (entry,) = check_json([CASUAL])["files"]
    assert entry["parts"] == ["greeting", "thanks", "decision", "reason", "close", "sign-off"]
    assert entry["score"] == 100 and entry["diagnostics"] == []


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.name)
def test_json_score_follows_the_findings(path: Path) -> None:
    (entry,) = check_json([str(path)])["files"]
    assert entry["score"] == expected_score(entry)
    assert (entry["score"] == 100) == (entry["diagnostics"] == [])
    assert entry["parts"] == lint_path(str(path)).parts
    assert len(entry["parts"]) == len(set(entry["parts"])), entry["parts"]


def test_json_parts_follow_the_draft_order(tmp_path: Path) -> None:
    text = email(
        "I have accepted another offer, so I am withdrawing my application.",
        "Thank you for your time on Tuesday.",
        "I wish you every success.",
        greeting=None,
    )
    (entry,) = check_json([write(tmp_path, "order.txt", text)])["files"]
    assert entry["parts"][:3] == ["decision", "reason", "thanks"]
    assert entry["parts"][-2:] == ["close", "sign-off"]
    assert "greeting" not in entry["parts"]


def test_json_score_is_lower_with_findings(tmp_path: Path) -> None:
    doc = check_json([CASUAL, write(tmp_path, "infos.txt", FOUR_INFOS)])
    clean, infos = doc["files"]
    assert clean["score"] == 100
    assert sorted(d["rule"] for d in infos["diagnostics"]) == [
        "missing-greeting",
        "missing-sign-off",
        "vague-reason",
        "weak-subject",
    ]
    assert infos["score"] == 92 == expected_score(infos)


def test_json_score_is_null_on_an_input_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    empty = write(tmp_path, "empty.txt", " \n")
    doc = check_json([missing, empty, CASUAL])
    for entry in doc["files"][:2]:
        assert entry["error"] and entry["score"] is None, entry
        assert entry["parts"] == [] and entry["diagnostics"] == []
    assert doc["files"][2]["score"] == 100


# --- text ---------------------------------------------------------------------------------


def test_text_has_one_overview_line_per_draft(tmp_path: Path) -> None:
    casual = str(EXAMPLES / "good-casual.txt")
    close = str(EXAMPLES / "bad-missing-close.txt")
    infos = write(tmp_path, "infos.txt", FOUR_INFOS)
    missing = str(tmp_path / "missing.txt")
    result = invoke(["check", casual, close, infos, missing])
    assert result.exit_code == 2
    overviews = [m for line in result.stdout.splitlines() if (m := OVERVIEW.match(line))]
    assert [m["path"] for m in overviews] == [casual, close, infos]
    by_path = {m["path"]: m for m in overviews}
    assert by_path[casual].group(0) == (
        f"{casual}: parts: greeting > thanks > decision > reason > close > sign-off; "
        "reason: other_offer; score 100/100"
    )
    for path in (close, infos):
        result_for = lint_path(path)
        assert by_path[path]["parts"] == " > ".join(result_for.parts)
        assert by_path[path].group(0).endswith(f"score {result_for.score}/100")
    assert by_path[infos].group(0).endswith("reason: unspecified; score 92/100")
    assert missing not in result.stdout


def test_text_overview_comes_after_the_drafts_findings() -> None:
    close = str(EXAMPLES / "bad-missing-close.txt")
    lines = invoke(["check", close]).stdout.splitlines()
    finding = next(i for i, line in enumerate(lines) if line.startswith(f"{close}:5:"))
    overview = next(i for i, line in enumerate(lines) if OVERVIEW.match(line))
    assert finding < overview
    assert lines[overview].endswith("score 92/100")


# --- --fail-under -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ([], 0),  # info findings only: under the default --fail-on warning
        (["--fail-under", "95"], 1),
        (["--fail-under", "92"], 0),  # 92 is not under 92
        (["--fail-under", "93"], 1),
        (["--fail-on", "never", "--fail-under", "95"], 1),
    ],
)
def test_fail_under_on_a_draft_scoring_92(tmp_path: Path, options: list[str], code: int) -> None:
    path = write(tmp_path, "infos.txt", FOUR_INFOS)
    assert lint_path(path).score == 92
    result = invoke(["check", *options, path])
    assert result.exit_code == code, result.output


def test_fail_under_on_a_warning_scoring_92() -> None:
    close = str(EXAMPLES / "bad-missing-close.txt")
    assert invoke(["check", "--fail-on", "never", close]).exit_code == 0
    assert invoke(["check", "--fail-on", "never", "--fail-under", "95", close]).exit_code == 1


@pytest.mark.parametrize("which", ["example", "written"])
def test_fail_under_passes_a_clean_draft(tmp_path: Path, which: str) -> None:
    path = str(EXAMPLES / "good-casual.txt") if which == "example" else write(tmp_path, "c", CLEAN)
    result = invoke(["check", "--fail-under", "95", path])
    assert result.exit_code == 0, result.output
    assert invoke(["check", "--fail-under", "100", path]).exit_code == 0


def test_fail_under_fails_if_any_draft_is_under(tmp_path: Path) -> None:
    clean = write(tmp_path, "clean.txt", CLEAN)
    infos = write(tmp_path, "infos.txt", FOUR_INFOS)
    assert invoke(["check", "--fail-under", "95", clean, infos]).exit_code == 1


@pytest.mark.parametrize("value", ["-1", "101", "high"])
def test_fail_under_out_of_range_is_a_usage_error(value: str) -> None:
    assert invoke(["check", "--fail-under", value, CASUAL]).exit_code == 2


# --- the opt-in rule ----------------------------------------------------------------------


def test_late_gratitude_is_off_by_default(tmp_path: Path) -> None:
    (entry,) = check_json([write(tmp_path, "late.txt", THANKS_LAST)])["files"]
    assert "late-gratitude" not in {d["rule"] for d in entry["diagnostics"]}


def test_extend_select_enables_late_gratitude(tmp_path: Path) -> None:
    path = write(tmp_path, "late.txt", THANKS_LAST)
    (before,) = check_json([path])["files"]
    (after,) = check_json(["--extend-select", "late-gratitude", path])["files"]
    added = [d for d in after["diagnostics"] if d["rule"] == "late-gratitude"]
    assert len(added) == 1
    assert (added[0]["line"], added[0]["code"], added[0]["severity"]) == (3, "WL107", "info")
    others = [d for d in after["diagnostics"] if d["rule"] != "late-gratitude"]
    assert others == before["diagnostics"]  # the defaults still run
    assert after["score"] == before["score"] - 2


def test_extend_select_in_text_output(tmp_path: Path) -> None:
    path = write(tmp_path, "late.txt", THANKS_LAST)
    result = invoke(["check", "--extend-select", "late-gratitude", path])
    assert f"{path}:3:1: info late-gratitude [WL107]" in result.stdout
    assert result.exit_code == 0  # info is under the default --fail-on warning


def test_extend_select_unknown_rule_is_a_usage_error() -> None:
    result = invoke(["check", "--extend-select", "late-gratitudes", CASUAL])
    assert result.exit_code == 2
    assert "late-gratitudes" in result.stderr


def test_rules_marks_the_opt_in_rule() -> None:
    result = invoke(["rules"])
    assert result.exit_code == 0
    lines = {line.split()[1]: line for line in result.stdout.splitlines() if line.strip()}
    assert lines["late-gratitude"].endswith("(opt-in)")
    assert lines["late-gratitude"].startswith("WL107")
    for rule in ALL_RULES:
        assert lines[rule.name].endswith("(opt-in)") is (not rule.default_enabled), rule.name
