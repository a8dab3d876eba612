"""Quoted-printable .eml bodies: what Gmail and Outlook send for any line over 76
characters. Each decoded character maps to where its encoded form starts in the file
(soft line breaks skipped, "=E2=80=99" one character), so findings land on the file's own
line and column. Fixes are not offered on such a body. Real messages, real pipeline.
"""

from __future__ import annotations

import json
import quopri
from pathlib import Path

import pytest
from helpers import position_errors
from test_cli import invoke
from withdraw_lint.reader import quoted_printable_forms, read_eml

# A Gmail message as it arrives (CRLF in the file): multipart/alternative, both parts
# quoted-printable, lines wrapped at 76 with soft breaks, one of them inside the UTF-8
# bytes of a curly apostrophe ("I=E2=" / "=80=99ve").
GMAIL_PLAIN = """\
Dear Laura,

Thank you for inviting me to the final interview on Thursday, March 4. I=E2=
=80=99ve decided to withdraw my application, as I have accepted another off=
er that is closer to home!!!

Honestly, your process was a complete waste of time and I=E2=80=99m glad it=
=E2=80=99s over, so please don=E2=80=99t contact me again.

Best regards,
Jane Doe
"""
GMAIL_HTML = """\
<div dir=3D"ltr">Dear Laura,<div><br></div><div>Thank you for inviting me t=
o the final interview on Thursday, March 4. I=E2=80=99ve decided to withdra=
w my application, as I have accepted another offer that is closer to home!!=
!</div><div><br></div><div>Honestly, your process was a complete waste of t=
ime and I=E2=80=99m glad it=E2=80=99s over, so please don=E2=80=99t contact=
 me again.</div><div><br></div><div>Best regards,<br>Jane Doe</div></div>
"""
BOUNDARY = "000000000000c0ffee0123456789"
HEADERS = """\
MIME-Version: 1.0
Date: Mon, 3 Mar 2025 09:12:00 +0000
Message-ID: <CAJx9f2P0qabc@mail.gmail.com>
Subject: Withdrawing my application
From: Jane Doe <jane.doe@gmail.com>
To: Laura Kim <laura.kim@acme.com>
"""


def part(subtype: str, payload: str) -> str:
    return (
        f'Content-Type: text/{subtype}; charset="UTF-8"\n'
        f"Content-Transfer-Encoding: quoted-printable\n\n{payload}"
    )


def gmail(newline: str) -> str:
    text = (
        f'{HEADERS}Content-Type: multipart/alternative; boundary="{BOUNDARY}"\n\n'
        f"--{BOUNDARY}\n{part('plain', GMAIL_PLAIN)}\n"
        f"--{BOUNDARY}\n{part('html', GMAIL_HTML)}\n"
        f"--{BOUNDARY}--\n"
    )
    return text.replace("\n", newline)


def decoded(encoded: str) -> str:
    """What a stretch of the file's quoted-printable text reads as."""
    return quopri.decodestring(encoded.encode("ascii")).decode("utf-8")


def lint(tmp_path: Path, text: str, *args: str) -> list[dict]:
    path = tmp_path / "message.eml"
    path.write_bytes(text.encode("utf-8"))
    result = invoke(["check", "--format", "json", *args, str(path)])
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["error"] is None, entry["error"]
    return entry["diagnostics"]


def line_and_column_of(text: str, needle: str) -> tuple[int, int]:
    at = text.index(needle)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("newline", ["\r\n", "\n"], ids=["crlf", "lf"])
