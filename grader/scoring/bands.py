"""From coverage, overall similarity and penalties to a 0-100 score and a band."""

from __future__ import annotations

from dataclasses import dataclass, field

from grader.result import Band

#: Score thresholds of the bands, chosen with the substance share by `python -m benchmarks.tune_substance` on the 61
#: imported development sets, keeping the eBPF dev split within 0.01 of its QWK (62 and 40 before substance).
DEFAULT_THRESHOLDS: dict[str, float] = {"strong": 66.0, "adequate": 45.0}


@dataclass(frozen=True)
class ScoreParams:
    coverage_weight: float = 0.75  # the rest is the whole answer's similarity to the strong answer
    token_weight: float = 0.0  # share of the score from token-level recall of the strong answer (benchmarks/tune.py)
    reference_token_weight: float = 0.9  # the same for rubrics built from a reference answer (SAF/Digi/Beetle train)
    # Share of the score from substance (`grader/scoring/substance.py`): the distinct on-topic statements the answer
    # makes, beside how well it states the rubric's own key points. Chosen with the band cuts by
    # `python -m benchmarks.tune_substance` with the pattern penalty: mean band QWK of the 61 imported development sets
    # 0.777 -> 0.801 (27 below 0.8, 30 before; 0.804 when each set is left out of the choice), eBPF dev split 0.882 ->
    # 0.892.
    substance_weight: float = 0.15
    reference_substance_weight: float = 0.0  # the same for rubrics built from a reference answer
    global_low: float = 0.25
    global_high: float = 0.75
    # Per weak pattern found. 7, not 10: on the 40 imported development sets 89 of the weak patterns found sit in
    # correct, honest or hedged answers (144 in weak-pattern answers), and 19 of the 29 adequate answers banded weak
    # carried one. At 7, 19 labelled answers move to their band and 7 away (mean band QWK 0.780 -> 0.790, eBPF dev,
    # test and holdout unchanged; 5 gave 0.790 with one more set below 0.8; 3 cost the eBPF splits up to 0.02, 0 up
    # to 0.04).
    # 3 since substance: a weak pattern's part is neither evidence nor substance, so the penalty on top counts it again
    # (`python -m benchmarks.tune_substance` when it was chosen: mean band QWK of the 61 sets 0.799 -> 0.803, eBPF dev
    # 0.877 -> 0.892).
    pattern_penalty: float = 3.0
    max_pattern_penalty: float = 25.0
    # A suspected bluff is capped below "strong" and costs nothing more: its false and invented claims already earn
    # nothing, as they are never evidence of a key point. Chosen on the development sets, whose blind labels band
    # most bluffs "adequate" by what else they say: 20 x confidence plus 8 per contradiction pushed every caught
    # bluff to "weak" (mean band QWK of the eight development sets 0.833 -> 0.844; held-out sets unchanged).
    bluff_penalty: float = 0.0  # times the bluff confidence, when suspected
    contradiction_penalty: float = 0.0  # per claim that contradicts a fact
    injection_penalty: float = 15.0
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    # "Strong" also needs at least this share of the key points' weight covered: a fluent, on-topic answer that
    # states two of eight points is not strong however similar it sounds (chosen on the dev split: QWK .89 -> .92).
    strong_min_covered: float = 0.5
    # A round with more key points than this (an imported 250-word strong answer gives twelve) is fully covered by
    # this many key points' worth: a strong spoken answer states the substance, not every sentence of the model
    # answer. Chosen on the dev sets (TLS rotation QWK 0.72 -> 0.91, PostgreSQL pooling 0.73 -> 0.79; rounds with
    # ten or fewer key points, such as every curated eBPF round, are unchanged).
    coverage_saturates_at: int = 10


def saturated(share: float, key_points: int, params: ScoreParams) -> float:
    """A covered share of a round's key points, counted against at most `coverage_saturates_at` of them."""
    if key_points <= params.coverage_saturates_at:
        return share
    return min(1.0, share * key_points / params.coverage_saturates_at)


def band_for(score: float, thresholds: dict[str, float] | None = None) -> Band:
    t = thresholds or DEFAULT_THRESHOLDS
    if score >= t["strong"]:
        return "strong"
    if score >= t["adequate"]:
        return "adequate"
    return "weak"


def apply_coverage_floor(band: str, covered_share: float, params: ScoreParams) -> Band:
    """Cap a band at "adequate" when too few key points are covered for "strong"."""
    if band == "strong" and covered_share < params.strong_min_covered:
        return "adequate"
    return band  # type: ignore[return-value]
