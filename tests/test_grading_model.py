"""Golden cases graded with the real bundled model (tests/data/golden/ebpf.json).

Each case: ``{id, round, trap?, answer, expect: {band_in, bluff, patterns_include, trap_followup}}``.
``bluff`` and ``trap_followup`` are true or false, or null when the case does not judge them (a misconception
such as "eBPF is faster than Prometheus" may or may not add up to a bluff). The answers are written for these
tests in spoken style; the measured development set lives in benchmarks/data and is not reused here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader.grading import Grader
from grader.result import GradeResult
from grader.rubric.loader import load_rubric
from grader.rubric.schema import Rubric
from grader.scoring.answer import build_answer_view
from grader.text import answer_units

pytestmark = pytest.mark.model

GOLDEN = Path(__file__).parent / "data" / "golden" / "ebpf.json"
CASES = json.loads(GOLDEN.read_text(encoding="utf-8"))

# Cases the engine gets wrong today, per check; each is reported to the lead. Strict: when the engine is
# fixed the xfail fails, and the entry is removed.
KNOWN_WRONG: dict[str, str] = {}
QUOTES_WRONG: dict[str, str] = {}
# (Empty since "everyone" is a universal claim that "most of the team only needs the first" restricts.)
FALSE_PATTERNS: dict[str, str] = {}


def _params(known: dict[str, str], cases: list[dict] | None = None) -> list:
    params = []
    for case in CASES if cases is None else cases:
        marks = [pytest.mark.xfail(strict=True, reason=known[case["id"]])] if case["id"] in known else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


STRONG_CASES = [c for c in CASES if c["expect"]["band_in"][0] == "strong"]


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric("ebpf-observability")


@pytest.fixture(scope="module")
def grader() -> Grader:
    """One Grader with the real model for the whole module (shared with other model tests in the process)."""
    from grader.embedding import default_embedder

    embedder = default_embedder("torch")
    return Grader(embedder)


@pytest.fixture(scope="module")
def graded(rubric: Rubric, grader: Grader) -> dict[str, GradeResult]:
    """All golden cases graded in one pass (grade_many embeds them together), keyed by case id."""
    from grader.grading import GradeRequest

    requests = [GradeRequest(rubric, c["round"], c["answer"], c["id"], c.get("trap")) for c in CASES]
    return {r.id: r for r in grader.grade_many(requests)}


def test_golden_file_is_well_formed(rubric: Rubric) -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)) and len(ids) >= 20
    for case in CASES:
        round_ = rubric.round(case["round"])
        if case.get("trap"):
            round_.trap(case["trap"])
        expect = case["expect"]
        assert set(expect) == {"band_in", "bluff", "patterns_include", "trap_followup"}, case["id"]
        assert set(expect["band_in"]) <= {"strong", "adequate", "weak"} and expect["band_in"]
        assert set(expect["patterns_include"]) <= {p.id for p in round_.weak_patterns}, case["id"]
    # Every explicit weak pattern of the rubric has a case that must flag it.
    flagged = {p for c in CASES for p in c["expect"]["patterns_include"]}
    assert flagged == {p.id for r in rubric.rounds for p in r.weak_patterns}
    # Every round has a strong case.
    assert {c["round"] for c in CASES if c["expect"]["band_in"][0] == "strong" and not c.get("trap")} == {1, 2, 3, 4, 5}


@pytest.mark.parametrize("case", _params(KNOWN_WRONG))
def test_golden_case(case: dict, graded: dict[str, GradeResult]) -> None:
    result = graded[case["id"]]
    expect = case["expect"]
    summary = (f"score {result.score}, band {result.band}, patterns {[p.id for p in result.weak_patterns]}, "
               f"bluff {result.bluff.suspected} ({result.bluff.confidence}: {result.bluff.reasons}), "
               f"trap_followup {result.trap_followup is not None}")
    assert result.error is None
    assert result.trap == case.get("trap")
    assert result.band in expect["band_in"], summary
    found = {p.id for p in result.weak_patterns}
    assert set(expect["patterns_include"]) <= found, summary
    if expect["bluff"] is not None:
        assert result.bluff.suspected is expect["bluff"], summary
        if expect["bluff"]:
            assert result.bluff.reasons
    if expect["trap_followup"] is not None:
        assert (result.trap_followup is not None) is expect["trap_followup"], summary


@pytest.mark.parametrize("case", _params(QUOTES_WRONG))
def test_golden_quotes_come_from_the_answer(case: dict, graded: dict[str, GradeResult]) -> None:
    result = graded[case["id"]]
    quotes = [kp.evidence for kp in result.key_points if kp.covered] + [p.evidence for p in result.weak_patterns]
    for quote in quotes:
        assert quote and quote in case["answer"], quote


@pytest.mark.parametrize("case", _params(FALSE_PATTERNS, STRONG_CASES))
def test_strong_cases_flag_no_weak_pattern(case: dict, graded: dict[str, GradeResult]) -> None:
    result = graded[case["id"]]
    assert [(p.id, p.evidence) for p in result.weak_patterns] == []
    assert result.bluff.contradictions == []


def test_strong_cases_outscore_weak_cases_of_the_same_round(graded: dict[str, GradeResult]) -> None:
    for round_number in range(1, 6):
        cases = [c for c in CASES if c["round"] == round_number and not c.get("trap")]
        strong = [graded[c["id"]].score for c in cases if c["expect"]["band_in"][0] == "strong"]
        weak = [graded[c["id"]].score for c in cases if c["expect"]["band_in"] == ["weak"]]
        assert min(strong) > max(weak), (round_number, strong, weak)


def test_single_grade_matches_the_batch_pass(rubric: Rubric, grader: Grader, graded: dict[str, GradeResult]) -> None:
    case = next(c for c in CASES if c["id"] == "r2-wrong-versions-bluff")
    single = grader.grade(rubric, case["round"], case["answer"], id=case["id"])
    assert single.row() == graded[case["id"]].row()


ROOT = Path(__file__).resolve().parents[1]
# Our own documents and the development gauntlets (never the held-out or blind ones).
DOCUMENTS = [*sorted((ROOT / "tests" / "data" / "gauntlets").glob("*.*")),
             *sorted((ROOT / "benchmarks" / "data" / "dev2" / "gauntlets").glob("*.txt")),
             ROOT / "benchmarks" / "data" / "gauntlets" / "rate-limiter-design.txt"]


def test_the_strong_answer_itself_is_strong_contradicts_nothing_and_is_no_bluff(rubric: Rubric, grader: Grader) -> None:
    """The rubric's own strong answer, pasted verbatim, was flagged as a bluff in 6 of 25 rounds: its sentences were
    read against other key points ("BTF requires kernel 5.2+" against "most tools need at least 4.14")."""
    from grader.grading import GradeRequest
    from grader.rubric.importer import import_gauntlet_file

    rubrics = [rubric] + [import_gauntlet_file(d).rubric for d in DOCUMENTS]
    requests = [GradeRequest(r, n.number, n.strong_answer, f"{r.id} round {n.number}") for r in rubrics for n in r.rounds]
    assert len(requests) >= 30
    for result in grader.grade_many(requests):
        contradicted = [k.id for k in result.key_points if k.status == "contradicted"]
        assert (result.band, result.bluff.suspected, contradicted) == ("strong", False, []), (result.id, result.bluff.reasons)


@pytest.mark.parametrize(
    "round_number, answer",
    [
        (3, "I'd need to look that up, I haven't deployed eBPF tools myself."),
        (3, "I don't know. At my last job we never used eBPF, so I'd need to read up on it."),
        (2, "I'm not sure, I haven't used eBPF in production."),
    ],
)
def test_an_answer_that_only_admits_not_knowing_earns_nothing_and_is_quoted_nowhere(
    rubric: Rubric, grader: Grader, round_number: int, answer: str
) -> None:
    result = grader.grade(rubric, round_number, answer)
    assert (result.band, result.score) == ("weak", 0.0)
    assert not [k for k in result.key_points if k.evidence] and not result.weak_patterns and not result.bluff.suspected
    assert all(k.similarity == 0.0 for k in result.key_points)  # no -1 placeholder for a part left out


def test_an_honest_guess_at_a_requirement_is_not_the_opposite_weak_answer(rubric: Rubric, grader: Grader) -> None:
    """The issue's example: "eBPF works on any Linux kernel" was reported for "probably needs a recent kernel"."""
    for answer in ("Probably needs a recent kernel.", "I think newer kernels are needed but I'd have to look up the exact versions."):
        result = grader.grade(rubric, 2, answer)
        assert "works-on-any-kernel" not in [p.id for p in result.weak_patterns] and not result.bluff.suspected, answer


