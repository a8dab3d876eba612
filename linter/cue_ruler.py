"""The cue ruler: spaCy's span ruler, with its token patterns grouped by their first word.

spaCy's `Matcher` tries every token pattern at every token, so its cost grows with the
number of patterns, matching or not: with 340 cue patterns that have gaps it was most of
the time a draft takes to lint. Nearly all of them start with a fixed word ("thank",
"withdraw", "not"), and a pattern whose first word is nowhere in the draft cannot match.
This ruler keeps one `Matcher` per set of first words and runs only those whose words
occur in the draft (in a 145-word draft, about one pattern in four), and each only on the
stretches that start at one of its words and are as long as its longest pattern can be;
a group's matcher is compiled, and a phrase given to the phrase matcher, only the first
time its first word occurs, so a one-draft run builds about a quarter of them.
Everything else is the span ruler's: the patterns it stores and saves, the phrase
matcher, the spans it writes.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span


@Language.factory(
    "withdraw_cue_ruler",
    assigns=["doc.spans"],
    default_config={"spans_key": "cues", "phrase_matcher_attr": "LOWER"},
)
def make_cue_ruler(
    nlp: Language, name: str, spans_key: str, phrase_matcher_attr: str
) -> AnchoredSpanRuler:
    return AnchoredSpanRuler(
        nlp, name, spans_key=spans_key, phrase_matcher_attr=phrase_matcher_attr, overwrite=True
    )


def reach(pattern: list[dict[str, Any]]) -> float:
    """The most tokens a token pattern can match (infinite with a `*` or `+`)."""
    total = 0.0
    for token in pattern:
        op = token.get("OP", "1")
        if op in ("*", "+"):
            return math.inf
        if op.startswith("{"):
            most = op.strip("{}").split(",")[-1]  # "{n}", "{n,m}", "{,m}" or "{n,}"
            if not most:
                return math.inf
            total += int(most)
        else:
            total += 1  # one token, also for "?" and for "!" (a token that must not match)
    return total


def first_words(pattern: list[dict[str, Any]]) -> frozenset[str] | None:
    """The lower-case words a token pattern must start with, or None if it can start
    with anything (an optional or gap first token, or a test other than LOWER)."""
    first = pattern[0] if pattern else {}
    if set(first) != {"LOWER"}:
        return None
    value = first["LOWER"]
    if isinstance(value, str):
        return frozenset({value})
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(value["IN"])
    return None


class AnchoredSpanRuler(SpanRuler):
    """A `SpanRuler` whose token patterns with a fixed first word run only when one of
    those words is in the Doc. Matches, stored patterns and serialization are unchanged."""

    def clear(self) -> None:
        super().clear()
        self._anchored: dict[frozenset[str], Matcher] = {}
        self._pending: dict[frozenset[str], list[tuple[str, list[dict[str, Any]]]]] = {}
        self._reach: dict[frozenset[str], float] = {}
        self._pending_phrases: dict[str, dict[str, list[str]]] = {}
        self._first_tokens: dict[str, str] = {}
        self._lock = threading.Lock()

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        patterns = list(patterns)  # from_disk passes a generator
        rest = []
        for entry in patterns:
            pattern = entry["pattern"]
            if isinstance(pattern, str) and self.phrase_matcher_attr in ("LOWER", "ORTH"):
                # Phrases matched on LOWER or ORTH need only their tokens (the span ruler
                # runs each through the whole pipeline), and only once their first word
                # occurs in a Doc (`_add_phrases`).
                group = self._pending_phrases.setdefault(self._first_word(pattern), {})
                group.setdefault(self._key(entry), []).append(pattern)
                continue
            words = first_words(pattern) if isinstance(pattern, list) else None
            if words is None:
                rest.append(entry)
                continue
            # Compiled on first use (`_matcher`): a one-draft run needs a quarter of them.
            self._anchored.pop(words, None)
            self._pending.setdefault(words, []).append((self._key(entry), pattern))
            self._reach[words] = max(self._reach.get(words, 0), reach(pattern))
        before = list(self._patterns)
        super().add_patterns(rest)
        self._patterns = [*before, *patterns]  # stored and saved in the order given

    def _matcher(self, words: frozenset[str]) -> Matcher:
        """The compiled matcher of the patterns that start with `words` (built once; a
        thread that races another builds its own copy, and one of them is kept)."""
        matcher = self._anchored.get(words)
        if matcher is None:
            matcher = Matcher(
                self.nlp.vocab, validate=self.validate, fuzzy_compare=self.matcher_fuzzy_compare
            )
            for key, pattern in self._pending[words]:
                matcher.add(key, [pattern])
            self._anchored[words] = matcher
        return matcher

    def _first_word(self, text: str) -> str:
        """The lower-case first token of a phrase, as the tokenizer splits it. The tokenizer
        splits each space-separated chunk on its own, so the first chunk decides, and each
        chunk that needs the tokenizer ("don't", "'d") is tokenized once: tokenizing the
        300 whole phrases that start with one cost 40 ms of every cold start."""
        word = text.split(" ", 1)[0]
        if self._plain(word):
            return word.lower()
        first = self._first_tokens.get(word)
        if first is None:
            first = self._first_tokens[word] = self.nlp.make_doc(word)[0].lower_
        return first

    def _plain(self, word: str) -> bool:
        """A word the tokenizer leaves whole: letters only, and no tokenizer exception."""
        return word.isalpha() and word not in self.nlp.tokenizer.rules

    def _add_phrases(self, words: Iterable[str]) -> None:
        """Give the phrase matcher the phrases that start with any of `words`, once. The
        lock makes another thread wait until they are added, rather than match without."""
        if self._pending_phrases.keys().isdisjoint(words):
            return
        with self._lock:
            for word in set(words) & self._pending_phrases.keys():
                for key, texts in self._pending_phrases.pop(word).items():
                    self.phrase_matcher.add(key, [self._phrase_doc(text) for text in texts])

    def _phrase_doc(self, text: str) -> Doc:
        """The tokenizer's Doc for a phrase. Plain words that are no tokenizer exception
        ("thank you so much", not "didn't" or "gonna") are exactly one token each, so
        those phrases skip its affix rules."""
        words = text.split(" ")
        if all(self._plain(w) for w in words):
            return Doc(self.nlp.vocab, words=words)
        return self.nlp.make_doc(text)

    def _key(self, entry: dict[str, Any]) -> str:
        """The match key of a pattern, registered as the span ruler registers it."""
        key = repr((entry["label"], entry.get("id", "")))
        self._match_label_id_map[self.nlp.vocab.strings.as_int(key)] = {
            "label": entry["label"],
            "id": entry.get("id", ""),
        }
        return key

    def remove(self, label: str) -> None:
        if label not in self:
            raise ValueError(f"the cue ruler has no patterns labelled {label!r}")
        self._rebuild([p for p in self._patterns if p["label"] != label])

    def remove_by_id(self, pattern_id: str) -> None:
        if not any(p.get("id") == pattern_id for p in self._patterns):
            raise ValueError(f"the cue ruler has no pattern with id {pattern_id!r}")
        self._rebuild([p for p in self._patterns if p.get("id") != pattern_id])

    def _rebuild(self, patterns: list[dict[str, Any]]) -> None:
        self.clear()
        self.add_patterns(patterns)

    def match(self, doc: Doc) -> list[Span]:
        """The span ruler's matches, plus those of the groups whose first words occur."""
        where: dict[str, list[int]] = {}
        for token in doc:
            where.setdefault(token.lower_, []).append(token.i)
        self._add_phrases(where)
        spans = set(super().match(doc))
        for words in self._pending:
            starts = sorted(i for word in words & where.keys() for i in where[word])
            for begin, end in _stretches(starts, self._reach[words], len(doc)):
                for match_id, start, stop in self._matcher(words)(doc[begin:end]):
                    if start < stop:
                        found = self._match_label_id_map[match_id]
                        spans.add(
                            Span(
                                doc,
                                begin + start,
                                begin + stop,
                                label=found["label"],
                                span_id=found["id"],
                            )
                        )
        return sorted(spans)


def _stretches(starts: list[int], length: float, size: int) -> list[tuple[int, int]]:
    """The token ranges that begin at `starts` and run `length` tokens, merged."""
    merged: list[tuple[int, int]] = []
    for start in starts:
        end = int(min(size, start + length))
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
