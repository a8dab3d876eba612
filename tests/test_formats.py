"""--format sarif and github, --stdin-filename, --statistics and --exit-zero."""

from __future__ import annotations

import json

from helpers import EXAMPLES
from sarif_pydantic import Sarif
from test_cli import invoke

BAD = EXAMPLES / "bad-missing-close.txt"


def test_sarif_is_valid_sarif_2_1_0() -> None:
    result = invoke(["check", "--format", "sarif", str(BAD), str(EXAMPLES / "nope.txt")])
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    Sarif.model_validate(document)  # the SARIF 2.1.0 object model
    run = document["runs"][0]
    assert document["version"] == "2.1.0"
    assert run["columnKind"] == "unicodeCodePoints"
    (finding,) = run["results"]
    rule = run["tool"]["driver"]["rules"][finding["ruleIndex"]]
    assert rule["id"] == finding["ruleId"] == "WL104"
    assert rule["name"] == "missing-positive-close"
    region = finding["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (5, 303)
    assert finding["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]
    assert not run["invocations"][0]["executionSuccessful"]


def test_sarif_uris_are_encoded_and_a_skipped_draft_is_a_notification() -> None:
    """User review: "#" in a file name started a URI fragment, and a draft not checked (not
    English) left no trace in SARIF or GitHub annotations."""
    draft = BAD.read_text(encoding="utf-8")
    named = invoke(
        ["check", "--format", "sarif", "--stdin-filename", "my draft #1.txt", "-"], draft
    )
    run = json.loads(named.stdout)["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "my%20draft%20%231.txt"
    german = (
        "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch. Leider muss ich meine "
        "Bewerbung zurückziehen, da ich eine andere Stelle angenommen habe.\n\nViele Grüße\nJan\n"
    )
    sarif = invoke(["check", "--format", "sarif", "--stdin-filename", "de.txt", "-"], german)
    document = json.loads(sarif.stdout)
    Sarif.model_validate(document)
    (note,) = document["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "warning" and "de.txt: not checked" in note["message"]["text"]
    github = invoke(["check", "--format", "github", "--stdin-filename", "de.txt", "-"], german)
    assert github.stdout.startswith("::warning file=de.txt::not checked: ")


def test_github_annotations_escape_their_data() -> None:
    draft = BAD.read_text(encoding="utf-8")
    result = invoke(
        ["check", "--format", "github", "--stdin-filename", "mail/a,b:c.txt", "-"], stdin=draft
    )
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith("::warning file=mail/a%2Cb%3Ac.txt,line=5,col=303,endLine=5,")
    assert "title=missing-positive-close (WL104)::The draft ends" in line


def test_control_characters_in_a_draft_or_its_name_are_shown_as_escapes() -> None:
    """User review: an ANSI sequence in a draft reached the terminal raw, even with
    --no-color."""
    draft = "Hi Sam,\n\nI withdraw\x1b[31m my application.\n\nJo\n"
    result = invoke(["check", "--no-color", "--stdin-filename", "a\x1b[2Jb.txt", "-"], draft)
    assert "\x1b" not in result.stdout
    assert "| I withdraw\\x1b[31m my application." in result.stdout
    assert "a\\x1b[2Jb.txt:3:1:" in result.stdout


def test_stdin_filename_names_the_draft_and_reads_eml() -> None:
    eml = (
        "From: Jane <jane@example.com>\nTo: Ana <ana@example.com>\nSubject: Hi\n\n"
        "Dear Ana,\n\nThank you for your time. I have accepted another offer, so I am "
        "withdrawing. I wish you all the best.\n\nBest regards,\nJane\n"
    )
    result = invoke(["check", "--format", "json", "--stdin-filename", "inbox/x.eml", "-"], eml)
    (file,) = json.loads(result.stdout)["files"]
    assert file["path"] == "inbox/x.eml"
    assert [d["rule"] for d in file["diagnostics"]] == ["weak-subject"]


def test_statistics_and_exit_zero() -> None:
    paths = [str(p) for p in sorted(EXAMPLES.glob("bad-*.txt"))]
    result = invoke(["check", "--statistics", "--exit-zero", *paths])
    assert result.exit_code == 0
    rows = result.stdout.splitlines()
    assert rows[0].split()[1:3] == ["WL401", "template-placeholder"]
    counts = [int(row.split()[0]) for row in rows]
    assert counts == sorted(counts, reverse=True)


def test_statistics_as_json() -> None:
    paths = [str(p) for p in sorted(EXAMPLES.glob("bad-*.txt"))]
    text = invoke(["check", "--statistics", "--exit-zero", *paths]).stdout
    result = invoke(["check", "--statistics", "--format", "json", *paths])
    assert result.exit_code == 1
    document = json.loads(result.stdout)  # one object, as every --format json output
    assert set(document) == {"schema_version", "version", "statistics"}
    rows = document["statistics"]
    assert set(rows[0]) == {"code", "rule", "severity", "count", "fixable"}
    # The same counts, in the same order, as the text table.
    assert [(r["count"], r["code"]) for r in rows] == [
        (int(line.split()[0]), line.split()[1]) for line in text.splitlines()
    ]
    assert all(0 <= r["fixable"] <= r["count"] for r in rows)


def test_statistics_has_no_sarif_or_github_form() -> None:
    path = str(EXAMPLES / "bad-everything.txt")
    for fmt in ("sarif", "github"):
        result = invoke(["check", "--statistics", "--format", fmt, path])
        assert result.exit_code == 2 and "--statistics" in result.stderr
