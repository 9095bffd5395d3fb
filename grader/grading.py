"""Grading answers against a rubric round: the public entry point that puts the scoring modules together."""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Protocol, Sequence

import numpy as np

from grader.embedding import Embedder, default_embedder
from grader.verify.base import Verifier, default_verifier
from grader.errors import InputError
from grader.index_cache import build_round_index_cached
from grader.result import GradeResult, KeyPointResult, error_result
from grader.rubric.loader import load_rubric, rubric_hash
from grader.rubric.schema import Round, Rubric
from grader.scoring.agreement import (
    Agreement,
    AgreementParams,
    check_agreements,
    in_rubric_words,
    key_point_stating,
    key_points_of_fact_conflicts,
)
from grader.scoring.answer import AnswerView, build_answer_view, split_answer
from grader.scoring.bands import ScoreParams, apply_coverage_floor, band_for, saturated
from grader.scoring.bluff import (
    BluffParams,
    check_facts,
    claims_to_check,
    contradicted_measures,
    describe_claims_to_check,
    detect_bluff,
    invented_claim_units,
    stage_conflicts,
    unsupported_measures,
)
from grader.scoring.facts import find_conflicts, hedged
from grader.scoring.coverage import CoverageParams, claims_to_read, ramp, score_key_points, weighted_coverage
from grader.scoring.feedback import write_feedback
from grader.scoring.index import RoundIndex, build_round_index
from grader.scoring.patterns import PatternParams, detect_weak_patterns, reports_others
from grader.scoring.substance import SubstanceParams, on_topic_statements, substance
from grader.scoring.tokens import content_token_vectors, stack, token_recall
from grader.scoring.traps import choose_trap
from grader.text import enumerating_units, is_bare_list

#: The `source` of rubrics built on the fly from a reference answer (scored with their own token weight).
REFERENCE_SOURCE = "built from a reference answer"

#: Prepared rounds kept per Grader (each holds the round's rubric embeddings).
MAX_CACHED_ROUNDS = 4096
#: Answers longer than this are refused rather than graded slowly (about 30 minutes of speech).
MAX_ANSWER_CHARS = 40_000


class BandMapper(Protocol):
    """A fitted score-to-band mapping (see grader.calibration)."""

    def band(self, score: float) -> str: ...


@dataclass(frozen=True)
class GradingParams:
    coverage: CoverageParams = field(default_factory=CoverageParams)
    patterns: PatternParams = field(default_factory=PatternParams)
    bluff: BluffParams = field(default_factory=BluffParams)
    score: ScoreParams = field(default_factory=ScoreParams)
    agreement: AgreementParams = field(default_factory=AgreementParams)
    substance: SubstanceParams = field(default_factory=SubstanceParams)


@dataclass
class GradeRequest:
    """One answer to grade: against a round of a rubric, or (trap_id set) against one of its trap follow-ups."""

    rubric: Rubric
    round: int
    answer: str
    id: str = "answer"
    trap_id: str | None = None


def check_answer_text(answer: object) -> str:
    """The answer as text, or an InputError saying what is wrong with it."""
    if answer is None:
        raise InputError("missing 'answer'")
    if not isinstance(answer, str):
        raise InputError(f"'answer' must be text, found {type(answer).__name__}")
    if "\x00" in answer or sum(1 for c in answer[:2000] if ord(c) < 32 and c not in "\n\r\t") > 5:
        raise InputError("'answer' looks like binary data, expected text")
    if not answer.strip():
        raise InputError("'answer' is empty")
    if len(answer) > MAX_ANSWER_CHARS:
        raise InputError(f"'answer' is {len(answer):,} characters, more than the {MAX_ANSWER_CHARS:,} allowed")
    return answer


