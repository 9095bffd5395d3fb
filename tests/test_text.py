"""Splitting answers into the units the grader matches: sentences, clauses, and windows of run-on speech."""

from __future__ import annotations

import pytest

from grader.text import (
    answer_units,
    content_words,
    split_clauses,
    split_sentences,
    states_nothing,
    states_only_doubt,
    stem,
    windows,
    words,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "We use kprobes. Then we read the map.",
            ["We use kprobes.", "Then we read the map."],
            id="two-plain-sentences",
        ),
        pytest.param(
            "You attach to syscalls, e.g. the socket calls. That is the trick.",
            ["You attach to syscalls, e.g. the socket calls.", "That is the trick."],
            id="e.g.-is-not-an-end",
        ),
        pytest.param(
            "Use the tool, i.e. Hubble, and compare uprobes vs. kprobes. Done.",
            ["Use the tool, i.e. Hubble, and compare uprobes vs. kprobes.", "Done."],
            id="i.e.-and-vs.",
        ),
        pytest.param(
            "Forty minutes at 3 a.m. is too long, so automate it. The page came at 5 P.M. too.",
            ["Forty minutes at 3 a.m. is too long, so automate it.", "The page came at 5 P.M. too."],
            id="a.m.-and-p.m.-are-not-an-end",
        ),
        pytest.param(
            "Dr. Gregg wrote the book on it. It is good.",
            ["Dr. Gregg wrote the book on it.", "It is good."],
            id="title-abbreviation",
        ),
        pytest.param(
            "BTF needs kernel 5.2 or newer. The ring buffer needs 5.8.",
            ["BTF needs kernel 5.2 or newer.", "The ring buffer needs 5.8."],
            id="version-numbers-stay-whole",
        ),
        pytest.param(
            "Most tools want 4.14. 5.10 is what I would run.",
            ["Most tools want 4.14.", "5.10 is what I would run."],
            id="sentence-starting-with-a-version",
        ),
        pytest.param(
            'He said "it just works." Then it broke on CentOS.',
            ['He said "it just works."', "Then it broke on CentOS."],
            id="closing-quote-stays-with-its-sentence",
        ),
        pytest.param(
            "Honestly it doesn't. The verifier rejects it.",
            ["Honestly it doesn't.", "The verifier rejects it."],
            id="doesn't.-ends-a-sentence",
        ),
        pytest.param(
            "It works on new kernels. eBPF needs 4.4 at least.",
            ["It works on new kernels.", "eBPF needs 4.4 at least."],
            id="mixed-case-word-starts-a-sentence",
        ),
        pytest.param(
            "Is it fast? Yes! Mostly.",
            ["Is it fast?", "Yes!", "Mostly."],
            id="question-and-exclamation",
        ),
        pytest.param(
            "Three things:\n- zero instrumentation\n- kernel metrics\n* security events\n1. and a numbered one",
            ["Three things:", "zero instrumentation", "kernel metrics", "security events", "and a numbered one"],
            id="bullets-are-sentences",
        ),
        pytest.param(
            "First paragraph without a full stop\n\nSecond paragraph",
            ["First paragraph without a full stop", "Second paragraph"],
            id="blank-line-separates",
        ),
        pytest.param(
            "a sentence that wraps\nonto the next line. Then another.",
            ["a sentence that wraps onto the next line.", "Then another."],
            id="single-line-break-joins",
        ),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_a_time_of_day_ends_no_spoken_sentence() -> None:
    """In speech a lower-case word after a full stop starts a sentence, but not after "a.m.": "Forty minutes at 3 a.m.
    is too long" was cut into "Forty minutes at 3 a.m." and "is too long", two parts that each say less."""
    assert answer_units("Forty minutes at 3 a.m. is too long, so automate it. the page at 5 p.m. was fine.") == [
        "Forty minutes at 3 a.m. is too long, so automate it.", "the page at 5 p.m. was fine."]


def test_split_sentences_of_empty_text_is_empty() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n  ") == []


def test_short_sentence_is_one_clause() -> None:
    sentence = "BTF needs kernel 5.2; the ring buffer needs 5.8."
    assert split_clauses(sentence) == [sentence]


def test_long_sentence_splits_at_clause_boundaries() -> None:
    sentence = (
        "The eBPF program attaches to kprobes on the socket send and receive calls in the kernel; "
        "a user-space agent reads the events out of the ring buffer and rebuilds every request, "
        "but it cannot see what an order or a signup means to the business."
    )
    clauses = split_clauses(sentence)
    assert len(clauses) == 3
    assert clauses[0].startswith("The eBPF program attaches")
    assert clauses[1].startswith("a user-space agent")
    assert clauses[2].startswith("but it cannot see")
    # Nothing is lost at the boundaries.
    assert set(words(" ".join(clauses))) == set(words(sentence))


