"""The rubric schema's rules, checked through validate_rubric so the messages a user sees are tested too."""

from __future__ import annotations

import copy

import pytest

from grader.errors import InputError, RubricError
from grader.rubric import Rubric, validate_rubric
from grader.rubric.schema import slugify

SOURCE = "rubrics/example.yaml"


def _round(number: int) -> dict:
    return {
        "number": number,
        "title": f"Round {number}",
        "question": "What would eBPF give you?",
        "skill": "Understanding of eBPF",
        "strong_answer": "Kernel-level visibility without code changes.",
        "key_points": [
            {"id": "kernel-visibility", "text": "eBPF gives kernel-level visibility."},
            {"id": "no-code-changes", "text": "It needs no application code changes."},
        ],
        "weak_patterns": [
            {"id": "replaces-otel", "text": "eBPF replaces OpenTelemetry.", "why": "It cannot see business context."}
        ],
        "traps": [{"id": "what-is-btf", "question": "What is BTF?", "triggers": ["BTF"]}],
    }


@pytest.fixture
def data() -> dict:
    return {"id": "example", "title": "Example gauntlet", "rounds": [_round(1), _round(2)]}


def _error(data: dict) -> str:
    with pytest.raises(RubricError) as caught:
        validate_rubric(data, SOURCE)
    message = str(caught.value)
    assert "\n" not in message, "a user error is one line"
    assert message.startswith(f"{SOURCE}: ")
    return message


def test_valid_rubric_loads_with_defaults(data):
    rubric = validate_rubric(data, SOURCE)
    assert isinstance(rubric, Rubric)
    assert rubric.round(2).key_points[0].weight == 1.0
    assert rubric.skills == [(1, "Understanding of eBPF"), (2, "Understanding of eBPF")]
    assert rubric.round(1).trap().id == "what-is-btf"


def test_duplicate_ids_across_groups_name_both_places(data):
    data["rounds"][1]["weak_patterns"][0]["id"] = "kernel-visibility"
    message = _error(data)
    assert "round 2" in message
    assert "duplicate id 'kernel-visibility'" in message
    assert "key_points[0]" in message and "weak_patterns[0]" in message


def test_duplicate_ids_within_key_points(data):
    data["rounds"][0]["key_points"][1]["id"] = "kernel-visibility"
    assert "key_points[0] and key_points[1]" in _error(data)


def test_unknown_field_is_an_error_not_ignored(data):
    data["rounds"][0]["key_points"][1]["wieght"] = 2
    message = _error(data)
    assert "round 1, key_points[1].wieght" in message
    assert "unknown field" in message


def test_unknown_top_level_field(data):
    data["titel"] = "typo"
    assert "titel: unknown field" in _error(data)


@pytest.mark.parametrize("bad_id", ["Kernel_Visibility", "kernel visibility", "-leading", "trailing-", "a--b", ""])
def test_ids_must_be_kebab_case(data, bad_id):
    data["rounds"][0]["key_points"][0]["id"] = bad_id
    message = _error(data)
    assert "round 1, key_points[0].id" in message
    assert "should match pattern" in message or "at least 1 character" in message  # names what was expected


def test_rubric_id_must_be_kebab_case(data):
    data["id"] = "Example Gauntlet"
    assert _error(data).startswith(f"{SOURCE}: id: ")


def test_failure_mode_must_name_a_weak_pattern_of_the_round(data):
    data["rounds"][1]["trap_variant"] = {
        "right_answer": "It depends on the gap.",
        "failure_modes": ["replaces-otel", "dismisses-otel-position"],
    }
    message = _error(data)
    assert "round 2" in message
    assert "failure_modes[1]: 'dismisses-otel-position' is not the id of a weak pattern" in message
    assert "expected one of: replaces-otel" in message


def test_failure_modes_that_exist_are_accepted(data):
    data["rounds"][1]["trap_variant"] = {"right_answer": "It depends.", "failure_modes": ["replaces-otel"]}
    assert validate_rubric(data, SOURCE).round(2).trap_variant.failure_modes == ["replaces-otel"]


def test_rounds_are_numbered_from_one_in_order(data):
    data["rounds"][1]["number"] = 3
    message = _error(data)
    assert "rounds[1]: number is 3, expected 2" in message


def test_round_numbers_start_at_one(data):
    data["rounds"][0]["number"] = 0
    assert "round 0, number" in _error(data)


def test_missing_field_names_round_and_field(data):
    del data["rounds"][1]["key_points"][1]["text"]
    assert _error(data) == f"{SOURCE}: round 2, key_points[1]: missing 'text'"


def test_wrong_type_names_what_was_expected(data):
    data["rounds"][0]["key_points"][0]["weight"] = "heavy"
    message = _error(data)
    assert "round 1, key_points[0].weight" in message
    assert "valid number" in message and '"heavy"' in message


def test_a_round_needs_at_least_one_key_point(data):
    data["rounds"][0]["key_points"] = []
    assert "round 1, key_points" in _error(data)


def test_a_rubric_needs_rounds(data):
    data["rounds"] = []
    assert "rounds" in _error(data)


def test_fact_kind_must_be_a_known_kind(data):
    fact = {"id": "btf-kernel", "subject": "BTF", "kind": "version", "value": "5.2", "text": "BTF needs 5.2."}
    data["rounds"][1]["facts"] = [fact, dict(fact, id="btf-means", kind="acronym")]
    message = _error(data)
    assert "round 2, facts[1].kind" in message
    assert "'version', 'definition', 'quantity', 'exclusive' or 'owner'" in message


def test_not_a_mapping(data):
    with pytest.raises(RubricError, match="expected a mapping"):
        validate_rubric(["not", "a", "rubric"], SOURCE)


def test_round_and_trap_lookups_list_the_valid_choices(data):
    rubric = validate_rubric(data, SOURCE)
    with pytest.raises(InputError, match=r"no round 3 \(expected 1-2\)"):
        rubric.round(3)
    with pytest.raises(InputError, match="expected one of: what-is-btf"):
        rubric.round(1).trap("nope")
    without_traps = copy.deepcopy(data)
    without_traps["rounds"][0]["traps"] = []
    with pytest.raises(InputError, match="round 1 has no trap"):
        validate_rubric(without_traps, SOURCE).round(1).trap()


def test_slugify():
    assert slugify("eBPF is faster than Prometheus.") == "ebpf-is-faster-than-prometheus"
    assert slugify("!!!") == "item"
