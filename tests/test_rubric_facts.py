"""Facts the importer derives from any document: definitions, versions, quantities, exclusive statements,
known false claims, and a trap variant that asks a follow-up. Documents here are our own (payments, TLS,
DNS, Redis), so nothing is tuned to the gauntlets the benchmarks use."""

from __future__ import annotations

import re

from pathlib import Path

import pytest

from grader.quantities import digits, find_quantities, find_versions
from grader.rubric.facts import derive_facts, is_false_claim
from grader.rubric.importer import import_gauntlet_file
from grader.scoring.facts import denied, find_conflicts

OWN = Path(__file__).resolve().parent / "data" / "gauntlets"


def _facts(text: str, question: str = "") -> dict[tuple[str, str], tuple[str, str | None, list[str]]]:
    return {(f.kind, f.subject): (f.value, f.unit, f.not_values) for f in derive_facts([text], question)}


@pytest.fixture(scope="module")
def payments():
    return import_gauntlet_file(OWN / "idempotency-keys.txt")


def test_quantities_read_number_words_and_units_alike():
    day, hours = find_quantities(digits("pruned after a day")), find_quantities(digits("after twenty-four hours"))
    assert day[0].agrees(hours[0]) and day[0].low == 86400
    assert not find_quantities(digits("after 48 hours"))[0].agrees(day[0])
    ranged = find_quantities("covers 80-90% of needs")[0]
    assert (ranged.kind, ranged.low, ranged.high) == ("percent", 80, 90)
    assert find_quantities("it returns HTTP 429 to the client")[0].kind == "status"
    assert find_quantities("we keep 500 servers") == []  # a count without a unit is not comparable
    assert [v.parts for v in find_versions("BTF requires kernel 5.2+, Ubuntu 22.04 has 5.15")] == [(5, 2), (22, 4), (5, 15)]
    assert find_versions("we ran 3 jobs") == []
    # A network prefix is an address, not a version ("carrier-grade NAT 100.64/10", "172.16.0.0/12").
    assert find_versions("reject 172.16/12, carrier-grade NAT 100.64/10 and 192.168.0.0/16") == []
    # A plural or a decade is no duration; seconds written short still are ("with 300s", a round number, is a duration).
    assert [q.low for q in find_quantities("it backs off with 300s between retries")] == [300]
    assert [q.low for q in find_quantities("the job hits 301s and then retries")] == [301]  # a 3xx: a duration
    for text in ("100s of nodes", "back in the 1990s", "in the 80s, before containers", "somewhere in the 400s.",
                 "how many 425s we send", "more 503s than usual", "I wouldn't retry 400s or auth errors.",
                 "retry the 500s and 503s", "so checkout got throttled with 429s", "clients kept hitting 503s and retrying"):
        assert find_quantities(text) == [], text
    # In talk of responses a status code's plural is those responses; a duration after "of" or "after" still counts.
    assert [q.low for q in find_quantities("a timeout of 400s on errors, we retry after 300s")] == [400, 300]
    for text in ("the visibility timeout is 300s, and failed messages are retried", "retry in 120s if you get an error",
                 "a 300s timeout on the HTTP client", "the retry window is 500s"):
        assert [q.low for q in find_quantities(text)] == [float(re.search(r"(\d+)s", text).group(1))], text
    assert [q.low for q in find_quantities("a 10s timeout, the 30s window, 3600s")] == [10, 30, 3600]
    # "from 1,800 to 74 milliseconds" is a change between two values, not a range that holds neither "1.8 seconds"
    # nor "74 ms".
    change = find_quantities(digits("latency fell from 1,800 to 74 milliseconds"))
    assert [(q.low, q.high) for q in change] == [(1.8, 1.8), (0.074, 0.074)]
    assert all(any(q.agrees(said) for q in change) for said in find_quantities("from 1.8 seconds down to 74 ms"))
    assert len(find_quantities("covers 240-90% of needs")) == 1  # a range written backwards is no change
    # ... but a number and a letter glued to it after a hyphen name a document, not a size: "NIST SP 800-63B".
    assert find_quantities("what NIST SP 800-63B tells you not to do") == []
    assert [(q.low, q.high) for q in find_quantities("a 5-10MB buffer")] == [(5e6, 1e7)]
    # Spoken sizes and bits are sizes; "a bit" is no size.
    gigs, bits = find_quantities(digits("32 gigs of heap")), find_quantities(digits("a thirty-two-bit count"))
    assert gigs[0].agrees(find_quantities("32 GB")[0]) and bits[0].agrees(find_quantities("4 bytes")[0])
    assert find_quantities(digits("it is a bit slower")) == []


def test_definitions_need_the_letters_to_match():
    facts = _facts("DNSSEC adds RRSIG records. A TTL (time to live) bounds caching. The SOA (start of authority) record names the primary.")
    assert facts[("definition", "TTL")][0] == "time to live"
    assert facts[("definition", "SOA")][0] == "start of authority"
    assert ("definition", "RRSIG") not in facts
    assert _facts("Server Name Indication (SNI) picks the certificate.")[("definition", "SNI")][0] == "Server Name Indication"
    assert not [k for k in _facts("Use a cache (Redis) for sessions.") if k[0] == "definition"]


def test_numbers_tied_to_their_subject():
    facts = _facts(
        "Redis keys expire after 30 seconds. A rejected request gets HTTP 429. "
        "Client-side caching requires Redis 6+. Lua scripting needs version 2.6 or newer."
    )
    assert facts[("quantity", "Redis keys")][:2] == ("30", "seconds")
    assert facts[("quantity", "rejected request")][:2] == ("429", "status code")
    assert facts[("version", "Client-side caching")][:2] == ("6", "Redis")
    assert facts[("version", "Lua scripting")][0] == "2.6"


def test_a_subject_may_be_a_name_with_digits_after_the_word_default():
    facts = _facts("The default X.509-SVID TTL is one hour and the agent rotates it halfway.")
    assert facts[("quantity", "default X.509-SVID TTL")][:2] == ("1", "hour")
    assert not [k for k in _facts("After 90 days, 30 days is the window.") if k[1][:1].isdigit()]


def test_half_approximate_after_and_a_second_clause_subject():
    assert [(q.low, q.bound) for q in find_quantities("a failover takes at least half a minute")] == [(30.0, "at least")]
    assert find_quantities("it scrapes every 15 seconds or so")[0].approximate
    assert find_quantities("a recovery time of a minute or more")[0].bound == "at least"
    facts = _facts("The exporter scrapes every 15 seconds or so and the resolver retries every 2 seconds.")
    assert list(facts) == [("quantity", "resolver")] and facts[("quantity", "resolver")][:2] == ("2", "seconds")


def test_a_setting_named_first_starts_its_own_sentence_and_owns_the_default_it_gives():
    # The strong answer lists its settings one sentence each, in lower case: each is its own claim, and "its default
    # is zero" is the default of the one setting its sentence names.
    text = ("That setting is persistent in the file. busy_timeout, to something like 5000 milliseconds, because its "
            "default is zero, which means a connection that meets a lock fails at once. synchronous=NORMAL, which is "
            "safe in WAL mode.")
    facts = derive_facts([text])
    busy = [f for f in facts if f.subject == "busy_timeout"]
    assert [(f.value, f.unit) for f in busy] == [("0", None)]
    assert busy[0].text.startswith("busy_timeout, to something like 5000 milliseconds")
    said = ["The busy timeout already defaults to five seconds in SQLite itself."]
    assert [c.quote for c in find_conflicts(said, busy)] == said
    # The candidate's own setting, a default said to be zero, and counts of things are no conflict.
    for fine in ["I'd set busy_timeout to 5000 milliseconds on every connection.",
                 "I'd put busy_timeout at 5000 since it defaults to zero.",
                 "I'd set a busy timeout so that when two requests want to write at once, one of them waits.",
                 "busy_timeout matters as soon as 4 gunicorn workers write."]:
        assert find_conflicts([fine], busy) == [], fine
    # A count said to be the default is the default: "3 failures by default".
    assert find_conflicts(["busy_timeout allows 3 retries by default."], busy)
    # Two settings in the clause: whose default it is is not known. An owner's default ("the C library's default is
    # zero") is that owner's: a driver may ship another ("go-sqlite3 defaults busy_timeout to 5000 ms").
    assert not [f for f in derive_facts(["busy_timeout and synchronous matter; its default is zero."]) if f.value == "0"]
    assert not [f for f in derive_facts(["busy_timeout, to 5000 milliseconds, because the C library's default is zero."])
                if f.value == "0"]


def test_settings_listed_after_the_word_defaults_each_give_their_default_in_the_unit_their_name_ends_in():
    """"The fields and their defaults: initialDelaySeconds 0, periodSeconds 10, ..." gave no fact, so "periodSeconds
    defaults to one second" contradicted nothing (fresh35 blind run: a bluff missed)."""
    text = ("The fields and their defaults: initialDelaySeconds 0, periodSeconds 10, timeoutSeconds 1, failureThreshold "
            "3, and successThreshold 1, which must be 1 for liveness.")
    assert [(f.subject, f.value, f.unit) for f in derive_facts([text])] == [
        ("initialDelaySeconds", "0", "seconds"), ("periodSeconds", "10", "seconds"), ("timeoutSeconds", "1", "seconds"),
        ("failureThreshold", "3", None), ("successThreshold", "1", None)]
    listed = derive_facts(["With the defaults, linger.ms 5 and batch.size 16384, a producer sends small batches."])
    assert [(f.subject, f.value, f.unit) for f in listed] == [("linger.ms", "5", "milliseconds"), ("batch.size", "16384", None)]
    facts = derive_facts([text])
    wrong = "How aggressive the defaults are: periodSeconds defaults to one second and failureThreshold to three."
    assert [c.quote for c in find_conflicts([wrong], facts)] == [wrong]
    assert find_conflicts(["failureThreshold defaults to 5, so five misses."], facts)
    # Two defaults swapped: each value is another setting's right one, but said right after this setting's name.
    swapped = "Out of the box periodSeconds defaults to 1 and timeoutSeconds defaults to 10, with failureThreshold 3."
    assert [c.fact.subject for c in find_conflicts([swapped], facts)] == ["periodSeconds", "timeoutSeconds"]
    assert find_conflicts(["periodSeconds defaults to 10 and timeoutSeconds defaults to 1."], facts) == []
    for fine in ["periodSeconds is ten seconds by default and failureThreshold 3.",
                 "I'd set periodSeconds to 5 seconds on the liveness probe."]:
        assert find_conflicts([fine], facts) == [], fine
    # Values said against the defaults, or after other words, are the writer's own settings.
    for own in ["Unlike the defaults, we run periodSeconds 5.", "With the defaults, I'd still set periodSeconds 5.",
                "I set periodSeconds 5 and failureThreshold 2 on our service."]:
        assert derive_facts([own]) == [], own


