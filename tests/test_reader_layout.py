"""Reading drafts (encodings, line endings, bad input) and telling their parts apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import Lint, example_paths, line_col
from withdraw_lint.components import body_sentences
from withdraw_lint.engine import lint_path, lint_text, lint_with_doc
from withdraw_lint.layout import Layout, find_layout, mask_inner_quotes
from withdraw_lint.reader import (
    MAX_BYTES,
    LintInputError,
    decode,
    decode_with_encoding,
    read_source,
)

BODY = (
    "Thank you for the interview last week. I am withdrawing my application, as I have "
    "accepted another offer. I wish you all the best."
)
BOM = b"\xef\xbb\xbf"


def _part(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def _body(text: str, layout: Layout) -> str:
    return text[layout.body_start : layout.body_end]


# --- reading ------------------------------------------------------------------------------


def test_bom_is_dropped_and_line_endings_kept(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(BOM + "Dear Zoë,\r\n\r\nThank you.\r\n".encode())
    source = read_source(str(path))
    assert source.text == "Dear Zoë,\r\n\r\nThank you.\r\n"
    assert source.path == str(path)


def test_decode_accepts_utf8_with_and_without_bom() -> None:
    assert decode("Olá, Zoë".encode(), "x") == "Olá, Zoë"
    assert decode(BOM + "Olá, Zoë".encode(), "x") == "Olá, Zoë"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        pytest.param(b"Dear Sam,\x00\x00\x01 binary", "binary", id="nul-bytes"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00", "ZIP", id="docx-zip"),
        pytest.param(b"\x01\x02\x03\x04\x05\x06\x07" * 40, "binary", id="control-bytes"),
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b" \n\r\n\t \n", "empty", id="whitespace-only"),
        pytest.param(BOM, "empty", id="bom-only"),
        pytest.param(b"a" * (MAX_BYTES + 1), "larger", id="too-large"),
    ],
)
def test_bad_bytes_give_a_one_line_error(data: bytes, words: str) -> None:
    with pytest.raises(LintInputError) as caught:
        decode(data, "drafts/withdraw.txt")
    message = str(caught.value)
    assert message.startswith("drafts/withdraw.txt: ")
    assert words.lower() in message.lower()
    assert "\n" not in message


@pytest.mark.parametrize("codec", ["latin-1", "cp1252", "utf-16"])
def test_legacy_and_utf16_drafts_are_decoded(codec: str) -> None:
    """Issue 6: Windows-1252, Latin-1 and UTF-16 (with BOM) drafts are read, not refused."""
    text = "Dear José,\n\nThank you – I am withdrawing from the process, Zoë.\n"
    if codec == "latin-1":
        text = text.replace("–", "-")
    decoded, encoding = decode_with_encoding(text.encode(codec), "draft.txt")
    assert decoded == text
    assert encoding


def test_directory_and_missing_path(tmp_path: Path) -> None:
    with pytest.raises(LintInputError, match="is a directory"):
        read_source(str(tmp_path))
    with pytest.raises(LintInputError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"))


def test_lint_path_turns_input_errors_into_the_result(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    result = lint_path(str(path))
    assert result.error is not None and "PDF" in result.error
    assert result.diagnostics == []


def test_lint_text_refuses_blank_text() -> None:
    with pytest.raises(LintInputError):
        lint_text(" \n\n ")


# --- offsets on BOM, CRLF and non-ASCII text ----------------------------------------------


def _crlf_draft() -> str:
    return "\r\n".join(
        [
            "Dear Ms. Núñez,",
            "",
            "Thank you 🙏 for the interview at [Company Name] on Tuesday. I have accepted",
            "another offer, so I am withdrawing my application.",
            "",
            "I wish you and the team every success.",
            "",
            "Best regards,",
            "[Your Name]",
            "",
        ]
    )


def test_crlf_and_bom_offsets_index_the_decoded_text(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(BOM + _crlf_draft().encode())
    text = read_source(str(path)).text
    assert text == _crlf_draft()
    result = lint_path(str(path))
    assert result.error is None
    slots = [d for d in result.diagnostics if d.rule == "template-placeholder"]
    assert [text[d.start : d.end] for d in slots] == ["[Company Name]", "[Your Name]"]
    # Editors count lines on LF and columns in code points: the emoji is one column.
    assert [(d.line, d.column, d.end_line, d.end_column) for d in slots] == [
        (3, 34, 3, 48),
        (9, 1, 9, 12),
    ]
    for d in result.diagnostics:
        assert (d.line, d.column) == line_col(text, d.start)
        assert (d.end_line, d.end_column) == line_col(text, d.end)
        assert not text[d.start : d.end].endswith(("\r", "\n"))


def test_crlf_draft_lints_like_the_lf_draft(lint: Lint) -> None:
    crlf = _crlf_draft()
    lf = crlf.replace("\r\n", "\n")
    as_crlf = [(d.rule, d.line, d.column) for d in lint(crlf)]
    as_lf = [(d.rule, d.line, d.column) for d in lint(lf)]
    assert as_crlf == as_lf
    assert ("template-placeholder", 3, 34) in as_crlf


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_curly_apostrophes_lint_like_straight_ones(path: Path, lint: Lint) -> None:
    """Phones and mail clients type a curly apostrophe (U+2019) in "won't" and "I'm": the
    findings are the same as with straight ones, and excerpts quote the draft as written."""
    straight = path.read_text(encoding="utf-8").replace("\u2019", "'")
    curly = straight.replace("'", "\u2019")
    as_curly = lint(curly)
    assert [(d.rule, d.start, d.end) for d in as_curly] == [
        (d.rule, d.start, d.end) for d in lint(straight)
    ]
    assert all(d.excerpt == curly[d.start : d.end] for d in as_curly)


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_no_break_spaces_lint_like_spaces(path: Path, lint: Lint) -> None:
    """Mail clients put no-break spaces (U+00A0) between words: the findings are the same."""
    plain = path.read_text(encoding="utf-8")
    spaced = plain.replace(" ", "\u00a0")
    as_spaced = lint(spaced)
    assert [(d.rule, d.start, d.end) for d in as_spaced] == [
        (d.rule, d.start, d.end) for d in lint(plain)
    ]
    assert all(d.excerpt == spaced[d.start : d.end] for d in as_spaced)


@pytest.mark.parametrize("mark", ["\u2019", "\u00b4", "`"], ids=["curly", "acute", "backtick"])
def test_a_withdrawal_with_another_apostrophe_is_seen(mark: str, lint: Lint) -> None:
    text = (
        f"Hi Jo,\n\nThanks for the call. I won{mark}t be coming Thursday.\n\nAll the best.\n\nSam\n"
    )
    assert "missing-withdrawal" not in {d.rule for d in lint(text)}


# --- layout -------------------------------------------------------------------------------

LAYOUTS = [
    pytest.param(
        f"Dear Ms. Reyes,\n\n{BODY}\n\nBest regards,\nTomás Ortega\n",
        "Dear Ms. Reyes,",
        "Best regards,\nTomás Ortega",
        id="dear-best-regards",
    ),
    pytest.param(
        f"Hi Sam,\n\n{BODY}\n\nCheers,\nJordan\n", "Hi Sam,", "Cheers,\nJordan", id="hi-cheers"
    ),
    pytest.param(f"Hey,\n\n{BODY}\n\nThanks,\nJordan", "Hey,", "Thanks,\nJordan", id="hey-thanks"),
    pytest.param(
        f"{BODY}\n\nKind regards,\nLi Wei\n", None, "Kind regards,\nLi Wei", id="no-greeting"
    ),
    pytest.param(
        f"Hello Priya,\n\n{BODY}\n\nPriya Shah\n", "Hello Priya,", "Priya Shah", id="name-only"
    ),
    pytest.param(f"Sarah,\n\n{BODY}\n\n- Ana\n", "Sarah,", "- Ana", id="bare-name-greeting"),
    pytest.param(
        f"Hi Sam, {BODY}\n\nBest,\nJordan", "Hi Sam,", "Best,\nJordan", id="inline-greeting"
    ),
    pytest.param(
        f"Dear Mr. Osei,\n\n{BODY}\n\nBest regards, Nadia\n",
        "Dear Mr. Osei,",
        "Best regards, Nadia",
        id="one-line-sign-off",
    ),
    pytest.param(
        f"Dear Mr. Osei,\n\n{BODY}\n\nKind regards,\nNadia Haddad\nProject Coordinator\n"
        "+44 20 7946 0000\n",
        "Dear Mr. Osei,",
        "Kind regards,\nNadia Haddad\nProject Coordinator\n+44 20 7946 0000",
        id="signature-block",
    ),
    pytest.param(f"{BODY}\n", None, None, id="body-only"),
    pytest.param(
        f"Dear Mr. Hoffmann,\n\n{BODY}\n\nMit freundlichen Grüßen / Kind regards\nJonas Weber\n",
        "Dear Mr. Hoffmann,",
        "Mit freundlichen Grüßen / Kind regards\nJonas Weber",
        id="two-language-sign-off",
    ),
    pytest.param(
        f"Respected Sir/Madam,\n\n{BODY}\n\nRegards\nRahul Verma\n",
        "Respected Sir/Madam,",
        "Regards\nRahul Verma",
        id="respected-sir",
    ),
    pytest.param(f"Hiii Gemma!!!\n\n{BODY}\n\nxx\nJess\n", "Hiii Gemma!!!", "xx\nJess", id="hiii"),
    pytest.param(
        f"Dear Mrs. Asante,\n\n{BODY}\n\nStay blessed,\nAkosua Mensah (Mrs.)\n",
        "Dear Mrs. Asante,",
        "Stay blessed,\nAkosua Mensah (Mrs.)",
        id="stay-blessed",
    ),
    pytest.param(
        f"Bonjour Claire,\n\n{BODY}\n\nWith all my gratitude,\nMathilde Roux\n",
        "Bonjour Claire,",
        "With all my gratitude,\nMathilde Roux",
        id="with-all-my-gratitude",
    ),
    pytest.param(
        f"Hola Valentina,\n\n{BODY}\n\nSaludos,\nSantiago\n",
        "Hola Valentina,",
        "Saludos,\nSantiago",
        id="saludos",
    ),
    *(
        pytest.param(
            f"Kia ora Mere,\n\n{BODY}\n\n{sign_off}\nTama\n",
            "Kia ora Mere,",
            f"{sign_off}\nTama",
            id=sign_off.lower().strip(","),
        )
        for sign_off in (
            "Ngā mihi,",
            "Nga mihi nui",
            "Met vriendelijke groeten,",
            "Bien cordialement,",
            "Pozdrawiam,",
            "Rgds,",
            "BR,",
        )
    ),
    # Closings above a name and a job title: in other languages (read part dt: "Groet,"), and
    # those a senior writer's part used (read part ee: "Gratefully,").
    *(
        pytest.param(
            f"Hi Sanne,\n\n{BODY}\n\n{sign_off}\nLieke de Vries\nSenior Security Engineer\n",
            "Hi Sanne,",
            f"{sign_off}\nLieke de Vries\nSenior Security Engineer",
            id=f"{sign_off.lower().strip(',')}-name-and-title",
        )
        for sign_off in (
            "Groet,",
            "Hartelijke groeten,",
            "Med vennlig hilsen,",
            "Grüße,",
            "Mvh",
            "Gratefully,",
            "Yours gratefully,",
            "With sincere apologies,",
            "With warm regards and gratitude,",
        )
    ),
    # An academic signature of seven lines under the closing (read part ee).
    pytest.param(
        f"Dear Professor Lind,\n\n{BODY}\n\nWith warm regards,\nAiko\n\nAiko Mori, PhD\n"
        "Assistant Professor\nDepartment of Linguistics\nUniversity of Delaware\n"
        "125 E. Main Street, Newark, DE 19716\naiko@udel.example | +1 302 555 0193\n"
        "Pronouns: she/her\n",
        "Dear Professor Lind,",
        "With warm regards,\nAiko\n\nAiko Mori, PhD\nAssistant Professor\n"
        "Department of Linguistics\nUniversity of Delaware\n"
        "125 E. Main Street, Newark, DE 19716\naiko@udel.example | +1 302 555 0193\n"
        "Pronouns: she/her",
        id="long-academic-signature",
    ),
    # A first name signed above the full signature, with a bare web address or a dash
    # between (read part ee).
    pytest.param(
        f"Hi Laura,\n\n{BODY}\n\nReza\n\nReza Tehrani\nStaff Software Engineer\n"
        "github.com/rtehrani\n",
        "Hi Laura,",
        "Reza\n\nReza Tehrani\nStaff Software Engineer\ngithub.com/rtehrani",
        id="first-name-above-signature",
    ),
    pytest.param(
        f"Hey Isa!\n\n{BODY}\n\nx Priya\n—\nPriya Venkataraman\nSenior Industrial Designer\n"
        "priyav.design · @priyamakes\n",
        "Hey Isa!",
        "x Priya\n—\nPriya Venkataraman\nSenior Industrial Designer\npriyav.design · @priyamakes",
        id="kiss-and-name-above-dashed-signature",
    ),
    # A name with the letters after it and no closing above (read part el).
    pytest.param(
        f"Hi Dawn,\n\n{BODY}\n\nPriya Sharma, RN\n",
        "Hi Dawn,",
        "Priya Sharma, RN",
        id="name-with-postnominals",
    ),
    pytest.param(
        f"Hi Dawn,\n\n{BODY}\n\nAshley Rivera, BSN, RN\n",
        "Hi Dawn,",
        "Ashley Rivera, BSN, RN",
        id="name-with-two-postnominals",
    ),
    pytest.param(
        f"Dear Ms. Reyes,\r\n\r\n{BODY}\r\n\r\nThanks,\r\nJordan\r\n",
        "Dear Ms. Reyes,",
        "Thanks,\r\nJordan",
        id="crlf",
    ),
]


@pytest.mark.parametrize(("text", "greeting", "sign_off"), LAYOUTS)
def test_greeting_body_and_sign_off(text: str, greeting: str | None, sign_off: str | None) -> None:
    layout = find_layout(text)
    assert _part(text, layout.greeting) == greeting
    assert _part(text, layout.sign_off) == sign_off
    assert _body(text, layout) == BODY
    assert layout.subject is None and layout.quote_start is None


def test_thanks_in_the_last_body_line_is_not_a_sign_off() -> None:
    text = f"Hi Sam,\n\n{BODY}\nThank you again for everything, it was a pleasure.\n\nJordan\n"
    layout = find_layout(text)
    assert _body(text, layout) == f"{BODY}\nThank you again for everything, it was a pleasure."
    assert _part(text, layout.sign_off) == "Jordan"


@pytest.mark.parametrize(
    ("tail", "sign_off"),
    [
        # A letter's closing typed after the last sentence, the name below (read part ej).
        (" Kind regards", "Kind regards\n\nOlivia"),
        (" Yours sincerely,", "Yours sincerely,\n\nOlivia"),
        # Thanks may be the writer's last sentence, so it stays in the body.
        (" Thanks", "Olivia"),
    ],
)
def test_a_closing_after_the_last_sentence_is_the_sign_off(tail: str, sign_off: str) -> None:
    text = f"Hi,\n\n{BODY}{tail}\n\nOlivia"
    layout = find_layout(text)
    assert _part(text, layout.sign_off) == sign_off
    assert _body(text, layout) == (BODY if sign_off != "Olivia" else f"{BODY}{tail}")


@pytest.mark.parametrize("last", ["I'm out.", "im out", "We're done here", "I’ll pass."])
def test_a_short_last_line_in_the_first_person_is_no_name(last: str) -> None:
    text = f"{BODY}\nI waited three weeks for an answer.\n{last}"
    layout = find_layout(text)
    assert layout.sign_off is None
    assert _body(text, layout) == text


def test_subject_line_is_not_the_greeting_or_body() -> None:
    text = f"Subject: Withdrawing my application\n\nDear Ms. Reyes,\n\n{BODY}\n\nBest,\nLi\n"
    layout = find_layout(text)
    assert layout.subject == "Withdrawing my application"
    assert layout.subject_range == (0, len("Subject: Withdrawing my application"))
    assert _part(text, layout.greeting) == "Dear Ms. Reyes,"
    assert _body(text, layout) == BODY


@pytest.mark.parametrize(
    "heading",
    ["RE: FINANCE DIRECTOR – EAST AFRICA", "WITHDRAWAL OF APPLICATION – HEAD OF TREASURY"],
)
def test_a_letters_heading_is_not_body(heading: str) -> None:
    text = f"Dear Mr. Owusu-Ansah,\n\n{heading}\n\n{BODY}\n\nYours faithfully,\nNana Adjei\n"
    assert _body(text, find_layout(text)) == BODY


@pytest.mark.parametrize("line", ["THANKS FOR EVERYTHING", "SORRY FOR THE LATE REPLY"])
def test_a_line_in_capitals_that_names_no_subject_is_body(line: str) -> None:
    text = f"Dear Sarah,\n\n{line}\n\n{BODY}\n\nKind regards,\nAlex\n"
    assert _body(text, find_layout(text)) == f"{line}\n\n{BODY}"


def test_a_shouted_first_paragraph_is_body_not_a_heading() -> None:
    text = f"Dear Mr. Owusu-Ansah,\n\nI AM WITHDRAWING MY APPLICATION\n\n{BODY}\n\nNana\n"
    assert _body(text, find_layout(text)) == f"I AM WITHDRAWING MY APPLICATION\n\n{BODY}"


def test_a_quote_header_in_another_language_starts_the_quote() -> None:
    header = "El mar, 9 abr 2024 a las 16:02, Valentina Rojas <vrojas@banco.example> escribió:"
    text = f"Hola Valentina,\n\n{BODY}\n\nSaludos,\nSantiago\n\n{header}\n> Hola Santiago!\n"
    layout = find_layout(text)
    assert _body(text, layout) == BODY
    assert layout.quote_start == text.index(header)


@pytest.mark.parametrize(
    "header",
    ["-----Ursprüngliche Nachricht-----", "Von: Albrecht, Stefan", "-----Message d'origine-----"],
)
def test_a_mail_clients_header_in_another_language_starts_the_quote(header: str) -> None:
    text = f"Dear Stefan,\n\n{BODY}\n\nBest regards,\nJan\n\n{header}\nDear Jan,\nHi.\n"
    layout = find_layout(text)
    assert _body(text, layout) == BODY
    assert layout.quote_start == text.index(header)


@pytest.mark.parametrize(
    ("ending", "body_tail", "sign_off"),
    [
        # Luck wished with no mark above a name is a sentence; with a comma, a closing.
        ("\nbest of luck\nSeán", "\nbest of luck", "Seán"),
        ("\n\nBest of luck,\nBrandon", "", "Best of luck,\nBrandon"),
        # A closing that carries its wish (read part cz).
        (
            "\n\nWith warm wishes for the department's search,\nJulia Moreno\nPhD Candidate",
            "",
            "With warm wishes for the department's search,\nJulia Moreno\nPhD Candidate",
        ),
    ],
)
def test_wishes_at_the_end_are_a_sentence_or_a_closing(
    ending: str, body_tail: str, sign_off: str
) -> None:
    text = f"Hi Ciara,\n\n{BODY}{ending}\n"
    layout = find_layout(text)
    assert _body(text, layout) == BODY + body_tail
    assert _part(text, layout.sign_off) == sign_off


def test_a_wrapped_line_of_wishes_to_someone_is_body() -> None:
    text = (
        f"Hi Ciara,\n\n{BODY}\nWith best wishes to you and all the volunteers at the centre,\n"
        "I hope we meet again.\n\nBest,\nJo\n"
    )
    assert _body(text, find_layout(text)).endswith("I hope we meet again.")


def test_quoted_reply_is_not_part_of_the_draft() -> None:
    header = "On Mon, 3 Mar 2025 at 10:02, Jo Reyes <jo.reyes@acme.example> wrote:"
    text = (
        f"Dear Jo,\n\n{BODY}\n\nBest regards,\nTomás\n\n{header}\n"
        "> Dear Tomás,\n> Could you confirm Friday at 10:00?\n> Best,\n> Jo\n"
    )
    layout = find_layout(text)
    assert layout.quote_start == text.index(header)
    assert _part(text, layout.greeting) == "Dear Jo,"
    assert _body(text, layout) == BODY
    assert _part(text, layout.sign_off) == "Best regards,\nTomás"


@pytest.mark.parametrize(
    "head",
    [
        "To: Katherine Delgado <kd@x.com>\nFrom: Margaret Thornton <m@x.com>\nSubject: Withdrawal",
        "To: All staff\nFrom: Margaret Thornton\nDate: 3 March 2025\nRe: Withdrawal",
    ],
    ids=["mail-headers", "memo"],
)
def test_header_lines_above_the_letter_are_its_head(head: str) -> None:
    """Second review: "From:" on the second line was read as a quoted message's start, so
    the whole letter was dropped."""
    text = f"{head}\n\nDear Ms. Delgado,\n\n{BODY}\n\nSincerely,\nMargaret Thornton\n"
    layout = find_layout(text)
    assert layout.quote_start is None
    assert _part(text, layout.greeting) == "Dear Ms. Delgado,"
    assert _body(text, layout) == BODY
    assert layout.subject in ("Withdrawal", "Re: Withdrawal")


@pytest.mark.parametrize(
    "signature",
    [
        "Carla\n\nSent with Proton Mail secure email.",
        "Kind regards,\nCarla Diaz\nOperations Lead | Bluefin Ltd\n"
        "This email was sent from a mobile device, please excuse any typos.",
        "Kind regards,\nCarla Diaz\nOperations Lead | Bluefin Ltd\n"
        '"The best way to predict the future is to create it." – Peter Drucker',
        "Kind regards,\nCarla Diaz\nMy working hours may not be your working hours. Please do "
        "not feel obliged to reply outside of your own.",
    ],
    ids=["mail-app-footer", "typos-note", "motto", "working-hours"],
)
def test_a_signatures_footer_line_is_no_body_text(signature: str) -> None:
    """Second review: one long line under the name made the whole signature body text."""
    text = f"Dear Ms. Lee,\n\n{BODY}\n\n{signature}\n"
    layout = find_layout(text)
    assert _body(text, layout) == BODY
    assert _part(text, layout.sign_off) == signature


def test_a_business_letters_two_address_blocks_come_before_its_greeting() -> None:
    """Second review: "Systems, Inc." read as a sentence, and eleven head lines were too
    many, so the greeting went unseen and the address counted as body."""
    head = (
        "Margaret A. Thornton\n1187 Willow Creek Lane, Apartment 4B\nColumbus, Ohio 43215\n"
        "(614) 555-0147 | margaret.thornton@example.com\n\nMarch 12, 2024\n\n"
        "Ms. Katherine Delgado\nDirector of Talent Acquisition\n"
        "Midwest Regional Healthcare Systems, Inc.\n2400 North High Street, Suite 900\n"
        "Columbus, Ohio 43202\n\n"
    )
    text = f"{head}Dear Ms. Delgado,\n\n{BODY}\n\nSincerely,\nMargaret A. Thornton\n"
    layout = find_layout(text)
    assert _part(text, layout.greeting) == "Dear Ms. Delgado,"
    assert _body(text, layout) == BODY


@pytest.mark.parametrize(
    ("line", "greeting"),
    [
        ("Dear Ms. Lee, thank you for the interview.", "Dear Ms. Lee,"),
        ("Good morning Ms. Lee, I'm writing to withdraw my application.", "Good morning Ms. Lee,"),
        ("Hi Dr. Shah, thanks for the call last week.", "Hi Dr. Shah,"),
    ],
)
def test_a_title_with_a_full_stop_is_no_sentence_before_the_greetings_comma(
    line: str, greeting: str
) -> None:
    """Second review: the "." of "Ms." read as a sentence's end, so no greeting was seen."""
    text = f"{line} I have accepted another offer, so I am withdrawing.\n\nBest,\nJo\n"
    assert _part(text, find_layout(text).greeting) == greeting


