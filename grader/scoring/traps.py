"""Choosing the trap follow-up worth asking next, and saying why."""

from __future__ import annotations

from grader.result import BluffResult, KeyPointResult, TrapFollowup
from grader.scoring.answer import AnswerView
from grader.scoring.bluff import best_similarity, unexplained_terms
from grader.scoring.index import RoundIndex

#: A trap's own content counts as explained when some part of the answer is at least this similar to it.
EXPLAINED_AT = 0.55


def choose_trap(
    index: RoundIndex,
    answer: AnswerView,
    key_points: list[KeyPointResult],
    bluff: BluffResult,
) -> TrapFollowup | None:
    """The round's trap when a trigger is name-dropped without explanation, a bluff is suspected, or the
    key point the trap probes is weak. None when answering a trap already, or when nothing calls for one."""
    if index.trap is not None or not index.round.traps:
        return None
    best: tuple[int, TrapFollowup] | None = None
    for trap in index.round.traps:
        reasons: list[str] = []
        priority = 0
        explained = best_similarity(index.trap_vectors.get(trap.id), answer)
        named = unexplained_terms(index, answer, trap.id)
        if named and explained < EXPLAINED_AT:
            reasons.append(f"the answer names {', '.join(named)} without explaining {'it' if len(named) == 1 else 'them'}")
            priority += 3
        if bluff.suspected:
            reasons.append("a bluff is suspected: " + bluff.reasons[0] if bluff.reasons else "a bluff is suspected")
            priority += 2
        probed = _probed_key_point(index, trap.id, key_points)
        if probed is not None and not probed.covered:
            reasons.append(f'the key point it probes is weak or missing ("{probed.text}")')
            priority += 1
        if not reasons:
            continue
        followup = TrapFollowup(question=trap.question, why="; ".join(reasons), trap_id=trap.id)
        if best is None or priority > best[0]:
            best = (priority, followup)
    return best[1] if best else None


def _probed_key_point(index: RoundIndex, trap_id: str, key_points: list[KeyPointResult]) -> KeyPointResult | None:
    vectors = index.trap_vectors.get(trap_id)
    if vectors is None or vectors.shape[0] == 0 or not key_points:
        return None
    best_i, best_sim = None, -1.0
    for i, kp_vectors in enumerate(index.kp_vectors):
        sim = float((kp_vectors @ vectors.T).max())
        if sim > best_sim:
            best_i, best_sim = i, sim
    return key_points[best_i] if best_i is not None else None
