"""Telling a draft's parts apart: subject line, greeting, body, sign-off, quoted reply.

This works on lines, before any NLP, so that length and placement rules measure
the body only and the pipeline can skip what the candidate did not write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GREETING = re.compile(
    r"""^\s*(?:
        (?:dear|hi+|hello+|hey+|hiya|howdy|greetings|good\s+(?:morning|afternoon|evening|day)
           |respected|namaste|g'?day|kia\s+ora
           |morning|afternoon|to\s+whom\s+it\s+may\s+concern|attn|attention
           |to\s+the\s+[\w\s&-]{2,40}?\b(?:team|department|committee|panel|manager)
           |to\s+(?:mr|mrs|ms|miss|dr|sir|madam)\.?(?=\s|,|$))\b
        )""",
    re.IGNORECASE | re.VERBOSE,
)
_SIGN_OFF = re.compile(
    r"""^\s*(?:[-–—]\s*)?(?:[^/\n]{2,40}/\s*)?(?:
        (?:with\s+)?(?:my\s+)?(?:(?:best|kind|kindest|warm|warmest|many|sincere|good)\s+)?
            (?:regards|wishes)
        |(?:all\s+the\s+|my\s+)?best(?:\s+wishes)?
        |(?:yours\s+)?(?:sincerely|respectfully|faithfully|truly|gratefully)(?:\s+yours)?
        |yours(?:\s+(?:truly|sincerely|faithfully|respectfully))?
        |respectfully\s+yours|cordially
        |cheers|ta|thanks|thank\s+you|thanking\s+you|thanks\s+(?:again|so\s+much|a\s+lot)
        |many\s+thanks|thank\s+you\s+(?:again|so\s+much)|thx|ty
        |(?:with\s+)?(?:all\s+)?(?:my\s+)?(?:sincere\s+|deepest\s+|warm\s+)?
            (?:gratitude|appreciation|thanks)
        |take\s+care|warmly|talk\s+soon|all\s+best|best\s+of\s+luck|regards
        |with\s+(?:my\s+)?(?:best|warm|warmest|kind|kindest|every\s+good|good)\s+wishes
            \s+for\s+[^,.!?\n]{2,60}?\s*,
        |v/r|very\s+respectfully|with\s+(?:great\s+|all\s+due\s+)?respect
        |stay\s+blessed|(?:god\s+)?blessings|god\s+bless(?:\s+you)?
        |saludos(?:\s+cordiales)?|un\s+saludo|atentamente|cordiali\s+saluti
        |atenciosamente|abra[çc]os?|un\s+abrazo|cumprimentos|salutations
        |ng[āa]\s+mihi(?:\s+nui)?|mauri\s+ora|(?:bien\s+)?cordialement|bien\s+[àa]\s+vous
        |(?:un\s+)?cordial\s+saludo|(?:distinti\s+)?saluti
        |(?:(?:mit\s+)?freundlichen\s+|viele\s+|liebe\s+|beste\s+)?gr[üu](?:ß|ss)(?:e|en)?
        |(?:(?:met\s+)?vriendelijke\s+|hartelijke\s+|beste\s+)?groet(?:en|jes)?
        |(?:med\s+v[äa]nliga\s+)?h[äa]lsningar|(?:med\s+venn?lig\s+)?hilsen|pozdrawiam
        |s\s+pozdravem|(?:best\s+|kind\s+)?rgds|regds|br|kr|mvg|mfg|mvh
        |(?:thanks|thank\s+you|many\s+thanks)\s*(?:and|&|n)\s*
            (?:(?:best|kind|warm|warmest|kindest)\s+)?(?:regards|wishes)
        |(?:with\s+)?(?:(?:best|kind|kindest|warm|warmest)\s+)?regards\s*(?:and|&)\s*
            (?:thanks|many\s+thanks|gratitude|appreciation)
        |with\s+(?:my\s+)?(?:sincere\s+|sincerest\s+|deepest\s+)?apologies
        |(?:my\s+)?(?:sincere|sincerest|deepest)\s+apologies
        )\s*[,.!]*\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_INLINE_SIGN_OFF = re.compile(
    r"^\s*(?:best(?:\s+regards)?|kind\s+regards|regards|cheers|thanks|sincerely)\s*,\s*"
    r"(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s*$",
    re.IGNORECASE,
)
_THANKS_LINE = re.compile(
    r"^\s*(?:thanks|thank\s+you|many\s+thanks)(?:\s+(?:again|so\s+much|a\s+lot))?\s*[.!]+\s*$",
    re.IGNORECASE,
)
_WISHES = (
    r"^\s*(?:take\s+care|all\s+the\s+best|best\s+wishes|(?:the\s+)?best\s+of\s+luck|good\s+luck"
    r"|wishing\s+you\s+(?:all\s+)?the\s+best|thanks\s+again|thank\s+you\s+again)\s*"
)
_WISH_LINE = re.compile(_WISHES + r"[.!]+\s*$", re.IGNORECASE)
"""Good wishes written as a sentence ("Take care.", "All the best!"), not as a closing."""
_BARE_WISH_LINE = re.compile(_WISHES + r"$", re.IGNORECASE)
"""Good wishes with no mark at all ("good luck"), which a name line may follow."""
_BARE_LUCK_LINE = re.compile(r"^\s*(?:(?:the\s+)?best\s+of\s+luck|good\s+luck)\s*$", re.I)
"""Luck wished with no mark above a name ("...any further\nbest of luck\nSeán"): a sentence,
as four in five such lines of the labelled drafts are, where "Best of luck,\nBrandon"
closes the letter."""
_FROM_LINE = re.compile(r"^\s*from\s*,?\s*$", re.IGNORECASE)
"""A letter's "from" above the writer's name ("...all the best\nfrom\nAlan Hughes"); only
just above the name at the end, as "From" also heads a sender's address above the greeting."""
_INITIALS = re.compile(r"^\s*[-–—~]?\s*[A-Z]\.?(?:\s?[A-Z]\.?)?\s*$")
_DASHED_NAME = re.compile(
    r"(?<=[.!?)])\s+(?P<dash>[-–—~])\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}\s*$"
)
"""A name signed after a dash at the end of a line's last sentence: ". - Kate", "! ~ Jo"."""
_POSTNOMINAL = r"(?-i:(?=[A-Za-z.]*[A-Z][a-z.]*[A-Z])[A-Z][A-Za-z.]{1,7}|Jr\.?|Sr\.?|Esq\.?)"
"""Letters after a name: "RN", "PhD", "P.Eng.", "CPA", "Esq." (capitals, two at least)."""
_NAME_LINE = re.compile(
    r"^\s*[-–—~]?\s*(?!(?:i|i['’]m|im|i['’]ve|i['’]ll|i['’]d|we|we['’]re)\b(?![.'’]))"
    r"(?:[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
    # "Priya Sharma, RN", "Ashley Rivera, BSN, RN": a capitalised name and its letters.
    rf"|(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,3}})(?:\s*,\s*{_POSTNOMINAL}){{1,3}})\s*$",
    re.IGNORECASE,
)
"""A line that could be a name: up to four words, not opening with "I", "I'm" or "we"
(a last line "I'm out." is the writer's last sentence, not a signature), or a capitalised
name of two to four words with the letters after it ("Priya Sharma, RN", read part el)."""
_ATTRIBUTION = (
    r"On\b.{4,200}\bwrote:\s*$"
    r"|-{2,}\s*On\b.{4,200}\bwrote:?\s*-{2,}\s*$"  # Zoho: "---- On Thu, ... wrote ----"
    # The same header from a mail client set to another language: "El mar, 9 abr 2024 a las
    # 16:02, Valentina Rojas <...> escribió:", "Le 3 mars ... a écrit :", "Am ... schrieb ...:"
    r"|.{4,200}\b(?:escribió|a\s+écrit|schrieb|ha\s+scritto|escreveu|schreef|napisał)"
    r"(?:\s*\(a\))?.{0,80}:\s*$"
)
"""The line a mail client writes above the message it quotes: "On Mon, ... wrote:"."""
_QUOTED_LINE = re.compile(r"^\s*>")
_ATTRIBUTION_LINE = re.compile(r"^\s*(?:" + _ATTRIBUTION + ")", re.IGNORECASE)
_QUOTE_START = re.compile(
    r"^\s*(?:>|" + _ATTRIBUTION + r"|-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}"
    # The same header from a mail client set to another language (read part di:
    # "-----Ursprüngliche Nachricht-----" and "Von: ...").
    r"|-{2,}\s*(?:Urspr[üu]ngliche|Weitergeleitete) Nachricht\s*-{2,}"
    r"|-{2,}\s*(?:Message d'origine|Mensaje original|Messaggio originale|Mensagem original"
    r"|Oorspronkelijk bericht|Originalmeddelande|Oprindelig meddelelse|Wiadomo[śs][ćc]"
    r" oryginalna)\s*-{2,}"
    r"|(?:From|Von):\s.+|_{5,}\s*$"
    # A mail client's signature, which the candidate did not write for this email:
    r"|--\s*$|Sent from my \w+|Sent from (?:Outlook|Mail|Yahoo)|Get Outlook for \w+)",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"^\s*(?:-{3,}|={3,})\s*$")
