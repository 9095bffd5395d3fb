#!/usr/bin/env python3
"""Build load-testing_answers.jsonl: 30 labelled answers for the load-testing gauntlet.

Each entry is (round, kind, band, answer, pattern_quotes, false_claims, note).
bluff is derived: True iff kind == "bluff".
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "load-testing_answers.jsonl")
SHORT = "load"

ANSWERS = [
    # ------------------------------------------------------------------ Round 1
    (1, "strong", "strong",
     "So the first thing I'd want is a definition of success, like, what p99 and what error rate at what "
     "request rate. I'd get the peak rate from last year's sale in our metrics and add headroom, maybe double "
     "it. Then, um, the important choice is open versus closed. Shoppers don't wait for each other, they just "
     "show up, so I want the generator to keep injecting requests at the target rate even if the API gets slow. "
     "If I used a fixed set of looping virtual users, they'd back off automatically when latency climbs and I'd "
     "never see the backlog. So in k6 that's an arrival-rate executor, in Gatling the users-per-second "
     "injection. I'd build the scenario mix from access logs, browsing, adding to cart, paying, with lots of "
     "different test accounts. And I'd report p95, p99 and p99.9 plus errors per status code, compare the "
     "achieved rate with the rate I asked for, and keep an eye on CPU, DB connections and the generator boxes "
     "themselves.",
     [], [],
     "Covers success criteria from real peak, open vs closed with the reason, arrival-rate tooling, realistic "
     "mix and data, percentiles, achieved vs intended rate, saturation and generator health. Correct."),
    (1, "adequate", "adequate",
     "I'd use an open workload model for this. With a closed model you've got a fixed number of users, each "
     "one waiting on its response, so when the service slows down the load it receives drops, which is the "
     "opposite of what happens during a sale when people just keep arriving. So I'd set up something like k6 "
     "with a constant arrival rate at our expected peak and ramp past it. And I'd look at p95 and p99 latency "
     "rather than the average response time.",
     [], [],
     "Core is right (open model and why, arrival rate, percentiles) but no pass criteria, no traffic mix or "
     "test data, no saturation or generator monitoring."),
    (1, "pattern", "weak",
     "Honestly I'd keep it simple. Set up JMeter or k6 with, say, a thousand virtual users hitting checkout in "
     "a loop, run it for half an hour, and watch the dashboards. If nothing falls over and we don't see a pile "
     "of errors, I'd say we're good for the sale. If it does break, we scale up and run it again until it "
     "doesn't.",
     ["Spin up a thousand virtual users and see if anything breaks."], [],
     "Acts out the arbitrary-user-count pattern: closed model, no target arrival rate, no pass criteria."),
    (1, "bluff", "adequate",
     "The key decision is the workload model. Shoppers arrive independently, so I'd use an open model, and in "
     "k6 that means the constant-arrival-rate executor. One thing people trip over there: the rate is per "
     "timeUnit, and timeUnit defaults to one minute, so if you want 2,000 requests per second you either set "
     "rate to 120,000 or override timeUnit to one second. I'd give it enough preAllocatedVUs and a maxVUs "
     "ceiling so it can keep up when responses slow down. The mix comes from our access logs, and I'd judge it "
     "on p99 and error rate at the target rate, not the mean.",
     [], ["timeUnit defaults to one minute"],
     "Contradicted default: k6's arrival-rate executors default timeUnit to 1s, not one minute. The rest "
     "(open model, VU sizing, mix, p99) is right and the false default is not central, so adequate."),
    (1, "bluff", "weak",
     "I'd go with a closed model, a fixed pool of virtual users looping through the checkout flow, because "
     "it's actually the harsher test. When the service starts to slow down, each user just fires its next "
     "request sooner to make up the time, so the pressure on the server goes up exactly when it's struggling, "
     "which is the worst case you want to see. An open model at a fixed rate is gentler because the rate never "
     "changes. I'd run something like five thousand users, look at p99 and errors, and call it a pass if p99 "
     "stays under our SLO.",
     [], ["each user just fires its next request sooner to make up the time, so the pressure on the server goes "
          "up exactly when it's struggling"],
     "Mechanism wrong in plain words: in a closed model each user waits for its response, so offered load "
     "falls as the service slows. The false claim drives the model choice, so it is central: weak."),
    (1, "list", "weak",
     "Okay, so the things I'd bring in: open workload model, closed workload model, arrival-rate executors, "
     "virtual users, think time, ramp-up and steady state, p95, p99, p99.9, error rate, throughput, "
     "saturation, k6, Gatling, Locust, wrk2, SLOs, production traffic mix, test data, and monitoring the load "
     "generators. That's the checklist I'd work from.",
     [], [],
     "Names the right terms but says nothing about any of them."),

    # ------------------------------------------------------------------ Round 2
    (2, "strong", "strong",
     "That gap smells like coordinated omission. With each connection waiting for its reply before sending "
     "again, the generator is basically polite: when the server hiccups, say a two-second GC pause, every "
     "connection just sits there, so the test only logs one slow response per connection instead of the "
     "hundreds of requests real users would have fired into that pause. Those are precisely the requests that "
     "would have been slow, and they're missing, so the tail looks tiny. To fix it I'd drive load on a fixed "
     "schedule and time each request from its planned start, not the moment it actually went out. wrk2 works "
     "that way, you have to give it a target rate and it keeps corrected latencies in an HdrHistogram. In k6 "
     "the arrival-rate executors do the scheduling, and I'd watch the dropped_iterations metric, because if it "
     "runs out of VUs it skips starts and you're back to the same problem. I'd also sanity-check caching and "
     "data size between test and prod.",
     [], [],
     "Explains coordinated omission and why it hides the tail, the fix (schedule plus intended start time), "
     "wrk2 and HdrHistogram, k6 dropped_iterations, and other causes. Correct."),
    (2, "pattern", "weak",
     "I think the test just isn't pushing hard enough to be representative. If we've got, I don't know, fifty "
     "connections, I'd bump that to five hundred or a thousand so we generate a lot more traffic, and with "
     "more samples the p99 should get a lot more accurate and come closer to what production shows. More "
     "load, more data points, better percentiles.",
     ["Add more connections so the test sends more traffic and the percentiles get more accurate."],
     ["with more samples the p99 should get a lot more accurate and come closer to what production shows"],
     "Acts out the more-connections pattern; the pattern is a misconception (closed-loop connections still "
     "pause during stalls), so the claim is listed."),
    (2, "bluff", "adequate",
     "This is coordinated omission. The generator waits on each response before sending the next, so during a "
     "server stall it stops sending, and the slow requests that real users would have experienced never get "
     "measured. So the test p99 looks far better than reality. The fix is an open-model generator. Anything "
     "that sends on a fixed schedule can never fall into that trap, because requests go out on time no matter "
     "how slow the server is, so once you've switched you can trust the percentiles without further checks.",
     [], ["Anything that sends on a fixed schedule can never fall into that trap, because requests go out on "
          "time no matter how slow the server is"],
     "False absolute about the mechanism, in plain words: a scheduled generator still omits samples if it "
     "runs out of VUs or connections, if the generator itself stalls, or if it times from the actual send. "
     "Diagnosis is right, so adequate."),
    (2, "bluff", "adequate",
     "Classic coordinated omission: closed-loop connections stop sending while the server is stuck, so the "
     "slowest requests never get recorded and the tail disappears. The good news is you don't need a new "
     "tool. The plain wrk that everyone already has corrects for it: pass it a target rate with its -R flag "
     "and it measures from the intended send time and reports corrected percentiles. I'd rerun at the "
     "production request rate that way, compare against the production p99, and then look at things like "
     "warm caches or a smaller data set if there's still a gap.",
     [], ["The plain wrk that everyone already has corrects for it: pass it a target rate with its -R flag"],
     "Feature credited to the wrong product: the constant-rate -R option and corrected latency are wrk2 (Gil "
     "Tene's fork), not the original wrk. Diagnosis right, so adequate."),
    (2, "honest", "strong",
     "I'm pretty sure this is coordinated omission. Each connection only sends after the last reply, so if the "
     "server freezes for a second, the generator freezes with it and records maybe one slow sample per "
     "connection, while in production a whole second's worth of arriving requests would have queued up behind "
     "that freeze. So the test throws away exactly the bad samples. The fix is a constant-rate, open-model "
     "generator that measures latency from when each request was supposed to go out. wrk2 does that, I "
     "believe, and HdrHistogram has some way to correct already-recorded data given the expected interval "
     "between requests. I'd need to look up the exact API call and wrk2's flags, I don't remember them. In k6 "
     "I'd use an arrival-rate executor and make sure no iterations get dropped.",
     [], [],
     "Honest about the exact API and flags; mechanism, fix and tools are all correct, so strong."),
    (2, "hedged", "adequate",
     "It's coordinated omission. The closed-loop connections pause whenever the server pauses, so the stalls "
     "barely show up in the samples. I'd rerun with an open model at the production rate, timing every "
     "request from its scheduled send time, with the results in an HdrHistogram instead of a list of averages. "
     "One detail I'm fuzzy on: I think with three significant digits HdrHistogram's values are only accurate "
     "to about ten percent, but I'd check that before relying on it for sub-millisecond stuff.",
     [], ["I think with three significant digits HdrHistogram's values are only accurate to about ten percent"],
     "Hedged wrong number: three significant digits gives about 0.1 percent value precision. Core diagnosis "
     "and fix are right; adequate."),

    # ------------------------------------------------------------------ Round 3
    (3, "adequate", "adequate",
     "I wouldn't just scale the numbers up by four. The database, the cache and anything else that's shared "
     "isn't four times smaller in staging the way the app tier is, so the bottleneck could be somewhere "
     "completely different in production. And the data is the bigger problem: with one percent of the rows, "
     "everything's in memory, the cache hit rate is great and queries behave differently. So I'd get a masked "
     "copy of production data, or at least generate data at production volume, before trusting any result.",
     [], [],
     "Right about extrapolation and data size, but no knee-finding ramp, no warm-up or cold start, no test "
     "data distribution."),
    (3, "strong", "strong",
     "Two separate questions, I think. One is how much a single app instance can take, and that I can measure "
     "in staging. I'd step up the request rate, hold each step for a few minutes, and plot p99 against rate. "
     "You get a flat line and then a hockey stick where the instance saturates; I'd find out which resource is "
     "hitting its limit there, and plan to run instances comfortably below that point, maybe three-quarters "
     "of it. The other is the shared stuff, database, cache, broker, and that doesn't grow with app nodes, so "
     "no multiplying by four. For that the 1 percent sample is useless: the hot data fits in RAM, caches hit "
     "constantly, plans change. I'd load a masked prod snapshot or synthesise data with real volumes and skew, "
     "and spread requests across lots of users and products. Plus I'd drop the first few minutes as warm-up "
     "for JIT and pools, but test a cold start on its own, and do one long soak run.",
     [], [],
     "Knee via stepped ramp with bottleneck named and headroom, shared components, production-sized data with "
     "skew, warm-up vs cold start, soak. Correct."),
    (3, "pattern", "weak",
     "For the test data I'd keep it tight: create one test account and one product, and have every virtual "
     "user go through checkout with those. That way runs are repeatable, nothing varies between them, and if "
     "latency changes we know it's the code and not the data. Then I'd ramp the load in staging until the "
     "error rate goes up and note the number.",
     ["Use the same test user and product for every request so the results are repeatable."], [],
     "Acts out the single-user, single-product pattern; ignores the data-size problem entirely."),
    (3, "bluff", "adequate",
     "First I'd separate per-instance capacity from shared capacity, since the database doesn't get four times "
     "bigger when you add app nodes. I'd ramp one instance in steps and find where p99 bends upward, then load "
     "production-sized, masked data so caches and query plans behave like prod. One gotcha in staging: the "
     "ingress usually has rate limiting configured, and you have to make sure you're not measuring that. It's "
     "easy to spot because nginx's limit_req rejects with 429 Too Many Requests by default, so I'd filter the "
     "429s out and raise the limit for the test.",
     [], ["nginx's limit_req rejects with 429 Too Many Requests by default"],
     "Wrong status code: nginx limit_req_status defaults to 503, so filtering 429s would miss the rejections. "
     "Not central; the capacity approach is right, so adequate."),
    (3, "honest", "adequate",
     "I'd not trust a simple times-four. The database and cache are shared, and with only one percent of the "
     "data the working set probably sits in memory, so staging will look much faster than production. I'd "
     "want production-sized data, masked. Then I'd push the load up gradually and look for the point where "
     "latency curves upward, and stay under that. What I'm not sure about is how much headroom below that "
     "point is the usual rule. I've heard different percentages and I'd need to look up what's reasonable, or "
     "better, work it out from our own traffic variance.",
     [], [],
     "Honest about the headroom figure; right on extrapolation, data and the knee, but thin on warm-up and "
     "test data spread, so adequate."),
    (3, "offtopic", "weak",
     "With a week, I'd focus on making sure checkout actually works end to end. I'd write Playwright tests for "
     "the main flows, add to cart, apply a coupon, pay with a saved card, pay as a guest, and run them on "
     "every merge. Then I'd add contract tests between checkout and the payment service with Pact, so a change "
     "in one doesn't silently break the other. Feature flags on the risky parts of the sale, a rollback "
     "runbook, and we're in decent shape.",
     [], [],
     "Fluent but about functional and contract testing, not capacity or load."),

    # ------------------------------------------------------------------ Round 4
    (4, "strong", "strong",
     "I'd agree with about half of it. For day-to-day releases, canaries are actually better than a staging "
     "load test: real traffic, real data, and you can compare the canary's latency and errors against the old "
     "version automatically and roll back. A big load test before every deploy isn't worth what it costs. "
     "Where I'd push back is capacity. A canary tells you whether the new build is worse at the traffic you've "
     "got right now. It says nothing about three times that traffic, because each canary instance carries "
     "about the same load as the rest, and the database never sees more than today's demand. You only find "
     "that ceiling in production by having customers hit it. So: canaries for regressions, a quick CI perf "
     "check with thresholds to catch the obvious stuff early, and proper capacity tests before events like "
     "the sale or after big redesigns, on realistic data, or in production at a quiet time with clearly tagged "
     "synthetic traffic.",
     [], [],
     "Credits canaries fairly, explains why they cannot reveal unseen load, layered approach with CI check "
     "and capacity tests before peaks. Correct."),
    (4, "adequate", "adequate",
     "I think it's half right. Canaries are great at catching a release that's slower or buggier than the last "
     "one, with real traffic, so I wouldn't insist on a full load test before every deploy. But they only show "
     "behaviour at the traffic we already have. For a sale where we expect a big multiple of normal traffic, a "
     "canary can't tell us whether we'll fall over, so I'd still run a capacity test ahead of those events.",
     [], [],
     "Right split, but no mechanism for why a canary can't see it, no CI check, nothing on how to run "
     "capacity tests safely."),
    (4, "pattern", "weak",
     "I'm actually with the staff engineer. Every load test I've seen was wrong in some way, the data's off, "
     "the environment's off, the traffic mix is off, so the numbers never match what happens in prod. Good "
     "dashboards, alerting on p99 and errors, and canaries give you the truth. If something gets slow we'll "
     "see it within minutes and scale out.",
     ["Production monitoring is enough; load tests never match reality anyway."], [],
     "Acts out the monitoring-is-enough pattern; never addresses load beyond today's traffic."),
    (4, "bluff", "weak",
     "I'd mostly agree with dropping them. The data on this is pretty clear: Google's SRE research found that "
     "canary analysis catches around 90 percent of capacity-related incidents before they reach the whole "
     "fleet, which is far better than pre-release load tests manage, because the canary sees real traffic. So "
     "the sensible move is to invest in automated canary analysis with good latency and error comparisons and "
     "a fast rollback, and retire the load-test environment. Maybe keep a small test for a really exceptional "
     "event, but not as routine.",
     [], ["Google's SRE research found that canary analysis catches around 90 percent of capacity-related "
          "incidents before they reach the whole fleet"],
     "Invented statistic attributed to Google SRE. It carries the whole argument, and a canary cannot see "
     "capacity limits above current traffic, so weak."),
    (4, "honest", "adequate",
     "There's something to it. Canaries with real traffic are better at catching a regression from a normal "
     "release than any staging test, and a full load test before each deploy is a lot of ceremony. But a "
     "canary only ever sees today's traffic, so it can't tell us how we behave at the sale peak. I'd keep "
     "capacity testing for those events. I know some tools like k6 can fail a CI build on a latency "
     "threshold, but I'd have to look up exactly how that's wired into the pipeline and what exit behaviour "
     "to rely on before proposing it.",
     [], [],
     "Honest about the CI wiring detail; the trade-off is right but shallow, so adequate."),
    (4, "hedged", "adequate",
     "I'd keep both but change what each one is for. Canaries catch release regressions on real traffic; load "
     "tests answer the capacity question for peaks we haven't seen. And for per-release checks, a short k6 run "
     "in CI with thresholds, like p95 under 300 milliseconds. When a threshold is crossed k6 exits with a "
     "non-zero code, I think it's exit code 1, but I'd double-check, and the pipeline fails before the canary "
     "even starts.",
     [], ["I think it's exit code 1"],
     "Hedged wrong number: k6 exits with code 99 when thresholds fail. The split of jobs is right; adequate."),

    # ------------------------------------------------------------------ Round 5
    (5, "adequate", "adequate",
     "I'd put the load test scripts in each service's repo so they change with the code, and run a short "
     "version in CI with thresholds on p99 and error rate so regressions get caught at merge time. Then a "
     "longer nightly run to see trends. And I'd refresh the traffic model from production logs every so often "
     "so the tests don't drift from reality.",
     [], [],
     "Tests as code, CI gates, trends and workload refresh are right; missing result aggregation, capacity "
     "model, generator infrastructure and ownership."),
    (5, "pattern", "weak",
     "I'd just buy one of the hosted load-testing products, Grafana Cloud k6, BlazeMeter, that kind of thing. "
     "They give you distributed generators in lots of regions, nice reports, scheduling, and integrations with "
     "CI. Then teams can click a button and run a test whenever they want, and we don't have to maintain any "
     "of that ourselves. That's really what makes it continuous.",
     ["Buy a load-testing SaaS and the problem is solved."], [],
     "Acts out the buy-a-SaaS pattern; no workload model, thresholds, data or ownership."),
    (5, "bluff", "adequate",
     "I'd make load tests code, k6 or Gatling scripts in each service's repo, with SLO thresholds checked in "
     "CI and longer nightly runs for trends. Results should be stored as full histograms so we can merge "
     "across generators rather than averaging percentiles. And I'd write the methodology down and align it "
     "with RFC 2544, which is the IETF standard that defines constant-rate load generation and the "
     "coordinated-omission correction, so every team measures latency the same way and results are "
     "comparable across services.",
     [], ["RFC 2544, which is the IETF standard that defines constant-rate load generation and the "
          "coordinated-omission correction"],
     "Misattributed RFC: RFC 2544 is the benchmarking methodology for network interconnect devices; it "
     "defines no coordinated-omission correction (a term from Gil Tene). Rest is right; adequate."),
    (5, "honest", "weak",
     "Honestly, I've only run load tests as one-off projects, so I haven't built this at an organisation "
     "level. I'd guess you'd want the scripts in version control and run them regularly, but I don't know how "
     "people usually store and compare results across runs, or how they handle distributed load generators. "
     "I'd need to read up on that and talk to teams who've done it before proposing anything.",
     [], [],
     "Honest and says what it would need to learn, but very little substance: weak."),
    (5, "list", "weak",
     "Tests as code, k6, Gatling, Locust, CI thresholds, nightly runs, HdrHistogram, histogram merging, "
     "production traffic replay, SLOs, capacity model, the knee, autoscaling, the k6 Operator, game days, "
     "ownership, dashboards. Those would be the building blocks I'd bring up when we talk about making load "
     "testing continuous across the whole organisation.",
     [], [],
     "Names the right building blocks without saying anything about them."),
    (5, "offtopic", "weak",
     "The way I'd make it routine is through the incident process. Every incident gets a blameless postmortem "
     "within five working days, with a timeline, contributing factors and action items that have owners and "
     "due dates. We track those action items on a shared board and review completion monthly with engineering "
     "leadership. On-call rotations are weekly, with a proper handover, and we run a quarterly review of alert "
     "noise so people aren't paged for things that don't need a human.",
     [], [],
     "Fluent but about incident management and on-call, not load testing."),
]


def build():
    records = []
    counters = {}
    for rnd, kind, band, answer, pq, fc, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        records.append({
            "id": f"{SHORT}-r{rnd}-{counters[rnd]:02d}",
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": list(pq),
            "false_claims": list(fc),
            "note": note,
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    build()
