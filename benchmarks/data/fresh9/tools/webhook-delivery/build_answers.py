#!/usr/bin/env python3
"""Builds webhook-delivery_answers.jsonl: 30 labelled candidate answers for the
webhook-delivery gauntlet (6 per round). Written blind; see README.md."""
import json
import os

SHORT = "wh"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "webhook-delivery_answers.jsonl")

# Common Weak Answer quotes (verbatim from webhook-delivery.txt), by round
Q1_EXACTLY = "We guarantee exactly-once delivery, so receivers don't need to worry about duplicates."
Q1_PAYLOAD = "The receiver can detect duplicates by comparing the payload to the last one it saw."
Q2_FOREVER = "We retry on every non-200 response, forever, until it succeeds."
Q3_HTTPS = "We'll use HTTPS, so the payload can't be tampered with."
Q4_ONEQ = "Sure, we'll deliver everything from one queue with a single worker so it's always in order."

A = []


def add(rnd, answer, band, kind, note, pattern_quotes=(), false_claims=()):
    A.append({"round": rnd, "answer": answer, "band": band, "kind": kind,
              "pattern_quotes": list(pattern_quotes), "false_claims": list(false_claims), "note": note})


# ---------------- Round 1: delivery guarantee, outbox, idempotent receivers ----------------
add(1, "So I'd say at-least-once. Basically the sender can't know whether a request that timed out actually got "
       "processed on their side, so we have to send it again, and that means receivers will sometimes see the same "
       "event twice. Each event gets an ID, and the receiver keeps track of which IDs it has already handled and "
       "skips the repeats. On our side we keep retrying until we get a 2xx back.",
    "adequate", "adequate",
    "Correct core: at-least-once because outcomes are ambiguous, event IDs and receiver dedupe. Missing how events "
    "are kept from being lost (outbox), how long dedupe records must live, and acknowledging fast.")

add(1, "I'd want to offer exactly-once, honestly, because that's what customers actually want. We track every "
       "delivery in our database, we mark it delivered as soon as the 200 comes back, and we never send it twice, so "
       "the customer's handler can just process whatever arrives without any dedup logic. That keeps their "
       "integration really simple, which is a selling point.",
    "weak", "pattern",
    "Acts out the exactly-once promise; ignores that a lost response forces a resend, so duplicates are unavoidable.",
    [Q1_EXACTLY], ["we never send it twice"])

add(1, "Okay, so the honest promise is at-least-once. The core issue is the ambiguous failure: if my request times out, "
       "I've no idea whether their server committed the work before the connection died, so I resend, and that makes "
       "duplicates part of the deal. But before retries, I need to make sure we never drop an event on our end. "
       "Writing to the DB and then firing the HTTP call from the app is a dual write, a crash in between loses it. So "
       "I'd put an events table, an outbox, in the same transaction as the order update, and a relay process or CDC "
       "tails it and feeds the delivery workers, which keep going till they see a 2xx. Then on the consumer side, "
       "every event has an ID that's fixed across attempts, they store handled IDs under a unique index, ideally "
       "committed together with their side effect, so a repeat does nothing. Keep those records longer than our retry "
       "period. And we'd tell them to acknowledge fast and queue the real work, because slow handlers time out, and "
       "time-outs are what generate redeliveries.",
    "strong", "strong",
    "Covers the ambiguity argument, outbox with relay/CDC, stable event IDs with a unique index in the same "
    "transaction, dedupe lifetime versus retry window, and fast acknowledgement.")

add(1, "At-least-once, and the way I'd make that solid is the transactional outbox. The nice thing about the outbox "
       "is that the message broker enlists in the same database transaction as the order write, so either the order "
       "row and the Kafka message both commit or neither does, it's basically a two-phase commit handled for you. "
       "Then the delivery workers consume from Kafka and POST to the customers, retrying until they get a 2xx, and "
       "receivers dedupe on the event ID since they can still see repeats.",
    "weak", "bluff",
    "Confident wrong mechanism at the centre of the design: the outbox works because the event row commits in the "
    "application's own database transaction and a separate relay publishes afterwards; the broker does not join the "
    "transaction and there is no two-phase commit.",
    (), ["the message broker enlists in the same database transaction as the order write",
         "it's basically a two-phase commit handled for you"])

