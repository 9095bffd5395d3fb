#!/usr/bin/env python3
"""Build canary-progressive-delivery_answers.jsonl: 30 labelled candidate answers
for the gauntlet canary-progressive-delivery.txt (6 per round)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "canary-progressive-delivery_answers.jsonl")
SHORT = "canary"

# (round, answer, band, kind, pattern_quotes, false_claims, note)
ANSWERS = [
    # ------------------------------------------------------------------ round 1
    (1,
     "Okay, so the core difference is that a canary stops and checks. With our current rolling update, "
     "Kubernetes swaps pods a quarter at a time, twenty-five percent surge and twenty-five percent "
     "unavailable out of the box, and the only thing it looks at is the readiness probe. If the new code "
     "throws 500s but the probe passes, it just keeps going. Blue/green is the other extreme: flip the whole "
     "environment, easy to flip back, but everybody is on the new version the instant you switch, and you're "
     "paying for two stacks. What I'd want is a stepped rollout, say one percent, then five, twenty-five, "
     "fifty, where each step waits and compares the new version's error rate and latency against the old "
     "one, and bails out automatically. For the split itself I wouldn't rely on pod counts, since one pod "
     "in ten is already ten percent. I'd put weights in the routing layer, Istio, or the NGINX ingress "
     "canary annotations, or weighted target groups on an ALB, and let Argo Rollouts or Flagger move those "
     "weights and handle the rollback.",
     "strong", "strong", [], [],
     "Covers rolling (correct 25% defaults, readiness-only), blue/green trade-off, stepped canary with "
     "comparison and automatic abort, and replica vs weighted splitting with concrete routers and tools."),
    (1,
     "So a canary means you give the new version a small slice of production traffic first, watch it, and "
     "then either widen it or pull it back. That's different from a rolling update, which just keeps "
     "replacing pods as long as they come up healthy. For splitting traffic I'd probably do it at the "
     "ingress, NGINX has canary annotations where you set a weight, or in the service mesh if we have one. "
     "Then I'd bump the weight up in stages and look at the dashboards in between.",
     "adequate", "adequate", [], [],
     "Core idea and a real weighted-routing mechanism are right, but no blue/green comparison, no point "
     "about replica-count granularity, and the gate is manual dashboard watching rather than automated "
     "analysis and rollback."),
    (1,
     "Honestly I think we kind of have this already. A rolling update in Kubernetes is a canary: the first "
     "new pod comes up, takes some traffic, and if it's broken the rollout stalls. So I'd mostly tune "
     "maxSurge down so fewer pods change at once, and maybe write better readiness probes. I don't really "
     "see why we'd need a separate tool for it.",
     "weak", "pattern", ["Kubernetes rolling updates are already canaries."],
     ["A rolling update in Kubernetes is a canary"],
     "Acts out the 'rolling updates are already canaries' pattern: a rolling update only gates on "
     "readiness and never compares error rate or latency, so it keeps going on a version that serves "
     "errors."),
    (1,
     "Right, so a canary is about controlled exposure plus a comparison. A plain rolling update doesn't "
     "give you that. By default a Deployment uses a maxSurge of one pod and a maxUnavailable of zero, so it "
     "creeps along a pod at a time, but it never asks whether the new pods are actually serving users well. "
     "I'd put weighted routing in front, Istio or a Gateway API HTTPRoute with weights on the two backends, "
     "so I can send one percent without needing a hundred replicas. Then I'd step it up, one, five, "
     "twenty-five, fifty, with an automated check in between, and if the canary's error rate or p99 is "
     "worse than stable, the tool flips the weights back. Argo Rollouts does exactly that workflow.",
     "adequate", "bluff", [],
     ["By default a Deployment uses a maxSurge of one pod and a maxUnavailable of zero"],
     "Bluff (contradicted default): apps/v1 Deployments default to maxSurge 25% and maxUnavailable 25%, "
     "not one pod and zero. The rest is correct and the false default is peripheral, so capped at "
     "adequate."),
    (1,
     "I'd move us from the rolling update to an actual canary, meaning a small share of real requests goes "
     "to the new version and we compare it with the old one before going further, and roll back "
     "automatically if it looks worse. On how the split happens: I know you can either scale replicas so "
     "the ratio of pods sets the ratio of traffic, or do weighted routing in a mesh or an ingress, and the "
     "weighted way lets you go much finer. What I don't remember is exactly which annotations the NGINX "
     "ingress uses for it, or what the rolling update's surge defaults are. I'd look those up before "
     "writing the manifests.",
     "adequate", "honest", [], [],
     "Honest about annotation names and surge defaults; correct on canary-with-comparison, automatic "
     "rollback and replica vs weighted splitting, but no blue/green and no concrete tooling."),
    (1,
     "So, um, the pieces would be: canary, rolling update versus blue/green, traffic splitting, weights, "
     "Istio or Linkerd, the Gateway API, NGINX ingress, ALB weighted target groups, Argo Rollouts, Flagger, "
     "analysis, SLOs, automatic rollback. Those are the building blocks I'd bring together for the checkout "
     "API, basically.",
     "weak", "list", [], [],
     "Only names the right terms; says nothing about how any of them works or how the split is done."),
    # ------------------------------------------------------------------ round 2
    (2,
     "For the gate itself I'd use what the SLO is written on: the share of requests that come back 5xx, "
     "and tail latency, p99, measured at the proxy so it's the user's view and not the app's own opinion. "
     "Compare the canary with stable over the same window, not against some fixed number, because a fixed "
     "number hides a regression on a service that's normally very clean. I'd also watch the request count, "
     "since at five percent a short step may just not have enough requests to say anything. To automate it, "
     "in Argo Rollouts you'd have an analysis template querying Prometheus with a success condition, and a "
     "failed analysis aborts the rollout and sends traffic back to stable; Flagger has an analysis section "
     "with built-in success-rate and duration checks. I honestly don't remember the default failure limit "
     "in Argo Rollouts, or whether Flagger's latency check is p95 or p99, so I'd check the docs before "
     "relying on either.",
     "strong", "honest", [], [],
     "Honest about two defaults it cannot recall, yet covers the substance: SLI-based gate at the proxy, "
     "relative comparison with stable, sample size, and how both tools automate abort. Banded strong."),
    (2,
     "I'd gate on error rate and latency for the canary pods, pulled from Prometheus. Something like: if "
     "the canary's 5xx ratio is clearly higher than stable's, or its p99 goes up noticeably, fail it. Argo "
     "Rollouts can run that as an analysis step between weight increases and abort on its own, which "
     "shifts everything back to the stable version. I'd probably set the thresholds off our SLO so we're "
     "not inventing numbers.",
     "adequate", "adequate", [], [],
     "Right metrics, relative comparison and automated abort, but nothing on sample size, baseline "
     "warm-up bias or which errors count."),
    (2,
     "Mainly I'd watch resource usage on the canary pods, so CPU and memory. If the new version suddenly "
     "burns way more CPU than the old pods, or memory keeps climbing, that's your sign something's off and "
     "we'd roll back. If the graphs look about the same as stable after fifteen minutes or so, I'd promote "
     "it to the next step.",
     "weak", "pattern", ["We'd watch CPU and memory on the canary pods."], [],
     "Acts out the resource-metrics pattern: nothing users feel (errors, latency) is in the gate."),
    (2,
     "I'd gate on the SLIs: the canary's 5xx ratio and its p99 latency, compared with the stable pods over "
     "the same window, with thresholds derived from our 99.9 percent target. One subtlety: I leave 4xx "
     "out, because those are mostly client mistakes, but I make sure proxy-generated failures count. When "
     "the canary subset has no ready endpoints, Envoy answers with a 504 and 'no healthy upstream', and "
     "that never reaches the app's own metrics. In Argo Rollouts that's an AnalysisTemplate with a "
     "Prometheus provider and a successCondition; the analysis runs at each step, and if it fails the "
     "rollout aborts and the weights go back to stable.",
     "adequate", "bluff", [],
     ["Envoy answers with a 504 and 'no healthy upstream'"],
     "Bluff (wrong status code): Envoy returns 503 Service Unavailable with 'no healthy upstream' (response "
     "flag UH); 504 is an upstream timeout. The gating design is otherwise sound, so adequate."),
    (2,
     "So the metrics are the user-facing ones, request success rate and p99 latency, taken from the mesh, "
     "and I'd compare against stable rather than use a hard number. For automation I like Flagger: you "
     "write an AnalysisTemplate with a Prometheus query and a successCondition, something like result zero "
     "at least 0.99, and Flagger creates an AnalysisRun at every step and rolls back to the primary if it "
     "fails. The nice part is the threshold, a few failed checks before it gives up, so one noisy minute "
     "doesn't kill the release.",
     "adequate", "bluff", [],
     ["you write an AnalysisTemplate with a Prometheus query and a successCondition",
      "Flagger creates an AnalysisRun at every step"],
     "Bluff (feature credited to the wrong product): AnalysisTemplate, successCondition and AnalysisRun "
     "are Argo Rollouts objects; Flagger uses the Canary analysis block with thresholdRange and "
     "MetricTemplate. Metric choice and the failed-check threshold idea are right, so adequate."),
    (2,
     "The gate should be the SLIs, error ratio and p99 latency on the canary compared with stable, and I'd "
     "want a minimum number of requests before trusting a step, since at five percent you don't get many. "
     "In Argo Rollouts you set up an analysis with a Prometheus query and a success condition, and I think "
     "failureLimit defaults to three, so it tolerates a few bad measurements before aborting, but I'd "
     "double-check that default. When it aborts, traffic goes back to stable automatically.",
     "adequate", "hedged", [],
     ["I think failureLimit defaults to three"],
     "Hedged wrong default: Argo Rollouts failureLimit defaults to 0 (one failed measurement fails the "
     "metric). Explicitly hedged, so not a bluff; the rest is a correct core."),
    # ------------------------------------------------------------------ round 3
    (3,
     "The thing to realise is that for the whole canary, both versions are reading and writing the same "
     "Redis and the same Postgres. And with a per-request split one user bounces: request one hits v2, "
     "which saves the cart in the new shape, request two hits v1, which can't deserialize it and fails. "
     "Worse, those failures get counted against stable, so the comparison lies to you. So three things. "
     "One, make the cart format work both ways: only add fields, carry a schema version, have the old "
     "reader ignore what it doesn't know, and for a real format change ship a reader first and the writer "
     "later. Two, pin users to a version during the rollout with a cookie or a consistent hash on the user "
     "ID, like canary-by-cookie on the NGINX ingress or stickiness on the ALB's weighted rule. That's for "
     "a consistent experience, not correctness, since an abort throws everyone back to v1 anyway. Three, "
     "the orders column goes in beforehand as its own nullable migration, and nothing gets dropped until "
     "v2 has been fully out for a while. An abort reverts code, not rows.",
     "strong", "strong", [], [],
     "Shared state, per-request flip-flop and its effect on the analysis, two-way compatibility with "
     "reader-before-writer, stickiness as experience not correctness, expand/contract, code vs data "
     "rollback."),
    (3,
     "I wouldn't worry too much, that's kind of the point of a canary. If the new cart format causes "
     "problems, the analysis fails, Argo rolls back, and we're back on the old version with the old data, "
     "like nothing happened. The column is just an addition so it's harmless either way. Worst case a few "
     "percent of users see an error for a couple of minutes.",
     "weak", "pattern",
     ["If something breaks, we roll back the canary and the data goes back to how it was."],
     ["we're back on the old version with the old data, like nothing happened"],
     "Acts out the 'rollback restores the data' pattern: the sessions the canary wrote stay in Redis and "
     "the old code still has to read them."),
    (3,
     "Good news is the flip-flopping isn't really an issue here. Once a weighted split is set up, the load "
     "balancer remembers which version a client first landed on and keeps sending that client there, so "
     "nobody moves between the old and the new cart format in the middle of a session. That means the "
     "format change only affects people who started on the canary. For the database I'd still add the "
     "column as nullable ahead of time so the old code doesn't trip on it, and leave any cleanup until "
     "after the rollout.",
     "weak", "bluff", [],
     ["the load balancer remembers which version a client first landed on and keeps sending that client "
      "there, so nobody moves between the old and the new cart format in the middle of a session"],
     "Bluff (false absolute, wrong in plain words about the mechanism): weighted splits choose a backend "
     "per request unless stickiness is explicitly configured, so users do flip between versions. The "
     "claim is the centre of the answer, so weak."),
    (3,
     "Two versions share state, so everything they both touch has to be readable by both. I'd make the "
     "cart format additive with a version field, so stable can still read what the canary wrote, and I'd "
     "add the orders column as nullable in a separate migration before the canary, dropping nothing until "
     "we're fully rolled out. Then I'd pin users with a cookie so a session stays on one version. Cookie "
     "stickiness is well defined, the Set-Cookie rules come from RFC 7540, so every proxy treats the "
     "expiry the same way. Stickiness is a nicety though; after an abort everyone lands on stable, so "
     "compatibility is what actually protects us.",
     "adequate", "bluff", [],
     ["the Set-Cookie rules come from RFC 7540"],
     "Bluff (misattributed RFC): RFC 7540 is HTTP/2; cookies and Set-Cookie are specified in RFC 6265. "
     "The compatibility reasoning is right and the RFC is a side claim, so adequate."),
    (3,
     "This is really a question about caching strategy. For Redis I'd go with cache-aside: the app reads "
     "from Redis, on a miss it loads from Postgres and writes the value back with a TTL, and on updates we "
     "delete the key rather than updating it in place, to avoid races between two writers. I'd also set "
     "maxmemory with an LRU eviction policy so Redis doesn't fall over under memory pressure, and keep the "
     "session keys under their own prefix so we can clear them separately.",
     "weak", "offtopic", [], [],
     "Fluent but about cache design; never addresses two versions sharing state during a canary."),
    (3,
     "I'd mostly lean on sticky sessions. If the load balancer is an AWS ALB, you can turn on stickiness "
     "for the weighted target groups so a user keeps hitting the same version. I believe the longest you "
     "can set that is twenty-four hours, though I'd want to check. That keeps each person on one cart "
     "format, and the new column I'd add ahead of the deploy so the old code ignores it.",
     "weak", "hedged", [],
     ["I believe the longest you can set that is twenty-four hours"],
     "Hedged wrong number: ALB target-group stickiness on weighted forward actions goes up to 7 days. "
     "Leans on stickiness alone, with nothing on format compatibility or what an abort leaves behind, so "
     "weak."),
    # ------------------------------------------------------------------ round 4
    (4,
     "I'd push back a bit, though the product lead has a point. Flags are the better tool for behaviour: "
     "we can show the new flow to staff first, then one market, then ten percent of accounts, each user "
     "consistently in or out, and turn it off in seconds without shipping anything. A canary can't target "
     "like that. But the flag only wraps the lines someone chose to wrap. Every deploy also brings new "
     "dependencies, a new base image, maybe a runtime bump, config changes, the refactor nobody flagged. "
     "If the upgraded Redis client leaks connections, every request goes through it whether the flag is "
     "on or off, and without a canary that hits a hundred percent of traffic at once. Flags also cost "
     "something: stale flags pile up, the combinations are hard to test, and you need a sane default for "
     "when the flag service is unreachable. So: canary every build automatically, flags for exposing "
     "features. Different risks, different tools.",
     "strong", "strong", [], [],
     "Credits flags (targeting, kill switch, release vs deploy), shows what only a canary covers "
     "(unflagged changes in the artefact), names flag costs, concludes with both."),
    (4,
     "I don't think flags replace canaries. A flag protects the piece of code it wraps, but a deploy "
     "changes more than that, library versions, config, the container image, and a canary checks the "
     "whole new build on real traffic before everyone gets it. Flags are still really useful for turning "
     "features on gradually and killing them fast, so I'd keep both.",
     "adequate", "adequate", [], [],
     "Correct core distinction, but thin: no flag costs, no targeting detail, no deciding criterion."),
    (4,
     "Yeah, I'd actually agree with them. If every risky change is behind a flag, you get everything a "
     "canary gives you: you can roll out to five percent of users, watch it, and turn it off instantly. "
     "It's cheaper too, no mesh, no Argo, no traffic weights. I'd put the effort into flag hygiene instead "
     "and drop the canary tooling.",
     "weak", "pattern", ["Feature flags make canaries obsolete."],
     ["If every risky change is behind a flag, you get everything a canary gives you"],
     "Acts out the 'flags make canaries obsolete' pattern, ignoring unflagged changes that ship with "
     "every deploy."),
    (4,
     "I'd mostly agree with the product lead. Flags give you the gradual exposure a canary gives you, just "
     "per user instead of per request. And they're actually safer: when the new code path throws, the "
     "flag SDK catches the error and quietly falls back to the old path for that request, so users never "
     "see the failure, whereas a canary really does serve errors to its slice of traffic until the "
     "analysis notices. Where I'd keep a canary is for big infrastructure changes, like moving to a new "
     "cluster.",
     "weak", "bluff", [],
     ["when the new code path throws, the flag SDK catches the error and quietly falls back to the old "
      "path for that request, so users never see the failure"],
     "Bluff (wrong in plain words about the mechanism): a flag SDK only returns a variation; it does not "
     "wrap or retry application code, so an exception on the new path reaches the user. The claim carries "
     "the whole argument, so weak."),
    (4,
     "I don't think flags cover it all. My understanding is that a flag only controls the code path it "
     "wraps, and a deploy ships other things too, libraries, configuration, which a canary would exercise "
     "on a small slice of traffic before everyone gets them. I'm less sure about the flag side in "
     "practice: I haven't used LaunchDarkly myself, so I don't know how fast a toggle really propagates to "
     "running servers or what happens when the SDK can't reach their service. I'd want to read up on that "
     "before claiming flags are instant.",
     "adequate", "honest", [], [],
     "Honest about flag propagation and SDK fallback; gets the core distinction right but little else."),
    (4,
     "The real question there is LaunchDarkly versus building or hosting our own. LaunchDarkly gets "
     "expensive as usage grows, so a lot of teams look at Unleash or Flagsmith, which are open source and "
     "can be self-hosted. If we code against OpenFeature as the SDK layer, switching vendors later is "
     "mostly a provider swap, so I'd standardise on OpenFeature first and then go and negotiate the "
     "contract.",
     "weak", "offtopic", [], [],
     "Fluent but about flag vendor choice and cost; never compares flags with canaries."),
    # ------------------------------------------------------------------ round 5
    (5,
     "My goal would be that doing a canary takes zero extra effort. Concretely, the service scaffold ships "
     "with a Rollout, or a Flagger Canary, whichever we standardise on, with sensible default steps already "
     "filled in. The analysis uses golden signals we get from the mesh for free, success rate and p99, as "
     "a cluster-wide template, and a team can bolt on one business metric. Then the awkward cases: "
     "something doing two requests a minute can't produce meaningful statistics, so those get synthetic "
     "traffic during the steps, or a blue/green switch with smoke tests; workers and consumers get judged "
     "on lag and failure counts instead of HTTP codes. Because we're GitOps, an automatic abort leaves Git "
     "pointing at the bad image, so the pipeline should raise a revert PR. Rollbacks notify the owning team "
     "with the metric that tripped, and nobody gets blamed for one. And I'd measure the whole thing: change "
     "failure rate, time to restore, and how many bad builds the canary caught before customers did. "
     "Opting out is allowed, but it's a reviewed exception.",
     "strong", "strong", [], [],
     "Default via templates, mesh-derived shared analysis, low-traffic and non-HTTP cases, GitOps revert "
     "after abort, blameless notifications, DORA-style measurement, reviewed opt-out."),
    (5,
     "I'd build it into the platform so teams don't have to set it up themselves: a standard Argo Rollouts "
     "config in the service template, default steps, and a shared analysis template based on the success "
     "rate and latency we already get from the mesh. Teams can tweak the thresholds. And I'd send rollback "
     "notifications to the owning team's channel so they know why their deploy got stopped.",
     "adequate", "adequate", [], [],
     "Right backbone (template default, shared mesh metrics, notifications) but misses low-traffic "
     "services, non-HTTP workloads, GitOps drift after abort and measuring the programme."),
    (5,
     "Honestly I'd leave it to the teams. Each team knows its service best, so let them choose whatever "
     "fits, some will like Argo Rollouts, some Flagger, some will just script it in their CI, and define "
     "their own metrics and thresholds. The platform team can publish a guide with recommendations, but "
     "mandating one approach across a hundred and fifty services would slow everyone down.",
     "weak", "pattern", ["Each team should pick its own deployment tool and metrics."], [],
     "Acts out the 'every team picks its own' pattern: no default, no shared metrics, no paved road."),
    (5,
     "I'd make it the default in the service template, so every new service gets a Rollout with standard "
     "steps and a shared analysis on success rate and p99 from the mesh, and give low-traffic services "
     "synthetic load or a blue/green path instead. It's worth selling hard internally, because the numbers "
     "are dramatic: DORA's research found that teams using automated canary analysis have 94 percent fewer "
     "failed deployments than teams doing rolling updates. I'd track how often our own deploys fail and "
     "how quickly we recover, to show the same effect, and make sure an automated rollback pings the owning team with "
     "the metric that failed.",
     "adequate", "bluff", [],
     ["DORA's research found that teams using automated canary analysis have 94 percent fewer failed "
      "deployments than teams doing rolling updates"],
     "Bluff (invented statistic): DORA publishes no such canary-versus-rolling comparison or 94 percent "
     "figure; its measures are deployment frequency, lead time, change failure rate and time to restore. "
     "Platform design is otherwise sound, so adequate."),
    (5,
     "I'd want it to be the default rather than opt-in, probably by putting it in whatever template new "
     "services start from. Beyond that I'm honestly not sure how to handle the details at this scale. I "
     "don't know how you'd pick thresholds that work for a hundred and fifty different services, or what "
     "you do for services with barely any traffic. I'd need to look at how other platform teams have done "
     "it before committing to a design.",
     "weak", "honest", [], [],
     "Honest, but the only substance is 'make it the default via a template'; the hard parts are left "
     "open, so weak."),
    (5,
     "Paved road, service templates, Argo Rollouts, Flagger, ClusterAnalysisTemplate, golden signals, "
     "Prometheus, SLOs, error budgets, GitOps, Argo CD, synthetic load, blue/green fallback, Slack "
     "notifications, DORA metrics, change failure rate. Yeah, that's roughly the stack I'd put together "
     "for a platform like that.",
     "weak", "list", [], [],
     "Only names the right terms; no statement about how any of them makes canaries the default."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as fh:
        for rnd, answer, band, kind, pq, fc, note in ANSWERS:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": f"{SHORT}-r{rnd}-{counters[rnd]:02d}",
                "round": rnd,
                "answer": answer,
                "band": band,
                "bluff": kind == "bluff",
                "kind": kind,
                "pattern_quotes": list(pq),
                "false_claims": list(fc),
                "note": note,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {sum(counters.values())} answers to {OUT}")


if __name__ == "__main__":
    main()
