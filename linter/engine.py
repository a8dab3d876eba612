"""Linting a draft: layout, pipeline, rules, and positions for each finding."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from withdraw_lint.diagnostics import Diagnostic, Edit, Finding, LineIndex, Severity, line_end
from withdraw_lint.layout import Layout, find_layout, inner_quotes, mask_inner_quotes
from withdraw_lint.reader import EmailMeta, LintInputError, Source, check_text, read_source
from withdraw_lint.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

PENALTY = {Severity.ERROR: 20, Severity.WARNING: 8, Severity.INFO: 2}

__all__ = ["FileResult", "LintInputError", "lint_path", "lint_paths", "lint_source", "lint_text"]


@dataclass
class FileResult:
    """The outcome for one draft: its findings, its metrics, or the input error."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    reason_category: str | None = None
    parts: list[str] = field(default_factory=list)
    """The parts of a withdrawal the draft has, in the order they appear."""
    notice: str | None = None
    """Why the draft was not checked although it could be read (e.g. not English)."""
    text_digest: str | None = field(default=None, repr=False, compare=False)
    """SHA-256 of the text that was linted, so a fix never lands on a changed file."""
    encoding: str | None = None
    """How the file was decoded ("utf-8", "utf-16", "cp1252", ...); None for text input."""
    error: str | None = None
    stdin_text: str | None = field(default=None, repr=False, compare=False)
    """For a draft read from standard input: its text, which --fix and --diff edit in
    place of a file (the name it was given by --stdin-filename is never written)."""

    @property
    def score(self) -> int | None:
        """0-100: 100 minus 20 per error, 8 per warning and 2 per info (None on input error
        or for a draft that was not checked)."""
        if self.error or self.notice:
            return None
        penalty = sum(PENALTY[d.severity] for d in self.diagnostics)
        return max(0, 100 - penalty)

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity == severity)

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
    """Lint one draft. Raises LintInputError when there is nothing to lint (empty or
    binary text)."""
    return lint_with_doc(text, settings, path, meta)[0]


def lint_with_doc(
    text: str,
    settings: Settings | None = None,
    path: str = "<text>",
    meta: EmailMeta | None = None,
) -> tuple[FileResult, Doc]:
    """Lint one draft and also return the annotated Doc (for evaluation and tests).

    Text that is empty or binary raises LintInputError, as it does when read from a file."""
    check_text(text, path)
    plain, layout = read_draft(text)
    doc = annotate(plain, layout)
    return _check(doc, layout, settings or Settings(), path, meta, text), doc


_PLAIN = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"}
    | {"\u00a0": " ", "\u202f": " ", "\u2007": " "}
)


_LONE_CR = re.compile(r"\r(?!\n)")


def read_draft(text: str) -> tuple[str, Layout]:
    """The draft as the pipeline and the rules read it, offset for offset, and its layout:
    its `plain_characters`, a lone carriage return (old Mac line ends) read as a line
    break, and quotes the writer's own words follow made blank (`inner_quotes`, which the
    layout keeps)."""
    plain = _LONE_CR.sub("\n", plain_characters(text))
    quotes = inner_quotes(plain)
    readable = mask_inner_quotes(plain, quotes)
    return readable, dataclasses.replace(find_layout(readable), inner_quotes=tuple(quotes))


def plain_characters(text: str) -> str:
    """The draft as the pipeline reads it: typographic apostrophes and single quotes
    (U+2019, U+2018, U+02BC) made straight, as phones and mail clients type them in
    "won't", and so the acute accent and backtick that some keyboards give for one; and
    no-break spaces (U+00A0, U+202F, U+2007), which mail clients put between
    words, made plain. The cues know only the plain forms: a no-break space between two
    words was a token of its own, and "out of the running" no longer matched. One
    character for one, so every offset stays."""
    return text.translate(_PLAIN)