def test_naming_what_one_does_not_remember_is_not_the_weak_answer_on_that_topic(grader: Grader) -> None:
    """fresh18/: an honest Istio answer showed the weak answer "Outlier detection is a circuit breaker ..." on "I
    don't remember Istio's exact defaults for outlier detection, ...". A claim beside the doubt still shows it."""
    from grader.rubric.importer import import_gauntlet_file

    istio = import_gauntlet_file(ROOT / "benchmarks" / "data" / "fresh18" / "gauntlets" / "istio-service-mesh.txt").rubric
    doubt = ("I'll be upfront: I don't remember Istio's exact defaults for outlier detection, the ejection time and the "
             "error count, so I'd look those up rather than guess.")
    assert grader.grade(istio, 3, doubt).weak_patterns == []
    claim = ("I don't remember Istio's exact defaults for outlier detection, but outlier detection is a circuit breaker, "
             "so once payments starts failing Istio stops sending it traffic.")
    assert "outlier-detection-circuit-breaker-payments" in [w.id for w in grader.grade(istio, 3, claim).weak_patterns]


@pytest.mark.parametrize("answer", ["BTF needs kernel 3.10, not 5.2.", "It's a myth that BTF needs kernel 5.2."])
def test_denying_a_rubric_fact_is_a_contradiction_not_evidence(rubric: Rubric, grader: Grader, answer: str) -> None:
    result = grader.grade(rubric, 2, answer)
    btf = next(k for k in result.key_points if k.id == "btf-core-kernel-5-2")
    assert (btf.covered, btf.status, btf.conflict) == (False, "contradicted", answer)
    assert result.bluff.suspected and result.band == "weak"