add(1, "I'm fairly sure the answer is at-least-once. You can't really do exactly-once over HTTP, because a lost "
       "response looks exactly the same as a lost request from where we sit. So receivers need to be idempotent, "
       "keyed on some kind of event identifier that doesn't change between attempts. On the sending side there's a "
       "pattern for not losing the event between the database write and the publish, I think it's called the outbox "
       "pattern, but honestly I don't remember the details of how the relay part works, I'd have to read up on it.",
    "adequate", "honest",
    "Honest about not knowing the outbox relay details; gets at-least-once, the reason, and idempotent receivers "
    "keyed on a stable ID right.")

add(1, "We'd retry on failures, sure. And for duplicates, the receiver can just hash the body of each webhook and "
       "keep the hashes around. If the same hash comes in again, it's a duplicate and they ignore it. That way we "
       "don't even need to put IDs in the events, which keeps the payload smaller, and it works for any event type "
       "without special handling.",
    "weak", "pattern",
    "Acts out payload-comparison dedupe: distinct events can have identical bodies and retries may differ, so a "
    "stable event ID is required.",
    [Q1_PAYLOAD], ["If the same hash comes in again, it's a duplicate"])

# ---------------- Round 2: retry policy, status codes, backoff ----------------
add(2, "So success is any 2xx. I'd retry connection errors, timeouts and anything 5xx, since those are usually "
       "transient. For rate limiting, the receiver sends back a 409 Too Many Requests, usually with a Retry-After, "
       "and we honour that. Other 4xx like 400 or 401 I wouldn't keep retrying, same request, same rejection. "
       "Spacing is exponential backoff with jitter, and I'd cap the total at around a week, which matches Stripe, "
       "they retry for up to seven days in live mode before giving up.",
    "adequate", "bluff",
    "Classification and backoff are right, but two confident false specifics: Too Many Requests is 429 (409 is "
    "Conflict), and Stripe retries live-mode events for up to three days, not seven.",
    (), ["the receiver sends back a 409 Too Many Requests", "they retry for up to seven days in live mode"])

add(2, "Um, so the things that come to mind: exponential backoff, full jitter, a max retry cap, Retry-After, 429, "
       "503, 502, 504, 408, connection timeouts, DNS failures, TLS errors, 4xx versus 5xx, 410 Gone, redirects, "
       "circuit breakers, dead-letter queue, idempotency, the AWS jitter article, Stripe's retry schedule. Those are "
       "the main pieces, I think.",
    "weak", "list",
    "Names the right terms but says nothing about which codes are retried, why, or how attempts are spaced.")

add(2, "The rule I'd start with is that a 2xx of any kind is the only thing that counts as delivered. Then I bucket "
       "the failures. Network-level stuff, can't resolve, refused, TLS handshake fails, or we hit our own deadline, "
       "which I'd keep short, maybe ten seconds, that gets retried, the endpoint's probably just down. Server errors, "
       "the 5xx family, retry. Two 4xx codes are special: 429 means they're throttling us and 408 is a timeout, so "
       "both get retried, and if there's a Retry-After header, which can be seconds or a date, we don't come back "
       "before it says. The rest of the 4xx range is the receiver saying no to this exact request, bad request, "
       "unauthorized, not found, and resending the same bytes won't fix that, so maybe one or two slow attempts and "
       "then we show it to the customer. A 410 I'd take as 'turn this endpoint off'. Redirects we don't follow, they "
       "count as failures. Spacing: exponential with a ceiling, randomised with full jitter so a recovering endpoint "
       "doesn't get a thundering herd, spread over roughly three days, similar to Stripe.",
    "strong", "strong",
    "Full classification (2xx, transport, 5xx, 429/408 with Retry-After, other 4xx, 410, redirects) and capped "
    "exponential backoff with full jitter over about three days.")

