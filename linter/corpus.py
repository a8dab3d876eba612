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


def _record(raw: dict[str, Any]) -> Record:
    return Record(
        id=raw["id"],
        text=raw["text"],
        expect=frozenset(raw.get("expect", [])),
        reason_category=raw.get("reason_category"),
        sentences=tuple(
            Sentence(s["text"], frozenset(s.get("labels", [])), s.get("category"))
            for s in raw.get("sentences", [])
        ),
        style=raw.get("style", ""),
    )


def load_corpus(path: Path | str = CORPUS_DIR, split: str | None = None) -> list[Record]:
    """Records from a .jsonl file or every drafts-*.jsonl in a folder, optionally one split."""
    path = Path(path)
    files = sorted(path.glob("drafts-*.jsonl")) if path.is_dir() else [path]
    records = []
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(_record(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{file}:{number}: not a corpus record ({exc})") from None
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
        unknown = sentence.labels - LABELS
        if unknown:
            problems.append(f"unknown labels {sorted(unknown)} on {sentence.text!r}")
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
