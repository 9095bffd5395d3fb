"""The rubric format: everything a gauntlet document says, plus the structure grading needs.

A rubric is stored as YAML in ``rubrics/<id>.yaml`` and validated by these models. Every model forbids
unknown fields, so a typo in a hand-curated rubric is an error rather than a silently ignored key.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from grader.quantities import unit_of_name

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, min_length=1, max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class KeyPoint(_Model):
    """An atomic claim that a strong answer makes."""

    id: Slug = Field(description="Stable id, kebab-case, unique within the round.")
    text: Text = Field(description="The claim, as one sentence.")
    weight: float = Field(1.0, gt=0, le=10, description="Relative importance within the round.")
    aliases: list[Text] = Field(default_factory=list, description="Other phrasings that also cover it.")
    machine_written: bool = Field(False, description="Derived automatically or by an LLM; for a human to review.")


class WeakPattern(_Model):
    """Something a weak candidate says, and why it is weak."""

    id: Slug
    text: Text = Field(description="What the weak candidate says.")
    why: Text = Field(description="Why it is weak; shown to the candidate.")
    examples: list[Text] = Field(default_factory=list, description="Example phrasings of the pattern.")
    false_claim: bool = Field(
        False, description="True when the pattern is factually wrong, so saying it counts towards a bluff."
    )
    machine_written: bool = Field(False, description="Derived automatically or by an LLM; for a human to review.")


class Trap(_Model):
    """A follow-up question that exposes a bluff, with what a good answer to it contains."""

    id: Slug
    question: Text = Field(description="The follow-up the interviewer asks.")
    answer: str = Field("", description="What a good answer to the follow-up contains.")
    key_points: list[KeyPoint] = Field(
        default_factory=list, description="Claims a good answer to the follow-up makes (graded like a round)."
    )
    triggers: list[Text] = Field(
        default_factory=list, description="Concepts whose name-dropping without explanation triggers the trap."
    )
    honest_answers: list[Text] = Field(
        default_factory=list, description="Honest partial answers that are acceptable, never a bluff."
    )


class Fact(_Model):
    """A checkable fact, so that a wrong claim in an answer can be caught with both sides quoted.

    ``version``: ``value`` is the minimum version (e.g. kernel ``5.2``) that ``subject`` needs.
    ``definition``: ``value`` is what ``subject`` stands for (e.g. ``BPF Type Format``).
    ``quantity``: ``subject`` is pinned to a number with its unit (``24 hours``, ``409``, ``3 replicas``);
    an answer that attaches another number of the same unit to the subject contradicts it.
    ``exclusive``: ``subject`` is ``value`` and not any of ``not_values`` ("only X", "X, not Y");
    an answer that attaches one of ``not_values`` to the subject contradicts it.
    ``owner``: ``value`` is who made, wrote or ships ``subject`` ("ZGC, developed by Oracle", "Raft, designed by
    Ongaro and Ousterhout"); an answer that credits the subject to another name contradicts it. When
    ``not_values`` is set (an owner read from a possessive, "Podman's Quadlet"), only those names do: "Docker's
    Quadlet" contradicts it, "Red Hat's Quadlet" (the owner's maker) does not.
    """

    id: Slug
    subject: Text = Field(description="The concept the fact is about, as it appears in answers.")
    aliases: list[Text] = Field(default_factory=list, description="Other names of the subject.")
    kind: Literal["version", "definition", "quantity", "exclusive", "owner"]
    value: Text
    unit: str | None = Field(
        None,
        description="quantity: the unit of `value` (hours, status code, percent...); version: the product "
        "whose version it is (kernel, PostgreSQL), when known.",
    )
    not_values: list[Text] = Field(
        default_factory=list,
        description="Values the rubric says the subject is not (exclusive facts); for an owner fact, the other names "
        "the round gives, the only owners that contradict it.",
    )
    text: Text = Field(description="The fact as a sentence, quoted when an answer contradicts it.")
    machine_written: bool = Field(False, description="Derived automatically or by an LLM; for a human to review.")

    @model_validator(mode="after")
    def _unit_from_the_setting_name(self) -> "Fact":
        # A setting whose name ends in a unit gives its number that unit: "terminationGracePeriodSeconds" 30 is 30
        # seconds, so "defaults to 60 seconds" and a bare "defaults to 60" both contradict it.
        if self.kind == "quantity" and self.unit is None:
            self.unit = unit_of_name(self.subject)
        return self


class TrapVariant(_Model):
    """A round whose question is itself a trap: the right answer and the ways candidates fail it."""

    right_answer: Text
    failure_modes: list[Slug] = Field(
        default_factory=list, description="Ids of this round's weak patterns that are the failure modes."
    )
    senior_answer: str | None = None


class Round(_Model):
    number: int = Field(ge=1)
    title: Text
    question: Text
    skill: Text = Field(description="The skill the round tests (the document's skills table).")
    testing: str | None = Field(None, description="What the interviewer is testing, when the document says.")
    strong_answer: Text
    key_points: list[KeyPoint] = Field(min_length=1)
    weak_patterns: list[WeakPattern] = Field(default_factory=list)
    traps: list[Trap] = Field(default_factory=list)
    senior_signal: str | None = None
    trap_variant: TrapVariant | None = None
    facts: list[Fact] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_ids(self) -> "Round":
        seen: dict[str, str] = {}
        groups = {
            "key_points": self.key_points,
            "weak_patterns": self.weak_patterns,
            "traps": self.traps,
            "facts": self.facts,
        }
        for group, items in groups.items():
            for index, item in enumerate(items):
                place = f"{group}[{index}]"
                if item.id in seen:
                    raise ValueError(f"duplicate id '{item.id}' in {seen[item.id]} and {place}")
                seen[item.id] = place
        if self.trap_variant:
            pattern_ids = {p.id for p in self.weak_patterns}
            for index, mode in enumerate(self.trap_variant.failure_modes):
                if mode not in pattern_ids:
                    raise ValueError(
                        f"trap_variant.failure_modes[{index}]: '{mode}' is not the id of a weak pattern "
                        f"of this round (expected one of: {', '.join(sorted(pattern_ids)) or 'none defined'})"
                    )
        return self

    def trap(self, trap_id: str | None = None) -> Trap:
        """The trap with this id, or the round's first trap."""
        from grader.errors import InputError

        if not self.traps:
            raise InputError(f"round {self.number} has no trap follow-up")
        if trap_id is None:
            return self.traps[0]
        for trap in self.traps:
            if trap.id == trap_id:
                return trap
        ids = ", ".join(t.id for t in self.traps)
        raise InputError(f"round {self.number}: no trap '{trap_id}' (expected one of: {ids})")


