"""Configuration files: `[tool.withdraw-lint]` in pyproject.toml, or .withdraw-lint.toml.

The file that applies to a draft is the nearest one found walking up from the draft's
folder (from the working folder for standard input), as Ruff and Vale do. Keys:

    select = ["missing-reason", ...]        only these rules
    ignore = ["shouting"]                    never these
    extend-select = ["late-gratitude"]       opt-in rules to add
    max-words = 200                          body word limit
    max-sentence-words = 40                  sentence word limit
    fail-on = "warning"                      error | warning | info | never
    [severity]            rule = "error" | "warning" | "info"
    [per-file-ignores]    "glob" = ["rule", ...]   (globs relative to the config's folder)
    [phrases]             label = ["phrase", ...]  extra cue phrases: gratitude, withdrawal,
                                                   reason, close, negative, assistance, apology
                                                   (`negative` is the never-use list: a
                                                   sentence with one is reported by
                                                   negative-tone)
"""

from __future__ import annotations

import fnmatch
import functools
import glob
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from withdraw_lint.settings import FAIL_ON, PHRASE_LABELS, Settings, fail_on_level
from withdraw_lint.settings import rule_name as name_of_rule

CONFIG_NAMES = (".withdraw-lint.toml", "pyproject.toml")


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and key."""


@dataclass(frozen=True)
class Config:
    """Settings read from one file, with where each value came from."""

    path: Path | None
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return self.path.parent if self.path else Path.cwd()


def find_config(start: Path) -> Path | None:
    """The nearest .withdraw-lint.toml, or pyproject.toml with [tool.withdraw-lint]."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder.resolve(), *folder.resolve().parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_section(path)):
                return path
    return None


def _has_section(path: Path) -> bool:
    """Whether a pyproject.toml configures us (a broken one that mentions us counts, so
    that its error is reported rather than silently skipped)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        return "withdraw-lint" in tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError:
        return "tool.withdraw-lint" in text


def load_config(path: Path) -> Config:
    """Read and check one file. Raises ConfigError with the file, key and what was expected."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("withdraw-lint", {})
    return Config(path, _checked(path, data))