def _check(
    doc: Doc,
    layout: Layout,
    settings: Settings,
    path: str,
    meta: EmailMeta | None,
    original: str,
) -> FileResult:
    """Run the enabled rules over an annotated draft. Excerpts quote `original`, the text
    as written, where the Doc holds its `plain_characters`."""
    from withdraw_lint.analysis import Analysis
    from withdraw_lint.rules import ALL_RULES

    text = doc.text
    if not looks_english(doc):
        notice = "the draft does not look like English; only English drafts are checked"
        return FileResult(path=path, metrics=dict(doc._.metrics or {}), notice=notice)
    if settings.phrases:
        from withdraw_lint.phrases import add_user_labels

        add_user_labels(doc, settings.phrases)
    analysis = Analysis(text=text, layout=layout, doc=doc, settings=settings, meta=meta)
    index = LineIndex(text)
    diagnostics: list[Diagnostic] = []
    for rule in ALL_RULES:
        if not settings.enabled(rule.name, rule.default_enabled):
            continue
        severity = settings.severity_of(rule.name, rule.severity)
        for finding in rule.check(analysis):
            diagnostics.append(
                _diagnostic(rule.name, rule.code, severity, finding, original, index)
            )
    diagnostics.sort(key=lambda d: (d.start, d.end, d.code))
    return FileResult(
        path=path,
        diagnostics=diagnostics,
        metrics={**(doc._.metrics or {}), **(doc._.readability if settings.readability else {})},
        reason_category=analysis.reason_category,
        parts=analysis.parts(),
    )


