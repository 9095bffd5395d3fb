"""A deterministic verifier for unit tests: exact, explainable, no model.

Entails when the premise carries most of the hypothesis's content words with the same polarity and numbers;
contradicts when it negates a word the hypothesis states (or the reverse) or gives other numbers; neutral otherwise.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from grader.text import content_words, stem

_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")


class RuleVerifier:
    name = "rules"

    def verify(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        return np.array([self._one(p, h) for p, h in pairs], dtype=np.float32).reshape(-1, 3)

    @staticmethod
    def _one(premise: str, hypothesis: str) -> tuple[float, float, float]:
        want = {stem(w) for w in content_words(hypothesis) if not w.isdigit()}
        got = {stem(w) for w in content_words(premise)}
        overlap = len(want & got) / len(want) if want else 0.0
        if overlap < 0.5:
            return (0.05, 0.9, 0.05)
        from grader.scoring.patterns import has_negation, same_polarity

        # Only one side negates, and it negates a word the other states plainly.
        flipped = has_negation(premise) != has_negation(hypothesis) and not same_polarity(premise, hypothesis)
        numbers_h, numbers_p = set(_NUMBER.findall(hypothesis)), set(_NUMBER.findall(premise))
        other_number = bool(numbers_h and numbers_p and not numbers_h & numbers_p)
        if flipped or other_number:
            return (0.05, 0.1, 0.85)
        return (min(0.95, overlap), max(0.0, 0.95 - overlap), 0.05)
