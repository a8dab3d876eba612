"""The guide's finer rules on drafts written for these tests: what must fire (with the exact
line and excerpt reported) and what must stay silent, in phrasings of our own rather than the
rules' own examples or cue patterns.

The tables reuse `fires`, `silent` and the case runner from test_rules.py. A case marked
xfail(strict=True) documents a detector that is wrong today; it turns into a failure as soon
as the detector is fixed, so the mark can be removed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import Lint, email
from test_rules import Case, apply_fix, fires, silent
from test_rules import test_rule_on_draft as check_case
from withdraw_lint.rules import ALL_RULES
from withdraw_lint.settings import Settings

THANKS = "Thank you for your time last week."
OFFER = "I have accepted another offer, so I am withdrawing my application."
WISH = "I wish you and the team every success."
TODAY = dt.date(2026, 11, 30)  # a Monday; March 4 is a Wednesday in 2026, a Thursday in 2027
ON_TODAY = Settings(today=TODAY)
EVERY_RULE = frozenset(rule.name for rule in ALL_RULES)


HEDGE_LEANING = "I'm leaning towards withdrawing from the process, but I haven't fully decided yet."


def _draft(sentence: str, *more: str, close: str = WISH) -> str:
    """A model email whose first paragraph (line 3) is THANKS followed by `sentence`."""
    return email(f"{THANKS} {sentence}", *more, close)


def _after_offer(sentence: str, close: str = WISH) -> str:
    """A model email whose first paragraph (line 3) ends with `sentence`."""
    return email(f"{THANKS} {OFFER} {sentence}", close)


# --- vague-reason -------------------------------------------------------------------------

R = "vague-reason"
VAGUE_CASES = [
    # Read part di.
    *(
        fires(R, case_id, _draft(sentence), 3, sentence)
        for case_id, sentence in [
            (
                "circumstances-that-have-arisen",
                "Owing to circumstances that have recently arisen, I regret that I must withdraw "
                "from the process.",
            ),
            # Read part et.
            (
                "for-a-few-reasons",
                "I'll pass on this one for a few reasons, but please keep me in mind for the "
                "future.",
            ),
        ]
    ),
    silent(
        R,
        "an-illness-that-has-arisen",
        _draft(
            "Owing to a family illness that has recently arisen, I regret that I must withdraw "
            "from the process."
        ),
    ),
    fires(
        R,
        "due-to-recent-developments",
        _draft("Due to recent developments, I am withdrawing my application."),
        3,
        "Due to recent developments, I am withdrawing my application.",
    ),
    fires(
        R,
        "not-the-right-fit-rn",
        _draft("gonna pass on the founding PM role, it's just not the right fit rn."),
        3,
        "gonna pass on the founding PM role, it's just not the right fit rn.",
    ),
    fires(
        R,
        "just-not-for-me",
        _draft("im gonna withdraw, it's just not for me."),
        3,
        "im gonna withdraw, it's just not for me.",
    ),
    fires(
        R,
        "change-of-plans",
        _draft("Change of plans at my end, so I am withdrawing."),
        3,
        "Change of plans at my end, so I am withdrawing.",
    ),
    fires(
        R,
        "things-at-home-have-changed",
        _draft("Things at home have changed a bit, so I am withdrawing."),
        3,
        "Things at home have changed a bit, so I am withdrawing.",
    ),
    fires(
        R,
        "personal-stuff",
        _draft("i gotta withdraw tho, personal stuff going on rn."),
        3,
        "i gotta withdraw tho, personal stuff going on rn.",
    ),
    fires(
        R,
        "a-number-of-reasons",
        _draft("For a number of reasons, I am withdrawing."),
        3,
        "For a number of reasons, I am withdrawing.",
    ),
    fires(
        R,
        "developments-in-my-life",
        _draft("Because of some developments in my life, I have to withdraw."),
        3,
        "Because of some developments in my life, I have to withdraw.",
    ),
    fires(
        R,
        "a-job-title-is-no-reason",
        _draft(
            "It's just not the right time for me, so I'm withdrawing from the nursery nurse role."
        ),
        3,
        "It's just not the right time for me, so I'm withdrawing from the nursery nurse role.",
    ),
    fires(
        R,
        "one-personal-reason",
        _draft("I would like to withdraw my application due to personal reason."),
        3,
        "I would like to withdraw my application due to personal reason.",
    ),
    fires(
        R,
        "some-unavoidable-circumstances",
        _draft("Due to some unavoidable circumstances, I will not be able to continue."),
        3,
        "Due to some unavoidable circumstances, I will not be able to continue.",
    ),
    fires(
        R,
        "personal-and-family-reasons",
        _draft("I am withdrawing from the process for personal and family reasons."),
        3,
        "I am withdrawing from the process for personal and family reasons.",
    ),
    fires(
        R,
        "no-longer-the-right-time",
        _draft("I'm writing to withdraw my application as it's no longer the right time for me."),
        3,
        "I'm writing to withdraw my application as it's no longer the right time for me.",
    ),
    fires(
        R,
        "a-fit-with-nothing-said",
        _draft("I don't feel the position is the right fit for me at this stage, so I withdraw."),
        3,
        "I don't feel the position is the right fit for me at this stage, so I withdraw.",
    ),
    silent(
        R,
        "a-fit-then-explained",
        _draft(
            "I withdraw, as it is not the right fit for me at the moment: it is mostly backend "
            "work and I want to focus on frontend."
        ),
    ),
    silent(
        R,
        "family-reasons-and-a-move",
        _draft("I am withdrawing, as I am relocating to Cardiff for family reasons."),
    ),
    fires(
        R,
        "some-personal-problem",
        _draft("I am very sorry but due to some personal problem I cannot continue the process."),
        3,
        "I am very sorry but due to some personal problem I cannot continue the process.",
    ),
    fires(
        R,
        "up-in-the-air",
        _draft("Things are up in the air for me right now, so I'm withdrawing from the process."),
        3,
        "Things are up in the air for me right now, so I'm withdrawing from the process.",
    ),
    silent(
        R,
        "a-change-in-childcare-is-a-reason",
        _draft(
            "Due to a sudden change in my childcare arrangements, I must withdraw from the "
            "interview process."
        ),
    ),
    fires(
        R,
        "things-came-up",
        _draft("Some things have come up, so I need to withdraw from the process."),
        3,
        "Some things have come up, so I need to withdraw from the process.",
    ),
    fires(
        R,
        "a-change-in-plans",
        _draft("Because of a change in my plans, I have decided to withdraw my application."),
        3,
        "Because of a change in my plans, I have decided to withdraw my application.",
    ),
    fires(
        R,
        "timing-not-right",
        _draft("The timing just isn't right for me, so I am withdrawing my application."),
        3,
        "The timing just isn't right for me, so I am withdrawing my application.",
    ),
    fires(
        R,
        "unforeseen-circumstances",
        _draft("Due to unforeseen circumstances, I must withdraw my application."),
        3,
        "Due to unforeseen circumstances, I must withdraw my application.",
    ),
    fires(
        R,
        "reasons-of-my-own",
        _draft("For reasons of my own, I am withdrawing my application."),
        3,
        "For reasons of my own, I am withdrawing my application.",
    ),
    silent(
        R,
        "partner-took-a-job-in-another-city",
        _draft("My partner has taken a job in Denver, so I am withdrawing my application."),
    ),
    silent(
        R,
        "promoted-where-i-am",
        _draft(
            "I have decided to stay with my current employer after they offered me a "
            "promotion, so I am withdrawing my application."
        ),
    ),
    silent(
        R,
        "vague-words-beside-a-real-reason",
        _draft(
            "Due to personal reasons and a new offer from another company, I am withdrawing "
            "my application."
        ),
    ),
]

# --- ambiguous-withdrawal -----------------------------------------------------------------

R = "ambiguous-withdrawal"
AMBIGUOUS_CASES = [
    # An application set aside with no end in sight (read parts cj, dm, dn; with an end date
    # it is a request that stays in), and a long condition, then the withdrawal it would
    # bring (read parts dh, di).
    silent(
        R,
        "on-hold-for-two-weeks",
        email(THANKS, "Could we put my application on hold for two weeks?", WISH),
    ),
    *(
        fires(R, case_id, email(THANKS, sentence, WISH), 5, sentence)
        for case_id, sentence in [
            # Read parts eh, ej: no point unless the pay moves; "probs" leaving it.
            (
                "no-point-unless",
                "Unless there's movement on the base salary, I don't see much point in doing "
                "the onsite.",
            ),
            # Read part ep: the other branch of a condition.
            (
                "otherwise-i-will-step-back",
                "If there is some flexibility I am open to talk, otherwise I will step back.",
            ),
            (
                "probs-gonna-leave-it",
                "might not make the interview tmrw, got a job at the docks, probs gonna leave it.",
            ),
            (
                "on-hold-for-now",
                "Our childminder has just retired, so I'd like to put my application on hold "
                "for now if that's possible.",
            ),
            (
                "in-stand-by",
                "For the moment I prefer to put my application in stand-by, because another "
                "process is in its final stage.",
            ),
            (
                "pause-for-the-time-being",
                "I'd like to pause my candidacy for the time being, as my mother is ill.",
            ),
            (
                "if-it-cant-be-based-in",
                "If the role can't be based in Manchester for at least three days a week, I'll "
                "have to withdraw.",
            ),
            (
                "unless-cant-see-me-taking-it",
                "£11 an hour is less than the supermarkets pay, so unless that changes I can't "
                "see me taking it.",
            ),
            (
                "if-not-on-the-table-rather-not",
                "If the title and pay we first discussed aren't on the table, I'd rather not keep "
                "spending time on this.",
            ),
            # Read part et, and the corpus: a condition that denies nothing is a condition.
            (
                "if-fully-on-site-step-back",
                "If the role has to be fully on-site, I'll have to step back from the process.",
            ),
            (
                "if-fixed-rather-not-continue",
                "If the role has to be fully on-site, I'd rather not continue.",
            ),
            # Read part es: the start date "can't move" is the condition, not a withdrawal.
            (
                "if-it-cant-move-probably-pull-out",
                "If the start date can't move I'll probably have to pull out.",
            ),
            (
                "might-be-best-to-leave-me-out",
                "Work has been flat out, so it might be best to leave me out of this round.",
            ),
        ]
    ),
    # A hedge stays a hedge beside these (each once read as a clear withdrawal).
    *(
        fires(R, f"hedge-beside-{i}", email(THANKS, HEDGE_LEANING, line, WISH), 5, HEDGE_LEANING)
        for i, line in enumerate(
            [
                "The commute is the main worry, but I'll leave it at that for now.",
                "My manager is great, but the night shifts are hard and I can't do it anymore.",
                "The relocation package won't be coming through until March.",
            ]
        )
    ),
    fires(
        R,
        "not-rejecting-outright",
        _draft("I'm not rejecting the offer outright, but I might have to withdraw."),
        3,
        "I'm not rejecting the offer outright, but I might have to withdraw.",
    ),
    fires(
        R,
        "wont-sign-until",
        _draft(
            "I may need to withdraw, and I won't sign the contract until I've spoken to my family."
        ),
        3,
        "I may need to withdraw, and I won't sign the contract until I've spoken to my family.",
    ),
    silent(
        R,
        "in-which-case-i-am-withdrawing",
        _draft(
            "I have been offered the job at Acme, in which case I am withdrawing my application."
        ),
    ),
    fires(
        R,
        "if-not-heard-you-can-close",
        _draft(
            "If I haven't heard from the other firm by Friday, you can close off my application."
        ),
        3,
        "If I haven't heard from the other firm by Friday, you can close off my application.",
    ),
    fires(
        R,
        "in-which-case",
        _draft("I'm leaning towards accepting it, in which case I would withdraw."),
        3,
        "I'm leaning towards accepting it, in which case I would withdraw.",
    ),
    fires(
        R,
        "minded-to-withdraw",
        _draft("I am minded to withdraw, but I will wait for the scan results before confirming."),
        3,
        "I am minded to withdraw, but I will wait for the scan results before confirming.",
    ),
    fires(
        R,
        "reasons-id-rather-not-go-into",
        _draft("For reasons I'd rather not go into, I may need to step back for now."),
        3,
        "For reasons I'd rather not go into, I may need to step back for now.",
    ),
    fires(
        R,
        "cannot-move-to-a-city-then-a-condition",
        _draft(
            "I can not move to Lviv now, as my parents live with me.",
            "If the company cannot accept full remote work, I will probably stop my application.",
        ),
        5,
        "If the company cannot accept full remote work, I will probably stop my application.",
    ),
    fires(
        R,
        "decide-whether-worth-continuing",
        _draft("Once I know the real start date, I can decide whether it is worth continuing."),
        3,
        "Once I know the real start date, I can decide whether it is worth continuing.",
    ),
    fires(
        R,
        "may-be-sensible-to-prioritise-others",
        _draft("I'm leaning towards another offer, so it may be sensible to prioritise others."),
        3,
        "I'm leaning towards another offer, so it may be sensible to prioritise others.",
    ),
    fires(
        R,
        "the-reader-may-move-on",
        _draft(
            "I may need to withdraw once the move is confirmed.",
            "If you need to move forward with other candidates meanwhile, please do.",
        ),
        3,
        "I may need to withdraw once the move is confirmed.",
    ),
    silent(
        R,
        "if-not-too-much-trouble",
        _draft("If it's not too much trouble, please withdraw my application."),
    ),
    fires(
        R,
        "if-it-cannot-be-shifted",
        _draft("If the interview cannot be shifted, I am afraid I will have to withdraw."),
        3,
        "If the interview cannot be shifted, I am afraid I will have to withdraw.",
    ),
    silent(R, "if-possible-withdraw", _draft("If possible, please withdraw my application.")),
    fires(
        R,
        "leaning-towards-saying-no",
        _draft("Honestly I'm leaning towards saying no, the other place is offering more."),
        3,
        "Honestly I'm leaning towards saying no, the other place is offering more.",
    ),
    fires(
        R,
        "dont-think-ill-be-continuing",
        _draft("I don't think I'll be continuing, as the role now includes managing sales."),
        3,
        "I don't think I'll be continuing, as the role now includes managing sales.",
    ),
    silent(
        R,
        "not-moving-after-all",
        _draft(
            "My partner's transfer fell through and I don't think I'll be moving to Leeds, so I "
            "am withdrawing my application."
        ),
    ),
    fires(
        R,
        "formal-withdrawal-on-a-condition",
        _draft("If that is right, please consider this my formal withdrawal."),
        3,
        "If that is right, please consider this my formal withdrawal.",
    ),
    fires(
        R,
        "withdrawal-on-a-condition",
        _draft(
            "The salary is £15k below the range we discussed.",
            "If that is right, then please consider this my withdrawal.",
        ),
        5,
        "If that is right, then please consider this my withdrawal.",
    ),
    fires(
        R,
        "leaning-while-the-package-falls-short",
        _draft(
            "I'm leaning towards withdrawing, as the relocation package wouldn't cover moving "
            "my family."
        ),
        3,
        "I'm leaning towards withdrawing, as the relocation package wouldn't cover moving my "
        "family.",
    ),
    silent(
        R,
        "grateful-if-you-could-withdraw",
        _draft("I would be grateful if you could withdraw my application, as I accepted a post."),
    ),
    silent(
        R,
        "weighing-done",
        _draft("Weighing up my options, I have decided to withdraw, as I accepted another offer."),
    ),
    silent(
        R,
        "moving-in-may",
        _draft("My husband got a transfer, we will move in May and so I must withdraw, sadly."),
    ),
    fires(
        R,
        "weighing-it-up",
        _draft("I've been weighing it up against staying where I am, and I'm honestly torn."),
        3,
        "I've been weighing it up against staying where I am, and I'm honestly torn.",
    ),
    fires(
        R,
        "would-have-to-withdraw-if",
        _draft(
            "My reserve unit has put me on notice for a posting. If that goes ahead, I would "
            "have to withdraw."
        ),
        3,
        "If that goes ahead, I would have to withdraw.",
    ),
    fires(
        R,
        "would-mean-pulling-out",
        _draft("I have another offer. Accepting it would mean pulling out of your process."),
        3,
        "Accepting it would mean pulling out of your process.",
    ),
    fires(
        R,
        "i-think-i-will-not-continue",
        _draft("I received a proposal from another company. So I think I will not continue."),
        3,
        "So I think I will not continue.",
    ),
    silent(
        R,
        "after-thinking-it-over-is-decided",
        _draft("I have another offer, so after thinking it over I'm going to pass on the onsite."),
    ),
    fires(
        R,
        "leaning-towards-pulling-out",
        _draft(
            "I have received another offer, and I am leaning towards pulling out of the process."
        ),
        3,
        "I have received another offer, and I am leaning towards pulling out of the process.",
    ),
    fires(
        R,
        "may-withdraw",
        _draft("I have another offer on the table, so I may withdraw my application."),
        3,
        "I have another offer on the table, so I may withdraw my application.",
    ),
    fires(
        R,
        "not-sure-about-continuing",
        _draft("I'm not sure I want to continue with the process, since I have another offer."),
        3,
        "I'm not sure I want to continue with the process, since I have another offer.",
    ),
    fires(
        R,
        "probably-stepping-back",
        _draft("I'm probably going to step back from the process, because I have another offer."),
        3,
        "I'm probably going to step back from the process, because I have another offer.",
    ),
    fires(
        R,
        "unless-the-salary-moves",
        _draft(
            "Unless the salary can move, I will withdraw my application, as I have another offer."
        ),
        3,
        "Unless the salary can move, I will withdraw my application, as I have another offer.",
    ),
    silent(
        R,
        "afraid-is-not-a-hedge",
        _draft(
            "I have accepted another offer, so I'm afraid I will be withdrawing my application."
        ),
    ),
    silent(
        R,
        "hedge-word-in-another-clause",
        _draft(
            "I may be slow to reply this week, but I wanted to say that I have accepted another "
            "offer and am withdrawing my application."
        ),
    ),
    silent(
        R,
        "question-after-a-clear-withdrawal",
        _draft(
            "I have accepted another offer and have withdrawn my application on your portal. "
            "Could you please confirm you received it?"
        ),
    ),
]

# --- late-gratitude (opt-in) --------------------------------------------------------------

R = "late-gratitude"
THANKS_AT_THE_END = email(
    "I am writing to withdraw my application for the Data Analyst position. My family is "
    "relocating to Lisbon next month. I will not be able to work from your Boston office.",
    "I'm grateful for the time you and the panel gave me.",
)
LATE_GRATITUDE_CASES = [
    fires(
        R,
        "grateful-only-in-the-last-line",
        THANKS_AT_THE_END,
        3,
        "I am writing to withdraw my application for the Data Analyst position.",
    ),
    fires(
        R,
        "many-thanks-in-the-closing-line",
        email(
            "Please take me out of the running for the Data Analyst position. I have accepted "
            "an offer closer to home. It starts in January.",
            "Many thanks for your time, and best of luck with the search.",
        ),
        3,
        "Please take me out of the running for the Data Analyst position.",
    ),
    fires(
        R,
        "appreciation-in-the-last-paragraph",
        email(
            "I am writing to withdraw my application. I have accepted another offer. It starts "
            "next month.",
            "I really appreciated the time you gave me. Best of luck with the search.",
        ),
        3,
        "I am writing to withdraw my application.",
    ),
    fires(
        R,
        "with-extend-select",
        THANKS_AT_THE_END,
        3,
        "I am writing to withdraw my application for the Data Analyst position.",
        settings=Settings(extend_select=frozenset({R})),
    ),
    silent(R, "off-by-default", THANKS_AT_THE_END, settings=Settings()),
    silent(
        R,
        "thanks-first-and-last",
        email(
            "Thank you for meeting me on Tuesday. I am withdrawing my application. I have "
            "accepted another offer. It starts next month. Thanks again, and best of luck with "
            "the search."
        ),
    ),
    silent(
        R,
        "too-short-to-be-late",
        email("I have accepted another offer, so I am withdrawing. Thank you for your time."),
    ),
    # The README's condition, "thanks only in the last two sentences", once two sentences
    # come before them: a three-sentence body thanking only in its last one is late.
    fires(
        R,
        "three-sentences-thanks-last",
        email(
            "I am withdrawing my application. I have accepted another offer. Thank you for "
            "your time."
        ),
        3,
        "I am withdrawing my application.",
    ),
    silent(
        R,
        "three-sentences-thanks-second",
        email(
            "I am withdrawing my application. Thank you for your time. I have accepted "
            "another offer."
        ),
    ),
    silent(
        R,
        "thanks-in-the-middle",
        email(
            "I have accepted another offer. I am withdrawing my application. Thank you for "
            "interviewing me on Tuesday. The conversation with your team was a real pleasure. "
            "It starts in January. I wish you all the best."
        ),
    ),
]

# --- offer-assistance ---------------------------------------------------------------------

R = "offer-assistance"
ASSISTANCE_CASES = [
    fires(
        R,
        "four-interview-rounds",
        email(f"Thank you for your time across the four interview rounds. {OFFER}", WISH),
        3,
        "four interview rounds",
    ),
    fires(
        R,
        "four-interviews",
        email(f"Thank you for the four interviews over the past month. {OFFER}", WISH),
        3,
        "four interviews",
    ),
    fires(
        R,
        "months-of-conversations",
        email(f"Thank you for several months of conversations about the platform team. {OFFER}"),
        3,
        "months of conversations",
    ),
    fires(
        R,
        "multiple-rounds-mentioned-first",
        email(
            "After multiple rounds with your team, I have decided to withdraw, as I have "
            "accepted another offer. Thank you for all your time.",
            WISH,
        ),
        3,
        "multiple rounds",
    ),
    silent(
        R,
        "offers-to-help-with-the-search",
        email(
            f"Thank you for the four interviews over the past month. {OFFER} Let me know if I "
            "can help in any way with the search.",
            WISH,
        ),
    ),
    silent(
        R,
        "will-recommend-people",
        email(
            "Thank you for the time you and your colleagues spent with me across five stages. "
            f"{OFFER} I would be glad to recommend a couple of people from my network for the "
            "role.",
            WISH,
        ),
    ),
    silent(R, "one-phone-screen", email(f"Thank you for the phone screen on Tuesday. {OFFER}")),
    silent(
        R,
        "knows-a-candidate",
        email(
            f"Thank you for the four interviews over the past month. {OFFER} If it helps, I "
            "know a former colleague who would be a strong candidate and could put you in touch.",
            WISH,
        ),
    ),
    silent(
        R,
        "months-of-a-family-matter",
        email(
            "Thank you for the interview on Tuesday. I must withdraw my candidacy, as a family "
            "health matter needs my full attention for the next several months.",
            WISH,
        ),
    ),
]

# --- late-notice --------------------------------------------------------------------------

R = "late-notice"


def _notice(sentence: str) -> str:
    return email(f"Thank you for the invitation. {sentence}", WISH)


LATE_NOTICE_CASES = [
    fires(
        R,
        "panel-this-afternoon",
        _notice(
            "I have accepted another offer, so I am withdrawing and will not attend the panel "
            "this afternoon."
        ),
        3,
        "panel this afternoon",
    ),
    fires(
        R,
        "tomorrows-call",
        _notice(
            "I am sorry to say that I have accepted another offer, so I am withdrawing and will "
            "not join tomorrow's call."
        ),
        3,
        "tomorrow's call",
    ),
    fires(
        R,
        "in-a-few-hours",
        _notice(
            "I have accepted another offer, so I am withdrawing and won't be at the interview "
            "in a few hours."
        ),
        3,
        "interview in a few hours",
    ),
    fires(
        R,
        "first-thing-tomorrow",
        _notice(
            "I have accepted another offer, so I am withdrawing and won't come in for my "
            "interview first thing tomorrow."
        ),
        3,
        "interview first thing tomorrow",
    ),
    silent(
        R,
        "short-notice-apology-only",
        _notice(
            "Apologies for the short notice: I have accepted another offer, so I am "
            "withdrawing my application."
        ),
    ),
    silent(
        R,
        "interview-on-a-date",
        _notice(
            "I have accepted another offer, so I am withdrawing and will not attend the "
            "interview on the 14th."
        ),
    ),
    fires(
        R,
        "called-but-no-apology",
        _notice(
            "I called your office this morning as well, since our interview is today. I have "
            "accepted another offer, so I am withdrawing."
        ),
        3,
        "interview is today",
    ),
    silent(
        R,
        "called-and-apologised",
        _notice(
            "I'm sorry for the short notice: I left you a voicemail too, as the interview is "
            "this afternoon. I have accepted another offer, so I am withdrawing."
        ),
    ),
    silent(
        R,
        "interview-already-held-today",
        email(f"Thank you for meeting me today. {OFFER}", WISH),
    ),
]

# --- closes-door --------------------------------------------------------------------------

R = "closes-door"
CLOSES_DOOR_CASES = [
    silent(
        R,
        "not-for-other-roles-in-leeds",
        _after_offer(
            "Please don't consider me for other roles in the Leeds office, though I'd love to "
            "hear about Manchester."
        ),
    ),
    # Read part es, eu: reapplying ruled out, "this or any other" vacancy.
    *(
        fires(R, case_id, _after_offer(sentence), 3, sentence)
        for case_id, sentence in [
            ("wont-be-reapplying", "I won't be reapplying."),
            (
                "not-contacted-about-any-other-vacancy",
                "I don't want to be contacted about this or any other vacancy.",
            ),
        ]
    ),
    *(
        silent(R, case_id, _after_offer(sentence))
        for case_id, sentence in [
            ("wont-hesitate-to-reapply", "I won't hesitate to reapply when the timing is right."),
            (
                "glad-to-hear-of-any-other-role",
                "I'd be glad to hear about this or any other role in the future.",
            ),
        ]
    ),
    # Read part ej: an agency not to be used again.
    fires(
        R,
        "wont-be-using-the-agency-again",
        _after_offer("I won't be using the agency again."),
        3,
        "I won't be using the agency again.",
    ),
    fires(
        R,
        "wont-be-registering-again",
        _after_offer("I won't be registering with your agency again."),
        3,
        "I won't be registering with your agency again.",
    ),
    fires(
        R,
        "dont-consider-me-for-other-roles",
        _after_offer("Please don't consider me for other roles in future."),
        3,
        "Please don't consider me for other roles in future.",
    ),
    silent(R, "no-company-id-rather", _after_offer("There isn't a company I'd rather work for.")),
    # Read part db.
    fires(
        R,
        "dont-want-to-be-contacted-going-forward",
        _after_offer(
            "I don't want to be contacted about any roles with your agency going forward."
        ),
        3,
        "I don't want to be contacted about any roles with your agency going forward.",
    ),
    silent(
        R, "not-about-this-process", _after_offer("Please don't contact me about this process.")
    ),
    # Read parts dg, dh, di: the door shut going forward, for this and any future role, by
    # not being put forward, not signing up again, not for other positions.
    *(
        fires(R, case_id, _after_offer(sentence), 3, sentence)
        for case_id, sentence in [
            (
                "not-looking-going-forward",
                "I won't be looking at any roles with your agency going forward.",
            ),
            (
                "this-and-any-future-roles",
                "Please remove me from consideration for this and any future roles.",
            ),
            ("not-for-other-positions", "I don't want to be considered for other positions."),
            ("dont-put-me-forward", "Please don't put me forward for any roles with that client."),
            ("not-signing-up-again", "I won't be signing up with you again."),
            ("remove-from-future-outreach", "Please remove me from any future outreach."),
            # Read parts: the door shut in other words.
            (
                "remove-details-from-database",
                "Could you also remove my details from your database?",
            ),
            (
                "not-put-forward-for-anything-else",
                "I don't want to be put forward for anything else by your agency, ever.",
            ),
            ("no-interest-in-ever-working", "I have no interest in ever working with Fenix."),
            ("dont-bother-keeping-details", "Don't bother keeping my details on file."),
            (
                "not-a-place-ill-look-at-again",
                "Honestly, I don't think the Tribune is a place I'll look at again.",
            ),
            (
                "not-present-candidature-again",
                "I will not present my candidature to your company again.",
            ),
            (
                "no-future-for-myself",
                "I don't see a future for myself at Calder Group in any capacity.",
            ),
            # Read part dp: "not to put me forward", "rather not be contacted".
            (
                "ask-not-to-put-me-forward",
                "I'd ask you not to put me forward for future roles at Spinwell either.",
            ),
            (
                "rather-not-be-contacted",
                "I'd also rather not be contacted about other roles at Brightwell going forward.",
            ),
            # From a review: a shut door after "but" is still shut.
            (
                "wish-well-but-not-considering",
                "I wish you well, but I won't be considering future opportunities with you.",
            ),
            # Read part dt: no other role with the company, no agencies, one's own search.
            (
                "not-considering-any-other-role-with-the-company",
                "Please note that I will not be considering any other position with the firm.",
            ),
            (
                "not-working-with-agencies",
                "I've decided to stop working with recruiters for my next move.",
            ),
            (
                "now-or-in-the-future",
                "I don't think the firm is somewhere I'd want to work, now or in the future.",
            ),
        ]
    ),
    *(
        silent(R, case_id, _after_offer(sentence))
        for case_id, sentence in [
            (
                "looking-at-roles-going-forward",
                "I will be looking at other roles going forward, so please keep me in mind.",
            ),
            # From a review: leaving the job market; a pause for a while.
            (
                "no-other-roles-going-forward",
                "I've signed a permanent contract, so I won't be looking at any other roles "
                "going forward.",
            ),
            (
                "not-for-the-next-few-weeks",
                "Please don't put me forward for any roles for the next few weeks.",
            ),
            ("remove-details-from-system", "Please remove my details from your system."),
            # From a review: data, one vacancy, other agencies, the current employer.
            (
                "delete-data-gdpr",
                "Could you please delete my data from your database in line with GDPR?",
            ),
            (
                "off-correspondence-about-this-vacancy",
                "Could you take me off all correspondence about the Leeds vacancy?",
            ),
            (
                "no-interest-in-other-agencies",
                "I have no interest in any other agency, as you've been brilliant.",
            ),
            (
                "no-future-with-current-employer",
                "I applied because I didn't see a future with my current employer.",
            ),
            (
                "not-consider-my-profile-further",
                "So kindly cancel my interview and do not consider my profile further.",
            ),
            (
                "rather-not-be-contacted-for-now",
                "I'd rather not be contacted about other roles for the next few months.",
            ),
            (
                "now-or-later-a-time",
                "I can do Thursday now or later in the week, but I have withdrawn anyway.",
            ),
            # A review: an agency left for a process that goes on directly; not for now.
            (
                "own-job-search-from-here-directly",
                "I'll manage my own job search from here, so please contact me directly about "
                "the final interview.",
            ),
            (
                "no-other-role-at-the-moment",
                "I'm not considering any other role with the company at the moment.",
            ),
            (
                "own-applications-for-now",
                "I'd prefer to handle my own applications for now, but thank you.",
            ),
            (
                "no-other-roles-at-this-time",
                "I won't be considering any other roles at this time, as I've accepted an offer.",
            ),
            (
                "this-and-any-future-searches",
                "For this and any future searches, my mobile number is the best way to reach me.",
            ),
        ]
    ),
    silent(R, "managed-in-any-capacity", _after_offer("I haven't led a team in any capacity yet.")),
    fires(
        R,
        "not-in-any-capacity",
        _after_offer("I don't see myself returning to Harrowgate in any capacity."),
        3,
        "I don't see myself returning to Harrowgate in any capacity.",
    ),
    fires(
        R,
        "not-take-up-any-opportunity-in-future",
        _after_offer("I will not take up any opportunity with your firm in future."),
        3,
        "I will not take up any opportunity with your firm in future.",
    ),
    fires(
        R,
        "no-fit-for-any-role-there",
        _after_offer("I don't think I'd suit any role there in future either, but good luck."),
        3,
        "I don't think I'd suit any role there in future either, but good luck.",
    ),
    fires(
        R,
        "wont-be-applying-in-the-future",
        _after_offer("I therefore won't be applying for posts at St Anne's in the future."),
        3,
        "I therefore won't be applying for posts at St Anne's in the future.",
    ),
    silent(
        R,
        "not-these-shifts-but-again-later",
        _after_offer("I won't be applying for the shifts, but I'd love to apply again."),
    ),
    silent(R, "maybe-in-future", _after_offer("I won't pursue it now, maybe in future.")),
    # User review: a door shut and opened again later in the sentence.
    silent(
        R,
        "not-this-role-but-future-openings",
        _after_offer(
            "Please do not contact me about this role again, but I would welcome hearing about "
            "future openings."
        ),
    ),
    fires(
        R,
        "never-again-but-good-luck",
        _after_offer("I will never apply here again, but good luck."),
        3,
        "I will never apply here again, but good luck.",
    ),
    silent(
        R,
        "no-further-interviews",
        _after_offer("I don't wish to be considered for any further interviews."),
    ),
    fires(
        R,
        "until-hell-freezes-over",
        _after_offer("I will never apply to your company again until hell freezes over."),
        3,
        "I will never apply to your company again until hell freezes over.",
    ),
    fires(
        R,
        "off-the-mailing-list",
        _after_offer("Please take me off your mailing list for future openings."),
        3,
        "Please take me off your mailing list for future openings.",
    ),
    silent(
        R,
        "a-condition-not-a-vow",
        _after_offer("I won't be applying to future rounds while the sponsorship continues."),
    ),
    silent(
        R, "a-fear-not-a-vow", _after_offer("I hope this doesn't mean I can't ever apply again.")
    ),
    fires(
        R,
        "not-wanting-to-be-considered",
        _after_offer("I wouldn't want to be considered for future roles either."),
        3,
        "I wouldn't want to be considered for future roles either.",
    ),
    fires(
        R,
        "dont-see-them-as-somewhere",
        _after_offer("I don't see Crestmark as somewhere I'd want to work in the future."),
        3,
        "I don't see Crestmark as somewhere I'd want to work in the future.",
    ),
    fires(
        R,
        "dont-expect-to-pursue",
        _after_offer("I don't expect to pursue roles at Kestrel again."),
        3,
        "I don't expect to pursue roles at Kestrel again.",
    ),
    silent(
        R,
        "would-not-hesitate",
        _after_offer("I would not hesitate to consider your company as an employer in future."),
    ),
    fires(
        R,
        "do-not-keep-my-details",
        _after_offer("Please do not keep my details for future positions."),
        3,
        "Please do not keep my details for future positions.",
    ),
    fires(
        R,
        "not-a-possible-employer",
        _after_offer("I do not consider your company as a possible employer in the future."),
        3,
        "I do not consider your company as a possible employer in the future.",
    ),
    fires(
        R,
        "do-not-reach-out-again",
        _after_offer("Please do not reach out to me about future openings.", close=WISH),
        3,
        "Please do not reach out to me about future openings.",
    ),
    fires(
        R,
        "cannot-see-myself-there",
        _after_offer("I can't see myself working with your company again."),
        3,
        "I can't see myself working with your company again.",
    ),
    fires(
        R,
        "no-interest-in-the-future",
        _after_offer("I have no interest in your company now or in the future."),
        3,
        "I have no interest in your company now or in the future.",
    ),
    fires(
        R,
        "last-you-will-hear",
        _after_offer("This is the last you will hear from me."),
        3,
        "This is the last you will hear from me.",
        xfail="'This is the last you will hear from me' has no cue word for a closed door",
    ),
    fires(
        R,
        "not-a-place-id-consider-again",
        _after_offer("I don't think Halvorsen is a place I'd consider again in the future."),
        3,
        "I don't think Halvorsen is a place I'd consider again in the future.",
    ),
    silent(
        R,
        "would-apply-again",
        _after_offer("I would welcome the chance to apply again in the future."),
    ),
    silent(
        R,
        "contact-me-if-a-role-opens",
        _after_offer("Please don't hesitate to contact me if another role opens up."),
    ),
    silent(
        R,
        "never-expected",
        _after_offer(
            "I never expected to enjoy the interviews this much, and I hope our paths cross again."
        ),
    ),
    silent(
        R,
        "not-moving-again-for-a-while",
        _after_offer("I'm not looking to move again for a while, but I hope we stay in touch."),
    ),
]

# --- shouting -----------------------------------------------------------------------------

R = "shouting"
SHOUTING_CASES = [
    fires(
        R,
        "three-exclamation-marks",
        email(THANKS, f"I have been waiting three weeks for an answer!!! {OFFER}", WISH),
        5,
        "!!!",
    ),
    # In thanks and good wishes, capitals and "!!!" are warmth: the corpus's writers
    # never count them against a draft ("THANK YOU for the great conversations").
    fires(
        R,
        "capitals-after-thanks",
        _draft(f"Thank you for your time, but I am DONE WAITING for you people!!! {OFFER}"),
        3,
        "DONE WAITING",
        count=2,
    ),
    silent(
        R, "exclamations-in-thanks", email(f"Thank you so much for everything!!! {OFFER}", WISH)
    ),
    silent(R, "exclamations-in-good-wishes", _draft(OFFER, "Good luck with the new hires!!!")),
    fires(
        R,
        "question-and-exclamation",
        _draft(f"Who knew a decision could be this hard?! {OFFER}"),
        3,
        "?!",
    ),
    fires(
        R,
        "a-word-in-capitals",
        _draft(f"I waited WEEKS for a reply. {OFFER}"),
        3,
        "WEEKS",
    ),
    silent(
        R,
        "one-warm-word-in-capitals",
        _draft(f"I am REALLY grateful for the chance to meet the team. {OFFER}"),
    ),
    silent(
        R,
        "acronyms-that-are-also-words",
        _draft(f"I have spent six years in IT, mostly with US clients and a VP OF HR. {OFFER}"),
    ),
    silent(
        R,
        "an-acronym-and-a-numeral",
        email(THANKS, f"I'm going to step back from the CRA II process. {OFFER}", WISH),
    ),
    silent(
        R,
        "capitals-in-thanks",
        _draft(f"THANK YOU for the chance to meet the team. {OFFER}"),
    ),
    silent(R, "two-exclamation-marks", email(f"Thank you so much for everything!! {OFFER}", WISH)),
    silent(
        R,
        "short-acronyms",
        email(f"Thank you for the chat with HR and the NYC team. {OFFER}", WISH),
    ),
    silent(
        R,
        "capitals-in-the-sign-off",
        email(THANKS, OFFER, WISH, sign_off="Best regards,\nTOMÁS ORTEGA"),
    ),
    # The README's threshold: a word in capitals shouts from four letters on.
    silent(R, "short-word-not", _after_offer("Please do NOT schedule the final round.")),
    silent(R, "short-word-so", _after_offer("The process was SO slow.")),
    fires(R, "awful", _after_offer("The process was AWFUL and slow."), 3, "AWFUL"),
    fires(R, "joke", _after_offer("Your hiring process is a JOKE."), 3, "JOKE"),
    fires(R, "an-inflected-word", _after_offer("I kept WAITING for a reply."), 3, "WAITING"),
    fires(
        R,
        "acronym-kept-in-a-shouted-phrase",
        _after_offer("I am DONE WITH HR."),
        3,
        "DONE WITH HR",
    ),
    silent(R, "a-term-with-an-acronym", _after_offer("I use a REST API at work.")),
    silent(
        R,
        "company-in-capitals",
        email(
            "Thank you for interviewing me for the Data Analyst role at APPLE. I have "
            "accepted another offer, so I am withdrawing my application.",
            WISH,
        ),
    ),
    silent(
        R,
        "greeting-name-in-capitals",
        email(f"{THANKS} I told MARK on the phone. {OFFER}", WISH, greeting="Dear Mark,"),
    ),
    silent(
        R,
        "four-letter-acronym",
        email(f"Thank you for the chat with the AI team at NASA. {OFFER}", WISH),
    ),
    silent(
        R,
        "acronyms-of-regions-and-laws",
        email(f"Thank you for the chat about the EMEA and APAC teams and GDPR. {OFFER}", WISH),
    ),
    fires(
        R,
        "a-capitalised-phrase",
        _after_offer("I WILL NOT be rescheduling again."),
        3,
        "WILL NOT",
    ),
]

# --- excessive-apology --------------------------------------------------------------------

R = "excessive-apology"
APOLOGY_CASES = [
    silent(
        R,
        "two-apologies",
        _draft(
            "I'm sorry to bring this news: I have accepted another offer, so I am withdrawing "
            "my application. My apologies for any disruption to your schedule."
        ),
    ),
    silent(
        R,
        "one-apology",
        _draft(
            "I have accepted another offer, so I am withdrawing my application, and I'm sorry "
            "for any inconvenience."
        ),
    ),
    fires(
        R,
        "three-apologies",
        email(
            "Thank you for your time, and I'm sorry to bring this news. I have accepted another "
            "offer, so I am withdrawing my application. My apologies for any disruption to "
            "your schedule. Please forgive the short notice.",
            WISH,
        ),
        3,
        "Please forgive the short notice.",
    ),
    fires(
        R,
        "apologies-around-the-thanks",
        email(
            "Sorry for the slow reply. Thank you for your time. I have accepted another offer, "
            "so I am withdrawing my application, and I apologise for the trouble. My apologies "
            "once again.",
            WISH,
        ),
        3,
        "My apologies once again.",
    ),
    fires(
        R,
        "four-apologies",
        _after_offer(
            "I'm sorry. I'm so sorry. Please accept my apologies for the inconvenience. Sorry "
            "again."
        ),
        3,
        "Please accept my apologies for the inconvenience.",
    ),
    fires(
        R,
        "three-in-one-sentence",
        _draft(
            "I am sorry, so sorry, truly sorry: I have accepted another offer and am "
            "withdrawing my application."
        ),
        3,
    ),
]

# --- oversharing --------------------------------------------------------------------------

R = "oversharing"
OVERSHARING_CASES = [
    fires(
        R,
        "diagnosed-with-cancer",
        _draft("My mother was diagnosed with cancer, so I am withdrawing my application."),
        3,
        "diagnosed with cancer",
    ),
    fires(
        R,
        "husband-lost-his-job",
        _draft("My husband has just lost his job, so I am withdrawing my application."),
        3,
        "husband has just lost his job",
    ),
    silent(R, "a-health-matter", _draft("Due to a health matter, I am withdrawing.")),
    fires(
        R,
        "salary-in-dollars",
        _draft("I have accepted another offer at $140,000, so I am withdrawing my application."),
        3,
        "$140,000",
    ),
    fires(
        R,
        "salary-in-k",
        _draft("Another company offered me 120k, so I am withdrawing my application."),
        3,
        "120k",
    ),
    fires(
        R,
        "salary-in-words",
        _draft(
            "I have accepted an offer with a salary of 150,000 dollars, so I am withdrawing my "
            "application."
        ),
        3,
        "150,000 dollars",
    ),
    fires(
        R,
        "medical-treatment",
        _draft("My father starts chemotherapy next week, so I am withdrawing my application."),
        3,
        "chemotherapy",
    ),
    fires(
        R,
        "divorce",
        _draft(
            "I am going through a divorce and need to stay near my kids, so I am withdrawing my "
            "application."
        ),
        3,
        "divorce",
    ),
    silent(
        R,
        "a-family-health-matter",
        _draft("I need to focus on a family health matter, so I am withdrawing my application."),
    ),
    silent(
        R,
        "numbers-that-are-not-pay",
        email(
            "Thank you for the 3 interviews in 2025. I have accepted another offer, so I am "
            "withdrawing my application for job 4471. I'm happy to share the names of 2 or 3 "
            "people who might suit the role.",
            WISH,
        ),
    ),
    fires(
        R,
        "diagnosis",
        _draft(
            "My wife was just diagnosed with cancer and I will be her full-time carer, so I am "
            "withdrawing my application."
        ),
        3,
        "cancer",
        xfail="a diagnosis ('diagnosed with cancer') is not among the oversharing cues",
    ),
]

# --- company-mismatch ---------------------------------------------------------------------

R = "company-mismatch"
INITECH = "Thank you for interviewing me for the Product Manager role at Initech."
COMPANY_CASES = [
    fires(
        R,
        "another-employer-in-the-close",
        email(f"{INITECH} {OFFER}", "I wish everyone at Hooli the very best."),
        5,
        "Hooli",
    ),
    fires(
        R,
        "another-employer-in-the-good-wishes",
        email(
            f"Thank you for the interviews with Initech last month. {OFFER}",
            "I hope the search at Umbrella goes well.",
        ),
        5,
        "Umbrella",
    ),
    silent(
        R,
        "offer-at-globex-position-at-acme",
        email(
            "I have accepted an offer at Globex, so I am withdrawing from the process for the "
            "position at Acme. Thank you for your time.",
            WISH,
        ),
    ),
    fires(
        R,
        "met-the-team-at-one-wishes-another",
        email(
            "It was great to meet the team at Acme last week, thank you. I have accepted "
            "another offer, so I am withdrawing.",
            "I wish everyone at Globex the very best.",
        ),
        5,
        "Globex",
    ),
    silent(
        R,
        "offered-a-post-and-a-place-to-meet",
        email(
            "Thank you for the interview for the Lectureship. I have since been offered a post at "
            "Durham, which I have accepted, so I withdraw my application.",
            "I hope we will meet at Leeds in July.",
        ),
    ),
    silent(
        R,
        "an-interviewer-is-no-company",
        email(
            "Thanks for arranging the interview with Mr. Botha last week. My employer has offered "
            "me the section engineer post at Mogalakwena, so I withdraw.",
            "All the best to the team at Sishen.",
        ),
    ),
    silent(
        R,
        "same-company-with-suffix",
        email(
            f"{INITECH.replace('Initech', 'Initech Corp')} {OFFER}",
            "I wish everyone at Initech the very best.",
        ),
    ),
    silent(
        R,
        "staying-at-the-current-employer",
        email(
            f"{INITECH} I have decided to stay at Vandelay Industries, where I was just "
            "promoted, so I am withdrawing my application.",
            "I wish everyone at Initech the very best.",
        ),
    ),
    silent(
        R,
        "joining-the-new-employer",
        email(
            f"{INITECH} I am joining Vandelay Industries next month, so I am withdrawing my "
            "application.",
            "I wish everyone at Initech the very best.",
        ),
    ),
    fires(
        R,
        "names-end-their-sentences",
        email(
            "Thank you for the interview for the Data Analyst role at Acme Corp. I have "
            "accepted another offer, so I am withdrawing.",
            "I wish everyone at Globex Inc. every success.",
        ),
        5,
        "Globex Inc",
    ),
    fires(
        R,
        "longer-name-named-second",
        email(f"{INITECH} {OFFER}", "I wish everyone at Vandelay Industries the very best."),
        5,
        "Vandelay Industries",
    ),
    silent(
        R,
        "a-university-place",
        email(
            f"{INITECH} I have been offered a place on a PhD programme at Oxford, so I am "
            "withdrawing my application.",
            "I wish everyone at Initech the very best.",
        ),
        xfail="'a place ... at Oxford' is taken for the employer although it is the candidate's "
        "next step",
    ),
]

# --- date-mismatch ------------------------------------------------------------------------

R = "date-mismatch"


def _dated(when: str) -> str:
    return email(
        f"{THANKS} I have accepted another offer, so please cancel my interview on {when}.",
        WISH,
    )


DATE_CASES = [
    fires(
        R,
        "wrong-in-this-year-and-next",
        _dated("Monday, March 4"),
        3,
        "Monday, March 4",
        settings=ON_TODAY,
    ),
    fires(
        R,
        "day-before-month",
        _dated("Monday 3rd December"),
        3,
        "Monday 3rd December",
        settings=ON_TODAY,
    ),
    fires(
        R,
        "explicit-year",
        _dated("Thursday, March 4, 2026"),
        3,
        "Thursday, March 4, 2026",
        settings=ON_TODAY,
    ),
    silent(R, "right-weekday", _dated("Thursday, December 3"), settings=ON_TODAY),
    silent(R, "abbreviated-and-right", _dated("Fri, Dec. 4"), settings=ON_TODAY),
    silent(R, "explicit-year-right", _dated("Wednesday, March 4, 2026"), settings=ON_TODAY),
    # A December draft naming March means next March: March 4, 2027 is a Thursday.
    silent(R, "next-year-in-a-december-draft", _dated("Thursday, March 4"), settings=ON_TODAY),
    # June 4 was a Wednesday in 2025: a year-less date may lie in the past.
    silent(R, "last-year", _dated("Wednesday, June 4"), settings=ON_TODAY),
    silent(
        R,
        "in-the-quoted-message",
        email(THANKS, OFFER, WISH)
        + "\n\nOn Tue, 4 Jun at 09:12, Will Carter wrote:\n> Could you send your availability?",
        settings=ON_TODAY,
    ),
]

# --- missing-greeting ---------------------------------------------------------------------

R = "missing-greeting"
PLAIN = f"{THANKS} {OFFER}"
GREETING_CASES = [
    fires(R, "starts-with-thanks", email(PLAIN, WISH, greeting=None), 1, THANKS),
    fires(
        R,
        "subject-then-body",
        "Subject: Withdrawal of application - Tomás Ortega\n\n" + email(PLAIN, WISH, greeting=None),
        3,
        THANKS,
    ),
    fires(
        R,
        "starts-with-the-decision",
        email(OFFER, "Thank you for your time, and best of luck.", greeting=None),
        1,
        OFFER,
    ),
    silent(R, "good-afternoon", email(PLAIN, WISH, greeting="Good afternoon Ms. Reyes,")),
    silent(R, "bare-first-name", email(PLAIN, WISH, greeting="Priya,")),
    silent(R, "to-the-hiring-team", email(PLAIN, WISH, greeting="To the Hiring Team,")),
    silent(R, "greeting-inline", email(f"Hello there! {PLAIN}", WISH, greeting=None)),
]

# --- missing-sign-off ---------------------------------------------------------------------

R = "missing-sign-off"
SIGN_OFF_CASES = [
    fires(R, "ends-on-good-wishes", email(PLAIN, WISH, sign_off=None), 5, WISH),
    fires(
        R,
        "trailing-sentence-without-a-stop",
        email(PLAIN, "I hope our paths cross again", sign_off=None),
        5,
        "I hope our paths cross again",
    ),
    silent(R, "lowercase-name", email(PLAIN, WISH, sign_off="ana")),
    silent(R, "dash-name", email(PLAIN, WISH, sign_off="- Carlos")),
    silent(R, "dash-name-right-under", email(PLAIN, f"{WISH}\n- Carlos", sign_off=None)),
    silent(
        R,
        "signature-block",
        email(
            PLAIN, WISH, sign_off="Warmly,\nTomás Ortega\nSenior Analyst | Corvid Labs\n+1 555 0100"
        ),
    ),
    silent(
        R,
        "thanks-and-name-on-the-last-line",
        email(PLAIN, f"{WISH} Thanks again, Tomás", sign_off=None),
        xfail="a closing and name at the end of the last body line are not seen as a sign-off",
    ),
]

# --- register-mismatch --------------------------------------------------------------------

R = "register-mismatch"


def _register(greeting: str, closing: str, name: str = "Tomás Ortega") -> str:
    return email(PLAIN, WISH, greeting=greeting, sign_off=f"{closing}\n{name}")


REGISTER_CASES = [
    fires(
        R,
        "hey-respectfully-yours",
        _register("Hey Sam,", "Respectfully yours,"),
        7,
        "Respectfully yours,",
    ),
    fires(
        R,
        "to-whom-cheers",
        _register("To whom it may concern,", "Cheers,", "Tomás"),
        7,
        "Cheers,",
    ),
    fires(R, "hiya-yours-sincerely", _register("Hiya Sam,", "Yours sincerely,"), 7),
    silent(R, "hi-sincerely", _register("Hi Sam,", "Sincerely,")),
    silent(R, "hey-cheers", _register("Hey Sam,", "Cheers,", "Tomás")),
    silent(R, "dear-sir-yours-faithfully", _register("Dear Sir or Madam,", "Yours faithfully,")),
    fires(
        R,
        "dear-mr-thx",
        _register("Dear Mr. Okafor,", "Thx,", "Tomás"),
        7,
        "Thx,",
    ),
]

# --- weak-subject -------------------------------------------------------------------------

R = "weak-subject"


def _subject(line: str) -> str:
    return f"{line}\n\n" + email(PLAIN, WISH)


SUBJECT_CASES = [
    fires(R, "quick-question", _subject("Subject: Quick question"), 1, "Subject: Quick question"),
    fires(
        R, "update-from", _subject("Subject: Update from Tomás"), 1, "Subject: Update from Tomás"
    ),
    fires(R, "empty-subject", _subject("Subject:"), 1, "Subject:"),
    silent(
        R, "withdrawal-of-application", _subject("Subject: Withdrawal of application - Jane Doe")
    ),
    silent(R, "reply-keeps-the-thread", _subject("Subject: Re: Interview")),
    silent(R, "stepping-back", _subject("Subject: Data Analyst role: stepping back")),
    silent(R, "declining", _subject("Subject: Declining the final-round interview")),
    silent(R, "no-subject-line", email(PLAIN, WISH)),
    fires(
        R,
        "following-up-on-my-application",
        _subject("Subject: Following up on my application"),
        1,
        "Subject: Following up on my application",
    ),
]

GUIDE_CASES = (
    VAGUE_CASES
    + AMBIGUOUS_CASES
    + LATE_GRATITUDE_CASES
    + ASSISTANCE_CASES
    + LATE_NOTICE_CASES
    + CLOSES_DOOR_CASES
    + SHOUTING_CASES
    + APOLOGY_CASES
    + OVERSHARING_CASES
    + COMPANY_CASES
    + DATE_CASES
    + GREETING_CASES
    + SIGN_OFF_CASES
    + REGISTER_CASES
    + SUBJECT_CASES
)
GUIDE_RULES = frozenset(
    {
        "vague-reason",
        "ambiguous-withdrawal",
        "late-gratitude",
        "offer-assistance",
        "late-notice",
        "closes-door",
        "shouting",
        "excessive-apology",
        "oversharing",
        "company-mismatch",
        "date-mismatch",
        "missing-greeting",
        "missing-sign-off",
        "register-mismatch",
        "weak-subject",
    }
)


@pytest.mark.parametrize(("rule", "case"), GUIDE_CASES)
def test_guide_rule_on_draft(rule: str, case: Case, lint: Lint) -> None:
    check_case(rule, case, lint)


def test_cases_cover_every_guide_rule() -> None:
    covered = {param.values[0] for param in GUIDE_CASES}
    assert covered == GUIDE_RULES
    assert GUIDE_RULES <= EVERY_RULE
    for rule in GUIDE_RULES:
        params = [p for p in GUIDE_CASES if p.values[0] == rule]
        kinds = {p.values[1].line is None for p in params}
        assert kinds == {True, False}, f"{rule} needs cases that fire and cases that don't"


# --- suggestions and fixes ----------------------------------------------------------------


def test_late_gratitude_fix_opens_with_thanks(lint: Lint) -> None:
    (d,) = lint(THANKS_AT_THE_END, rule="late-gratitude")
    # The sentence it opens names the role already, so the thanks does not repeat it.
    opener = "Thank you for the opportunity to interview with you."
    assert f'"{opener}"' in d.suggestion
    fixed = apply_fix(THANKS_AT_THE_END, d)
    assert fixed.startswith(f"Dear Ms. Reyes,\n\n{opener} I am writing to withdraw")
    assert not lint(fixed, rule="late-gratitude")


@pytest.mark.parametrize(
    ("sentence", "asks_for_apology"),
    [
        ("I have accepted another offer, so I will not attend tomorrow's interview.", True),
        (
            "I'm sorry, but I have accepted another offer, so I will not attend tomorrow's "
            "interview.",
            False,
        ),
        (
            "I have accepted another offer, so I will not attend tomorrow's interview. "
            "Apologies for the inconvenience.",
            False,
        ),
    ],
    ids=["no-apology", "sorry", "apologies"],
)
def test_late_notice_asks_for_an_apology_only_without_one(
    sentence: str, asks_for_apology: bool, lint: Lint
) -> None:
    text = email(THANKS, sentence, WISH)
    (d,) = lint(text, rule="late-notice")
    assert text[d.start : d.end] == "tomorrow's interview"
    assert "Call the recruiter" in d.suggestion
    assert ("short notice" in d.suggestion) is asks_for_apology, d.suggestion


@pytest.mark.parametrize(
    ("sentence", "suggestion"),
    [
        (
            "I called your office this morning as well, since our interview is today.",
            'Besides the call, apologise: "I\'m sorry for the short notice."',
        ),
        (
            "I'll ring you as well, since our interview is today.",
            'Besides the call, apologise: "I\'m sorry for the short notice."',
        ),
        (
            "I had to call it off, since our interview is today.",
            "Call the recruiter or interviewer as well and apologise: "
            '"I\'m sorry for the short notice."',
        ),
    ],
    ids=["called", "will-call", "call-it-off-is-no-call"],
)
def test_late_notice_does_not_ask_for_a_call_already_made(
    sentence: str, suggestion: str, lint: Lint
) -> None:
    text = email(f"{THANKS} {sentence} {OFFER}", WISH)
    (d,) = lint(text, rule="late-notice")
    assert d.suggestion == suggestion


def test_shoutings_everyday_word_list_is_found() -> None:
    # The list ships inside textstat; if a textstat release moved it, the rule would fall
    # back quietly to its short list, so a test says so loudly instead.
    from withdraw_lint.words import _everyday_words, everyday

    assert len(_everyday_words()) > 2500
    assert everyday("awful") and everyday("waiting") and not everyday("gdpr")


def test_shouting_fix_collapses_the_run(lint: Lint) -> None:
    text = email(THANKS, f"I have been waiting three weeks for an answer!!! {OFFER}", WISH)
    (d,) = lint(text, rule="shouting")
    assert d.suggestion == "Use a single '!'."
    fixed = apply_fix(text, d)
    assert "waiting three weeks for an answer! I have accepted" in fixed
    assert not lint(fixed, rule="shouting")


# A run of marks becomes one: "?" when the sentence asks by its words, else "!" (or "."
# for bare question marks), so that "?!" never turns a statement into a question.
MARK_CASES = [
    (
        "Please do not contact me again?!",
        "?!",
        "!",
        "End it with '!': the sentence does not ask a question.",
    ),
    ("Who knew a decision could be this hard?!", "?!", "?", "Use a single '?'."),
    ("So why did it take four weeks!?", "!?", "?", "Use a single '?'."),
    ("After four rounds, did anyone read my CV?!", "?!", "?", "Use a single '?'."),
    (
        "Do the right thing and close my file?!",
        "?!",
        "!",
        "End it with '!': the sentence does not ask a question.",
    ),
    (
        "I waited three weeks for an answer???",
        "???",
        ".",
        "End it with '.': the sentence does not ask a question.",
    ),
    ("Is the role even still open???", "???", "?", "Use a single '?'."),
]


@pytest.mark.parametrize(
    ("sentence", "run", "mark", "suggestion"),
    MARK_CASES,
    ids=["statement", "who", "lead-in-why", "after-a-clause", "order", "bare-marks", "inverted"],
)
def test_shouting_collapses_marks_by_what_the_sentence_does(
    sentence: str, run: str, mark: str, suggestion: str, lint: Lint
) -> None:
    text = email(THANKS, f"{OFFER} {sentence}", WISH)
    (d,) = lint(text, rule="shouting")
    assert text[d.start : d.end] == run
    assert d.suggestion == suggestion
    fixed = apply_fix(text, d)
    assert f"{sentence[: -len(run)]}{mark}\n" in fixed
    assert not lint(fixed, rule="shouting")


@pytest.mark.parametrize(
    ("sentence", "excerpt", "written"),
    [
        (
            "I have ACCEPTED ANOTHER OFFER elsewhere.",
            "ACCEPTED ANOTHER OFFER",
            "accepted another offer",
        ),
        ("Please do NOT EVER contact me again.", "NOT EVER", "not ever"),
        ("I am DONE WITH HR.", "DONE WITH HR", "done with HR"),
        ("AWFUL is the only word for it.", "AWFUL", "Awful"),
        ("THE WHOLE PROCESS was slow.", "THE WHOLE PROCESS", "The whole process"),
    ],
    ids=["mid-sentence", "short-words-in-a-run", "acronym-kept", "sentence-start", "phrase-start"],
)
def test_shouting_suggests_lower_case_except_at_a_sentence_start(
    sentence: str, excerpt: str, written: str, lint: Lint
) -> None:
    text = email(THANKS, f"{OFFER} {sentence}", WISH)
    (d,) = lint(text, rule="shouting")
    assert text[d.start : d.end] == excerpt
    assert d.suggestion == f'Write it in normal case: "{written}".'


def test_excessive_apology_counts_them(lint: Lint) -> None:
    text = _after_offer(
        "I'm sorry. I'm so sorry. Please accept my apologies for the inconvenience. Sorry again."
    )
    (d,) = lint(text, rule="excessive-apology")
    assert "4 times" in d.message


def test_company_mismatch_suggests_the_first_name(lint: Lint) -> None:
    (d,) = lint(
        email(f"{INITECH} {OFFER}", "I wish everyone at Hooli the very best."),
        rule="company-mismatch",
    )
    assert "'Initech'" in d.message and "'Hooli'" in d.message
    assert "'Initech'" in d.suggestion


def test_company_mismatch_quotes_names_without_the_full_stop(lint: Lint) -> None:
    """'Acme Corp.' at a sentence's end is 'Acme Corp', in the message and the suggestion."""
    text = email(
        "Thank you for the interview for the Data Analyst role at Acme Corp. I have accepted "
        "another offer, so I am withdrawing.",
        "I really enjoyed meeting the team at Globex Inc, and I wish everyone at Globex Inc. "
        "every success.",
    )
    (d,) = lint(text, rule="company-mismatch")
    assert text[d.start : d.end] == "Globex Inc"
    assert d.message.startswith("The draft names 'Acme Corp' and 'Globex Inc' as the employer")
    assert d.suggestion == "Use the right company name throughout (probably 'Acme Corp')."


