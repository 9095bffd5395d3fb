"""The hybrid rule: how the embedding grader's result and the LLM judge's verdict make one result.

- Judge unscored (failed call, invalid reply): the embedding score and band stand unchanged; the feedback
  says the judge part is unscored and why. Never a silent 0.
- Judge scored: ``combined = 0.5 * embedding + 0.5 * judge`` (``EMBEDDING_WEIGHT``), rounded to 0.1, and
  the band is recomputed from the final score (with the engine's thresholds unless a ``band`` function is
  given). Both scores stay visible: ``result.judge.score`` is the judge's, ``result.judge.embedding_score``
  the embedding grader's.
- Evidence bound (the structural defence against prompt injection): the judge may lower or confirm the
  embedding score, but it can raise it only as far as the evidence in the answer supports. A raise is
  earned per key point the judge marks covered (or partial) with a quote that is found in the answer, is
  not a sentence addressed to the grader, and shares at least half of the content words of the key point (or
  of one of its aliases, when the rubric is passed); each
  such key point can add at most its weight's share of 100 points times the coverage the embedding grader
  had not yet given it. ``final = min(combined, embedding + supported)``. An instruction to the judge, in
  any language or encoding, is not evidence of a key point, so it cannot lift the score.
- Disagreement: when ``|embedding - judge| >= 30`` (``DISAGREEMENT_AT``), ``judge.disagreement`` is true
  and the feedback asks for a human to look at the answer.
- Prompt injection: when the answer addresses the grader (``result.injection``, filled by the engine, or
  ``detect_injection`` here), the judge can never raise the score: ``final = min(embedding, combined)``.
- Below strong stays below strong: an answer the engine kept below the strong band for a suspected bluff or a
  claim to check (``bluff.to_check``) keeps the embedding score when the combined one would be strong.
- Bluff: each false claim the judge found is added to ``bluff.reasons``; when the judge says the answer
  bluffs, ``bluff.suspected`` becomes true with confidence at least 0.5. The judge never clears a bluff
  the embedding grader found.
- Key points and weak patterns keep the embedding grader's findings; the judge's own per-key-point view
  is in ``result.judge.key_points``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from grader.result import GradeResult, JudgeVerdict
from grader.scoring.injection import detect_injection
from grader.text import content_words, stem

if TYPE_CHECKING:
    from grader.rubric.schema import Rubric

EMBEDDING_WEIGHT = 0.5
DISAGREEMENT_AT = 30.0
JUDGE_BLUFF_CONFIDENCE = 0.5


def combine(result: GradeResult, verdict: JudgeVerdict, band: Callable[[float], str] | None = None,
            rubric: "Rubric | None" = None) -> GradeResult:
    """``result`` (the embedding grader's) with the judge's verdict folded in by the rule above.

    ``band`` maps a 0..100 score to a band; pass the calibrated mapping when grading uses one. Pass the
    ``rubric`` so that a judge's quote may match a key point's aliases (spoken-style phrasings) too.
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
    supported = 0.0 if injection else supported_raise(result, verdict, injection, _phrasings(rubric, result))
    final = min(combined, round(embedding + supported, 1)) if combined > embedding else combined
    disagreement = abs(embedding - judge_score) >= DISAGREEMENT_AT
    if band is None:
        from grader.scoring.bands import band_for as band  # the engine's default thresholds
    # The engine keeps a suspected bluff, and an answer with a claim to check, below strong; the judge cannot lift it.
    capped = (result.bluff.suspected or bool(result.bluff.to_check)) and result.band != "strong" and band(final) == "strong"
    if capped:
        final = embedding

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
    elif capped:
        notes.append("A suspected bluff or a claim to check keeps the answer below strong: the LLM judge cannot lift it "
                     "there.")
    elif final < combined:
        notes.append(
            f"The LLM judge's raise is capped at {final:.0f}/100: a raise needs key points it quotes from the answer"
            " (quotes that are not in the answer, or do not state the key point, do not count)."
        )

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


#: A judge quote shorter than this is too little to show a key point; one longer than MAX_QUOTE_WORDS (the prompt
#: asks for at most 30) points at nothing in particular, such as the whole answer.
MIN_QUOTE_CHARS = 12
MAX_QUOTE_WORDS = 60


def _normalized(text: str) -> str:
    return " ".join(text.split()).casefold()


def _stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


def _phrasings(rubric: "Rubric | None", result: GradeResult) -> dict[str, list[str]]:
    """Each judged key point's aliases, when the rubric is known."""
    if rubric is None:
        return {}
    from grader.errors import GraderError
    from grader.judge.prompt import judged_key_points

    try:
        points = judged_key_points(rubric.round(result.round), result.trap)
    except GraderError:
        return {}
    return {kp.id: list(kp.aliases) for kp in points}


def supported_raise(result: GradeResult, verdict: JudgeVerdict, injection: list[str] | None = None,
                    aliases: dict[str, list[str]] | None = None) -> float:
    """How many points the judge may add to the embedding score: only what key points it backs with the
    answer's own words support (see the module docstring). A quote may state the key point's text or one of
    its ``aliases``."""
    points = {kp.id: kp for kp in result.key_points}
    total = sum(max(0.0, kp.weight) for kp in result.key_points)
    if not points or total <= 0:
        return 0.0
    answer = _normalized(result.answer)
    addressed = [_normalized(s) for s in (injection if injection is not None else result.injection)]
    gain = 0.0
    for judged in verdict.key_points:
        kp = points.get(str(judged.get("id")))
        credit = {"covered": 1.0, "partial": 0.5}.get(str(judged.get("status")), 0.0)
        quote = _normalized(str(judged.get("quote") or ""))
        if kp is None or credit == 0.0 or len(quote) < MIN_QUOTE_CHARS or quote not in answer:
            continue
        if len(quote.split()) > MAX_QUOTE_WORDS:
            continue
        if any(quote in s or s in quote for s in addressed):
            continue
        said = _stems(quote)
        phrasings = [_stems(text) for text in [kp.text, *(aliases or {}).get(kp.id, [])]]
        if not any(wanted and len(wanted & said) >= max(1, (len(wanted) + 1) // 2) for wanted in phrasings):
            continue
        already = kp.coverage if kp.coverage else (1.0 if kp.covered else 0.0)
        gain += max(0.0, kp.weight) * max(0.0, credit - already)
    return 100.0 * gain / total


def _join(feedback: str, notes: list[str]) -> str:
    """The engine's feedback, then the judge's notes on a line of their own."""
    return "\n".join(part for part in [feedback.strip(), " ".join(notes)] if part)
