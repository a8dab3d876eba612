"""Reading a draft from a path or stdin into text, with one-line errors for bad input."""

from __future__ import annotations

import codecs
import datetime as dt
import email
import email.policy
import email.utils
import html
import re
import sys
import unicodedata
from dataclasses import dataclass
from email.message import EmailMessage
from html.parser import HTMLParser
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
class EmailMeta:
    """What an .eml file's headers say about the draft."""

    subject: str | None = None
    recipient_name: str | None = None
    sender_name: str | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class Source:
    """A draft's decoded text and where it came from.

    For an .eml file the text is the message's body (text/plain, or text converted from
    HTML); `origins` map it back into the file's text, as for an HTML draft.
    """

    path: str
    text: str
    meta: EmailMeta | None = None
    encoding: str = "utf-8"
    original: str | None = None
    """For a converted draft (HTML, Markdown, .eml): the file's own text."""
    origins: tuple[int, ...] | None = None
    """For each character of `text`, the offset in `original` where its form starts, and
    then where the text ends there (HTML, Markdown and .eml drafts)."""
    ends: tuple[int, ...] | None = None
    """For each character of `text`, the offset just past its form in `original`, when
    that form can be longer than the character (quoted-printable "=E2=80=99" for a
    curly apostrophe); None when it is one character, `origins[i] + 1`."""
    joints: tuple[int, ...] | None = None
    """For each character of `text`, and its end, where text inserted before it goes in
    `original` (Markdown: before the markup that opens on it); None: `origins`."""
    disabled: frozenset[str] = frozenset()
    """Rules a Markdown draft turns off in a comment (`<!-- withdraw-lint-disable
    missing-reason, WL104 -->`), as names or codes; its findings of them are dropped."""
    fixable: bool = False
    """Whether a fix's edits can be moved into the file: an insertion goes to its joint, a
    replacement only where the characters it replaces stand side by side in the file
    (an .eml body sent as 7bit or 8bit, a Markdown draft)."""


def read_bytes(data: bytes, name: str) -> Source:
    """Decode a draft that is not read from a file (standard input), as its `name` says:
    an .eml message, HTML, Markdown or plain text."""
    if name.lower().endswith(".eml"):
        return read_eml(data, name)
    if name.lower().endswith((".html", ".htm")):
        return read_html(data, name)
    if name.lower().endswith(MARKDOWN_SUFFIXES):
        return read_markdown(data, name)
    text, encoding = decode_with_encoding(data, name)
    return Source(name, text, encoding=encoding)


def read_source(path: str, stdin_name: str | None = None) -> Source:
    """Read `path` (or stdin for "-") and decode it. Raises LintInputError.

    `stdin_name` is the file name standard input stands for (an editor's buffer): it
    names the draft in messages and decides whether it is read as an .eml message.
    """
    if path == "-":
        return read_bytes(sys.stdin.buffer.read(MAX_BYTES + 1), stdin_name or "-")
    p = Path(path)
    try:
        if p.is_dir():
            raise LintInputError(f"{path}: is a directory, not a draft")
        with p.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        if p.suffix.lower() == ".eml":
            return read_eml(data, path)
        if p.suffix.lower() in (".html", ".htm"):
            return read_html(data, path)
        if p.suffix.lower() in MARKDOWN_SUFFIXES:
            return read_markdown(data, path)
    except FileNotFoundError:
        raise LintInputError(f"{path}: no such file") from None
    except PermissionError:
        raise LintInputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LintInputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    text, encoding = decode_with_encoding(data, path)
    return Source(path, text, encoding=encoding)


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes, path: str) -> str:
    """The draft's text; see `decode_with_encoding`."""
    return decode_with_encoding(data, path)[0]


def decode_with_encoding(data: bytes, path: str) -> tuple[str, str]:
    """Decode a draft's bytes and name the encoding used.

    A byte-order mark decides first (UTF-8, UTF-16, UTF-32); then strict UTF-8; then
    UTF-8 with stray Windows-1252 punctuation bytes (`MIXED_ENCODING`); then
    charset-normalizer's best guess for legacy encodings such as Windows-1252 or Latin-1.
    Line endings are kept as they are, so that reported offsets index the file's text.
    """
    if len(data) > MAX_BYTES:
        raise LintInputError(f"{path}: larger than {MAX_BYTES // 1000} kB; is this really a draft?")
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise LintInputError(f"{path}: looks like {kind}, not a plain-text draft")
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data:
        raise LintInputError(f"{path}: looks like a binary file, not a plain-text draft")
    text = None
    if encoding is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text = _utf8_with_cp1252_punctuation(data)
            if text is not None:
                encoding = MIXED_ENCODING
            elif _ascii_with_cp1252_punctuation(data):
                encoding = "cp1252"
            else:
                encoding = _guess_legacy(data, path)
    if text is None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise LintInputError(f"{path}: not valid {encoding} text (byte {exc.start})") from None
    text = text.removeprefix("\ufeff")
    check_text(text, path)
    return text, encoding