def test_a_higher_version_for_what_a_distribution_ships_is_a_contradiction(rubric: Rubric, grader: Grader) -> None:
    """"CentOS 7 ships kernel 3.10" says which kernel it has: 5.10 is wrong, though higher."""
    result = grader.grade(rubric, 2, "Older nodes like CentOS 7 with kernel 5.10 can't run the tools.")
    assert any("CentOS 7 ships kernel 3.10" in reason for reason in result.bluff.reasons), result.bluff.reasons


def test_a_version_said_in_words_counts_as_the_number(rubric: Rubric, grader: Grader) -> None:
    right = grader.grade(rubric, 2, "BTF requires kernel five point two or newer.")
    assert "btf-core-kernel-5-2" in [k.id for k in right.key_points if k.covered]
    wrong = grader.grade(rubric, 2, "BTF needs kernel three point two.")
    assert wrong.bluff.suspected and "three point two" in wrong.bluff.reasons[0]  # the candidate's words are quoted


def test_a_wrong_expansion_said_as_what_it_is_is_a_contradiction(rubric: Rubric, grader: Grader) -> None:
    """The shipped bluffer transcript's trap answer was graded adequate with no bluff."""
    result = grader.grade(rubric, 2, "BTF is the BPF Transfer Framework. It ships events to user space really fast.",
                          trap_id="what-is-btf")
    assert result.bluff.suspected and result.band == "weak"
    assert any('BTF is "BPF Transfer Framework"' in reason for reason in result.bluff.reasons)


def test_an_answer_is_checked_against_the_facts_of_every_round_of_its_gauntlet() -> None:
    from grader.embedding import HashingEmbedder
    from grader.grading import Grader
    from grader.rubric.facts import gauntlet_facts
    from grader.rubric.schema import Fact, KeyPoint, Round, Rubric

    fact = Fact(id="mx-value", subject="mx parameter", aliases=["mx"], kind="quantity", value="24", unit="hours",
                text="The mx parameter defaults to 24 hours if omitted.")
    rounds = [Round(number=n, title=f"r{n}", question=f"Question {n} about the mx parameter?", skill="s",
                    strong_answer="The mx parameter defaults to 24 hours if omitted, so set it explicitly.",
                    key_points=[KeyPoint(id="kp", text="Set the mx parameter explicitly.")],
                    facts=[fact] if n == 1 else []) for n in (1, 2)]
    rubric = Rubric(id="mx", title="mx", rounds=rounds)
    assert gauntlet_facts(rounds[1], [rounds[0]]) == [fact]
    result = Grader(HashingEmbedder()).grade(rubric, 2, "If you leave mx out, clients keep it for seven days.")
    assert any("24 hours" in c for c in result.bluff.contradictions)