def test_tiny_clause_fragment_is_merged_into_the_previous_one() -> None:
    sentence = (
        "I would label every node with its kernel version and deploy the agent with a node selector "
        "so it only lands where the kernel is new enough for the features we need; mostly."
    )
    clauses = split_clauses(sentence)
    assert len(clauses) == 1
    assert clauses[0].endswith("mostly.")


def test_windows_overlap_and_reach_the_end() -> None:
    tokens = [f"w{i}" for i in range(75)]
    out = windows(" ".join(tokens), size=30, step=20)
    assert out[0].split() == tokens[:30]
    assert out[1].split()[0] == "w20"  # overlaps the previous window by 10 words
    assert out[-1].split()[-1] == "w74"


def test_run_on_speech_of_600_words_is_covered_by_units_without_truncation() -> None:
    vocabulary = ["so", "the", "kernel", "probe", "sees", "every", "request", "and", "um", "agent"]
    spoken = [f"{vocabulary[i % len(vocabulary)]}{i}" for i in range(600)]
    answer = " ".join(spoken)  # no punctuation at all, as a speech-to-text engine may produce
    units = answer_units(answer)
    assert len(units) > 1
    # Every unit fits the model's window comfortably (256 word pieces); every word appears in some unit.
    assert max(len(u.split()) for u in units) <= 40
    seen = {w for u in units for w in u.split()}
    assert seen == set(spoken)
    assert units[-1].split()[-1] == spoken[-1]


def test_punctuated_long_answer_keeps_every_sentence() -> None:
    sentences = [f"Point number {i} is about kernel probes and maps." for i in range(1, 61)]
    units = answer_units(" ".join(sentences))
    assert units == sentences


def test_answer_units_drop_parts_without_words() -> None:
    assert answer_units("... !!! ---") == []
    assert answer_units("...\n\nIt works.\n\n- \n\n!!!") == ["It works."]


def test_content_words_and_stem() -> None:
    assert content_words("The eBPF programs are attached to the syscalls") == ["ebpf", "programs", "attached", "syscalls"]
    assert stem("programs") == stem("program")
    assert stem("requires") == stem("required")
    assert words("kernel 5.2+ and CO-RE") == ["kernel", "5.2", "and", "CO-RE"]


@pytest.mark.parametrize(
    "unit, only_doubt",
    [
        ("For the NOT NULL on a table that big I'm honestly not sure which lock it takes.", True),
        ("What I’m less sure about is rows that change while the backfill runs.", True),
        ("I'd have to look up which kernel added BTF", True),
        ("I don't know the exact version", True),
        # A claim after the doubt is a claim (hedged), and a doubt about a stated claim is a hedged claim.
        ("I'm not sure which lock, but I think it's an exclusive one", False),
        ("I am not sure it scales", False),
        ("eBPF is safe because the verifier checks every program", False),
        # A claim before a doubt added to it is a claim; an admission before it is not.
        ("I'd track pages per shift and tie every page to an SLO, though I don't remember the exact guideline", False),
        ("though I haven't used OpenSLO in production and I'm not sure how mature the tooling is", True),
        ("We're on CloudFront though, and I'd have to check whether it supports tags", True),
    ],
)
def test_a_part_that_only_names_what_is_not_known(unit: str, only_doubt: bool) -> None:
    assert states_only_doubt(unit) is only_doubt


@pytest.mark.parametrize(
    "unit, nothing",
    [
        ("I'd need to look that up, I haven't deployed eBPF tools myself.", True),
        ("I don't know.", True),
        ("At my last job we never used eBPF, so I'd need to read up on it.", True),
        ("Honestly, no idea.", True),
        ("I'm not sure, I haven't used it in production.", True),
        ("I'll be upfront, I haven't used any of these tools myself.", True),  # a preface says nothing either
        ("Full disclosure: we never ran it in production.", True),
        # how little the candidate has seen of it ("only read ..."): a report of the candidate, not of the topic
        ("To be honest, I've only read a couple of blog posts about eBPF.", True),
        ("I've only seen it in a demo.", True),
        ("My experience with it is limited to a tutorial.", True),
        # a digit inside a name, and where the answer would come from (a blind set's honest answer)
        ("I haven't done an IPv6 migration myself, so I'd be reading the docs for most of this.", True),
        ("I'd need to check the documentation.", True),
        ("I haven't run Kafka with exactly-once, which is always on by default in 3.0.", False),
        ("In the new network we never used IPv6 NAT anywhere only a stateful firewall at the edge.", False),  # a design
        ("I have never done a migration where the replica lag was under 5 seconds.", False),
        ("We only read from the replica.", False),  # "read" of the system, not of a source
        ("We have only seen lag when the consumer rebalances during a deploy.", False),
        ("I'll be upfront, the tools need kernel 5.8.", False),
        # Something about the topic is said: a doubt about a named thing, a plan, a reason, a number.
        ("I have no idea what BTF is, I'd have to look it up.", False),
        ("I'd look up the kernel requirements and test on a staging node first.", False),
        ("I haven't used eBPF because our kernels are 3.10", False),
        ("I don't know the exact numbers but newer kernels are needed", False),
        ("So, um.", False),
    ],
)
def test_a_part_made_only_of_admissions_and_inexperience_states_nothing(unit: str, nothing: bool) -> None:
    assert states_nothing(unit) is nothing