_SEPARATOR_LINE = re.compile(r"^\s*(?:--|[-–—_~]{1,3})\s*$")
"""A signature separator: "-- ", "—", "___"."""
_HEADER_LINE = re.compile(
    r"(?i:^\s*(?:From|Sent|To|Date|Subject|On)\b)|\b\d{1,2}[:.]\d{2}\b"
    r"|^\s*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+:\s",  # a chat line: "Steph Moore: Hi Oscar!"
)
"""A line that opens a pasted message: a mail header, a name with the time it was sent, or
a chat line that starts with a full name."""
_CONTACT_LINE = re.compile(
    r"\+?\(?\d[\d ().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.|linkedin\.com"
    r"|\S\s[|·]\s\S|^\s*(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?\s*$",
    re.IGNORECASE,
)
"""A signature's contact line: a phone number, an e-mail or web address (a bare one too:
"github.com/rtehrani"), "Title | Company"."""
_FOOTER_LINE = re.compile(
    r"^\s*(?:sent (?:from|with|via|using)\b|get outlook\b"
    r"|this (?:e-?mail|message) (?:was|has been) sent from"
    r"|(?:please )?(?:excuse|forgive) (?:any |my |the )?(?:typos|brevity|errors)"
    r"|apologies for (?:any |the )?(?:brevity|typos)"
    r"|(?:\S{1,2}\s+)?(?:please )?consider the environment|(?:my )?working hours\b"
    r"|(?:please )?note my new address"
    r"|(?:[^\w\s\"“'‘]{1,3}\s*)?[\"“'‘].{10,}[\"”'’]\s*(?:[-–—~]\s*\w|$))",
    re.IGNORECASE,
)
"""A line a signature adds under the name, however long: a mail app's footer ("Sent with
Proton Mail secure email."), a note on typos or hours, a plea for the environment (after
the leaf a font turned into a letter: "P Please consider..."), a motto in quotes (with its
author or without)."""
_DISCLAIMER_TOPIC = re.compile(
    r"\b(?:confidential|privileged|disclaimer|protected health information"
    r"|this (?:e-?mail|message)(?: and any (?:attachments|files))? may contain"
    # A mail server's footer in German, French or Spanish (read part di).
    r"|vertrauliche?|confidentiel(?:le)?s?|confidencial(?:es)?"
    # A company's registration, which such a footer may open with.
    r"|registergericht|handelsregister|registered office)",
    re.IGNORECASE,
)
_DISCLAIMER_ADVICE = re.compile(
    r"\b(?:intended (?:solely |only |exclusively )?(?:for|recipient)|addressee|in error"
    r"|notify the sender|unauthori[sz]ed|registered in|strictly prohibited|dissemination"
    r"|adressat|absender|registergericht|destinataire|destinatario)",
    re.IGNORECASE,
)
"""A legal disclaimer paragraph names confidentiality (or says what "this email may
contain") and tells a wrong recipient what to do (or gives the company's registration)."""
MIN_DISCLAIMER_WORDS = 12
"""Shorter than this, "keep this confidential, it is intended for you only" is a sentence
of the draft."""
_POSTSCRIPT = re.compile(r"^\s*(?:p\.\s?(?:p\.\s?)?s\b\.?|pp?s\s*[:.\-–—])", re.IGNORECASE)
"""A postscript's opening: "P.S.", "P.P.S.", "PS:", "ps -"."""
_SUBJECT = re.compile(
    r"^\s*(?:subject\s*:\s*|(?P<reply>(?:re|fw|fwd)\s*:\s*))(?P<subject>.*)$", re.IGNORECASE
)
_HEADER_FIELD = re.compile(
    r"^\s*(?:to|from|cc|bcc|date|sent|reply-to|subject|re|fw|fwd|attn|attention)\s*:\s*\S",
    re.IGNORECASE,
)
"""A mail header or memo field, as pasted above a letter: "To: Katherine Delgado <...>"."""


