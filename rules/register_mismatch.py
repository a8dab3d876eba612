"""register-mismatch: a casual greeting with a formal sign-off, or the reverse."""

from __future__ import annotations

import re
from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Finding, Severity
from withdraw_lint.rule import Rule
from withdraw_lint.words import names_a_group

_CASUAL_GREETING = re.compile(r"^\s*(?:hey|hiya|yo|howdy|sup)\b", re.I)
_FORMAL_GREETING = re.compile(r"^\s*(?:to whom it may concern|dear (?:sir|madam|sirs))", re.I)
_TITLED_GREETING = re.compile(r"^\s*dear (?:mr|mrs|ms|dr|prof)\.?\s", re.I)
_FORMAL_SIGN_OFF = re.compile(
    r"^\s*(?:respectfully(?: yours)?|yours (?:faithfully|truly|sincerely|respectfully)"
    r"|sincerely yours|cordially)\b",
    re.I,
)
_CASUAL_SIGN_OFF = re.compile(r"^\s*(?:cheers|thx|ty|later|ttyl|xo+|peace|laters)\b", re.I)
_SLANG_SIGN_OFF = re.compile(r"^\s*(?:thx|ty|later|ttyl|xo+|peace|laters)\b", re.I)
"""After "Dear Mr. Lee," a British "Cheers," is fine; "thx" is not."""
_GREETING_NAME = re.compile(
    r"^\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\s+"
    r"(?:(?:mr|mrs|ms|miss|dr|prof)\.?\s+)?(?P<name>[A-Z][\w'-]+)",
    re.I,
)


_NICKNAMES = {
    "bob": "robert", "rob": "robert", "bobby": "robert", "robbie": "robert",
    "bill": "william", "will": "william",
    "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "jim": "james",
    "jimmy": "james", "dick": "richard", "rick": "richard", "peggy": "margaret",
    "maggie": "margaret", "meg": "margaret", "kate": "katherine", "katie": "katherine",
    "kathy": "katherine", "ted": "edward", "ed": "edward", "jack": "john", "johnny": "john",
    "harry": "henry", "hank": "henry", "tony": "anthony", "chuck": "charles",
    "charlie": "charles", "mike": "michael", "mick": "michael", "sandy": "alexandra",
    "alex": "alexander", "sasha": "alexander", "nick": "nicholas", "andy": "andrew",
    "drew": "andrew", "sue": "susan", "jen": "jennifer", "jenny": "jennifer",
    "becky": "rebecca", "becca": "rebecca", "sam": "samantha", "chris": "christopher",
    "pat": "patricia", "patty": "patricia", "trish": "patricia", "dave": "david",
    "steve": "stephen", "joe": "joseph", "tom": "thomas", "matt": "matthew",
}  # fmt: skip
"""Common English short forms whose letters do not simply begin the full name."""


def _same_person(greeted: str, names: set[str]) -> bool:
    """Whether "Dear <greeted>" may address someone with these name parts: the name, a
    short form that begins it ("Dan" for Daniel) or a common nickname ("Bob" for Robert;
    "Kate" also for Catherine)."""
    greeted = greeted.lower()
    full = _NICKNAMES.get(greeted)
    for name in names:
        if name == greeted or (len(greeted) >= 3 and name.startswith(greeted)):
            return True
        if full and (name == full or name.replace("c", "k", 1) == full):
            return True
    return False


def check(a: Analysis) -> Iterator[Finding]:
    greeting = a.layout.greeting
    sign_off = a.layout.sign_off
    if greeting and sign_off:
        hello = a.text[greeting[0] : greeting[1]]
        bye = a.text[sign_off[0] : sign_off[1]]
        casual_formal = _CASUAL_GREETING.match(hello) and _FORMAL_SIGN_OFF.match(bye)
        formal_casual = (_FORMAL_GREETING.match(hello) and _CASUAL_SIGN_OFF.match(bye)) or (
            _TITLED_GREETING.match(hello) and _SLANG_SIGN_OFF.match(bye)
        )
        if casual_formal or formal_casual:
            yield Finding(
                start=sign_off[0],
                end=sign_off[0] + len(bye.splitlines()[0]),
                message=f"{hello.strip()!r} and {bye.splitlines()[0].strip()!r} are in different "
                "registers (guide: a professional, respectful approach).",
                suggestion='Match them: "Hi Sam," with "Best," or "Dear Ms. Lee," with '
                '"Kind regards,".',
            )
    recipient = a.recipient_first_name
    if greeting and recipient:
        match = _GREETING_NAME.match(a.text[greeting[0] : greeting[1]])
        greeted = match.group("name") if match else ""
        if match and not names_a_group(greeted) and not _same_person(greeted, a.recipient_names):
            start = greeting[0] + match.start("name")
            yield Finding(
                start=start,
                end=greeting[0] + match.end("name"),
                message=f"The greeting names {match.group('name')!r} but the email goes to "
                f"{a.recipient!r} (guide: a professional, respectful approach).",
                suggestion=f'Check the recipient; greet them by name: "Dear {recipient},".',
            )


RULE = Rule(
    name="register-mismatch",
    code="WL406",
    severity=Severity.INFO,
    summary="Greeting and sign-off in different registers, or a greeting name that is not "
    "the recipient's.",
    guide="Email hygiene: a consistent, respectful tone",
    why="'Hey' with 'Respectfully yours' reads as careless, and greeting the wrong person "
    "suggests a copied draft.",
    fix_safety="No automatic fix: which of the greeting or the closing to change is your choice.",
    bad="Hey Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "withdrawing. I wish you all the best.\n\nRespectfully yours,\nLi",
    good="Hi Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "withdrawing. I wish you all the best.\n\nBest,\nLi",
    check=check,
)
