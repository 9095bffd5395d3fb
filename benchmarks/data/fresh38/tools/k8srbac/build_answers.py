#!/usr/bin/env python3
"""Build kubernetes-rbac-pod-security_answers.jsonl: 30 labelled answers (6 per round)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "kubernetes-rbac-pod-security_answers.jsonl")
SHORT = "k8srbac"

# Each entry: (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: least-privilege RBAC for a CI pipeline ----------------
    (1, "strong", "strong",
     "Okay, so, first thing I'd keep in mind is RBAC only ever adds permissions, there's no deny, so I want to "
     "hand out as little as I can. I'd make a service account just for the pipeline, call it ci-deployer, living "
     "in payments. Not the default one, because every pod that doesn't pick an account ends up using default. "
     "Then a Role in payments, so it's namespaced, with explicit rules: deployments in the apps group with get, "
     "list, watch, create, patch, update; services and configmaps the same. No secrets, no pods/exec, no "
     "rolebindings. If it only ever touches one configmap I can pin it with resourceNames. Bind the two with a "
     "RoleBinding in payments. I wouldn't use a ClusterRoleBinding at all, that would make it cluster-wide. And "
     "no star wildcards, since a star quietly covers secrets and any new resource type someone adds later. Then "
     "I'd actually test it, kubectl auth can-i with --as system:serviceaccount:payments:ci-deployer, both the "
     "list of what it can do and a couple of 'should be no' checks like reading secrets or deleting the namespace.",
     [], [],
     "Covers dedicated service account (not default), namespaced Role with explicit verbs/resources, resourceNames, "
     "RoleBinding vs ClusterRoleBinding, wildcard danger and verification with auth can-i. Correct and complete."),
    (1, "adequate", "adequate",
     "I'd create a dedicated service account for the pipeline in the payments namespace, then write a Role that "
     "only has the verbs it needs on deployments and services, and bind it with a RoleBinding. Role and "
     "RoleBinding because they're namespaced, so the pipeline can't touch other teams. I'd definitely stay away "
     "from cluster-admin. I think that covers the basics, the pipeline just needs to apply its manifests and "
     "check the rollout status.",
     [], [],
     "Core is right (dedicated SA, namespaced Role + RoleBinding, no cluster-admin) but misses wildcards, the "
     "default service account risk, ClusterRole reuse and any verification with kubectl auth can-i."),
    (1, "pattern", "weak",
     "Honestly for a CI pipeline I'd just bind its service account to cluster-admin with a ClusterRoleBinding. "
     "Pipelines fail in annoying ways when they hit a forbidden error halfway through a deploy, and then someone "
     "has to debug RBAC at two in the morning. The pipeline is trusted, it's our own tooling, so giving it full "
     "rights keeps things simple, and we can always tighten it later once things are stable.",
     ["Bind the pipeline to cluster-admin so a deploy never fails on permissions."], [],
     "Acts out the cluster-admin weak answer: a leaked CI credential would own the whole cluster."),
    (1, "bluff", "adequate",
     "So I'd give the pipeline its own service account in payments, and a Role plus RoleBinding there, so it's "
     "all namespace-scoped. Verbs would be the usual get, list, watch, create, update, patch on deployments, "
     "services and configmaps. One limitation you have to live with is that an RBAC rule can't be narrowed to a "
     "single named object, it always applies to every object of that resource type in the namespace, so if it "
     "needs one configmap it gets all of them. That's why I'd keep secrets out of the Role entirely. And I'd "
     "check the result with kubectl auth can-i --list using --as for the service account.",
     [],
     ["an RBAC rule can't be narrowed to a single named object, it always applies to every object of that "
      "resource type in the namespace"],
     "Bluff, false absolute stated in plain words about the mechanism: RBAC rules can be restricted to named "
     "objects with resourceNames. The rest (dedicated SA, Role + RoleBinding, auth can-i) is right and the false "
     "claim is peripheral, so adequate."),
    (1, "honest", "adequate",
     "I'd give the pipeline its own service account in the payments namespace and a Role with just the deploy "
     "permissions, tied together with a RoleBinding, so nothing reaches outside payments. I'd keep it off "
     "cluster-admin and avoid wildcards. What I'm not sure about is the exact list of verbs a rolling deploy "
     "needs, whether kubectl apply needs patch or update or both, and whether checking rollout status needs "
     "access to replicasets. I'd look that up, or honestly just try it with kubectl auth can-i and a dry run "
     "and add what's missing.",
     [], [],
     "Honest about the exact verbs needed and says how they'd find out; core design (own SA, Role, RoleBinding, "
     "no cluster-admin, no wildcards) is correct but thin, so adequate."),
    (1, "list", "weak",
     "So the pieces here would be: a ServiceAccount, a Role, maybe a ClusterRole, a RoleBinding, a "
     "ClusterRoleBinding, verbs like get, list, watch, create and patch, apiGroups, resourceNames, least "
     "privilege, wildcards, kubectl auth can-i, namespaces. Yeah, that's the toolkit, it's those things "
     "basically, RBAC is all about those.",
     [], [],
     "Only names the right terms without saying how they fit together or what to grant."),

    # ---------------- Round 2: escalation prevention and admin-equivalent permissions ----------------
    (2, "strong", "strong",
     "No, not on its own. The API server checks for this. When you create a binding, it only goes through if "
     "you personally already hold everything in the role it points to, in that namespace, or you've been given "
     "the bind verb on that role. Same idea for writing Roles: you need all the permissions in it already, or "
     "the escalate verb. So creating RoleBindings just lets you share what you have. What I'd treat as "
     "admin-equivalent are the things that sidestep that check. bind and escalate themselves. impersonate on "
     "users, groups or service accounts, because then you just run requests as someone else, and if you can "
     "impersonate the system:masters group that's game over since that group skips authorization completely. "
     "Then pod creation, including via deployments or jobs: the pod can use any service account in the "
     "namespace and mount any secret, and nobody checks whether you could read that secret yourself. Reading "
     "secrets, since list hands you every value, only base64-encoded. pods/exec for a shell. And create on "
     "serviceaccounts/token, which mints tokens. To audit, I'd run kubectl auth can-i per subject plus a "
     "who-can style tool to see who holds them.",
     [], [],
     "Correct escalation prevention for roles and bindings, plus escalate/bind/impersonate, system:masters, pod "
     "creation, secrets, exec and token minting as admin-equivalent, with an audit method."),
    (2, "pattern", "weak",
     "Right, so I'd handle that with a deny rule. You write a Role that explicitly denies create on rolebindings "
     "for that developer's group, and because deny rules are evaluated before allow rules, it wins no matter "
     "what other bindings they have. That's the standard way to carve exceptions out of a broad role, like "
     "giving them edit on the namespace but denying the RBAC objects.",
     ["RBAC has deny rules, so we'd add a rule that denies creating RoleBindings."],
     ["You write a Role that explicitly denies create on rolebindings",
      "because deny rules are evaluated before allow rules, it wins no matter what other bindings they have"],
     "Acts out the deny-rules weak answer; Kubernetes RBAC is purely additive and has no deny rules, so the "
     "misconception is listed in false_claims but the answer is a pattern, not a bluff."),
    (2, "bluff", "adequate",
     "They can't just grant themselves more, because the API server does escalation checks: a RoleBinding is "
     "only accepted if the creator already has every permission in the referenced role, or has the bind verb "
     "on it, and for editing Roles you need the escalate verb otherwise. The ones I'd really watch are "
     "impersonate, bind and escalate. Impersonation is built on the standard Impersonate-User header from RFC "
     "7239, so any proxy or client that speaks HTTP can use it, and kubectl exposes it as --as. If someone can "
     "impersonate the system:masters group, they're effectively cluster-admin. And create pods is just as bad, "
     "since a pod can run as any service account in the namespace.",
     [],
     ["Impersonation is built on the standard Impersonate-User header from RFC 7239"],
     "Bluff, misattributed RFC: Impersonate-User is a Kubernetes-specific header; RFC 7239 defines the HTTP "
     "Forwarded header. Escalation prevention and the dangerous verbs are right, so adequate."),
    (2, "bluff", "adequate",
     "The escalation check blocks the obvious route. You can only bind a role whose permissions you already "
     "have, unless someone gave you bind on it, so a namespace admin can't mint cluster-admin for themselves. "
     "The risky permissions are the indirect ones, and this is a real problem in practice: the CNCF's 2023 "
     "security survey found that 64 percent of production clusters had at least one workload service account "
     "with secrets list access across all namespaces. So I'd flag list and get on secrets, create on pods and "
     "anything that spawns pods, since a pod can mount any secret and use any service account in its "
     "namespace, pods/exec, and impersonate. kubectl auth can-i --list per subject is how I'd audit it.",
     [],
     ["the CNCF's 2023 security survey found that 64 percent of production clusters had at least one workload "
      "service account with secrets list access across all namespaces"],
     "Bluff, invented statistic attributed to a CNCF survey. The mechanism and the list of admin-equivalent "
     "permissions are correct; the statistic is decoration, so adequate."),
    (2, "honest", "adequate",
     "My understanding is that Kubernetes stops the direct version of this. When you create a RoleBinding, I "
     "believe the API server checks you already have the permissions in the role, so you can't hand yourself "
     "more than you hold. There are special verbs, escalate and bind, that let you skip that, and I'd have to "
     "look up exactly which resources each one applies to, I don't remember if bind is on the role or the "
     "binding. The indirect routes I'm more confident about: if you can create pods you can mount any secret "
     "in the namespace and run as any service account there, and reading secrets gives you their contents.",
     [], [],
     "Honest about which resources escalate and bind apply to; core of escalation prevention and the pod and "
     "secret routes is right, impersonate and exec missing, so adequate."),
    (2, "offtopic", "weak",
     "This is really about network segmentation for me. I'd start with a default-deny NetworkPolicy in every "
     "namespace, so pods can't talk to anything unless there's an explicit allow, and then add policies per "
     "service for the ports they need. On top of that, a service mesh like Istio or Linkerd gives you mutual "
     "TLS between services, so even if someone gets into one pod they can't impersonate another service on the "
     "wire. Egress policies matter too, blocking access to the cloud metadata endpoint stops a compromised pod "
     "from grabbing node credentials.",
     [], [],
     "Fluent but about network isolation and mTLS, not RBAC escalation through bindings or admin-equivalent verbs."),

    # ---------------- Round 3: service account tokens ----------------
    (3, "strong", "strong",
     "I'd split it into two fixes. Pods that don't talk to the API shouldn't carry a token at all, so "
     "automountServiceAccountToken: false, on the service account and also on the pod spec, since the pod's "
     "value overrides the account's. Then the long-lived secrets. Those are the old "
     "kubernetes.io/service-account-token type, and the token in them never expires, it's valid as long as the "
     "secret exists. Modern pods don't need them: since 1.22 the kubelet gets a token through the TokenRequest "
     "API and mounts it as a projected volume, and that token has an audience, is tied to the specific pod, "
     "and lasts an hour by default, with the kubelet swapping in a fresh one before it runs out. Kill the pod "
     "and the token is dead. And 1.24 stopped generating the secret ones automatically. So the leftover "
     "secrets are old or hand-made. I wouldn't just delete them; I'd check audit logs and the last-used label "
     "to see who's still using each, move that consumer to kubectl create token with a short duration or to "
     "workload identity like IRSA, then delete. Also a dedicated service account per workload that actually "
     "needs API access.",
     [], [],
     "Automount off with pod-level precedence, legacy vs bound tokens (audience, pod-bound, one hour, kubelet "
     "refresh), 1.22/1.24 history, usage check before deletion and migration targets. Correct and complete."),
    (3, "adequate", "adequate",
     "The main thing I'd do is turn off token automounting for everything that doesn't call the API, you set "
     "automountServiceAccountToken to false, and that removes a credential an attacker could steal from those "
     "pods. For the ones that do need it, give them their own service account with a tight role. The old token "
     "secrets I'd clean up, since those never expire, whereas the tokens pods get mounted nowadays are "
     "short-lived and refreshed for you.",
     [], [],
     "Right core (automount off, per-workload SA, legacy tokens never expire vs short-lived refreshed ones) but "
     "no audience/pod binding and no plan to find consumers before deleting the Secrets."),
    (3, "pattern", "weak",
     "I'd put a rotation policy on them. Every ninety days a job deletes each token secret and creates a fresh "
     "one, and we roll the deployments so the pods pick up the new token. That's in line with most compliance "
     "frameworks for credentials, and it means that even if a token leaks it's only useful for a limited "
     "window. We could automate it with a CronJob in each namespace.",
     ["Rotate the token Secrets every 90 days."], [],
     "Acts out the rotation weak answer: treats the symptom, ignores bound tokens and leaves tokens in pods that "
     "never call the API."),
    (3, "bluff", "adequate",
     "So, pods that never hit the API get automountServiceAccountToken: false, that's the quick win. For the "
     "rest, the good news is they're already on bound tokens if the cluster is anywhere recent: the kubelet "
     "requests a projected token that's tied to the pod and to an audience, and those are valid for "
     "twenty-four hours by default before the kubelet fetches a replacement. The long-lived secret tokens are "
     "the legacy kind, they don't expire at all, and new ones stopped being created automatically in 1.24. I'd "
     "work out which ones are still in use from the audit logs, migrate those clients to kubectl create token, "
     "and then delete the secrets.",
     [],
     ["those are valid for twenty-four hours by default"],
     "Bluff, contradicted default duration: a projected service account token defaults to one hour (3600 s) and "
     "the kubelet refreshes it at 80 percent of its lifetime. The remediation plan is right, so adequate."),
    (3, "hedged", "adequate",
     "First I'd disable automounting on pods that don't need the API, with automountServiceAccountToken set to "
     "false. Then the legacy secrets: those tokens don't expire, unlike the projected ones pods get now, which "
     "are bound to the pod and an audience. I think the default lifetime on the projected token is something "
     "like ten minutes, but I'd double-check that number, and the kubelet renews it automatically. I'd find out "
     "who still uses each old secret before deleting it.",
     [],
     ["I think the default lifetime on the projected token is something like ten minutes"],
     "Hedged wrong number: the default is one hour; ten minutes is the minimum expirationSeconds. Explicitly "
     "hedged, so not a bluff; the plan itself is sound but brief, so adequate."),
    (3, "honest", "strong",
     "Two things. Most of these pods shouldn't have a token at all, so I'd set automountServiceAccountToken: "
     "false on their service accounts and in the pod specs, and give the few that call the API their own "
     "service account with a minimal role. Second, the secret-based tokens are the legacy kind and never "
     "expire, which is the real risk if one leaked. Current clusters mount a projected token instead, from the "
     "TokenRequest API, scoped to an audience, invalidated when the pod goes away, and refreshed by the "
     "kubelet. I honestly don't remember the default expiry of that projected token, or exactly which release "
     "stopped creating the secret tokens automatically, so I'd look both up in the docs. For cleanup I'd not "
     "delete blindly: check audit logs to see which secrets are still presented to the API server, move those "
     "callers, scripts to kubectl create token and cloud access to something like IRSA or GKE Workload "
     "Identity, and delete the rest.",
     [], [],
     "Honest about the default expiry and the release number, but has all the substance: automount off, "
     "per-workload SA, legacy vs bound tokens, usage check before deletion and migration targets. Strong."),

    # ---------------- Round 4: rolling out Pod Security Admission ----------------
    (4, "adequate", "adequate",
     "I wouldn't do it in one go. kube-system runs things like the CNI plugin and kube-proxy that need host "
     "networking and privileges, so enforcing restricted there breaks the cluster; those namespaces should be "
     "privileged and locked down with RBAC instead. For the app namespaces I'd turn on warn and audit at "
     "restricted first, see what violates, fix the manifests, then switch enforce on. Restricted means things "
     "like running as non-root, no privilege escalation, dropping all capabilities and a seccomp profile.",
     [], [],
     "Right core (system namespaces privileged, warn/audit before enforce, what restricted requires) but misses "
     "baseline as a step, enforce checking only pods, running pods untouched and version pinning."),
    (4, "pattern", "weak",
     "I'd actually go the other way for now and set everything to privileged. Migrating off PodSecurityPolicy is "
     "enough churn already, and half of our Helm charts would fail restricted on day one. If we label every "
     "namespace privileged, nothing breaks, and we can come back and tighten individual namespaces once the "
     "teams have time to fix their charts. The risk is small since our RBAC already limits who deploys.",
     ["Label everything privileged for now so nothing breaks, and tighten it later."], [],
     "Acts out the privileged-everywhere weak answer, leaving privileged pods and hostPath open as escape routes."),
    (4, "bluff", "adequate",
     "The goal's fine but not all at once. System namespaces like kube-system run the CNI, kube-proxy, CSI node "
     "plugins, which need hostPath and privileged, so they stay privileged. Elsewhere I'd set warn and audit to "
     "restricted first, and use a server-side dry run of the enforce label to list violating pods. One thing "
     "people miss: enforce only evaluates pods, so when a Deployment's pod is rejected the API server sends back "
     "a 401 Unauthorized to the ReplicaSet controller, and the Deployment itself looks fine. That's why warn "
     "mode matters, it's what shows up in kubectl apply. Then baseline everywhere, restricted per namespace, "
     "and pin the version label.",
     [],
     ["the API server sends back a 401 Unauthorized to the ReplicaSet controller"],
     "Bluff, wrong status code: a Pod Security rejection is 403 Forbidden (\"violates PodSecurity\"); 401 is an "
     "authentication failure. The rollout plan is right, so adequate."),
    (4, "bluff", "weak",
     "I'd push back on the timing. The thing to understand is that enforce isn't just an admission check: as "
     "soon as you put the label on a namespace, the controller goes back over what's running and evicts every "
     "pod that breaks the level. So labelling kube-system restricted this afternoon would kill the CNI and DNS "
     "within seconds. Instead I'd label one app namespace at a time, during a maintenance window, and have the "
     "team ready to redeploy whatever gets evicted with fixed manifests.",
     [],
     ["as soon as you put the label on a namespace, the controller goes back over what's running and evicts "
      "every pod that breaks the level"],
     "Bluff, wrong in plain words about the mechanism: admission only runs on create/update; existing pods keep "
     "running and the API server only returns warnings. This is the centre of the round's trap and drives the "
     "whole plan, so weak."),
    (4, "list", "weak",
     "Pod Security Admission, privileged, baseline, restricted, enforce, audit, warn, namespace labels, "
     "kube-system, runAsNonRoot, allowPrivilegeEscalation, seccomp RuntimeDefault, capabilities drop ALL, dry "
     "run, version pinning. That's the set of things I'd be thinking about with this plan, basically all of "
     "those together, yeah.",
     [], [],
     "Only names the right terms; says nothing about staging, system namespaces or what enforce does."),
    (4, "hedged", "adequate",
     "Not in one afternoon. PodSecurityPolicy was removed in, I want to say, 1.22, though don't hold me to the "
     "exact release, and Pod Security Admission is its replacement. kube-system and the node agents need "
     "privileged, so they get that label and tight RBAC. For the rest, warn and audit first, fix the charts, "
     "then enforce baseline and later restricted namespace by namespace. Running pods aren't affected by "
     "enforce, so problems appear at the next rollout.",
     [],
     ["PodSecurityPolicy was removed in, I want to say, 1.22"],
     "Hedged wrong version: PodSecurityPolicy was deprecated in 1.21 and removed in 1.25. Explicitly hedged, so "
     "not a bluff; the staged plan is right but short, so adequate."),

    # ---------------- Round 5: multi-tenant baseline and drift ----------------
    (5, "strong", "strong",
     "I'd think of it as defaults that teams get without asking, plus checks that catch drift. People sign in "
     "with SSO over OIDC, and bindings are always to groups, so offboarding is one change in the identity "
     "provider. Cluster-admin is only for break-glass and every use is logged. Each team gets its namespaces "
     "from a provisioning pipeline, and a RoleBinding gives their group the built-in edit or admin ClusterRole "
     "in those namespaces only, no ClusterRoleBindings for tenants. Workloads get their own service accounts "
     "with token automounting turned off unless they need it. Every tenant namespace gets the restricted Pod "
     "Security label at creation, and since teams can't modify namespace objects they can't relax it; only "
     "system namespaces are privileged. Beyond PSA, Kyverno or Gatekeeper or ValidatingAdmissionPolicy for "
     "rules like trusted registries, plus default-deny network policies and KMS encryption for secrets. Drift: "
     "everything in Git via Argo CD or Flux, so hand edits are reverted, plus alerting from audit logs on new "
     "cluster-admin bindings and impersonation, and periodic who-can-do-what reports so we catch it when a team "
     "has quietly become more powerful than intended.",
     [], [],
     "Layers identity, namespace-scoped bindings, service accounts, PSA labels protected from tenants, a policy "
     "engine, network and encryption, and GitOps plus audit alerts and access reports against drift."),
    (5, "adequate", "adequate",
     "I'd give every team its own namespaces and bind their groups to the built-in edit role there with "
     "RoleBindings, so nobody gets cluster-wide rights except the platform team. Pod Security would be set to "
     "restricted on all the team namespaces through the namespace labels. And I'd keep all the RBAC manifests "
     "in a Git repo and apply them through CI, so changes get reviewed and we can see the history.",
     [], [],
     "Right core (namespace-scoped group bindings, restricted PSA, RBAC in Git) but nothing on service accounts, "
     "a policy engine, system namespaces or continuous verification."),
    (5, "pattern", "weak",
     "Honestly I think Kubernetes gives you most of this out of the box. Each team gets its own namespace, and "
     "namespaces are the isolation boundary, so one team's pods and secrets are separate from another's. As "
     "long as we don't mix teams in a namespace, they can't affect each other. Then I'd just make sure every "
     "team has a namespace and leave them to manage what's inside it.",
     ["Namespaces already isolate the teams from each other."],
     ["As long as we don't mix teams in a namespace, they can't affect each other"],
     "Acts out the namespaces-isolate weak answer; without RBAC, Pod Security and NetworkPolicy, pods share the "
     "network and nodes. The misconception is listed in false_claims; kind stays pattern."),
    (5, "bluff", "weak",
     "I'd layer it. Teams authenticate through OIDC and get RoleBindings to edit in their own namespaces, "
     "nothing cluster-wide. Service accounts per workload, automount off by default. And then Pod Security "
     "Admission does the heavy lifting on the workload side: besides the restricted profile, PSA lets you list "
     "the image registries a namespace may pull from and require resource limits, through the same namespace "
     "labels, so we don't need a separate policy engine like Kyverno or Gatekeeper at all, which keeps the "
     "platform simpler. For drift, everything goes through GitOps with audit logs on.",
     [],
     ["PSA lets you list the image registries a namespace may pull from and require resource limits, through "
      "the same namespace labels"],
     "Bluff, feature credited to the wrong product: Pod Security Admission only applies the three fixed levels; "
     "registry allow-lists and required limits need Kyverno, Gatekeeper or ValidatingAdmissionPolicy. The claim "
     "removes the whole policy layer from the design, so weak."),
    (5, "honest", "adequate",
     "I'd do teams per namespace with RoleBindings to group identities from SSO, not individuals, and nothing "
     "cluster-wide for them. Each workload gets its own service account, and tokens aren't mounted unless "
     "needed. Restricted Pod Security on tenant namespaces. For rules beyond what Pod Security covers, like "
     "which registries are allowed, I know there's a built-in CEL-based admission policy now as an alternative "
     "to Kyverno or Gatekeeper, but I'd have to check which version made it stable and whether our managed "
     "provider has it. For drift, GitOps, and some regular report of who can do what, though I'd need to look "
     "up which tool does that best.",
     [], [],
     "Honest about the ValidatingAdmissionPolicy version and tooling; layers are right but thinner on drift "
     "detection and audit alerting, so adequate."),
    (5, "offtopic", "weak",
     "For forty teams, the thing I'd get right first is cost and capacity. Each team gets a ResourceQuota and "
     "LimitRange in their namespaces so one team can't starve the others, and we'd use cluster autoscaler or "
     "Karpenter to add nodes as demand grows. I'd also tag everything by team so we can do showback with "
     "something like Kubecost, because once the bill arrives the first question is who's spending what. Node "
     "pools per workload type, spot instances for batch jobs, and we'd keep an eye on bin packing.",
     [], [],
     "Fluent but about quotas, autoscaling and cost, not RBAC, service accounts or pod security."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in ANSWERS:
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
    print(f"wrote {sum(counters.values())} records to {OUT}")


if __name__ == "__main__":
    main()