def _stage_and_figure_conflicts(index: RoundIndex, answer: AnswerView, fact_conflicts: dict[int, tuple[int, str]]):
    """Release stages the rubric gives a feature otherwise, and figures that give another value for what a rubric
    sentence pins down: each marks the key point that names the feature or states the value contradicted (added to
    `fact_conflicts`). Returns (stage conflicts, unsupported figures, figure conflicts) for the bluff check."""
    stages = stage_conflicts(index, answer)
    for conflict in stages:
        naming = [k for k, kp in enumerate(index.key_points) if k not in fact_conflicts and conflict.name in kp.text.lower()]
        if naming:
            fact_conflicts[naming[0]] = (conflict.unit, conflict.statement)
    unsupported = unsupported_measures(index, answer)
    other_values = contradicted_measures(index, answer, unsupported)
    for unit, _, statement in other_values:
        stating = key_point_stating(index, statement, fact_conflicts)
        if stating is not None:
            fact_conflicts[stating] = (unit, statement)
    return stages, unsupported, other_values


class Grader:
    """Grades answers; holds the embedder and the per-round rubric embeddings (computed once per process)."""

    def __init__(
        self,
        embedder: Embedder | None = None,
        calibration: BandMapper | None = None,
        params: GradingParams | None = None,
        verifier: Verifier | None | bool = True,
    ) -> None:
        """`verifier`: the claim verifier (True: the default one; False/None: similarity only, as before)."""
        self.embedder = embedder or default_embedder()
        self._verifier = verifier
        self.calibration = calibration
        self.params = params or GradingParams()
        # Bounded: reference-only batches build one rubric per question.
        self._indexes: OrderedDict[tuple[str, str, int, str | None], RoundIndex] = OrderedDict()
        self._hashes: dict[int, tuple[Rubric, str]] = {}
        self._lock = threading.Lock()

    @property
    def verifier(self) -> Verifier | None:
        """The claim verifier in use; the default one is resolved when grading, so it loads only when needed."""
        if self._verifier is True:
            # The test embedder goes with the test verifier: neither needs a model.
            return default_verifier(test_double=getattr(self.embedder, "is_test_double", False))
        return self._verifier or None

    # -- rubric side -------------------------------------------------------------------------------
    def _rubric_hash(self, rubric: Rubric) -> str:
        """The rubric's content hash, computed once per rubric object (hashing it per answer was a quarter of
        the per-answer work)."""
        with self._lock:
            known = self._hashes.get(id(rubric))
        if known is not None and known[0] is rubric:
            return known[1]
        digest = rubric_hash(rubric)
        with self._lock:
            self._hashes[id(rubric)] = (rubric, digest)  # the reference keeps the id from being reused
            if len(self._hashes) > MAX_CACHED_ROUNDS:
                self._hashes.pop(next(iter(self._hashes)))
        return digest

    def round_index(self, rubric: Rubric, round_number: int, trap_id: str | None = None) -> RoundIndex:
        round_ = rubric.round(round_number)
        trap = round_.trap(trap_id) if trap_id is not None else None
        key = (self.embedder.name, self._rubric_hash(rubric), round_number, trap.id if trap else None)
        with self._lock:
            cached = self._indexes.get(key)
            if cached is not None:
                self._indexes.move_to_end(key)
        if cached is None:
            cached = build_round_index_cached(rubric, round_, self.embedder, trap, key[1])  # disk-cached
            with self._lock:
                self._indexes[key] = cached
                if len(self._indexes) > MAX_CACHED_ROUNDS:
                    self._indexes.popitem(last=False)
        return cached

    # -- answers -------------------------------------------------------------------------------------
    def grade(
        self,
        rubric: Rubric | str,
        round_number: int,
        answer: str,
        *,
        id: str = "answer",
        trap_id: str | None = None,
    ) -> GradeResult:
        """Grade one answer. User mistakes (unknown round, empty answer) raise InputError."""
        rubric = load_rubric(rubric)
        return self._grade_all([GradeRequest(rubric, round_number, answer, id, trap_id)], strict=True)[0]

    def grade_many(self, requests: Sequence[GradeRequest]) -> list[GradeResult]:
        """Grade many answers with one embedding pass; a bad request becomes a row with `error` set."""
        return self._grade_all(list(requests), strict=False)

    def _grade_all(self, requests: list[GradeRequest], strict: bool) -> list[GradeResult]:
        from grader.scoring.injection import detect_injection

        prepared: list[tuple[GradeRequest, RoundIndex, list[str], list[str], list[tuple[int, str]]] | GradeResult] = []
        all_units: list[str] = []
        for request in requests:
            try:
                text = check_answer_text(request.answer)
                index = self.round_index(request.rubric, request.round, request.trap_id)
            except InputError as exc:
                if strict:
                    raise
                prepared.append(
                    error_result(request.id, request.rubric.id, request.round,
                                 request.answer if isinstance(request.answer, str) else "", str(exc))
                )
                continue
            injected = detect_injection(text)
            units = [u for u in split_answer(text) if u not in injected and not any(u in s for s in injected)]
            claims = claims_to_read(index, units) if self.params.coverage.claims else []  # read only when used
            prepared.append((request, index, units, injected, claims))
            all_units.extend(units)
            all_units.extend(claim for _, claim in claims)
        embed_with_tokens = getattr(self.embedder, "embed_with_tokens", None)
        tokens: list = []
        # Word vectors cost a second look at every token: only when some answer's score uses them.
        needs_tokens = any(
            self._token_weight(item[0]) > 0 for item in prepared if not isinstance(item, GradeResult)
        )
        if not all_units:
            vectors = np.zeros((0, 1), dtype=np.float32)
        elif embed_with_tokens is not None and needs_tokens:
            vectors, tokens = embed_with_tokens(all_units)  # one encoder pass gives both
        else:
            vectors = self.embedder.embed(all_units)
        views: list[tuple[AnswerView, list | None]] = []
        cursor = 0
        for item in prepared:
            if isinstance(item, GradeResult):
                continue
            request, index, units, injected, claims = item
            unit_vectors = vectors[cursor : cursor + len(units)]
            unit_tokens = tokens[cursor : cursor + len(units)] if tokens else None
            cursor += len(units)
            claim_vectors = vectors[cursor : cursor + len(claims)]
            cursor += len(claims)
            views.append((build_answer_view(request.answer, units, unit_vectors, claims, claim_vectors), unit_tokens))
        # One verifier pass for every answer of the batch, as one encoder pass embeds them.
        verifier = self.verifier
        graded = [item for item in prepared if not isinstance(item, GradeResult)]
        agreements = (
            check_agreements([(item[1], view) for item, (view, _) in zip(graded, views)], verifier, self.params.agreement)
            if verifier is not None else [None] * len(graded)
        )
        results: list[GradeResult] = []
        scored = iter(zip(graded, views, agreements))
        for item in prepared:
            if isinstance(item, GradeResult):
                results.append(item)
                continue
            (request, index, _units, injected, _claims), (answer, unit_tokens), agreement = next(scored)
            results.append(self._score(request, index, answer, injected, agreement, unit_tokens))
        return results

    def band(self, score: float, key_points: list[KeyPointResult]) -> str:
        """The band of a score: the fitted calibration when there is one (it decides alone), else the default
        cuts with the key-point floor for "strong". Every surface (and the judge's hybrid) bands through this."""
        if self.calibration:
            return self.calibration.band(score)
        s = self.params.score
        total = sum(k.weight for k in key_points)
        covered_share = saturated(sum(k.weight for k in key_points if k.covered) / total if total else 0.0,
                                  len(key_points), s)
        return apply_coverage_floor(band_for(score, s.thresholds), covered_share, s)

    def _threshold(self, band: str) -> float:
        """The score where `band` starts: the calibrated cut when there is one, else the default."""
        thresholds = getattr(self.calibration, "thresholds", None)
        return float(getattr(thresholds, band, self.params.score.thresholds[band]))

    def _below(self, band: str) -> float:
        """The highest score under `band`: a whole point below its cut, so that the score shown rounded ("61/100")
        never reads as the cut itself next to the lower band (61.9 was shown "62/100 (adequate)")."""
        return self._threshold(band) - 1.0

    def _token_weight(self, request: GradeRequest) -> float:
        s = self.params.score
        return s.reference_token_weight if request.rubric.source == REFERENCE_SOURCE else s.token_weight

    def _score(
        self,
        request: GradeRequest,
        index: RoundIndex,
        answer: AnswerView,
        injected: list[str],
        agreement: Agreement | None,
        unit_tokens: list | None = None,
    ) -> GradeResult:
        p = self.params
        units, vectors = answer.units, answer.vectors
        # The rubric's own words, pasted in, contradict none of its facts: a derived fact can be read too widely.
        # Nor does the outcome of a worked example ("say the MINIMUM were 600, then ... for ten minutes").
        claims = ["" if in_rubric_words(index, u) or i in answer.supposed else u for i, u in enumerate(answer.units)]
        facts = check_facts(index.facts, claims)
        patterns = detect_weak_patterns(index, answer, p.patterns, embed=self.embedder.embed)
        # Exact checks for the facts a verifier reads poorly: numbers with units and "X, not Y" statements.
        # Every fact conflict marks the key point that names the fact's subject as contradicted; the version and
        # definition ones check_facts already found are in the bluff through it, so only the others are added there
        # (check_facts leaves out a version after a product name: "import blocks came in Terraform 1.2").
        all_exact = find_conflicts(claims, index.facts, index.gauntlet_text)
        exact = [c for c in all_exact if c.fact.kind in ("quantity", "exclusive")
                 or (c.quote in answer.units and answer.units.index(c.quote) not in facts.contradicting_units)]
        fact_conflicts = key_points_of_fact_conflicts(index, answer, all_exact)
        stages, unsupported, other_values = _stage_and_figure_conflicts(index, answer, fact_conflicts)
        flagged_exact = {answer.units.index(c.quote) for c in exact if c.quote in answer.units and not c.hedged}
        # A part that contradicts the rubric or says what a weak candidate says is never evidence of a key point. One
        # that gets a figure wrong with a hedge ("I think the default is ten minutes, but I'd check, and you can make it
        # longer") is a claim to check: its key point is contradicted, its other clauses still count (K8s QWK .73 -> .76).
        flagged = set(facts.contradicting_units) | {u for w in patterns for u in _units_of(answer, w.evidence)}
        flagged |= flagged_exact | {c.unit for c in stages} | {unit for unit, _, _ in other_values}
        if agreement is not None:
            flagged |= {i for i in agreement.contradicting_units if not hedged(answer.units, i)}
        # A part that only names things states nothing: a list of the right terms covers no key point, nor does an
        # answer that is mostly a list. Nor does an admission or a report of one's own inexperience ("I'd need to look
        # that up, I haven't deployed it myself").
        flagged |= {i for i, unit in enumerate(answer.units) if is_bare_list(unit)} | set(answer.nothing)
        flagged |= enumerating_units(answer.units)
        # A part that only says what the candidate does not know ("I'm not sure which lock it takes") is never
        # quoted as evidence of a key point. It keeps the score it earns: naming the gap is not punished.
        # Nor is a part that only reports what others say ("Some people would just train everyone to write eBPF in C").
        reported = {i for i, unit in enumerate(answer.units) if reports_others(unit, " ".join(answer.units[i + 1: i + 2]))}
        doubt = (set(answer.doubts) | reported) - flagged

        def cover(flagged: set[int], params: CoverageParams = p.coverage) -> tuple[list, float]:
            """Key points with `flagged` parts left out, and the coverage: a doubt is never the quote, but keeps the
            coverage it earns."""
            key_points = score_key_points(index, answer, params, flagged | doubt, agreement, fact_conflicts)
            coverage = weighted_coverage(key_points)
            if doubt:
                named = score_key_points(index, answer, params, flagged, agreement, fact_conflicts)
                coverage = max(coverage, weighted_coverage(named))
            return key_points, coverage

        key_points, coverage = cover(flagged)
        # (quote, rubric statement, hedged): a hedged one is a claim to check, not a bluff.
        conflicts = [(k.conflict, k.conflicts_with, hedged(answer.units, answer.units.index(k.conflict)))
                     for i, k in enumerate(key_points)
                     if k.status == "contradicted" and k.conflict in answer.units and i not in fact_conflicts]
        conflicts += [(c.quote, c.fact.text, c.hedged) for c in exact
                      if (c.quote, c.fact.text) not in {(q, t) for q, t, _ in conflicts}]
        # The bluff checks weigh an extra detail by how much of the round the answer covers in whole sentences, as their
        # gates were measured (`CoverageParams.claims`): read claim by claim, two bluffs' extra figures were let through.
        gate = cover(flagged, replace(p.coverage, claims=False))[1] if p.coverage.claims and answer.claims else coverage
        bluff = detect_bluff(index, answer, gate, patterns, p.bluff, facts, conflicts, stages, unsupported, other_values)
        if bluff.suspected:
            # A bluff's invented specifics, citations, figures and absolutes are flagged claims: never evidence.
            claimed = invented_claim_units(index, answer, bluff) - flagged - doubt
            if claimed:
                flagged |= claimed
                key_points, coverage = cover(flagged)
        global_sim = float(answer.vector @ index.strong_vector) if units else 0.0

        s = p.score
        base = s.coverage_weight * saturated(coverage, len(key_points), s) + (1 - s.coverage_weight) * ramp(global_sim, s.global_low, s.global_high)
        weight = self._token_weight(request)
        if unit_tokens and index.reference_tokens and weight > 0:
            dimension = vectors.shape[1]
            answer_tokens = stack(
                [content_token_vectors(t, index.question_stems) for i, t in enumerate(unit_tokens) if i not in flagged],
                dimension,
            )
            recall = max(token_recall(ref, answer_tokens) for ref in index.reference_tokens)
            base = (1 - weight) * base + weight * recall
        # A doubt names a gap and keeps the coverage it earns, but it is no statement: six sentences of "I'm not sure
        # which kernel X needs" made an answer with no knowledge in it adequate. Nor is a report of what others say.
        statements = on_topic_statements(index, answer, flagged | doubt, p.substance)
        share = s.reference_substance_weight if request.rubric.source == REFERENCE_SOURCE else s.substance_weight
        base = (1 - share) * base + share * substance(len(statements), p.substance)
        score = 100.0 * base
        score -= min(s.max_pattern_penalty, s.pattern_penalty * len(patterns))
        score -= s.contradiction_penalty * len(bluff.contradictions)
        if bluff.suspected:
            score -= s.bluff_penalty * bluff.confidence
        # A confident false claim makes an answer at most adequate; below that, its substance decides. (Its false
        # parts already earn nothing: they are never evidence of a key point.) So does a claim to check: a specific said
        # unsure that the rubric does not state ("I think it's valid for about an hour, but I'd check"), or one it
        # contradicts, is never a bluff and never punished as an admission, but an answer whose detail is in doubt is
        # not "most of the substance, and correct" (hedged answers of the 26 imported sets: 7 of 10 read as strong
        # where the labels say adequate are now adequate; no strong or honest answer capped).
        bluff.to_check = describe_claims_to_check(answer, claims_to_check(index, answer))
        if bluff.suspected or bluff.to_check or any(c.hedged for c in exact):
            score = min(score, self._below("strong"))
        if injected:
            score -= s.injection_penalty
        if index.trap is not None and bluff.honest_uncertainty and not bluff.contradictions:
            # The rubric says an honest partial answer to a trap is fine: never below "adequate".
            score = max(score, self._threshold("adequate"))
        score = round(float(min(100.0, max(0.0, score))), 1)
        band = self.band(score, key_points)

        result = GradeResult(
            id=request.id,
            rubric=request.rubric.id,
            round=request.round,
            skill=index.round.skill,
            answer=request.answer,
            score=score,
            band=band,
            key_points=key_points,
            weak_patterns=patterns,
            bluff=bluff,
            trap_followup=choose_trap(index, answer, key_points, bluff),
            question=index.question,
            trap=index.trap.id if index.trap else None,
            injection=injected,
            statements=[answer.units[i] for i in statements],
        )
        result.feedback = write_feedback(result)
        return result


