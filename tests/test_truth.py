"""Truth-aware grading with the deterministic test doubles: a claim that contradicts a key point makes it
`contradicted` (quoted, with the rubric statement), is never evidence and counts towards a bluff; a hedged one is a
claim to check; a bare list of the right terms covers nothing."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from grader.embedding import HashingEmbedder
from grader.grading import Grader, GradeRequest
from grader.rubric.schema import KeyPoint, Round, Rubric, WeakPattern
from grader.scoring.agreement import conflict_cue
from grader.scoring.patterns import same_polarity
from grader.verify import RuleVerifier, default_verifier
from grader.verify.base import CONTRADICTS, ENTAILS, NEUTRAL

# A topic of its own (DNS caching), so nothing here leans on the eBPF rubric.
RUBRIC = Rubric(
    id="dns-caching",
    title="DNS caching",
    rounds=[
        Round(
            number=1,
            title="TTLs",
            question="How long do resolvers cache a DNS answer, and what happens to negative answers?",
            skill="DNS caching",
            strong_answer=(
                "A resolver caches a record for its TTL of 300 seconds. Negative answers are cached too, for the "
                "SOA minimum. Lowering the TTL before a migration makes the change visible quickly."
            ),
            key_points=[
                KeyPoint(id="ttl-300", text="A resolver caches the record for its TTL of 300 seconds."),
                KeyPoint(id="negative-cached", text="Negative answers are cached by resolvers too."),
                KeyPoint(id="lower-ttl", text="Lowering the TTL before a migration makes the change visible quickly."),
            ],
        )
    ],
)


@pytest.fixture(scope="module")
def grader() -> Grader:
    return Grader(HashingEmbedder())


def _rubric_saying(extra: str, rubric_id: str):
    """RUBRIC with `extra` added to round 1's strong answer."""
    round_ = RUBRIC.rounds[0].model_copy(update={"strong_answer": RUBRIC.rounds[0].strong_answer + " " + extra})
    return RUBRIC.model_copy(update={"id": rubric_id, "rounds": [round_]})


def _status(result, kp_id):
    return next(k for k in result.key_points if k.id == kp_id)


def test_rule_verifier_reads_polarity_numbers_and_overlap() -> None:
    verifier = RuleVerifier()
    rows = verifier.verify([
        ("resolvers cache the record for its TTL of 300 seconds", "A resolver caches the record for its TTL of 300 seconds."),
        ("negative answers are never cached by resolvers", "Negative answers are cached by resolvers too."),
        ("the TTL is 900 seconds for the cached record", "A resolver caches the record for its TTL of 300 seconds."),
        ("we had pizza on friday", "Negative answers are cached by resolvers too."),
    ])
    assert rows.shape == (4, 3) and np.allclose(rows.sum(axis=1), 1.0, atol=0.06)
    assert [int(r.argmax()) for r in rows] == [ENTAILS, CONTRADICTS, CONTRADICTS, NEUTRAL]


def test_a_contradicting_claim_makes_the_key_point_contradicted_with_both_sides_quoted(grader: Grader) -> None:
    answer = "Resolvers cache the record for its TTL. Negative answers are never cached by resolvers, only real records."
    result = grader.grade(RUBRIC, 1, answer)
    point = _status(result, "negative-cached")
    assert point.status == "contradicted" and not point.covered and point.evidence is None
    assert point.conflict == "Negative answers are never cached by resolvers, only real records."
    assert point.conflicts_with == "Negative answers are cached by resolvers too."
    row = result.row()
    assert row["key_points"][1]["status"] == "contradicted" and row["key_points"][1]["covered"] is False
    assert any("never cached" in c for c in result.bluff.contradictions)
    assert result.bluff.suspected and any("contradicts the rubric" in r for r in result.bluff.reasons)
    assert "What conflicts with the rubric:" in result.feedback and "never cached" in result.feedback
    # The key point is the rubric statement here: its line names it once.
    line = next(l for l in result.feedback.splitlines() if "You said:" in l and "never cached" in l)
    assert line.count("Negative answers are cached by resolvers too.") == 1


def test_a_contradicting_claim_is_never_evidence_for_any_key_point(grader: Grader) -> None:
    wrong = grader.grade(RUBRIC, 1, "Negative answers are never cached by resolvers.")
    assert all(k.evidence != "Negative answers are never cached by resolvers." for k in wrong.key_points)
    right = grader.grade(RUBRIC, 1, "Negative answers are cached by resolvers too.")
    assert _status(right, "negative-cached").status == "covered"
    assert right.score > wrong.score + 20


def test_a_wrong_number_contradicts_and_a_hedged_one_is_a_claim_to_check(grader: Grader) -> None:
    confident = grader.grade(RUBRIC, 1, "A resolver caches the record for its TTL of 900 seconds.")
    assert _status(confident, "ttl-300").status == "contradicted"
    assert confident.bluff.suspected
    hedged = grader.grade(RUBRIC, 1, "I'm not sure, I think a resolver caches the record for its TTL of 900 seconds.")
    assert _status(hedged, "ttl-300").status == "contradicted"
    assert not hedged.bluff.suspected
    assert any(r.startswith("a claim to check") for r in hedged.bluff.reasons)
    # "I don't think" is as tentative as "I think".
    doubting = grader.grade(RUBRIC, 1, "I don't think a resolver caches the record for its TTL of 900 seconds.")
    assert not doubting.bluff.suspected and any(r.startswith("a claim to check") for r in doubting.bluff.reasons)
    # The hedged part's other clause still states its key point; the confident one's never does.
    both = "A resolver caches the record for its TTL of 900 seconds{}, and negative answers are cached by resolvers too."
    assert _status(grader.grade(RUBRIC, 1, both.format(", I think, but I'd check")), "negative-cached").status == "covered"
    assert _status(grader.grade(RUBRIC, 1, both.format("")), "negative-cached").status != "covered"


FULL = ("A resolver caches a record for its TTL of 300 seconds. Negative answers are cached by resolvers too, for the "
        "SOA minimum. Lowering the TTL before a migration makes the change visible quickly.")


@pytest.mark.parametrize("unsure", [
    "I think the SOA minimum is usually about an hour, but I'd check that.",
    "Resolvers cache negative answers for the SOA minimum, I want to say it's about an hour.",
    "If I remember right, resolvers cache about ten percent of negative answers, but I'd have to check the number.",
    "I believe resolvers cache negative answers because RFC 2308 says so, though I'd double-check which RFC.",
    "I think resolvers cache negative answers as a 404 status code, I'd check.",
    "I think negative caching by resolvers came in BIND 9.3, but I'd check.",
    "I think resolvers cache negative answers and the negative cache size defaults to 5000, I'd check.",
    # Doubt said in other words, a filler "like", a code the spec "should" return: still claims to check.
    "If I'm not mistaken, resolvers cache negative answers for ten minutes by default.",
    "Resolvers cache negative answers for ten minutes by default, I could be wrong on that.",
    "I want to say resolvers cache negative answers for like ten minutes.",
    "I think the spec says resolvers should return 503 when the negative answers cache is full.",
    "When we cache negative answers, I think resolvers keep them for ten minutes.",  # a condition, not experience
    "Resolvers cache negative answers for ten minutes by default. I think. I'd have to double-check that one.",
    # A limit anyone can set is a fact about the world, not the speaker's choice.
    "I think the minimum negative cache you can set on resolvers is ten minutes, don't quote me.",
    "The minimum negative cache you can set on resolvers is, I think, ten minutes.",
    "I think the negative cache on resolvers can't be set below ten minutes.",
    # "Let's" before a name is the name, not the speaker's plan.
    "Let's Encrypt resolvers cache negative answers for, I believe, ten minutes.",
])
def test_a_specific_said_unsure_that_the_rubric_does_not_state_is_a_claim_to_check_and_keeps_it_below_strong(
        grader: Grader, unsure: str) -> None:
    assert grader.grade(RUBRIC, 1, FULL).band == "strong"
    result = grader.grade(RUBRIC, 1, f"{FULL} {unsure}")
    assert not result.bluff.suspected and result.band == "adequate"
    assert result.score == pytest.approx(grader.params.score.thresholds["strong"] - 1.0)
    assert len(result.bluff.to_check) == 1 and "said unsure, and the rubric does not state it" in result.bluff.to_check[0]
    assert "Details you were unsure of" in result.feedback and result.bluff.to_check[0] in result.feedback
    assert result.row()["bluff"]["to_check"] == result.bluff.to_check
    # The admission itself is still not counted against the candidate; the doubted detail is what needs checking.
    assert bool(result.bluff.honest_uncertainty) == ("still a claim to check" in result.feedback)


@pytest.mark.parametrize("answer", [
    FULL + " I think the TTL there is 300 seconds, but I'd check.",  # the rubric states the figure: confirmed
    FULL + " I'd need to look up the exact SOA field, I don't remember it.",  # an admission with no specific
    FULL + " I don't remember the exact status code, somewhere in the 400s.",  # "the 400s" is no duration
    FULL + " At my last job we saw about ten percent negative answers, I think.",  # the candidate's own experience
    FULL + " Resolvers cache negative answers, maybe for five minutes by default.",  # an estimate, not a doubted fact
    FULL + " I'm not sure what Route 53 does with negative answers.",  # an admission names no figure
    FULL + " I think resolvers cache negative answers from Day 2 of a migration, but I'd check.",  # "Day 2": no version
    # A starting value of the candidate's own design, to be measured or tuned: no fact about the world.
    FULL + " I think resolvers should cache negative answers for about 10 minutes here, but we'd measure it.",
    FULL + " I think the negative answers cache should be about two minutes for our resolvers.",
    FULL + " I think a ten minute negative cache on the resolvers is about right.",
    FULL + " I think ten minutes is what I'd pick for caching negative answers on resolvers.",
    FULL + " I believe the right negative cache on resolvers is ten minutes.",
    # The candidate's own experience, however it is said; a statistic offered as the candidate's own threshold.
    FULL + " In my previous role I think resolvers cached negative answers for about ten minutes.",
    FULL + " We were seeing, I think, 5% of resolver answers cached as negative answers.",
    FULL + " I'd alert when negative answers cached by resolvers go above, I think, 5% of queries.",
    # A value the speaker could pick is their pick; only the bound of what anyone can set is a fact.
    FULL + " I think a negative cache you could pick on resolvers is ten minutes.",
    FULL + " I think I'd set the negative cache on resolvers below ten minutes.",
])
def test_an_admission_or_a_confirmed_figure_said_unsure_is_no_claim_to_check(grader: Grader, answer: str) -> None:
    result = grader.grade(RUBRIC, 1, answer)
    assert result.bluff.to_check == [] and result.band == "strong"


def test_a_list_of_the_right_terms_covers_nothing(grader: Grader) -> None:
    listed = grader.grade(RUBRIC, 1, "Resolver, TTL, negative answers, SOA minimum, migration.")
    assert not any(k.covered for k in listed.key_points)
    stated = grader.grade(RUBRIC, 1, "Negative answers are cached by resolvers too, for the SOA minimum.")
    assert _status(stated, "negative-cached").covered
    # A lead-in makes the list no statement: an answer that is mostly a list covers nothing, lead-in and all.
    keywords = ("So the things that matter here are resolver caching, TTL, 300 seconds, negative answers cached, "
                "SOA minimum, lower TTL, migration. Those are the pieces.")
    assert not any(k.covered for k in grader.grade(RUBRIC, 1, keywords).key_points)
    # A list inside an answer that says things is its content.
    said = ("A resolver caches the record for its TTL of 300 seconds, and negative answers are cached by resolvers too. "
            "Lowering the TTL before a migration makes the change visible quickly, so I'd lower it a day ahead and "
            "watch resolvers, stub caches, browsers, JVM caches, keep-alive connections and retries afterwards.")
    assert _status(grader.grade(RUBRIC, 1, said), "ttl-300").covered


def test_without_a_verifier_grading_is_similarity_only(grader: Grader) -> None:
    plain = Grader(HashingEmbedder(), verifier=False).grade(RUBRIC, 1, "Negative answers are never cached by resolvers.")
    assert all(k.status != "contradicted" and k.entails is None for k in plain.key_points)


def test_the_test_embedder_brings_the_rule_verifier(grader: Grader) -> None:
    assert isinstance(grader.verifier, RuleVerifier)
    assert isinstance(default_verifier(test_double=True), RuleVerifier)


@pytest.mark.parametrize(
    ("premise", "hypothesis", "cue"),
    [
        ("eBPF replaces Prometheus, drop it.", "eBPF complements Prometheus rather than replacing it.", True),
        ("eBPF doesn't replace Prometheus, it complements it.", "eBPF complements Prometheus rather than replacing it.", False),
        ("Keys are kept for 90 days.", "Keys are pruned after 24 hours.", True),
        ("Keys are kept forever.", "Keys are pruned after 24 hours.", True),
        ("Keys are kept for 24 hours.", "Keys are pruned after 24 hours.", False),
        ("Pixie gives you network flow visualization.", "Cilium Hubble gives network flow visualization.", True),
        ("OTel agents trace requests.", "OpenTelemetry agents trace requests.", False),
        ("Retries make it slower.", "Retries make it faster.", True),
        ("Clients pick the key.", "The server picks the key.", True),
        ("The client retries and the server dedupes.", "The server keeps the key and the client resends it.", False),
        ("Retries don't double-write on the broker.", "The idempotent producer stops duplicates on the broker.", False),
        ("Retries don't stop duplicates on the broker.", "The idempotent producer stops duplicates on the broker.", True),
        ("Retries don't double-write on the broker, and writes commit together or not at all.",
         "The idempotent producer stops duplicates on the broker.", False),
        ("Keys are kept for 1 day.", "Keys are pruned after 24 hours.", False),
        ("Wait 5 minutes, then retry 10 times.", "Wait 300 seconds, then retry 3 times.", True),
        ("Import blocks are not idempotent.", "Imports are idempotent.", True),
        ("Kafka never drops messages.", "Kafka can lose messages.", True),
        ("New nodes join as non-voting replicas and get promoted later.", "I'd add new nodes as replicas first.", False),
        ("Page if a shard has no primary, or if replication lag climbs.", "Alerts on cluster_has_primary and on lag.", False),
        ("Dashboards: hit ratio, eviction rate, peer RTT.", "Dashboards on hit ratio, on WAL fsync latency, and on "
         "eviction rate.", False),
        ("The kernel sends SIGKILL, which is different from a Java OutOfMemoryError.",
         "The kill comes from the kernel, not from a Java OutOfMemoryError.", False),
        ("Use a retry only if the call is idempotent.", "Use a retry only if the call is not idempotent.", True),
        ("Kafka's broker keeps the log on disk.", "Pulsar's broker keeps the log on disk.", True),
        ("Readiness and liveness shouldn't be the same check.", "Liveness and readiness must be different checks.",
         False),
        ("Readiness and liveness can be the same check.", "Liveness and readiness must be different checks.", True),
        ("Resolvers cap it too, though I don't remember BIND's default.", "Resolvers also cap it: BIND caps it at "
         "three hours.", False),
        ("Requests equal limits, since memory can't be throttled.", "Request equals limit, because memory is "
         "incompressible.", False),
        ("Requests don't equal limits, since memory can be throttled.", "Request equals limit, because memory is "
         "incompressible.", True),
        ("When it fills up it's switched to read-only and flushed into a level-zero SST.",
         "When it is full it is marked immutable and flushed into an SST file in level 0.", False),
        ("RocksDB doesn't build them unless you configure a filter policy.",
         "RocksDB only builds them if you set a filter_policy.", False),
        ("RocksDB doesn't build them at all.", "RocksDB only builds them if you set a filter_policy.", True),
        ("RocksDB doesn't skip building them unless you set filter_policy to null.",
         "RocksDB only builds them if you set a filter_policy.", True),
        ("So expiry doesn't cut existing connections; the app has to recycle its pool before max_ttl.",
         "The app has to recycle its pool before max_ttl.", False),
        ("It's not true that the app has to recycle its pool before max_ttl.",
         "The app has to recycle its pool before max_ttl.", True),
        ("GOMAXPROCS is how many P's exist, so it bounds parallel Go code.",
         "GOMAXPROCS sets the number of Ps, so it caps parallel Go code, not how many threads exist.", False),
        ("GOMAXPROCS is how many threads exist.",
         "GOMAXPROCS sets the number of Ps, so it caps parallel Go code, not how many threads exist.", True),
        ("The JVM doesn't use the record TTL; it uses networkaddress.cache.ttl.",
         "On the JVM caching is set by networkaddress.cache.ttl, not by the record's TTL.", False),
        ("When a goroutine blocks on a channel, the M blocks with it, not moving on to another G.",
         "When a goroutine blocks on a channel, the M simply runs another G.", True),
        ("ZGC's pauses are typically well below one millisecond and independent of heap size.",
         "Pauses are typically well under a millisecond and don't grow with heap or live-set size.", False),
        ("ZGC pauses are not independent of heap size.", "ZGC pause times are independent of heap size.", True),
        ("Kafka doesn't keep messages after a consumer reads them.",
         "Kafka retains messages for the retention period regardless of whether they were consumed.", True),
        ("With the CooperativeStickyAssignor consumers hold onto partitions that aren't moving and only the moved ones "
         "get revoked.", "Members keep the partitions they still own and only the ones that move are revoked.", False),
        ("Consumers that don't heartbeat in time are not removed from the group.",
         "Consumers that don't heartbeat in time are removed from the group.", True),
        # A value given as an example ("to, say, 200") is no figure: a blind set's strong answer was read against it.
        ("Local preference is AS-wide and defaults to 100.",
         "An inbound policy sets LOCAL_PREF to, say, 200, and every router in the AS then exits through A.", False),
        ("Local preference defaults to 300 on every router.", "The default local preference is 100.", True),
        ("I'd set a maxReceiveCount of about 5.", "Set a maxReceiveCount — something like 5, not 1.", False),
        # "X but not Y" without a comma is the same contrast (a blind set's strong answer)
        ("remote_write only waits for the standby's OS to have the data.",
         "remote_write waits for the standby's OS, which survives a PostgreSQL crash but not an OS crash or power loss.",
         False),
        ("remote_write survives an OS crash and power loss on the standby.",
         "remote_write survives a PostgreSQL crash on the standby but not an OS crash or power loss there.", True),
    ],
    ids=["negation", "same-negation", "number", "forever", "same-number", "other-product", "abbreviation", "antonym",
         "antonym-plural", "both-sides-name-both", "not-happening-verb", "negated-not-happening-verb", "or-not-at-all",
         "same-quantity-other-unit", "same-quantity-other-count", "noun-blocks-no-verb", "noun-drops-no-verb",
         "non-prefix-denies-its-word-only", "a-condition-states-no-absence", "a-list-naming-another-item-swaps-nothing",
         "different-from-denies", "two-conditions-compared-as-they-are", "possessive-names-swapped",
         "a-negated-opposite-agrees", "an-opposite-conflicts", "one-s-own-doubt-denies-nothing",
         "reasons-said-negated-and-not-agree", "negated-claim-beside-reasons",
         "zero-as-a-label-denies-nothing", "not-unless-says-only-if", "not-at-all-denies-only-if",
         "not-another-verb-unless-is-no-only-if",
         "the-statement-said-verbatim-beside-a-negation", "the-statement-said-verbatim-to-deny-it",
         "a-contrast-the-other-side-never-states-denies-nothing", "a-contrast-the-other-side-states-conflicts",
         "a-contrast-said-by-both-agrees", "the-answer-s-own-contrast-is-its-claim",
         "independent-of-denies-without-a-negation", "a-denied-independent-of-still-conflicts",
         "regardless-of-denies-nothing", "a-negated-relative-clause-denies-nothing",
         "a-negated-relative-clause-beside-a-denial", "an-example-value-is-no-figure", "a-default-still-conflicts",
         "an-example-value-said-by-both-agrees", "a-contrast-without-its-comma-unmet", "a-contrast-without-its-comma-met"],
)
def test_a_contradiction_needs_an_explainable_cue(premise: str, hypothesis: str, cue: bool) -> None:
    from grader.scoring.agreement import conflict_cue

    assert conflict_cue(premise, hypothesis) is cue


