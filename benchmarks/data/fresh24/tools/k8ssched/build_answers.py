#!/usr/bin/env python3
"""Build k8ssched_answers.jsonl: 30 labelled answers for the gauntlet k8ssched.txt.

Run: python3 build_answers.py   (writes k8ssched_answers.jsonl next to this file)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "kubernetes-scheduling_answers.jsonl")

# Common Weak Answers quoted verbatim from k8ssched.txt (used in pattern_quotes).
R1_MINMAX = "Requests are the minimum and limits are the maximum, that's all there is to it."
R1_THROTTLE_MEM = "When a container hits its memory limit, Kubernetes throttles it the same way it throttles CPU."
R1_HIGH = "Just set the limits really high so nothing ever gets killed."
R2_NEVER = "Guaranteed pods can never be evicted."
R3_TOL = "Add a toleration to the ML pods and they'll go to the GPU nodes."
R4_BEST = "Limits are a best practice, so every container should always have them."
R5_ALLTOP = "Give all the important services the highest priority class."

# (round, answer, band, kind, pattern_quotes, false_claims, note)
A = [
    # ---------------- Round 1: requests and limits ----------------
    (1,
     "OK so, the way I think about it, requests are for the scheduler and limits are for the kernel. "
     "When a pod gets placed, the scheduler sums up what's already been requested on each node and checks "
     "that the new pod fits under the node's allocatable, and it doesn't care what the pods are really using. "
     "Then at runtime the limits turn into cgroup settings. For CPU, hitting the limit just means you get "
     "throttled: the CFS quota is handed out per 100 millisecond period, so a busy multithreaded app can burn "
     "through it and then sit there waiting. For memory there's no throttling, the kernel OOM-kills the "
     "container, which is the exit code 137, OOMKilled thing the team is seeing. And the CPU request isn't only "
     "for scheduling, it sets the cgroup weight, so under contention you get CPU proportional to it. Oh, and if "
     "you only give a limit, the request gets copied from it. So I'd fix the memory limits to real peak usage "
     "and check the throttling metrics before touching CPU limits.",
     "strong", "strong", [], [],
     "Correct and covers nearly all of it: requests for placement against allocatable, limits via cgroups, "
     "CFS throttling with the 100 ms period, OOM kill with 137, request as cgroup weight, request defaulting "
     "to the limit, and a concrete next step."),
    (1,
     "So requests are what the scheduler uses to decide where a pod goes. It'll only put it on a node that "
     "still has enough unrequested CPU and memory left. Limits are the ceiling that's enforced while it runs. "
     "The difference between CPU and memory is the important bit: if you go over your CPU limit you just get "
     "slowed down, throttled, but if you go over the memory limit the container gets killed and restarted. "
     "That's exactly the two symptoms this team has, so I'd look at actual memory usage and bump the limits "
     "for the pods that are getting killed.",
     "adequate", "adequate", [], [],
     "Core is right (requests for scheduling, CPU throttled versus memory killed) but misses allocatable, "
     "the CFS period, the request as CPU weight, the default request, and how to diagnose throttling."),
    (1,
     "Honestly it's pretty simple. The request is the minimum the container gets and the limit is the maximum "
     "it's allowed to use, and that's really the whole story. So if the team's pods are getting killed or "
     "running slow, they've set the maximum too low, and they should raise the limits until the problems "
     "stop. I wouldn't overthink it beyond that.",
     "weak", "pattern", [R1_MINMAX, R1_HIGH], [],
     "Acts out the min/max-only pattern and the 'just raise the limits' pattern: no mention of the scheduler "
     "using requests or of the different CPU and memory behaviour at the limit."),
    (1,
     "Right, so the scheduler only ever looks at requests: it adds up the requests on a node and compares "
     "them against allocatable. Limits are enforced on the node through cgroups. CPU over the limit gets "
     "throttled by CFS, memory over the limit gets OOM-killed, because memory can't be compressed. One thing "
     "teams trip over: if you set a limit and leave the request out, Kubernetes sets the request to half the "
     "limit, so your pod gets scheduled with less reserved than you'd think. That's probably part of why this "
     "team's nodes are overpacked. I'd have them set both explicitly.",
     "adequate", "bluff", [], ["Kubernetes sets the request to half the limit"],
     "Bluff, contradicted default: with only a limit set (and no LimitRange default), Kubernetes copies the "
     "limit into the request. The rest is correct, and the false default is not the centre of the answer."),
    (1,
     "So the way scheduling works is the scheduler looks at how busy each node actually is at that moment. "
     "If the pods on a node are sitting mostly idle, it'll happily put more pods there, even if what they "
     "asked for adds up to more than the machine has. Requests are really more of a hint for humans and for "
     "the autoscalers. Limits are the hard part: CPU gets throttled at the limit and memory gets the "
     "container killed. So for this team, the OOM kills happen because the scheduler packed the busy nodes "
     "during a quiet moment, and the fix is tighter limits.",
     "weak", "bluff", [],
     ["the scheduler looks at how busy each node actually is at that moment",
      "it'll happily put more pods there, even if what they asked for adds up to more than the machine has",
      "Requests are really more of a hint for humans and for the autoscalers."],
     "Bluff about the mechanism in plain words: the default scheduler places pods by the sum of requests "
     "against allocatable and never by live usage. This is the centre of the question, so weak."),
    (1,
     "So, requests drive placement: the scheduler fits pods onto nodes by summing the requests, not by "
     "looking at real usage. Limits get enforced at runtime. For memory, going over means the kernel kills "
     "the container, so that's their OOMKilled pods. For CPU it's throttling through the CFS quota, and I "
     "think the quota is measured over a one-second window, so a pod with half a core gets 500 milliseconds "
     "per second, but I'd double-check the exact period. Either way, bursty apps burn the quota early and "
     "then stall, which matches the latency they're seeing.",
     "adequate", "hedged", [],
     ["I think the quota is measured over a one-second window, so a pod with half a core gets 500 milliseconds per second"],
     "Hedged wrong number: the CFS period Kubernetes uses is 100 ms (cpu.cfs_period_us 100000), not one "
     "second. Stated with an explicit hedge, so not a bluff; the core is right, so adequate."),

    # ---------------- Round 2: QoS classes and eviction ----------------
    (2,
     "First off, nobody sets the QoS class, Kubernetes works it out. If every container has CPU and memory "
     "limits equal to its requests you're Guaranteed; if nothing has any requests or limits you're "
     "BestEffort; anything in between is Burstable. When memory runs low, the kubelet starts evicting once "
     "memory.available drops under the hard threshold, which is 100Mi by default on Linux. The order isn't "
     "strictly by class though. It first checks who's using more memory than they requested, then priority, "
     "then how far over their request they are. So in effect BestEffort goes first, since their request is "
     "zero, together with Burstable pods that are over, and Guaranteed pods go last. The node gets the "
     "MemoryPressure condition so no new BestEffort pods land on it. And if memory spikes too fast for the "
     "kubelet, the kernel OOM killer steps in, and the oom_score_adj values the kubelet sets, -997 for "
     "Guaranteed up to 1000 for BestEffort, decide who it picks. Also worth saying: a PDB won't save you "
     "from this.",
     "strong", "strong", [], [],
     "Correct and nearly complete: derived classes, the 100Mi default hard threshold, the real ranking "
     "(usage over request, priority, amount over), MemoryPressure, OOM killer scores, PDBs not applying."),
    (2,
     "So there are three classes, Guaranteed, Burstable and BestEffort. The way I'd explain it: BestEffort "
     "pods are the first to go, then Burstable, and Guaranteed pods can never be evicted at all. That's the "
     "whole point of the Guaranteed class, you've paid for the memory upfront. So if a team has something "
     "critical, make it Guaranteed and it's untouchable, and the node will just keep killing other stuff "
     "until it recovers.",
     "weak", "pattern", [R2_NEVER],
     ["Guaranteed pods can never be evicted at all", "make it Guaranteed and it's untouchable"],
     "Acts out the 'Guaranteed pods can never be evicted' misconception; they are evicted last, not never. "
     "Labelled pattern, with the false wording listed."),
    (2,
     "Yeah, so QoS comes from the requests and limits: Guaranteed when requests equal limits for CPU and "
     "memory in every container, BestEffort when there's nothing set, Burstable for everything else. Under "
     "memory pressure the kubelet ranks pods by whether they're over their memory request, then by priority, "
     "then by how much they're over. BestEffort and over-request Burstable pods go first. One thing I'd call "
     "out is that PDBs don't help here; they only apply to the Eviction API, which is what drain uses, and "
     "that returns a 429 Too Many Requests, the status code defined in RFC 7231, when an eviction would break "
     "the budget.",
     "adequate", "bluff", [], ["the status code defined in RFC 7231"],
     "Bluff, misattributed RFC: 429 Too Many Requests is defined in RFC 6585, not RFC 7231. The eviction "
     "content is correct but misses thresholds and the OOM killer, and a bluff is capped at adequate."),
    (2,
     "Let me split it up. The QoS class is derived: requests equal to limits for both CPU and memory on every "
     "container gives Guaranteed, no requests or limits at all gives BestEffort, and everything else is "
     "Burstable. When the node's memory gets low, the kubelet evicts pods itself before the kernel has to "
     "step in. I'm fairly sure it looks first at whether a pod is using more than its request and then at "
     "priority, so BestEffort and Burstable pods that are over their requests go first, and Guaranteed pods "
     "are basically last. There's a default hard threshold for memory.available, but I'd need to look up the "
     "exact value, I don't remember it. If the kernel OOM killer does fire first, the kubelet has set OOM "
     "score adjustments by class so Guaranteed pods are the least likely to be picked; I'd have to check the "
     "exact numbers. And PDBs don't protect against this kind of eviction, only against drains.",
     "strong", "honest", [], [],
     "Honest about two numbers it would look up (the threshold and the oom_score_adj values) but gets all the "
     "substance right: derived classes, the ranking, both mechanisms, PDBs not applying. Banded strong."),
    (2,
     "So the key terms here: Guaranteed, Burstable, BestEffort. Then kubelet node-pressure eviction, "
     "memory.available, hard thresholds and soft thresholds with grace periods, the MemoryPressure node "
     "condition, oom_score_adj, the kernel OOM killer, pod priority, and PodDisruptionBudgets. Those are "
     "basically the pieces that decide which pod goes first.",
     "weak", "list", [], [],
     "Only names the right terms; it never says how the classes are derived or in what order pods go."),
    (2,
     "So for availability overnight I'd really focus on the Deployment's rollout strategy. With a "
     "RollingUpdate you control maxSurge and maxUnavailable, and the defaults are 25 percent each, so during "
     "a deploy you never drop below three quarters of your replicas. Add readiness probes so traffic only "
     "goes to pods that are actually ready, and set minReadySeconds so a pod has to stay healthy for a bit "
     "before the rollout moves on. That way a bad release at 3am doesn't take the service down, and you can "
     "roll back with kubectl rollout undo.",
     "weak", "offtopic", [], [],
     "Fluent and accurate but about rolling updates, not memory-pressure eviction or QoS classes."),

    # ---------------- Round 3: dedicated GPU nodes ----------------
    (3,
     "I'd do it with a taint plus affinity. Put a taint on the GPU nodes, something like gpu=true with "
     "NoSchedule, so anything without a toleration stays off them. Then the ML training pods get the matching "
     "toleration, and also a required node affinity on a label that only the GPU nodes have, because the "
     "toleration by itself just lets them in, it doesn't send them there. That gives you both halves: other "
     "stuff stays off, ML stuff stays on.",
     "adequate", "adequate", [], [],
     "Core is right (taint repels, toleration permits, affinity attracts) but misses existing pods and "
     "NoExecute, the GPU extended resource, DaemonSets, and stopping other teams copying the toleration."),
    (3,
     "Pretty straightforward: you taint the GPU nodes so normal workloads can't schedule on them, and then "
     "you add a toleration to the ML training pods. The toleration is basically the key that matches the "
     "taint, so the scheduler will send those pods to the GPU nodes. And that's both requirements covered: "
     "nothing else gets on, and the ML jobs end up where the GPUs are.",
     "weak", "pattern", [R3_TOL],
     ["the scheduler will send those pods to the GPU nodes"],
     "Acts out the 'toleration attracts' misconception: a toleration only permits; without node affinity "
     "the ML pods can land on ordinary nodes. Labelled pattern, false wording listed."),
    (3,
     "Two pieces. A NoSchedule taint on the GPU pool so general workloads are repelled, and on the ML pods a "
     "toleration plus a required node affinity to the GPU node label, since a toleration alone doesn't "
     "attract anything. The pods should also request nvidia.com/gpu so they only fit on nodes that advertise "
     "it. And to stretch the expensive hardware, you don't need to give each job a whole card: the kubelet "
     "time-slices GPUs natively, so a job can just ask for nvidia.com/gpu: 0.5 and two jobs share one GPU.",
     "adequate", "bluff", [],
     ["the kubelet time-slices GPUs natively, so a job can just ask for nvidia.com/gpu: 0.5"],
     "Bluff, feature credited to the wrong product: extended resources such as nvidia.com/gpu must be whole "
     "numbers, and GPU time-slicing is a feature of NVIDIA's device plugin / GPU Operator, not the kubelet. "
     "Peripheral to the isolation design, which is correct, so adequate."),
    (3,
     "My approach would be to taint the GPU nodes so ordinary pods are kept off, and give the ML pods both a "
     "toleration and a node affinity rule that requires the GPU node label. You need both, because "
     "tolerating a taint doesn't make the scheduler prefer those nodes. The DaemonSets for logging and "
     "monitoring would need the toleration too. What I'm less sure about is stopping another team from just "
     "copying the toleration into their own pods. I know there's an admission plugin that can restrict "
     "tolerations per namespace, but I'd need to look up its name and how it's configured, or whether we'd "
     "use a policy engine instead.",
     "adequate", "honest", [], [],
     "Honest about the admission control detail it would look up; gets taint plus affinity and the "
     "DaemonSets right but misses NoExecute for existing pods, the GPU resource and quota. Adequate."),
    (3,
     "So I'd taint the GPU nodes and give the training pods a toleration plus required node affinity, so they "
     "can go there and must go there. Something to watch with taints in general: NoSchedule only affects new "
     "placements, while NoExecute also evicts running pods that don't tolerate it, unless the toleration has "
     "tolerationSeconds. Kubernetes adds default tolerations for not-ready and unreachable nodes, and I "
     "believe those default to 60 seconds before the pod is evicted, though I'd want to confirm that number. "
     "For the GPU pool itself I'd use NoSchedule.",
     "adequate", "hedged", [],
     ["I believe those default to 60 seconds before the pod is evicted"],
     "Hedged wrong number: the DefaultTolerationSeconds admission plugin adds not-ready and unreachable "
     "tolerations with tolerationSeconds 300 (five minutes). Not a bluff; core design right, so adequate."),
    (3,
     "You need two mechanisms pointing in opposite directions. Taints keep things out: I'd taint every node "
     "in the GPU pool, ideally in the node group template so new nodes come up already tainted, something "
     "like dedicated=ml:NoSchedule, and if there's already other stuff running there, a NoExecute taint or a "
     "drain clears it. Tolerations don't pull pods in, though, they only remove the objection, so the "
     "training pods also need a required node affinity on a GPU pool label, and they should request "
     "nvidia.com/gpu, which only the device plugin on those nodes advertises, in whole units. Then the "
     "boring but important part: the monitoring and logging DaemonSets need the toleration too. And since "
     "anyone can write a toleration into their YAML, I'd enforce it with an admission policy, Kyverno, "
     "Gatekeeper or a ValidatingAdmissionPolicy, allowing that toleration only in the ML namespaces, plus a "
     "ResourceQuota on GPU requests per namespace.",
     "strong", "strong", [], [],
     "Correct and complete: taint via node template, NoExecute or drain for existing pods, affinity because "
     "tolerations don't attract, whole-unit GPU resource, DaemonSets, admission policy and quota."),

    # ---------------- Round 4: remove CPU limits? ----------------
    (4,
     "I'm actually sympathetic, but I'd attach conditions. The throttling complaint is real: with the CFS "
     "quota refilled every 100 milliseconds, a service with lots of threads can use its whole allowance in a "
     "few milliseconds and then stall, even when the node has spare cores. You can prove it from the "
     "cfs_throttled_periods metrics rather than guessing. And since CPU is compressible, the request already "
     "gives each container its proportional share when the node is contended, so limits aren't what "
     "protects you. But it hinges on requests being right: a pod that under-requests gets squeezed when the "
     "node fills up. Latency also gets less predictable, because a pod that's fast while borrowing idle CPU "
     "slows down once the neighbours are busy. Those pods drop from Guaranteed to Burstable, so no exclusive "
     "cores with the static CPU manager. In a shared cluster limits also keep tenants honest. So: remove CPU "
     "limits for services with well-sized requests, keep them for batch and other tenants, and never drop "
     "memory limits.",
     "strong", "strong", [], [],
     "Correct and balanced: the throttling mechanism and metric, requests as weight, accurate requests as "
     "the condition, predictability, QoS and CPU manager impact, tenancy, memory limits kept."),
    (4,
     "I'd say it's reasonable for some workloads. CPU limits cause throttling because the kernel enforces a "
     "quota per period, and latency-sensitive services suffer even when the node isn't busy. Without a "
     "limit, the pod can use idle CPU, and its request still guarantees it a fair share when things get "
     "tight. I'd keep memory limits though, since memory can't be throttled, you'd just get OOM problems on "
     "the node. So I'd try removing CPU limits on the services that have the latency issue, and watch what "
     "happens.",
     "adequate", "adequate", [], [],
     "Core trade-off is right, but it misses that it depends on accurate requests, the QoS change, "
     "predictability and multi-tenant isolation."),
    (4,
     "No, I'd push back on that. Setting limits on every container is a best practice, it's in every "
     "checklist, and removing them is asking for trouble. If there's throttling, the team should raise their "
     "CPU limits to the right level, but the rule should stay: every container always gets a limit. "
     "Otherwise you lose control of what runs on the node.",
     "weak", "pattern", [R4_BEST], [],
     "Acts out the 'limits are always a best practice' pattern: dogma that ignores the evidence about CFS "
     "throttling and what requests already guarantee."),
    (4,
     "It's a defensible position. CFS quota throttling hits multi-threaded services hard, they burn their "
     "quota early in each period and then wait, even on a half-idle node, and Google's own production data "
     "shows that removing CPU limits cuts p99 latency by about 60 percent on average. Requests still give "
     "each pod its fair share under contention, so you don't lose protection for CPU. I'd keep memory limits, "
     "because memory isn't compressible. And I'd make sure requests are realistic before rolling it out, "
     "otherwise the under-requesting pods get starved when the node fills up.",
     "adequate", "bluff", [],
     ["Google's own production data shows that removing CPU limits cuts p99 latency by about 60 percent on average"],
     "Bluff, invented statistic: there is no such published Google figure. The reasoning around it is "
     "sound, so capped at adequate."),
    (4,
     "I think the idea has merit. Throttling from CPU limits is a known source of tail latency, and without "
     "limits a pod can use spare CPU while its request still protects it when the node is busy. My worries "
     "are predictability, since things will look fast until the node fills up, and noisy neighbours in a "
     "shared cluster. I'm not certain whether dropping the CPU limit changes the pod's QoS class if the "
     "memory request and limit are still equal; I'd need to check the exact rules before saying what it does "
     "to the pod. I'd definitely keep memory limits.",
     "adequate", "honest", [], [],
     "Honest about the QoS detail it would check; the trade-off, predictability, tenancy and keeping memory "
     "limits are right, but it misses accurate requests as the deciding condition. Adequate."),
    (4,
     "Removing limits is risky, in my experience. When we dropped the rate limits on our public API, one "
     "customer's batch integration started hammering us with thousands of requests a second and took down "
     "the database. What I'd do instead is use a token bucket per API key, return 429 with a Retry-After "
     "header, and give the big customers higher tiers rather than no limit at all. Limits are there to "
     "protect shared capacity, so you tune them, you don't delete them.",
     "weak", "offtopic", [], [],
     "Fluent but about API rate limits, not Kubernetes CPU limits and CFS throttling."),

    # ---------------- Round 5: priority and preemption ----------------
    (5,
     "I'd create a few PriorityClasses: a high one for customer-facing services and a low one for batch. "
     "When a service pod is pending and can't fit, the scheduler can preempt lower-priority pods on some "
     "node to make space, so the batch pods get evicted and the service pods take their place. I'd also set "
     "one class as the global default so pods without a class don't end up at zero by accident, and make the "
     "batch jobs able to restart after they get preempted.",
     "adequate", "adequate", [], [],
     "Core is right (classes, preemption of lower priority, globalDefault) but misses graceful termination, "
     "PDBs being best effort, quota against priority inflation, and headroom for the autoscaler."),
    (5,
     "Easy one: anything that matters to customers gets the highest priority class we have, and everything "
     "else gets the default. Teams know which of their services are important, so let them mark those as "
     "top priority. Then when there's a spike, the scheduler will make room for them by kicking out the "
     "batch stuff. If a team thinks a service is critical, it should be in the critical class.",
     "weak", "pattern", [R5_ALLTOP], [],
     "Acts out 'give everything important the highest class': no central definition, no quota, so "
     "priority inflates until it means nothing."),
    (5,
     "I'd set up three PriorityClasses, high for customer-facing, a default for most things and low for "
     "batch, and make the middle one globalDefault. When a high-priority pod can't be placed, the scheduler "
     "picks a node where evicting lower-priority pods would free enough room, nominates it, and the victims "
     "shut down gracefully before the new pod binds. Batch jobs need to checkpoint so preemption isn't a "
     "disaster. And to stop every team from choosing high, I'd put a ResourceQuota scoped to the high class "
     "in each namespace; if a team goes over it, the API server rejects the pod with a 409 Conflict.",
     "adequate", "bluff", [], ["the API server rejects the pod with a 409 Conflict"],
     "Bluff, wrong status code: a pod that would exceed a ResourceQuota is rejected with 403 Forbidden "
     "(exceeded quota), not 409 Conflict. The design is otherwise correct; capped at adequate."),
    (5,
     "So priority in Kubernetes is really about queue order. Give the services a higher PriorityClass than "
     "the batch jobs, and whenever both are waiting, the services get scheduled first. Once a pod is "
     "running, though, nothing will ever push it off a node to make room for a higher-priority one; the "
     "scheduler only reorders the waiting line. So for the spike I'd rely on the autoscaler adding nodes and "
     "put the services at the front of the queue for those new nodes.",
     "weak", "bluff", [],
     ["Once a pod is running, though, nothing will ever push it off a node to make room for a higher-priority one",
      "the scheduler only reorders the waiting line"],
     "Bluff, false absolute about the mechanism in plain words: the default scheduler preempts running "
     "lower-priority pods (preemptionPolicy PreemptLowerPriority is the default). Denies preemption, the "
     "centre of the question, so weak."),
    (5,
     "Honestly I haven't set this up myself. I know you define PriorityClasses with a numeric value, and a "
     "pending pod with a higher value can cause lower-priority pods to be preempted. Beyond that I'd need to "
     "look things up: how the scheduler picks which pods to evict, whether it waits for them to shut down, "
     "what the allowed value range is, and how it works with the cluster autoscaler. I'd read the "
     "scheduling docs before designing anything.",
     "weak", "honest", [], [],
     "Honest and correct as far as it goes, but it states only that higher priority can preempt lower; "
     "no design. Weak."),
    (5,
     "Right, so the pieces I'd reach for: PriorityClass, globalDefault, preemptionPolicy with "
     "PreemptLowerPriority versus Never, nominatedNodeName, graceful termination, PodDisruptionBudgets, "
     "ResourceQuota with a priority class scope, system-cluster-critical and system-node-critical, the "
     "cluster autoscaler, and overprovisioning with placeholder pods. That's basically the toolkit for this.",
     "weak", "list", [], [],
     "Only names the right terms; says nothing about how preemption works or how the design fits together."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, answer, band, kind, pq, fc, note in A:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "k8ssched-r%d-%02d" % (rnd, counters[rnd]),
                "round": rnd,
                "answer": answer,
                "band": band,
                "bluff": kind == "bluff",
                "kind": kind,
                "pattern_quotes": list(pq),
                "false_claims": list(fc),
                "note": note,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