def _subject_text(match: re.Match[str]) -> str:
    """The subject a subject line gives; a reply's or forward's keeps its "Re:" ("Re: Next
    steps" is a reply in a thread, as the .eml Subject header would say)."""
    return ((match.group("reply") or "") + match.group("subject")).strip()


_LETTER_SUBJECT = re.compile(
    r"^\s*(?:subject|sub|re|ref)\s*(?::|\.|\s-)\s*(?P<subject>.*)$", re.IGNORECASE
)
"""A letter's labelled subject or reference line: "Sub: Withdrawal of application",
"RE: FINANCE DIRECTOR", "Ref. HR/2024/117" (not "Re-application")."""
MAX_LETTER_HEAD_LINES = 14
"""Lines a formal letter may put above its greeting: the sender's name, address and
contact line, a date, then "To", the addressee's name and title, the company, its address
and town, a "Sub:" line."""
_NAME_ABBREVIATION_END = re.compile(
    r"\b(?:inc|ltd|llc|llp|corp|co|plc|pvt|pte|pty|gmbh|ag|bv|sa|srl|esq|jr|sr|st|rd|ave)\.$",
    re.IGNORECASE,
)
"""A line of an address block ending on a company's or a street's abbreviation
("Midwest Regional Healthcare Systems, Inc.", "Vantage Infotech Pvt. Ltd."): no sentence."""
MAX_LETTER_HEAD_LINE_WORDS = 10
MIN_SENTENCE_WORDS = 4
"""A line above the greeting this long that ends on a full stop is a sentence of the
message, so the greeting below it is no letter's greeting ("Thank you for the offer.\n
Greetings from Lagos!"); one that asks or exclaims is a sentence at any length ("Thanks so
much!"). Shorter lines with a full stop are a letter's ("Nashik.")."""