def test_a_setting_named_with_a_unit_gives_its_bare_default_that_unit_on_both_sides():
    """"terminationGracePeriodSeconds defaults to 30" was a bare 30, so "defaults to 60 seconds" contradicted nothing;
    and against "periodSeconds 10" (seconds) a bare "periodSeconds defaults to 1" was never read (fresh35 blind run)."""
    facts = derive_facts(["terminationGracePeriodSeconds defaults to 30, after which the kubelet sends SIGKILL.",
                          "The fields and their defaults: periodSeconds 10, failureThreshold 3."])
    assert [(f.subject, f.value, f.unit) for f in facts] == [
        ("terminationGracePeriodSeconds", "30", "seconds"), ("periodSeconds", "10", "seconds"),
        ("failureThreshold", "3", None)]
    for wrong in ["terminationGracePeriodSeconds defaults to 60 seconds, then SIGKILL.",
                  "terminationGracePeriodSeconds defaults to 60, then SIGKILL.",
                  "terminationGracePeriodSeconds defaults to 2 minutes.",
                  "periodSeconds defaults to 1, so a probe runs every second.",
                  "The default periodSeconds is 1."]:
        assert [c.quote for c in find_conflicts([wrong], facts)] == [wrong], wrong
    for fine in ["terminationGracePeriodSeconds defaults to 30.", "terminationGracePeriodSeconds is 30 seconds by default.",
                 "I'd set terminationGracePeriodSeconds to 60 for this service.", "periodSeconds defaults to 10.",
                 "I set periodSeconds to 1 on the readiness probe."]:
        assert find_conflicts([fine], facts) == [], fine
    # Milliseconds: a bare 30000 is thirty seconds, not five minutes.
    polls = derive_facts(["max.poll.interval.ms, default 300,000 ms or five minutes, detects a stuck loop."])
    assert find_conflicts(["max.poll.interval.ms defaults to 30000."], polls)
    assert find_conflicts(["max.poll.interval.ms defaults to five minutes."], polls) == []


def test_a_default_with_a_thousands_separator_is_one_number():
    """"max.poll.interval.ms, default 300,000 ms" also gave a default of 300, which "defaults to 300000" contradicted."""
    facts = derive_facts(["max.poll.interval.ms, default 300,000 ms or five minutes, detects a stuck loop."])
    assert [(f.subject, f.value) for f in facts] == [("max.poll.interval.ms", "300000")]
    assert find_conflicts(["max.poll.interval.ms defaults to 300000, five minutes."], facts) == []


def test_a_can_in_a_trailing_relative_clause_makes_no_possibility_of_the_values_before_it():
    """"sys/health returns 200 for the active node and 429 for an unsealed standby, which load balancers can use" gave
    no fact: the relative clause's "can" made the whole sentence a possibility."""
    facts = derive_facts(["Sys/health returns 200 for the active node and 429 for an unsealed standby, which load "
                          "balancers can use."])
    assert [(f.value, f.unit) for f in facts] == [("200", "status code"), ("429", "status code")]
    wrong = "sys/health returns 503 for an unsealed standby, so the balancer skips it."
    assert [c.quote for c in find_conflicts([wrong], facts)] == [wrong]
    assert find_conflicts(["sys/health answers 429 for an unsealed standby."], facts) == []
    # A possibility before the value, or inside the relative clause that holds it, is still no fact.
    assert derive_facts(["The pod can take up to 30 seconds to drain, which is the grace period."]) == []
    assert [f.value for f in derive_facts(["The drain takes 30 seconds, which you might raise to 60 seconds."])] == ["30"]


def test_a_value_after_instead_of_is_no_value_of_the_subject_unless_called_the_default():
    """"Timeouts are set deliberately instead of the 3-second default or the 15-minute maximum" gave "timeouts: 3
    seconds" and "15 minutes", so "I keep timeouts short, around 10 seconds" contradicted it (a blind set). The
    15-minute maximum is no value of it; the 3-second default is the default, and "I keep" is the speaker's choice."""
    text = ("Timeouts are set deliberately instead of the 3-second default or the 15-minute maximum: short for "
            "synchronous APIs.")
    # The value called the default is the default's; the one the writer moves away from is no value.
    assert [(f.value, f.unit) for f in derive_facts([text]) if f.kind == "quantity"] == [("3", "second")]
    assert find_conflicts(["I keep timeouts short, around 10 seconds."], derive_facts([text])) == []
    assert find_conflicts(["The default timeout is 30 seconds."], derive_facts([text]))
    # A value another name owns right before it is that name's: "below API Gateway's 29 seconds".
    assert find_conflicts(["I keep timeouts short, around 10 seconds for synchronous APIs, below API Gateway's 29 "
                           "seconds."], derive_facts([text])) == []
    # "it's" is no owner: "out of the box it's zero" is the default's value, which a minute then does not contradict.
    zero = derive_facts(["archive_timeout forces a segment switch, say every 60 seconds; it's 0, meaning disabled, by "
                         "default."])
    assert find_conflicts(["setting archive_timeout to sixty seconds caps it at roughly a minute, out of the box it's "
                           "zero so disabled."], zero) == []
    assert [f.value for f in derive_facts(["The downstream call inherits the budget left; its timeout is 10 seconds."])
            if f.kind == "quantity"] == ["10"]


def test_a_choice_the_speaker_opens_is_no_fact_of_a_subject():
    """"I'd use local preference rather than weight" took its subject from the sentence before ("every router in the
    AS then exits through A": "router exits"), and a strong answer's "weight, which only exists on that one router"
    contradicted it (a blind set)."""
    text = ("An inbound policy sets LOCAL_PREF, and every router in the AS then exits through A. I'd use local preference "
            "rather than weight, because weight never leaves the router.")
    assert [f.subject for f in derive_facts([text]) if f.kind == "exclusive" and f.not_values == ["weight"]] == []
    assert find_conflicts(["weight, which only exists on that one router"], derive_facts([text])) == []
    # A clause of its own after the speaker's is still read: "because enforcement lives in the CNI, not in Kubernetes".
    facts = derive_facts(["Then I'd ask the dataplane, because enforcement lives in the CNI, not in Kubernetes."])
    assert [(f.value, f.not_values) for f in facts if f.kind == "exclusive"] == [("CNI", ["Kubernetes"])]


def test_named_defaults_and_bare_status_codes():
    facts = _facts(
        "Postgres max_connections defaults to 100. The default pool size is 10. "
        "Returns 409 while the first request is still in flight."
    )
    assert facts[("quantity", "max_connections")][:2] == ("100", None)
    assert facts[("quantity", "pool size")][:2] == ("10", None)
    assert facts[("quantity", "request still flight")][:2] == ("409", "status code")


def test_labelled_codes_are_compared_only_under_their_own_label():
    error, port, exit_code = (find_quantities(t)[0] for t in ("curl exits with error 60", "it listens on port 6379", "exit code 137"))
    assert (error.kind, error.label, error.low) == ("code", "error", 60) and exit_code.label == "exit code"
    assert port.agrees(find_quantities("error 6379")[0])  # another label: nothing to compare
    assert not port.agrees(find_quantities("on port 6380")[0])
    assert find_quantities("it returns error 503")[0].kind == "status"  # an HTTP status, not an error code
    assert not find_quantities("HTTP 404")[0].agrees(find_quantities("HTTP 409")[0])  # identifiers: no tolerance
    assert find_versions("Redis listens on Port 6379") == []


def test_other_words_for_a_code_label_and_a_code_named_without_an_underscore():
    # "exits with code", "exit", "exit status" are one exit code; a DNS "response code" is its RCODE.
    labels = [find_quantities(t)[0].label for t in ("it exits with code 139", "exit 137 with reason Error",
                                                     "exit status 1", "RCODE 3", "response code 2")]
    assert labels == ["exit code", "exit code", "exit code", "rcode", "rcode"]
    assert find_quantities("we exit 2 pods at a time") == []  # a count, not an exit code
    facts = derive_facts(["The authoritative server answered NXDOMAIN, which is RCODE 3."])
    assert [(f.subject, f.value, f.unit) for f in facts] == [("NXDOMAIN", "3", "rcode")]
    said = ["The server says NXDOMAIN, which is response code 2 in the header."]
    assert [c.quote for c in find_conflicts(said, facts)] == said
    assert derive_facts(["It listens on HTTPS port 443."]) == []  # a protocol names no port


def test_a_fact_in_a_singular_unit_is_still_a_duration():
    # "a 0-second grace period" is stored as 0 "second", which is no ordinal ("the second one").
    facts = derive_facts(["Hard evictions use a 0-second grace period and ignore PodDisruptionBudgets."])
    said = ["Hard evictions use a 30-second grace period."]
    assert [c.quote for c in find_conflicts(said, facts)] == said


def test_a_version_set_off_by_commas_after_a_name_in_a_recommendation_is_a_fact():
    assert _facts("I'd set GOMEMLIMIT, available since Go 1.19, to about 90% of the limit.")[("version", "GOMEMLIMIT")][:2] == (
        "1.19+", "Go")


