"""Reading a draft from a path or stdin into text, with one-line errors for bad input."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 1_000_000
"""Drafts larger than this are refused: no withdrawal email is 1 MB of text."""

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (a .docx or other Office file?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Office document (.doc)",
}


class LintInputError(ValueError):
    """Input that cannot be linted: the message is one line for the user."""


@dataclass(frozen=True)
class Source:
    """A draft's decoded text and where it came from."""

    path: str
    text: str


def read_source(path: str) -> Source:
    """Read `path` (or stdin for "-") and decode it. Raises LintInputError."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return Source("-", decode(data, "-"))
    p = Path(path)
    try:
        if p.is_dir():
            raise LintInputError(f"{path}: is a directory, not a draft")
        with p.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise LintInputError(f"{path}: no such file") from None
    except PermissionError:
        raise LintInputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LintInputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return Source(path, decode(data, path))


def decode(data: bytes, path: str) -> str:
    """Decode a draft's bytes as UTF-8 (with or without BOM).

    Line endings are kept as they are, so that reported offsets index the file's text.
    """
    if len(data) > MAX_BYTES:
        raise LintInputError(f"{path}: larger than {MAX_BYTES // 1000} kB; is this really a draft?")
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise LintInputError(f"{path}: looks like {kind}, not a plain-text draft")
    if b"\x00" in data:
        raise LintInputError(f"{path}: looks like a binary file, not a plain-text draft")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LintInputError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start});"
            " save the draft as UTF-8"
        ) from None
    if not text.strip():
        raise LintInputError(f"{path}: the draft is empty")
    return text
