#!/usr/bin/env python3
"""Builds istio-service-mesh_answers.jsonl: 30 labelled spoken answers for the Istio gauntlet."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "istio-service-mesh_answers.jsonl")
SHORT = "mesh"

# (round, answer, band, kind, pattern_quotes, false_claims, note)
A = []


def add(rnd, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    A.append((rnd, answer, band, kind, list(pattern_quotes), list(false_claims), note))


# ---------------------------------------------------------------- Round 1
add(1,
    "Okay, so there's the control side and the proxy side. istiod is the brain. It used to be three pieces, "
    "Pilot, Citadel and Galley, and they got folded into one binary back around 1.5. It reads Kubernetes "
    "services plus the Istio CRDs, turns all of that into Envoy config and streams it out over xDS. It's also "
    "the CA, so each workload gets a short-lived cert with a SPIFFE identity derived from its service account. "
    "On the pod side you get an istio-proxy container, which is pilot-agent plus Envoy. How it gets there: "
    "istiod runs a mutating webhook, and if the namespace has istio-injection=enabled, or an istio.io/rev label, "
    "any new pod is patched on admission. An init container programs iptables so outbound lands on 15001 and "
    "inbound on 15006, or you use the CNI plugin so pods don't need NET_ADMIN. Gotcha: existing pods aren't "
    "touched, you have to roll them. And the proxies aren't free, their memory grows with mesh size unless you "
    "scope config down with a Sidecar resource.",
    "strong", "strong",
    note="Covers istiod (merged components, xDS, CA/SPIFFE), the webhook and labels, iptables capture ports, CNI, "
         "restart-on-creation and proxy cost. Correct and complete.")

add(1,
    "So Istio puts an Envoy proxy next to every app container in the pod, and that proxy handles all the traffic "
    "in and out, load balancing, retries, mTLS, metrics. The proxies get their configuration from istiod, which is "
    "the control plane. For getting the sidecar in, you label the namespace for injection and a webhook adds the "
    "Envoy container whenever a pod is created, so developers don't touch their manifests. Traffic gets redirected "
    "into the proxy with iptables rules, so the app doesn't even know it's there.",
    "adequate", "adequate",
    note="Core is right (per-pod Envoy, istiod, webhook on pod creation, iptables) but misses that running pods "
         "need a restart, identity/certificates, CNI and the resource cost.")

add(1,
    "Honestly the onboarding is really simple. You put the istio-injection=enabled label on the namespace and "
    "that's it, Istio picks up everything that's running in there and attaches an Envoy to each pod right away, "
    "no restarts needed. From then on all the traffic goes through the proxies and you get mTLS and metrics for "
    "free. We did that for our staging namespace and it was basically a one-liner.",
    "weak", "pattern",
    pattern_quotes=["Once you label the namespace, all the running pods get a sidecar straight away."],
    false_claims=["Istio picks up everything that's running in there and attaches an Envoy to each pod right away, "
                  "no restarts needed"],
    note="Acts out the weak answer that labelling injects running pods; injection only happens at pod creation.")

add(1,
    "Right, so the data plane is Envoy running as a sidecar in each pod, and istiod pushes it listeners, routes "
    "and clusters over xDS. The injection part people find magical, but it's actually plain Kubernetes: Istio "
    "registers a PodPreset, and the PodPreset admission controller that ships with Kubernetes merges the "
    "istio-proxy container and the init container into every pod in a labelled namespace. Istio itself doesn't "
    "run any webhook, it just hands Kubernetes the template. The init container then sets up iptables so traffic "
    "flows through Envoy, and from there you get mTLS and telemetry without code changes.",
    "weak", "bluff",
    false_claims=["Istio registers a PodPreset, and the PodPreset admission controller that ships with Kubernetes "
                  "merges the istio-proxy container and the init container into every pod in a labelled namespace",
                  "Istio itself doesn't run any webhook"],
    note="Bluff, feature credited to the wrong product: injection is done by istiod's own mutating admission "
         "webhook (istio-sidecar-injector), not Kubernetes PodPreset, an alpha API removed in Kubernetes 1.20. "
         "The false claim is the injection mechanism the question asks about, so weak.")

add(1,
    "So I know the overall picture: istiod is the control plane and pushes config to the Envoy sidecars, and the "
    "sidecar gets added by an admission webhook when the namespace is labelled for injection. Pods that already "
    "exist need a restart before they get one. Traffic capture is done with iptables rules from an init "
    "container, and there's a CNI alternative. What I don't remember is the exact port numbers Envoy uses for the "
    "redirected inbound and outbound traffic, I'd have to look those up before quoting them. Same with exactly "
    "which Linux capabilities the init container needs.",
    "adequate", "honest",
    note="Honest about ports and capabilities; gets the control/data plane split, webhook, restart and iptables/CNI "
         "right but skips identity and cost. Adequate.")

add(1,
    "So the pieces: Envoy sidecar. istiod. Pilot, Citadel, Galley. Mutating admission webhook. The "
    "istio-injection label. istio.io/rev. The istio-init container. iptables. Istio CNI plugin. xDS. SDS. SPIFFE "
    "IDs. Service accounts. The Sidecar resource. kubectl rollout restart. Yeah, those are the main things "
    "involved in the data plane and in injection.",
    "weak", "list",
    note="Names the right terms without explaining what any of them does.")

# ---------------------------------------------------------------- Round 2
add(2,
    "The thing to know first: with no PeerAuthentication at all, sidecars are effectively PERMISSIVE, they'll "
    "take mTLS or plaintext on the same port. STRICT means mTLS only, DISABLE turns it off, and UNSET just "
    "inherits. You can scope a policy mesh-wide by putting it in the root namespace, usually istio-system, or per "
    "namespace, or per workload with a selector, and even carve out single ports. Clients mostly take care of "
    "themselves because auto mTLS is on, so if the destination has a proxy the caller upgrades to mTLS by itself. "
    "I'd still grep for DestinationRules that set TLS to DISABLE, since those override it. To migrate, I'd get "
    "data first. The connection_security_policy label on the Istio request metrics, or Kiali's graph, tells you "
    "which edges are still plaintext. Fix or onboard those callers, things like jobs without sidecars or "
    "scrapers, then flip namespaces to STRICT one at a time while watching for resets, and do mesh-wide last. "
    "Probes are fine since Istio rewrites them. And mTLS is identity, not permission, so I'd follow up with "
    "AuthorizationPolicies.",
    "strong", "strong",
    note="All four modes, PERMISSIVE default, scopes, auto mTLS and the DestinationRule gotcha, metric-driven "
         "namespace-by-namespace migration, probe rewriting, authn vs authz. Correct.")

add(2,
    "So PeerAuthentication has STRICT, PERMISSIVE and DISABLE, and out of the box you're in PERMISSIVE, which "
    "accepts both plaintext and mTLS. That's deliberate so you can onboard gradually. My approach would be to go "
    "namespace by namespace: make sure everything that talks to a namespace has a sidecar, set that namespace to "
    "STRICT, watch for errors, and move on. Once every namespace is strict I'd put a mesh-wide STRICT policy in "
    "istio-system. Anything without a sidecar that still needs to call in would break, so those callers have to "
    "be found first.",
    "adequate", "adequate",
    note="Correct default and a sane incremental plan, but no way to find plaintext traffic (metrics), no auto mTLS, "
         "no mention that mTLS is not authorization.")

add(2,
    "I'd keep it simple and secure by default. Day one, drop a single PeerAuthentication with mode STRICT into "
    "istio-system so the whole mesh is mTLS-only. If something breaks, that tells you which service isn't in the "
    "mesh yet, and that team fixes it. Doing it gradually just means you live with plaintext traffic for months, "
    "and security debt like that never gets paid back.",
    "weak", "pattern",
    pattern_quotes=["Just apply a mesh-wide STRICT policy on day one."],
    note="Acts out the day-one mesh-wide STRICT weak answer; uses production breakage as the discovery tool.")

add(2,
    "PeerAuthentication has STRICT, PERMISSIVE, DISABLE and UNSET, and the default behaviour is permissive, so "
    "nothing breaks when you install. I'd look at the connection_security_policy label in the Istio request "
    "metrics to find plaintext callers, onboard them, then go STRICT per namespace before doing it mesh-wide. "
    "The nice part is the failure mode is really explicit: when a plaintext client hits a STRICT workload, Envoy "
    "answers with an HTTP 426 Upgrade Required, so in the caller's logs you immediately see a 426 and know it's an "
    "mTLS problem rather than an app bug. We'd alert on 426s during the rollout.",
    "adequate", "bluff",
    false_claims=["when a plaintext client hits a STRICT workload, Envoy answers with an HTTP 426 Upgrade Required"],
    note="Bluff, wrong status code: a STRICT sidecar never answers plaintext with HTTP 426; the connection is reset "
         "during the TLS handshake (callers see connection resets or an upstream reset 503). The migration plan is "
         "otherwise right, so adequate.")

add(2,
    "Default is PERMISSIVE, it accepts both plaintext and mTLS, which is what makes gradual adoption possible, and "
    "STRICT rejects plaintext. The certs behind it come from istiod acting as the CA, and they rotate "
    "automatically. I think the default workload cert lifetime is something like 90 days, similar to Let's "
    "Encrypt, but I'd confirm that. For the migration, I'd find plaintext callers from the metrics, move "
    "namespaces to STRICT one at a time, and only then set the mesh-wide policy.",
    "adequate", "hedged",
    false_claims=["I think the default workload cert lifetime is something like 90 days"],
    note="Hedged wrong number: Istio's default workload certificate TTL is 24 hours. Rest is correct but thin.")

add(2,
    "For TLS in Kubernetes I'd install cert-manager and set up a ClusterIssuer against Let's Encrypt using the "
    "ACME HTTP-01 challenge, or DNS-01 if we need wildcard certificates. Then each Ingress gets a tls section and "
    "an annotation, and cert-manager requests the certificate, stores it in a Secret, and renews it about 30 days "
    "before the 90-day expiry. That way all our public endpoints are on HTTPS without anybody manually rotating "
    "certificates, and we can enforce HSTS at the ingress controller.",
    "weak", "offtopic",
    note="Fluent but about public ingress TLS with cert-manager, not service-to-service mTLS or PeerAuthentication.")

# ---------------------------------------------------------------- Round 3
add(3,
    "Two defaults bite here. Istio doesn't put a timeout on HTTP routes unless you ask, and it retries twice on "
    "its own for things like connect failures and 503s. So for payments I'd be explicit. In the VirtualService, an "
    "overall timeout that sits under checkout's own deadline, maybe two seconds, then retries with a per-try "
    "timeout so one hung attempt can't eat the whole budget, and retryOn narrowed to connection-level failures, "
    "because a charge isn't idempotent and blindly replaying a POST that timed out is how you double-charge, "
    "unless there's an idempotency key. I'd also check nobody else is retrying, the gateway, the checkout client "
    "library, otherwise the multiplication is brutal: three layers of three tries is twenty-seven requests. In the "
    "DestinationRule, connection pool caps so overflow fails fast with a 503 instead of queueing, and outlier "
    "detection so a pod throwing consecutive 5xx gets kicked out of rotation for a while and comes back on its "
    "own, with maxEjectionPercent capping how many. That's per pod though. If all of payments is slow, it's the "
    "timeout and pool limits that save you. Then I'd watch access log flags like UO and UT.",
    "strong", "strong",
    note="Knows both defaults, bounded retries on idempotent failures only, retry amplification across layers, "
         "connection pool limits, passive per-pod outlier detection and its limit, response flags.")

add(3,
    "I'd set a timeout on the payments route in the VirtualService so callers don't wait forever, and configure "
    "retries with a small number of attempts and a per-try timeout. In the DestinationRule I'd turn on outlier "
    "detection so pods that keep returning 5xx get ejected for a while, and add connection pool limits as a "
    "circuit breaker. That way a slow payments service fails fast instead of dragging checkout down with it.",
    "adequate", "adequate",
    note="Right tools in the right resources, but no defaults, no retry amplification or idempotency, and no limit "
         "of outlier detection when all pods are slow.")

add(3,
    "The key tool here is outlier detection in the DestinationRule, that's Istio's circuit breaker. Once payments "
    "starts throwing 503s, Istio trips it and stops sending any traffic to the payments service at all, so "
    "checkout gets an immediate error instead of waiting. After the ejection period it lets traffic through "
    "again to test whether it's recovered. So really you just turn on outlier detection and the cascade can't "
    "happen.",
    "weak", "pattern",
    pattern_quotes=["Outlier detection is a circuit breaker, so once payments starts failing Istio stops sending "
                    "it traffic."],
    false_claims=["Istio trips it and stops sending any traffic to the payments service at all"],
    note="Acts out the outlier-detection-as-service-breaker misconception; it ejects individual endpoints, capped "
         "by maxEjectionPercent.")

add(3,
    "First, know what you get for free: Istio gives every HTTP route a default timeout of 15 seconds, so nothing "
    "hangs forever, but 15 seconds is far too long for checkout, so I'd override it in the VirtualService with "
    "something like two seconds. Retries I'd keep to two attempts with a per-try timeout, only on connect "
    "failures and refused streams, because payment calls aren't idempotent. In the DestinationRule I'd add "
    "connection pool limits so excess requests fail fast, and outlier detection to eject pods that keep returning "
    "5xx, bearing in mind it can only eject some pods, not the whole service.",
    "adequate", "bluff",
    false_claims=["Istio gives every HTTP route a default timeout of 15 seconds, so nothing hangs forever"],
    note="Bluff, contradicted default: 15 s is plain Envoy's route default, but Istio disables the HTTP route "
         "timeout unless a VirtualService sets one, so requests can hang. The rest is correct, so adequate.")

add(3,
    "Timeouts and retries in the VirtualService, sure, short and bounded. But the piece that really stops the "
    "cascade is outlier detection, and the way it works is nice: the sidecar sends its own health-check requests "
    "to every payments pod in the background, and as soon as a pod fails those checks it's pulled out of the "
    "pool, before any real customer request ever hits it. It only gets put back once those background checks "
    "pass again, so users never see the bad pod at all. Combined with connection pool limits in the "
    "DestinationRule, that isolates the failure.",
    "weak", "bluff",
    false_claims=["the sidecar sends its own health-check requests to every payments pod in the background, and as "
                  "soon as a pod fails those checks it's pulled out of the pool, before any real customer request "
                  "ever hits it",
                  "It only gets put back once those background checks pass again, so users never see the bad pod "
                  "at all"],
    note="Bluff, wrong mechanism in plain words: outlier detection is passive, it counts errors on real traffic "
         "(so users do see the failing requests) and returns ejected hosts after the ejection time, not after a "
         "probe passes. Central to the answer, so weak.")

add(3,
    "I'll be upfront: I don't remember Istio's exact defaults for outlier detection, the ejection time and the "
    "error count, so I'd look those up rather than guess. The shape I'm confident about. Set an explicit route "
    "timeout, because by default Istio doesn't enforce one, and make it shorter than what checkout itself waits. "
    "Bound retries: few attempts, a per-try timeout, only on connection failures, since a payment isn't safe to "
    "replay without an idempotency key, and make sure the gateway and client libraries aren't also retrying, or "
    "the attempts multiply at every layer. Put connection-pool limits on the DestinationRule so overload is "
    "rejected quickly. Then outlier detection, which is passive: it watches real responses, ejects a failing pod "
    "for a period and brings it back automatically, and it can't save you if every replica is slow. I'd check "
    "Envoy's response flags to see which limit is tripping.",
    "strong", "honest",
    note="Honest about the outlier-detection default values but has nearly all the substance: no default timeout, "
         "bounded idempotent retries, layer amplification, pool limits, passive per-pod ejection. Strong.")

# ---------------------------------------------------------------- Round 4
add(4,
    "I'd say the lead is right about the pain and maybe wrong about the timeline. Ambient has been GA since 1.24, "
    "at the end of 2024. Instead of an Envoy in every pod, you get a ztunnel per node, a small Rust proxy doing "
    "mTLS, L4 policy and telemetry and tunnelling over HBONE, and optionally a waypoint, which is an Envoy per "
    "namespace, for anything HTTP-level. Moving a namespace is just a label with no restarts, and proxy upgrades "
    "stop meaning app restarts, so both complaints are addressed. The catch is that our L7 usage, retries, header "
    "routing, L7 auth policies, all needs waypoints, so the memory savings shrink and we take on a shared proxy "
    "with its own scaling and blast radius. There are still gaps versus sidecars depending on the release, things "
    "like VMs and multicluster, and a ztunnel restart hits a whole node. Since sidecar and ambient workloads can "
    "live in the same mesh, I'd pilot it on a few namespaces, measure, and migrate per workload rather than "
    "flipping everything in a quarter.",
    "strong", "strong",
    note="Correct architecture (ztunnel L4, HBONE, waypoints for L7), GA status, real benefits, the waypoint and "
         "feature-gap caveats, per-node blast radius, interop and an incremental plan.")

add(4,
    "I'd push back hard. Ambient is still the new shiny thing and I wouldn't bet production on it. Sidecars have "
    "years of battle-testing and everybody on the team knows how to debug them. The memory cost is just the price "
    "of having a mesh. Let the early adopters find the bugs for a couple of years and we can revisit it then.",
    "weak", "pattern",
    pattern_quotes=["Ambient is too new to run in production."],
    note="Acts out the too-new-for-production weak answer; ignores GA since 1.24 and the real savings.")

add(4,
    "It's a reasonable direction. Ambient replaces per-pod sidecars with a per-node ztunnel for L4, so mTLS, "
    "identity and L4 authorization, and optional waypoint proxies for L7 features like retries and routing. You "
    "enrol a namespace with a label, no restarts, and upgrading the data plane no longer means rolling every app. "
    "It's also clearly where the community has gone: the CNCF's annual survey last year found that 72 percent of "
    "Istio production users had already moved to ambient. I'd still do it in phases, start with namespaces that "
    "only need L4, add waypoints where we need L7, and keep sidecars where ambient lacks features.",
    "adequate", "bluff",
    false_claims=["the CNCF's annual survey last year found that 72 percent of Istio production users had already "
                  "moved to ambient"],
    note="Bluff, invented statistic: no CNCF survey reports such a figure; ambient is GA but most production Istio "
         "still runs sidecars. Architecture and phasing are right, so adequate.")

add(4,
    "Honestly I think it's a good plan and it can go faster than a quarter. The way ambient works, the per-node "
    "tunnel takes over everything the sidecar used to do, request routing, retries, timeouts, matching on "
    "headers, all of it, so every feature you had before keeps working and you never need any extra proxies. You "
    "just label the namespaces, no restarts, and upgrades become a DaemonSet rollout. I'd basically flip "
    "namespaces over in batches and delete the injection labels.",
    "weak", "bluff",
    false_claims=["the per-node tunnel takes over everything the sidecar used to do, request routing, retries, "
                  "timeouts, matching on headers, all of it, so every feature you had before keeps working and you "
                  "never need any extra proxies"],
    note="Bluff, false absolute about the mechanism in plain words: ztunnel is Layer 4 only; routing, retries, "
         "timeouts and header matching need a waypoint proxy. Central to the recommendation, so weak.")

add(4,
    "I'm not sure exactly which features ambient still doesn't support compared with sidecars in the current "
    "release, I'd need to check the feature status page before committing to anything. What I do know is that "
    "ambient uses a per-node ztunnel for mTLS and L4, and waypoint proxies for L7, and you can run sidecar and "
    "ambient workloads side by side. So rather than a full migration by a deadline, I'd pilot it on a couple of "
    "namespaces and compare resource use and behaviour before deciding.",
    "adequate", "honest",
    note="Honest about the feature-gap details; right architecture, interop and incremental plan, but no detail on "
         "what moves into waypoints or on upgrade behaviour. Adequate.")

add(4,
    "Ambient mode. ztunnel. Waypoint proxy. HBONE. Port 15008. Istio CNI. Layer 4 versus Layer 7. Gateway API. "
    "The istio.io/dataplane-mode label. Sidecar interoperability. Multicluster. VMs. Resource cost. Upgrade "
    "restarts. Feature parity. Pilot namespaces. So yeah, those are the things I'd weigh for the decision.",
    "weak", "list",
    note="Lists relevant terms with no statements about any of them and no recommendation.")

# ---------------------------------------------------------------- Round 5
add(5,
    "For upgrades I'd do a canary control plane: install the new istiod as a separate revision, move a test "
    "namespace onto it by changing its revision label, restart those pods, and check they're healthy before "
    "moving the rest. Then remove the old revision. For debugging I'd start with istioctl analyze for config "
    "mistakes and istioctl proxy-config to look at which routes and clusters the pod's Envoy actually has, then "
    "check the sidecar's access logs.",
    "adequate", "adequate",
    note="Correct revision canary and a reasonable debugging start, but no revision tags, proxy-status, response "
         "flags or gateways.")

add(5,
    "Upgrades are honestly the easy part. You bump the istiod chart version, the new control plane pushes its "
    "config to all the Envoys, and the sidecars pick up the new version from istiod automatically, so there's no "
    "need to touch workloads. For debugging, I'd look at the application logs first and work from there.",
    "weak", "pattern",
    pattern_quotes=["Upgrade the control plane and the sidecars update themselves."],
    false_claims=["the sidecars pick up the new version from istiod automatically, so there's no need to touch "
                  "workloads"],
    note="Acts out the sidecars-update-themselves misconception; the proxy version changes only when pods are "
         "re-created. Debugging part is empty.")

add(5,
    "Upgrades: revision-based canary. New istiod alongside the old one, namespaces point at a revision tag, I move "
    "a canary tag to the new revision, restart a couple of namespaces, watch, then flip the stable tag over and have "
    "teams roll pods. For debugging I start with istioctl proxy-status, because the whole config distribution runs "
    "over xDS, which is an IETF standard, RFC 9113, so proxy-status just tells you whether each Envoy has "
    "acknowledged the latest version for clusters, listeners, routes and endpoints. Then istioctl proxy-config to "
    "see what the proxy actually has, analyze for config errors, and access log response flags like UH or NR.",
    "adequate", "bluff",
    false_claims=["xDS, which is an IETF standard, RFC 9113"],
    note="Bluff, misattributed RFC: RFC 9113 is HTTP/2; xDS is Envoy's API, maintained by the Envoy project and the "
         "CNCF xDS API working group, not an IETF RFC. The upgrade and debugging path is right, so adequate.")

add(5,
    "I haven't actually run an Istio upgrade myself, so I'd need to read the upgrade docs. I know there's an "
    "in-place way and a canary way, but I couldn't tell you the exact steps or the commands for the canary one. "
    "On debugging, I'd probably start with kubectl logs on the istio-proxy container to see if there are errors, "
    "and I know istioctl has commands for inspecting proxy configuration, but I'd have to look up which ones.",
    "weak", "honest",
    note="Honest and admits gaps, but has little substance on either upgrades or debugging, so weak.")

add(5,
    "Upgrades I'd do with revisions: install the new istiod as its own revision, switch namespaces over with a "
    "revision tag, restart workloads gradually, and remove the old control plane once proxy-status shows nothing "
    "left on it. For debugging, istioctl proxy-config shows listeners, routes, clusters and endpoints for a pod, "
    "and behind that is Envoy's admin interface, I think in Istio that's on port 9901 like stock Envoy, but don't "
    "quote me, where you can grab the full config dump. Access log response flags tell you whether the failure "
    "was no route, no healthy upstream, or a timeout.",
    "adequate", "hedged",
    false_claims=["I think in Istio that's on port 9901 like stock Envoy"],
    note="Hedged wrong number: Istio's sidecar Envoy admin is on localhost:15000, 9901 is only the upstream Envoy "
         "example. Otherwise a correct but brief upgrade and debugging path.")

add(5,
    "For cluster upgrades on EKS I upgrade the control plane first, one minor version at a time, then roll the "
    "node groups: create a new node group on the new version, cordon and drain the old nodes, and let "
    "PodDisruptionBudgets keep enough replicas running. When pods misbehave I use kubectl describe and kubectl get "
    "events, check whether the readiness probe is failing, and look at kubectl logs --previous for crash loops. "
    "Having a staging cluster that gets upgraded a week earlier catches most surprises.",
    "weak", "offtopic",
    note="Fluent but about Kubernetes/EKS cluster upgrades and generic pod debugging, not Istio revisions or proxy "
         "debugging.")


def main():
    # fixed-seed shuffle inside each round so the id number does not reveal the label
    rng = random.Random(18)
    ordered = []
    for r in range(1, 6):
        block = [a for a in A if a[0] == r]
        rng.shuffle(block)
        ordered.extend(block)
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, answer, band, kind, pq, fc, note in ordered:
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
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {sum(counters.values())} answers to {OUT}")


if __name__ == "__main__":
    main()