def test_a_code_whose_meaning_is_quoted_is_a_fact_about_that_meaning():
    facts = _facts("An expired DNSSEC signature gives error 7, 'signature expired', at the validator.")
    assert facts[("quantity", "signature expired")][:2] == ("7", "error")
    said = ["On a validator you'll see error 9, signature expired, in the logs."]
    fact_list = derive_facts(["An expired DNSSEC signature gives error 7, 'signature expired', at the validator."])
    assert [c.quote for c in find_conflicts(said, fact_list)] == said
    assert find_conflicts(["You'd see error 7, signature expired."], fact_list) == []
    assert find_conflicts(["Redis listens on port 9 and the signature expired."], fact_list) == []


def test_a_protocol_status_code_named_beside_its_number_is_a_fact_about_that_name():
    # A DNS response code, in a conditional clause with a modal: the name beside the number still makes it a fact.
    text = "When a name does not exist the resolver gets NXDOMAIN_RCODE, status code 3, and can cache that answer."
    facts = _facts(text)
    assert facts[("quantity", "NXDOMAIN_RCODE")][:2] == ("3", "status code")
    fact_list = derive_facts([text])
    wrong = ["You get status 2, which is NXDOMAIN_RCODE, for a missing name."]
    assert [c.quote for c in find_conflicts(wrong, fact_list)] == wrong
    assert find_conflicts(["The resolver sees NXDOMAIN_RCODE, which is status code 3."], fact_list) == []
    assert find_conflicts(["A lookup returns status 409 while it is in flight."], fact_list) == []  # an HTTP status
    assert find_quantities("it answers status 409")[0].kind == "status"
    # A quoted meaning stays the subject; the name beside it becomes another name for it.
    described = derive_facts(["A stale signature gives DNSSEC_BOGUS, error 7, 'signature expired'."])
    assert [(f.subject, f.aliases) for f in described] == [("signature expired", ["stale signature", "DNSSEC_BOGUS"])]


def test_a_version_set_off_after_its_thing_is_a_minimum_for_it():
    fact_list = derive_facts(["Resolvers can validate answers with a DoH upstream, generally available since 2.4."])
    assert [(f.subject, f.value) for f in fact_list if f.kind == "version"] == [("DoH upstream", "2.4+")]
    wrong = ["Resolvers have had a DoH upstream since 1.9, it went GA back then."]
    assert [c.quote for c in find_conflicts(wrong, fact_list)] == wrong
    assert find_conflicts(["A DoH upstream is GA since 2.4."], fact_list) == []


def test_scenario_approximate_and_conditional_numbers_are_not_facts():
    question = "The table has 500 million rows and a lookup takes 2 ms. What do you do?"
    text = (
        "A lookup takes 2 ms. Each check adds around a millisecond. A resolver may cache for 300 seconds. "
        "If the zone is signed, responses grow by 40 percent. A rewrite won't fit in ten minutes."
    )
    assert [f for f in derive_facts([text], question) if f.kind == "quantity"] == []


def test_a_bound_is_a_fact_with_its_bound():
    facts = _facts("Audit logs are kept for at least 30 days. Webhooks are retried for up to three days. "
                   "A failover takes a minute or more.")
    assert facts[("quantity", "Audit logs")][:2] == ("at least 30", "days")
    assert facts[("quantity", "Webhooks")][:2] == ("up to 3", "days")
    assert facts[("quantity", "failover")][:2] == ("at least 1", "minute")


def test_exclusive_statements():
    facts = _facts(
        "The resolver is chosen per network, not per application. I'd shard on the tenant id rather than the "
        "user name. A CDN doesn't replace DNS failover — it complements it."
    )
    assert facts[("exclusive", "resolver")][2] == ["per application"]
    # The speaker's own choice ("I'd shard on the tenant id rather than the user name") is no fact of a subject.
    assert not any(v[2] == ["user name"] for k, v in facts.items() if k[0] == "exclusive")
    assert facts[("exclusive", "CDN")][2] == ["replace DNS failover"]


def test_no_exclusive_fact_from_a_quoted_message_an_adverb_or_a_reason():
    text = ("A stale resolver logs 'record is not yet valid' and retries. The TTL isn't really our choice. "
            "NOTIFY doesn't work because the listener sits on another backend. The pool doesn't grow when idle.")
    exclusive = {k[1]: v[2] for k, v in _facts(text).items() if k[0] == "exclusive"}
    assert exclusive == {"pool": ["grow when idle"]}
    # A prepositional phrase is no subject: "Inside Kubernetes I'd use cert-manager: ..., 2160h".
    assert not [k for k in _facts("Inside Kubernetes I'd use a CronJob: it defaults to a 30-day window, 720h.") if k[1] == "Inside"]


def test_a_value_the_rubric_gives_its_subject_is_no_conflict_with_another_value_of_that_subject():
    """A schedule gives one subject several values: the one the answer states (200 days) is right, though the
    rubric also says 100 days for later."""
    facts = derive_facts(["The Baseline Requirements cap certificates at 398 days.",
                          "Ballot SC-081 steps that down to 200 days from March 2026, 100 days from March 2027."])
    assert {(f.subject, f.value) for f in facts if f.kind == "quantity"} >= {("Ballot SC-081", "200"), ("Ballot SC-081", "100")}
    claim = "The Baseline Requirements have capped certificates at 398 days since 2020, and ballot SC-081 steps that down to 200 days from March 2026,"
    assert find_conflicts([claim], facts) == []
    assert find_conflicts(["Ballot SC-081 steps it down to 90 days."], facts)


def test_the_version_a_named_thing_has_is_exact_and_a_minimum_is_not():
    text = "On a recent distribution (Debian 12 has 6.1, Fedora 39 ships kernel 6.5, Talos has 6.1+) you're fine."
    facts = {f.subject: f for f in derive_facts([text]) if f.kind == "version"}
    assert (facts["Debian 12"].value, facts["Fedora 39"].value) == ("6.1", "6.5") and "Talos" not in facts
    fact_list = list(facts.values())
    assert find_conflicts(["Debian 12 has 6.4."], fact_list)  # higher is wrong too: it is the version it has
    assert find_conflicts(["Fedora 39 ships kernel 5.5, I think."], fact_list)
    assert find_conflicts([text], fact_list) == [] and find_conflicts(["Debian 12 has 6.1."], fact_list) == []


def test_the_wrong_side_named_as_someone_else_is_no_conflict():
    facts = derive_facts(["A session advisory lock is tied to the backend process, not to the client."])
    assert [f.not_values for f in facts if f.kind == "exclusive"] == [["client"]]
    assert find_conflicts(["The session advisory lock is tied to the client."], facts)
    assert find_conflicts(["A session advisory lock can outlive you on a backend that another client now uses."], facts) == []


def test_only_statements():
    facts = _facts("Only the primary accepts writes. Only one consumer in a group reads a partition. Only then drop it.")
    assert facts[("exclusive", "accepts writes")] == ("primary", None, ["any", "every", "all", "each", "both"])
    assert facts[("exclusive", "reads a partition")][0] == "one consumer in a group"
    assert len(facts) == 2


def test_weak_answers_whose_why_says_false_are_false_claims():
    assert is_false_claim("DNS changes propagate instantly.", "Wrong: resolvers cache records until the TTL expires.")
    assert is_false_claim("Redis transactions roll back on error.", "They don't; MULTI/EXEC has no rollback.")
    assert not is_false_claim("Just flush the cache.", "It hides the problem; the stale record comes back.")
    assert not is_false_claim("We should use a bigger instance.", "Not a design.")
    assert not is_false_claim("Monitoring is important.", "True but empty: it names no mechanism.")


def test_imported_document_has_facts_false_claims_and_trap_key_points(payments):
    round_1, round_2 = payments.rubric.round(1), payments.rubric.round(2)
    by_subject = {f.subject: f for f in round_1.facts}
    assert (by_subject["Keys"].kind, by_subject["Keys"].value, by_subject["Keys"].unit) == ("quantity", "24", "hours")
    assert by_subject["retry"].value == "409" and by_subject["retry"].unit == "status code"
    assert all(f.machine_written for f in round_1.facts + round_2.facts)
    false = {p.text: p.false_claim for p in round_1.weak_patterns}
    assert false == {
        "Idempotency keys are kept forever, so retries are always safe.": True,
        "Just retry until it works.": False,
        "Exactly-once delivery is guaranteed end to end by HTTPS.": True,
    }
    assert "There are several mitigations." not in [p.text for p in round_1.key_points]
    assert [p.text for p in round_1.traps[0].key_points] == [
        "It returns 409 Conflict, because the first attempt has not finished and its outcome is unknown."
    ]
    definitions = {f.subject: f.value for f in round_2.facts if f.kind == "definition"}
    assert definitions == {"TLS": "Transport Layer Security", "SNI": "Server Name Indication"}


def test_trap_variant_that_asks_a_followup_is_a_trap(payments):
    round_2 = payments.rubric.round(2)
    assert round_2.trap_variant is None
    trap = round_2.traps[0]
    assert trap.question == "What does SNI leak to someone watching the network?"
    assert trap.key_points and trap.key_points[0].text.startswith("SNI sends the requested host name in clear text")
    assert trap.honest_answers == ["I know SNI is visible but I'd check whether ECH is deployed."]
    assert not any("round 2: no 'Trap Alert:'" in w for w in payments.warnings)


def test_a_named_default_against_its_siblings_in_the_rubric():
    strong = ("Session mode, the default, gives a client one server connection for its whole life. Transaction mode "
              "returns it at commit, and statement mode after every statement.")
    facts = [f for f in derive_facts([strong]) if f.subject == "default mode"]
    assert [(f.kind, f.value, f.not_values) for f in facts] == [
        ("exclusive", "session mode", ["statement mode", "transaction mode"])]
    conflicts = find_conflicts(["Out of the box it runs in transaction mode, that's the default."], facts)
    assert [c.fact.value for c in conflicts] == ["session mode"]
    # Naming a sibling is no claim about the default; neither is a comparison with it.
    assert not find_conflicts(["Transaction mode returns the connection at commit.",
                               "Transaction mode saves far more than the default.",
                               "Session mode is the default and transaction mode saves more."], facts)
    # Said without the head noun, as people speak: the same names.
    assert [c.fact.value for c in find_conflicts(["PgBouncer defaults to transaction, so connections go back at commit."],
                                                 facts)] == ["session mode"]
    assert not find_conflicts(["Session, the default, keeps one server connection per client."], facts)
    # Only when called the default in so many words, not as a word of ordinary English near "default"; and the right
    # name's bare word ("session state") states nothing.
    assert not find_conflicts(["By default every statement a client sends runs on the connection it got at login."],
                              facts)
    assert find_conflicts(["PgBouncer defaults to transaction mode, so session state like SET is lost."], facts)
    # "two modes" names no mode.
    assert [(f.value, f.not_values) for f in derive_facts([
        "DMARC has two modes of alignment: relaxed mode, the default, accepts the same organizational domain, and "
        "strict mode needs an exact match."]) if f.subject == "default mode"] == [("relaxed mode", ["strict mode"])]
    # "ten times the default" is a number, not a named default.
    assert not [f for f in derive_facts(["A burst can be ten times the default, and two times more."]) if f.subject.startswith("default ")]