@pytest.mark.parametrize(
    ("part", "statement", "own"),
    [
        ("I'd size the heap explicitly, MaxRAMPercentage around 70 or so.",
         "Without explicit sizing the maximum heap is MaxRAMPercentage of the limit, 25 percent by default.", True),
        ("So I'd set the timeout to ten minutes.", "The timeout defaults to 30 seconds.", True),
        ("I'd keep the default of ten minutes.", "The timeout defaults to 30 seconds.", False),
        ("The heap is MaxRAMPercentage of the limit, 70 percent.", "It is 25 percent by default.", False),
        ("I'd set the timeout to ten minutes.", "Clients must time out after 30 seconds.", False),
    ],
    ids=["own-setting-against-default", "after-a-lead-word", "says-the-default-itself", "no-own-call",
         "statement-no-default"],
)
def test_a_setting_of_ones_own_is_no_conflict_with_the_default(part: str, statement: str, own: bool) -> None:
    from grader.scoring.agreement import own_setting_against_default

    assert own_setting_against_default(part, statement) is own


def test_a_wrong_version_marks_the_key_point_that_names_it_contradicted(grader: Grader) -> None:
    result = grader.grade("ebpf-observability", 2, "BTF landed in kernel 3.10, so eBPF works on any kernel.")
    contradicted = [k for k in result.key_points if k.status == "contradicted"]
    assert [k.id for k in contradicted] == ["btf-core-kernel-5-2"]
    assert contradicted[0].conflict == "BTF landed in kernel 3.10, so eBPF works on any kernel."
    assert "5.2" in contradicted[0].conflicts_with
    # Counted once in the bluff, not again as a key-point conflict.
    assert sum("3.10" in c for c in result.bluff.contradictions) == 1


class _Recording(RuleVerifier):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[tuple[str, str]]] = []

    def verify(self, pairs):
        self.calls.append(list(pairs))
        return super().verify(pairs)


def test_the_verifier_reads_only_pairs_whose_verdict_could_change_something() -> None:
    """No conflict cue (negation, another number, an opposite word, another name) near a key point: no verdict of
    the verifier can change it, so its pairs are not read. A cued part is read with the key point's nearest one."""
    verifier = _Recording()
    grader = Grader(HashingEmbedder(), verifier=verifier)
    agreeing = "A resolver caches the record for its TTL of 300 seconds. Negative answers are cached too."
    conflicting = "A resolver caches the record for a TTL of 900 seconds. Negative answers are never cached."
    results = grader.grade_many([
        GradeRequest(RUBRIC, 1, text, str(i))
        for i, text in enumerate([agreeing, conflicting])
    ])
    assert len(verifier.calls) == 1  # one call for the whole batch
    premises = {p for p, _ in verifier.calls[0]}
    assert not any(p in agreeing for p in premises)
    assert any("900 seconds" in p for p in premises) and any("never cached" in p for p in premises)
    assert _status(results[1], "ttl-300").status == "contradicted"
    assert _status(results[0], "ttl-300").status == "covered"


def test_a_sentence_opener_is_no_product_name() -> None:
    """Found on the shipped strong transcript: "Second, ..." read as a product against "eBPF ...", so a sentence
    that agrees with the key point was marked contradicting it. A name the rubric writes still counts."""
    from grader.scoring.agreement import conflict_cue
    from grader.scoring.index import mid_sentence_names

    rubric = ["eBPF exposes kernel-level metrics such as syscall latency that application instrumentation cannot see.",
              "Tools like Tetragon add security observability, and Cilium Hubble gives network flow visualization."]
    names = mid_sentence_names(rubric)
    assert {"tetragon", "hubble", "cilium"} <= names and "second" not in names
    assert not conflict_cue("Second, kernel-level metrics you just can't get from the application: syscall latency.",
                            rubric[0], names)
    assert conflict_cue("Tetragon gives network flow visualization.", "Cilium Hubble gives network flow visualization.",
                        names)


def test_names_given_as_examples_are_no_product_swapped_in() -> None:
    rubric = "CI would use JWT auth with the pipeline's OIDC token. No job holds a long-lived Vault token."
    said = ("CI would use the JWT auth method with the pipeline's OIDC token, like GitHub Actions' id-token or GitLab's "
            "id_tokens, so no job holds a static credential.")
    assert not conflict_cue(said, rubric)
    assert conflict_cue("Hubble traces process execution and file access at the kernel level.",
                        "Tetragon traces process execution and file access at the kernel level.")


@pytest.mark.parametrize(
    "unit, phrasing, same",
    [
        ("eBPF doesn't replace OpenTelemetry", "eBPF replaces OpenTelemetry", False),
        ("eBPF replaces OpenTelemetry, it is not just a complement", "eBPF doesn't replace OpenTelemetry", False),
        # Both negate, in clauses about the same thing: one states the other.
        ("Ten minutes won't cover a rewrite of a 500 million row table",
         "Windows don't scale with data: a table rewrite on 500 million rows won't fit in ten minutes.", True),
        # "but" ends a clause: "eBPF is nice" is stated plainly, so "skipping eBPF without acknowledging ..." differs.
        ("eBPF is nice but probably not needed for us right now.",
         "Agrees completely with skipping eBPF without acknowledging what only eBPF can see.", False),
        ("resolvers cache negative answers", "Negative answers are cached by resolvers too.", True),
        # "is 0" and "zero" negate as "no" does; "above zero" does not.
        ("If cl_waiting stays up with no idle servers, the pool is saturated",
         "Cl_waiting that stays above zero while sv_idle is 0 means the pool is saturated.", True),
        ("the pool has idle servers", "sv_idle is 0", False),
        ("eBPF replaces OpenTelemetry", "eBPF doesn't replace OpenTelemetry; it complements OpenTelemetry.", False),
        # "No more than" is a bound, not a denial.
        ("half of RAM, under about 32 gig", "The heap should be no more than half of RAM.", True),
        # A word both negate is no conflict, though one also names it plainly elsewhere.
        ("so a passive observer no longer sees client identities",
         "The client's Certificate is encrypted, so a passive observer no longer sees client identities.", True),
        # A negation of degree says the thing happens, too little: "isn't accepting fast enough" denies no acceptance.
        ("the queue overflows, so the app isn't accepting fast enough", "The app accepts from the accept queue.", True),
        ("the app isn't accepting connections", "The app accepts from the accept queue.", False),
        # Zero as the value a call gives back denies nothing.
        ("Zero back means the replica has it", "A return of 0 means the replica has applied the write.", True),
        # Both deny the same thing, one with more words for it: "failure" is said of what is denied, not denied of
        # what the other states (a blind set's weak answer was missed).
        ("Lambda retries it automatically, so we don't need custom failure handling in every team.",
         "Lambda retries failures automatically, so we don't need to handle them.", True),
        ("Lambda doesn't retry failures, so we need to handle them.",
         "Lambda retries failures automatically, so we don't need to handle them.", False),
    ],
)
def test_polarity_compares_what_each_text_states_plainly(unit: str, phrasing: str, same: bool) -> None:
    assert same_polarity(unit, phrasing) is same and same_polarity(phrasing, unit) is same


def test_a_rubric_statement_that_negates_a_word_it_also_states_does_not_deny_it() -> None:
    rubric = "Add the new root alongside the old one everywhere. Every bundle contains both. Nothing issues from the new root yet."
    assert same_polarity("Add the new root to every bundle alongside the old one", rubric)
    assert not same_polarity("Issue from the new root right away", rubric)  # what it does deny
    # An answer's part is read as it is: "nothing eBPF would add" denies that eBPF adds, eBPF named or not.
    answer = "Let's skip eBPF entirely, there's nothing eBPF would add."
    assert not same_polarity(answer, "If we can't see the network, invest in eBPF.")


def test_naming_what_one_does_not_know_is_no_evidence_and_no_conflict(grader: Grader) -> None:
    stated = "A resolver caches the record for its TTL of 300 seconds."
    doubts = "I’m honestly not sure how long negative answers are cached."
    result = grader.grade(RUBRIC, 1, f"{stated} {doubts}")
    point = _status(result, "negative-cached")
    assert point.status == "missing" and point.evidence is None and point.conflict is None
    assert _status(result, "ttl-300").evidence == stated
    assert result.bluff.honest_uncertainty and not result.bluff.suspected and not result.bluff.contradictions


def test_naming_a_gap_keeps_the_credit_it_earns_but_is_never_the_quote(grader: Grader, monkeypatch) -> None:
    answer = ("A resolver caches the record for its TTL of 300 seconds. What I’m less sure about is how lowering "
              "the TTL before a migration makes the change visible quickly.")
    result = grader.grade(RUBRIC, 1, answer)
    point = _status(result, "lower-ttl")
    assert not point.covered and point.evidence is None
    coverage_only = Grader(grader.embedder, params=replace(grader.params, score=replace(grader.params.score,
                                                                                       substance_weight=0.0)))
    doubt_score = coverage_only.grade(RUBRIC, 1, answer).score
    monkeypatch.setattr("grader.scoring.answer.states_only_doubt", lambda unit: False)
    as_statement = grader.grade(RUBRIC, 1, answer)
    assert _status(as_statement, "lower-ttl").covered  # read as a statement, the doubt would be the quote ...
    assert doubt_score == coverage_only.grade(RUBRIC, 1, answer).score  # ... and it earns the same coverage either way
    # It is no statement of substance, though: only what the answer says it knows counts there.
    assert result.statements == ["A resolver caches the record for its TTL of 300 seconds."]
    assert len(as_statement.statements) == 2


@pytest.mark.parametrize("false_claim", [False, True])
def test_a_conflict_that_is_a_listed_weak_answer_is_weak_not_a_bluff_unless_the_rubric_calls_it_false(
    grader: Grader, false_claim: bool
) -> None:
    said = "Negative answers are never cached by resolvers."
    pattern = WeakPattern(id="never-cached", text=said, why="They are cached for the SOA minimum.", false_claim=false_claim)
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"weak_patterns": [pattern]})]})
    result = grader.grade(rubric, 1, said)
    assert [w.id for w in result.weak_patterns] == ["never-cached"]
    assert _status(result, "negative-cached").status == "contradicted" and result.bluff.contradictions
    assert result.bluff.suspected is false_claim


def test_a_long_rubric_is_fully_covered_by_ten_key_points_worth(grader: Grader) -> None:
    from grader.result import KeyPointResult
    from grader.scoring.bands import ScoreParams, saturated

    params = ScoreParams()
    assert saturated(0.4, 8, params) == 0.4  # a round with ten or fewer key points is counted as it is
    assert saturated(0.5, 12, params) == pytest.approx(0.6) and saturated(0.9, 12, params) == 1.0

    def points(covered: int, total: int) -> list[KeyPointResult]:
        return [KeyPointResult(id=f"p{i}", text=f"point {i}", covered=i < covered, similarity=0.9, evidence=None,
                               weight=1.0, coverage=1.0 if i < covered else 0.0) for i in range(total)]

    # "Strong" needs half the key points: of twelve, half of ten is enough; of eight, four still are.
    assert grader.band(100.0, points(5, 12)) == "strong" and grader.band(100.0, points(4, 12)) == "adequate"
    assert grader.band(100.0, points(4, 8)) == "strong" and grader.band(100.0, points(3, 8)) == "adequate"


def test_a_percentage_inside_a_range_the_rubric_gives_is_supported(grader: Grader) -> None:
    rubric = _rubric_saying("Resolvers answer 60 to 75 percent of lookups from their cache.", "dns-range")
    inside = grader.grade(rubric, 1, "Resolvers cache negative answers, and about 70 percent of lookups come from cache.")
    assert not any("states figures" in r for r in inside.bluff.reasons)
    outside = grader.grade(rubric, 1, "Resolvers cache negative answers, and about 95 percent of lookups come from cache.")
    assert any("states figures" in r and '"95 percent"' in r for r in outside.bluff.reasons)


def test_a_statistic_credited_to_a_source_is_no_worked_example(grader: Grader) -> None:
    # "Say" as a verb cites the figure; as an aside ("with, say, ...") it supposes one.
    rubric = _rubric_saying("Resolvers answer most lookups from their cache.", "dns-cited")
    cited = grader.grade(rubric, 1, "Resolvers answer lookups from cache, and Google's published numbers say about "
                                    "seventy percent of lookups come from cache.")
    assert any("states figures" in r and '"seventy percent"' in r for r in cited.bluff.reasons)
    supposed = grader.grade(rubric, 1, "Resolvers answer lookups from cache; if, say, seventy percent of lookups come "
                                       "from cache, the origin sees a third of them.")
    assert not any("states figures" in r for r in supposed.bluff.reasons)
    for estimate in ("I'd say 70 percent", "let's just say 70 percent", "you could say 70 percent", "I'll say 70 percent"):
        estimated = grader.grade(rubric, 1, f"Resolvers answer lookups from cache, {estimate} of lookups.")
        assert not any("states figures" in r for r in estimated.bluff.reasons), estimate


def test_an_error_name_no_round_gives_of_a_kind_it_names_said_with_confidence_is_a_bluff_signal(grader: Grader) -> None:
    rubric = _rubric_saying("A resolver that cannot reach the upstream fails the lookup with ETIMEDOUT, raised in Java "
                            "as java.net.UnknownHostException; in Go the lookup returns dns.ErrNoSuchHost.",
                            "dns-errors")
    base = "A resolver caches the record for its TTL."
    for name in ("ECONNREFUSED", "ResolverUnavailableException", "dns.ErrNoUpstream"):
        said = grader.grade(rubric, 1, f"{base} When the upstream is down the lookup fails with {name}.")
        assert said.bluff.suspected and f'names an error the rubric never names: "{name}"' in said.bluff.reasons
        # In an answer that covers the round, an error of its own is more often a true detail the rubric leaves out.
        covered = grader.grade(rubric, 1, f"{FULL} When the upstream is down the lookup fails with {name}.")
        assert not any(r.startswith("names an error") for r in covered.bluff.reasons)
    # Named by the rubric (in another form too), of a kind the rubric never names ("Status::"), ruled out, or said
    # unsure: no bluff signal.
    for said in ("When the upstream is down the lookup fails with ETIMEDOUT.",
                 "In Java that surfaces as an UnknownHostException.",
                 "When the upstream is down the resolver returns Status::Busy.",
                 "When the upstream is down you won't see ECONNREFUSED, it just times out.",
                 "I think the lookup fails with ECONNREFUSED then, but I'd check."):
        result = grader.grade(rubric, 1, f"{base} {said}")
        assert not any(r.startswith("names an error") for r in result.bluff.reasons), said
        assert not result.bluff.suspected, said
    # A name whose last part is an everyday word the gauntlet uses is not the gauntlet's error.
    throttled = _rubric_saying("The resolver is throttled when it fails with ETIMEDOUT too often.", "dns-throttled")
    said = grader.grade(throttled, 1, f"{base} When the upstream is down the lookup fails with dns.ErrThrottled.")
    assert 'names an error the rubric never names: "dns.ErrThrottled"' not in said.bluff.reasons  # no "dns." error there
    said = grader.grade(throttled, 1, f"{base} When the upstream is down the lookup fails with ECONNREFUSED.")
    assert 'names an error the rubric never names: "ECONNREFUSED"' in said.bluff.reasons


