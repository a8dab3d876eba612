"""User phrases from a configuration file, matched with spaCy's PhraseMatcher."""

from __future__ import annotations

import functools

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab
from withdraw_lint.components import body_sentences


@functools.lru_cache(maxsize=32)
def _matcher(vocab: Vocab, phrases: tuple[tuple[str, tuple[str, ...]], ...]) -> PhraseMatcher:
    from withdraw_lint.pipeline import load

    nlp = load()  # phrases are tokenized exactly as drafts are
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for label, items in phrases:
        matcher.add(label, [nlp.make_doc(p) for p in items])
    return matcher


def matches(doc: Doc, phrases: tuple[tuple[str, tuple[str, ...]], ...]) -> list[Span]:
    """Spans of `doc` that match the phrases, labelled with their list's name."""
    if not phrases:
        return []
    matcher = _matcher(doc.vocab, phrases)
    return [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in matcher(doc)]


def add_user_labels(doc: Doc, phrases: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
    """Label the body sentences that contain a configured phrase, like a cue would."""
    found = matches(doc, phrases)
    if not found:
        return
    for sent in body_sentences(doc):
        for label in {m.label_ for m in found if sent.start <= m.start and m.end <= sent.end}:
            group = list(doc.spans.get(label, []))
            if any(s.start == sent.start for s in group):
                continue
            span_label = "unspecified" if label == "reason" else label
            group.append(Span(doc, sent.start, sent.end, label=span_label))
            doc.spans[label] = sorted(group, key=lambda s: s.start)
