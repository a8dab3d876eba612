"""Everyday English words, for telling a raised voice ("AWFUL") from an acronym ("GDPR")."""

from __future__ import annotations

import functools
import importlib.resources
import re

_EMPHATIC_WORDS = """
    absolutely again all always any anyone anything but cannot certainly completely
    definitely did do does done ever every extremely honestly hours how just least
    literally many months more most much must need never no nobody none not nothing now
    once only please really ridiculous rude seriously so still stop such terrible that this
    too totally twice unacceptable very waste way weeks what why will worst wrong you your
"""
EMPHATIC = frozenset(_EMPHATIC_WORDS.split())
"""Words people put in capitals to raise their voice, beyond the everyday-word list."""
_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("ly", ""),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("est", "e"),
)
"""Regular inflections, undone to find an everyday word's base ("WAITING" -> wait)."""


@functools.cache
def _everyday_words() -> frozenset[str]:
    """The Dale-Chall list of about 3,000 words most readers know, as textstat (a
    dependency) ships it. Should the file ever move, EMPHATIC and long words remain."""
    try:
        words = importlib.resources.files("textstat").joinpath("resources/en/easy_words.txt")
        return frozenset(words.read_text(encoding="utf-8").split())
    except (OSError, ModuleNotFoundError):
        return frozenset()


def everyday(lower: str) -> bool:
    """Whether a lower-case word is an everyday English word or a regular inflection of
    one ("awful", "joke", "waiting"); acronyms are not ("nasa", "emea", "gdpr", "api")."""
    words = _everyday_words()
    if lower in EMPHATIC or lower in words:
        return True
    for suffix, ending in _SUFFIXES:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)]
            if stem + ending in words or (stem[-1] == stem[-2] and stem[:-1] in words):
                return True
    return False


GROUP_WORDS = frozenset(
    {
        "all", "everyone", "everybody", "there", "both", "whom", "folks", "guys", "friends",
        "people", "team", "sir", "sirs", "madam", "colleagues", "committee", "panel",
        "hiring", "manager", "managers", "recruiter", "recruiters", "recruiting",
        "recruitment", "hr", "resources", "talent", "acquisition", "selection", "search",
        "interviewers", "careers", "career", "jobs", "staffing", "resourcing", "admin",
        "office", "info", "noreply", "no-reply", "support", "applications", "application",
    }
)  # fmt: skip
"""Words that address a group, a role or a shared inbox, not a person: in a greeting
("Dear Hiring Team", "Dear Sir or Madam", "Hi all") or a display name ("Talent
Acquisition", "Acme Careers")."""


def names_a_group(name: str) -> bool:
    """Whether a name or greeting word is a group's, a role's or a shared inbox's."""
    return any(w in GROUP_WORDS for w in re.findall(r"[a-z]+(?:-[a-z]+)?", name.lower()))
