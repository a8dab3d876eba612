"""Reporters turn results into output; they only format."""

from __future__ import annotations

from withdraw_lint.reporters.github import render_github
from withdraw_lint.reporters.json_format import render_json
from withdraw_lint.reporters.sarif import render_sarif
from withdraw_lint.reporters.text import render_statistics, render_text

__all__ = ["render_github", "render_json", "render_sarif", "render_statistics", "render_text"]