def test_a_reply_subject_line_keeps_its_re() -> None:
    layout = find_layout(f"Re: Next steps\n\nHi Ana,\n\n{BODY}\n\nBo\n")
    assert layout.subject == "Re: Next steps"
    assert find_layout(f"Subject: Next steps\n\n{BODY}\n").subject == "Next steps"


def test_a_reply_written_under_the_quote_is_the_draft() -> None:
    header = "On Mon, 3 Mar 2025 at 9:14 AM Laura Kim <laura.kim@acme.example> wrote:"
    quote = f"{header}\n> Hi Marcus, which slot works for the final round?\n"
    text = f"{quote}\nHi Laura,\n\n{BODY}\n\nBest,\nMarcus\n"
    masked = mask_inner_quotes(text)
    assert len(masked) == len(text)
    assert masked[: len(quote)].strip() == "" and masked[len(quote) :] == text[len(quote) :]
    layout = find_layout(masked)
    assert _part(text, layout.greeting) == "Hi Laura,"
    assert _body(text, layout) == BODY
    assert layout.quote_start is None


def test_an_inline_reply_is_read_around_its_quote() -> None:
    quote = "> Which slot suits you for the final round?\n> Thursday or Friday?"
    text = f"Hi Laura,\n\n{quote}\n\n{BODY}\n\nMarcus\n"
    layout = find_layout(mask_inner_quotes(text))
    assert _part(text, layout.greeting) == "Hi Laura,"
    assert _body(text, layout) == BODY
    assert _part(text, layout.sign_off) == "Marcus"


