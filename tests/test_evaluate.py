"""`withdraw-lint evaluate`: scores the real linter against a labelled corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from withdraw_lint.cli import app
from withdraw_lint.corpus import load_corpus, split_of
from withdraw_lint.evaluation import CORE_RULES

GOOD = {
    "id": "t001",
    "text": "Hi Ana,\n\nThank you for the interviews. I have accepted another offer, so I am "
    "withdrawing my application. I wish you and the team all the best.\n\nBest,\nLee",
    "reason_category": "other_offer",
    "expect": [],
    "sentences": [
        {"text": "Thank you for the interviews.", "labels": ["gratitude"]},
        {
            "text": "I have accepted another offer, so I am withdrawing my application.",
            "labels": ["withdrawal", "reason"],
            "category": "other_offer",
        },
        {"text": "I wish you and the team all the best.", "labels": ["close"]},
    ],
}
# Labelled as if it thanked nobody; the linter will (rightly) not flag missing gratitude,
# so the evaluation must count a miss.
MISLABELLED = {
    **GOOD,
    "id": "t002",
    "expect": ["missing-gratitude"],
    "sentences": [{**GOOD["sentences"][0], "labels": []}, *GOOD["sentences"][1:]],
}


def run(*args: str):
    return CliRunner().invoke(app, ["evaluate", *args])


def corpus(tmp_path: Path, *records: dict) -> Path:
    path = tmp_path / "drafts-t.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_table_json_and_errors(tmp_path: Path) -> None:
    path = corpus(tmp_path, GOOD, MISLABELLED)
    out = tmp_path / "scores.json"
    result = run(str(path), "--split", "all", "--json", str(out), "--errors")
    assert result.exit_code == 0, result.output
    assert "missing-gratitude" in result.stdout
    assert "2 drafts; clean drafts with no error or warning: 1/1" in result.stdout
    assert "rule missing-gratitude, missed (1):\n  t002" in result.stdout
    assert "reason category as labelled: 2/2 of the drafts" in result.stdout
    assert "label gratitude, false alarm (1):\n  t002: 'Thank you for the interviews.'" in (
        result.stdout
    )
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores["drafts"] == 2
    assert scores["reason_category"] == {"drafts": 2, "right": 2}
    # Never fired: no precision (null, as the table's dash), recall 0.
    assert scores["rules"]["missing-gratitude"] == {
        "precision": None,
        "recall": 0.0,
        "f1": None,
        "support": 1,
        "tp": 0,
        "fp": 0,
        "fn": 1,
    }
    nothing = {"precision": None, "recall": None, "f1": None, "support": 0, "tp": 0}
    assert scores["rules"]["shouting"] == {**nothing, "fp": 0, "fn": 0}
    assert set(CORE_RULES) <= set(scores["rules"])


def test_check_floors_fails_on_a_rule_under_its_floor(tmp_path: Path) -> None:
    path = corpus(tmp_path, GOOD, MISLABELLED)
    result = run(str(path), "--split", "all", "--check-floors")
    assert result.exit_code == 1
    assert "below floor: missing-gratitude: precision 1.00, recall 0.00" in result.stderr
    assert run(str(corpus(tmp_path, GOOD)), "--split", "all", "--check-floors").exit_code == 0


def test_bad_corpus_and_split_are_usage_errors(tmp_path: Path) -> None:
    broken = tmp_path / "drafts-x.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    result = run(str(broken), "--split", "all")
    assert result.exit_code == 2
    assert "not a corpus record" in result.stderr
    assert run(str(broken), "--split", "nope").exit_code == 2


def test_several_corpora_are_scored_as_one_set(tmp_path: Path) -> None:
    first = corpus(tmp_path, GOOD)
    second = tmp_path / "more" / "drafts-u.jsonl"
    second.parent.mkdir()
    second.write_text(json.dumps(MISLABELLED) + "\n", encoding="utf-8")
    result = run(str(first), str(second.parent), "--split", "all")
    assert result.exit_code == 0, result.output
    assert "2 drafts; clean drafts with no error or warning: 1/1" in result.stdout


def test_a_draft_counted_twice_is_a_usage_error(tmp_path: Path) -> None:
    path = corpus(tmp_path, GOOD)
    result = run(str(path), str(tmp_path), "--split", "all")
    assert result.exit_code == 2
    assert "draft id 't001' is in" in result.stderr
    missing = run(str(path), str(tmp_path / "nowhere.jsonl"), "--split", "all")
    assert missing.exit_code == 2
    assert "nowhere.jsonl" in missing.stderr


def test_a_draft_id_twice_in_one_file_names_both_lines(tmp_path: Path) -> None:
    result = run(str(corpus(tmp_path, GOOD, MISLABELLED, GOOD)))
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("drafts-t.jsonl:3: draft id 't001' is also on line 1")


def test_a_folder_without_draft_files_says_so(tmp_path: Path) -> None:
    (tmp_path / "mine.jsonl").write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    result = run(str(tmp_path))
    assert result.exit_code == 2
    assert "no drafts-*.jsonl file in this folder" in result.stderr


@pytest.mark.parametrize("where", ["missing/scores.json", "."])
def test_json_to_a_path_that_cannot_be_written_is_a_one_line_error(
    tmp_path: Path, where: str
) -> None:
    result = run(str(corpus(tmp_path, GOOD)), "--json", str(tmp_path / where))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "--json" in result.stderr


def test_a_rule_with_no_labelled_case_shows_dashes_and_its_false_alarms(tmp_path: Path) -> None:
    unsigned = {**GOOD, "id": "t003", "text": GOOD["text"].removesuffix("\n\nBest,\nLee")}
    result = run(str(corpus(tmp_path, GOOD, unsigned)), "--split", "all")
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines() if line}
    # Nothing labelled and nothing fired: no precision, no recall, no false alarm.
    assert rows["shouting"] == ["-", "-", "-", "0", "0"]
    # Nothing labelled, fired once on the unsigned draft: a false alarm, precision 0.
    assert rows["missing-sign-off"] == ["0.00", "-", "-", "0", "1"]
    assert rows["missing-gratitude"] == ["-", "-", "-", "0", "0"]


@pytest.mark.parametrize(
    ("record", "key", "expected"),
    [
        pytest.param(
            {**GOOD, "expect": None, "labels": ["missing-reason"]},
            "labels",
            "a known key (id, text, expect, reason_category, sentences, style)",
            id="misnamed-expect",
        ),
        pytest.param(
            {**GOOD, "expect": ["missing-reasons"]},
            "expect",
            "rule names (`withdraw-lint rules` lists them); got 'missing-reasons'",
            id="expect-not-a-rule",
        ),
        pytest.param(
            {**GOOD, "sentences": [{"text": "Thank you for the interviews.", "label": []}]},
            "sentences[0].label",
            "a known key (text, labels, category)",
            id="misnamed-sentence-key",
        ),
        pytest.param(
            {
                **GOOD,
                "sentences": [{"text": "Thank you for the interviews.", "labels": ["thanks"]}],
            },
            "sentences[0].labels",
            "sentence labels (",
            id="unknown-sentence-label",
        ),
        pytest.param({**GOOD, "expect": "missing-reason"}, "expect", "a list of strings", id="str"),
        pytest.param(
            {**GOOD, "sentences": [{"text": "Thanks for the interviews.", "labels": []}]},
            "sentences[0].text",
            "an exact part of `text`, after the sentence before it",
            id="sentence-not-in-the-text",
        ),
        pytest.param(
            {**GOOD, "sentences": list(reversed(GOOD["sentences"]))},
            "sentences[1].text",
            "an exact part of `text`, after the sentence before it",
            id="sentences-out-of-order",
        ),
    ],
)
def test_a_record_the_format_does_not_know_is_a_one_line_usage_error(
    tmp_path: Path, record: dict, key: str, expected: str
) -> None:
    """Review item 6: a misnamed key was read as "no labels", so the draft counted as clean."""
    record = {k: v for k, v in record.items() if v is not None}
    path = corpus(tmp_path, MISLABELLED, record)
    result = run(str(path))
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"withdraw-lint: error: {path}:2: key {key!r}: expected ")
    assert expected in result.stderr
    assert result.stderr.count("\n") == 1


def test_expect_takes_rule_codes_as_names(tmp_path: Path) -> None:
    coded = {**MISLABELLED, "expect": ["WL102"]}
    result = run(str(corpus(tmp_path, GOOD, coded)), "--errors")
    assert result.exit_code == 0, result.output
    assert "rule missing-gratitude, missed (1):\n  t002" in result.stdout
    assert "reason category as labelled: 2/2 of the drafts" in result.stdout


def test_files_the_user_names_are_scored_whole_by_default(tmp_path: Path) -> None:
    """Review item 6: the default split filtered a user's own file by an id hash, silently."""
    path = corpus(tmp_path, GOOD, MISLABELLED)
    assert {split_of(GOOD["id"]), split_of(MISLABELLED["id"])} == {"test", "train"}
    result = run(str(path))
    assert result.exit_code == 0, result.output
    assert "2 drafts; clean drafts with no error or warning: 1/1" in result.stdout
    # An explicit split still wins.
    only_test = run(str(path), "--split", "test")
    assert "1 draft; clean drafts with no error or warning: 1/1" in only_test.stdout
    assert "[default: test for the shipped corpus, all for the files you name]" in " ".join(
        run("--help").stdout.split()
    )


