"""Substance: how many distinct things an answer says about its round's topic.

Key-point coverage asks whether the answer states the rubric's own statements; a spoken answer often states the
same substance in words similarity does not bring close enough to any one key point (on the evidence set, coverage
finds about three in four of the stated key points). Substance is the complement: the answer's own statements on the
round's topic, each one sentence near some key point, counted once however often it is repeated. Statements the
grader has set aside (contradictions, false or invented claims, weak patterns, bare lists, admissions and doubts,
reports of what others say) are never counted, so substance rewards saying more that is right and on topic, not
saying more. A doubt keeps the coverage it earns (naming a gap is not punished) but is no statement of substance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from grader.scoring.answer import AnswerView
from grader.scoring.index import RoundIndex
from grader.text import words


@dataclass(frozen=True)
class SubstanceParams:
    """Chosen with the band cuts on the labelled development sets by `python -m benchmarks.tune_substance`."""

    # Similarity to the nearest key point (any of its phrasings or parts) from which a sentence is on the topic. Of
    # 0.4, 0.5 and 0.6, 0.4 fitted the development sets' bands best (mean band QWK 0.814, 0.807, 0.787 in a first,
    # leave-one-set-out fit that also counted set-aside parts; the harness does not vary it). An off-topic answer on a
    # neighbouring subject still reaches it (a Kafka producer answer to a consumer-group question: 3 statements).
    on_topic_at: float = 0.4
    # A sentence this similar to one already counted says it again (not tuned; a hostile review found that it catches
    # near-verbatim repeats, not paraphrases).
    repeat_at: float = 0.85
    # Fewer words than this is no statement ("Right.", "So, two things."; not tuned).
    min_words: int = 4
    # This many distinct statements are full substance; the credit grows with the logarithm of the count, so the
    # first statements count most and padding buys little.
    full_at: int = 12


def on_topic_statements(index: RoundIndex, answer: AnswerView, skip: set[int], params: SubstanceParams) -> list[int]:
    """Indexes of the answer's parts that count as distinct statements on the round's topic, in answer order;
    parts in `skip` (set aside by the grader) never count."""
    if not answer.units or index.kp_matrix is None:
        return []
    nearest = (answer.vectors @ index.kp_matrix.T).max(axis=1)
    counted: list[int] = []
    for i, unit in enumerate(answer.units):
        if i in skip or len(words(unit)) < params.min_words or nearest[i] < params.on_topic_at:
            continue
        if counted and float((answer.vectors[counted] @ answer.vectors[i]).max()) >= params.repeat_at:
            continue
        counted.append(i)
    return counted


def substance(count: int, params: SubstanceParams) -> float:
    """0..1: the credit of `count` distinct on-topic statements, full at `params.full_at`."""
    return min(1.0, math.log1p(count) / math.log1p(params.full_at)) if count > 0 else 0.0
