"""Choose the engine's thresholds on the DEVELOPMENT split of the hand-labelled eBPF answers (never the test split).

    .venv/bin/python -m benchmarks.tune

Grid-searches the weak-pattern threshold, the coverage ramp, the band cuts and the bluff threshold, scoring each setting
by band QWK + bluff F1 + pattern F1 on the dev split, and prints the best settings next to the current defaults.
The chosen numbers are then written into grader/scoring/*.py by hand, so every default has a visible origin.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace

import numpy as np
from sklearn.metrics import cohen_kappa_score

from benchmarks import datasets as ds
from grader.embedding import SentenceTransformerEmbedder
from grader.grading import Grader, GradeRequest, GradingParams
from grader.rubric import load_rubric

BANDS = {"weak": 0, "adequate": 1, "strong": 2}


def evaluate(grader: Grader, rows: list[dict], rubric) -> dict[str, float]:
    results = grader.grade_many([GradeRequest(rubric, r["round"], r["answer"], r["id"]) for r in rows])
    gold = [BANDS[r["band"]] for r in rows]
    pred = [BANDS[r.band] for r in results]
    qwk = cohen_kappa_score(gold, pred, weights="quadratic")
    gb = np.array([bool(r.get("bluff")) for r in rows])
    pb = np.array([r.bluff.suspected for r in results])
    tp = (gb & pb).sum()
    bluff_f1 = 2 * tp / max(1, gb.sum() + pb.sum())
    expected = sum(len(r.get("patterns", [])) for r in rows)
    flagged = sum(len(res.weak_patterns) for res in results)
    hits = sum(1 for r, res in zip(rows, results) for w in res.weak_patterns if w.id in r.get("patterns", []))
    pattern_f1 = 2 * hits / max(1, expected + flagged)
    honest_flagged = sum(1 for r, res in zip(rows, results) if r.get("kind") == "honest" and res.bluff.suspected)
    return {"qwk": qwk, "bluff_f1": bluff_f1, "pattern_f1": pattern_f1, "honest_flagged": honest_flagged,
            "objective": qwk + 0.5 * bluff_f1 + 0.5 * pattern_f1 - 0.5 * honest_flagged}


def main() -> int:
    rubric = load_rubric("ebpf-observability")
    rows = [r for r in ds.ebpf_answers() if r.get("split") == "dev"]
    embedder = SentenceTransformerEmbedder(cache_size=200_000)
    base = GradingParams()
    current = evaluate(Grader(embedder, params=base), rows, rubric)
    print("current defaults:", {k: round(v, 3) for k, v in current.items()})
    best = (current["objective"], base, current)
    grid = itertools.product(
        [0.58, 0.62, 0.66],  # pattern threshold
        [(0.30, 0.70), (0.35, 0.75), (0.25, 0.70)],  # coverage ramp
        [0.25, 0.35],  # lexical weight
        [(65.0, 40.0), (70.0, 45.0), (65.0, 45.0), (60.0, 40.0), (70.0, 40.0)],  # strong, adequate cuts
        [0.5],  # bluff threshold
        [0.0, 0.3, 0.5],  # token-recall weight
    )
    for pattern_t, (low, high), lex, (strong, adequate), suspect, token_w in grid:
        params = GradingParams(
            coverage=replace(base.coverage, low=low, high=high, lexical_weight=lex),
            patterns=replace(base.patterns, threshold=pattern_t),
            bluff=replace(base.bluff, suspect_at=suspect),
            score=replace(base.score, thresholds={"strong": strong, "adequate": adequate}, token_weight=token_w),
        )
        metrics = evaluate(Grader(embedder, params=params), rows, rubric)
        if metrics["objective"] > best[0] + 1e-9:
            best = (metrics["objective"], params, metrics)
    _, params, metrics = best
    print("best on dev:", {k: round(v, 3) for k, v in metrics.items()})
    print("  patterns.threshold =", params.patterns.threshold)
    print("  coverage low/high/lexical =", params.coverage.low, params.coverage.high, params.coverage.lexical_weight)
    print("  band thresholds =", params.score.thresholds, " bluff suspect_at =", params.bluff.suspect_at)
    print("  token weight =", params.score.token_weight)
    return 0


if __name__ == "__main__":
    sys.exit(main())