def test_answers_typed_under_each_quoted_question_are_read() -> None:
    text = (
        "Hi Lena,\n\nAnswers below.\n\nOn Mon, 3 Mar 2025 at 09:10, Lena <lena@x.example> wrote:\n"
        "> Are you still interested in the onsite round?\n"
        "Thank you, but I have decided to withdraw.\n"
        "> Does the salary range work for you?\n"
        "It is below what I need, which is the main reason.\n\nBest,\nOmar\n"
    )
    masked = mask_inner_quotes(text)
    assert "Thank you, but I have decided to withdraw." in masked
    assert "It is below what I need, which is the main reason." in masked
    assert "Are you still interested" not in masked
    found = {d.rule for d in lint_text(text).diagnostics}
    assert "missing-withdrawal" not in found


def test_words_under_an_inline_quote_are_linted() -> None:
    text = (
        "Hi Laura,\n\n> Which slot suits you for the final round?\n\n"
        "Neither. Your process has been a joke from start to finish.\n\nMarcus\n"
    )
    found = {(d.rule, d.line) for d in lint_text(text).diagnostics}
    assert ("negative-tone", 5) in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Hi Jo,\n\n{BODY}\n\nCheers,\nTomás\n\n> Are you still keen?\n", id="end"),
        pytest.param(
            f"Hi Jo,\n\n{BODY}\n\nTomás\n\n> Are you still keen?\n\n--\nSent from my phone\n",
            id="then-a-signature-line",
        ),
        pytest.param(
            f"Hi Jo,\n\n{BODY}\n\nTomás\n\n> Are you still keen on the role? We\nneed to know.\n",
            id="wrapped-by-the-mail-client",
        ),
    ],
)
def test_a_quote_that_ends_the_draft_is_left_to_the_layout(text: str) -> None:
    assert mask_inner_quotes(text) == text


