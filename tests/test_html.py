"""HTML drafts: linted as text, with every reported position pointing into the HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import position_errors
from test_cli import invoke
from withdraw_lint.reader import html_to_text_mapped

HTML = """<html><head><style>p { color: red }</style></head><body>
<p>Dear Ana,</p>
<p>Thank you for the interview for the <b>Data Analyst</b> role. I am withdrawing from
the process &amp; I wish you well.</p>
<p>Best regards,<br>Li&nbsp;Wei</p>
</body></html>
"""


def test_text_and_origins_line_up() -> None:
    text, origins = html_to_text_mapped(HTML)
    assert "color" not in text and "<" not in text
    assert "the Data Analyst role" in text
    assert "process & I wish" in text
    for i, ch in enumerate(text[:-1]):
        if ch.isalnum():
            assert HTML[origins[i]] == ch, (i, ch)
    amp = text.index("&")
    assert HTML[origins[amp] : origins[amp] + 5] == "&amp;"


@pytest.mark.usefixtures("nlp")
def test_findings_point_into_the_html(tmp_path: Path) -> None:
    path = tmp_path / "draft.html"
    path.write_text(HTML, encoding="utf-8")
    result = invoke(["check", "--format", "json", str(path)])
    (file,) = json.loads(result.stdout)["files"]
    (finding,) = file["diagnostics"]
    assert finding["rule"] == "missing-reason"
    assert HTML[finding["start"] : finding["end"]] == (
        "I am withdrawing from\nthe process &amp; I wish you well."
    )
    assert not position_errors(HTML, finding)
    assert finding["fix"] is None  # edits for the text would not apply to the HTML


MARKDOWN = """Dear **Ms. Ortega**,

Thank you for the *Data Analyst* interviews. I have accepted [an offer](https://example.com/x)
elsewhere, so I am withdrawing from the process. Please cancel `Friday`'s call.

Best regards,
_Sam_
"""


def test_markdown_markup_is_taken_out() -> None:
    from withdraw_lint.reader import markdown_to_text

    text = markdown_to_text(MARKDOWN)
    assert "*" not in text and "`" not in text and "https" not in text and "_" not in text
    assert "the Data Analyst interviews" in text
    assert "accepted an offer\n" in text
    assert "cancel Friday's call." in text


@pytest.mark.usefixtures("nlp")
def test_markdown_findings_and_fixes_use_the_file_positions(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    result = invoke(["check", "--format", "json", str(path)])
    (file,) = json.loads(result.stdout)["files"]
    (finding,) = file["diagnostics"]
    assert finding["rule"] == "missing-positive-close"
    assert MARKDOWN[finding["start"] : finding["end"]] == "Please cancel `Friday`'s call."
    invoke(["check", "--fix", str(path)])
    fixed = path.read_text(encoding="utf-8")
    assert "**Ms. Ortega**" in fixed and "[an offer](https://example.com/x)" in fixed
    assert "call.\n\nThank you again for your time" in fixed