def check_text(text: str, path: str) -> None:
    """Refuse text that is no draft: empty, or binary (a NUL, or more than 5 % control
    characters). Raises LintInputError; the reader and `lint_text` both use it."""
    if not text.strip():
        raise LintInputError(f"{path}: the draft is empty")
    if "\x00" in text or _control_share(text) > 0.05:
        raise LintInputError(f"{path}: looks like a binary file, not a plain-text draft")


MIXED_ENCODING = "utf-8 with windows-1252 bytes"
"""A UTF-8 draft with stray Windows-1252 punctuation bytes: decodable, but not writable
back byte for byte in one encoding, so --fix refuses it."""
_CP1252_PUNCTUATION = {
    0xDC00 + byte: char
    for byte in range(0x80, 0xA0)
    for char in [bytes([byte]).decode("cp1252", "ignore")]
    if char and unicodedata.category(char)[0] in "PS"
}
"""Surrogate-escaped bytes 0x80-0x9F that Windows-1252 maps to punctuation or a symbol
(’ “ ” – — … € ™ ...), with their characters; its letters (Š, œ, ...) are not here."""


def _utf8_with_cp1252_punctuation(data: bytes) -> str | None:
    """The text of UTF-8 bytes with a few Windows-1252 bytes pasted in, or None.

    Word and Outlook paste a curly apostrophe as the single byte 0x92 into a draft that is
    otherwise UTF-8 ("Café" as C3 A9); read whole as a legacy code page the UTF-8 turns
    to mojibake ("Cafﾃｩ" in cp932). So when every byte that is not valid UTF-8 stands
    alone in 0x80-0x9F where Windows-1252 has punctuation, and the rest holds real UTF-8
    (a character of two or more bytes; else it is plain Windows-1252), those bytes are
    read as Windows-1252 and the rest as UTF-8.
    """
    text = data.decode("utf-8", "surrogateescape")  # a byte that is not UTF-8 -> U+DC80..
    escaped = {ord(ch) for ch in text if 0xDC80 <= ord(ch) <= 0xDCFF}
    if not escaped or not escaped <= _CP1252_PUNCTUATION.keys():
        return None
    if not any(ord(ch) > 0x7F and ord(ch) not in escaped for ch in text):
        return None
    return text.translate(_CP1252_PUNCTUATION)


def _ascii_with_cp1252_punctuation(data: bytes) -> bool:
    """Plain ASCII but for Windows-1252 punctuation bytes ("I\x92m", a curly apostrophe
    typed in Word or Notepad): Windows-1252 is the only sensible reading, where a guesser
    with so few bytes to go on may name a multi-byte code page (big5hkscs read "I\x92m"
    as one Chinese character)."""
    high = {byte for byte in data if byte > 0x7F}
    return bool(high) and all(0xDC00 + byte in _CP1252_PUNCTUATION for byte in high)


def _guess_legacy(data: bytes, path: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise LintInputError(
            f"{path}: not text in any encoding we recognise; save the draft as UTF-8"
        )
    guess = str(best.encoding)
    return "cp1252" if _cp1252_explains(data, guess) else guess


def _cp1252_explains(data: bytes, guess: str) -> bool:
    """Whether Windows-1252 reads `data` at least as well as charset-normalizer's `guess`.

    On a short draft the guesser has little to go on and often names a Central European
    code page (cp1250, cp775, mac_latin2) for Western bytes, turning "Muñoz" into
    "Muńoz". Windows-1252 is what a Western mail client or Notepad writes, so it is
    preferred when the bytes are valid in it and no character they decode to differently
    is explained only by the guess: a letter there where Windows-1252 gives a symbol
    ("ł" for "³", "ą" for "¹"), or a letter of another script (Cyrillic, Greek, ...).
    """
    if guess.replace("_", "").lower() in ("cp1252", "windows1252"):
        return False
    try:
        western = data.decode("cp1252")
        other = data.decode(guess)
    except (UnicodeDecodeError, LookupError):
        return False
    if len(western) != len(other):
        return False
    for ours, theirs in zip(western, other, strict=True):
        if ours == theirs or not theirs.isalpha():
            continue
        if not ours.isalpha() or not _is_latin(theirs):
            return False
    return True


def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN ")


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(text))