def test_another_product_s_default_stays_in_the_round_that_compares_with_it() -> None:
    from grader.rubric.facts import gauntlet_facts
    from grader.rubric.schema import Fact, KeyPoint, Round

    kafka = Fact(id="retention-period-value", subject="retention period", kind="quantity", value="7", unit="days",
                 text="Kafka is a log: records stay for the retention period, seven days by default.")

    def round_(n: int, strong: str, facts: list[Fact]) -> Round:
        return Round(number=n, title=f"r{n}", question=f"Question {n} about the queue?", skill="s", strong_answer=strong,
                     key_points=[KeyPoint(id="kp", text="The queue keeps a message until it is deleted.")], facts=facts)

    sqs = round_(1, "A message stays in the queue until it is deleted or the retention period runs out.", [])
    others = [round_(2, "Deletes need the receipt handle.", []), round_(3, "Visibility hides a message.", []),
              round_(4, "Unlike the queue, Kafka is a log: records stay for the retention period, seven days by "
                        "default.", [kafka])]
    assert gauntlet_facts(sqs, others) == []  # Kafka's default, not the queue's
    comparing = round_(5, "Compared with Kafka, the queue deletes messages once processed.", [])
    assert gauntlet_facts(comparing, [*others[:2], others[2]]) == [kafka]  # a round that brings Kafka up


def test_an_answer_about_another_system_is_off_topic_not_a_bluff_and_a_short_bluff_in_the_rounds_words_is_not(
        rubric: Rubric, grader: Grader) -> None:
    """The rubric cannot tell an off-topic answer's true details from invented ones: they are no bluff. A short bluff
    made of the round's own words is about the round all the same."""
    from grader.rubric.importer import import_gauntlet_file

    data = ROOT / "benchmarks" / "data" / "fresh2"
    redis = import_gauntlet_file(data / "gauntlets" / "redis-cache-invalidation.txt").rubric
    rows = [json.loads(line) for line in (data / "redis-cache-invalidation_answers.jsonl").read_text().splitlines()]
    postgres = next(r for r in rows if r["id"] == "rci-r2-06")  # Postgres tuning asked about Redis eviction
    assert postgres["kind"] == "offtopic" and "shared_buffers" in postgres["answer"]
    assert not grader.grade(redis, postgres["round"], postgres["answer"]).bluff.suspected
    invented = ("Tetragon ships a --legacy-kernel flag and a bpf-polyfill shim that backport the BPF features into "
                "older kernels, so the 3.10 nodes get the full feature set.")
    assert grader.grade(rubric, 2, invented).bluff.suspected


@pytest.mark.parametrize(("folder", "stem", "answer_id"), [
    # DNS privacy asked about failover: near the round by topic, in words the rubric does not use ("RFC 8484" is true)
    ("fresh6", "dns-failover", "dns-r1-06"),
    # a service mesh asked about kernel TCP observability: off the round, its product names are no name-dropping
    ("fresh12", "linux-tcp-tuning", "tcp-r5-06"),
])
def test_an_answer_on_a_neighbouring_subject_is_off_topic_and_its_true_details_are_no_bluff(
        grader: Grader, folder: str, stem: str, answer_id: str) -> None:
    from grader.rubric.importer import import_gauntlet_file
    from grader.scoring.bluff import on_topic_units

    data = ROOT / "benchmarks" / "data" / folder
    rubric = import_gauntlet_file(data / "gauntlets" / f"{stem}.txt").rubric
    rows = [json.loads(line) for line in (data / f"{stem}_answers.jsonl").read_text().splitlines()]
    row = next(r for r in rows if r["id"] == answer_id)
    assert row["kind"] == "offtopic" and not row["bluff"]
    index = grader.round_index(rubric, row["round"])
    units = answer_units(row["answer"])
    vectors = grader.embedder.embed(units)
    assert on_topic_units(index, build_answer_view(row["answer"], units, vectors, [], vectors[:0])) == set()
    result = grader.grade(rubric, row["round"], row["answer"])
    assert not result.bluff.suspected and not result.bluff.reasons, result.bluff.reasons


