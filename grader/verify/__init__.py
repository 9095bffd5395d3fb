"""Claim verification: does what the candidate says entail, contradict, or not bear on a rubric statement?

A verifier needs one method, ``verify``; the grader asks it only about the (answer part, rubric statement)
pairs that similarity has already brought together. Two implementations:

* :class:`OnnxVerifier`: the shipped cross-encoder (MiniLM fine-tuned for three-way inference, int8 ONNX),
  offline on the CPU (``grader/verify/model/``; see its MODEL_CARD.md).
* :class:`RuleVerifier`: a deterministic test double for unit tests (polarity, numbers and word overlap).
"""

from grader.verify.base import LABELS, Verifier, default_verifier
from grader.verify.onnx import OnnxVerifier
from grader.verify.rules import RuleVerifier

__all__ = ["LABELS", "OnnxVerifier", "RuleVerifier", "Verifier", "default_verifier"]
