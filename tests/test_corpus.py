"""The labelled corpus is internally consistent: what evaluation scores against is sound."""

import pytest
from helpers import REPO
from withdraw_lint.corpus import CORPUS_DIR, Record, Sentence, load_corpus, record_problems

HOLDOUT = REPO / "models" / "holdout"
"""The holdout is kept in the repository, not in the package."""


@pytest.mark.parametrize("folder", [CORPUS_DIR, HOLDOUT], ids=["corpus", "holdout"])
def test_every_record_is_consistent(folder):
    records = load_corpus(folder)
    assert records
    problems = [f"{r.id}: {p}" for r in records for p in record_problems(r)]
    assert problems == []


def test_ids_are_unique():
    ids = [r.id for r in load_corpus(CORPUS_DIR) + load_corpus(HOLDOUT)]
    assert len(ids) == len(set(ids))


def test_a_record_disagreeing_with_its_labels_is_reported():
    record = Record(
        id="x1",
        text="Hi Ann,\n\nI withdraw. Thanks for everything.\n\nBest,\nJo",
        expect=frozenset({"missing-gratitude"}),
        reason_category=None,
        sentences=(
            Sentence("I withdraw.", frozenset({"withdrawal"})),
            Sentence("Thanks for everything.", frozenset({"gratitude"})),
            Sentence("Not in the text.", frozenset({"reason"})),
        ),
    )
    problems = record_problems(record)
    assert any("not found" in p for p in problems)
    assert any("without a known category" in p for p in problems)
    assert any(p.startswith("missing-gratitude") for p in problems)


def test_single_sentences_are_consistent():
    from withdraw_lint.corpus import CATEGORIES, LABELS, load_sentences

    sentences = load_sentences(CORPUS_DIR)
    assert len(sentences) >= 1000
    for s in sentences:
        assert s.labels <= LABELS, s.text
        assert ("reason" in s.labels) == (s.category in CATEGORIES), s.text
        assert "reason_vague" not in s.labels or "reason" in s.labels, s.text