def text_digest(text: str) -> str:
    """A fingerprint of a draft's text (to tell later whether the file changed)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


BATCH_FOR_TWO_PROCESSES = 400
"""From this many drafts, `lint_paths` spreads the work over two processes."""


def lint_paths(
    paths: list[str],
    settings: Settings | None = None,
    processes: int = 0,
    stdin_name: str | None = None,
) -> list[FileResult]:
    """Read and lint many paths, in input order.

    Drafts go through `nlp.pipe` in batches. `processes` 0 chooses: one process for
    small batches, two (never more than the CPUs) for large ones. Each worker lints
    whole chunks and sends back only the small, picklable results: handing annotated
    Docs between processes (spaCy's `n_process`) cost more than it saved here.
    """
    settings = settings or Settings()
    if processes <= 0:
        cpus = os.cpu_count() or 1
        processes = min(2, cpus) if len(paths) >= BATCH_FOR_TWO_PROCESSES else 1
    if processes == 1 or len(paths) < 2 or "-" in paths:
        return _lint_chunk(paths, settings, stdin_name)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from withdraw_lint.pipeline import load

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork":
        load()  # workers inherit the loaded pipeline instead of loading it again
    size = -(-len(paths) // processes)
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        parts = pool.map(_lint_chunk, chunks, [settings] * len(chunks))
        return [result for part in parts for result in part]


def _lint_chunk(
    paths: list[str], settings: Settings, stdin_name: str | None = None
) -> list[FileResult]:
    from withdraw_lint.pipeline import load

    results: list[FileResult | None] = [None] * len(paths)
    pending: list[tuple[int, Source, str, Layout]] = []
    for i, path in enumerate(paths):
        try:
            source = read_source(path, stdin_name)
        except LintInputError as exc:
            shown = stdin_name if path == "-" and stdin_name else path
            results[i] = FileResult(path=shown, error=str(exc))
            continue
        pending.append((i, source, *read_draft(source.text)))
    nlp = load()
    docs = (_prepared(nlp.make_doc(plain), layout) for _, _, plain, layout in pending)
    for (i, source, _, layout), doc in zip(pending, nlp.pipe(docs, batch_size=64), strict=True):
        results[i] = _placed(
            _check(doc, layout, settings, source.path, source.meta, source.text), source
        )
        if paths[i] == "-":
            results[i].stdin_text = source.original or source.text
    return [r for r in results if r is not None]


def lint_source(source: Source, settings: Settings | None = None) -> FileResult:
    """Lint a draft already read (an editor's buffer), with positions in its file's text."""
    return _placed(lint_with_doc(source.text, settings, source.path, source.meta)[0], source)


def _placed(result: FileResult, source: Source) -> FileResult:
    """A result on `source`'s text, its positions moved into the file's text (HTML, .eml)."""
    result.encoding = source.encoding
    result.text_digest = text_digest(source.original or source.text)
    if source.disabled:
        off = source.disabled
        result.diagnostics = [
            d for d in result.diagnostics if d.rule not in off and d.code.lower() not in off
        ]
    if source.original is not None and source.origins is not None:
        result.diagnostics = _mapped(result.diagnostics, source)
    return result


MIN_WORDS_FOR_LANGUAGE = 8
MIN_STOP_WORD_SHARE = 0.12
"""English prose is about 40-50 % stop words; other languages written in Latin script
share few of them, and scripts without Latin letters share none."""


NON_LATIN_SHARE = 0.3
"""A draft whose letters are this much of other scripts is not English, however few
words it splits into: Japanese and Chinese run without spaces, so a whole paragraph was
one or two tokens and passed as English."""


def looks_english(doc: Doc) -> bool:
    """Whether enough of the words are common English function words (spaCy's stop list),
    and the letters mostly Latin."""
    letters = [ch for ch in doc.text if ch.isalpha()]
    if letters:
        other = sum(
            1
            for ch in letters
            if not ch.isascii() and not unicodedata.name(ch, "").startswith("LATIN")
        )
        if other / len(letters) > NON_LATIN_SHARE:
            return False
    words = [t for t in doc if t.is_alpha]
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return True
    return sum(t.is_stop for t in words) / len(words) >= MIN_STOP_WORD_SHARE


def annotate(text: str, layout: Layout | None = None) -> Doc:
    """Run the pipeline over a draft, telling it where the body is."""
    from withdraw_lint.pipeline import load

    layout = layout or find_layout(text)
    nlp = load()
    return nlp(_prepared(nlp.make_doc(text), layout))


def _prepared(doc: Doc, layout: Layout) -> Doc:
    """A Doc told where its body is, ready for the pipeline."""
    doc._.body = (layout.body_start, layout.body_end)
    doc._.postscript = layout.postscript
    return doc


def lint_path(path: str, settings: Settings | None = None) -> FileResult:
    """Read and lint one path ("-" is stdin); input problems become the result's error."""
    return lint_paths([path], settings, processes=1)[0]


def _mapped(diagnostics: list[Diagnostic], source: Source) -> list[Diagnostic]:
    """Diagnostics on converted text, moved to the file they came from (HTML, Markdown,
    .eml): a range runs from where its first character's form starts in the file to where
    its last one's ends.

    Fixes move too when the source allows it (`Source.fixable`) and each edit can be
    placed exactly (`_moved_edit`); otherwise they are dropped, as their edits are written
    for the converted text.
    """
    assert source.original is not None and source.origins is not None
    origins = source.origins
    index = LineIndex(source.original)
    moved = []
    for d in diagnostics:
        start = origins[min(d.start, len(origins) - 1)]
        end = _form_end(source, d.end - 1) if d.end > d.start else start
        begin, finish = index.position(start), index.position(end)
        fix = None
        if source.fixable and d.fix is not None:
            edits = tuple(_moved_edit(e, source) for e in d.fix.edits)
            if all(e is not None for e in edits):
                fix = dataclasses.replace(d.fix, edits=tuple(e for e in edits if e))
        moved.append(
            dataclasses.replace(
                d,
                start=start,
                end=end,
                line=begin.line,
                column=begin.column,
                end_line=finish.line,
                end_column=finish.column,
                fix=fix,
            )
        )
    return moved


def _form_end(source: Source, i: int) -> int:
    """Where the form of the converted text's character `i` ends in the file."""
    assert source.origins is not None
    return source.ends[i] if source.ends is not None else source.origins[i] + 1


def _moved_edit(edit: Edit, source: Source) -> Edit | None:
    """An edit on converted text placed in the file, or None when it cannot be exact.

    An insertion goes to its joint (in Markdown, outside the markup around it). A
    replacement needs its characters side by side in the file, nothing between them
    that the text leaves out (markup, a soft line break): it then replaces just their
    forms, which read as they do in the text."""
    origins = source.origins
    assert origins is not None
    if edit.start == edit.end:
        at = (source.joints or origins)[edit.start]
        return dataclasses.replace(edit, start=at, end=at)
    last = edit.end - 1
    if any(_form_end(source, i) != origins[i + 1] for i in range(edit.start, last)):
        return None
    return dataclasses.replace(edit, start=origins[edit.start], end=_form_end(source, last))


def _diagnostic(
    name: str, code: str, severity: Severity, finding: Finding, text: str, index: LineIndex
) -> Diagnostic:
    # A sentence typed with no stop runs on to the blank line after it: the range ends at
    # its last character, not on the next line.
    start, stop = finding.start, finding.end
    if text[start:stop].strip():
        stop = start + len(text[start:stop].rstrip())
    begin = index.position(start)
    end = index.position(stop)
    excerpt = text[start:stop]
    fix = finding.fix
    newline = line_end(text) if fix is not None else "\n"
    if fix is not None and newline != "\n":
        # The edits in the draft's own line ends, for a client that applies them as given.
        fix = dataclasses.replace(
            fix,
            edits=tuple(
                dataclasses.replace(e, replacement=e.replacement.replace("\n", newline))
                for e in fix.edits
            ),
        )
    return Diagnostic(
        rule=name,
        code=code,
        severity=severity,
        message=finding.message,
        suggestion=finding.suggestion,
        start=start,
        end=stop,
        line=begin.line,
        column=begin.column,
        end_line=end.line,
        end_column=end.column,
        excerpt=excerpt,
        fix=fix,
    )
