""".eml positions and fixes (review items 7 and 1): every position is an offset into the
decoded file, headers included; a body sent as 7bit/8bit maps exactly and its fixes apply
to the file; a base64 body cannot be mapped and points at the body's first character; a
quoted-printable one maps exactly (more in test_eml_qp.py); neither offers a fix. Real
messages, real pipeline.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from helpers import position_errors
from test_cli import invoke
from withdraw_lint.engine import lint_path
from withdraw_lint.fixes import fix_file

HEADERS = (
    "From: Jane Doe <jane@example.com>\n"
    "To: Laura Kim <laura.kim@acme.com>\n"
    "Subject: Withdrawing my application\n"
    "Date: Mon, 03 Mar 2025 09:12:00 +0000\n"
    "Content-Type: text/plain; charset=utf-8\n"
)
MARCH = "Thursday, March 4"
BODY = (
    "Dear Laura,\n\n"
    f"Thank you for inviting me to the final interview on {MARCH}. I have decided to "
    "withdraw my application, as I have accepted another offer.\n\n"
    "I wish you and the team every success.\n\n"
    "Best regards,\nJane Doe\n"
)
NO_GREETING = (
    "Thank you for the invitation to the final round. I've decided to withdraw my "
    "application, as I have accepted another offer.\n\nBest of luck with the search, and "
    "thank you again.\n\nBest,\nJane\n"
)
NO_CLOSE = (
    "Dear Laura,\n\nThank you for the interview. I have decided to withdraw my application. "
    "I have accepted another offer. It starts in May and is closer to home!!!\n\n"
    "Best regards,\nJane Doe\n"
)


def eml(body: str, transfer: str | None = None, newline: str = "\n") -> bytes:
    headers = HEADERS + (f"Content-Transfer-Encoding: {transfer}\n" if transfer else "")
    return (headers + "\n" + body).replace("\n", newline).encode("utf-8")


def write(tmp_path: Path, data: bytes, name: str = "draft.eml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def diagnostics(path: Path, *args: str) -> list[dict]:
    result = invoke(["check", "--format", "json", *args, str(path)])
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["error"] is None, entry["error"]
    return entry["diagnostics"]


# --- positions ----------------------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("transfer", [None, "7bit", "8bit"])
def test_verbatim_body_positions_are_file_offsets(
    tmp_path: Path, newline: str, transfer: str | None
) -> None:
    data = eml(BODY, transfer, newline)
    path = write(tmp_path, data)
    text = data.decode("utf-8")
    found = diagnostics(path, "--select", "date-mismatch")
    (d,) = found
    assert text[d["start"] : d["end"]] == MARCH
    assert not position_errors(text, d)
    headers = 5 + (transfer is not None)
    assert d["line"] == headers + 4  # the body's third line, under the headers and a blank


@pytest.mark.usefixtures("nlp")
def test_github_annotation_points_at_the_body_line(tmp_path: Path) -> None:
    """The reviewer's date.eml: line 3 was the Subject header; the date is on line 9."""
    path = write(tmp_path, eml(BODY))
    result = invoke(["check", "--format", "github", "--select", "date-mismatch", str(path)])
    assert f"file={path},line=9,col=53,endLine=9,endColumn=70," in result.stdout


@pytest.mark.usefixtures("nlp")
def test_a_header_finding_points_at_the_body_start(tmp_path: Path) -> None:
    data = eml(BODY).replace(b"Subject: Withdrawing my application", b"Subject: Application")
    path = write(tmp_path, data)
    (d,) = diagnostics(path, "--select", "weak-subject")
    body_start = data.decode().index("Dear Laura,")
    assert (d["start"], d["end"], d["line"], d["column"]) == (body_start, body_start, 7, 1)


