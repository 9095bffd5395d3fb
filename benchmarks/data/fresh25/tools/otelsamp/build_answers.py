#!/usr/bin/env python3
"""Build otelsamp_answers.jsonl: 30 labelled answers for the otelsamp gauntlet."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "otel-trace-sampling_answers.jsonl")


def rec(rid, rnd, kind, band, answer, pattern_quotes=(), false_claims=(), note=""):
    return {
        "id": rid,
        "round": rnd,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    }


A = []

# ---------------------------------------------------------------- Round 1
A.append(rec("otelsamp-r1-01", 1, "strong", "strong",
    "OK, so I think about it as timing. With head sampling the choice gets made right at the start, "
    "when the first service creates the root span, keyed off the trace ID, the ratio sampler, "
    "usually inside a parent-based one. That choice then flows downstream in the flag on the traceparent header, "
    "so everybody agrees. It's really cheap, because if a span isn't sampled the SDK doesn't even "
    "record it, nothing goes over the wire. The downside is it's made blind. You don't know yet if that request is "
    "going to error out or crawl, so you lose errors at the same rate as everything else. Tail sampling flips that: "
    "the Collector holds the spans until the trace is done, then runs rules like keep errors, keep anything over "
    "some latency, plus a small random slice. But the apps ship everything, the Collector has to hold it all in RAM, "
    "and you need every span of a trace landing on one instance. I'd start with a parent-based ratio since "
    "it's just config, then layer tail sampling on when people need the errors. And I'd make sure the RED metrics "
    "are computed from spans upstream of any sampler.",
    note="Covers where each decision is made, propagation via traceparent, cost of each, blindness of head sampling, "
         "tail sampling's buffering and routing requirement, a starting choice and metrics before sampling."))

A.append(rec("otelsamp-r1-02", 1, "adequate", "adequate",
    "So head sampling is deciding up front, at the root span, whether to keep the trace, and tail sampling is deciding "
    "at the end once you've seen the whole thing. Head is simpler and cheaper since the dropped stuff never leaves the "
    "app. Tail is nicer because you can say keep all the errors and the slow ones. For a bill that's tripled I'd "
    "probably start with head sampling, something like ten percent with a ratio sampler, and see where the bill lands, "
    "then think about tail sampling later if people complain they can't find error traces.",
    note="Core distinction and a sensible starting point are right, but nothing on propagation of the decision, "
         "tail sampling's memory and same-instance routing cost, or keeping metrics accurate."))

A.append(rec("otelsamp-r1-03", 1, "pattern", "weak",
    "Honestly this one's easy. The bill is proportional to how many spans we send, right? So we flip the sampler in "
    "the SDK config to one percent and we're sending a hundredth of the data. The bill goes down by ninety-nine "
    "percent basically overnight, which more than pays for the tripling. If we want more later we can bump it to two "
    "or five percent. I wouldn't overthink it, it's one environment variable.",
    pattern_quotes=["Just set the sampler to 1 percent and the bill drops by 99 percent."],
    note="Acts out the 1 percent weak answer: cuts cost with no thought for the error and slow traces lost or for "
         "metrics accuracy."))

A.append(rec("otelsamp-r1-04", 1, "bluff", "weak",
    "Right, so head sampling is the one where the first service decides up front, usually with a ratio, and tail "
    "sampling waits for the whole trace in the Collector and can keep errors and slow requests. The thing people miss "
    "about head sampling is where the saving actually happens. The spans that lose the coin flip still get created "
    "and shipped to the collector, and that's where they get thrown away, so you save on the vendor bill but not on "
    "anything inside your own infrastructure. Given that, I'd go straight to tail sampling, since we're paying the "
    "export cost either way, and we may as well make a smarter decision with it.",
    false_claims=["The spans that lose the coin flip still get created and shipped to the collector, and that's where "
                  "they get thrown away"],
    note="Bluff, mechanism in plain words: with head sampling an unsampled span is never recorded or exported by the "
         "SDK, which is exactly where the saving comes from. The false claim drives the recommendation, so weak."))

A.append(rec("otelsamp-r1-05", 1, "honest", "adequate",
    "So head sampling decides when the trace starts, in the SDK, and the decision gets passed along in the trace "
    "context so downstream services do the same thing. Tail sampling decides after the trace finishes, in the "
    "Collector, so you can keep error traces and slow ones. Head is cheaper, tail needs to hold spans in memory. What "
    "I'm not sure about is which sampler the SDK uses by default if you configure nothing, I'd have to look that up, "
    "and I don't know the exact name of the Collector component for tail sampling off the top of my head. I'd start "
    "with head sampling and measure.",
    note="Honest about the default sampler and the processor name; the core distinction, propagation and the "
         "memory cost are right, but routing and metrics are missing, so adequate."))

A.append(rec("otelsamp-r1-06", 1, "list", "weak",
    "Sure. So the concepts in play here are head sampling, tail sampling, TraceIdRatioBased, ParentBased, AlwaysOn "
    "and AlwaysOff, the traceparent header, the Collector, the tail_sampling processor, the probabilistic sampler, "
    "decision wait, and span metrics. Those are the tools, and for the bill I'd pick the right combination of them.",
    note="Names the right terms without saying what any of them does or which to start with."))

# ---------------------------------------------------------------- Round 2
A.append(rec("otelsamp-r2-01", 2, "strong", "strong",
    "Right, so the out-of-the-box sampler is parent-based with always-on at the root, which is why everything's kept "
    "by default. Parent-based means: no parent, ask the root sampler; parent present, copy what it did. That choice "
    "comes in on traceparent, where the last two hex characters are the flags and 01 is sampled. There are separate "
    "delegates for remote versus local parents, sampled or not, defaulting to always-on and always-off. The ratio "
    "sampler isn't a random roll per call, it's a threshold test on the trace ID, so two services at the same ratio "
    "agree. In your example, if payment is parentbased_traceidratio too, its one percent only matters when payment "
    "starts a trace itself; when checkout calls it, it just copies checkout's ten percent decision and traces are "
    "whole. The bad case is payment on a plain ratio sampler at 0.01. It ignores the flag, and it'll keep only about "
    "one in ten of checkout's sampled traces, so most of them are missing the payment part. Oh, and at the public edge "
    "I wouldn't blindly honour a sampled flag coming from outside.",
    note="Default sampler, ParentBased delegates, trace-flags 01, deterministic ratio, both configurations of the "
         "scenario with the right outcome, and the edge trust point."))

A.append(rec("otelsamp-r2-02", 2, "pattern", "weak",
    "So with the parent-based ratio sampler each service just applies its own rate to whatever traffic it sees. "
    "Checkout keeps ten percent of its requests and payment keeps one percent of its requests. That's actually a "
    "feature, because payment is lower-value telemetry for us, so it makes sense it keeps less, and the backend will "
    "just show whatever spans it got for each trace.",
    pattern_quotes=["Each service reads its own rate from config and samples on its own."],
    false_claims=["each service just applies its own rate to whatever traffic it sees"],
    note="Acts out the independent-per-service pattern; under ParentBased a child follows the parent and the ratio "
         "only applies to roots, so the wording is also false."))

A.append(rec("otelsamp-r2-03", 2, "bluff", "adequate",
    "So parent-based basically means the root sampler only runs when there's no parent; otherwise you inherit. The "
    "inheritance works because the decision is written into the traceparent header, which is specified in RFC 9110 "
    "alongside the other core HTTP headers, and the trailing flags byte has a sampled bit. The ratio sampler is "
    "deterministic on the trace ID, so services at the same ratio agree. For your case, if payment is parent-based, "
    "its one percent only applies to traces payment starts itself, like a cron job, and calls from checkout follow "
    "checkout's ten percent. If someone configured payment with a bare ratio sampler, you'd get checkout traces with "
    "the payment spans missing.",
    false_claims=["which is specified in RFC 9110 alongside the other core HTTP headers"],
    note="Bluff, misattributed standard: traceparent is defined by the W3C Trace Context Recommendation, not an IETF "
         "RFC; RFC 9110 is HTTP Semantics. The mechanism is otherwise right, so adequate."))

A.append(rec("otelsamp-r2-04", 2, "bluff", "weak",
    "Parent-based is really simple: the first service rolls the dice using its ratio, and from then on it's settled. "
    "Every service downstream is forced to follow that decision, so you can never end up with half a trace. In your "
    "example payment's one percent is basically irrelevant, it always gets overridden by whatever checkout decided, "
    "whatever sampler payment has configured. So the ten versus one percent mismatch isn't something I'd worry about; "
    "the traces will be complete at ten percent, end of story.",
    false_claims=["Every service downstream is forced to follow that decision, so you can never end up with half a trace",
                  "it always gets overridden by whatever checkout decided, whatever sampler payment has configured"],
    note="Bluff, false absolute about the mechanism in plain words: a downstream service only follows the parent if it "
         "is configured with a parent-based sampler; a bare ratio sampler ignores the flag and breaks traces. This is "
         "the question's centre, so weak."))

A.append(rec("otelsamp-r2-05", 2, "hedged", "adequate",
    "The way it hangs together: parent-based checks whether there's a parent. No parent, it uses the ratio sampler. "
    "Parent present, it follows the parent's decision, which comes in through traceparent. I think the sampled flag "
    "is the 02 value in the flags field, but I'd double-check that. So payment, if it's also parent-based, follows "
    "checkout's ten percent for those calls and its own one percent only applies to traces it starts itself. If it's "
    "a bare ratio sampler though, it'd drop the payment spans from most checkout traces.",
    false_claims=["I think the sampled flag is the 02 value in the flags field"],
    note="Hedged wrong value: the sampled flag is 01 (02 is the Level 2 random flag). Mechanism and scenario "
         "right, delegates and determinism missing, so adequate."))

A.append(rec("otelsamp-r2-06", 2, "offtopic", "weak",
    "What I'd really look at between checkout and payment is the metrics side. Prometheus scrapes each service every "
    "fifteen or thirty seconds, and if payment has labels like customer ID on its histograms the cardinality explodes, "
    "and that's usually where the cost comes from. I'd drop high-cardinality labels with relabeling, use recording "
    "rules for the dashboards, and keep the raw series on a short retention. That usually cuts the observability bill "
    "more than any tracing change.",
    note="Fluent but about metric cardinality, not how the sampling decision propagates."))

# ---------------------------------------------------------------- Round 3
A.append(rec("otelsamp-r3-01", 3, "adequate", "adequate",
    "I'd run the tail sampling processor in the Collector with three policies: one on status code for errors, a "
    "latency one at two seconds, and a probabilistic one at a few percent for normal traffic. A trace gets kept if any "
    "of them matches. The important bit is routing: the spans for one trace have to end up on the same Collector, so "
    "I'd put a layer in front with the load-balancing exporter keyed on trace ID. I'd also give those Collectors "
    "plenty of memory since they're holding traces while they wait to decide.",
    note="Routing, policies and OR semantics right; no memory sizing, no incident cap, nothing on metrics before "
         "sampling."))

A.append(rec("otelsamp-r3-02", 3, "pattern", "weak",
    "We already have twelve Collector replicas behind a load balancer, so the simplest thing is to add the tail "
    "sampling processor to each replica's pipeline with the error, latency and percentage policies. Each replica "
    "makes its own decisions, the load balancer spreads the traffic evenly, and we don't need any new infrastructure. "
    "It scales horizontally for free.",
    pattern_quotes=["Just add the tail_sampling processor to every Collector replica behind the load balancer."],
    note="Acts out the every-replica pattern: without trace-ID routing each replica sees fragments."))

A.append(rec("otelsamp-r3-03", 3, "bluff", "adequate",
    "First thing is trace-aware routing: a front tier with the load-balancing exporter keyed on trace ID, so each "
    "trace lands whole on one second-tier Collector that runs tail sampling. Policies: errors by status code, latency "
    "above two seconds, and a small probabilistic slice; any match keeps the trace. Sizing is friendlier than people "
    "think, because decision_wait defaults to 5 seconds, so at fifty thousand spans a second you're only buffering "
    "about a quarter of a million spans across the tier. I'd still put memory limiter in front, and I'd cap the error "
    "policy with a composite so an incident doesn't blow the budget.",
    false_claims=["decision_wait defaults to 5 seconds",
                  "you're only buffering about a quarter of a million spans across the tier"],
    note="Bluff, contradicted default: decision_wait defaults to 30 seconds, so the buffer is about 1.5 million "
         "spans, six times the stated size. Routing, policies and cap are right, so adequate."))

A.append(rec("otelsamp-r3-04", 3, "bluff", "adequate",
    "So, two tiers: the first tier just receives and forwards with the load-balancing exporter on trace ID, the second "
    "runs tail sampling. For every error, the status code policy set to ERROR is enough, because the HTTP conventions "
    "mark every 4xx on a server span as ERROR too, so all the 404s and 401s get kept along with the 500s. Then a "
    "latency policy at two thousand milliseconds and a low probabilistic baseline. I'd raise num_traces, put the "
    "memory limiter first, and build span metrics before the sampler so dashboards don't shift.",
    false_claims=["the HTTP conventions mark every 4xx on a server span as ERROR too"],
    note="Bluff, wrong status mapping: the HTTP semantic conventions leave span status unset for 4xx on SERVER spans "
         "(only CLIENT spans get Error for 4xx); only 5xx is Error on server spans. Rest of the design is sound."))

A.append(rec("otelsamp-r3-05", 3, "honest", "strong",
    "The non-negotiable part is that one Collector sees a whole trace, so a front tier with the load-balancing "
    "exporter routing on trace ID, and a back tier doing tail sampling. Policies would be status code for errors, "
    "latency at two seconds and a probabilistic baseline, and they're OR'd. For memory it's spans per second times "
    "the decision window. I'd need to look up the default decision_wait, I think it's tens of seconds, but I'd check "
    "before sizing. Whatever it is, fifty thousand spans a second times that window is what sits in RAM, and the "
    "trace count setting has to cover new traces per second times the window or things get evicted early. I'd also "
    "cap the error policy, because in an outage errors are everything, generate span metrics upstream of the "
    "sampler, and not autoscale the back tier aggressively, since changing membership reshuffles which instance owns "
    "a trace.",
    note="Honest about the decision_wait default but covers routing, OR semantics, memory sizing method, num_traces, "
         "incident cap, metrics before sampling and scaling risk: strong."))

A.append(rec("otelsamp-r3-06", 3, "hedged", "adequate",
    "I'd do a two-tier Collector setup, with the load-balancing exporter on trace ID in front and tail sampling behind "
    "it. Policies for errors, latency over two seconds and a small percentage. The setting I'd definitely tune is "
    "num_traces. I believe the default is around 10,000, but I'd check, because with thousands of new traces a second "
    "and a thirty-second wait it's far too small and traces get dropped before a decision. Memory limiter up front, and "
    "I'd keep an eye on the tail sampler's internal metrics.",
    false_claims=["I believe the default is around 10,000"],
    note="Hedged wrong default: num_traces defaults to 50,000. Routing, policies and the eviction reasoning are "
         "right; no incident cap or metrics before sampling, so adequate."))

# ---------------------------------------------------------------- Round 4
A.append(rec("otelsamp-r4-01", 4, "strong", "strong",
    "I'd take him seriously, because he's right about the pain. If we're head sampling at a few percent, the one "
    "request a customer is complaining about is almost certainly gone, and rare code paths may never show up. And for "
    "a small system, just keeping everything is honestly simpler. But storage being cheap misses where the money goes. "
    "Fifty thousand spans a second is over four billion a day, and each one gets serialized in the app, shipped, "
    "processed by Collectors, indexed, and typically the vendor charges by span or by gigabyte. That scales with "
    "traffic, and most of those traces are identical happy paths nobody opens. So I'd ask him what he couldn't find. "
    "If it's failures and slow requests, a tail sampler keeping every one of those fixes that for a fraction of the price. "
    "If it's any request by ID, I'd keep full-fidelity data in cheap object storage for a few days and sampled data "
    "longer, make sure logs carry the trace ID, and leave the small, important services like payments fully sampled.",
    note="Acknowledges the real loss and when 100 percent is right, prices the whole pipeline, names the deciding "
         "question and offers tail sampling, short full retention, log correlation and exceptions."))

A.append(rec("otelsamp-r4-02", 4, "adequate", "adequate",
    "I'd push back a bit. Storage might be cheap, but we pay per span ingested, plus network and Collector CPU, and "
    "that grows with every bit of traffic. On the other hand his frustration is valid, head sampling loses the traces "
    "you actually need. I'd propose tail sampling instead: keep all error traces and slow ones, and a small sample of "
    "the rest. That way when something breaks, the trace is there, and we aren't paying to store millions of healthy "
    "requests.",
    note="Right trade-off and remedy, but misses the lookup-by-ID case, low-volume exceptions and that the answer "
         "depends on volume."))

A.append(rec("otelsamp-r4-03", 4, "pattern", "weak",
    "Honestly I agree with him. Disk is like a couple of cents per gigabyte a month now, and object storage is even "
    "cheaper. The engineering time we burn trying to debug without the right trace costs way more than a few more "
    "terabytes. I'd turn sampling off, keep everything, and stop having this conversation every quarter.",
    pattern_quotes=["Storage is cheap, so just keep everything."],
    note="Acts out the storage-is-cheap pattern; ignores ingest, network, indexing and per-span pricing."))

A.append(rec("otelsamp-r4-04", 4, "bluff", "adequate",
    "I'd disagree with him, mostly. It's not the storage, it's ingestion, network, indexing and per-span pricing, all "
    "linear in traffic. And the fear of losing the important trace is overstated: Google's Dapper paper showed that "
    "sampling one in 1024 still caught 99.9 percent of errors, because errors cluster and repeat. Where he's got a "
    "point is the one-off lookup for a customer ticket; for that I'd make sure logs carry trace IDs. And I'd move to "
    "tail sampling for errors and latency so the traces people want are kept deliberately, not by luck.",
    false_claims=["Google's Dapper paper showed that sampling one in 1024 still caught 99.9 percent of errors"],
    note="Bluff, invented statistic: Dapper (2010) used 1/1024 sampling for high-volume services but reports no such "
         "error-capture figure; uniform head sampling keeps errors at the sampling rate. The rest is sound, so adequate."))

A.append(rec("otelsamp-r4-05", 4, "honest", "adequate",
    "I think he's half right. Keeping everything is simplest and you never lose the trace you need, and at low volume "
    "I'd just do it. But cost isn't just disk, it's ingest and indexing, and I'd need to look up what our vendor "
    "actually charges per span or per gigabyte before I could say where the break-even is. I don't know our numbers "
    "offhand. If the real complaint is missing error traces, tail sampling fixes that. I'd want to check our traffic "
    "and pricing before deciding.",
    note="Honest about pricing; the trade-off and the tail sampling remedy are right, but lookup-by-ID and the "
         "alternatives are missing, so adequate."))

A.append(rec("otelsamp-r4-06", 4, "offtopic", "weak",
    "This is really the same debate as log retention. What we did on my last team was tier the logs: seven days hot "
    "in Elasticsearch, then ILM rolls indices to warm nodes, and after ninety days everything goes to Glacier. Most "
    "queries hit the last day or two, so the hot tier can be small. Index lifecycle policies and snapshot repositories "
    "are what make that cheap, and I'd apply the same thinking to any telemetry.",
    note="Fluent but about log index tiering, not about whether to sample traces."))

# ---------------------------------------------------------------- Round 5
A.append(rec("otelsamp-r5-01", 5, "strong", "strong",
    "The first principle: teams don't choose sampling, the platform does. Every SDK gets the same standard env config, "
    "a parent-based ratio, so only the real entry points like the gateway, public APIs and cron jobs make a decision, "
    "and everything behind them inherits it. Then a gateway tier of Collectors that we own does the smart part: keep "
    "errors, keep slow traces, a baseline slice of the rest, and a global spans-per-second ceiling so an outage doesn't "
    "explode the bill. Health checks and probes get filtered out up front. RED metrics come from the spanmetrics "
    "connector ahead of the sampler, so alerts never care what the rate is. I want to tune rates without 300 "
    "redeploys, so either a remote sampler like jaeger_remote, or keep head sampling generous and tune in the "
    "Collector. We record the sampling probability so the backend can weight counts. External callers' sampled flags "
    "get ignored at the edge. Third-party bits that don't propagate context, we accept the broken traces there and "
    "write it down. And we publish spans ingested per team against a budget, plus the pipeline's own drop metrics.",
    note="Central ownership, parent-based everywhere, gateway tail sampling with a cap, filtering, metrics before "
         "sampling, remote rates, probability recorded, edge trust, third parties and cost visibility."))

A.append(rec("otelsamp-r5-02", 5, "adequate", "adequate",
    "I'd centralize it. Every service uses a parent-based sampler configured through the standard OTEL environment "
    "variables, so decisions are consistent end to end and only the entry services actually roll the ratio. Then tail "
    "sampling in a Collector gateway that the platform team owns, with policies for errors and slow traces. And I'd "
    "give each team a dashboard showing how many spans they send so the cost is visible. Teams can request a "
    "different rate, but it goes through the platform team.",
    note="Consistent parent-based config, central tail sampling and cost visibility are right; missing metrics before "
         "sampling, incident caps, edge trust and changing rates without redeploys."))

A.append(rec("otelsamp-r5-03", 5, "pattern", "weak",
    "With 300 services I'd push it down to the teams. Each team knows its own traffic and budget best, so they set "
    "their own sampler and ratio in their service config. The payments team might want a hundred percent and a "
    "logging service might want one percent. The platform team just provides the Collector and the backend and stays "
    "out of the decision.",
    pattern_quotes=["Let each team choose its own sampling rate."],
    note="Acts out the per-team pattern: inconsistent samplers break traces at team boundaries."))

A.append(rec("otelsamp-r5-04", 5, "bluff", "adequate",
    "I'd standardize: parent-based ratio via the OTEL environment variables everywhere, so only entry points decide, "
    "and the platform team owns the sampling policy. For most services that means a Collector gateway running tail "
    "sampling for errors and latency. For the JVM services, though, you can skip that tier, since the OpenTelemetry "
    "Java agent has tail sampling built in, you set a latency rule right in the agent and it only exports slow or "
    "failed traces. I'd generate span metrics before sampling, filter health checks, and publish spans per team "
    "against a budget.",
    false_claims=["the OpenTelemetry Java agent has tail sampling built in, you set a latency rule right in the agent "
                  "and it only exports slow or failed traces"],
    note="Bluff, feature credited to the wrong product: the Java agent's samplers decide at span start (head "
         "sampling); latency and error policies over whole traces live in the Collector's tail_sampling processor. "
         "The rest of the policy is sound, so adequate."))

A.append(rec("otelsamp-r5-05", 5, "honest", "weak",
    "Um, I'd want it to be consistent across the services, so the traces don't break between teams. Beyond that I "
    "honestly don't know the details of how you'd roll a sampling policy out to three hundred services. I'd need to "
    "read up on how the SDK samplers are configured centrally and what the Collector can do here before I'd commit to "
    "a design. I'd probably start by talking to the vendor.",
    note="Honest, but apart from consistency it offers no mechanism, so weak."))

A.append(rec("otelsamp-r5-06", 5, "list", "weak",
    "The policy would include parentbased_traceidratio, OTEL_TRACES_SAMPLER, OTEL_TRACES_SAMPLER_ARG, a Collector "
    "gateway, the tail_sampling processor, the loadbalancing exporter, the spanmetrics connector, the filter "
    "processor, jaeger_remote, tracestate, composite policies, and per-team budgets. Those are the building blocks, "
    "and I'd combine them into an org-wide standard.",
    note="Names the right components without saying how any of them is used."))


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in A:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(A)} records to {OUT}")


if __name__ == "__main__":
    main()
