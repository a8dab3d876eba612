"""Building and loading the spaCy pipeline, once per process."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import spacy
from spacy.language import Language
from withdraw_lint import components, cue_ruler, models  # noqa: F401  (registers factories)
from withdraw_lint.cues import span_ruler_patterns

PIPELINE_DIR = Path(models.__file__).resolve().parent / "pipeline"
"""The trained pipeline the package ships (built by `python -m withdraw_lint.models.rebuild`)."""

FAST_EXCLUDE = ["tokenizer"]
"""Parts of the shipped pipeline not read back from disk when it loads.

Its tokenizer is spaCy's default English one, which the config already builds; reading
the saved copy back would add its 2,700 special cases a second time (about a tenth of a
second on every cold start). A test checks the two are the same, byte for byte.
"""


def build(base: str | None = None) -> Language:
    """A fresh pipeline: blank English (or the installed pipeline `base`) plus our components."""
    if base:
        nlp = spacy.load(base, exclude=["ner", "textcat", "textcat_multilabel"])
    else:
        nlp = spacy.blank("en")
    # The cue ruler goes first: every later component reads its cues.
    ruler = nlp.add_pipe("withdraw_cue_ruler", name="cue_ruler", first=True)
    ruler.add_patterns(span_ruler_patterns(lambda text: [t.lower_ for t in nlp.make_doc(text)]))
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("withdraw_sentences")
    nlp.add_pipe("withdraw_labeller", config={"cues_key": "cues"})
    nlp.add_pipe("withdraw_mentions")
    nlp.add_pipe("withdraw_metrics")
    return nlp


@functools.lru_cache(maxsize=4)
def load(base: str | None = None) -> Language:
    """The process-wide pipeline, loaded on first call and reused after.

    Without `base`, the shipped trained pipeline (models/pipeline, or the folder named by
    the WITHDRAW_LINT_PIPELINE environment variable, for experiments); with `base`, an
    installed spaCy pipeline of that name with our components and classifier added.
    """
    if base is None:
        override = os.environ.get("WITHDRAW_LINT_PIPELINE")
        if override:
            return spacy.load(override)
        if PIPELINE_DIR.is_dir():
            return spacy.load(PIPELINE_DIR, exclude=FAST_EXCLUDE)
        return build()
    nlp = build(base)
    if PIPELINE_DIR.is_dir():
        shipped = spacy.load(PIPELINE_DIR)
        nlp.add_pipe("sentence_cats", source=shipped, first=True)
        nlp.disable_pipe("sentence_cats")
    return nlp
