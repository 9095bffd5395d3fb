#!/usr/bin/env python3
"""Build nginx-reverse-proxy_answers.jsonl: 30 labelled candidate answers for the
gauntlet nginx-reverse-proxy.txt (short name: ngx)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nginx-reverse-proxy_answers.jsonl")

# Common Weak Answer quotes (verbatim from the gauntlet)
R1_AUTO = "Round robin is fine; nginx takes care of health checking on its own."
R2_TIMEOUT = "Just raise proxy_read_timeout to 10 minutes and the 504s go away."
R3_KEEPALIVE = "Add keepalive 100 to the upstream block and we're done."
R4_BUFFER = "Turn proxy_buffering off everywhere so responses are faster."
R4_BODY = "Set client_max_body_size 0 globally so uploads never fail."
R5_RESTART = "Just restart nginx after each config change; it only takes a second."
R5_MAXOUT = "Set worker_processes to 64 and worker_connections to a million, and capacity is solved."


def rec(rid, rnd, answer, band, kind, note, pattern_quotes=None, false_claims=None):
    return {
        "id": rid,
        "round": rnd,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": pattern_quotes or [],
        "false_claims": false_claims or [],
        "note": note,
    }


ANSWERS = [
    # ---------------- Round 1: balancing methods, passive health checks ----------------
    rec("ngx-r1-01", 1,
        "OK so out of the box nginx does round robin, weighted if you give the servers weights, and that's "
        "fine when every call costs about the same. If some endpoints are heavy I'd switch to least_conn so "
        "the busy boxes get fewer new requests. I'd avoid ip_hash unless I truly need stickiness, because it "
        "only looks at the first three octets of an IPv4 address, so a whole office behind NAT ends up on one "
        "instance. For health, open source nginx is passive only, it learns from real traffic. max_fails is 1 "
        "and fail_timeout is 10 seconds by default, so a single failed attempt benches the server for ten "
        "seconds. And only connection errors, timeouts and garbage headers count unless you add things like "
        "http_502 or http_503 to proxy_next_upstream, so an app spitting 500s keeps getting traffic. I'd add "
        "a zone so all the workers share those failure counters. Real active probing is a Plus feature, so "
        "otherwise I'd lean on Kubernetes readiness to pull bad pods.",
        "strong", "strong",
        "Covers the methods with trade-offs, correct max_fails/fail_timeout defaults, what counts as a "
        "failure, per-worker state and the Plus-only active checks; all correct."),
    rec("ngx-r1-02", 1,
        "I'd probably go with least_conn, since API calls vary in how long they take and plain round robin "
        "doesn't care about that. For spotting a bad backend, nginx uses max_fails and fail_timeout on each "
        "server line: enough failures inside the window and it stops sending traffic there for a while, then "
        "tries it again. I'd tune those, maybe three failures in thirty seconds, and I'd mark one server as a "
        "backup for when the others are gone.",
        "adequate", "adequate",
        "Correct choice and correct description of passive ejection, but misses that checks are passive "
        "only, what counts as a failure (500s don't by default), defaults and per-worker counters."),
    rec("ngx-r1-03", 1,
        "Honestly I'd just leave it on round robin, it's the default and it works. And the nice part is nginx "
        "keeps an eye on the backends for you, it pings each one in the background and drops any that stop "
        "responding, so there isn't much to configure. If an instance dies, traffic just flows to the other "
        "five and nobody really notices.",
        "weak", "pattern",
        "Acts out the 'nginx handles health checking on its own' pattern; open-source nginx does not probe "
        "backends in the background, it only has passive checks on live requests.",
        pattern_quotes=[R1_AUTO],
        false_claims=["it pings each one in the background and drops any that stop responding"]),
    rec("ngx-r1-04", 1,
        "My default would be least_conn for an API like this, because request durations are uneven, and I'd "
        "keep hash with the consistent flag in my back pocket for anything cache-like. On health, open-source "
        "nginx does passive checking off live traffic. The defaults are max_fails=3 and fail_timeout=30s, so a "
        "backend has to fail three times within thirty seconds before nginx benches it for thirty seconds. "
        "Whether something is a failure depends on proxy_next_upstream, which by default is just error and timeout, so "
        "500s don't eject a server unless you list them. And I'd put the upstream in a shared memory zone so "
        "all the workers agree on which server is down.",
        "adequate", "bluff",
        "Confident contradicted defaults: max_fails defaults to 1 and fail_timeout to 10s. The rest "
        "(passive checks, proxy_next_upstream, zone) is right, so the false claim is not the centre: adequate.",
        false_claims=["The defaults are max_fails=3 and fail_timeout=30s"]),
    rec("ngx-r1-05", 1,
        "Round robin by default, least_conn if request times vary, that part's easy. The more important thing "
        "is health checking, and open-source nginx handles that properly now: you drop a health_check directive "
        "into the location, it probes every backend on an interval, every five seconds by default, and pulls a "
        "server out after failed probes, before any user request ever hits it. So max_fails and all that "
        "passive stuff is basically legacy. I wouldn't bother with it, the active checks cover it.",
        "weak", "bluff",
        "Feature credited to the wrong product: the health_check directive (active checks) is NGINX Plus only; "
        "open source has only passive max_fails/fail_timeout. The false claim is the centre of the answer: weak.",
        false_claims=["open-source nginx handles that properly now: you drop a health_check directive into the location",
                      "So max_fails and all that passive stuff is basically legacy."]),
    rec("ngx-r1-06", 1,
        "Um, so the methods: round robin, weighted, least_conn, ip_hash, hash with consistent, random with "
        "two. Then for health: max_fails, fail_timeout, backup, down, proxy_next_upstream, and the zone "
        "directive. Plus health_check if you're on Plus. Yeah, those are basically the knobs I'd be looking at "
        "for this.",
        "weak", "list",
        "Only names the right directives and methods without saying what any of them does or which to choose."),

    # ---------------- Round 2: 502 versus 504, proxy timeouts ----------------
    rec("ngx-r2-01", 2,
        "First thing I'd do is grep the error log, because the two codes mean different things. A 504 is nginx "
        "giving up on the clock: it couldn't connect within proxy_connect_timeout, or the backend went quiet "
        "for longer than proxy_read_timeout, sixty seconds each by default. And the read timer resets on every "
        "read, so it's about gaps, not total duration. A 502 means the backend answered badly or not at all: "
        "refused because nothing's listening, reset by peer, closed early before the headers, headers bigger "
        "than proxy_buffer_size, or the 'no live upstreams' case once all servers got marked failed. So 504s send me "
        "to backend latency, and I'd put $upstream_response_time and $upstream_header_time in the access log. "
        "502s send me to crashes, OOM kills, deploys that kill pods before draining, or a keepalive mismatch "
        "where the app's idle timeout is shorter than nginx's. I'd also check $upstream_status for retries, "
        "something like 504 then 200.",
        "strong", "strong",
        "Correct mapping of failures to 502/504, correct 60s defaults and gap semantics of the read timeout, "
        "logging variables, deploy and keepalive causes, and retries."),
    rec("ngx-r2-02", 2,
        "The 504s are the easy part, they're timeouts, so I'd bump proxy_read_timeout way up, like ten minutes, "
        "and the same for proxy_send_timeout. Some of our reports legitimately take a while, so giving them room "
        "makes sense. Once that's in, the 504s should disappear and we can focus on the 502s if they're still "
        "happening.",
        "weak", "pattern",
        "Acts out the 'raise proxy_read_timeout and the 504s go away' pattern: hides the slow backend and never "
        "distinguishes the causes of 502.",
        pattern_quotes=[R2_TIMEOUT]),
    rec("ngx-r2-03", 2,
        "Both come from the gateway, but they're distinct by definition. RFC 7540 is where 502 and 504 are "
        "specified, 502 meaning the upstream gave an invalid response and 504 meaning it didn't respond in time. "
        "In nginx terms a 504 is proxy_connect_timeout or proxy_read_timeout firing. A 502 is things like "
        "connection refused, the backend resetting the socket, or the headers being garbage or too large for "
        "the buffer. So for 504s I profile the slow endpoints, and for 502s I look at whether the app is "
        "crashing or restarting during deploys.",
        "adequate", "bluff",
        "Misattributed RFC: RFC 7540 is HTTP/2; 502 and 504 are defined in RFC 9110 (earlier RFC 7231 and 2616). "
        "The nginx mapping is correct, so the false claim is peripheral: adequate.",
        false_claims=["RFC 7540 is where 502 and 504 are specified"]),
    rec("ngx-r2-04", 2,
        "So 502 versus 504. 504 is a timeout: nginx either couldn't finish the TCP connect or waited too long "
        "between reads from the backend. 502 is the backend giving back something nginx can't use: refused, "
        "reset, closed before the headers, or a header that doesn't fit in the buffer, and also when every "
        "server in the upstream is marked down. The error log says which one, and I'd log the upstream timing "
        "variables to see whether connect time or header time is slow. One thing I'm not sure of is the exact "
        "default for proxy_read_timeout, I think it matches the connect one but I'd look it up. And I'd want to "
        "double-check whether nginx retried the request on another server, because by default it retries on "
        "errors and timeouts, though I believe a POST isn't retried once it's been sent.",
        "strong", "honest",
        "Says plainly it would look up the read-timeout default; everything it asserts is correct and it covers "
        "most of the substance (mapping, log, timing variables, retries, POST), so honest and strong."),
    rec("ngx-r2-05", 2,
        "502 is bad gateway, the backend refused the connection, reset it, or sent junk. 504 is a gateway "
        "timeout. For the 504s, I think the default proxy_read_timeout is 30 seconds, though I'd want to check "
        "that, so a backend that goes quiet longer than that gets cut off. I'd compare the slow endpoints "
        "against that and check whether the backend itself is slow or just stuck on a database call.",
        "adequate", "hedged",
        "Core distinction right but thin; the default is stated wrongly (it is 60s) with an explicit hedge, so "
        "hedged, not a bluff.",
        false_claims=["I think the default proxy_read_timeout is 30 seconds"]),
    rec("ngx-r2-06", 2,
        "For intermittent errors the first thing I'd fix is the application's error contract. Every API error "
        "should return a consistent JSON body with a machine-readable code, a human message and a correlation "
        "ID, so the client team can tell us exactly which request failed. Then in the app I'd add structured "
        "logging with that correlation ID, ship it to our log platform, and build a dashboard of error rates "
        "per endpoint so we can see whether problems cluster around certain routes or releases.",
        "weak", "offtopic",
        "Fluent but about application error payloads and logging; never addresses what nginx's 502 and 504 mean "
        "or the proxy timeouts."),

    # ---------------- Round 3: keepalive, port exhaustion ----------------
    rec("ngx-r3-01", 3,
        "That error is the box running out of source ports for outgoing connections. nginx by default opens a "
        "brand-new connection to the backend per request and closes it, and those sockets sit in TIME_WAIT for "
        "a minute, so at high request rates you burn through the ephemeral range. The fix is to reuse "
        "connections: add keepalive to the upstream block, and in the location switch proxy_http_version to 1.1 "
        "and blank out the Connection header. That should make the TIME_WAIT count drop right away.",
        "adequate", "adequate",
        "Correct diagnosis and the complete keepalive recipe, but no port arithmetic, no idle-timeout ordering "
        "(the reuse race) and no note that keepalive is a per-worker idle cache."),
    rec("ngx-r3-02", 3,
        "Classic, nginx isn't reusing connections. I'd add keepalive 100 to the upstream block and reload. That "
        "turns on connection reuse to the backends by itself, so instead of a new socket per request you get a "
        "pool of persistent connections and the TIME_WAIT pile goes away. Nothing else to change really.",
        "weak", "pattern",
        "Acts out the 'add keepalive and we're done' pattern; without proxy_http_version 1.1 and a cleared "
        "Connection header nginx still sends Connection: close over HTTP/1.0, so nothing is reused.",
        pattern_quotes=[R3_KEEPALIVE],
        false_claims=["That turns on connection reuse to the backends by itself"]),
    rec("ngx-r3-03", 3,
        "It's port exhaustion from opening a new connection per request, so the answer is upstream keepalive. "
        "The way it works is the keepalive number is the size of the connection pool to the backends: nginx "
        "opens up to that many, and once that many connections are open, new requests just wait in line until "
        "one frees up. So you size it to your backend concurrency, if the app handles 200 concurrent requests "
        "you set keepalive 200, and you get backpressure for free. Remember proxy_http_version 1.1 and clearing "
        "the Connection header too.",
        "weak", "bluff",
        "Wrong about the mechanism in plain words: keepalive only sets how many idle connections each worker "
        "caches; it does not cap connections and open-source nginx does not queue requests behind it. The "
        "sizing advice rests on that error, so weak.",
        false_claims=["once that many connections are open, new requests just wait in line until one frees up",
                      "you get backpressure for free"]),
    rec("ngx-r3-04", 3,
        "We're burning ephemeral ports because every proxied request is a fresh TCP connection that ends up in "
        "TIME_WAIT. I'd enable upstream keepalive, keepalive 32 in the upstream, proxy_http_version 1.1 and an "
        "empty Connection header, and make sure the app server's idle timeout is longer than nginx's so it "
        "doesn't close sockets nginx is about to reuse. As a bonus, across the industry, turning on upstream "
        "keepalive cuts p99 latency by about 40 percent on average, because you skip the handshake on almost "
        "every request.",
        "adequate", "bluff",
        "Invented statistic stated as fact (an industry-wide 40 percent p99 reduction). The fix itself, "
        "including timeout ordering, is right, so the false claim is peripheral: adequate.",
        false_claims=["across the industry, turning on upstream keepalive cuts p99 latency by about 40 percent on average"]),
    rec("ngx-r3-05", 3,
        "My read is we're out of local ports. nginx makes a new connection to the app for every request, closed "
        "connections hang around in TIME_WAIT, and the pool of source ports runs dry. Reusing connections with "
        "the upstream keepalive setting is the fix, and I know there's an HTTP/1.1 setting you have to turn on "
        "as well or it doesn't actually reuse anything. I don't remember the default port range or exactly how "
        "long TIME_WAIT lasts on Linux, so I'd look those up before doing any capacity math.",
        "adequate", "honest",
        "Correct diagnosis and direction, says plainly which numbers it would look up; misses the Connection "
        "header, timeout ordering and per-worker semantics, so adequate."),
    rec("ngx-r3-06", 3,
        "Keepalive in the upstream block, proxy_http_version 1.1, proxy_set_header Connection empty, "
        "keepalive_timeout, keepalive_requests, TIME_WAIT, ip_local_port_range, tcp_tw_reuse, max_conns. Oh, and "
        "ss -s to count the sockets, and maybe more backend IPs. Yeah, that's pretty much the checklist I'd go "
        "through for this one.",
        "weak", "list",
        "Names the right directives and sysctls with no diagnosis and no statement of what any of them does."),

    # ---------------- Round 4: buffering and client_max_body_size ----------------
    rec("ngx-r4-01", 4,
        "I'd push back on doing it globally. The failures are 413s because the body is over client_max_body_size, "
        "which is one megabyte unless you change it. Zero turns the check off for every route, and since nginx "
        "by default reads the entire request body, onto disk if it's big, before proxying, anyone can fill the "
        "temp directory with huge posts. So I'd set a real cap, like 100m, just in the upload location. For the "
        "events, response buffering is doing useful work on normal endpoints: nginx slurps the backend's reply "
        "fast and the app is free even when the client is on a bad 3G link. Switch it off in the http block and "
        "every slow download keeps an app connection busy. For SSE I'd turn it off in that one location or have "
        "the app send the X-Accel-Buffering: no header, and give it a longer read timeout since the stream sits "
        "idle between events.",
        "strong", "strong",
        "Correct 413 and 1 MB default, the disk risk of a global 0, per-location scoping, what response "
        "buffering protects, and both SSE options plus the read timeout."),
    rec("ngx-r4-02", 4,
        "I wouldn't do it in the http block. Raise client_max_body_size in the upload location only, to whatever "
        "size uploads actually need, because a global zero means no limit anywhere. And for the SSE stream, "
        "disable proxy_buffering just for that route. Buffering is there so the backend isn't held hostage by "
        "slow clients, so I'd keep it on for everything else.",
        "adequate", "adequate",
        "Right decision and right reason in brief, but no status code, defaults, disk spooling, "
        "X-Accel-Buffering or read-timeout point."),
    rec("ngx-r4-03", 4,
        "Yeah, I'd go with it. Buffering just adds a hop, nginx holds on to the response instead of passing it "
        "along, so turning it off everywhere makes every response faster, not only the events. And setting the "
        "body size to zero means no more tickets about failed uploads. It's a two-line change and both problems "
        "go away.",
        "weak", "pattern",
        "Acts out both weak patterns (buffering off everywhere, body size 0 globally); the claim that disabling "
        "buffering speeds up every response is the misconception behind the pattern.",
        pattern_quotes=[R4_BUFFER, R4_BODY],
        false_claims=["turning it off everywhere makes every response faster"]),
    rec("ngx-r4-04", 4,
        "Half right. The upload failures come from client_max_body_size, the default is 1m, and above that nginx "
        "answers with 414 Request Entity Too Large before the backend ever sees it. I'd raise it on the upload "
        "location only, since zero globally invites someone to stream gigabytes at us. For SSE, turn off "
        "proxy_buffering in that location or use the X-Accel-Buffering header from the app. Leaving buffering on "
        "elsewhere protects the app servers from slow clients, which is the whole reason it's the default.",
        "adequate", "bluff",
        "Wrong status code stated confidently: an oversized body gets 413 (414 is URI Too Long). The scoping "
        "advice is right, so the false claim is peripheral: adequate.",
        false_claims=["nginx answers with 414 Request Entity Too Large"]),
    rec("ngx-r4-05", 4,
        "I'm honestly not sure about the buffering side. I know proxy_buffering exists but I couldn't tell you "
        "exactly what it protects against, I'd have to read the docs. On the uploads, I'd guess the body size "
        "limit is what's failing them, and setting it to zero sounds risky to me because then there's no limit at "
        "all, but I'd want to check what the default is before changing anything.",
        "weak", "honest",
        "Honest about what it doesn't know; the little it asserts is right (0 means no limit), but it can't say "
        "what buffering is for or how to scope the changes, so weak."),
    rec("ngx-r4-06", 4,
        "I'd scope both changes. The body limit, client_max_body_size, defaults to 10 megabytes if I remember "
        "right, maybe check that, and setting it to zero removes it entirely, so I'd only raise it on the upload "
        "route. For the streaming endpoint, disable buffering there or have the app send X-Accel-Buffering: no; "
        "buffering should stay on elsewhere so slow clients don't tie up the backends.",
        "adequate", "hedged",
        "Sound scoping and reasoning; the default is wrong (it is 1 MB) but explicitly hedged, so hedged, not a "
        "bluff.",
        false_claims=["defaults to 10 megabytes if I remember right"]),

    # ---------------- Round 5: reloads, workers and connections ----------------
    rec("ngx-r5-01", 5,
        "Every change gets validated with nginx -t, in CI against the full config and again on the box, and it "
        "goes out as a reload, never a restart. On reload the master checks the config and keeps the old one if "
        "it's broken; otherwise it spins up new workers and tells the old ones to stop accepting and finish what "
        "they have. The catch is long-lived stuff like WebSockets: old workers stick around until those close, so "
        "since we reload twelve times daily I'd cap that with worker_shutdown_timeout and watch how many workers are stuck shutting "
        "down. Sizing-wise, worker_processes auto means a worker per core. worker_connections counts client and "
        "upstream sockets alike, so 50k clients on 8 cores is about 12.5k per worker; I'd set 16k and raise the "
        "open-files limit to match with worker_rlimit_nofile. Then stub_status and request-time logging for "
        "visibility, and at least two nodes behind an L4 balancer.",
        "strong", "strong",
        "Graceful reload mechanics and failure mode, lingering workers and worker_shutdown_timeout, correct "
        "connection arithmetic, fd limit, and capacity signals; all correct."),
    rec("ngx-r5-02", 5,
        "Use nginx -s reload instead of restarting. The old workers finish their requests while new ones pick up "
        "the new config, so nobody gets dropped, and always run nginx -t first. For limits, one worker per CPU "
        "core with worker_processes auto, and bump worker_connections well above the default, remembering each "
        "proxied request uses two connections. I'd also make sure the file-descriptor ulimit is high enough.",
        "adequate", "adequate",
        "Correct core (graceful reload, auto workers, two connections per proxied request, fd limit) but misses "
        "lingering workers, concrete sizing and how to see capacity."),
    rec("ngx-r5-03", 5,
        "I'd keep it simple: whenever the config changes, systemctl restart nginx. It's back up in about a "
        "second, so the blip is basically invisible, and you know for sure every worker is running the new "
        "config. For capacity I'd just crank worker_connections and worker_processes way up and let it ride.",
        "weak", "pattern",
        "Acts out the restart pattern (drops in-flight requests) and the 'max everything out' pattern with no "
        "sizing from real concurrency.",
        pattern_quotes=[R5_RESTART, R5_MAXOUT]),
    rec("ngx-r5-04", 5,
        "Reloads are the easy part. You run nginx -t, send the reload, and the master passes every open client "
        "connection over to the new workers on the spot, so reloading is always completely free: old workers are "
        "gone within a moment and there's never a memory cost to reloading as often as you like. For capacity, "
        "worker_processes auto and worker_connections around 16k, with the file-descriptor limit raised to match, "
        "and stub_status to watch active connections.",
        "weak", "bluff",
        "Wrong mechanism in plain words plus a false absolute: open connections are not handed to new workers; "
        "old workers keep them until they finish, so they can linger for hours and pile up memory. Reload is the "
        "centre of the question, so weak.",
        false_claims=["the master passes every open client connection over to the new workers on the spot",
                      "reloading is always completely free: old workers are gone within a moment and there's never a memory cost to reloading as often as you like"]),
    rec("ngx-r5-05", 5,
        "Reload, not restart. I know a reload starts fresh workers and lets the old ones finish their in-flight "
        "requests, so that's the safe way to ship config a dozen times a day, after nginx -t. What I'm less sure "
        "of is how long old workers can hang around with long-lived connections; I believe there's a directive "
        "to cap that but I'd have to look up its name. For sizing I'd need to check the default "
        "worker_connections, but I know clients times two has to fit, since each proxied request also holds an "
        "upstream connection.",
        "adequate", "honest",
        "Correct reload semantics and connection arithmetic, honest about the directive name and default it "
        "would look up; lacks fd limits and observability, so adequate."),
    rec("ngx-r5-06", 5,
        "For forty services shipping a dozen times a day, I'd standardise the deployment pipeline for the "
        "services themselves: blue-green deploys, with the new version warmed up and smoke-tested before traffic "
        "switches, and automated rollback if error rates rise. Feature flags let us decouple release from deploy, "
        "and canary analysis in the pipeline catches regressions on a small slice of users first. That gives us a "
        "predictable release cadence without surprises.",
        "weak", "offtopic",
        "Fluent but about deploying the backend services, not about operating the nginx tier (reloads, workers, "
        "connection limits)."),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} records to {OUT}")


if __name__ == "__main__":
    main()
