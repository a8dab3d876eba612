"""negative-tone: hostile, blaming, sarcastic or insulting sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span
from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule

REASONS = {
    "other_offer": "I have accepted another offer.",
    "not_a_fit": "I've realised the role isn't the right fit for me.",
    "personal_circumstances": "A family matter needs my attention right now.",
    "relocation": "The location doesn't work for me.",
    "unspecified": "The pay is below what I need.",
}
"""A reason stated as a fact about the writer, per reason category."""

UNSPECIFIED_MORE = "The process took longer than I could wait."
"""A second example for a reason of no known category (pay, hours, a slow process)."""

TOPICS = (
    (
        re.compile(r"\b(?:pay|paid|salary|salaries|wages?|rate|compensation|money|package"
                   r"|budget|lowball\w*)\b|[£$€]\d", re.IGNORECASE),
        "The pay is below what I need.",
    ),
    (
        re.compile(r"\b(?:process|interview\w*|round|rounds|weeks?|months?|waiting|waited"
                   r"|wait|reply|replied|respond\w*|ghost\w*|reschedul\w*|cancel\w*|late"
                   r"|delay\w*|slow|organi[sz]\w*|disorgani[sz]\w*|task|assignment|take-home)",
                   re.IGNORECASE),
        "The timeline and format of the process don't work for me.",
    ),
    (
        re.compile(r"\b(?:commute|location|office|on-site|onsite|travel|relocat\w*|distance"
                   r"|miles|hours|shifts?|schedule|nights|weekends)", re.IGNORECASE),
        "The hours and location don't work for me.",
    ),
)  # fmt: skip
"""What a blaming sentence is about, and its reason said as a fact about the writer:
"the salary you offered is frankly insulting" becomes the pay example, not the not-a-fit
one its category would give."""


_VAGUE_CATEGORIES = (None, "not_a_fit", "unspecified")
"""Categories too broad to pick the example by: what the sentence is about decides."""


def _plain_reason(sent: Span, category: str | None) -> str:
    """The example reason for a blaming sentence: by its category when that names one (an
    offer, a move, a family matter), else by what it is about (pay, the process, hours)."""
    if category in _VAGUE_CATEGORIES:
        for pattern, plain in TOPICS:
            if pattern.search(sent.text):
                return plain
    return REASONS.get(category or "unspecified", REASONS["unspecified"])


BRIDGE_BURNERS = ("negative", "closes_door")
"""The labels of the sentences that negative-tone and closes-door ask to rewrite or drop."""


def _key(span: Span) -> tuple[int, int]:
    return (span.start, span.end)


def _in(a: Analysis, sent: Span, *labels: str) -> list[Span]:
    """The spans of these groups that are this sentence."""
    return [s for label in labels for s in a.spans(label) if _key(s) == _key(sent)]


def carries_decision(a: Analysis, sent: Span) -> bool:
    """Whether deleting `sent` would leave the draft without a withdrawal: it withdraws,
    and every sentence that withdraws is one these rules ask to rewrite or drop."""
    if not _in(a, sent, "withdrawal", "withdrawal_hedged"):
        return False
    flagged = {_key(s) for label in BRIDGE_BURNERS for s in a.spans(label)}
    withdrawals = a.spans("withdrawal") + a.spans("withdrawal_hedged")
    return all(_key(w) in flagged for w in withdrawals)


OPENING = 3
"""How many tokens into a sentence a cue may start and still say what the sentence does."""

_THANKS_FOR = re.compile(r"(thanks|thank you)( so much| very much)? for\b", re.IGNORECASE)


def _thanks(a: Analysis, sent: Span) -> bool:
    """Whether the sentence thanks, if pointedly ("Thanks for wasting my time."): the
    labeller sets most pointed thanks aside, but it still opens with "Thanks for"."""
    return bool(_in(a, sent, "gratitude")) or bool(_THANKS_FOR.match(sent.text))


def _wishes(a: Analysis, sent: Span) -> bool:
    """Whether the sentence is a good wish, if a barbed one ("Best of luck, you'll need
    it."): a close, or one that opens with a close cue the labeller set aside for the barb
    (not "It would be nice to ...")."""
    cues = a.cues("close")
    opens = any(sent.start <= c.start < sent.start + OPENING for c in cues)
    return bool(_in(a, sent, "close")) or opens


def decision(a: Analysis) -> str:
    """A plain decision, naming the role and company the draft names."""
    if a.role or a.company:
        return f"I have decided to withdraw my application for {a.the_role()}."
    return "I have decided to withdraw my application."


def _suggestion(a: Analysis, sent: Span) -> str:
    reasons = _in(a, sent, "reason")
    category = reasons[0].label_ if reasons else None
    if carries_decision(a, sent):
        # An unspecified reason here, next to a named one elsewhere, is the blame itself.
        named_elsewhere = a.reason_category not in (None, "unspecified")
        if category is None or (category == "unspecified" and named_elsewhere):
            return f'Keep the decision and drop the blame, e.g. "{decision(a)}"'
        example = f"{decision(a)} {_plain_reason(sent, category)}"
        return f'Keep the decision and the reason, and drop the blame, e.g. "{example}"'
    if _thanks(a, sent):
        return 'Say it plainly: "Thank you for your time."'
    if category is not None:
        plain = _plain_reason(sent, category)
        example = f'"{plain}"'
        if category == "unspecified" and plain == REASONS["unspecified"]:
            example += f' or "{UNSPECIFIED_MORE}"'
        return f"State the reason as a fact about you, without blame, e.g. {example}"
    if _wishes(a, sent):
        team = f"the team at {a.company}" if a.company else "the team"
        return f'Say it plainly: "I wish you and {team} every success."'
    return "Delete it; the email reads as well without it."


def check(a: Analysis) -> Iterator[Finding]:
    subject = a.subject_doc
    if subject is not None and subject.spans.get("negative") and a.subject_range:
        name = f" - {a.sender_name}" if a.sender_name else ""
        yield Finding(
            start=a.subject_range[0],
            end=a.subject_range[1],
            message="The subject line reads as hostile or blaming, and it is the first line "
            "the recruiter reads (guide mistake 4).",
            suggestion=f'Use a plain subject, e.g. "Withdrawal of application{name}".',
        )
    for sent in a.spans("negative"):
        yield Finding(
            start=sent.start_char,
            end=sent.end_char,
            message="This sentence reads as hostile or blaming and can burn a bridge (guide "
            "mistake 4).",
            suggestion=_suggestion(a, sent),
        )


RULE = Rule(
    name="negative-tone",
    code="WL201",
    severity=Severity.ERROR,
    summary="A sentence is hostile, blaming, sarcastic or insulting.",
    guide="Mistake 4: burning bridges",
    why="Recruiters move between companies and remember how candidates left; a rude line "
    "can harm your reputation in the industry. The suggestion fits what the sentence does: "
    "when it carries your withdrawal, keep the decision and drop the blame; when it gives "
    "your reason, state the reason as a fact about you; pointed thanks or a barbed good "
    "wish becomes the plain version; anything else is best deleted.",
    fix_safety="No automatic fix: rewording or deleting the sentence changes what you say, "
    "so it is left to you.",
    bad="Dear Ana,\n\nThank you for your time. I am withdrawing because I accepted another "
    "offer. Frankly, your process was a joke and nobody bothered to reply for weeks.\n\n"
    "Best,\nLi",
    good="Dear Ana,\n\nThank you for your time. Unfortunately, I must withdraw because I "
    "accepted another offer. I'm sorry for any inconvenience and wish you the best.\n\n"
    "Best,\nLi",
    check=check,
)
