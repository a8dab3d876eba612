"""Building and loading the spaCy pipeline, once per process."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from withdraw_lint import components  # noqa: F401  (registers the factories)
from withdraw_lint.cues import span_ruler_patterns

PIPE_NAMES = (
    "sentencizer",
    "withdraw_sentences",
    "cue_ruler",
    "withdraw_labeller",
    "withdraw_mentions",
    "withdraw_metrics",
)


def build(base: str | None = None) -> Language:
    """A fresh pipeline: blank English (or the installed pipeline `base`) plus our components."""
    if base:
        nlp = spacy.load(base, exclude=["ner", "textcat", "textcat_multilabel"])
    else:
        nlp = spacy.blank("en")
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("withdraw_sentences")
    ruler = nlp.add_pipe("span_ruler", name="cue_ruler", config={"spans_key": "cues"})
    ruler.add_patterns(span_ruler_patterns())
    nlp.add_pipe("withdraw_labeller", config={"cues_key": "cues"})
    nlp.add_pipe("withdraw_mentions")
    nlp.add_pipe("withdraw_metrics")
    return nlp


@functools.lru_cache(maxsize=4)
def load(base: str | None = None) -> Language:
    """The process-wide pipeline; built on first call and reused after."""
    return build(base)