class Rubric(_Model):
    """A gauntlet turned into a rubric."""

    schema_version: Literal[1] = 1
    id: Slug
    title: Text
    category: str | None = None
    difficulty: str | None = None
    duration: str | None = None
    domains: list[str] = Field(default_factory=list)
    source: str | None = Field(None, description="The gauntlet document the rubric was imported from.")
    curated: bool = Field(
        False, description="Reviewed and edited by hand after import; false for a rubric straight from the importer."
    )
    rounds: list[Round] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_rounds(self) -> "Rubric":
        for index, round_ in enumerate(self.rounds):
            if round_.number != index + 1:
                raise ValueError(
                    f"rounds[{index}]: number is {round_.number}, expected {index + 1} "
                    "(rounds are numbered from 1 in document order)"
                )
        return self

    def round(self, number: int) -> Round:
        """The round with this number, or an InputError that lists the valid ones."""
        from grader.errors import InputError

        if isinstance(number, int) and 1 <= number <= len(self.rounds):
            return self.rounds[number - 1]
        raise InputError(
            f"rubric '{self.id}' has no round {number!r} (expected 1-{len(self.rounds)})"
        )

    @property
    def skills(self) -> list[tuple[int, str]]:
        return [(r.number, r.skill) for r in self.rounds]


def slugify(text: str, max_words: int = 6) -> str:
    """A kebab-case id from free text: 'eBPF is faster than Prometheus.' -> 'ebpf-is-faster-than-prometheus'."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:max_words]) or "item"
