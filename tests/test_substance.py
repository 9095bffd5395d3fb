"""Substance: the distinct statements an answer makes on its round's topic, graded with the real bundled model.

Each counts once however often it is said; off-topic, too short, set-aside and reported parts never count."""

from __future__ import annotations

from dataclasses import replace

import pytest

from grader.grading import Grader, GradingParams, rubric_from_reference
from grader.rubric.loader import load_rubric
from grader.scoring.substance import SubstanceParams, substance

pytestmark = pytest.mark.model

ON_TOPIC = [
    "eBPF programs hook into kernel functions and syscalls, so we see every HTTP call and DNS lookup without an SDK.",
    "We run Go, Python and Java, and none of those services needed to be instrumented separately.",
    "It also gives us kernel-level signals like TCP retransmits and run-queue latency that no exporter shows.",
]


@pytest.fixture(scope="module")
def grader() -> Grader:
    from grader.embedding import default_embedder

    return Grader(default_embedder("torch"))


@pytest.fixture(scope="module")
def rubric():
    return load_rubric("ebpf-observability")


def test_credit_grows_with_each_statement_and_is_full_at_full_at() -> None:
    params = SubstanceParams(full_at=8)
    credits = [substance(n, params) for n in range(0, 12)]
    assert credits[0] == 0.0 and credits[8] == 1.0 and credits[11] == 1.0
    assert all(a < b for a, b in zip(credits[:9], credits[1:9]))
    # The first statements count most: padding buys less and less.
    assert credits[1] - credits[0] > credits[5] - credits[4] > credits[8] - credits[7]


def test_each_on_topic_statement_counts_once(grader: Grader, rubric) -> None:
    result = grader.grade(rubric, 1, " ".join(ON_TOPIC))
    assert result.statements == ON_TOPIC
    repeated = grader.grade(rubric, 1, " ".join(ON_TOPIC + [ON_TOPIC[0], "Right.", ON_TOPIC[2]]))
    assert repeated.statements == ON_TOPIC  # said again, or a word of filler: nothing more
    assert "Substance: 3 distinct statements on the topic" in result.feedback


def test_off_topic_and_reported_parts_never_count(grader: Grader, rubric) -> None:
    off_topic = "Our office moved to a new building last spring and the coffee there is much better."
    reported = "Some people would say eBPF replaces Prometheus and OpenTelemetry entirely."
    result = grader.grade(rubric, 1, " ".join([ON_TOPIC[0], off_topic, reported]))
    assert result.statements == [ON_TOPIC[0]]


def test_doubts_are_no_substance(grader: Grader, rubric) -> None:
    """Six sentences of what the candidate does not know (a hostile review's case) made an answer adequate."""
    doubts = ("I'm not sure which kernel version the BPF ring buffer needs. I don't remember what minimum kernel most "
              "eBPF observability tools like Pixie or Tetragon require. I'd have to check what happens on old CentOS 7 "
              "nodes with kernel 3.10, whether the tools fail or degrade. I don't know which kernel BTF and CO-RE need.")
    result = grader.grade(rubric, 2, doubts)
    assert result.statements == [] and result.band == "weak"


def test_a_weak_pattern_or_a_contradiction_is_no_substance(grader: Grader, rubric) -> None:
    answer = ("eBPF replaces Prometheus and OpenTelemetry completely, you can drop both. "
              "BTF has been in the kernel since 3.10, so CentOS 7 runs every CO-RE tool. " + ON_TOPIC[0])
    result = grader.grade(rubric, 1, answer)
    set_aside = {p.evidence for p in result.weak_patterns} | {k.conflict for k in result.key_points if k.conflict}
    assert set_aside, "the answer should show a weak pattern or a contradiction"
    assert not set_aside & set(result.statements)
    assert ON_TOPIC[0] in result.statements


def test_more_on_topic_substance_scores_higher(grader: Grader, rubric) -> None:
    one = grader.grade(rubric, 1, ON_TOPIC[0])
    three = grader.grade(rubric, 1, " ".join(ON_TOPIC))
    assert len(three.statements) > len(one.statements) and three.score > one.score


def test_reference_rubrics_are_scored_without_substance(grader: Grader) -> None:
    rubric = rubric_from_reference("Why does ice float?", "Ice is less dense than liquid water.")
    answer = "Ice floats because it is less dense than water. Its molecules form an open hexagonal lattice."
    off = Grader(grader.embedder, params=replace(GradingParams(), substance=SubstanceParams(full_at=1)))
    assert grader.grade(rubric, 1, answer).score == off.grade(rubric, 1, answer).score