def test_a_multiplier_is_no_value_of_the_default():
    facts = [f for f in derive_facts(["Postgres max_connections defaults to 100."]) if f.kind == "quantity"]
    assert not find_conflicts(["A burst means up to 1,000 connections, ten times the default max_connections of 100."], facts)
    assert find_conflicts(["The default max_connections is 10."], facts)


def test_a_setting_named_before_its_value_is_the_subject():
    facts = _facts("Its defaults are a pollingInterval of 30 seconds and a cooldownPeriod of 300 seconds. "
                   "Kafka Streams lowers commit.interval.ms from its 30-second default to 100 ms. "
                   "The pod needs a terminationGracePeriodSeconds — 30 seconds by default — longer than the drain.")
    assert facts[("quantity", "pollingInterval")][:2] == ("30", "seconds")
    assert facts[("quantity", "cooldownPeriod")][:2] == ("300", "seconds")
    assert facts[("quantity", "terminationGracePeriodSeconds")][:2] == ("30", "seconds")
    interval = {(f.value, f.unit) for f in derive_facts(["Kafka Streams lowers commit.interval.ms from its "
                                                              "30-second default to 100 ms."]) if f.kind == "quantity"}
    assert interval == {("30", "second"), ("100", "ms")}
    assert not any(k[1] in {"defaults", "Kafka", "Kafka Streams", "pod"} for k in facts if k[0] == "quantity")
    [fact] = [f for f in derive_facts(["Its defaults are a pollingInterval of 30 seconds."]) if f.kind == "quantity"]
    assert fact.aliases == ["polling interval"]  # as a candidate says it


def test_a_vague_subject_gives_way_to_what_the_value_is_for_and_a_keeper_to_what_it_keeps():
    facts = _facts("The defaults are 300 seconds for scale-down. Stripe keeps keys for at least 24 hours.")
    assert facts[("quantity", "scale-down")][:2] == ("300", "seconds")
    assert facts[("quantity", "Stripe keys")][:2] == ("at least 24", "hours")


def test_a_version_that_brought_something_is_a_fact_about_it():
    facts = {f.subject: f for f in derive_facts([
        "Terraform 1.5 added import blocks, so you can import in code. Ephemeral values arrived in Terraform 1.10. "
        "Kafka 0.11 introduced the idempotent producer and transactions. Import blocks were added in Terraform 1.5."
    ])}
    assert (facts["import blocks"].value, facts["import blocks"].unit) == ("1.5", "Terraform")
    assert facts["Ephemeral values"].value == "1.10"
    assert facts["idempotent producer"].value == "0.11" and facts["idempotent producer"].aliases == ["transactions"]
    wrong = find_conflicts(["Import blocks came in Terraform 1.1, so any recent version has them."], list(facts.values()))
    assert [c.fact.subject for c in wrong] == ["import blocks"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The stack limit for eBPF is 512 bytes.", "stack limit for eBPF"),  # a product, not a setting
        ("The keepalive time for gRPC is 20 seconds.", "keepalive time for gRPC"),
        ("The cache holds up to 100 MB.", "cache"),  # "cache" is no verb that keeps something
        ("Set pool_size in pgbouncer.ini to 20 connections, and the idle timeout is 600 seconds.", None),
    ],
)
def test_a_product_or_file_name_is_no_setting(text, subject):
    subjects = [f.subject for f in derive_facts([text]) if f.kind == "quantity"]
    assert "pgbouncer.ini" not in subjects and "eBPF" not in subjects and "gRPC" not in subjects
    if subject:
        assert subjects == [subject]


def test_a_value_for_most_things_and_a_preposition_are_no_facts():
    assert [f for f in derive_facts(["The default is 5 minutes for most workloads. rate() averages the counter over 5 "
                                     "minutes. Pods start within 30 seconds."]) if f.kind == "quantity"] == []


def test_a_version_that_brought_something_is_a_minimum():
    facts = derive_facts(["Terraform 1.6 brought the terraform test command."])
    assert find_conflicts(["The terraform test command works in Terraform 1.7 too."], facts) == []
    assert find_conflicts(["The terraform test command came in Terraform 1.2."], facts)


@pytest.mark.parametrize(
    ("text", "subject", "version"),
    [
        ("1.10's ephemeral resources read secrets without writing them to state.", "ephemeral resources", "1.10"),
        ("Since Terraform 1.5 I'd use import blocks, with to and id, instead of the CLI.", "import blocks", "1.5"),
        ("For mistakes in the other direction, a removed block, from 1.7, drops it from state.", "removed block", "1.7"),
    ],
)
def test_a_version_named_with_a_possessive_a_use_or_an_aside_is_a_minimum_for_its_thing(text, subject, version):
    facts = [f for f in derive_facts([text]) if f.kind == "version"]
    assert [(f.subject, f.value) for f in facts] == [(subject, version + "+")]
    later = ".".join([version.split(".")[0], str(int(version.split(".")[1]) + 1)])
    assert find_conflicts([f"{subject} work fine in version {later} too."], facts) == []  # a minimum, not exact
    assert find_conflicts([f"{subject} came in back in version 0.9."], facts)


def test_a_habit_since_a_version_says_nothing_of_when_a_thing_came():
    assert [f for f in derive_facts(["Since PostgreSQL 12 we use pg_dump for the nightly backups."])
            if f.kind == "version"] == []


def test_what_a_later_clause_says_is_no_word_about_a_stated_version():
    facts = derive_facts(["1.10's ephemeral resources read secrets without writing them to state."])
    wrong = find_conflicts(["I'd read secrets with ephemeral resources, which have been around since Terraform 1.5, so "
                            "they never hit state."], facts)
    assert [(c.fact.subject, c.fact.value) for c in wrong] == [("ephemeral resources", "1.10+")]
    # A lower version said not to have it agrees, in the next clause too.
    assert find_conflicts(["Ephemeral resources don't exist in Terraform 1.5, you need a newer one."], facts) == []
    assert find_conflicts(["We're stuck on Terraform 1.5, and ephemeral resources aren't available there."], facts) == []


def test_a_category_term_said_of_an_object_or_under_a_condition_is_no_fact():
    assert derive_facts(["TLS uses asymmetric keys for the handshake. Streaming replication is asynchronous unless "
                         "you set synchronous_standby_names."]) == []


def test_a_category_term_counts_only_when_said_of_the_fact_s_subject():
    facts = derive_facts(["The session API is stateless. Webhooks are at-least-once in both directions."])
    assert find_conflicts(["The session API is stateful."], facts)
    for true in ["The session store behind the session API is stateful.", "Redis, which backs the session API, is stateful.",
                 "Dedupe webhook deliveries by event ID so processing is exactly-once.",
                 "Webhooks plus an idempotency key on the consumer give effectively exactly-once processing."]:
        assert find_conflicts([true], facts) == [], true


def test_the_ways_to_say_one_category_member_do_not_conflict():
    facts = derive_facts(["Spanner is strongly consistent."])
    assert find_conflicts(["Spanner gives strong consistency."], facts) == []
    assert find_conflicts(["Spanner gives eventual consistency."], facts)


def test_a_member_of_a_closed_category_excludes_the_others_for_its_subject():
    facts = derive_facts(["Webhooks are at-least-once in both directions. Streaming replication is asynchronous by "
                          "default. Kafka transactions give exactly-once semantics inside Kafka."])
    assert {(f.subject, f.value) for f in facts} == {("Webhooks", "at least once"), ("Kafka transactions", "exactly once")}
    wrong = find_conflicts(["Since HTTP/2, webhook deliveries are exactly-once."], facts)
    assert [(c.fact.subject, c.fact.value) for c in wrong] == [("Webhooks", "at least once")]
    # Both terms, or the other term said of something else, is no conflict.
    assert find_conflicts(["Kafka gives exactly-once inside Kafka, but webhooks are at-least-once."], facts) == []
    assert find_conflicts(["The consumer side is at-least-once unless you use Kafka transactions."], facts) == []


def test_what_a_setting_s_fact_says_expires_is_read_only_against_no_limit():
    facts = derive_facts(["Committed offsets also expire after offsets.retention.minutes, 10080 minutes by default."])
    assert [f.aliases for f in facts] == [["offsets retention minutes"]]
    assert find_conflicts(["Committed offsets never expire, so a paused group resumes where it left off."], facts)
    # Another figure said of the thing is not the setting's.
    assert find_conflicts(["Committed offsets are flushed every 5 seconds by auto.commit.interval.ms."], facts) == []


def test_a_recommended_from_version_is_contradicted_only_as_when_the_thing_came():
    facts = derive_facts(["Since Kubernetes 1.25 I'd use Pod Security Admission and the restricted profile. "
                          "Ubuntu 22.04's kernel is 5.15, so BTF is there."])
    assert [(f.subject, f.value) for f in facts if f.kind == "version"] == [("Pod Security Admission", "1.25+")]
    assert find_conflicts(["Pod Security Admission was beta in 1.23."], facts) == []
    assert find_conflicts(["Pod Security Admission came in Kubernetes 1.21."], facts)