MARKDOWN_SUFFIXES = (".md", ".markdown")
_MARKDOWN_MARKUP = (
    re.compile(r"(?P<open><!--.*?-->)", re.DOTALL),  # HTML comments: notes to oneself
    re.compile(r"^ {0,3}(?P<open>#{1,6}[ \t]+)", re.MULTILINE),  # heading markers
    re.compile(r"(?<![\w*])(?P<open>\*\*|__)(?=\S)(?:.+?)(?<=\S)(?P<close>(?P=open))(?![\w*])"),
    re.compile(
        r"(?<![\w*])(?P<open>[*_])(?=[^\s*_])(?:.+?)(?<=[^\s*_])(?P<close>(?P=open))(?![\w*])"
    ),
    re.compile(r"(?P<open>`+)(?:.+?)(?P<close>(?P=open))"),  # inline code
    re.compile(r"(?P<open>!?\[)[^\]\n]*(?P<close>\]\([^)\n]*\))"),  # link and its target
)


@dataclass(frozen=True)
class MarkdownText:
    """A Markdown draft's text with its markup taken out, mapped back into the file."""

    text: str
    origins: tuple[int, ...]
    """For each character of `text`, its offset in the file; then the file's length."""
    joints: tuple[int, ...]
    """For each character of `text`, and its end, where text inserted before it goes in the
    file: before the markup that opens on it (a "**" or "["), after the markup that
    closed on the character before it."""


def markdown_to_text_mapped(source: str) -> MarkdownText:
    """The text of a Markdown draft without its markup (HTML comments, emphasis, heading
    markers, code ticks, link brackets and targets), as it reads.

    The markup is taken out, not blanked: blanks left in its place split names ("the
    Data Analyst  role at  Acme") and stood before punctuation ("Acme ."), so the
    pipeline missed the role and company and excerpts showed stray spaces. Offsets are
    mapped back into the file instead, as for an HTML draft.
    """
    removed = [False] * len(source)
    opens = [False] * len(source)
    for pattern in _MARKDOWN_MARKUP:
        for match in pattern.finditer(source):
            for group, opening in (("open", True), ("close", False)):
                if group in pattern.groupindex and match.group(group) is not None:
                    for i in range(match.start(group), match.end(group)):
                        removed[i], opens[i] = True, opening
    kept = [i for i, gone in enumerate(removed) if not gone]
    joints = []
    for i in kept:
        while i > 0 and removed[i - 1] and opens[i - 1]:
            i -= 1
        joints.append(i)
    text = "".join(source[i] for i in kept)
    return MarkdownText(text, (*kept, len(source)), (*joints, len(source)))


def markdown_to_text(source: str) -> str:
    """The text of a Markdown draft with its markup taken out (see `markdown_to_text_mapped`)."""
    return markdown_to_text_mapped(source).text


_DISABLE_COMMENT = re.compile(
    r"<!--\s*withdraw-lint-disable\s+(?P<rules>[\w\s,-]+?)\s*-->", re.IGNORECASE
)
"""A Markdown comment turning rules off for the draft, as markdownlint's and Vale's do."""


def read_markdown(data: bytes, path: str) -> Source:
    """A Markdown draft: linted without its markup; positions and fixes are the file's."""
    source, encoding = decode_with_encoding(data, path)
    mapped = markdown_to_text_mapped(source)
    if not mapped.text.strip():
        raise LintInputError(f"{path}: the Markdown has no text")
    disabled = frozenset(
        name.strip().lower()
        for match in _DISABLE_COMMENT.finditer(source)
        for name in re.split(r"[,\s]+", match.group("rules"))
        if name.strip()
    )
    return Source(
        path,
        mapped.text,
        encoding=encoding,
        original=source,
        origins=mapped.origins,
        joints=mapped.joints,
        disabled=disabled,
        fixable=True,
    )


def read_html(data: bytes, path: str) -> Source:
    """An HTML draft: linted as text, with positions mapped back into the HTML."""
    markup, encoding = decode_with_encoding(data, path)
    text, origins = html_to_text_mapped(markup)
    if not text.strip():
        raise LintInputError(f"{path}: the HTML has no text")
    return Source(path, text, encoding=encoding, original=markup, origins=tuple(origins))


class NotAnEmailError(LintInputError):
    """Bytes with no mail headers: an editor's `mail` buffer may be a bare body."""


_VERBATIM_ENCODINGS = frozenset({"7bit", "8bit", "binary"})
"""Transfer encodings that put the body's text in the file as it is, so it can be edited."""


