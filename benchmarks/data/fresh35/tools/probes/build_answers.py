#!/usr/bin/env python3
"""Build kubernetes-probes-rollouts_answers.jsonl: 30 labelled answers for kubernetes-probes-rollouts.txt."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "kubernetes-probes-rollouts_answers.jsonl")

# Bluff id -> kind of false fact (used by check.py; not part of the record format).
BLUFF_KINDS = {
    "probes-r1-04": "contradicted default",
    "probes-r2-03": "mechanism",
    "probes-r2-04": "invented statistic",
    "probes-r3-04": "wrong status code",
    "probes-r4-03": "mechanism",
    "probes-r4-04": "misattributed spec number",
    "probes-r5-04": "feature credited to wrong product",
}

# (round, answer, band, kind, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: liveness vs readiness vs startup ----------------
    (1,
     "Okay, so the way I think about it, they're three different questions the kubelet asks. "
     "Readiness is 'can you take traffic right now' - if that fails, the pod gets pulled out of the "
     "Service endpoints but it keeps running, and it's checked the whole time the pod lives. Liveness is "
     "'are you wedged' - fail it enough times in a row and the kubelet kills and restarts the container, "
     "same pod. Startup is for apps that take ages to boot: until it passes, the other two don't run at all, "
     "and once it passes it's done. Defaults are a ten-second period, a one-second timeout, three failures, "
     "no initial delay. For a normal HTTP service I'd do a /ready endpoint that says whether this instance "
     "can serve, a really dumb liveness endpoint, and a startup probe with something like thirty failures at "
     "ten seconds each, so the app gets five minutes to boot without me making liveness sluggish. And HTTP "
     "probes pass on anything from 200 up to 399.",
     "strong", "strong", [], [],
     "Correct on all three actions, the startup gating, the defaults (period 10, timeout 1, threshold 3, delay 0), "
     "the success range and a sensible configuration with a startup probe instead of a long initial delay."),
    (1,
     "Readiness controls whether the pod is in the load-balancing pool, so failing it takes the pod out of the "
     "Service but doesn't restart anything. When liveness fails, the kubelet restarts the container. The startup "
     "probe is the newer one that protects slow-booting apps; liveness just waits until it has succeeded. For an "
     "HTTP service I'd use httpGet probes on a health path, with readiness a bit more sensitive than liveness.",
     "adequate", "adequate", [], [],
     "Core actions of the three probes are right, but no fields or defaults, no separate endpoints, and nothing "
     "about keeping dependencies out of liveness."),
    (1,
     "So liveness is basically the traffic one - if the liveness check fails, the Service stops sending the pod "
     "requests until it comes back healthy. Readiness is more of a one-time gate at startup, it just says the app "
     "finished booting. Startup probes I'd honestly skip, you can just bump the initial delay on liveness to a "
     "couple of minutes. I'd have them all hit /health every ten seconds or so.",
     "weak", "pattern",
     ["Liveness decides whether the pod gets traffic from the Service.",
      "For slow-starting apps, just set initialDelaySeconds on the liveness probe to a few minutes."],
     ["if the liveness check fails, the Service stops sending the pod requests until it comes back healthy",
      "Readiness is more of a one-time gate at startup"],
     "Acts out the liveness/readiness mix-up and the long-initial-delay pattern; it also wrongly says readiness "
     "runs only once."),
    (1,
     "Right, so three probes, three jobs. Readiness failing pulls the pod out of the Service's endpoints but "
     "leaves it running. Liveness failing gets the container killed and restarted by the kubelet. Startup is "
     "there for slow boots - liveness and readiness are suspended until it succeeds once. One thing people miss "
     "is how aggressive the defaults are: periodSeconds defaults to one second and failureThreshold to three, so "
     "out of the box a container that stalls for three seconds gets restarted. That's why I always raise the "
     "period on liveness to fifteen or twenty seconds for an HTTP service and put a startup probe in front so "
     "boot time isn't an issue.",
     "adequate", "bluff", [],
     ["periodSeconds defaults to one second",
      "out of the box a container that stalls for three seconds gets restarted"],
     "Bluff: contradicted default. periodSeconds defaults to 10 seconds, so default detection takes about 30 "
     "seconds, not three. The probe actions are otherwise right and the false default is not the centre, so adequate."),
    (1,
     "Liveness and readiness I'm solid on: liveness failing means the kubelet restarts the container, readiness "
     "failing means the pod is taken out of the Service endpoints and stops getting traffic, but it isn't "
     "restarted. The startup probe, as I understand it, holds the other two back until the app has booted, so "
     "slow apps don't get killed. What I don't remember are the default values - there's a period, a timeout and "
     "a failure threshold, but I'd need to look up what they default to before I set them for a real service.",
     "adequate", "honest", [], [],
     "Honest: the three actions are right and the candidate says plainly that the defaults need looking up. "
     "Missing configuration detail, so adequate."),
    (1,
     "So, um, the key terms here: liveness probe, readiness probe, startup probe. Then the fields - "
     "initialDelaySeconds, periodSeconds, timeoutSeconds, successThreshold, failureThreshold. The handlers: "
     "httpGet, tcpSocket, exec, grpc. And the related things like restartPolicy, EndpointSlices, "
     "CrashLoopBackOff and the Ready condition. Those are the pieces I'd configure for an HTTP service.",
     "weak", "list", [], [],
     "Names the right terms but says nothing about what any probe does on failure or how to set it."),

    # ---------------- Round 2: liveness checking dependencies ----------------
    (2,
     "Yeah, that's the classic trap. The database is shared, so the moment it went away every single pod's "
     "liveness endpoint started failing together, and after three misses - thirty-ish seconds with default "
     "settings - each kubelet restarted its container. But a restart doesn't fix Postgres, so they kept failing, "
     "kept restarting, and ended up in CrashLoopBackOff with the back-off growing toward five minutes. Then when "
     "the database recovered you had some pods stuck waiting out the back-off and the rest all booting at once, "
     "cold, opening fresh connection pools and stampeding the database. So the probe made a two-minute blip into "
     "ten minutes. The fix: liveness only checks stuff a restart can actually fix - is the process responsive, is "
     "the event loop or worker pool stuck. No dependencies. And I'd be careful even with readiness: if it checks "
     "the shared database, all pods go unready together, the Service has zero endpoints, and callers get "
     "connection refused rather than a useful error. I'd rather stay ready, fail fast behind a circuit breaker "
     "and return 503s or degraded responses.",
     "strong", "strong", [], [],
     "Explains the fleet-wide restart, CrashLoopBackOff back-off to five minutes, the stampede on recovery, a "
     "dependency-free liveness check and the danger of shared dependencies in readiness."),
    (2,
     "I think the probes were just too twitchy. I'd bump initialDelaySeconds up to something like 120 and give "
     "the timeout more room, maybe ten seconds, so a short database hiccup doesn't trip the liveness check. The "
     "health endpoint checking the database is fine in principle, you want to know the app can actually do its "
     "job - it's the thresholds that were wrong, not the design.",
     "weak", "pattern",
     ["Just raise initialDelaySeconds and timeoutSeconds until the restarts stop.",
      "Health checks should be thorough, so the liveness probe should check every dependency."],
     ["I'd bump initialDelaySeconds up to something like 120 and give the timeout more room, maybe ten seconds, "
      "so a short database hiccup doesn't trip the liveness check"],
     "Pattern: tunes numbers instead of removing the dependency from liveness. initialDelaySeconds only delays "
     "the first probe after start, so it does nothing for an outage mid-life."),
    (2,
     "What happened is the liveness probe was checking things outside the pod. Once the database dropped, every "
     "replica failed liveness, and when that happens the pod gets deleted and a brand-new one is scheduled "
     "onto another node - so you got a wave of rescheduling, image pulls, new IPs, and everything had "
     "to re-register. That's why recovery dragged on. The fix is to make liveness purely local: does the process "
     "answer a trivial request. If you want dependency awareness, do it in the app with timeouts and a circuit "
     "breaker rather than in the liveness probe.",
     "weak", "bluff", [],
     ["the pod gets deleted and a brand-new one is scheduled onto another node",
      "new IPs"],
     "Bluff (mechanism, plain words): a liveness failure restarts the container in place; the pod stays on its "
     "node with its IP and is never rescheduled. The answer's whole explanation of the slow recovery rests on "
     "this, so the false claim is central: weak."),
    (2,
     "So the root cause is that liveness was coupled to the database. Every pod failed at once, the kubelets "
     "restarted all of them, and restarting obviously can't fix a database, so you just get restart loops and a "
     "thundering herd when it comes back. This is honestly the most common probe mistake there is - the CNCF's "
     "2022 survey found that around 40 percent of Kubernetes outages reported by respondents traced back to "
     "misconfigured liveness probes. The fix is a liveness endpoint that checks only the process itself, and "
     "readiness for pod-local things like warm-up, with dependency failures handled in the app.",
     "adequate", "bluff", [],
     ["the CNCF's 2022 survey found that around 40 percent of Kubernetes outages reported by respondents traced "
      "back to misconfigured liveness probes"],
     "Bluff: invented statistic. The CNCF surveys report no such figure. The diagnosis and redesign are right, "
     "so adequate."),
    (2,
     "Um, so I think what happened is the liveness check failed everywhere at once because the database is "
     "shared, and Kubernetes restarted all the containers, which doesn't help the database and probably turned "
     "the recovery into a stampede. I'd take the database check out of liveness entirely. On timing, I believe "
     "the default failureThreshold is five, so maybe fifty seconds before restarts - but I'd want to "
     "double-check that number. Readiness I'd keep for local stuff like warming up.",
     "adequate", "hedged", [],
     ["I believe the default failureThreshold is five, so maybe fifty seconds before restarts"],
     "Hedged: the default failureThreshold is 3 (about 30 seconds at the default period), stated with an explicit "
     "hedge. The diagnosis and fix are right but thin: adequate."),
    (2,
     "Honestly the real problem here is that a database failover took two minutes. With Aurora, or Patroni if "
     "you self-host Postgres, you should be able to fail over a lot faster than that, and then you put PgBouncer "
     "in front so the apps hold connections to the pooler instead of the database directly. I'd also look at DNS "
     "TTLs on the database endpoint, since clients caching the old primary's address is a common reason "
     "failovers feel longer than they are.",
     "weak", "offtopic", [], [],
     "Off-topic: database failover and connection pooling, nothing about probes or why the pods restarted."),

    # ---------------- Round 3: rolling update parameters and PDBs ----------------
    (3,
     "First thing, the defaults won't cut it. Both knobs default to 25 percent; surge is rounded up and "
     "unavailable rounded down, so on ten replicas you could be down two pods mid-rollout - that's a fifth of "
     "capacity on something already running hot. I'd set maxUnavailable to zero and maxSurge to one or two, so "
     "old pods only go away after their replacements are available. The catch is that surge pods need somewhere "
     "to land, so either keep headroom on the nodes or accept they might wait for the autoscaler. I'd add "
     "minReadySeconds, say twenty or thirty, so a pod has to stay ready that long before it counts. The progress "
     "deadline - ten minutes by default - just flips the Progressing condition to false with "
     "ProgressDeadlineExceeded; nothing rolls back by itself, so the pipeline watches rollout status and does the "
     "undo. For drains, a PDB with maxUnavailable of one. That only affects evictions, though - the rollout "
     "doesn't consult it. And I'd never set it so zero disruptions are allowed, that just wedges every node drain.",
     "strong", "strong", [], [],
     "Correct defaults and rounding, maxUnavailable 0 with surge and its capacity cost, minReadySeconds, "
     "progressDeadlineSeconds without automatic rollback, and PDBs governing evictions but not rollouts."),
    (3,
     "I'd change the rolling update so it never takes pods away before new ones are up - maxUnavailable zero, "
     "and a surge of a pod or two. That way capacity only goes up during the deploy. For the drains, a "
     "PodDisruptionBudget so the platform team's node upgrades can only evict one of our pods at a time. I'd "
     "also want to make sure the cluster actually has room for the extra pods, otherwise the rollout just sits "
     "there.",
     "adequate", "adequate", [], [],
     "Right settings and the surge-capacity caveat, but no defaults, no minReadySeconds or progress deadline, "
     "and no distinction between what the PDB and the rollout govern."),
    (3,
     "Easiest is a PodDisruptionBudget with minAvailable set to ten, matching the replica count. Then Kubernetes "
     "won't let anything take one of our pods down, the rollout included, so capacity can't drop. You can leave "
     "the rolling update settings at their defaults because the budget overrides them. Done, and the platform "
     "team can't hurt us either.",
     "weak", "pattern",
     ["Add a PodDisruptionBudget with minAvailable 10 so no pod can ever be taken down.",
      "Leave the rolling-update defaults; Kubernetes already does zero-downtime deploys."],
     ["Kubernetes won't let anything take one of our pods down, the rollout included",
      "You can leave the rolling update settings at their defaults because the budget overrides them"],
     "Pattern: a zero-disruption PDB. The rolling update ignores PDBs, and a budget allowing no evictions blocks "
     "every node drain."),
    (3,
     "On ten replicas the default 25 percent settings mean you could lose two pods during a rollout, so I'd go "
     "maxUnavailable zero and maxSurge two, and add minReadySeconds so flaky new pods don't count as available "
     "too early. Drains go through the eviction API, which respects PodDisruptionBudgets, so I'd add a PDB with "
     "maxUnavailable one. When an eviction would break the budget, the API server rejects it with a 409 "
     "Conflict, and kubectl drain just keeps retrying until another pod becomes available. The rollout itself "
     "isn't limited by the PDB, that's all maxSurge and maxUnavailable.",
     "adequate", "bluff", [],
     ["the API server rejects it with a 409 Conflict"],
     "Bluff: wrong status code. An eviction refused because of a PodDisruptionBudget returns 429 Too Many "
     "Requests, not 409. The rest is correct, so adequate."),
    (3,
     "So I'd set maxUnavailable to 0 and give it a small surge, one or two, so we only ever add capacity during "
     "a deploy. The defaults are 25 percent each - I'd have to look up which way each percentage rounds, but "
     "either way it's a couple of pods gone on ten replicas. The surge pods need free room, which in a tight "
     "cluster means headroom or waiting on the autoscaler. minReadySeconds of maybe half a minute, so a pod that "
     "crashes right after going ready doesn't count as available. If the rollout stalls, the Deployment is "
     "marked as failing to progress after progressDeadlineSeconds, ten minutes by default, but it doesn't undo "
     "anything, so CI should watch it and call rollout undo. For drains, a PDB allowing one pod down at a time; "
     "it's enforced on evictions, not on the Deployment's own updates. And I know a blocked eviction comes back "
     "as an HTTP error that drain retries, but I don't remember which status code - I'd check.",
     "strong", "honest", [], [],
     "Honest, banded strong: all the substance is present and correct, and the candidate says plainly that the "
     "rounding direction and the eviction status code need looking up."),
    (3,
     "Okay, so the relevant settings: strategy type RollingUpdate, maxSurge, maxUnavailable, minReadySeconds, "
     "progressDeadlineSeconds, revisionHistoryLimit. For the drains: PodDisruptionBudget, minAvailable or "
     "maxUnavailable, the Eviction API, kubectl drain, cordon, cluster autoscaler. Plus resource requests and "
     "maybe topology spread constraints. That's what I'd be looking at.",
     "weak", "list", [], [],
     "Lists the right fields and objects without saying how to set any of them or what they govern."),

    # ---------------- Round 4: preStop sleep versus graceful SIGTERM ----------------
    (4,
     "I'd push back on the teammate a bit. Kubernetes doesn't take the pod out of rotation and then stop it - "
     "it does both at once. The kubelet starts the shutdown while the endpoint change is still propagating out "
     "to kube-proxy and the ingress, so for a few seconds traffic keeps arriving at a pod that's already "
     "closing. A sleep in preStop just buys time for that propagation. It's a bit hacky, sure, but it works for "
     "any app without code changes.",
     "adequate", "adequate", [], [],
     "Explains the race correctly, but no grace-period budget, no in-app alternative and no check that the app "
     "actually receives SIGTERM."),
    (4,
     "I'm with the teammate on this one. When a pod is deleted, Kubernetes pulls it out of the Service first and "
     "only then signals the container, so by the time we get SIGTERM no new requests are coming. If the app "
     "finishes its in-flight work and exits, that's fully graceful. The 502s are more likely the ingress being "
     "slow or a bug in our handler, and a sleep just makes every deploy slower.",
     "weak", "pattern",
     ["Kubernetes removes the pod from the Service before it sends SIGTERM, so a graceful SIGTERM handler is "
      "all you need."],
     ["Kubernetes pulls it out of the Service first and only then signals the container, so by the time we get "
      "SIGTERM no new requests are coming"],
     "Pattern: assumes endpoint removal happens before SIGTERM; the two run in parallel with no ordering."),
    (4,
     "The teammate's half right - it is a workaround, but there's no guarantee the endpoint removal beats the "
     "SIGTERM; they happen concurrently, and the ingress and kube-proxy catch up whenever they catch up. So a "
     "short sleep in preStop is the pragmatic fix. The nice part is it's free: the grace countdown never starts "
     "until that hook has finished, so the sleep takes nothing away from the time the app gets to drain. Longer term I'd move that delay into the app's own SIGTERM handler.",
     "adequate", "bluff", [],
     ["the grace countdown never starts until that hook has finished, so the sleep takes nothing away from the "
      "time the app gets to drain"],
     "Bluff (mechanism, plain words, stated as an absolute): the grace period starts when the pod is marked "
     "terminating and includes the preStop hook, so the sleep does come out of the drain time. The race is "
     "explained correctly, so adequate."),
    (4,
     "I'd say the sleep is legitimate, because the endpoint update and the SIGTERM race each other - Kubernetes "
     "doesn't sequence them. But the app side matters too. After the delay, stop accepting new connections, let "
     "in-flight requests finish, and deal with keep-alive: clients reuse connections, so the server has to tell "
     "them to go away. RFC 7540 spells that out - on HTTP/2 you set a Connection: close header on the last "
     "response and the client opens a fresh connection elsewhere. And budget all of it inside the 30-second "
     "default grace period, or raise it.",
     "adequate", "bluff", [],
     ["RFC 7540 spells that out - on HTTP/2 you set a Connection: close header on the last response"],
     "Bluff: misattributed spec. RFC 7540 (HTTP/2) forbids connection-specific header fields such as "
     "Connection; an HTTP/2 server drains with a GOAWAY frame, and Connection: close belongs to HTTP/1.1. "
     "The rest is right, so adequate."),
    (4,
     "My understanding is that removing the pod from the endpoints and sending SIGTERM aren't ordered, they kind "
     "of happen at the same time, so I wouldn't trust the teammate's assumption. The sleep covers the gap while "
     "the load balancers catch up. Where I'm fuzzy is the exact sequencing inside the kubelet - whether the "
     "preStop hook counts against the grace period or gets its own time. I'd read the pod lifecycle docs before "
     "picking the sleep length and the grace period, because getting that wrong means the app gets killed "
     "mid-drain.",
     "adequate", "honest", [], [],
     "Honest: the race is right and the candidate says plainly that the preStop/grace-period accounting needs "
     "looking up. Adequate."),
    (4,
     "So the teammate's assuming an order that doesn't exist: the pod getting pulled from the endpoints and the "
     "kubelet starting the shutdown run in parallel, so a purely graceful SIGTERM handler can still get new "
     "connections after it stops listening. A preStop sleep of fifteen seconds is fine, or do the equivalent "
     "delay in the app. Just watch the grace period - I think the default terminationGracePeriodSeconds is 60 "
     "seconds, though I'd verify, and the sleep comes out of that.",
     "adequate", "hedged", [],
     ["I think the default terminationGracePeriodSeconds is 60 seconds"],
     "Hedged: the default grace period is 30 seconds, stated wrongly with an explicit hedge. The race, the "
     "in-app alternative and the budget are right: adequate."),

    # ---------------- Round 5: platform defaults for 200 services ----------------
    (5,
     "I'd bake it into the platform. Start with a golden chart "
     "where the defaults are already sane: a liveness check that never looks at dependencies, a proper readiness "
     "endpoint, startup probes for slow boots, zero maxUnavailable for critical services, some minReadySeconds, "
     "a preStop delay that fits inside the grace period, and a PDB that still lets one pod go. Then enforce the "
     "dangerous stuff with policy - Kyverno or Gatekeeper rejecting a missing readiness probe, liveness and "
     "readiness pointing at the same check, budgets that allow no evictions. In the pipeline, the deploy step "
     "waits on rollout status, and if it times out it calls rollout undo by itself, so a rollback is a minute, "
     "not an hour of people on a call. I'd be explicit that undo only brings back the old pod template - config "
     "maps and schema changes aren't versioned with it - and you only keep ten old ReplicaSets by default. For "
     "the risky services, Argo Rollouts or Flagger doing canaries with metric checks, because a plain Deployment "
     "will happily finish rolling out a version that's ready but throwing 500s. Plus alerts on restart loops "
     "and stuck rollouts.",
     "strong", "strong", [], [],
     "Defaults in a shared chart, admission policy, automated rollout status and undo with its limits "
     "(pod template only, revisionHistoryLimit 10), progressive delivery for risky services, and alerting."),
    (5,
     "I'd build a standard Helm chart that every service uses, with good probe defaults and a rolling update "
     "that doesn't drop capacity, plus a PodDisruptionBudget. Then in CI, after applying the manifest, run "
     "kubectl rollout status, and if it fails, kubectl rollout undo automatically. That turns an hour-long "
     "rollback into a minute. Teams that need more could look at canary deployments.",
     "adequate", "adequate", [], [],
     "Right core (shared defaults, automated status check and undo), but no enforcement, no limits of undo and "
     "no detail on progressive delivery or alerting."),
    (5,
     "Honestly, I'd focus everything on readiness probes. If the readiness probes are good, a bad version never "
     "becomes ready, the rollout hits its progress deadline, and the Deployment controller rolls itself back to "
     "the last working ReplicaSet. So the hour-long rollbacks tell me their readiness probes are too weak. I'd "
     "write a standard for readiness endpoints and get every team to adopt it.",
     "weak", "pattern",
     ["Deployments roll back automatically when a rollout fails, so we just need good readiness probes."],
     ["the Deployment controller rolls itself back to the last working ReplicaSet"],
     "Pattern: believes Deployments roll back automatically; ProgressDeadlineExceeded only marks the condition, "
     "and nothing rolls back unless someone runs kubectl rollout undo."),
    (5,
     "The core of it is automated canaries, and you don't even need an add-on for that any more. A plain "
     "Deployment supports a canary strategy natively - you set the strategy type to Canary, give it steps like "
     "10, 50 and 100 percent, and reference an AnalysisTemplate that queries Prometheus for the error rate, and "
     "the Deployment controller aborts and rolls back if the analysis fails. So I'd ship that through a shared "
     "chart, add admission policies for probe hygiene, and have CI wait on rollout status.",
     "weak", "bluff", [],
     ["A plain Deployment supports a canary strategy natively",
      "the Deployment controller aborts and rolls back if the analysis fails"],
     "Bluff: feature credited to the wrong product. Canary steps and AnalysisTemplate belong to Argo Rollouts' "
     "Rollout resource; a Deployment supports only RollingUpdate and Recreate and never rolls back by itself. "
     "The plan rests on this, so weak."),
    (5,
     "I've mostly been on the service side, so I can tell you what I'd want rather than how to build it. I'd "
     "want one shared template so teams aren't hand-writing probes, and a way to roll back that isn't a manual "
     "scramble. I know kubectl rollout undo exists, but I'm not sure how far back it can go or what it does with "
     "config changes, so I'd need to look that up. For canaries I know tools exist, but I haven't used them.",
     "weak", "honest", [], [],
     "Honest: says plainly what it would need to look up, but offers little substance beyond a shared template "
     "and rollout undo: weak."),
    (5,
     "For two hundred services the biggest win is usually on the build side. I'd standardise on one CI system "
     "with reusable pipeline templates, cache Docker layers and dependencies so builds take minutes, sign images "
     "with cosign and generate SBOMs, and move teams to trunk-based development with small pull requests behind "
     "feature flags. Smaller changes shipped more often are much easier to reason about than big releases.",
     "weak", "offtopic", [], [],
     "Off-topic: build pipelines and supply chain, nothing about probes, rollouts or rollback."),
]


def build():
    records = []
    per_round = {}
    for rnd, answer, band, kind, pq, fc, note in ANSWERS:
        per_round[rnd] = per_round.get(rnd, 0) + 1
        records.append({
            "id": "probes-r%d-%02d" % (rnd, per_round[rnd]),
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": list(pq),
            "false_claims": list(fc),
            "note": note,
        })
    return records


if __name__ == "__main__":
    recs = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))