@dataclass(frozen=True)
class Layout:
    """Character ranges (0-based, end exclusive) of a draft's parts."""

    body_start: int
    body_end: int
    greeting: tuple[int, int] | None = None
    sign_off: tuple[int, int] | None = None
    subject: str | None = None
    subject_range: tuple[int, int] | None = None
    quote_start: int | None = None
    postscript: tuple[int, int] | None = None
    """A "P.S." after the sign-off: the writer's words, read with the body."""
    inner_quotes: tuple[tuple[int, int], ...] = ()
    """Quotes the writer's own words follow, blanked for reading (`inner_quotes`)."""


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def _lines(text: str) -> list[_Line]:
    lines = []
    offset = 0
    for raw in text.split("\n"):
        content = raw[:-1] if raw.endswith("\r") else raw
        lines.append(_Line(offset, offset + len(content), content))
        offset += len(raw) + 1
    return lines


MAX_GREETING_WORDS = 5
"""Words before the comma of a greeting that goes on with the body ("Good morning Ms.
Ana Lopez, ...")."""
MAX_GREETING_LINE_WORDS = 10
"""A greeting alone on its line is at most this long ("Dear Members of the Faculty Search
Committee,")."""
_MESSAGE_OPENERS = (
    r"thanks|thank|thx|ty|cheers|so|just|sorry|hope|unfortunately|please|i|im|i'm|i've|ive|i'll"
)
_UNMARKED_GREETING = re.compile(
    rf"(?P<greeting>(?:hi+|hey+|hello+|hiya|dear)\s+(?!(?:{_MESSAGE_OPENERS})\b)"
    rf"[^\W\d_][\w'’-]*)\s+(?=(?:{_MESSAGE_OPENERS})\b)",
    re.IGNORECASE,
)
"""A greeting run into the message with no mark after the name: "hey jordan thx for ..."
(the name is no word that opens the message: "hi thanks so much" greets no one)."""


def _greeting(line: _Line) -> tuple[int, int] | None:
    """The greeting part of a line, or None. 'Hi Tom, thanks...' greets up to the comma."""
    stripped = line.text.strip()
    if not stripped:
        return None
    lead = len(line.text) - len(line.text.lstrip())
    if _GREETING.match(stripped):
        unmarked = _UNMARKED_GREETING.match(stripped)
        if unmarked:  # "hey jordan thx for the callback ...", "Hi Karen thank you for ..."
            return line.start + lead, line.start + lead + unmarked.end("greeting")
        cut = re.search(r"[,:!]|\s[-–—](?=\s)", stripped)  # "Hi Amanda - replying here ..."
        words = len(stripped.split())
        if cut and (words > 6 or len(stripped[cut.end() :].split()) >= 2):
            # "Hi Tom, thanks..." greets up to the comma; "hey just letting u know im out,
            # got a job" is no greeting but the whole message. A long greeting alone on
            # its line ("Dear Members of the Faculty Search Committee,") still greets; a
            # message whose only mark is its last ("Hey Leanne thanks for ... person!")
            # does not.
            goes_on = bool(stripped[cut.end() :].strip())
            before = len(stripped[: cut.start()].split())
            if before > (MAX_GREETING_WORDS if goes_on else MAX_GREETING_LINE_WORDS):
                return None
            # Whole sentences before the first mark: a message, not a greeting (but "Ms."
            # and "Dr." end no sentence: "Dear Ms. Lee, thank you for ...").
            if re.search(
                r"(?<!\b(?:Mr|Ms|Dr|St))(?<!\bMrs)(?<!\bProf)[.?]\s", stripped[: cut.start()]
            ):
                return None
            return line.start + lead, line.start + lead + cut.end()
        if words <= 8:
            return line.start + lead, line.end
        return None
    # A bare name as a greeting: "Sarah," or "Mr. Lee,"
    if re.fullmatch(r"(?:[A-Z][\w.'’-]*\s*){1,3},", stripped):
        return line.start + lead, line.end
    return None


def _is_sign_off(line: _Line) -> bool:
    return bool(_SIGN_OFF.match(line.text) or _INLINE_SIGN_OFF.match(line.text))


def _signature_line(line: _Line) -> bool:
    """A contact line or a footer line of a signature block (not counted as its text)."""
    return bool(_CONTACT_LINE.search(line.text) or _FOOTER_LINE.match(line.text))