add(2, "Keep it simple: if the response isn't a 200, we retry. And we keep retrying until it works, however long "
       "that takes, because the whole point of the system is that the customer gets every single event. Maybe a "
       "short sleep between attempts so we're not in a tight loop, but I wouldn't overthink the schedule.",
    "weak", "pattern",
    "Acts out retry-everything-forever: resends rejected 4xx requests, treats other 2xx as failures, and builds an "
    "unbounded backlog behind dead endpoints.",
    [Q2_FOREVER])

add(2, "Retry on 5xx and timeouts, and on 429, and for 429 you look at the Retry-After header. I think Retry-After "
       "is only allowed to be a number of seconds, not a date, but I'd double-check that. The ones you don't retry "
       "are the 4xx like 400 and 404, because the request itself is the problem. For spacing, exponential backoff "
       "with jitter so everyone doesn't come back at the same moment, up to a few days in total.",
    "adequate", "hedged",
    "Core classification and backoff are right; hedged wrong detail: Retry-After may be an HTTP-date or "
    "delay-seconds (RFC 9110). Misses 408, redirects and 410.",
    (), ["I think Retry-After is only allowed to be a number of seconds, not a date"])

add(2, "Only 2xx is success. Timeouts, connection failures and any 5xx get retried with exponential backoff plus "
       "jitter, capped at a few hours between attempts and a couple of days overall. 429 gets retried too, and we "
       "respect the Retry-After header, that's specified in RFC 7807, which is the same RFC that defines the error "
       "body format, so a well-behaved receiver sends both. Permanent 4xx like 400, 401 or 404 we stop on fairly "
       "quickly and surface on the dashboard. And we don't follow redirects.",
    "adequate", "bluff",
    "Sound policy, but misattributes Retry-After to RFC 7807 (Problem Details); Retry-After is defined in RFC 9110 "
    "(earlier RFC 7231).",
    (), ["that's specified in RFC 7807"])

# ---------------- Round 3: signing, replay windows, rotation ----------------
add(3, "I'd HMAC every request with SHA-256 and a per-endpoint secret that we generate. What gets signed matters: "
       "the event ID, a timestamp and the raw body, concatenated, and then the timestamp and signature go in headers. "
       "The receiver has to verify against the raw bytes before any JSON parsing, otherwise re-serialisation breaks "
       "it, and compare with a constant-time equality check. For replays, they reject requests whose timestamp is too "
       "old. Stripe has a default tolerance, I believe it's a few minutes but I don't remember the exact figure, I'd "
       "look it up. And because the timestamp is covered by the HMAC nobody can just bump it. Inside the window, the "
       "event ID dedupe catches a replayed copy. For rotation, we sign with both old and new secrets for a while and "
       "put both signatures in the header, so the receiver accepts either until the old one expires. I'd also "
       "version the signature format so we can switch algorithms later.",
    "strong", "honest",
    "Honest about the exact tolerance value yet covers everything: signed id+timestamp+raw body, constant-time "
    "compare, tolerance window, dedupe inside the window, multi-signature rotation and versioning.")

add(3, "HMAC-SHA256 over the body with a per-endpoint secret, and the receiver recomputes it over the raw bytes and "
       "compares in constant time. For replay protection we add a timestamp header, and the receiver rejects "
       "anything more than five minutes old. The timestamp doesn't need to be part of the signed content, the "
       "signature already proves the body came from us, and the timestamp header is just what the receiver checks "
       "for freshness, so keeping them separate is simpler. For rotation we send two signatures during an overlap.",
    "weak", "bluff",
    "Confident wrong mechanism at the centre of replay protection: an unsigned timestamp can be rewritten by an "
    "attacker who replays the captured body and signature, so the window protects nothing.",
    (), ["The timestamp doesn't need to be part of the signed content"])

