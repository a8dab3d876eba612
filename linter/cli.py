"""The command line: `withdraw-lint check|rules|explain|evaluate`."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from withdraw_lint import __version__

if TYPE_CHECKING:
    from withdraw_lint.engine import FileResult
    from withdraw_lint.settings import Settings

app = typer.Typer(
    name="withdraw-lint",
    help="Lint the email you send to withdraw from an interview process, before you send it.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"withdraw-lint {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Lint withdrawal emails against the guide."""


def _use_color(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for v in values or [] for part in v.split(",") if part.strip()]


def _rule_names(values: list[str]) -> frozenset[str]:
    """Rule names from --select style options (names or codes, comma-separated)."""
    from withdraw_lint.settings import rule_names

    try:
        return rule_names(_split(values))
    except ValueError as exc:
        raise _fail(str(exc)) from None


def _values(pairs: list[str] | None) -> tuple[tuple[str, str], ...]:
    from withdraw_lint.settings import VALUE_KEYS as known

    values = []
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise _fail(f"--set takes KEY=VALUE, got {pair!r}")
        key = key.strip().lower()
        if key not in known:
            raise _fail(f"--set {key}: unknown key; use one of {', '.join(known)}")
        values.append((key, value.strip()))
    return tuple(values)


def _show_diffs(results: list[FileResult], unsafe: bool) -> int:
    """Print each file's fixes as a unified diff; 1 when there is any, 0 when none, 2 when
    a file could not be read or its fixes not applied."""
    from withdraw_lint.fixes import FixError, fix_file

    changed = failed = 0
    for result in results:
        if result.error:
            typer.echo(f"withdraw-lint: error: {result.error}", err=True)
            failed += 1
            continue
        try:
            fixed = fix_file(result, unsafe, write=False)
        except FixError as exc:
            typer.echo(f"withdraw-lint: error: {exc}", err=True)
            failed += 1
            continue
        if fixed:
            changed += 1
            sys.stdout.write(fixed.diff())
    return EXIT_ERROR if failed else EXIT_FINDINGS if changed else EXIT_CLEAN


def _plan(
    paths: list[str],
    base: Settings,
    overrides: dict[str, object],
    config_file: Path | None,
    isolated: bool,
    stdin_name: str | None = None,
) -> dict[Settings, list[int]]:
    """Group the drafts by the settings that apply to each (their nearest config file).

    Standard input named by --stdin-filename takes that file's settings, per-file ignores
    included, so an editor's unsaved buffer gets the findings the saved file would."""
    from withdraw_lint.config import ConfigError, settings_for

    plan: dict[Settings, list[int]] = {}
    for i, path in enumerate(paths):
        named = stdin_name if path == "-" and stdin_name else path
        try:
            settings, _ = settings_for(named, base, overrides, config_file, isolated)
        except ConfigError as exc:
            raise _fail(str(exc)) from None
        plan.setdefault(settings, []).append(i)
    return plan


def _lint_planned(
    plan: dict[Settings, list[int]], paths: list[str], jobs: int, stdin_name: str | None
) -> list[FileResult]:
    from withdraw_lint.engine import lint_paths

    results: list[FileResult | None] = [None] * len(paths)
    for settings, indices in plan.items():
        group = lint_paths(
            [paths[i] for i in indices], settings, processes=jobs, stdin_name=stdin_name
        )
        for i, result in zip(indices, group, strict=True):
            results[i] = result
    return [r for r in results if r is not None]


def _fix(
    results: list[FileResult], settings: list[Settings], unsafe: bool
) -> tuple[list[FileResult], int]:
    """Apply fixes, then lint the fixed files again so the report shows what is left.
    Returns the results and how many files could not be fixed.

    A file whose fixes cannot be written (FixError) keeps its lint result: it was read
    and checked, so the report shows its findings; its one-line error is printed here and
    the run exits 2. Standard input is fixed as Ruff does it: its fixed text (or the text
    unchanged) is printed on stdout, and the caller sends the report to stderr."""
    from withdraw_lint.engine import lint_path, lint_source
    from withdraw_lint.fixes import FixError, fix_file
    from withdraw_lint.reader import read_bytes

    applied = refused = 0
    for i, result in enumerate(results):
        if result.error:
            continue
        try:
            fixed = fix_file(result, unsafe, write=True)
        except FixError as exc:
            typer.echo(f"withdraw-lint: error: {exc}", err=True)
            refused += 1
            continue
        if result.stdin_text is not None:
            text = fixed.after if fixed else result.stdin_text
            sys.stdout.flush()
            sys.stdout.buffer.write(_encoded_as_read(text, result.encoding))
            sys.stdout.flush()
            if fixed:
                applied += fixed.applied
                results[i] = lint_source(read_bytes(text.encode("utf-8"), result.path), settings[i])
        elif fixed:
            applied += fixed.applied
            results[i] = lint_path(result.path, settings[i])
    if applied:
        typer.echo(f"withdraw-lint: applied {applied} fix(es)", err=True)
    return results, refused