def _sign_off_start(lines: list[_Line], first: int, last: int) -> int | None:
    """Index of the line where the sign-off begins, looking at the last few lines."""
    content = [i for i in range(first, last + 1) if not lines[i].blank]
    tail = content[-10:]
    for idx in tail:
        if _is_sign_off(lines[idx]):
            after = [j for j in content if j > idx]
            # A signature block may add contact lines (phone, e-mail, web) to the name,
            # title and company lines, and up to seven lines besides (an academic's: name,
            # degree, title, department, university, address, pronouns; read part ee).
            contact = [j for j in after if _signature_line(lines[j])]
            if len(after) - len(contact) > 7:
                continue
            # "Best of luck.\n\nKind regards,\nHelen": a sentence before the sign-off
            # (but "Kind regards.\nTy" is a sign-off and a name that looks like "ty").
            if lines[idx].text.rstrip().endswith((".", "!")) and any(
                _is_sign_off(lines[j]) and lines[j].text.rstrip().endswith(",") for j in after
            ):
                continue
            # "...the phone.\nThanks again.\n\nBen": thanks written as the paragraph's
            # last sentence, not set apart as a closing; "Take care.\n\nJordan": good
            # wishes with a full stop are a sentence too, and the name signs off.
            names = [j for j in after if j not in contact]
            if (
                (_WISH_LINE.match(lines[idx].text) or _BARE_LUCK_LINE.match(lines[idx].text))
                and len(names) == 1
                and _NAME_LINE.match(lines[names[0]].text)
            ):
                continue
            if (
                _THANKS_LINE.match(lines[idx].text)
                and idx - 1 >= first
                and not lines[idx - 1].blank
                and lines[idx - 1].text.rstrip().endswith((".", "!", "?"))
            ):
                continue
            # A postal address may be longer ("Tower B, 5th Floor, Tidel Park, Taramani,
            # Chennai 600113").
            if all(
                len(lines[j].text.split()) <= 8 or _address(lines[j].text)
                for j in after
                if j not in contact
            ):
                return idx
    # No closing phrase: a lone name line ending the draft ("Ana", "- Priya", "xx\nJess"),
    # perhaps followed by contact lines (a phone number, an address, "Title | Company").
    while len(content) > 2 and (
        (
            len(lines[content[-1]].text.split()) <= 8
            and _CONTACT_LINE.search(lines[content[-1]].text)
        )
        or _FOOTER_LINE.match(lines[content[-1]].text)
    ):
        content.pop()
    block = _signature_block(lines, content)
    if block is not None:
        return block
    if len(content) >= 2 and _NAME_LINE.match(lines[content[-1]].text):
        name = content[-1]
        signed = lines[name].text.split(",")[0]  # the letters after a name don't count
        if len(signed.split()) > 3 or len(signed.strip()) > 30:
            return None
        start = name
        if content[-2] == name - 1 and re.fullmatch(r"\s*[xX]{1,3}\s*", lines[name - 1].text):
            start = name - 1  # a kiss before the name
        prev = lines[start - 1]
        ending = prev.text.rstrip()[-1:]
        # "...so i'll leave it\ngood luck\nSean": wishes typed with no mark, then the name.
        if (
            prev.blank
            or ending in ".!?,"
            or (ending and not ending.isalnum())
            or (_BARE_WISH_LINE.match(prev.text) and lines[name].text.strip()[:1].isupper())
        ):
            before = [i for i in content if i < start]
            if before and _INITIALS.match(lines[before[-1]].text):
                return before[-1]  # "J.\n\nJordan Reyes": initials, then the signature
            return start
        if _FROM_LINE.match(prev.text):
            return start - 1
        short = len(prev.text.split()) <= 4
        if short and (start - 2 < 0 or lines[start - 2].blank or prev.text.rstrip().endswith(",")):
            return start - 1  # a closing we don't know: "Mit freundlichen Grüßen", "Abraços,"
    return None


_LETTER_CLOSING = re.compile(
    r"\b(?:regards|sincerely|faithfully|cordially|respectfully|rgds)\b", re.IGNORECASE
)


def _closing_ending_the_body(lines: list[_Line], first: int, name: int) -> int | None:
    """A letter's closing typed after the last sentence, above the name on its own line
    ("...I will not be able to accept. Kind regards\n\nOlivia", read part ej): where the
    closing starts in the text. Only closings no one writes as a sentence ("regards",
    "sincerely"), not "Thanks", which may be the writer's thanks."""
    if _is_sign_off(lines[name]):
        return None
    above = next((i for i in range(name - 1, first - 1, -1) if not lines[i].blank), None)
    if above is None:
        return None
    text = lines[above].text
    ends = list(re.finditer(r"[.!?]\s+", text))
    if not ends:
        return None
    tail = text[ends[-1].end() :]
    if not (_SIGN_OFF.match(tail) and _LETTER_CLOSING.search(tail)):
        return None
    return lines[above].start + ends[-1].end()