def test_a_letters_address_block_comes_before_its_greeting() -> None:
    text = (
        "To\nThe Manager (HR),\nSunrise Co-operative Bank Ltd.,\nNashik.\n\n"
        f"Sub: Withdrawal of application for the post of Clerk.\n\nRespected Sir,\n\n{BODY}\n\n"
        "Thanking you,\nYours faithfully,\n(Prakash Deshmukh)\n"
    )
    layout = find_layout(text)
    assert _part(text, layout.greeting) == "Respected Sir,"
    assert layout.subject == "Withdrawal of application for the post of Clerk."
    assert _body(text, layout) == BODY
    assert _part(text, layout.sign_off) == "Thanking you,\nYours faithfully,\n(Prakash Deshmukh)"


@pytest.mark.parametrize(
    "text",
    [
        "Can't make Thursday, took another job, sorry and thanks\n\nCheers,\nDan\n",
        "Thank you for the interview on Monday\nI have decided to withdraw my application\n"
        "I accepted an offer closer to home\nAll the best to you and the team\n\n"
        "Kind Regards,\nSam Lee\n",
    ],
)
def test_a_sign_off_under_short_lines_is_no_letters_greeting(text: str) -> None:
    layout = find_layout(text)
    assert layout.greeting is None
    assert _body(text, layout).startswith(text[:20])


def test_an_exclaimed_line_above_a_greeting_is_the_message() -> None:
    text = f"Thanks so much!\nGreetings from Lagos!\n\n{BODY}\n\nAde\n"
    assert _body(text, find_layout(text)).startswith("Thanks so much!")


