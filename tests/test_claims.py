"""A sentence that strings several claims together with commas: each claim is read on its own against a key point when
the sentence as a whole reads as the key point's opposite (another of its claims negates something)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from grader.embedding import HashingEmbedder
from grader.grading import Grader, GradingParams
from grader.rubric.schema import KeyPoint, Round, Rubric
from grader.scoring.coverage import claims_to_read
from grader.text import claims_of


@pytest.mark.parametrize(
    "unit, expected",
    [
        pytest.param(
            "no token at all is a 401 with a challenge, expired or bad signature is 401 invalid_token, a good token "
            "that's missing the scope is 403 insufficient_scope.",
            ["no token at all is a 401 with a challenge", "expired or bad signature is 401 invalid_token",
             "a good token that's missing the scope is 403 insufficient_scope"],
            id="three-claims",
        ),
        pytest.param(
            "If we commit right after each message, the committed offset matches what we processed, so there's no gap.",
            ["If we commit right after each message, the committed offset matches what we processed",
             "so there's no gap"],
            id="a-condition-stays-with-its-claim",
        ),
        pytest.param(
            "issuer matches exactly, audience includes our API, exp hasn't passed, with a minute of clock leeway",
            [],
            id="pieces-without-a-verb-of-their-own-make-one-claim",
        ),
        pytest.param("Kafka, exactly-once semantics, idempotent producer, KIP-98, side effects", [], id="a-list"),
        pytest.param("The leader commits the entry once a majority has it.", [], id="one-claim"),
    ],
)
def test_claims_of_a_part(unit: str, expected: list[str]) -> None:
    claims = claims_of(unit)
    assert claims == expected
    assert all(claim in unit for claim in claims)  # the candidate's own words, to quote


KEY_POINT = "Expired or bad signature is 401 invalid_token."
RUBRIC = Rubric(
    id="bearer-errors",
    title="Bearer token errors",
    rounds=[
        Round(
            number=1,
            title="Errors",
            question="What does the API answer when a bearer token is missing, expired or lacks a scope?",
            skill="OAuth resource servers",
            strong_answer="A request with no token gets 401 with a challenge. " + KEY_POINT,
            key_points=[KeyPoint(id="invalid-token", text=KEY_POINT)],
        )
    ],
)


def _key_point(answer: str, claims: bool = True):
    params = GradingParams()
    params = replace(params, coverage=replace(params.coverage, claims=claims))
    result = Grader(HashingEmbedder(), params=params, verifier=False).grade(RUBRIC, 1, answer)
    return result.key_points[0]


def test_a_claim_beside_a_negated_one_covers_its_key_point_and_is_the_quote() -> None:
    answer = "No token at all is a 401 with a challenge, expired or bad signature is 401 invalid_token."
    assert not _key_point(answer, claims=False).covered  # whole, the sentence negates what the key point states
    found = _key_point(answer)
    assert found.covered and found.evidence == "expired or bad signature is 401 invalid_token"


def test_a_claim_that_negates_the_key_point_covers_nothing() -> None:
    answer = "No token at all is a 401 with a challenge, expired or bad signature is not 401 invalid_token."
    assert not _key_point(answer).covered


def test_only_parts_whose_polarity_differs_from_a_key_point_are_read_claim_by_claim() -> None:
    index = Grader(HashingEmbedder(), verifier=False).round_index(RUBRIC, 1)
    units = ["Expired or bad signature is 401 invalid_token, a good token missing the scope is 403.",
             "No token at all is a 401 with a challenge, expired or bad signature is 401 invalid_token."]
    assert [unit for unit, _ in claims_to_read(index, units)] == [1, 1]
