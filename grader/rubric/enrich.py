"""Optional enrichment of an imported rubric by an OpenAI-compatible LLM (``import-gauntlet --enrich openai``).

For each round the model is shown the round's own text and asked for three things a curator would add
by hand: other phrasings of each key point (spoken style), checkable facts, and example phrasings of each
weak answer. The reply is validated before anything is kept:

- it must be JSON of the expected shape (one retry, then the round is left as the importer made it);
- key-point and weak-pattern ids must exist in the round; unknown ids are reported and dropped;
- every fact must pass the rubric schema and be *grounded*: its value (and each ``not_value``) must appear
  in the round's own text, so the model cannot add a number or a name the document never states.

Everything the model adds is marked ``machine_written`` for a human to review on the Rubrics page. The
offline importer never needs this; a failed call leaves the offline rubric as it was and says why.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any, Literal

import openai
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from grader.errors import InputError
from grader.rubric.facts import fact_id
from grader.rubric.loader import validate_rubric
from grader.rubric.schema import Fact, Round, Rubric

PROMPT_VERSION = "enrich-1"
_MAX_ALIASES = 4
_MAX_EXAMPLES = 3
_MAX_FACTS = 8

_SYSTEM = (
    "You help curate interview rubrics. You are given one round of an interview gauntlet as JSON. Reply with "
    "one JSON object and nothing else, with exactly these keys:\n"
    '  "aliases": {key point id: [up to 4 other ways a candidate might say it out loud, short, spoken style]},\n'
    '  "facts": [{"subject": str, "aliases": [str], "kind": "version"|"definition"|"quantity"|"exclusive"|"owner", '
    '"value": str, "unit": str|null, "not_values": [str], "text": str}],\n'
    '  "examples": {weak pattern id: [up to 3 other ways a weak candidate might say it]}\n'
    "Facts must be stated in the round's own text: a minimum version (value like \"5.2\", unit the product), an "
    "acronym's expansion (definition), a number with its unit tied to its subject (quantity: value \"24\", unit "
    "\"hours\"; a status code has unit \"status code\"), or an exclusive statement (value is right, not_values "
    "are what the text says it is not). Never invent a number, version or name the text does not state. Use only "
    "the ids given."
)


class _FactProposal(BaseModel):
    model_config = ConfigDict(extra="ignore")

    subject: str
    aliases: list[str] = Field(default_factory=list)
    kind: Literal["version", "definition", "quantity", "exclusive", "owner"]
    value: str
    unit: str | None = None
    not_values: list[str] = Field(default_factory=list)
    text: str


class _Reply(BaseModel):
    """What the model must send back for one round."""

    model_config = ConfigDict(extra="ignore")

    aliases: dict[str, list[str]] = Field(default_factory=dict)
    facts: list[dict[str, Any]] = Field(default_factory=list)
    examples: dict[str, list[str]] = Field(default_factory=dict)


class Enricher:
    """The configured OpenAI-compatible server (``OPENAI_BASE_URL`` / ``OPENAI_API_KEY``, like the judge)."""

    def __init__(self, model: str | None, base_url: str | None = None, api_key: str | None = None,
                 timeout: float = 60.0, max_retries: int = 2) -> None:
        key = api_key or os.environ.get("OPENAI_API_KEY") or None
        base = base_url or os.environ.get("OPENAI_BASE_URL") or None
        if not key and not base:
            raise InputError(
                "--enrich openai needs OPENAI_API_KEY (and OPENAI_BASE_URL for a server other than OpenAI's); neither is set"
            )
        model = model or os.environ.get("GRADER_ENRICH_MODEL")
        if not model or not model.strip():
            raise InputError("--enrich openai needs a model name (--enrich-model NAME or GRADER_ENRICH_MODEL)")
        self.model = model.strip()
        self._client = openai.OpenAI(api_key=key or "no-key", base_url=base, timeout=timeout, max_retries=max_retries)

    def ask(self, round_payload: dict[str, Any], retry_note: str | None = None) -> str:
        messages = [
            {"role": "system", "content": _SYSTEM},
            {"role": "user", "content": json.dumps(round_payload, ensure_ascii=False)},
        ]
        if retry_note:
            messages.append({"role": "user", "content": retry_note})
        response = self._client.chat.completions.create(model=self.model, messages=messages, temperature=0)
        return response.choices[0].message.content or ""


def _payload(round_: Round) -> dict[str, Any]:
    return {
        "round": round_.number,
        "question": round_.question,
        "strong_answer": round_.strong_answer,
        "trap_answers": [t.answer for t in round_.traps if t.answer],
        "key_points": [{"id": kp.id, "text": kp.text} for kp in round_.key_points],
        "weak_patterns": [{"id": p.id, "text": p.text, "why": p.why} for p in round_.weak_patterns],
        "facts_already_found": [f.text for f in round_.facts],
    }


def _parse(content: str) -> _Reply:
    text = content.strip()
    fenced = re.match(r"^```(?:json)?\s*(.*?)\s*```$", text, re.DOTALL)
    if fenced:
        text = fenced.group(1)
    return _Reply.model_validate(json.loads(text))


def _grounded(value: str, source: str) -> bool:
    """Whether the round's own text states this value (its words, or its number)."""
    value = value.strip().lower()
    if not value:
        return False
    if value in source:
        return True
    numbers = re.findall(r"\d+(?:\.\d+)?", value)
    if numbers:
        return all(re.search(rf"(?<![\d.]){re.escape(n)}(?![\d])", source) for n in numbers)
    words = re.findall(r"[a-z0-9]+", value)
    return bool(words) and all(w in source for w in words)