def test_a_hyphenated_word_in_a_letters_head_is_no_subject() -> None:
    text = f"12 March 2024\nRe-application for the post of Clerk\n\nDear Sir,\n\n{BODY}\n\nA. Rao\n"
    layout = find_layout(text)
    assert _part(text, layout.greeting) == "Dear Sir,"
    assert layout.subject is None


def test_a_sentence_above_a_greeting_keeps_the_message_whole() -> None:
    text = f"Thank you for the offer, it was kind.\nGreetings from Lagos!\n\n{BODY}\n\nAde\n"
    layout = find_layout(text)
    assert layout.greeting is None
    assert _body(text, layout).startswith("Thank you for the offer")


@pytest.mark.parametrize(
    "closing",
    ["Thanks and regards,", "Thanks & Regards,", "Thank you and best regards,", "V/r,"],
)
def test_thanks_and_regards_is_a_sign_off(closing: str) -> None:
    text = f"Dear Sir,\n\n{BODY}\n\n{closing}\nRohit Verma\nB.Tech (ECE), final year\n"
    layout = find_layout(text)
    assert _body(text, layout) == BODY
    assert layout.sign_off is not None


def test_a_short_confidentiality_line_under_the_signature_is_not_body() -> None:
    footer = (
        "This email and any attachments are confidential and intended solely for the addressee."
    )
    text = f"Dear Ana,\n\n{BODY}\n\nRegards,\nSteven\nT: +1 (614) 555 0192\n\n{footer}\n"
    assert _body(text, find_layout(text)) == BODY


def test_a_greeting_that_runs_into_the_message_ends_at_its_dash() -> None:
    body = "replying here since it's the thread I have. I'd like to withdraw. Thanks!"
    text = f"Hi Amanda - {body}\n\n-Jess\n"
    layout = find_layout(text)
    assert layout.greeting is not None
    assert text[layout.greeting[0] : layout.greeting[1]] == "Hi Amanda -"
    assert _body(text, layout) == body


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        ("hey jordan thx for the callback i'm gonna withdraw my app", "hey jordan"),
        ("Hi Karen thank you for the invite, I need to withdraw my application.", "Hi Karen"),
        ("Hey Leanne thanks for the message I'm going to withdraw sorry!", "Hey Leanne"),
    ],
)
def test_a_greeting_run_into_the_message_ends_at_the_name(text: str, greeting: str) -> None:
    layout = find_layout(text)
    assert layout.greeting is not None
    assert text[layout.greeting[0] : layout.greeting[1]] == greeting
    assert _body(text, layout) == text[len(greeting) :].strip()


def test_a_word_that_opens_the_message_is_no_greeted_name() -> None:
    text = "hi thanks so much for the call yesterday but i've decided to pull out\nSam"
    layout = find_layout(text)
    assert layout.greeting is None or text[layout.greeting[0] : layout.greeting[1]] == "hi"


def test_a_message_whose_only_mark_is_its_last_is_no_greeting() -> None:
    text = "Hey there just wanted to say the job isn't for me after all sorry about that!"
    layout = find_layout(text)
    assert layout.greeting is None or layout.greeting[1] - layout.greeting[0] < len(text)
    assert "the job isn't for me" in _body(text, layout)


def test_with_respect_is_a_sign_off() -> None:
    text = f"Dear Dr. Morgan,\n\n{BODY}\n\nWith respect,\nSara Rahimi\n"
    assert _body(text, find_layout(text)) == BODY


def test_a_typed_face_ends_a_thought() -> None:
    _, doc = lint_with_doc(
        "hi!\n\ni'm gonna withdraw, my classes changed :( thank u for the chance tho\n\nmia"
    )
    assert body_sentences(doc)[-1].text.strip() == "thank u for the chance tho"


def test_initials_above_a_signature_block_are_the_sign_off() -> None:
    text = f"Marcus,\n\n{BODY}\n\nJ.\n\nJordan Reyes\nSent from my iPhone\n"
    layout = find_layout(text)
    assert _body(text, layout) == BODY
    assert layout.sign_off is not None
    assert text[layout.sign_off[0] : layout.sign_off[1]] == "J.\n\nJordan Reyes"


@pytest.mark.parametrize(
    "signature",
    [
        "Derek Walsh\nSenior Estimator | Walsh & Co Builders\nm. 0412 555 019",
        "Tina Morales\n(555) 214-8830",
        "Ana Ruiz\nana.ruiz@example.com\nlinkedin.com/in/anaruiz",
    ],
)
def test_a_name_with_contact_lines_is_the_sign_off(signature: str) -> None:
    body = "Thank you for the call. I took another offer, so I am withdrawing. All the best."
    text = f"Hi Deb,\n\n{body}\n\n{signature}"
    layout = find_layout(text)
    assert text[layout.body_start : layout.body_end] == body
    assert layout.sign_off is not None
    assert text[layout.sign_off[0] : layout.sign_off[1]] == signature


def test_lines_ending_in_emoji_or_longer_than_a_wrap_are_sentences(nlp) -> None:
    lines = [
        "thank you sooo much for the studio visit, loved meeting everyone ✨",
        "i got offered a full time spot at the agency i freelance for and decided to take it",
        "so i'm gonna have to withdraw from the junior designer role 😭",
        "wishing you guys all the best, the new brand work looks amazing!!",
    ]
    doc = nlp("hiii Zoe!\n\n" + "\n".join(lines) + "\n\nxx\nMia")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[1:5] == lines


@pytest.mark.parametrize(
    "lines",
    [
        # Each line had room for the next line's first word: broken by hand, not wrapped.
        [
            "thanks for getting back to me about the warehouse lead thing",
            "i'm going to pass on it tho",
            "appreciate it man, good luck",
        ],
        # The next line is longer than any mail client wraps.
        [
            "thanks so much for setting up the interview yesterday, really appreciated it",
            "i actually just accepted another offer this morning so im gonna withdraw from the "
            "process",
            "hope you find someone great!!",
        ],
    ],
)
def test_lines_a_client_would_not_have_wrapped_are_sentences(nlp, lines: list[str]) -> None:
    doc = nlp("hi tom,\n\n" + "\n".join(lines) + "\n\n-jake")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[1:4] == lines


def test_an_emoji_ends_a_lower_case_sentence_unless_the_next_word_carries_on(nlp) -> None:
    doc = nlp(
        "hey sarah!\n\ni'm gonna drop out, got an offer i couldn't say no to 😅 good luck "
        "w/ the search!! thank you 🙏 for everything\n\nsent from my phone"
    )
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert "good luck w/ the search!!" in sentences
    assert "thank you 🙏 for everything" in sentences


@pytest.mark.parametrize(
    ("line", "last"),
    [
        (
            "got offered a lead job closer to home so im going to pull out of the shift "
            "manager one good luck finding someone",
            "good luck finding someone",
        ),
        ("im withdrawing from the process thank you for everything", "thank you for everything"),
        ("i wanted to say thank you for everything", None),
        ("i'm saying no thanks to the next stage", None),
        (
            "thanks for the call, super helpful im going to step back from the process, the "
            "role is mostly php and i want to grow in frontend wish you all the best with it!",
            "wish you all the best with it!",
        ),
        ("wishing you and the team all the best in the search", None),
        ("Once again, many thanks for your time and consideration.", None),
        ("Either way, I do hope our paths cross again.", None),
        ("i need to withdraw as im helping take care of my dad", None),
    ],
)
def test_good_wishes_end_a_line_typed_without_stops(line: str, last: str | None) -> None:
    _, doc = lint_with_doc(f"hi Gary\n\n{line}\n\nSent from my iPhone")
    assert body_sentences(doc)[-1].text.strip() == (last or line)


