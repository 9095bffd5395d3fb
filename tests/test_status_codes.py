"""Which numbers an answer says as HTTP status codes, and with which name (grader/scoring/status_codes.py)."""

from __future__ import annotations

import time

import pytest

from grader.scoring.status_codes import codes_in


@pytest.mark.parametrize(("text", "said"), [
    ("the server sends back a 408 Request Timeout, which tells the client", [(408, "Request Timeout", [408])]),
    ("Redis returns a 409 Conflict to the other clients", [(409, "Conflict", [409])]),
    ("it replies with a 412 too early", [(412, "too early", [425])]),  # spoken, lower case
    ("the origin answers 412 (Too Early)", [(412, "Too Early", [425])]),
    ("status 412, Too Early", [(412, "Too Early", [425])]),
    ("the client then receives a 408 from the server", [(408, None, [])]),
    ("the origin just throws a 408 and that stops it", [(408, None, [])]),
    ("we log every 404 response", [(404, None, [])]),
    ("HTTP 425 exists for this", [(425, None, [])]),
    # A registered error code also without its article, or as what a request is rejected with.
    ("the spec says the server should return 431 when the header is too large", [(431, None, [])]),
    ("I think the draft says to reject it with a 413.", [(413, None, [])]),
    ("it returns 500 when the pool is empty", [(500, None, [])]),
    # Counts are no codes, whatever word comes next.
    ("Each app instance gets 150 connections from PgBouncer", []),
    ("We run about 300 Django workers", []),
    ("With 300 Kafka partitions you still get it", []),
    ("we saw 200 Accepted orders", []),
    # A one-word name before a preposition is still the name: "get a 401 Unauthorized on their next request".
    ("revoked tokens get a 401 Unauthorized on their next request", [(401, "Unauthorized", [401])]),
    ("we saw 200 Accepted orders on Monday", []),
    ("the query returns 200 rows", []),
    ("the batch returns 200 when it is full", []),  # no article: only an error code counts
    ("each shard gets 450 connections", []),
    ("a 300 millisecond pause", []),
])
def test_a_number_is_a_status_code_only_in_an_http_context(text: str, said: list) -> None:
    assert [(c.code, c.name, sorted(c.owners)) for c in codes_in(text)] == said


def test_reading_codes_stays_linear_on_long_runs_of_names() -> None:
    start = time.perf_counter()
    codes_in("412 " + " ".join(["Foo"] * 8000) + " " + "412 Too Early " * 2000)
    assert time.perf_counter() - start < 2.0