def test_date_mismatch_names_the_real_weekday(lint: Lint) -> None:
    (d,) = lint(_dated("Monday, March 4"), rule="date-mismatch", settings=ON_TODAY)
    assert "March 4, 2026 is a Wednesday, not a Monday" in d.message
    (d,) = lint(_dated("Thursday, March 4, 2026"), rule="date-mismatch", settings=ON_TODAY)
    assert "March 4, 2026 is a Wednesday, not a Thursday" in d.message


def test_date_mismatch_follows_the_reference_year(lint: Lint) -> None:
    """The same words are right or wrong depending on the year the draft is written in."""
    text = _dated("Thursday, March 4")
    assert not lint(text, rule="date-mismatch", settings=Settings(today=dt.date(2026, 11, 30)))
    found = lint(text, rule="date-mismatch", settings=Settings(today=dt.date(2025, 6, 2)))
    assert [text[d.start : d.end] for d in found] == ["Thursday, March 4"]


def test_missing_greeting_without_a_recipient_suggests_a_real_greeting(lint: Lint) -> None:
    """Not "Dear [name],", which template-placeholder would report once pasted in."""
    (d,) = lint(email(PLAIN, WISH, greeting=None), rule="missing-greeting")
    assert d.suggestion == (
        "Start with a salutation on its own line: the name of the person you dealt with, "
        'e.g. "Dear Ms. Lee,", or else "Dear Hiring Team,".'
    )
    assert d.fix is None  # no name to put in it


