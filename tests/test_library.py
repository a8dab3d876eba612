"""The Python API: lint_text from threads, picklable settings, one documented error type."""

from __future__ import annotations

import pickle
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import withdraw_lint
from helpers import email, example_paths, read_draft
from withdraw_lint.diagnostics import Severity
from withdraw_lint.engine import FileResult
from withdraw_lint.reader import read_source
from withdraw_lint.settings import Settings


def test_lint_input_error_is_a_value_error() -> None:
    assert issubclass(withdraw_lint.LintInputError, ValueError)
    with pytest.raises(withdraw_lint.LintInputError):
        withdraw_lint.lint_text("   \n")


def test_settings_pickle() -> None:
    settings = Settings(max_words=150, ignore=frozenset({"shouting"}))
    assert pickle.loads(pickle.dumps(settings)) == settings


@pytest.mark.usefixtures("nlp")
def test_threads_give_the_same_results_as_one_thread() -> None:
    texts = [read_draft(path) for path in example_paths()] * 3
    alone = [withdraw_lint.lint_text(t).to_dict() for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda t: withdraw_lint.lint_text(t).to_dict(), texts))
    assert threaded == alone


@pytest.mark.usefixtures("nlp")
def test_batch_in_two_processes_matches_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from withdraw_lint.engine import lint_paths

    paths = [str(p) for p in example_paths()] * 2
    one = [r.to_dict() for r in lint_paths(paths, processes=1)]
    two = [r.to_dict() for r in lint_paths(paths, processes=2)]
    assert one == two


def rules_of(result: FileResult) -> set[str]:
    return {d.rule for d in result.diagnostics}


NO_REASON = email(
    "Thank you for the interview last week. I am withdrawing my application. "
    "I wish the team every success."
)


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("ignored", ["WL103", "wl103", "missing-reason"])
def test_settings_take_rule_codes_as_the_command_line_does(ignored: str) -> None:
    """Review item 8: Settings(ignore=["WL103"]) ignored nothing; --ignore WL103 works."""
    assert "missing-reason" in rules_of(withdraw_lint.lint_text(NO_REASON))
    settings = Settings(ignore=[ignored])
    assert settings.ignore == frozenset({"missing-reason"})
    assert "missing-reason" not in rules_of(withdraw_lint.lint_text(NO_REASON, settings))
    only = Settings(select=("WL103",), extend_select={"WL107"}, severity={"WL103": "error"})
    assert only.select == frozenset({"missing-reason"})
    assert only.extend_select == frozenset({"late-gratitude"})
    (found,) = withdraw_lint.lint_text(NO_REASON, only).diagnostics
    assert (found.rule, found.severity.value) == ("missing-reason", "error")
    assert pickle.loads(pickle.dumps(only)) == only
    assert hash(only) == hash(
        Settings(
            select=["missing-reason"],
            extend_select=["WL107"],
            severity=(("missing-reason", "error"),),
        )
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"ignore": ["no-such-rule"]}, "unknown rule 'no-such-rule'"),
        ({"select": ["WL999"]}, "unknown rule 'WL999'"),
        ({"extend_select": "late-gratitude"}, "expected a list of rule names"),
        ({"fail_on": "bogus"}, "fail_on: expected error | warning | info | never"),
        ({"severity": {"shouting": "loud"}}, "severity of shouting: expected error"),
        ({"severity": {"shouty": "error"}}, "unknown rule 'shouty'"),
        # Third review: the Python API took what the command line refuses.
        ({"max_words": 0}, "max_words: expected a whole number of at least 1"),
        ({"max_sentence_words": -5}, "max_sentence_words: expected a whole number"),
        ({"values": {"foo": "bar"}}, "values: unknown key 'foo'"),
    ],
)
def test_settings_refuse_what_the_command_line_refuses(arguments: dict, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        Settings(**arguments)


def test_fail_on_takes_the_command_line_words() -> None:
    assert Settings(fail_on="error").fail_on is Severity.ERROR
    assert Settings(fail_on="never").fail_on is None
    assert Settings(fail_on=Severity.INFO).fail_on is Severity.INFO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\x00\x01binary", id="review"),
        pytest.param(NO_REASON[:40] + "\x00" + NO_REASON[40:], id="one-nul"),
        pytest.param("%PDF-1.4\n" + "\x01\x02\x03\x04 stream" * 20, id="controls"),
    ],
)
def test_binary_text_is_refused_as_the_reader_refuses_a_binary_file(
    text: str, tmp_path: Path
) -> None:
    """Review item 8: lint_text scored "\\x00\\x01binary" 52 where check rejects the file."""
    with pytest.raises(withdraw_lint.LintInputError, match="looks like a binary file"):
        withdraw_lint.lint_text(text)
    path = tmp_path / "draft.txt"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(withdraw_lint.LintInputError, match="not a plain-text draft"):
        read_source(str(path))


def test_a_draft_in_japanese_is_not_checked_as_english() -> None:
    """Third review: Japanese and Chinese run without spaces, so a whole paragraph was one
    or two tokens and was linted as English."""
    from withdraw_lint import lint_text

    text = (
        "田中様\n\n先日は面接の機会をいただき、ありがとうございました。大変恐縮ですが、"
        "他社から内定をいただいたため、選考を辞退させていただきます。\n\n山田\n"
    )
    result = lint_text(text)
    assert result.notice is not None and not result.diagnostics
