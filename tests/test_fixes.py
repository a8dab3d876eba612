"""--fix, --unsafe-fixes, --diff and --set: what is written, and what never is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import EXAMPLES
from test_cli import invoke
from withdraw_lint.engine import lint_path, lint_text
from withdraw_lint.fixes import FixError, apply_edits, chosen_edits, fix_file

CLOSE = EXAMPLES / "bad-missing-close.txt"
SLOTS = EXAMPLES / "bad-template-placeholder.txt"


def copy(tmp_path: Path, source: Path, name: str | None = None) -> Path:
    target = tmp_path / (name or source.name)
    target.write_bytes(source.read_bytes())
    return target


@pytest.mark.usefixtures("nlp")
def test_fix_writes_the_safe_fix_and_reports_what_is_left(tmp_path: Path) -> None:
    path = copy(tmp_path, CLOSE)
    before = path.read_text(encoding="utf-8")
    result = invoke(["check", "--fix", str(path)])
    after = path.read_text(encoding="utf-8")
    assert result.exit_code == 0, result.stdout
    assert "applied 1 fix" in result.stderr
    assert "Thank you again for your time" in after
    assert "missing-positive-close" not in result.stdout
    # Nothing of the original text is lost outside the inserted line.
    assert after.replace("\n\nThank you again for your time; I wish you and the team at Tallis "
                         "Health every success.", "") == before  # fmt: skip


@pytest.mark.usefixtures("nlp")
def test_a_file_named_twice_is_linted_and_fixed_once(tmp_path: Path, monkeypatch) -> None:
    path = copy(tmp_path, CLOSE)
    monkeypatch.chdir(tmp_path)
    result = invoke(["check", "--fix", path.name, f"./{path.name}", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "applied 1 fix" in result.stderr
    assert "changed since" not in result.stderr
    assert path.read_text(encoding="utf-8").count("Thank you again for your time") == 1


@pytest.mark.parametrize(
    ("draft", "fixed"),
    [
        pytest.param(
            "Hi Sam,\n\n- I am withdrawing my application.\n- I took another job.\n\nJo\n",
            "Hi Sam,\n\nThank you for the opportunity to interview for the role.\n\n"
            "- I am withdrawing my application.\n- I took another job.\n\n"
            "Thank you again for your time; I wish you and the team every success.\n\nJo\n",
            id="thanks-above-a-list",
        ),
        pytest.param(
            "Dear Ms. Grey,\n\nThank you for your time. I am withdrawing my application, as I "
            "have accepted another position.\n\nKind regards,\nPaula\n\n"
            "P.S. I have returned the visitor badge to reception.\n",
            "Dear Ms. Grey,\n\nThank you for your time. I am withdrawing my application, as I "
            "have accepted another position.\n\nThank you again for your time; I wish you and "
            "the team every success.\n\nKind regards,\nPaula\n\n"
            "P.S. I have returned the visitor badge to reception.\n",
            id="close-above-the-sign-off-not-under-the-ps",
        ),
    ],
)
def test_inserted_lines_go_where_a_writer_would_put_them(draft: str, fixed: str) -> None:
    """User review: the thanks was run into a list's first bullet, and the closing line was
    put under the P.S., below the signature."""
    assert apply_edits(draft, chosen_edits(lint_text(draft), unsafe=False)) == fixed


def test_capitals_go_to_normal_case_only_with_unsafe_fixes() -> None:
    draft = (
        "Hi Dana,\n\nThank you for the interview. I took ANOTHER job so I am DEFINITELY "
        "withdrawing. All the best.\n\nMia\n"
    )
    result = lint_text(draft)
    assert apply_edits(draft, chosen_edits(result, unsafe=False)) == draft
    calm = apply_edits(draft, chosen_edits(result, unsafe=True))
    assert "I took another job so I am definitely withdrawing." in calm


@pytest.mark.usefixtures("nlp")
def test_diff_shows_the_fix_and_changes_nothing(tmp_path: Path) -> None:
    path = copy(tmp_path, CLOSE)
    data = path.read_bytes()
    result = invoke(["check", "--diff", str(path)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"--- a/{path}\n+++ b/{path}\n")
    assert "+Thank you again for your time" in result.stdout
    assert path.read_bytes() == data


@pytest.mark.usefixtures("nlp")
def test_set_fills_placeholders(tmp_path: Path) -> None:
    path = copy(tmp_path, SLOTS)
    args = ["check", "--fix", "--set", "company=Northwind", "--set", "manager=Ms. Lee"]
    result = invoke([*args, "--set", "name=Jane Doe", str(path)])
    text = path.read_text(encoding="utf-8")
    assert result.exit_code == 0, result.stdout
    assert "[" not in text
    assert text.startswith("Dear Ms. Lee,\n")
    assert text.rstrip().endswith("Jane Doe")
    assert text.count("Northwind") == 2


@pytest.mark.usefixtures("nlp")
def test_fix_keeps_encoding_and_line_endings(tmp_path: Path) -> None:
    draft = (
        "Dear José,\r\n\r\nI am withdrawing because I accepted another offer!!!\r\n\r\n"
        "Best,\r\nLi\r\n"
    )
    path = tmp_path / "legacy.txt"
    path.write_bytes(draft.encode("utf-16"))
    result = invoke(["check", "--fix", str(path)])
    assert result.exit_code == 0, result.stdout
    data = path.read_bytes()
    assert data.startswith(b"\xff\xfe")  # still UTF-16 with its byte-order mark
    text = data.decode("utf-16")
    assert "\n" not in text.replace("\r\n", "")  # every line break is still CRLF
    assert "offer!\r\n" in text and "!!!" not in text
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.usefixtures("nlp")
def test_no_fix_lands_on_a_file_changed_after_linting(tmp_path: Path) -> None:
    path = copy(tmp_path, CLOSE)
    result = lint_path(str(path))
    path.write_text(path.read_text(encoding="utf-8") + "\nP.S. one more thing.\n", "utf-8")
    changed = path.read_bytes()
    with pytest.raises(FixError, match="changed since it was linted"):
        fix_file(result)
    assert path.read_bytes() == changed


@pytest.mark.usefixtures("nlp")
def test_unsafe_fixes_need_their_flag(tmp_path: Path) -> None:
    path = tmp_path / "no-greeting.eml"
    path.write_bytes(
        b"From: Jane Doe <jane@example.com>\nTo: Ana Lee <ana@example.com>\nSubject: "
        b"Withdrawal of application\n\nThank you for the interview. I have accepted another "
        b"offer, so I am withdrawing. I wish you all the best.\n\nBest regards,\nJane\n"
    )
    result = lint_path(str(path))
    greeting = [d for d in result.diagnostics if d.rule == "missing-greeting"]
    assert greeting and greeting[0].fix is not None and not greeting[0].fix.safe
    assert fix_file(result, unsafe=False, write=False) is None


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_fix_on_every_example_lints_cleaner_and_keeps_the_text(
    tmp_path: Path, example: Path
) -> None:
    path = copy(tmp_path, example)
    before = lint_path(str(path))
    original = path.read_text(encoding="utf-8")
    edits = chosen_edits(before, unsafe=False)
    invoke(["check", "--fix", str(path)])
    fixed = path.read_text(encoding="utf-8")
    after = lint_path(str(path))
    if not edits:
        assert fixed == original
        return
    assert len(after.diagnostics) < len(before.diagnostics)
    # Every stretch of the original outside the edited spans is still there, in order.
    cursor, position = 0, 0
    for edit in [*edits, None]:
        kept = original[cursor : edit.start if edit else len(original)]
        found = fixed.find(kept, position)
        assert found >= 0, kept
        position = found + len(kept)
        cursor = edit.end if edit else cursor


@pytest.mark.usefixtures("nlp")
def test_fix_on_stdin_prints_the_fixed_text_and_writes_no_file(tmp_path: Path) -> None:
    # As in Ruff: the fixed text goes to stdout, the report to stderr, and the file that
    # --stdin-filename names (an editor's buffer on disk) is left alone.
    named = copy(tmp_path, CLOSE)
    before = named.read_bytes()
    text = before.decode("utf-8")
    result = invoke(["check", "--fix", "--stdin-filename", str(named), "-"], stdin=text)
    assert result.exit_code == 0, result.stderr
    inserted = (
        "\n\nThank you again for your time; I wish you and the team at Tallis Health every success."
    )
    assert inserted in result.stdout and result.stdout.replace(inserted, "") == text
    assert "applied 1 fix" in result.stderr and "no problems found" in result.stderr
    assert named.read_bytes() == before
    diff = invoke(["check", "--diff", "-"], stdin=text)
    assert diff.exit_code == 1 and "+Thank you again for your time" in diff.stdout


@pytest.mark.usefixtures("nlp")
def test_fix_on_clean_stdin_prints_it_unchanged() -> None:
    text = (EXAMPLES / "good-other-offer.txt").read_text(encoding="utf-8")
    result = invoke(["check", "--fix", "-"], stdin=text)
    assert result.exit_code == 0
    assert result.stdout == text


@pytest.mark.usefixtures("nlp")
def test_a_value_the_file_encoding_cannot_hold_is_one_error_line(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    draft = SLOTS.read_text(encoding="utf-8").replace("[Hiring Manager]", "Sr. Muñoz")
    path.write_bytes(draft.encode("cp1252"))
    assert lint_path(str(path)).encoding == "cp1252"
    before = path.read_bytes()
    result = invoke(["check", "--fix", "--set", "name=Łukasz Wróbel", str(path)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "'Ł'" in errors[0] and "cp1252" in errors[0], result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before
    # The file was read and checked (review item 13): its findings and summary stand, and
    # nothing says it could not be read.
    assert result.stdout == invoke(["check", "--set", "name=Łukasz Wróbel", str(path)]).stdout
    assert "could not be read" not in result.stdout + result.stderr
    assert result.stdout.rstrip().splitlines()[-1].startswith("1 draft checked: ")
    as_json = invoke(["check", "--fix", "--set", "name=Łukasz", "--format", "json", str(path)])
    assert as_json.exit_code == 2
    (file,) = json.loads(as_json.stdout)["files"]
    assert file["error"] is None and file["diagnostics"] and file["score"] is not None


@pytest.mark.usefixtures("nlp")
def test_fix_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    target = copy(tmp_path, CLOSE, "target.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    assert invoke(["check", "--fix", str(link)]).exit_code == 0
    assert link.is_symlink()
    assert "Thank you again for your time" in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "target.txt"]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    ("data", "fixes"),
    [
        # Nothing to fix: the same bytes back, Windows-1252 and a UTF-8 byte-order mark kept.
        ((EXAMPLES / "good-other-offer.txt").read_bytes().replace(b"I'm", b"I\x92m"), False),
        (b"\xef\xbb\xbf" + (EXAMPLES / "good-other-offer.txt").read_bytes(), False),
        (b"\xef\xbb\xbf" + CLOSE.read_bytes(), True),
    ],
    ids=["cp1252-unchanged", "bom-unchanged", "bom-fixed"],
)
def test_fix_on_stdin_keeps_the_input_encoding(data: bytes, fixes: bool) -> None:
    result = invoke(["check", "--fix", "-"], stdin=data)
    assert result.exit_code == 0, result.stderr
    if not fixes:
        assert result.stdout_bytes == data
    else:
        assert result.stdout_bytes.startswith(b"\xef\xbb\xbf")
        assert b"Thank you again for your time" in result.stdout_bytes


@pytest.mark.usefixtures("nlp")
def test_an_eml_fix_with_non_ascii_text_is_refused(tmp_path: Path) -> None:
    # The body is read in its part's declared charset (us-ascii here), which the file's
    # own encoding need not match: a name with accents could be garbled, so no write.
    path = tmp_path / "slot.eml"
    path.write_bytes(
        b"From: a@example.com\nTo: b@example.com\nSubject: Withdrawal of application\n"
        b"Content-Type: text/plain; charset=us-ascii\n\nDear Ms. Lee,\n\nThank you for the "
        b"interview. I have accepted another offer, so I am withdrawing. I wish you all the "
        b"best.\n\nBest regards,\n[Your Name]\n"
    )
    before = path.read_bytes()
    result = invoke(["check", "--fix", "--set", "name=José Müller", str(path)])
    assert result.exit_code == 2 and "non-ASCII" in result.stderr
    assert path.read_bytes() == before
    assert invoke(["check", "--fix", "--set", "name=Jose Muller", str(path)]).exit_code == 0
    assert path.read_bytes().endswith(b"Best regards,\nJose Muller\n")


def test_no_warm_line_is_added_straight_after_a_barb_without_unsafe_fixes() -> None:
    """Second review: the safe fix put "Thank you again for your time" right after a
    hostile last sentence, where it reads as sarcasm."""
    draft = (
        "Hi Sam,\n\nThank you for your time. I am withdrawing my application. Frankly, after "
        "waiting three weeks for a reply, I'd be embarrassed to work somewhere this "
        "disorganised.\n\nJo\n"
    )
    result = lint_text(draft)
    assert {"negative-tone", "missing-positive-close"} <= {d.rule for d in result.diagnostics}
    assert "Thank you again" not in apply_edits(draft, chosen_edits(result, unsafe=False))
    assert "Thank you again" in apply_edits(draft, chosen_edits(result, unsafe=True))


def test_insertions_at_one_point_are_applied_together_the_line_first(tmp_path: Path) -> None:
    """Second review: the greeting and the thanks both insert at the body's start, and one
    --fix run applied only one of them."""
    eml = (
        "From: Jane Doe <jane@example.com>\nTo: Priya Shah <priya@acme.com>\n"
        "Subject: Withdrawal of application\nContent-Type: text/plain; charset=utf-8\n\n"
        "I am withdrawing my application, as I have accepted another offer. I wish you all "
        "the best.\n\nBest,\nJane\n"
    )
    path = tmp_path / "draft.eml"
    path.write_text(eml, encoding="utf-8")
    result = invoke(["check", "--fix", "--unsafe-fixes", str(path)])
    assert "applied 2 fix" in result.stderr, result.stderr
    body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert body.startswith("Dear Priya,\n\nThank you for the opportunity to interview")


@pytest.mark.usefixtures("nlp")
def test_a_file_with_old_mac_line_ends_is_read_and_fixed_in_them(tmp_path: Path) -> None:
    """Second review: lone carriage returns were no line breaks, and the fix used "\\n"."""
    path = tmp_path / "mac.txt"
    path.write_bytes(
        b"Hi Olu,\r\rI've decided to withdraw my application, as I accepted another offer.\r\r"
        b"Please cancel Thursday's call.\r\rBest,\rAna\r"
    )
    result = invoke(["check", "--format", "json", str(path)])
    (entry,) = json.loads(result.stdout)["files"]
    assert {d["rule"]: d["line"] for d in entry["diagnostics"]} == {
        "missing-gratitude": 3,
        "missing-positive-close": 5,
    }
    invoke(["check", "--fix", str(path)])
    fixed = path.read_bytes()
    assert b"\n" not in fixed
    assert b"Thursday's call.\r\rThank you again for your time" in fixed
    assert fixed.endswith(b"every success.\r\rBest,\rAna\r")


def test_in_an_inline_reply_the_thanks_goes_above_the_quote() -> None:
    """Second review: the thanks went in front of "No.", the answer to the quoted question."""
    draft = (
        "Hi Dana,\n\n> Are you still available on the 14th?\n\nNo. I have accepted an offer "
        "from another company, so I am withdrawing. I wish you all the best.\n\nMia\n"
    )
    fixed = apply_edits(draft, chosen_edits(lint_text(draft), unsafe=False))
    assert fixed == draft.replace(
        "Hi Dana,\n\n", "Hi Dana,\n\nThank you for the opportunity to interview for the role.\n\n"
    )