def read_eml(data: bytes, path: str) -> Source:
    """An .eml message: its plain-text body (or HTML body as text) and its headers.

    Positions are mapped back into the file's text (`original`, `origins`). A body sent as
    7bit or 8bit stands in the file as it is (line endings included) and maps character
    for character, so its fixes apply to the file. A quoted-printable body maps each
    character to its encoded form ("=E2=80=99", soft line breaks skipped), so positions
    are exact, but it gets no fix: an edit would have to be encoded and rewrapped. A
    base64 body, or a quoted-printable one decoded otherwise than the standard library
    does, cannot be mapped: every position is the first character of the body in the
    file, and no fix is offered. An HTML body maps like an .html draft, and offers no fix
    either.
    """
    if len(data) > MAX_BYTES:
        raise LintInputError(f"{path}: larger than {MAX_BYTES // 1000} kB; is this really a draft?")
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise NotAnEmailError(f"{path}: not an email message (no headers found)")
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise LintInputError(f"{path}: the email has no text or HTML body")
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError) as exc:
        raise LintInputError(f"{path}: the email body cannot be decoded ({exc})") from None
    if part.get_content_subtype() == "html":
        body, offsets = html_to_text_mapped(content)
    else:
        body, offsets = content, list(range(len(content) + 1))
    if not body.strip():
        raise LintInputError(f"{path}: the email body is empty")
    try:
        original, encoding = decode_with_encoding(data, path)
        rewritable = True
    except LintInputError:  # readable only through its MIME charset: offsets per byte
        original, encoding, rewritable = data.decode("latin-1"), "latin-1", False
    start, raw = _payload_start(original, message, part)
    transfer = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
    verbatim = raw == content
    forms = None
    if raw is not None and not verbatim and transfer == "quoted-printable":
        forms = quoted_printable_forms(raw, str(part.get_param("charset", "ASCII")), content)
    if forms is not None:
        starts, ends = forms
        origins = tuple(start + starts[offset] for offset in offsets)
        # One end per character of the body (an HTML body's offsets have no end entry, and
        # a character the HTML reader adds at the end stands at the content's end).
        form_ends: tuple[int, ...] | None = tuple(
            start + (ends[o] if o < len(ends) else starts[-1]) for o in offsets[: len(body)]
        )
    else:  # unmapped, every position is the body's first character in the file
        origins = tuple(start + offset if verbatim else start for offset in offsets)
        form_ends = None
    return Source(
        path,
        body,
        _meta(message),
        encoding=encoding,
        original=original,
        origins=origins,
        ends=form_ends,
        fixable=rewritable
        and verbatim
        and part.get_content_subtype() != "html"
        and transfer in _VERBATIM_ENCODINGS,
    )


def _payload_start(
    original: str, message: EmailMessage, body_part: EmailMessage
) -> tuple[int, str | None]:
    """Where the body part's payload starts in the file's text, and the payload as it
    stands there (None when it cannot be found).

    The parts are found in file order, each payload just after a blank line (the end of
    its headers); when a payload cannot be found, the end of the message's own headers
    stands for it.
    """
    header_end = re.search(r"\r?\n\r?\n", original)
    cursor = header_end.end() if header_end else 0
    boundary = message.get_boundary() if message.is_multipart() else None
    if boundary:  # the preamble before the first boundary may repeat the body's text
        first = original.find(f"--{boundary}", cursor)
        cursor = first if first >= 0 else cursor
    for part in message.walk():
        if part.is_multipart():
            continue
        raw = part.get_payload()
        found = _after_blank_line(original, raw, cursor) if isinstance(raw, str) else -1
        if part is body_part:
            if found < 0:
                return (header_end.end() if header_end else 0), None
            return found, raw
        if found >= 0:
            cursor = found + len(raw)
    return (header_end.end() if header_end else 0), None


_HEX = frozenset("0123456789abcdefABCDEF")