def test_in_an_answer_a_lower_case_word_after_a_full_stop_starts_a_sentence() -> None:
    spoken = "So I'd agree with the goal but not the fix. no-store means every request goes to origin, e.g. the homepage."
    assert split_sentences(spoken, spoken=True) == [
        "So I'd agree with the goal but not the fix.",
        "no-store means every request goes to origin, e.g. the homepage.",
    ]
    assert len(split_sentences(spoken)) == 1  # a written document keeps "fix. no-store" together
    assert answer_units(spoken)[1].startswith("no-store")


def test_a_hyphenated_no_is_a_name_not_a_negation() -> None:
    from grader.scoring.patterns import has_negation

    assert not has_negation("Account pages get no-store, and no-cache means revalidate first.")
    assert has_negation("Account pages are not cached at all.")


@pytest.mark.parametrize(
    "unit, only_doubts",
    [
        ("I'll be upfront: I don't remember Istio's exact defaults for outlier detection, the ejection time and the "
         "error count, so I'd look those up rather than guess.", True),
        ("I'm not sure what the best batch size would be.", True),
        ("I'm not sure of the exact defaults.", True),
        ("Um, I'm not sure about the exact numbers.", True),
        ("Honestly I can't recall the exact flag for that, I'd have to look it up.", True),
        # what is named must be a value, said plainly: an embedded claim, a figure, a hedge or an absolute is said
        ("Honestly I don't remember exactly which version added BTF, I'd have to look it up.", False),
        ("I'm not sure how idempotence stops my consumer from processing anything twice.", False),
        ("I don't remember the exact fix, just a few seconds TTL.", False),
        ("I don't remember the details of internal ten-year certificates that never expire.", False),
        ("I don't remember the JVM details, Java's forever DNS cache.", False),
        ("I don't remember the exact defaults, the thirty second ejection time.", False),
        ("I'm not sure about the eviction default (allkeys-lru).", False),
        ("I'm not sure the default timeout for gRPC is infinite.", False),  # from a code review: a verb in the tail
        ("I don't remember Istio's unlimited retry count, so I'd look it up.", False),
        # a claim in any clause, or in what is named, keeps the part a statement
        ("I don't remember the exact numbers, Kafka guarantees exactly-once.", False),
        ("I don't remember the details, but Kafka guarantees exactly-once.", False),
        ("I'm not sure about the defaults and outlier detection is a circuit breaker.", False),
        ("I'm not sure about the exact numbers for Kafka's retention which is seven days.", False),
        ("I don't know the exact flag, it's probably --max-old-space-size.", False),
        ("I'm not sure what the best batch size would be, I'd have to experiment on a copy of the data.", False),
        ("I don't know the ejection time, 30 seconds.", False),
        # an admission alone is `states_nothing`'s business
        ("I don't know.", False),
    ],
)
def test_a_part_that_only_names_what_is_not_known_and_a_look_up(unit: str, only_doubts: bool) -> None:
    from grader.text import names_only_doubts

    assert names_only_doubts(unit) is only_doubts


def test_naming_a_doubt_reads_a_long_run_of_spaces_in_linear_time() -> None:
    import time

    from grader.text import names_only_doubts

    started = time.perf_counter()
    assert names_only_doubts("I don't remember the" + " " * 200_000 + "default") is True
    assert time.perf_counter() - started < 2.0  # quadratic took minutes


def test_an_answer_that_is_mostly_an_enumeration_states_nothing_in_its_lists():
    from grader.text import enumerating_units, names_in_a_row

    assert names_in_a_row("So the pieces are Envoy, Istio, sidecars, GCRA, leaky buckets and eBPF.") >= 5
    assert names_in_a_row("I'd check p99, not the mean, and alert when the burn rate stays high for an hour.") < 5
    listing = ["Um, so the keywords here are Envoy, Istio, sidecars, GCRA, leaky buckets, circuit breakers, eBPF.",
               "Those are the pieces."]
    assert enumerating_units(listing) == {0}
    saying = ["Retries multiply load, so every layer needs a budget and jittered backoff.",
              "The limiter sits in front of the API and counts tokens per key, refilled at a fixed rate.",
              "I'd watch p50, p99, error rate, saturation, queue depth and retries.",
              "When a key runs out, we return 429 with Retry-After instead of queueing the request."]
    assert enumerating_units(saying) == set()
    # A series of numbers is a value, not a list of names.
    assert names_in_a_row("Retries back off 1, 2, 4, 8, 16 and 32 seconds, so clients don't retry in lockstep.") == 0
    assert names_in_a_row("TTL, 24 hours, 422, 409, key, hash, scope and status.") >= 5
    # A pronoun makes an item a clause: a plan of steps, not a list of names.
    assert names_in_a_row("So I'd do it per service: canary it, compare p99, CPU, RSS and stalls against G1.") < 5
    assert names_in_a_row("So I'd do it per service: canary, p99, CPU, RSS and stalls.") >= 5


