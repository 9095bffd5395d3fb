#!/usr/bin/env python3
"""Build lambda_answers.jsonl: 30 labelled interview answers for the
aws-lambda-performance gauntlet (6 per round)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "aws-lambda-performance_answers.jsonl")

# Common Weak Answers quoted verbatim from aws-lambda-performance.txt
CWA = {
    "r1_vpc": "Cold starts happen because the function runs in a VPC, so take it out of the VPC.",
    "r1_ping": "Just schedule a ping every five minutes to keep it warm.",
    "r1_mem": "Give it the maximum memory and cold starts disappear.",
    "r2_same": "Reserved and provisioned concurrency are the same thing; provisioned just costs more.",
    "r2_raise": "Ask AWS to raise the account limit and the throttling goes away.",
    "r3_rewrite": "Java is just too slow for Lambda; rewrite the whole service in Node.js.",
    "r3_done": "Turn on SnapStart and we're done.",
    "r4_cheaper": "Serverless is always cheaper because you only pay for what you use.",
    "r4_faster": "Containers are always faster than Lambda, so move everything.",
    "r5_max": "Set every function to the maximum memory and a 15-minute timeout so nothing ever fails.",
    "r5_retry": "Lambda retries failures automatically, so we don't need to handle them.",
}

A = []


def add(rnd, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    A.append({"round": rnd, "answer": answer, "band": band, "bluff": kind == "bluff",
              "kind": kind, "pattern_quotes": list(pattern_quotes),
              "false_claims": list(false_claims), "note": note})


# ---------------------------------------------------------------- Round 1
add(1, "Okay, so a fine median with an ugly tail on Lambda, my first suspect is cold starts. "
       "Whenever there's no idle environment free, Lambda has to spin up a fresh microVM, pull the code, "
       "start the runtime and run all my module-level setup before the handler even gets called, and that "
       "whole init step gets a ten-second budget, after which it's retried inside the first request. Once it's "
       "done, that environment sits frozen between requests and gets reused, so only the first request on each one "
       "pays. To prove it I'd grep the REPORT log lines for Init Duration, or look for the Initialization piece in "
       "X-Ray, and line the spikes up against scale-out and deploys. Then the fixes: slim down the bundle and "
       "lazy-import heavy stuff, build the SDK clients and DB connection once at init so warm calls reuse them, bump "
       "memory since you get more CPU with it, and if the API really needs it, provisioned concurrency on an alias. "
       "A warm-up ping wouldn't cover bursts anyway.",
    "strong", "strong",
    note="Correct and complete: cold starts, lifecycle (init/invoke, freeze and reuse), 10 s init limit, "
         "evidence (Init Duration, X-Ray), and the ordered fixes including connection reuse and provisioned concurrency.")

add(1, "I'm pretty sure that's cold starts. When traffic scales out, Lambda has to create new environments and run "
       "the initialization code before it can handle the request, and that's where the extra couple of seconds comes "
       "from. Warm requests land on an existing environment, which is why the median looks fine. I'd check CloudWatch "
       "for the Init Duration on the REPORT log lines to confirm it. For fixing it, provisioned concurrency is the "
       "obvious lever for an API like this one.",
    "adequate", "adequate",
    note="Core diagnosis and confirmation are right, but no init limit, no cheaper fixes (package size, "
         "reusing clients, memory/CPU), and no link to deployments.")

add(1, "Honestly the first thing I'd look at is whether the function's attached to a VPC. Lambdas in a VPC have to "
       "get a network interface set up when they start, and that's notoriously slow, it's where these multi-second "
       "spikes come from. So I'd pull it out of the VPC, or if it really needs the database, expose the database "
       "some other way with proper auth. That should flatten the p99 pretty quickly.",
    "weak", "pattern",
    pattern_quotes=[CWA["r1_vpc"]],
    false_claims=["Lambdas in a VPC have to get a network interface set up when they start, and that's notoriously slow"],
    note="Acts out the VPC weak answer; the per-cold-start ENI cost went away with Hyperplane ENIs in 2019, and "
         "the real cause (environment creation and init) is never named.")

add(1, "This is the classic cold start picture. A request lands, there's no warm environment, so Lambda boots one, "
       "loads the package, starts the runtime and executes my global-scope code, and only then invokes the handler. "
       "Everything after that reuses the environment, so the median never sees it. The init phase gets up to 30 "
       "seconds before Lambda gives up on it, so a heavy framework can quietly eat a lot of that. I'd confirm with "
       "Init Duration in the logs, cache clients in global scope so warm calls reuse them, raise memory for more CPU, "
       "and put provisioned concurrency on the alias behind the API.",
    "adequate", "bluff",
    false_claims=["The init phase gets up to 30 seconds before Lambda gives up on it"],
    note="Bluff (contradicted number): the Init phase is limited to 10 seconds, after which Lambda retries init "
         "during the first invocation under the function timeout. The rest is correct and the false limit is not "
         "the centre of the answer, so capped at adequate.")

add(1, "So my guess is cold starts: new execution environments getting created when load goes up, with the setup "
       "code running before the first request on each of them. Warm ones get reused, so most requests are quick. "
       "There's a time limit on that init phase, I remember there is one, but I'd have to look up the exact number "
       "and what happens when you blow past it. To confirm I'd look for the init duration in the logs. Fixes I'd "
       "consider are doing client setup once outside the handler, and provisioned concurrency, but I'd want to check "
       "its pricing before recommending it.",
    "adequate", "honest",
    note="Honest about the init limit and pricing; the diagnosis, confirmation and two fixes are right, but memory/CPU, "
         "package size and deploy correlation are missing.")

add(1, "Right, so the keywords here: cold starts, execution environment, init phase, invoke phase, shutdown phase, "
       "Init Duration, the REPORT line, X-Ray, provisioned concurrency, SnapStart, memory size, package size, lazy "
       "loading, connection reuse, Firecracker. Yeah, those are basically the things I'd be looking at for this one.",
    "weak", "list",
    note="Names the right terms but says nothing about any of them: no diagnosis, no mechanism, no plan.")

# ---------------------------------------------------------------- Round 2
add(2, "What bit you is that concurrency is pooled per Region across every function in the account. By default "
       "that's 1,000, and it's a soft quota. The batch job scaled out, took most of the pool, and checkout calls came "
       "back throttled, a 429 TooManyRequestsException. I'd fix the isolation with reserved concurrency: give checkout "
       "a guaranteed slice, and put a ceiling on the batch function so it can never grow past, say, 50. That's free, "
       "at least 100 always has to stay unreserved, and zero works as a kill switch. None of that pre-warms anything, "
       "though. Provisioned concurrency is the warming feature: Lambda initializes N environments up front on a "
       "version or alias, you pay for them by the hour even when idle, and anything beyond N falls back to normal "
       "on-demand scaling with cold starts. For checkout I'd use both, and scale the provisioned number with "
       "Application Auto Scaling. Async events that get throttled aren't dropped either; Lambda keeps retrying them "
       "for up to six hours.",
    "strong", "strong",
    note="Shared regional pool with the 1,000 default, 429 TooManyRequestsException, reserved as free cap and "
         "guarantee with the 100 unreserved rule, provisioned as paid pre-initialization with spillover, async retries.")

add(2, "So the account has a shared concurrency limit per region, a thousand by default, and the batch function just "
       "ate it, which throttled checkout. Reserved concurrency is the fix for that: it guarantees checkout a number "
       "of concurrent executions and also acts as a maximum, so I'd set it on both functions. Provisioned concurrency "
       "is more about cold starts, it keeps environments initialized ahead of time and you pay for it. I probably "
       "wouldn't need it just for this incident.",
    "adequate", "adequate",
    note="Core correct (shared pool, reserved as guarantee and cap, provisioned as paid warm environments) but "
         "no 429, no spillover, no unreserved minimum, nothing on async events.")

add(2, "Reserved and provisioned concurrency are basically the same idea: you're setting aside capacity for a "
       "function. Provisioned is the premium version, you pay extra for it, so for checkout I'd just buy provisioned "
       "concurrency and then it's covered. For the batch job I wouldn't bother with either, it runs at night when "
       "nobody's using checkout much anyway.",
    "weak", "pattern",
    pattern_quotes=[CWA["r2_same"]],
    false_claims=["Reserved and provisioned concurrency are basically the same idea"],
    note="Acts out the 'same thing, one costs more' weak answer; never explains the shared pool or throttling and "
         "leaves the batch function uncapped.")

add(2, "The account concurrency pool is regional and shared, a thousand by default, so when the batch job scaled it "
       "starved checkout. Lambda rejected those synchronous calls with a 503 ServiceUnavailableException, which is "
       "its throttling error, and API Gateway passed the failure on. I'd put reserved concurrency on both: it's free, "
       "it guarantees checkout its share and caps the batch job. Provisioned concurrency is separate, that's "
       "pre-initialized environments on an alias which you pay for while they're configured, and I'd use it for "
       "checkout's normal peak to kill the cold starts as well.",
    "adequate", "bluff",
    false_claims=["Lambda rejected those synchronous calls with a 503 ServiceUnavailableException, which is its throttling error"],
    note="Bluff (wrong status code and error name): a throttled Invoke returns HTTP 429 TooManyRequestsException. "
         "The concurrency reasoning is otherwise right, so capped at adequate.")

add(2, "The way I think about it, reserved concurrency is you telling Lambda to keep this many for your function, and "
       "because they're reserved, those environments are kept initialized and sitting there, so the reserved ones "
       "never cold start. So for checkout I'd reserve generously, which solves both the throttling and the latency "
       "in one go, and provisioned concurrency I'd keep in the back pocket in case we need more. The batch job I'd "
       "leave alone since it's doing the real work at night.",
    "weak", "bluff",
    false_claims=["because they're reserved, those environments are kept initialized and sitting there, so the reserved ones never cold start"],
    note="Bluff (mechanism wrong in plain words): reserved concurrency only guarantees and caps capacity; it "
         "initializes nothing, which is exactly what provisioned concurrency is for. The confusion is the centre of "
         "the question, so weak.")

add(2, "So concurrency is shared across all the functions in the region, and I think the default account limit is "
       "something like 500 concurrent executions, but I'd double-check that in Service Quotas. The batch job used up "
       "the pool and checkout got throttled. Reserved concurrency gives checkout a guaranteed share and caps the batch "
       "job; provisioned concurrency is the paid option that keeps environments initialized so requests skip the "
       "cold start.",
    "adequate", "hedged",
    false_claims=["I think the default account limit is something like 500 concurrent executions"],
    note="Hedged wrong number (the default is 1,000 per Region); the reserved/provisioned distinction is right but "
         "throttle errors, spillover and async behaviour are missing.")

# ---------------------------------------------------------------- Round 3
add(3, "I'd start by measuring where the time goes. For Spring it's nearly always class loading, bean wiring and the "
       "JIT, which is all CPU. The feature built for this is SnapStart: at publish time Lambda runs init once, "
       "snapshots the initialized microVM and caches it, and new environments restore from that instead of booting "
       "Spring, so you go from seconds to usually well under one. For Java there's no extra charge. It needs a "
       "published version or alias though, not $LATEST, and you can't combine it with provisioned concurrency. The "
       "part people miss is that every restored copy shares the snapshot's state, so anything that has to be unique "
       "or fresh, random seeds, tokens, DB connections, gets handled in the CRaC hooks: close things in "
       "beforeCheckpoint, reopen them in afterRestore. I'd also prime, exercising the main code paths during init so "
       "more is loaded and compiled in the snapshot. And memory: CPU grows with it, and you only get a whole vCPU "
       "once you're at 1,769 MB, so moving off a small setting often pays for itself.",
    "strong", "strong",
    note="SnapStart mechanism, cost, constraints, uniqueness and CRaC hooks, priming, and memory as CPU with the "
         "1,769 MB figure; all correct.")

add(3, "Honestly, Java and Lambda just don't mix well. The JVM is built for long-running servers, so a short-lived "
       "function pays the whole startup cost over and over. I'd push to rewrite checkout in Node.js or Python; they "
       "start in a couple hundred milliseconds, and the team can pick it up quickly. It's a bigger project up front, "
       "but it fixes the root cause instead of papering over it.",
    "weak", "pattern",
    pattern_quotes=[CWA["r3_rewrite"]],
    false_claims=["a short-lived function pays the whole startup cost over and over"],
    note="Acts out the rewrite weak answer; ignores environment reuse, SnapStart and memory tuning.")

add(3, "SnapStart is the answer here. When you publish a version, Lambda initializes the function, snapshots memory "
       "and disk, and later environments resume from that snapshot, so the Spring startup disappears from the cold "
       "path. For uniqueness and connections you use the runtime hooks, which are the standard JSR 376 checkpoint and "
       "restore API, so beforeCheckpoint closes the database pool and afterRestore reopens it and reseeds anything "
       "random. It's free for Java, and it only works on published versions. I'd also raise memory, since more memory "
       "means more CPU for the JVM.",
    "adequate", "bluff",
    false_claims=["the standard JSR 376 checkpoint and restore API"],
    note="Bluff (misattributed spec number): JSR 376 is the Java Platform Module System; the hooks come from the "
         "OpenJDK CRaC project's org.crac API, which is not a JSR. The mechanism is otherwise right, so adequate.")

add(3, "I'd look at SnapStart first. As I understand it, Lambda runs your initialization when you publish a version, "
       "takes a snapshot of the initialized environment, and restores new environments from it, so the Spring "
       "boot-up happens once rather than on each cold start. The thing to be careful with is state in the snapshot: "
       "every restored environment starts from the same memory, so unique values, credentials and open connections "
       "need refreshing after restore, and there are before-checkpoint and after-restore hooks for that. I don't "
       "remember whether SnapStart costs extra for Java or exactly which Java versions it covers, so I'd check the "
       "docs before promising finance anything. I'd also test more memory, because CPU scales with it, and prime the "
       "common code paths during init. Afterwards I'd measure the restore time to confirm it worked.",
    "strong", "honest",
    note="Honest about pricing and version support, but covers the substance correctly: snapshot on publish, shared "
         "state and restore hooks, priming, memory/CPU, measuring. Banded strong.")

add(3, "For a Spring Boot service that starts slowly I'd look at the container setup. On Kubernetes you'd give the "
       "pod a readiness probe so it doesn't receive traffic until the context is up, set CPU requests high enough "
       "that startup isn't throttled by the CFS quota, and use the JVM's container awareness with MaxRAMPercentage so "
       "the heap fits the memory limit. With a horizontal pod autoscaler on CPU and a couple of replicas always "
       "running, users never see the startup at all.",
    "weak", "offtopic",
    note="Fluent JVM-on-Kubernetes advice; says nothing about Lambda, SnapStart or provisioned concurrency.")

add(3, "I'd try SnapStart, which snapshots the initialized function so new environments don't have to boot Spring "
       "from scratch. And I'd raise the memory, because Lambda hands out CPU in proportion to memory. I think you get "
       "one full vCPU at about 3,008 MB, though I'd want to verify that number. Beyond that I'd trim Spring's "
       "auto-configuration so there's less to initialize.",
    "adequate", "hedged",
    false_claims=["I think you get one full vCPU at about 3,008 MB"],
    note="Hedged wrong number (one vCPU at 1,769 MB; 3,008 MB was the old memory maximum). SnapStart and memory are "
         "right but uniqueness, restore hooks and version constraints are missing.")

# ---------------------------------------------------------------- Round 4
add(4, "I'd push back on 'everything', but not on the idea. It comes down to utilization. Lambda charges per "
       "request, twenty cents a million, plus GB-seconds metered per millisecond; a Fargate task charges for every "
       "second it's up, busy or not. So the API doing a steady 300 requests a second is the one candidate where "
       "containers probably win: the fleet stays busy, and there are no cold starts. The event handlers and the "
       "bursty stuff cost next to nothing idle on Lambda, and moving them means running a cluster for no gain. "
       "Before I accept 'too expensive' I'd check how the functions are configured: memory nobody tuned, everything "
       "on x86. Graviton is about a fifth cheaper per GB-second, and Power Tuning will find the sweet spot. Then "
       "there are the hard ceilings, fifteen minutes per invocation, 6 MB for a synchronous request or response, "
       "/tmp maxing out at 10 GB, and any batch job that breaks those should go to Fargate or Batch. So: model the "
       "cost per workload on real traffic and migrate the ones where the numbers say so.",
    "strong", "strong",
    note="Per-workload decision from the pricing model, arm64 and memory tuning first, and the 15 min / 6 MB / 10 GB "
         "limits; all correct.")

add(4, "I wouldn't move everything. For the steady 300 requests a second API, containers might well be cheaper, "
       "because at constant load you're paying Lambda's per-request and per-duration price all day while a container "
       "would be fully used. The spiky and event-driven functions are the opposite, they're cheap on Lambda because "
       "idle time is free. I'd build a quick cost comparison for the API before deciding, and check the batch jobs "
       "against the 15-minute timeout.",
    "adequate", "adequate",
    note="Right core (utilization decides, per workload) but no arm64 or memory tuning, no payload or /tmp limits.")

add(4, "I'd disagree with the staff engineer. The whole point of serverless is that you only pay for what you use: no "
       "idle servers, no paying for capacity sitting around. Containers on Fargate mean you're paying for tasks around "
       "the clock whether they do anything or not, so Lambda comes out cheaper basically by definition. If it feels "
       "expensive, that's probably a few misconfigured functions, not a reason to migrate.",
    "weak", "pattern",
    pattern_quotes=[CWA["r4_cheaper"]],
    false_claims=["Lambda comes out cheaper basically by definition"],
    note="Acts out 'serverless is always cheaper'; ignores that steady high utilization can favour containers.")

add(4, "I'd push back hard. AWS published a study showing Lambda is cheaper than Fargate for 87 percent of production "
       "workloads, steady APIs included, once you account for the operational overhead of running containers. So the "
       "default answer is to stay on Lambda. For the API I'd move it to arm64, which is about 20 percent cheaper per "
       "GB-second, and tune the memory. The only thing I'd move is a batch job that runs longer than the 15-minute "
       "limit.",
    "weak", "bluff",
    false_claims=["AWS published a study showing Lambda is cheaper than Fargate for 87 percent of production workloads"],
    note="Bluff (invented statistic): there is no such AWS study or figure. The statistic is the basis of the whole "
         "recommendation, so weak despite the correct arm64 and timeout facts.")

add(4, "I'd decide per workload, not all-or-nothing. The steady API is where containers can be cheaper, because "
       "Lambda is billed on requests and duration and at constant load that adds up, while a Fargate task at high "
       "utilization doesn't waste much. I'd want to actually run the numbers; I don't remember the current "
       "per-GB-second price or Fargate's per-vCPU rate, so I'd pull those from the pricing pages. For the batch jobs "
       "there's a maximum run time of 15 minutes, so anything longer has to move or be split up. The bursty event "
       "stuff I'd keep on Lambda.",
    "adequate", "honest",
    note="Honest about current prices; the per-workload reasoning and the 15-minute limit are right, but arm64, "
         "memory tuning and payload limits are missing.")

add(4, "If we do move to containers, the key thing is the rollout. I'd set up ECS with blue/green deployments through "
       "CodeDeploy, so each release goes to a new task set, we shift traffic gradually with a canary, and we can roll "
       "back in seconds if the alarms fire. Images would be built once in CI, scanned, and promoted between "
       "environments by digest rather than rebuilt. That keeps releases boring.",
    "weak", "offtopic",
    note="Fluent deployment-pipeline answer that never addresses whether to move, cost, or Lambda's limits.")

# ---------------------------------------------------------------- Round 5
add(5, "I'd write a service template so teams start from good defaults. Clients and connections get created once at "
       "init and reused, arm64 is the default, and memory gets picked by running Power Tuning rather than left at 128. "
       "For async work, every function gets an on-failure destination so events that exhaust their retries aren't "
       "silently lost, and handlers have to be idempotent because the same event can arrive more than once. And I'd "
       "set alarms on throttles and errors per function.",
    "adequate", "adequate",
    note="Correct core (reuse, arm64, tuned memory, destinations, idempotency, alarms) but no concurrency controls, "
         "RDS Proxy, timeouts or retry defaults.")

add(5, "Lambda is pretty good here out of the box. If a function fails, Lambda retries it automatically, so transient "
       "errors take care of themselves and we don't need custom failure handling in every team. What I'd standardize "
       "is the performance side: arm64, right-sized memory, small packages, and reusing connections across "
       "invocations.",
    "weak", "pattern",
    pattern_quotes=[CWA["r5_retry"]],
    false_claims=["If a function fails, Lambda retries it automatically, so transient errors take care of themselves"],
    note="Acts out 'Lambda retries automatically'; sync invocations get no retries from Lambda and async events are "
         "dropped after two retries without a destination, so events are lost.")

add(5, "I'd bake the defaults into a template. Connections and SDK clients are created outside the handler and reused, "
       "and for our Aurora Postgres databases we'd put DAX in front to pool the connections, so a thousand concurrent "
       "environments don't open a thousand database connections. Functions default to arm64, memory is tuned with "
       "Power Tuning, and every async function gets an on-failure destination plus an idempotent handler. Reserved "
       "concurrency on anything that hammers a shared database, and alarms on throttles and errors.",
    "adequate", "bluff",
    false_claims=["for our Aurora Postgres databases we'd put DAX in front to pool the connections"],
    note="Bluff (feature credited to the wrong product): DAX is a cache for DynamoDB; connection pooling for "
         "Aurora/RDS is RDS Proxy. The rest is correct, so capped at adequate.")

add(5, "For events, the nice thing about async invocation is that each event is handed to the function exactly once, "
       "so the handler doesn't need to be idempotent, and we can skip all the dedup tables teams usually build. What "
       "I'd standardize is the rest: on-failure destinations so failed events land in SQS, arm64 by default, memory "
       "tuned per function, and clients initialized outside the handler so they get reused. Plus alarms on throttles.",
    "weak", "bluff",
    false_claims=["each event is handed to the function exactly once, so the handler doesn't need to be idempotent"],
    note="Bluff (false absolute, wrong in plain words about the mechanism): async delivery is at least once, with "
         "retries and occasional duplicates, so handlers must be idempotent. Central to not losing or double-"
         "processing events, so weak.")

add(5, "Honestly I haven't set Lambda standards across teams before. The one thing I'm sure matters is creating SDK "
       "clients outside the handler so warm invocations reuse them. For failed async events there's some retry "
       "behaviour and a way to send failures somewhere, but I'd need to look up how many retries there are and what "
       "the options are before I put anything in a standard.",
    "weak", "honest",
    note="Honest and correct on what it says, but only connection reuse is covered; nothing on cost, concurrency "
         "or concrete failure handling. Weak.")

add(5, "For standards: arm64, Power Tuning, memory, timeouts, reserved concurrency, provisioned concurrency, RDS Proxy, "
       "connection reuse, destinations, DLQs, idempotency, partial batch responses, CloudWatch alarms, Throttles, "
       "ConcurrentExecutions, Init Duration, X-Ray, cost reports. That would be my checklist for the fifteen teams, "
       "more or less, yeah.",
    "weak", "list",
    note="Only names the right terms; none is explained or turned into a standard.")


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for a in A:
            r = a["round"]
            counters[r] = counters.get(r, 0) + 1
            rec = {"id": "lambda-r%d-%02d" % (r, counters[r]), "round": r, "answer": a["answer"],
                   "band": a["band"], "bluff": a["bluff"], "kind": a["kind"],
                   "pattern_quotes": a["pattern_quotes"], "false_claims": a["false_claims"],
                   "note": a["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d answers to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
