"""Markdown drafts (review finding 15): the markup is taken out, not blanked in place, so
names and punctuation read as written ("the Data Analyst role at Acme."), and every
position and fix is mapped back into the file. Real pipeline, real CLI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import position_errors
from test_cli import invoke
from withdraw_lint.reader import markdown_to_text_mapped

# The reviewer's draft.md and the same draft without markup (draft_plain.txt).
DRAFT_MD = """# Withdrawal

Dear **Ms. Lee**,

I'm writing to withdraw my application for the *Data Analyst* role at [Acme](https://acme.example/jobs). I have accepted another offer. Honestly your process was **a complete waste of time**.

Regards,
`Jane`
"""  # noqa: E501
DRAFT_PLAIN = """Withdrawal

Dear Ms. Lee,

I'm writing to withdraw my application for the Data Analyst role at Acme. I have accepted another offer. Honestly your process was a complete waste of time.

Regards,
Jane
"""  # noqa: E501


def write(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def diagnostics(path: Path) -> list[dict]:
    result = invoke(["check", "--format", "json", str(path)])
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["error"] is None, entry["error"]
    return entry["diagnostics"]


def test_markup_is_taken_out_and_each_character_maps_to_the_file() -> None:
    mapped = markdown_to_text_mapped(DRAFT_MD)
    assert mapped.text == DRAFT_PLAIN
    assert len(mapped.origins) == len(mapped.joints) == len(mapped.text) + 1
    for i, ch in enumerate(mapped.text):
        assert DRAFT_MD[mapped.origins[i]] == ch, (i, ch)
    assert mapped.origins[-1] == mapped.joints[-1] == len(DRAFT_MD)


def test_an_html_comment_is_a_note_not_part_of_the_draft(tmp_path: Path) -> None:
    """User review: '<!-- withdraw-lint-disable ... -->' was reported as a template slot."""
    note = "<!-- send after the call with Dana; check the date -->\n"
    assert markdown_to_text_mapped(note + DRAFT_MD).text == "\n" + DRAFT_PLAIN
    rules = {d["rule"] for d in diagnostics(write(tmp_path, note + DRAFT_MD, "d.md"))}
    assert "template-placeholder" not in rules and "negative-tone" in rules


def test_an_insertion_goes_outside_the_markup_around_it() -> None:
    source = "Hi. **Bold** then *it*. [Link](https://x.example) end"
    mapped = markdown_to_text_mapped(source)
    assert mapped.text == "Hi. Bold then it. Link end"

    def joint(word: str) -> int:
        return mapped.joints[mapped.text.index(word)]

    # Before the markup that opens on a word, after the markup that closed before it.
    assert source[joint("Bold") :].startswith("**Bold")
    assert source[: joint(" then")].endswith("Bold**")
    assert source[: joint(". Link")].endswith("*it*")
    assert source[joint("Link") :].startswith("[Link]")
    assert source[: joint(" end")].endswith("(https://x.example)")


@pytest.mark.usefixtures("nlp")
def test_fixes_and_excerpts_read_as_in_the_plain_draft(tmp_path: Path) -> None:
    """The review's repro: the gratitude fix said 'the role', excerpts 'at Acme .'."""
    md = diagnostics(write(tmp_path, DRAFT_MD, "draft.md"))
    plain = diagnostics(write(tmp_path, DRAFT_PLAIN, "draft_plain.txt"))
    assert [(d["rule"], d["message"], d["suggestion"]) for d in md] == [
        (d["rule"], d["message"], d["suggestion"]) for d in plain
    ]
    (close,) = [d for d in md if d["rule"] == "missing-positive-close"]
    assert "the team at Acme every success." in close["suggestion"]
    shown = invoke(["check", "-q", str(tmp_path / "draft.md")]).stdout
    assert "  | I'm writing to withdraw my application for the Data Analyst role at Acme.\n" in (
        shown
    )
    assert "  | Honestly your process was a complete waste of time.\n" in shown
    assert " ." not in shown


@pytest.mark.usefixtures("nlp")
def test_positions_point_into_the_markdown_file(tmp_path: Path) -> None:
    found = diagnostics(write(tmp_path, DRAFT_MD, "draft.md"))
    assert found
    for d in found:
        assert not position_errors(DRAFT_MD, d)
    (tone,) = [d for d in found if d["rule"] == "negative-tone"]
    assert DRAFT_MD[tone["start"] : tone["end"]] == (
        "Honestly your process was **a complete waste of time**."
    )
    line = DRAFT_MD.splitlines()[4]
    assert (tone["line"], tone["column"]) == (5, line.index("Honestly") + 1)


@pytest.mark.usefixtures("nlp")
def test_fixes_apply_to_the_file_and_keep_the_markup(tmp_path: Path) -> None:
    path = write(tmp_path, DRAFT_MD, "draft.md")
    result = invoke(["check", "--fix", str(path)])
    assert "changed since it was linted" not in result.stderr
    fixed = path.read_text(encoding="utf-8")
    # The thanks does not repeat the role and company the sentence after it names, and no
    # warm line goes straight after the hostile last sentence without --unsafe-fixes.
    assert fixed == DRAFT_MD.replace(
        "I'm writing", "Thank you for the opportunity to interview with you. I'm writing"
    )
    path.write_text(DRAFT_MD, encoding="utf-8")
    invoke(["check", "--fix", "--unsafe-fixes", str(path)])
    assert path.read_text(encoding="utf-8").endswith(
        "**a complete waste of time**.\n\n"
        "Thank you again for your time; I wish you and the team at Acme every success.\n\n"
        "Regards,\n`Jane`\n"
    )


NO_CLOSE = """Dear Ms. Lee,

Thank you for the interview. I have decided to withdraw my application, as I have accepted
another offer. It starts in May and is {tail}

Best regards,
Jane
"""


@pytest.mark.usefixtures("nlp")
def test_a_replacement_is_kept_inside_markup_and_dropped_across_it(tmp_path: Path) -> None:
    """'!!!' inside bold is replaced exactly; split by a closing '*', no replacement
    could be exact, so the fix is left out (the finding stays)."""
    inside = NO_CLOSE.format(tail="**closer to home!!!**")
    path = write(tmp_path, inside, "inside.md")
    (shout,) = [d for d in diagnostics(path) if d["rule"] == "shouting"]
    (edit,) = shout["fix"]["edits"]
    assert inside[edit["start"] : edit["end"]] == "!!!"
    invoke(["check", "--fix", "--select", "shouting", str(path)])
    assert path.read_text(encoding="utf-8") == inside.replace("!!!", "!")

    across = NO_CLOSE.format(tail="*closer to home!*!!")
    path = write(tmp_path, across, "across.md")
    (shout,) = [d for d in diagnostics(path) if d["rule"] == "shouting"]
    assert across[shout["start"] : shout["end"]] == "!*!!"
    assert shout["fix"] is None


def test_a_comment_can_turn_rules_off_for_the_draft(tmp_path: Path) -> None:
    """User review: no inline way to silence a rule, as markdownlint and Vale have."""
    body = (
        "Hi Sam,\n\nThank you for your time. I am withdrawing my application. Please confirm "
        "you have received this.\n\nJo\n"
    )
    plain = {d["rule"] for d in diagnostics(write(tmp_path, body, "plain.md"))}
    assert {"missing-reason", "missing-positive-close"} <= plain
    note = "<!-- withdraw-lint-disable missing-reason, WL104 -->\n"
    quiet = {d["rule"] for d in diagnostics(write(tmp_path, note + body, "quiet.md"))}
    assert quiet == plain - {"missing-reason", "missing-positive-close"}