def test_a_value_the_writer_gives_as_an_example_is_no_fact():
    facts = derive_facts(["The refresh token has an idle timeout of, say, 30 days and an absolute lifetime of, say, 90 days. "
                          "Keys are pruned after 24 hours."])
    assert [(f.subject, f.value) for f in facts if f.kind == "quantity"] == [("Keys", "24")]


def test_how_things_are_since_a_version_is_a_fact_about_the_names_it_gives():
    fact_list = derive_facts(["Since Unbound 1.9 they are plain options plus an auto_trust_anchor_file entry in unbound.conf."])
    assert [(f.subject, f.value, f.unit) for f in fact_list if f.kind == "version"] == [
        ("auto_trust_anchor_file", "1.9+", "Unbound")]
    # A "since" frame is about what the rest of its sentence names, however far, and a change it says came then.
    wrong = ["ok so since Unbound 1.4 there's no trust_anchor option anymore, you just add auto_trust_anchor_file."]
    assert [c.quote for c in find_conflicts(wrong, fact_list)] == wrong
    assert find_conflicts(["since Unbound 1.9 you add auto_trust_anchor_file and drop the old option."], fact_list) == []
    assert find_conflicts(["we ran Unbound 1.4 for years and auto_trust_anchor_file is new to me."], fact_list) == []
    # A habit since a version says nothing of when a thing came.
    assert [f for f in derive_facts(["Since Unbound 1.9 we use auto_trust_anchor_file."]) if f.kind == "version"] == []


def test_a_setting_off_by_default_is_contradicted_only_by_a_value_called_its_default():
    text = ("Resolvers honour neg_cache_ttl, which bounds a miss, say every 60 seconds; it's 0, meaning disabled, by default, "
            "and max_cache_size is 64 by default.")
    facts = _facts(text)
    assert facts[("quantity", "neg_cache_ttl")][:2] == ("0", None)
    assert facts[("quantity", "max_cache_size")][:2] == ("64", None)
    fact_list = derive_facts([text])
    wrong = ["so we're fine, neg_cache_ttl defaults to 60 seconds"]
    assert [c.quote for c in find_conflicts(wrong, fact_list)] == wrong  # 0 in any unit: off
    assert find_conflicts(["I'd set neg_cache_ttl to 60 seconds."], fact_list) == []  # a choice
    assert find_conflicts(["neg_cache_ttl keeps a miss for 60 seconds once you turn it on."], fact_list) == []
    # "it" is only the one setting its clause names.
    assert [f for f in derive_facts(["ttl_min and ttl_max bound it; it's 0 by default."]) if f.kind == "quantity"] == []


def test_a_plain_zero_called_the_default_contradicts_a_default_in_any_unit():
    facts = derive_facts(["A rolling update replaces pods gradually: by default a Deployment uses maxUnavailable of 25 "
                          "percent."])
    wrong = ["By default a Deployment uses a maxSurge of one pod and a maxUnavailable of zero"]
    assert [(c.quote, c.fact.value, c.fact.unit) for c in find_conflicts(wrong, facts)] == [(wrong[0], "25", "percent")]
    assert find_conflicts(["I'd set maxUnavailable to zero for this rollout."], facts) == []  # a choice
    assert find_conflicts(["maxUnavailable defaults to 25 percent, so zero pods is never the default."], facts) == []
    # Against a duration a plain zero is read only beside a unitless fact, as before: a past default is no claim.
    linger = derive_facts(["The producer batches records: linger.ms defaults to 5 milliseconds since Kafka 4.0."])
    assert find_conflicts(["linger.ms used to default to 0 before Kafka 4.0, so batches went out at once."],
                          linger) == []


def test_a_term_of_a_formula_is_no_value_of_a_setting():
    fact_list = derive_facts(["pool_size is 20 by default."])
    assert find_conflicts(["the docs give pool_size as cores times 2 plus spindles."], fact_list) == []
    assert find_conflicts(["pool_size is 2 by default."], fact_list) != []


def test_the_wrong_side_of_a_cannot_is_read_clause_by_clause_and_through_verbs_of_one_meaning():
    fact_list = derive_facts(["When the TTL passes the entry is marked stale, but Unbound cannot stop the prefetch's work."])
    wrong = ["it's handled for you, once the TTL passes Unbound always terminates the prefetch, so you never check it."]
    assert [c.quote for c in find_conflicts(wrong, fact_list)] == wrong
    assert find_conflicts(["Unbound can't kill the prefetch's work, so check it yourself."], fact_list) == []
    assert find_conflicts(["Unbound marks it stale; it won't stop the prefetch."], fact_list) == []


def test_a_denial_said_of_what_something_else_means_makes_no_fact():
    # "The lease means a dead holder can't ...": true only given the lease. Said on its own, the denial is a fact.
    assert not [f for f in derive_facts(["The lease means a dead holder can't keep the lock forever."])
                if f.kind == "exclusive"]
    [fact] = [f for f in derive_facts(["A crashed worker can't leak server connections."]) if f.kind == "exclusive"]
    assert fact.not_values == ["leak server connections"]


def test_a_cap_on_a_setting_is_the_most_it_can_be():
    facts = derive_facts(["maxRetries counts the first call too, and the SDK caps it at 4 whatever you configure."])
    assert [(f.subject, f.value) for f in facts] == [("maxRetries", "at most 4")]
    assert find_conflicts(["maxRetries can go up to 10, the SDK honours anything up to ten."], facts)
    assert find_conflicts(["I'd keep maxRetries at 3 with jittered backoff."], facts) == []
    # A cap that was, or is not, makes no fact; a cap on a duration is a bound.
    assert not derive_facts(["maxRetries used to be capped at 4, but since 2.0 there is no cap."])
    assert not derive_facts(["Unlike older releases, maxRetries is not capped at 4."])
    backoff = derive_facts(["The client caps backoffMax at 30 seconds."])
    assert find_conflicts(["backoffMax is 2 minutes."], backoff)
    assert find_conflicts(["backoffMax is 500 milliseconds."], backoff) == []


def test_a_setting_s_value_called_the_default_among_its_siblings():
    facts = derive_facts(["If several rules match, tieBreak decides: Newest, the default, keeps the latest write, "
                          "Oldest the first, and Reject refuses both."])
    [fact] = [f for f in facts if f.subject == "default tieBreak"]
    assert fact.value == "Newest" and fact.not_values == ["Oldest", "Reject"]
    assert find_conflicts(["tieBreak defaults to Oldest, so the first write always wins."], facts)
    # The default said right, a sibling in another piece, or a sibling "by default" of something else: no conflict.
    assert find_conflicts(["tieBreak is Newest by default, Oldest keeps the first one."], facts) == []
    assert find_conflicts(["By default tieBreak keeps the newest, Oldest keeps the first."], facts) == []
    assert find_conflicts(["Deletes are Rejected by default."], facts) == []
    # Siblings are the list's items, not every capitalised word after the setting.
    named = derive_facts(["tieBreak decides: Newest, the default, keeps the write Postgres saw last, and Oldest the first."])
    [fact] = [f for f in named if f.subject == "default tieBreak"]
    assert fact.not_values == ["Oldest"]
    assert find_conflicts(["I'd leave tieBreak at the Postgres default."], named) == []


def test_who_made_a_named_thing_is_a_fact_and_another_maker_contradicts_it():
    facts = derive_facts(["For the pauses I'd pick Zing, from Azul, on this service.",
                          "Paxos Made Live, written by Chandra and Griesemer, reports the engineering cost.",
                          "The idea is Lamport and Shostak's 'Byzantine Generals' result."])
    owners = {f.subject: f.value for f in facts if f.kind == "owner"}
    assert owners == {"Zing": "Azul", "Paxos Made Live": "Chandra and Griesemer",
                      "Byzantine Generals": "Lamport and Shostak"}
    for wrong in ["Zing, which Red Hat built, never pauses.", "IBM's Zing is what I'd pick.",
                  "Paxos Made Live was written by Ongaro.", "Google's 'Byzantine Generals' paper says so."]:
        assert find_conflicts([wrong], facts), wrong
    for fine in ["Zing, developed by Azul, is what I'd pick.", "It's not Red Hat's Zing.", "Zing runs on Linux.",
                 "Griesemer's Paxos Made Live is a good read."]:
        assert find_conflicts([fine], facts) == [], fine
    # An ordinary possessive is a part, not an author ("PostgreSQL's WAL", "KEDA's Kafka scaler"): no fact.
    assert not [f for f in derive_facts(["KEDA's Kafka scaler caps replicas at the partition count.",
                                         "PostgreSQL's WAL is flushed before the commit returns."]) if f.kind == "owner"]
    # A short form of the owner's name is the owner ("Postgres" for "PostgreSQL").
    pg = derive_facts(["Npgsql, developed by PostgreSQL contributors, speaks the wire protocol."])
    assert [(f.subject, f.value) for f in pg] == [("Npgsql", "PostgreSQL")]
    assert find_conflicts(["Npgsql, developed by Postgres folks, speaks the protocol."], pg) == []
    assert find_conflicts(["Npgsql, developed by Microsoft, speaks the protocol."], pg)


def test_a_possessed_thing_with_a_coined_name_belongs_to_its_owner():
    facts = derive_facts(["Running the container under systemd works well: Podman's Quadlet, since Podman 4.4, turns "
                          "a .container file into a service unit.", "Restarting the Docker daemon stops them."])
    assert [(f.subject, f.value, f.not_values) for f in facts if f.kind == "owner"] == [("Quadlet", "Podman", ["Docker"])]
    for wrong in ["I'd use Docker's Quadlet, and let it generate the unit.", "Quadlet, which Docker built, writes the unit.",
                  "I'd run Quadlet, the unit generator Docker built for its engine.",
                  "Docker's Quadlet feature turns the file into a unit."]:
        assert find_conflicts([wrong], facts), wrong
    for fine in ["Podman's Quadlet writes the unit for me.", "Quadlet files live in /etc/containers/systemd.",
                 "Unlike Docker's restart policy, Quadlet hands restarts to systemd.",
                 "I'd run Quadlet, the unit generator Podman built for rootless containers.",
                 "Podman's Quadlet generator turns the file into a unit.",
                 # Podman's maker, a name the round never gives: not a rival.
                 "I'd use Red Hat's Quadlet, and let it generate the unit.",
                 "Quadlet, which Red Hat built into Podman, writes the unit."]:
        assert find_conflicts([fine], facts) == [], fine
    # An ordinary word or a short acronym owner names a part or a role: "the CA's CRL", "Kafka's Log".
    assert not [f for f in derive_facts(["The CA's CRL lists revoked serials.", "Kafka's Log is append-only."])
                if f.kind == "owner"]