def _encoded_as_read(text: str, encoding: str | None) -> bytes:
    """Standard input's text in the encoding it came in (byte-order mark included), so a
    --fix that changes nothing gives back the same bytes; UTF-8 where that cannot be."""
    try:
        return text.encode(encoding or "utf-8")
    except (LookupError, UnicodeEncodeError):
        return text.encode("utf-8")


def _fail(message: str) -> typer.Exit:
    typer.echo(f"withdraw-lint: error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def _once_each(paths: list[str]) -> list[str]:
    """The paths with a file named twice ("a.txt ./a.txt", a link to it) kept once, as
    first named: linted twice it would be reported twice, and fixed once and then refused
    as changed since it was linted."""
    seen: set[str] = set()
    unique = []
    for path in paths:
        key = path if path == "-" else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


@app.command()
def check(
    paths: Annotated[
        list[str], typer.Argument(help="Draft files to lint; '-' reads standard input.")
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.text,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(help="Exit 1 when a finding is at or above this severity [default: warning]."),
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option(help="Only these rules (names, comma-separated).")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Skip these rules (names, comma-separated).")
    ] = None,
    extend_select: Annotated[
        list[str] | None,
        typer.Option(help="Add opt-in rules to the defaults (names, comma-separated)."),
    ] = None,
    max_words: Annotated[
        int | None, typer.Option(min=1, help="Body word limit [default: 200].")
    ] = None,
    max_sentence_words: Annotated[
        int | None, typer.Option(min=1, help="Sentence word limit [default: 40].")
    ] = None,
    config: Annotated[
        Path | None, typer.Option(help="Use this configuration file for every draft.")
    ] = None,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="Ignore configuration files.")
    ] = False,
    color: Annotated[
        bool | None, typer.Option("--color/--no-color", help="Colour the text output.")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print findings only, no summary.")
    ] = False,
    stdin_filename: Annotated[
        str | None,
        typer.Option(help="The file name that '-' stands for (editors: the buffer's path)."),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")
    ] = False,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print counts per rule instead of findings.")
    ] = False,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes to the files.")] = False,
    unsafe_fixes: Annotated[
        bool, typer.Option("--unsafe-fixes", help="Also apply fixes that need a human look.")
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Show the fixes as a diff; change no file.")
    ] = False,
    set_values: Annotated[
        list[str] | None,
        typer.Option("--set", help="Fill placeholders: company=Acme, role=..., name=..."),
    ] = None,
    no_daemon: Annotated[
        bool,
        typer.Option("--no-daemon", help="Lint in this process, not in the background worker."),
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(min=0, help="Processes for the pipeline; 0 picks (2 for large batches)."),
    ] = 0,
    fail_under: Annotated[
        int | None,
        typer.Option(min=0, max=100, help="Also exit 1 when a draft scores under this (0-100)."),
    ] = None,
    readability: Annotated[
        bool,
        typer.Option(
            "--readability",
            help="Add textstat's readability figures to the JSON metrics (its pronouncing "
            "dictionary takes about a second to load).",
        ),
    ] = False,
) -> None:
    """Lint drafts and report where they depart from the guide."""
    import json

    from withdraw_lint.reporters import (
        render_github,
        render_json,
        render_sarif,
        render_statistics,
        render_text,
    )
    from withdraw_lint.reporters.text import statistics as count_rules
    from withdraw_lint.settings import Settings, fail_on_level

    overrides: dict[str, object] = {}
    for key, values in (("select", select), ("ignore", ignore), ("extend_select", extend_select)):
        if values:
            overrides[key] = _rule_names(values)
    if max_words is not None:
        overrides["max_words"] = max_words
    if max_sentence_words is not None:
        overrides["max_sentence_words"] = max_sentence_words
    if fail_on is not None:
        overrides["fail_on"] = fail_on_level(fail_on.value)
    base = Settings(readability=readability, values=_values(set_values))
    if paths.count("-") > 1:
        raise _fail("'-' (standard input) is named more than once")
    paths = _once_each(paths)
    if statistics and output_format in (OutputFormat.sarif, OutputFormat.github):
        raise _fail(f"--statistics prints text or JSON, not {output_format.value}")
    plan = _plan(paths, base, overrides, config, isolated, stdin_filename)
    results = _lint_planned(plan, paths, jobs, stdin_filename)
    settings_of = {i: s for s, indices in plan.items() for i in indices}
    if diff:
        code = _show_diffs(results, unsafe_fixes)
        # As in Ruff, --exit-zero keeps a change from failing; an unreadable file still does.
        raise typer.Exit(EXIT_CLEAN if exit_zero and code == EXIT_FINDINGS else code)
    report = sys.stdout
    not_fixed = 0
    if fix:
        results, not_fixed = _fix(
            results, [settings_of[i] for i in range(len(results))], unsafe_fixes
        )
        if "-" in paths:
            report = sys.stderr  # stdout carries the fixed standard input
    for result in results:
        if result.error:
            typer.echo(f"withdraw-lint: error: {result.error}", err=True)
    if statistics and output_format is OutputFormat.json:
        rows = {"schema_version": "1", "version": __version__, "statistics": count_rules(results)}
        report.write(json.dumps(rows, indent=2) + "\n")
    elif statistics:
        report.write(render_statistics(results))
    elif output_format is OutputFormat.json:
        report.write(render_json(results))
    elif output_format is OutputFormat.sarif:
        report.write(render_sarif(results))
    elif output_format is OutputFormat.github:
        report.write(render_github(results))
    else:
        out = render_text(results, color=_use_color(color), overview=not quiet)
        if quiet:
            out = "\n\n".join(out.split("\n\n")[:-1])
            out = out + "\n" if out else ""
        report.write(out)
    if not_fixed or any(r.error for r in results):
        raise typer.Exit(EXIT_ERROR)
    if exit_zero:
        return
    # A draft that was not checked (not English) has no score, so it cannot pass the bar.
    under = [
        r for r in results if fail_under is not None and (r.score is None or r.score < fail_under)
    ]
    if under:
        for r in under:
            said = "was not checked" if r.score is None else f"scored {r.score}"
            typer.echo(f"withdraw-lint: {r.path} {said}, under --fail-under {fail_under}", err=True)
        raise typer.Exit(EXIT_FINDINGS)
    for i, result in enumerate(results):
        threshold = settings_of[i].fail_on
        if threshold and any(d.severity.rank >= threshold.rank for d in result.diagnostics):
            raise typer.Exit(EXIT_FINDINGS)


