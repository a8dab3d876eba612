"""The shipped trained pipeline: small, loads with plain spacy.load, sound to load fast."""

import itertools

import pytest
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


def _plain_ruler(nlp):
    """spaCy's own SpanRuler with the shipped cue patterns, to compare against."""
    plain = spacy.blank("en")
    ruler = plain.add_pipe(
        "span_ruler", config={"spans_key": "cues", "phrase_matcher_attr": "LOWER"}
    )
    ruler.add_patterns(nlp.get_pipe("cue_ruler").patterns)
    return plain


def _cues(doc) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.label_, s.id_) for s in doc.spans["cues"]]


def test_the_anchored_cue_ruler_finds_what_spacys_span_ruler_finds(nlp) -> None:
    from withdraw_lint.corpus import load_corpus

    plain = _plain_ruler(nlp)
    ours = nlp.get_pipe("cue_ruler")
    records = load_corpus()[::10]  # every tenth draft of all parts: 135 drafts
    assert len(records) > 100
    for record in records:
        assert _cues(ours(nlp.make_doc(record.text))) == _cues(plain(record.text)), record.id


def test_a_patterns_reach_bounds_the_stretch_it_is_matched_on() -> None:
    from withdraw_lint.cue_ruler import _stretches, reach

    assert reach([{"LOWER": "thanks"}, {"OP": "{0,5}"}, {"LOWER": "guess"}]) == 7
    assert reach([{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}, {"OP": "{3}"}]) == 5
    assert reach([{"LOWER": "a"}, {"OP": "*"}]) == float("inf")
    assert reach([{"LOWER": "a"}, {"OP": "{2,}"}]) == float("inf")
    assert reach([{"LOWER": "a"}, {"LOWER": "b", "OP": "!"}, {"LOWER": "c"}]) == 3
    assert _stretches([2, 5, 40], 7, 44) == [(2, 12), (40, 44)]
    assert _stretches([1], float("inf"), 10) == [(1, 10)]


def test_the_anchored_cue_ruler_removes_and_round_trips(nlp, tmp_path) -> None:
    ruler = nlp.get_pipe("cue_ruler")
    copy = spacy.blank("en").add_pipe("withdraw_cue_ruler")
    copy.add_patterns(ruler.patterns)
    copy.to_disk(tmp_path / "ruler")
    loaded = spacy.blank("en").add_pipe("withdraw_cue_ruler").from_disk(tmp_path / "ruler")
    assert loaded.patterns == ruler.patterns
    text = "Thank you for the call. I withdraw my application."
    before = loaded(nlp.make_doc(text))
    assert {"gratitude", "withdrawal"} <= {s.label_ for s in before.spans["cues"]}
    loaded.remove("gratitude")
    after = loaded(nlp.make_doc(text))
    labels = {s.label_ for s in after.spans["cues"]}
    assert "gratitude" not in labels and "withdrawal" in labels


def test_phrase_shortcut_tokenizes_as_the_tokenizer_does(nlp) -> None:
    ruler = nlp.get_pipe("cue_ruler")
    phrases = [p["pattern"] for p in ruler.patterns if isinstance(p["pattern"], str)]
    assert len(phrases) > 1000
    for phrase in [*phrases, "gonna go", "didn't work", "cannot continue", "e-mail me"]:
        ours = [t.text for t in ruler._phrase_doc(phrase)]
        assert ours == [t.text for t in nlp.make_doc(phrase)], phrase
        assert ruler._first_word(phrase) == nlp.make_doc(phrase)[0].lower_, phrase


def test_a_bare_hyphen_explains_nothing_to_the_cues(nlp) -> None:
    # The cue logic alone, whatever the classifier scores: "full-time" is no colon or dash
    # that introduces a reason (commit 603d829), while a spaced dash is.
    labeller = nlp.get_pipe("withdraw_labeller")
    for text, reason in [
        ("I am withdrawing from the full-time analyst role at Acme this week.", False),
        ("I've made the call to withdraw - two people on my team have just resigned.", True),
    ]:
        doc = nlp.get_pipe("cue_ruler")(nlp.make_doc(text))
        flags, _ = labeller.cue_flags(list(doc.spans["cues"]), (0, len(doc)))
        assert flags["reason"] is reason, text


