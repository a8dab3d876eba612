"""The --format json document, as DESIGN.md and schema/output.schema.json define it."""

from __future__ import annotations

import json
from typing import Any

from withdraw_lint import __version__
from withdraw_lint.engine import FileResult
from withdraw_lint.reporters.summary import summarize

SCHEMA_VERSION = "1"


def document(results: list[FileResult]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "version": __version__,
        "files": [r.to_dict() for r in results],
        "summary": summarize(results),
    }


def render_json(results: list[FileResult]) -> str:
    return json.dumps(document(results), indent=2, ensure_ascii=False) + "\n"