def quoted_printable_forms(
    raw: str, charset: str, decoded: str
) -> tuple[list[int], list[int]] | None:
    """Where each character of a quoted-printable payload's text is written in `raw`.

    Decodes `raw` as the standard library does (`quopri`: "=" and two hex digits is a
    byte, "=" at the end of a line a soft line break, any other "=" itself; trailing
    white space kept), then the bytes in `charset` as `get_content` does, and returns for
    each character, and one past the end, the offset where its encoded form starts, and
    for each character the offset just past its form ("=E2=80=99" is one character). A
    character never starts on a soft line break. None when the result is not `decoded`,
    the standard library's own reading: then nothing here is trusted.
    """
    units: list[tuple[int, int, int]] = []  # byte, where its form starts, where it ends
    i = 0
    while i < len(raw):
        if raw[i] == "=":
            code = raw[i + 1 : i + 3]
            if len(code) == 2 and code[0] in _HEX and code[1] in _HEX:
                units.append((int(code, 16), i, i + 3))
                i += 3
                continue
            soft = next((n for n in ("\r\n", "\n", "") if raw.startswith(n, i + 1)), None)
            if soft is not None and (soft or i + 1 == len(raw)):
                i += 1 + len(soft)
                continue
        if ord(raw[i]) > 0x7F:
            return None  # 8-bit text in a quoted-printable payload: left to the fallback
        units.append((ord(raw[i]), i, i + 1))
        i += 1
    try:
        decoder = codecs.getincrementaldecoder(charset)(errors="replace")
    except LookupError:
        return None
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pending: int | None = None  # where the bytes of the character being decoded start
    for byte, start, end in units:
        pending = start if pending is None else pending
        out = decoder.decode(bytes([byte]))
        chars.extend(out)
        starts.extend([pending] * len(out))
        ends.extend([end] * len(out))
        if out:
            pending = None
    out = decoder.decode(b"", final=True)
    if out:
        chars.extend(out)
        starts.extend([pending if pending is not None else len(raw)] * len(out))
        ends.extend([units[-1][2]] * len(out))
    if "".join(chars) != decoded:
        return None
    starts.append(ends[-1] if ends else 0)
    return starts, ends


def _after_blank_line(text: str, needle: str, cursor: int) -> int:
    """The first offset from `cursor` where `needle` starts a line after a blank line."""
    if not needle:
        return -1
    at = text.find(needle, cursor)
    while at >= 0 and not text.endswith(("\n\n", "\n\r\n"), 0, at):
        at = text.find(needle, at + 1)
    return at


def _meta(message: EmailMessage) -> EmailMeta:
    def name(header: str) -> str | None:
        value = message.get(header)
        if not value:
            return None
        display, _address = email.utils.parseaddr(str(value))
        return display or None

    date = None
    if message.get("Date"):
        try:
            date = email.utils.parsedate_to_datetime(str(message["Date"])).date()
        except (TypeError, ValueError):
            date = None
    subject = message.get("Subject")
    return EmailMeta(
        subject=str(subject) if subject is not None else "",
        recipient_name=name("To"),
        sender_name=name("From"),
        date=date,
    )


class _TextExtractor(HTMLParser):
    """Text of an HTML body, each character remembered with its offset in the HTML.

    Block elements become line breaks; scripts, styles and the head are dropped.
    """

    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"})

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)  # entities arrive as their own events
        self.chars: list[tuple[str, int]] = []
        self._skip = 0
        self._line_starts = [0]
        self._line_starts.extend(i + 1 for i, ch in enumerate(source) if ch == "\n")

    def _here(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _emit(self, text: str, origin: int) -> None:
        self.chars.extend((ch, origin) for ch in text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self._emit("\n\n" if tag == "p" else "\n", self._here())

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("p", "div", "li"):
            self._emit("\n", self._here())

    def handle_data(self, data: str) -> None:
        if not self._skip:
            start = self._here()
            self.chars.extend((ch, start + i) for i, ch in enumerate(data))

    def handle_entityref(self, name: str) -> None:
        if not self._skip:
            self._emit(html.unescape(f"&{name};"), self._here())

    def handle_charref(self, name: str) -> None:
        if not self._skip:
            self._emit(html.unescape(f"&#{name};"), self._here())


def html_to_text_mapped(source: str) -> tuple[str, list[int]]:
    """Plain text of an HTML body and, for each of its characters, the offset in `source`."""
    parser = _TextExtractor(source)
    parser.feed(source)
    parser.close()
    out: list[tuple[str, int]] = []
    for ch, origin in parser.chars:
        if ch in " \t\r\f\v\xa0":
            if out and out[-1][0] not in " \n":
                out.append((" ", origin))
            continue
        if ch == "\n":
            while out and out[-1][0] == " ":
                out.pop()
            if len(out) >= 2 and out[-1][0] == "\n" and out[-2][0] == "\n":
                continue
            if not out:
                continue
        out.append((ch, origin))
    while out and out[-1][0] in " \n":
        out.pop()
    text = "".join(ch for ch, _ in out) + "\n"
    origins = [origin for _, origin in out] + [len(source)]
    return text, origins


def html_to_text(source: str) -> str:
    """Plain text of an HTML body, paragraphs separated by blank lines."""
    return html_to_text_mapped(source)[0]
