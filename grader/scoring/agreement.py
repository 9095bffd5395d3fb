"""Agreement, not nearness: what each answer part that similarity brings close to a rubric statement actually
does to it (entails, contradicts, or neither), decided by the claim verifier.

Only the few best-matching parts per key point are verified, so the verifier's cost grows with the rubric,
not with the square of the answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from grader.scoring.answer import AnswerView
from grader.scoring.index import RoundIndex
from grader.verify.base import CONTRADICTS, ENTAILS, Verifier


@dataclass(frozen=True)
class AgreementParams:
    top_k: int = 3  # answer parts verified per key point (the most similar ones)
    min_similarity: float = 0.3  # parts less similar than this are not about the key point at all
    contradict_at: float = 0.6  # a part contradicts a statement when p(contradicts) reaches this ...
    contradict_margin: float = 0.2  # ... and beats p(entails) by this much
    entailed_at: float = 0.5  # a key point that some part entails this well is not contradicted by another part


@dataclass
class KeyPointAgreement:
    entails: float = 0.0  # best p(entails) over the verified parts (of usable parts)
    contradicts: float = 0.0  # best p(contradicts) over the verified parts
    evidence_span: int | None = None  # the span that entails it best
    conflict_unit: int | None = None  # the unit that contradicts it, when one does
    conflicts_with: str | None = None  # the rubric statement it contradicts


@dataclass
class Agreement:
    key_points: list[KeyPointAgreement] = field(default_factory=list)
    contradicting_units: set[int] = field(default_factory=set)
    #: per span index, per key point: p(entails); spans not verified have 0
    entail_matrix: np.ndarray | None = None


def _span_units(answer: AnswerView, span: int) -> list[int]:
    n = len(answer.units)
    return [span] if span < n else [span - n, span - n + 1]


def check_agreement(index: RoundIndex, answer: AnswerView, verifier: Verifier, params: AgreementParams) -> Agreement:
    n_kp = len(index.key_points)
    if not answer.units or n_kp == 0:
        return Agreement([KeyPointAgreement() for _ in range(n_kp)], set(), None)
    jobs: list[tuple[int, int, int]] = []  # (key point, span, text index)
    pairs: list[tuple[str, str]] = []
    for k, (vectors, texts) in enumerate(zip(index.kp_vectors, index.kp_texts)):
        sims = answer.span_vectors @ vectors.T  # spans x texts
        best_text = sims.argmax(axis=1)
        best = sims.max(axis=1)
        for span in np.argsort(-best)[: params.top_k]:
            if best[span] < params.min_similarity:
                break
            jobs.append((k, int(span), int(best_text[span])))
            pairs.append((answer.spans[span], texts[int(best_text[span])]))
    probabilities = verifier.verify(pairs) if pairs else np.zeros((0, 3), dtype=np.float32)
    results = [KeyPointAgreement() for _ in range(n_kp)]
    entail_matrix = np.zeros((len(answer.spans), n_kp), dtype=np.float32)
    contradicting: set[int] = set()
    for (k, span, text), row in zip(jobs, probabilities):
        entails, contradicts = float(row[ENTAILS]), float(row[CONTRADICTS])
        entail_matrix[span, k] = entails
        result = results[k]
        if entails > result.entails:
            result.entails, result.evidence_span = entails, span
        if contradicts >= params.contradict_at and contradicts >= entails + params.contradict_margin:
            units = _span_units(answer, span)
            if len(units) > 1:
                continue  # a pair of sentences: the single sentence that contradicts is judged on its own
            if contradicts > result.contradicts:
                result.contradicts = contradicts
                result.conflict_unit = units[0]
                result.conflicts_with = index.kp_texts[k][text]
    for k, result in enumerate(results):
        # An answer that states a key point somewhere is not marked as contradicting it because another part,
        # usually a neighbouring claim about the same subject, reads as a conflict.
        if result.conflict_unit is not None and (
            result.entails >= result.contradicts or result.entails >= params.entailed_at
        ):
            result.conflict_unit = None
            result.conflicts_with = None
        if result.conflict_unit is not None:
            contradicting.add(result.conflict_unit)
    return Agreement(results, contradicting, entail_matrix)