@app.command("rules")
def list_rules() -> None:
    """List every rule: code, name, default severity and summary."""
    from withdraw_lint.rules import ALL_RULES

    width = max(len(r.name) for r in ALL_RULES)
    for rule in ALL_RULES:
        flag = "" if rule.default_enabled else " (opt-in)"
        typer.echo(
            f"{rule.code}  {rule.name:<{width}}  {rule.severity.value:<7}  {rule.summary}{flag}"
        )


@app.command()
def explain(rule_name: Annotated[str, typer.Argument(help="A rule name or code.")]) -> None:
    """Print a rule's documentation with a bad and a good example."""
    from withdraw_lint import rules

    rule = rules.get(rule_name)
    if rule is None:
        raise _fail(f"unknown rule {rule_name!r}; `withdraw-lint rules` lists them")
    typer.echo(rule.explain())


@app.command()
def server() -> None:
    """Run the language server (LSP over stdio) for editors."""
    from withdraw_lint.server import main as serve

    serve()


daemon_app = typer.Typer(help="Manage the background worker that keeps the pipeline loaded.")
app.add_typer(daemon_app, name="daemon")


@daemon_app.command("status")
def daemon_status() -> None:
    """Say whether a worker is running, and its process id."""
    from withdraw_lint import daemon

    state = daemon.status()
    if state is None:
        typer.echo("no worker is running")
        raise typer.Exit(EXIT_FINDINGS)
    typer.echo(f"running (pid {state['pid']}, {state['fingerprint']})")


@daemon_app.command("stop")
def daemon_stop() -> None:
    """Stop the worker if one is running."""
    from withdraw_lint import daemon

    typer.echo("stopped" if daemon.request_stop() else "no worker is running")


@daemon_app.command("run")
def daemon_run(
    idle: Annotated[
        float | None, typer.Option(help="Seconds without a request before it exits.")
    ] = None,
) -> None:
    """Run the worker in the foreground (checks start it in the background by themselves)."""
    from withdraw_lint import daemon

    daemon.serve(idle)


