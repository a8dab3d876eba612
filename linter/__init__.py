"""withdraw-lint: lint the email you send to withdraw from an interview process.

Importing this package is cheap: spaCy is imported only when a draft is linted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from withdraw_lint.engine import FileResult, LintInputError
    from withdraw_lint.settings import Settings

__all__ = ["FileResult", "LintInputError", "Settings", "__version__", "lint_text", "load"]


def load() -> Any:
    """Return the process-wide spaCy pipeline, loading it on first use."""
    from withdraw_lint.pipeline import load as _load

    return _load()


def lint_text(text: str, settings: Settings | None = None, path: str = "<text>") -> FileResult:
    """Lint one draft given as text. Raises LintInputError for text it cannot lint."""
    from withdraw_lint.engine import lint_text as _lint_text

    return _lint_text(text, settings=settings, path=path)


def __getattr__(name: str) -> Any:
    if name in {"FileResult", "LintInputError"}:
        from withdraw_lint import engine

        return getattr(engine, name)
    if name == "Settings":
        from withdraw_lint.settings import Settings

        return Settings
    raise AttributeError(name)
