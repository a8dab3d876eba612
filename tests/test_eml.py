""".eml files, built with the standard library's EmailMessage: which part is linted, what the
headers change (subject, recipient, date), the quoted reply, and broken messages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest
from helpers import check_json
from test_cli import assert_one_error_line, invoke
from withdraw_lint.diagnostics import Diagnostic
from withdraw_lint.engine import FileResult, lint_path
from withdraw_lint.settings import Settings

SUBJECT = "Withdrawal of application - Jane Doe"
DATE = "Mon, 30 Nov 2026 09:15:00 +0000"
THANKS = "Thank you for taking the time to meet me last week."
DECISION = "I have accepted an offer from another company, so I am withdrawing my application."
WISH = "I wish you and the team every success."
BODY = f"Dear Ana,\n\n{THANKS} {DECISION}\n\n{WISH}\n\nBest regards,\nJane Doe\n"
RUDE = "Frankly, your process was a joke."
QUOTE_HEADER = "On Mon, 23 Nov 2026 at 10:02, Ana Lee <ana@acme.com> wrote:"


def message(
    plain: str | None = BODY,
    html: str | None = None,
    *,
    subject: str | None = SUBJECT,
    to: str = "Ana Lee <ana@acme.com>",
    date: str | None = DATE,
    cte: str = "8bit",
) -> EmailMessage:
    """A message from Jane Doe: text/plain, multipart/alternative, or HTML only.

    Bodies are sent as 8bit, so they stand in the file as written (tests/test_eml_positions.py
    covers quoted-printable and base64).
    """
    msg = EmailMessage()
    if subject is not None:
        msg["Subject"] = subject
    msg["From"] = "Jane Doe <jane@x.com>"
    msg["To"] = to
    if date is not None:
        msg["Date"] = date
    if plain is not None:
        msg.set_content(plain, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", cte=cte)
    elif html is not None:
        msg.set_content(html, subtype="html", cte=cte)
    return msg


def save(tmp_path: Path, msg: EmailMessage | bytes, name: str = "draft.eml") -> Path:
    path = tmp_path / name
    path.write_bytes(msg if isinstance(msg, bytes) else bytes(msg))
    return path


def lint_eml(tmp_path: Path, msg: EmailMessage, settings: Settings | None = None) -> FileResult:
    result = lint_path(str(save(tmp_path, msg)), settings)
    assert result.error is None, result.error
    return result


def of_rule(result: FileResult, rule: str) -> list[Diagnostic]:
    return [d for d in result.diagnostics if d.rule == rule]


# --- a plain-text message -----------------------------------------------------------------


def test_plain_message_through_lint_path(tmp_path: Path) -> None:
    msg = message()
    assert msg.get_content_type() == "text/plain"
    result = lint_eml(tmp_path, msg)
    assert result.diagnostics == []
    assert result.score == 100
    assert result.parts == ["greeting", "thanks", "decision", "reason", "close", "sign-off"]
    assert result.reason_category == "other_offer"


def test_plain_message_through_the_cli(tmp_path: Path) -> None:
    path = str(save(tmp_path, message()))
    result = invoke(["check", path])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith(f"{path}: parts: greeting > thanks")
    assert result.stdout.rstrip().endswith("1 draft checked: no problems found.")
    assert result.stderr == ""
    (entry,) = check_json([path])["files"]
    assert (entry["path"], entry["error"], entry["diagnostics"]) == (path, None, [])


def test_positions_index_the_file_not_the_body(tmp_path: Path) -> None:
    """Findings point into the file, headers included (DESIGN's JSON contract)."""
    body = BODY.replace(f"{THANKS} ", "")
    saved = save(tmp_path, message(body))
    text = saved.read_text(encoding="utf-8")
    (d,) = [
        d
        for d in check_json([str(saved)])["files"][0]["diagnostics"]
        if d["rule"] == "missing-gratitude"
    ]
    assert text[d["start"] : d["end"]] == DECISION
    assert text.splitlines()[d["line"] - 1] == DECISION
    assert d["column"] == 1


# --- which part is read -------------------------------------------------------------------

HTML_BODY = (
    "<html><head><style>p { margin: 0 }</style></head><body>"
    "<p>Dear Ana,</p>"
    f"<p>{DECISION}</p>"
    "<p>Please cancel the call we booked for Monday.</p>"
    "<p>Best regards,<br>Jane Doe</p>"
    "</body></html>"
)


def test_multipart_alternative_uses_the_plain_part(tmp_path: Path) -> None:
    msg = message(BODY, HTML_BODY.replace("another company", "[Company Name]"))
    assert msg.get_content_type() == "multipart/alternative"
    result = lint_eml(tmp_path, msg)
    assert result.diagnostics == [], [(d.rule, d.excerpt) for d in result.diagnostics]
    assert result.score == 100


def test_multipart_alternative_excerpts_come_from_the_plain_part(tmp_path: Path) -> None:
    plain = BODY.replace(f"{THANKS} ", "")  # no thanks in the plain part only
    result = lint_eml(tmp_path, message(plain, HTML_BODY.replace(DECISION, f"{THANKS} {DECISION}")))
    (d,) = of_rule(result, "missing-gratitude")
    text = (tmp_path / "draft.eml").read_text(encoding="utf-8")
    assert d.excerpt == DECISION == text[d.start : d.end]
    assert text.index(DECISION) == d.start  # the plain part comes first in the file


def test_html_only_message_is_converted_to_text(tmp_path: Path) -> None:
    msg = message(None, HTML_BODY)
    assert msg.get_content_type() == "text/html"
    result = lint_eml(tmp_path, msg)
    file_text = (tmp_path / "draft.eml").read_text(encoding="utf-8")
    html_at = file_text.index(HTML_BODY)
    rules = {d.rule: d for d in result.diagnostics}
    assert {"missing-gratitude", "missing-positive-close"} <= set(rules)
    assert rules["missing-gratitude"].excerpt == DECISION
    assert rules["missing-positive-close"].excerpt == "Please cancel the call we booked for Monday."
    for d in result.diagnostics:
        assert "<" not in d.excerpt and ">" not in d.excerpt, d.excerpt
        assert "margin" not in d.excerpt
        assert file_text[d.start : d.end] == d.excerpt  # plain text in the HTML, as written
        assert html_at <= d.start <= d.end <= html_at + len(HTML_BODY)
        assert d.fix is None  # as for an .html draft
    assert result.parts[0] == "greeting" and result.parts[-1] == "sign-off"


def test_html_inline_tags_keep_the_spaces_around_them(tmp_path: Path) -> None:
    html = HTML_BODY.replace(
        DECISION, "I am withdrawing my application for the <b>Data Analyst</b> position."
    )
    result = lint_eml(tmp_path, message(None, html))
    excerpts = [d.excerpt for d in of_rule(result, "missing-gratitude")]
    assert excerpts == ["I am withdrawing my application for the Data Analyst position."]


# --- what the headers change --------------------------------------------------------------


def test_weak_subject_header_fires(tmp_path: Path) -> None:
    result = lint_eml(tmp_path, message(subject="Quick question"))
    (d,) = of_rule(result, "weak-subject")
    assert "'Quick question'" in d.message
    # The header is not in the body: the finding is placed at the body's start in the file.
    text = (tmp_path / "draft.eml").read_text(encoding="utf-8")
    assert d.start == d.end == text.index("Dear Ana,")
    assert '"Withdrawal of application - Jane Doe"' in d.suggestion  # the From name


@pytest.mark.parametrize(
    "subject", [SUBJECT, "Re: Interview on Thursday", "Withdrawing my candidacy"]
)
def test_clear_subject_header_is_silent(tmp_path: Path, subject: str) -> None:
    assert not of_rule(lint_eml(tmp_path, message(subject=subject)), "weak-subject")


def test_greeting_for_someone_else_fires_register_mismatch(tmp_path: Path) -> None:
    result = lint_eml(tmp_path, message(BODY.replace("Dear Ana,", "Dear Tom,")))
    (d,) = of_rule(result, "register-mismatch")
    lines = (tmp_path / "draft.eml").read_text(encoding="utf-8").splitlines()
    assert (lines[d.line - 1], d.column, d.excerpt) == ("Dear Tom,", 6, "Tom")
    assert "'Ana Lee'" in d.message
    assert '"Dear Ana,"' in d.suggestion


@pytest.mark.parametrize("greeting", ["Dear Ana,", "Dear Ms. Lee,", "Hi Ana,"])
def test_greeting_for_the_recipient_is_silent(tmp_path: Path, greeting: str) -> None:
    result = lint_eml(tmp_path, message(BODY.replace("Dear Ana,", greeting)))
    assert not of_rule(result, "register-mismatch")


@pytest.mark.parametrize(
    "greeting",
    ["Dear Hiring Team,", "Dear Sir or Madam,", "Hi all,", "Dear Hiring Manager,", "Hi Rob,",
     "Dear Bob,", "Hello Robbie,", "Dear Mr. Hughes,"],
)  # fmt: skip
def test_a_group_role_or_short_name_is_no_other_person(tmp_path: Path, greeting: str) -> None:
    """User review: "Dear Hiring Team" was read as greeting someone called Hiring."""
    mail = message(BODY.replace("Dear Ana,", greeting), to='"Hughes, Robert" <rh@acme.com>')
    assert not of_rule(lint_eml(tmp_path, mail), "register-mismatch")


@pytest.mark.parametrize(
    ("to", "greeting"),
    [
        ("Talent Acquisition <careers@acme.com>", None),
        ("Recruiting Team <jobs@acme.com>", None),
        ("Acme Careers <careers@acme.com>", None),
        ("PRIYA SHAH <priya@acme.com>", "Dear Priya,"),
    ],
)
def test_the_greeting_fix_greets_a_person_not_a_shared_inbox(
    tmp_path: Path, to: str, greeting: str | None
) -> None:
    """Second review: "To: Talent Acquisition" gave "Dear Talent,"."""
    result = lint_eml(tmp_path, message(BODY.replace("Dear Ana,\n\n", ""), to=to))
    (d,) = of_rule(result, "missing-greeting")
    assert (d.fix.edits[0].replacement.strip() if d.fix else None) == greeting


def test_missing_greeting_fix_uses_the_recipient(tmp_path: Path) -> None:
    body = BODY.replace("Dear Ana,\n\n", "")
    result = lint_eml(tmp_path, message(body))
    (d,) = of_rule(result, "missing-greeting")
    assert d.fix is not None
    assert [e.replacement for e in d.fix.edits] == ["Dear Ana,\n\n"]


def test_quoted_reply_is_not_linted(tmp_path: Path) -> None:
    quoted = f"{BODY}\n{QUOTE_HEADER}\n> {RUDE}\n> Are you free on Friday?\n"
    result = lint_eml(tmp_path, message(quoted))
    assert not of_rule(result, "negative-tone")
    assert result.diagnostics == []
    # The same line written by the candidate does fire.
    rude = lint_eml(tmp_path, message(BODY.replace(DECISION, f"{DECISION} {RUDE}")))
    assert [d.excerpt for d in of_rule(rude, "negative-tone")] == [RUDE]


# --- date-mismatch reads the year from the Date header --------------------------------------

MARCH_4 = BODY.replace("last week", "on Thursday, March 4")


def test_date_header_year_makes_the_weekday_wrong(tmp_path: Path) -> None:
    """March 4 is a Tuesday in 2025 and a Wednesday in 2026 (Thursday only in 2027)."""
    msg = message(MARCH_4, date="Mon, 01 Dec 2025 09:00:00 +0000")
    result = lint_eml(tmp_path, msg, Settings(today=dt.date(2026, 11, 30)))
    (d,) = of_rule(result, "date-mismatch")
    assert d.excerpt == "Thursday, March 4"
    assert "March 4, 2025 is a Tuesday" in d.message


def test_date_header_year_makes_the_weekday_right(tmp_path: Path) -> None:
    msg = message(MARCH_4, date="Tue, 01 Dec 2026 09:00:00 +0000")
    result = lint_eml(tmp_path, msg, Settings(today=dt.date(2025, 6, 2)))
    assert not of_rule(result, "date-mismatch")


def test_without_a_date_header_the_settings_date_is_used(tmp_path: Path) -> None:
    msg = message(MARCH_4, date=None)
    assert not of_rule(
        lint_eml(tmp_path, msg, Settings(today=dt.date(2026, 11, 30))), "date-mismatch"
    )
    assert of_rule(lint_eml(tmp_path, msg, Settings(today=dt.date(2025, 6, 2))), "date-mismatch")


# --- messages that cannot be linted --------------------------------------------------------


def _headers_only() -> bytes:
    return bytes(message(None))


def _attachment_only() -> bytes:
    msg = message(None)
    msg.add_attachment(b"%PDF-1.4 not really", maintype="application", subtype="pdf")
    return bytes(msg)


def _blank_body() -> bytes:
    return bytes(message(" \n\n \n"))


GARBAGE = bytes(range(256)) * 4


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (_headers_only, "body is empty"),
        (_blank_body, "body is empty"),
        (_attachment_only, "no text or HTML body"),
        (lambda: GARBAGE, "not an email message"),
    ],
    ids=["headers-only", "blank-body", "attachment-only", "garbage-bytes"],
)
def test_unlintable_eml_is_one_line_and_exit_2(
    tmp_path: Path, content: Callable[[], bytes], says: str
) -> None:
    path = str(save(tmp_path, content(), "broken.eml"))
    result = invoke(["check", path])
    assert result.exit_code == 2, result.output
    assert_one_error_line(result.stderr, path)
    assert says in result.stderr
    failed = lint_path(path)
    assert failed.error is not None and says in failed.error
    assert failed.score is None


def test_a_broken_eml_does_not_stop_the_others(tmp_path: Path) -> None:
    good = str(save(tmp_path, message(), "good.eml"))
    broken = str(save(tmp_path, GARBAGE, "broken.eml"))
    doc = check_json([good, broken])
    by_path = {f["path"]: f for f in doc["files"]}
    assert by_path[good]["error"] is None and by_path[good]["score"] == 100
    assert by_path[broken]["error"] and by_path[broken]["score"] is None
