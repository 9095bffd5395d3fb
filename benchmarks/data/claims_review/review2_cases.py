"""Hostile test set 13 for the 'claims to check' feature.

Each case: (id, gauntlet_key, round, expect, kind, text, target)
expect: "A" = must NOT fire (to_check empty), "B" = SHOULD fire.
target: the sentence / detail the case is about.
"""

G = {
    "grpc": "/work/main/benchmarks/data/fresh5/gauntlets/grpc-reliability.txt",
    "dns": "/work/main/benchmarks/data/fresh6/gauntlets/dns-failover.txt",
    "mem": "/work/main/benchmarks/data/fresh6/gauntlets/container-memory.txt",
    "jvm": "/work/main/benchmarks/data/fresh7/gauntlets/jvm-gc.txt",
}

CASES = [
    # ------------------------------------------------------------------ A: gRPC
    ("A01", "grpc", 1, "A", "own-choice",
     "Okay, so, the root problem is checkout called inventory with no deadline at all, and gRPC doesn't "
     "give you one by default, so every stuck call held a thread and buffers until checkout ran out of memory. "
     "I think I'd give the inventory call something like 250 milliseconds, um, derived from checkout's own "
     "budget, and we'd tune it once we look at inventory's real p99. And the deadline has to propagate, so "
     "downstream calls use the incoming context instead of starting a fresh timer, and the server should "
     "check for cancellation so it stops doing work nobody's waiting for.",
     "I think I'd give the inventory call something like 250 milliseconds"),
    ("A02", "grpc", 1, "A", "stated-same-round-words",
     "So what went wrong is there was no deadline, and gRPC doesn't set one by default, so calls just piled up "
     "and each one held memory and an HTTP/2 stream. Every outbound call should carry a deadline from the "
     "caller's budget. When it expires you get DEADLINE_EXCEEDED, which is status code four, if I remember "
     "right, and the client can fail fast or serve something cached. Um, and it has to be propagated, so in Go "
     "you pass the handler's ctx down and the next hop inherits whatever time is left.",
     "DEADLINE_EXCEEDED, which is status code four, if I remember right"),
    ("A03", "grpc", 3, "A", "stated-same-round",
     "Right, so gRPC keeps one long-lived HTTP/2 connection, and kube-proxy balances per connection, so the "
     "old pods keep everything. I'd make the Service headless, use round_robin on the client, and set "
     "MaxConnectionAge so clients reconnect and find new pods. For the idle failures, the NLB idle timeout is "
     "350 seconds, I believe, and it drops the flow silently. So I'd set client keepalive to around 60 "
     "seconds and, uh, relax the server's enforcement policy so it doesn't answer with too_many_pings.",
     "the NLB idle timeout is 350 seconds, I believe"),
    ("A04", "grpc", 5, "A", "stated-other-round-other-units",
     "I'd standardise on grpc.health.v1.Health everywhere, with Check and Watch, and let Kubernetes probe it "
     "natively. Readiness and liveness mean different things, liveness shouldn't check the database. Then a "
     "shared library and central service config: deadlines required, retries only on UNAVAILABLE with "
     "throttling, round_robin, MaxConnectionAge. And keepalive values that match the server, because, if I'm "
     "not mistaken, the server by default rejects pings that come more often than every 300 seconds, so a "
     "team that sets aggressive pings gets GOAWAY. Plus dashboards per method on status codes.",
     "the server by default rejects pings that come more often than every 300 seconds"),
    ("A05", "grpc", 2, "A", "own-choice",
     "So I'd put the retry policy in the service config, not in a hand-written loop. Um, for inventory I'd "
     "probably start with maxAttempts of four and an initial backoff of 200 milliseconds, that's what I'd "
     "pick, and we'd measure how the deploys actually look and adjust. Only UNAVAILABLE is retryable, not "
     "DEADLINE_EXCEEDED, because the deadline covers all attempts, and only for idempotent methods. And I'd "
     "add retryThrottling so retries switch off when the backend is broadly failing.",
     "maxAttempts of four and an initial backoff of 200 milliseconds, that's what I'd pick"),
    ("A06", "grpc", 4, "A", "experience",
     "Hedging is real, but not like that. With hedgingDelay zero every call costs five times the work, right "
     "when the backend's slow, and hedging writes can apply them twice. At my previous company we hedged "
     "only our read methods with the delay near p95, and I think the extra load came out around 4 percent "
     "for us, which was fine. I'd keep maxAttempts at two or three, add retryThrottling, and honestly first "
     "check why p99 is bad, like a hot pod or GC pauses.",
     "At my previous company ... I think the extra load came out around 4 percent for us"),
    ("A07", "grpc", 2, "A", "hypothetical",
     "I'd use the built-in retryPolicy with exponential backoff and jitter, and only UNAVAILABLE as "
     "retryable. The danger is amplification. Like, say inventory gets 5,000 requests a second and during a "
     "bad deploy 20 percent fail, with three attempts you could be adding a couple thousand extra calls a "
     "second to a struggling service. That's why I'd add retryThrottling, the token bucket, so retries stop "
     "when failures are widespread, and keep retries to idempotent calls.",
     "say inventory gets 5,000 requests a second and during a bad deploy 20 percent fail"),
    ("A08", "grpc", 1, "A", "admission",
     "Um, so the checkout calls had no deadline, and gRPC won't add one for you, so slow inventory meant "
     "calls waited basically forever and memory ran out. You set a deadline on every call based on the "
     "latency budget. It goes over the wire as a relative timeout header, I don't remember the exact header "
     "format offhand, but the point is it's relative so clock skew doesn't matter. And you propagate the "
     "context so the next hop inherits the remaining time, and the server checks cancellation.",
     "I don't remember the exact header format offhand"),
    ("A09", "grpc", 4, "A", "stated-same-round-other-units",
     "So hedging comes from Dean and Barroso's Tail at Scale paper. In their BigTable example, I think "
     "hedging after a 10 millisecond delay took the 99.9th percentile from about 1.8 seconds down to 74 "
     "milliseconds, with only like 2 percent more requests. But that's with a delay. Zero delay and five "
     "attempts means five times the load, and on non-idempotent methods you get duplicate writes. So, "
     "targeted hedging on idempotent reads, delay around p95, small maxAttempts, and throttling.",
     "took the 99.9th percentile from about 1.8 seconds down to 74 milliseconds"),
    # ------------------------------------------------------------------ A: DNS
    ("A10", "dns", 1, "A", "own-choice",
     "So failover speed is really about the slowest cache in the chain. Resolvers count the TTL down, so "
     "after a change a resolver can keep the old answer for up to one full TTL, and then there's detection "
     "and publishing time on top. For the failover names I think I'd go with something like 45 seconds, um, "
     "and then actually measure cutover from client metrics during a drill, because OS caches, runtimes and "
     "keep-alive connections all add their own delay.",
     "I think I'd go with something like 45 seconds"),
    ("A11", "dns", 1, "A", "stated-same-round-other-units",
     "Failover time is detection plus publish plus the TTL, and resolvers count down the remaining TTL, so "
     "you can't assume it's just the TTL. Also resolvers don't always obey it. Unbound has cache-min-ttl "
     "and cache-max-ttl, and BIND's max-cache-ttl defaults to seven days, I think. Some resolvers do "
     "serve-stale under RFC 8767 too. And below that you've got OS caches, browsers and long-lived "
     "connections that never re-resolve, so I'd measure real cutover times in drills.",
     "BIND's max-cache-ttl defaults to seven days, I think"),
    ("A12", "dns", 2, "A", "stated-same-round",
     "That's negative caching. Something asked for standby.example.com before it existed, and the "
     "authoritative server said NXDOMAIN, which is RCODE 3 if I remember right. Under RFC 2308 the "
     "resolver caches that, using the lesser of the SOA's TTL and the SOA MINIMUM field. So if MINIMUM is "
     "3600, you get up to an hour, and creating the record doesn't flush it. Fix is to create failover names "
     "well in advance and keep the negative TTL modest.",
     "NXDOMAIN, which is RCODE 3 if I remember right"),
    ("A13", "dns", 5, "A", "stated-same-round-other-units",
     "Two separate changes, never on the same day. First the provider: export the zone, recreate it, diff "
     "every name with dig against both providers' name servers, then change the NS at the registrar. The "
     "delegation NS records from .com have a TTL of 48 hours, I believe, so both providers have to serve "
     "identical data for at least that long, and DNSSEC needs the DS handled. Then the record move: lower "
     "the TTL a full old TTL ahead, switch, watch both sides, and keep the old side serving for days.",
     "delegation NS records from .com have a TTL of 48 hours, I believe"),
    ("A14", "dns", 4, "A", "stated-same-round-other-units",
     "Partly fair, but fixable. On the JVM it's the networkaddress.cache.ttl security property, not the "
     "record TTL. Without a security manager OpenJDK caches good lookups for half a minute by default, I "
     "think, and failed lookups for ten seconds; the forever thing is with a security manager or really old "
     "Java. So set it explicitly, and give connection pools a max lifetime. Dropping every TTL to 5 seconds "
     "costs queries and latency. I'd use short TTLs only on failover names and buy anycast if the recovery "
     "target needs it.",
     "OpenJDK caches good lookups for half a minute by default, I think"),
    ("A15", "dns", 3, "A", "experience",
     "You can't have a CNAME at the apex because the apex carries SOA and NS, so you use a provider alias, "
     "like Route 53 alias records or Cloudflare flattening. Then two failover records, PRIMARY and "
     "SECONDARY, each with a health check. When we ran this setup at my last place I think our failovers "
     "took about 90 seconds end to end in drills. What bit us was a shallow health check returning 200 "
     "while the database was down, and remember if both are unhealthy Route 53 returns the primary anyway.",
     "at my last place I think our failovers took about 90 seconds end to end"),
    ("A16", "dns", 4, "A", "experience",
     "Some of it's true. Java caching depends on networkaddress.cache.ttl, which you can set, and pooled "
     "connections never re-resolve, so you need connection max lifetimes. But 5-second TTLs everywhere has "
     "a cost: in my last job I want to say our DNS query bill roughly tripled when someone dropped TTLs "
     "fleet-wide, and lookups got slower. So fix client caching first, short TTLs only on failover names, "
     "and buy a global anycast load balancer only if the recovery target really needs it.",
     "in my last job I want to say our DNS query bill roughly tripled"),
    ("A17", "dns", 2, "A", "hypothetical",
     "So that's negative caching from RFC 2308. Someone queried the name before it existed and got "
     "NXDOMAIN, and resolvers cache that using the SOA in the authority section. Um, the lifetime is the "
     "smaller of the SOA's own TTL and its MINIMUM field. Say the SOA MINIMUM were 600 and the SOA TTL was "
     "longer, then a resolver would keep saying the name doesn't exist for ten minutes after you created it. "
     "So create failover names ahead of time, and you can flush resolvers you run with rndc flushname.",
     "Say the SOA MINIMUM were 600 ... ten minutes"),
    ("A18", "dns", 2, "A", "admission",
     "That sounds like negative caching. A probe or script asked for standby.example.com before the record "
     "was created, got NXDOMAIN, and the resolvers cached it. The duration comes from the SOA record "
     "returned in the authority section. Honestly, I don't remember exactly which one wins between the SOA's "
     "own TTL and the MINIMUM field, I'd check that. The fix is to create failover names well before you need "
     "them so nothing negative ever gets cached, and keep that negative TTL reasonably low.",
     "I don't remember exactly which one wins ... I'd check that"),
    # ------------------------------------------------------------------ A: container memory
    ("A19", "mem", 1, "A", "stated-same-round",
     "Exit code 137 is 128 plus 9, so SIGKILL, nothing got to run a shutdown hook. OOMKilled means the "
     "kernel OOM killer did it, usually because the container hit its own memory.max, not the node. I'd rule "
     "out the look-alike where it's reason Error, which is the kubelet killing it after the grace period, "
     "30 seconds by default I think. Then kubectl logs --previous, journalctl -k on the node for the memory "
     "cgroup line, and graph working set against the limit over days to see leak versus spike.",
     "30 seconds by default I think"),
    ("A20", "mem", 1, "A", "stated-same-round-other-units",
     "So 137 means SIGKILL, and with reason OOMKilled that's the kernel, because the container reached its "
     "cgroup limit. There's no stack trace, the logs just stop. I'd check the restart count and the "
     "CrashLoopBackOff delay, which doubles each time and, if I remember right, caps at 300 seconds. Then "
     "on the node, journalctl -k for the OOM line and memory.events for oom_kill. And I'd plot "
     "container_memory_working_set_bytes against the limit to tell a leak from a spike from just a "
     "too-small limit.",
     "caps at 300 seconds, if I remember right"),
    ("A21", "mem", 2, "A", "own-choice",
     "Requests drive scheduling, limits become memory.max and the kernel enforces those. QoS is Guaranteed, "
     "Burstable or BestEffort, which maps to oom_score_adj, so BestEffort goes first. When the node runs "
     "short, the kubelet evicts by usage above requests, then priority. On these big nodes I think I'd bump "
     "the hard eviction threshold to something like 500Mi and set a proper system-reserved, that's my own "
     "call, we'd watch MemoryPressure events after. And if memory goes faster than the kubelet samples, the "
     "kernel OOM killer acts first.",
     "I think I'd bump the hard eviction threshold to something like 500Mi"),
    ("A22", "mem", 2, "A", "stated-same-round-other-units",
     "Requests are a scheduling contract, limits are enforced by the kernel as memory.max. QoS class comes "
     "from both: Guaranteed, Burstable, BestEffort, and that sets oom_score_adj. Under node pressure the "
     "kubelet's eviction manager compares memory.available with eviction-hard, which defaults to, I think, "
     "100 mebibytes, and it ranks by usage over requests, then priority, then usage relative to requests. "
     "If memory drops faster than that, the kernel OOM killer picks the highest oom_score.",
     "eviction-hard, which defaults to, I think, 100 mebibytes"),
    ("A23", "mem", 3, "A", "own-choice",
     "The heap is only part of it. For Java the rest is metaspace, thread stacks, code cache, direct "
     "buffers, so a 1.4 GiB heap in 2 GiB leaves too little; I'd measure with Native Memory Tracking and "
     "cap metaspace and direct memory. For Go the runtime ignores memory.max and GOGC lets the heap double. "
     "I think I'd set GOMEMLIMIT to around 1700MiB for this one, a bit more slack than usual since it has "
     "cgo, and then adjust after a load test.",
     "I think I'd set GOMEMLIMIT to around 1700MiB for this one"),
    ("A24", "mem", 5, "A", "stated-other-round-other-units",
     "I'd start with data: two weeks of p99 working set per container, OOMKill counts and restarts, and VPA "
     "in Off mode for recommendations. Policy is memory request equals limit, sized at peak plus headroom. "
     "Runtime flags follow the limit, so for JVMs MaxRAMPercentage, which I believe defaults to a quarter of "
     "the limit, gets raised, and Go gets GOMEMLIMIT. Then LimitRanges, quotas and an admission policy so "
     "nothing lands as BestEffort, and roll out in waves starting with the OOMKilled services.",
     "MaxRAMPercentage, which I believe defaults to a quarter of the limit"),
    ("A25", "mem", 4, "A", "experience",
     "Neither is right. That usage number includes page cache, which the kernel reclaims before it would "
     "ever OOM kill, so a Kafka consumer doing file I/O sits near the limit forever. In my last role I think "
     "about 70 percent of usage on our consumers turned out to be page cache when we looked at memory.stat. "
     "The graph to alert on is working set, plus anon growth and PSI. If anon is flat, leave the limit; "
     "don't double it fleet-wide.",
     "In my last role I think about 70 percent of usage on our consumers turned out to be page cache"),
    ("A26", "mem", 5, "A", "own-threshold",
     "So, measured rollout. Collect working set p99 and max per container over a couple of weeks, plus "
     "OOMKills, and compare to requests. Set memory request equal to limit, at peak plus headroom, and put "
     "LimitRange defaults and an admission policy in place. For alerting, ten minutes above ninety percent "
     "of the limit on working set is what I'd pick, and, uh, we'd tune that after the first month. Then "
     "fix the weekly OOMKilled services first, then the biggest over-requesters, in canaried waves.",
     "ten minutes above ninety percent of the limit on working set is what I'd pick"),
    ("A27", "mem", 5, "A", "hypothetical",
     "First measurement, then policy, then guardrails. The key number is working set versus requests. Like, "
     "say a service requests 4Gi and its p99 working set is 1.2Gi, then with some headroom it should be "
     "around one and a half, and we've freed over two gigs per replica. Multiply that across a few hundred "
     "services and that's where the 35 percent utilisation comes from. Request equals limit for memory, "
     "LimitRanges so nothing's BestEffort, and roll out in waves with canaries.",
     "say a service requests 4Gi and its p99 working set is 1.2Gi"),
    # ------------------------------------------------------------------ A: JVM GC
    ("A28", "jvm", 1, "A", "stated-same-round",
     "First I'd confirm GC is the cause by lining up pause times with the spikes. G1 is the default, and "
     "its pause goal, MaxGCPauseMillis, defaults to 200 milliseconds, I think, and it's only a goal. For a "
     "25 millisecond p99 I'd lean toward ZGC, generational mode on 21, since pauses are sub-millisecond and "
     "don't grow with the heap. The trade-off is more CPU, more memory headroom, and allocation stalls if "
     "you allocate faster than it collects.",
     "MaxGCPauseMillis, defaults to 200 milliseconds, I think"),
    ("A29", "jvm", 5, "A", "own-threshold",
     "I'd put good defaults in a shared base image: explicit collector, heap as a percentage of the limit, "
     "ExitOnOutOfMemoryError and GC logging always on. Then metrics for every service, pause distribution, "
     "GC CPU share, allocation rate, heap after GC. For alerts, I think I'd page if GC CPU goes over 10 "
     "percent for five minutes, that's a threshold we'd tune per tier, plus any full GC at all. And "
     "continuous JFR, load tests in CI, and staying on current LTS releases.",
     "I think I'd page if GC CPU goes over 10 percent for five minutes"),
    ("A30", "jvm", 5, "A", "stated-other-round",
     "Make the good path the default. A shared base image with the collector set explicitly, G1 by default "
     "and generational ZGC, which is JEP 439 if I'm not mistaken, for the latency tier. Heap as a "
     "percentage of the container limit with initial equal to max, ExitOnOutOfMemoryError, and rotated GC "
     "logs always on. Metrics from the MXBeans through Micrometer, alerts on full GCs and allocation "
     "stalls, continuous JFR, and a perf gate in CI comparing p99 to the previous release.",
     "generational ZGC, which is JEP 439 if I'm not mistaken"),
    ("A31", "jvm", 3, "A", "stated-same-round-other-units",
     "Two problems. The OOMKill is the kernel's cgroup killer, not an OutOfMemoryError, so the heap graph "
     "looks fine; it's non-heap memory like metaspace, code cache, thread stacks and direct buffers, so I'd "
     "use Native Memory Tracking and size the heap explicitly. The latency is CFS throttling, GC threads "
     "burn the quota and everything stalls. And also, the JVM falls back to Serial GC if it sees fewer than "
     "two CPUs or, I believe, less than about 1.75 gigabytes of memory, so I'd name the collector.",
     "less than about 1.75 gigabytes of memory, I believe"),
    ("A32", "jvm", 2, "A", "own-choice",
     "On 9 and up it's unified logging, so -Xlog:gc* to a file with time and uptime decorators. For "
     "rotation I'd probably go with 50 megabytes per file and maybe five files, I think that's what I'd "
     "pick given our disk budget, but it's cheap either way. Then I'd read the pause lines, Young, Mixed, "
     "Remark, and any Pause Full is a bug. Look for evacuation failures and humongous allocations, compare "
     "real versus user and sys, and turn on -Xlog:safepoint since time-to-safepoint isn't in the GC pause.",
     "I'd probably go with 50 megabytes per file and maybe five files, I think that's what I'd pick"),
    ("A33", "jvm", 1, "A", "experience",
     "I'd first confirm it's GC by correlating the GC log with the spikes. G1 is the default and its pause "
     "goal is soft, so for a 25 ms p99 I'd go to ZGC, generational on JDK 21. In my last role I think we "
     "took p99 from around 40 milliseconds down to about 12 just by switching a similar service to "
     "generational ZGC. The catch is CPU and memory headroom, and allocation stalls. Parallel is for "
     "throughput, and CMS is gone.",
     "In my last role I think we took p99 from around 40 milliseconds down to about 12"),
    ("A34", "jvm", 4, "A", "hypothetical",
     "Partly right. Generational ZGC does take pause time off the table. But it moves cost into CPU and "
     "memory. Say a service allocates 2 gigabytes a second in a pod with, like, four cores; ZGC's "
     "concurrent threads compete with request threads, and if collection can't keep up you get allocation "
     "stalls, which can be worse than a G1 pause. So I'd do it per service: canary it, compare p99, CPU, "
     "RSS and stalls against G1, and keep G1 for throughput-heavy or memory-tight services.",
     "Say a service allocates 2 gigabytes a second in a pod with, like, four cores"),
    ("A35", "jvm", 3, "A", "admission",
     "So the OOMKill is the kernel killing the process at the cgroup limit, not a Java OutOfMemoryError, "
     "that's why the heap graph looks healthy. The non-heap part adds up: metaspace, thread stacks, direct "
     "buffers, and the code cache, I don't remember the exact code cache size, but it's not small. I'd run "
     "Native Memory Tracking and jcmd to measure it, then size the heap explicitly. And the latency spikes "
     "are CPU throttling from the CFS quota, which never shows up in the GC log.",
     "I don't remember the exact code cache size"),

    # ================================================================== B: should fire
    ("B01", "grpc", 2, "B", "status-code",
     "I'd configure it in the service config with a retryPolicy, maxAttempts, backoff and "
     "retryableStatusCodes. Um, only UNAVAILABLE, which I think is status code 14, because that's the one "
     "meant to be transient. Not DEADLINE_EXCEEDED, since the deadline covers every attempt, and not "
     "INVALID_ARGUMENT. Only idempotent methods, and retryThrottling so retries turn off when the backend "
     "is failing broadly. And once response headers arrive the call is committed and won't be retried.",
     "UNAVAILABLE, which I think is status code 14"),
    ("B02", "grpc", 3, "B", "duration-default",
     "It's connection-level balancing: one HTTP/2 connection per client, and kube-proxy balances "
     "connections, not requests. Headless Service, round_robin, MaxConnectionAge so clients reconnect. For "
     "the idle problem, keepalive is basically off by default on the client, and on the server side, in "
     "grpc-go, I want to say the default keepalive time is two hours, which is way longer than the load "
     "balancer's idle timeout. So set client keepalive well below that and relax the server enforcement.",
     "in grpc-go, I want to say the default keepalive time is two hours"),
    ("B03", "grpc", 1, "B", "rfc",
     "No deadline was set, and gRPC doesn't set one by default, so each stuck call held a thread and an "
     "HTTP/2 stream, which is RFC 7540 if I remember right, now replaced by RFC 9113. Those add up until "
     "checkout runs out of memory. Every call should carry a deadline from the caller's latency budget, "
     "propagated through the context so downstream calls inherit what's left, and servers should honour "
     "cancellation instead of burning CPU on answers nobody will read.",
     "HTTP/2 ... which is RFC 7540 if I remember right, now replaced by RFC 9113"),
    ("B04", "grpc", 5, "B", "version",
     "Everyone implements grpc.health.v1.Health with Check and Watch, and Kubernetes probes it natively. I "
     "believe the grpc probe went alpha back in Kubernetes 1.23, before it went GA, so most clusters have "
     "it and we can drop grpc_health_probe from images. Readiness includes critical dependencies; liveness "
     "doesn't. Client-side health checking with round_robin, graceful shutdown flipping to NOT_SERVING, and "
     "a central service config with deadlines, retries and keepalive settings.",
     "the grpc probe went alpha back in Kubernetes 1.23"),
    ("B05", "grpc", 4, "B", "statistic-date",
     "Hedging is legit, it's from Dean and Barroso's Tail at Scale, which I think came out in "
     "Communications of the ACM in 2013. The idea is to send a second copy only when the first is slower "
     "than usual. Zero delay and five attempts means five times the backend work, and hedged writes can run "
     "twice. So hedge idempotent reads only, delay near p95, two or three attempts, throttling on, and first "
     "find out why p99 is bad.",
     "Tail at Scale, which I think came out in Communications of the ACM in 2013"),
    ("B06", "grpc", 3, "B", "duration-default",
     "kube-proxy balances per connection, so clients stick to the first three pods. Headless Service, "
     "round_robin, and MaxConnectionAge so servers send GOAWAY and clients reconnect. One thing there is "
     "reconnect backoff: gRPC's connection backoff, if I'm not mistaken, uses a multiplier of 1.6 and caps "
     "at 120 seconds, so a client that failed a few times may wait a while. For idle drops, client keepalive "
     "below the LB timeout and a relaxed server enforcement policy.",
     "connection backoff ... multiplier of 1.6 and caps at 120 seconds"),
    ("B07", "dns", 5, "B", "status-code",
     "Split it: move the zone first, then the record. Export, recreate, diff every name with dig against "
     "both providers, then change NS at the registrar and keep both serving the same data while the "
     "delegation TTL runs out. DNSSEC is the dangerous part, if the DS doesn't match, validating resolvers "
     "return SERVFAIL, which I believe is RCODE 2. Then lower the record TTL a day ahead, switch, watch "
     "traffic, keep the old side serving, and roll back by flipping the record.",
     "SERVFAIL, which I believe is RCODE 2"),
    ("B08", "dns", 3, "B", "percentage",
     "No CNAME at the apex, so an alias record, Route 53 alias or CNAME flattening. Two failover records "
     "with health checks. Route 53 checkers run from several regions, and, um, if I remember right it "
     "treats the endpoint as healthy when more than 18 percent of the checkers say it's healthy. So a "
     "firewall blocking some checker ranges can matter. Make the check exercise real dependencies, give "
     "the standby its own check, and drill it.",
     "healthy when more than 18 percent of the checkers say it's healthy"),
    ("B09", "dns", 5, "B", "rfc",
     "I'd do the provider move and the region move separately. For the provider, recreate the zone, diff "
     "it with dig, then switch NS at the registrar and run both for the delegation TTL. If the zone is "
     "signed, DNSSEC, which is RFC 4033 through 4035 I think, means the DS at the parent has to be handled, "
     "multi-signer or remove the DS first. Then for the record, pre-lower the TTL, create new names early, "
     "switch, monitor and keep the old data centre serving until traffic drains.",
     "DNSSEC, which is RFC 4033 through 4035 I think"),
    ("B10", "dns", 1, "B", "duration-default",
     "It's the whole chain of caches. Resolvers count the TTL down, so after a change the old answer lives "
     "up to a full TTL, plus detection time. And caches clamp: Unbound and BIND have min and max TTL "
     "settings, and on Linux, systemd-resolved caps cached entries at two hours, I believe, regardless of a "
     "longer TTL. Browsers and runtimes have their own caches, and keep-alive connections don't re-resolve "
     "at all. So short TTLs on failover names and measure real cutover in drills.",
     "systemd-resolved caps cached entries at two hours, I believe"),
    ("B11", "dns", 4, "B", "price",
     "Partly true, and fixable. Set networkaddress.cache.ttl explicitly and give connection pools a max "
     "lifetime. Five-second TTLs everywhere cost query volume and lookup latency. And health-checked "
     "failover isn't free either, I want to say Route 53 charges around 50 cents a month per health check "
     "for AWS endpoints, on top of queries. An anycast load balancer fails over faster since the IPs never "
     "change, but it's another bill, so it depends on the recovery target.",
     "Route 53 charges around 50 cents a month per health check"),
    ("B12", "dns", 2, "B", "duration-default",
     "Negative caching. The name was queried before it existed, the server returned NXDOMAIN with the SOA "
     "in the authority section, and resolvers kept that for the negative TTL from the SOA. Creating the "
     "record doesn't invalidate it. And clients have their own caches too: Windows' DNS client, if I'm not "
     "mistaken, caches negative answers for 900 seconds by default. So create failover names well before "
     "you need them and keep the negative TTL low.",
     "Windows' DNS client ... caches negative answers for 900 seconds by default"),
    ("B13", "mem", 1, "B", "status-code",
     "137 is 128 plus 9, SIGKILL, so nothing ran on the way out. With reason OOMKilled it's the kernel "
     "enforcing the container's memory.max. If it were a graceful stop from SIGTERM you'd see 143, I think, "
     "and the app would get a chance to shut down. I'd check logs --previous, journalctl -k for the memory "
     "cgroup OOM line, memory.events, and graph working set against the limit to see leak versus spike "
     "versus undersized.",
     "If it were a graceful stop from SIGTERM you'd see 143, I think"),
    ("B14", "mem", 2, "B", "version",
     "Requests are for scheduling; the kernel doesn't enforce them except with MemoryQoS, which I believe "
     "went alpha in Kubernetes 1.22 and maps requests to memory.min. Limits become memory.max. QoS classes "
     "come from requests and limits and set oom_score_adj, so BestEffort dies first and Guaranteed last. "
     "The kubelet evicts based on usage over requests, then priority, and the kernel OOM killer steps in "
     "if memory drops faster than the kubelet notices.",
     "MemoryQoS, which I believe went alpha in Kubernetes 1.22"),
    ("B15", "mem", 4, "B", "version",
     "It depends what the 97 percent is. The usage metric includes page cache, which the kernel reclaims "
     "before any OOM kill, so it can sit there harmlessly. Look at working set and memory.stat, anon "
     "versus file. And pressure: PSI, which landed in kernel 4.20 if I remember right, shows whether tasks "
     "are actually stalling. If anon's flat and PSI is near zero, the limit is fine. Don't double "
     "everything, and don't delete the graph, just alert on the right one.",
     "PSI, which landed in kernel 4.20 if I remember right"),
    ("B16", "mem", 3, "B", "setting-default",
     "The cgroup charges the whole process, not the heap. For the JVM: metaspace, thread stacks, code "
     "cache, direct buffers, and glibc malloc arenas, which I think default to eight times the number of "
     "cores on 64-bit, so you often cap MALLOC_ARENA_MAX. I'd measure with Native Memory Tracking and set "
     "MaxRAMPercentage deliberately. For Go, the runtime ignores the limit and GOGC lets the heap double, so "
     "set GOMEMLIMIT below the limit.",
     "glibc malloc arenas, which I think default to eight times the number of cores on 64-bit"),
    ("B17", "mem", 1, "B", "version",
     "So 137 is SIGKILL, and OOMKilled says the kernel did it because the container hit its cgroup limit. "
     "On cgroup v2, which I believe went GA in Kubernetes 1.25, that's memory.max. The node may have plenty "
     "free. I'd rule out a kubelet kill after a failed liveness probe and an eviction, then read previous "
     "logs, the kernel log for the OOM line, memory.events, and graph working set over days to see what "
     "kind of growth it is.",
     "cgroup v2, which I believe went GA in Kubernetes 1.25"),
    ("B18", "mem", 3, "B", "version",
     "The heap graph is only part of the cgroup charge. For Java, size MaxRAMPercentage to leave room for "
     "metaspace, stacks, code cache and direct memory, and measure with NMT. For Go, the runtime doesn't "
     "read memory.max, so set GOMEMLIMIT a bit below the limit. Also Go returns freed memory with "
     "MADV_DONTNEED by default since Go 1.16, I could be wrong on the version, so RSS drops more promptly "
     "than it used to. Big live heaps still get killed.",
     "MADV_DONTNEED by default since Go 1.16, I could be wrong on the version"),
    ("B19", "jvm", 2, "B", "size",
     "Unified logging, -Xlog:gc* to a rotated file. Then read the pause types, Young, Mixed, Remark, and "
     "treat any Full as a bug. Watch for humongous allocations. G1 sizes its regions so there are about "
     "2048 of them, I believe, somewhere between 1 and 32 megabytes each, so with a small heap even modest "
     "buffers can be humongous. Compare real with user and sys time, and add -Xlog:safepoint, because the "
     "pause line doesn't include time-to-safepoint.",
     "about 2048 of them, I believe, somewhere between 1 and 32 megabytes each"),
    ("B20", "jvm", 1, "B", "setting-default",
     "First confirm GC lines up with the spikes. G1 is the default; its pause goal is soft. Um, it starts "
     "concurrent marking based on InitiatingHeapOccupancyPercent, which I think defaults to 45, and it "
     "adapts that. For 25 ms p99 G1 can work on a modest heap, but I'd probably go with generational ZGC on "
     "21, sub-millisecond pauses, at the cost of CPU, memory headroom and possible allocation stalls. CMS is "
     "gone, Parallel is for batch.",
     "InitiatingHeapOccupancyPercent, which I think defaults to 45"),
    ("B21", "jvm", 1, "B", "version",
     "I'd check GC is really the cause first. G1 is the default and fine for a lot, but its 200 ms goal is "
     "soft. For 25 ms I'd look at the low-pause ones: ZGC, generational mode on 21, or Shenandoah, which I "
     "want to say came in with JDK 12 under JEP 189, from Red Hat. Both do concurrent compaction, costs "
     "are extra CPU and headroom. CMS is removed, Parallel is throughput-oriented.",
     "Shenandoah, which I want to say came in with JDK 12 under JEP 189"),
    ("B22", "jvm", 4, "B", "size",
     "Partly. Generational ZGC on 21 really does make pauses tiny and independent of heap size, it scales "
     "up to, I think, 16 terabytes of heap. But the cost moves to CPU for concurrent work and barriers, and "
     "to memory, since no compressed oops, and if allocation outruns collection you get allocation stalls. "
     "So per service: canary, compare p99, CPU, RSS and stalls with G1, and keep G1 where it fits. Tuning "
     "becomes headroom planning.",
     "it scales up to, I think, 16 terabytes of heap"),
    ("B23", "jvm", 4, "B", "size",
     "It helps pauses, but ZGC isn't free. It uses CPU for concurrent marking and load barriers, and it "
     "doesn't use compressed oops, which normally only work below roughly 32 gigs of heap anyway, I'd check "
     "the exact cutoff, so small services pay relatively more memory. Allocation stalls show up when "
     "collection can't keep up. So roll it out per service with canaries and measurements, keep G1 for "
     "throughput-heavy or memory-tight services.",
     "compressed oops, which normally only work below roughly 32 gigs of heap anyway, I'd check"),
    ("B24", "jvm", 3, "B", "setting-default",
     "The OOMKill is the cgroup limit, not a Java OOM, so non-heap memory is the issue; measure with NMT "
     "and size the heap explicitly. The latency is throttling: 2 CPUs means a quota per 100 ms period, and "
     "GC threads eat it. ParallelGCThreads is sized from the CPU count the JVM sees, all cores up to eight "
     "and then, if I'm not mistaken, five eighths of the rest, so set GC thread counts to match the quota "
     "and name the collector explicitly.",
     "all cores up to eight and then, if I'm not mistaken, five eighths of the rest"),
    ("B25", "jvm", 2, "B", "setting-default",
     "I'd use -Xlog:gc* with rotation, plus gc+age to see the tenuring distribution. Objects get promoted "
     "after MaxTenuringThreshold young collections, which I believe defaults to 15, so if lots of objects "
     "survive that long, old gen fills and you get more mixed collections. In the log I'd look at pause "
     "types, evacuation failures, humongous allocations, real versus user time, and turn on -Xlog:safepoint "
     "since GC pause lines skip time-to-safepoint.",
     "MaxTenuringThreshold young collections, which I believe defaults to 15"),
]
