"""What a rule reports: a finding with its range and an optional fix."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with replacement (0-based code-point offsets)."""

    start: int
    end: int
    replacement: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement}


@dataclass(frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    safe: bool = True

    def to_dict(self) -> dict[str, Any]:
        # As Ruff's "applicability": --fix applies "safe" fixes, --unsafe-fixes the rest.
        return {
            "edits": [e.to_dict() for e in self.edits],
            "applicability": "safe" if self.safe else "unsafe",
        }


@dataclass(frozen=True)
class Finding:
    """What a rule's check returns: a range in the draft and what to say about it."""

    start: int
    end: int
    message: str
    suggestion: str
    fix: Fix | None = None


@dataclass(frozen=True)
class Position:
    line: int
    column: int


def line_end(text: str) -> str:
    """The line break a draft uses: "\r\n", a lone "\r" (old Mac files), else "\n"."""
    if "\r\n" in text:
        return "\r\n"
    return "\r" if "\r" in text and "\n" not in text else "\n"


class LineIndex:
    """Maps 0-based character offsets to 1-based line and column (code points)."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        self._starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self._starts, offset) - 1
        return Position(line + 1, offset - self._starts[line] + 1)


@dataclass(frozen=True)
class Diagnostic:
    rule: str
    code: str
    severity: Severity
    message: str
    suggestion: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str = field(default="", compare=False)
    fix: Fix | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "suggestion": self.suggestion,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "fix": self.fix.to_dict() if self.fix else None,
        }
