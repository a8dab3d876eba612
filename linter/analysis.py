"""The annotated draft that rules read: the Doc, the layout and helpers over them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span
from withdraw_lint.components import body_sentences
from withdraw_lint.layout import Layout
from withdraw_lint.settings import Settings


@dataclass
class Analysis:
    """One draft after the pipeline ran: what every rule's check receives."""

    text: str
    layout: Layout
    doc: Doc
    settings: Settings

    @cached_property
    def sentences(self) -> list[Span]:
        """The body's sentences, in order."""
        return body_sentences(self.doc)

    def spans(self, label: str) -> list[Span]:
        """Sentences the pipeline labelled `label` (a span group on the Doc)."""
        return list(self.doc.spans.get(label, []))

    def has(self, label: str) -> bool:
        return len(self.doc.spans.get(label, [])) > 0

    def labels_of(self, sent: Span) -> set[str]:
        return {
            name
            for name, group in self.doc.spans.items()
            if any(s.start == sent.start and s.end == sent.end for s in group)
        }

    @cached_property
    def reason_category(self) -> str | None:
        reasons = self.spans("reason")
        if not reasons:
            return None
        specific = [r.label_ for r in reasons if r.label_ != "unspecified"]
        return specific[0] if specific else "unspecified"

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