def test_a_flag_set_off_by_a_version_is_its_feature_and_a_limit_belongs_to_the_clause_s_subject():
    facts = derive_facts(["I'd add replicas with cli node add --standby, available since Vault 1.11, then promote them."])
    [version] = [f for f in facts if f.kind == "version"]
    assert (version.subject, version.value, version.aliases) == ("standby", "1.11+", ["--standby"])
    assert find_conflicts(["Standbys, which Vault has supported since version 1.4, catch up first."], facts)
    limit = derive_facts(["The lease should be at least ten times the RTT, with an upper limit of 60 seconds."])
    assert [(f.subject, f.value, f.unit) for f in limit] == [("lease", "at most 60", "seconds")]
    assert find_conflicts(["The server caps the lease at 10 seconds, so you can't go higher."], limit)
    assert find_conflicts(["I'd raise the lease to 5 seconds."], limit) == []


def test_a_thing_from_someone_s_paper_is_theirs():
    facts = derive_facts(["Zab, from Junqueira and Reed's 2011 DSN paper, orders updates with epochs."])
    assert [(f.subject, f.value) for f in facts if f.kind == "owner"] == [("Zab", "Junqueira and Reed")]
    assert find_conflicts(["Zab was first described in Google's Chubby paper."], facts)
    assert find_conflicts(["Zab comes from Reed's group at Yahoo."], facts) == []


def test_a_state_held_since_a_version_is_a_version_fact_about_that_state():
    facts = derive_facts(["The agent has been cgroup-aware since Node 20, backported to 18.19, so it reads the limit."])
    [fact] = [f for f in facts if f.kind == "version"]
    assert (fact.subject, fact.value, fact.aliases) == ("cgroup-aware", "20+", ["cgroup support"])
    assert find_conflicts(["Cgroup support only landed in Node 22."], facts)
    assert find_conflicts(["Since Node 20 the agent is cgroup-aware."], facts) == []
    # Only a hyphenated state: "has been around since 10" says nothing of a feature.
    assert not [f for f in derive_facts(["Logical replication has been around since PostgreSQL 10."]) if f.kind == "version"
                and f.subject == "around"]
    # A stage says what a version did to something named elsewhere: no fact about "deprecated".
    assert not [f for f in derive_facts(["The old table keyed on LockID, which is deprecated since 1.11."])
                if f.subject == "deprecated"]


def test_it_in_a_denial_after_so_is_the_previous_clause_s_subject():
    # After a lead-in the sentence stays one clause ("Then the catch: ..."), and "it" is resolved here.
    facts = derive_facts(["Then the catch: the queue time on a trace starts once the worker picks the job, so it does "
                          "not include time-in-broker, and a slow consumer can hide there."])
    [fact] = [f for f in facts if f.kind == "exclusive"]
    assert (fact.subject, fact.not_values) == ("queue time", ["include time-in-broker"])
    assert find_conflicts(["The queue time already includes the time-in-broker, so it's the whole wait."], facts)


@pytest.mark.parametrize(("text", "subject", "version"), [
    # Set off after the name it belongs to, even behind a condition ...
    ("If a queue has no async client, wrap it in trio.to_worker, added in Trio 0.22, which runs it on a thread.",
     "trio.to_worker", "0.22+"),
    # ... and "new in" after a noun phrase: the phrase, not the verb before it.
    ("Use the NurseryGroup API, new in Trio 0.24.", "NurseryGroup API", "0.24+"),
])
def test_a_version_set_off_as_added_or_new_in_belongs_to_the_name_before_it(text, subject, version):
    facts = [f for f in derive_facts([text]) if f.kind == "version"]
    assert [(f.subject, f.value) for f in facts] == [(subject, version)]
    assert find_conflicts([f"The {subject}, which has been around since Trio 0.12, is what I'd use."], facts)
    assert not derive_facts(["If you run Trio 0.24, you get the nursery group."])  # the condition sets no version


def test_a_setting_is_named_by_its_own_name_and_a_parameter_by_its_bare_name():
    dotted = derive_facts(["Debug mode logs any step longer than loop.slow_step_duration, 100 ms by default."])
    assert [(f.subject, f.aliases) for f in dotted] == [
        ("loop.slow_step_duration", ["loop slow step duration", "slow_step_duration"])]
    # Said by its own name, with the value in a clause that carries on with a pronoun.
    assert find_conflicts(["Debug mode warns above slow_step_duration, and that defaults to one second."], dotted)
    parameter = derive_facts(["The mx parameter defaults to 24 hours if omitted."])
    assert [(f.subject, f.aliases) for f in parameter] == [("mx parameter", ["mx"])]
    assert find_conflicts(["If you leave mx out, clients keep the entry for seven days."], parameter)
    assert find_conflicts(["If you leave mx out, clients keep it for a day."], parameter) == []


def test_one_second_is_a_duration_not_an_ordinal():
    assert digits("it defaults to one second") == "it defaults to 1 second"
    assert [q.low for q in find_quantities(digits("within a second"))] == [1.0]
    assert digits("every second request") == "every 2nd request"  # an ordinal where no number comes before it


def test_a_thousands_separator_is_part_of_the_number():
    assert digits("The default limit of 1,000 fields") == "The default limit of 1000 fields"
    assert digits("values 1,2,3 and 2019,2020") == "values 1,2,3 and 2019,2020"  # lists, not thousands
    assert digits("300 messages per second") == "300 messages per second"  # not "per 2nd"
    # A comma after the number ends the sentence's clause, not the number: "50,000" is fifty thousand, not 50 and 000.
    assert digits("it defaults to 50,000, and we need 150,000, so raise it") == "it defaults to 50000, and we need 150000, so raise it"
    # Not a default of 1 (a count of fields is no unitless named default, so nothing is derived here).
    assert "1" not in [f.value for f in derive_facts(["The default limit of 1,000 fields exists to stop exactly this."])]
    facts = derive_facts(["The default pool size is 1,000."])
    assert [f.value for f in facts] == ["1000"]
    assert find_conflicts(["The default pool size is 1000."], facts) == []
    assert find_conflicts(["The default pool size is 5000."], facts)


def test_a_value_offered_as_an_example_is_no_claim_about_the_default():
    facts = derive_facts(["The mx parameter defaults to 24 hours if omitted."])
    assert find_conflicts(["Send it with a short mx, say an hour, so a rollback ages out quickly."], facts) == []
    assert find_conflicts(["The mx parameter defaults to an hour."], facts)


def test_an_ordinal_second_is_no_duration_and_long_digit_runs_are_read_in_linear_time():
    import time

    for ordinal in ("On a second or third retry the client backs off.", "Spin up a second, warm standby.",
                    "A retry gets the stored response rather than a second charge."):
        assert find_quantities(digits(ordinal)) == [], ordinal
    assert [q.low for q in find_quantities(digits("Wait a second before retrying."))] == [1.0]
    # "a second" after an amount is a rate's unit, and after "around" a duration: never an ordinal "2nd".
    assert digits("at 5,000 new traces a second we need 150,000") == "at 5000 new traces a second we need 150000"
    assert find_quantities(digits("at 5,000 new traces a second we need more")) == []  # a rate, not a 1-second duration
    assert [q.low for q in find_quantities(digits("the backoff tops out around a second, and it's jittered"))] == [1.0]
    assert [q.low for q in find_quantities(digits("retry 3 times after a second"))] == [1.0]
    assert digits("so a second run is a no-op") == "so a 2nd run is a no-op"  # the ordinal stays one
    # "thousands of", "tens of" are no amount (text2num made them "1000 of" and "10 of").
    assert digits("with thousands of new traces a second and tens of millis") == (
        "with thousands of new traces a second and tens of millis")
    assert digits("two thousand rows") == "2000 rows"
    # "thirty-second" said of a wait is thirty seconds, not the ordinal "32nd".
    for said in ("a thirty-second wait", "a thirty second wait", "a sixty-second TTL"):
        assert [q.low for q in find_quantities(digits(said))] in ([30.0], [60.0]), said
    start = time.perf_counter()
    find_quantities(digits("1," * 20000 + "1x then a second."))
    assert time.perf_counter() - start < 2.0


def test_a_fact_about_a_common_noun_stays_in_its_round_and_a_named_setting_travels():
    from grader.rubric.facts import names_its_subject

    common = derive_facts(["Hard evictions use a 0-second grace period."])
    named = derive_facts(["Debug mode logs any step longer than loop.slow_step_duration, 100 ms by default.",
                          "The mx parameter defaults to 24 hours if omitted."])
    assert common and not any(names_its_subject(f) for f in common)
    assert named and all(names_its_subject(f) for f in named)


def test_a_default_set_beside_its_thing_is_a_fact_that_travels_with_its_bound():
    from grader.rubric.facts import names_its_subject

    facts = derive_facts(["The broker hides the message for the lease timeout, 30 seconds by default and at most 12 hours, "
                          "and returns a handle.", "BIND has max-cache-ttl, which defaults to one week."])
    quantities = {(f.subject, f.value, f.unit) for f in facts if f.kind == "quantity"}
    assert quantities == {("lease timeout", "30", "seconds"), ("lease timeout", "at most 12", "hours"),
                          ("max-cache-ttl", "1", "week")}
    assert all(names_its_subject(f) for f in facts if f.kind == "quantity")  # a default is the setting's own
    assert find_conflicts(["Since the lease timeout can be set as high as 24 hours, a slow job is fine."], facts)
    assert not find_conflicts(["The lease timeout can be raised to 20 minutes while the job runs."], facts)
    assert not find_conflicts(["I'd set the lease timeout to 24 hours."], facts)  # a choice, against a default
    # The object of an "of" is not what the default belongs to.
    assert not [f for f in derive_facts(["The maximum heap is MaxRAMPercentage of the limit, 25 percent by default."])
                if f.subject == "limit"]


