"""`withdraw-lint server`: a Language Server (LSP over stdio) built on pygls.

Diagnostics are published when a draft is opened, changed or saved; each fix is a code
action; hovering a finding shows its rule's documentation; `workspace/didChangeConfiguration`
makes the server read configuration files again. The pipeline loads once, at start.
Positions are converted to the code units the client asked for (UTF-16 by default).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument
from withdraw_lint import __version__
from withdraw_lint.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    from withdraw_lint.reader import Source
    from withdraw_lint.settings import Settings

DEFAULT_LANGUAGES = frozenset({"plaintext", "markdown", "email", "mail", "text", "eml"})
EMAIL_LANGUAGES = frozenset({"email", "mail", "eml"})
IGNORE_COMMAND = "withdraw-lint.ignoreInFile"
SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


class WithdrawLintServer(LanguageServer):
    """The server and what it remembers between requests: findings per open draft."""

    def __init__(self) -> None:
        super().__init__("withdraw-lint", __version__)
        self.languages = set(DEFAULT_LANGUAGES)
        self.findings: dict[str, list[Diagnostic]] = {}
        self.config_errors: dict[str, str] = {}
        """The configuration error in effect for each open draft whose config is invalid."""

    def settings_for(self, uri: str, path: str) -> Settings:
        """The draft's settings; with an invalid config file, the defaults, and the error
        shown to the user (once while it stays the same, not on every keystroke).

        The CLI exits 2 on such a file; an editor cannot, and an empty list of findings
        would read as a clean draft, so the draft is linted as if there were no config."""
        from withdraw_lint.config import ConfigError, settings_for
        from withdraw_lint.settings import Settings

        defaults = Settings(readability=False)
        try:
            settings, _ = settings_for(path, defaults, {})
        except ConfigError as exc:
            message = f"withdraw-lint: {exc}; using the default settings until it is fixed"
            if message not in self.config_errors.values():
                self.window_show_message(
                    types.ShowMessageParams(type=types.MessageType.Error, message=message)
                )
            self.config_errors[uri] = message
            return defaults
        self.config_errors.pop(uri, None)
        return settings

    def lint(self, document: TextDocument) -> None:
        """Lint one open draft and publish its findings (none for other languages)."""
        from withdraw_lint.engine import LintInputError, lint_source, lint_text

        if document.language_id and document.language_id not in self.languages:
            return
        path = to_fs_path(document.uri) or document.uri
        found: list[Diagnostic] = []
        settings = self.settings_for(document.uri, path)
        try:
            source = read_buffer(document.source, path, document.language_id)
            result = (
                lint_source(source, settings)
                if source is not None
                else lint_text(document.source, settings, path)
            )
            found = result.diagnostics
        except LintInputError as exc:
            self.window_log_message(
                types.LogMessageParams(type=types.MessageType.Warning, message=str(exc))
            )
        self.findings[document.uri] = found
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=document.uri,
                version=document.version,
                diagnostics=[self.to_lsp(document, d) for d in found],
            )
        )

    def range_of(self, document: TextDocument, start: int, end: int) -> types.Range:
        """An LSP range, in the client's code units, for character offsets into the text."""
        # Lines as LSP counts them ("\n", "\r\n" and a lone "\r" end one; U+2028 or a form
        # feed does not), for the line numbers and for the code units within a line alike.
        source = document.source
        starts = [0] + [m.end() for m in _LSP_LINE_END.finditer(source)]
        lines = [source[a:b] for a, b in zip(starts, [*starts[1:], len(source) + 1], strict=True)]
        codec = document.position_codec

        def position(offset: int) -> types.Position:
            line = bisect.bisect_right(starts, offset) - 1
            server = types.Position(line=line, character=offset - starts[line])
            return codec.position_to_client_units(lines, server)

        return types.Range(start=position(start), end=position(end))

    def to_lsp(self, document: TextDocument, d: Diagnostic) -> types.Diagnostic:
        return types.Diagnostic(
            range=self.range_of(document, d.start, d.end),
            message=f"{d.message}\nFix: {d.suggestion}",
            severity=SEVERITY[d.severity],
            code=d.rule,
            source="withdraw-lint",
            data={"code": d.code, "start": d.start, "end": d.end},
        )


_LSP_LINE_END = re.compile(r"\r\n|\r|\n")


