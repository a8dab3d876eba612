"""Email buffers in the language server (review item 6): a `mail` buffer or an .eml file is
read as the CLI reads an .eml file (headers, body, quoted reply left out), with findings and
fixes placed in the buffer. A real LSP session against `withdraw-lint server`.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from helpers import CONSOLE_SCRIPT
from lsprotocol import types
from pygls.lsp.client import LanguageClient
from test_cli import invoke

HEADERS = (
    "From: Jane Doe <jane@example.com>\nTo: Laura Kim <laura.kim@acme.com>\n"
    "Subject: Application\nDate: Mon, 03 Mar 2025 09:12:00 +0000\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
)
BODY = (
    "Thank you for inviting me to the final interview on Thursday, March 4. I have decided "
    "to withdraw my application, as I have accepted another offer.\n\n"
    "I wish you and the team every success.\n\nBest regards,\nJane Doe\n"
)
REPLY = (
    "\nOn Mon, Mar 3, 2025 at 4:00 PM Laura Kim <laura.kim@acme.com> wrote:\n"
    "> Your interview is a JOKE if you don't come!!! We never hire people like you.\n"
)
MAIL = HEADERS + BODY + REPLY


async def publish_all(tmp_path: Path, buffers: dict[str, tuple[str, str]]) -> dict[str, object]:
    """Open each buffer (name -> (languageId, text)); return its diagnostics and the code
    actions over its whole text."""
    client = LanguageClient("test-client", "1")
    published: dict[str, asyncio.Future[types.PublishDiagnosticsParams]] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        future = published.get(params.uri)
        if future and not future.done():
            future.set_result(params)

    await client.start_io(str(CONSOLE_SCRIPT), "server")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(), process_id=None, root_uri=tmp_path.as_uri()
        )
    )
    client.initialized(types.InitializedParams())
    out: dict[str, object] = {}
    for name, (language, text) in buffers.items():
        uri = (tmp_path / name).as_uri()
        published[uri] = asyncio.get_running_loop().create_future()
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id=language, version=1, text=text
                )
            )
        )
        diagnostics = (await asyncio.wait_for(published[uri], 60)).diagnostics
        everything = types.Range(
            start=types.Position(line=0, character=0),
            end=types.Position(line=text.count("\n") + 1, character=0),
        )
        actions = await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=everything,
                context=types.CodeActionContext(diagnostics=list(diagnostics)),
            )
        )
        out[name] = (diagnostics, actions or [])
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return out


def cli_findings(text: str, name: str = "x.eml") -> list[tuple[str, int, int, int, int]]:
    """The CLI's findings for `text` read as file `name`, as 0-based LSP positions (ASCII)."""
    result = invoke(["check", "--format", "json", "--stdin-filename", name, "-"], stdin=text)
    return [
        (d["rule"], d["line"] - 1, d["column"] - 1, d["end_line"] - 1, d["end_column"] - 1)
        for d in json.loads(result.stdout)["files"][0]["diagnostics"]
    ]


def lsp_findings(diagnostics: list[types.Diagnostic]) -> list[tuple[str, int, int, int, int]]:
    return [
        (
            str(d.code),
            d.range.start.line,
            d.range.start.character,
            d.range.end.line,
            d.range.end.character,
        )
        for d in diagnostics
    ]


def test_email_buffers_get_the_cli_findings_in_place(tmp_path: Path) -> None:
    bare = "Dear Laura,\n\nThank you. I am withdrawing. Best of luck.\n\nBest,\nJane\n"
    result = asyncio.run(
        publish_all(
            tmp_path,
            {
                "mutt-draft": ("mail", MAIL),  # Neovim's mail filetype, no .eml name
                "saved.eml": ("plaintext", MAIL),  # an .eml file, whatever the language
                "bare-body": ("mail", bare),  # no headers yet: linted as the body it is
            },
        )
    )
    expected = cli_findings(MAIL)
    assert {f[0] for f in expected} >= {"weak-subject", "missing-greeting", "date-mismatch"}
    lines = MAIL.split("\n")
    for name in ("mutt-draft", "saved.eml"):
        diagnostics, actions = result[name]  # type: ignore[misc]
        got = lsp_findings(diagnostics)
        assert got == expected, name
        # Placed in the buffer: the date is on its body line, nothing on a header.
        (date,) = [g for g in got if g[0] == "date-mismatch"]
        assert lines[date[1]][date[2] : date[4]] == "Thursday, March 4"
        assert all(g[1] >= HEADERS.count("\n") for g in got)
        # The quoted reply is not linted.
        assert not {"negative-tone", "shouting", "closes-door"} & {g[0] for g in got}
        # The greeting fix inserts at the body's start in the buffer.
        (greeting,) = [a for a in actions if getattr(a, "edit", None) and "salutation" in a.title]
        (edit,) = greeting.edit.changes[(tmp_path / name).as_uri()]
        assert (edit.range.start.line, edit.range.start.character) == (HEADERS.count("\n"), 0)
        assert edit.new_text == "Dear Laura,\n\n"
    bare_found, _ = result["bare-body"]  # type: ignore[misc]
    assert lsp_findings(bare_found) == cli_findings(bare, "bare.txt")  # type: ignore[arg-type]


MARKDOWN = (
    "# Withdrawal\n\nDear Ana,\n\nI am writing about the **Data Analyst** position at *Acme*. "
    "I have accepted another offer, so I am withdrawing my application!!!\n\n"
    "Best regards,\nJane Doe\n"
)


def test_markdown_buffers_get_the_cli_findings_in_place(tmp_path: Path) -> None:
    # As `check` reads a .md file: the markup taken out, so the fixes name the company,
    # and positions placed in the buffer's own text.
    result = asyncio.run(publish_all(tmp_path, {"draft.md": ("markdown", MARKDOWN)}))
    diagnostics, actions = result["draft.md"]  # type: ignore[misc]
    assert lsp_findings(diagnostics) == cli_findings(MARKDOWN, "draft.md")
    titles = [a.title for a in actions]  # type: ignore[attr-defined]
    assert any("the team at Acme" in t for t in titles), titles