def test_a_code_said_with_another_codes_meaning_is_a_contradiction(grader: Grader) -> None:
    rubric = _rubric_saying("Parse the enhanced status code: 5.1.1 means the destination mailbox doesn't exist, 5.2.2 "
                            "means mailbox full, 5.7.1 means delivery not authorized, a policy rejection.", "smtp-codes")
    swapped = grader.grade(rubric, 1, "A resolver caches the record for its TTL. A 5.7.1, which is user unknown, the "
                                      "mailbox doesn't exist, goes straight onto the suppression list.")
    assert swapped.bluff.suspected
    assert any(r.startswith('gives a code another code\'s meaning: "5.7.1, which is user unknown, the mailbox doesn\'t '
                            'exist') and "5.1.1 means" in r for r in swapped.bluff.reasons), swapped.bluff.reasons
    for right in ("A 5.1.1, which is user unknown, the mailbox doesn't exist, goes straight onto the suppression list.",
                  "A 5.7.1 means delivery was not authorized by policy, so we look at our own authentication.",
                  "A 4.2.2 means the mailbox is full for now, so we retry later."):  # a code the rubric never defines
        result = grader.grade(rubric, 1, f"A resolver caches the record for its TTL. {right}")
        assert not any("another code's meaning" in r for r in result.bluff.reasons), right


def test_a_code_the_gauntlet_gives_said_for_another_codes_situation_is_a_contradiction(grader: Grader) -> None:
    rubric = _rubric_saying("When the resolver has no healthy upstream left, Envoy's proxy in front of it returns a 503 "
                            "with the body 'no healthy upstream', and those count against the SLO. A slow upstream gets "
                            "a 504 Gateway Timeout.", "dns-proxy-503")
    base = "A resolver caches the record for its TTL of 300 seconds."
    for wrong in ("With no healthy upstream left, Envoy answers with a 504 and 'no healthy upstream' in the body.",
                  "If the canary has no healthy upstream Envoy answers with a 504 and 'no healthy upstream' in the body."):
        result = grader.grade(rubric, 1, f"{base} {wrong}")
        assert any(r.startswith('states "504" where the rubric says') and "returns a 503" in r
                   for r in result.bluff.reasons), (wrong, result.bluff.reasons)
    for right in (
        "With no healthy upstream left, Envoy answers with a 503 and 'no healthy upstream' in the body.",
        # Beside the rubric's own code, or in a list of codes, it names no other situation.
        "With no healthy upstream left, Envoy answers with a 503 or a 504 and 'no healthy upstream' in the body.",
        # Ruled out, supposed, or the candidate's own call.
        "With no healthy upstream left, Envoy answers 'no healthy upstream', not a 504.",
        "If Envoy answers with a 504 and 'no healthy upstream' in the body, I'd page someone.",
        "With no healthy upstream left, I'd have Envoy answer with a 504 and 'no healthy upstream' in the body.",
    ):
        result = grader.grade(rubric, 1, f"{base} {right}")
        assert not any("returns a 503" in r for r in result.bluff.reasons), right


def test_units_flag_prefixes_and_a_trap_s_plain_trigger_words_are_no_technical_terms(grader: Grader) -> None:
    from grader.rubric.schema import Trap
    from grader.scoring.answer import build_answer_view
    from grader.scoring.bluff import _answer_terms
    from grader.text import answer_units

    trap = Trap(id="promise", question="Would you promise the customer strict ordering?", answer="No.",
                triggers=["customer", "ordering", "DNSSEC"])
    rubric = RUBRIC.model_copy(update={"id": "dns-trap-terms", "rounds": [RUBRIC.rounds[0].model_copy(
        update={"traps": [trap]})]})
    index = grader.round_index(rubric, 1, None)
    said = ("Each customer gets ordering per zone; records over 4 KB or 1 MiB go to TCP, and the JVM runs with "
            "-XX:+ExitOnOutOfMemoryError, and DNSSEC signs the zone.")
    units = answer_units(said)
    terms = _answer_terms(index, build_answer_view(said, units, grader.embedder.embed(units)))
    assert {"TCP", "JVM", "DNSSEC"} <= terms
    assert not terms & {"customer", "ordering", "KB", "MiB", "XX"}


def test_a_confident_statistic_the_rubric_never_states_is_a_bluff_unless_hedged_or_from_experience(grader: Grader) -> None:
    claim = "Resolvers cache negative answers, and 40 percent of lookups in the wild are negative."
    confident = grader.grade(RUBRIC, 1, claim)
    assert confident.bluff.suspected and any("states figures" in r for r in confident.bluff.reasons)
    hedged = grader.grade(RUBRIC, 1, f"I think, but I'd have to check: {claim[0].lower()}{claim[1:]}")
    assert not hedged.bluff.suspected
    seen = grader.grade(RUBRIC, 1, "Resolvers cache negative answers; at my last job we measured about 40 percent of "
                                   "lookups as negative.")
    assert not seen.bluff.suspected and not any("states figures" in r for r in seen.bluff.reasons)
    stated = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(
        update={"strong_answer": RUBRIC.rounds[0].strong_answer + " " + claim})]})
    assert not grader.grade(stated, 1, claim).bluff.suspected  # the rubric states it: nothing invented
    in_words = _rubric_saying("About forty percent of lookups in the wild are negative.", "dns-words")
    assert not grader.grade(in_words, 1, claim).bluff.suspected  # "forty percent" states 40 percent


def test_a_statistic_said_in_words_counts_when_credited_to_a_source(grader: Grader) -> None:
    sourced = grader.grade(RUBRIC, 1, "Resolvers cache negative answers, and Cloudflare's data shows forty percent "
                                      "of lookups in the wild are negative.")
    assert any('"forty percent"' in r for r in sourced.bluff.reasons)
    # Said in words with no source, a share is a manner of speaking: "ninety percent of the team only needs ...".
    spoken = grader.grade(RUBRIC, 1, "Resolvers cache negative answers, ninety percent of the team only needs that.")
    assert not any("ninety percent" in r for r in spoken.bluff.reasons)


def test_a_confident_standard_the_rubric_never_mentions_is_a_bluff_and_a_hedged_one_is_not(grader: Grader) -> None:
    result = grader.grade(RUBRIC, 1, "Resolvers cache negative answers; RFC 9999 covers that.")
    assert any('cites a standard or section the rubric does not mention: "RFC 9999"' in r for r in result.bluff.reasons)
    assert result.bluff.suspected
    assert not grader.grade(RUBRIC, 1, "Resolvers cache negative answers; I think RFC 9999 covers that, I'd check.").bluff.suspected
    proposal = grader.grade(RUBRIC, 1, "Resolvers cache negative answers, which came in with KEP-1287.")
    assert any('"KEP-1287"' in r for r in proposal.bluff.reasons) and proposal.bluff.suspected
    spoken = grader.grade(RUBRIC, 1, "Resolvers cache negative answers, and a resolver can flip 2 bits in the header.")
    assert not any("cites a standard" in r for r in spoken.bluff.reasons)
    edition = grader.grade(RUBRIC, 1, "Resolvers cache negative answers; SQL:2003 spells that out.")
    assert any('"SQL:2003"' in r for r in edition.bluff.reasons)


def test_absolutes_in_the_wording_of_a_listed_weak_answer_are_that_weak_answer_not_bravado(grader: Grader) -> None:
    said = "Caching negative answers is strictly better in every case, so always do it."
    pattern = WeakPattern(id="always-cache", text="Caching is strictly better in every case, so always do it.",
                          why="Negative caching hides a record that was just created.")
    plain = grader.grade(RUBRIC, 1, said)
    assert any(r.startswith("confident absolute wording") for r in plain.bluff.reasons)
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"weak_patterns": [pattern]})]})
    listed = grader.grade(rubric, 1, said)
    assert not any(r.startswith("confident absolute wording") for r in listed.bluff.reasons)


def test_a_capitalised_absolute_inside_a_sentence_is_a_name_not_bravado() -> None:
    from grader.scoring.bluff import _absolutes

    # Kubernetes' QoS class "Guaranteed" boasts of nothing; the same word in lower case, or opening a sentence, does.
    said = "Requests equal to limits make the pod Guaranteed, and Guaranteed pods are evicted last."
    assert _absolutes(said, "") == []
    assert _absolutes("Always set limits. It is guaranteed to work.", "") == ["Always", "guaranteed"]


def test_absolute_wording_is_quoted_as_the_candidate_wrote_it(grader: Grader) -> None:
    result = grader.grade(RUBRIC, 1, "Always cache everything. It is guaranteed and just works.")
    reasons = [r for r in result.bluff.reasons if r.startswith("confident absolute wording")]
    assert reasons and '"Always"' in reasons[0] and '"guaranteed"' in reasons[0]


def test_going_against_the_rubric_s_own_call_is_a_weak_answer_not_a_bluff(grader: Grader) -> None:
    call = KeyPoint(id="cache-negative", text="I'd cache negative answers for the SOA minimum.")
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"key_points": [call]})]})
    result = grader.grade(rubric, 1, "I'd never cache negative answers for the SOA minimum.")
    assert _status(result, "cache-negative").status == "contradicted" and result.bluff.contradictions
    assert not result.bluff.suspected
    # The same conflict with a statement of fact is a bluff signal.
    fact = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"key_points": [
        KeyPoint(id="cache-negative", text="Resolvers cache negative answers for the SOA minimum.")]})]})
    assert grader.grade(fact, 1, "Resolvers never cache negative answers for the SOA minimum.").bluff.suspected


@pytest.mark.parametrize(
    "unit, phrasing",
    [
        # The negation denies the verb; the adjunct after it ("into the code deploy", "on the broker") is named, not denied.
        ("migrations run as their own step, not bundled into the code deploy",
         "Migrations run as a separate step from the code deploy."),
        ("the idempotent producer so retries don't double-write on the broker",
         "The idempotent producer stops duplicates on the broker when the producer retries a send."),
        ("if a group sits idle long enough, its offsets go away and it restarts from the reset policy",
         "A group with no active members for longer than that restarts from auto.offset.reset."),
    ],
)
def test_for_coverage_a_negation_denies_its_verb_not_the_adjunct_after_it(unit: str, phrasing: str) -> None:
    assert same_polarity(unit, phrasing, adjuncts=False)
    assert not same_polarity(unit, phrasing)  # the wider reading, which weak patterns keep


def test_for_coverage_a_denied_verb_or_its_object_still_conflicts() -> None:
    assert not same_polarity("schema changes don't really lock anything these days",
                             "Most ALTER TABLE forms take an ACCESS EXCLUSIVE lock.", adjuncts=False)
    assert not same_polarity("it doesn't restart the pod", "A liveness failure restarts the pod.", adjuncts=False)
    assert not same_polarity("no fsync on the follower", "The follower must fsync before it acknowledges.",
                             adjuncts=False)
    # A stand-in ("anything") names nothing: what follows it is what is denied.
    assert not same_polarity("it doesn't do anything for security", "Tetragon adds security observability.",
                             adjuncts=False)


def test_polarity_meets_a_verb_in_any_form() -> None:
    # Only the verb is shared: "replace" must meet "replaces", "cache" must meet "cached".
    assert not same_polarity("eBPF does not replace, it complements", "eBPF replaces Prometheus.")
    assert not same_polarity("They never cache, they forward", "Answers are cached.")


def test_a_status_code_the_rubric_leaves_out_in_a_well_covered_answer_is_a_detail_not_a_bluff(grader: Grader) -> None:
    answer = ("A resolver caches the record for its TTL of 300 seconds, and negative answers are cached by resolvers "
              "too; a broken upstream gets a 503 Service Unavailable.")
    result = grader.grade(RUBRIC, 1, answer)
    assert not result.bluff.suspected
    weak = grader.grade(RUBRIC, 1, "A resolver that caches negative answers sends back a 503 Service Unavailable.")
    assert any('"503"' in r for r in weak.bluff.reasons)  # named as a specific the rubric does not support


@pytest.mark.parametrize(
    "unit, phrasing, otherwise",
    [
        ("I'd disagree with the teammate.", "Agree with the teammate.", True),
        ("That window is unbounded.", "Keep keys for a bounded window.", True),
        ("for RPO I'd set archive_timeout to something like a minute", "Set archive_timeout to one second.", True),
        # The same claim: the weak answer is said.
        ("I'd agree with the teammate here.", "Agree with the teammate.", False),
        ("I'd set archive_timeout to 1s so nothing is lost", "Set archive_timeout to one second.", False),
    ],
)
def test_a_part_that_negates_by_prefix_or_gives_another_figure_does_not_say_the_weak_answer(
        unit: str, phrasing: str, otherwise: bool) -> None:
    from grader.scoring.patterns import says_otherwise

    assert says_otherwise(unit, phrasing) is otherwise


@pytest.mark.parametrize(
    "unit, phrasing, opposite",
    [
        ("Probably needs a recent kernel.", "eBPF works on any Linux kernel.", True),
        ("I know some tools need a newer kernel but not which version.", "eBPF works on any Linux kernel.", True),
        ("It runs on any kernel, you only need root.", "eBPF works on any Linux kernel.", False),  # says "any" itself
        ("Probably needs a recent kernel.", "Older kernels lack BTF.", False),  # no universal claim to oppose
        # "automatically" claims it holds in every case too.
        ("the Service only balances new connections",
         "Kubernetes Services load balance the traffic, so gRPC is balanced automatically.", True),
        ("so if we need to reprocess history Kafka is the better tool", "Kafka is just better, everyone serious uses it.",
         True),
        # A restriction the universal claim says too is part of what both say (a blind set's weak answer was missed).
        ("The whole point of serverless is that you only pay for what you use: no idle servers.",
         "Serverless is always cheaper because you only pay for what you use.", False),
    ],
)
def test_a_restriction_is_the_opposite_of_a_universal_claim(unit: str, phrasing: str, opposite: bool) -> None:
    from grader.scoring.patterns import restricts_universal

    assert restricts_universal(unit, phrasing) is opposite


@pytest.mark.parametrize(
    "unit, phrasing, rejected",
    [
        # The claim as the subject of a verdict on it.
        ("Retrying every non-200 forever is wrong the other way.",
         "We retry on every non-200 response, forever, until it succeeds.", True),
        ("Dropping the event and logging it after the last retry isn't enough, because customers can't recover it.",
         "After the last retry fails we just drop the event and log it.", True),
        ("Read repair alone won't do it, it only fixes what gets read.",
         "Read repair will fix it over time as the data gets read.", True),
        ("Setting -Xmx to the container limit is the classic mistake.",
         "Set -Xmx to the container limit so the JVM can use all the memory.", True),
        # A verdict on something else, before the weak answer itself.
        ("A single retry isn't enough, so retry every failed call three times.", "Retry every failed call three times.",
         False),
        # The claim as what others say.
        ("A common misconception is that SQS removes the message once a consumer receives it.",
         "Once a consumer receives the message, SQS removes it from the queue.", True),
        ("Some people would just set MaxGCPauseMillis to 5 on G1.", "Just set -XX:MaxGCPauseMillis=5 on G1.", True),
        # ... unless the speaker sides with them; and a weak answer that is itself a verdict is said as it stands.
        ("Some people just use ip_hash, and honestly I agree.", "Use ip_hash so each user sticks to one server.", False),
        ("Lowering the TTL won't help.", "Lowering the TTL won't help, just wait it out.", False),
        ("Use ip_hash so each user sticks to one server.", "Use ip_hash so each user sticks to one server.", False),
        # The speaker turns from the frame to a claim of their own, which is the weak answer.
        ("Some people say you need a circuit breaker, but we just wrap the call in a retry loop.",
         "Just wrap the call in a retry loop.", False),
        ("People think 502 and 504 are different, but they both just mean the backend is down.",
         "502 and 504 both just mean the backend is down.", False),
        ("The classic mistake is setting the heap too small, so I'd set -Xmx to the container limit.",
         "Set -Xmx to the container limit so the JVM can use all the memory.", False),
        ("Retrying on 4xx would be wrong, so retry on every 5xx and never on 4xx.", "Retry on every 4xx and 5xx.", False),
        ("Timeouts aren't enough because you should retry every failed call three times.",
         "Retry every failed call three times.", False),
        # A verdict on something else, in the speaker's own reason; a verdict the speaker does not give.
        ("I'd just bump the pool to 200 connections, since the default of 20 is not enough for us.",
         "Just raise the connection pool to 200 connections.", False),
        ("We retry forever until it succeeds, because dropping events is a terrible idea.",
         "We retry forever until it succeeds.", False),
        ("I'd cache the user profile in Redis for an hour, anything longer would be wrong for permissions.",
         "Cache the user profile in Redis for an hour.", False),
        ("We just disable certificate verification on internal calls whenever the chain is wrong.",
         "Just disable TLS certificate verification for internal services.", False),
        ("I wouldn't say running Redis without persistence is a mistake for a cache.", "Run Redis without persistence.",
         False),
        # The speaker sides with the others, or turns to a claim of their own, or the frame is their own.
        ("Everyone says just put Redis in front of the database, and that's exactly what we did.",
         "Just put Redis in front of the database as a cache.", False),
        ("Most people would say just add a read replica, and I'd say the same.", "Just add a read replica.", False),
        ("People say running containers as root is dangerous, but honestly we've done it for years with no issues.",
         "Run the containers as root.", False),
        ("Some people say you need a circuit breaker, we just wrap the call in a retry loop.",
         "Just wrap the call in a retry loop.", False),
        ("People think you need a service mesh for that, though honestly we just wrap the call in a retry loop.",
         "Just wrap the call in a retry loop.", False),
        ("I'd be tempted to just increase the request timeout to sixty seconds.",
         "Just increase the request timeout to sixty seconds.", False),
        # ... and other frames of the same kind.
        ("You'd think raising the TTL fixes it, but it only delays the next miss.", "Raise the TTL so it stops expiring.",
         True),
        ("You might think 'just re-check the lock before writing', but the pause can come right after the check.",
         "Just check that you still hold the lock right before you write.", True),
        ("If you think the lock is lost, just check that you still hold it right before you write.",
         "Just check that you still hold the lock right before you write.", False),
        ("Disabling TLS verification on internal traffic is a really bad idea.",
         "Just disable TLS certificate verification for internal services.", True),
        ("Restarting the pod every night is the wrong fix for a memory leak.",
         "Restart the pod every night to fix the memory leak.", True),
        ("It would be a mistake to just flush the whole cache on every deploy.", "Flush the whole cache on every deploy.",
         True),
        ("The naive approach would be to flush the whole cache on every deploy.", "Flush the whole cache on every deploy.",
         True),
        ("People think a single Redis node works fine for sessions, but when it dies everyone's logged out.",
         "A single Redis node is fine for sessions.", True),
        ("Retrying forever is a terrible idea.", "We retry forever until it succeeds.", True),
        ("A common misconception is that SQS removes the message once a consumer receives it, so you must delete it.",
         "Once a consumer receives the message, SQS removes it from the queue.", True),
    ],
)
def test_a_weak_answer_named_to_reject_it_is_not_said(unit: str, phrasing: str, rejected: bool) -> None:
    from grader.scoring.patterns import rejects

    assert rejects(unit, phrasing) is rejected


