"""The one result model that every surface (CLI, batch, UI, reports) renders.

Its JSON form is the result row of ``../shared/CONTRACT.md``; fields beyond the contract are additions.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Band = Literal["strong", "adequate", "weak"]
BANDS: tuple[Band, ...] = ("weak", "adequate", "strong")
KeyPointStatus = Literal["covered", "missing", "contradicted"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KeyPointResult(_Model):
    id: str
    text: str
    covered: bool = Field(description="True when some part of the answer states the key point.")
    status: KeyPointStatus = Field(
        "missing",
        description="covered (a claim states it), missing (nothing does) or contradicted (a claim conflicts "
        "with it; `conflict` quotes the candidate and `conflicts_with` the rubric statement).",
    )
    similarity: float = Field(description="Cosine similarity (-1..1) of the best-matching answer part.")
    evidence: str | None = Field(None, description="The answer's own words that cover it (a quote), or null.")
    weight: float = 1.0
    coverage: float = Field(0.0, description="Graded coverage 0..1 that the score uses.")
    conflict: str | None = Field(None, description="The candidate's words that conflict with the key point.")
    conflicts_with: str | None = Field(None, description="The rubric statement the conflicting words contradict.")
    entails: float | None = Field(None, description="The claim verifier's best p(entails) from a part of the answer.")
    contradicts: float | None = Field(None, description="The claim verifier's best p(contradicts) from a part.")

    @model_validator(mode="after")
    def _status_agrees_with_covered(self) -> "KeyPointResult":
        if self.covered and self.status != "covered":
            # `covered` is the contract's field; a row built with it alone gets the matching status.
            self.status = "covered"
        elif not self.covered and self.status == "covered":
            self.status = "missing"
        return self


class WeakPatternResult(_Model):
    id: str
    text: str
    why: str
    evidence: str | None = Field(None, description="The answer's sentence that shows the pattern.")
    similarity: float = 0.0


class BluffResult(_Model):
    suspected: bool = False
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    reasons: list[str] = Field(default_factory=list, description="Why a bluff is suspected, each with a quote.")
    honest_uncertainty: list[str] = Field(
        default_factory=list, description="Quotes where the candidate honestly said what they do not know."
    )
    contradictions: list[str] = Field(default_factory=list, description="Claims that contradict the rubric's facts.")
    to_check: list[str] = Field(
        default_factory=list,
        description="Specifics the candidate said unsure of that the rubric does not state (a figure, version, status "
        "code, standard), quoted: claims to check, never a bluff, but they keep the answer below strong.",
    )


class TrapFollowup(_Model):
    question: str
    why: str
    trap_id: str | None = None


class JudgeVerdict(_Model):
    """The optional LLM judge's part of a result; never a silent 0 (``scored`` says whether it counts)."""

    scored: bool
    model: str
    score: float | None = None
    reason: str | None = Field(None, description="Why the judge part is unscored, when it is.")
    key_points: list[dict] = Field(default_factory=list)
    weak_patterns: list[str] = Field(default_factory=list)
    bluff: bool | None = None
    false_claims: list[str] = Field(default_factory=list)
    followup: str | None = None
    cached: bool = False
    disagreement: bool = False
    embedding_score: float | None = Field(None, description="The embedding grader's score before combining.")


class Pause(_Model):
    start: float = Field(description="Seconds into the answer where the silence starts.")
    seconds: float = Field(description="How long nobody spoke.")


class Delivery(_Model):
    """How a spoken answer was delivered, from the audio's timings; shown beside the content feedback and
    never part of the score."""

    duration: float = Field(description="Length of the recording in seconds.")
    speaking_seconds: float = Field(description="From the first word to the last, less the long pauses.")
    words: int
    words_per_minute: float = Field(description="Words over speaking time.")
    fillers: int = Field(description="Hesitations and filler phrases ('um', 'uh', 'you know', 'like,').")
    fillers_per_minute: float
    filler_words: dict[str, int] = Field(default_factory=dict, description="Each filler and how often it came.")
    long_pauses: list[Pause] = Field(default_factory=list, description="Silences between words of 3 s or more.")
    expected_seconds: tuple[float, float] | None = Field(
        None, description="The round's expected answer length (its share of the gauntlet's duration), when known.")
    length: Literal["short", "ok", "long"] | None = Field(None, description="Answer length against the expected.")
    notes: list[str] = Field(default_factory=list, description="The delivery feedback, one line per observation.")


class GradeResult(_Model):
    id: str
    rubric: str
    round: int
    skill: str = ""
    answer: str
    score: float | None = Field(0.0, ge=0.0, le=100.0, description="0..100; null only on an error row.")
    band: Band | None = Field("weak", description="null only on an error row.")
    key_points: list[KeyPointResult] = Field(default_factory=list)
    weak_patterns: list[WeakPatternResult] = Field(default_factory=list)
    bluff: BluffResult = Field(default_factory=BluffResult)
    trap_followup: TrapFollowup | None = None
    feedback: str = ""
    error: str | None = None
    # Additions beyond the contract.
    question: str | None = None
    trap: str | None = Field(None, description="Id of the trap follow-up this answer responds to, if any.")
    injection: list[str] = Field(default_factory=list, description="Sentences that address the grader.")
    statements: list[str] = Field(
        default_factory=list,
        description="The answer's distinct statements on the round's topic that count towards its substance, quoted "
        "(never a part set aside as contradicted, false, a weak pattern or a bare list, nor a doubt or a report of what "
        "others say).",
    )
    judge: JudgeVerdict | None = None
    transcript: str | None = None
    delivery: Delivery | None = Field(None, description="Delivery feedback when the answer was spoken (audio).")

    def row(self) -> dict:
        """The JSON-ready result row (contract fields first)."""
        data = self.model_dump(mode="json")
        for optional in ("transcript", "delivery"):
            if data.get(optional) is None:
                data.pop(optional, None)
        return data


def error_result(id: str, rubric: str, round_: int | None, answer: str, message: str) -> GradeResult:
    """A row that could not be graded: it keeps its id, says why, and has no score (never a silent 0)."""
    return GradeResult(
        id=id,
        rubric=rubric,
        round=round_ if isinstance(round_, int) and round_ >= 0 else 0,
        answer=answer if isinstance(answer, str) else "",
        score=None,
        band=None,
        feedback="",
        error=message,
    )