def test_a_thin_withdrawal_uses_its_own_reason_threshold(nlp) -> None:
    from withdraw_lint.components import REASON_BESIDE_WITHDRAWAL, WORDS_KEY

    labeller = nlp.get_pipe("withdraw_labeller")
    thin = "After careful thought, I have decided to withdraw from the process."
    full = "I have decided to withdraw, as the commute from my home in Bray to the office is long."
    saved = dict(labeller.accept)
    try:
        labeller.accept.update({"reason": 0.3, REASON_BESIDE_WITHDRAWAL: 0.9})
        for text, expected in [(thin, False), (full, True)]:
            doc = nlp.get_pipe("cue_ruler")(nlp.make_doc(text))
            scores = {"reason": 0.5, WORDS_KEY: 12}
            labels = {
                label
                for label, _ in labeller.labels_for(list(doc.spans["cues"]), scores, (0, len(doc)))
            }
            assert ("reason" in labels) is expected, text
    finally:
        labeller.accept.clear()
        labeller.accept.update(saved)


def test_a_weak_cue_of_tone_needs_the_classifier_half_convinced(nlp) -> None:
    from withdraw_lint.components import WEAK_CUE_SHARE, WORDS_KEY

    labeller = nlp.get_pipe("withdraw_labeller")
    half = labeller.accept["negative"] * WEAK_CUE_SHARE
    weak = "It was quite the experience, being asked the same three questions by four people."
    softened = "One small suggestion, offered kindly: it was quite the experience."
    for text, score, expected in [
        (weak, half + 0.01, True),
        (weak, half - 0.01, False),
        (softened, half + 0.01, False),  # a remark offered kindly
    ]:
        doc = nlp.get_pipe("cue_ruler")(nlp.make_doc(text))
        scores = {"negative": score, WORDS_KEY: 12}
        labels = {
            label
            for label, _ in labeller.labels_for(list(doc.spans["cues"]), scores, (0, len(doc)))
        }
        assert ("negative" in labels) is expected, (text, score)


def test_the_cue_ruler_refuses_to_remove_what_it_does_not_have(nlp) -> None:
    import pytest

    ruler = spacy.blank("en").add_pipe("withdraw_cue_ruler")
    ruler.add_patterns(nlp.get_pipe("cue_ruler").patterns[:50])
    with pytest.raises(ValueError):
        ruler.remove("no-such-label")
    with pytest.raises(ValueError):
        ruler.remove_by_id("no-such-id")


MAX_SEQUENCES_AFTER_LONG_GAPS = 6
"""A notation whose gaps add up to 8 tokens or more may stand for at most this many token
sequences: the Matcher carries every open sequence across each gap, and one such cue with
three optional words (24 sequences) once doubled the time to lint a 145-word draft."""


def test_cues_with_long_gaps_stay_cheap_to_match() -> None:
    from withdraw_lint.cues import CUES, FACT_CUES, seq

    blank = spacy.blank("en")

    def tokenize(text: str) -> list[str]:
        return [t.lower_ for t in blank.make_doc(text)]

    costly = [
        (label, notation, len(seq(notation, tokenize)))
        for label, notations in {**CUES, **FACT_CUES}.items()
        for notation in notations
        if sum(int(p[1:]) for p in notation.split() if p.startswith("~")) >= 8
        and len(seq(notation, tokenize)) > MAX_SEQUENCES_AFTER_LONG_GAPS
    ]
    assert costly == []


def test_no_cue_alternative_is_a_split_clitic() -> None:
    """A clitic alone ("'m", "'ve") is tokenized as it is inside "I'm", not as "'" + "m",
    which would match nothing in running text."""
    from withdraw_lint.cues import CUES, FACT_CUES, seq

    blank = spacy.blank("en")

    def tokenize(text: str) -> list[str]:
        return [t.lower_ for t in blank.make_doc(text)]

    def split_clitic(pattern: list[dict]) -> bool:
        words = [t.get("LOWER") for t in pattern]
        return any(a == "'" and b in ("m", "ve") for a, b in itertools.pairwise(words))

    split = [
        (label, notation)
        for label, notations in {**CUES, **FACT_CUES}.items()
        for notation in notations
        if any(split_clitic(pattern) for pattern in seq(notation, tokenize))
    ]
    assert split == []


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        ("negative_weak", "I've mentioned it to a couple of people in my network."),
        ("negative", "I'm looking for a company that values people's time."),
        ("negative", "Ten hours without pay is a generous way to get a free chef."),
        ("close", "I'd very much like to stay on your radar."),
        ("close", "If anything comes up, give us a shout."),
        ("withdrawal", "I'm backing out of the process."),
        # Read part ed: an offer to get in touch is no hedge, and a change that may come is
        # no reason given.
        ("hedge_not", "Will reach out if things change."),
        ("reason_vague_not", "Will reach out if things change."),
    ],
)
def test_a_cue_matches_its_own_example(nlp, label: str, sentence: str) -> None:
    doc = nlp.get_pipe("cue_ruler")(nlp.make_doc(sentence))
    assert label in {span.label_ for span in doc.spans["cues"]}