@pytest.mark.parametrize("following, rejected", [("", True), ("That works fine for us.", False),
                                                 ("Honestly that's what we did.", False),
                                                 ("And they're not wrong, it's simple.", False),
                                                 ("What works well for us is sticky cookies at the balancer.", True)])
def test_a_speaker_who_sides_with_others_in_the_next_part_does_not_reject(following: str, rejected: bool) -> None:
    from grader.scoring.patterns import rejects

    assert rejects("Some people just use ip_hash.", "Use ip_hash so each user sticks to one server.",
                   following) is rejected


@pytest.mark.parametrize("following, rejected", [("But that's a bad idea, clients keep stale records.", True),
                                                 ("That would be wrong for negative answers though.", False),
                                                 ("That's what most resolvers honour.", False)])
def test_a_next_part_that_calls_the_part_wrong_rejects_it(following: str, rejected: bool) -> None:
    from grader.scoring.patterns import rejects

    assert rejects("You could just bump the TTL to a day.", "Just raise the TTL on the records to a day.",
                   following) is rejected


def test_a_rejected_weak_answer_is_not_flagged(grader: Grader) -> None:
    """A correct answer that names the weak answer to reject it ("Dropping the event ... isn't enough") was flagged
    with it; the weak answer said plainly still is."""
    weak = WeakPattern(id="drop-and-log", text="After the last retry fails we just drop the event and log it.",
                       why="Customers can't recover what they never see; keep a dead-letter store and a replay path.")
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"weak_patterns": [weak]})]})
    plain = grader.grade(rubric, 1, "After the last retry fails we just drop the event and log it.")
    assert [w.id for w in plain.weak_patterns] == ["drop-and-log"]
    rejected = grader.grade(rubric, 1, "Dropping the event and logging it after the last retry fails is wrong.")
    assert not rejected.weak_patterns


@pytest.mark.parametrize(
    "unit, phrasing, rubric, echoed",
    [
        ("For invalidation we just run KEYS product:* and delete the matches.", "Use KEYS product:* and delete the matches.",
         "How do you invalidate? Tag keys and bump a version number; iterate with SCAN.", True),
        # The weak answer's words that the rubric's correct statements use too are topic, not the weak claim: "load
        # the cert so new handshakes pick up the renewed file" is the strong answer, not "all connections use it".
        ("I'd load the cert through a callback so new handshakes pick up the renewed file.",
         "Once the new cert is loaded, all connections use it.",
         "How do you rotate without a restart? Load the new cert through SDS or a callback; established connections "
         "keep the old one.", False),
        ("I'd load the cert through a callback so new handshakes pick up the renewed file.",
         "Once the new cert is loaded, all connections use it.", "How do you rotate without a restart?", True),
        # Too few words of its own to echo.
        ("We rate limit per IP address.", "Rate limit by IP address.", "How would you rate limit the API?", False),
    ],
)
def test_a_part_echoes_the_weak_answers_own_words(unit: str, phrasing: str, rubric: str, echoed: bool) -> None:
    from grader.scoring.patterns import echoes

    assert echoes(unit, phrasing, rubric, share=0.6) is echoed


def test_a_part_that_says_the_corrections_words_shows_no_weak_answer(grader: Grader) -> None:
    """"I'd add egress to CoreDNS on port 53, both UDP and TCP, since a truncated answer is retried over TCP" says what
    the rubric's "why" adds to "Allow UDP port 53 and DNS is sorted" and its strong answer uses too (TCP, truncation);
    the weak answer said plainly, or with those words denied, still shows."""
    weak = WeakPattern(id="udp-only", text="Allow UDP port 53 and DNS is sorted.",
                       why="DNS also uses TCP when a UDP response is truncated; allowing only UDP causes intermittent failures.")
    told = _rubric_saying("Allow DNS on port 53 over UDP and TCP: a truncated UDP response is retried over TCP.",
                          "tcp-too")
    rubric = told.model_copy(update={"rounds": [told.rounds[0].model_copy(update={"weak_patterns": [weak]})]})
    said = grader.grade(rubric, 1, "Allow UDP port 53 and DNS is sorted.")
    assert [w.id for w in said.weak_patterns] == ["udp-only"]
    corrected = grader.grade(rubric, 1, "Allow UDP port 53 and DNS is sorted, and TCP too, since a truncated response "
                                        "is retried over TCP.")
    assert not corrected.weak_patterns
    denied = grader.grade(rubric, 1, "Allow UDP port 53 and DNS is sorted, no TCP, nothing is ever truncated.")
    assert [w.id for w in denied.weak_patterns] == ["udp-only"]


def test_a_part_that_reports_what_others_say_is_never_the_quote(grader: Grader) -> None:
    """"Some people would just say lowering the TTL before a migration makes the change visible quickly" is the
    speaker's report of others, not their claim: it is never quoted as evidence, though the speaker's own words are."""
    reported = grader.grade(RUBRIC, 1, "Some people would just say lowering the TTL before a migration makes the change "
                                       "visible quickly.")
    assert not any(k.evidence and "Some people" in k.evidence for k in reported.key_points)
    own = grader.grade(RUBRIC, 1, "Lowering the TTL before a migration makes the change visible quickly.")
    assert _status(own, "lower-ttl").covered


@pytest.mark.parametrize("unit, following, reported", [
    ("Some people would just train everyone on the team to write eBPF programs in C.", "", True),
    ("A common misconception is that SQS deletes the message once a consumer receives it.", "", True),
    ("Some people just use ip_hash.", "That works fine for us.", False),
    ("Some people say you need a circuit breaker, but we just wrap every call in a retry loop with backoff.", "", False),
])
def test_a_part_reports_others_when_most_of_it_is_the_frame(unit: str, following: str, reported: bool) -> None:
    from grader.scoring.patterns import reports_others

    assert reports_others(unit, following) is reported


def test_a_doubt_beside_a_claim_still_shows_the_weak_answer(grader: Grader) -> None:
    """"I don't know exactly why it happens, we just retry on any exception" says the weak answer beside its doubt:
    a part that holds a doubt is not silent for that."""
    weak = WeakPattern(id="retry-any", text="We just retry on any exception.",
                       why="Retrying non-retryable errors wastes the budget and can duplicate side effects.")
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"weak_patterns": [weak]})]})
    said = grader.grade(rubric, 1, "I don't know exactly why it happens, we just retry on any exception.")
    assert [w.id for w in said.weak_patterns] == ["retry-any"]


def test_the_pronoun_after_a_name_is_not_part_of_the_name() -> None:
    """"XFetch I think" named the term "XFetch I" in the name-dropping reason."""
    from grader.embedding import HashingEmbedder
    from grader.scoring.answer import build_answer_view, split_answer
    from grader.scoring.bluff import _answer_terms

    text = "The refresh uses XFetch I think, and Redis I'd say is the store."
    units = split_answer(text)
    view = build_answer_view(text, units, HashingEmbedder().embed(units))
    grader_ = Grader(HashingEmbedder())
    rubric = Rubric(id="t", title="T", rounds=[Round(number=1, title="R", question="How do you refresh a cache?",
                                                     skill="s", strong_answer="Refresh early.",
                                                     key_points=[KeyPoint(id="k", text="Refresh early.")])])
    terms = _answer_terms(grader_.round_index(rubric, 1), view)
    assert "XFetch" in terms and not [t for t in terms if t.endswith(" I")]


def test_a_listed_weak_answer_excuses_only_the_conflict_it_is_about(grader: Grader) -> None:
    """A part read as a listed weak answer ("point it at the new server and wait") that also gets a fact wrong contradicts
    that fact on its own account: a bluff, not only a weak answer."""
    said = "Point the domain at the new server and wait, resolvers cache every record for 900 seconds."
    other = WeakPattern(id="just-wait", text="Point the domain at the new server and wait.",
                        why="Waiting without lowering the TTL first leaves clients on the old address.")
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"weak_patterns": [other]})]})
    result = grader.grade(rubric, 1, said)
    assert [w.id for w in result.weak_patterns] == ["just-wait"]
    assert result.bluff.contradictions and result.bluff.suspected

    about_it = WeakPattern(id="ttl-900", text="Resolvers cache every record for 900 seconds.",
                           why="The record's TTL is 300 seconds; resolvers cache for the TTL.")
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"weak_patterns": [about_it]})]})
    result = grader.grade(rubric, 1, "Resolvers cache every record for 900 seconds.")
    assert [w.id for w in result.weak_patterns] == ["ttl-900"]
    assert result.bluff.contradictions and not result.bluff.suspected

    # A weak answer about the TTL with another number: the candidate's own wrong number is its own claim, and not the
    # weak answer (`says_otherwise`).
    set_ttl = WeakPattern(id="ttl-1", text="Make resolvers cache every record for 1 second.",
                          why="Every lookup then goes to the authoritative servers; resolvers cache a record for its TTL.")
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"weak_patterns": [set_ttl]})]})
    result = grader.grade(rubric, 1, "Resolvers cache every record for 900 seconds.")
    assert result.weak_patterns == []
    assert result.bluff.suspected and any(r.startswith(("contradicts the rubric: ", 'states "900 seconds" where the rubric'))
                                          for r in result.bluff.reasons)
    assert any("900 seconds" in c for c in result.bluff.contradictions)


def test_the_figures_of_a_worked_example_are_not_statistics(grader: Grader) -> None:
    example = grader.grade(RUBRIC, 1, "Resolvers cache negative answers too; say 40 percent of lookups missed, they "
                                      "would all be cached for the SOA minimum.")
    assert not any("states figures" in r for r in example.bluff.reasons)
    claim = grader.grade(RUBRIC, 1, "Resolvers cache negative answers too; 40 percent of lookups miss.")
    assert any("states figures" in r for r in claim.bluff.reasons)


def test_an_opinion_said_before_a_figure_makes_it_no_worked_example(grader: Grader) -> None:
    # "I'd say no." ends its sentence: the figure of the next one is a claim (both are one part of the answer).
    claim = grader.grade(RUBRIC, 1, "I'd say no. Out of the box resolvers drop 40 percent of negative answers early.")
    assert any('"40 percent"' in r for r in claim.bluff.reasons)
    estimate = grader.grade(RUBRIC, 1, "Resolvers cache negative answers; I'd say 40 percent of lookups miss.")
    assert not any("states figures" in r for r in estimate.bluff.reasons)
    # An abbreviation or a single letter ends no sentence: the example goes on (a hostile review's cases).
    for example in ("Resolvers cache negative answers; say we lose zone B. About 40 percent of lookups then miss.",
                    "Resolvers cache negative answers, with thresholds from the SLO, e.g. 40 percent of lookups.",
                    "Say the batch starts at 2 a.m. Then 40 percent of lookups miss the resolver cache.",
                    "Resolvers cache negative answers. E.g. With 40 percent of lookups missing, they all get cached.",
                    "Say a U.S. East spike sends 40 percent of lookups to the authoritative servers."):
        assert not any("states figures" in r for r in grader.grade(RUBRIC, 1, example).bluff.reasons), example


def test_a_figure_after_a_colon_is_a_claim_however_the_lead_in_is_phrased(grader: Grader) -> None:
    # A hostile review's cases against a rule, since reverted, that took such figures for the candidate's own choice.
    def figures(answer: str) -> list[str]:
        return [r for r in grader.grade(RUBRIC, 1, answer).bluff.reasons if r.startswith("states figures")]

    assert figures("I'll walk you through it: resolvers keep negative answers for exactly 45 minutes.")
    assert figures("I'd explain it simply: resolvers keep negative answers for exactly 45 minutes.")
    assert figures("I'd put it simply: a resolver keeps negative answers for exactly 45 minutes.")
    assert figures("Here's the thing: resolvers keep negative answers for exactly 45 minutes.")


def test_the_outcome_of_a_supposition_is_part_of_the_worked_example(grader: Grader) -> None:
    covered = ("Negative answers are cached by resolvers too, for the SOA minimum. Lowering the TTL before a migration "
               "makes the change visible quickly. ")
    supposed = grader.grade(RUBRIC, 1, covered + "Say the record's TTL were 45 and the SOA minimum was a lot longer, "
                                                 "then a resolver would keep handing out the cached record for 45 "
                                                 "seconds after you changed it.")
    assert not supposed.bluff.suspected and not supposed.bluff.contradictions
    # A new sentence after the supposition states its own claim.
    stated = grader.grade(RUBRIC, 1, covered + "Say the record's TTL were 45 and the SOA minimum was a lot longer. "
                                               "A resolver would keep handing out the cached record for 45 seconds "
                                               "after you changed it.")
    assert stated.bluff.contradictions


def test_a_specific_another_round_gives_is_not_invented(grader: Grader) -> None:
    second = Round(number=2, title="Tools", question="How would you see what a resolver has cached?", skill="DNS tooling",
                   strong_answer="Dump the cache with rndc dumpdb and read the remaining TTL of each record.",
                   key_points=[KeyPoint(id="dumpdb", text="Dump the cache with rndc dumpdb.")])
    first = RUBRIC.rounds[0].model_copy(update={"strong_answer": RUBRIC.rounds[0].strong_answer + (
        " BIND caps it with max_cache_ttl, since 9.2.")})
    rubric = RUBRIC.model_copy(update={"id": "dns-two-rounds", "rounds": [first, second]})
    answer = "The remaining TTL of each cached record counts down, up to max_cache_ttl, since 9.2."
    assert not [r for r in grader.grade(rubric, 2, answer).bluff.reasons if r.startswith("specific-sounding")]
    invented = grader.grade(rubric, 2, answer.replace("max_cache_ttl", "max_record_age"))
    assert [r for r in invented.bluff.reasons if r.startswith("specific-sounding") and "max_record_age" in r]


def test_a_list_inside_an_answer_that_explains_is_its_content(grader: Grader) -> None:
    explains = ("A resolver caches a record for its TTL of 300 seconds, and the limits I remember are 3,500 writes, "
                "meaning PUT, POST, DELETE and COPY, and 5,500 GET or HEAD a second. Negative answers are cached by "
                "resolvers too, for the SOA minimum, and lowering the TTL before a migration makes the change visible "
                "quickly, so I'd lower it a day ahead and watch the resolvers pick it up.")
    assert not [r for r in grader.grade(RUBRIC, 1, explains).bluff.reasons if r.startswith("lists ")]
    listing = "TTL, SOA, NXDOMAIN, PUT, POST, DELETE, COPY, resolvers."
    assert [r for r in grader.grade(RUBRIC, 1, listing).bluff.reasons if r.startswith("lists ")]


def test_english_words_are_not_invented_tool_names(grader: Grader) -> None:
    result = grader.grade(RUBRIC, 1, "I'd double-check the resolver TTL of the record and run a health-check, maybe dns-doctor too.")
    specifics = [r for r in result.bluff.reasons if r.startswith("specific-sounding")]
    assert specifics and '"dns-doctor"' in specifics[0] and "double-check" not in specifics[0] and "health-check" not in specifics[0]


def test_a_caught_bluff_is_at_most_adequate_and_its_substance_decides_below_that(grader: Grader) -> None:
    full = ("A resolver caches a record for its TTL of 300 seconds. Negative answers are cached by resolvers too, for "
            "the SOA minimum. Lowering the TTL before a migration makes the change visible quickly.")
    honest = grader.grade(RUBRIC, 1, full)
    bluff = grader.grade(RUBRIC, 1, full + " RFC 9999 says resolvers must cache for 300 seconds.")
    assert honest.band == "strong"
    assert bluff.bluff.suspected and bluff.band == "adequate"
    assert bluff.score == pytest.approx(grader.params.score.thresholds["strong"] - 1.0)


