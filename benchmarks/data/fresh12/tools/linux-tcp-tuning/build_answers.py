#!/usr/bin/env python3
"""Build linux-tcp-tuning_answers.jsonl: 30 labelled candidate answers (6 per round)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "linux-tcp-tuning_answers.jsonl")


def rec(n, rnd, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    return {
        "id": f"tcp-r{rnd}-{n:02d}",
        "round": rnd,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    }


R = []

# ---------------------------------------------------------------- Round 1
R.append(rec(1, 1,
    "Okay so, 'cannot assign requested address' on connect is the giveaway, we're out of local ports, "
    "it's not a socket leak. We're the client here: we open a connection to the backend, do one request "
    "and close it, so we're the active closer and we're the ones parked in TIME_WAIT. On Linux that's a "
    "flat sixty seconds and you can't tune it. The default local port range is 32768 to 60999, so roughly "
    "twenty-eight thousand ports per destination address and port, which works out to something like 470 "
    "new connections a second before we hit the wall. TIME_WAIT is there for a reason, it protects a new "
    "connection on the same four-tuple from stray old segments and lets the last ACK get resent. So the fix "
    "I'd push is keep-alive and a connection pool to the backend. Then, as a safety margin, a wider port "
    "range, tcp_tw_reuse set to 1 for outbound connections, which depends on timestamps, and maybe more "
    "backend IPs. And definitely not tcp_tw_recycle, that's gone since 4.12 and it broke NAT users.",
    "strong", "strong",
    note="Correct and nearly complete: port exhaustion, active closer holds TIME_WAIT, fixed 60 s, default "
         "range and the ~470/s ceiling, purpose of TIME_WAIT, pooling first, tw_reuse with timestamps, "
         "tw_recycle removed in 4.12."))

R.append(rec(2, 1,
    "I'd guess ephemeral port exhaustion. Each outbound connection to the same backend needs its own source "
    "port, and after we close it the socket sits in TIME_WAIT for a minute still holding that port. If we're "
    "making a new connection for every request we burn through the range pretty quickly. So I'd switch the "
    "HTTP client over to persistent connections with a pool, and maybe bump ip_local_port_range to give us "
    "more headroom.",
    "adequate", "adequate",
    note="Core diagnosis and main fix are right, but no explanation of why TIME_WAIT exists, which side holds "
         "it, the capacity arithmetic, or tcp_tw_reuse and its reliance on timestamps."))

R.append(rec(3, 1,
    "Yeah, we've hit this before. The sockets hang around in TIME_WAIT way too long, so I'd drop "
    "net.ipv4.tcp_fin_timeout from 60 down to something like 10 or 15 seconds. tcp_fin_timeout controls how "
    "long TIME_WAIT lasts, so the ports come back much faster and the errors go away. It's a one-line sysctl "
    "change, we could push it today.",
    "weak", "pattern",
    pattern_quotes=["Lower tcp_fin_timeout so TIME_WAIT sockets expire faster."],
    false_claims=["tcp_fin_timeout controls how long TIME_WAIT lasts"],
    note="Acts out the tcp_fin_timeout misconception: that sysctl governs orphaned FIN_WAIT_2, while Linux "
         "TIME_WAIT is a compiled-in 60 seconds. No connection reuse."))

R.append(rec(4, 1,
    "This is classic port exhaustion. We close the connection first, so our side holds TIME_WAIT, and on "
    "Linux that's two times the MSL, which the kernel sets at two minutes, so each port stays stuck for four "
    "minutes. With about twenty-eight thousand ephemeral ports that only leaves us around a hundred and "
    "twenty new connections a second to one backend. The proper fix is connection reuse, so keep-alive plus "
    "a pool. I'd also widen the port range and turn on tcp_tw_reuse, which is safe for outgoing connections "
    "because it relies on TCP timestamps.",
    "adequate", "bluff",
    false_claims=["on Linux that's two times the MSL, which the kernel sets at two minutes, so each port "
                  "stays stuck for four minutes"],
    note="Bluff (contradicted duration): Linux TIME_WAIT is TCP_TIMEWAIT_LEN = 60 s, not 4 minutes; the "
         "4-minute figure is RFC 793's 2 x 2-minute MSL, which Linux does not use. The rest (active closer, "
         "pooling, tw_reuse) is right, so capped at adequate."))

R.append(rec(5, 1,
    "So the key thing to understand is that TIME_WAIT always lands on the side that receives the first FIN, "
    "not the side that sends it. Our service is the one closing, so it's really the backend that's stuck "
    "holding all those TIME_WAIT entries, and that's what is starving the ports. I'd ask the backend team to "
    "turn on tcp_tw_reuse on their hosts and widen their local port range, and on our side nothing much "
    "needs to change, except maybe raising our connect timeout a bit.",
    "weak", "bluff",
    false_claims=["TIME_WAIT always lands on the side that receives the first FIN, not the side that sends it"],
    note="Bluff (mechanism, plain words): TIME_WAIT is held by the active closer, the side that sends the "
         "first FIN. The false claim is central: it points the fix at the wrong hosts and leaves our own "
         "port exhaustion untouched."))

R.append(rec(6, 1,
    "I'm fairly sure this is us running out of source ports rather than anything leaking. We open a "
    "connection per request and close it ourselves, so every closed socket sits in TIME_WAIT on our box and "
    "keeps its port for a while. I'd need to look up the exact TIME_WAIT duration on Linux; I want to say "
    "it's hardcoded rather than a sysctl, but I wouldn't quote a number. The ephemeral range is around "
    "twenty-eight thousand ports by default, and the limit is per destination, so one backend IP and port is "
    "the bottleneck. First fix is pooling with keep-alive so we stop churning connections. After that, a "
    "wider local port range, tcp_tw_reuse for outbound, and spreading across more backend addresses. "
    "TIME_WAIT itself is legitimate, it stops old duplicate segments leaking into a new connection, so I "
    "wouldn't try to kill it with SO_LINGER resets.",
    "strong", "honest",
    note="Honest about the exact TIME_WAIT duration, yet covers nearly everything else correctly: which side "
         "holds it, why it exists, per-destination limit, pooling first, tw_reuse, more addresses, no RST "
         "hacks. Banded strong."))

# ---------------------------------------------------------------- Round 2
R.append(rec(1, 2,
    "The exact one-second and three-second steps tell me the client's SYNs or handshakes are getting dropped "
    "and retried, since the first retransmission timeout is a second and it doubles. ListenOverflows says it's "
    "the accept queue filling up: connections that finished the handshake but the app hasn't picked up with "
    "accept() yet. Its limit is whatever backlog the app hands to listen(), clamped to somaxconn. When it's "
    "full, Linux by default doesn't send a reset; it ignores the final ACK and new SYNs and keeps resending "
    "the SYN-ACK, so the client just stalls. Separately there's the half-open SYN queue, bounded by "
    "tcp_max_syn_backlog, with SYN cookies as the overflow valve. I'd check ss -lnt: on a listener Recv-Q is "
    "how many are queued right now and Send-Q is the cap. Then the real question is why the app is slow to "
    "accept, like a blocked event loop, too few workers, or the CPU pegged. I'd fix that, then raise both "
    "somaxconn and the app's own backlog, because nginx for example uses 511 unless you set it, and look at "
    "SO_REUSEPORT to spread accepting across workers.",
    "strong", "strong",
    note="Correct and complete: RTO-driven 1 s/3 s signature, two queues, somaxconn clamp, silent drop by "
         "default, ss columns, application root cause, both backlog values, SO_REUSEPORT."))

R.append(rec(2, 2,
    "There are two queues on a listening socket, one for half-open handshakes and one for completed "
    "connections waiting on accept. ListenOverflows means the second one is overflowing, so the app isn't "
    "accepting fast enough. The kernel drops the handshake and the client retries after a second, which "
    "matches what we're seeing. I'd raise somaxconn and the backlog in the server config, and then look at "
    "whether the app's accept loop is starved for CPU.",
    "adequate", "adequate",
    note="Core is right (two queues, accept queue overflow, silent drop, slow accept), but no ss -lnt "
         "measurement, no SYN cookies, no defaults, no per-application backlog detail."))

R.append(rec(3, 2,
    "Honestly this is just the backlog being too small. I'd set net.core.somaxconn to 65535 and "
    "tcp_max_syn_backlog to something big as well, reload, and the overflows stop. Queue full means the "
    "queue is too short, so we make it longer. Most of the big shops run with 65535 anyway.",
    "weak", "pattern",
    pattern_quotes=["Set somaxconn to 65535 and the drops go away."],
    note="Acts out the 'just raise somaxconn' pattern: ignores why the application accepts slowly and that "
         "the application's own listen() backlog still caps the queue."))

R.append(rec(4, 2,
    "We've got an accept queue overflow. The accept queue is capped by the smaller of the listen() backlog "
    "and somaxconn, and ss -lnt will show the current depth in Recv-Q against the limit in Send-Q. With "
    "default settings, once that queue is full the kernel answers new connection attempts with a reset, so "
    "the client fails right away with ECONNREFUSED. The fix is making the app accept faster, with more "
    "workers or by unblocking the event loop, plus a bigger backlog to soak up bursts.",
    "adequate", "bluff",
    false_claims=["once that queue is full the kernel answers new connection attempts with a reset, so the "
                  "client fails right away with ECONNREFUSED"],
    note="Bluff (wrong error/behaviour name): with the default tcp_abort_on_overflow=0 Linux silently drops "
         "the handshake, so clients see timeouts and 1 s/3 s retries, not ECONNREFUSED. Queue sizing, ss "
         "columns and the fix are right, so capped at adequate."))

R.append(rec(5, 2,
    "SYN queue, accept queue, somaxconn, tcp_max_syn_backlog, SYN cookies, tcp_abort_on_overflow, "
    "tcp_synack_retries, ss -lnt, nstat, netstat -s, ListenOverflows, ListenDrops, SO_REUSEPORT, listen "
    "backlog, nginx backlog, accept loop, worker count, event loop, CPU saturation. Those are basically the "
    "things I'd be looking at here.",
    "weak", "list",
    note="Names the right terms but says nothing about any of them."))

R.append(rec(6, 2,
    "This looks like the accept queue filling up: the handshake completes but the application isn't calling "
    "accept quickly enough, and the kernel drops the final ACK so the client retries after a second. The cap "
    "is the listen backlog limited by net.core.somaxconn, and I think somaxconn still defaults to 128 on "
    "current kernels, though I'd want to double-check that on our distro. Either way I'd raise it along with "
    "the app's backlog, and look at why the accept loop is slow.",
    "adequate", "hedged",
    false_claims=["I think somaxconn still defaults to 128 on current kernels"],
    note="Hedged wrong default: somaxconn has defaulted to 4096 since Linux 5.4 (128 before). The mechanism "
         "and fix are right but thin."))

# ---------------------------------------------------------------- Round 3
R.append(rec(1, 3,
    "So these are really separate timeout problems. The 502s: ALB keeps connections to our targets open and "
    "reuses them, and its idle timeout is sixty seconds out of the box. If our server closes idle keep-alive "
    "connections sooner, and Node's default is five seconds, Apache's too, there's a window where the ALB "
    "fires a request down a connection we've just closed and reports a 502. So our keep-alive needs to be "
    "longer than the ALB's, say seventy-five or ninety seconds, so the ALB always closes first. The database "
    "side: the NAT gateway forgets idle flows after 350 seconds and then sends a reset when we try to use "
    "one, which is our first-query-after-quiet failure. Plain TCP keepalive won't save us on defaults, the "
    "socket has to opt in with SO_KEEPALIVE and the first probe is after two hours. I'd set keepidle around "
    "a minute per socket, or have the pool expire idle connections after a couple of minutes. The "
    "fifteen-minute hang during failover is retransmission, not keepalive: with unacknowledged data Linux "
    "retries up to tcp_retries2, about fifteen minutes. TCP_USER_TIMEOUT and a query timeout cap that.",
    "strong", "strong",
    note="Correct on all three symptoms: ALB 60 s vs shorter backend keep-alive, NAT gateway 350 s with RST, "
         "keepalive opt-in and 2 h default, per-socket keepidle or pool max idle, retries2 ~15 min bounded "
         "by TCP_USER_TIMEOUT and app timeouts."))

R.append(rec(2, 3,
    "The NAT gateway issue is easy, we just turn on TCP keepalive on the database connections. Once "
    "SO_KEEPALIVE is set the kernel keeps the connection warm, so the NAT never sees it as idle and the "
    "resets stop. For the ALB I'd bump its idle timeout up a bit too. Keepalive is basically designed for "
    "exactly this.",
    "weak", "pattern",
    pattern_quotes=["Turn on TCP keepalive and idle connections are covered."],
    false_claims=["Once SO_KEEPALIVE is set the kernel keeps the connection warm, so the NAT never sees it "
                  "as idle"],
    note="Acts out 'keepalive covers it': with default tcp_keepalive_time of 7200 s the first probe is far "
         "beyond the 350 s NAT timeout. Raising the ALB timeout also makes the 502 race worse."))

R.append(rec(3, 3,
    "For the 502s, the backend keep-alive timeout has to be longer than the ALB's sixty-second idle timeout, "
    "otherwise the backend closes a connection just as the ALB reuses it. For the database, the NAT gateway "
    "drops idle flows after 350 seconds, so I'd configure TCP_KEEPIDLE on each socket to around a minute instead of "
    "relying on the two-hour default. And for the long hang I'd set TCP_USER_TIMEOUT, which is the socket "
    "option defined in RFC 6298, so the kernel gives up on unacknowledged data after, say, thirty seconds "
    "instead of retrying for a quarter of an hour.",
    "adequate", "bluff",
    false_claims=["TCP_USER_TIMEOUT, which is the socket option defined in RFC 6298"],
    note="Bluff (misattributed RFC): the TCP User Timeout Option is RFC 5482; RFC 6298 specifies computing "
         "the retransmission timer. Everything else is right, so capped at adequate."))

R.append(rec(4, 3,
    "The NAT problem is the idle one, so keepalive is the whole answer. I'd turn on keepalive with short "
    "timers on the pool's sockets. And that also handles the failover hang, because keepalive probes keep "
    "going out even while a request is sitting unacknowledged, so a dead database gets detected within a "
    "couple of probe intervals. So with keepalive tuned we don't need any extra timeouts on the sockets or "
    "in the driver. The ALB 502s I'd look at separately, probably the targets being overloaded.",
    "weak", "bluff",
    false_claims=["keepalive probes keep going out even while a request is sitting unacknowledged, so a dead "
                  "database gets detected within a couple of probe intervals"],
    note="Bluff (mechanism, plain words): the keepalive timer only runs on an idle connection; with "
         "unacknowledged data the retransmission timer governs until tcp_retries2 or TCP_USER_TIMEOUT. "
         "Central to the answer, which drops all other timeouts and misreads the 502s."))

R.append(rec(5, 3,
    "I'm pretty confident the 502s are the keep-alive race: the backend closes an idle connection right as "
    "the load balancer reuses it, so the backend's keep-alive timeout needs to be longer than the load "
    "balancer's idle timeout. I don't remember the ALB's default idle timeout offhand, I'd look it up before "
    "picking our value. For the database through the NAT gateway, I know it drops idle connections after a "
    "few minutes, but I'd have to check the exact number, and I'd make the pool recycle idle connections "
    "before that. The long hang I'm less sure about, I'd need to read up on what bounds retransmissions on a "
    "dead connection.",
    "adequate", "honest",
    note="Honest about the ALB and NAT numbers and the retransmission bound; the 502 race and the pool-"
         "recycling fix are right. Misses keepalive defaults and TCP_USER_TIMEOUT, so adequate."))

R.append(rec(6, 3,
    "For 502s in general I'd start from the HTTP side. A 502 is a bad gateway, 503 is service unavailable, "
    "and 504 is a gateway timeout, so I'd break the dashboards down by status code and by target group. Then "
    "I'd set up health checks with a sensible path like /healthz, an interval of ten seconds and a healthy "
    "threshold of three, and make sure the deregistration delay is long enough for in-flight requests to "
    "drain during deploys. Proper blue-green deployments also cut down these errors a lot.",
    "weak", "offtopic",
    note="Fluent, but about status codes, health checks and deploys, not idle timeouts, keepalives or the "
         "hung queries."))

# ---------------------------------------------------------------- Round 4
R.append(rec(1, 4,
    "I'd push back a bit. BBR is good on long paths where the loss isn't really congestion, because it's "
    "estimating bandwidth and round-trip time instead of backing off on every dropped packet like CUBIC "
    "does. But it only affects the sending side, and it's not free: BBR version one can crowd out CUBIC "
    "flows sharing the same link. So I'd try it on the replication senders first and compare throughput and "
    "retransmit rates before rolling it out everywhere.",
    "adequate", "adequate",
    note="Right on BBR vs CUBIC, sender-side only, fairness and a canary, but no diagnosis of where the loss "
         "comes from and nothing on window/BDP limits."))

R.append(rec(2, 4,
    "BBR is just the better algorithm at this point, Google runs it across their whole network and YouTube. "
    "CUBIC is from a different era. I'd set net.ipv4.tcp_congestion_control to bbr in the base image for "
    "every host and the retransmission problem should mostly disappear. There's no real downside to it.",
    "weak", "pattern",
    pattern_quotes=["BBR is simply better than CUBIC; Google uses it, so switch everything."],
    false_claims=["There's no real downside to it."],
    note="Acts out the appeal-to-Google pattern with no diagnosis; BBRv1 has known fairness and "
         "retransmission costs."))

R.append(rec(3, 4,
    "I'd measure first: nstat for retransmitted segments versus segments sent, the RTO timeout counter, and "
    "ss -ti on the replication connections to see cwnd and rtt, and also check whether the window rather "
    "than the algorithm is the limit on an eighty-millisecond path. If it really is random loss on a long "
    "path, BBR is a reasonable fit because CUBIC backs off on every loss. Google's own rollout data showed "
    "BBR cuts retransmissions by about 90 percent compared with CUBIC on every kind of path, so the upside "
    "is big. I'd still canary it on the senders only.",
    "adequate", "bluff",
    false_claims=["Google's own rollout data showed BBR cuts retransmissions by about 90 percent compared "
                  "with CUBIC on every kind of path"],
    note="Bluff (invented statistic): no such figure exists, and BBRv1 is known to raise retransmission "
         "rates in shallow buffers. The measurement plan and canary are right, so capped at adequate."))

R.append(rec(4, 4,
    "I wouldn't just flip it. First I'd want to know where the loss is: retransmit counters from nstat, "
    "per-connection detail from ss -ti, and interface drops on both ends. BBR does tend to do better than "
    "CUBIC when loss isn't caused by congestion, and I remember there were fairness concerns with the first "
    "version against CUBIC, though I'd need to look up how bad it is. I'm also not sure offhand which "
    "kernel version added it or whether we need a particular qdisc, so I'd check that before a canary.",
    "adequate", "honest",
    note="Honest about the kernel version, qdisc and fairness details; diagnosis-first and the BBR/CUBIC "
         "trade-off are right. Misses sender-side only and buffer/BDP limits, so adequate."))

R.append(rec(5, 4,
    "Before touching congestion control I'd look at what kind of retransmissions these are. If most are "
    "timeouts rather than fast retransmits, each one stalls the flow for at least the minimum RTO, and I "
    "believe Linux's minimum RTO is one second, though I'd double check that. Fast retransmits after "
    "duplicate ACKs are much cheaper. Then if the loss is random rather than congestion, BBR can help since "
    "CUBIC cuts its window on every loss, but I'd test it on the senders first.",
    "adequate", "hedged",
    false_claims=["I believe Linux's minimum RTO is one second"],
    note="Hedged wrong number: Linux's minimum RTO (TCP_RTO_MIN) is 200 ms; one second is RFC 6298's "
         "recommended minimum and the initial RTO. Otherwise a sensible diagnosis-first answer."))

R.append(rec(6, 4,
    "CUBIC, BBR, BBRv2, fq qdisc, pacing, bandwidth-delay product, tcp_rmem, tcp_wmem, nstat, "
    "TcpRetransSegs, ss -ti, RTO, fast retransmit, SACK, RACK, tail loss probe, ECN, bufferbloat, window "
    "scaling, ethtool drops. That's the set of things I'd weigh before changing congestion control on every "
    "host.",
    "weak", "list",
    note="Names the right terms but says nothing about any of them."))

# ---------------------------------------------------------------- Round 5
R.append(rec(1, 5,
    "I'd start with visibility. Get the TCP counters from /proc/net/netstat and snmp into Prometheus through "
    "node_exporter and alert on rates: listen overflows and drops, retransmitted segments as a fraction of "
    "segments out, RTO timeouts, SYN retransmits, resets, TIME_WAIT counts, and conntrack entries against "
    "nf_conntrack_max, since a full conntrack table just silently drops packets. Then for digging in, the "
    "BPF tools like tcpretrans and tcplife give per-connection detail without pcaps. Second, know what a pod "
    "actually gets. A lot of the net.ipv4 settings and somaxconn live in the pod's network namespace, so "
    "tuning the node doesn't change them; you set them in the pod spec's securityContext sysctls, and "
    "Kubernetes only allows a short safe list, port range and keepalive timers, without enabling unsafe "
    "sysctls on the kubelet. Other knobs like rmem_max are node-wide. Third, every sysctl lives in config "
    "management under /etc/sysctl.d with a comment tying it to a measurement, and changes go out by canary. "
    "And a lot of fixes shouldn't be sysctls at all: a shared HTTP client with pooling and sane idle "
    "timeouts fixes most port and keepalive problems once.",
    "strong", "strong",
    note="Correct and complete: counters as rates incl. conntrack, BPF tools, namespaced vs host-wide "
         "sysctls and the Kubernetes safe/unsafe split, sysctl-as-code with canary, fixes in shared client "
         "libraries."))

R.append(rec(2, 5,
    "I'd make it data-driven. Put the kernel's TCP counters, things like retransmits, listen overflows and "
    "socket states, on a fleet dashboard with alerts, and keep sysctls in config management with a note "
    "explaining each change, rolled out gradually. I'd also standardise connection pooling in our client "
    "libraries so teams don't each reinvent it. The one thing to watch with containers is that pods don't "
    "necessarily see the node's sysctl values.",
    "adequate", "adequate",
    note="Right shape (metrics, sysctls as code, shared pooling, namespacing caveat) but no specifics on "
         "which settings are namespaced, how pods set them, conntrack, or deep-dive tools."))

R.append(rec(3, 5,
    "I'd build one golden sysctl profile and apply it everywhere. There are well-known high-performance "
    "tuning guides out there, bump somaxconn, max out the buffers, turn on tw_reuse, lower fin_timeout, and "
    "we bake all of that into the node image so every host gets the same settings. Consistency is the main "
    "thing, and then nobody has to think about it per incident.",
    "weak", "pattern",
    pattern_quotes=["Copy a proven high-performance sysctl list from a blog onto every host."],
    note="Acts out the copied-tuning-list pattern: no measurement or reason per value, and node-image "
         "sysctls don't reach pod network namespaces."))

R.append(rec(4, 5,
    "Step one is metrics: node_exporter's netstat collector gives ListenOverflows, retransmits and the RTO "
    "timeout counter, sockstat gives TIME_WAIT counts, and I'd alert on conntrack usage too. Step two is "
    "where settings live. Every net sysctl is namespaced per network namespace, so each pod can set any of "
    "them for itself and the node values never matter for container traffic; it's just a matter of putting "
    "them in the pod's securityContext. Step three is managing host settings as code in sysctl.d, with "
    "canaries and a reason for each value.",
    "adequate", "bluff",
    false_claims=["Every net sysctl is namespaced per network namespace, so each pod can set any of them for "
                  "itself and the node values never matter for container traffic"],
    note="Bluff (false absolute): net.core.rmem_max, wmem_max and netdev_max_backlog are host-wide, and "
         "Kubernetes only permits a safe set without --allowed-unsafe-sysctls. Metrics and sysctl-as-code "
         "are right, so capped at adequate."))

R.append(rec(5, 5,
    "Honestly I haven't run kernel tuning at that scale. I'd want some kind of fleet-wide dashboard for TCP "
    "errors, but I'd need to look up which kernel counters are the right ones to alert on. I also don't know "
    "how sysctls work inside Kubernetes pods, whether they inherit the node's values or not, so I'd read up "
    "on that before changing anything. I'd probably lean on whoever owns the node images.",
    "weak", "honest",
    note="Honest and correct to flag the pod/node question, but says almost nothing concrete: no counters, "
         "no change process, no application-side fixes."))

R.append(rec(6, 5,
    "To make this systematic I'd invest in a service mesh. With Istio or Linkerd every pod gets a sidecar "
    "proxy, so we get mutual TLS, retries, circuit breaking and golden-signal metrics, request rate, errors "
    "and latency, without teams changing their code. Then we'd have consistent dashboards and SLOs per "
    "service and could run canary releases with traffic splitting.",
    "weak", "offtopic",
    note="Fluent, but about service-mesh features, not kernel TCP observability or sysctl management."))


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in R:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(R)} records to {OUT}")


if __name__ == "__main__":
    main()