def test_a_list_said_with_articles_or_after_an_announcement_is_still_a_list() -> None:
    from grader.text import enumerating_units, is_bare_list, names_in_a_row

    # "the", "maybe" and an Oxford comma's "and" are no part of a name, and end no run
    said = ("Okay, so the relevant things here: GOGC, GOMEMLIMIT, the soft memory limit, the heap profile, "
            "inuse_space versus alloc_space, gctrace, runtime/metrics, the GC CPU limiter, and maybe the scavenger.")
    assert names_in_a_row(said) >= 5
    assert names_in_a_row("KEDA, a ScaledObject, the Kafka trigger, and the partitions, yeah.") >= 5
    # ... but an item with an auxiliary says something: "the fields are X" names what the fields are
    assert names_in_a_row("gRPC has it built in, the fields are retryableStatusCodes, maxAttempts and maxBackoff.") < 5
    assert names_in_a_row("OCSP, CRLs, OCSP stapling, must-staple, CRLSets and short-lived certs.") >= 5
    # ... and an option string is one value, not a list of its fields
    assert names_in_a_row("So I'd run with -Xlog:gc*:file=/var/log/gc.log:time,uptime,level,tags:filecount=10,"
                          "filesize=20m, which rotates.") < 5
    # A short list after a lead-in that only announces it is one more list part of an answer that is mostly a list ...
    listing = ["So the key terms here: Guaranteed, Burstable, BestEffort.",
               "Then kubelet node-pressure eviction, memory.available, the MemoryPressure node condition, oom_score_adj, "
               "the kernel OOM killer, pod priority, and PodDisruptionBudgets.",
               "Those are basically the pieces."]
    assert enumerating_units(listing) == {0, 1}
    # ... but on its own it may be the answer, and stays evidence ("what can stop vacuum?")
    answer = ["I'd say the main things are: long transactions, stale 2PC transactions, replication slots, and standby "
              "feedback.", "Any of them holds back the xmin horizon, so vacuum can't remove dead tuples newer than it.",
              "I'd check pg_stat_activity for the oldest xact_start, then pg_replication_slots and the standbys."]
    assert not is_bare_list(answer[0]) and enumerating_units(answer) == set()
    # A runbook said in short steps is no list of names.
    steps = ["Stop the API servers.", "Copy the data dir.", "Restore the snapshot.", "Three new members.",
             "Bump the revision.", "Restart the kubelets."]
    assert enumerating_units(steps) == set()


def test_a_fixed_pair_is_one_item_of_a_list() -> None:
    from grader.text import names_in_a_row

    # "in and out" is one phrase: its "out" is no fifth name (a correct Istio answer of fresh18/ was read as a list)
    said = "That proxy handles all the traffic in and out, load balancing, retries, mTLS, metrics."
    assert names_in_a_row(said) == 4
    # ... and a list padded with one stays a list
    assert names_in_a_row("Kafka, in and out, KIP-98, idempotent producer, exactly-once, side effects.") >= 5
    assert names_in_a_row("Sidecars, Envoy, more or less mTLS, istiod and xDS.") >= 5
    # ... and a hyphenated word is no fixed pair ("check-in and out-of-band" are two items)
    assert names_in_a_row("check-in and out-of-band alerts, PagerDuty, Opsgenie, runbooks.") == 5


def test_a_verb_and_its_inflections_share_a_stem() -> None:
    from grader.text import stem

    assert stem("write") == stem("writes") == stem("writer")
    assert stem("lose") == stem("loses")
    assert stem("require") == stem("required") == stem("requires")
    assert stem("free") == "free"  # a double e stays


def test_a_list_after_a_colon_is_an_enumeration() -> None:
    from grader.text import enumerating_units, names_in_a_row

    assert names_in_a_row("Okay, so the options: cache-aside, write-through, write-behind, read-through, refresh-ahead.") >= 5
    units = ["Okay, so the options: cache-aside, write-through, write-behind, read-through, refresh-ahead.",
             "Tools: Redis, Postgres, maybe a caching library on top."]
    assert 0 in enumerating_units(units)
    # a colon before one statement is no list
    assert names_in_a_row("The rule is simple: commit to Postgres first, then delete the key.") < 5