def test_gmail_findings_land_on_the_file_line_and_column(tmp_path: Path, newline: str) -> None:
    text = gmail(newline)
    found = lint(tmp_path, text)
    rules = {d["rule"] for d in found}
    assert {"date-mismatch", "shouting", "negative-tone", "missing-positive-close"} <= rules
    for d in found:
        assert not position_errors(text, d), d
        assert d["fix"] is None  # a quoted-printable body gets no fix
    by_rule = {d["rule"]: d for d in found}
    date = by_rule["date-mismatch"]
    assert text[date["start"] : date["end"]] == "Thursday, March 4"
    assert (date["line"], date["column"]) == line_and_column_of(text, "Thursday, March 4")
    shout = by_rule["shouting"]
    assert text[shout["start"] : shout["end"]] == "!!!"
    assert (shout["line"], shout["column"]) == line_and_column_of(text, "!!!")
    # A sentence over a soft break and curly apostrophes: its range is exactly the encoded
    # sentence, from its first letter to just past its full stop on the next file line.
    tone = by_rule["negative-tone"]
    encoded = text[tone["start"] : tone["end"]]
    assert encoded.startswith("Honestly, your process") and encoded.endswith("again.")
    assert decoded(encoded) == (
        "Honestly, your process was a complete waste of time and I\u2019m glad it\u2019s "
        "over, so please don\u2019t contact me again."
    )
    assert tone["end_line"] == tone["line"] + 1


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("newline", ["\r\n", "\n"], ids=["crlf", "lf"])
def test_every_finding_covers_the_encoded_form_of_what_it_found(
    tmp_path: Path, newline: str
) -> None:
    """The same body sent as 8bit is the reference: each finding's range in the
    quoted-printable file decodes to the text it covers in the 8bit one."""
    qp_text = gmail(newline)
    plain = decoded(GMAIL_PLAIN.replace("\n", newline))
    eight_bit = (
        f"{HEADERS}Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    ).replace("\n", newline) + plain
    qp_found = lint(tmp_path, qp_text)
    reference = lint(tmp_path, eight_bit)
    assert [d["rule"] for d in qp_found] == [d["rule"] for d in reference]
    for ours, theirs in zip(qp_found, reference, strict=True):
        assert (
            decoded(qp_text[ours["start"] : ours["end"]])
            == (eight_bit[theirs["start"] : theirs["end"]])
        ), ours["rule"]


@pytest.mark.usefixtures("nlp")
def test_an_html_only_body_maps_through_html_and_quoted_printable(tmp_path: Path) -> None:
    text = f"{HEADERS}{part('html', GMAIL_HTML)}".replace("\n", "\r\n")
    found = lint(tmp_path, text, "--select", "date-mismatch,shouting")
    assert sorted(text[d["start"] : d["end"]] for d in found) == ["!!=\r\n!", "Thursday, March 4"]
    for d in found:
        assert not position_errors(text, d)


@pytest.mark.usefixtures("nlp")
def test_diff_and_fix_leave_a_quoted_printable_body_alone(tmp_path: Path) -> None:
    text = gmail("\r\n")
    path = tmp_path / "message.eml"
    path.write_bytes(text.encode())
    result = invoke(["check", "--diff", str(path)])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    result = invoke(["check", "--fix", str(path)])
    assert "changed since it was linted" not in result.stderr
    assert path.read_bytes() == text.encode()


# --- the map itself ---------------------------------------------------------------------


def test_each_character_maps_to_where_its_encoded_form_starts_and_ends() -> None:
    raw = "I=E2=\r\n=80=99ve a caf=C3=A9 =3D x=\r\ny=\nz\r\n"
    content = "I\u2019ve a caf\u00e9 = xyz\r\n"
    forms = quoted_printable_forms(raw, "utf-8", content)
    assert forms is not None
    starts, ends = forms
    assert len(starts) == len(content) + 1 and len(ends) == len(content)
    apostrophe = content.index("\u2019")
    assert raw[starts[apostrophe] : ends[apostrophe]] == "=E2=\r\n=80=99"
    e_acute = content.index("\u00e9")
    assert raw[starts[e_acute] : ends[e_acute]] == "=C3=A9"
    equals = content.index("=")
    assert raw[starts[equals] : ends[equals]] == "=3D"
    # No character starts on a soft break: "y" and "z" start after theirs.
    assert raw[starts[content.index("y")]] == "y" and raw[starts[content.index("z")]] == "z"
    assert starts[-1] == len(raw)  # one past the end: just after the last form


def test_the_end_maps_past_a_final_soft_break() -> None:
    raw = "last word=\n"
    starts, ends = quoted_printable_forms(raw, "utf-8", "last word") or ([], [])
    assert starts[-1] == ends[-1] == len("last word")


def test_a_reading_that_disagrees_with_the_standard_library_maps_nothing() -> None:
    assert quoted_printable_forms("caf=C3=A9", "utf-8", "cafe") is None
    assert quoted_printable_forms("caf=C3=A9", "no-such-charset", "caf\u00e9") is None


def test_raw_8bit_text_in_a_quoted_printable_body_keeps_the_fallback() -> None:
    """Bytes the sender never encoded: not mapped, positions at the body's start."""
    data = (
        f"{HEADERS}Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "Dear Ren\u00e9e,\n\nThank you for the interview. I withdraw my applica=\ntion.\n"
    ).encode()
    source = read_eml(data, "raw.eml")
    assert source.origins is not None and len(set(source.origins)) == 1
    assert source.ends is None and not source.fixable
