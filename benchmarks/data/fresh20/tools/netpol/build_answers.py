#!/usr/bin/env python3
"""Build netpol answers: 30 labelled answers for kubernetes-network-policy.txt."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "kubernetes-network-policy_answers.jsonl")

# (round, kind, band, answer, pattern_quotes, false_claims, note)
A = [
# ---------------- Round 1 ----------------
(1, "strong", "strong",
 "So, by default, it's wide open. Any pod can hit any other pod, across namespaces too, the flat network model "
 "basically guarantees pod-to-pod reachability and namespaces don't change that at all. NetworkPolicy flips things "
 "pod by pod. The moment a policy's podSelector picks up a pod and that policy covers ingress, the pod is locked down "
 "for inbound, and only what some policy allows gets through. Egress is a separate switch, same idea. Pods nobody "
 "selects are untouched. There's no deny verb and no ordering, it's just the union of allows across every policy "
 "hitting that pod. Return traffic is handled by connection tracking, so I don't write rules for replies. If you omit "
 "policyTypes you get Ingress, and Egress only when there are egress rules in it. What I'd normally do first is a "
 "namespace-wide default deny, empty podSelector, both types, no rules, and then layer allows on top. One caveat: the "
 "CNI has to support it. On plain Flannel, say, the API happily stores the object and nothing enforces it.",
 [], [], "Default-allow, per-pod isolation per direction, union of allows with no deny/order, stateful replies, policyTypes default, default-deny pattern and CNI enforcement: all correct."),
(1, "adequate", "adequate",
 "Um, by default everything can talk to everything, there's no isolation between pods or between namespaces. When "
 "you apply a NetworkPolicy, the pods it selects become isolated, and then only the traffic listed in the policy is "
 "allowed in. Pods that aren't selected by any policy stay open. I think the usual pattern is a default-deny with an "
 "empty pod selector, and then you add allow rules for whatever each app needs.",
 [], [], "Core right (default-allow, selected pods become isolated, default-deny pattern) but misses egress as an independent direction, the union/no-deny semantics and that the CNI must enforce it."),
(1, "pattern", "weak",
 "Right, so Kubernetes is secure by default here, pods can't really talk to each other until you say so. That's "
 "what NetworkPolicy is for: you write a policy per app that opens up the ports and the callers it needs, like "
 "frontend to backend on 8080. So with a new cluster, the first thing you'd do is write those allow policies, "
 "otherwise nothing can reach anything. After the first policy goes in, the pods it mentions can start receiving traffic.",
 ["Pods are isolated by default, so you write policies to open up the traffic you need."],
 ["pods can't really talk to each other until you say so"],
 "Acts out the 'isolated by default' misconception; the default is allow-all and policies isolate the pods they select."),
(1, "bluff", "weak",
 "OK so the default is allow-all: every pod can reach every other pod, namespaces aren't a boundary. When you apply "
 "a policy that selects some pods for ingress, those pods become isolated and only the listed sources get in, and "
 "egress is its own separate switch. Policies are additive, no deny and no order, the union of allows is what counts. "
 "One thing people forget, though: replies are never let through on their own. If the web pod is allowed to call the "
 "api pod, you still have to write a matching rule that lets the api pod's answers flow back to the web pod, "
 "otherwise the response just gets dropped and the client hangs. So I always write policies in pairs, one for each direction.",
 [],
 ["replies are never let through on their own",
  "you still have to write a matching rule that lets the api pod's answers flow back to the web pod"],
 "Bluff, false absolute stated as mechanism in plain words: NetworkPolicy enforcement is connection-tracked, so replies to an allowed connection are allowed automatically. The error drives the whole design ('policies in pairs'), so weak."),
(1, "honest", "adequate",
 "Default is that every pod can reach every other pod, there's no isolation out of the box, even across namespaces. "
 "Once a policy selects a pod, that pod only accepts what the policies allow, and I know they're allow-lists, you "
 "can't write a deny. Where I'm honestly not sure is the policyTypes default, whether leaving it out gives you ingress "
 "only or both directions. I'd have to look that up in the API reference before relying on it. Same with which CNIs "
 "enforce it: I know Calico and Cilium do, but I'd check for whatever this cluster runs.",
 [], [], "Honest about the policyTypes default and CNI support; the rest (default-allow, isolation on selection, allow-only) is right. Adequate."),
(1, "list", "weak",
 "Hmm, okay. So the key bits here are: default allow, flat pod network, podSelector, namespaceSelector, ingress, "
 "egress, policyTypes, ipBlock, default-deny, additive rules, the CNI, Calico, Cilium. Those are the pieces that "
 "come into play when you put your first policy in a namespace, I'd say.",
 [], [], "Only names the right terms without saying what any of them does."),
# ---------------- Round 2 ----------------
(2, "strong", "strong",
 "Almost certainly it's name resolution. The frontend calls http://api, which means it has to ask CoreDNS first, and "
 "the default-deny egress just cut that off. So I'd add an egress allow to the DNS pods on 53, UDP and TCP both, since "
 "big or truncated answers get retried over TCP. For the selector, the namespace match, kubernetes.io/metadata.name "
 "equals kube-system, and the pod match, k8s-app: kube-dns, go inside the same 'to' item so they're ANDed. Split them "
 "under two dashes and it's an OR, which opens way more than you meant. I wouldn't use an ipBlock with the kube-dns "
 "Service IP, because by the time the policy looks at the packet the ClusterIP has typically been translated to a pod "
 "IP. Then for the api rule itself, select the api pods by label and use the containerPort, which isn't "
 "necessarily what the Service exposes. And check the other side: if the api namespace is default-deny on ingress, it needs "
 "its own allow for the frontend.",
 [], [], "DNS blocked by default-deny egress, UDP+TCP 53, AND-vs-OR selectors, pod IP vs ClusterIP, targetPort, both ends: all correct."),
(2, "pattern", "weak",
 "Yeah so the obvious thing is DNS. With egress denied, the pod can't resolve api. So I'd just add an egress rule "
 "that allows UDP on port 53 to kube-system, and that's DNS taken care of, since DNS is a UDP protocol. After that "
 "the frontend resolves the name and the existing label rule lets it reach the api pods.",
 ["Allow UDP port 53 and DNS is sorted."],
 ["since DNS is a UDP protocol"],
 "Spots DNS but acts out the UDP-only pattern; DNS falls back to TCP for truncated responses."),
(2, "bluff", "adequate",
 "The egress default-deny blocks DNS as well, that's the catch. The frontend can't even resolve api, so it never gets "
 "to the api rule. I'd allow egress to the CoreDNS pods in kube-system, selecting them by the k8s-app: kube-dns label "
 "combined with the namespace label in one entry. And you need TCP 53 as well as UDP: RFC 8484 is the one that "
 "requires clients to retry over TCP when a UDP answer comes back truncated, so resolvers really do switch. I'd also "
 "double-check the ingress side on the api namespace if that's locked down too.",
 [],
 ["RFC 8484 is the one that requires clients to retry over TCP when a UDP answer comes back truncated"],
 "Bluff, misattributed RFC: RFC 8484 is DNS over HTTPS (DoH); truncation and TCP fallback come from RFC 1035 and RFC 7766. The design itself is right, so adequate."),
(2, "bluff", "weak",
 "Two things. DNS, first of all: default-deny egress stops lookups, so add a rule to the DNS pods on 53. Second, how "
 "you write the selectors. If you want only the DNS pods in the system namespace, you list the namespace match and "
 "the pod label match as two separate entries under 'to', each with its own dash, and then traffic has to satisfy "
 "both of them. Putting both under one dash is the loose version, where either match is enough. People get that "
 "backwards all the time and end up opening far too much.",
 [],
 ["you list the namespace match and the pod label match as two separate entries under 'to', each with its own dash, and then traffic has to satisfy both of them",
  "Putting both under one dash is the loose version, where either match is enough"],
 "Bluff, mechanism wrong in plain words: it swaps AND and OR. Two separate entries are ORed; both selectors in one entry are ANDed. This is the trap and sits at the centre of the rule, so weak."),
(2, "hedged", "adequate",
 "So default-deny egress kills DNS too, which is why http://api fails, the name never resolves. I'd add egress to "
 "CoreDNS on port 53, both UDP and TCP, because when an answer is too big for UDP it gets truncated and the client "
 "retries over TCP. I think the plain UDP limit is 1024 bytes without EDNS, but I'd check that number. And I'd select "
 "the DNS pods by label rather than by the Service IP, since the policy sees the pod address.",
 [],
 ["I think the plain UDP limit is 1024 bytes without EDNS"],
 "Hedged wrong number: the classic DNS-over-UDP limit without EDNS0 is 512 bytes. Rest correct but misses AND/OR and the ingress side, so adequate."),
(2, "offtopic", "weak",
 "So for http://api to work you'd want a proper Ingress in front of it. I'd install the NGINX ingress controller, "
 "create an Ingress with a host rule for api.example.com pointing at the api Service on port 80, and put cert-manager "
 "on it so you get a Let's Encrypt certificate automatically. Then set up path-based routing if the frontend and the "
 "API share a domain, and maybe add some rate-limiting annotations on the controller.",
 [], [], "Fluent but about the Ingress resource and controllers, not NetworkPolicy egress or DNS."),
# ---------------- Round 3 ----------------
(3, "adequate", "adequate",
 "I'd start by listing the network policies in both namespaces, the payments one and the database one, and figuring "
 "out which of them actually select the pods involved, by comparing the selectors to the pod labels. You need egress "
 "allowed from payments and ingress allowed into Postgres, so either side could be the problem. Then I'd spin up a "
 "debug pod labelled like the payments pods and try connecting to the database on 5432 to reproduce it. Once I find "
 "the gap I'd add a small allow policy for that flow.",
 [], [], "Right method (both ends, labels vs selectors, labelled debug pod, additive fix) but no use of the CNI's drop visibility and no mention of DNS or the timeout signal."),
(3, "pattern", "weak",
 "Honestly at 2am I'd go for the quickest signal: remove the network policies in the payments namespace and the "
 "database namespace and see whether the connection comes back. If it does, we know it's the policies, and we can "
 "re-add them one at a time in the morning to find the bad one. Better a short window with no policies than payments "
 "being down all night.",
 ["Delete all the network policies in both namespaces and see if it starts working."],
 [], "Acts out the delete-everything pattern: removes isolation during an incident and doesn't find the missing rule."),
(3, "bluff", "adequate",
 "First I'd check both ends, egress from payments and ingress into the Postgres pod, and list the policies in each "
 "namespace against the pod labels. One quick tell: policy denials come back as connection refused, since the CNI "
 "rejects the SYN with a TCP reset, so I'd grep the payments logs for ECONNREFUSED alongside the timeouts. Then "
 "I'd run a netshoot pod with the payments labels and try the connection, and on Cilium use Hubble to look at the "
 "dropped flows for that pod. Fix is a narrow allow for that one flow.",
 [],
 ["policy denials come back as connection refused, since the CNI rejects the SYN with a TCP reset"],
 "Bluff, wrong error: most CNIs silently drop denied packets, so policy denials show up as timeouts, not ECONNREFUSED. The rest of the method is sound, so adequate."),
(3, "bluff", "weak",
 "First thing I'd check is kube-proxy, because kube-proxy is the component that actually enforces NetworkPolicy: it "
 "turns every policy into iptables rules on the node, same as it does for Services. So I'd get onto the node running "
 "payments, dump iptables-save, and look through the KUBE- chains for the rules generated from the new policies, then "
 "see which one matches the Postgres pod IP. If kube-proxy is in IPVS mode it's a bit different, you'd look at "
 "ipvsadm instead.",
 [],
 ["kube-proxy is the component that actually enforces NetworkPolicy"],
 "Bluff, feature credited to the wrong product: kube-proxy implements Services only; NetworkPolicy is enforced by the CNI plugin (Calico, Cilium, Antrea...). The whole debugging plan rests on it, so weak."),
(3, "honest", "strong",
 "OK so a timeout, not a refusal, makes me think packets are being silently dropped, which is what a policy denial "
 "usually looks like. I'd check both ends: egress from the payments pod, ingress to the Postgres pod, listing the "
 "policies in each namespace and matching their selectors against the actual pod labels, and I'd check DNS, since a "
 "fresh default-deny egress often forgets it. I'd reproduce with a throwaway netshoot pod carrying the payments labels. "
 "Then I'd go to the CNI, because Kubernetes itself doesn't log drops. On Cilium, Hubble can show dropped flows with a "
 "reason. I don't remember the exact hubble observe flags offhand, something to filter on the verdict, I'd look them "
 "up. If it's Calico I know less; I'd need to read up on how to get at its flow logs or counters. Fix is a narrow "
 "additive allow for that flow, no rollback needed.",
 [], [], "Honest about exact Hubble flags and Calico tooling, but covers nearly everything: timeout signal, both ends, DNS, labelled debug pod, CNI holds the evidence, additive fix. Strong."),
(3, "list", "weak",
 "Hubble, cilium monitor, calicoctl, Felix, iptables-save, conntrack, tcpdump, kubectl describe networkpolicy, "
 "netshoot, Antrea Traceflow. Yeah, those are the tools I'd reach for when traffic gets dropped at night in a cluster like "
 "this one, depending on which CNI it runs.",
 [], [], "Names relevant tools without a method or saying what any of them would show."),
# ---------------- Round 4 ----------------
(4, "strong", "strong",
 "I get the appeal: two overlapping rule sets is real toil, and when they disagree you get outages that are miserable "
 "to debug. And the mesh is genuinely better at some things. It authorizes by service-account identity from the "
 "certificate, not by IP, and it can look at HTTP paths and methods, which layer-4 policy can't. But I wouldn't drop "
 "NetworkPolicy completely. The sidecar sits inside the very pod it's guarding, and it only gets traffic because of "
 "redirect rules in that pod's network namespace. If an attacker lands code there with NET_ADMIN, or runs as the "
 "proxy's UID, they can go around it. NetworkPolicy is enforced by the CNI on the node, out of the attacker's reach. "
 "Plus the mesh doesn't see pods without sidecars or host-network pods, and by default Istio lets outbound traffic "
 "to unknown destinations through. So it depends what you're defending against. If it's a compromised workload, I'd "
 "keep a thin, slow-changing layer of namespace-level default-deny and egress limits, and let the mesh own the "
 "fine-grained service-to-service rules.",
 [], [], "Weighs both sides: mesh identity/L7 and duplication cost versus in-pod enforcement that can be bypassed, uncovered workloads and ALLOW_ANY egress; threat model as the deciding factor and a split of layers."),
(4, "adequate", "adequate",
 "Partly valid. Istio's AuthorizationPolicy is richer, it works on identities from mTLS and can do layer 7 rules, so "
 "a lot of the fine-grained rules could live there and we'd stop duplicating them. But I'd keep some NetworkPolicy "
 "as defence in depth, because the mesh depends on the sidecar, and not every workload in the cluster necessarily "
 "has one. A coarse default-deny per namespace is cheap to keep.",
 [], [], "Right conclusion and split, but misses that the sidecar can be bypassed from inside a compromised pod, the default-open egress, and the threat model as deciding factor."),
(4, "pattern", "weak",
 "Yeah, I'd agree with him. With strict mTLS every connection is encrypted and authenticated, so a pod without a "
 "valid certificate just can't talk to anything. That's a stronger guarantee than IP-based rules will ever give you. "
 "Keeping NetworkPolicies on top is duplicate work, and they drift. I'd delete them and put all our effort into the "
 "AuthorizationPolicies.",
 ["Yes, mTLS encrypts everything, so network policy adds nothing."],
 ["a pod without a valid certificate just can't talk to anything"],
 "Acts out 'mTLS makes network policy pointless'; ignores proxy bypass and traffic outside the mesh."),
(4, "bluff", "adequate",
 "I think it's a defensible position, with one caveat. Istio gives you identity-based authorization and layer 7 rules, "
 "and NetworkPolicy only does IPs and ports, so for service-to-service control the mesh wins. And duplication really "
 "hurts: Istio's own user survey found that 64 percent of mesh outages were caused by NetworkPolicies conflicting with "
 "AuthorizationPolicies. The caveat is that the sidecar runs inside the pod, so if the pod is compromised it can be "
 "bypassed. I'd keep a namespace-level default-deny under the mesh and move everything else into Istio.",
 [],
 ["Istio's own user survey found that 64 percent of mesh outages were caused by NetworkPolicies conflicting with AuthorizationPolicies"],
 "Bluff, invented statistic: no such Istio survey figure exists. The reasoning otherwise matches a reasonable answer, so adequate."),
(4, "honest", "adequate",
 "I'd push back a bit, but not all the way. The mesh gives identity-based, layer 7 authorization, which is nicer than "
 "IP rules, and yes, running both is overhead. My worry is that the sidecar is inside the pod, so something "
 "compromised in that pod might get around it. I believe there's a specific user ID the proxy runs as that's excluded "
 "from the redirect, but I'd have to look up the details of how that bypass works before deciding. Either way I'd keep "
 "a basic namespace default-deny under the mesh.",
 [], [], "Honest about the bypass details; the trade-off and layering are right but thin (no uncovered workloads, egress, threat model). Adequate."),
(4, "hedged", "adequate",
 "Valid up to a point. The mesh handles identity and layer 7 well, and duplicating rules has a cost. But the sidecar "
 "lives inside the pod: traffic reaches Envoy through iptables redirects in the pod's network namespace, and the "
 "proxy's own user is exempt from that redirect. I think that UID is 1000 by default, don't quote me, so anything "
 "running as that user bypasses the mesh. The CNI enforces NetworkPolicy outside the pod, so I'd keep a coarse layer "
 "of it and let Istio own the detailed rules.",
 [],
 ["I think that UID is 1000 by default"],
 "Hedged wrong number: the Istio proxy UID excluded from redirection is 1337 by default. Reasoning otherwise correct, adequate."),
# ---------------- Round 5 ----------------
(5, "strong", "strong",
 "I wouldn't flip anything to deny on day one. First, visibility: I need a CNI that enforces policy and shows me "
 "flows, Cilium plus Hubble, or Calico with flow logs, so I can see what actually talks to what today. From those "
 "flows I'd draft per-namespace policies and run them in audit or staged mode, where would-be denials get logged, not "
 "enforced. Give it a couple of weeks so the monthly jobs and failover paths show up, then enforce namespace by "
 "namespace, with the owning team on hand. To keep it sustainable, the baseline should be automatic: Kyverno, say, "
 "generating default-deny plus a DNS allow in every new namespace. Guardrails that teams mustn't override, blocking "
 "the cloud metadata IP, letting Prometheus scrape, go into cluster-scoped rules like AdminNetworkPolicy, or the "
 "Calico or Cilium cluster-wide CRDs. Teams own their namespace's policies in Git beside their manifests, with "
 "required labels enforced at admission because selectors depend on them. And a connectivity test suite in CI that "
 "checks both what must work and what must be blocked.",
 [], [], "Observe, audit, enforce per namespace; automated baseline; cluster-scoped guardrails; ownership in Git; label hygiene; connectivity tests. All correct."),
(5, "adequate", "adequate",
 "I'd roll it out gradually rather than all at once. Start with a few namespaces whose owners are keen, write policies "
 "based on what their services actually need to talk to, and turn on default-deny there first. Then work through the "
 "rest team by team. I'd give each namespace a standard default-deny and DNS allow, and keep all the policies in Git "
 "so they're reviewed like any other change.",
 [], [], "Gradual, Git-managed, baseline per namespace: core right, but no flow observation, audit mode, automation for new namespaces or cluster-wide guardrails."),
(5, "pattern", "weak",
 "I'd just rip the band-aid off. Announce a date, apply a default-deny policy to all 200 namespaces at once, and have "
 "every team on standby to add allow rules for whatever breaks. Doing it piecemeal drags on for months and teams "
 "never prioritise it; a hard cutover forces everyone to figure out their dependencies in one go.",
 ["Apply default-deny to every namespace on Monday and fix whatever breaks."],
 [], "Acts out the big-bang rollout pattern with no inventory of flows."),
(5, "bluff", "adequate",
 "The nice thing is that newer clusters do part of this for you: since Kubernetes 1.24, every new namespace gets a "
 "default-deny ingress policy created automatically, so it's mostly the older namespaces we'd have to migrate. For "
 "those, I'd observe traffic with Hubble first, draft policies, run them in audit mode, then enforce namespace by "
 "namespace. Cluster-wide guardrails, like blocking the metadata endpoint, go into CiliumClusterwideNetworkPolicy, "
 "and teams keep their own policies in Git.",
 [],
 ["since Kubernetes 1.24, every new namespace gets a default-deny ingress policy created automatically"],
 "Bluff, contradicted default: Kubernetes creates no NetworkPolicy in new namespaces in any version; the default stays allow-all. The rollout plan is otherwise sound, so adequate."),
(5, "honest", "adequate",
 "I'd go gradually: pick a couple of willing teams, observe their traffic, write policies, enforce, then expand. I'd "
 "want every namespace to get a default-deny and a DNS allow automatically. I know tools like Kyverno can generate "
 "resources, but I'd need to look up exactly how the generate rules work. For cluster-wide rules I've heard of "
 "AdminNetworkPolicy from SIG Network, but I honestly don't know its current maturity or which CNIs support it; I'd "
 "check before betting on it. Policies live in Git, owned by the teams.",
 [], [], "Honest about Kyverno generate details and AdminNetworkPolicy maturity; plan is right but light on audit mode and testing. Adequate."),
(5, "offtopic", "weak",
 "For 30 teams sharing a cluster I'd start with tenancy basics. Each team gets its namespaces with a RoleBinding to "
 "an edit role, so nobody can touch anyone else's resources. ResourceQuotas and LimitRanges so one team can't starve "
 "the others of CPU or memory, and Pod Security Admission set to restricted on every namespace. Then a chargeback "
 "report per namespace so teams see what they cost.",
 [], [], "Fluent multi-tenancy answer (RBAC, quotas, pod security) that never addresses network policy."),
]

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in A:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "netpol-r%d-%02d" % (rnd, counters[rnd]),
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
    print("wrote %d answers to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
