"""Phrasings from the second user review, each in a model email: the rules that must fire
on the hostile, hedged or urgent ones, and stay silent on their civil near-misses."""

from __future__ import annotations

import pytest
import withdraw_lint
from helpers import email

THANKS = "Thank you for the interview last week."
WITHDRAW = "I have accepted another offer, so I am withdrawing my application."
CLOSE = "I wish you all the best."


def rules_on(*sentences: str) -> set[str]:
    result = withdraw_lint.lint_text(email(*sentences))
    return {d.rule for d in result.diagnostics}


@pytest.mark.parametrize(
    "sentence",
    [
        "Good riddance.",
        "Whatever, it's your loss.",
        "I hope your next candidate enjoys the chaos.",
        "It's a shame your team seemed so uninterested.",
        "Have a nice life.",
    ],
)
def test_dismissals_are_negative(sentence: str) -> None:
    assert "negative-tone" in rules_on(THANKS, f"{WITHDRAW} {sentence}", CLOSE)


@pytest.mark.parametrize(
    "sentence",
    [
        # Candour is not hostility: "Frankly" counts only where the classifier leans.
        "Frankly, the role turned out to be more sales-focused than I expected, so I have "
        "decided to withdraw my application.",
        "I have decided to withdraw. Frankly, the salary is below what I need.",
        "I have decided to withdraw. I was told the role was remote, but it turns out to be "
        "three days in the office, which doesn't work for me.",
        "I am withdrawing my application. I was so sorry to hear of your loss.",
    ],
)
def test_civil_candour_is_not_negative(sentence: str) -> None:
    assert "negative-tone" not in rules_on(THANKS, sentence, CLOSE)


@pytest.mark.parametrize(
    "sentence",
    [
        "I may have to pull out of the process depending on how things go with another company.",
        "I will have to withdraw if the other company confirms my offer this week.",
    ],
)
def test_conditional_withdrawals_are_hedged(sentence: str) -> None:
    found = rules_on(THANKS, sentence, CLOSE)
    assert "ambiguous-withdrawal" in found and "missing-withdrawal" not in found


def test_a_courtesy_if_is_no_hedge() -> None:
    found = rules_on(THANKS, "I will withdraw my application, if that's okay.", CLOSE)
    assert "ambiguous-withdrawal" not in found and "missing-withdrawal" not in found


def test_tmrw_is_short_notice() -> None:
    found = rules_on(THANKS, f"{WITHDRAW} My interview is scheduled for tmrw at 10.", CLOSE)
    assert "late-notice" in found


def test_dont_call_me_typed_without_apostrophe_closes_the_door() -> None:
    text = "hey not gonna do the interview, found something better. dont call me"
    assert "closes-door" in {d.rule for d in withdraw_lint.lint_text(text).diagnostics}


def test_dont_call_me_at_work_is_logistics() -> None:
    found = rules_on(THANKS, WITHDRAW, "Please don't call me at work, email is better.", CLOSE)
    assert "closes-door" not in found and "negative-tone" not in found
