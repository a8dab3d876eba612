"""`--format json`: valid against the shipped schema, with DESIGN.md's keys and positions."""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from helpers import REPO, check_json, example_paths, position_errors, read_draft
from withdraw_lint import __version__

TOP_KEYS = {"schema_version", "version", "files", "summary"}
FILE_KEYS = {"path", "diagnostics", "metrics", "error"}
DIAGNOSTIC_KEYS = {
    "rule",
    "code",
    "severity",
    "message",
    "suggestion",
    "line",
    "column",
    "end_line",
    "end_column",
    "start",
    "end",
    "fix",
}
EXAMPLE_NAMES = [p.name for p in example_paths()]


def load_schema() -> dict[str, Any]:
    source = resources.files("withdraw_lint").joinpath("schema/output.schema.json")
    schema: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return schema


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture(scope="module")
def examples_doc() -> dict[str, Any]:
    """One JSON run over every example, paths relative to the repository."""
    paths = [p.relative_to(REPO).as_posix() for p in example_paths()]
    return check_json(["--fail-on", "never", *paths])


def file_entry(doc: dict[str, Any], name: str) -> dict[str, Any]:
    (entry,) = [f for f in doc["files"] if f["path"] == f"examples/{name}"]
    return entry


def all_diagnostics(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [d for f in doc["files"] for d in f["diagnostics"]]


def test_schema_is_draft_2020_12(validator: jsonschema.protocols.Validator) -> None:
    assert load_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert isinstance(validator, jsonschema.Draft202012Validator)


def test_examples_output_validates(
    examples_doc: dict[str, Any], validator: jsonschema.protocols.Validator
) -> None:
    validator.validate(examples_doc)
    assert [f["path"] for f in examples_doc["files"]] == [f"examples/{n}" for n in EXAMPLE_NAMES]
    assert all_diagnostics(examples_doc), "the bad examples should produce diagnostics"


def test_input_errors_validate(tmp_path: Path, validator: jsonschema.protocols.Validator) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    missing = tmp_path / "missing.txt"
    good = example_paths()[0]
    doc = check_json([str(good), str(pdf), str(missing)])
    validator.validate(doc)
    errors = {f["path"]: f["error"] for f in doc["files"]}
    assert errors[str(good)] is None
    assert "PDF" in errors[str(pdf)] and "no such file" in errors[str(missing)]
    assert all(f["diagnostics"] == [] for f in doc["files"] if f["error"])
    assert doc["summary"]["files"] == 3 and doc["summary"]["files_with_errors"] == 2


@pytest.mark.parametrize(
    ("where", "change"),
    [
        pytest.param("diagnostic", lambda d: d.update(name=d.pop("rule")), id="renamed-rule"),
        pytest.param("diagnostic", lambda d: d.update(severity="fatal"), id="bad-severity"),
        pytest.param("diagnostic", lambda d: d.update(line=0), id="line-zero"),
        pytest.param("diagnostic", lambda d: d.update(fix={"edits": []}), id="empty-fix"),
        pytest.param("top", lambda d: d.pop("summary"), id="no-summary"),
    ],
)
def test_schema_rejects_broken_output(
    examples_doc: dict[str, Any],
    validator: jsonschema.protocols.Validator,
    where: str,
    change: Any,
) -> None:
    broken = copy.deepcopy(examples_doc)
    change(all_diagnostics(broken)[0] if where == "diagnostic" else broken)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)


def test_design_keys_are_present(examples_doc: dict[str, Any]) -> None:
    assert set(examples_doc) >= TOP_KEYS
    assert examples_doc["schema_version"] == "1"
    assert examples_doc["version"] == __version__
    for entry in examples_doc["files"]:
        assert set(entry) >= FILE_KEYS
        assert entry["error"] is None
        assert isinstance(entry["metrics"].get("words"), int)
        for d in entry["diagnostics"]:
            assert set(d) >= DIAGNOSTIC_KEYS, set(d) ^ DIAGNOSTIC_KEYS
            assert d["severity"] in {"error", "warning", "info"}
            if d["fix"] is not None:
                assert set(d["fix"]) >= {"edits"} and d["fix"]["edits"]
                for edit in d["fix"]["edits"]:
                    assert set(edit) == {"start", "end", "replacement"}