def test_a_bluffs_invented_claims_are_never_evidence(grader: Grader) -> None:
    invented = "RFC 9999 says a resolver caches the record for its TTL of 300 seconds."
    result = grader.grade(RUBRIC, 1, f"{invented} Negative answers are cached by resolvers too.")
    assert result.bluff.suspected
    assert all(k.evidence != invented for k in result.key_points)
    assert _status(result, "negative-cached").covered  # what the rest of the answer states still counts


def test_a_part_nearer_the_rubric_s_correction_than_the_weak_answer_is_not_that_weak_answer(grader: Grader) -> None:
    pattern = WeakPattern(id="browsers-ignore", text="Browsers ignore the DNS TTL and keep names cached for ever.",
                          why="Browsers honour the DNS TTL and keep names cached for a minute at most.")
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"weak_patterns": [pattern]})]})
    said_weak = grader.grade(rubric, 1, "Browsers just ignore the DNS TTL and keep names cached for ever.")
    assert [w.id for w in said_weak.weak_patterns] == ["browsers-ignore"]
    corrected = grader.grade(rubric, 1, "Browsers honour the DNS TTL and keep names cached for a minute at most.")
    assert corrected.weak_patterns == []


@pytest.mark.parametrize(
    ("key_point", "span", "states"),
    [
        ("The defaults are 300 seconds for scale-down.", "Scale-down has a five minute window by default.", True),
        ("The defaults are 300 seconds for scale-down.", "Scale-down has a ten minute window by default.", False),
        ("BTF needs kernel 5.2.", "BTF needs kernel five point two.", True),
        ("Keys are pruned after 24 hours.", "Keys are pruned after a day.", True),
        ("Resolvers cache the record.", "Resolvers cache it.", True),  # no number to state
        # A digit of a name is no figure: the name may be said in words, or with the digit written another way.
        ("Use exactly_once_v2 for stateful stream processing.", "For aggregations I'd keep transactions.", True),
        ("A SHA-256 hash of the body.", "A hash of the body.", True),
        ("Typically a version 4 UUID.", "the client makes a UUID, v4, per payment", True),
        ("Typically a version 4 UUID.", "the client makes a UUID per payment", False),
    ],
)
def test_a_number_key_point_is_stated_in_any_unit(key_point: str, span: str, states: bool) -> None:
    from grader.scoring.coverage import states_number

    assert states_number(key_point, span) is states


def test_honest_uncertainty_damps_a_known_false_claim_found_by_similarity(grader: Grader) -> None:
    pattern = WeakPattern(id="browsers-ignore", text="Browsers ignore the DNS TTL and pin every name.",
                          why="Browsers honour the TTL.", false_claim=True)
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"weak_patterns": [pattern]})]})
    said = "Browsers ignore the DNS TTL and pin every name, plus Chrome, Firefox, Safari, Edge, Opera all do it."
    confident = grader.grade(rubric, 1, said)
    assert any("known false claim" in r for r in confident.bluff.reasons) and confident.bluff.suspected
    honest = grader.grade(rubric, 1, f"{said} I'd need to look up the details, I haven't run a resolver myself.")
    assert any("known false claim" in r for r in honest.bluff.reasons) and not honest.bluff.contradictions
    assert not honest.bluff.suspected


def test_listed_false_claims_alone_are_a_weak_answer_and_beside_another_signal_a_bluff(grader: Grader) -> None:
    """"Yes, that's exactly what workspaces are for" was near two listed false claims, one the other's opposite, and
    the two together made a weak answer a bluff. Two sentences, each a listed false claim, are the rubric's own weak
    answers acted out (the label rules' "pattern", as every such answer on the development sets was): quoted, counted
    once, below the bluff line; beside another signal, such as a standard the rubric never cites, a bluff."""
    patterns = [
        WeakPattern(id="pin-all", text="Browsers pin every DNS name forever.", why="False: they honour the TTL.",
                    false_claim=True),
        WeakPattern(id="pin-all-forever", text="Browsers pin every DNS name forever, yes.", why="False.",
                    false_claim=True),
        WeakPattern(id="ttl-ignored", text="Resolvers ignore the TTL of every record.", why="False.",
                    false_claim=True),
    ]
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"weak_patterns": patterns})]})
    once = grader.grade(rubric, 1, "Browsers pin every DNS name forever.")
    assert sum("known false claim" in r for r in once.bluff.reasons) == 2  # both quoted ...
    assert not once.bluff.suspected  # ... but counted once
    twice = grader.grade(rubric, 1, "Browsers pin every DNS name forever. Resolvers ignore the TTL of every record.")
    assert sum("known false claim" in r for r in twice.bluff.reasons) == 3
    assert not twice.bluff.suspected
    cited = grader.grade(rubric, 1, "Browsers pin every DNS name forever, as RFC 9999 requires of every browser.")
    assert cited.bluff.suspected


def test_the_rubric_s_own_words_contradict_none_of_its_facts(grader: Grader) -> None:
    """A fact derived from one sentence ("replicas don't expire keys themselves") read against another sentence of
    the same strong answer flagged the strong answer, pasted in, as a bluff."""
    from grader.rubric.schema import Fact

    strong = ("Replicas don't expire keys themselves. The primary sends a DEL when a key expires, and replicas "
              "report logically expired keys as missing on reads.")
    fact = Fact(id="replicas-expire", subject="Replicas", kind="exclusive", value="does not",
                not_values=["expire keys themselves"], text="Replicas don't expire keys themselves.")
    round_ = RUBRIC.rounds[0].model_copy(update={"strong_answer": strong, "facts": [fact], "key_points": [
        KeyPoint(id="no-expiry", text="Replicas don't expire keys themselves."),
        KeyPoint(id="del", text="The primary sends a DEL when a key expires."),
    ]})
    rubric = RUBRIC.model_copy(update={"rounds": [round_]})
    pasted = grader.grade(rubric, 1, strong)
    assert not pasted.bluff.contradictions and not pasted.bluff.suspected and pasted.band == "strong"
    wrong = grader.grade(rubric, 1, "Replicas expire keys themselves on their own clock, independently of the primary.")
    assert wrong.bluff.contradictions


def test_a_capitalised_keyword_of_the_rubric_is_a_term_only_when_written_in_capitals() -> None:
    """The rubric's "INSERT ... ON CONFLICT DO NOTHING" made "the insert just conflicts on that" name-drop ON and
    INSERT."""
    from grader.scoring.answer import build_answer_view, split_answer
    from grader.scoring.bluff import _answer_terms

    strong = "Use INSERT ... ON CONFLICT DO NOTHING on the order ID, inside one Postgres transaction."
    rubric = Rubric(id="t", title="T", rounds=[Round(number=1, title="R", question="How do you dedupe orders?",
                                                     skill="s", strong_answer=strong,
                                                     key_points=[KeyPoint(id="k", text=strong)])])
    grader_ = Grader(HashingEmbedder())
    index = grader_.round_index(rubric, 1)
    def terms(text: str) -> set[str]:
        units = split_answer(text)
        return _answer_terms(index, build_answer_view(text, units, HashingEmbedder().embed(units)))

    assert terms("So the insert just conflicts on that and we do skip it in Postgres.") == {"Postgres"}
    assert {"INSERT", "Postgres"} <= terms("We use INSERT with ON CONFLICT DO NOTHING in Postgres.")


def test_the_rubric_s_words_quoted_to_deny_them_are_no_restatement(grader: Grader) -> None:
    from grader.scoring.agreement import in_rubric_words

    strong = ("A common misconception is that negative answers are never cached by resolvers. They are cached for "
              "the SOA minimum.")
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"strong_answer": strong})]})
    index = grader.round_index(rubric, 1)
    assert not in_rubric_words(index, "Negative answers are never cached by resolvers.")
    assert in_rubric_words(index, "They are cached for the SOA minimum.")


def test_figures_in_a_part_about_something_else_are_no_bluff_the_rubric_cannot_judge_them(grader: Grader) -> None:
    """The rubric says nothing about autoscaling, so it cannot call these figures invented: a weak answer, not a bluff."""
    off_topic = ("Every deployment should get a HorizontalPodAutoscaler targeting 70 percent CPU utilization, with a "
                 "scale-down stabilization window of five minutes.")
    result = grader.grade(RUBRIC, 1, off_topic)
    assert not result.bluff.suspected
    assert not [r for r in result.bluff.reasons if r.startswith(("states figures", "specific-sounding"))]
    # The same figures said of the round's own subject are claims the rubric does not support.
    on_topic = grader.grade(RUBRIC, 1, "Resolvers cache negative answers for 70 percent of the TTL, and records for "
                                       "exactly five minutes, fixed by the protocol.")
    assert any(r.startswith("states figures") and '"70 percent"' in r for r in on_topic.bluff.reasons)


def test_only_what_the_bluff_signals_quote_is_left_out_of_the_evidence(grader: Grader) -> None:
    """An absolute the rubric's own key point uses ("always") is no bravado and stays evidence."""
    from grader.result import BluffResult
    from grader.scoring.answer import build_answer_view, split_answer
    from grader.scoring.bluff import invented_claim_units

    text = "RFC 9999 says so. A resolver always caches the record for its TTL of 300 seconds."
    units = split_answer(text)
    view = build_answer_view(text, units, HashingEmbedder().embed(units))
    index = grader.round_index(RUBRIC, 1)
    cited = BluffResult(suspected=True, confidence=0.5, reasons=['cites a standard or section the rubric does not '
                                                                 'mention: "RFC 9999"'])
    assert invented_claim_units(index, view, cited) == {0}


def test_a_weak_answer_found_only_by_topic_needs_one_of_its_own_words() -> None:
    from grader.scoring.patterns import _anchored

    question = "Should we use Terraform workspaces for dev, staging and prod?"
    weak = ["Workspaces are deprecated, so no."]
    assert not _anchored("Workspaces are fine for throwaway per-branch stacks.", weak, question)
    assert _anchored("No, workspaces got deprecated a while back.", weak, question)
    # A weak answer that only repeats the question's words asks for none.
    assert _anchored("Workspaces for dev, staging and prod, sure.", ["Use workspaces for dev, staging and prod."], question)
    assert _anchored("Webhooks are at-least-once.", ["Webhooks are at-least-once."], "Are webhooks delivered reliably?")


def test_a_wrong_version_after_a_product_name_is_a_bluff_signal(grader: Grader) -> None:
    round_ = RUBRIC.rounds[0].model_copy(update={
        "strong_answer": "Since Terraform 1.5 I'd use import blocks to adopt the resources.",
        "key_points": [KeyPoint(id="import-blocks", text="Since Terraform 1.5 I'd use import blocks to adopt the resources.")],
    })
    from grader.rubric.facts import derive_facts

    round_ = round_.model_copy(update={"facts": derive_facts([round_.strong_answer])})
    rubric = RUBRIC.model_copy(update={"rounds": [round_]})
    result = grader.grade(rubric, 1, "I'd adopt them with import blocks, which came in back in Terraform 1.2.")
    assert _status(result, "import-blocks").status == "contradicted"
    assert any("1.2" in c for c in result.bluff.contradictions)


def test_a_confident_duration_the_rubric_never_states_is_an_unsupported_figure(grader: Grader) -> None:
    def figures(answer: str) -> list[str]:
        reasons = grader.grade(RUBRIC, 1, answer).bluff.reasons
        return [r for r in reasons if r.startswith("states figures")]

    assert figures("Resolvers keep negative answers for exactly 45 minutes, that's fixed by the protocol.")
    assert figures("A resolver caches the record for five minutes.") == []  # the rubric's 300 seconds
    assert figures("I'd set the TTL to 45 minutes before the migration.") == []  # the candidate's own choice
    assert figures("I think negative answers stay for 45 minutes, but I'd check.") == []  # hedged
    assert figures("Resolvers keep it for a day or so, half a day at least.") == []  # a manner of speaking
    assert figures("Resolvers drop negative answers in a minute or two.") == []
    assert figures("Resolvers keep negative answers for an hour, fixed by the protocol.")  # "for an hour": a claim
    # The candidate's own words are quoted.
    assert '"forty-five minutes"' in figures("Resolvers keep negative answers for forty-five minutes, fixed by the protocol.")[0]
    # A well-covered answer's extra figure is a detail the rubric leaves out, not a bluff.
    covered = grader.grade(RUBRIC, 1, "A resolver caches a record for its TTL of 300 seconds. Negative answers are cached "
                                      "too, for the SOA minimum. Browsers keep their own cache for 60 seconds.")
    assert not covered.bluff.suspected and not [r for r in covered.bluff.reasons if r.startswith("states figures")]
    # A duration the rubric denies supports nothing.
    denying = RUBRIC.model_copy(update={"id": "dns-denied-duration", "rounds": [RUBRIC.rounds[0].model_copy(update={
        "strong_answer": RUBRIC.rounds[0].strong_answer + " Negative answers last for the SOA minimum, not 45 minutes."})]})
    assert [r for r in grader.grade(denying, 1, "Resolvers keep negative answers for exactly 45 minutes, fixed by the "
                                               "protocol.").bluff.reasons if r.startswith("states figures")]


def test_another_value_for_what_a_rubric_sentence_pins_down_is_a_bluff_however_well_covered(grader: Grader) -> None:
    from grader.scoring.answer import build_answer_view, split_answer
    from grader.scoring.bluff import contradicted_measures, unsupported_measures

    index = grader.round_index(RUBRIC, 1)

    def conflicts(answer: str) -> list[tuple[str, str]]:
        units = split_answer(answer)
        view = build_answer_view(answer, units, np.asarray(grader.embedder.embed(units)))
        return [(figure, sentence) for _, figure, sentence in
                contradicted_measures(index, view, unsupported_measures(index, view))]

    covered = ("Negative answers are cached by resolvers too, for the SOA minimum. Lowering the TTL before a migration "
               "makes the change visible quickly. ")
    claim = "So honestly the resolver only holds the cached record for its TTL, which is 45 seconds."
    assert conflicts(covered + claim) == [("45 seconds", "A resolver caches a record for its TTL of 300 seconds.")]
    assert not conflicts(covered + claim.replace("45 seconds", "five minutes"))  # the rubric's value in other units
    assert not conflicts(covered + "Browsers keep their own copy for 45 seconds.")  # about something else
    assert not conflicts(covered + "I think the resolver holds the cached record for its TTL, 45 seconds.")  # hedged
    # "lets" is no "let's": what a setting allows is a claim, not the candidate's choice.
    assert conflicts(covered + "The resolver lets the record stay cached for its TTL of 45 seconds.")
    result = grader.grade(RUBRIC, 1, covered + claim)
    assert result.bluff.suspected and any('"45 seconds" where the rubric says' in r for r in result.bluff.reasons)
    # The key point that pins the value down is contradicted, with both sides quoted, and the part is no evidence.
    assert _status(result, "ttl-300").status == "contradicted"
    assert _status(result, "ttl-300").conflict == claim
    assert all(k.evidence != claim for k in result.key_points)


def test_another_code_for_what_a_rubric_sentence_pins_down_is_a_contradiction(grader: Grader) -> None:
    """A code is an identifier: only the same number supports it, and another one said about the same thing contradicts
    the rubric sentence that gives it."""
    rubric = _rubric_saying("A name that does not exist gets NXDOMAIN, response code 3, in the header.", "dns-codes")
    covered = "Negative answers are cached by resolvers too, for the SOA minimum. "

    def stated(answer: str) -> list[str]:
        return [r for r in grader.grade(rubric, 1, covered + answer).bluff.reasons if r.startswith("states \"")]

    assert stated("A name that does not exist gets NXDOMAIN, response code 5, in the header.")
    assert not stated("A name that does not exist gets NXDOMAIN, response code 3, in the header.")  # the rubric's own
    assert not stated("I think a name that does not exist gets response code 5 in the header, but I'd check.")  # hedged
    assert not stated("Our load balancer answers 503 when the pool is empty.")  # about something else
    # Beside the rubric's own code, another one is another case; a code ruled out is not claimed.
    assert not stated("A name that does not exist gets NXDOMAIN, response code 3, in the header, and a server failure "
                      "gets response code 2 in the header.")
    assert not stated("A name that does not exist gets NXDOMAIN in the header, never response code 5.")


def test_another_count_of_the_things_a_rubric_sentence_counts_is_a_contradiction(grader: Grader) -> None:
    """A bound on how many things there are ("caps an upload at 1,000 parts") against a rubric that counts the same
    things with another number only ("an upload has at most 10,000 parts")."""
    rubric = _rubric_saying("An S3 multipart upload has at most 10,000 parts, each between 5 MiB and 5 GiB.", "s3-parts")
    covered = "Negative answers are cached by resolvers too, for the SOA minimum. "

    def stated(answer: str) -> list[str]:
        return [r for r in grader.grade(rubric, 1, covered + answer).bluff.reasons if r.startswith("states \"")]

    assert stated("S3 caps a multipart upload at 1,000 parts.") == [
        'states "1,000 parts" where the rubric says "An S3 multipart upload has at most 10,000 parts, each between 5 MiB '
        'and 5 GiB."']
    assert stated("S3 caps a multipart upload at a thousand parts.")  # said in words, quoted as said
    assert not stated("S3 caps a multipart upload at 10,000 parts.")  # the rubric's own number
    assert not stated("I think S3 caps a multipart upload at 1,000 parts, but I'd check.")  # hedged
    assert not stated("I'd split the upload into 1,000 parts of 100 MiB.")  # the candidate's choice, no bound
    assert not stated("S3 caps a multipart upload at about 1,000 parts.")  # an estimate
    assert not stated("S3 caps a multipart upload at close to 1,000 parts.")
    assert not stated("The fix has three parts, and S3 keeps them all.")  # counts no parts of an upload
    # A count that is no bound: a worked example, a page size; nor a multiplier.
    assert not stated("With 100 MiB parts, a 50 GiB upload only has 512 parts, well under the limit.")
    assert not stated("ListParts only returns 1,000 parts per page, so you paginate a big upload.")
    assert not stated("The SDK retries a failed part 3 times by default.")
    # The gauntlet's count must be a bound too: "a five-member cluster tolerates two failed members" pins none down.
    members = _rubric_saying("A five-member etcd cluster tolerates two failed members.", "etcd-members")
    assert not [r for r in grader.grade(members, 1, covered + "etcd docs recommend at most 7 members, since more "
                                        "members slow down every write.").bluff.reasons if r.startswith("states \"")]