@pytest.mark.usefixtures("nlp")
def test_stdin_eml_positions_index_the_stdin_text() -> None:
    text = eml(BODY).decode()
    result = invoke(
        [
            "check",
            "--format",
            "json",
            "--select",
            "date-mismatch",
            "--stdin-filename",
            "x.eml",
            "-",
        ],
        text,
    )
    (d,) = json.loads(result.stdout)["files"][0]["diagnostics"]
    assert text[d["start"] : d["end"]] == MARCH


# --- bodies that cannot be mapped ---------------------------------------------------------

QP_BODY = NO_CLOSE.replace("Dear Laura", "Dear Ren=C3=A9e").replace(
    "I have accepted another offer.", "I have accepted =\nanother offer."
)
B64_BODY = base64.encodebytes(NO_CLOSE.replace("Laura", "Renée").encode()).decode()


@pytest.mark.usefixtures("nlp")
def test_a_base64_body_points_at_its_start_and_offers_no_fix(tmp_path: Path) -> None:
    payload = B64_BODY
    data = eml(payload, "base64")
    path = write(tmp_path, data)
    text = data.decode()
    body_start = text.index(payload)
    found = diagnostics(path)
    assert {"missing-positive-close", "shouting"} <= {d["rule"] for d in found}
    for d in found:
        assert (d["line"], d["column"]) == (8, 1), d  # the body's first line in the file
        assert body_start <= d["start"] <= d["end"] <= body_start + 1
        assert not position_errors(text, d)
        assert d["fix"] is None
    result = invoke(["check", "--diff", str(path)])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert path.read_bytes() == data


@pytest.mark.usefixtures("nlp")
def test_multipart_points_at_its_own_plain_part(tmp_path: Path) -> None:
    """A quoted-printable plain part after the preamble and an HTML part: positions in
    that plain part, never on the HTML part's text."""
    data = (
        "From: Jane Doe <jane@example.com>\nTo: Laura Kim <laura@acme.com>\n"
        "Subject: Withdrawal of application\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="XX"\n\n'
        "This is a multi-part message in MIME format.\n\n"
        "--XX\nContent-Type: text/html; charset=utf-8\n\n<p>You people are IDIOTS!!!</p>\n"
        "--XX\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{QP_BODY}--XX--\n"
    ).encode()
    path = write(tmp_path, data)
    text = data.decode()
    found = diagnostics(path)
    plain_part = text.index(QP_BODY)
    assert {"missing-positive-close", "shouting"} <= {d["rule"] for d in found}
    for d in found:
        assert plain_part <= d["start"] <= d["end"] <= plain_part + len(QP_BODY)
        assert not position_errors(text, d)
        assert d["fix"] is None
    (shout,) = [d for d in found if d["rule"] == "shouting"]
    assert text[shout["start"] : shout["end"]] == "!!!"


@pytest.mark.usefixtures("nlp")
def test_a_quoted_printable_body_maps_exactly_and_offers_no_fix(tmp_path: Path) -> None:
    data = eml(QP_BODY, "quoted-printable")
    path = write(tmp_path, data)
    text = data.decode()
    found = diagnostics(path)
    (greeting,) = [d for d in found if d["rule"] == "register-mismatch"]
    assert text[greeting["start"] : greeting["end"]] == "Ren=C3=A9e"
    (close,) = [d for d in found if d["rule"] == "missing-positive-close"]
    assert text[close["start"] : close["end"]] == "It starts in May and is closer to home!!!"
    for d in found:
        assert not position_errors(text, d)
        assert d["fix"] is None
    result = invoke(["check", "--diff", str(path)])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


# --- fixes --------------------------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_safe_fixes_apply_to_the_body_in_the_file(tmp_path: Path, newline: str) -> None:
    data = eml(NO_CLOSE, "8bit", newline)
    path = write(tmp_path, data)
    diff = invoke(["check", "--diff", str(path)])
    assert diff.exit_code == 1, diff.stderr
    assert diff.stderr == ""
    assert "+Thank you again for your time; I wish you and the team every success." in (
        diff.stdout.replace("\r", "")
    )
    assert path.read_bytes() == data  # --diff changes nothing
    fixed = invoke(["check", "--fix", str(path)])
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    after = path.read_bytes().decode()
    expected = eml(
        NO_CLOSE.replace(
            "closer to home!!!\n\n",
            "closer to home!\n\nThank you again for your time; I wish you and the team "
            "every success.\n\n",
        ),
        "8bit",
        newline,
    ).decode()
    assert after == expected  # headers untouched, the file's own line endings kept