@pytest.mark.parametrize(
    "text",
    [
        "I applied for the Analyst position (req. 48213). I have accepted another offer.",
        "I met the Sr. Accountant team. I have accepted another offer.",
        "My application no. 4471 can be closed. I have accepted another offer.",
        "I was asked to quote (Ref. LC/04/25). I have accepted another offer.",
    ],
)
def test_no_sentence_starts_after_an_abbreviation(text: str) -> None:
    _, doc = lint_with_doc(f"Dear Ana,\n\n{text}\n\nBest,\nLi")
    assert [s.text.strip() for s in body_sentences(doc)] == [
        text.removesuffix(" I have accepted another offer."),
        "I have accepted another offer.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I'm afraid the answer is no. Two other offers came in this week.",
        "I spoke to someone in the HR dept. They said to email you directly.",
    ],
)
def test_a_real_sentence_end_after_a_short_word(text: str) -> None:
    _, doc = lint_with_doc(f"Dear Ana,\n\n{text}\n\nBest,\nLi")
    assert len(body_sentences(doc)) == 2


def test_a_divider_inside_the_body_does_not_end_it() -> None:
    body = f"Thank you for the interview.\n\n---\n\n{BODY}"
    text = f"Dear Ana,\n\n{body}\n\nBest,\nLi\n"
    assert _body(text, find_layout(text)) == body


def test_a_name_then_title_and_company_lines_are_the_signature() -> None:
    signature = "Mark Reilly\nGas Safe Reg. 512345\nReilly Plumbing & Heating\n07700 900 888"
    text = f"Morning Steve,\n\n{BODY}\n\n{signature}"
    layout = find_layout(text)
    assert _body(text, layout) == BODY
    assert layout.sign_off is not None
    assert text[layout.sign_off[0] : layout.sign_off[1]] == signature
    loose = "im out sorry\n\ngot another job\nthanks tho"
    text = f"hey sam\n\n{loose}\n\njess"
    assert _body(text, find_layout(text)) == loose


_DISCLAIMER_BODY = "I have accepted another offer, so I withdraw. I wish you every success."
_SIGNATURE = (
    "Best,\nHelen\n\nHelen Achterberg\nGroup Finance Director\nCastlemere Holdings plc\n"
    "Direct: +44 (0)161 555 0192 | Mobile: +44 (0)7700 900 552\nwww.castlemere.example"
)
_DISCLAIMER = (
    "The information in this email is confidential and intended solely for the "
    "addressee. If you have received it in error please delete it."
)
_NOTICE = (
    "CONFIDENTIALITY NOTICE: The information contained in this message is intended only "
    "for the use of the individual to whom it is addressed. Any review, dissemination or "
    "copying by others is strictly prohibited."
)


@pytest.mark.parametrize(
    ("text", "sign_off"),
    [
        pytest.param(
            f"Dear Jonathan,\n\n{_DISCLAIMER_BODY}\n\n{_SIGNATURE}\n\n{_DISCLAIMER}\n",
            _SIGNATURE,
            id="signature-block-then-disclaimer",
        ),
        # The same disclaimer hanging right under the name, with no blank line.
        pytest.param(
            f"Dear Jonathan,\n\n{_DISCLAIMER_BODY}\n\nBest,\nHelen\n{_DISCLAIMER}\n",
            "Best,\nHelen",
            id="disclaimer-under-the-name",
        ),
        # A notice in capitals that only forbids: "intended only for", "strictly prohibited".
        pytest.param(
            f"Hi Jenna,\n\n{_DISCLAIMER_BODY}\n\nKind regards,\nRobert Vance | Engineer\n"
            f"{_NOTICE}\n",
            "Kind regards,\nRobert Vance | Engineer",
            id="capitals-notice",
        ),
        # A German company's register line and notice (read part di).
        pytest.param(
            f"Dear Mr. Albrecht,\n\n{_DISCLAIMER_BODY}\n\nBest regards\n\nDr. Jan Meier\n"
            "Tel. +49 621 000 000\n\nRhenus GmbH, Sitz: Mannheim, Registergericht: "
            "Amtsgericht Mannheim HRB 000000\nDiese E-Mail enthält vertrauliche "
            "Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte "
            "sofort den Absender.\n",
            "Best regards\n\nDr. Jan Meier\nTel. +49 621 000 000",
            id="german-register-and-notice",
        ),
        # A clinic's notice that never says "confidential", under a name with credentials.
        pytest.param(
            f"Hi Karen,\n\n{_DISCLAIMER_BODY}\n\nBest,\nDana Ruiz, MSN, FNP-C\n\n"
            "This email and any attachments may contain Protected Health Information and are "
            "meant only for the addressee. If it reached you in error, please notify the "
            "sender.\n",
            "Best,\nDana Ruiz, MSN, FNP-C",
            id="health-information-notice",
        ),
    ],
)
def test_a_signature_block_and_a_legal_disclaimer_are_not_body(text: str, sign_off: str) -> None:
    layout = find_layout(text)
    assert text[layout.body_start : layout.body_end] == _DISCLAIMER_BODY
    assert layout.sign_off is not None
    assert text[layout.sign_off[0] : layout.sign_off[1]] == sign_off


@pytest.mark.parametrize(
    "text",
    [
        # One paragraph that mentions confidentiality: the draft itself, never a footer.
        "I withdraw my application; the offer I accepted is confidential and intended for "
        "me alone, and I was contacted about your role in error by an agency last month.",
        "Subject: withdrawal\nI withdraw my application; the offer I accepted is "
        "confidential and intended for me alone, and I was contacted in error by an agency.",
        # A short closing request is a sentence of the draft.
        "Dear Sam,\n\nI withdraw my application.\n\nPlease keep this confidential, it is "
        "intended for you only.\n\nBest,\nKim",
    ],
)
def test_text_that_mentions_confidentiality_stays_in_the_body(text: str) -> None:
    layout = find_layout(text)
    body = text[layout.body_start : layout.body_end]
    assert layout.body_start < layout.body_end
    assert "confidential" in body


def test_a_postscript_after_the_sign_off_is_read_with_the_body(nlp) -> None:
    body = "I've accepted another offer, so I withdraw. Hope you have a great summer!"
    postscript = "P.S. If you ever need a second opinion on a campaign, you know where I am!"
    text = f"Hi Sarah,\n\n{body}\n\nZara\n\n{postscript}\n"
    layout = find_layout(text)
    assert text[layout.body_start : layout.body_end] == body
    assert layout.sign_off is not None
    assert text[layout.sign_off[0] : layout.sign_off[1]] == "Zara"
    assert layout.postscript is not None
    assert text[layout.postscript[0] : layout.postscript[1]] == postscript
    result = lint_text(text)
    assert {d.rule for d in result.diagnostics} & {
        "missing-sign-off",
        "missing-positive-close",
    } == set()


def test_a_postscript_before_the_sign_off_stays_in_the_body() -> None:
    text = "Hi Jo,\n\nI withdraw, as I took another job.\n\nPS: good luck!\n\nBest,\nAna"
    layout = find_layout(text)
    assert layout.postscript is None
    assert text[layout.body_start : layout.body_end].endswith("PS: good luck!")


