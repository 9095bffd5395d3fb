"""The hybrid rule: how the embedding grader's result and the LLM judge's verdict make one result.

- Judge unscored (failed call, invalid reply): the embedding score and band stand unchanged; the feedback
  says the judge part is unscored and why. Never a silent 0.
- Judge scored: ``final = 0.5 * embedding + 0.5 * judge`` (``EMBEDDING_WEIGHT``), rounded to 0.1, and the
  band is recomputed from ``final`` (with the engine's thresholds unless a ``band`` function is given).
  Both scores stay visible: ``result.judge.score`` is the judge's, ``result.judge.embedding_score`` the
  embedding grader's.
- Disagreement: when ``|embedding - judge| >= 30`` (``DISAGREEMENT_AT``), ``judge.disagreement`` is true
  and the feedback asks for a human to look at the answer.
- Prompt injection: when the answer addresses the grader (``result.injection``, filled by the engine, or
  ``detect_injection`` here), the judge can never raise the score: ``final = min(embedding, combined)``.
- Bluff: each false claim the judge found is added to ``bluff.reasons``; when the judge says the answer
  bluffs, ``bluff.suspected`` becomes true with confidence at least 0.5. The judge never clears a bluff
  the embedding grader found.
- Key points and weak patterns keep the embedding grader's findings; the judge's own per-key-point view
  is in ``result.judge.key_points``.
"""

from __future__ import annotations

from typing import Callable

from grader.result import GradeResult, JudgeVerdict
from grader.scoring.injection import detect_injection

EMBEDDING_WEIGHT = 0.5
DISAGREEMENT_AT = 30.0
JUDGE_BLUFF_CONFIDENCE = 0.5


def combine(result: GradeResult, verdict: JudgeVerdict, band: Callable[[float], str] | None = None) -> GradeResult:
    """``result`` (the embedding grader's) with the judge's verdict folded in by the rule above.

    ``band`` maps a 0..100 score to a band; pass the calibrated mapping when grading uses one.
    """
    if result.judge is not None:
        raise ValueError(f"result '{result.id}' already has a judge verdict; combine the embedding result only once")
    if result.error is not None or result.score is None:
        # An error row has no score to combine; the verdict is kept so the row shows what the judge said.
        return result.model_copy(update={"judge": verdict.model_copy(update={"embedding_score": None})})

    embedding = float(result.score)
    injection = list(result.injection) or detect_injection(result.answer)
    notes: list[str] = []

    if not verdict.scored:
        judge = verdict.model_copy(update={"embedding_score": embedding, "disagreement": False})
        notes.append(f"LLM judge ({verdict.model}) unscored: {verdict.reason or 'no reason given'}; the embedding score stands.")
        return result.model_copy(
            update={"judge": judge, "injection": injection, "feedback": _join(result.feedback, notes)}
        )

    judge_score = float(min(100.0, max(0.0, verdict.score or 0.0)))
    combined = round(EMBEDDING_WEIGHT * embedding + (1 - EMBEDDING_WEIGHT) * judge_score, 1)
    final = min(embedding, combined) if injection else combined
    disagreement = abs(embedding - judge_score) >= DISAGREEMENT_AT

    notes.append(
        f"LLM judge ({verdict.model}): {judge_score:.0f}/100; embedding grader: {embedding:.0f}/100; "
        f"combined: {final:.0f}/100."
    )
    if disagreement:
        notes.append(
            f"The embedding grader and the LLM judge disagree by {abs(embedding - judge_score):.0f} points: "
            "a human should look at this answer."
        )
    if injection and combined > embedding:
        notes.append("The answer addresses the grader, so the LLM judge cannot raise its score.")

    bluff = result.bluff.model_copy(deep=True)
    for claim in verdict.false_claims:
        reason = f'LLM judge: false or empty claim: "{claim}"'
        if reason not in bluff.reasons:
            bluff.reasons.append(reason)
    if verdict.bluff:
        if not verdict.false_claims:
            bluff.reasons.append("LLM judge: the answer claims more than it explains")
        bluff.suspected = True
        bluff.confidence = max(bluff.confidence, JUDGE_BLUFF_CONFIDENCE)

    if band is None:
        from grader.scoring.bands import band_for as band  # the engine's default thresholds
    judge = verdict.model_copy(update={"embedding_score": embedding, "disagreement": disagreement})
    return result.model_copy(
        update={
            "score": final,
            "band": band(final),
            "bluff": bluff,
            "judge": judge,
            "injection": injection,
            "feedback": _join(result.feedback, notes),
        }
    )


def _join(feedback: str, notes: list[str]) -> str:
    """The engine's feedback, then the judge's notes on a line of their own."""
    return "\n".join(part for part in [feedback.strip(), " ".join(notes)] if part)