_REFERENCE_RUBRICS: dict[str, Rubric] = {}


def rubric_from_reference(question: str, reference: str | list[str], rubric_id: str | None = None) -> Rubric:
    """A one-round rubric built on the fly from a reference answer (for rows with no rubric).

    One reference is split into its atomic claims (the key points). Several references are alternatives,
    as in datasets that list more than one correct answer: they become one key point whose aliases are the
    other references, so matching any of them covers it.
    """
    from grader.rubric.claims import derive_key_points
    from grader.rubric.schema import KeyPoint

    if reference is None:
        references = []
    elif isinstance(reference, str):
        references = [reference]
    elif isinstance(reference, (list, tuple)) and all(isinstance(r, str) for r in reference):
        references = list(reference)
    else:
        raise InputError(f"'reference' must be text or a list of texts, found {type(reference).__name__}")
    references = [r.strip() for r in references if r.strip()]
    if not references:
        raise InputError("missing 'reference' (a reference answer is needed when no rubric is given)")
    if not any(re.search(r"\w", r) for r in references):
        raise InputError(f"'reference' has no words to grade against, found {references[0]!r}")
    if not isinstance(question, str) or not question.strip():
        question = "(question not given)"
    digest = hashlib.sha256("\x00".join([question, *references]).encode("utf-8")).hexdigest()[:12]
    if digest not in _REFERENCE_RUBRICS:
        if len(references) == 1:
            key_points = derive_key_points(references[0]) or [KeyPoint(id="reference", text=references[0])]
        else:
            key_points = [KeyPoint(id="reference", text=references[0], aliases=references[1:])]
        rubric = _REFERENCE_RUBRICS[digest] = Rubric(
            id=rubric_id or f"reference-{digest}",
            title="Reference answer",
            source=REFERENCE_SOURCE,
            rounds=[
                Round(
                    number=1,
                    title="Reference",
                    question=question.strip(),
                    skill="Agreement with the reference answer",
                    strong_answer=references[0],
                    key_points=key_points,
                )
            ],
        )
        if len(_REFERENCE_RUBRICS) > 10_000:  # bounded: a batch can hold many questions
            _REFERENCE_RUBRICS.pop(next(iter(_REFERENCE_RUBRICS)), None)
        return rubric
    return _REFERENCE_RUBRICS.get(digest) or rubric_from_reference(question, references, rubric_id)


_DEFAULT_GRADER: Grader | None = None


def grade_answer(rubric: Rubric | str, round_number: int, answer: str, *, id: str = "answer",
                 trap_id: str | None = None, embedder: Embedder | None = None) -> GradeResult:
    """Grade one answer with a process-wide Grader (the bundled model unless an embedder is given)."""
    global _DEFAULT_GRADER
    if embedder is not None:
        return Grader(embedder).grade(rubric, round_number, answer, id=id, trap_id=trap_id)
    if _DEFAULT_GRADER is None:
        _DEFAULT_GRADER = Grader()
    return _DEFAULT_GRADER.grade(rubric, round_number, answer, id=id, trap_id=trap_id)


def _units_of(answer: AnswerView, part: str) -> list[int]:
    """The units a quoted part is made of: itself, or the two of an adjacent pair (`AnswerView.spans`)."""
    if part in answer.units:
        return [answer.units.index(part)]
    if part in answer.spans:
        first = answer.spans.index(part) - len(answer.units)
        return [first, first + 1] if first >= 0 else []
    return []