def _checked(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    def fail(key: str, expected: str) -> ConfigError:
        return ConfigError(f"{path}: key {key!r}: expected {expected}")

    def rule_list(key: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "a list of rule names")
        names = []
        for item in value:
            try:
                names.append(name_of_rule(item))
            except ValueError:
                raise fail(
                    key, f"rule names (`withdraw-lint rules` lists them); got {item!r}"
                ) from None
        return tuple(names)

    def phrase_list(key: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(key, "a list of phrases")
        return tuple(v.strip() for v in value)

    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("select", "ignore", "extend-select"):
            out[key] = rule_list(key, value)
        elif key in ("max-words", "max-sentence-words"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise fail(key, "a whole number of at least 1")
            out[key] = value
        elif key == "fail-on":
            if value not in FAIL_ON:
                raise fail(key, " | ".join(FAIL_ON))
            out[key] = value
        elif key == "severity":
            if not isinstance(value, dict):
                raise fail(key, "a table of rule = severity")
            for name, level in value.items():
                rule_list(f"severity.{name}", [name])
                if level not in ("error", "warning", "info"):
                    raise fail(f"severity.{name}", "error | warning | info")
            out[key] = tuple(sorted((name_of_rule(k), v) for k, v in value.items()))
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise fail(key, 'a table of "glob" = [rules]')
            out[key] = tuple((g, rule_list(f"{key}.{g}", v)) for g, v in value.items())
        elif key == "phrases":
            if not isinstance(value, dict):
                raise fail(key, "a table of label = [phrases]")
            for label, phrases in value.items():
                if label not in PHRASE_LABELS:
                    raise fail(f"phrases.{label}", " | ".join(PHRASE_LABELS))
                phrase_list(f"phrases.{label}", phrases)
            out[key] = tuple((k, phrase_list(k, v)) for k, v in sorted(value.items()))
        elif key == "tool" and path.name != "pyproject.toml":
            raise ConfigError(
                f"{path}: [tool.withdraw-lint] is for pyproject.toml; in this file write its "
                "keys at the top level ([severity], [per-file-ignores], [phrases] for its "
                "tables)"
            )
        else:
            known = "select, ignore, extend-select, max-words, max-sentence-words, fail-on, "
            raise fail(key, f"a known key ({known}severity, per-file-ignores, phrases)")
    return out


def apply(config: Config, settings: Settings) -> Settings:
    """`settings` with the file's values filled in (command-line values are applied after)."""
    v = config.values
    changes: dict[str, Any] = {}
    if "select" in v:
        changes["select"] = frozenset(v["select"])
    if "ignore" in v:
        changes["ignore"] = frozenset(v["ignore"])
    if "extend-select" in v:
        changes["extend_select"] = frozenset(v["extend-select"])
    if "max-words" in v:
        changes["max_words"] = v["max-words"]
    if "max-sentence-words" in v:
        changes["max_sentence_words"] = v["max-sentence-words"]
    if "fail-on" in v:
        changes["fail_on"] = fail_on_level(v["fail-on"])
    if "severity" in v:
        changes["severity"] = v["severity"]
    if "phrases" in v:
        changes["phrases"] = v["phrases"]
    return replace(settings, **changes)


def ignored_for(config: Config, draft: str) -> frozenset[str]:
    """Rules that per-file-ignores turns off for this draft."""
    try:
        relative = Path(draft).resolve().relative_to(config.folder.resolve()).as_posix()
    except ValueError:
        relative = Path(draft).as_posix()
    names: set[str] = set()
    for pattern, rule_names in config.values.get("per-file-ignores", ()):
        if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(draft).name, pattern):
            names.update(rule_names)
    return frozenset(names)


def settings_for(
    draft: str,
    base: Settings,
    overrides: dict[str, Any],
    config_file: Path | None = None,
    isolated: bool = False,
) -> tuple[Settings, Config | None]:
    """The settings for one draft: defaults, then its config file, then the command line."""
    config = None
    if not isolated:
        path = config_file or find_config(Path.cwd() if draft == "-" else Path(draft))
        config = _cached_load(path.resolve()) if path else None
    settings = base
    extra: frozenset[str] = frozenset()
    if config is not None:
        settings = apply(config, settings)
        extra = ignored_for(config, draft)
    # As in Ruff: an --ignore adds to the file's ignores and per-file-ignores; a --select
    # replaces the file's selection and its ignore list, and the per-file-ignores still hold.
    kept = frozenset() if "select" in overrides else settings.ignore
    ignore = kept | extra | frozenset(overrides.get("ignore", ()))
    return replace(settings, **{**overrides, "ignore": ignore}), config


@functools.lru_cache(maxsize=64)
def _cached_load(path: Path) -> Config:
    return load_config(path)


def forget_loaded_configs() -> None:
    """Read configuration files again on next use (after they may have changed)."""
    _cached_load.cache_clear()


def record_ignore(root: Path, draft: Path, rule_name: str) -> Path:
    """Add `rule_name` to the per-file-ignores of `draft` in the config file in effect for
    it (a .withdraw-lint.toml, or the [tool.withdraw-lint] of a pyproject.toml), or, when
    there is none, in a new root/.withdraw-lint.toml. Returns the file written.

    Writing a new file beside a pyproject.toml would hide every setting in it, since the
    nearest file wins. The rest of the file is kept as written; the per-file-ignores table
    is rewritten in place, with the draft's path relative to the file's folder.
    """
    path = find_config(draft) or root / ".withdraw-lint.toml"
    header = (
        "[tool.withdraw-lint.per-file-ignores]"
        if path.name == "pyproject.toml"
        else "[per-file-ignores]"
    )
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    values = load_config(path).values if text else {}
    current = dict(values.get("per-file-ignores", ()))
    if "per-file-ignores" in values and header not in (ln.strip() for ln in text.splitlines()):
        raise ConfigError(
            f"{path}: per-file-ignores is not written as a {header} table; add "
            f"{rule_name!r} for {draft.name} there by hand"
        )
    try:
        key = draft.resolve().relative_to(path.parent.resolve()).as_posix()
    except ValueError:
        key = draft.resolve().as_posix()
    key = glob.escape(key)  # keys are patterns: "[v2] draft.txt" must match itself
    current[key] = tuple(dict.fromkeys((*current.get(key, ()), rule_name)))
    table = [header] + [
        f"{_toml_string(k)} = [{', '.join(_toml_string(r) for r in v)}]"
        for k, v in sorted(current.items())
    ]
    lines, at, skipping = [], None, False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            skipping = stripped == header
            if skipping:
                at = len(lines)
        if not skipping:
            lines.append(line)
    if at is None:
        body = "\n".join(lines).rstrip()
        out = (body + "\n\n" if body else "") + "\n".join(table) + "\n"
    else:
        # Back where it was, so a pyproject.toml keeps its order.
        rest = lines[at:]
        out = "\n".join([*lines[:at], *table, *([""] if rest else []), *rest]).rstrip() + "\n"
    path.write_text(out, encoding="utf-8")
    _cached_load.cache_clear()
    return path


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