@app.command("config")
def show_config(
    path: Annotated[
        str, typer.Argument(help="A draft or folder whose settings to show; default: here.")
    ] = ".",
    config: Annotated[Path | None, typer.Option(help="Use this configuration file.")] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Ignore config files.")] = False,
) -> None:
    """Print the settings in effect for a draft and where each one came from."""
    from withdraw_lint.config import ConfigError, ignored_for, settings_for
    from withdraw_lint.settings import Settings

    try:
        settings, found = settings_for(path, Settings(), {}, config, isolated)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    source = str(found.path) if found else "built-in default"
    keys = found.values if found else {}
    typer.echo(f"configuration file: {found.path if found else 'none'}")
    rows = {
        "select": sorted(settings.select) if settings.select is not None else "all default",
        "ignore": sorted(settings.ignore),
        "extend-select": sorted(settings.extend_select),
        "max-words": settings.max_words,
        "max-sentence-words": settings.max_sentence_words,
        "fail-on": settings.fail_on.value if settings.fail_on else "never",
        "severity": dict(settings.severity),
        "per-file-ignores": dict(keys.get("per-file-ignores", ())),
        "phrases": {k: list(v) for k, v in settings.phrases},
    }
    per_file = ignored_for(found, path) if found else frozenset()
    for key, value in rows.items():
        origin = source if key in keys else "built-in default"
        if key == "ignore" and per_file:
            origin = f"{source}, per-file-ignores for this draft"
        typer.echo(f"{key} = {value}    # {origin}")


@app.command()
def evaluate(
    corpora: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="CORPUS",
            help="Labelled .jsonl files or folders of them, scored as one set; default: the "
            "shipped corpus.",
        ),
    ] = None,
    split: Annotated[
        str | None,
        typer.Option(
            help="train, dev, test or all (records are split by a hash of their id) "
            "[default: test for the shipped corpus, all for the files you name].",
            show_default=False,
        ),
    ] = None,
    json_out: Annotated[
        str | None, typer.Option("--json", help="Also write the table as JSON to this path.")
    ] = None,
    check_floors: Annotated[
        bool, typer.Option("--check-floors", help="Exit 1 if a core rule is under its floor.")
    ] = False,
    errors: Annotated[
        bool,
        typer.Option("--errors", help="Also list every miss and false alarm, for error analysis."),
    ] = False,
) -> None:
    """Score the linter on a labelled corpus: per-rule and per-label precision and recall."""
    import json

    from withdraw_lint.corpus import CORPUS_DIR, SPLITS, load_corpus
    from withdraw_lint.evaluation import below_floors, format_errors, format_table
    from withdraw_lint.evaluation import evaluate as run_evaluation

    if split is None:
        # The shipped corpus is scored on its held-out test split; a user's own files are
        # not split (filtering them by an id hash would drop most of them without a word).
        split = "all" if corpora else "test"
    if split not in (*SPLITS, "all"):
        raise _fail(f"unknown split {split!r}; use train, dev, test or all")
    if json_out:
        target = Path(json_out)
        if target.is_dir() or not target.parent.is_dir():
            raise _fail(f"--json {json_out}: not a file in an existing folder")
    records = []
    where: dict[str, str] = {}
    for corpus in corpora or [str(CORPUS_DIR)]:
        try:
            loaded = load_corpus(corpus, split=split)
        except (OSError, ValueError) as exc:
            raise _fail(str(exc)) from None
        for record in loaded:
            # A file named twice, or inside a folder also named, would count its drafts twice.
            if record.id in where:
                raise _fail(f"draft id {record.id!r} is in {where[record.id]} and in {corpus}")
            where[record.id] = corpus
        records.extend(loaded)
    if not records:
        raise _fail(f"no records in split {split!r}")
    report = run_evaluation(records)
    typer.echo(format_table(report))
    if errors:
        typer.echo(format_errors(report))
    if json_out:
        try:
            with open(json_out, "w", encoding="utf-8") as handle:
                json.dump(report.to_dict(), handle, indent=2)
        except OSError as exc:
            raise _fail(f"--json {json_out}: {exc.strerror or exc}") from None
    failing = below_floors(report)
    if check_floors and failing:
        for line in failing:
            typer.echo(f"withdraw-lint: below floor: {line}", err=True)
        raise typer.Exit(EXIT_FINDINGS)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="withdraw-lint")