def test_a_value_set_off_after_its_noun_is_its_fact_and_a_breakdown_is_no_fact_of_the_subject():
    facts = derive_facts(["The main lever is a short access-token lifetime, 5 to 15 minutes, which bounds exposure.",
                          "Every archived object carries about 40 KB of overhead, 8 KB billed at Standard rates and 32 KB "
                          "at the archive rate.", "Expiry stays short, five to fifteen minutes."])
    quantities = {(f.subject, f.value) for f in facts if f.kind == "quantity"}
    assert ("short access-token lifetime", "5-15") in quantities and ("Expiry", "5-15") in quantities
    assert not [s for s, _ in quantities if "archived object" in s]  # 8 KB is a part of the 40, not the object's size


def test_a_setting_s_default_in_brackets_or_after_a_comma_is_a_fact_and_a_decimal_value_is_no_version():
    facts = derive_facts(["Lower vacuum_scale_knob per table (the default 0.2 means 60 million dead rows here)."])
    assert [(f.subject, f.value) for f in facts] == [("vacuum_scale_knob", "0.2")]
    assert find_conflicts(["The trigger: vacuum_scale_knob is 0.5, so it waits for half the table."], facts)
    assert find_conflicts(["vacuum_scale_knob defaults to 0.2."], facts) == []
    assert find_conflicts(["That is 60 million dead rows for vacuum_scale_knob."], facts) == []  # a count, no value
    assert [(f.subject, f.value) for f in derive_facts(["Raise work_queue_size, 64 by default, for bursts."])] == [
        ("work_queue_size", "64")]


def test_a_version_in_brackets_belongs_to_the_name_before_it():
    facts = derive_facts(["Release 18 added B-tree skip scan, which jumps through each distinct leading value."])
    assert find_conflicts(["INCLUDE columns (release 11+) can make a B-tree covering for index-only scans."], facts) == []


@pytest.mark.parametrize(
    ("text", "subject", "version"),
    [
        ("List fits discrete values, and hash partitioning (MODULUS and REMAINDER, available since PostgreSQL 11) "
         "spreads rows evenly.", "hash partitioning", "11+"),
        ("A covering index with INCLUDE columns (PostgreSQL 11+) skips the heap.", "INCLUDE columns", "11+"),
        ("Watch pg_stat_progress_create_index (PostgreSQL 12+) while it builds.", "pg_stat_progress_create_index", "12+"),
        ("Prometheus can run in agent mode (since 2.32) and forward samples.", "agent mode", "2.32+"),
    ],
)
def test_brackets_that_say_when_the_thing_before_them_came_are_a_version_fact(text, subject, version):
    facts = [f for f in derive_facts([text]) if f.kind == "version"]
    assert [(f.subject.lower(), f.value) for f in facts] == [(subject.lower(), version)]


@pytest.mark.parametrize("text", [
    "Set wal_level to replica or higher (the default since PostgreSQL 10) before you start.",  # a state, not a thing
    "A failed fsync returns EIO (since kernel 4.13 the error is tracked with errseq_t) to every open file.",  # a clause
    "Bottlerocket nodes (they run kernel 5.10+) are fine.",  # an aside about them, not when they came
])
def test_brackets_that_say_more_than_when_a_thing_came_give_no_version_fact(text):
    assert [f for f in derive_facts([text]) if f.kind == "version"] == []


def test_a_version_between_a_subject_s_words_said_apart_is_no_part_of_its_name():
    facts = derive_facts(["Hash partitioning (MODULUS and REMAINDER, available since PostgreSQL 11) spreads rows evenly."])
    wrong = find_conflicts(["Declarative partitioning shipped in PostgreSQL 10 with all three methods, range, list and "
                            "hash, so on 16 everything's mature."], facts)
    assert [(c.fact.subject.lower(), c.fact.value) for c in wrong] == [("hash partitioning", "11+")]
    assert find_conflicts(["Declarative partitioning shipped in PostgreSQL 10 with range and list, and hash came in 11."],
                          facts) == []
    # A bare version in a clause about another product, where the claim names the fact's product elsewhere.
    assert find_conflicts(["MySQL has had HASH and KEY partitioning since 5.1, while PostgreSQL only got hash "
                           "partitioning in 11."], facts) == []
    assert find_conflicts(["MySQL has had HASH and KEY partitioning since 5.1"], facts) == []
    assert find_conflicts(["Hash partitioning has been around since 9.6, so it is safe on any cluster."], facts)


def test_the_figures_of_a_case_the_writer_supposes_are_no_facts():
    assert [f for f in derive_facts(["Say the pool holds 20 connections and each query takes 50 ms: the pool serves "
                                     "400 queries per second."]) if f.kind == "quantity"] == []
    assert [f.value for f in derive_facts(["The pool holds 20 connections and each query takes 50 ms: the pool serves "
                                           "400 queries per second."])] == ["50"]


def test_only_x_agrees_with_a_claim_that_keeps_the_exclusivity():
    facts = derive_facts(["Only a 2xx counts as success."])
    assert find_conflicts(["A 2xx of any kind is the only thing that counts as delivered."], facts) == []
    assert find_conflicts(["Any response counts as success."], facts)


def test_a_doubled_consonant_before_a_suffix_is_one():
    from grader.text import stem

    assert stem("dropping") == stem("dropped") == stem("drop") == "drop"
    assert stem("committed") == stem("commit") and stem("added") == "added" and stem("installed") == "install"


def test_a_plural_noun_before_a_bare_verb_is_the_subject_and_a_setting_before_its_bracketed_value_too():
    # "evictions" is the noun, "use" the verb: the subject is "Hard evictions", not "Hard".
    facts = _facts("Hard evictions use a 0-second grace period and ignore PodDisruptionBudgets.")
    assert facts[("quantity", "Hard evictions")][:2] == ("0", "second")
    facts = _facts("Exit 137 with reason Error is typically the kubelet after terminationGracePeriodSeconds "
                   "(30 seconds by default) expired.")
    assert facts[("quantity", "terminationGracePeriodSeconds")][:2] == ("30", "seconds")
    # a third-person verb right after its subject is still read as the verb
    from grader.rubric.claims import finite_verb_index

    assert finite_verb_index("Redis evicts the least recently used keys".split()) == 1
    assert finite_verb_index("Hard evictions use a short grace period".split()) == 2
    assert finite_verb_index("Kafka retains data for seven days".split()) == 1


def test_the_ends_of_a_range_and_later_values_of_a_list_of_examples_are_no_facts():
    assert _facts("Parts must be between 5 MiB and 5 GiB.") == {}
    assert _facts("The wait between attempts grows exponentially, for example 100 ms, 200 ms, 400 ms up to a cap.") == {}


def test_a_noun_after_a_possessive_is_part_of_the_subject():
    facts = _facts("Stripe's libraries default to five minutes.")
    assert facts[("quantity", "Stripe's libraries")][:2] == ("5", "minutes")


def test_a_denial_inside_a_relative_clause_is_no_fact_about_its_noun():
    text = ("The list matters most: users who never opted into marketing, or addresses that haven't engaged in a year, "
            "I'd exclude.")
    assert [f for f in derive_facts([text]) if f.kind == "exclusive"] == []
    # ... while a noun with a relative clause still denies what comes after it
    assert [f.subject for f in derive_facts(["An attacker who intercepted the code can't redeem it without the verifier."])
            if f.kind == "exclusive"] == ["attacker who intercepted the code"]


def test_a_default_stated_right_then_a_needed_value_is_no_conflict():
    # The hostile review's correct OTel answer: "50,000," was read as 50 and 000, and 50 conflicted with the default.
    facts = derive_facts(["num_traces defaults to 50,000."])
    said = "num_traces defaults to 50,000, and at 5,000 new traces a second we need 150,000, so raise it."
    assert find_conflicts([said], facts) == []
    assert find_conflicts(["num_traces defaults to 5,000, so raise it."], facts)


def test_amounts_are_read_as_they_are_said():
    def values(said: str) -> list[float]:
        return [q.low for q in find_quantities(digits(said))]

    assert digits("that's 1.5 million spans buffered") == "that's 1500000 spans buffered"
    assert digits("half a million rows") == "500000 rows"  # not a claim of a million rows
    assert digits("one point five million spans") == "1500000 spans"
    assert values("one and a half seconds") == [1.5]
    assert values("an hour and a half") == [5400.0]
    assert values("2 hours and a half") == [9000.0]
    assert values("a quarter of an hour") == [900.0]  # not an hour
    assert values("three quarters of an hour") == [2700.0]
    assert values("a fifth of a second") == [0.2]  # text2num: "a 5th of a second", read as a second
    facts = derive_facts(["Keys are pruned after 90 minutes."])
    assert find_conflicts(["Keys are pruned after an hour and a half."], facts) == []
    assert find_conflicts(["Keys are pruned after an hour."], facts)


def test_that_is_n_things_counts_them():
    facts = derive_facts(["Lower vacuum_scale_knob per table (the default 0.2 means 60 million dead rows here)."])
    assert find_conflicts(["That is 60 dead rows for vacuum_scale_knob."], facts) == []
    assert find_conflicts(["vacuum_scale_knob is 0.5 here."], facts)


def test_a_status_code_said_in_two_parts_is_one_number():
    assert digits("it returns a four oh four") == "it returns a 404"
    assert digits("we got five oh threes") == "we got 503s"  # text2num: "5 oh 3", the plural lost
    assert digits("a four twenty-nine too many requests") == "a 429 too many requests"
    assert digits("it answers four twelve") == "it answers 412"
    assert digits("the first two twenty-minute windows") == "the 1st 2 20 minute windows"  # a count before a unit
    assert digits("seven fifty") == "7 50"  # no status code: left as text2num reads it
    # Four digits said in two pairs, as ports and sizes are: "fifty-four thirty-two" is 5432, not "fifty-432".
    assert digits("port fifty-four thirty-two by default") == "port 5432 by default"
    assert digits("somaxconn is forty ninety-six") == "somaxconn is 4096"
    assert digits("twenty twenty-four hours") == "20 24 hours"  # a count before a unit
    assert digits("so Envoy five oh threes") == "so Envoy 503s"
    assert digits("a four oh six and a five oh sixes") == "a 406 and a 506s"
    assert digits("Python three twelve removed it") == "Python 3.12 removed it"  # a version after a name
    assert digits("since Kubernetes one twenty-nine and kernel five ten") == "since Kubernetes 1.29 and kernel 5.10"


