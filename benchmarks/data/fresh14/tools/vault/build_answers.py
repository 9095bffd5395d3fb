#!/usr/bin/env python3
"""Build vault_answers.jsonl: 30 labelled candidate answers for the gauntlet in vault.txt.

Each entry: (round, kind, band, answer, pattern_quotes, false_claims, note).
bluff is derived: True iff kind == "bluff".
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "vault_answers.jsonl")

# Common Weak Answer quotes (verbatim from vault.txt), used as pattern_quotes.
R1_CWA_ENCRYPTED = "Kubernetes Secrets are already encrypted, so Vault just adds complexity."
R2_CWA_CUTOFF = "When the lease expires, the app's open connections are cut off automatically, so rotation just works."
R3_CWA_TWO_NODES = "Two Vault nodes, one in each zone, gives us HA."
R4_CWA_ONLY_AGENT = "Vault Agent is the only supported way to get Vault secrets into pods."
R5_CWA_DELETE = "If a service is compromised, we'll delete its secrets from Vault."

ANSWERS = [
    # ------------------------------------------------------------------ Round 1
    (1, "strong", "strong",
     "Okay, so first, what's actually wrong with what we have. A Kubernetes Secret is basically base64, "
     "which is an encoding, not encryption. Unless somebody set up encryption at rest for etcd, ideally "
     "through a KMS plugin, it's sitting there readable, and honestly anyone allowed to create a pod in "
     "that namespace can just mount it. There's also no record of who read what, and nothing ever expires. "
     "Vault gives us per-request audit logs, fine-grained policies, and secrets that expire and can be "
     "revoked, like database users generated on demand. For identity, I'd turn on the Kubernetes auth "
     "method. The pod already holds a signed service account JWT, so there's no bootstrap secret to "
     "hand out. The agent posts that JWT plus a role name to the login endpoint, Vault asks the API "
     "server's TokenReview endpoint whether it's genuine, and then it compares the service account name "
     "and namespace with what the role allows. If it matches, we get back a Vault token with that role's "
     "policies attached and a limited lifetime. I'd do one role per service with least-privilege "
     "policies, and OIDC for the humans.",
     [], [],
     "Covers the gaps of native Secrets (base64, opt-in etcd encryption, pod-mount access, no audit or "
     "expiry), what Vault adds, and the full Kubernetes auth flow including TokenReview, role binding and "
     "per-service least privilege. Correct and nearly complete."),

    (1, "adequate", "adequate",
     "Um, the main thing is that Kubernetes Secrets aren't really secret, they're base64 in etcd unless "
     "you turn on encryption, and you can't audit who reads them. Vault centralizes them, audits access, "
     "and can do dynamic secrets. For pods, you use the Kubernetes auth method: the pod sends its service "
     "account token to Vault, Vault validates it against the Kubernetes API, and if the service account "
     "and namespace match a role, you get a Vault token with some policies. Then the app uses that token "
     "to read its secrets.",
     [], [],
     "Core is right (base64, no audit, service-account login validated against the API, role binding to "
     "policies) but misses secret zero, token TTLs, per-service least privilege and human/CI auth."),

    (1, "pattern", "weak",
     "Honestly I'd push back on Vault here. Kubernetes Secrets are already encrypted, that's the whole "
     "point of them versus ConfigMaps, so the data's protected in etcd. We already have RBAC. Adding "
     "Vault means another stateful system to run, unseal and upgrade, and it becomes a dependency for "
     "every pod start. I don't think the extra complexity buys us much when the platform already has a "
     "secrets primitive built in.",
     [R1_CWA_ENCRYPTED],
     ["Kubernetes Secrets are already encrypted, that's the whole point of them versus ConfigMaps"],
     "Acts out the 'Secrets are already encrypted' weak answer. The misconception is listed as a false "
     "claim: Secrets are only base64-encoded and etcd encryption at rest is opt-in."),

    (1, "bluff", "adequate",
     "So the nice thing is Kubernetes already hands every pod an identity. The service account token is a "
     "JSON Web Token as defined in RFC 6749, signed by the API server, and with projected tokens it's "
     "audience-bound and expires, with the kubelet refreshing it. Vault's Kubernetes auth method takes "
     "that token on login, calls the TokenReview API to confirm it's valid, then matches the service "
     "account name and namespace against a role. The role maps to policies, so the orders service gets a "
     "token that can only read orders paths. Compared to Secrets in etcd, which are just base64 unless "
     "you've configured encryption at rest, you also get an audit trail and expiry.",
     [], ["JSON Web Token as defined in RFC 6749"],
     "Bluff (misattributed RFC): JWT is defined in RFC 7519; RFC 6749 is the OAuth 2.0 Authorization "
     "Framework. Stated confidently. The rest of the auth flow is correct and the false claim is "
     "peripheral, so capped at adequate."),

    (1, "honest", "adequate",
     "I know the shape of it but not every detail. Kubernetes Secrets are only base64 unless etcd "
     "encryption is configured, and there's no real audit of reads, so Vault helps with audit, policy and "
     "expiry. For auth, the pod uses its service account token with Vault's Kubernetes auth method, and a "
     "role ties the service account and namespace to policies. What I'm not sure about is exactly how "
     "Vault verifies the token, whether it calls back into the API server or checks the signature itself. "
     "I'd need to look that up, and I'd also check how it copes with the newer short-lived projected "
     "tokens.",
     [], [],
     "Honest: says plainly what it would need to look up (the verification mechanism). What it does state "
     "is correct, core is there but the verification step and least-privilege design are missing."),

    (1, "list", "weak",
     "So the key pieces would be: Vault, the Kubernetes auth method, service account tokens, JWTs, the "
     "TokenReview API, roles, policies, bound namespaces, AppRole, OIDC for humans, etcd encryption at "
     "rest, audit devices, dynamic secrets, leases, least privilege, and secret zero. Those are the main "
     "things I'd bring up, plus maybe namespaces and RBAC.",
     [], [],
     "List: names the right terms but says nothing about how any of them work or why."),

    # ------------------------------------------------------------------ Round 2
    (2, "strong", "strong",
     "Right, so I'd mount the database secrets engine, point a connection at Postgres using the postgres "
     "plugin with an admin account that Vault owns, and immediately rotate that root password so no human "
     "knows it. Then a role for orders: the SQL to create a user with a templated name, password and "
     "expiry, the grants it needs, a default TTL of maybe an hour and a max of a day. Each time the service "
     "reads the creds path, Vault creates a fresh Postgres login and returns it with a lease. The agent "
     "renews as it goes, but renewals stop at the max, and then you need a new username. When the lease "
     "dies, Vault runs the revocation SQL and drops that user. The gotcha people miss is that leases are "
     "children of the Vault token, so if the token lapses, the DB creds get revoked with it. The other "
     "gotcha is open connections: expiry only blocks new logins, so the pool has to cycle onto new creds, "
     "or you kill sessions in the revocation SQL. And set TTLs explicitly, otherwise you inherit the "
     "32-day system default.",
     [], [],
     "Full lifecycle: connection plus rotate-root, role SQL with TTLs, unique user per read, renewal capped "
     "by max TTL, revocation, lease-token coupling, open sessions surviving expiry, and the 768h (32-day) "
     "system default. Correct."),

    (2, "adequate", "adequate",
     "So the database secrets engine creates a new database user every time the app asks, instead of "
     "sharing one password. You configure the connection and a role with the create-user SQL, and the "
     "response comes back with a lease and a TTL. The app, or Vault Agent, renews the lease, and when it "
     "expires or you revoke it, Vault deletes the user. There's a max TTL, so eventually the app has to "
     "get completely new credentials and reconnect. That's the basic loop, and it means each pod has its "
     "own traceable credentials.",
     [], [],
     "Core loop is correct (unique user, lease, renew up to max TTL, revoke drops user) but misses the "
     "lease-token coupling, open connections surviving expiry, rotate-root and TTL defaults."),

    (2, "pattern", "weak",
     "The nice part is you don't really have to think about the app side. The lease has a TTL, and when "
     "it expires the open connections get cut off automatically, because the user's gone. So the app's "
     "connection pool just sees errors, reconnects, and fetches new creds. Rotation just works without "
     "any code changes, which is why I like dynamic secrets so much.",
     [R2_CWA_CUTOFF],
     ["when it expires the open connections get cut off automatically"],
     "Acts out the 'open connections are cut off automatically' weak answer. Misconception listed as a "
     "false claim: expiry (VALID UNTIL) only blocks new logins; open sessions persist unless the "
     "revocation statements terminate them."),

    (2, "bluff", "weak",
     "I'd configure the Postgres connection, a role with creation SQL and grants, and sensible TTLs like "
     "an hour default and a day max. The app reads the creds path and gets a unique user plus a lease. A "
     "nice property is that the lease lives on its own: once the credentials are issued they're "
     "completely independent of the token that asked for them, so even if that token is revoked or "
     "expires, the database user stays valid until its own lease runs out. That means the agent can let "
     "its token lapse and the app carries on. When the lease hits its max, Vault drops the user and the "
     "app grabs a new one.",
     [], ["once the credentials are issued they're completely independent of the token that asked for "
          "them, so even if that token is revoked or expires, the database user stays valid until its own "
          "lease runs out"],
     "Bluff (mechanism in plain words, stated as an absolute): leases are children of the token that "
     "created them, and revoking or expiring the token revokes its leases, dropping the database user. "
     "This is the central point the round (and its trap) probes, so weak."),

    (2, "hedged", "adequate",
     "So, dynamic creds: Vault creates a Postgres user per request from the role's SQL, hands it back with "
     "a lease, and the client keeps renewing it until the max TTL, after which it has to get new "
     "credentials. When the lease expires or gets revoked, Vault drops the user. One thing I'd always do "
     "is set the TTLs on the role, because if you don't, you fall back to the system default, which I "
     "think is seven days, but I'd double-check that number. Either way it's too long for database creds.",
     [], ["which I think is seven days"],
     "Hedged: the lifecycle is right, but the system default lease TTL is 768 hours (32 days), not seven "
     "days; the wrong number is explicitly hedged, so not a bluff. Core right, details missing: adequate."),

    (2, "offtopic", "weak",
     "For the orders database the thing I'd focus on first is connection handling. Postgres forks a "
     "process per connection, so a few hundred pods each holding twenty connections will exhaust "
     "max_connections quickly. I'd put PgBouncer in front in transaction pooling mode, size the pool "
     "against the database's CPU count, and watch for prepared statement issues, since transaction mode "
     "historically broke server-side prepared statements. That usually buys far more stability than "
     "anything else you can do at the database layer.",
     [], [],
     "Off-topic: fluent and accurate about Postgres connection pooling but says nothing about Vault, "
     "dynamic credentials, leases or TTLs."),

    # ------------------------------------------------------------------ Round 3
    (3, "strong", "strong",
     "The Shamir setup is the problem here. By default the root key is split into five shares and you "
     "need three of them, and every time a Vault process starts, it's sealed. On Kubernetes pods move "
     "around all the time, so I'd switch to auto-unseal with a cloud KMS key, or the Transit engine on a "
     "separate Vault. Then a restarted pod decrypts its root key through KMS and is back in seconds. Init "
     "gives you recovery keys instead, which you still guard, but they can't unseal anything; they're for "
     "things like minting a root token. The KMS key becomes the thing you really protect, with deletion "
     "protection on. For HA, integrated Raft storage with five voting nodes across three zones, since a "
     "majority has to be up: five survives two losses. Anti-affinity so two pods never share a node, a "
     "disruption budget of one, retry_join for discovery. Only the leader serves; the others forward to "
     "it, and the health endpoint tells the load balancer who's active. And I'd take regular Raft "
     "snapshots to object storage and actually test restoring them.",
     [], [],
     "Correct seal model (5 shares/threshold 3 default), auto-unseal options, recovery keys cannot "
     "unseal, KMS key as root of trust, five voters over three zones with quorum arithmetic, forwarding, "
     "health checks, tested snapshots. Strong."),

    (3, "pattern", "weak",
     "We only have two zones in that region, so I'd run two Vault pods, one per zone, using Raft storage. "
     "If one zone goes down, the other Vault is still there with a full copy of the data and just takes "
     "over as leader. With auto-unseal on KMS it comes up without anyone typing keys. That gives us HA "
     "without paying for extra nodes.",
     [R3_CWA_TWO_NODES],
     ["If one zone goes down, the other Vault is still there with a full copy of the data and just takes "
      "over as leader"],
     "Acts out the 'two nodes, one per zone' weak answer. Misconception listed: a lone survivor of a "
     "two-node Raft cluster has no majority and cannot elect itself leader."),

    (3, "bluff", "adequate",
     "So Vault comes up sealed every time it starts. With the default Shamir seal, init splits the root "
     "key into three shares with a threshold of two, which is fine for a lab but means humans at 3 a.m. "
     "in production. I'd use auto-unseal against AWS KMS, or a Transit key held by a second Vault cluster, so pods "
     "unseal themselves on restart, and you get recovery keys instead of unseal keys. For HA, Raft "
     "integrated storage with five nodes across three zones, so we can lose two and keep quorum. Standbys "
     "forward to the active node, and I'd snapshot Raft on a schedule.",
     [], ["init splits the root key into three shares with a threshold of two"],
     "Bluff (contradicted default): vault operator init defaults to 5 key shares with a threshold of 3. "
     "Stated confidently; the rest is correct and the default is peripheral once auto-unseal is used, so "
     "adequate."),

    (3, "bluff", "weak",
     "I'd run five Vault pods with integrated storage across three zones, and auto-unseal through KMS so "
     "restarts don't need people. What makes Raft nice for availability is that every node is a full "
     "peer: the standby nodes accept writes themselves and reconcile with the leader afterwards, so a "
     "client never waits on the leader and losing the leader never loses a write. That's why I don't "
     "worry much about failover. Backups would be Raft snapshots to a bucket.",
     [], ["the standby nodes accept writes themselves and reconcile with the leader afterwards, so a "
          "client never waits on the leader and losing the leader never loses a write"],
     "Bluff (mechanism in plain words): in Vault only the active node handles requests; standbys forward "
     "(or redirect) to it, and Raft commits writes through the leader to a majority. The HA design rests "
     "on this false mechanism, so weak."),

    (3, "honest", "strong",
     "Let me split this into sealing and availability. Sealing first: a Vault node always starts sealed, "
     "and with Shamir keys that means humans, so I'd configure auto-unseal with a cloud KMS key or a "
     "Transit key on another Vault cluster. After that, init gives recovery keys, which can't decrypt the "
     "data; they're for operations like regenerating a root token. Whoever controls the KMS key "
     "effectively controls Vault, so I'd lock that key down and protect it from deletion. For "
     "availability, integrated storage on five voters in three zones, one active node, standbys "
     "forwarding requests, pod anti-affinity and a PDB, plus scheduled snapshots that we test restoring. "
     "Two things I'd have to look up: the exact status code the health endpoint returns for a standby, "
     "which matters for readiness probes, and whether autopilot's dead server cleanup is on by default or "
     "has to be enabled.",
     [], [],
     "Honest, banded strong: covers auto-unseal, recovery keys, KMS key as root of trust, five voters over "
     "three zones, forwarding and tested snapshots correctly, and plainly names two details to look up."),

    (3, "hedged", "weak",
     "I'd use auto-unseal with KMS so pods can restart on their own, and run Vault with Raft storage. For "
     "the cluster size I'd go with five nodes; if I remember right, five nodes can survive three of them "
     "failing, though I'd double-check the quorum math. And I'd spread them across zones.",
     [], ["five nodes can survive three of them failing"],
     "Hedged: a five-node Raft cluster tolerates two failures (majority of three), not three; the wrong "
     "number is explicitly hedged. Very thin otherwise (no recovery keys, root of trust, snapshots), so "
     "weak."),

    # ------------------------------------------------------------------ Round 4
    (4, "strong", "strong",
     "I think it's half right. The operator is a real, supported option, and for some things it's the best "
     "one: off-the-shelf charts that expect a Kubernetes Secret, config that rarely changes, teams that "
     "don't want an extra container everywhere. It can even bounce a Deployment when the synced data "
     "changes. But I'd push back on two parts. Syncing puts the plaintext back in etcd, so we'd need etcd "
     "encryption backed by a cloud KMS plugin, plus strict RBAC over who can read Secrets or create pods in those "
     "namespaces. And environment variables are frozen when the process starts, so hourly database "
     "credentials would mean restarting pods every hour, plus env vars tend to leak into logs and crash "
     "dumps. For dynamic database creds and anything high value, I'd keep the injector: the sidecar holds "
     "the token, renews leases and rewrites the files in a memory-backed volume, and the app re-reads the "
     "file or reconnects. The CSI provider is another middle ground. So: split by secret class, prefer "
     "files over env vars, and measure what the sidecar really costs rather than assuming.",
     [], [],
     "Balanced: credits the operator's real benefits (restart on change, no sidecar, third-party apps), "
     "names etcd exposure and env-var staleness, keeps the agent for dynamic/high-value secrets, mentions "
     "CSI, and decides per secret class. Strong."),

    (4, "adequate", "adequate",
     "It's reasonable for some secrets but not all. The Vault Secrets Operator syncing into Kubernetes "
     "Secrets is supported and avoids sidecars, so it's nice for third-party apps. The catch is the "
     "secret is now in etcd, so you need encryption at rest and RBAC, and env vars don't update when the "
     "secret rotates, so you'd need restarts. For the database creds I'd probably keep the agent.",
     [], [],
     "Right verdict and the two key costs (etcd exposure, env vars not updating) but no detail on how the "
     "agent or operator handle rotation, no CSI option, no file-based delivery."),

    (4, "pattern", "weak",
     "No, I'd say that's not really an option. Vault Agent is the only supported way to get secrets from "
     "Vault into pods; anything that copies them into Kubernetes Secrets is a third-party hack and "
     "defeats the purpose of having Vault. The sidecar cost is just the price of doing secrets properly, "
     "so I'd tell the teammate to live with it.",
     [R4_CWA_ONLY_AGENT],
     ["Vault Agent is the only supported way to get secrets from Vault into pods"],
     "Acts out the 'Vault Agent is the only supported way' weak answer; the dogma is false because the "
     "Vault Secrets Operator and the Secrets Store CSI provider are HashiCorp-supported."),

    (4, "bluff", "adequate",
     "I'd split it by secret type. For static config and third-party charts, syncing into Kubernetes "
     "Secrets is fine as long as etcd encryption and RBAC are tight. For dynamic database credentials I'd "
     "keep the Agent Injector, because the sidecar renews leases and re-renders the files in "
     "/vault/secrets. And the rotation concern goes away there too, since the Agent Injector has a "
     "rolloutRestartTargets setting in its annotations, so when the credentials change it triggers a "
     "rolling restart of the Deployment for you. Env vars I'd avoid either way, because they're fixed at "
     "process start.",
     [], ["the Agent Injector has a rolloutRestartTargets setting in its annotations, so when the "
          "credentials change it triggers a rolling restart of the Deployment for you"],
     "Bluff (feature credited to the wrong product): rolloutRestartTargets is a field of the Vault "
     "Secrets Operator's custom resources, not an Agent Injector annotation; the injector re-renders "
     "files and does not restart Deployments. The overall split is sound, so adequate."),

    (4, "honest", "weak",
     "I'm honestly not very familiar with the Vault Secrets Operator, so I can't say how it handles "
     "renewals or rotation; I'd need to read its docs before agreeing or disagreeing. What I do know is "
     "that if the value ends up in an environment variable, a running process won't see a new value until "
     "it restarts. So I'd want to know how often these secrets change before deciding.",
     [], [],
     "Honest about not knowing the operator; the one point it makes (env vars need a restart) is right, "
     "but there is little substance, so weak."),

    (4, "offtopic", "weak",
     "If sidecars are the worry, the bigger win is usually the service mesh. Istio's ambient mode moves "
     "the proxy out of the pod into a per-node ztunnel plus optional waypoint proxies, so you drop the "
     "Envoy sidecar entirely, and startup gets faster because you're not waiting for the proxy to be ready "
     "before the app can make calls. Kubernetes native sidecar containers, the init containers with "
     "restartPolicy Always from 1.28, also fix the ordering problems on startup and job completion.",
     [], [],
     "Off-topic: fluent about service-mesh sidecars and native sidecar containers, nothing about Vault "
     "secret delivery, etcd exposure or rotation."),

    # ------------------------------------------------------------------ Round 5
    (5, "adequate", "adequate",
     "I'd start by getting rid of as many static secrets as possible: dynamic database credentials, cloud "
     "credentials from the AWS or GCP engines, short-lived certificates from PKI. For what has to stay "
     "static, like that API key, a scheduled rotation that writes a new version and then revokes the old "
     "one at the vendor. For the incident case, Vault can revoke everything under a prefix, so you can "
     "kill all the leases from one role in one command. And keep audit logging on so you know what the "
     "compromised service actually touched.",
     [], [],
     "Right strategy (fewer static secrets, scheduled rotation, prefix revocation, audit) but misses token "
     "revocation, immediate policy effect, lease-count risks and rehearsal."),

    (5, "pattern", "weak",
     "If a service gets compromised, the quickest fix is to delete its secrets out of Vault, the whole KV "
     "path for that service, and its role too. Once they're gone from Vault, the attacker can't get at "
     "them anymore. Then we recreate fresh values and redeploy. That keeps the response simple and fast.",
     [R5_CWA_DELETE],
     ["Once they're gone from Vault, the attacker can't get at them anymore."],
     "Acts out the 'delete its secrets from Vault' weak answer. Misconception listed: copies already "
     "fetched keep working and the credential stays valid at the vendor or database until rotated or its "
     "lease is revoked."),

    (5, "bluff", "adequate",
     "Short-lived by default is the whole strategy. HashiCorp's own research found that 83 percent of "
     "secret-related breaches involve credentials older than ninety days, so I'd push everything possible "
     "onto dynamic secrets: database users, cloud credentials, PKI certificates with short TTLs. The "
     "static leftovers get scheduled rotation with KV v2 versions so we can roll back. For incidents, "
     "vault lease revoke with the prefix flag kills every credential from a role, and since policies are "
     "checked on each request, tightening a policy cuts access for existing tokens straight away. Plus "
     "audit devices on, and a revocation drill every quarter.",
     [], ["HashiCorp's own research found that 83 percent of secret-related breaches involve credentials "
          "older than ninety days"],
     "Bluff (invented statistic): no such HashiCorp figure exists; it is made up and presented as fact. "
     "The mechanisms are correct and the statistic is only motivation, so adequate."),

    (5, "bluff", "adequate",
     "I'd make revocation boring and rehearsed. Dynamic credentials wherever possible, so most things "
     "expire within hours anyway. For the compromised service: revoke by prefix on its database creds "
     "path, revoke its tokens, and tighten its policy, which applies immediately. Clients holding a "
     "revoked token get a 401 Unauthorized on their next request, and the agent treats that 401 as its cue "
     "to re-authenticate with a fresh service account JWT. Static secrets like the API key get a rotation "
     "schedule with an owner, tracked in KV metadata, and alerts when they go stale.",
     [], ["Clients holding a revoked token get a 401 Unauthorized on their next request",
          "the agent treats that 401 as its cue"],
     "Bluff (wrong status code): Vault answers a request with a revoked or invalid token with 403 "
     "Forbidden ('permission denied'), not 401. Peripheral to an otherwise sound plan, so adequate."),

    (5, "honest", "adequate",
     "My approach would be: make most credentials short-lived so they expire on their own, put the "
     "remaining static ones on an owned rotation schedule, and rehearse revocation. I know Vault can "
     "revoke all leases under a path prefix in one go, and that revoking a token takes its leases with it. "
     "What I'm not sure of is whether editing a policy affects tokens that are already issued or only new "
     "ones; I'd need to check that, because it changes the playbook a lot. I'd also look up how Vault "
     "behaves if the audit log can't be written.",
     [], [],
     "Honest: correct on short-lived credentials, prefix revocation and token-lease coupling, and says "
     "plainly what it would look up (policy effect on existing tokens, audit failure behaviour). Adequate."),

    (5, "list", "weak",
     "Things I'd mention: dynamic secrets, short TTLs, leases, lease revocation, revoke-prefix, KV v2 "
     "versioning, static roles, rotate-root, PKI, the AWS secrets engine, audit devices, policies, token "
     "accessors, game days, break-glass, lease count quotas, and monitoring. That's basically the toolbox "
     "for rotation and revocation, I think.",
     [], [],
     "List: names the right tools with no statements about how they work together or when to use them."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pquotes, fclaims, note in ANSWERS:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "vault-r%d-%02d" % (rnd, counters[rnd]),
                "round": rnd,
                "answer": answer,
                "band": band,
                "bluff": kind == "bluff",
                "kind": kind,
                "pattern_quotes": list(pquotes),
                "false_claims": list(fclaims),
                "note": note,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(ANSWERS), OUT))


if __name__ == "__main__":
    main()
