"""A real LSP session against `withdraw-lint server`: the CLI's findings, in UTF-16."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from helpers import CONSOLE_SCRIPT
from lsprotocol import types
from pygls.lsp.client import LanguageClient
from test_cli import invoke

EMOJI_DRAFT = (
    "Hi Zoë 👋,\n\nI'm withdrawing from the process for the Designer role 🙏 because I "
    "accepted another offer. Frankly, nobody bothered to reply to my emails for weeks.\n\n"
    "Best,\nJosé\n"
)


def utf16_column(line: str, column: int) -> int:
    """The UTF-16 offset of a 1-based code-point column."""
    return len(line[: column - 1].encode("utf-16-le")) // 2


async def session(tmp_path: Path) -> dict[str, object]:
    client = LanguageClient("test-client", "1")
    published: dict[str, asyncio.Future[types.PublishDiagnosticsParams]] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        future = published.get(f"{params.uri}@{params.version}")
        if future and not future.done():
            future.set_result(params)

    def expect(uri: str, version: int) -> asyncio.Future[types.PublishDiagnosticsParams]:
        future = asyncio.get_running_loop().create_future()
        published[f"{uri}@{version}"] = future
        return future

    await client.start_io(str(CONSOLE_SCRIPT), "server")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(), process_id=None, root_uri=tmp_path.as_uri()
        )
    )
    client.initialized(types.InitializedParams())
    path = tmp_path / "draft.txt"
    uri = path.as_uri()
    opened = expect(uri, 1)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="plaintext", version=1, text=EMOJI_DRAFT
            )
        )
    )
    first = await asyncio.wait_for(opened, 60)
    changed = expect(uri, 2)
    end = types.Position(line=4, character=0)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=0, character=0), end=end),
                    text="Hi Zoë 👋,\n\nI'm withdrawing.\n\n",
                )
            ],
        )
    )
    second = await asyncio.wait_for(changed, 60)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=0, character=0), end=end),
            context=types.CodeActionContext(diagnostics=list(second.diagnostics)),
        )
    )
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=second.diagnostics[0].range.start,
        )
    )
    titles = [a.title for a in actions or []]
    assert "withdraw-lint: ignore missing-reason in this file" in titles
    after_ignore = expect(uri, 2)
    published.pop(f"{uri}@2", None)
    published[f"{uri}@2"] = after_ignore
    # The action's command, as an editor runs it when the user picks the action.
    command = types.ExecuteCommandParams(
        command="withdraw-lint.ignoreInFile", arguments=[uri, "missing-reason"]
    )
    await client.workspace_execute_command_async(command)
    third = await asyncio.wait_for(after_ignore, 60)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {"first": first, "second": second, "actions": actions, "hover": hover, "third": third}


def test_lsp_session_matches_the_cli(tmp_path: Path) -> None:
    result = asyncio.run(session(tmp_path))
    first = result["first"]
    cli = json.loads(invoke(["check", "--format", "json", "-"], stdin=EMOJI_DRAFT).stdout)
    expected = cli["files"][0]["diagnostics"]
    lines = EMOJI_DRAFT.split("\n")
    got = [
        (d.code, d.range.start.line, d.range.start.character, d.range.end.character)
        for d in first.diagnostics  # type: ignore[attr-defined]
    ]
    want = [
        (
            e["rule"],
            e["line"] - 1,
            utf16_column(lines[e["line"] - 1], e["column"]),
            utf16_column(lines[e["end_line"] - 1], e["end_column"]),
        )
        for e in expected
    ]
    assert got == want
    assert "negative-tone" in [g[0] for g in got]
    second = result["second"]
    rules = {d.code for d in second.diagnostics}  # type: ignore[attr-defined]
    assert {"missing-gratitude", "missing-reason", "missing-positive-close"} <= rules
    titles = [a.title for a in result["actions"]]  # type: ignore[attr-defined]
    assert any("Thank you for the opportunity" in t for t in titles)
    hover = result["hover"]
    assert hover is not None and "Guide:" in hover.contents.value  # type: ignore[attr-defined]
    # "Ignore in this file" lands in the workspace config, never in the draft.
    third = {d.code for d in result["third"].diagnostics}  # type: ignore[attr-defined]
    assert "missing-reason" not in third and "missing-gratitude" in third
    config = (tmp_path / ".withdraw-lint.toml").read_text(encoding="utf-8")
    assert config == '[per-file-ignores]\n"draft.txt" = ["missing-reason"]\n'


def test_record_ignore_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    from withdraw_lint.config import load_config, record_ignore

    config = tmp_path / ".withdraw-lint.toml"
    config.write_text('max-words = 150\n\n[per-file-ignores]\n"a.txt" = ["shouting"]\n')
    record_ignore(tmp_path, tmp_path / "a.txt", "missing-greeting")
    record_ignore(tmp_path, tmp_path / "b c.txt", "shouting")
    values = load_config(config).values
    assert values["max-words"] == 150
    assert dict(values["per-file-ignores"]) == {
        "a.txt": ("shouting", "missing-greeting"),
        "b c.txt": ("shouting",),
    }


def test_record_ignore_writes_into_the_pyproject_in_effect(tmp_path: Path) -> None:
    # A new .withdraw-lint.toml beside the pyproject.toml would win as the nearest file and
    # hide every setting in it; the ignore goes into the pyproject's own table instead.
    from withdraw_lint.config import load_config, record_ignore

    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "mail"\n\n[tool.withdraw-lint]\nmax-words = 180\n'
        'ignore = ["vague-reason"]\n\n[tool.withdraw-lint.per-file-ignores]\n'
        '"old.txt" = ["shouting"]\n\n[tool.other]\nx = 1\n',
        encoding="utf-8",
    )
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    written = record_ignore(tmp_path, drafts / "x.txt", "missing-greeting")
    assert written == pyproject and not (tmp_path / ".withdraw-lint.toml").exists()
    values = load_config(pyproject).values
    assert values["max-words"] == 180 and values["ignore"] == ("vague-reason",)
    assert dict(values["per-file-ignores"]) == {
        "drafts/x.txt": ("missing-greeting",),
        "old.txt": ("shouting",),
    }
    text = pyproject.read_text(encoding="utf-8")
    assert text.index("per-file-ignores") < text.index("[tool.other]")
    settings = invoke(["config", str(drafts / "x.txt")]).stdout
    assert "max-words = 180" in settings
    assert "per-file-ignores for this draft" in settings


@pytest.mark.parametrize(
    ("name", "inline"),
    [
        (".withdraw-lint.toml", 'per-file-ignores = { "a.txt" = ["shouting"] }\n'),
        ("pyproject.toml", "[tool.withdraw-lint]\nper-file-ignores = {}\n"),
    ],
    ids=["inline-table", "empty-inline-table"],
)
def test_record_ignore_does_not_duplicate_an_inline_table(
    tmp_path: Path, name: str, inline: str
) -> None:
    from withdraw_lint.config import ConfigError, record_ignore

    config = tmp_path / name
    config.write_text(inline, encoding="utf-8")
    with pytest.raises(ConfigError, match="by hand"):
        record_ignore(tmp_path, tmp_path / "b.txt", "shouting")
    assert config.read_text(encoding="utf-8") == inline


NO_REASON_DRAFT = (
    "Dear Ms. Lee,\n\nThank you for the interview last week. I am withdrawing my "
    "application. I wish you and the team every success.\n\nBest regards,\nJo\n"
)


async def invalid_config_session(tmp_path: Path) -> dict[str, list]:
    """Open a draft under a broken config, type in it, break the config another way, then
    mend it: what is published and which messages the user is shown, at each step."""
    client = LanguageClient("test-client", "1")
    queue: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()
    shown: list[types.ShowMessageParams] = []

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        queue.put_nowait(params)

    @client.feature(types.WINDOW_SHOW_MESSAGE)
    def on_message(params: types.ShowMessageParams) -> None:
        shown.append(params)

    config = tmp_path / ".withdraw-lint.toml"
    config.write_text('max-words = "lots"\n', encoding="utf-8")
    await client.start_io(str(CONSOLE_SCRIPT), "server")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(), process_id=None, root_uri=tmp_path.as_uri()
        )
    )
    client.initialized(types.InitializedParams())
    uri = (tmp_path / "draft.txt").as_uri()
    steps: dict[str, list] = {}

    async def step(name: str) -> None:
        published = await asyncio.wait_for(queue.get(), 60)
        steps[name] = [[str(d.code) for d in published.diagnostics], [m.message for m in shown]]

    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="plaintext", version=1, text=NO_REASON_DRAFT
            )
        )
    )
    await step("opened")
    for version in (2, 3):  # keystrokes: the same error is not shown again
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(NO_REASON_DRAFT)],
            )
        )
        await step(f"typed {version}")
    config.write_text('ignore = ["no-such-rule"]\n', encoding="utf-8")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={}))
    await step("broken otherwise")
    config.write_text('ignore = ["missing-reason"]\n', encoding="utf-8")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={}))
    await step("mended")
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return steps


def test_an_invalid_config_is_shown_once_and_the_draft_linted_with_the_defaults(
    tmp_path: Path,
) -> None:
    """Review item 9: the server published no findings (a clean-looking draft) and only
    logged the error."""
    steps = asyncio.run(invalid_config_session(tmp_path))
    defaults = json.loads(
        invoke(["check", "--isolated", "--format", "json", "-"], stdin=NO_REASON_DRAFT).stdout
    )
    expected = [d["rule"] for d in defaults["files"][0]["diagnostics"]]
    assert "missing-reason" in expected
    config = tmp_path / ".withdraw-lint.toml"
    first = (
        f"withdraw-lint: {config}: key 'max-words': expected a whole number of at least 1; "
        "using the default settings until it is fixed"
    )
    second = (
        f"withdraw-lint: {config}: key 'ignore': expected rule names (`withdraw-lint rules` "
        "lists them); got 'no-such-rule'; using the default settings until it is fixed"
    )
    assert steps == {
        "opened": [expected, [first]],
        "typed 2": [expected, [first]],
        "typed 3": [expected, [first]],
        "broken otherwise": [expected, [first, second]],
        "mended": [[r for r in expected if r != "missing-reason"], [first, second]],
    }


def test_record_ignore_escapes_a_name_with_brackets(tmp_path: Path) -> None:
    from withdraw_lint.config import ignored_for, load_config, record_ignore

    draft = tmp_path / "[v2] draft.txt"
    path = record_ignore(tmp_path, draft, "shouting")
    assert ignored_for(load_config(path), str(draft)) == {"shouting"}
    assert not ignored_for(load_config(path), str(tmp_path / "v draft.txt"))


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"], ids=["cr", "crlf", "lf"])
def test_ranges_count_lines_as_lsp_does(newline: str) -> None:
    """Third review: with a lone "\\r" (or U+2028 in a line) every range landed at the end
    of the first line, and a code action's edit with it."""
    from pygls.workspace import TextDocument
    from withdraw_lint.server import WithdrawLintServer

    text = newline.join(["Dear Ms. Lee,", "", "I am out\u2028of here 👋 now!!!", "", "Jane", ""])
    marks = text.index("!!!")
    document = TextDocument("file:///draft.txt", text)
    found = WithdrawLintServer.range_of(None, document, marks, marks + 3)  # type: ignore[arg-type]
    # Line 2 (0-based), after "I am out\u2028of here 👋 now": 👋 is two UTF-16 units.
    column = len("I am out\u2028of here 👋 now".encode("utf-16-le")) // 2
    assert (found.start.line, found.start.character) == (2, column)
    assert (found.end.line, found.end.character) == (2, column + 3)