def test_summary_counts_the_diagnostics(examples_doc: dict[str, Any]) -> None:
    found = all_diagnostics(examples_doc)
    summary = examples_doc["summary"]
    assert summary["files"] == len(EXAMPLE_NAMES)
    assert summary["diagnostics"] == len(found)
    for key, severity in (("errors", "error"), ("warnings", "warning"), ("infos", "info")):
        assert summary[key] == sum(1 for d in found if d["severity"] == severity)


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_positions_agree_with_offsets(examples_doc: dict[str, Any], name: str) -> None:
    text = read_draft(REPO / "examples" / name)
    for d in file_entry(examples_doc, name)["diagnostics"]:
        assert position_errors(text, d) == []


def test_positions_on_crlf_bom_and_astral_text(tmp_path: Path) -> None:
    """Columns count code points (an emoji is one), lines count LF; CRLF and BOM kept apart."""
    filler = " ".join(
        "I enjoyed hearing how the analytics team plans its quarterly work 🙂." for _ in range(25)
    )
    lines = [
        "Dear Zoë,",
        "",
        "Thank you 🙏 for meeting me at [Company Name].",
        "\tI have accepted another offer, so I am withdrawing my application.",
        "",
        filler,
        "",
        "I wish you and the team every success.",
        "",
        "Best regards,",
        "[Your Name]",
    ]
    path = tmp_path / "tricky.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode())
    doc = check_json([str(path)])
    text = read_draft(path)
    found = doc["files"][0]["diagnostics"]
    assert {d["rule"] for d in found} >= {"template-placeholder", "excessive-length"}
    for d in found:
        assert position_errors(text, d) == []
    slot = next(d for d in found if text[d["start"] : d["end"]] == "[Company Name]")
    assert (slot["line"], slot["column"], slot["end_column"]) == (3, 31, 45)
    body = next(d for d in found if d["rule"] == "excessive-length" and d["end_line"] > d["line"])
    assert (body["line"], body["column"], body["end_line"]) == (3, 1, 8)


def test_json_exit_codes_and_clean_stderr(tmp_path: Path) -> None:
    from typer.testing import CliRunner
    from withdraw_lint.cli import app

    slot = tmp_path / "slot.txt"
    slot.write_text("Dear [Hiring Manager],\n\nThank you. I withdraw.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--format", "json", str(slot)])
    assert result.exit_code == 1
    assert result.stderr == ""
    assert json.loads(result.stdout)["summary"]["errors"] >= 1


def test_readability_only_when_asked(validator: jsonschema.protocols.Validator) -> None:
    # Plain JSON runs skip textstat (its dictionary costs a second of start-up);
    # --readability adds both figures, computed by textstat on the real draft body.
    draft = str(REPO / "examples" / "good-not-a-fit.txt")
    plain = check_json([draft])["files"][0]["metrics"]
    asked = check_json(["--readability", draft])
    validator.validate(asked)
    metrics = asked["files"][0]["metrics"]
    assert "flesch_reading_ease" not in plain
    assert set(metrics) == set(plain) | {"flesch_reading_ease", "flesch_kincaid_grade"}
    assert 30 < metrics["flesch_reading_ease"] < 90
    assert 4 < metrics["flesch_kincaid_grade"] < 16


def test_a_fix_says_whether_it_is_safe() -> None:
    """Third review: nothing in the output told an unsafe fix from a safe one."""
    from withdraw_lint import lint_text

    draft = (
        "Hi Dana,\n\nThank you for the interview. I took ANOTHER job so I am withdrawing!!! "
        "All the best.\n\nMia\n"
    )
    fixes = {
        draft[d.start : d.end]: d.to_dict()["fix"]["applicability"]
        for d in lint_text(draft).diagnostics
        if d.rule == "shouting"
    }
    assert fixes == {"!!!": "safe", "ANOTHER": "unsafe"}


def test_fix_edits_use_the_drafts_own_line_ends() -> None:
    """Third review: a plugin applying the JSON edits as given mixed "\\n" into CRLF files."""
    from withdraw_lint import lint_text

    draft = (
        "Hi Sam,\r\n\r\nThank you for your time. I am withdrawing my application, as I took "
        "another job. Please cancel the call on Monday.\r\n\r\nJo\r\n"
    )
    (close,) = [d for d in lint_text(draft).diagnostics if d.rule == "missing-positive-close"]
    assert close.fix is not None
    assert close.fix.edits[0].replacement.startswith("\r\n\r\nThank you again")