def test_a_part_that_only_names_the_topic_shows_no_weak_answer(grader: Grader) -> None:
    """An honest answer opened with "So 502 versus 504." was read as the weak answer "502 and 504 both just mean the
    backend is down" (the codes alone make the two near), and the honest answer lost a band (fresh15 blind run)."""
    from grader.rubric.importer import import_gauntlet_file

    data = ROOT / "benchmarks" / "data" / "fresh15"
    nginx = import_gauntlet_file(data / "gauntlets" / "nginx-reverse-proxy.txt").rubric
    rows = [json.loads(line) for line in (data / "nginx-reverse-proxy_answers.jsonl").read_text().splitlines()]
    honest = next(r for r in rows if r["id"] == "ngx-r2-04")
    assert honest["kind"] == "honest" and honest["answer"].startswith("So 502 versus 504.")
    result = grader.grade(nginx, honest["round"], honest["answer"])
    assert all(p.evidence != "So 502 versus 504." for p in result.weak_patterns), result.weak_patterns
    assert not result.bluff.suspected


def test_a_code_the_gauntlet_gives_for_one_thing_said_of_another_is_a_contradiction(grader: Grader) -> None:
    """"When the gateway gives up on a slow upstream, it returns a 408 Request Timeout": the gauntlet names 408 only
    for a slow client, and gives 504 for a gateway that stopped waiting (fresh16 blind run: missed)."""
    from grader.rubric.importer import import_gauntlet_file

    data = ROOT / "benchmarks" / "data" / "fresh16"
    retries = import_gauntlet_file(data / "gauntlets" / "retries-timeouts-circuit-breakers.txt").rubric
    rows = [json.loads(line) for line in (data / "retries-timeouts-circuit-breakers_answers.jsonl").read_text().splitlines()]
    bluff = next(r for r in rows if r["id"] == "retries-r2-03")
    result = grader.grade(retries, bluff["round"], bluff["answer"])
    assert result.bluff.suspected
    assert any('"408"' in reason and "504 Gateway Timeout" in reason for reason in result.bluff.reasons), result.bluff.reasons
    right = ("Connection failures where nothing was sent are fine to retry, and 503 and 429 with Retry-After. When the "
             "gateway gives up on a slow upstream it returns a 504 Gateway Timeout, and the upstream may still finish "
             "the work, so I'd only retry an idempotent call.")
    assert not grader.grade(retries, bluff["round"], right).bluff.suspected
    # The same code in a list of terms claims nothing of any of them.
    listed = ("Um, the things that come to mind: backoff, jitter, Retry-After, 429, 503, 502, 504, connection "
              "timeouts, gateway gives up, 408 Request Timeout, circuit breakers, idempotency.")
    assert not any('"408"' in reason for reason in grader.grade(retries, bluff["round"], listed).bluff.reasons)


def test_a_code_the_rubric_sentence_itself_gives_is_no_other_code_for_it(grader: Grader) -> None:
    """"A deny with status 429 over the threshold" against "`http-request deny deny_status 429 ...`, because `deny`
    returns 403 by default": the sentence gives 429 too, though only 403 is read as its code (fresh29 blind run: the
    reason quoted a true 429 as a contradiction). Another code is still one."""
    from grader.rubric.importer import import_gauntlet_file

    data = ROOT / "benchmarks" / "data" / "fresh29"
    haproxy = import_gauntlet_file(data / "gauntlets" / "haproxy-load-balancing.txt").rubric
    said = "Then a stick table with `http_req_rate(10s)`, `track-sc0 src`, and a deny with status {} over the threshold."
    assert not any("429" in r for r in grader.grade(haproxy, 5, said.format(429)).bluff.reasons)
    assert any('"503"' in r for r in grader.grade(haproxy, 5, said.format(503)).bluff.reasons)


def _cassandra_reads() -> Rubric:
    from grader.rubric.schema import KeyPoint, Round, Rubric

    strong = ("If too few replicas answer a read within the timeout, the coordinator throws a ReadTimeoutException to "
              "the client. Cassandra warns at 1,000 tombstones in one read, and at 100,000 tombstones the node aborts "
              "the read with a TombstoneOverwhelmingException, so a queue-like table full of deletes fails its reads.")
    return Rubric(id="cassandra-reads", title="Cassandra reads", rounds=[Round(
        number=1, title="Failing reads", skill="Cassandra read path",
        question="Reads of the jobs table started failing after a purge of old jobs. What is happening?",
        strong_answer=strong,
        key_points=[KeyPoint(id="tombstones-abort", text="At 100,000 tombstones the node aborts the read with a "
                             "TombstoneOverwhelmingException."),
                    KeyPoint(id="read-timeout", text="Too few replicas answering in time gives a ReadTimeoutException.")])])


