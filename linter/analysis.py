"""The annotated draft that rules read: the Doc, the layout and helpers over them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span
from withdraw_lint.components import CATEGORY_PRECEDENCE, body_sentences
from withdraw_lint.layout import Layout
from withdraw_lint.reader import EmailMeta
from withdraw_lint.settings import Settings
from withdraw_lint.words import names_a_group


@dataclass
class Analysis:
    """One draft after the pipeline ran: what every rule's check receives."""

    text: str
    layout: Layout
    doc: Doc
    settings: Settings
    meta: EmailMeta | None = None

    @cached_property
    def sentences(self) -> list[Span]:
        """The body's sentences, in order."""
        return body_sentences(self.doc)

    def spans(self, label: str) -> list[Span]:
        """Sentences the pipeline labelled `label` (a span group on the Doc)."""
        return list(self.doc.spans.get(label, []))

    def cues(self, label: str) -> list[Span]:
        """Cue matches with this label inside the body (from the span ruler)."""
        return [
            c
            for c in self.doc.spans.get("cues", [])
            if c.label_ == label
            and c.start_char >= self.layout.body_start
            and c.end_char <= self.layout.body_end
        ]

    def has(self, label: str) -> bool:
        return len(self.doc.spans.get(label, [])) > 0

    def parts(self) -> list[str]:
        """Greeting, thanks, decision, reason, close and sign-off, as far as found, in order."""
        found: list[tuple[int, str]] = []
        if self.layout.greeting:
            found.append((self.layout.greeting[0], "greeting"))
        for label, part in (
            ("gratitude", "thanks"),
            ("withdrawal", "decision"),
            ("withdrawal_hedged", "decision"),
            ("reason", "reason"),
        ):
            spans = self.spans(label)
            if spans and part not in {name for _, name in found}:
                found.append((spans[0].start_char, part))
        closes = self.spans("close")
        if closes:
            found.append((closes[-1].start_char, "close"))
        if self.layout.sign_off:
            found.append((self.layout.sign_off[0], "sign-off"))
        return [name for _, name in sorted(found)]

    @cached_property
    def reason_category(self) -> str | None:
        reasons = self.spans("reason")
        if not reasons:
            return None
        specific = [r.label_ for r in reasons if r.label_ in CATEGORY_PRECEDENCE]
        # The most decisive reason given, as within a sentence (CATEGORY_PRECEDENCE).
        return min(specific, key=CATEGORY_PRECEDENCE.index) if specific else "unspecified"

    @cached_property
    def role(self) -> str | None:
        roles = self.spans("role")
        return roles[0].text if roles else None

    @cached_property
    def company(self) -> str | None:
        companies = self.spans("company")
        # "Acme Corp." loses its period: the sentences we build add their own.
        return companies[0].text.rstrip(".") if companies else None

    def the_role(self) -> str:
        """'the Data Analyst role at Acme', or as much of it as the draft names."""
        phrase = f"the {self.role} role" if self.role else "the role"
        return f"{phrase} at {self.company}" if self.company else phrase

    @property
    def body_start(self) -> int:
        return self.layout.body_start

    @property
    def body_end(self) -> int:
        return self.layout.body_end

    @property
    def subject(self) -> str | None:
        """The .eml Subject header, else a "Subject:" line in the draft, else None."""
        if self.meta is not None and self.meta.subject is not None:
            return self.meta.subject
        return self.layout.subject

    @property
    def subject_range(self) -> tuple[int, int] | None:
        """Where the subject stands in the text (a zero-width range at 0 for .eml headers)."""
        if self.meta is not None and self.meta.subject is not None:
            return (0, 0)
        return self.layout.subject_range

    @cached_property
    def subject_doc(self) -> Doc | None:
        """The subject run through the pipeline on its own, as a body of one line, for the
        rules that read its tone ("Subject: I withdraw, your company is a joke"); None
        when there is no subject of two words or more."""
        subject = (self.subject or "").strip()
        if len(subject.split()) < 2:
            return None
        from withdraw_lint.engine import annotate, plain_characters

        return annotate(plain_characters(subject), Layout(0, len(subject)))

    @property
    def subject_offset(self) -> int | None:
        """Where the subject's own words start in the text, or None when they are not in
        it (an .eml header)."""
        if self.meta is not None and self.meta.subject is not None:
            return None
        if self.layout.subject_range is None or not self.layout.subject:
            return None
        start, end = self.layout.subject_range
        found = self.text.find(self.layout.subject.strip(), start, end)
        return found if found >= 0 else None

    @property
    def recipient(self) -> str | None:
        return self.meta.recipient_name if self.meta else None

    @cached_property
    def recipient_names(self) -> set[str]:
        """Lower-cased parts of the recipient's name ("Lee, Ana" -> {"lee", "ana"})."""
        return {p.lower() for p in re.findall(r"[\w'-]+", self.recipient or "")}

    @cached_property
    def recipient_first_name(self) -> str | None:
        if not self.recipient:
            return None
        name = self.recipient
        if names_a_group(name):
            return None  # "Talent Acquisition", "Recruiting Team", "Acme Careers"
        if "," in name:  # "Lee, Ana"
            name = name.split(",", 1)[1]
        parts = [p for p in name.split() if p.rstrip(".").lower() not in _TITLES]
        if not parts:
            return None
        first = parts[0]
        return first.capitalize() if first.isupper() and len(first) > 1 else first  # "PRIYA"

    @cached_property
    def sender_name(self) -> str:
        """The sender's name from the .eml From header or the sign-off's last line."""
        if self.meta and self.meta.sender_name:
            return self.meta.sender_name
        if self.layout.sign_off:
            last = self.text[self.layout.sign_off[0] : self.layout.sign_off[1]].splitlines()[-1]
            if 1 <= len(last.split()) <= 4 and not last.rstrip().endswith(","):
                return last.strip(" -–—")
        return "Your Name"

    @property
    def reference_date(self) -> dt.date:
        """The date the email speaks from: its Date header, else the settings' or today's."""
        if self.meta and self.meta.date:
            return self.meta.date
        return self.settings.today or dt.date.today()


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam"})
