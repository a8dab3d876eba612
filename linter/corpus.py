"""The labelled corpus in models/corpus/: records and their fixed train/dev/test split."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from withdraw_lint import models
from withdraw_lint.components import CATEGORY_CATS
from withdraw_lint.components import LABELS as PIPELINE_LABELS

CORPUS_DIR = Path(models.__file__).resolve().parent / "corpus"
SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class Sentence:
    text: str
    labels: frozenset[str]
    category: str | None = None


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    expect: frozenset[str]
    reason_category: str | None
    sentences: tuple[Sentence, ...] = field(default=())
    style: str = ""

    @property
    def split(self) -> str:
        return split_of(self.id)


def split_of(record_id: str) -> str:
    """70 % train, 15 % dev, 15 % test, fixed by a hash of the id (never by order)."""
    bucket = int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 100
    if bucket < 70:
        return "train"
    return "dev" if bucket < 85 else "test"


RECORD_KEYS = ("id", "text", "expect", "reason_category", "sentences", "style")
SENTENCE_KEYS = ("text", "labels", "category")


class RecordError(ValueError):
    """A record whose key is unknown or holds a value we do not know; names the key."""

    def __init__(self, key: str, expected: str) -> None:
        super().__init__(f"key {key!r}: expected {expected}")


def _record(raw: dict[str, Any]) -> Record:
    """A record from its JSON object. Raises RecordError for an unknown key, an `expect`
    entry that is not a rule, or a sentence label, category or reason_category that is not
    in their sets (a misspelt key would otherwise be read as "no labels", silently)."""
    if not isinstance(raw, dict):
        raise RecordError("(record)", "a JSON object")
    _known_keys(raw, RECORD_KEYS, "")
    for key in ("id", "text"):
        if not isinstance(raw.get(key), str):
            raise RecordError(key, "a string")
    sentences = []
    position = 0
    for i, s in enumerate(_list_of(raw, "sentences", dict)):
        _known_keys(s, SENTENCE_KEYS, f"sentences[{i}].")
        if not isinstance(s.get("text"), str):
            raise RecordError(f"sentences[{i}].text", "a string")
        sentence = Sentence(s["text"], frozenset(_list_of(s, "labels", str)), s.get("category"))
        found = raw["text"].find(sentence.text, position)
        if found < 0:
            raise RecordError(
                f"sentences[{i}].text",
                f"an exact part of `text`, after the sentence before it; "
                f"{sentence.text[:60]!r} is not",
            )
        position = found + len(sentence.text)
        problem = _sentence_vocabulary(sentence)
        if problem:
            raise RecordError(f"sentences[{i}].{problem[0]}", problem[1])
        sentences.append(sentence)
    record = Record(
        id=raw["id"],
        text=raw["text"],
        expect=_rule_names(_list_of(raw, "expect", str)),
        reason_category=raw.get("reason_category"),
        sentences=tuple(sentences),
        style=raw.get("style", ""),
    )
    if record.reason_category is not None and record.reason_category not in CATEGORIES:
        raise RecordError("reason_category", f"one of {', '.join(sorted(CATEGORIES))} or null")
    return record


def _known_keys(raw: dict[str, Any], known: tuple[str, ...], prefix: str) -> None:
    for key in raw:
        if key not in known:
            raise RecordError(f"{prefix}{key}", f"a known key ({', '.join(known)})")


def _list_of(raw: dict[str, Any], key: str, kind: type) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, kind) for v in value):
        raise RecordError(key, f"a list of {'strings' if kind is str else 'objects'}")
    return value


def _rule_names(items: list[str]) -> frozenset[str]:
    """`expect` entries as rule names (a code such as WL103 is read as its rule's name)."""
    from withdraw_lint.settings import rule_name

    names = set()
    for item in items:
        try:
            names.add(rule_name(item))
        except ValueError:
            raise RecordError(
                "expect", f"rule names (`withdraw-lint rules` lists them); got {item!r}"
            ) from None
    return frozenset(names)


def _sentence_vocabulary(sentence: Sentence) -> tuple[str, str] | None:
    """The key and what it should hold, when a sentence's labels or category are unknown."""
    unknown = sentence.labels - LABELS
    if unknown:
        got = ", ".join(repr(label) for label in sorted(unknown))
        return "labels", f"sentence labels ({', '.join(sorted(LABELS))}); got {got}"
    if sentence.category is not None and sentence.category not in CATEGORIES:
        return "category", f"one of {', '.join(sorted(CATEGORIES))}; got {sentence.category!r}"
    return None


def load_corpus(path: Path | str = CORPUS_DIR, split: str | None = None) -> list[Record]:
    """Records from a .jsonl file or every drafts-*.jsonl in a folder, optionally one split."""
    path = Path(path)
    files = sorted(path.glob("drafts-*.jsonl")) if path.is_dir() else [path]
    if path.is_dir() and not files:
        raise ValueError(f"{path}: no drafts-*.jsonl file in this folder")
    records = []
    for file in files:
        lines: dict[str, int] = {}
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = _record(json.loads(line))
            except RecordError as exc:
                raise ValueError(f"{file}:{number}: {exc}") from None
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{file}:{number}: not a corpus record ({exc})") from None
            if record.id in lines:
                raise ValueError(
                    f"{file}:{number}: draft id {record.id!r} is also on line {lines[record.id]}"
                )
            lines[record.id] = number
            records.append(record)
    if split and split != "all":
        records = [r for r in records if r.split == split]
    return records


def load_sentences(path: Path | str = CORPUS_DIR) -> list[Sentence]:
    """Single labelled sentences (sentences-*.jsonl): extra training data for the classifier.

    They belong to no draft and so to no split; only training reads them.
    """
    sentences = []
    for file in sorted(Path(path).glob("sentences-*.jsonl")):
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                sentences.append(
                    Sentence(raw["text"], frozenset(raw.get("labels", [])), raw.get("category"))
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{file}:{number}: not a labelled sentence ({exc})") from None
    return sentences


LABELS = frozenset(PIPELINE_LABELS)
"""The sentence labels a record may carry: those the pipeline's labeller writes."""
CATEGORIES = frozenset(c.removeprefix("cat_") for c in CATEGORY_CATS)
"""A reason's categories, as the classifier knows them."""
# Rules whose presence follows from the sentence labels alone; a record must agree with them.
_DERIVED = (
    "missing-withdrawal",
    "missing-gratitude",
    "missing-reason",
    "missing-positive-close",
    "negative-tone",
)


def record_problems(record: Record) -> list[str]:
    """What is inconsistent in one labelled record (empty when it is sound).

    Checks that every sentence is an exact substring of the text, in order, that
    labels and categories are known, and that `expect` agrees with the labels for the
    rules the labels decide on their own.
    """
    problems = []
    position = 0
    for sentence in record.sentences:
        found = record.text.find(sentence.text, position)
        if found < 0:
            problems.append(f"sentence not found in order in the text: {sentence.text!r}")
        else:
            position = found + len(sentence.text)
        vocabulary = _sentence_vocabulary(sentence)
        if vocabulary:
            problems.append(f"{vocabulary[0]}: expected {vocabulary[1]} on {sentence.text!r}")
        if "reason" in sentence.labels and sentence.category not in CATEGORIES:
            problems.append(f"reason sentence without a known category: {sentence.text!r}")
        if "reason_vague" in sentence.labels and "reason" not in sentence.labels:
            problems.append(f"reason_vague without reason: {sentence.text!r}")
    if record.reason_category is not None and record.reason_category not in CATEGORIES:
        problems.append(f"unknown reason_category {record.reason_category!r}")
    labels = frozenset().union(*(s.labels for s in record.sentences))
    derived = {
        "missing-withdrawal": not labels & {"withdrawal", "withdrawal_hedged"},
        "missing-gratitude": "gratitude" not in labels,
        "missing-reason": "reason" not in labels,
        "missing-positive-close": bool(record.sentences)
        and not any(s.labels & {"close", "gratitude"} for s in record.sentences[-2:]),
        "negative-tone": "negative" in labels,
    }
    for rule in _DERIVED:
        if derived[rule] != (rule in record.expect):
            state = "missing from" if derived[rule] else "not implied by the labels but in"
            problems.append(f"{rule} {state} expect")
    return problems