add(3, "Honestly I think HTTPS covers most of this. The connection is encrypted and the certificate is verified, so "
       "nobody can tamper with the payload or fake it in the middle. We could add a signature if some customers "
       "really insist on it, but with TLS everywhere the threat is pretty theoretical, and it's one less thing for "
       "them to implement.",
    "weak", "pattern",
    "Acts out TLS-is-enough: TLS protects transit but does not authenticate the sender to the receiver; anyone can "
    "POST to a public URL over HTTPS.",
    [Q3_HTTPS], ["so nobody can tamper with the payload or fake it in the middle"])

add(3, "The way I'd handle authentication is OAuth 2.0 with the client credentials grant. Each customer gets a "
       "client ID and a client secret, they exchange those at our token endpoint for a short-lived access token, "
       "maybe an hour, and then send it as a bearer token on every API call. Scopes limit what each integration "
       "can touch, and we can revoke a client instantly if it leaks. Short-lived tokens mean a stolen one isn't "
       "useful for very long.",
    "weak", "offtopic",
    "Fluent but about authenticating the customer's calls to our API, not about signing our outgoing webhooks, "
    "replay windows or secret rotation.")

add(3, "Standard approach is HMAC-SHA256 with a shared per-endpoint secret, signing the timestamp plus the raw body, "
       "verified with a constant-time compare. The replay window comes straight from RFC 2104, which says receivers "
       "must reject signed messages older than five minutes, so everyone uses 300 seconds. GitHub does exactly this, "
       "its X-Hub-Signature-256 header carries the timestamp alongside the hash, so GitHub webhooks get replay "
       "protection out of the box. For rotation you include signatures from the old and new secrets during a "
       "transition period.",
    "adequate", "bluff",
    "Design is right, but credits the five-minute tolerance to RFC 2104 (which only defines HMAC; 300 s is a Stripe "
    "library default) and credits a signed timestamp to GitHub, whose X-Hub-Signature-256 is an HMAC of the body "
    "only.",
    (), ["RFC 2104, which says receivers must reject signed messages older than five minutes",
         "its X-Hub-Signature-256 header carries the timestamp alongside the hash"])

add(3, "We'd give each endpoint its own secret and send an HMAC-SHA256 signature in a header. The important bit is "
       "that what we sign includes a timestamp along with the body, and the receiver throws away requests where the "
       "timestamp is too far from the current time, so a request someone captured can't be replayed later on. They "
       "should verify over the raw request body and use a constant-time comparison.",
    "adequate", "adequate",
    "Correct core (per-endpoint HMAC, signed timestamp, tolerance, raw body, constant time) but no secret rotation "
    "and no event-ID dedupe inside the window.")

# ---------------- Round 4: ordering ----------------
add(4, "Yeah, I think that's a fair ask, so we'd just route all the deliveries through one queue with a single "
       "consumer. That way every event goes out in exactly the order it was created, and the customer's problem goes "
       "away. Throughput might suffer a little, but correctness matters more than speed here.",
    "weak", "pattern",
    "Acts out the single-queue single-worker fix: one failing endpoint blocks every customer, and the receiver can "
    "still process concurrently, so their bug is not fixed.",
    [Q4_ONEQ], ["the customer's problem goes away"])

add(4, "I wouldn't sign up for strict ordering across the board. The moment you combine it with retries you get "
       "head-of-line blocking: if update number four keeps failing, five, six and seven for that object, or for that "
       "whole customer if you're sloppy about the key, just sit there. One bad handler freezes their integration. And "
       "it doesn't even buy them ordered processing, because on their end requests land on different instances "
       "behind a load balancer and get handled in parallel. Stripe, for instance, says plainly in its docs that event "
       "order isn't guaranteed. What fixes their actual bug is giving them enough to ignore stale events: each "
       "payload has the object ID, when it was created, and a per-object version that only goes up, so they skip "
       "anything lower than what they've stored. Even simpler, they use the webhook as a trigger and pull the current "
       "object from our API before acting. If someone really needs it, an opt-in mode that keeps FIFO per object, "
       "so a stuck one only delays its own updates, with the blocking trade-off written down. And for this "
       "customer, a deleted subscription should never get resurrected by an older update; a version check stops that.",
    "strong", "strong",
    "Explains head-of-line blocking and receiver-side concurrency, cites Stripe's stance, offers versions, refetch "
    "and opt-in per-key FIFO, and addresses the customer's bug.")

