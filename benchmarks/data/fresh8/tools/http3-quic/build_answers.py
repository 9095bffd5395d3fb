#!/usr/bin/env python3
"""Build http3-quic_answers.jsonl: 30 labelled answers for the HTTP/3 and QUIC gauntlet.

Each entry: (round, answer, band, kind, pattern_quotes, false_claims, note).
ids are assigned as h3-r<round>-<nn>, nn counting 01..06 within a round in list order.
bluff is derived: true iff kind == "bluff".
"""
import json
import os

SHORT = "h3"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "http3-quic_answers.jsonl")

ANSWERS = [
    # ---------------- Round 1: how QUIC/HTTP/3 differ from HTTP/2 over TCP+TLS ----------------
    (1,
     "So the HTTP layer mostly stays the same, same methods, same status codes, what changes is the "
     "transport. QUIC sits on UDP and does its own reliability and congestion control in user space, and "
     "TLS 1.3 is baked into it instead of stacked on top. Where you feel it: connection setup is one round "
     "trip instead of two with TCP plus TLS 1.3, and with a resumed session you can even send the request "
     "with zero round trips. Then the head-of-line thing. With HTTP/2, one dropped TCP segment holds up every "
     "stream on the connection, because TCP hands bytes up in order. In QUIC each stream is tracked "
     "separately, so a loss only holds up the stream it belonged to, and that's also why they had to swap "
     "HPACK for QPACK. And third, connections are named by connection IDs, not by IP and port, so if your "
     "phone jumps from Wi-Fi to LTE the connection can survive after a path validation. Honestly the wins "
     "mostly show up on bad mobile networks; on clean fibre it's marginal.",
     "strong", "strong", [], [],
     "Covers all three differences correctly (1-RTT/0-RTT setup, per-stream loss recovery and QPACK, "
     "connection IDs and migration) plus where users benefit, in its own words."),
    (1,
     "The big one for me is the handshake. With TCP you do the SYN, SYN-ACK, and then TLS on top of that, so "
     "you're paying extra round trips before the first request goes out. QUIC merges the transport and the "
     "TLS 1.3 handshake, so it connects faster, especially for users far from the POP. The other thing is "
     "head-of-line blocking: on HTTP/2 a lost packet blocks all the multiplexed streams, and QUIC avoids that "
     "because the streams are independent at the transport layer. I think that's where mobile users would "
     "notice it most.",
     "adequate", "adequate", [], [],
     "Handshake and head-of-line blocking are right, but connection migration, 0-RTT and QPACK are missing."),
    (1,
     "Well, basically HTTP/3 runs on UDP, and UDP is just a lot lighter than TCP: there's no handshake, no "
     "acknowledgements, no retransmission overhead, so everything's quicker. That's really the whole point of "
     "the protocol. You strip out all the TCP baggage and pages load faster, so for our edge it's kind of a "
     "free speed-up once we switch it on.",
     "weak", "pattern",
     ["UDP is faster than TCP, so HTTP/3 is faster."],
     ["there's no handshake, no acknowledgements, no retransmission overhead, so everything's quicker"],
     "Acts out the 'UDP is faster' pattern; QUIC has its own handshake, ACK frames and retransmission, so "
     "the stated reason for the speed-up is false."),
    (1,
     "Right, so QUIC actually started at Cloudflare around 2012 as an experiment and then moved to the IETF, "
     "and HTTP/3 was published as RFC 9000 in 2021. The core difference is the handshake: TCP plus TLS 1.3 is "
     "two round trips before you can send a request, QUIC folds the crypto into the transport handshake so "
     "it's one, and on resumption you get 0-RTT. Then you've got independent streams, so a lost packet on one "
     "stream doesn't freeze the others the way it does in HTTP/2 over TCP. And connection migration, because "
     "QUIC uses connection IDs instead of the IP and port, so a phone switching networks keeps its connection.",
     "adequate", "bluff", [],
     ["QUIC actually started at Cloudflare around 2012", "HTTP/3 was published as RFC 9000 in 2021"],
     "Bluff: QUIC originated at Google (not Cloudflare) and HTTP/3 is RFC 9114 (2022); RFC 9000 is QUIC "
     "transport. The technical substance is right and the false specifics are peripheral, so capped at adequate."),
    (1,
     "The key thing is head-of-line blocking. In HTTP/2 everything goes over one TCP connection, so one lost "
     "segment holds up every request. With HTTP/3, the kernel's UDP stack keeps a separate retransmission "
     "queue for each QUIC stream, so when a packet is lost the kernel resends it just for that stream and the "
     "others keep flowing. That's also why QUIC can do connection migration, the kernel tracks the stream "
     "state rather than the socket. Plus the handshake is shorter, one round trip instead of two.",
     "weak", "bluff", [],
     ["the kernel's UDP stack keeps a separate retransmission queue for each QUIC stream",
      "the kernel resends it just for that stream",
      "the kernel tracks the stream state rather than the socket"],
     "Bluff, wrong mechanism: UDP does no retransmission; QUIC's loss recovery and stream state live in the "
     "user-space QUIC library and migration rests on connection IDs. The false mechanism is the centre of the "
     "answer, so weak."),
    (1,
     "Okay, so the things I'd mention: UDP instead of TCP, QUIC, TLS 1.3 built in, one RTT, 0-RTT, "
     "head-of-line blocking, independent streams, QPACK versus HPACK, connection IDs, connection migration, "
     "PATH_CHALLENGE, congestion control, CUBIC, BBR, user space, RFC 9000, RFC 9114, Alt-Svc. Those are the "
     "main differences, I think, between HTTP/3 and HTTP/2.",
     "weak", "list", [], [],
     "Names the right terms but explains none of them."),

    # ---------------- Round 2: 0-RTT and replay ----------------
    (2,
     "The problem with 0-RTT is that it can be replayed. The client encrypts that first flight with keys from "
     "a ticket it got last time, and the server hasn't put anything fresh in yet, so somebody on the path can "
     "capture it and fire it at us again, maybe at a different edge box that shares the ticket key. TLS 1.3 by "
     "itself doesn't promise replay protection across connections, and the anti-replay tricks like single-use "
     "tickets don't really scale across hundreds of POPs. The early data also isn't forward secret. So the "
     "policy is: only things that are harmless to run twice go in early data, GETs and HEADs with no side "
     "effects. Anything that changes state waits for the full handshake. And there's a standard for the "
     "edge-to-origin bit, RFC 8470: the edge marks forwarded requests with Early-Data set to 1, the origin can "
     "reply 425 Too Early, and the client resends after the handshake. I'd roll it out for idempotent, "
     "cacheable paths first, rotate ticket keys often, and watch how many 0-RTT attempts get accepted versus "
     "how many 425s we send.",
     "strong", "strong", [], [],
     "Replay mechanism, why distributed anti-replay is hard, forward secrecy, idempotent-only policy, "
     "RFC 8470 Early-Data header and 425, and monitoring: all correct."),
    (2,
     "0-RTT means the client sends the request in its very first packet using a resumed session, so there's "
     "no round trip to wait for. The catch is replay. An attacker can record that first flight and resend it, "
     "and the server will process it again. So you only want it for idempotent requests, like GETs for static "
     "assets, and never for something like a payment POST. I'd configure the edge to accept early data only "
     "for those methods.",
     "adequate", "adequate", [], [],
     "Core right (replay, idempotent only), but nothing on the edge-to-origin signalling (Early-Data, 425), "
     "ticket keys or distributed anti-replay."),
    (2,
     "I don't really see a big risk here. The early data is still encrypted with TLS 1.3 keys, so an attacker "
     "in the middle can't read it or modify it. Since it's all encrypted and authenticated, replay isn't really "
     "something we need to worry about; that was more of a problem with older protocols. I'd just switch it on "
     "across the board and take the latency win.",
     "weak", "pattern",
     ["0-RTT is encrypted with TLS 1.3, so replay isn't a concern."],
     ["Since it's all encrypted and authenticated, replay isn't really something we need to worry about"],
     "Acts out the 'encrypted so no replay' misconception: a captured ciphertext can be resent and is "
     "decrypted again."),
    (2,
     "The risk is replay: early data goes out before the handshake finishes, so an attacker can capture it and "
     "send it again, and the server can't tell it from the original. So you restrict 0-RTT to idempotent "
     "requests, GET and HEAD, and the edge flags anything that came in as early data when it forwards it to "
     "the origin. If the origin doesn't want to take the chance, it replies with a 412 Too Early, which is "
     "defined in the TLS 1.3 spec, RFC 8446, and the client just retries once the handshake is complete. I'd "
     "also rotate the session ticket keys regularly.",
     "adequate", "bluff", [],
     ["it replies with a 412 Too Early", "which is defined in the TLS 1.3 spec, RFC 8446"],
     "Bluff: the status is 425 Too Early (412 is Precondition Failed), and it is defined in RFC 8470, not in "
     "TLS 1.3. The design is otherwise right, so capped at adequate."),
    (2,
     "So the danger is replay. 0-RTT data rides on a resumption ticket and goes out before the server has "
     "added any fresh randomness, so a captured flight can be sent again, maybe to another node in the fleet "
     "that accepts the same ticket. That means early data should only carry requests that are safe to repeat: "
     "GET or HEAD without side effects, nothing like checkout or login. There's an RFC for how the CDN tells "
     "the origin: the edge adds an Early-Data header set to 1, and there's a dedicated 'Too Early' status the "
     "origin can send so the client retries after the handshake. I don't remember the exact status code "
     "number, I'd have to look it up; somewhere in the 400s. Operationally I'd enable it per path, keep ticket "
     "key rotation tight, and track acceptance rates.",
     "strong", "honest", [], [],
     "Honest about the exact status number but has nearly all the substance (replay across nodes, safe "
     "methods only, Early-Data header, Too Early retry, ticket rotation, metrics): strong."),
    (2,
     "Replay is the risk: someone replays the early data and the server runs the request twice. So you only "
     "allow idempotent GETs in 0-RTT. For the origin there's a header the CDN adds, and I think the status "
     "the origin sends back is 409 Too Early, but I'd double-check that number. Beyond that I'd keep it off "
     "for POSTs and for anything authenticated that changes state.",
     "adequate", "hedged", [],
     ["I think the status the origin sends back is 409 Too Early"],
     "Hedged wrong status code (425, not 409); core idea of replay and idempotent-only is right. Not a bluff."),

    # ---------------- Round 3: discovery, fallback, UDP blocking, load balancers ----------------
    (3,
     "First, a client won't try QUIC out of nowhere. The first visit comes in over TCP, we send an Alt-Svc "
     "header saying h3 is on UDP 443 with a max age, and after that the browser tries QUIC. If we publish an "
     "HTTPS record in DNS with h3 in the ALPN list, it can go straight to QUIC even the first time. For the "
     "enterprise behind the firewall: the browser's QUIC attempt times out or loses the race against TCP, it "
     "falls back to HTTP/2, and it remembers QUIC is broken on that network for a while. So they're fine, as "
     "long as we keep TCP running. The load balancer is the real problem. Hashing on "
     "source IP and port breaks as soon as a NAT rebinds the port, common with UDP, or the phone "
     "migrates, and now packets hit a server with no keys for that connection. So you route on the connection "
     "ID: our servers pick their own IDs, we embed a server identifier in them, that's what the QUIC-LB draft "
     "standardises, and the LB, or an eBPF reuseport program on the host, uses it. I'd also make sure our DDoS "
     "scrubbing doesn't throttle UDP 443.",
     "strong", "strong", [], [],
     "Alt-Svc and HTTPS record discovery, automatic TCP fallback with broken-QUIC memory, NAT rebinding and "
     "migration breaking 5-tuple hashing, connection-ID routing (QUIC-LB, eBPF reuseport), DDoS check."),
    (3,
     "Clients learn about HTTP/3 from the Alt-Svc header on a normal HTTPS response, so usually the first "
     "request goes over TCP. If UDP is blocked, the browser falls back to TCP, so the enterprise users just "
     "keep using HTTP/2: nothing breaks for them, they just don't get the improvement. On the load balancer "
     "side, UDP has no connection state the balancer can see, so I'd want some kind of sticky routing so each "
     "client's packets keep landing on the same edge server.",
     "adequate", "adequate", [],
     [],
     "Discovery and fallback are right; the LB part sees the stickiness problem but misses NAT rebinding, "
     "migration and connection-ID-based routing."),
    (3,
     "The enterprise customer is the main issue. If their firewall drops UDP, then once we switch HTTP/3 on, "
     "their users' browsers will try QUIC and the page will just fail to load. So before we turn it on we'd "
     "have to reach out to them and get their network team to open outbound UDP 443, otherwise we'd be "
     "breaking them. For the load balancers I'd just add a UDP listener on 443.",
     "weak", "pattern",
     ["If UDP is blocked, HTTP/3 users get an error, so we'd need to tell customers to open UDP 443."],
     ["their users' browsers will try QUIC and the page will just fail to load"],
     "Acts out the 'UDP blocked means errors' pattern; browsers fall back to TCP automatically. The LB "
     "answer ignores connection-ID routing."),
    (3,
     "Discovery is Alt-Svc: the server advertises h3 on a TCP response and the client switches on later "
     "connections, and if UDP is blocked, the browser falls back to TCP. For the load balancers, the nice "
     "thing is we don't need to change much. Connection migration works precisely because our L4 balancer "
     "hashes on the client's source address and port: when the phone moves from Wi-Fi to LTE, the hash keeps "
     "pointing at the same backend, so the server holding the keys still gets the packets. QUIC was designed "
     "around 5-tuple hashing for that reason.",
     "weak", "bluff", [],
     ["Connection migration works precisely because our L4 balancer hashes on the client's source address and port",
      "when the phone moves from Wi-Fi to LTE, the hash keeps pointing at the same backend",
      "QUIC was designed around 5-tuple hashing for that reason"],
     "Bluff, wrong mechanism (reversed): migration changes the source address and port, so a 5-tuple hash "
     "sends packets to a different backend; QUIC relies on connection IDs. Central to the LB question: weak."),
    (3,
     "Discovery is the Alt-Svc header: first visit over TCP, then the browser tries h3. There's also a DNS "
     "record type that can advertise it up front; I don't remember the RFC number, I'd have to look it up. "
     "For UDP-blocked networks, browsers fall back to TCP on their own, so we just have to keep TCP serving. "
     "The load balancer part I'm less sure of. I know 5-tuple hashing is a problem when the client's address "
     "changes, and I think the answer involves routing on the QUIC connection ID, but I haven't built that, and "
     "I'd need to read up on how the server ID gets encoded.",
     "adequate", "honest", [], [],
     "Honest about the DNS record RFC and the CID encoding; discovery, fallback and the direction of the LB "
     "fix are right, but the LB design is not worked out: adequate."),
    (3,
     "For the enterprise customer I'd actually look at their TLS inspection setup first. A lot of corporate "
     "proxies do TLS interception with their own root CA, and that breaks certificate pinning in mobile apps "
     "and makes HSTS behave oddly. I'd make sure our certificate chain is complete, serve ECDSA certificates "
     "with an RSA fallback for old clients, and turn on OCSP stapling so revocation checks don't add latency. "
     "That usually clears up most of the enterprise connectivity tickets.",
     "weak", "offtopic", [], [],
     "Fluent but about TLS certificates and interception proxies, not QUIC discovery, fallback or load "
     "balancing."),

    # ---------------- Round 4: SRE lead wants to turn it off ----------------
    (4,
     "I'd take it seriously, because two of the three points are simply true. QUIC is more expensive per "
     "byte: TCP gets segmentation and receive offload in the kernel and on the NIC, whereas QUIC is a "
     "user-space library doing per-packet crypto and lots of syscalls. You can claw a good chunk back with UDP "
     "GSO and GRO and batching, but it's still not free. And yes, the transport headers are encrypted, so our "
     "packet-capture tools can't see retransmits any more; we'd need qlog or metrics from the QUIC stack "
     "itself. Where I'd push back is the median. Nobody expects much at the median; the wins are on lossy "
     "mobile links, long round-trip paths and network switches. So before killing it I'd want p75 and p95 "
     "TTFB and LCP from a holdback experiment, broken down by mobile versus fixed and by region, next to the "
     "actual cost of the extra CPU. If the tail didn't move either, fine, turn it off or keep it only where "
     "users are mostly mobile. If mobile p95 dropped a lot, we keep it and spend the effort on efficiency.",
     "strong", "strong", [], [],
     "Accepts CPU and visibility costs with correct reasons and mitigations, moves the decision to tail "
     "metrics from a holdback experiment, and names the deciding factor."),
    (4,
     "It's a fair concern, but I'd look at more than the median. HTTP/3's benefit is mostly for users on poor "
     "connections, with packet loss, high latency, mobile, so the average user on broadband won't see much. "
     "I'd check the p95 and p99 latency for mobile users before making a decision. If there's a real "
     "improvement there, it's probably worth the extra CPU.",
     "adequate", "adequate", [], [],
     "Right core (judge on the tail, not the median), but doesn't address why CPU is higher, the visibility "
     "loss, or a controlled comparison."),
    (4,
     "I'd agree with the SRE lead. We gave it three months and the median TTFB only moved by a few "
     "milliseconds, which is basically noise. If the typical user isn't seeing a difference, then HTTP/3 isn't "
     "helping us, and we're paying more CPU and losing our debugging tools for nothing. I'd turn it off and "
     "revisit in a year or two when the implementations are more mature.",
     "weak", "pattern",
     ["The median barely moved, so HTTP/3 doesn't help."],
     ["If the typical user isn't seeing a difference, then HTTP/3 isn't helping us"],
     "Acts out the median pattern: concludes no benefit without looking at the tail where QUIC's gains are."),
    (4,
     "I'd push back on the CPU point, actually. Once you're on a modern stack QUIC is cheaper: Google "
     "published numbers showing QUIC uses about 40 percent less server CPU than TLS over TCP, because there's "
     "no kernel TCP state machine to maintain. So if we're seeing higher CPU, that's a tuning problem on our "
     "side, not something inherent. On the median, that's the wrong metric; the benefits are in the tail on "
     "lossy networks, so I'd look at p95 by network type before deciding anything.",
     "weak", "bluff", [],
     ["Google published numbers showing QUIC uses about 40 percent less server CPU than TLS over TCP"],
     "Bluff, invented statistic: Google reported QUIC using more server CPU than TLS/TCP, not less. The "
     "false figure is used to dismiss a real cost, the centre of the argument: weak."),
    (4,
     "I think the SRE lead has a point on cost. I know QUIC runs in user space and loses some of the kernel "
     "offloads, so it uses more CPU, though I'd have to look up how big the gap is these days; I've seen "
     "different numbers. But I'd be careful about judging on the median. What I remember is that the gains are "
     "mostly on poor networks, so I'd want to see the tail latency for mobile users before deciding. I'm not "
     "sure about the visibility part; I'd need to check what tools exist for debugging QUIC.",
     "adequate", "honest", [], [],
     "Honest about the size of the CPU gap and about debugging tools; the cost reason and the tail argument are "
     "right, the visibility part is missing: adequate."),
    (4,
     "Hmm, so, the things to weigh: CPU cost, kernel offloads, GSO, GRO, sendmmsg, user-space stacks, "
     "encrypted headers, qlog, qvis, packet captures, median versus p95, p99, TTFB, LCP, mobile networks, "
     "packet loss, holdback experiment, cost per request. Those are the factors I'd put on the table for "
     "that discussion with the SRE lead.",
     "weak", "list", [], [],
     "Lists relevant terms with no statements or reasoning."),

    # ---------------- Round 5: rollout and measurement ----------------
    (5,
     "I'd enable it across the fleet and then pull the edge logs, which record the protocol for each request. "
     "Then it's straightforward: take all the HTTP/3 requests, take all the HTTP/2 requests, and compare their "
     "TTFB distributions. If the h3 ones are faster, the rollout is working, and we can report the percentage "
     "improvement to leadership.",
     "weak", "pattern",
     ["Compare the latency of HTTP/3 requests against HTTP/2 requests in the logs."],
     ["If the h3 ones are faster, the rollout is working"],
     "Acts out the naive log comparison: selection bias (repeat visitors on UDP-friendly networks), no "
     "holdback, no staging."),
    (5,
     "I'd stage it through Alt-Svc, since clients only use QUIC when we advertise it. Start with a few POPs "
     "and a small slice of responses, keep a holdback group that never gets the header so we have a fair "
     "comparison, and grow from there. One thing to plan for is rollback: if you leave ma out of the Alt-Svc "
     "header, browsers cache the advertisement for seven days, so I'd always set an explicit short ma early "
     "on. For metrics: h3 share, fallback rate, handshake errors, and p75 and p95 TTFB by network type between "
     "the treatment and holdback groups, plus CPU per request.",
     "adequate", "bluff", [],
     ["if you leave ma out of the Alt-Svc header, browsers cache the advertisement for seven days"],
     "Bluff, contradicted duration: RFC 7838's default ma is 24 hours (86400 seconds), not seven days. The "
     "plan is otherwise sound: capped at adequate."),
    (5,
     "For measurement I'd lean on a few things. On the network side, QUIC version 1 makes the spin bit "
     "mandatory, so every connection exposes it and our passive monitoring can always compute RTT from it "
     "without decrypting anything. Then from the browser, Resource Timing's nextHopProtocol tells us whether a "
     "request went over h3. I'd roll out by POP with a holdback group, compare tail TTFB between the groups, "
     "and watch fallback rates and CPU.",
     "adequate", "bluff", [],
     ["QUIC version 1 makes the spin bit mandatory, so every connection exposes it",
      "our passive monitoring can always compute RTT from it"],
     "Bluff, false absolute: the spin bit is optional in RFC 9000 and endpoints must disable it on some "
     "connections, so it cannot always be used. Rest of the plan is reasonable but thin: adequate."),
    (5,
     "I'd roll it out gradually, a few POPs first and then more, and I'd control it with the Alt-Svc header, "
     "because that's what makes clients try h3. I'd want a control group that doesn't get the header, so we "
     "can compare like for like. Metrics: percentage of traffic on h3, errors and fallbacks, and latency "
     "percentiles by network type. There's a browser API field that reports which protocol a resource used; I "
     "can't remember its exact name, I'd look it up. I'm also not sure how long clients keep the Alt-Svc entry "
     "by default, which matters for rollback; I'd check the spec.",
     "adequate", "honest", [], [],
     "Honest about the nextHopProtocol name and the ma default; staging via Alt-Svc, control group and the "
     "metric families are right, but selection bias, kill switch and cost are thin: adequate."),
    (5,
     "I'd stage it by POP and by percentage, using the Alt-Svc header as the switch, with a holdback group. "
     "For rollback the cache lifetime of Alt-Svc matters, and I believe the default max-age is one hour if you "
     "don't set ma, but I'd verify that in the RFC. Metrics would be h3 share, fallback to TCP, and tail TTFB "
     "split by mobile versus desktop, plus the CPU cost.",
     "adequate", "hedged", [],
     ["I believe the default max-age is one hour if you don't set ma"],
     "Hedged wrong default (24 hours, not one hour); the staging and metrics outline is right. Not a bluff."),
    (5,
     "For rolling out anything across the edge fleet, I'd use our standard progressive delivery pipeline: "
     "canary one host, then one POP, then a region, with automated analysis in something like Argo Rollouts or "
     "Spinnaker comparing error rates and latency against the baseline, and automatic rollback if the canary "
     "score drops. Config changes go through the same pipeline as binaries, with change freezes around big "
     "events. That process has worked well for us on nginx upgrades and certificate rotations too.",
     "weak", "offtopic", [], [],
     "Fluent generic deployment-pipeline answer; nothing about Alt-Svc exposure, holdback bias, QUIC "
     "metrics or UDP."),
]

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, answer, band, kind, pq, fc, note in ANSWERS:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": f"{SHORT}-r{rnd}-{counters[rnd]:02d}",
                "round": rnd,
                "answer": answer,
                "band": band,
                "bluff": kind == "bluff",
                "kind": kind,
                "pattern_quotes": pq,
                "false_claims": fc,
                "note": note,
            }
            assert list(rec) == FIELDS
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {sum(counters.values())} records to {OUT}")


if __name__ == "__main__":
    main()
