"""The command line, in-process (CliRunner) and as installed (console script, python -m)."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import Result
from helpers import CONSOLE_SCRIPT, EXAMPLES, REPO, example_paths
from typer.testing import CliRunner
from withdraw_lint.cli import app
from withdraw_lint.engine import lint_path
from withdraw_lint.rules import ALL_RULES

ANSI = "\x1b["
GOOD = EXAMPLES / "good-other-offer.txt"
MODEL = (
    "Dear Ms. Reyes,\n\n"
    "Thank you for taking the time to meet me last week. I have accepted an offer from "
    "another company, so I am withdrawing my application.\n\n"
    "I wish you and the team every success.\n\n"
    "Best regards,\nTomás Ortega\n"
)
WITH_SLOT = MODEL.replace("another company", "[Company Name]")


def invoke(args: Sequence[str], stdin: str | bytes | None = None, **env: str) -> Result:
    result = CliRunner().invoke(app, list(args), input=stdin, env=env or None)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def subprocess_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def run(args: Sequence[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(
        list(args),
        input=stdin,
        capture_output=True,
        cwd=REPO,
        env=subprocess_env(),
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8"),
        completed.stderr.decode("utf-8"),
    )


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def assert_one_error_line(stderr: str, path: str) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("withdraw-lint: error: ") and path in lines[0], stderr
    assert "Traceback" not in stderr


# --- text output --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["bad-template-placeholder.txt", "bad-missing-gratitude.txt"])
def test_text_output_shows_each_finding(name: str) -> None:
    path = str(EXAMPLES / name)
    expected = lint_path(path).diagnostics
    assert expected, f"{name} should have findings"
    result = invoke(["check", path])
    lines = result.stdout.splitlines()
    for d in expected:
        heads = [
            i for i, line in enumerate(lines) if line.startswith(f"{path}:{d.line}:{d.column}:")
        ]
        assert heads, f"no line for {path}:{d.line}:{d.column} in\n{result.stdout}"
        matching = [
            i
            for i in heads
            if d.severity.value in lines[i] and d.rule in lines[i] and d.code in lines[i]
        ]
        assert matching, lines[heads[0]]
        block = "\n".join(lines[matching[0] + 1 : matching[0] + 3])
        assert " ".join(d.excerpt.split())[:40] in block, block
        assert "fix" in block and d.suggestion[:60] in block, block
    assert result.stdout.rstrip().splitlines()[-1].startswith("1 draft checked")


def test_text_output_for_a_clean_draft() -> None:
    result = invoke(["check", str(GOOD)])
    assert result.exit_code == 0, result.stdout
    overview, summary = result.stdout.strip().split("\n\n")
    assert overview.startswith(f"{GOOD}: parts: greeting > thanks > decision")
    assert overview.endswith("score 100/100")
    assert summary == "1 draft checked: no problems found."
    assert result.stderr == ""


def test_quiet_leaves_out_the_summary(tmp_path: Path) -> None:
    path = str(write(tmp_path, "slot.txt", WITH_SLOT))
    result = invoke(["check", "--quiet", path])
    assert result.exit_code == 1
    assert f"{path}:3:" in result.stdout
    assert "checked" not in result.stdout


# --- exit codes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "options", "code"),
    [
        pytest.param(MODEL, [], 0, id="clean"),
        pytest.param(MODEL, ["--max-words", "10"], 1, id="warning-fails-by-default"),
        pytest.param(
            MODEL, ["--max-words", "10", "--fail-on", "warning"], 1, id="warning-on-warning"
        ),
        pytest.param(MODEL, ["--max-words", "10", "--fail-on", "error"], 0, id="warning-on-error"),
        pytest.param(MODEL, ["--max-words", "10", "--fail-on", "info"], 1, id="warning-on-info"),
        pytest.param(WITH_SLOT, ["--fail-on", "error"], 1, id="error-on-error"),
        pytest.param(WITH_SLOT, ["--fail-on", "never"], 0, id="error-on-never"),
        pytest.param(MODEL, ["--select", "missing-reason,template-placeholder"], 0, id="select"),
        pytest.param(WITH_SLOT, ["--ignore", "template-placeholder"], 0, id="ignore"),
        pytest.param(WITH_SLOT, ["--ignore", "WL401"], 0, id="ignore-by-code"),
    ],
)
def test_exit_code(tmp_path: Path, content: str, options: list[str], code: int) -> None:
    path = str(write(tmp_path, "draft.txt", content))
    result = invoke(["check", *options, path])
    assert result.exit_code == code, result.stdout + result.stderr
    assert result.stderr == ""


def test_fail_on_error_still_prints_warnings(tmp_path: Path) -> None:
    path = str(write(tmp_path, "draft.txt", MODEL))
    result = invoke(["check", "--max-words", "10", "--fail-on", "error", path])
    assert result.exit_code == 0
    assert f"{path}:3:1: warning excessive-length" in result.stdout


def test_select_and_ignore_limit_the_rules(tmp_path: Path) -> None:
    no_thanks = WITH_SLOT.replace("Thank you for taking the time to meet me last week. ", "")
    path = str(write(tmp_path, "draft.txt", no_thanks))
    everything = invoke(["check", path]).stdout
    assert "missing-gratitude" in everything and "template-placeholder" in everything
    selected = invoke(["check", "--select", "template-placeholder", path]).stdout
    assert "template-placeholder" in selected and "missing-gratitude" not in selected
    ignored = invoke(["check", "--ignore", "template-placeholder", path]).stdout
    assert "template-placeholder" not in ignored and "missing-gratitude" in ignored


# --- stdin --------------------------------------------------------------------------------


def test_dash_reads_stdin() -> None:
    result = invoke(["check", "-"], stdin=WITH_SLOT.encode())
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "-:3:" in result.stdout and "[Company Name]" in result.stdout


def test_dash_reads_clean_stdin() -> None:
    result = invoke(["check", "-"], stdin=MODEL.encode())
    assert result.exit_code == 0, result.stdout


def test_dash_rejects_binary_stdin() -> None:
    result = invoke(["check", "-"], stdin=b"%PDF-1.5\n\x00\x01")
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, "-")


# --- input errors -------------------------------------------------------------------------

BAD_INPUTS: dict[str, bytes | None] = {
    "empty.txt": b"",
    "binary.bin": b"Dear Sam,\x00\x00\x02\x03 binary",
    "scan.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "controls.txt": b"\x01\x02\x03\x04\x05\x06\x07" * 40,
    "folder": None,  # a directory
}


def make_bad_input(tmp_path: Path, name: str) -> Path:
    data = BAD_INPUTS.get(name)
    path = tmp_path / name
    if name == "folder":
        path.mkdir()
    elif data is not None:
        path.write_bytes(data)
    return path  # "missing.txt" is left absent


@pytest.mark.parametrize("name", [*BAD_INPUTS, "missing.txt"])
def test_bad_input_is_one_line_on_stderr_and_exit_2(tmp_path: Path, name: str) -> None:
    path = str(make_bad_input(tmp_path, name))
    result = invoke(["check", path])
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, path)
    assert ANSI not in result.stderr


def test_several_paths_one_missing(tmp_path: Path) -> None:
    slot = str(write(tmp_path, "slot.txt", WITH_SLOT))
    missing = str(tmp_path / "missing.txt")
    result = invoke(["check", str(GOOD), missing, slot])
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, missing)
    assert f"{slot}:3:" in result.stdout and "template-placeholder" in result.stdout
    assert "2 drafts checked" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["check"], id="no-paths"),
        pytest.param(["check", "--fail-on", "sometimes", str(GOOD)], id="bad-fail-on"),
        pytest.param(["check", "--format", "xml", str(GOOD)], id="bad-format"),
        pytest.param(["check", "--max-words", "0", str(GOOD)], id="bad-max-words"),
        pytest.param(["check", "--no-such-option", str(GOOD)], id="unknown-option"),
        pytest.param(["lint", str(GOOD)], id="unknown-command"),
    ],
)
def test_usage_error_exits_2(args: list[str]) -> None:
    result = invoke(args)
    assert result.exit_code == 2
    assert result.stderr.strip() and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_unsafe_fixes_alone_changes_no_file(tmp_path: Path) -> None:
    # As in Ruff, --unsafe-fixes widens what --fix and --diff apply; alone it writes nothing.
    path = tmp_path / "draft.txt"
    path.write_bytes((EXAMPLES / "bad-missing-close.txt").read_bytes())
    before = path.read_bytes()
    result = invoke(["check", "--unsafe-fixes", str(path)])
    assert result.exit_code == 1
    assert "missing-positive-close" in result.stdout and "applied" not in result.stderr
    assert path.read_bytes() == before


def test_stdin_named_twice_is_a_usage_error() -> None:
    result = invoke(["check", "-", "-"], stdin=MODEL)
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, "standard input")


def test_set_with_an_unknown_key_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "slot.txt"
    path.write_text(WITH_SLOT, encoding="utf-8")
    result = invoke(["check", "--fix", "--set", "employer=Acme", str(path)])
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, "employer")
    assert path.read_text(encoding="utf-8") == WITH_SLOT


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_rule_exits_2(option: str) -> None:
    result = invoke(["check", option, "missing-reason,no-such-rule", str(GOOD)])
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, "no-such-rule")
    assert result.stdout == ""


# --- colour -------------------------------------------------------------------------------


def test_no_ansi_when_not_a_tty(tmp_path: Path) -> None:
    path = str(write(tmp_path, "slot.txt", WITH_SLOT))
    assert ANSI not in invoke(["check", path]).stdout
    assert ANSI not in invoke(["check", path], NO_COLOR="1").stdout
    assert ANSI not in invoke(["check", "--no-color", path]).stdout


def test_color_flag_forces_ansi(tmp_path: Path) -> None:
    path = str(write(tmp_path, "slot.txt", WITH_SLOT))
    assert ANSI in invoke(["check", "--color", path]).stdout


def run_in_tty(args: Sequence[str], env: dict[str, str]) -> tuple[int, str]:
    """Run a command with its stdout on a pseudo-terminal; return exit code and output."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        list(args), stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.DEVNULL, env=env
    )
    os.close(slave)
    chunks: list[bytes] = []
    try:
        while select.select([master], [], [], 120)[0]:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
        code = proc.wait(timeout=120)
    return code, b"".join(chunks).decode("utf-8", errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_no_color_env_on_a_terminal(tmp_path: Path) -> None:
    path = str(write(tmp_path, "slot.txt", WITH_SLOT))
    code, coloured = run_in_tty([str(CONSOLE_SCRIPT), "check", path], subprocess_env())
    assert code == 1 and "[Company Name]" in coloured
    assert ANSI in coloured, "a terminal should get colour unless NO_COLOR is set"
    code, plain = run_in_tty([str(CONSOLE_SCRIPT), "check", path], subprocess_env(NO_COLOR="1"))
    assert code == 1 and "[Company Name]" in plain
    assert ANSI not in plain


# --- rules, explain, version --------------------------------------------------------------


def test_rules_lists_every_rule() -> None:
    result = invoke(["rules"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(ALL_RULES)
    for rule, line in zip(ALL_RULES, lines, strict=True):
        assert line.split()[:3] == [rule.code, rule.name, rule.severity.value]


@pytest.mark.parametrize("name", ["missing-reason", "WL103", "wl103"])
def test_explain_missing_reason(name: str) -> None:
    result = invoke(["explain", name])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("missing-reason (WL103, warning)")
    assert "I am withdrawing my application." in out  # the bad example
    assert "I have accepted another offer, so I am" in out  # the good example
    assert out.index("I am withdrawing my application.") < out.index("I have accepted another")


def test_explain_unknown_rule() -> None:
    result = invoke(["explain", "missing-reasons"])
    assert result.exit_code == 2
    assert_one_error_line(result.stderr, "missing-reasons")


def test_version() -> None:
    from withdraw_lint import __version__

    result = invoke(["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"withdraw-lint {__version__}"


# --- drafts are never modified ------------------------------------------------------------


def test_a_run_leaves_drafts_byte_identical(tmp_path: Path) -> None:
    copy = tmp_path / "crlf-bom.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + WITH_SLOT.replace("\n", "\r\n").encode())
    paths = [*example_paths(), copy]
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    listing = sorted(EXAMPLES.rglob("*"))
    for output in ("text", "json"):
        result = invoke(["check", "--format", output, "--fail-on", "never", *map(str, paths)])
        assert result.exit_code == 0, result.stderr
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths} == before
    assert sorted(EXAMPLES.rglob("*")) == listing


# --- as installed: console script and python -m -------------------------------------------


def test_console_script_is_installed() -> None:
    assert CONSOLE_SCRIPT.is_file(), CONSOLE_SCRIPT
    assert os.access(CONSOLE_SCRIPT, os.X_OK)


def test_console_script_text_output() -> None:
    proc = run([str(CONSOLE_SCRIPT), "check", str(GOOD), "examples/bad-template-placeholder.txt"])
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    assert "examples/bad-template-placeholder.txt:1:6: error template-placeholder" in proc.stdout
    assert "[Hiring Manager]" in proc.stdout and "fix" in proc.stdout
    assert "2 drafts checked" in proc.stdout
    assert ANSI not in proc.stdout


def test_console_script_input_errors(tmp_path: Path) -> None:
    bad = [make_bad_input(tmp_path, name) for name in [*BAD_INPUTS, "missing.txt"]]
    proc = run([str(CONSOLE_SCRIPT), "check", str(GOOD), *map(str, bad)])
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == len(bad), proc.stderr
    for path, line in zip(bad, lines, strict=True):
        assert line.startswith(f"withdraw-lint: error: {path}: "), line
    assert "1 draft checked" in proc.stdout


def test_python_dash_m_reads_stdin() -> None:
    proc = run([sys.executable, "-m", "withdraw_lint", "check", "-"], stdin=MODEL.encode())
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().endswith("score 100/100\n\n1 draft checked: no problems found.")


def test_python_dash_m_usage_error() -> None:
    proc = run([sys.executable, "-m", "withdraw_lint", "check", "--select", "nope", str(GOOD)])
    assert proc.returncode == 2
    assert_one_error_line(proc.stderr, "nope")


FRENCH = (
    "Bonjour Madame Leroy,\n\nJe vous remercie pour l'entretien de la semaine dernière. "
    "J'ai accepté une autre offre, et je retire donc ma candidature pour le poste. Je vous "
    "souhaite une bonne continuation.\n\nCordialement,\nJulie\n"
)


def test_a_draft_not_in_english_is_not_checked_and_has_no_score(tmp_path: Path) -> None:
    path = tmp_path / "lettre.txt"
    path.write_text(FRENCH, encoding="utf-8")
    text = invoke(["check", str(path)])
    assert text.exit_code == 0
    assert "not checked" in text.stdout and "no problems found" not in text.stdout
    data = json.loads(invoke(["check", "--format", "json", str(path)]).stdout)
    (file,) = data["files"]
    assert file["score"] is None and file["diagnostics"] == [] and file["notice"]
    assert data["summary"]["files_not_checked"] == 1
    # A quality bar cannot be passed by a draft that was never scored.
    under = invoke(["check", "-q", "--fail-under", "50", str(path)])
    assert under.exit_code == 1
    # Third review: the failure was silent; it names the draft.
    assert under.stderr == f"withdraw-lint: {path} was not checked, under --fail-under 50\n"


def test_diff_with_exit_zero_exits_zero_on_a_change() -> None:
    """Third review: --diff exited 1 on a change whatever --exit-zero said (Ruff honours it)."""
    close = str(EXAMPLES / "bad-missing-close.txt")
    assert invoke(["check", "--diff", close]).exit_code == 1
    result = invoke(["check", "--diff", "--exit-zero", close])
    assert result.exit_code == 0 and result.stdout.startswith("---")
