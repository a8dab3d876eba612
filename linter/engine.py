"""Linting a draft: layout, pipeline, rules, and positions for each finding."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from withdraw_lint.diagnostics import Diagnostic, Finding, LineIndex, Severity
from withdraw_lint.layout import Layout, find_layout
from withdraw_lint.reader import EmailMeta, LintInputError, read_source
from withdraw_lint.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

PENALTY = {Severity.ERROR: 20, Severity.WARNING: 8, Severity.INFO: 2}

__all__ = ["FileResult", "LintInputError", "lint_path", "lint_text"]


@dataclass
class FileResult:
    """The outcome for one draft: its findings, its metrics, or the input error."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    reason_category: str | None = None
    parts: list[str] = field(default_factory=list)
    notice: str | None = None
    """Why the draft was not checked although it could be read (e.g. not English)."""
    encoding: str | None = None
    """How the file was decoded ("utf-8", "utf-16", "cp1252", ...); None for text input."""
    """The parts of a withdrawal the draft has, in the order they appear."""
    error: str | None = None

    @property
    def score(self) -> int | None:
        """0-100: 100 minus 20 per error, 8 per warning and 2 per info (None on input error)."""
        if self.error:
            return None
        penalty = sum(PENALTY[d.severity] for d in self.diagnostics)
        return max(0, 100 - penalty)

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity == severity)

    def worst(self) -> Severity | None:
        return max((d.severity for d in self.diagnostics), key=lambda s: s.rank, default=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "diagnostics": [d.to_dict() for d in self.diagnostics],
            "metrics": self.metrics,
            "reason_category": self.reason_category,
            "parts": self.parts,
            "encoding": self.encoding,
            "notice": self.notice,
            "score": self.score,
            "error": self.error,
        }


def lint_text(
    text: str,
    settings: Settings | None = None,
    path: str = "<text>",
    meta: EmailMeta | None = None,
) -> FileResult:
    """Lint one draft. Raises LintInputError when there is nothing to lint."""
    return lint_with_doc(text, settings, path, meta)[0]


def lint_with_doc(
    text: str,
    settings: Settings | None = None,
    path: str = "<text>",
    meta: EmailMeta | None = None,
) -> tuple[FileResult, Doc]:
    """Lint one draft and also return the annotated Doc (for evaluation and tests)."""
    from withdraw_lint.analysis import Analysis
    from withdraw_lint.rules import ALL_RULES

    settings = settings or Settings()
    if not text.strip():
        raise LintInputError(f"{path}: the draft is empty")
    layout = find_layout(text)
    doc = annotate(text, layout)
    if not looks_english(doc):
        notice = "the draft does not look like English; only English drafts are checked"
        return FileResult(path=path, metrics=dict(doc._.metrics or {}), notice=notice), doc
    analysis = Analysis(text=text, layout=layout, doc=doc, settings=settings, meta=meta)
    index = LineIndex(text)
    diagnostics: list[Diagnostic] = []
    for rule in ALL_RULES:
        if not settings.enabled(rule.name, rule.default_enabled):
            continue
        for finding in rule.check(analysis):
            diagnostics.append(
                _diagnostic(rule.name, rule.code, rule.severity, finding, text, index)
            )
    diagnostics.sort(key=lambda d: (d.start, d.end, d.code))
    result = FileResult(
        path=path,
        diagnostics=diagnostics,
        metrics={**(doc._.metrics or {}), **(doc._.readability if settings.readability else {})},
        reason_category=analysis.reason_category,
        parts=analysis.parts(),
    )
    return result, doc


MIN_WORDS_FOR_LANGUAGE = 8
MIN_STOP_WORD_SHARE = 0.12
"""English prose is about 40-50 % stop words; other languages written in Latin script
share few of them, and scripts without Latin letters share none."""


def looks_english(doc: Doc) -> bool:
    """Whether enough of the words are common English function words (spaCy's stop list)."""
    words = [t for t in doc if t.is_alpha]
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return True
    return sum(t.is_stop for t in words) / len(words) >= MIN_STOP_WORD_SHARE


def annotate(text: str, layout: Layout | None = None) -> Doc:
    """Run the pipeline over a draft, telling it where the body is."""
    from withdraw_lint.pipeline import load

    layout = layout or find_layout(text)
    nlp = load()
    doc = nlp.make_doc(text)
    doc._.body = (layout.body_start, layout.body_end)
    return nlp(doc)


def lint_path(path: str, settings: Settings | None = None) -> FileResult:
    """Read and lint one path ("-" is stdin); input problems become the result's error."""
    try:
        source = read_source(path)
        result = lint_text(source.text, settings=settings, path=path, meta=source.meta)
        result.encoding = source.encoding
        return result
    except LintInputError as exc:
        return FileResult(path=path, error=str(exc))


def _diagnostic(
    name: str, code: str, severity: Severity, finding: Finding, text: str, index: LineIndex
) -> Diagnostic:
    begin = index.position(finding.start)
    end = index.position(finding.end)
    excerpt = text[finding.start : finding.end]
    return Diagnostic(
        rule=name,
        code=code,
        severity=severity,
        message=finding.message,
        suggestion=finding.suggestion,
        start=finding.start,
        end=finding.end,
        line=begin.line,
        column=begin.column,
        end_line=end.line,
        end_column=end.column,
        excerpt=excerpt,
        fix=finding.fix,
    )
