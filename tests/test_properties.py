"""Property-based tests (hypothesis): any text gives a result or a clear input error."""

from __future__ import annotations

import pytest
from helpers import position_errors
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from withdraw_lint.engine import LintInputError, lint_text

# Words a withdrawal email is made of, so that generated drafts reach the rules.
WORDS = st.sampled_from(
    [
        "Dear", "Hi", "Ana,", "thank", "you", "for", "the", "interview.", "I", "am",
        "withdrawing", "my", "application", "because", "accepted", "another", "offer",
        "!!!", "[Company Name]", "sorry", "NEVER", "Best", "regards,", "\n", "\n\n", "\r\n",
        "😊", "Zoë", "\u200b", "\u00a0", "\t", "?", "Monday, March 4", "—", "شكرا",
    ]
)  # fmt: skip
DRAFTS = st.lists(WORDS, max_size=60).map(" ".join)
ANY_TEXT = st.text(max_size=400)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _lint_or_input_error(text: str) -> list[dict[str, object]] | None:
    try:
        return [d.to_dict() for d in lint_text(text).diagnostics]
    except LintInputError as exc:
        assert "\n" not in str(exc)
        return None


@pytest.mark.usefixtures("nlp")
@FAST
@given(st.one_of(ANY_TEXT, DRAFTS))
@example("\r0")  # a lone carriage return is a line break (found by hypothesis)
def test_any_text_gives_a_result_or_an_input_error(text: str) -> None:
    diagnostics = _lint_or_input_error(text)
    for d in diagnostics or []:
        assert 0 <= d["start"] <= d["end"] <= len(text)
        assert not position_errors(text, d)


@pytest.mark.usefixtures("nlp")
@FAST
@given(st.one_of(ANY_TEXT, DRAFTS))
def test_linting_is_deterministic(text: str) -> None:
    assert _lint_or_input_error(text) == _lint_or_input_error(text)
