#!/usr/bin/env python3
"""Build tls-certificate-lifecycle_answers.jsonl: 30 labelled answers (6 per round)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tls-certificate-lifecycle_answers.jsonl")

# Each entry: (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ------------------------------------------------------------------ round 1
    (1, "bluff", "adequate",
     "So ACME is the protocol defined in RFC 8446, and it basically automates what we do by hand today. "
     "The client registers an account key, creates an order for our hostnames, and the CA gives back "
     "challenges per name. HTTP-01 serves a token under .well-known on port 80, DNS-01 puts a TXT record at "
     "_acme-challenge, and DNS-01 is the one you need for wildcards. Once the challenges pass we send a CSR "
     "and download the cert plus intermediates. I'd run it through cert-manager in the cluster and an ACME "
     "client on the edge boxes, with CAA records locking issuance to our CA.",
     [], ["defined in RFC 8446"],
     "Bluff (misattributed RFC): RFC 8446 is TLS 1.3; ACME is RFC 8555. The false citation is peripheral and "
     "the flow, challenges and CAA are right, so adequate (capped)."),
    (1, "list", "weak",
     "ACME, RFC 8555, Let's Encrypt, certbot, cert-manager, account key, order, authorization, HTTP-01, "
     "DNS-01, TLS-ALPN-01, wildcard, CSR, fullchain, CAA record, staging endpoint, rate limits, ninety days, "
     "renewal... yeah, those are the pieces I'd be thinking about for the move, plus maybe ZeroSSL as a "
     "backup CA.",
     [], [],
     "List: names the right terms but says nothing about how any of them works or how to migrate."),
    (1, "strong", "strong",
     "Okay, so ACME is the IETF protocol, RFC 8555, and the nice thing is it isn't tied to Let's Encrypt; "
     "our current commercial CA may well speak it already. How it works: our client makes an account with "
     "its own key pair, places an order for the names, and for every name the CA hands back an authorization "
     "with a few challenge options. For web-facing hosts I'd use HTTP-01, where the client puts a token file "
     "under the well-known path and the CA fetches it over port 80. For anything internal, or wildcards, "
     "DNS-01: we publish a TXT record under _acme-challenge, and I'd give the automation a DNS credential "
     "that can only touch those records, maybe via a CNAME delegation. There's also TLS-ALPN-01 on 443 if "
     "port 80 is closed. After validation the client sends a CSR and gets the cert and chain back. I'd add "
     "CAA records so only our chosen CAs can issue, test against staging because production has rate limits, "
     "and renew at roughly two thirds of the 90 days.",
     [], [],
     "Strong: full order/authorization/challenge/finalize flow, all three challenge types with trade-offs, "
     "scoped DNS credentials, CAA, staging and renewal timing."),
    (1, "honest", "adequate",
     "I've only used ACME through certbot, so I know it from the user side. The CA gives you a challenge to "
     "prove control: either a file you serve over HTTP or a TXT record in DNS, and for wildcards it has to "
     "be the DNS one. I know there's a third, TLS-based challenge, but I couldn't explain how it works "
     "without reading up. Let's Encrypt also has rate limits per domain per week, and I'd need to look up "
     "the exact numbers before planning a migration of 400 names. I'd definitely try it on their staging "
     "environment first.",
     [], [],
     "Honest: says plainly what it would look up (TLS-ALPN-01, exact rate limits). What it states is "
     "correct but thin on the protocol flow and rollout, so adequate."),
    (1, "pattern", "weak",
     "Honestly, the simplest move is to stop juggling 400 certificates. We'd get a single wildcard, star dot "
     "example dot com, and push that same cert and key out to every server and load balancer with Ansible. "
     "One renewal, one date to track, and any new subdomain like shop or status is covered without touching "
     "the CA. ACME can issue wildcards, so we'd just automate that one renewal and redistribute it every "
     "couple of months.",
     ["Get one wildcard certificate and copy it everywhere."], [],
     "Pattern: one shared wildcard key on every machine; ignores the blast radius of a single key and "
     "doesn't explain how ACME proves control."),
    (1, "adequate", "adequate",
     "I'd roll out ACME, which is what Let's Encrypt uses, with certbot or cert-manager depending on where "
     "things run. The CA needs you to prove you control the domain, and there are challenge types for that: "
     "HTTP-01, where you serve a file on the website at a known path, and DNS-01, where you create a TXT "
     "record. Wildcards need the DNS one. Certificates are ninety days, so everything has to renew "
     "automatically, I'd say around thirty days before expiry. Then I'd monitor expiry dates so we notice "
     "when something doesn't renew.",
     [], [],
     "Adequate: challenge types and renewal are right, but no account/order/CSR flow, no TLS-ALPN-01, no "
     "CAA, credential scoping or rate limits."),

    # ------------------------------------------------------------------ round 2
    (2, "hedged", "adequate",
     "I'd swap the key first: new key, new certificate, deploy it, and then revoke the old certificate with "
     "the key compromise reason. I think the CA has something like five days to revoke after a key "
     "compromise report, but I'd check the Baseline Requirements for that. Clients find out through the CRL "
     "or OCSP, but a lot of them soft-fail, and browsers mostly rely on lists the vendor pushes, so I "
     "wouldn't count on revocation alone.",
     [], ["I think the CA has something like five days to revoke after a key compromise report"],
     "Hedged: the deadline for key compromise is 24 hours (five days applies to other reasons), stated with "
     "an explicit hedge. Order of operations and soft-fail are right; adequate."),
    (2, "bluff", "weak",
     "So I'd rotate first, new key and new cert deployed everywhere, then revoke through ACME with reason "
     "keyCompromise. The CA adds the serial to its CRL and its OCSP responses flip to revoked. The part that "
     "actually protects users is OCSP stapling: our servers fetch a signed status and hand it over in the "
     "handshake. If the attacker's server doesn't staple a fresh response, the browser refuses the "
     "connection, so as soon as the responder says revoked, the stolen key is useless to them. That's why "
     "I'd make sure stapling is on for every endpoint.",
     [], ["If the attacker's server doesn't staple a fresh response, the browser refuses the connection"],
     "Bluff (mechanism, plain words): without Must-Staple a missing staple is not an error; the client falls "
     "back to soft-fail or no check, and an attacker simply omits the staple. The false claim is the centre "
     "of the answer's protection story, so weak."),
    (2, "strong", "strong",
     "The first thing is not to treat revoking as the fix. The key is out, so I replace it: fresh key pair, "
     "new certificate, rolled to every load balancer and host that had the old one, and only then revoke, "
     "otherwise I break my own API. The revoke itself is an ACME request, which I can sign with our account "
     "key or with the leaked key, giving reason keyCompromise; the Baseline Requirements give the CA 24 hours "
     "to act on that. What changes is only the CA's published data: the serial shows up on its CRL and, if "
     "it still runs one, its OCSP responder says revoked. Clients have to check, and mostly they don't in "
     "real time. Browser OCSP was soft-fail, so a blocked request meant carry on, and Chrome dropped live "
     "checks years ago in favour of CRLSets, with Firefox using CRLite. Stapling doesn't save us here because "
     "the attacker just won't staple. And Let's Encrypt has stopped running OCSP entirely, it's CRLs now. So "
     "realistically some clients will trust that cert till it expires.",
     [], [],
     "Strong: rotate before revoke, ACME revocation with keyCompromise, 24-hour deadline, CRL/OCSP, "
     "soft-fail, CRLSets/CRLite, why stapling doesn't help, and the exposure until expiry."),
    (2, "offtopic", "weak",
     "Good question. The thing I'd focus on is the handshake. In TLS 1.3 a full handshake always uses "
     "ephemeral Diffie-Hellman, so even if the long-term private key leaks, past sessions can't be decrypted; "
     "that's forward secrecy. In TLS 1.2 with static RSA key exchange, anyone who recorded the traffic could "
     "decrypt it with the leaked key, so I'd audit our cipher suites, disable the RSA key exchange ones, and "
     "make sure we prefer AES-GCM or ChaCha20-Poly1305.",
     [], [],
     "Off-topic: fluent and correct about forward secrecy and cipher suites, but says nothing about "
     "revocation, CRL/OCSP or how clients learn of it."),
    (2, "pattern", "weak",
     "Revoking is the important part, so I'd do that straight away. We go to the CA, revoke the cert with "
     "reason key compromise, and from that moment every browser refuses it, because they check the "
     "certificate status with the CA when they connect. So the attacker's copy is dead within minutes. After "
     "that we'd issue a replacement cert with a new key and deploy it, and do a post-mortem on how the key "
     "ended up in Git.",
     ["Once we revoke it, every browser rejects the certificate right away."],
     ["from that moment every browser refuses it, because they check the certificate status with the CA when they connect"],
     "Pattern: acts out 'revocation is instant everywhere'; the misconception is listed as a false claim. "
     "Also revokes before replacing, which breaks the service."),
    (2, "bluff", "adequate",
     "The sequence is rotate, then revoke. Make a fresh key pair, have the replacement cert issued and rolled "
     "out, and then ask the CA to revoke the old one with keyCompromise, which under the Baseline Requirements they must do within 24 "
     "hours. Revocation just puts the serial on the CA's CRL, and in OCSP if they still run it, and live "
     "OCSP checks soft-fail, so on their own they don't protect much. What does help is that Chrome ships "
     "CRLite, a compact filter of every revoked certificate in the CT logs, so Chrome users get covered fast. "
     "Older or non-browser clients may never notice, so the exposure lasts until expiry.",
     [], ["Chrome ships CRLite"],
     "Bluff (feature credited to the wrong product): CRLite is Firefox's; Chrome uses CRLSets, a curated "
     "subset. Peripheral to an otherwise correct answer, so adequate (capped)."),

    # ------------------------------------------------------------------ round 3
    (3, "list", "weak",
     "Cert-manager, renewBefore, Issuer and ClusterIssuer, Envoy SDS, HAProxy runtime API, nginx reload, Java "
     "keystore, rolling restart, blackbox exporter, Prometheus alerts, Certificate Transparency, inventory, "
     "owners, trust bundle, CA rotation, Istio, SPIFFE, short-lived certs. So basically that whole toolbox, "
     "that's what I'd reach for here.",
     [], [],
     "List: the right tools are named, but nothing is said about how rotation, reload or monitoring would "
     "work."),
    (3, "honest", "strong",
     "Let me go through it and flag where I'd check details. Inventory first, from scans of what's actually "
     "listening plus CT logs, with an owner per certificate. Issuance with cert-manager in Kubernetes; I "
     "don't remember its exact default renewal window, I'd look that up, but I'd want renewal at least a few "
     "weeks before expiry so a failure is a ticket, not an outage. Delivery is the part people forget: Envoy "
     "can hot-swap via SDS, nginx reload is graceful, and the Java services need a rolling restart or a "
     "custom key manager that rereads the keystore. Monitoring should handshake against each endpoint and "
     "check the served chain, because a renewed secret proves nothing about what the process has loaded. The "
     "exporter metric name I'd have to look up. Internal CA rotation is trust-first: both roots in every "
     "bundle, then new issuance, then remove the old root after old certs expire.",
     [], [],
     "Honest, banded strong: openly would look up the cert-manager default and metric name, but covers "
     "inventory, early renewal, reload per platform, on-the-wire monitoring and two-phase CA rotation."),
    (3, "adequate", "adequate",
     "I'd automate all of it, with cert-manager for the Kubernetes side renewing a month or so before expiry, "
     "and whatever the load balancer vendor supports for the edge. The Java apps are the awkward ones since "
     "they won't pick up a new keystore, so renewal has to trigger a rolling restart. And I'd monitor by "
     "actually connecting to each endpoint and checking the expiry of the certificate it presents, with "
     "alerts a few weeks ahead.",
     [], [],
     "Adequate: automation, Java restart and on-the-wire monitoring are right; missing inventory/ownership, "
     "renewal-failure alerts and the internal CA trust-bundle rotation."),
    (3, "bluff", "adequate",
     "I'd use cert-manager for everything inside the clusters. One thing to know is that out of the box "
     "cert-manager only renews a certificate 24 hours before it expires, so I'd always set renewBefore "
     "explicitly to something like 30 days on a 90-day certificate. Reload is per platform: Envoy gets "
     "secrets over SDS, nginx does a graceful reload, Java apps get a rolling restart. For monitoring I'd run "
     "a blackbox probe against each endpoint and alert on the expiry of the served certificate, not the "
     "secret. And rotating the internal CA needs overlap, both CAs in the trust bundle first.",
     [], ["out of the box cert-manager only renews a certificate 24 hours before it expires"],
     "Bluff (contradicted default): cert-manager renews at two-thirds of the lifetime by default (30 days "
     "before expiry for a 90-day certificate). The answer overrides it anyway, so the error is peripheral: "
     "adequate (capped)."),
    (3, "strong", "strong",
     "For 3,000 services I'd split it into four problems. Knowing what exists: discover certificates by "
     "scanning our endpoints and watching CT for public names, and tag every one with an owning team. "
     "Issuing: cert-manager in the clusters, managed certs on the CDN, an ACME client or vendor API for the "
     "load balancers, all renewing around a third of the lifetime before expiry so a failure leaves weeks of "
     "slack. Getting it loaded: Envoy sidecars pick up new secrets over SDS, HAProxy can swap certs through "
     "its runtime API, nginx reloads gracefully, and the Java apps that only read the keystore at boot get a "
     "rolling restart kicked off by the renewal event. Watching: external probes that open a real handshake "
     "and report the soonest notAfter in the chain being presented, warning three weeks out and paging at "
     "one, plus alerts when an issuance fails. For the mesh CA I'd do an overlap: ship a bundle trusting old "
     "and new roots, switch issuance, retire the old root once nothing it signed is still valid. And keep "
     "mesh certificates very short, a day, so rotation is constant.",
     [], [],
     "Strong: inventory with owners, automated issuance with early renewal, per-platform reload, "
     "on-the-wire monitoring with failure alerts, two-phase CA rotation, short internal lifetimes."),
    (3, "pattern", "weak",
     "I'd keep it pretty simple. Cert-manager and certbot write the certificates out as files or secrets, so "
     "I'd run a small exporter on every node that reads each certificate file, parses the notAfter date, and "
     "exposes days-until-expiry as a metric. Then a Prometheus alert fires if any file is under fourteen "
     "days. If the files are fresh, we're covered, and it's cheap to run across 3,000 services.",
     ["Alert when the certificate file on disk is close to expiry."], ["If the files are fresh, we're covered"],
     "Pattern: monitors files, not what the process serves; a renewed file says nothing about a process that "
     "still holds the old certificate in memory (the Java apps)."),

    # ------------------------------------------------------------------ round 4
    (4, "offtopic", "weak",
     "I think the bigger issue is how we handle secrets in general. We should move all our API keys and "
     "database passwords into HashiCorp Vault, use dynamic database credentials with short leases, and have "
     "applications fetch them at startup using Kubernetes auth. That way nothing long-lived sits in config "
     "files or environment variables, and when someone leaves the company we don't have to rotate a hundred "
     "passwords by hand.",
     [], [],
     "Off-topic: fluent secrets-management advice, but never addresses revocation versus short certificate "
     "lifetimes."),
    (4, "bluff", "adequate",
     "He's largely right. Live OCSP was never reliable; in real-world measurements something like 80 percent "
     "of OCSP requests time out or fail, which is why browsers had to soft-fail in the first place. Chrome "
     "relies on CRLSets, Firefox on CRLite, and Let's Encrypt has shut its OCSP responders down. So for "
     "internal mTLS with day-long certs I'd drop revocation completely. For public certs I'd still revoke on "
     "key compromise, because the lifetime is still up to 90 days from Let's Encrypt and longer from "
     "commercial CAs, and the CA is obliged to revoke anyway. The long-term answer is the shrinking maximum "
     "lifetime.",
     [], ["in real-world measurements something like 80 percent of OCSP requests time out or fail"],
     "Bluff (invented statistic): no measurement shows most OCSP requests failing; soft-fail exists because "
     "some fail and an attacker can block them. The rest of the position is sound, so adequate (capped)."),
    (4, "hedged", "weak",
     "Yeah, I lean towards agreeing. Let's Encrypt certs are, I believe, 180 days, though I'd want to "
     "double-check that, so a stolen key would be good for a few months at worst. Revocation doesn't really "
     "get checked anyway, so I'd focus on rotating more often and not spend much time on it.",
     [], ["Let's Encrypt certs are, I believe, 180 days"],
     "Hedged: Let's Encrypt certificates are 90 days, stated with an explicit hedge. Otherwise thin and "
     "one-sided, so weak."),
    (4, "adequate", "adequate",
     "I mostly agree with the direction. Revocation checking is soft-fail in practice, Chrome doesn't do live "
     "OCSP, and Let's Encrypt has dropped OCSP, while lifetimes keep shrinking, so short-lived certs are the "
     "better control. But I wouldn't stop revoking public certificates: a stolen key on a 90-day certificate "
     "is still useful for a long time, and browsers do use pushed revocation lists. For internal certs that "
     "last a day, sure, skip revocation.",
     [], [],
     "Adequate: correct balanced position tied to lifetime; missing the lifetime schedule, the CA's "
     "obligation to revoke and why hard-fail is not the alternative."),
    (4, "pattern", "weak",
     "No, I'd push back. Revocation only looks broken because clients are configured to soft-fail. The answer "
     "is to make every client hard-fail: if the OCSP responder can't be reached or doesn't give a good "
     "response, the connection is refused. We control our services and our mobile apps, so we can enforce "
     "that, and then a revoked certificate is actually dead. Short lifetimes are fine too, but hard-fail is "
     "what makes revocation real.",
     ["Make every client hard-fail if it can't reach the OCSP responder."], [],
     "Pattern: hard-fail everywhere makes the CA's responder a single point of failure for every connection "
     "and ignores that many CAs no longer run OCSP."),
    (4, "honest", "adequate",
     "I think it's partly right. Short lifetimes do limit how long a stolen key is useful, and I know Chrome "
     "doesn't do live OCSP checks. I know the CA/Browser Forum voted to cut maximum certificate lifetimes a "
     "lot over the next few years, but I couldn't tell you the exact dates or the end number without looking "
     "it up. I'd still keep revoking on key compromise for public certs, since today they can live for "
     "months, and I'd want to check which of our internal clients actually check CRLs before deciding for "
     "the internal PKI.",
     [], [],
     "Honest: says it would look up the lifetime schedule; the balanced position it does state is correct, "
     "so adequate."),

    # ------------------------------------------------------------------ round 5
    (5, "adequate", "adequate",
     "For the chain problem, the server has to send the intermediate certificates along with the leaf; "
     "browsers can work around a missing one but tools like curl and Java can't. So I'd always deploy the "
     "full chain and add a check with openssl or curl after every deploy. For the expired certificate, the "
     "issue is that nobody owned it, so I'd build an inventory of all certificates with owners and put "
     "everything we can on automated renewal with expiry monitoring.",
     [], [],
     "Adequate: right fixes for both incidents; missing why browsers hide the error, monitoring of the "
     "served chain, CA-side events and mass-revocation readiness."),
    (5, "bluff", "weak",
     "I'd actually look at the chain incident differently. Clients always go and download any missing "
     "intermediate themselves from the address in the certificate, so leaving it out of the bundle can't "
     "break anyone. The failing Java and Python services must have a stale or incomplete trust store, so the "
     "fix is to update their CA bundles and base images. For the gateway, I'd put all certificates in an "
     "inventory with owners, automate renewal through ACME, and alert a few weeks before expiry on what the "
     "endpoint is serving.",
     [], ["Clients always go and download any missing intermediate themselves from the address in the certificate, so leaving it out of the bundle can't break anyone"],
     "Bluff (mechanism, plain words, also a false absolute): only some browsers fetch via AIA; OpenSSL-based "
     "clients, Java and Python do not, which is exactly why the incident happened. Central to the chain "
     "diagnosis, so weak."),
    (5, "honest", "weak",
     "I'll be upfront, I haven't dealt with a chain incident myself. I know the server is supposed to send "
     "the intermediate along with its certificate, and I've heard browsers can fill in a missing one "
     "somehow, but I'd need to look up how exactly. For the expired one, I'd want some list of certificates "
     "with an owner for each and an alert before expiry. Beyond that I'd have to read up on how other teams "
     "run this.",
     [], [],
     "Honest: says plainly what it doesn't know; what it states is correct but there is little substance "
     "for a program design, so weak."),
    (5, "strong", "strong",
     "Two different failures. The chain one happens because browsers paper over it: Chrome and Safari will "
     "chase the issuer URL in the leaf to download a missing intermediate, and Firefox ships a preloaded set, "
     "whereas curl, Python's ssl module and Java just see a leaf they can't link to a trusted root and fail "
     "the handshake. So the deploy must always use the full chain file, and every deployment gets verified "
     "by something that isn't a browser, say an openssl s_client check in CI and in our synthetic monitors. "
     "The expired gateway cert is about ownership. I'd keep a single inventory fed by scanning, CT and the CA "
     "APIs, every certificate with an owning team and an automated renewal path, and anything manual shows "
     "up on a risk dashboard. Alerts go to that team weeks ahead, based on what the endpoint actually serves. "
     "Beyond that: test root and trust-store changes against our oldest clients, remembering the 2021 DST "
     "Root CA X3 expiry, and rehearse a renew-everything-today drill, because CAs do mass revocations with "
     "little notice.",
     [], [],
     "Strong: explains why browsers hide chain errors, full-chain deploy with non-browser verification, "
     "inventory with owners, served-certificate monitoring, root expiry and mass-revocation readiness."),
    (5, "pattern", "weak",
     "I'd say the first one isn't really our bug. We tested the new certificate in Chrome and Firefox and it "
     "was fine, so the certificate itself is valid; the Java and Python clients probably have outdated trust "
     "stores and their owners should update them. For the expiry, I'd add it to the monitoring and move on.",
     ["If it works in Chrome, the certificate is fine."],
     ["the Java and Python clients probably have outdated trust stores"],
     "Pattern: treats a browser test as proof; browsers fetch or preload the missing intermediate, so the "
     "real cause (the incomplete chain) is blamed on the clients."),
    (5, "bluff", "adequate",
     "The chain one: the server has to send leaf plus intermediates, because only browsers will go and fetch "
     "a missing intermediate; curl and Java won't. So we deploy the fullchain file and verify with openssl "
     "s_client after every change. For expiry, I'd inventory everything with an owner and automate renewals. "
     "On detection, an expired certificate is easy to spot in our edge metrics because the server starts "
     "answering every request with HTTP 495, so I'd put an alert on the 495 rate next to the external expiry "
     "probe.",
     [], ["the server starts answering every request with HTTP 495"],
     "Bluff (wrong status code): an expired server certificate makes the client abort the TLS handshake, so "
     "no HTTP response is exchanged at all; 495 is nginx's non-standard code for client-certificate errors. "
     "Peripheral next to the external probe, so adequate (capped)."),
]

FIELDS = ("id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note")


def build():
    records = []
    counters = {}
    for rnd, kind, band, answer, pq, fc, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        rec = {
            "id": "tls-r%d-%02d" % (rnd, counters[rnd]),
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": list(pq),
            "false_claims": list(fc),
            "note": note,
        }
        assert tuple(rec) == FIELDS
        records.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT))


if __name__ == "__main__":
    build()
