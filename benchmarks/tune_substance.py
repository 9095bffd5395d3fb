"""Choose the substance share of the score, where it is full, the weak-pattern penalty and the band cuts, on the
development sets.

    .venv/bin/python -m benchmarks.tune_substance

Grades every development set once with no substance share, no pattern penalty and no cap: the eBPF dev split and
each imported development set under benchmarks/data (never the eBPF test or holdout split, never a blind set). Each
answer's score, whether it is capped below "strong" (a suspected bluff or a claim to check), its covered key-point
share, its weak patterns and its count of on-topic statements are kept, and the bands of every setting are computed
from them as the grader computes them:

    score = (1 - weight) * score_before + weight * 100 * min(1, log(1 + n) / log(1 + full_at))
            - min(max_pattern_penalty, penalty * patterns), capped a point below "strong" when capped

Prints the settings with the best mean band QWK over the imported sets among those that keep the eBPF dev split's
QWK within 0.01 of the engine's before substance (`BEFORE`), the current defaults, and a leave-one-set-out estimate
(every setting chosen without the set it is scored on). The chosen numbers are written into grader/scoring/bands.py
and substance.py by hand.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import numpy as np

from benchmarks import datasets as ds
from grader.embedding import default_embedder
from grader.grading import Grader, GradeRequest, GradingParams
from grader.rubric import load_rubric
from grader.rubric.importer import import_gauntlet_file
from grader.scoring.bands import saturated

BANDS = {"weak": 0, "adequate": 1, "strong": 2}
# The engine before substance (no share, a pattern penalty of 7, cuts at 62 and 40): the eBPF dev split may lose at
# most 0.01 of its QWK.
BEFORE = (0.0, 8, 7.0, 62.0, 40.0)
_COST = np.array([[(i - j) ** 2 for j in range(3)] for i in range(3)], dtype=float)


def set_qwks(sets: np.ndarray, gold: np.ndarray, pred: np.ndarray, n_sets: int) -> np.ndarray:
    """Quadratic weighted kappa of each set at once (the same figure as sklearn's, vectorised over sets)."""
    observed = np.zeros((n_sets, 3, 3))
    np.add.at(observed, (sets, gold, pred), 1)
    total = observed.sum((1, 2))
    expected = observed.sum(2)[:, :, None] * observed.sum(1)[:, None, :] / total[:, None, None]
    return 1 - (observed * _COST).sum((1, 2)) / np.maximum((expected * _COST).sum((1, 2)), 1e-9)


def main() -> int:
    base = GradingParams()
    bare = replace(base.score, substance_weight=0.0, pattern_penalty=0.0, thresholds={"strong": 101.0, "adequate": 0.0})
    grader = Grader(default_embedder(), params=replace(base, score=bare))
    groups: list[tuple[str, object, list[dict]]] = [
        ("ebpf-dev", load_rubric("ebpf-observability"), [r for r in ds.ebpf_answers() if r.get("split") == "dev"])]
    groups += [(doc.stem, import_gauntlet_file(doc).rubric, rows)
               for doc, rows in ds.own_topic_sets() if ds.set_role(doc) == "development"]
    names, score, capped, share, count, patterns, gold = [], [], [], [], [], [], []
    for name, rubric, rows in groups:
        results = grader.grade_many([GradeRequest(rubric, r["round"], r["answer"], r["id"]) for r in rows])
        for row, result in zip(rows, results):
            total = sum(k.weight for k in result.key_points)
            covered = sum(k.weight for k in result.key_points if k.covered) / total if total else 0.0
            names.append(name)
            score.append(result.score)
            capped.append(result.bluff.suspected or bool(result.bluff.to_check))
            share.append(saturated(covered, len(result.key_points), base.score))
            count.append(len(result.statements))
            patterns.append(len(result.weak_patterns))
            gold.append(BANDS[row["band"]])
        print(f"graded {name}: {len(rows)} answers", flush=True)
    order = sorted(set(names))
    sets = np.array([order.index(n) for n in names])
    score, capped, share = np.array(score), np.array(capped), np.array(share)
    count, patterns, gold = np.array(count), np.array(patterns), np.array(gold)
    ebpf = order.index("ebpf-dev")
    imported = np.array([i != ebpf for i in range(len(order))])

    def bands(weight: float, full_at: int, penalty: float, strong: float, adequate: float) -> np.ndarray:
        mixed = (1 - weight) * score + weight * 100 * np.minimum(1.0, np.log1p(count) / math.log1p(full_at))
        mixed = mixed - np.minimum(base.score.max_pattern_penalty, penalty * patterns)
        mixed = np.where(capped, np.minimum(mixed, strong - 1), mixed)
        pred = np.where(mixed >= strong, 2, np.where(mixed >= adequate, 1, 0))
        return np.where((pred == 2) & (share < base.score.strong_min_covered), 1, pred)

    current = (base.score.substance_weight, base.substance.full_at, base.score.pattern_penalty,
               base.score.thresholds["strong"], base.score.thresholds["adequate"])
    settings = sorted(set(itertools.product([0.0, 0.1, 0.15, 0.2, 0.25], [8, 12], [0.0, 3.0, 5.0, 7.0],
                                            np.arange(60.0, 77.0), np.arange(38.0, 53.0))) | {current, BEFORE})
    table = np.array([set_qwks(sets, gold, bands(*s), len(order)) for s in settings])  # settings x sets
    floor = table[settings.index(BEFORE), ebpf] - 0.01
    allowed = table[:, ebpf] >= floor
    mean = np.where(allowed, table[:, imported].mean(1), -np.inf)
    print(f"\n{imported.sum()} imported development sets, eBPF dev kept >= {floor:.3f}")
    print("weight full_at penalty strong adequate | mean QWK  below 0.8  eBPF dev")
    for i in list(np.argsort(-mean)[:8]) + [settings.index(current), settings.index(BEFORE)]:
        w, f, p, s, a = settings[i]
        note = "   (current defaults)" if settings[i] == current else "   (before substance)" if settings[i] == BEFORE else ""
        print(f"{w:6.2f} {f:7d} {p:7.0f} {s:6.0f} {a:8.0f} | {table[i, imported].mean():8.4f}"
              f" {int((table[i, imported] < 0.8).sum()):10d} {table[i, ebpf]:9.3f}{note}")
    held = []
    for k in np.flatnonzero(imported):
        others = imported.copy()
        others[k] = False
        pick = int(np.argmax(np.where(allowed, table[:, others].mean(1), -np.inf)))
        held.append(table[pick, k])
    held = np.array(held)
    print(f"leave-one-set-out: mean QWK {held.mean():.4f}, {int((held < 0.8).sum())} sets below 0.8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