def _clean_list(items: list[Any], limit: int, existing: list[str]) -> list[str]:
    seen = {e.lower() for e in existing}
    out: list[str] = []
    for item in items:
        if not isinstance(item, str):
            continue
        item = " ".join(item.split())
        if item and item.lower() not in seen and len(item) <= 300:
            seen.add(item.lower())
            out.append(item)
        if len(out) >= limit:
            break
    return out


def _apply(round_: Round, reply: _Reply, where: str, warnings: list[str]) -> dict[str, int]:
    """Merge a validated reply into the round; returns how many items were added, by kind."""
    added = {"aliases": 0, "facts": 0, "examples": 0}
    points = {kp.id: kp for kp in round_.key_points}
    for kp_id, phrasings in reply.aliases.items():
        point = points.get(kp_id)
        if point is None:
            warnings.append(f"{where}: the model named key point '{kp_id}', which the round does not have; ignored")
            continue
        new = _clean_list(phrasings, _MAX_ALIASES, [point.text, *point.aliases])
        if new:
            point.aliases += new
            point.machine_written = True
            added["aliases"] += len(new)
    patterns = {p.id: p for p in round_.weak_patterns}
    for pattern_id, phrasings in reply.examples.items():
        pattern = patterns.get(pattern_id)
        if pattern is None:
            warnings.append(f"{where}: the model named weak pattern '{pattern_id}', which the round does not have; ignored")
            continue
        new = _clean_list(phrasings, _MAX_EXAMPLES, [pattern.text, *pattern.examples])
        if new:
            pattern.examples += new
            pattern.machine_written = True
            added["examples"] += len(new)
    source = " ".join([round_.strong_answer, *(t.answer for t in round_.traps)]).lower()
    taken = {x.id for x in [*round_.key_points, *round_.weak_patterns, *round_.traps, *round_.facts]}
    known = {(f.kind, f.subject.lower(), f.value.lower()) for f in round_.facts}
    for index, raw in enumerate(reply.facts[:_MAX_FACTS]):
        try:
            proposal = _FactProposal.model_validate(raw)
        except ValidationError as exc:
            problem = exc.errors()[0]
            warnings.append(
                f"{where}: facts[{index}]: {'.'.join(str(p) for p in problem['loc']) or 'fact'}: {problem['msg']}; ignored"
            )
            continue
        ungrounded = [v for v in [proposal.value, *proposal.not_values] if not _grounded(v, source)]
        if proposal.kind == "definition" and not _grounded(proposal.subject, source):
            ungrounded.append(proposal.subject)
        if ungrounded:
            warnings.append(
                f"{where}: facts[{index}] ({proposal.subject}): '{ungrounded[0]}' is not in the round's text; ignored"
            )
            continue
        key = (proposal.kind, proposal.subject.lower(), proposal.value.lower())
        if key in known:
            continue
        try:
            fact = Fact(id=fact_id(proposal.kind, proposal.subject, taken), machine_written=True,
                        **proposal.model_dump())
        except ValidationError as exc:
            warnings.append(f"{where}: facts[{index}]: {exc.errors()[0]['msg']}; ignored")
            continue
        known.add(key)
        round_.facts.append(fact)
        added["facts"] += 1
    return added


def enrich_rubric(rubric: Rubric, enricher: Enricher) -> tuple[Rubric, list[str]]:
    """A copy of the rubric with the model's validated additions, and what was added or refused per round."""
    enriched = rubric.model_copy(deep=True)
    notes: list[str] = []
    for round_ in enriched.rounds:
        where = f"round {round_.number}"
        payload = _payload(round_)
        reply: _Reply | None = None
        retry_note: str | None = None
        for _ in range(2):  # one retry for a reply that is not the JSON asked for
            try:
                content = enricher.ask(payload, retry_note)
            except openai.OpenAIError as exc:
                notes.append(f"{where}: enrichment call failed ({exc.__class__.__name__}); kept the offline rubric")
                break
            try:
                reply = _parse(content)
                break
            except (json.JSONDecodeError, ValidationError) as exc:
                retry_note = f"Your reply was not valid: {str(exc).splitlines()[0][:200]}. Reply with the JSON object only."
        else:
            notes.append(f"{where}: the model's reply was not valid JSON twice; kept the offline rubric")
        if reply is None:
            continue
        added = _apply(round_, reply, where, notes)
        notes.append(
            f"{where}: added {added['aliases']} key-point phrasings, {added['facts']} facts, "
            f"{added['examples']} weak-answer examples (machine-written, for review)"
        )
    return validate_rubric(enriched.model_dump(mode="json"), rubric.source or rubric.id), notes


__all__ = ["Enricher", "PROMPT_VERSION", "enrich_rubric"]