def test_missing_sign_off_suggestion_reads_as_prose(lint: Lint) -> None:
    """No literal "\\n" between the closing and the name."""
    (d,) = lint(email(PLAIN, WISH, sign_off=None), rule="missing-sign-off")
    assert d.suggestion == (
        'End with a closing such as "Best regards," on its own line, and your full name on '
        "the line below it."
    )
    assert "\\" not in d.suggestion


def test_weak_subject_suggestion_uses_the_sender_and_role(lint: Lint) -> None:
    text = "Subject: Update from Tomás\n\n" + email(
        "Thank you for interviewing me for the Data Analyst position.", OFFER, WISH
    )
    (d,) = lint(text, rule="weak-subject")
    assert '"Withdrawal of application - Tomás Ortega, Data Analyst"' in d.suggestion


NEVER_WORK = "Please remove me from your talent pool permanently, I will never work for you."
NEVER_APPLY = "I will never apply to your company again."
AJAR = "I hope our paths cross again."


@pytest.mark.parametrize(
    ("paragraph", "sentence", "suggestion"),
    [
        (
            f"{THANKS} {OFFER} {NEVER_APPLY}",
            NEVER_APPLY,
            f'Delete it, or leave the door ajar: "{AJAR}"',
        ),
        # The line is the draft's only withdrawal: deleting it would take the decision too.
        (
            "Thank you for interviewing me for the Data Analyst position at Acme Corp, and for "
            f"your time. {NEVER_WORK}",
            NEVER_WORK,
            'Keep the decision and leave the door ajar, e.g. "I have decided to withdraw my '
            f'application for the Data Analyst role at Acme Corp. {AJAR}"',
        ),
    ],
    ids=["withdrawal-said-before", "the-only-withdrawal"],
)
def test_closes_door_suggestion_keeps_the_only_withdrawal(
    paragraph: str, sentence: str, suggestion: str, lint: Lint
) -> None:
    text = email(paragraph, WISH)
    (d,) = lint(text, rule="closes-door")
    assert text[d.start : d.end] == sentence
    assert d.suggestion == suggestion


