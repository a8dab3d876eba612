"""Configuration files: found walking up, checked key by key, overridden by the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import EXAMPLES
from test_cli import assert_one_error_line, invoke

CLOSE = EXAMPLES / "bad-missing-close.txt"


def project(tmp_path: Path, toml: str, name: str = "pyproject.toml") -> Path:
    """A config file at tmp_path and a draft two folders below it; returns the draft."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(toml, encoding="utf-8")
    folder = tmp_path / "mail" / "2026"
    folder.mkdir(parents=True)
    draft = folder / "draft.txt"
    draft.write_bytes(CLOSE.read_bytes())
    return draft


@pytest.mark.usefixtures("nlp")
def test_pyproject_two_folders_up_applies(tmp_path: Path) -> None:
    draft = project(tmp_path, '[tool.withdraw-lint]\nignore = ["missing-positive-close"]\n')
    assert invoke(["check", str(draft)]).exit_code == 0
    assert invoke(["check", "--isolated", str(draft)]).exit_code == 1


@pytest.mark.usefixtures("nlp")
def test_dot_file_and_severity_override(tmp_path: Path) -> None:
    toml = '[severity]\nmissing-positive-close = "info"\n'
    draft = project(tmp_path, toml, ".withdraw-lint.toml")
    result = invoke(["check", str(draft)])
    assert result.exit_code == 0
    assert "info missing-positive-close" in result.stdout


@pytest.mark.usefixtures("nlp")
def test_command_line_overrides_the_file(tmp_path: Path) -> None:
    draft = project(tmp_path, '[tool.withdraw-lint]\nfail-on = "never"\n')
    assert invoke(["check", str(draft)]).exit_code == 0
    assert invoke(["check", "--fail-on", "warning", str(draft)]).exit_code == 1


@pytest.mark.usefixtures("nlp")
def test_an_ignore_on_the_command_line_adds_to_the_files(tmp_path: Path) -> None:
    """Third review: --ignore replaced the file's ignore and per-file-ignores, so adding
    one brought other findings back; a --select still replaces the file's selection."""
    toml = (
        '[tool.withdraw-lint]\nignore = ["missing-gratitude"]\n'
        '[tool.withdraw-lint.per-file-ignores]\n"mail/**/*.txt" = ["missing-reason"]\n'
    )
    draft = project(tmp_path, toml)
    draft.write_text("Hi Sam,\n\nI am withdrawing my application.\n\nJo\n", encoding="utf-8")

    def rules(*args: str) -> set[str]:
        out = invoke(["check", "--format", "json", *args, str(draft)]).stdout
        return {d["rule"] for d in json.loads(out)["files"][0]["diagnostics"]}

    plain = rules()
    assert "missing-positive-close" in plain
    assert not {"missing-gratitude", "missing-reason"} & plain
    assert rules("--ignore", "WL104") == plain - {"missing-positive-close"}
    assert rules("--select", "missing-gratitude,missing-reason") == {"missing-gratitude"}


@pytest.mark.usefixtures("nlp")
def test_per_file_ignores_use_globs_from_the_config_folder(tmp_path: Path) -> None:
    toml = '[tool.withdraw-lint.per-file-ignores]\n"mail/**/*.txt" = ["WL104"]\n'
    draft = project(tmp_path, toml)
    assert invoke(["check", str(draft)]).exit_code == 0


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    "toml",
    [
        '[tool.withdraw-lint]\nignore = ["missing-positive-close"]\n',
        '[tool.withdraw-lint.per-file-ignores]\n"mail/**/*.txt" = ["WL104"]\n',
    ],
    ids=["config-file", "per-file-ignores"],
)
def test_stdin_filename_takes_that_files_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, toml: str
) -> None:
    # An editor lints an unsaved buffer from some other folder: the findings must be the
    # ones the saved file would get, so its config and per-file ignores apply.
    draft = project(tmp_path / "project", toml)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    text = draft.read_text(encoding="utf-8")
    assert invoke(["check", str(draft)]).exit_code == 0
    buffer = invoke(["check", "--stdin-filename", str(draft), "-"], stdin=text)
    assert buffer.exit_code == 0, buffer.stdout
    unnamed = invoke(["check", "-"], stdin=text)
    assert unnamed.exit_code == 1 and "missing-positive-close" in unnamed.stdout


@pytest.mark.usefixtures("nlp")
def test_phrases_extend_the_labels(tmp_path: Path) -> None:
    toml = '[tool.withdraw-lint.phrases]\nclose = ["please cancel the technical assessment"]\n'
    draft = project(tmp_path, toml)
    assert invoke(["check", str(draft)]).exit_code == 0
    negative = '[tool.withdraw-lint.phrases]\nnegative = ["effective immediately"]\n'
    other = project(tmp_path / "x", negative)
    other.write_text(other.read_text("utf-8").replace("Monday.", "Monday, effective immediately."))
    result = invoke(["check", "--select", "negative-tone", str(other)])
    assert result.exit_code == 1
    assert "negative-tone" in result.stdout


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ('[tool.withdraw-lint]\nignore = ["missing-reasn"]\n', "missing-reasn"),
        ("[tool.withdraw-lint]\nmaxwords = 100\n", "'maxwords'"),
        ("[tool.withdraw-lint]\nmax-words = -3\n", "max-words"),
        ('[tool.withdraw-lint]\nfail-on = "sometimes"\n', "fail-on"),
        ('[tool.withdraw-lint.phrases]\nthanks = ["cheers"]\n', "phrases.thanks"),
        ("[tool.withdraw-lint\n", "not valid TOML"),
    ],
)
def test_bad_config_is_one_clear_error(tmp_path: Path, toml: str, words: str) -> None:
    draft = project(tmp_path, toml)
    result = invoke(["check", str(draft)])
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, words)
    assert "pyproject.toml" in result.stderr


def test_a_pyproject_table_in_the_dot_file_says_where_its_keys_go(tmp_path: Path) -> None:
    draft = project(tmp_path, "[tool.withdraw-lint]\nmax-words = 20\n", ".withdraw-lint.toml")
    result = invoke(["check", str(draft)])
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, "[tool.withdraw-lint] is for pyproject.toml")


def test_explicit_config_and_config_command(tmp_path: Path) -> None:
    config = tmp_path / "team.toml"
    config.write_text("max-words = 120\n", encoding="utf-8")
    result = invoke(["config", "--config", str(config), str(tmp_path)])
    assert result.exit_code == 0
    assert f"max-words = 120    # {config}" in result.stdout
    assert "max-sentence-words = 40    # built-in default" in result.stdout
