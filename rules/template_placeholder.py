"""template-placeholder: template slots left in the draft."""

from __future__ import annotations

import re
from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Edit, Finding, Fix, Severity
from withdraw_lint.rule import Rule

_SLOT_WORDS = (
    r"name|company|organi[sz]ation|employer|position|role|job|title|date|day|time|manager|"
    r"recruiter|interviewer|recipient|contact|hiring|your|their|his|her|insert|add|here|"
    r"address|phone|number|email|city|team|department|reason|field|x+|tbd|todo|placeholder|"
    r"first|last|mr|ms|mrs|dr|person|industry|location|salary|skill|sender"
)
_INNER = rf"[^\]\[<>{{}}\n]{{0,40}}\b(?:{_SLOT_WORDS})\b[^\]\[<>{{}}\n]{{0,40}}"
_PATTERN = re.compile(
    rf"""\[\s*{_INNER}\]            # [Company Name]
    |<\s*(?![\w.+-]+@)(?!https?:){_INNER}>   # <Hiring Manager>, not <a@b.com>
    |\{{\{{?\s*\w[\w ]{{0,30}}\}}\}}?  # {{role}} or {{{{role}}}}
    |\b[Xx]{{3,}}\b                 # XXX (but see _kisses)
    |_{{4,}}                        # a blank to fill: ____
    """,
    re.IGNORECASE | re.VERBOSE,
)


_BEFORE_A_SLOT = frozenset(
    {"hi", "hey", "dear", "to", "of", "at", "for", "the", "as", "in", "with", "from", "mr", "ms"}
    | {"mrs", "dr", "role", "position", "company", "is", "and", "name", "by", "on", "date"}
)
"""Words after which an "xxx" at a line's end stands for a name or a title, not kisses."""


def _kisses(text: str, match: re.Match[str]) -> bool:
    """Lower-case x's that end a line after a word, as kisses ("Shaz xxx", "love you xxx!"),
    not "Hi xxx", "Best regards,\nxxx" or "the role of xxx"."""
    if not match.group(0).islower():
        return False
    line_end = text.find("\n", match.end())
    rest = text[match.end() : line_end if line_end >= 0 else len(text)]
    if any(c.isalnum() for c in rest):
        return False
    before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].split()
    return bool(before) and before[-1].strip(",.!:").lower() not in _BEFORE_A_SLOT


def find_slots(text: str) -> Iterator[re.Match[str]]:
    """Every leftover template slot in `text`."""
    for match in _PATTERN.finditer(text):
        if not _kisses(text, match):
            yield match


SLOT_KEYS = (
    ("manager", ("manager", "recruiter", "recipient", "contact")),
    ("company", ("company", "organisation", "organization", "employer")),
    ("role", ("role", "position", "job", "title")),
    ("date", ("date", "day")),
    ("name", ("name", "sender")),
)
"""Which --set key fills a slot: the first whose words the slot contains. An interviewer's
slot has none: the interviewer need not be the person the email goes to."""
_GREETED = re.compile(r"\b(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\s*$", re.I)


def slot_key(slot: str, before: str = "") -> str | None:
    """The --set key for a slot; `before` is the text before it on its line: a bare
    "[Name]" after "Dear" is the reader's name, not the sender's."""
    lower = slot.lower()
    if "interviewer" in lower:
        return None
    key = next((key for key, words in SLOT_KEYS if any(w in lower for w in words)), None)
    if key == "name" and "your" not in lower and "sender" not in lower and _GREETED.search(before):
        return "manager"
    return key


def check(a: Analysis) -> Iterator[Finding]:
    end = a.layout.quote_start if a.layout.quote_start is not None else len(a.text)
    values = dict(a.settings.values)
    for match in find_slots(a.text[:end]):
        slot = match.group(0)
        before = a.text[a.text.rfind("\n", 0, match.start()) + 1 : match.start()]
        value = values.get(slot_key(slot, before) or "")
        fix = Fix((Edit(match.start(), match.end(), value),)) if value else None
        yield Finding(
            start=match.start(),
            end=match.end(),
            message=f"Template placeholder {slot!r} was left in the draft (guide: a professional, "
            "respectful approach).",
            suggestion=f"Replace {slot} with {value!r}."
            if value
            else f"Replace {slot} with {_hint(slot, a)}.",
            fix=fix,
        )


def _hint(slot: str, a: Analysis) -> str:
    lower = slot.lower()
    if any(word in lower for word in ("company", "organi", "employer")) and a.company:
        return f'the company\'s name ("{a.company}"?)'
    if any(word in lower for word in ("position", "role", "job", "title")) and a.role:
        return f'the role\'s title ("{a.role}"?)'
    if "your" in lower or "sender" in lower:
        return "your own name"
    return "the real text, or delete it"


RULE = Rule(
    name="template-placeholder",
    code="WL401",
    severity=Severity.ERROR,
    summary="A template slot such as [Company Name] or {role} was left in the draft.",
    guide="Email hygiene: an email built from a template must not show it",
    why="A leftover slot tells the reader the email was a form letter and undoes the "
    "respect the rest of it shows.",
    fix_safety="Safe when you give the value: with --set company=..., role=..., name=..., "
    "manager=... or date=..., --fix puts it in the slot that asks for it. Other "
    "slots have no automatic fix.",
    bad="Dear [Hiring Manager],\n\nThank you for the interview. I have accepted another offer, "
    "so I am withdrawing. I wish you all the best.\n\nBest regards,\n[Your Name]",
    good="Dear Ms. Lee,\n\nThank you for the interview. I have accepted another offer, so I am "
    "withdrawing. I wish you all the best.\n\nBest regards,\nLi Wei",
    check=check,
)