def test_a_long_greeting_alone_on_its_line_still_greets() -> None:
    text = "Dear Members of the Faculty Search Committee,\n\nI withdraw.\n\nBest,\nKim"
    layout = find_layout(text)
    assert layout.greeting is not None
    assert text[layout.body_start : layout.body_end] == "I withdraw."


def test_a_name_that_looks_like_a_sign_off_word_ends_the_sign_off() -> None:
    text = "Hi Jo,\n\nI withdraw, as I took another job.\n\nKind regards.\nTy"
    layout = find_layout(text)
    assert layout.sign_off is not None
    assert text[layout.sign_off[0] : layout.sign_off[1]] == "Kind regards.\nTy"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "hi jo\n\ni won't be continuing 😕 tho, took another offer\n\nsam",
            "i won't be continuing 😕 tho, took another offer",
        ),
        (
            "hi jo\n\ni'm withdrawing 😔 from the process\n\nsam",
            "i'm withdrawing 😔 from the process",
        ),
    ],
)
def test_a_connective_after_an_emoji_carries_the_sentence_on(nlp, text: str, sentence: str) -> None:
    sentences = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert sentence in sentences


def test_a_closing_sentence_before_the_sign_off_is_body() -> None:
    text = "Dear Team,\n\nI am withdrawing.\n\nBest of luck.\n\nKind regards,\nHelen"
    layout = find_layout(text)
    assert text[layout.body_start : layout.body_end] == "I am withdrawing.\n\nBest of luck."
    assert layout.sign_off is not None
    assert text[layout.sign_off[0] : layout.sign_off[1]] == "Kind regards,\nHelen"


def test_a_long_stretch_with_no_full_stop_splits_where_a_sentence_opens(nlp) -> None:
    body = (
        "thanks a lot for the call on monday and for walking me through the rota "
        "ive had a think about it and the hours dont really work with the school run so im "
        "going to pull out of the process thanks again and good luck with the hire"
    )
    sentences = [s.text.strip() for s in nlp(f"hi dan\n\n{body}\n\nmeg").sents]
    middle = (
        "ive had a think about it and the hours dont really work with the school run so im "
        "going to pull out of the process"
    )
    assert middle in sentences
    assert "thanks again and good luck with the hire" in sentences


def test_a_long_lower_case_stretch_ending_on_exclamations_still_splits(nlp) -> None:
    body = (
        "thanks so much for the interview on tues, really enjoyed chatting w you and dev "
        "unfortunately im gonna have to withdraw from the assistant manager role bc were moving "
        "to leeds at the end of the month for my partners job!!"
    )
    sentences = [s.text.strip() for s in nlp(f"hi sarah\n\n{body}\n\njade").sents]
    assert any(s.startswith("unfortunately im gonna have to withdraw") for s in sentences)


def test_dashes_in_an_aside_or_a_range_are_no_full_stops(nlp) -> None:
    hours = "The hours - 7am - 7pm, Monday - Saturday - would not work with the school run."
    sentences = [s.text.strip() for s in nlp(f"Dear Ana,\n\n{hours}\n\nLi").sents]
    assert hours in sentences
    wish = "I wish you all the best - and thank you again - it was a pleasure - truly."
    sentences = [s.text.strip() for s in nlp(f"Dear Ana,\n\n{wish}\n\nLi").sents]
    assert "it was a pleasure - truly." in sentences  # "truly" alone is no sentence


def test_a_long_signature_with_hours_and_a_quoted_motto_is_not_body() -> None:
    signature = (
        "Best wishes,\n\nDr. Ana Popa (she/her)\nSenior Statistician\nMeridian Research Ltd.\n"
        "40 Hills Road, Cambridge\nMobile: +44 7700 900 412\n"
        "Working hours: Mon-Thu. Replies may be delayed on Fridays.\n"
        '"Measure twice, cut once, and then measure the cut again."'
    )
    text = f"Hi Marcus,\n\n{BODY}\n\n{signature}\n"
    layout = find_layout(text)
    assert _body(text, layout) == BODY
    assert _part(text, layout.sign_off) == signature


@pytest.mark.parametrize(
    "signature",
    [
        pytest.param(
            "Joanna Pike\nSenior Compliance Officer | Westmark Insurance\nTel: 020 7946 0335\n"
            "Westmark Insurance plc, 1 Moorgate Place, London EC2R 6EA",
            id="address-line",
        ),
        pytest.param(
            "Jamie Okoro (they/them)\nCommunity Lead @ Loomwork\njamie@loomwork.example\n"
            '\U0001f331 "Build the room you want to be in."',
            id="pronouns-and-a-motto-after-an-emoji",
        ),
        # A closing above a long signature block.
        pytest.param(
            "Warm Regards,\nRavi Kumar\nLead Engineer | Data Platforms\nNorthwind Labs Pvt. Ltd.\n"
            "Block C, 3rd Floor, Tech Park, Whitefield, Bengaluru – 560066\n"
            "Mobile: +91 98450 11223\n"
            "P Please consider the environment before printing this email.",
            id="long-address-and-the-leaf-of-a-symbol-font",
        ),
        pytest.param(
            "With my warmest regards,\n\nElena Russo, PhD\nDepartment of Chemistry\n"
            "Università di Torino\nTel. +39 011 670 1234",
            id="with-my-warmest-regards",
        ),
    ],
)
def test_a_signature_block_is_the_sign_off(signature: str) -> None:
    """With no closing word, or with one above a long block (address, phone, footer)."""
    text = f"Hi Kim,\n\n{BODY}\n\n{signature}\n"
    layout = find_layout(text)
    assert _body(text, layout) == BODY
    assert _part(text, layout.sign_off) == signature


def test_a_sentence_with_a_number_and_a_comma_after_a_closing_is_no_address() -> None:
    text = (
        f"Dear Ms. Rao,\n\n{BODY}\n\nBest,\nAna\n"
        "I can still hand over the 3 reports by Friday, if that helps the new person.\n"
    )
    assert find_layout(text).sign_off is None


def test_a_wish_line_above_a_signature_block_still_signs_off() -> None:
    text = (
        "Dear Ana,\n\nI am withdrawing, as I accepted another offer.\n\nTake care.\n"
        "Jordan Smith\nSenior Engineer\nAcme Corp\n"
    )
    layout = find_layout(text)
    assert layout.sign_off is not None
    assert text[layout.sign_off[0] :].startswith("Take care.")


def test_a_letter_to_mr_and_from_its_writer() -> None:
    body = "I can't take the job, as I have had a fall. Thank you again and all the best"
    text = f"to Mr Grant\n{body}\nfrom\nAlan Hughes"
    layout = find_layout(text)
    assert _part(text, layout.greeting) == "to Mr Grant"
    assert _body(text, layout) == body
    assert _part(text, layout.sign_off) == "from\nAlan Hughes"


def test_a_from_block_above_the_greeting_is_the_letter_head() -> None:
    text = (
        "From\nPriya Nair\n45 Park Street\nKolkata 700016\n\nTo\nThe Recruitment Manager\n"
        f"Eastern Railways\nKolkata\n\nDear Sir/Madam,\n\n{BODY}\n\nYours sincerely,\nPriya Nair\n"
    )
    layout = find_layout(text)
    assert _part(text, layout.greeting) == "Dear Sir/Madam,"
    assert _body(text, layout) == BODY