def test_a_key_point_that_contrasts_with_something_is_still_covered_by_its_paraphrase(grader: Grader) -> None:
    point = KeyPoint(id="negative-vs-stale", text="Negative answers are cached for the SOA minimum, unlike stale "
                                                  "answers, which are served only when the authority is down.")
    rubric = RUBRIC.model_copy(update={"id": "dns-contrast", "rounds": [RUBRIC.rounds[0].model_copy(
        update={"key_points": [point]})]})
    said = "Negative answers are cached for the SOA minimum; stale answers are served only when the authority is down."
    assert _status(grader.grade(rubric, 1, said), "negative-vs-stale").covered


def test_a_statement_credited_to_another_standard_is_a_contradiction(grader: Grader) -> None:
    rubric = _rubric_saying("RFC 2308 made caching of negative answers mandatory for resolvers.", "dns-standards")
    covered = "A resolver caches the record for its TTL of 300 seconds. "

    def credited(answer: str) -> list[str]:
        return [r for r in grader.grade(rubric, 1, covered + answer).bluff.reasons if r.startswith('states "RFC')]

    [reason] = credited("RFC 1918 made caching of negative answers mandatory for resolvers.")
    assert "RFC 2308 made caching" in reason
    assert not credited("RFC 2308 made caching of negative answers mandatory for resolvers.")  # the rubric's own
    assert not credited("RFC 2308 and RFC 8767 made caching of negative answers mandatory.")  # cites the rubric's too
    assert not credited("I think RFC 1918 made caching of negative answers mandatory, but I'd check.")  # hedged
    assert not credited("RFC 1918 defines the private address ranges we use inside the VPC.")  # about something else


def test_a_standard_the_rubric_cites_for_another_thing_is_a_contradiction(grader: Grader) -> None:
    """The fresh30 blind Kafka case, on DNS: the rubric cites both standards, each for its own thing."""
    rubric = _rubric_saying("RFC 2308 made caching of negative answers mandatory for resolvers. RFC 8767 lets "
                            "resolvers serve stale answers when the authoritative servers are down.", "dns-two-standards")
    covered = "A resolver caches the record for its TTL of 300 seconds. "

    def credited(answer: str) -> list[str]:
        return [r for r in grader.grade(rubric, 1, covered + answer).bluff.reasons if r.startswith('states "RFC')]

    [reason] = credited("Caching of negative answers became mandatory for resolvers with RFC 8767.")
    assert reason.startswith('states "RFC 8767"') and "RFC 2308 made caching" in reason
    assert not credited("Caching of negative answers became mandatory for resolvers with RFC 2308.")  # the rubric's own
    assert not credited("RFC 8767 lets resolvers serve stale answers when the authoritative servers are down.")
    assert not credited("Negative caching is mandatory, RFC 2308, RFC 8767 and the rest.")  # two standards: no claim


def test_another_release_stage_for_a_feature_the_rubric_names_is_a_contradiction(grader: Grader) -> None:
    stale = KeyPoint(id="serve-stale", text="Serving stale answers needs the experimental ServeStale option.")
    round_ = RUBRIC.rounds[0].model_copy(update={
        "strong_answer": RUBRIC.rounds[0].strong_answer + " Serving stale answers needs the experimental ServeStale "
                                                          "option, and the resolver.prefetch setting went GA in 9.18.",
        "key_points": RUBRIC.rounds[0].key_points + [stale],
    })
    rubric = RUBRIC.model_copy(update={"id": "dns-stages", "rounds": [round_]})

    def conflicts(answer: str) -> list[str]:
        return [r for r in grader.grade(rubric, 1, answer).bluff.reasons if r.startswith("contradicts the rubric")]

    said = "Negative answers are cached too. ServeStale went GA a while ago, so stale answers just work."
    result = grader.grade(rubric, 1, said)
    assert conflicts(said) and result.bluff.suspected
    assert all(k.evidence != "ServeStale went GA a while ago, so stale answers just work." for k in result.key_points)
    # The key point that names the feature is contradicted, with both sides quoted.
    assert _status(result, "serve-stale").status == "contradicted"
    assert _status(result, "serve-stale").conflict == "ServeStale went GA a while ago, so stale answers just work."
    assert "experimental ServeStale" in _status(result, "serve-stale").conflicts_with
    assert conflicts("The ServeStale option is deprecated now.")
    assert not conflicts("ServeStale is still experimental, so I'd test it first.")  # the rubric's own stage
    assert conflicts("ServeStale is still in beta, so I'd test it first.")  # "still" negates nothing
    assert not conflicts("ServeStale isn't GA yet.")  # a negated stage agrees
    assert not conflicts("I think ServeStale went GA, but I'd check.")  # hedged: a claim to check
    assert not conflicts("The resolver.prefetch setting is generally available.")  # the same stage in other words
    assert not conflicts("Serving stale went GA in most resolvers.")  # no name the rubric gives a stage


def test_a_version_inside_a_recommendation_is_still_a_fact(grader: Grader) -> None:
    """The rubric's "I'd ..." is a call a candidate may make differently, but a version inside it is a fact."""
    from grader.rubric.facts import derive_facts

    strong = RUBRIC.rounds[0].strong_answer + " I'd turn on ServeStale, available since Unbound 1.10, for outages."
    round_ = RUBRIC.rounds[0].model_copy(update={"strong_answer": strong, "facts": derive_facts([strong])})
    rubric = RUBRIC.model_copy(update={"id": "dns-recommendation", "rounds": [round_]})
    wrong = grader.grade(rubric, 1, "Negative answers are cached too, and I'd turn on ServeStale, which came in Unbound 1.16.")
    assert any(r.startswith("contradicts the rubric") and "1.16" in r for r in wrong.bluff.reasons)
    other_call = grader.grade(rubric, 1, "Negative answers are cached too, and I'd never turn on ServeStale for outages.")
    assert not any(r.startswith("contradicts the rubric") for r in other_call.bluff.reasons)


def test_name_dropping_in_sentences_is_a_weak_answer_and_jargon_with_no_predicate_a_bluff(grader: Grader) -> None:
    dense = grader.grade(RUBRIC, 1, "DNSSEC, EDNS, DoH, DoT, RRSIG, NSEC3, QNAME minimisation, anycast, ECS.")
    assert dense.bluff.suspected  # a list of terms with no predicate
    spoken = grader.grade(RUBRIC, 1, "We run Unbound with DNSSEC validation on, the stub talks DoT to it, EDNS client subnet is "
                                     "off for privacy, and the anycast resolvers sit behind Route 53 health checks.")
    assert not spoken.bluff.suspected  # name-dropping in sentences: reported, but a weak answer on its own
    assert any(r.startswith("name-drops") for r in spoken.bluff.reasons)


def test_a_non_prefix_negates_its_word_as_not_does() -> None:
    from grader.scoring.agreement import conflict_cue

    said = "and on every method, writes that aren't idempotent could run several times."
    rubric = "Hedging every method is unsafe because non-idempotent writes can be executed more than once."
    assert not conflict_cue(said, rubric)  # one says "aren't idempotent", the other "non-idempotent": no conflict
    assert conflict_cue("Writes that are idempotent can run several times.", "Non-idempotent writes can run several times.")


def test_a_percentage_is_supported_only_by_the_same_percentage(grader: Grader) -> None:
    round_ = RUBRIC.rounds[0].model_copy(update={
        "strong_answer": RUBRIC.rounds[0].strong_answer + " A resolver retries 3 times; only a few percent of lookups miss."
    })
    rubric = RUBRIC.model_copy(update={"id": "dns-percent", "rounds": [round_]})

    def figures(answer: str) -> list[str]:
        return [r for r in grader.grade(rubric, 1, answer).bluff.reasons if r.startswith("states figures")]

    # "3" and "percent" are both in the rubric, "3 percent" is not.
    assert any('"3 percent"' in r for r in figures("Resolvers cache negative answers, and exactly 3 percent of lookups miss."))
    assert figures("Resolvers cache negative answers, and a few percent of lookups miss.") == []
    # A percentage the rubric denies is no support; one the candidate denies claims nothing.
    denying = rubric.model_copy(update={"id": "dns-denied", "rounds": [round_.model_copy(update={
        "strong_answer": round_.strong_answer + " About 2% of lookups hit the authoritative servers, not 20% of them."})]})
    said = "Resolvers cache negative answers, and about 20% of lookups hit the authoritative servers."
    assert any('"20%"' in r for r in grader.grade(denying, 1, said).bluff.reasons)
    assert not [r for r in grader.grade(denying, 1, "Resolvers cache negative answers; it's 2%, not 20%, of lookups "
                                                    "that hit the authoritative servers.").bluff.reasons
                if r.startswith("states figures")]


def test_nobody_and_no_one_negate_as_not_does() -> None:
    rubric = "Lock the bucket so an attacker can't delete backups early."
    assert same_polarity("lock the bucket so nobody can delete backups early", rubric)
    assert same_polarity("lock the bucket so no one can delete backups early", rubric)
    assert not same_polarity("lock the bucket so anyone can delete backups early", rubric)


@pytest.mark.parametrize(("answer", "flagged"), [
    ("Resolvers cache negative answers, and the resolver sends back a 410 Gone for them.", True),
    ("Resolvers cache negative answers; when the record is missing the resolver returns a 410 to the client.", True),
    ("Resolvers cache negative answers too, for the SOA minimum; if you get a 410 from the API, that's another layer.",
     False),  # the code is what a condition tests, not a claim
    ("Resolvers cache negative answers for the SOA minimum, and never a 410 Gone, that would be wrong.", False),
    ("Resolvers cache negative answers; I'd return a 410 from our own API for a deleted name.", False),  # a call
    ("Resolvers cache negative answers; I think they send back a 410 Gone, but I'd check.", False),  # hedged
])
def test_a_confident_status_code_the_rubric_never_gives_is_a_bluff(grader: Grader, answer: str, flagged: bool) -> None:
    result = grader.grade(RUBRIC, 1, answer)
    reasons = [r for r in result.bluff.reasons if r.startswith("gives a code the rubric never gives")]
    assert bool(reasons) == flagged and result.bluff.suspected == flagged
    if flagged:
        assert '"410"' in reasons[0]
        # The rubric that gives the code (or its class) supports it.
        for said in ("The resolver answers such lookups with 410.", "Such lookups get a 4xx."):
            assert not grader.grade(_rubric_saying(said, "dns-code"), 1, answer).bluff.suspected


def test_a_compound_key_point_is_matched_by_its_parts_for_part_of_its_credit() -> None:
    from dataclasses import replace

    from grader.grading import GradingParams
    from grader.scoring.index import key_point_parts

    text = ("I'd use INCR with an expiry for a fixed window, or a small Lua script that refills and takes a token in "
            "one step, since Redis runs a script atomically.")
    assert key_point_parts(text) == [
        "I'd use INCR with an expiry for a fixed window",
        "a small Lua script that refills and takes a token in one step, since Redis runs a script atomically"]
    assert key_point_parts("Varnish collapses requests. In nginx it's proxy_cache_lock, off by default.") == [
        "In nginx it's proxy_cache_lock, off by default."]  # "Varnish collapses requests" is too short to stand alone
    assert key_point_parts("Keys need a TTL so idle clients don't accumulate forever.") == []
    rubric = RUBRIC.model_copy(update={"rounds": [RUBRIC.rounds[0].model_copy(update={"key_points": [
        KeyPoint(id="incr", text=text)]})]})
    answer = "Use INCR on a key per client with an expiry for the fixed window."

    def coverage(credit: float) -> float:
        params = GradingParams()
        params = replace(params, coverage=replace(params.coverage, part_credit=credit))
        return Grader(HashingEmbedder(), params=params).grade(rubric, 1, answer).key_points[0].coverage

    whole_only, with_parts, full = coverage(0.0), coverage(0.7), coverage(1.0)
    assert whole_only < with_parts < full


def test_words_for_a_problem_and_for_lacking_keep_their_polarity() -> None:
    # "lacks" negates like "isn't": both say the early data has no forward secrecy ...
    assert not conflict_cue("The early data also isn't forward secret.",
                            "Early data also lacks forward secrecy with respect to the ticket key.")
    # ... and "isn't a concern" denies what "the problem is" states.
    assert not same_polarity("The problem with early data is that it can be replayed.",
                             "Early data is encrypted, so replay isn't a concern.")


def test_a_status_code_said_with_another_code_s_standard_name_is_a_bluff(grader: Grader) -> None:
    full = ("A resolver caches the record for its TTL of 300 seconds, and negative answers are cached by resolvers "
            "too; lowering the TTL before a migration makes the change visible quickly. ")
    wrong = grader.grade(RUBRIC, 1, full + "Resolvers answer a negative lookup cached too early with a 412 Too Early.")
    assert wrong.bluff.suspected
    assert any('"412 Too Early" (425 is that name' in r for r in wrong.bluff.reasons)
    for right in ("Resolvers answer a negative lookup cached too early with a 425 Too Early.",
                  "Resolvers answer a negative lookup too large with a 413 Payload Too Large or 413 Content Too Large.",
                  "I think resolvers answer a negative lookup with a 412 Too Early, but I'd check."):
        assert not any("another code's name" in r for r in grader.grade(RUBRIC, 1, full + right).bluff.reasons), right


def test_not_worrying_about_a_thing_says_it_is_fine() -> None:
    assert same_polarity("I wouldn't worry about fork on Linux, honestly.",
                         "fork is always fine on Linux, it's copy-on-write.")
    assert not same_polarity("fork isn't fine on Linux.", "fork is always fine on Linux.")


def test_a_negation_of_another_word_beside_an_opposite_still_conflicts() -> None:
    hypothesis = "Liveness and readiness must be different checks."
    for premise in ("There's no harm in using the same check for liveness and readiness.",
                    "It never hurts to use the same check for liveness and readiness."):
        assert conflict_cue(premise, hypothesis), premise
    assert not conflict_cue("Readiness and liveness shouldn't be the same check.", hypothesis)


@pytest.mark.parametrize(("said", "flagged"), [
    ("Resolvers answer a negative lookup cached too early with a 412 Too Early.", True),
    ("People call it 412 Too Early, but resolvers answer a negative lookup cached too early with a 425 Too Early.",
     False),  # a correction
    ("Resolvers answer a negative lookup with a 412, never a 412 Too Early, that would be wrong.", False),
])
def test_a_misnamed_status_code_that_the_candidate_corrects_is_no_bluff(grader: Grader, said: str, flagged: bool) -> None:
    full = ("A resolver caches the record for its TTL of 300 seconds, and negative answers are cached by resolvers "
            "too; lowering the TTL before a migration makes the change visible quickly. ")
    reasons = grader.grade(RUBRIC, 1, full + said).bluff.reasons
    assert any("another code's name" in r for r in reasons) is flagged


def test_a_status_code_another_round_gives_is_no_invention_and_a_count_is_no_code(grader: Grader) -> None:
    second = RUBRIC.rounds[0].model_copy(update={
        "number": 2, "title": "Failures", "question": "What does a resolver return when the upstream fails?",
        "strong_answer": "A resolver whose upstream fails answers SERVFAIL; a DoH gateway maps it to a 502 Bad Gateway."})
    rubric = RUBRIC.model_copy(update={"id": "dns-two-rounds", "rounds": [RUBRIC.rounds[0], second]})
    said = "Resolvers cache negative answers; a DoH gateway in front of them returns a 502 Bad Gateway for those."
    assert not any("status code" in r for r in grader.grade(rubric, 1, said).bluff.reasons)
    counts = "Resolvers cache negative answers; each resolver gets 150 connections from 300 Django workers."
    assert not any("status code" in r for r in grader.grade(rubric, 1, counts).bluff.reasons)
    own_call = "Resolvers cache negative answers; the proxy sets a flag and returns a 410 Gone for them."
    assert any('"410"' in r for r in grader.grade(rubric, 1, own_call).bluff.reasons)  # "sets" is no choice of ours


def test_ruling_out_what_the_rubric_says_can_happen_is_left_to_the_verifier() -> None:
    """Withdrawn as a rule: "won't lose writes" against "a failover can lose writes" reads like "can't serve a LIKE
    '%foo' query" against "can serve LIKE 'foo%' prefix queries", which is true."""
    from grader.scoring.agreement import rule_contradicts

    assert not rule_contradicts("A failover never loses acknowledged writes.",
                                "Redis replication is asynchronous, so a failover can lose writes.")


_BUFFERS = ("BUFFERS adds the I/O picture: 'shared hit' counts 8 kB blocks found in shared_buffers, 'shared read' "
            "counts blocks requested from the operating system, which may mean disk.")


