"""The shipped trained pipeline: small, loads with plain spacy.load, sound to load fast."""

import spacy
import withdraw_lint.pipeline
from withdraw_lint.pipeline import FAST_EXCLUDE, PIPELINE_DIR

DRAFT = (
    "Hi Ana,\n\nThank you for the interviews. I have accepted another offer, so I am "
    "withdrawing my application. I wish you and the team all the best.\n\nBest,\nLee"
)


def test_shipped_pipeline_is_small() -> None:
    size = sum(f.stat().st_size for f in PIPELINE_DIR.rglob("*") if f.is_file())
    assert size < 25 * 1024 * 1024


def test_plain_spacy_load_gives_the_same_pipeline(nlp) -> None:
    plain = spacy.load(PIPELINE_DIR)
    assert plain.pipe_names == nlp.pipe_names
    assert "sentence_cats" in plain.component_names


def test_skipping_the_saved_tokenizer_loses_nothing(nlp) -> None:
    # load() does not read the saved tokenizer back (FAST_EXCLUDE); the one the config
    # builds must be the saved one exactly, or the skip would change tokenization.
    assert FAST_EXCLUDE == ["tokenizer"]
    saved = spacy.load(PIPELINE_DIR)
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == saved.tokenizer.to_bytes(exclude=["vocab"])
    assert [t.text for t in nlp.make_doc(DRAFT)] == [t.text for t in saved.make_doc(DRAFT)]


def test_labelling_is_deterministic(nlp) -> None:
    plain = spacy.load(PIPELINE_DIR)
    ours, theirs = nlp(DRAFT), plain(DRAFT)
    assert [s.text for s in ours.sents] == [s.text for s in theirs.sents]
    for key in ("gratitude", "withdrawal", "reason", "close"):
        assert [(s.start, s.end) for s in ours.spans[key]] == [
            (s.start, s.end) for s in theirs.spans[key]
        ]
        assert list(ours.spans[key]), key


def test_load_is_cached(nlp) -> None:
    assert withdraw_lint.pipeline.load() is nlp


def test_shipped_cues_are_the_ones_in_cues_py(nlp) -> None:
    # The cue ruler's patterns are saved inside models/pipeline; a change to cues.py
    # needs `python -m withdraw_lint.models.rebuild` (--skip-training will do).
    from withdraw_lint.cues import span_ruler_patterns

    expected = span_ruler_patterns(lambda text: [t.lower_ for t in nlp.make_doc(text)])
    shipped = nlp.get_pipe("cue_ruler").patterns
    key = lambda p: (p["label"], str(p["pattern"]))  # noqa: E731
    assert sorted(map(key, shipped)) == sorted(map(key, expected))
