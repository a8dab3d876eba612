"""Counts over a run, shared by every reporter."""

from __future__ import annotations

from typing import Any

from withdraw_lint.diagnostics import Severity
from withdraw_lint.engine import FileResult


def summarize(results: list[FileResult]) -> dict[str, Any]:
    return {
        "files": len(results),
        # Unreadable files (kept under its first name; files_unreadable says it plainly).
        "files_with_errors": sum(1 for r in results if r.error),
        "files_unreadable": sum(1 for r in results if r.error),
        "files_not_checked": sum(1 for r in results if r.notice and not r.error),
        "diagnostics": sum(len(r.diagnostics) for r in results),
        "errors": sum(r.count(Severity.ERROR) for r in results),
        "warnings": sum(r.count(Severity.WARNING) for r in results),
        "infos": sum(r.count(Severity.INFO) for r in results),
    }
