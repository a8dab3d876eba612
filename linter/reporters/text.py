"""The human format: one block per finding, then a summary line."""

from __future__ import annotations

import re

from withdraw_lint.diagnostics import Diagnostic, Severity
from withdraw_lint.engine import FileResult
from withdraw_lint.reporters.summary import summarize

_STYLE = {Severity.ERROR: "31;1", Severity.WARNING: "33;1", Severity.INFO: "36"}
MAX_EXCERPT = 100


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Text with its control characters written as escapes ("\\x1b"), so a draft or file
    name that holds an ANSI sequence cannot colour, move or clear the user's terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _excerpt(diagnostic: Diagnostic) -> str:
    flat = visible(" ".join(diagnostic.excerpt.split()))
    if len(flat) > MAX_EXCERPT:
        flat = flat[: MAX_EXCERPT - 1] + "…"
    return flat


def render_diagnostic(path: str, d: Diagnostic, color: bool) -> str:
    where = _paint(f"{visible(path)}:{d.line}:{d.column}:", "1", color)
    severity = _paint(d.severity.value, _STYLE[d.severity], color)
    rule = _paint(f"{d.rule} [{d.code}]", "2", color)
    lines = [f"{where} {severity} {rule} {visible(d.message)}"]
    excerpt = _excerpt(d)
    if excerpt:
        lines.append(f"  | {excerpt}")
    lines.append(f"  = fix: {visible(d.suggestion)}")
    return "\n".join(lines)


def render_overview(result: FileResult) -> str:
    """One line per draft: the parts found in order, the reason category and the score."""
    path = visible(result.path)
    if result.notice:
        return f"{path}: not checked: {result.notice}"
    parts = " > ".join(result.parts) or "none"
    reason = result.reason_category or "none"
    return f"{path}: parts: {parts}; reason: {reason}; score {result.score}/100"


def render_text(results: list[FileResult], color: bool = False, overview: bool = True) -> str:
    blocks = []
    for result in results:
        for d in result.diagnostics:
            blocks.append(render_diagnostic(result.path, d, color))
        if overview and not result.error:
            blocks.append(render_overview(result))
    summary = summarize(results)
    out = "\n\n".join(blocks)
    counts = [
        f"{summary['errors']} error{'s' * (summary['errors'] != 1)}",
        f"{summary['warnings']} warning{'s' * (summary['warnings'] != 1)}",
        f"{summary['infos']} info",
    ]
    unreadable, skipped = summary["files_unreadable"], summary["files_not_checked"]
    checked = len(results) - unreadable - skipped
    tail = f"{checked} draft{'s' * (checked != 1)} checked: " + ", ".join(counts) + "."
    if summary["diagnostics"] == 0:
        tail = f"{checked} draft{'s' * (checked != 1)} checked: no problems found."
    if checked == 0:
        tail = "0 drafts checked."
    if skipped:
        tail = tail[:-1] + f"; {skipped} not checked (see above)."
    if unreadable:
        tail = tail[:-1] + f"; {unreadable} file{'s' * (unreadable != 1)} could not be read."
    return (out + "\n\n" if out else "") + tail + "\n"


def statistics(results: list[FileResult]) -> list[dict[str, object]]:
    """Counts per rule, most frequent first (like `ruff --statistics`)."""
    counts: dict[tuple[str, str, str], list[int]] = {}
    for result in results:
        for d in result.diagnostics:
            row = counts.setdefault((d.code, d.rule, d.severity.value), [0, 0])
            row[0] += 1
            row[1] += d.fix is not None and d.fix.safe  # what --fix would apply
    rows = sorted(counts.items(), key=lambda item: (-item[1][0], item[0]))
    return [
        {"code": code, "rule": rule, "severity": sev, "count": n, "fixable": fixable}
        for (code, rule, sev), (n, fixable) in rows
    ]


def render_statistics(results: list[FileResult]) -> str:
    """The counts as a table: count, code, rule (severity)."""
    return "".join(
        f"{row['count']:5d}  {row['code']}  {row['rule']} ({row['severity']})\n"
        for row in statistics(results)
    )
