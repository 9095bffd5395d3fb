#!/usr/bin/env python3
"""Build retries-timeouts-circuit-breakers_answers.jsonl: 30 labelled candidate answers (6 per round)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "retries-timeouts-circuit-breakers_answers.jsonl")


def rec(round_no, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    return {
        "round": round_no,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    }


ANSWERS = [
    # ------------------------------------------------------------------ Round 1
    rec(1,
        "Okay, so the first thing I'd ask is which errors are even transient. Stuff like a connection reset, "
        "a 503, gRPC UNAVAILABLE, those are worth another go; a 400 or a permission error is going to fail "
        "identically, so there's no point. Then I'd bound it: maybe three tries max, each with its own timeout, "
        "plus an overall deadline so the caller isn't stuck waiting. Between tries I'd back off exponentially, "
        "so like 50, 100, 200 milliseconds up to some ceiling, and I'd randomise the sleep, full jitter, pick "
        "anywhere from zero up to the current backoff, because otherwise all the clients that failed together "
        "come back together and you hammer the thing just as it's recovering. And I'd only do this "
        "automatically for idempotent calls; if it's a POST that reserves something, the client sends an "
        "idempotency key so the server can dedupe. Oh, and respect Retry-After if the server sends one.",
        "strong", "strong",
        note="Covers retryable vs non-retryable errors, attempt cap, per-try timeout and overall deadline, "
             "exponential backoff with full jitter and why, idempotency keys and Retry-After. Correct."),
    rec(1,
        "I'd use exponential backoff, so the wait doubles each time, and add some randomness to it so that "
        "clients don't all come back at the exact same moment. I'd limit it to maybe three or four tries and "
        "then give up and return the error. And I'd make sure we only retry the errors that make sense, like "
        "timeouts or 503s, not bad requests.",
        "adequate", "adequate",
        note="Backoff with jitter, a cap and error selection are right, but it misses idempotency (it even "
             "retries timeouts without asking whether the call is safe to repeat), per-try timeouts versus an "
             "overall deadline, and Retry-After."),
    rec(1,
        "Honestly I'd keep it simple. I'd put the call in a loop, catch the exception, wait a little, and try "
        "again until it goes through. The inventory service is ours and it's usually up, so a failure is "
        "basically always a blip, and sooner or later the request succeeds. That way the user never sees an "
        "error, which is kind of the whole point.",
        "weak", "pattern",
        pattern_quotes=["Just wrap the call in a retry loop until it succeeds."],
        note="Acts out the unbounded retry loop: no cap, no deadline, no error selection, no idempotency."),
    rec(1,
        "So the core of it is exponential backoff: the first retry after, say, 100 milliseconds, then 200, "
        "then 400, capped at a couple of seconds, and a maximum of three attempts. I'd actually leave jitter "
        "out. Exponential backoff by itself already spreads the clients out, because each one doubles its wait "
        "independently, so the retries naturally fan out over time and don't land on the server together. "
        "Jitter mostly makes the behaviour harder to reason about in tests. Beyond that I'd only retry "
        "transient errors and check the operation is idempotent before retrying it.",
        "weak", "bluff",
        false_claims=["Exponential backoff by itself already spreads the clients out, because each one doubles "
                      "its wait independently, so the retries naturally fan out over time and don't land on "
                      "the server together."],
        note="Bluff, wrong about the mechanism in plain words: clients that fail at the same moment and follow "
             "the same deterministic backoff schedule retry at the same moments, so without jitter the waves "
             "stay synchronised. The false claim is the centre of the backoff design, so weak."),
    rec(1,
        "I'd start from what the cloud SDKs do, because they've tuned this at enormous scale. The AWS SDKs in "
        "standard retry mode default to five attempts, with exponential backoff and jitter, and they cap the "
        "backoff at twenty seconds. For an internal call I'd copy that shape: retry only transient stuff like "
        "throttling, 503s and connection resets, randomise the delay, and put an overall timeout on the whole "
        "thing so retries can't blow the caller's latency. For anything that writes, I'd attach an idempotency "
        "key so a retry can't double-apply.",
        "adequate", "bluff",
        false_claims=["The AWS SDKs in standard retry mode default to five attempts"],
        note="Bluff with a contradicted default: standard retry mode defaults to three attempts in total (the "
             "20-second backoff cap is right). The rest of the design is sound and the number is peripheral, "
             "so capped at adequate."),
    rec(1,
        "The way I'd think about it is on the server side. I'd put a token bucket rate limiter in front of the "
        "inventory service, keyed per calling service, so no single caller can eat all of its capacity. Tokens "
        "refill at a steady rate and you allow a burst up to the bucket size. Requests over the limit get a 429. "
        "Then I'd size the bucket from load tests, and keep the limiter state in Redis so it's shared across "
        "all the instances.",
        "weak", "offtopic",
        note="Fluent but about server-side rate limiting, not about how the caller should retry."),

    # ------------------------------------------------------------------ Round 2
    rec(2,
        "Right, so for me it comes down to whether the other side might already have done the work. If I "
        "never managed to connect, nothing ran, retry freely. HTTP-wise, 503 and 429 are the server literally "
        "telling you to come back later, so I'd retry those and use Retry-After if it's there. 502 and 504 I'd "
        "retry with backoff, but with a 504 the upstream might actually have finished, so only for idempotent "
        "stuff. Most 4xx, like 400, 403, 404, no, they'll just fail again. In gRPC it's UNAVAILABLE, that's "
        "the one meant for transient trouble; DEADLINE_EXCEEDED I treat like a 504. Things like "
        "INVALID_ARGUMENT or PERMISSION_DENIED, never. And the POST that timed out, we genuinely don't know "
        "if it went through. So either it carries an idempotency key and the server dedupes, or I don't retry "
        "blindly and I query for the result first.",
        "strong", "strong",
        note="Right framing (could the work have happened), right HTTP and gRPC codes, 504 and "
             "DEADLINE_EXCEEDED as unknown outcomes, idempotency key or status lookup for the POST."),
    rec(2,
        "I'd retry the 5xx family and anything that times out. For the POST, if it timed out then the call "
        "failed, nothing happened on the other side, so we just send it again and hopefully this time it's "
        "quick enough. There's no real risk, because the server only commits when it sends back a response.",
        "weak", "pattern",
        pattern_quotes=["A timeout means the request failed, so it's safe to send it again."],
        false_claims=["if it timed out then the call failed, nothing happened on the other side",
                      "the server only commits when it sends back a response"],
        note="Acts out the timeout-means-failed misconception; a timed-out request may have completed on the "
             "server, so blind resending can duplicate the side effect."),
    rec(2,
        "Connection-level failures where nothing was sent are always fine to retry. Then 503 and 429, "
        "honouring Retry-After. The tricky one is when the gateway gives up on a slow upstream, it returns a "
        "408 Request Timeout, and there the upstream may still be processing, so I'd only retry if the call "
        "is idempotent. On the gRPC side, UNAVAILABLE is the transient code and I'd retry it; INVALID_ARGUMENT, "
        "NOT_FOUND and PERMISSION_DENIED are deterministic, so no. For the POST, I'd require an idempotency "
        "key so a duplicate is harmless.",
        "adequate", "bluff",
        false_claims=["when the gateway gives up on a slow upstream, it returns a 408 Request Timeout"],
        note="Bluff with a wrong status code: a gateway that times out waiting for its upstream returns 504 "
             "Gateway Timeout; 408 is sent by a server that did not receive the complete request from the "
             "client in time. The reasoning around it is right, so adequate."),
    rec(2,
        "POST isn't idempotent, so the timed-out POST is the dangerous one. The fix is an idempotency key: the "
        "caller makes up a UUID per logical operation and sends it in the Idempotency-Key header, which is "
        "standardised in RFC 9457, and the service saves that key alongside the response so a repeat gets the "
        "saved response back instead of running twice. For the codes, I'd retry 503, 429 and connection failures, be "
        "careful with 504 since the work might be done, and not retry 4xx validation or auth errors. In gRPC "
        "I'd retry UNAVAILABLE and leave the rest alone.",
        "adequate", "bluff",
        false_claims=["which is standardised in RFC 9457"],
        note="Bluff with a misattributed RFC: RFC 9457 is Problem Details for HTTP APIs; the Idempotency-Key "
             "header is an IETF httpapi Internet-Draft, not an RFC. Mechanism and codes are right, so adequate."),
    rec(2,
        "So the principle I use is whether the server could have executed it. Connection refused, fine to "
        "retry. 503 and 429 are retry-later, and I'd follow Retry-After. 502 and 504 mean a proxy couldn't get "
        "a good answer, and with 504 the backend might have completed, so idempotent calls only. Plain 4xx, no. "
        "In gRPC, UNAVAILABLE is the standard retryable one; I'd be careful with DEADLINE_EXCEEDED for the same "
        "reason as 504, and ABORTED I believe means redo the whole transaction. I honestly don't remember the "
        "numeric codes, or exactly what the gRPC service config lets you set for retries, I'd look those up. "
        "The timed-out POST has an unknown outcome, so I'd only retry it with an idempotency key the server "
        "dedupes on; PUT and DELETE are idempotent by spec, POST isn't.",
        "strong", "honest",
        note="Honest about the numeric codes and the service-config details, and still gets nearly all the "
             "substance right: retry-safe HTTP and gRPC codes, unknown outcome of 504 and DEADLINE_EXCEEDED, "
             "idempotency keys for POST. Banded strong."),
    rec(2,
        "I'd retry 503s, connection errors and rate limiting, and I think the too-many-requests status is 419, "
        "but I'd double-check that, and back off according to Retry-After. I wouldn't retry 400s or auth "
        "errors. For gRPC, UNAVAILABLE is the retryable one. The POST that timed out I wouldn't retry unless "
        "there's an idempotency key, because the server may have processed it.",
        "adequate", "hedged",
        false_claims=["I think the too-many-requests status is 419"],
        note="Hedged wrong number: Too Many Requests is 429 (RFC 6585). Core is right but thin on 502/504, "
             "DEADLINE_EXCEEDED and non-retryable gRPC codes, so adequate."),

    # ------------------------------------------------------------------ Round 3
    rec(3,
        "So the problem is multiplication. Three tries at the app, times three at the gateway, times three in "
        "orders, times three in inventory, that's up to eighty-one database calls for one tap in the app, and "
        "it all kicks in right when the database is struggling. Worse, a timed-out query is often still running "
        "when the retry lands, so you're piling duplicate work on. That's your retry storm, and it can keep the "
        "database pinned even after whatever slowed it has cleared. What I'd change: only one layer retries, "
        "the one right next to the dependency, and everyone above just passes the failure along. Then put a "
        "retry budget on it, retries can't exceed something like ten or twenty percent of normal traffic, "
        "Envoy and Finagle both have that built in, so in a real outage retries die away on their own. I'd also "
        "have the data layer return an explicit overloaded signal that nobody retries, and pass deadlines down "
        "so nobody works on requests the user abandoned.",
        "strong", "strong",
        note="Computes the 81x amplification, explains duplicate work and storms that outlive the trigger, and "
             "gives single-layer retries, retry budgets, non-retryable overload errors and deadlines."),
    rec(3,
        "Each layer retrying means the load multiplies as you go down, so the database sees many times the "
        "normal traffic exactly when it's slow, and it never gets a chance to recover. I'd stop retrying at "
        "every layer and only retry in one place, probably the service closest to the database, and have the "
        "others just fail fast and pass the error up.",
        "adequate", "adequate",
        note="Core insight (multiplicative amplification, retry at one layer) is right, but no budget, no "
             "overload signal, no deadline propagation, no quantification."),
    rec(3,
        "I think per-layer retries are actually good practice. Each service should protect itself and not "
        "trust that its caller will retry, so it's defence in depth. Three attempts is a sensible number at "
        "each hop. If the database gets slow, the retries smooth over those few minutes, and once it's back "
        "everything drains through. I'd maybe bump the timeouts a little so fewer requests fail in the first "
        "place.",
        "weak", "pattern",
        pattern_quotes=["Each layer retrying a couple of times is fine, it's defensive."],
        false_claims=["the retries smooth over those few minutes"],
        note="Acts out the 'retries at every layer are defensive' pattern; the retries multiply and deepen the "
             "overload instead of smoothing it."),
    rec(3,
        "What you get is retry amplification. With three attempts per layer and four layers making calls, the "
        "worst case is 81 database queries for one user request. The Google SRE book found that 70 percent of "
        "the cascading failures they analysed were triggered by retries, which is why they push retry budgets "
        "so hard. The fix is retrying in one layer only, adding a per-client budget so retries stay below about "
        "ten percent of requests, and returning a distinct overloaded error upward that callers know not to "
        "retry.",
        "adequate", "bluff",
        false_claims=["The Google SRE book found that 70 percent of the cascading failures they analysed were "
                      "triggered by retries"],
        note="Bluff with an invented statistic: the SRE book gives no such percentage. The design (81x, "
             "single-layer retries, 10% per-client budget, overload error) is right, so adequate."),
    rec(3,
        "The retries multiply layer by layer, so the database gets hit with a multiple of the real traffic "
        "right when it's slow. I'd let only one layer retry. I know there's a concept of a retry budget, where "
        "retries are capped as a fraction of total requests, and I know Envoy supports something like that, "
        "but I'd have to look up the exact defaults and how it's configured. I'm also not sure what ratio the "
        "SRE book recommends, so I'd check before picking a number.",
        "adequate", "honest",
        note="Honest about budget defaults and the SRE ratio; gets amplification, single-layer retries and the "
             "idea of a retry budget right. Misses overload signalling and deadlines, so adequate."),
    rec(3,
        "Um, so, retry amplification, retry storms, retry budgets, token buckets, exponential backoff, jitter, "
        "circuit breakers, load shedding, backpressure, deadline propagation, idempotency, metastable failures, "
        "the SRE book, Envoy, Finagle. Those are the things I'd look at here, basically, for this kind of "
        "scenario with the slow database.",
        "weak", "list",
        note="Names the right terms but says nothing about any of them."),

    # ------------------------------------------------------------------ Round 4
    rec(4,
        "I'd push back a bit. The breaker didn't fail because breakers are bad; it failed because it was scoped "
        "to the whole pricing service while only one pod was broken. Without a breaker, every pricing call "
        "would just sit out its timeout when the whole service really is down. So I'd keep it, but handle bad "
        "pods separately with per-host ejection in the load balancer or mesh, and leave the service-level "
        "breaker for when everything is failing.",
        "adequate", "adequate",
        note="Correct diagnosis (scope) and remedy (per-host ejection), but no state machine, half-open "
             "probing, minimum call volume or fallback."),
    rec(4,
        "Yeah, I'd agree with them. Circuit breakers add a lot of config and a state machine that's hard to "
        "reason about, and here it clearly made things worse. Good timeouts plus retries with backoff give you "
        "the same protection: if the service is down, the call times out and we retry a bit later. Simpler is "
        "better.",
        "weak", "pattern",
        pattern_quotes=["Agreed, timeouts and retries are enough."],
        false_claims=["Good timeouts plus retries with backoff give you the same protection"],
        note="Acts out agreeing to remove breakers; timeouts and retries neither fail fast nor give the "
             "dependency room to recover."),
    rec(4,
        "The breaker was scoped wrong. What should have happened is the bad pod gets ejected and the other "
        "nineteen keep serving. And we don't even need a mesh for that: kube-proxy already does outlier "
        "detection, it watches the HTTP responses and ejects a pod after five consecutive 5xx errors for about "
        "thirty seconds. So I'd drop the application-level breaker, let kube-proxy take care of bad pods, and "
        "rely on the gradual recovery it does when it lets a pod back in.",
        "weak", "bluff",
        false_claims=["kube-proxy already does outlier detection, it watches the HTTP responses and ejects a "
                      "pod after five consecutive 5xx errors for about thirty seconds"],
        note="Bluff crediting a feature to the wrong product: consecutive-5xx outlier detection is Envoy's "
             "(used by Istio); kube-proxy programs L4 iptables/IPVS rules and never sees HTTP status codes. "
             "The whole remedy rests on it, so weak."),
    rec(4,
        "I wouldn't remove them. A breaker in the open state fails calls immediately instead of making every "
        "caller wait out the timeout, and that gives the dependency space to recover. After a cooldown it goes "
        "half-open, lets a few test calls through, and closes again if they succeed or reopens if they fail. "
        "The real bug here was one breaker covering twenty pods. I'm not sure of the exact Resilience4j or "
        "Envoy default thresholds, or how the mesh's per-host ejection is configured, I'd have to look that "
        "up, but the fix is ejecting the bad pod rather than breaking the whole service.",
        "adequate", "honest",
        note="Honest about default thresholds and ejection config; states, half-open probing and the scope "
             "diagnosis are right. No fallback or minimum call volume, so adequate."),
    rec(4,
        "The breaker did its job badly because it covered the whole service. I'd keep it and fix the scope. "
        "Closed, open, half-open: in open it fails fast, and after the wait duration it goes half-open and "
        "lets a few trial calls through. In Resilience4j I believe the default wait in the open state is about "
        "five seconds, though I'd check that. Per-pod problems should be handled by outlier detection in the "
        "mesh, ejecting just the broken pod, and the service breaker should fall back to cached prices rather "
        "than erroring.",
        "adequate", "hedged",
        false_claims=["I believe the default wait in the open state is about five seconds"],
        note="Hedged wrong default: Resilience4j's waitDurationInOpenState defaults to 60 seconds (5 seconds "
             "was Hystrix's sleep window). Otherwise correct, so adequate."),
    rec(4,
        "I'd look at why the pod was broken in the first place. Probably a bad deploy, so I'd move to canary "
        "releases: send five percent of traffic to the new version, compare error rates and latency against "
        "the baseline, and roll back automatically if it's worse. Argo Rollouts or Flagger can do that analysis "
        "for you. That way a broken pod never makes it to the full fleet.",
        "weak", "offtopic",
        note="Fluent but about progressive delivery, not about whether circuit breakers should stay."),

    # ------------------------------------------------------------------ Round 5
    rec(5,
        "I'd treat latency as one budget that's decided at the edge and shrinks as the request travels. So the "
        "gateway says this request has, I don't know, 800 milliseconds, and every hop passes along what's left "
        "rather than starting its own clock. gRPC gives you that for free with the grpc-timeout header, as long "
        "as you make outbound calls with the incoming context; for plain HTTP we'd carry it in a header "
        "ourselves. Services should check that budget before doing anything expensive and bail early, and "
        "cancellation has to actually reach the DB query, otherwise work keeps going for nobody. Inner timeouts "
        "should always be shorter than outer ones. Platform-wise, I'd bake defaults into the mesh or a shared "
        "client: retryable code list, budgets, per-try timeouts, outlier ejection, deadline passing. Teams "
        "decide idempotency, fallbacks and their actual timeout numbers from measured latency. And we'd track "
        "retry ratios and breaker trips per edge, and run fault injection so we see these interact before a "
        "real incident does.",
        "strong", "strong",
        note="Deadline as a shrinking budget, grpc-timeout and context propagation, cancellation reaching the "
             "work, nested timeouts, a sensible platform/team split, metrics and fault injection."),
    rec(5,
        "Deadlines should be propagated: the edge sets an overall deadline and every downstream call gets the "
        "remaining time, so a service deep in the graph doesn't keep working on a request the user gave up on. "
        "gRPC does this through its timeout header. I'd put sensible defaults for timeouts and retries into a "
        "shared client library so teams don't each invent their own.",
        "adequate", "adequate",
        note="Deadline propagation and shared defaults are right; misses cancellation reaching the work, "
             "nested timeouts, what teams own, observability and testing."),
    rec(5,
        "I'd keep it uniform so nobody has to think about it: every service-to-service call gets a 30-second "
        "timeout. That's long enough that nothing legitimate ever times out, and it's consistent across all "
        "300 services, so debugging is easy. Teams can lower it if they really need to.",
        "weak", "pattern",
        pattern_quotes=["Give every service a 30-second timeout to be safe."],
        note="Acts out the long uniform timeout: holds resources on hopeless calls and lets inner work outlive "
             "the caller; no deadline propagation."),
    rec(5,
        "The key is deadline propagation. The edge picks a deadline, and gRPC sends it along to each downstream "
        "service in the grpc-timeout header, so every hop knows how long is left. The nice part is that once "
        "the caller's deadline expires, every service downstream stops its work automatically at that moment, "
        "so there's never any wasted work on requests nobody is waiting for. That's why I'd standardise on "
        "gRPC for internal calls and put the default retry and timeout config in the mesh.",
        "weak", "bluff",
        false_claims=["once the caller's deadline expires, every service downstream stops its work "
                      "automatically at that moment, so there's never any wasted work on requests nobody is "
                      "waiting for"],
        note="Bluff that is a false absolute and wrong about the mechanism in plain words: expiry cancels the "
             "context, but handlers, database queries and other work stop only if they check or honour the "
             "cancellation, so wasted work is common. Central to the answer, so weak."),
    rec(5,
        "The idea I'd go with is deadline propagation: the entry point sets a total deadline and each call "
        "downstream carries the time remaining, so deeper services can give up early. I know gRPC propagates "
        "this in a header, but I'd need to check how it works for our HTTP services, and whether our mesh can "
        "do it or whether it needs to live in application code. I'd also want shared defaults for retries and "
        "timeouts, but I'd have to look at our actual latency data before choosing any numbers.",
        "adequate", "honest",
        note="Honest about HTTP propagation and mesh support; the deadline idea and shared defaults are right "
             "but the platform/team split, cancellation and observability are thin, so adequate."),
    rec(5,
        "Okay, so: deadline propagation, grpc-timeout, context cancellation, timeout budgets, service mesh, "
        "Envoy, sidecars, shared client libraries, retry budgets, circuit breakers, outlier detection, "
        "idempotency keys, fault injection, game days, SLOs, dashboards, golden signals. That's roughly the "
        "toolkit I'd standardise on across all the services.",
        "weak", "list",
        note="Names the right terms but says nothing about any of them."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            n = counters.get(r["round"], 0) + 1
            counters[r["round"]] = n
            ordered = {"id": f"retries-r{r['round']}-{n:02d}"}
            ordered.update(r)
            f.write(json.dumps(ordered, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} answers to {OUT}")


if __name__ == "__main__":
    main()
