"""--format sarif: SARIF 2.1.0, so code-scanning tools can show the findings."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from withdraw_lint import __version__
from withdraw_lint.diagnostics import Diagnostic, Severity
from withdraw_lint.engine import FileResult

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rules() -> list[dict[str, Any]]:
    from withdraw_lint.rules import ALL_RULES

    return [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.why},
            "help": {"text": f"{rule.why} Guide: {rule.guide}."},
            "defaultConfiguration": {"level": LEVEL[rule.severity]},
            "properties": {"guide": rule.guide},
        }
        for rule in ALL_RULES
    ]


def _uri(path: str) -> str:
    """A path as a SARIF artifact URI: forward slashes, percent-encoded, so "my draft
    #1.txt" is one file and not a file with a fragment."""
    return quote(path.replace("\\", "/"), safe="/:")


def _result(path: str, d: Diagnostic, index: dict[str, int]) -> dict[str, Any]:
    region = {
        "startLine": d.line,
        "startColumn": d.column,
        "endLine": d.end_line,
        "endColumn": d.end_column,
        "charOffset": d.start,
        "charLength": d.end - d.start,
    }
    result: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": index[d.code],
        "level": LEVEL[d.severity],
        "message": {"text": f"{d.message} Fix: {d.suggestion}"},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": _uri(path)}, "region": region}}
        ],
        "properties": {"rule": d.rule},
    }
    if d.fix:
        result["fixes"] = [
            {
                "description": {"text": d.suggestion},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": _uri(path)},
                        "replacements": [
                            {
                                "deletedRegion": {
                                    "charOffset": e.start,
                                    "charLength": e.end - e.start,
                                },
                                "insertedContent": {"text": e.replacement},
                            }
                            for e in d.fix.edits
                        ],
                    }
                ],
            }
        ]
    return result


def document(results: list[FileResult]) -> dict[str, Any]:
    rules = _rules()
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    notifications = [
        {"level": "error", "message": {"text": r.error}, "locations": []}
        for r in results
        if r.error
    ]
    skipped = [
        {
            "level": "warning",
            "message": {"text": f"{r.path}: not checked: {r.notice}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}],
        }
        for r in results
        if r.notice and not r.error
    ]
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "withdraw-lint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(r.path, d, index) for r in results for d in r.diagnostics],
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications + skipped,
                    }
                ],
            }
        ],
    }


def render_sarif(results: list[FileResult]) -> str:
    return json.dumps(document(results), indent=2, ensure_ascii=False) + "\n"