def read_buffer(text: str, path: str, language: str | None) -> Source | None:
    """An email or Markdown buffer read as `check` reads an .eml or .md file (headers and
    quoted reply set aside, or markup taken out; positions and fixes placed in the
    buffer), by its languageId or its file name; None for a buffer linted as plain text,
    an email buffer with no headers yet among them."""
    from withdraw_lint.reader import MARKDOWN_SUFFIXES, NotAnEmailError, read_eml, read_markdown

    data = text.encode("utf-8", "surrogatepass")
    if language in EMAIL_LANGUAGES or path.lower().endswith(".eml"):
        try:
            return read_eml(data, path)
        except NotAnEmailError:
            return None
    if language == "markdown" or path.lower().endswith(MARKDOWN_SUFFIXES):
        return read_markdown(data, path)
    return None


server = WithdrawLintServer()


@server.feature(types.INITIALIZE)
def initialize(ls: WithdrawLintServer, params: types.InitializeParams) -> None:
    options: Any = params.initialization_options or {}
    languages = options.get("languages") if isinstance(options, dict) else None
    if isinstance(languages, list) and all(isinstance(x, str) for x in languages):
        ls.languages = set(languages)
    from withdraw_lint.pipeline import load

    load()


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: WithdrawLintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.lint(ls.workspace.get_text_document(params.text_document.uri))


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: WithdrawLintServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.lint(ls.workspace.get_text_document(params.text_document.uri))


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: WithdrawLintServer, params: types.DidSaveTextDocumentParams) -> None:
    ls.lint(ls.workspace.get_text_document(params.text_document.uri))


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: WithdrawLintServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.findings.pop(params.text_document.uri, None)
    ls.config_errors.pop(params.text_document.uri, None)
    ls.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
    )


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
def did_change_configuration(
    ls: WithdrawLintServer, params: types.DidChangeConfigurationParams
) -> None:
    from withdraw_lint.config import forget_loaded_configs

    forget_loaded_configs()
    for uri in list(ls.findings):
        ls.lint(ls.workspace.get_text_document(uri))


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
)
def code_action(ls: WithdrawLintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    """For each finding in range: its fix, and 'ignore this rule in this file'."""
    document = ls.workspace.get_text_document(params.text_document.uri)
    wanted = params.range
    fixes, ignored = [], []
    for d in ls.findings.get(document.uri, []):
        found = ls.range_of(document, d.start, d.end)
        if found.end.line < wanted.start.line or found.start.line > wanted.end.line:
            continue
        if d.fix is not None:
            edits = [
                types.TextEdit(range=ls.range_of(document, e.start, e.end), new_text=e.replacement)
                for e in d.fix.edits
            ]
            fixes.append(
                types.CodeAction(
                    title=f"withdraw-lint: {d.suggestion}"
                    + ("" if d.fix.safe else " (unsafe fix: check it)"),
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[ls.to_lsp(document, d)],
                    is_preferred=d.fix.safe,
                    edit=types.WorkspaceEdit(changes={document.uri: edits}),
                )
            )
        if d.rule not in ignored:
            ignored.append(d.rule)
    return fixes + [
        types.CodeAction(
            title=f"withdraw-lint: ignore {rule} in this file",
            kind=types.CodeActionKind.QuickFix,
            command=types.Command(
                title=f"Ignore {rule} in this file",
                command=IGNORE_COMMAND,
                arguments=[document.uri, rule],
            ),
        )
        for rule in ignored
    ]


@server.command(IGNORE_COMMAND)
def ignore_in_file(ls: WithdrawLintServer, uri: str, rule: str) -> None:
    """Record "ignore RULE in this file" in the config file in effect for the draft (or a
    new .withdraw-lint.toml at the workspace root), never in the draft."""
    from pathlib import Path

    from withdraw_lint.config import ConfigError, record_ignore

    root = Path(ls.workspace.root_path or Path(to_fs_path(uri) or ".").parent)
    try:
        record_ignore(root, Path(to_fs_path(uri) or uri), rule)
    except ConfigError as exc:
        ls.window_show_message(
            types.ShowMessageParams(type=types.MessageType.Warning, message=str(exc))
        )
        return
    ls.lint(ls.workspace.get_text_document(uri))


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: WithdrawLintServer, params: types.HoverParams) -> types.Hover | None:
    from withdraw_lint import rules

    document = ls.workspace.get_text_document(params.text_document.uri)
    at = params.position
    for d in ls.findings.get(document.uri, []):
        found = ls.range_of(document, d.start, d.end)
        after_start = (at.line, at.character) >= (found.start.line, found.start.character)
        before_end = (at.line, at.character) <= (found.end.line, found.end.character)
        rule = rules.get(d.rule)
        if after_start and before_end and rule is not None:
            text = (
                f"**{rule.name}** ({rule.code}, {d.severity.value})\n\n{rule.summary}\n\n"
                f"{rule.why}\n\n*Guide: {rule.guide}.*\n\n**Fix:** {d.suggestion}"
            )
            return types.Hover(
                contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
                range=found,
            )
    return None


def main() -> None:
    server.start_io()
