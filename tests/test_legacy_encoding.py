"""Short legacy-encoded drafts: Windows-1252 wins over a Central European guess unless only
the guess explains the bytes (review item 5). Real byte strings, as Notepad or a Western mail
client saves them; the decoding must give back the text that was written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from charset_normalizer import from_bytes
from test_cli import invoke
from withdraw_lint.reader import decode_with_encoding

# The reviewer's enc_cp1252c.txt: charset-normalizer's best guess for these bytes is cp1250,
# which reads 0xF1 as "ń".
MUNOZ = (
    b"Dear Mr. Mu\xf1oz,\r\n\r\nI\x92m writing to withdraw my application for the Caf\xe9 "
    b"Manager role at Mu\xf1oz Caf\xe9 \x97 I have accepted another offer closer to home."
    b"\r\n\r\nBest regards,\r\nRen\xe9e Faure\r\n"
)
WESTERN = [
    pytest.param(MUNOZ, id="spanish-names-cp1252"),
    pytest.param(
        "Dear Mr. Müller,\n\nThank you for the interview. Best, Jürgen Weiß\n".encode("cp1252"),
        id="german-same-in-both",
    ),
    pytest.param(
        "Dear Mme Lefèvre,\n\nThank you – I’m withdrawing. Best, Zoë Cœur\n".encode("cp1252"),
        id="french-cp1252-punctuation",
    ),
    pytest.param(
        "Dear Mr. Müller,\n\nThank you for the interview at Café Renée.\n".encode("latin-1"),
        id="latin-1",
    ),
]


@pytest.mark.parametrize("data", WESTERN)
def test_short_western_drafts_are_read_as_windows_1252(data: bytes) -> None:
    text, encoding = decode_with_encoding(data, "draft.txt")
    assert encoding == "cp1252"
    assert text == data.decode("cp1252")


def test_the_guesser_alone_gets_the_spanish_draft_wrong() -> None:
    """What the preference corrects: without it the name reads 'Muńoz'."""
    best = from_bytes(MUNOZ).best()
    assert best is not None and best.encoding != "cp1252"
    assert "Muńoz" in MUNOZ.decode(best.encoding)
    assert "Muñoz" in decode_with_encoding(MUNOZ, "draft.txt")[0]


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        pytest.param(
            "Dear Ms. Nowak,\n\nThank you for the interview. I am withdrawing my application. "
            "Best regards, Michał Łukasiewicz, Kraków\n",
            "cp1250",
            id="polish-letters-cp1252-reads-as-symbols",
        ),
        pytest.param(
            "Dear Ivan,\n\nThank you. Спасибо за интервью, я отзываю свою заявку. Иван\n",
            "cp1251",
            id="cyrillic",
        ),
        pytest.param(
            "Dear Nikos,\n\nΕυχαριστώ πολύ για τη συνέντευξη. Best, Γιώργος\n",
            "cp1253",
            id="greek",
        ),
    ],
)
def test_a_guess_that_alone_explains_the_letters_is_kept(text: str, codec: str) -> None:
    decoded, encoding = decode_with_encoding(text.encode(codec), "draft.txt")
    assert decoded == text
    assert encoding != "cp1252"


@pytest.mark.usefixtures("nlp")
def test_the_fix_suggestion_spells_the_name_right(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(MUNOZ)
    result = invoke(["check", "--format", "json", str(path)])
    (file,) = json.loads(result.stdout)["files"]
    assert file["encoding"] == "cp1252"
    (close,) = [d for d in file["diagnostics"] if d["rule"] == "missing-positive-close"]
    assert "the team at Muñoz Café every success" in close["suggestion"]


# The review's fx/cp2.txt: UTF-8 ("Café Zürich", "José") with one apostrophe pasted from
# Word as the Windows-1252 byte 0x92. Read whole as a legacy code page it was cp932 mojibake.
CP2 = (
    b"Dear Ms. Hart,\r\n\r\nThank you for the opportunity to interview for the role. I\x92ve "
    b"accepted another offer, so I withdraw my application for the role at Caf\xc3\xa9 "
    b"Z\xc3\xbcrich.\r\n\r\nThank you again for your time; I wish you and the team every "
    b"success.\r\n\r\nBest regards,\r\nJos\xc3\xa9\r\n"
)
MIXED = "utf-8 with windows-1252 bytes"


def test_utf8_with_a_pasted_windows_1252_apostrophe_reads_both_right() -> None:
    """Review item 12: the stray byte is read as Windows-1252, the rest as UTF-8."""
    text, encoding = decode_with_encoding(CP2, "cp2.txt")
    assert encoding == MIXED
    assert text == CP2.replace(b"\x92", "\u2019".encode()).decode("utf-8")
    assert "I\u2019ve accepted" in text and "Café Zürich" in text and text.endswith("José\r\n")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(CP2.replace(b"\x92", b"'"), "utf-8", id="pure-utf-8"),
        pytest.param(
            CP2.decode("utf-8", "replace").replace("\ufffd", "\u2019").encode("cp1252"),
            "cp1252",
            id="pure-cp1252",
        ),
        # Only ASCII besides the 0x92: nothing is UTF-8, so it is plain Windows-1252.
        pytest.param(
            CP2.replace(b"\xc3\xa9", b"e").replace(b"\xc3\xbc", b"u"), "cp1252", id="ascii-and-0x92"
        ),
    ],
)
def test_pure_encodings_are_read_as_before(data: bytes, encoding: str) -> None:
    text, found = decode_with_encoding(data, "draft.txt")
    assert (text, found) == (data.decode(encoding), encoding)


@pytest.mark.parametrize(
    "data",
    [
        # A guesser names big5hkscs for this one and reads "I\x92m" as a Chinese character.
        b"Dear Ann,\n\nI\x92m withdrawing from the process, thanks.\n",
        b"Dear Ann,\n\n\x93Thanks for everything\x94 \x96 I will withdraw.\n",
    ],
    ids=["one-apostrophe", "quotes-and-dash"],
)
def test_short_ascii_with_windows_1252_punctuation_is_windows_1252(data: bytes) -> None:
    assert decode_with_encoding(data, "draft.txt") == (data.decode("cp1252"), "cp1252")


@pytest.mark.parametrize(
    "stray",
    [
        pytest.param(b"\x9a", id="a-letter-s-caron"),  # Windows-1252 "š": a letter, not pasted
        pytest.param(b"\xe9", id="latin-1-e-acute"),  # outside 0x80-0x9F
        pytest.param(b"\x81", id="undefined-in-cp1252"),
        pytest.param(b"\xe2\x80", id="a-cut-utf-8-sequence"),
    ],
)
def test_other_stray_bytes_are_left_to_the_guesser(stray: bytes) -> None:
    _, encoding = decode_with_encoding(CP2.replace(b"\x92", stray), "draft.txt")
    assert encoding != MIXED


@pytest.mark.usefixtures("nlp")
def test_findings_quote_the_mixed_draft_and_fix_refuses_it(tmp_path: Path) -> None:
    path = tmp_path / "cp2.txt"
    no_thanks = CP2.replace(b"Thank you for the opportunity to interview for the role. ", b"")
    path.write_bytes(no_thanks.replace(b"Thank you again for your time; ", b""))
    before = path.read_bytes()
    result = invoke(["check", "--format", "json", str(path)])
    (file,) = json.loads(result.stdout)["files"]
    assert file["encoding"] == MIXED
    (thanks,) = [d for d in file["diagnostics"] if d["rule"] == "missing-gratitude"]
    assert thanks["fix"] is not None
    text = invoke(["check", str(path)]).stdout  # the excerpt, as the review saw it
    excerpt = "  | I\u2019ve accepted another offer, so I withdraw my application for the role at"
    assert f"{excerpt} Café Zürich.\n" in text
    fixed = invoke(["check", "--fix", str(path)])
    assert fixed.exit_code == 2
    assert fixed.stderr == (
        f"withdraw-lint: error: {path}: UTF-8 with Windows-1252 bytes in it cannot be written "
        "back in one encoding; save it as UTF-8 first; not fixed\n"
    )
    assert path.read_bytes() == before
    assert fixed.stdout == invoke(["check", str(path)]).stdout  # still linted and summarised