@pytest.mark.usefixtures("nlp")
def test_unsafe_greeting_fix_lands_at_the_body_start(tmp_path: Path) -> None:
    data = eml(NO_GREETING)
    path = write(tmp_path, data)
    (greeting,) = [d for d in diagnostics(path) if d["rule"] == "missing-greeting"]
    body_start = data.decode().index(NO_GREETING)
    assert greeting["fix"]["edits"] == [
        {"start": body_start, "end": body_start, "replacement": "Dear Laura,\n\n"}
    ]
    result = invoke(["check", "--fix", "--unsafe-fixes", str(path)])
    assert result.exit_code in (0, 1), result.stderr
    assert "changed since it was linted" not in result.stderr
    assert path.read_bytes() == eml("Dear Laura,\n\n" + NO_GREETING)


@pytest.mark.usefixtures("nlp")
def test_fix_file_keeps_the_headers(tmp_path: Path) -> None:
    path = write(tmp_path, eml(NO_CLOSE))
    fixed = fix_file(lint_path(str(path)), write=False)
    assert fixed is not None and fixed.applied == 2
    assert fixed.after.startswith(HEADERS + "\nDear Laura,")


def test_a_failed_diff_exits_2(tmp_path: Path) -> None:
    result = invoke(["check", "--diff", str(tmp_path / "missing.eml")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_a_charset_no_codec_can_decode_is_one_error_line(tmp_path: Path) -> None:
    path = tmp_path / "odd.eml"
    path.write_bytes(
        b"From: a@example.com\nSubject: Hi\nContent-Type: text/plain; charset=idna\n\n"
        b"Thank you. I am withdrawing.\n"
    )
    result = invoke(["check", str(path)])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert "cannot be decoded" in result.stderr


@pytest.mark.usefixtures("nlp")
def test_a_preamble_that_repeats_the_body_is_not_where_fixes_go(tmp_path: Path) -> None:
    # The text before a multipart message's first boundary is no part: a fix must land in
    # the text/plain part the reader lints, even when the preamble holds the same text.
    path = tmp_path / "multi.eml"
    path.write_text(
        HEADERS.replace("Content-Type: text/plain; charset=utf-8\n", "")
        + 'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="XX"\n\n'
        + NO_CLOSE
        + "\n--XX\nContent-Type: text/plain; charset=utf-8\n\n"
        + NO_CLOSE
        + "\n--XX--\n",
        encoding="utf-8",
    )
    result = lint_path(str(path))
    assert not position_errors_in(path, result)
    fixed = fix_file(result, write=False)
    assert fixed is not None
    boundary = fixed.after.index("--XX\n")
    assert fixed.after[:boundary] == fixed.before[:boundary]  # the preamble is untouched
    assert "every success" in fixed.after[boundary:]


def position_errors_in(path: Path, result: object) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [e for d in result.to_dict()["diagnostics"] for e in position_errors(text, d)]  # type: ignore[attr-defined]


def test_a_quoted_printable_html_body_has_one_end_per_character() -> None:
    from withdraw_lint.reader import read_eml

    source = read_eml(
        b"From: a@example.com\nSubject: Hi\nContent-Type: text/html; charset=utf-8\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n"
        b"<p>Thank you. I=E2=80=99m withdrawing, as I have accepted another off=\ner.</p>\n",
        "x.eml",
    )
    assert source.ends is not None and len(source.ends) == len(source.text)
    assert source.origins is not None and len(source.origins) >= len(source.text)
