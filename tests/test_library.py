"""The Python API: lint_text from threads, picklable settings, one documented error type."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pytest
import withdraw_lint
from helpers import example_paths, read_draft
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