def test_a_last_paragraph_that_says_this_message_is_intended_is_body() -> None:
    last = "I've copied in Mark, as this message is intended for the whole panel. All the best."
    text = f"Hi Anna,\n\n{BODY}\n\n{last}\nKind regards,\nAnna\n"
    layout = find_layout(text)
    assert _body(text, layout) == f"{BODY}\n\n{last}"


def test_a_quoted_paragraph_wrapped_after_a_full_stop_stays_quoted() -> None:
    text = (
        "Hi Sam,\n\n> Thanks for your time today. We need your answer by Friday.\n"
        "Otherwise we will assume you are no longer interested.\n\n"
        f"{BODY}\n\nBest,\nTom\n"
    )
    assert "Otherwise" not in mask_inner_quotes(text)


def test_a_name_under_good_wishes_typed_with_no_mark_signs_off() -> None:
    text = "hi Kara\nthanks for the offer\ni found a job near home so ill leave it\ngood luck\nSean"
    layout = find_layout(text)
    assert layout.sign_off is not None
    assert text[layout.sign_off[0] : layout.sign_off[1]] == "Sean"
    assert text[layout.body_start : layout.body_end].endswith("ill leave it\ngood luck")


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        pytest.param(
            f"Hi Liam,\n\n{BODY}\n\nStu\n\n---- On Thu, 18 Apr 2024 Liam Booth wrote ----\n"
            "> Can you do Monday 10am?\n",
            "---- On Thu",
            id="quoted-reply-under-a-dashed-header",
        ),
        pytest.param(
            f"Hi Tom,\n\n{BODY}\n\nAnil\n\n-----\nTom Reilly  11:42 AM\nHi Anil, still keen?\n",
            "-----",
            id="pasted-message-under-a-line-of-dashes",
        ),
        pytest.param(
            f"Hi Jo,\n\n{BODY}\n\nCheers,\nTomás\n\n> Are you still interested?\n",
            "> Are",
            id="quoted-reply-with-angle-quotes-only",
        ),
        pytest.param(
            f"Hi Steph,\n\n{BODY}\n\n---\nSteph Moore: Hi Oscar! Just wanted to check?\n",
            "---",
            id="pasted-chat-line-under-a-rule-line",
        ),
    ],
)
def test_a_pasted_or_quoted_message_below_the_body(text: str, marker: str) -> None:
    layout = find_layout(text)
    assert layout.quote_start == text.index(marker)
    assert _body(text, layout) == BODY


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "hey jordan thx for the callback rn i can only do 2 days a week w my course so "
            "i'm gonna withdraw my app appreciate u tho have a good wknd",
            ["i can only do 2 days a week", "appreciate u tho", "have a good wknd"],
        ),
        (
            "Hey Leanne thanks for the message and for setting up the interview I'm going to "
            "withdraw for personal reasons unfortunately hope you find the right person!",
            ["I'm going to withdraw for personal reasons", "hope you find"],
        ),
    ],
)
def test_a_message_typed_in_one_breath_splits_where_sentences_open(
    nlp, message: str, parts: list[str]
) -> None:
    sentences = [s.text.strip() for s in nlp(message).sents]
    for part in parts:
        assert any(s.startswith(part) for s in sentences), (part, sentences)


WRITTEN_LONG = (
    "Please accept this email as formal notice that I am withdrawing my application for the "
    "role I interviewed for last week because I have accepted another position."
)
WRITTEN_RUN_ON = (
    "I am writing to let you know that I have accepted another offer and I would like to "
    "withdraw my application, and I want to thank you for your time and also I hope the "
    "team finds the right person soon and unfortunately I cannot continue."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hi Irene\nsorry for the late reply\nI've decided to withdraw my application for the "
            "receptionist job\nthank you for considering me\nhave a lovely weekend",
            ["thank you for considering me", "have a lovely weekend"],
            id="thanks-or-wishes-on-the-next-line-are-no-hard-wrap",
        ),
        pytest.param(
            f"Dear Ana,\n\n{WRITTEN_LONG}\n\nLi",
            [WRITTEN_LONG],
            id="a-long-written-sentence-ending-on-a-full-stop-stays-whole",
        ),
        pytest.param(
            f"Dear Ana,\n\n{WRITTEN_RUN_ON}\n\nLi",
            [WRITTEN_RUN_ON],
            id="a-written-run-on-sentence-stays-whole",
        ),
        pytest.param(
            "Hi Ines!\n\nThx so much for setting up the calls 🙏 After meeting the team I'll pass."
            "\n\nTobi",
            ["After meeting the team I'll pass."],
            id="a-capitalised-word-after-an-emoji-opens-a-sentence",
        ),
    ],
)
def test_sentences_as_written(nlp, text: str, expected: list[str]) -> None:
    sentences = [s.text.strip() for s in nlp(text).sents]
    for sentence in expected:
        assert sentence in sentences


def test_a_sentence_that_only_lacks_a_comma_stays_whole(nlp) -> None:
    body = (
        "Thank you for shortlisting me for the role. Due to some personal reasons I will not be "
        "able to continue with the process."
    )
    sentences = [s.text.strip() for s in nlp(f"Dear Sir,\n\n{body}\n\nRegards,\nAyesha").sents]
    assert "Due to some personal reasons I will not be able to continue with the process." in (
        sentences
    )


def test_a_lower_case_body_with_full_stops_keeps_its_sentences(nlp) -> None:
    body = (
        "thanks a lot for the interveiw and the tour! after a lot of back and forth in my own "
        "head i've decided not to go forward with the application. wish you all the best"
    )
    sentences = [s.text.strip() for s in nlp(f"hi sam\n\n{body}\n\nkai").sents]
    assert any(s.startswith("after a lot of back and forth") for s in sentences)
    assert not any(s.startswith("i've decided") for s in sentences)


def test_a_hard_wrapped_paragraph_stays_one_sentence(nlp) -> None:
    text = (
        "Hi Sam,\n\nThank you for taking the time to talk with me about the analyst role last\n"
        "week and for introducing me to the team.\n\nBest,\nKim"
    )
    sentences = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert sentences[1] == (
        "Thank you for taking the time to talk with me about the analyst role last\n"
        "week and for introducing me to the team."
    )


@pytest.mark.parametrize(
    ("text", "sign_off", "body_end"),
    [
        (
            "Hi Jo,\n\nThanks for the chat. I'm withdrawing, hope to cross paths again. - Kate\n",
            "- Kate",
            "hope to cross paths again.",
        ),
        (
            "hey, not gonna do the 2nd round, got another job. thanks! ~ Jo Ann\n",
            "~ Jo Ann",
            "thanks!",
        ),
        # A dash inside the sentence, or a lower-case word after it, signs nothing.
        ("Hi Jo,\n\nThanks. I'm out - Found a job closer to home\n", None, "closer to home"),
        ("Hi Jo,\n\nThanks. I'm withdrawing. - not sure what else to say\n", None, "to say"),
    ],
    ids=["dash-name", "tilde-two-names", "dash-mid-sentence", "dash-lower-case"],
)
def test_a_name_signed_after_a_dash_on_the_last_line(
    text: str, sign_off: str | None, body_end: str
) -> None:
    layout = find_layout(text)
    assert _part(text, layout.sign_off) == sign_off
    assert text[: layout.body_end].endswith(body_end)
