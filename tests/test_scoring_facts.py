"""The exact fact checker: golden cases in tests/data/fact_checks.json (topics of our own: payments, DNS,
Redis, TLS), one per behaviour, parametrized by id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader.rubric.schema import Fact
from grader.scoring.facts import find_conflicts

ROOT = Path(__file__).resolve().parent
DATA = json.loads((ROOT / "data" / "fact_checks.json").read_text(encoding="utf-8"))
FACTS = [Fact.model_validate(f) for f in DATA["facts"]]


@pytest.mark.parametrize("case", DATA["cases"], ids=[c["id"] for c in DATA["cases"]])
def test_golden_case(case):
    conflicts = find_conflicts(case["claims"], FACTS)
    assert [c.fact.id for c in conflicts] == case["conflicts"]
    assert [c.hedged for c in conflicts] == case.get("hedged", [])
    for conflict in conflicts:
        assert conflict.quote in case["claims"]  # only the candidate's own words are quoted
        assert conflict.fact.text in conflict.why


def test_why_names_both_sides():
    [conflict] = find_conflicts(["Idempotency keys are kept for 90 days."], FACTS)
    assert conflict.why == (
        'says "90 days" for idempotency keys, but the rubric says 24 hours: Idempotency keys are pruned after 24 hours.'
    )


def test_no_facts_or_no_claims_find_nothing():
    assert find_conflicts(["Keys are kept for 90 days."], []) == []
    assert find_conflicts([], FACTS) == [] and find_conflicts(["", "  "], FACTS) == []


def test_imported_facts_catch_a_contradiction_end_to_end():
    from grader.rubric.importer import import_gauntlet_file

    rubric = import_gauntlet_file(Path(__file__).resolve().parent / "data" / "gauntlets" / "idempotency-keys.txt").rubric
    facts = rubric.round(1).facts
    said = ["Stripe-style keys are stored for 90 days.", "A retry during the first request's flight gets a 500."]
    assert [c.quote for c in find_conflicts(said, facts)] == said
    assert find_conflicts(["Keys expire after a day, and a retry while it is in flight gets a 409."], facts) == []


@pytest.mark.parametrize("document", sorted((ROOT / "data" / "gauntlets").glob("*.*")), ids=lambda p: p.name)
def test_every_derived_fact_catches_its_own_sentence_with_another_value(document):
    """Mutation check over our own documents: a fact's sentence with its value changed conflicts with that
    fact; the sentence as written conflicts with nothing."""
    from benchmarks.facts import mutate_value
    from grader.rubric.importer import import_gauntlet_file

    checked = 0
    for round_ in import_gauntlet_file(document).rubric.rounds:
        for fact in round_.facts:
            assert find_conflicts([fact.text], round_.facts) == [], fact.text
            if fact.kind not in {"quantity", "version"}:
                continue
            mutated = mutate_value(fact, fact.text)
            if mutated is None:
                continue
            assert fact.id in [c.fact.id for c in find_conflicts([mutated], round_.facts)], mutated
            checked += 1
    assert checked or not any(r.facts for r in import_gauntlet_file(document).rubric.rounds if any(
        f.kind in {"quantity", "version"} for f in r.facts))


def test_the_wrong_side_counts_only_when_said_of_the_subject():
    fact = Fact(id="unmanaged-not", subject="unmanaged resources", kind="exclusive", value="adoption",
                not_values=["drift"], text="Unmanaged resources are adoption, not drift.")
    assert find_conflicts(["The security group is drift and the forty unmanaged resources are an import job."], [fact]) == []
    assert find_conflicts(["Those unmanaged resources are just drift, so apply fixes them."], [fact])
    assert find_conflicts(["Those unmanaged resources show up in every plan, and they are just drift."], [fact])


def test_a_negated_verb_of_knowing_asserts_what_follows():
    fact = Fact(id="replicas-not", subject="Replicas", kind="exclusive", value="not: expire keys themselves",
                not_values=["expire keys themselves"], text="Replicas don't expire keys themselves.")
    assert find_conflicts(["One thing people don't realise is that each replica expires keys themselves."], [fact])
    assert find_conflicts(["Replicas don't expire keys themselves, the primary sends a DEL."], [fact]) == []
    assert find_conflicts(["I don't know if replicas expire keys themselves."], [fact]) == []  # no "that": a doubt
    assert find_conflicts(["I don't know that replicas expire keys themselves."], [fact]) == []  # the speaker's doubt
    assert find_conflicts(["Most teams never understood that replicas expire keys themselves."], [fact])


def test_a_neighbour_s_estimate_does_not_hedge_a_claim_but_its_doubt_does():
    from grader.scoring.facts import hedged

    claims = ["Set the target to something like 14:31.", "Since version 10 the file is gone.", "Then replay."]
    assert not hedged(claims, 1)  # "something like" estimates its own number
    assert hedged(["Since version 10 the file is gone.", "I think, I'd check."], 0)
    assert hedged(["It keeps them roughly 30 days."], 0)


def test_having_to_check_something_is_no_doubt_but_i_d_have_to_check_is():
    from grader.scoring.facts import hedged

    assert not hedged(["The runtime ends the handler.", "so you never have to check the context."], 0)
    assert hedged(["The runtime ends the handler.", "I'd have to check that."], 0)
    assert hedged(["The runtime ends the handler.", "we still need to check that."], 0)
