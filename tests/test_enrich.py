"""`import-gauntlet --enrich openai` against a real 127.0.0.1 server driven through the real openai client:
validated additions are kept and marked machine-written, invented facts and unknown ids are refused, an
invalid reply is retried once, a failing server leaves the offline rubric, and the default stays offline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_openai import Reply, fake_openai, status  # noqa: F401 - the fixture is used by name
from grader.cli import app
from grader.rubric import read_rubric_file
from grader.rubric.enrich import Enricher, enrich_rubric
from grader.rubric.importer import import_gauntlet_file

DOC = Path(__file__).resolve().parent / "data" / "gauntlets" / "idempotency-keys.txt"
runner = CliRunner()


def _reply(**content) -> Reply:
    return Reply(content=json.dumps(content))


def _round_1_reply() -> Reply:
    return _reply(
        aliases={
            "keys-pruned-24-hours": ["the keys get cleaned up after a day", "keys expire after 24 hours"],
            "no-such-point": ["ignored"],
        },
        facts=[
            {"subject": "reused key with a different body", "kind": "quantity", "value": "422", "unit": "status code",
             "text": "Reusing a key with a different request body returns 422."},
            {"subject": "keys", "kind": "quantity", "value": "90", "unit": "days",
             "text": "Keys are kept for 90 days."},
            {"subject": "keys", "kind": "colour", "value": "blue", "text": "Keys are blue."},
        ],
        examples={"idempotency-keys-kept-forever-retries": ["we just keep every key forever"]},
    )


def _offline_rounds(count: int) -> list[Reply]:
    return [_reply(aliases={}, facts=[], examples={}) for _ in range(count)]


@pytest.fixture()
def offline():
    return import_gauntlet_file(DOC).rubric


def test_validated_additions_are_kept_and_marked_for_review(fake_openai, offline):
    fake_openai.script(_round_1_reply(), *_offline_rounds(1))
    enriched, notes = enrich_rubric(offline, Enricher("fake-model", base_url=fake_openai.base_url, api_key="k"))
    round_1 = enriched.round(1)
    point = next(p for p in round_1.key_points if p.id == "keys-pruned-24-hours")
    assert point.aliases == ["the keys get cleaned up after a day", "keys expire after 24 hours"] and point.machine_written
    new_facts = [f for f in round_1.facts if f.text.startswith("Reusing a key") and f.subject.startswith("reused")]
    assert len(new_facts) == 1 and new_facts[0].machine_written and new_facts[0].value == "422"
    assert not [f for f in round_1.facts if f.value == "90"]  # a number the document never states
    pattern = next(p for p in round_1.weak_patterns if p.id == "idempotency-keys-kept-forever-retries")
    assert pattern.examples == ["we just keep every key forever"] and pattern.machine_written
    assert any("'no-such-point'" in n for n in notes)
    assert any("facts[1] (keys): '90' is not in the round's text" in n for n in notes)
    assert any("facts[2]" in n and "kind" in n for n in notes)
    # The request carried the round's own text and ids, through the real client.
    request = fake_openai.chat_requests[0]
    assert request.body["model"] == "fake-model"
    sent = json.loads(request.messages[1]["content"])
    assert "keys-pruned-24-hours" in [kp["id"] for kp in sent["key_points"]]
    assert offline.round(1).key_points == import_gauntlet_file(DOC).rubric.round(1).key_points  # input untouched


def test_invalid_reply_is_retried_once_then_the_round_is_left_offline(fake_openai, offline):
    fake_openai.script(Reply(content="not json"), _round_1_reply(), Reply(content="{"), Reply(content="still not"))
    enriched, notes = enrich_rubric(offline, Enricher("m", base_url=fake_openai.base_url, api_key="k"))
    assert len(fake_openai.chat_requests) == 4
    assert "not valid" in fake_openai.chat_requests[1].messages[-1]["content"]
    assert any(p.aliases for p in enriched.round(1).key_points)
    assert enriched.round(2) == offline.round(2)
    assert "round 2: the model's reply was not valid JSON twice; kept the offline rubric" in notes


def test_cli_enrich_writes_a_checked_rubric_and_survives_a_failing_server(fake_openai, tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "k")
    fake_openai.script(_round_1_reply(), status(400, "bad request"))
    out = tmp_path / "payments.yaml"
    result = runner.invoke(app, ["import-gauntlet", str(DOC), "-o", str(out), "--enrich", "openai", "--enrich-model", "m"])
    assert result.exit_code == 0, result.stderr
    assert "enrich: round 1: added 2 key-point phrasings, 1 facts, 1 weak-answer examples" in result.stderr
    assert "enrich: round 2: enrichment call failed (BadRequestError); kept the offline rubric" in result.stderr
    assert runner.invoke(app, ["rubrics", "check", str(out)]).exit_code == 0
    assert read_rubric_file(out).round(1).key_points[1].aliases


def test_default_is_offline_and_bad_options_are_one_line(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    out = tmp_path / "offline.yaml"
    assert runner.invoke(app, ["import-gauntlet", str(DOC), "-o", str(out)]).exit_code == 0
    assert not [p for r in read_rubric_file(out).rounds for p in r.key_points if p.machine_written]
    missing = runner.invoke(app, ["import-gauntlet", str(DOC), "--enrich", "openai", "--enrich-model", "m"])
    assert missing.exit_code == 2 and "--enrich openai needs OPENAI_API_KEY" in missing.stderr
    wrong = runner.invoke(app, ["import-gauntlet", str(DOC), "--enrich", "claude"])
    assert wrong.exit_code == 2 and "--enrich: expected 'none' or 'openai', found 'claude'" in wrong.stderr