@pytest.mark.parametrize(("premise", "swapped"), [
    ("Shared hit counts the blocks Postgres had to fetch from disk, and shared read counts the ones it already "
     "found sitting in shared_buffers.", True),
    ("Shared hit counts the blocks found in shared_buffers, and shared read counts the ones from the OS or disk.", False),
    # one of the two said the other's way is no swap: it may be about something else
    ("Shared hit counts the blocks Postgres had to fetch from disk.", False),
    # a denied role is no role
    ("Shared hit doesn't mean disk, and shared read doesn't mean shared_buffers.", False),
])
def test_giving_two_things_each_others_role_is_a_contradiction(premise: str, swapped: bool) -> None:
    from grader.scoring.agreement import swaps_roles

    assert swaps_roles(premise, _BUFFERS) is swapped


def test_a_status_code_is_no_other_figure_for_a_duration_but_is_for_another_code() -> None:
    assert not conflict_cue("When the record is missing the resolver returns a 410 to the client.",
                            "A resolver caches the record for its TTL of 300 seconds.")
    assert conflict_cue("An expired token gets a 403 Forbidden with error invalid_token.",
                        "A bad signature, expired token or wrong audience gets 401 with error=invalid_token.")


def test_an_iso_iec_standard_the_rubric_never_cites_is_invented_authority(grader: Grader) -> None:
    said = ("Resolvers cache a record for its TTL, 300 seconds here, as ISO/IEC 19770-2 requires of every resolver; "
            "negative answers are cached for the SOA minimum.")
    reasons = grader.grade(RUBRIC, 1, said).bluff.reasons
    assert any('"ISO/IEC 19770-2"' in r for r in reasons)



def test_an_invented_standard_number_counts_in_an_aside_about_something_else_too(grader: Grader) -> None:
    """A comparison to another system ("the same idea as X, which came in with RFC 9999") is no part about the round,
    but the standard it cites is still an invented authority when the rubric never cites it."""
    said = ("Resolvers cache a record for its TTL, 300 seconds here, and negative answers for the SOA minimum. "
            "It's basically the same idea as HTTP caching with max-age, which came in with RFC 9876.")
    reasons = grader.grade(RUBRIC, 1, said).bluff.reasons
    assert any('"RFC 9876"' in r for r in reasons)


@pytest.mark.parametrize(("said", "cited"), [
    ("that's the on-behalf-of flow in section 12 of OIDC Core", ["section 12 of OIDC Core"]),
    ("Article 17 of the GDPR covers it", ["Article 17 of the GDPR"]),
    # the standard's own number is the citation; "section 4 of RFC" is not a second one
    ("Section 4 of RFC 6749 says so", ["RFC 6749"]),
    ("as in section 3 of the design doc", []),
])
def test_a_numbered_part_of_a_named_document_is_a_citation(said: str, cited: list[str]) -> None:
    from grader.scoring.bluff import _AUTHORITY

    assert [m.group(0) for regex in _AUTHORITY for m in regex.finditer(said)] == cited

@pytest.mark.parametrize(("said", "cited"), [
    ("that rule is defined in the LSB resolver specification.", "defined in the LSB resolver specification"),
    ("it was standardised in the October 2021 edition.", "standardised in the October 2021 edition"),
    ("It's an IETF standard, so every resolver does it.", "an IETF standard"),
    ("The IETF spec says resolvers must do it.", "The IETF spec says"),
    # the same document as a numbered citation beside it: cited once, by its number
    ("RFC 9999 is an IETF standard.", None),
    # no document: the word "standard" of something else, a name the gauntlet says, a denial, a hedge
    ("asyncio is part of the Python standard library.", None),
    ("the anomaly is 4 standard deviations above its baseline.", None),
    ("the objects sit in S3, which is Standard-IA storage class.", None),
    ("nodes are r6g.large spec machines.", None),
    ("we are on the Rust 2021 edition.", None),
    ("it's only available in the Enterprise edition.", None),
    ("Our API contract is an OpenAPI spec.", None),
    ("Token bucket is not an IETF standard.", None),
    ("There is no IETF standard for it.", None),
    ("That is the industry standard.", None),
    ("the TTL is defined in the SOA record standard.", None),
    ("the TTL field is a SOA-based standard.", None),
    ("I think that's defined in the LSB resolver specification.", None),
])
def test_a_named_document_the_gauntlet_never_names_credited_with_a_rule_is_invented_authority(
        grader: Grader, said: str, cited: str | None) -> None:
    """Without a number: "defined in the LSB init script specification", "standardised in the October 2021 edition",
    "it's an IETF standard", "the IETF spec says". A name word the gauntlet says is the rubric's own attribution, a
    document with no name word ("the spec", "the industry standard") cites nothing, the word "standard" of something
    else ("standard library", "Standard-IA") is no document, and said unsure it is a claim to check. Cases from a
    hostile review of the first version of the rule."""
    answer = f"Resolvers cache negative answers for the SOA minimum; {said}"
    reasons = [r for r in grader.grade(RUBRIC, 1, answer).bluff.reasons if "cites a standard" in r]
    if cited is None:
        assert not [r for r in reasons if "RFC" not in r], reasons
    else:
        assert any(f'{cited}"' in r for r in reasons), reasons
    if said.startswith("RFC"):
        assert any('"RFC 9999"' in r and "IETF" not in r for r in reasons), reasons


# Correct statements beside a rubric statement on the same subject, from a hostile review of the rule checks: none is a
# contradiction (another subject, another situation, a trade-off stated from the other side, a condition of its own).
_TRUE_BESIDE_RUBRIC = [
    ("Unlike a queue, Kafka doesn't delete messages after they are consumed.",
     "Kafka deletes messages once the retention period expires."),
    ("The server never stores passwords in plaintext.",
     "The server stores passwords as bcrypt or argon2 hashes with a per-user salt."),
    ("Plain VACUUM doesn't return space to the operating system; it marks dead tuples as reusable.",
     "VACUUM FULL returns space to the operating system by rewriting the table under an ACCESS EXCLUSIVE lock."),
    ("On a conditional request, a 304 response doesn't include a body.", "A 200 response includes the full body."),
    ("An idempotent producer doesn't prevent duplicates across producer restarts; you need transactions for that.",
     "The idempotent producer prevents duplicates caused by retries using a producer ID and sequence numbers."),
    ("A readiness probe failure doesn't restart the container.", "A liveness probe failure restarts the container."),
    ("A ClusterIP service doesn't expose the pod outside the cluster.",
     "A NodePort service exposes the pod outside the cluster on a port of every node."),
    ("Each incoming request gets a new trace ID at the edge.", "All spans of one request share the same trace ID."),
    ("Prometheus retains samples for 15 days by default.",
     "Prometheus discards samples older than the retention period, 15 days by default."),
    ("A RoleBinding grants the permissions of that Role to a user.", "Deleting the RoleBinding revokes the permissions."),
    ("Deleting a pod directly ignores PodDisruptionBudgets, and so does a node crash.",
     "The Eviction API, used by kubectl drain, respects PodDisruptionBudgets."),
    ("Keep labels to low cardinality values like status code or method.",
     "High cardinality labels such as user IDs multiply the number of series held in memory."),
    ("Log compaction keeps the latest value for each key.", "Log compaction discards older values for a key."),
    ("The mean and lower percentiles like the median hide tail latency.",
     "Higher percentiles like p99 expose tail latency that the mean hides."),
    ("Without one, the build context includes every file in the directory.",
     "The .dockerignore file excludes files from the build context."),
    ("A shared hit avoids the OS entirely, while a shared read misses shared_buffers and goes to the kernel.",
     "'shared hit' counts blocks found in shared_buffers, and 'shared read' counts blocks read from the OS, maybe disk."),
    ("With acks=all and min.insync.replicas=2 the producer writes without any risk of losing acknowledged messages "
     "when a single broker fails.", "With acks=1, the leader can lose acknowledged messages if it fails before "
     "followers replicate them."),
    ("Without the key it's impossible to read the plaintext, which is why the key lives in a KMS.",
     "An attacker who obtains the key can read the plaintext."),
    ("Because each node votes once per term, Raft has no risk of electing two leaders in the same term.",
     "A follower becomes a candidate and Raft elects a leader when a candidate wins votes from a majority."),
    ("Once a migration drops a column there is no way to roll back with a down migration alone.",
     "You can roll back a destructive migration only by restoring the dropped data from a backup."),
    ("A low TTL lets changes propagate quickly for records that change often.",
     "A high TTL cuts resolver load for records that rarely change."),
    ("VACUUM run by hand ignores the cost-based delay by default, since vacuum_cost_delay is 0.",
     "Autovacuum respects cost-based delay settings, so it can fall behind on busy tables."),
    ("A B-tree index can't serve a LIKE '%foo' query.",
     "A B-tree index can serve LIKE 'foo%' prefix queries with text_pattern_ops."),
    ("A Kafka consumer group can't have more active consumers than partitions.",
     "A consumer group can have more consumers than partitions, but the extras sit idle."),
    ("Resolvers never cache a record beyond its TTL.", "Resolvers can cache a record for up to its TTL."),
    ("A counter only goes up. Unlike a gauge, it never decreases.", "A gauge can decrease."),
    ("It doesn't restart the container.", "A liveness probe failure restarts the container."),
    ("In Postgres, a foreign key doesn't create an index.", "In MySQL, a foreign key creates an index automatically."),
    ("It respects PodDisruptionBudgets.", "A direct pod delete bypasses PodDisruptionBudgets."),
    ("Slicing includes the start index.", "A slice excludes the stop index."),
    ("Hot data skips the archive tier, and cold data skips the SSD tier.",
     "Hot data lives on the SSD tier, and cold data lives on the archive tier."),
]


@pytest.mark.parametrize(("premise", "statement"), _TRUE_BESIDE_RUBRIC)
def test_a_true_statement_beside_the_rubrics_is_no_rule_contradiction(premise: str, statement: str) -> None:
    from grader.scoring.agreement import rule_contradicts

    assert not rule_contradicts(premise, statement)


def test_a_run_of_odd_spaces_costs_linear_time() -> None:
    import time

    from grader.scoring.agreement import swaps_roles

    text = "Shared hit counts blocks found in shared_buffers" + "\u2003" * 20_000 + "and shared read counts disk."
    start = time.perf_counter()
    swaps_roles(text, _BUFFERS)
    assert time.perf_counter() - start < 2.0


def _two_rounds() -> Rubric:
    """RUBRIC with a second round that gives a figure round 1 does not."""
    second = RUBRIC.rounds[0].model_copy(update={
        "number": 2, "title": "Negative caching",
        "question": "How long do resolvers keep a negative answer?",
        "strong_answer": "Our resolvers keep negative answers for 15 minutes, the SOA minimum of the zone.",
        "key_points": [KeyPoint(id="negative-15", text="Resolvers keep negative answers for 15 minutes.")]})
    return RUBRIC.model_copy(update={"id": "dns-caching-two-rounds", "rounds": [RUBRIC.rounds[0], second]})


@pytest.mark.parametrize(("said", "to_check"), [
    # Another round gives the same figure about the same thing: the rubric states it.
    ("I think resolvers keep negative answers for 15 minutes, but I'd check.", False),
    # ... but not a figure that round gives about something else.
    ("I think the TTL of a lowered record drops to 15 minutes, but I'd check.", True),
])
def test_a_figure_another_round_gives_about_the_same_thing_is_no_claim_to_check(
        grader: Grader, said: str, to_check: bool) -> None:
    result = grader.grade(_two_rounds(), 1, f"{FULL} {said}")
    assert bool(result.bluff.to_check) == to_check, result.bluff.to_check


def _round_with_other_senses() -> Rubric:
    """RUBRIC whose round gives 15 minutes, 10 percent and 128 about things other than what the test answers say."""
    round_ = RUBRIC.rounds[0].model_copy(update={
        "question": "How long do resolvers cache a DNS answer over a 45-minute migration window?",
        "strong_answer": RUBRIC.rounds[0].strong_answer + (
            " Health checks fail over within 15 minutes. Jitter of 10 percent spreads the refreshes. The probe sends "
            "128 queries a second.")})
    return RUBRIC.model_copy(update={"id": "dns-other-senses", "rounds": [round_]})


@pytest.mark.parametrize(("said", "to_check"), [
    # The round gives the number, but about something else: said unsure, it is still a claim to check.
    ("I think the default negative TTL is 15 minutes, but I'd check.", True),
    ("I think negative answers are cached for 10 percent of the TTL, but I'd check.", True),
    ("I think the default cache size is 128, but I'd check.", True),
    # About the same thing (a word of the part in the clause that gives it) it is stated ...
    ("I think health checks fail over within 15 minutes, but I'd check.", False),
    ("I think the jitter is 10 percent, but I'd check.", False),
    # ... and the question's own scenario always is.
    ("I think the window is 45 minutes, but I'd check.", False),
])
def test_a_figure_the_round_gives_about_something_else_is_still_a_claim_to_check(
        grader: Grader, said: str, to_check: bool) -> None:
    result = grader.grade(_round_with_other_senses(), 1, f"{FULL} {said}")
    assert bool(result.bluff.to_check) == to_check, result.bluff.to_check


def test_a_version_of_another_product_does_not_state_a_version() -> None:
    grader = Grader(HashingEmbedder())
    rubric = _rubric_saying("Go 1.25 made the resolver respect the CPU limit Kubernetes sets.", "dns-go-version")
    said = "I think a resolver caches the record for its TTL since Kubernetes 1.25, but I'd check."
    assert grader.grade(rubric, 1, f"{FULL} {said}").bluff.to_check
    assert not grader.grade(rubric, 1, f"{FULL} {said.replace('Kubernetes', 'Go')}").bluff.to_check


@pytest.mark.parametrize(("said", "to_check"), [
    ("I think a resolver caches the record for its TTL at forty cents per million lookups, but I'd check.", True),
    ("I think a resolver caches negative answers in at most 32 gigs of memory, but I'd check.", True),  # a size
    # A worked example's price is the example's, however unsure the speaker is of it.
    ("Say a resolver query cost, I don't know, forty cents per million: a cached record saves all of that.", False),
])
def test_a_price_or_a_spoken_size_said_unsure_is_a_claim_to_check(grader: Grader, said: str, to_check: bool) -> None:
    result = grader.grade(RUBRIC, 1, f"{FULL} {said}")
    assert bool(result.bluff.to_check) == to_check, result.bluff.to_check


@pytest.mark.parametrize(("said", "to_check"), [
    ("I think a name the resolver fails to look up gets RCODE 2 in the header, but I'd check.", True),
    ("I think a resolver that caches too many records exits with exit code 143, but I'd check.", True),
    ("I think a name that does not exist gets RCODE 3 in the header, but I'd check.", False),  # given under its label
])
def test_a_labelled_code_said_unsure_that_no_round_gives_is_a_claim_to_check(grader: Grader, said: str, to_check: bool) -> None:
    rubric = _rubric_saying("A name that does not exist gets NXDOMAIN, response code 3, in the header.", "dns-rcodes")
    result = grader.grade(rubric, 1, f"{FULL} {said}")
    assert bool(result.bluff.to_check) == to_check, result.bluff.to_check


@pytest.mark.parametrize(("said", "document", "stated"), [
    ("Terraform 1.10", "terraform 1.10 added use_lockfile", True),
    ("Terraform 1.1", "terraform 1.10 added use_lockfile", False),  # not a prefix of another version
    ("Terraform 1.10", "since 1.10 the s3 backend locks natively with terraform", True),  # unnamed, product named
    ("FAPI 2.0", "oauth 2.0 and oauth 2.1", False),  # the same numbers of another product
])
def test_a_version_is_stated_only_as_the_same_numbers_of_the_same_product(said: str, document: str, stated: bool) -> None:
    from grader.quantities import find_versions
    from grader.scoring.bluff import _document_values, _version_stated

    rubric, versions = _document_values(document)
    assert _version_stated(find_versions(said)[0], rubric, versions) == stated


def test_a_labelled_code_is_quoted_in_the_candidate_s_words(grader: Grader) -> None:
    # "status 14" is read as a status code; the reason still quotes what was said, not "status code 14".
    said = grader.grade(RUBRIC, 1, "When a negative answer is cached, the resolver returns status 14 to the client.")
    reasons = [r for r in said.bluff.reasons if r.startswith("gives a code the rubric never gives")]
    assert reasons and '"status 14"' in reasons[0] and "status code 14" not in reasons[0]


def test_a_labelled_code_the_gauntlet_never_gives_said_plainly_is_an_invented_specific(grader: Grader) -> None:
    said = grader.grade(RUBRIC, 1, "When a negative answer is cached, the resolver logs error 1032, the duplicate-key error.")
    assert any(r.startswith("gives a code the rubric never gives") and '"error 1032"' in r for r in said.bluff.reasons)
    # In the condition, the candidate's own call, or ruled out: nothing is claimed about the world.
    for answer in ("If the resolver logs error 1032, I'd lower the TTL before the migration.",
                   "I'd exit with code 3 when the negative answer is cached.",
                   "Negative answers are cached, and it is never error 1032 that the resolver logs."):
        result = grader.grade(RUBRIC, 1, answer)
        assert not any(r.startswith("gives a code") for r in result.bluff.reasons), answer