def test_a_value_said_in_words_is_hedged_only_by_its_own_estimate_and_a_supposed_value_is_no_claim():
    facts = derive_facts(["With the default decision_wait of 30 seconds the tier holds about 1.5 million spans in flight."])
    said = ("With decision_wait at its default of one and a half seconds, fifty thousand spans a second means about "
            "one and a half million spans in flight.")
    assert [c.hedged for c in find_conflicts([said], facts)] == [False]  # "about" is the spans' estimate
    assert [c.hedged for c in find_conflicts(["decision_wait defaults to about ninety seconds."], facts)] == [True]
    assert find_conflicts(["And if we went to a sixty-second decision wait, memory would double."], facts) == []
    assert find_conflicts(["If you leave decision_wait alone, it waits ninety seconds."], facts)  # the if ends at the comma


def test_a_rating_is_no_subject_a_value_of_it_belongs_to_the_sentence_subject():
    text = ("Largest Contentful Paint is the time from the start of the navigation until the largest block is rendered; "
            "good is 2.5 seconds or less, poor is over 4 seconds. Interaction to Next Paint replaced First Input Delay. "
            "Good is 200 milliseconds or less, poor is over 500.")
    facts = derive_facts([text])
    assert [(f.subject, f.value) for f in facts if f.kind == "quantity"] == [("Largest Contentful Paint", "at most 2.5")]
    # The true LCP sentence was read against "Good is 200 milliseconds or less" (a fact of "Good").
    said = "Largest Contentful Paint is when the biggest block renders, and good is two point five seconds or less."
    assert find_conflicts([said], facts) == []


def test_a_code_the_server_answers_with_is_a_status_and_a_capitalised_compound_has_no_unit():
    facts = derive_facts(["The client sends a GET with Upgrade: websocket and a Sec-WebSocket-Key header; the server "
                          "answers 101 Switching Protocols with Sec-WebSocket-Accept."])
    assert [(f.subject, f.value, f.unit) for f in facts if f.kind == "quantity"] == [("server", "101", "status code")]
    assert find_conflicts(["The server replies with a 200 carrying the Sec-WebSocket-Accept header."], facts)
    assert find_conflicts(["The server answers 101 with the Sec-WebSocket-Accept header."], facts) == []
    assert find_quantities(digits("a Sec-WebSocket-Key header")) == []  # no "a second"
    assert [q.low for q in find_quantities(digits("a minute-long wait"))] == [60.0]
    said = "Envoy answers 'no healthy upstream', not a 504."
    assert denied(said, said.index("504"))  # ruled out, not claimed


def test_a_code_said_with_its_registered_name_is_a_status_in_any_sentence():
    said = digits("If the schema fails the check, the POST comes back with a 422 Unprocessable Entity.")
    assert [(q.kind, q.text) for q in find_quantities(said)] == [("status", "422")]
    # Without its name and with no word of HTTP talk, a three-digit number stays a count.
    assert find_quantities(digits("The 300 workers came back after the restart.")) == []


def test_an_appositive_is_no_subject_of_an_x_not_y_fact():
    # "the JDK 8 default" renames Parallel GC: any answer naming a default and latency read as contradicting it.
    facts = _facts("Parallel GC, the JDK 8 default, is built for batch throughput, not latency.")
    assert ("exclusive", "parallel gc built") in facts
    assert facts[("exclusive", "parallel gc built")][2] == ["latency"]
    for said in ("Parallel GC, which was the JDK 8 default, is built for batch throughput, not latency.",
                 "Parallel GC, formerly the default, is built for batch throughput, not latency."):
        assert ("exclusive", "parallel gc built") in _facts(said)
    # After an opening phrase the appositive is the subject: "it" is the default collector.
    assert ("exclusive", "default collector built") in _facts(
        "In JDK 8, the default collector, it is built for batch throughput, not latency.")


@pytest.mark.parametrize(("said", "wrong"), [
    ("sshd ships with AllowAgentForwarding set to no out of the box.", "no"),
    ("AllowAgentForwarding is off by default on hardened images.", "off"),
    ("The default for AllowAgentForwarding is no.", "no"),
    # the speaker's own choice, the default's own side, a "no" not attached to the switch, a denial
    ("I'd set AllowAgentForwarding no on the bastion.", None),
    ("By default AllowAgentForwarding is on, so no change is needed.", None),
    ("AllowAgentForwarding is on by default; I set it to no.", None),
    ("By default there is no AllowAgentForwarding restriction to worry about.", None),
    ("AllowAgentForwarding is not off by default.", None),
])
def test_a_switch_s_default_is_a_fact_and_its_other_side_called_the_default_contradicts_it(said, wrong):
    facts = derive_facts(["On the bastion I'd set AllowAgentForwarding no, whose default is yes, plus X11Forwarding no."])
    assert [(f.subject, f.value) for f in facts] == [("default AllowAgentForwarding", "yes")]
    found = find_conflicts([said], facts)
    assert [c.why.split('"')[1] for c in found] == ([wrong] if wrong else [])


def test_switch_defaults_are_read_in_the_usual_wordings_and_a_chosen_value_is_none():
    facts = derive_facts(["Since Kafka 3.0, enable.idempotence defaults to true.", "PermitRootLogin is off by default.",
                          "X11Forwarding (default: no) stays off.", "I'd set AllowTcpForwarding no on the bastion."])
    assert sorted((f.subject, f.value) for f in facts if f.subject.startswith("default ")) == [
        ("default PermitRootLogin", "off"), ("default X11Forwarding", "no"), ("default enable.idempotence", "true")]
    assert find_conflicts(["enable.idempotence defaults to false, so turn it on."], facts)


@pytest.mark.parametrize(("said", "wrong"), [
    ("If you don't set volumeBindingMode, the default is WaitForFirstConsumer, so nothing is created early.",
     "WaitForFirstConsumer"),
    ("volumeBindingMode defaults to WaitForFirstConsumer, so the zone follows the pod.", "WaitForFirstConsumer"),
    # the default's own value, the speaker's choice, a denial, "default" qualifying another noun
    ("volumeBindingMode defaults to Immediate; WaitForFirstConsumer is the fix.", None),
    ("I'd set volumeBindingMode: WaitForFirstConsumer on the default class.", None),
    ("volumeBindingMode doesn't default to WaitForFirstConsumer.", None),
    ("I'd set volumeBindingMode to WaitForFirstConsumer on the default StorageClass.", None),
    # the usual wordings of a default (a hostile review's cases) ...
    ("The default volumeBindingMode is WaitForFirstConsumer, so binding is fine.", "WaitForFirstConsumer"),
    ("The default value of volumeBindingMode is WaitForFirstConsumer.", "WaitForFirstConsumer"),
    ("By default volumeBindingMode is WaitForFirstConsumer, so the volume follows the pod.", "WaitForFirstConsumer"),
    ("The class uses volumeBindingMode WaitForFirstConsumer, the default, so provisioning waits.", "WaitForFirstConsumer"),
    ("volumeBindingMode defaults to WaitForFirstConsumer when you don't set it.", "WaitForFirstConsumer"),
    ("volumeBindingMode is WaitForFirstConsumer by default, which gives immediate provisioning.", "WaitForFirstConsumer"),
    # ... and someone else's default: a possessor, an agent that sets it, a preference, a product the round never names
    ("Our Helm chart's template sets volumeBindingMode to WaitForFirstConsumer by default.", None),
    ("WaitForFirstConsumer is the default I'd want for volumeBindingMode.", None),
    ("On GKE, volumeBindingMode is WaitForFirstConsumer by default on the standard-rwo class.", None),
    # advice, not the field's default; the right value in lower case, attached to "default"
    ("volumeBindingMode should be WaitForFirstConsumer, the default choice for zonal storage.", None),
    ("volumeBindingMode defaults to immediate binding, and WaitForFirstConsumer is the fix.", None),
])
def test_a_capitalised_default_listed_alone_takes_the_round_s_joined_identifiers_for_siblings(said, wrong):
    # The condition that the field is unset denies nothing; the siblings come from the round's texts, not the clause.
    round_text = ["The usual cause is a StorageClass with volumeBindingMode Immediate, which is the default when the "
                  "field isn't set: the zone is picked without knowing where the pod can run. WaitForFirstConsumer "
                  "fixes that part: provisioning waits for the scheduler. A pod that sets spec.nodeName skips the "
                  "scheduler, so a WaitForFirstConsumer claim it uses is never provisioned."]
    facts = [f for f in derive_facts(round_text) if f.subject.startswith("default ")]
    assert [(f.subject, f.value, f.not_values) for f in facts] == [
        ("default volumeBindingMode", "Immediate", ["WaitForFirstConsumer"])]
    found = find_conflicts([said], facts, " ".join(round_text).lower())
    assert [c.why.split('"')[1] for c in found] == ([wrong] if wrong else [])


def test_a_where_clause_has_its_own_subject_for_a_status_code():
    # A blind set's rubric: "..., where /primary returns 200 only on the leader and 503 elsewhere"; its bluff said 404.
    facts = derive_facts(["HAProxy checks Patroni's REST API, where /primary returns 200 only on the leader and 503 "
                          "elsewhere."])
    assert sorted((f.subject, f.value) for f in facts) == [("/primary", "200"), ("/primary", "503")]
    said = "HAProxy health-checks Patroni's REST API, where /primary answers 200 on the leader and 404 on every replica."
    assert [c.fact.value for c in find_conflicts([said], facts)] == ["503"]
