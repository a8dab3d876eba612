"""Shared, import-only helpers for the test suite (paths, draft builders, position checks)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from withdraw_lint.diagnostics import Diagnostic
from withdraw_lint.settings import Settings

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
EXPECTED = EXAMPLES / "expected"
CONSOLE_SCRIPT = Path(sys.executable).parent / "withdraw-lint"

GREETING = "Dear Ms. Reyes,"
SIGN_OFF = "Best regards,\nTomás Ortega"


class Lint(Protocol):
    """The `lint` fixture: lint a text, optionally keep one rule's diagnostics."""

    def __call__(
        self, text: str, rule: str | None = None, settings: Settings | None = None
    ) -> list[Diagnostic]: ...


def email(
    *paragraphs: str, greeting: str | None = GREETING, sign_off: str | None = SIGN_OFF
) -> str:
    """A whole draft: greeting line, body paragraphs and sign-off, separated by blank lines.

    With the default greeting, the first paragraph is on line 3, the second on line 5, ...
    """
    parts = [p for p in (greeting, *paragraphs, sign_off) if p is not None]
    return "\n\n".join(parts) + "\n"


def example_paths() -> list[Path]:
    """Every example draft, sorted by name."""
    return sorted(EXAMPLES.glob("*.txt"))


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of a 0-based offset, computed independently.

    A text with a lone carriage return and no line feed breaks its lines at "\r" (old Mac
    files, as the README says); any other text at "\n"."""
    newline = "\r" if "\r" in text and "\n" not in text else "\n"
    line = text.count(newline, 0, offset) + 1
    column = offset - (text.rfind(newline, 0, offset) + 1) + 1
    return line, column


def position_errors(text: str, diagnostic: dict[str, Any]) -> list[str]:
    """Ways in which a JSON diagnostic's line/column disagree with its offsets into `text`."""
    problems = []
    start, end = diagnostic["start"], diagnostic["end"]
    if not 0 <= start <= end <= len(text):
        problems.append(f"offsets {start}..{end} outside the text (length {len(text)})")
        return problems
    if (diagnostic["line"], diagnostic["column"]) != line_col(text, start):
        problems.append(f"start {start} is {line_col(text, start)}, reported {diagnostic}")
    if (diagnostic["end_line"], diagnostic["end_column"]) != line_col(text, end):
        problems.append(f"end {end} is {line_col(text, end)}, reported {diagnostic}")
    for edit in (diagnostic["fix"] or {}).get("edits", []):
        if not 0 <= edit["start"] <= edit["end"] <= len(text):
            problems.append(f"fix edit outside the text: {edit}")
    return problems


def read_draft(path: Path) -> str:
    """A draft's text as the linter decodes it (UTF-8, BOM dropped, line endings kept)."""
    return path.read_bytes().decode("utf-8-sig")


@contextmanager
def working_directory(path: Path) -> Iterator[None]:
    """Run a block with `path` as the current directory."""
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def check_json(args: Sequence[str], cwd: Path = REPO) -> dict[str, Any]:
    """Run `withdraw-lint check --format json ARGS` in-process and parse its output."""
    from typer.testing import CliRunner
    from withdraw_lint.cli import app

    with working_directory(cwd):
        result = CliRunner().invoke(app, ["check", "--format", "json", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return json.loads(result.stdout)