def test_another_error_the_gauntlet_names_for_something_else_is_a_contradiction_and_one_it_never_names_counts_where_little_is_covered(grader: Grader) -> None:
    rubric = _cassandra_reads()
    wrong = ("Deletes leave tombstones, and Cassandra warns at a thousand of them in one read. At a hundred thousand "
             "tombstones the node gives up on the read and the client gets a ReadTimeoutException.")
    result = grader.grade(rubric, 1, wrong)
    assert any('"ReadTimeoutException"' in r and "TombstoneOverwhelmingException" in r for r in result.bluff.reasons), \
        result.bluff.reasons
    # An error the gauntlet never names is left alone in an answer that covers the round: another true error of a
    # nearby case reads just like a wrong one. In one that covers little, it is a specific to check, named as such.
    covered = ("A purge leaves a tombstone per deleted job, and a read has to scan past all of them. At 100,000 "
               "tombstones the node aborts the read with a TombstoneOverwhelmingException, and too few replicas "
               "answering in time gives a ReadTimeoutException. {}")
    for right in ("When too few replicas acknowledge a write within the timeout, the driver raises a "
                  "WriteTimeoutException to the client.",
                  "The Java driver surfaces an aborted read as a ReadFailureException to the client."):
        assert not grader.grade(rubric, 1, covered.format(right)).bluff.suspected, right
        alone = grader.grade(rubric, 1, right)
        assert any(r.startswith("names an error the rubric never names") for r in alone.bluff.reasons), right


def test_a_count_is_no_status_code(grader: Grader) -> None:
    """"Each node gets 300 requests per second" counts requests: it gives no code against the rubric's 429."""
    from grader.rubric.schema import KeyPoint, Round, Rubric

    strong = ("The limit is 300 requests per second per node. Clients over the limit get a 429 with a Retry-After "
              "header, and a server bug gives a 500.")
    rubric = Rubric(id="limits", title="Limits", rounds=[Round(
        number=1, title="Limits", skill="rate limits", question="What happens when a client sends too much?",
        strong_answer=strong, key_points=[KeyPoint(id="limit-300", text="The limit is 300 requests per second per node."),
                                          KeyPoint(id="over-429", text="Clients over the limit get a 429.")])])
    result = grader.grade(rubric, 1, "Each node gets 300 requests per second, and clients over the limit are throttled "
                                     "by the node.")
    assert not any('"300"' in r for r in result.bluff.reasons), result.bluff.reasons


def test_the_questions_own_figure_said_back_and_the_candidates_own_setting_are_no_contradiction(grader: Grader) -> None:
    """The question proposes "raise max_connections from 100 to 2000": an answer that rejects it names 2000 without
    claiming it is the default, and "we run default_pool_size = 40" is the candidate's own setting (a hostile review
    of this round: both flagged as contradicting the rubric's defaults). Another default is still a contradiction."""
    from grader.rubric.importer import import_gauntlet_file

    pooling = import_gauntlet_file(ROOT / "benchmarks" / "data" / "dev2" / "gauntlets" /
                                   "postgres-connection-pooling.txt").rubric
    assert "2000" in pooling.round(1).question
    rejecting = ("Raising max_connections to 2000 is the wrong fix: every connection is a backend process with its "
                 "own memory, and with far more active connections than cores you get contention and worse latency. "
                 "I'd put PgBouncer in transaction mode in front and keep the server side small, around cores times two.")
    assert not grader.grade(pooling, 1, rejecting).bluff.suspected
    wrong = rejecting + " The default max_connections is 500 in Postgres, so we're already far above it."
    assert any("max_connections" in r for r in grader.grade(pooling, 1, wrong).bluff.reasons)
    own = ("Forty pods times twenty is 800 client connections, so max_client_conn has to go above 800. The server side "
           "is what matters: the pool is per database and user pair. Start from cores times two plus spindles, so "
           "about 32 on 16 cores, then check it with Little's law and load tests watching p99 and cl_waiting. In our "
           "setup we run default_pool_size = 40 per pair, and that has been fine.")
    assert not grader.grade(pooling, 3, own).bluff.suspected