@pytest.mark.parametrize(
    ("sentence", "details"),
    [
        (
            "My divorce is being finalised next month and my ex-husband is fighting me for "
            "custody, and my therapist says I shouldn't take on a new job while I'm on "
            "antidepressants.",
            ["divorce", "custody", "therapist", "antidepressants"],
        ),
        (
            "Another company offered me $140,000, and with my mortgage and my divorce I can't "
            "say no.",
            ["$140,000", "mortgage", "divorce"],
        ),
        # Overlapping cues are one detail, the longest.
        (
            "My mother was diagnosed with a brain tumour and starts chemotherapy next week.",
            ["diagnosed with a brain tumour", "chemotherapy"],
        ),
    ],
    ids=["four-in-one-sentence", "pay-and-family", "overlapping-cues"],
)
def test_oversharing_reports_every_detail(sentence: str, details: list[str], lint: Lint) -> None:
    """One finding per detail, not per sentence (review item 10): a writer who drops
    "divorce" must still see "antidepressants"."""
    text = email(f"{THANKS} {sentence} I am withdrawing my application.", WISH)
    found = lint(text, rule="oversharing")
    assert [text[d.start : d.end] for d in found] == details
    for d, detail in zip(found, details, strict=True):
        assert d.message.startswith(f"{detail!r} is more detail than a withdrawal needs")
        assert d.suggestion == (
            'Keep the reason general, e.g. "a health matter", "a family matter", or "an offer '
            'that better fits my needs".'
        )


