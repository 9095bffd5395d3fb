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


def test_a_sibling_with_another_modifier_is_not_the_subject():
    """A blind set's strong answer, "Provisioned concurrency is the warming feature", was read against "Reserved
    concurrency does not warm anything": the head noun alone named the subject."""
    fact = Fact(id="reserved-not", subject="Reserved concurrency", kind="exclusive", value="not: warm anything",
                not_values=["warm anything"], text="Reserved concurrency does not warm anything, though.")
    gauntlet = "reserved concurrency does not warm anything. provisioned concurrency is a different feature."
    assert find_conflicts(["Provisioned concurrency is the warming feature: Lambda initializes N environments."], [fact],
                          gauntlet) == []
    for wrong in ["Reserved concurrency warms environments up front so they never cold start.",
                  "Because it's reserved, the concurrency keeps environments warm.",
                  # A word before the head that the gauntlet never puts there names no sibling.
                  "Set a limit and the function's concurrency keeps environments warm."]:
        assert [c.quote for c in find_conflicts([wrong], [fact], gauntlet)] == [wrong], wrong


def test_a_universal_over_the_one_allowed_side_keeps_an_only_statement():
    fact = Fact(id="counts-not", subject="counts", kind="exclusive", value="2xx",
                not_values=["any", "every", "all", "each", "both"], text="Only a 2xx counts as success.")
    assert find_conflicts(["Any 2xx counts as success, so 200, 201 and 204 are all fine."], [fact]) == []
    assert find_conflicts(["Any response counts as success."], [fact])


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


def test_an_estimate_of_one_number_does_not_hedge_another_in_the_same_clause():
    from grader.scoring.facts import hedged

    claim = ["The default TTL in SPIRE is 30 days, and the agent renews at about two thirds of that."]
    assert not hedged(claim, 0, "30 days")  # stated with confidence
    assert hedged(claim, 0, "two thirds")
    assert hedged(["It keeps them roughly 30 days."], 0, "30 days")
    assert hedged(["I think the TTL is 30 days, and it renews at two thirds."], 0, "two thirds")  # doubt hedges all


def test_having_to_check_something_is_no_doubt_but_i_d_have_to_check_is():
    from grader.scoring.facts import hedged

    assert not hedged(["The runtime ends the handler.", "so you never have to check the context."], 0)
    assert hedged(["The runtime ends the handler.", "I'd have to check that."], 0)
    assert hedged(["The runtime ends the handler.", "we still need to check that."], 0)


def _derived(sentence: str, kind: str) -> list[Fact]:
    from grader.rubric.facts import derive_facts

    return [f for f in derive_facts([sentence]) if f.kind == kind]


def test_a_setting_s_name_is_said_whole_or_as_its_words_in_order():
    facts = _derived("The server side is what matters: max_idle_workers is 8 by default.", "quantity")
    assert facts and facts[0].subject == "max_idle_workers"
    assert find_conflicts(["The client library's maxWorkers defaults to 64 and lives in one process."], facts) == []
    assert find_conflicts(["Keep the idle workers at 1 inside the function."], facts) == []
    assert find_conflicts(["max_idle_workers defaults to 32."], facts)
    assert find_conflicts(["The max idle workers setting is 32 by default."], facts)


def test_a_denied_phrase_is_said_only_with_all_its_words_and_its_verb_before_its_object():
    fact = Fact(id="shards-not", subject="Shards", kind="exclusive", value="not: rebalance leases together",
                not_values=["rebalance leases together"], text="Shards don't rebalance leases together.")
    assert find_conflicts(["Shards rebalance too, on their own schedule."], [fact]) == []  # "together" is not said
    assert find_conflicts(["Shards all rebalance their leases together at midnight."], [fact])
    replicas = Fact(id="replicas-not", subject="Replicas", kind="exclusive", value="not: expire keys themselves",
                    not_values=["expire keys themselves"], text="Replicas don't expire keys themselves.")
    # The object as the subject ("a key expires"), the verb as an adjective ("expired keys"): not the denied claim.
    assert find_conflicts(["When a key expires the primary sends a DEL, and replicas report expired keys as missing."],
                          [replicas]) == []
    assert find_conflicts(["Replicas expire keys on their own schedule."], [replicas])


def test_the_wrong_side_named_to_reject_it_agrees():
    facts = _derived("I'd set the trace sample rate from traffic volume, not 100%.", "exclusive")
    assert facts and facts[0].not_values == ["100%"]
    assert find_conflicts(["A 100% trace sample rate is the wrong choice."], facts) == []
    assert find_conflicts(["I'd just set the sample rate to 100% and keep everything."], facts)


def test_a_v_label_of_the_subject_is_not_the_product_s_version():
    facts = _derived("Cgroup v2 support arrived in Node 20, so an older Node on a cgroup v2 host sizes its heap "
                     "from the host.", "version")
    assert facts and facts[0].value.startswith("20")
    assert find_conflicts(["On a cgroup v2 host the limit is memory.max (memory.limit_in_bytes on v1)."], facts) == []
    assert find_conflicts(["Cgroup v2 support arrived in Node 16."], facts)


def test_a_denied_verb_that_names_the_subject_says_no_wrong_side() -> None:
    """"A delete in Cassandra doesn't remove anything": "remove" and "delete" are one word to the checks, so every
    sentence about deleted rows read as saying the wrong side (a correct answer of the fresh15 blind run was flagged).
    A fact whose denied word is its own subject's cannot tell them apart, so it conflicts with nothing; a fact whose
    denied word is another still does."""
    fact = Fact(id="delete-not-remove", subject="delete in Cassandra", kind="exclusive", value="not: remove anything",
                not_values=["remove anything"], text="A delete in Cassandra doesn't remove anything.")
    assert find_conflicts(["Every deleted job leaves a tombstone behind, so reads plough through them."], [fact]) == []
    other = Fact(id="limit-not-ip", subject="rate limit", kind="exclusive", value="API key, not: IP address",
                 not_values=["IP address"], text="Key the rate limit on the API key, not the IP address.")
    assert [c.fact.id for c in find_conflicts(["We key the rate limit on the IP address."], [other])] == ["limit-not-ip"]


@pytest.mark.parametrize(("said", "doubts"), [
    ("It's 30 seconds, but I'd check.", True),
    ("It's 200 ms by default, I'd check the exact default.", True),
    ("I'd check that number before quoting it.", True),
    # "I'd check" as the action the candidate would take is no doubt of the claim beside it.
    ("I'd check the GC logs first and keep the heap at 70 percent.", False),
    ("I'd check container_cpu_cfs_throttled_periods_total and keep ParallelGCThreads in line.", False),
    ("I'd check the throttling metrics.", False),
])
def test_i_d_check_doubts_a_claim_unless_it_names_what_the_candidate_would_look_at(said: str, doubts: bool) -> None:
    from grader.scoring.facts import DOUBT

    assert bool(DOUBT.search(said)) is doubts