add(4, "I'd push back on a hard guarantee. Ordering plus retries means one failing event blocks everything behind "
       "it. Better to put a sequence number or version per object in each event so the receiver can discard older "
       "ones, or have them refetch the object from the API. I believe Stripe actually does guarantee ordering within "
       "a single object, though I'd want to check that, so maybe per-object is the realistic middle ground.",
    "adequate", "hedged",
    "Right trade-off and remedies; hedged wrong fact: Stripe documents that it does not guarantee event order.",
    (), ["I believe Stripe actually does guarantee ordering within a single object"])

add(4, "Good news is this is solvable at the infrastructure level. We publish every event to Kafka, and Kafka "
       "guarantees ordering across all partitions of a topic, so as long as the delivery workers consume in order, "
       "the customer will always receive events in sequence. In practice out-of-order delivery only affects about "
       "0.1 percent of events anyway, and once we're on Kafka it drops to zero. I'd still add a version number to the "
       "payloads as a belt-and-braces check.",
    "weak", "bluff",
    "Central false absolute (Kafka orders only within a partition, and HTTP retries and receiver concurrency reorder "
    "anyway) plus an invented statistic.",
    (), ["Kafka guarantees ordering across all partitions of a topic",
         "out-of-order delivery only affects about 0.1 percent of events"])

add(4, "Hmm. My instinct is no, not as a blanket guarantee, because if you insist on order then one event that keeps "
       "failing blocks all the later ones behind it. I'm not sure exactly what the big providers promise here, I'd "
       "have to check whether Stripe or GitHub say anything about ordering. What I'd suggest to the customer is not "
       "to trust arrival order at all: include a version or an updated-at timestamp in each event and skip the stale "
       "ones.",
    "adequate", "honest",
    "Honest about provider guarantees; correct on head-of-line blocking and version-based stale-event handling. "
    "Misses refetch, receiver concurrency and per-key options.")

add(4, "No global ordering. If we have to hold later events until an earlier one succeeds, a single broken event "
       "stalls the whole stream, that's head-of-line blocking. Instead I'd tell them to re-fetch the subscription "
       "from our API whenever they get a webhook, so they always act on the current state and the order the "
       "webhooks arrive in stops mattering.",
    "adequate", "adequate",
    "Core right (head-of-line blocking, refetch current state); missing version numbers, receiver-side concurrency "
    "and an opt-in per-key mode.")

# ---------------- Round 5: isolation, dead letters, SSRF ----------------
add(5, "Two parts really. For failures, once an event has used up all its retries it goes to a dead-letter store, "
       "and customers can see those and replay them from the dashboard once they've fixed their endpoint. Endpoints "
       "that keep failing for days get disabled, with an email first. For SSRF, we can't just POST to whatever URL "
       "someone gives us: we block private and loopback addresses and the cloud metadata IP, otherwise someone can "
       "point a webhook at our internal services.",
    "adequate", "adequate",
    "Dead-letter store, replay, auto-disable and basic SSRF blocking are right; misses per-endpoint isolation, DNS "
    "rebinding, redirects and an egress proxy.")

add(5, "Per-endpoint queues, circuit breakers, dead-letter queue, replay API, auto-disable, email alerts, SSRF, "
       "RFC 1918, 169.254.169.254, IMDSv2, DNS rebinding, egress proxy, Smokescreen, no redirects, HTTPS only, the "
       "Capital One breach. Yeah, that's roughly the checklist I'd go through for something like this.",
    "weak", "list",
    "Names the right terms without explaining any of them or how they fit together.")

