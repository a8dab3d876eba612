"""Applying the fixes rules attach to their findings: --fix, --unsafe-fixes and --diff.

Safe fixes (insert a line of thanks, a warm close, collapse '!!!', fill a placeholder
from --set) are applied by --fix; the others only with --unsafe-fixes. A file is written
atomically (a temporary file in the same folder, then a rename), in its own encoding and
line endings, and never when its content changed after it was read, nor when it has no
one encoding (UTF-8 with Windows-1252 bytes pasted in).
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from withdraw_lint.diagnostics import Edit, line_end
from withdraw_lint.engine import FileResult, text_digest
from withdraw_lint.reader import MIXED_ENCODING, LintInputError, decode_with_encoding


class FixError(Exception):
    """A file that could not be fixed; the message is one line for the user."""


@dataclass(frozen=True)
class Fixed:
    path: str
    before: str
    after: str
    applied: int

    def diff(self) -> str:
        return "".join(
            difflib.unified_diff(
                self.before.splitlines(keepends=True),
                self.after.splitlines(keepends=True),
                fromfile=f"a/{self.path}",
                tofile=f"b/{self.path}",
            )
        )


def chosen_edits(result: FileResult, unsafe: bool) -> list[Edit]:
    """The edits to apply, in text order, leaving out any that overlap an earlier one."""
    # Insertions at one point are all kept, a line of its own first: the greeting
    # "Dear Priya,\n\n" above the thanks "Thank you for ... " that opens the body.
    edits = sorted(
        (e for d in result.diagnostics if d.fix and (d.fix.safe or unsafe) for e in d.fix.edits),
        key=lambda e: (e.start, e.end, not e.replacement.endswith("\n")),
    )
    kept: list[Edit] = []
    for edit in edits:
        inserts = edit.start == edit.end and kept and kept[-1].start == kept[-1].end
        if kept and (edit.start < kept[-1].end or (edit.start == kept[-1].start and not inserts)):
            continue
        kept.append(edit)
    return kept


def apply_edits(text: str, edits: list[Edit]) -> str:
    newline = line_end(text)
    # From the end back, so offsets hold; insertions at one point land in the given order.
    for edit in reversed(sorted(edits, key=lambda e: (e.start, e.end))):
        replacement = edit.replacement
        if newline != "\n":
            replacement = replacement.replace("\r\n", "\n").replace("\n", newline)
        text = text[: edit.start] + replacement + text[edit.end :]
    return text


def fix_file(result: FileResult, unsafe: bool = False, write: bool = True) -> Fixed | None:
    """Apply a result's fixes to its file; None when there is nothing to fix.

    A draft read from standard input is fixed in memory only: the caller prints the
    result, and the file its --stdin-filename names is never touched. A symbolic link
    is written through, so the link stays a link and its target gets the fix."""
    edits = chosen_edits(result, unsafe)
    if not edits:
        return None
    if result.stdin_text is not None:
        return Fixed(
            result.path, result.stdin_text, apply_edits(result.stdin_text, edits), len(edits)
        )
    path = Path(os.path.realpath(result.path))
    try:
        data = path.read_bytes()
        text, encoding = decode_with_encoding(data, result.path)
    except (OSError, LintInputError) as exc:
        raise FixError(f"{result.path}: cannot be read again to fix it ({exc})") from None
    if result.text_digest is not None and text_digest(text) != result.text_digest:
        raise FixError(f"{result.path}: changed since it was linted; not fixed")
    after = apply_edits(text, edits)
    fixed = Fixed(result.path, text, after, len(edits))
    if write:
        # A mail body is read in its part's declared charset, which the file's own encoding
        # need not be (us-ascii, iso-8859-1 ...): only ASCII text is the same in every one.
        if path.suffix.lower() == ".eml" and not all(e.replacement.isascii() for e in edits):
            raise FixError(
                f"{result.path}: a fix with non-ASCII text could be garbled by the message's "
                "declared charset; edit it in your mail client; not fixed"
            )
        if encoding == MIXED_ENCODING:
            raise FixError(
                f"{result.path}: UTF-8 with Windows-1252 bytes in it cannot be written back in"
                " one encoding; save it as UTF-8 first; not fixed"
            )
        try:
            encoded = after.encode(encoding)
        except UnicodeEncodeError as exc:
            bad = after[exc.start : exc.end]
            raise FixError(
                f"{result.path}: {bad!r} cannot be written in the file's encoding, {encoding};"
                " not fixed"
            ) from None
        _write_atomically(path, encoded, data)
    return fixed


def _write_atomically(path: Path, data: bytes, expected: bytes) -> None:
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        shutil.copymode(path, temporary)
        if path.read_bytes() != expected:
            raise FixError(f"{path}: changed while it was being fixed; not fixed")
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
