"""Rebuild the shipped pipeline from the labelled corpus, in one command:

    python -m withdraw_lint.models.rebuild

1. turns every sentence of the corpus's train and dev drafts into a Doc with its labels
   as `cats` (DocBin files in models/training/), with the single labelled sentences in
   corpus/sentences-*.jsonl; the test split is never used;
2. trains the sentence classifier with `spacy train` and models/config.cfg (fixed seed,
   a fixed number of steps, the model after the last step);
3. assembles the linter's pipeline (tokenizer, sentence rules, cue ruler, labeller,
   mentions, metrics) with the trained classifier sourced into it;
4. tunes how the labeller combines cues and classifier scores on out-of-fold scores:
   the train and dev drafts fall into five folds, and five more classifiers, each
   trained the same way without one fold, score that fold (far more drafts than dev
   alone, so the thresholds no longer jump with a few dev sentences);
5. saves the result to models/pipeline/, which `withdraw_lint.pipeline.load` uses.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import zlib
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from withdraw_lint.components import (
    CANCELLED,
    CATEGORY_CATS,
    LABELS,
    REASON_BESIDE_WITHDRAWAL,
    WORDS_KEY,
    classifier_text,
    decide,
)
from withdraw_lint.corpus import Record, Sentence, load_corpus, load_sentences
from withdraw_lint.pipeline import PIPELINE_DIR, build

MODELS_DIR = Path(__file__).resolve().parent
CATS = (*LABELS, *CATEGORY_CATS)
ACCEPT_GRID = (2.0, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)
"""Tried from the most conservative down; a lower threshold must do strictly better."""
ALWAYS_HEARD = frozenset({"gratitude", "withdrawal", "reason", "close", "negative"})
"""Core labels where cues alone miss how people write: the classifier always gets a say."""
MIN_TUNING_SUPPORT = 8
"""Below this many tuning sentences with a label, the classifier alone may not add it."""
FOLDS = 5
"""Thresholds are tuned on out-of-fold scores of every train and dev draft."""
Row = tuple[frozenset[str], dict[str, bool], dict[str, float]]
VETO_GRID = (0.0, 0.01, 0.02, 0.05)
NEVER_VETOED = frozenset({"withdrawal", "withdrawal_hedged", "negative", "closes_door"})
"""Labels whose cues stand on their own: a weak score (often a long sentence that dilutes
the bag of words) must not overrule an explicit "withdraw" or an insult."""


def sentence_docs(nlp: Language, sentences: list[Sentence]) -> list[Doc]:
    docs = []
    for sentence in sentences:
        doc = nlp.make_doc(classifier_text(sentence.text.strip()))
        cats = {label: float(label in sentence.labels) for label in LABELS}
        for cat in CATEGORY_CATS:
            cats[cat] = float("reason" in sentence.labels and f"cat_{sentence.category}" == cat)
        doc.cats = cats
        docs.append(doc)
    return docs


def train(work: Path, train_drafts: list[Record], dev_drafts: list[Record], config: Path) -> Path:
    """Train the classifier on the sentences of `train_drafts` and the single labelled
    sentences, for the fixed number of steps in the config (no early stopping), and
    return the model after the last step. `dev_drafts` are only scored, for the log: no
    split chooses the model."""
    from spacy.cli.train import train as spacy_train

    nlp = spacy.blank("en")
    work.mkdir(parents=True, exist_ok=True)
    chosen = {
        "train": [s for r in train_drafts for s in r.sentences] + load_sentences(),
        "dev": [s for r in dev_drafts for s in r.sentences],
    }
    for split, sentences in chosen.items():
        DocBin(docs=sentence_docs(nlp, sentences)).to_disk(work / f"{split}.spacy")
    output = work / "output"
    spacy_train(
        config,
        output_path=output,
        overrides={"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")},
    )
    return output / "model-last"


def fold_of(record_id: str) -> int:
    return zlib.crc32(f"fold:{record_id}".encode()) % FOLDS


def train_folds(work: Path, records: list[Record], config: Path) -> list[Path]:
    """One classifier per fold of the train and dev drafts, trained like the shipped one
    but without that fold."""
    models = []
    for fold in range(FOLDS):
        held = [r for r in records if fold_of(r.id) == fold]
        rest = [r for r in records if fold_of(r.id) != fold]
        models.append(train(work / f"fold-{fold}", rest, held, config))
    return models


def out_of_fold_rows(nlp: Language, records: list[Record], models: list[Path]) -> list[list[Row]]:
    """Each draft's sentences with gold labels, cue flags and the scores of the classifier
    that never saw the draft: threshold tuning on every train and dev draft, not only on
    the few in dev, without scoring a draft with a model trained on it."""
    textcats = [spacy.load(m).get_pipe("sentence_cats") for m in models]
    return [sentence_rows(nlp, textcats[fold_of(r.id)], r) for r in records]


def sentence_rows(nlp: Language, textcat: Any, record: Record) -> list[Row]:
    labeller = nlp.get_pipe("withdraw_labeller")
    ruler = nlp.get_pipe("cue_ruler")
    rows = []
    for sentence in record.sentences:
        doc = ruler(nlp.make_doc(sentence.text.strip()))
        cats = textcat(nlp.make_doc(classifier_text(sentence.text.strip()))).cats
        cues = list(doc.spans["cues"])
        flags, _ = labeller.cue_flags(cues, (0, len(doc)))
        flags[REASON_BESIDE_WITHDRAWAL] = labeller.thin_withdrawal(cues, flags, (0, len(doc)))
        scores = {**cats, WORDS_KEY: sum(1 for t in doc if t.is_alpha)}
        rows.append((sentence.labels, flags, scores))
    return rows


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def tune(drafts: list[list[Row]]) -> tuple[dict[str, float], dict[str, float]]:
    """Pick per label the (accept, veto) pair that scores best on `drafts`.

    The score averages sentence-level F1 with draft-level macro F1 of "the label occurs
    somewhere in the draft", because the `missing-*` rules fire on a draft with no such
    sentence: one spurious sentence hides a missing part.
    """
    accept, veto = {}, {}
    for label in LABELS:
        best = (-1.0, 2.0, 0.0)
        vetoes = (0.0,) if label in NEVER_VETOED else VETO_GRID
        support = sum(label in gold for rows in drafts for gold, _, _ in rows)
        if label in ALWAYS_HEARD:
            accepts = tuple(a for a in ACCEPT_GRID if a <= 1.0)
        else:
            accepts = ACCEPT_GRID if support >= MIN_TUNING_SUPPORT else (2.0,)
        for a, v in itertools.product(accepts, vetoes):
            score = _score(drafts, label, a, v)
            if score > best[0] + 1e-9:
                best = (score, a, v)
        accept[label], veto[label] = best[1], best[2]
        print(f"{label:18s} score={best[0]:.3f} accept>={best[1]} veto<{best[2]} support={support}")
    best = (-1.0, accept["reason"])
    for a in ACCEPT_GRID:
        score = _score(drafts, "reason", accept["reason"], veto["reason"], beside_withdrawal=a)
        if score > best[0] + 1e-9:
            best = (score, a)
    accept[REASON_BESIDE_WITHDRAWAL] = best[1]
    print(f"{REASON_BESIDE_WITHDRAWAL} score={best[0]:.3f} accept>={best[1]}")
    only = [
        (flags[REASON_BESIDE_WITHDRAWAL], "reason" in gold)
        for rows in drafts
        for gold, flags, _ in rows
        if flags["withdrawal"] and not flags["reason"]
    ]
    for thin in (True, False):
        given = [reason for is_thin, reason in only if is_thin == thin]
        print(
            f"  withdrawal-only sentences, thin={thin}: {sum(given)} of {len(given)} give a reason"
        )
    return accept, veto


def _score(
    drafts: list[list[Any]],
    label: str,
    accept: float,
    veto: float,
    beside_withdrawal: float | None = None,
) -> float:
    tp = fp = fn = 0
    present = [[0, 0], [0, 0]]  # [gold][predicted] counts of drafts
    for rows in drafts:
        gold_any = pred_any = False
        for gold, flags, scores in rows:
            threshold = accept
            if beside_withdrawal is not None and flags[REASON_BESIDE_WITHDRAWAL]:
                threshold = beside_withdrawal  # see REASON_BESIDE_WITHDRAWAL
            predicted = decide(
                flags[label],
                scores[label],
                scores[WORDS_KEY],
                flags[f"{label}{CANCELLED}"],
                threshold,
                veto,
            )
            expected = label in gold
            tp += predicted and expected
            fp += predicted and not expected
            fn += expected and not predicted
            gold_any |= expected
            pred_any |= predicted
        present[gold_any][pred_any] += 1
    macro = (
        _f1(present[1][1], present[0][1], present[1][0])
        + _f1(present[0][0], present[1][0], present[0][1])
    ) / 2
    return (_f1(tp, fp, fn) + macro) / 2


def assemble(model_best: Path) -> Language:
    nlp = build()
    trained = spacy.load(model_best)
    nlp.add_pipe("sentence_cats", source=trained, first=True)
    nlp.disable_pipe("sentence_cats")
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=MODELS_DIR / "training")
    parser.add_argument("--config", type=Path, default=MODELS_DIR / "config.cfg")
    parser.add_argument("--output", type=Path, default=PIPELINE_DIR)
    parser.add_argument(
        "--skip-training",
        action="store_true",
        help="reuse the classifier trained last time in --work (after a change to the cues)",
    )
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    records = [r for r in load_corpus() if r.split in ("train", "dev")]
    final = args.work / "output" / "model-last"
    folds = [args.work / f"fold-{f}" / "output" / "model-last" for f in range(FOLDS)]
    if args.skip_training:
        missing = [m for m in (final, *folds) if not m.is_dir()]
        if missing:
            parser.error(f"no trained classifier in {missing[0]}; run without --skip-training")
    else:
        dev_drafts = [r for r in records if r.split == "dev"]
        final = train(args.work, records, dev_drafts, args.config)
        folds = train_folds(args.work, records, args.config)
    nlp = assemble(final)
    accept, veto = tune(out_of_fold_rows(nlp, records, folds))
    config = dict(nlp.get_pipe_config("withdraw_labeller"))
    config.update({"accept": accept, "veto": veto})
    config.pop("factory", None)
    nlp.replace_pipe("withdraw_labeller", "withdraw_labeller", config=config)
    if args.output.exists():
        shutil.rmtree(args.output)
    nlp.to_disk(args.output)
    print(f"saved {args.output}")


if __name__ == "__main__":
    main()