def test_the_shipped_corpus_is_scored_on_its_test_split_by_default() -> None:
    result = run()
    assert result.exit_code == 0, result.output
    assert f"\n{len(load_corpus(split='test'))} drafts; " in result.stdout


def test_a_label_with_nothing_labelled_or_predicted_shows_a_dash_for_accuracy(
    tmp_path: Path,
) -> None:
    """Review item 6: every label read accuracy 1.000 on a file with no sentence labels."""
    bare = {k: v for k, v in GOOD.items() if k != "sentences"}
    result = run(str(corpus(tmp_path, bare)))
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines() if line}
    assert rows["gratitude"] == ["-", "-", "-", "-"]
    # With labelled sentences, accuracy is a number again, to three places.
    labelled = run(str(corpus(tmp_path, GOOD)))
    rows = {line.split()[0]: line.split()[1:] for line in labelled.stdout.splitlines() if line}
    assert rows["gratitude"] == ["1.00", "1.00", "1.00", "1.000"]
    assert rows["assistance"] == ["-", "-", "-", "-"]


def test_a_reason_category_named_otherwise_is_counted_and_listed(tmp_path: Path) -> None:
    moved = {**GOOD, "reason_category": "relocation"}
    result = run(str(corpus(tmp_path, moved)), "--errors")
    assert "reason category as labelled: 0/1 of the drafts" in result.stdout
    assert "reason category, named otherwise (1):\n  t001: other_offer (labelled relocation)" in (
        result.stdout
    )