def _pasted_below(lines: list[_Line], i: int) -> bool:
    """A line of dashes or equals signs under the signature, or above a pasted message's
    header ("-----" and then "Tom Reilly  11:42 AM"); a divider inside the body, between
    two sentences, does not end it."""
    if not _RULE_LINE.match(lines[i].text):
        return False
    following = next((line for line in lines[i + 1 :] if not line.blank), None)
    if following is not None and _HEADER_LINE.search(following.text):
        return True
    previous = next((line for line in reversed(lines[:i]) if not line.blank), None)
    return previous is not None and bool(
        _NAME_LINE.match(previous.text) or _SIGN_OFF.match(previous.text)
    )


_PRONOUNS = re.compile(r"\s*\((?:she|he|they|ze|xe)/\w+(?:/\w+)?\)\s*$", re.IGNORECASE)
"""Pronouns after a name in a signature: "(she/her)", "(they/them)"."""
_ADDRESS_LINE = re.compile(r"^(?=.*\d)(?=.*,)\S+(?:\s+\S+){0,11}$")
"""A postal address on one line: a number, commas, at most twelve words."""


def _address(text: str) -> bool:
    """A postal address line, not a sentence: it does not end with a stop or a comma."""
    return bool(_ADDRESS_LINE.match(text.strip())) and not text.rstrip().endswith(
        (".", "!", "?", ",")
    )


def _signature_block(lines: list[_Line], content: list[int]) -> int | None:
    """A name on its own after a blank line, then only title, company, registration and
    address lines ("Mark Reilly / Gas Safe Reg. 512345 / Reilly Plumbing & Heating",
    "Westmark Insurance plc, 1 Moorgate Place, London EC2R 6EA"): the signature starts at
    the name."""
    for k in range(len(content) - 2, max(len(content) - 5, 0), -1):
        name = content[k]
        text = _PRONOUNS.sub("", lines[name].text)  # "Jamie Okoro (they/them)"
        words = text.split()
        above = lines[name - 1]
        if not _NAME_LINE.match(text) or len(words) > 3:
            continue
        if not (above.blank or _SEPARATOR_LINE.match(above.text)):
            continue
        if not all(w[:1].isupper() for w in words):
            continue  # "got another job" is no name
        rest = [lines[j].text.strip() for j in content[k + 1 :]]
        if all(
            (len(t.split()) <= 6 or _ADDRESS_LINE.match(t))
            and not t.endswith((".", "!", "?", ","))
            and any(c.isupper() or c.isdigit() for c in t)
            for t in rest
        ):
            return _signed_above(lines, content, k)
    return None


def _signed_above(lines: list[_Line], content: list[int], k: int) -> int:
    """The first name signed above the full signature ("Reza\n\nReza Tehrani\nStaff
    Software Engineer", "x Priya\n—\nPriya Venkataraman"): the sign-off starts there."""
    first_name = _PRONOUNS.sub("", lines[content[k]].text).split()[0].lower()
    j = k - 1
    if j >= 0 and _SEPARATOR_LINE.match(lines[content[j]].text):
        j -= 1
    if j >= 0:
        words = lines[content[j]].text.strip().rstrip(",.!").split()
        if 1 <= len(words) <= 3 and words[-1].strip("-–—~").lower() == first_name:
            return content[j]
    return content[k]


def mask_inner_quotes(text: str, quotes: list[tuple[int, int]] | None = None) -> str:
    """The text with its inner quotes blanked (see `inner_quotes`; pass them when known)."""
    chars = list(text)
    for start, end in inner_quotes(text) if quotes is None else quotes:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def _answer_under(quoted: str, line: str) -> bool:
    """A quoted question, then a line that starts with a capital letter (a client may wrap
    a quoted paragraph after a full stop, but not after a question mark)."""
    return quoted.rstrip().endswith("?") and line.lstrip()[:1].isupper()


def inner_quotes(text: str) -> list[tuple[int, int]]:
    """The character ranges of the quotes that the writer's own words follow: the lines
    quoted with ">" (and the "On ... wrote:" line above them) of an inline reply, of a
    reply written under the message it answers, of a Markdown blockquote. Blanked by
    `mask_inner_quotes` (every character but a line break a space, so offsets stay), the
    writer's words before and after the quote are read as one draft. A quote that ends
    the draft, and everything under a header such as "-----Original Message-----", are
    left to `find_layout`, which ends the body where they start.

    A line typed straight under a quoted line, with no blank line between, is taken as
    the quote's own text wrapped by a mail client, unless the quoted line is a question and
    the next starts with a capital: an answer typed under each question ("> 1. Are you
    still interested?\nI'm going to withdraw.")."""
    lines = _lines(text)
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        opens = _QUOTED_LINE.match(lines[i].text) or (
            _ATTRIBUTION_LINE.match(lines[i].text) and _quoted_below(lines, i)
        )
        if not opens:
            i += 1
            continue
        end = i
        for k in range(i + 1, len(lines)):
            line = lines[k]
            wrapped = (
                not line.blank
                and _QUOTED_LINE.match(lines[k - 1].text)
                and not _answer_under(lines[k - 1].text, line.text)
            )
            if _QUOTED_LINE.match(line.text) or wrapped:
                end = k
            elif not line.blank:
                break
        blocks.append((i, end))
        i = end + 1
    ranges = []
    for first, last in blocks:
        after = lines[last + 1 :]
        if any(not ln.blank and not _QUOTE_START.match(ln.text) for ln in after):
            ranges.append((lines[first].start, lines[last].end))
    return ranges


