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
    (thanks,) = [d for d in file["diagnostics"] if d["rule"] == "missing-gratitude"]
    assert "the Café Manager role at Muñoz Café" in thanks["suggestion"]
