#!/usr/bin/env python3
"""Build container-memory_answers.jsonl: 30 labelled candidate answers to container-memory.txt."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "container-memory_answers.jsonl")  # repository layout

# Weak-answer quotes from container-memory.txt (must match the document exactly).
Q_R1_CRASH = "Exit code 137 means the application crashed with an error, so I'd look for the stack trace in the logs."
Q_R2_BIGGEST = "When the node runs out of memory, Kubernetes kills whichever pod uses the most memory."
Q_R3_XMX = "Set -Xmx to the container's memory limit."
Q_R4_DOUBLE = "It's at 97% of its limit, so it's about to be OOMKilled; double the limits to be safe."
Q_R5_VPA = "Turn on VPA in Auto mode for every workload and let it figure out the numbers."


def rec(id_, rnd, answer, band, kind, pattern_quotes=None, false_claims=None, note=""):
    return {
        "id": id_,
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
    # ---------------- Round 1: exit code 137 / OOMKilled ----------------
    rec("mem-r1-01", 1,
        "So 137 is 128 plus signal 9, SIGKILL, which the process can't trap, so there's no cleanup, nothing flushed, "
        "no stack trace. And OOMKilled says the kernel OOM killer did it, almost always because the container hit its "
        "own cgroup limit, memory.max on cgroup v2, not because the node was out. I'd separate that from a 137 with "
        "reason Error, which is usually the kubelet killing it after the 30-second grace period, say after liveness "
        "failures, and from evictions, which show up as Failed and Evicted. Then kubectl logs --previous, lastState in "
        "the pod YAML, journalctl -k on the node for the memory cgroup kill line with anon-rss, and the oom_kill count "
        "in memory.events. Finally I'd chart working set against the limit over a few days: a steady climb is a leak, "
        "a sudden spike is some specific workload, flat near the limit means it's just undersized.",
        "strong", "strong",
        note="Covers 128+9 SIGKILL, cgroup limit vs node, 137/Error and Evicted look-alikes, logs --previous, kernel log, "
             "memory.events, and reading the working-set shape. Correct throughout."),
    rec("mem-r1-02", 1,
        "Basically 137 means the container got a SIGKILL, since it's 128 plus 9, and OOMKilled says the kernel killed "
        "it for using too much memory, so it went over its memory limit. I'd run kubectl describe and kubectl logs with "
        "--previous to see what it was doing right before, and then look at the memory graphs in Grafana to see whether "
        "usage is creeping up over time, which would be a leak, or if it's just spiky. If it's a leak, profile it; if "
        "it legitimately needs more, bump the limit.",
        "adequate", "adequate",
        note="Core is right (SIGKILL, over its limit, leak vs spike) but misses the container-vs-node distinction, other "
             "137 causes, kernel log and memory.events."),
    rec("mem-r1-03", 1,
        "Okay so 137 is the app crashing, basically an unhandled error took the process down. I'd pull the logs, find "
        "the exception and the stack trace right before the restart, and fix whatever threw it. Probably a null pointer "
        "or some bad input. Then I'd add better error handling so one bad request can't take the whole container down, "
        "and maybe add an alert on restarts.",
        "weak", "pattern", [Q_R1_CRASH],
        ["137 is the app crashing, basically an unhandled error took the process down"],
        note="Acts out the 'crashed, look for the stack trace' pattern; 137 is SIGKILL from the OOM killer and leaves "
             "no stack trace."),
    rec("mem-r1-04", 1,
        "Right, 137 is 128 plus 9, so SIGKILL, and OOMKilled means the kernel's OOM killer fired because the container "
        "went past its limit, which is memory.max in its cgroup. It doesn't mean the node was out of memory. The "
        "node-level case looks different: when the kubelet evicts a pod for memory pressure, the containers exit with "
        "code 139 and the reason shows as Evicted, so you can tell the two apart from the exit code alone. For "
        "investigating, I'd grab the previous container's logs, check dmesg on the node for the OOM kill line, and "
        "graph working set against the limit to see whether it's a leak or a spike.",
        "adequate", "bluff", [],
        ["the containers exit with code 139 and the reason shows as Evicted"],
        note="Wrong exit code stated confidently: 139 is 128+11 (SIGSEGV); evicted containers are killed with SIGKILL "
             "(137) or exit after SIGTERM, and Evicted is a pod-level reason. Rest is correct, so capped at adequate."),
    rec("mem-r1-05", 1,
        "So I know 137 is a SIGKILL, it's 128 plus the signal number, and OOMKilled means the kernel killed it for "
        "memory, usually the container's own limit rather than the whole node. What I'm honestly not sure about is "
        "exactly where the kernel logs that on the node, I think it's in dmesg but I'd need to look up the exact "
        "message to grep for. I'd still start with the previous container's logs and the memory graph against the "
        "limit, to tell a slow leak from a sudden spike, before touching the limit.",
        "adequate", "honest",
        note="Honest about the kernel log detail; core (SIGKILL, own limit, leak vs spike) correct but thin on "
             "look-alikes and cgroup counters."),
    rec("mem-r1-06", 1,
        "Exit code 137, SIGKILL, OOMKilled, cgroups, memory.max, memory.events, dmesg, kubectl describe, kubectl logs "
        "--previous, CrashLoopBackOff, terminationGracePeriodSeconds, liveness probes, requests and limits, working set, "
        "leaks, heap dumps, pprof. Those are the things I'd be looking at here, basically.",
        "weak", "list",
        note="Names the right terms without saying anything about any of them."),

    # ---------------- Round 2: requests/limits, QoS, oom_score_adj, eviction ----------------
    rec("mem-r2-01", 2,
        "So requests are what the scheduler packs against, it only binds a pod where allocatable memory still covers "
        "the sum of requests, and allocatable already has the reservations and the eviction threshold carved out. The "
        "limit is what the kernel enforces, written into the container cgroup as memory.max. Class comes from those: "
        "requests equal limits for CPU and memory on every container is Guaranteed, nothing set anywhere is "
        "BestEffort, anything else Burstable. The kubelet maps that to oom_score_adj, which runs from minus 1000 to "
        "1000: -997 for Guaranteed, 1000 for BestEffort, and Burstable somewhere between 2 and 999 depending on how "
        "big its memory request is relative to the node. Under pressure the kubelet evicts first, the hard default is "
        "memory.available under 100Mi, ranking pods over their requests first, then priority. If memory drops too "
        "fast, the kernel OOM killer gets there first and goes by oom_score.",
        "strong", "strong",
        note="Scheduling vs enforcement, QoS rules, correct oom_score_adj values and range, 100Mi default, eviction "
             "ranking, kernel OOM racing the kubelet. Correct."),
    rec("mem-r2-02", 2,
        "So when the node's out of memory, Kubernetes basically looks for the biggest consumer and kills that, because "
        "that frees the most memory fastest. Requests and limits matter mostly for scheduling, and if you've got one "
        "huge pod, that's the one that'll go. That's why I'd keep pods small and split big services up, so no single "
        "pod is the obvious target.",
        "weak", "pattern", [Q_R2_BIGGEST],
        ["Kubernetes basically looks for the biggest consumer and kills that"],
        note="Acts out 'kills whichever pod uses the most memory'; eviction ranks by usage over requests and priority, "
             "and oom_score_adj shields Guaranteed pods."),
    rec("mem-r2-03", 2,
        "Requests drive scheduling and limits become memory.max in the cgroup. Guaranteed is requests equal limits on "
        "every container, BestEffort is nothing set, Burstable is the rest. The kubelet sets oom_score_adj from that, "
        "-997 for Guaranteed, 1000 for BestEffort. When memory.available drops below the hard threshold, 100Mi by "
        "default, the kubelet evicts, starting with pods using more than they requested, then by priority. And even on "
        "a hard eviction the kubelet honours each pod's terminationGracePeriodSeconds, so your app still gets its full "
        "30 seconds to drain connections, which is why you want good SIGTERM handling.",
        "adequate", "bluff", [],
        ["even on a hard eviction the kubelet honours each pod's terminationGracePeriodSeconds, so your app still gets "
         "its full 30 seconds to drain connections"],
        note="Contradicted duration: hard eviction uses a 0s grace period and ignores terminationGracePeriodSeconds "
             "(soft eviction is capped by eviction-max-pod-grace-period). Everything else correct."),
    rec("mem-r2-04", 2,
        "Basically the QoS class is your protection. If you set requests equal to limits on every container you're "
        "Guaranteed, and Guaranteed pods can never be OOM-killed, the kubelet and the kernel both leave them alone no "
        "matter what. Burstable pods get killed once they go over requests, and BestEffort pods, with nothing set, go "
        "first, they get an oom_score_adj of 1000. So for anything important, make it Guaranteed and you don't have to "
        "think about memory again.",
        "weak", "bluff", [],
        ["Guaranteed pods can never be OOM-killed", "Burstable pods get killed once they go over requests"],
        note="False confident absolute at the centre of the answer: a Guaranteed container that exceeds its own limit "
             "is OOM-killed in its cgroup like any other; Burstable pods above requests are only ranked first."),
    rec("mem-r2-05", 2,
        "Requests are used for scheduling and limits are enforced as the cgroup's memory.max. QoS is Guaranteed if "
        "requests equal limits everywhere, BestEffort if there's nothing, Burstable otherwise. For the OOM killer the "
        "kubelet sets oom_score_adj per class, Guaranteed gets -997, and BestEffort, I think it's 999, but I'd double "
        "check that one. Burstable scales with the request size. Separately the kubelet evicts when memory.available "
        "crosses the hard threshold, and it goes after pods exceeding their requests first.",
        "adequate", "hedged", [],
        ["BestEffort, I think it's 999"],
        note="Hedged wrong number: BestEffort gets 1000 (999 is the Burstable cap). Otherwise correct but less "
             "complete than strong."),
    rec("mem-r2-06", 2,
        "So the big thing with limits is CPU throttling. A CPU limit turns into a CFS quota, cpu.max on cgroup v2, with "
        "a 100 millisecond period, so a multi-threaded service can burn its whole quota in the first 20 milliseconds "
        "and then sit throttled for the rest of the period, which shows up as latency spikes. You see it in "
        "container_cpu_cfs_throttled_periods_total. That's why a lot of teams drop CPU limits and just keep requests, "
        "which become cpu.weight, so everyone still gets a fair share under contention.",
        "weak", "offtopic",
        note="Fluent and accurate about CPU throttling, but the question is about memory enforcement, QoS and OOM order."),

    # ---------------- Round 3: JVM and Go sizing ----------------
    rec("mem-r3-01", 3,
        "So for the Java one, heap isn't the only thing in the container. You've got metaspace, thread stacks, code "
        "cache, direct buffers, all native memory on top of heap, so a 1.4 gig heap in a 2 gig limit can easily go "
        "over. I'd size the heap with MaxRAMPercentage around 65 instead of a fixed -Xmx and measure native usage with "
        "Native Memory Tracking. For Go, I'd set GOMEMLIMIT a bit under the container limit so the GC runs harder "
        "before the kernel steps in.",
        "adequate", "adequate",
        note="Right on non-heap and GOMEMLIMIT, but misses why Go overshoots (GOGC, no cgroup awareness), the soft-limit "
             "caveat and JDK cgroup v2 versions."),
    rec("mem-r3-02", 3,
        "Easiest fix for Java is just to pin the heap: the limit's 2 gig, so -Xmx2g and -Xms2g, and the JVM can never "
        "use more than you've given it. Then it'll garbage collect before it hits the limit instead of getting killed. "
        "For Go I'd do the equivalent and set its memory limit to match the container exactly.",
        "weak", "pattern", [Q_R3_XMX],
        ["the JVM can never use more than you've given it"],
        note="Acts out '-Xmx equals the container limit'; -Xmx bounds only the heap, so native memory pushes the "
             "process past memory.max."),
    rec("mem-r3-03", 3,
        "The JVM one is a non-heap problem: metaspace, thread stacks at around a meg each, code cache, direct buffers "
        "and GC structures all sit outside the heap, so 1.4 gigs of heap plus that overruns 2 gigs. I'd measure with "
        "Native Memory Tracking and drop MaxRAMPercentage to about 65. For Go, the runtime doesn't know about the "
        "cgroup limit, and with GOGC at 100 the heap can double before a collection. So I'd set GOMEMLIMIT, which "
        "landed in Go 1.21, to something like 1800MiB, about 90% of the limit.",
        "adequate", "bluff", [],
        ["GOMEMLIMIT, which landed in Go 1.21"],
        note="Feature credited to the wrong version: GOMEMLIMIT/SetMemoryLimit arrived in Go 1.19. Otherwise a solid "
             "answer, capped at adequate."),
    rec("mem-r3-04", 3,
        "So the JVM's already container-aware, and by default it gives the heap 75% of the container limit, that's the "
        "MaxRAMPercentage default. So on a 2 gig limit you get a 1.5 gig heap out of the box, which matches what you're "
        "seeing, and I'd just leave it and give the whole pod more memory, maybe 3 gig. Go's similar, it reads the "
        "cgroup and keeps the heap under the limit automatically, so the Go one is probably a real leak and needs a "
        "pprof heap profile.",
        "weak", "bluff", [],
        ["by default it gives the heap 75% of the container limit, that's the MaxRAMPercentage default",
         "it reads the cgroup and keeps the heap under the limit automatically"],
        note="Wrong default stated confidently (MaxRAMPercentage defaults to 25), plus a false claim that Go reads "
             "memory.max; both sit at the centre of the sizing, so weak."),
    rec("mem-r3-05", 3,
        "Java first: heap is only part of what the cgroup charges. Metaspace, thread stacks, JIT code cache, direct "
        "byte buffers, GC bookkeeping and malloc arenas all live outside it, so that heap under a 2 gig limit has very "
        "little slack. I'd enable Native Memory Tracking, compare its summary with the process RSS, then set "
        "MaxRAMPercentage lower, maybe 60 to 65, and cap metaspace and direct memory. I also remember older JDKs didn't "
        "understand cgroup v2, though I'd have to look up exactly which 11 and 8 updates fixed that. For Go, the "
        "runtime ignores memory.max and GOGC=100 lets the heap reach about double the live data, so a spike overshoots. "
        "GOMEMLIMIT, from Go 1.19, at roughly 90% of the limit makes the GC work harder near the ceiling; it's soft, so "
        "a genuinely huge live heap still gets killed.",
        "strong", "honest",
        note="Honest about the exact JDK backport versions, and otherwise covers nearly all of the strong answer "
             "correctly."),
    rec("mem-r3-06", 3,
        "MaxRAMPercentage, -Xmx, UseContainerSupport, metaspace, thread stacks, code cache, direct memory, Native Memory "
        "Tracking, jcmd, GOMEMLIMIT, GOGC, automemlimit, pprof, RSS versus heap. Those are the knobs and tools I'd "
        "reach for on both of these services.",
        "weak", "list",
        note="Lists the right knobs without saying what any of them does or how to set them."),

    # ---------------- Round 4: page cache and working set ----------------
    rec("mem-r4-01", 4,
        "Neither, it depends what's inside that 97%. The usage metric most dashboards plot counts page cache, "
        "and a Kafka consumer doing file I/O, logs, local state, will fill its cgroup with clean cached pages. The "
        "kernel reclaims those before it ever OOM-kills anything, so weeks near the limit with zero kills is exactly "
        "what healthy caching looks like. I'd switch to working set, which is what eviction and kubectl top use, and "
        "then break it down in memory.stat: anon, file, active and inactive file, shmem, dirty. Also the PSI numbers "
        "in memory.pressure, plus the memory.events counters for high and max. Flat anon and no stalls means leave it; doubling "
        "limits everywhere would just buy bigger caches and, if requests follow, waste node capacity. Growing anon or "
        "real pressure is a leak or thrashing for this one service, so fix it there. Keep the graph, just alert on "
        "the right series.",
        "strong", "strong",
        note="Page cache in usage, reclaim before OOM, working set, memory.stat breakdown, PSI and memory.events, and a "
             "targeted rather than fleet-wide fix. Correct."),
    rec("mem-r4-02", 4,
        "I'd say the graph is probably showing page cache. Memory usage for a container includes cached file pages, "
        "and the kernel will drop those when it needs room, so being near the limit doesn't mean it's about to be "
        "killed. The better metric is working set, which is what Kubernetes actually uses. So I wouldn't double limits "
        "across the whole fleet, that's a lot of wasted memory. I'd look at working set for this service and only raise "
        "the limit if that is close to the limit.",
        "adequate", "adequate",
        note="Gets the cache insight and working set, but nothing on what is non-reclaimable, memory.stat, or pressure "
             "signals."),
    rec("mem-r4-03", 4,
        "I'm with the first teammate. If a pod's sitting at 97% of its memory limit, it's one traffic spike away from an "
        "OOMKill, and when that happens under load it'll be a real incident. Memory is cheap compared to an outage, so "
        "doubling the limits fleet-wide is the safe call, and we can tune them back down later once things are stable.",
        "weak", "pattern", [Q_R4_DOUBLE],
        ["it's one traffic spike away from an OOMKill"],
        note="Acts out 'about to be OOMKilled, double the limits'; ignores that the usage is reclaimable cache."),
    rec("mem-r4-04", 4,
        "The usage graph includes page cache, which the kernel reclaims under pressure before OOM-killing, so 97% with "
        "no kills is probably mostly cache from the consumer's disk I/O. Working set, usage minus inactive file pages, "
        "is the better number, and it's what the kubelet evicts on. Actually Datadog's container report found that page "
        "cache accounts for about 70% of reported container memory usage on average, so this pattern is super common. I "
        "wouldn't double limits fleet-wide; I'd check anon memory and pressure for this one service and only act if "
        "anon is growing.",
        "adequate", "bluff", [],
        ["Datadog's container report found that page cache accounts for about 70% of reported container memory usage "
         "on average"],
        note="Invented statistic attributed to a vendor report; the technical reasoning around it is correct, so "
             "capped at adequate."),
    rec("mem-r4-05", 4,
        "I think they're both a bit off. The usage number includes the page cache, and the kernel reclaims cache before "
        "it kills anything, so high usage on a service that reads a lot of files can be totally harmless. Kubernetes has "
        "a working-set metric that strips some of the cache out, though I'd need to check exactly which part of the "
        "cache it subtracts. I'd look at that for this service, plus whether its non-cache memory is growing, before "
        "changing anything, and definitely not double everyone's limits.",
        "adequate", "honest",
        note="Honest about the working-set formula; core reasoning right but misses memory.stat detail and pressure "
             "signals."),
    rec("mem-r4-06", 4,
        "So container memory usage includes page cache, and cache gets reclaimed at the limit before the OOM killer "
        "runs, so 97% for weeks without a kill is likely just cache. Working set is the better signal, the kubelet uses "
        "it for eviction, and I believe it's usage minus active_file, but I'd verify that. I'd break down anon versus "
        "file memory for this service and check memory pressure, and not double limits across the fleet, that just "
        "wastes capacity.",
        "adequate", "hedged", [],
        ["I believe it's usage minus active_file"],
        note="Hedged wrong detail: working set is usage minus inactive_file. Otherwise correct and reasonably complete."),

    # ---------------- Round 5: fleet right-sizing plan ----------------
    rec("mem-r5-01", 5,
        "I'd start with measurement: two or more weeks of working set per container, p99 and max, covering peak "
        "periods, plus OOMKill counts from kube-state-metrics and restart counts, next to current requests and limits. "
        "VPA in Off mode gives recommendations without touching pods. Policy-wise, memory requests equal to limits for "
        "most services, sized at the observed peak plus 15 to 25 percent, since memory can't be throttled and "
        "overcommit is what cascades into evictions. JVM and Go flags get set relative to the limit. To keep it that "
        "way: LimitRange defaults per namespace so nothing's BestEffort, ResourceQuotas, and a Kyverno or Gatekeeper "
        "rule rejecting pods without memory settings. On nodes, proper kube-reserved and system-reserved. Then roll out "
        "in waves, the weekly OOMKill offenders first with heap profiling to find leaks, then the biggest "
        "over-requesters, canaried with rollback on OOMKills or latency, and report usage-to-request per team.",
        "strong", "strong",
        note="Measurement, VPA recommendation-only, request=limit with headroom, runtime flags, guardrails, node "
             "reservations, waves with rollback, and an ongoing metric. Correct."),
    rec("mem-r5-02", 5,
        "First I'd get data, per-service memory usage over a couple of weeks, the peaks especially, and list which ones "
        "get OOMKilled. Then set requests close to real peak usage with some headroom, and put limits on the services "
        "that don't have any, because one leaking pod without a limit can push the whole node into trouble. I'd use VPA "
        "in recommendation mode to help pick numbers, and roll the changes out gradually, team by team, watching for "
        "new OOMKills.",
        "adequate", "adequate",
        note="Right shape (measure, headroom, limits, VPA recommendations, gradual rollout) but no guardrails, runtime "
             "flags, node reservations or request=limit reasoning."),
    rec("mem-r5-03", 5,
        "Honestly this is exactly what the Vertical Pod Autoscaler is for. I'd install it, create a VPA object for every "
        "deployment with updateMode Auto, and let it set requests and limits from real usage. It learns continuously, "
        "so within a week or two the whole fleet is right-sized and we don't need a project for it at all.",
        "weak", "pattern", [Q_R5_VPA],
        note="Acts out 'VPA Auto everywhere'; ignores eviction-based updates, HPA conflicts, leaks and guardrails."),
    rec("mem-r5-04", 5,
        "Step one is data: working set p99 and max per container over a few weeks, OOMKill events, and VPA in "
        "recommendation-only mode as a cross-check. Then I'd standardise on Guaranteed QoS for memory, requests equal "
        "to limits at peak plus some headroom, since Guaranteed is defined in the OCI runtime spec, so it behaves "
        "identically whether the nodes run containerd or CRI-O. Add LimitRange defaults so nothing ends up BestEffort, "
        "an admission policy that rejects missing limits, and roll out in waves starting with the services that get "
        "OOMKilled every week, with rollback if kills or latency go up.",
        "adequate", "bluff", [],
        ["Guaranteed is defined in the OCI runtime spec"],
        note="Rule credited to the wrong standard: QoS classes are a Kubernetes (kubelet) concept; the OCI runtime spec "
             "only carries resource values such as the memory limit. Plan otherwise sound, capped at adequate."),
    rec("mem-r5-05", 5,
        "I'll be honest, I haven't done a fleet-wide right-sizing before, so I don't know the standard tooling well. I "
        "guess I'd start by looking at how much memory each service really uses over some weeks and compare it with "
        "what it requests, and fix the ones being OOMKilled first. Beyond that I'd need to read up on how people "
        "usually set limits versus requests.",
        "weak", "honest",
        note="Honest and not wrong, but very little substance beyond 'measure and fix the OOMKilled ones'."),
    rec("mem-r5-06", 5,
        "For cost I'd go after the node layer first. Move the stateless services onto spot instances with a fallback to "
        "on-demand, buy savings plans or reserved instances for the steady baseline, and switch to Karpenter so nodes "
        "are provisioned to fit pending pods instead of fixed node groups. Consolidation then packs pods onto fewer "
        "nodes and removes empty ones, which usually cuts the compute bill a lot without touching any application.",
        "weak", "offtopic",
        note="Fluent about node purchasing and provisioning, but says nothing about container memory sizing."),
]


def main():
    with open(OUT, "w") as f:
        for r in ANSWERS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} answers to {OUT}")


if __name__ == "__main__":
    main()