def test_a_version_of_a_named_product_the_gauntlet_never_gives_is_an_invented_specific(grader: Grader) -> None:
    rubric = RUBRIC.model_copy(deep=True)
    rubric.rounds[0].strong_answer += " Since BIND 9.12, negative answers are also served stale when upstream fails."
    said = grader.grade(rubric, 1, "Since BIND 9.16 the resolver keeps negative answers for exactly one hour.")
    assert any(r.startswith("gives a version the rubric never gives") and '"BIND 9.16"' in r for r in said.bluff.reasons)
    named = grader.grade(rubric, 1, "Since version 16 the resolver keeps negative answers for exactly one hour.")
    assert any('"version 16"' in r for r in named.bluff.reasons if r.startswith("gives a version"))
    for answer in ("Since BIND 9.12 the resolver keeps negative answers, I believe.",  # the version the rubric gives
                   "Since Unbound 1.9 the resolver keeps negative answers.",  # a product the gauntlet never names
                   "If you still run BIND 9.16, I'd lower the TTL before the migration.",  # a condition
                   "BIND version one caches negative answers too."):  # a number word is no version as written
        result = grader.grade(rubric, 1, answer)
        assert not any("version the rubric never gives" in r for r in result.bluff.reasons), answer


def test_a_setting_value_the_gauntlet_gives_otherwise_is_a_contradiction(grader: Grader) -> None:
    rubric = RUBRIC.model_copy(deep=True)
    rubric.rounds[0].strong_answer += " The resolver's retry count is 2 by default, so a dead server costs two timeouts."
    wrong = grader.grade(rubric, 1, "Resolvers cache negative answers too, and the resolver's retry count defaults to 5.")
    assert any('"defaults to 5"' in r and "retry count is 2" in r for r in wrong.bluff.reasons), wrong.bluff.reasons
    right = grader.grade(rubric, 1, "Resolvers cache negative answers too, and the resolver's retry count defaults to 2.")
    assert not any("defaults to" in r for r in right.bluff.reasons)
    # About something else: another setting's value is no other value for this one.
    other = grader.grade(rubric, 1, "Resolvers cache negative answers too, and the TTL cap defaults to 5.")
    assert not any('"defaults to 5"' in r for r in other.bluff.reasons)


def test_a_part_giving_codes_the_gauntlet_never_gives_in_a_bluff_is_no_evidence(grader: Grader) -> None:
    result = grader.grade(RUBRIC, 1, "Negative answers are cached by resolvers, which log error 1032 and SQLSTATE 23505.")
    assert result.bluff.suspected and any(r.startswith("gives a code") for r in result.bluff.reasons)
    negative = next(k for k in result.key_points if k.id == "negative-cached")
    assert not negative.covered and "1032" not in (negative.evidence or "")


def test_a_figure_of_another_named_setting_is_no_other_value_for_the_rubrics_setting(grader: Grader) -> None:
    rubric = RUBRIC.model_copy(deep=True)
    rubric.rounds[0].strong_answer += " The resolver's upstream_query_timeout defaults to 5 seconds per upstream query."
    other = grader.grade(rubric, 1, "The resolver's upstream_retry_backoff defaults to 30 seconds per upstream query.")
    assert not any("where the rubric says" in r for r in other.bluff.reasons), other.bluff.reasons
    same = grader.grade(rubric, 1, "The resolver's upstream_query_timeout defaults to 30 seconds per upstream query.")
    assert any("where the rubric says" in r for r in same.bluff.reasons), same.bluff.reasons


def test_another_rate_of_the_thing_the_gauntlet_gives_a_rate_of_is_a_contradiction_in_the_candidates_words(
        grader: Grader) -> None:
    rubric = RUBRIC.model_copy(deep=True)
    rubric.rounds[0].strong_answer += (" Each resolver answers at most 1,000 cached queries per second from its "
                                       "negative cache.")
    wrong = grader.grade(rubric, 1, "Each resolver answers about ten thousand cached queries a second from its "
                                    "negative cache.")
    assert any('"ten thousand cached queries a second"' in r and "1,000 cached queries per second" in r
               for r in wrong.bluff.reasons), wrong.bluff.reasons
    # Another thing counted ("uncached lookups" are not "cached queries"), or the same rate: no conflict.
    for answer in ("Each resolver answers about ten thousand uncached lookups a second from its negative cache.",
                   "Each resolver answers about one thousand cached queries a second from its negative cache."):
        result = grader.grade(rubric, 1, answer)
        assert not any("a second" in r and "where the rubric says" in r for r in result.bluff.reasons), answer


def test_a_figure_of_a_case_the_gauntlet_supposes_pins_nothing(grader: Grader) -> None:
    rubric = RUBRIC.model_copy(deep=True)
    rubric.rounds[0].strong_answer += (" Say a resolver answers 1,000 cached queries per second from its negative "
                                       "cache and the upstream stalls for a second: nothing is lost.")
    target = grader.grade(rubric, 1, "Each resolver answers about ten thousand cached queries a second from its "
                                     "negative cache.")
    assert not any("where the rubric says" in r for r in target.bluff.reasons), target.bluff.reasons


def test_another_code_said_with_its_registered_name_contradicts_the_rubric_s_code(grader: Grader) -> None:
    rubric = RUBRIC.model_copy(deep=True)
    rubric.rounds[0].strong_answer += " When a resolver's zone transfer fails the check, the primary rejects it with HTTP 409 Conflict."
    wrong = grader.grade(rubric, 1, "When the zone transfer fails the check, the primary comes back with a 422 "
                                    "Unprocessable Entity.")
    assert any('"422"' in r and "409 Conflict" in r for r in wrong.bluff.reasons), wrong.bluff.reasons


def test_a_why_that_corrects_several_claims_gives_each_clause_as_a_correction() -> None:
    from grader.scoring.index import why_phrasings

    why = ("The codes point at different failures: a 502 is a refused, reset or malformed exchange, a 504 is a backend "
           "that didn't answer in time, and the fixes are different.")
    assert why_phrasings(why) == [why, "The codes point at different failures",
                                  "a 502 is a refused, reset or malformed exchange",
                                  "a 504 is a backend that didn't answer in time", "and the fixes are different."]
    assert why_phrasings("Retries multiply rather than add; three attempts at four layers is 81 calls.")[1:] == [
        "Retries multiply rather than add", "three attempts at four layers is 81 calls."]
    # A clause that states the weak claim to reject it is no correction of its own.
    assert why_phrasings("The idea that retrying any failed request is safe is wrong: a 504 may mean the work was "
                         "done.")[1:] == ["a 504 may mean the work was done."]
    assert why_phrasings("It confuses a kernel mechanism with a metrics system.") == [
        "It confuses a kernel mechanism with a metrics system."]  # one claim: the sentence alone


@pytest.mark.parametrize("unit, expected", [
    ("So 502 versus 504.", True),  # the question's codes, framed: no claim
    ("Okay, 502 versus 504.", True),
    ("Check the 502s.", False),  # a verb: a step, not a restatement
    ("The 504.", False),  # unframed: to "502 or 504?" it picks one
    ("Only the 502s.", False),
    ("504 is a gateway timeout.", False),
    ("Just raise the timeout.", False),
    ("502s mean the backend is down.", False),
    ("So 502 versus 504, and they're different failures entirely here.", False),  # too long to be a bare restatement
])
def test_a_short_part_in_the_questions_own_words_restates_it(unit: str, expected: bool) -> None:
    from grader.scoring.patterns import restates_question

    question = ("Users report intermittent 502s and, separately, 504s through nginx. How do you tell the two apart, "
                "and what do you check for each?")
    assert restates_question(unit, question) is expected


@pytest.mark.parametrize("text, names", [
    ("the client gets an UnavailableException, which is the failing read", ["UnavailableException"]),
    ("every write comes back with a MISCONF error", ["MISCONF"]),
    ("it returns DEADLINE_EXCEEDED to the caller", ["DEADLINE_EXCEEDED"]),
    ("DNS errors and TLS errors are retried", []),  # where it failed, not the error's name
    ("a CORS error in the browser", []),
    ("it throws an IOException, then HTTPErrors", ["IOException", "HTTPError"]),
    ("BATCH_SIZE is 500", []),  # a setting's name is no error
])
def test_an_error_is_named_by_its_class_its_label_or_its_grpc_status(text: str, names: list[str]) -> None:
    from grader.scoring.bluff import _error_names_of

    assert [name for name, _ in _error_names_of(text)] == names


def test_an_answer_that_denies_what_the_rubric_s_contrast_denies_agrees_with_it():
    rubric = ("The OOMKill, exit code 137, comes from the kernel's cgroup OOM killer, not from a "
              "java.lang.OutOfMemoryError, which is why the heap graphs look fine.")
    assert not conflict_cue("The OOMKill is the kernel's cgroup killer, exit code 137, not an OutOfMemoryError.", rubric)
    # ... and one that says what the contrast denies still conflicts with it
    assert conflict_cue("The OOMKill is a java.lang.OutOfMemoryError thrown by the heap, exit code 137.", rubric)


def test_an_answer_that_swaps_the_sides_of_the_rubric_s_contrast_still_conflicts():
    rubric = ("The OOMKill, exit code 137, comes from the kernel's cgroup OOM killer, not from a "
              "java.lang.OutOfMemoryError, which is why the heap graphs look fine.")
    assert conflict_cue("Exit code 137 is a java.lang.OutOfMemoryError, not the kernel's OOM killer.", rubric)
    assert conflict_cue("Memory is driven mostly by the number of scrape targets, not by the number of active series.",
                        "Prometheus memory is driven by the number of active series, not by the number of targets.")


def test_a_value_the_rubric_only_gives_as_an_example_is_not_contradicted_by_another(grader: Grader) -> None:
    example = "The wait between resolver retries grows exponentially, for example 100 ms, 200 ms, 400 ms up to a cap."
    answer = "The wait between resolver retries starts at 50 ms and doubles up to a cap."
    other = grader.grade(_rubric_saying(example, "example-only"), 1, answer)
    assert not any("where the rubric says" in r for r in other.bluff.reasons), other.bluff.reasons
    pinned = grader.grade(_rubric_saying(example + " The wait between resolver retries starts at 100 ms.", "pinned"), 1,
                          answer)
    assert any("where the rubric says" in r for r in pinned.bluff.reasons), pinned.bluff.reasons


def test_an_answer_that_agrees_with_the_rubric_s_contrast_in_its_own_words_is_no_swap():
    assert not conflict_cue("And the fix is on the server, the frontend can't fix CORS.",
                            "So the fix for this error belongs in the API's CORS configuration, not in the frontend.")


def test_a_figure_in_another_unit_is_the_candidates_own_not_the_weak_answers() -> None:
    # A part read as the weak answer "set decision_wait to a few minutes" (its reason: "five minutes means 15 million
    # spans") that says the default is 5 seconds gets a fact wrong on its own account: 5 seconds is not five minutes.
    from grader.result import WeakPatternResult
    from grader.scoring.bluff import _own_figure

    pattern = WeakPatternResult(id="long-wait", text="Set decision_wait to a few minutes so no late span is missed.",
                                why="At 50,000 spans per second, five minutes means 15 million spans in memory.",
                                evidence="x", similarity=0.67)
    assert _own_figure("because decision_wait defaults to 5 seconds", pattern)
    assert not _own_figure("I'd make decision_wait five minutes", pattern)
    assert _own_figure("decision_wait defaults to 7 minutes", pattern)


def test_another_version_for_what_a_rubric_sentence_versions_is_a_contradiction_however_well_covered(grader) -> None:
    rubric = _rubric_saying("Since Redis 2.6.12 the SET command accepts the NX and PX options in one atomic call.",
                            "dns-redis-version")
    covered = ("A resolver caches the record for its TTL of 300 seconds, and negative answers are cached by resolvers "
               "too. Lowering the TTL before a migration makes the change visible quickly.")
    wrong = grader.grade(rubric, 1, f"{covered} The NX and PX options only landed on the SET command in Redis 6.0.")
    assert any(r.startswith('states "Redis 6.0" where the rubric says') and "2.6.12" in r for r in wrong.bluff.reasons), \
        wrong.bluff.reasons
    # A version of the same product for something the rubric has no sentence on is a detail it leaves out.
    other = grader.grade(rubric, 1, f"{covered} Redis 7.0 added functions, which replace most Lua scripts.")
    assert not any("where the rubric says" in r for r in other.bluff.reasons), other.bluff.reasons
    # Only the clause that holds the version is compared: the one after it may well say what the rubric says.
    clauses = grader.grade(rubric, 1, f"{covered} Keys could expire since Redis 1.0, and now the SET command accepts "
                                      "the NX and PX options in one atomic call.")
    assert not any("where the rubric says" in r for r in clauses.bluff.reasons), clauses.bluff.reasons


def test_one_listed_alternative_credited_to_another_is_a_contradiction(grader: Grader) -> None:
    """The fresh31 blind feature-flag case, on DNS: things the rubric lists side by side belong to none of the others."""
    rubric = _rubric_saying("Resolvers such as Unbound, BIND, Knot and dnsmasq all cache negative answers.", "dns-siblings")
    covered = "A resolver caches the record for its TTL of 300 seconds. "

    def credited(answer: str) -> list[str]:
        return [r for r in grader.grade(rubric, 1, covered + answer).bluff.reasons if r.startswith("states \"")]

    [reason] = credited("dnsmasq is BIND's lightweight resolver daemon, so it caches negative answers the same way.")
    assert reason.startswith('states "dnsmasq is BIND\'s"') and "Unbound, BIND, Knot and dnsmasq" in reason
    assert credited("We run BIND's dnsmasq cache on every node.")
    assert credited("dnsmasq was developed by BIND, so it caches negative answers the same way.")
    # a list of its own, each thing on its own, a denial, a comparison, or an ordinary word: no owner claimed
    assert not credited("We compared Knot, BIND's cache and dnsmasq.")
    assert not credited("dnsmasq caches negative answers, and so does BIND.")
    assert not credited("dnsmasq is not BIND's, it is a separate project.")
    assert not credited("dnsmasq is BIND's main competitor on small routers.")
    assert not credited("Unbound's Knot module caches negative answers.")  # "knot" is an ordinary word
    assert not credited("BIND's negative cache holds answers for the SOA minimum.")


def test_the_things_a_rubric_lists_side_by_side() -> None:
    from grader.scoring.siblings import sibling_groups

    found = sibling_groups(("There are providers for LaunchDarkly, Unleash, flagd and others.",
                            "The choice is among the multi-queue schedulers: none, mq-deadline, bfq and kyber.",
                            "Run it with a flag key, a default value and an evaluation context.",
                            "Only two things matter: latency and cost."))
    assert [sorted(items) for items, _ in found] == [["flagd", "launchdarkly", "unleash"],
                                                     ["bfq", "kyber", "mq-deadline", "none"]]


@pytest.mark.parametrize(("said", "flagged"), [
    # a ratio credited to a source is a statistic, as a percentage is
    ("The research found that resolvers cache negative answers roughly double the time of positive ones.", True),
    ("A study showed that resolvers cache negative answers three times as long as positive ones.", True),
    # ... not said of a source, nor a choice
    ("Resolvers cache negative answers roughly double the time of positive ones.", False),
])
def test_a_ratio_credited_to_a_source_is_a_statistic(grader: Grader, said: str, flagged: bool) -> None:
    reasons = grader.grade(RUBRIC, 1, "A resolver caches the record for its TTL of 300 seconds. " + said).bluff.reasons
    assert any("figures the rubric does not support" in r for r in reasons) == flagged


@pytest.mark.parametrize(("said", "flagged"), [
    ("Negative answers are cached for two days by every resolver.", True),
    # what the candidate warns against claims no figure
    ("You don't want a negative answer hanging around for two days.", False),
    ("The last thing you want is a negative answer cached for two days.", False),
])
def test_a_figure_the_candidate_warns_against_is_no_claim(grader: Grader, said: str, flagged: bool) -> None:
    from grader.scoring import bluff
    from grader.scoring.answer import build_answer_view, split_answer

    units = split_answer(said)
    view = build_answer_view(said, units, grader.embedder.embed(units))
    assert bool(bluff.unsupported_measures(grader.round_index(RUBRIC, 1), view)) == flagged


def test_a_setting_said_without_its_namespace_is_the_same_setting() -> None:
    from grader.scoring.bluff import _same_setting

    assert _same_setting({"dirty_expire_centisecs"}, {"vm.dirty_writeback_centisecs", "vm.dirty_expire_centisecs"})
    assert not _same_setting({"zookeeper.session.timeout.ms"}, {"session.timeout.ms"})  # dotted names are whole
    assert not _same_setting({"dirty_expire_centisecs"}, {"vm.dirty_writeback_centisecs"})
    assert not _same_setting({"timeout.ms"}, {"session_timeout.ms"})


def test_posix_editions_are_citations() -> None:
    from grader.scoring.bluff import _AUTHORITY

    said = "O_DIRECT is defined in POSIX.1-2008 next to O_SYNC."
    assert [m.group(0) for regex in _AUTHORITY for m in regex.finditer(said)] == ["POSIX.1-2008"]


@pytest.mark.parametrize(("said", "warned"), [
    ("You don't want a release flag hanging around for two years.", True),
    ("The last thing you want is a negative answer cached for two days.", True),
    # what pins a value is claimed, warning or not
    ("You don't want a release flag older than the tool's 90-day limit.", False),
    ("We don't want to poll, since the minimum polling interval is 5 minutes.", False),
    ("You don't want to trust the cache, because it holds data for up to 30 seconds.", False),
])
def test_only_a_figure_inside_what_is_not_wanted_is_warned_against(said: str, warned: bool) -> None:
    from grader.quantities import digits, measures
    from grader.scoring.bluff import _warned_against

    text = digits(said)
    [figure] = [q for q in measures(said) if q.kind == "duration"]
    assert _warned_against(text, figure.start, figure.end) is warned
