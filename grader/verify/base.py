"""The verifier protocol and the process-wide default."""

from __future__ import annotations

import os
import threading
from typing import Protocol, Sequence, runtime_checkable

import numpy as np

#: Column order of every verifier's output.
LABELS = ("entails", "neutral", "contradicts")
ENTAILS, NEUTRAL, CONTRADICTS = range(3)


@runtime_checkable
class Verifier(Protocol):
    """Three-way inference over (premise, hypothesis) pairs: premise = the candidate's words, hypothesis = a
    rubric statement. Returns one row of probabilities (entails, neutral, contradicts) per pair."""

    name: str

    def verify(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray: ...


_DEFAULTS: dict[str, Verifier] = {}
_LOCK = threading.Lock()


def default_verifier(test_double: bool = False) -> Verifier:
    """The shipped ONNX verifier, or the rule-based double for tests (``test_double``, or
    ``GRADER_TEST_VERIFIER=rules``, implied by ``GRADER_TEST_EMBEDDER=hashing``)."""
    wanted = "rules" if test_double else os.environ.get("GRADER_TEST_VERIFIER") or (
        "rules" if os.environ.get("GRADER_TEST_EMBEDDER") == "hashing" else "onnx"
    )
    with _LOCK:
        if wanted not in _DEFAULTS:
            if wanted == "rules":
                from grader.verify.rules import RuleVerifier

                _DEFAULTS[wanted] = RuleVerifier()
            else:
                from grader.verify.onnx import OnnxVerifier

                _DEFAULTS[wanted] = OnnxVerifier()
        return _DEFAULTS[wanted]
