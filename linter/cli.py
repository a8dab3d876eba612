"""The command line: `withdraw-lint check|rules|explain|evaluate`."""

from __future__ import annotations

import os
import sys
from enum import Enum
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


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


class FailOn(str, Enum):
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


def _values(pairs: list[str] | None) -> tuple[tuple[str, str], ...]:
    values = []
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise _fail(f"--set takes KEY=VALUE, got {pair!r}")
        values.append((key.strip().lower(), value.strip()))
    return tuple(values)


def _show_diffs(results: list[FileResult], unsafe: bool) -> int:
    """Print each file's fixes as a unified diff; 1 when there is any, 0 when none."""
    from withdraw_lint.fixes import FixError, fix_file

    changed = 0
    for result in results:
        if result.error:
            typer.echo(f"withdraw-lint: error: {result.error}", err=True)
            continue
        try:
            fixed = fix_file(result, unsafe, write=False)
        except FixError as exc:
            typer.echo(f"withdraw-lint: error: {exc}", err=True)
            continue
        if fixed:
            changed += 1
            sys.stdout.write(fixed.diff())
    return EXIT_FINDINGS if changed else EXIT_CLEAN


def _fix(results: list[FileResult], settings: Settings, unsafe: bool) -> list[FileResult]:
    """Apply fixes, then lint the fixed files again so the report shows what is left."""
    from withdraw_lint.engine import lint_path
    from withdraw_lint.fixes import FixError, fix_file

    applied = 0
    for i, result in enumerate(results):
        if result.error:
            continue
        try:
            fixed = fix_file(result, unsafe, write=True)
        except FixError as exc:
            result.error = str(exc)
            continue
        if fixed:
            applied += fixed.applied
            results[i] = lint_path(result.path, settings)
    if applied:
        typer.echo(f"withdraw-lint: applied {applied} fix(es)", err=True)
    return results


def _fail(message: str) -> typer.Exit:
    typer.echo(f"withdraw-lint: error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


@app.command()
def check(
    paths: Annotated[
        list[str], typer.Argument(help="Draft files to lint; '-' reads standard input.")
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.text,
    fail_on: Annotated[
        FailOn, typer.Option(help="Exit 1 when a finding is at or above this severity.")
    ] = FailOn.warning,
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
    max_words: Annotated[int, typer.Option(min=1, help="Body word limit.")] = 200,
    max_sentence_words: Annotated[int, typer.Option(min=1, help="Sentence word limit.")] = 40,
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
    jobs: Annotated[
        int,
        typer.Option(min=0, help="Processes for the pipeline; 0 picks (2 for large batches)."),
    ] = 0,
    fail_under: Annotated[
        int | None,
        typer.Option(min=0, max=100, help="Also exit 1 when a draft scores under this (0-100)."),
    ] = None,
) -> None:
    """Lint drafts and report where they depart from the guide."""
    from withdraw_lint import rules
    from withdraw_lint.diagnostics import Severity
    from withdraw_lint.engine import lint_paths
    from withdraw_lint.reporters import (
        render_github,
        render_json,
        render_sarif,
        render_statistics,
        render_text,
    )
    from withdraw_lint.settings import Settings

    chosen, skipped, extra = _split(select), _split(ignore), _split(extend_select)
    unknown = [name for name in chosen + skipped + extra if rules.get(name) is None]
    if unknown:
        raise _fail(f"unknown rule {unknown[0]!r}; `withdraw-lint rules` lists them")
    settings = Settings(
        max_words=max_words,
        max_sentence_words=max_sentence_words,
        select=frozenset(rules.get(n).name for n in chosen) if chosen else None,  # type: ignore[union-attr]
        ignore=frozenset(rules.get(n).name for n in skipped),  # type: ignore[union-attr]
        extend_select=frozenset(rules.get(n).name for n in extra),  # type: ignore[union-attr]
        readability=output_format is OutputFormat.json,
        values=_values(set_values),
    )
    results = lint_paths(paths, settings, processes=jobs, stdin_name=stdin_filename)
    if diff:
        raise typer.Exit(_show_diffs(results, unsafe_fixes))
    if fix or unsafe_fixes:
        results = _fix(results, settings, unsafe_fixes)
    for result in results:
        if result.error:
            typer.echo(f"withdraw-lint: error: {result.error}", err=True)
    if statistics:
        sys.stdout.write(render_statistics(results))
    elif output_format is OutputFormat.json:
        sys.stdout.write(render_json(results))
    elif output_format is OutputFormat.sarif:
        sys.stdout.write(render_sarif(results))
    elif output_format is OutputFormat.github:
        sys.stdout.write(render_github(results))
    else:
        out = render_text(results, color=_use_color(color), overview=not quiet)
        if quiet:
            out = "\n\n".join(out.split("\n\n")[:-1])
            out = out + "\n" if out else ""
        sys.stdout.write(out)
    if any(r.error for r in results):
        raise typer.Exit(EXIT_ERROR)
    if exit_zero:
        return
    if fail_under is not None and any(
        r.score is not None and r.score < fail_under for r in results
    ):
        raise typer.Exit(EXIT_FINDINGS)
    if fail_on is not FailOn.never:
        threshold = Severity(fail_on.value).rank
        if any(d.severity.rank >= threshold for r in results for d in r.diagnostics):
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
    indent = "\n    "
    typer.echo(
        f"{rule.name} ({rule.code}, {rule.severity.value})\n\n"
        f"What it does\n  {rule.summary}\n\n"
        f"Why\n  {rule.why}\n  Guide: {rule.guide}.\n\n"
        f"Example that fires\n    {rule.bad.replace(chr(10), indent)}\n\n"
        f"Use instead\n    {rule.good.replace(chr(10), indent)}"
    )


@app.command()
def evaluate(
    corpus: Annotated[
        str | None,
        typer.Argument(help="A .jsonl file or folder of them; default: the shipped corpus."),
    ] = None,
    split: Annotated[str, typer.Option(help="train, dev, test or all.")] = "test",
    json_out: Annotated[
        str | None, typer.Option("--json", help="Also write the table as JSON to this path.")
    ] = None,
    check_floors: Annotated[
        bool, typer.Option("--check-floors", help="Exit 1 if a core rule is under its floor.")
    ] = False,
) -> None:
    """Score the linter on a labelled corpus: per-rule and per-label precision and recall."""
    import json

    from withdraw_lint.corpus import CORPUS_DIR, SPLITS, load_corpus
    from withdraw_lint.evaluation import below_floors, format_table
    from withdraw_lint.evaluation import evaluate as run_evaluation

    if split not in (*SPLITS, "all"):
        raise _fail(f"unknown split {split!r}; use train, dev, test or all")
    try:
        records = load_corpus(corpus or CORPUS_DIR, split=split)
    except (OSError, ValueError) as exc:
        raise _fail(str(exc)) from None
    if not records:
        raise _fail(f"no records in split {split!r}")
    report = run_evaluation(records)
    typer.echo(format_table(report))
    if json_out:
        with open(json_out, "w", encoding="utf-8") as handle:
            json.dump(report.to_dict(), handle, indent=2)
    failing = below_floors(report)
    if check_floors and failing:
        for line in failing:
            typer.echo(f"withdraw-lint: below floor: {line}", err=True)
        raise typer.Exit(EXIT_FINDINGS)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="withdraw-lint")