def test_a_part_that_echoes_a_weak_answer_below_the_similarity_cut_shows_it(rubric: Rubric, grader: Grader) -> None:
    """"And then honestly we buy an SLO tool and it'll handle it, something like Nobl9 ..." is the weak answer "We'll buy
    an SLO tool and it'll handle it." nearly word for word, yet only about 0.60 similar to it (below the 0.62 cut): it
    says most of the weak answer's own words, which the rubric's correct statements never use."""
    from dataclasses import replace

    from grader.grading import GradeRequest
    from grader.rubric.schema import WeakPattern

    weak = WeakPattern(id="buy-a-tool", text="We'll buy an SLO tool and it'll handle it.",
                       why="A tool computes burn rates; it doesn't decide what to measure or what to do when the budget is gone.")
    round_ = rubric.rounds[0].model_copy(update={"weak_patterns": [weak]})
    tailored = rubric.model_copy(update={"rounds": [round_, *rubric.rounds[1:]]})
    answer = ("And then honestly we buy an SLO tool and it'll handle it, something like Nobl9 or Datadog SLOs, that way "
              "the teams don't really have to think about it.")
    found = grader.grade_many([GradeRequest(tailored, 1, answer, "echo")])[0]
    assert [w.id for w in found.weak_patterns] == ["buy-a-tool"]
    assert found.weak_patterns[0].similarity < grader.params.patterns.threshold
    no_echo = Grader(grader.embedder, params=replace(grader.params, patterns=replace(grader.params.patterns, echo_from=1.0)))
    assert not no_echo.grade_many([GradeRequest(tailored, 1, answer, "echo")])[0].weak_patterns


def test_a_weak_answer_said_over_two_sentences_shows_as_the_pair(rubric: Rubric, grader: Grader) -> None:
    """"The default election timeout is pretty aggressive ... So I'd bump it up to something like ten seconds" says "Just
    raise the election timeout to 10 seconds" over two sentences: neither alone reaches the cut (the second never
    names the timeout), the pair does, and the quote is both sentences. A pair whose second sentence says the
    rubric's correction instead ("move etcd to faster disks before touching any timeouts") shows nothing."""
    from dataclasses import replace

    from grader.grading import GradeRequest
    from grader.rubric.schema import WeakPattern

    weak = WeakPattern(id="raise-timeout", text="Just raise the election timeout to 10 seconds so it stops flapping.",
                       why="A longer timeout hides the slow disk or network that makes the leader miss heartbeats.")
    round_ = rubric.rounds[0].model_copy(update={"weak_patterns": [weak]})
    tailored = rubric.model_copy(update={"rounds": [round_, *rubric.rounds[1:]]})
    answer = ("The default election timeout is pretty aggressive for a multi-zone setup. So I'd bump it up to something "
              "like ten seconds, maybe the heartbeat too, and the elections will stop.")
    found = grader.grade_many([GradeRequest(tailored, 1, answer, "pair")])[0]
    assert [w.id for w in found.weak_patterns] == ["raise-timeout"]
    assert found.weak_patterns[0].evidence == answer
    units_only = Grader(grader.embedder, params=replace(grader.params, patterns=replace(grader.params.patterns, pairs=False)))
    assert not units_only.grade_many([GradeRequest(tailored, 1, answer, "pair")])[0].weak_patterns
    fixed = ("The election timeout keeps firing because the disk is slow. I'd move etcd to faster disks before touching "
             "any timeouts.")
    assert not grader.grade_many([GradeRequest(tailored, 1, fixed, "fixed")])[0].weak_patterns


@pytest.mark.parametrize(("count", "line"), [
    (1, "Substance: 1 distinct statement on the topic counts towards the score."),
    (3, "Substance: 3 distinct statements on the topic count towards the score."),
])
def test_the_substance_line_agrees_with_its_count(count: int, line: str) -> None:
    from grader.result import KeyPointResult
    from grader.scoring.feedback import write_feedback

    result = GradeResult(id="a", rubric="r", round=1, answer="x", score=50.0, band="adequate",
                         key_points=[KeyPointResult(id="k", text="A key point.", covered=False, similarity=0.0)],
                         statements=[f"statement {i}" for i in range(count)])
    assert line in write_feedback(result).splitlines()
