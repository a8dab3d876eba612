"""shouting: words in capitals, runs of exclamation or question marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from withdraw_lint.analysis import Analysis
from withdraw_lint.diagnostics import Edit, Finding, Fix, Severity
from withdraw_lint.rule import Rule
from withdraw_lint.rules.template_placeholder import find_slots
from withdraw_lint.words import EMPHATIC, everyday

_RUN = re.compile(r"([!?])[!?]{2,}|([!?])(?:\?!|!\?)[!?]*|\?!|!\?")
"""Three or more marks, or a mix of ! and ?; a single "!!" is left alone as enthusiasm."""
MIN_CAPS = 4
"""A word in capitals shouts from four letters on: "NOT", "SO" or "HR" alone do not."""
MIN_LONG_CAPS = 7
"""A word in capitals this long shouts even when no word list knows it: acronyms are
shorter ("CONFIDENTIALITY", not "UNICEF")."""


def _loud(token: object) -> bool:
    return token.is_upper and token.is_alpha and len(token.text) >= 2  # type: ignore[attr-defined]


def _acronym(token: object) -> bool:
    """A capitalised word that is no everyday word: "NASA", "HR", "GDPR", "API"."""
    lower = token.lower_  # type: ignore[attr-defined]
    known = token.is_stop or everyday(lower)  # type: ignore[attr-defined]
    return not known and len(lower) < MIN_LONG_CAPS


def _names(a: Analysis) -> frozenset[str]:
    """Lower-case words of the names the draft uses: the company, the role, the people in
    the greeting, the sign-off and the .eml headers. A name in capitals is not shouting."""
    words: set[str] = set(a.recipient_names)
    words.update(a.sender_name.lower().split())
    for start, end in (r for r in (a.layout.greeting, a.layout.sign_off) if r is not None):
        words.update(w.lower() for w in re.findall(r"\w+", a.text[start:end]))
    for label in ("company", "role"):
        words.update(w.lower() for s in a.spans(label) for w in re.findall(r"\w+", s.text))
    return frozenset(words)


def _raised(run: list, i: int, names: frozenset[str]) -> bool:
    """Whether the run's i-th word raises the voice: four letters or more, no name, and an
    everyday word or a long one. An everyday word next to an acronym is part of a term
    ("REST API"), unless it is an emphatic one ("DONE WITH HR")."""
    lower = run[i].lower_
    if len(lower) < MIN_CAPS or lower in names:
        return False
    if len(lower) >= MIN_LONG_CAPS or lower in EMPHATIC:
        return True
    neighbours = run[max(i - 1, 0) : i] + run[i + 1 : i + 2]
    return everyday(lower) and not any(_acronym(t) for t in neighbours)


def normal_case(run: list, sentence_start: bool) -> str:
    """The capitalised words as they would be written calmly: lower case, acronyms kept
    ("done with HR"), a capital only where they start the sentence."""
    words = [t.text if _acronym(t) else t.lower_ for t in run]
    text = "".join(w + t.whitespace_ for w, t in zip(words, run, strict=True)).rstrip()
    return text[0].upper() + text[1:] if sentence_start else text


def _warm(a: Analysis) -> dict[int, tuple[int, int]]:
    """The sentences that thank or wish well and are not hostile, by first token: their
    character ranges."""
    hostile = {s.start for s in a.spans("negative")}
    return {
        s.start: (s.start_char, s.end_char)
        for label in ("gratitude", "close")
        for s in a.spans(label)
        if s.start not in hostile
    }


def _caps_runs(a: Analysis, warm: dict[int, tuple[int, int]]) -> Iterator[tuple[int, list]]:
    """Capitalised stretches that read as shouting (sentence start, the words): one or more
    capitalised words in a row, among them a word that raises the voice (see `_raised`:
    "I waited WEEKS", "DONE WAITING", not "CRA II", "the EMEA team" or "REST API"). The
    words of thanks or good wishes themselves, in a warm sentence, are warmth ("THANK YOU
    so much", "Wishing you ALL the best"). `warm` is `_warm(a)`."""
    kind = [c for label in ("gratitude", "close") for c in a.cues(label)]
    names = _names(a)
    for sent in a.sentences:
        run: list = []
        for token in [*sent, None]:
            if token is not None and _loud(token):
                run.append(token)
                continue
            shouted = any(_raised(run, i, names) for i in range(len(run)))
            # One word anywhere in warm words ("Thank you SO much"); a run only within the
            # thanks or wish itself ("THANK YOU for...", not "Thank you, but I am DONE
            # WAITING").
            in_thanks = (
                bool(run)
                and sent.start in warm
                and (len(run) == 1 or any(c.start <= run[0].i and run[-1].i < c.end for c in kind))
            )
            if shouted and not in_thanks:
                yield sent.start, run
            run = []


_WH_WORDS = "who what when where why how which whose whom"
_AUX_WORDS = """
    am is are was were do does did have has had can could will would shall should may might
    must isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't can't
    couldn't won't wouldn't shouldn't mightn't mustn't
"""
_SUBJECT_WORDS = """
    i you he she it we they this that these those there anyone anybody someone somebody
    everyone everybody nobody no-one one my your his her its our their the a an any
"""
_PERSON_WORDS = "i you he she we they anyone anybody someone somebody everyone everybody"
_LEAD_IN_WORDS = "so and but then also well ok okay oh seriously honestly really"
_TAG_WORDS = "right correct eh no yes"
_WH, _AUX, _SUBJECTS, _PERSONS, _LEAD_INS, _TAGS = (
    frozenset(words.split())
    for words in (
        _WH_WORDS,
        _AUX_WORDS,
        _SUBJECT_WORDS,
        _PERSON_WORDS,
        _LEAD_IN_WORDS,
        _TAG_WORDS,
    )
)
"""How a question shows in its words: a question word, a verb before its subject, or a
tag; lead-ins ("So why...") are skipped. "Do" asks only before a person ("Do you"): "Do
the right thing" and "Do it" are orders."""


def asks(words_before: str) -> bool:
    """Whether a sentence is a question by its words, whatever mark ends it: a clause opens
    with a question word ("Why did it take four weeks") or with a verb before its subject
    ("Did anyone read my CV", not the order "do NOT contact me"), or ends on a tag (",
    right"). A statement with "?!" ("Please do not contact me again?!") is not."""
    for clause in re.split(r"[,;:()\u2013\u2014]|\s-\s", words_before.lower()):
        words = [w for w in re.findall(r"[a-z'-]+", clause) if w not in _LEAD_INS]
        if not words:
            continue
        subjects = _PERSONS if words[0] in ("do", "don't") else _SUBJECTS
        if words[0] in _WH or (words[0] in _AUX and words[1:2] and words[1] in subjects):
            return True
    last = re.findall(r"[a-z'-]+", re.split(r"[,;:]", words_before.lower())[-1])
    return len(last) == 1 and last[0] in _TAGS


def calm_mark(marks: str, words_before: str) -> str:
    """The one mark a run of marks becomes: '?' if the sentence asks something, else '!'
    for a run with an exclamation mark in it and '.' for bare question marks."""
    if "?" in marks and asks(words_before):
        return "?"
    return "!" if "!" in marks else "."


def _sentence_before(a: Analysis, offset: int) -> str:
    """The words of the sentence that `offset` ends, up to it (straight apostrophes)."""
    starts = [s.start_char for s in a.sentences if s.start_char <= offset]
    start = max(starts) if starts else a.body_start
    return a.doc.text[start:offset]


def check(a: Analysis) -> Iterator[Finding]:
    body = a.text[a.body_start : a.body_end]
    warm = _warm(a)
    caps = list(_caps_runs(a, warm))
    # A warm sentence that shouts nowhere else ends in enthusiasm: "Hope you find someone
    # amazing!!!", not "Thank you, but I am DONE WAITING!!!".
    calm = [r for k, r in warm.items() if not any(sent == k for sent, _ in caps)]
    for match in _RUN.finditer(body):
        marks = match.group(0)
        start, end = a.body_start + match.start(), a.body_start + match.end()
        if "?" not in marks and any(s <= start < e for s, e in calm):
            continue
        mark = calm_mark(marks, _sentence_before(a, start))
        if mark == "?" or set(marks) == {mark}:
            suggestion = f"Use a single {mark!r}."
        else:
            suggestion = f"End it with {mark!r}: the sentence does not ask a question."
        yield Finding(
            start=start,
            end=end,
            message=f"{marks!r} reads as shouting (guide mistake 4: stay professional).",
            suggestion=suggestion,
            fix=Fix((Edit(start, end, mark),)),
        )
    yield from _subject_findings(a)
    slots = [(m.start(), m.end()) for m in find_slots(a.text)] if caps else []
    for sent_start, run in caps:
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        if any(s <= start and end <= e for s, e in slots):
            continue  # "[COMPANY NAME]" is a template slot, not a raised voice
        opens = not any(t.is_alpha for t in a.doc[sent_start : run[0].i])
        calm = normal_case(run, opens)
        yield Finding(
            start=start,
            end=end,
            message=f"{a.text[start:end]!r} in capitals reads as shouting (guide mistake 4: "
            "stay professional).",
            suggestion=f'Write it in normal case: "{calm}".',
            fix=Fix((Edit(start, end, calm),), safe=False),
        )


def _subject_findings(a: Analysis) -> Iterator[Finding]:
    """Runs of marks in the subject line, the first line the recruiter reads (found by
    their characters: the pipeline reads only the body), fixed like the body's when the
    subject is a line of the draft; an .eml header gets the advice only. Capitals are
    left alone there: subjects put a label or a system's tag in them ("WITHDRAWAL -
    Application for ...", "RE: [EXTERNAL] ..."), and a hostile subject is negative-tone's."""
    subject = a.subject or ""
    range_ = a.subject_range
    if not subject.strip() or range_ is None:
        return
    at = a.subject_offset
    for match in _RUN.finditer(subject):
        marks = match.group(0)
        mark = calm_mark(marks, subject[: match.start()])
        start, end = (at + match.start(), at + match.end()) if at is not None else range_
        yield Finding(
            start=start,
            end=end,
            message=f"{marks!r} in the subject reads as shouting (guide mistake 4: stay "
            "professional).",
            suggestion=f"Use a single {mark!r}, or none.",
            fix=Fix((Edit(start, end, mark),)) if at is not None else None,
        )


RULE = Rule(
    name="shouting",
    code="WL203",
    severity=Severity.WARNING,
    summary="Words in capitals (four letters or more), or runs of exclamation or question marks.",
    guide="Mistake 4: burning bridges by being rude or disrespectful",
    why="Capitals and '!!!' read as raised voices in email, even when you mean enthusiasm. "
    "A word in capitals counts from four letters when it is an everyday word ('AWFUL', "
    "'WAITING') or a long one; acronyms ('NASA', 'GDPR', 'REST API'), the draft's names "
    "and short words ('NOT', 'SO') are left alone. In a thank-you or a good wish ('THANK "
    "YOU so much', 'Good luck with the hires!!!') capitals and '!!!' read as warmth and "
    "are let pass. A run of marks becomes one: '?' when the sentence asks a question by "
    "its words ('Why did it take four weeks?!'), otherwise '!' ('Please do not call "
    "again?!' ends in '!'), or '.' for bare question marks in a statement.",
    fix_safety="Safe for runs of marks: --fix makes '!!!' a single '!', and a mixed '?!' or "
    "a '???' a '?' in a question, else '!' or '.'. Words in capitals are put in normal "
    "case only with --unsafe-fixes, since a name the draft does not show elsewhere may be "
    "among them.",
    bad="Dear Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "DEFINITELY withdrawing!!!\n\nI wish you all the best.\n\nBest regards,\nLi",
    good="Dear Ana,\n\nThank you for your time. I have accepted another offer, so I am "
    "withdrawing.\n\nI wish you all the best.\n\nBest regards,\nLi",
    check=check,
)
