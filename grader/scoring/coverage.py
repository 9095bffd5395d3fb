"""Key-point coverage: for each key point, how well some part of the answer states it, and which part."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from grader.quantities import states_number
from grader.result import KeyPointResult
from grader.scoring.agreement import Agreement
from grader.scoring.answer import AnswerView, unit_claims
from grader.scoring.index import RoundIndex
from grader.scoring.patterns import same_polarity


@dataclass(frozen=True)
class CoverageParams:
    """Similarity-to-coverage mapping; chosen on development data (see benchmarks/accuracy.py)."""

    low: float = 0.30  # similarity at which coverage starts
    high: float = 0.70  # similarity at which a key point is fully covered
    lexical_weight: float = 0.35  # share of coverage from content-word overlap
    covered_at: float = 0.5  # coverage from which a key point counts as covered
    part_credit: float = 0.7  # what stating one part of a compound key point is worth (`key_point_parts`)
    # With a claim verifier: the share of coverage that depends on a part of the answer entailing the key point.
    # 0 (chosen on the dev splits): the shipped CPU-trained verifier reads spoken paraphrase poorly, and any weight
    # lowered band QWK (eBPF dev 0.915 -> 0.857 at 0.2); bare lists are left out by `is_bare_list` instead ...
    entail_weight: float = 0.0
    # ... and the p(entails) from which that share is full.
    entail_full: float = 0.5
    # Read on its own each claim of a part that strings several together with commas and, whole, reads as a key
    # point's opposite (`_best_claim`). Off, coverage is the parts' and pairs' alone: what the bluff checks' coverage
    # gates were measured with.
    claims: bool = True


def ramp(value: float, low: float, high: float) -> float:
    return float(min(1.0, max(0.0, (value - low) / (high - low))))


def score_key_points(
    index: RoundIndex,
    answer: AnswerView,
    params: CoverageParams,
    excluded_units: set[int] = frozenset(),
    agreement: Agreement | None = None,
    fact_conflicts: dict[int, tuple[int, str]] | None = None,
) -> list[KeyPointResult]:
    """Coverage per key point. Units in `excluded_units` (claims that contradict the rubric, weak patterns) never
    count as evidence: stating a key point's topic wrongly does not cover it. With an `agreement` (the claim
    verifier's verdicts), a key point is covered only as far as some part entails it, and a part that contradicts
    it makes it `contradicted`; `fact_conflicts` maps a key point to (unit, rubric fact) for exact conflicts."""
    results: list[KeyPointResult] = []
    fact_conflicts = fact_conflicts or {}
    usable = answer.usable_spans(excluded_units)
    stems = answer.stems if not excluded_units else set().union(
        *(st for i, st in enumerate(answer.unit_stems) if i not in excluded_units)
    )
    for k, (kp, vectors, stems_per_text) in enumerate(zip(index.key_points, index.kp_vectors, index.kp_stems)):
        verdict = agreement.key_points[k] if agreement is not None else None
        conflict = fact_conflicts.get(k)
        if conflict is None and verdict is not None and verdict.conflict_unit is not None:
            conflict = (verdict.conflict_unit, verdict.conflicts_with or kp.text)
        if conflict is not None:
            results.append(
                KeyPointResult(id=kp.id, text=kp.text, covered=False, status="contradicted", similarity=0.0,
                               evidence=None, weight=kp.weight, coverage=0.0, conflict=answer.units[conflict[0]],
                               conflicts_with=conflict[1],
                               entails=round(verdict.entails, 4) if verdict else None,
                               contradicts=round(verdict.contradicts, 4) if verdict else None)
            )
            continue
        if answer.span_vectors.shape[0] == 0:
            results.append(
                KeyPointResult(id=kp.id, text=kp.text, covered=False, similarity=0.0, evidence=None,
                               weight=kp.weight, coverage=0.0)
            )
            continue
        sims = answer.span_vectors @ vectors.T  # spans x texts
        if excluded_units:
            sims = np.where(usable[:, None], sims, -1.0)
        texts = index.kp_texts[len(results)]
        # The best match that does not negate the key point ("doesn't replace" never covers "replaces").
        for _ in range(4):
            best_span, best_text = np.unravel_index(int(np.argmax(sims)), sims.shape)
            if sims[best_span, best_text] <= 0 or same_polarity(answer.spans[best_span], texts[best_text], adjuncts=False):
                break
            sims[best_span, best_text] = -1.0
        # A part of a compound key point is worth `part_credit` of the whole: stating one of its claims covers it
        # in part.
        credit = np.where(np.arange(sims.shape[1]) >= index.kp_parts_from[k], params.part_credit, 1.0)
        if credit.min() < 1.0:
            ramped = np.clip((sims.max(axis=0) - params.low) / (params.high - params.low), 0.0, 1.0) * credit
            best_text = int(np.argmax(ramped))
            best_span = int(np.argmax(sims[:, best_text]))
        similarity = max(0.0, float(sims[best_span, best_text]))  # -1 marks a part left out, never a similarity
        # A single unit is the better quote when it is nearly as good as the pair.
        unit_sims = sims[: len(answer.units)].max(axis=1)
        best_unit = int(np.argmax(unit_sims))
        evidence = stated = answer.spans[best_span]
        if best_span >= len(answer.units) and unit_sims[best_unit] >= similarity - 0.03:
            evidence = answer.units[best_unit]
        claim = _best_claim(answer, vectors, texts, credit, excluded_units, params)
        if claim is not None and claim[2] * ramp(claim[1], params.low, params.high) > (
                credit[best_text] * ramp(similarity, params.low, params.high)):
            # One claim of a sentence that makes several states the key point better than the whole sentence does.
            evidence = stated = answer.claims[claim[0]]
            similarity, best_text = claim[1], claim[3]
        lexical = max((c * len(s & stems) / len(s) for c, s in zip(credit, stems_per_text) if s), default=0.0)
        coverage = (1 - params.lexical_weight) * credit[best_text] * ramp(similarity, params.low, params.high) + (
            params.lexical_weight * lexical)
        if not states_number(kp.text, stated):
            coverage *= 0.5  # a key point that is a number ("needs kernel 5.2") is not covered without the number
        if verdict is not None:
            entails = verdict.entails if verdict.evidence_span is not None and usable[verdict.evidence_span] else 0.0
            coverage *= (1 - params.entail_weight) + params.entail_weight * min(1.0, entails / params.entail_full)
            if entails >= params.entail_full:
                # The quote is the part that states the key point, which is not always the nearest one.
                span = verdict.evidence_span
                evidence = answer.spans[span]
                if span >= len(answer.units):
                    pair_units = (span - len(answer.units), span - len(answer.units) + 1)
                    best_of_pair = max(pair_units, key=lambda u: sims[u].max())
                    if sims[best_of_pair].max() >= sims[span].max() - 0.03:
                        evidence = answer.units[best_of_pair]
        covered = coverage >= params.covered_at
        results.append(
            KeyPointResult(
                id=kp.id,
                text=kp.text,
                covered=covered,
                similarity=round(similarity, 4),
                evidence=evidence if covered else None,
                weight=kp.weight,
                coverage=round(coverage, 4),
                entails=round(verdict.entails, 4) if verdict else None,
                contradicts=round(verdict.contradicts, 4) if verdict else None,
            )
        )
    return results


def claims_to_read(index: RoundIndex, units: list[str]) -> list[tuple[int, str]]:
    """(unit index, claim) for the claims of each part that strings several together (`unit_claims`) and whose
    polarity differs from some key point's: the only parts `_best_claim` reads claim by claim, so the only claims worth
    embedding."""
    texts = [text for group in index.kp_texts for text in group]
    return unit_claims([u if not all(same_polarity(u, t, adjuncts=False) for t in texts) else "" for u in units])


def _best_claim(answer: AnswerView, vectors: np.ndarray, texts: list[str], credit: np.ndarray, excluded_units: set[int],
                params: CoverageParams) -> tuple[int, float, float, int] | None:
    """(claim index, similarity, credit, key-point text index) of the claim (`AnswerView.claims`) that states the key
    point best without negating it, outside `excluded_units`; None when there is none."""
    if not params.claims or answer.claim_vectors is None or not answer.claims:
        return None
    sims = answer.claim_vectors @ vectors.T  # claims x texts
    ramped = np.clip((sims - params.low) / (params.high - params.low), 0.0, 1.0) * credit
    for i, unit in enumerate(answer.claim_units):
        if unit in excluded_units:
            ramped[i] = -1.0
    for _ in range(6):
        claim, text = np.unravel_index(int(np.argmax(ramped)), ramped.shape)
        if ramped[claim, text] <= 0:
            return None
        # Only a claim of a part that, whole, reads as the key point's opposite is read on its own: "no token at all is
        # a 401, expired or bad signature is 401 invalid_token" negates something else than what its second claim says.
        if not same_polarity(answer.units[answer.claim_units[claim]], texts[text], adjuncts=False) and \
                same_polarity(answer.claims[claim], texts[text], adjuncts=False):
            return int(claim), float(sims[claim, text]), float(credit[text]), int(text)
        ramped[claim, text] = -1.0
    return None


def weighted_coverage(results: list[KeyPointResult]) -> float:
    total = sum(r.weight for r in results)
    return sum(r.weight * r.coverage for r in results) / total if total else 0.0