# --- the quality bar: polite professional drafts get no finding at all ---------------------

PROFESSIONAL_DRAFTS = {
    "formal-other-offer": """\
Subject: Withdrawal of application - Priya Natarajan, Senior Data Engineer

Dear Mr. Okafor,

Thank you for taking the time to speak with me about the Senior Data Engineer position at \
Acme Corp. I enjoyed learning about the platform team's plans for the coming year.

After careful consideration, I have decided to withdraw my application. I have accepted an \
offer at Globex that is closer to my long-term goals in streaming infrastructure.

I have great respect for the work your team is doing, and I hope our paths cross again.

Kind regards,
Priya Natarajan
""",
    "casual-relocation": """\
Hi Sam,

Thanks so much for the chat with the HR team on Thursday, December 3. It was great to hear \
how the design group works!

I wanted to let you know that I'm withdrawing from the process for the Product Designer role. \
My partner has been offered a job in Vancouver and we're relocating next month, so I won't be \
able to work from the Denver office.

Best of luck with the search, and I'd love to stay in touch.

Best,
ana
""",
    "formal-personal-circumstances": """\
Dear Ms. Lindqvist,

Thank you for inviting me to the final interview on Wednesday, March 4, 2026, and for the time \
you and the panel have given me over the past few weeks.

I am writing to let you know that I must withdraw my candidacy. A family health matter needs \
my full attention for the foreseeable future, and I would not be able to give the role the \
commitment it deserves. I'm sorry for any inconvenience this may cause.

I am grateful for your understanding and wish you and the team at Northwind every success.

Sincerely,
Daniel Reyes
""",
    "casual-reply-not-a-fit": """\
Subject: Re: Next steps

Hey Jordan,

Thanks again for walking me through the team's roadmap last week, I really enjoyed it.

After thinking it over, I've realised the role leans more toward people management than I'm \
looking for right now, so I'm going to withdraw my application. I'd rather keep building as \
an individual contributor for a while.

Really appreciate your time, and all the best with the hire!

Cheers,
Mei
""",
    "academic-other-offer": """\
Dear Hiring Committee,

Thank you for considering my application for the Assistant Professor of Chemistry position \
and for the interview on January 14.

I would like to withdraw from the search, as I have accepted a position at another \
university. I apologise for the timing and hope it causes as little disruption as possible.

It was a privilege to meet the department, and I wish you a successful search.

Yours sincerely,
Dr. Amara Osei
""",
    "friendly-staying-put": """\
Hello Rachel,

Thank you so much for the phone screen yesterday and for your patience while I considered \
things.

I have decided to stay in my current role, since my manager has offered me a new project that \
I'm excited about. I'm therefore withdrawing my application for the Account Executive opening.

Thank you again, and I wish you and the sales team a great quarter.

All the best,
- Carlos
""",
}


@pytest.mark.parametrize("name", sorted(PROFESSIONAL_DRAFTS))
def test_professional_draft_gets_no_finding(name: str, lint: Lint) -> None:
    text = PROFESSIONAL_DRAFTS[name]
    found = lint(text, settings=Settings(select=EVERY_RULE, today=TODAY))
    assert not found, [(d.rule, d.line, d.excerpt) for d in found]


def test_professional_drafts_cover_both_registers() -> None:
    openers = {
        next(line for line in text.splitlines() if line and not line.startswith("Subject:"))
        for text in PROFESSIONAL_DRAFTS.values()
    }
    assert len(PROFESSIONAL_DRAFTS) == 6
    assert {opener.split()[0] for opener in openers} >= {"Dear", "Hi", "Hey", "Hello"}
