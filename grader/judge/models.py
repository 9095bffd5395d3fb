"""The judge's reply schema: what the LLM must return, validated before anything is used."""

from __future__ import annotations

import json
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class KeyPointJudgement(BaseModel):
    """The judge's view of one key point."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(description="The key point's id, as given in the rubric.")
    status: Literal["covered", "partial", "missing"]
    quote: str = Field("", description="The answer's own words that cover it; empty when missing.")


class JudgeReply(BaseModel):
    """The JSON object the judge must reply with. Every field is required: a reply without one is invalid."""

    # Models like to add a 'reasoning' field; extra keys are harmless, missing ones are not.
    model_config = ConfigDict(extra="ignore")

    key_points: list[KeyPointJudgement]
    weak_patterns: list[str] = Field(description="Ids of the weak patterns the answer shows.")
    bluff: bool = Field(description="True when the answer name-drops or claims things it cannot back up.")
    false_claims: list[str] = Field(description="Claims in the answer that are false or empty, quoted.")
    followup: str = Field(description="One follow-up question the interviewer should ask next.")
    score: float = Field(ge=0, le=100, description="0..100 overall.")


class ReplyError(ValueError):
    """A reply that is not valid JSON or does not match ``JudgeReply``; the message says what is wrong."""


#: The schema shown to the model in the prompt (kept short: small local models follow it better).
REPLY_SHAPE = {
    "key_points": [{"id": "<key point id>", "status": "covered | partial | missing", "quote": "<answer's words or ''>"}],
    "weak_patterns": ["<weak pattern id>"],
    "bluff": "true | false",
    "false_claims": ["<false or empty claim, quoted from the answer>"],
    "followup": "<one follow-up question>",
    "score": "<number 0-100>",
}

_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL | re.IGNORECASE)


def parse_reply(content: str | None, key_point_ids: list[str], weak_pattern_ids: list[str]) -> JudgeReply:
    """Parse and check a reply against the round: unknown key point or weak pattern ids are errors.

    A key point the reply leaves out counts as missing (the conservative reading); it is not an error
    because small models often list only what they found.
    """
    if content is None or not content.strip():
        raise ReplyError("empty reply")
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReplyError(f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(data, dict):
        raise ReplyError(f"expected a JSON object, found {type(data).__name__}")
    try:
        reply = JudgeReply.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors()[:3]:
            where = ".".join(str(part) for part in error["loc"]) or "reply"
            problems.append(f"missing '{where}'" if error["type"] == "missing" else f"{where}: {error['msg']}")
        raise ReplyError("; ".join(problems)) from None
    unknown = [kp.id for kp in reply.key_points if kp.id not in key_point_ids]
    if unknown:
        raise ReplyError(f"unknown key point id '{unknown[0]}' (expected one of: {', '.join(key_point_ids)})")
    unknown = [wp for wp in reply.weak_patterns if wp not in weak_pattern_ids]
    if unknown:
        expected = ", ".join(weak_pattern_ids) or "none defined"
        raise ReplyError(f"unknown weak pattern id '{unknown[0]}' (expected one of: {expected})")
    unique: dict[str, KeyPointJudgement] = {}
    for kp in reply.key_points:
        unique.setdefault(kp.id, kp)  # a repeated id keeps its first judgement
    reply.key_points = list(unique.values())
    given = set(unique)
    reply.key_points.extend(KeyPointJudgement(id=i, status="missing") for i in key_point_ids if i not in given)
    order = {kp_id: n for n, kp_id in enumerate(key_point_ids)}
    reply.key_points.sort(key=lambda kp: order[kp.id])
    return reply
