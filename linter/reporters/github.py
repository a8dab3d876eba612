"""--format github: GitHub Actions workflow commands, one annotation per finding."""

from __future__ import annotations

from withdraw_lint.diagnostics import Severity
from withdraw_lint.engine import FileResult

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(results: list[FileResult]) -> str:
    lines = []
    for result in results:
        if result.error:
            lines.append(f"::error file={_property(result.path)}::{_data(result.error)}")
        elif result.notice:
            notice = f"not checked: {result.notice}"
            lines.append(f"::warning file={_property(result.path)}::{_data(notice)}")
        for d in result.diagnostics:
            props = (
                f"file={_property(result.path)},line={d.line},col={d.column},"
                f"endLine={d.end_line},endColumn={d.end_column},"
                f"title={_property(f'{d.rule} ({d.code})')}"
            )
            lines.append(
                f"::{COMMAND[d.severity]} {props}::{_data(d.message + ' Fix: ' + d.suggestion)}"
            )
    return "".join(line + "\n" for line in lines)