def _quoted_below(lines: list[_Line], i: int) -> bool:
    below = next((ln for ln in lines[i + 1 :] if not ln.blank), None)
    return below is not None and bool(_QUOTED_LINE.match(below.text))


def find_layout(text: str) -> Layout:
    """Split a draft into subject, greeting, body and sign-off (all optional but the body)."""
    lines = _lines(text)
    first = next((i for i, ln in enumerate(lines) if not ln.blank), 0)
    subject = subject_range = None
    # Header lines pasted above the letter ("To: ...", "From: ...", "Date: ...", a memo's
    # "Re: ..."): the head, not a quoted message; the subject is among them.
    head = first
    while head < len(lines) and _HEADER_FIELD.match(lines[head].text):
        head += 1
    fields = range(first, head) if head - first >= 2 else range(first, first)
    for i in [*fields] or [first]:
        match = _SUBJECT.match(lines[i].text)
        if match and subject is None:
            subject = _subject_text(match)
            subject_range = (lines[i].start, lines[i].end)
    if fields or subject is not None:
        end = max(head if fields else first + 1, first + 1)
        first = next((i for i in range(end, len(lines)) if not lines[i].blank), end)

    last = len(lines) - 1
    quote_start = None
    for i in range(first + 1, len(lines)):
        if _QUOTE_START.match(lines[i].text) or _pasted_below(lines, i):
            quote_start = lines[i].start
            last = i - 1
            break
    while last > first and lines[last].blank:
        last -= 1
    last = _before_disclaimer(lines, first, last)
    postscript = None
    ps = _postscript_line(lines, first, last)
    if ps is not None:
        postscript = (
            lines[ps].start + len(lines[ps].text) - len(lines[ps].text.lstrip()),
            lines[last].end,
        )
        last = ps - 1
        while last > first and lines[last].blank:
            last -= 1
    if first >= len(lines):
        return Layout(0, len(text), subject=subject, subject_range=subject_range)

    greeting = _greeting(lines[first])
    if greeting is None:
        head = _letter_head(lines, first, last)
        if head is not None:
            first, greeting = head
            if subject is None:
                subject, subject_range = _subject_in_head(lines, first)
    body_start = lines[first].start
    if greeting:
        body_start = greeting[1]
        heading = _heading_after(lines, first, last) if greeting[1] >= lines[first].end else None
        if heading is not None:
            body_start = lines[heading].end
    sign_off = None
    body_end = lines[last].end
    whole_line = greeting is not None and greeting[1] >= lines[first].end
    sign_idx = _sign_off_start(lines, first + (1 if whole_line else 0), last)
    if sign_idx is not None and lines[sign_idx].start >= body_start:
        sign_off = (lines[sign_idx].start, lines[last].end)
        body_end = lines[sign_idx].start
        closing = _closing_ending_the_body(lines, first, sign_idx)
        if closing is not None and closing > body_start:
            sign_off = (closing, lines[last].end)
            body_end = closing
    else:
        # A chat message signed at the end of its last line: "... cross paths again. - Kate".
        dashed = _DASHED_NAME.search(lines[last].text)
        if dashed and lines[last].start + dashed.start() > body_start:
            sign_off = (lines[last].start + dashed.start("dash"), lines[last].end)
            body_end = lines[last].start + dashed.start()
    body_start, body_end = _trim(text, body_start, body_end)
    return Layout(
        body_start=body_start,
        body_end=body_end,
        greeting=greeting,
        sign_off=sign_off,
        subject=subject,
        subject_range=subject_range,
        quote_start=quote_start,
        postscript=postscript,
    )


