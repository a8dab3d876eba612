"""Reporters turn results into output; they only format."""

from __future__ import annotations

from withdraw_lint.reporters.json_format import render_json
from withdraw_lint.reporters.text import render_text

__all__ = ["render_json", "render_text"]
