"""The shipped claim verifier (int8 ONNX) on the CPU: it loads from the package with no network, and reads
agreement, contradiction and unrelatedness the way the grader relies on."""

from __future__ import annotations

import numpy as np
import pytest

from grader.verify import OnnxVerifier
from grader.verify.base import CONTRADICTS, ENTAILS, NEUTRAL
from grader.verify.onnx import MODEL_DIR, MODEL_FILE

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def verifier() -> OnnxVerifier:
    return OnnxVerifier()


def test_the_model_ships_inside_the_package() -> None:
    assert (MODEL_DIR / MODEL_FILE).is_file() and (MODEL_DIR / "tokenizer.json").is_file()
    assert (MODEL_DIR / "MODEL_CARD.md").is_file()


def test_probabilities_are_deterministic_and_cached(verifier: OnnxVerifier) -> None:
    pairs = [("Keys are kept for 24 hours and then pruned.", "Idempotency keys are pruned after 24 hours.")] * 3
    first = verifier.verify(pairs)
    assert first.shape == (3, 3) and np.allclose(first.sum(axis=1), 1.0, atol=1e-4)
    assert np.array_equal(first[0], first[2]) and np.array_equal(first, verifier.verify(pairs))


def test_a_pair_gets_the_same_probabilities_whatever_it_is_read_with() -> None:
    """int8 dynamic quantization scales activations per input tensor: batched, a pair's verdict moved with its
    batchmates (by up to 0.39), so the same answer could be graded differently next to other answers."""
    pair = ("We keep the keys forever, there's no reason to delete them.", "Keys are kept for a bounded window.")
    others = [("Short one.", "Another statement about retention windows and what they cost in storage."),
              ("A much longer premise " * 12, "x")]
    alone = OnnxVerifier().verify([pair])[0]
    together = OnnxVerifier().verify([others[0], pair, others[1]])[1]
    assert np.array_equal(alone, together)


def test_it_separates_agreement_conflict_and_unrelated_text(verifier: OnnxVerifier) -> None:
    rows = verifier.verify([
        ("Keys are kept for 24 hours and then pruned.", "Idempotency keys are pruned after 24 hours."),
        ("eBPF replaces Prometheus and OpenTelemetry, you can drop them entirely.",
         "eBPF complements Prometheus and OpenTelemetry rather than replacing them."),
        ("We had pizza on Friday.", "Idempotency keys are pruned after 24 hours."),
    ])
    assert rows[0, ENTAILS] > 0.5 > rows[0, CONTRADICTS]
    assert rows[1, CONTRADICTS] > 0.5 > rows[1, ENTAILS]
    assert rows[2, NEUTRAL] > 0.5


def test_a_negated_paraphrase_is_not_marked_contradicted_by_the_grader() -> None:
    """The model alone calls "doesn't replace ... complements" a contradiction of "complements rather than
    replacing" (MODEL_CARD.md, Limits); the grader's conflict cue keeps such an answer covered."""
    from grader.grading import Grader

    result = Grader().grade("ebpf-observability", 1,
                            "So basically eBPF doesn't replace Prometheus or OTel, it complements them.")
    point = next(k for k in result.key_points if k.id == "complements-not-replaces")
    assert point.status == "covered" and "complements them" in point.evidence