def _letter_head(lines: list[_Line], first: int, last: int) -> tuple[int, tuple[int, int]] | None:
    """A formal letter's greeting under its address block ("To\nThe Manager (HR),\nSunrise
    Co-operative Bank Ltd.,\nNashik.\n\nSub: ...\n\nRespected Sir,"): the greeting's line
    and range, if the greeting opens with a greeting word ("Respected", "Dear"; a bare name
    is no greeting here) and has its line to itself, and every line above it is short and
    no sentence (see MIN_SENTENCE_WORDS). A sign-off ends the search: "Cheers," under a
    message of short lines is no greeting."""
    seen = 0
    for i in range(first, last + 1):
        line = lines[i]
        if line.blank:
            continue
        if _is_sign_off(line):
            return None
        text = line.text.strip()
        greeting = _greeting(line) if i > first and _GREETING.match(text) else None
        if greeting is not None and greeting[1] >= line.end:
            return i, greeting
        seen += 1
        sentence = text.endswith(("?", "!")) or (
            text.endswith(".")
            and len(text.split()) >= MIN_SENTENCE_WORDS
            and not _NAME_ABBREVIATION_END.search(text)
        )
        if (
            seen > MAX_LETTER_HEAD_LINES
            or len(text.split()) > MAX_LETTER_HEAD_LINE_WORDS
            or (sentence and not _LETTER_SUBJECT.match(text))
        ):
            return None
    return None


def _subject_in_head(
    lines: list[_Line], greeting: int
) -> tuple[str | None, tuple[int, int] | None]:
    """The "Sub:" or "Subject:" line of a letter's head, if it has one."""
    for line in lines[:greeting]:
        match = _LETTER_SUBJECT.match(line.text)
        if match:
            return match.group("subject").strip(), (line.start, line.end)
    return None, None


_CAPITALS_HEADING = re.compile(r"^[^a-z.!?]{6,120}$")
_SHOUTED_PRONOUN = re.compile(r"\b(?:I|I'M|YOU|YOUR|MY|ME|WE|THANKS?|SORRY|PLEASE|HOPE)\b")
_HEADING_NOUN = re.compile(
    r"\b(?:WITHDRAWAL|APPLICATION|POSITION|ROLE|VACANCY|POST|CANDIDACY|CANDIDATURE|REFERENCE"
    r"|INTERVIEW|OFFER|RECRUITMENT|JOB)\b"
)
"""A heading names what the letter is about; a line in capitals without such a word is
the writer raising their voice ("THANKS FOR EVERYTHING", "SORRY FOR THE LATE REPLY")."""
MAX_HEADING_WORDS = 15


def _heading_after(lines: list[_Line], greeting: int, last: int) -> int | None:
    """A letter's reference or heading line between the greeting and the body, alone in its
    paragraph: "RE: FINANCE DIRECTOR - EAST AFRICA", "WITHDRAWAL OF APPLICATION - HEAD OF
    TREASURY", "Ref: HR/2024/117". Not body text, so not shouting either; a paragraph in
    capitals that speaks ("I AM WITHDRAWING") is body."""
    idx = next((i for i in range(greeting + 1, last + 1) if not lines[i].blank), None)
    if idx is None or idx + 1 > last or not lines[idx + 1].blank:
        return None
    text = lines[idx].text
    capitals = (
        _CAPITALS_HEADING.match(text)
        and _HEADING_NOUN.search(text)
        and not _SHOUTED_PRONOUN.search(text)
    )
    labelled = _LETTER_SUBJECT.match(text)
    if ((labelled and labelled.group("subject")) or capitals) and len(
        text.split()
    ) <= MAX_HEADING_WORDS:
        return idx
    return None


def _postscript_line(lines: list[_Line], first: int, last: int) -> int | None:
    """The line where a postscript after the sign-off begins ("Best,\nAna\n\nP.S. ..."),
    or None. A "P.S." followed by the sign-off is part of the body as it stands."""
    content = [i for i in range(first + 1, last + 1) if not lines[i].blank]
    for idx in content[-8:]:
        if not _POSTSCRIPT.match(lines[idx].text) or not lines[idx - 1].blank:
            continue
        if any(_is_sign_off(lines[j]) for j in content if j > idx):
            return None
        return idx
    return None


def _before_disclaimer(lines: list[_Line], first: int, last: int) -> int:
    """The last line before trailing legal disclaimers ("This email is confidential ...
    If you are not the intended recipient ..."), which a mail server or company adds.

    A disclaimer starts at a line naming confidentiality, runs to the end of its
    paragraph, gives a wrong recipient advice and is long; the draft's first paragraph
    is never one."""
    while last > first:
        start = last
        while start > first and not lines[start - 1].blank:
            start -= 1
        begins = next(
            (i for i in range(start, last + 1) if _DISCLAIMER_TOPIC.search(lines[i].text)), None
        )
        if begins is None or begins == first:
            return last
        text = " ".join(lines[i].text for i in range(begins, last + 1))
        if len(text.split()) < MIN_DISCLAIMER_WORDS or not _DISCLAIMER_ADVICE.search(text):
            return last
        last = begins - 1
        while last > first and lines[last].blank:
            last -= 1
        if begins > start:
            return last  # it hung under the signature with no blank line
    return last


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