add(5, "First, isolation: per-endpoint queues with concurrency caps and a circuit breaker, so one dead endpoint "
       "doesn't slow anyone else down. Second, after the retry schedule is exhausted the event goes to a dead-letter "
       "table with its error history, and customers can replay from the dashboard or the API; endpoints failing for "
       "days get disabled after warning emails. Third, SSRF: we resolve the hostname at connection time and block "
       "loopback 127.0.0.0/8, the private ranges 10.0.0.0/8, 172.16.0.0/16 and 192.168.0.0/16, and link-local "
       "including the metadata address 169.254.169.254. And we don't follow redirects.",
    "adequate", "bluff",
    "Good design with one confident wrong number: the RFC 1918 block is 172.16.0.0/12; a /16 leaves 172.17-172.31 "
    "(including Docker's default bridge) reachable.",
    (), ["172.16.0.0/16"])

add(5, "I'd attack it on three fronts. Fairness: never let one slow customer starve everyone, so deliveries are "
       "scheduled per endpoint, its own queue or a fair scheduler, a cap on in-flight requests per endpoint, tight "
       "timeouts, and a breaker that parks an endpoint that keeps erroring and only sends an occasional probe. "
       "Undeliverable events: when the retry budget runs out, a few days in, the event lands in a dead-letter store "
       "together with every attempt's status and error, and the customer can see it in the UI and API and replay one "
       "event or a whole time range after fixing things. Endpoints that have been failing for days get switched off, "
       "after we've warned them by email. Then SSRF, which is the scary one: a webhook URL lets a customer aim our "
       "servers at our own network, that's how Capital One was breached in 2019, via the instance metadata endpoint. "
       "So HTTPS only, block private, loopback, link-local, CGNAT and IPv6 ULA addresses, and validate the IP we "
       "actually connect to, not just at signup, because DNS rebinding can swap it. No redirects. And put the "
       "workers behind an egress proxy like Smokescreen in their own network segment, and enforce IMDSv2.",
    "strong", "strong",
    "Per-endpoint isolation and breakers, dead-letter store with replay, auto-disable with warnings, and full SSRF "
    "defence (ranges, connect-time check against DNS rebinding, no redirects, egress proxy, IMDSv2).")

add(5, "For thirty thousand customers I'd focus on the ingestion side. Put our public API behind a CDN and a WAF, "
       "autoscale the API pods on CPU with the Horizontal Pod Autoscaler, and use read replicas for the heavy GET "
       "endpoints. Caching the most common responses in Redis takes a lot of load off the database, and a WAF "
       "managed rule set blocks the obvious attacks like SQL injection before they ever reach us.",
    "weak", "offtopic",
    "Fluent but about scaling and protecting our inbound API, not outbound delivery, dead letters or SSRF via "
    "customer URLs.")

add(5, "Dead letters first: after the final retry, I'd park the event somewhere durable with its error history and "
       "give customers a way to redeliver it, rather than just dropping it. And isolate endpoints so a slow one can't "
       "hog all the workers. On SSRF, I know the risk is that customers can point URLs at internal addresses, like "
       "the cloud metadata service, and that you need to block private ranges. I've heard there's a DNS trick that "
       "gets around naive checks, but I don't remember how it works, I'd need to read up before designing that part.",
    "adequate", "honest",
    "Honest about DNS rebinding; correct on dead-letter storage, redelivery, isolation and the basic SSRF risk.")


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for a in A:
            r = a["round"]
            counters[r] = counters.get(r, 0) + 1
            rec = {
                "id": f"{SHORT}-r{r}-{counters[r]:02d}",
                "round": r,
                "answer": a["answer"],
                "band": a["band"],
                "bluff": a["kind"] == "bluff",
                "kind": a["kind"],
                "pattern_quotes": a["pattern_quotes"],
                "false_claims": a["false_claims"],
                "note": a["note"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(A)} answers to {OUT}")


if __name__ == "__main__":
    main()
