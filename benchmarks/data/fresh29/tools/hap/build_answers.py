#!/usr/bin/env python3
"""Build hap_answers.jsonl: 30 labelled answers for the gauntlet haproxy-load-balancing.txt.

Record fields, in this order: id, round, answer, band, bluff, kind, pattern_quotes, false_claims, note.
Run: python3 build_answers.py   (writes haproxy-load-balancing_answers.jsonl next to this file)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "haproxy-load-balancing_answers.jsonl")
SHORT = "hap"

# Common Weak Answer quotes, copied verbatim from haproxy-load-balancing.txt
CWA = {
    "r1_tcp": "Just add `check` to each server line and HAProxy will know when a server is down.",
    "r1_deep": "Make the health check call the database and every downstream service, so it's really thorough.",
    "r1_fast": "Check every 100 milliseconds so failures are detected instantly.",
    "r2_rr": "Round robin is fine, it spreads the requests evenly.",
    "r2_maxconn": "Set maxconn really high on every server so nothing ever gets rejected.",
    "r3_unset": "Leave the timeouts unset, HAProxy's defaults are sensible.",
    "r3_huge": "Set every timeout to five minutes so nobody ever gets cut off.",
    "r4_drop": "Reloading HAProxy always drops connections, so only change the config in a maintenance window.",
    "r4_restart": "Just restart HAProxy, it only takes a second.",
    "r5_each": "Put the rate limits in a stick table on each instance and you're done.",
    "r5_one": "Just run one big HAProxy, it can handle hundreds of thousands of connections.",
}

# (round, answer, band, kind, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: health checks ----------------
    (1,
     "Okay, so with just `check` on the server line you only get a TCP connect test - HAProxy tries to open a "
     "connection to the port and if the handshake works, that counts as up. Out of the box it probes every two "
     "seconds, wants three failures in a row before it marks the server down and two passes to bring it back. "
     "Thing is, a port accepting connections tells you almost nothing about an app whose threads are all stuck. "
     "So I'd switch to an HTTP check: `option httpchk`, and with the newer `http-check send` syntax a GET on a "
     "dedicated health path with a proper Host header, then `http-check expect status 200`, since otherwise any "
     "2xx or 3xx passes. I'd keep that endpoint local to the instance, not hitting the shared database, or one "
     "DB hiccup takes out the whole pool at once. And I'd add slowstart so a server that just came back warms "
     "up gradually.",
     "strong", "strong", [], [],
     "Correct and nearly complete: TCP-only bare check, correct defaults (2 s, fall 3, rise 2), HTTP check "
     "with explicit expect, the 2xx/3xx default, no shared dependencies in the endpoint, slowstart."),
    (1,
     "I'd say the main thing is that plain `check` is only layer 4, it just confirms the TCP port is open. "
     "That's not good enough for an HTTP API, because the process can be up and still failing every request. "
     "So I'd turn on `option httpchk` and point it at a health endpoint, and make sure the check expects a 200. "
     "Then HAProxy takes the server out of rotation when that endpoint stops answering properly, and puts it "
     "back once it recovers.",
     "adequate", "adequate", [], [],
     "Core is right (bare check is layer 4, use an HTTP check expecting 200) but it gives none of the "
     "defaults the question asks about, nothing on rise/fall timing, and nothing on keeping shared "
     "dependencies out of the health endpoint."),
    (1,
     "What I'd do is build a really deep health endpoint. So /health on each instance would run a query "
     "against Postgres, ping Redis, call the payments service and the search cluster, and only return 200 if "
     "every one of those is fine. That way HAProxy only ever sends traffic to a server that's fully working end "
     "to end, and if anything downstream breaks, the check catches it straight away and the server gets "
     "pulled. I'd rather be thorough than have a check that just says the process is alive.",
     "weak", "pattern", [CWA["r1_deep"]], [],
     "Acts out the deep-dependency health check: a shared database or Redis outage fails every server's "
     "check at once and HAProxy returns 503 for all traffic. Design mistake, no factual false statement."),
    (1,
     "Right, a bare `check` is just a TCP connect, so it only tells you the port is listening, not that the "
     "app works. Out of the box HAProxy runs that check every ten seconds, and it needs three failures in a "
     "row before it marks a server down, so on defaults you're looking at the better part of half a minute "
     "before a dead box leaves rotation. I'd tighten that with `inter`, switch to `option httpchk` with a GET "
     "to a real health URL, and use `http-check expect status 200`, because by default a redirect would count "
     "as healthy too.",
     "adequate", "bluff",
     [],
     ["Out of the box HAProxy runs that check every ten seconds",
      "so on defaults you're looking at the better part of half a minute before a dead box leaves rotation"],
     "Bluff, contradicted default: the default check interval (inter) is 2000 ms, not ten seconds, so with "
     "fall 3 detection is about six seconds, not half a minute. The rest (TCP vs HTTP check, expect 200, "
     "3xx passing by default) is right, so the false number is not the centre: adequate."),
    (1,
     "So, um, `check` by itself is a TCP check, I'm fairly sure. For the thresholds, I think the default is "
     "that a server has to fail five checks in a row before it's marked down - but honestly I'd double-check "
     "that number in the docs before relying on it. Either way I'd move to an HTTP health check with "
     "`option httpchk` so it actually exercises the application, and tune the interval and thresholds myself "
     "rather than trusting the defaults.",
     "adequate", "hedged", [],
     ["a server has to fail five checks in a row before it's marked down"],
     "Hedged wrong default: fall defaults to 3, not 5, stated with an explicit hedge. Core (TCP-only bare "
     "check, move to option httpchk) is right; no expect rule or dependency point: adequate."),
    (1,
     "Health checks in HAProxy... there's `check`, `inter`, `rise`, `fall`, `option httpchk`, `http-check "
     "expect`, `timeout check`, `slowstart`, `observe layer7`, agent checks, `fastinter` and `downinter`. "
     "Those are the knobs I'd be looking at, plus the health endpoint on the app side. And `default-server` so "
     "you don't repeat it all on every server line.",
     "weak", "list", [], [],
     "Names the right directives but says nothing about what any of them does, their defaults, or the "
     "TCP versus HTTP difference the question is about."),

    # ---------------- Round 2: algorithms, maxconn, queue ----------------
    (2,
     "I wouldn't stay on the default round robin here. Round robin hands out requests in turn, so a box that's "
     "chewing on three or four of those 30-second exports still gets its turn like everyone else. Least "
     "connections fits better - new requests go wherever the fewest are currently open, so busy servers get "
     "skipped. But the real protection is a per-server connection cap. If the app has, say, 32 workers, I'd "
     "put `maxconn 32` on each server line. Anything beyond that waits inside HAProxy, which holds it cheaply "
     "and forwards it as soon as a slot opens, instead of the app drowning in its own backlog. I'd cap the "
     "waiting time with `timeout queue` - after that HAProxy itself replies 503 - and watch queue length on the "
     "stats page as an early warning. I'd probably also split exports into a separate backend with a small "
     "limit, so they can never eat all the slots.",
     "strong", "strong", [], [],
     "Correct and complete: round robin balances counts not work, leastconn, per-server maxconn near app "
     "concurrency with HAProxy queuing, timeout queue ending in 503, queue monitoring, separate export backend."),
    (2,
     "Honestly I'd just keep round robin. It's the default for a reason - every server gets the same number of "
     "requests in turn, so load ends up even across the six boxes. If one server's slow because of exports, "
     "it'll even out over time since everyone gets the same share of exports too. I wouldn't overthink it; "
     "leastconn and the hashing modes are for special cases.",
     "weak", "pattern", [CWA["r2_rr"]],
     ["so load ends up even across the six boxes"],
     "Acts out the round-robin-is-even pattern: equal request counts are not equal load when some requests "
     "take 1500 times longer; the misconception is listed as a false claim. Nothing on maxconn or queuing."),
    (2,
     "For mixed request durations I'd go with `leastconn` instead of round robin, since it counts active "
     "connections and the servers stuck on exports naturally get fewer new requests. Then on each server I'd "
     "set `maxconn` to roughly what the app can handle concurrently, so the excess waits in HAProxy's queue "
     "rather than piling into the app. I'd bound that wait with `timeout queue`; when it expires HAProxy "
     "returns a 504 Gateway Timeout to the client, which is the signal that we're out of capacity and need "
     "more instances.",
     "adequate", "bluff", [],
     ["when it expires HAProxy returns a 504 Gateway Timeout to the client"],
     "Bluff, wrong status code: an expired timeout queue makes HAProxy answer 503 Service Unavailable "
     "(termination state sQ), not 504; 504 is for an expired server timeout. Algorithm and maxconn/queue "
     "design are right, so the false code is peripheral: adequate."),
    (2,
     "I'd pick least connections. The way it works is it keeps track of how quickly each server has been "
     "answering lately and sends the next request to whichever one is responding fastest, so a server that's "
     "slowed down by exports automatically gets less traffic until its response times recover. That's exactly "
     "the behaviour we want here, and it means I don't really need per-server limits - the algorithm itself "
     "steers around the slow box.",
     "weak", "bluff", [],
     ["it keeps track of how quickly each server has been answering lately and sends the next request to "
      "whichever one is responding fastest"],
     "Bluff, wrong in plain words about the mechanism: leastconn counts each server's currently active "
     "connections; it does not measure response times. The false mechanism is the centre of the answer and "
     "is used to drop per-server maxconn: weak."),
    (2,
     "I'd move off round robin to leastconn, because with 20-millisecond and 30-second requests mixed, equal "
     "counts aren't equal work, and leastconn steers new requests to whichever server has the fewest in "
     "flight. Then the important part: a `maxconn` on each server around the app's real concurrency, so "
     "surplus requests wait in HAProxy's queue and get handed over when a slot frees, rather than overloading "
     "the app. I'd bound that wait with `timeout queue` and maybe `maxqueue`. What I'm not sure about is "
     "exactly what the client receives when the queue wait expires - I believe HAProxy answers itself with "
     "some 5xx, but I'd need to look up which code and what the log shows. I'd also give the export route its "
     "own backend so it can't starve the fast requests.",
     "strong", "honest", [], [],
     "Honest about the one detail it lacks (which 5xx on queue timeout, exactly what the trap alert allows) "
     "and otherwise complete and correct: leastconn, per-server maxconn, HAProxy queue, timeout queue, "
     "maxqueue, separate export backend. Banded strong."),
    (2,
     "For the export endpoint I'd really rethink the API. Thirty-second synchronous requests are a smell - I'd "
     "make exports asynchronous: the client POSTs a job, gets a 202 Accepted with a job ID, a worker builds "
     "the file in the background and drops it in object storage, and the client polls or gets a webhook with "
     "a signed download URL. That also makes retries safe and removes any chance of a mobile client timing "
     "out halfway through a big export.",
     "weak", "offtopic", [], [],
     "Fluent and reasonable API design, but it answers a different question: nothing about balancing "
     "algorithms, maxconn or queuing in HAProxy."),

    # ---------------- Round 3: timeouts ----------------
    (3,
     "The three you always need are connect, client and server - HAProxy complains at startup if they're "
     "missing and otherwise waits forever. I'd keep connect short, a few seconds, and client and server around "
     "half a minute. For slowloris I'd set `timeout http-request` so a client has a fixed budget to get its "
     "headers in. And for the WebSocket route, `timeout tunnel` with a longer value, because once the upgrade "
     "happens that's the one that counts.",
     "adequate", "adequate", [], [],
     "Correct core (mandatory three, infinite when missing, http-request for slowloris, tunnel for "
     "WebSocket) but misses the 60-second export, the inactivity semantics and what status each timeout "
     "produces."),
    (3,
     "I'd mostly leave the timeouts alone, to be honest. HAProxy ships with sensible defaults for all of that, "
     "it's been tuned by people who've seen a lot more traffic than we have. If we start seeing problems with "
     "slow clients or the exports getting cut off, then we'd tweak the specific one, but I wouldn't set values "
     "up front that we don't have data for.",
     "weak", "pattern", [CWA["r3_unset"]],
     ["HAProxy ships with sensible defaults for all of that"],
     "Acts out the leave-them-unset pattern; the misconception is false: client, connect and server have no "
     "default, HAProxy warns and treats them as infinite."),
    (3,
     "So connect, client and server all have to be set - left empty they're effectively unlimited and HAProxy "
     "warns about it when it starts. HAProxy Technologies' own support data says around 60 percent of the "
     "production incidents they see trace back to missing or oversized timeouts, so it's worth getting right. "
     "I'd add `timeout http-request` of ten seconds or so against slowloris, a short `timeout http-keep-alive` "
     "for idle mobile connections, and `timeout tunnel` for the WebSocket. The export I'd move to its own "
     "backend with a longer server timeout rather than raising it for everything.",
     "adequate", "bluff", [],
     ["HAProxy Technologies' own support data says around 60 percent of the production incidents they see "
      "trace back to missing or oversized timeouts"],
     "Bluff, invented statistic: there is no such published figure. The timeout design itself is correct, so "
     "the invented number is peripheral: adequate."),
    (3,
     "I know client and server timeouts need setting, and a connect timeout, and that there's a separate one "
     "for how long a client gets to send its request headers, which is the slowloris defence - I'd set that to "
     "about ten seconds. There's also a setting for WebSockets that takes over once the connection is "
     "upgraded; I don't remember its exact name, I'd have to look it up. What I also don't know offhand is "
     "what HAProxy does if you leave the client timeout out altogether. For the long export I'd give it a "
     "separate backend with a longer server timeout instead of raising it everywhere.",
     "adequate", "honest", [], [],
     "Honest about two details (the tunnel keyword, behaviour when timeouts are missing); what it does say is "
     "correct and covers slowloris, WebSocket and the export backend. No status codes or inactivity "
     "semantics: adequate."),
    (3,
     "For the queue and the connect side, I think if you don't set `timeout queue` it just defaults to 30 "
     "seconds - I'm not a hundred percent sure, I'd verify that. I'd set client and server to 30 seconds each "
     "and the connect timeout to five. There's `timeout http-request` too, maybe ten seconds. I haven't done "
     "much with WebSockets behind HAProxy, so I'd have to read up on that part.",
     "weak", "hedged", [],
     ["if you don't set `timeout queue` it just defaults to 30 seconds"],
     "Hedged wrong default: an unset timeout queue falls back to the backend's timeout connect, not a fixed "
     "30 seconds. Otherwise only bare numbers with no explanation of what they measure, nothing on the "
     "export or slowloris reasoning: weak."),
    (3,
     "Timeouts: `timeout connect`, `timeout client`, `timeout server`, `timeout http-request`, `timeout "
     "http-keep-alive`, `timeout queue`, `timeout tunnel`, `timeout client-fin`, `timeout server-fin`, "
     "`timeout check`, `timeout tarpit`. Slowloris, WebSockets, 408, 504. Those are the ones I'd go through "
     "one by one for this setup.",
     "weak", "list", [], [],
     "Lists every timeout keyword and two status codes without saying what any of them measures or which "
     "values fit this service."),

    # ---------------- Round 4: reloads ----------------
    (4,
     "I'd push back - that was a real problem years ago, but it's not how current HAProxy behaves. A reload "
     "launches a fresh process on the new config and tells the old one to stop taking new connections, finish "
     "what it's already serving and quit - that's the `-sf` flag. The old gap, where connections could get "
     "reset while the listening sockets changed hands, was closed in 1.8: the new process picks up the "
     "existing listeners over the stats socket, you enable that with `expose-fd listeners` and `-x`. So new "
     "connections aren't refused. There are things to watch: WebSocket connections can keep old processes "
     "hanging around, which `hard-stop-after` caps; stick-table data vanishes unless peers is configured; and "
     "anything changed through the runtime API, like a server in maintenance, is lost unless you use a server "
     "state file. And honestly, draining servers or changing weights shouldn't need a reload at all; that's "
     "what the Runtime API is for. One big nightly batch is the riskier choice.",
     "strong", "strong", [], [],
     "Correct and complete: -sf soft reload, the pre-1.8 race and socket passing with expose-fd listeners / "
     "-x, what a reload still loses (long-lived connections, stick tables, runtime state), Runtime API "
     "instead of reloads, batching is riskier."),
    (4,
     "I don't think that's right for modern HAProxy. A soft reload with `-sf` lets the old process finish its "
     "existing connections while the new process takes the new ones, and since 1.8 the listening sockets can "
     "be handed across so there's no gap where connections get refused. So reloading during the day in small "
     "steps is fine, and I'd rather do that than one big batch at night where if something breaks you don't "
     "know which change did it.",
     "adequate", "adequate", [], [],
     "Correct core (soft reload, 1.8 socket handover, small daytime changes) but misses what a reload still "
     "loses and the Runtime API for routine changes."),
    (4,
     "Yeah, I'd mostly agree with the teammate. Any time you reload HAProxy there's a blip: the old process "
     "goes away and some connections get dropped, that's just how it is with a proxy. So it makes sense to "
     "collect the changes and apply them in a quiet window overnight, when dropped connections affect the "
     "fewest users. We'd just need a good checklist so the nightly reload doesn't get forgotten.",
     "weak", "pattern", [CWA["r4_drop"]],
     ["the old process goes away and some connections get dropped, that's just how it is with a proxy"],
     "Acts out the reloads-always-drop pattern; the misconception is false since 1.8 socket passing and "
     "-sf draining, and it is listed as a false claim."),
    (4,
     "No, that's outdated. When you reload, the old process passes every open client connection across to "
     "the new process, so requests that are mid-flight simply carry on under the new config, and nothing ever "
     "gets cut off, not even connections that stay open for hours. That's why I'd happily reload during the "
     "day. I'd still validate with `haproxy -c` first, and use the Runtime API for small things like draining "
     "a server, but the reload itself is a non-event.",
     "weak", "bluff", [],
     ["the old process passes every open client connection across to the new process, so requests that are "
      "mid-flight simply carry on under the new config",
      "nothing ever gets cut off, not even connections that stay open for hours"],
     "Bluff, wrong in plain words about the mechanism and stated as a false absolute: only the listening "
     "sockets are passed to the new process; established connections stay in the old process, which finishes "
     "them on the old config, and long-lived ones can be cut by hard-stop-after. Central to the question: weak."),
    (4,
     "Modern reloads are seamless: since 1.8 the new process takes over the listening sockets from the old "
     "one, and the old one drains its in-flight requests with `-sf`, so the teammate's premise is out of date. "
     "The catch is state. Stick tables live in memory, and the `peers` section that would carry them over to "
     "the new process is an HAProxy Enterprise feature, so on the community edition your rate-limit counters "
     "reset on every reload. Also, things done through the Runtime API, like maintenance mode, are forgotten "
     "unless you load a server state file. And for routine operations I'd use the Runtime API instead of "
     "reloading.",
     "adequate", "bluff", [],
     ["the `peers` section that would carry them over to the new process is an HAProxy Enterprise feature",
      "so on the community edition your rate-limit counters reset on every reload"],
     "Bluff, feature credited to the wrong product: peers (stick-table replication, including to the new "
     "process on reload) is part of open-source HAProxy, not an Enterprise-only feature. The reload mechanism "
     "and the rest are right; the false claim is a side point: adequate."),
    (4,
     "My understanding is that a soft reload, the `-sf` option, lets the old process finish its connections "
     "while the new one starts accepting, so I don't think a reload has to drop anything. I remember there "
     "used to be an edge case where a few connections could be reset during the handover and that newer "
     "versions fixed it, but I'd need to look up which version and what you have to configure for it. Either "
     "way I'd rather make small reloads in the daytime than batch them.",
     "adequate", "honest", [], [],
     "Honest about the version and configuration of the fix; what it states is correct (soft reload, old "
     "race fixed, small daytime reloads). Misses what reloads lose and the Runtime API: adequate."),

    # ---------------- Round 5: multi-instance rate limiting and operations ----------------
    (5,
     "I'd do the rate limiting with a stick table keyed on the client: source IP for anonymous traffic, and "
     "the API key header in a string table for authenticated calls, because lots of users sit behind one NAT. "
     "Track it with `track-sc0`, store a request rate over ten seconds, and reject over the threshold with an "
     "explicit 429, since a bare deny gives 403. Two gotchas with this setup. Behind the network load balancer "
     "the source address might be the balancer's, so I'd have it send the PROXY protocol and accept it on the "
     "bind line. And the instances don't share one counter: peers copies entries between them and to the new "
     "process on reload, but it doesn't sum them, so each node enforces roughly its own slice - I'd size "
     "limits per node knowing a client could get close to twice the limit. Operationally: config in git with "
     "`haproxy -c` in CI, canary on one instance, Prometheus metrics plus log termination codes, alerts on "
     "queueing and on 5xx that HAProxy generates itself, and the Runtime API for day-to-day changes.",
     "strong", "strong", [], [],
     "Correct and complete: stick table with request rate, track-sc0, deny 429 vs default 403, key choice, "
     "PROXY protocol behind the L4 balancer, peers replicate but do not sum, config validation/canary, "
     "observability, Runtime API."),
    (5,
     "For rate limiting I'd use a stick table storing each client's request rate, track clients with "
     "`track-sc0 src`, and deny with a 429 above the limit. With two HAProxy boxes I'd add a peers section so "
     "the table entries are replicated between them and survive reloads. For the config I'd keep it in version "
     "control and run `haproxy -c` before every deploy, and I'd scrape HAProxy's Prometheus exporter for "
     "dashboards and alerts.",
     "adequate", "adequate", [], [],
     "Correct core (stick table rate, track-sc0, 429, peers, config validation, metrics) but misses client "
     "identity behind the L4 balancer and that peers do not sum counters across instances."),
    (5,
     "Stick tables handle this nicely. I'd define one in the frontend keyed on source IP, track each request, "
     "and deny anything over, say, 100 requests per ten seconds. Since both instances have the same config, "
     "every client gets the same limit wherever they land, so that's the rate limiting solved. The rest is "
     "just normal ops - monitoring and so on.",
     "weak", "pattern", [CWA["r5_each"]],
     ["every client gets the same limit wherever they land, so that's the rate limiting solved"],
     "Acts out the per-instance stick table pattern: with two active instances each sees part of the "
     "traffic so the effective limit roughly doubles, and behind the L4 balancer src may not be the client."),
    (5,
     "Behind a network load balancer you lose the client's address unless it's passed through, so I'd have the "
     "balancer prepend a PROXY protocol header - that's the standard from RFC 7239 - and add `accept-proxy` to "
     "HAProxy's bind line, so stick tables see real client IPs. Then a stick table with `http_req_rate(10s)`, "
     "`track-sc0 src`, and a deny with status 429 over the threshold. A peers section replicates entries "
     "between the two instances, though it doesn't add the counts up, so each node effectively enforces its "
     "own share. Config goes through git and `haproxy -c` in CI, and I'd watch queue depth and HAProxy-"
     "generated 5xx.",
     "adequate", "bluff", [],
     ["that's the standard from RFC 7239"],
     "Bluff, misattributed standard: RFC 7239 defines the HTTP Forwarded header; the PROXY protocol is a "
     "specification published by the HAProxy project, not an RFC. The design is otherwise right, so the "
     "false citation is peripheral: adequate."),
    (5,
     "Honestly, I've only used HAProxy as a single box with round robin, so I'm on thinner ice here. I know "
     "stick tables exist and people use them for rate limiting, but I'd need to look up the syntax and how you "
     "count requests per client. I also don't know how two instances would share those counters - I'd have to "
     "read the docs on that before designing anything. I'd keep the config in git at least.",
     "weak", "honest", [], [],
     "Honest and says what it would look up, but offers almost no substance beyond naming stick tables and "
     "keeping config in git: weak."),
    (5,
     "For the long run I'd really look at moving to a service mesh. With Istio or Linkerd every service gets "
     "a sidecar proxy, mutual TLS is automatic, you get retries and circuit breaking per route, and in Istio "
     "traffic shifting for canaries is just a VirtualService change. The control plane pushes config to every "
     "proxy, so there are no config files for teams to fight over, and you get golden metrics per service out "
     "of the box.",
     "weak", "offtopic", [], [],
     "Fluent but about service meshes, not about rate limiting with HAProxy instances behind a load "
     "balancer or operating HAProxy."),
]


def main():
    counters = {}
    lines = []
    for rnd, answer, band, kind, pq, fc, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        rec = {
            "id": "%s-r%d-%02d" % (SHORT, rnd, counters[rnd]),
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": list(pq),
            "false_claims": list(fc),
            "note": note,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d records to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
