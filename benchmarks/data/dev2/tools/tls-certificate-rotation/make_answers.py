import json
A = []
def add(i, rnd, kind, band, bluff, answer, note, pq=(), fc=()):
    A.append({"id": f"tlsrot-r{rnd}-{i:02d}", "round": rnd, "answer": answer, "band": band,
              "bluff": bluff, "kind": kind, "pattern_quotes": list(pq), "false_claims": list(fc), "note": note})

# ---------------- Round 1 ----------------
add(1, 1, "strong", "strong", False,
 "So the real problem is a manual renewal, so step one is nobody renews by hand. For the public stuff, um, the browsers and the CA/B Forum cap you at 398 days already, and that's going down, a ballot takes it to 200 days this year and 47 days in 2029. I'd go ACME, Let's Encrypt gives you 90-day certs, DNS-01 if we need wildcards. In the clusters, cert-manager, which out of the box gives you 90-day certs and kicks off renewal when there's a third left, so roughly day 60. Internal certs I'd make way shorter, like a day or even hours. And then, crucially, alerting that looks at what the endpoint actually serves, like blackbox exporter's earliest-expiry probe, warn around three weeks out, page at a week, plus an inventory of the certs on appliances and LBs outside Kubernetes.",
 "Covers the 398-day cap and its scheduled reduction, ACME with 90-day certs and DNS-01 for wildcards, cert-manager's 90-day default and renewal at one third remaining, short internal lifetimes, and monitoring of served certificates with thresholds and an inventory. All correct.")
add(2, 1, "adequate", "adequate", False,
 "I'd basically automate it with cert-manager in the clusters, so each service gets a Certificate resource and cert-manager renews it before it expires, I think with the default ninety-day cert it starts renewing around thirty days before, so you've got a month of slack if the issuer breaks. And then I'd add a Prometheus alert on the expiry timestamp metric cert-manager exports so if renewal is stuck we hear about it well before the date.",
 "Correct core: automated renewal with cert-manager, the right renewal window, and expiry alerting. Missing public vs internal lifetimes (398-day limit, short internal certs), independent checking of what endpoints serve, and certificates outside the cluster.")
add(3, 1, "pattern", "weak", False,
 "Honestly I think the simplest thing is visibility. We put all the certs into a spreadsheet with the expiry dates, put all the expiry dates in a shared calendar and set reminders a month ahead, and assign an owner per cert so someone's on the hook. Then whoever gets the reminder renews it and ticks it off. It's low-tech but it works and everyone can see it.",
 "Exhibits the manual calendar weak pattern; still a human-dependent process that does not scale to 400 services or verify what is served.",
 pq=["Put all the expiry dates in a shared calendar and set reminders a month ahead."])
add(4, 1, "bluff", "adequate", True,
 "Yeah so, automate everything with ACME. Let's Encrypt certs are ninety days and cert-manager renews them about thirty days before expiry, so there's plenty of buffer. The one thing people miss is rate limits: Let's Encrypt allows fifty certs per registered domain per week, and when you hit that the ACME server sends back a 503 Service Unavailable, so your renewal job thinks Let's Encrypt is down and just keeps retrying, which makes it worse. So I'd make the retry logic aware of that and alert on it. And for internal services I'd run a private issuer with short-lived certs, and alert on expiry from Prometheus.",
 "Mostly correct (90-day certs, 30-day renewal window, 50 certificates per registered domain per week, private issuer, alerting), but confidently states the wrong HTTP status: rate limiting is signalled with HTTP 429 and the ACME rateLimited error type, not 503.",
 fc=["when you hit that the ACME server sends back a 503 Service Unavailable"])
add(5, 1, "honest", "adequate", False,
 "So the fix is automation plus monitoring. I'd run cert-manager with an ACME issuer for the public names and an internal CA issuer for the service-to-service stuff, with the internal ones being pretty short, like days. Off the top of my head I don't remember the default point where cert-manager starts renewing, I know there's a renewBefore setting and I'd look up what it defaults to, but whatever it is I'd make sure there's weeks of buffer. And I'd alert on the expiry of what the endpoints actually present, not just what cert-manager thinks.",
 "Honest about not remembering the renewBefore default (it is one third of the duration); otherwise correct core: ACME plus internal issuer, short internal lifetimes, monitoring served certificates. Lacks the public 398-day context and inventory of non-cluster certs.")
add(6, 1, "list", "weak", False,
 "Um, so the key things here would be, let me think, ACME, Let's Encrypt, cert-manager, the renewBefore field, ninety days, the 398-day thing, Prometheus alerts, blackbox exporter, short-lived certs, private CA, inventory. Those are the pieces I'd look at.",
 "Only names relevant terms; no design, no statement connecting them.")

# ---------------- Round 2 ----------------
add(1, 2, "strong", "strong", False,
 "Okay so SPIFFE gives each workload a URI identity, spiffe colon slash slash trust domain then a path, and that ID sits in the URI subject alt name of the cert, the SVID. SPIRE runs a server that's the CA and an agent on each node; the agent attests the node to the server, and then when a workload connects over the Workload API Unix socket it attests the workload, say from the pod's service account, and gives it a short cert, an hour by default, rotating at half-life. Envoy can pull that over SDS. The receiving side validates the chain against the trust bundle and then, importantly, checks the SPIFFE ID against policy, not just valid-cert-equals-allowed. On 1.3 the client cert is encrypted now, so you can't sniff identities like you could on 1.2, and a missing client cert gets the certificate_required alert.",
 "Correct on SPIFFE ID format and URI SAN placement, server/agent roles, node and workload attestation, Workload API socket, 1h default TTL and half-life rotation, SDS, authorization on the ID, and TLS 1.3 encrypted client certificate and certificate_required alert.")
add(2, 2, "pattern", "weak", False,
 "We'd issue every service a cert, the service name goes in the CN and we check that the certificate is valid on the other side, so if it chains to our CA we let it in. TLS 1.3 is just faster, one round trip instead of two, so we'd turn that on too.",
 "Exhibits the CN-plus-validity weak pattern: authenticates but never authorizes, and ignores SPIFFE's URI SAN. The 1-RTT remark is true but says nothing about mTLS on the wire.",
 pq=["The service name goes in the CN and we check that the certificate is valid."])
add(3, 2, "bluff", "adequate", True,
 "So with SPIRE, the agent on each node attests the workload, usually using Kubernetes selectors like namespace and service account, and hands it an X.509-SVID over the Workload API socket. The SPIFFE ID is in the URI SAN. The default X.509-SVID TTL in SPIRE is 30 days, and the agent renews at about two thirds of that, which is why you don't see much churn. On the verifying side you check the chain against the trust domain's bundle and then authorize on the ID. And TLS 1.3 encrypts the client certificate so observers can't see who's calling whom.",
 "Much is correct (attestation, Workload API, URI SAN, bundle and ID authorization, encrypted client certificate in TLS 1.3), but the default X.509-SVID TTL is 1 hour, rotated at half its lifetime, not 30 days at two thirds.",
 fc=["The default X.509-SVID TTL in SPIRE is 30 days", "the agent renews at about two thirds of that"])
add(4, 2, "bluff", "weak", True,
 "mTLS is pretty simple, both sides present certs. With SPIFFE the identity is a spiffe URI in the cert. One thing people get wrong about TLS 1.3 though is privacy: in 1.3 the client certificate still goes out in the clear, it's only the application data that gets encrypted, so anyone with a tap on the network can see exactly which service identity is calling which. That's actually nice for debugging, you can just Wireshark it. So the change with 1.3 is mostly just speed.",
 "Confident false absolute: in TLS 1.3 the client's Certificate and CertificateVerify are encrypted under the handshake keys (it was TLS 1.2 that sent client certificates in cleartext). Little other substance beyond the URI identity.",
 fc=["in 1.3 the client certificate still goes out in the clear, it's only the application data that gets encrypted", "anyone with a tap on the network can see exactly which service identity is calling which"])
add(5, 2, "hedged", "adequate", False,
 "Right, so each workload gets an SVID, which is an X.509 cert with the SPIFFE ID in the URI SAN, from the local SPIRE agent over a Unix socket after the agent checks which pod it is. I think the default lifetime is something like 24 hours, but I'd check, it might be shorter. Peers verify the chain to the trust bundle and then you authorize by the ID, so the payments service only accepts specific callers. And with 1.3 the client cert is encrypted so it isn't visible on the wire.",
 "Core correct (SVID, URI SAN, agent over Unix socket, workload attestation, authorize on ID, encrypted client cert). The lifetime guess is wrong (default is 1 hour) but explicitly hedged, so not a bluff.")
add(6, 2, "offtopic", "weak", False,
 "Personally I'd skip all the certificate stuff and put the services behind a WireGuard mesh, like Tailscale, each node gets a key and you do ACLs by tags, it's so much easier to operate. And then for the app layer you pass a JWT from the API gateway so each service knows who the end user is.",
 "Does not answer how SPIFFE/SPIRE or mTLS work or what TLS 1.3 changes; proposes a different architecture instead.")

# ---------------- Round 3 ----------------
add(1, 3, "strong", "strong", False,
 "So revocation first, um, internally short lifetimes are the real answer. OCSP has the client ask the CA per cert, which is slow and leaks who you talk to, and clients soft-fail if the responder is down. Stapling has the server send the signed OCSP response in the handshake, and must-staple makes it mandatory. But the public world's going back to CRLs, Let's Encrypt killed its OCSP responders last year and Chrome uses CRLSets anyway. Inside, with certs that live a day or an hour, I'd just stop issuing for that identity and deny it in policy till it expires. For no-restart: the cert only matters at handshake, so in Go use a GetCertificate callback with an atomically swapped cert, nginx reload drains old workers gracefully, Envoy gets it from SDS. Watch out for subPath mounts, they never update. And cap connection age so old connections re-handshake.",
 "Correct on OCSP privacy/latency/soft-fail, stapling and must-staple, the shift to CRLs (Let's Encrypt ended OCSP in 2025, Chrome CRLSets), short lifetimes as internal revocation, handshake-time validation, Go GetCertificate, nginx reload, Envoy SDS, the subPath trap and connection age limits.")
add(2, 3, "adequate", "adequate", False,
 "For revocation I'd lean on short-lived certs, if internal certs only last a day then a leaked key is only good for a day, and I'd rather do that than run an OCSP responder that everyone soft-fails on anyway. For the no-restart thing, Envoy sidecars already get certs pushed over SDS, and for our Go services I'd load the cert through a GetCertificate callback so new handshakes pick up the renewed file without a restart.",
 "Right core: short lifetimes over OCSP, SDS and Go GetCertificate. Missing stapling/CRL details, what happens to existing connections, and the Kubernetes mount caveats.")
add(3, 3, "pattern", "weak", False,
 "For the reload thing, I mean, restart the pods after each renewal, it's only a rolling restart, Kubernetes handles that fine with a PDB. And for revocation we'd just publish a CRL from our CA and have the services check it.",
 "Exhibits two weak patterns: rolling restarts per renewal (hourly restarts with short certs) and an unenforced CRL with no thought about distribution or soft-fail.",
 pq=["Restart the pods after each renewal, it's only a rolling restart.", "We'll publish a CRL and every service will check it."])
add(4, 3, "bluff", "adequate", True,
 "So on revocation, OCSP stapling is the way, the server attaches the CA-signed OCSP response in the handshake, so clients don't have to call the CA, and short-lived certs cover most of it anyway. For reloading, it's easier than people think: nginx watches its certificate files with inotify, so when cert-manager rewrites the secret nginx just picks up the new cert on its own, no reload signal needed. For Go you'd do a GetCertificate callback, and Envoy uses SDS.",
 "Stapling, short lifetimes, Go GetCertificate and Envoy SDS are correct, but nginx does not watch certificate files with inotify; with a normal static ssl_certificate path it only loads a new certificate on reload (nginx -s reload / SIGHUP). That hot-reload behaviour belongs to Envoy SDS or apps written to watch files, not nginx.",
 fc=["nginx watches its certificate files with inotify", "nginx just picks up the new cert on its own, no reload signal needed"])
add(5, 3, "honest", "weak", False,
 "Um, so I haven't used OCSP stapling in production, I know roughly it's the server attaching the revocation status to the handshake but I couldn't tell you how it fails or what the current state of it is with the public CAs. On the restart question, I know Envoy can take new certs without restarting through SDS, but for the Java services I'd honestly have to go and look at what the framework supports.",
 "Honest about gaps and not a bluff; gets stapling's basic idea and Envoy SDS right, but offers no revocation strategy and no general reload approach, so little substance.")
add(6, 3, "list", "weak", False,
 "So for this one I'd be thinking about, uh, OCSP, CRLs, OCSP stapling, must-staple, Chrome CRLSets, short-lived certs, and then on the reload side Envoy SDS, SIGHUP for nginx, Go's GetCertificate, connection draining. That's the toolbox, basically.",
 "Names the right terms but makes no statement or decision.")

# ---------------- Round 4 ----------------
add(1, 4, "strong", "strong", False,
 "There's three different bugs hiding there. The Go 'not yet valid' one on a brand new cert, that's clocks, those nodes are behind so the notBefore looks like it's in the future, and Go doesn't give you any slack, so fix chrony, alert on drift, and backdate notBefore a bit at the issuer. The Java PKIX error while Chrome is happy is the classic missing intermediate, we're serving the leaf alone, browsers chase the AIA URL or have it cached, Java and Go and curl don't, so serve leaf plus intermediate, leaf first, root not needed. The old load balancer I'd bet can't do ECDSA. P-256 is a better key, stronger than RSA 2048 and much cheaper to sign with, but we can serve both, nginx can load an RSA and an ECDSA cert side by side. Roll the key change back, fix chain and clocks, then do ECDSA separately.",
 "Correctly separates clock skew (notBefore, no tolerance in Go, backdating), missing intermediate (AIA fetching in browsers, not in Java/Go/curl; serve leaf then intermediate, not root) and RSA-only legacy client (dual certificates), with the right relative strengths and a one-change-at-a-time rollback.")
add(2, 4, "pattern", "weak", False,
 "Browsers work, so the certificate is fine, the Java clients must have an old trust store, so I'd update cacerts on those. The load balancer is legacy anyway, ECDSA is more secure, the load balancer just needs upgrading. The Go thing I'm not sure, maybe restart them.",
 "Exhibits two weak patterns: trusting the browser result (missing the intermediate/AIA difference) and forcing an upgrade instead of serving both key types; no diagnosis of clock skew.",
 pq=["Browsers work, so the certificate is fine, the Java clients must have an old trust store.", "ECDSA is more secure, the load balancer just needs upgrading."])
add(3, 4, "bluff", "adequate", True,
 "So the not-yet-valid is clock skew, nodes behind on time see the new cert's start date in the future, fix NTP. The PKIX thing is almost certainly the intermediate missing from the served chain, browsers fetch it via AIA and Java doesn't. And the load balancer, yeah, ECDSA support: roughly 30 percent of Java clients in the wild still can't validate ECDSA chains, which is why a lot of shops stay on RSA. I'd serve both an RSA and an ECDSA cert and let the handshake pick.",
 "Diagnosis of skew, missing intermediate and dual certificates is correct, but the '30 percent of Java clients' figure is an invented statistic stated as fact; Java has supported ECDSA since Java 7.",
 fc=["roughly 30 percent of Java clients in the wild still can't validate ECDSA chains"])
add(4, 4, "bluff", "adequate", True,
 "Okay, the Go message is a time problem: a fresh cert whose notBefore is after the node's clock. If you run openssl verify on one of those boxes you'll see error 10, certificate is not yet valid, that's the code to grep for in logs. The Java failure is the chain, we're not sending the intermediate, and browsers are forgiving because they fetch it. The appliance is probably RSA only, so roll the key type back for that path and reintroduce ECDSA as its own change.",
 "Good diagnosis overall, but the OpenSSL code is wrong: 'certificate is not yet valid' is X509_V_ERR_CERT_NOT_YET_VALID, error 9; error 10 is 'certificate has expired'. Stated confidently as the thing to grep for.",
 fc=["you'll see error 10, certificate is not yet valid"])
add(5, 4, "honest", "strong", False,
 "So I'd separate it. 'Not yet valid' right after issuance says clocks, some nodes are lagging, the notBefore is basically now and they think it's the future, so fix time sync and have the CA backdate a little. Java failing while browsers work smells like the server only sends the leaf, browsers can fill in the intermediate themselves, Java won't. I'd have to check exactly which browsers fetch via AIA and which ones ship intermediates, I don't remember that detail. And the appliance likely only speaks RSA, so I'd serve an RSA cert alongside the ECDSA one, and honestly I'd roll back the key change because we changed two things at once.",
 "Correctly diagnoses all three problems with the right fixes and rollback; openly says it does not remember which browsers use AIA fetching vs preloading. Honest, not a bluff.")
add(6, 4, "hedged", "adequate", False,
 "Most likely the servers are missing the intermediate, browsers patch that up and Java doesn't, and the 'not yet valid' errors are nodes with a slow clock. On the key, ECDSA P-256 is a good choice, small and fast, I want to say it's about the same strength as RSA 4096 but I'd check that, either way it's stronger than 2048. But the old LB probably doesn't support it, so you keep an RSA cert for it.",
 "Core diagnosis right; the strength comparison is wrong (P-256 is roughly equivalent to RSA 3072) but said with an explicit hedge, so not a bluff. Missing detail on fixes (backdating, chain order) and rollout discipline.")

# ---------------- Round 5 ----------------
add(1, 5, "strong", "strong", False,
 "The rule I'd follow is trust first, issue second, untrust last. So first find every trust store: baked-in image bundles, JVM cacerts, ConfigMaps, the mesh, appliances. Then ship the new root next to the old one everywhere, and in mTLS that means the server-side client CA bundles too. Nothing's signed by it yet, so it's harmless and reversible. Prove it with a canary endpoint using a new-root cert that every client type hits. Then move issuance to a new intermediate under the new root a slice at a time; since everybody trusts both roots, old and new certs talk to each other fine, and rolling back is just pointing issuance back at the old CA. Then wait out the longest leaf lifetime plus some margin, scan that nothing serves an old chain, and only then pull the old root, slowly, well before it expires. trust-manager can handle distributing the bundle.",
 "Correct phased plan: inventory, add new root everywhere including client-CA bundles, canary verification, gradual issuance switch with overlap enabling rollback, wait at least max leaf lifetime and scan, remove old root last and before expiry, trust-manager for distribution.")
add(2, 5, "adequate", "adequate", False,
 "I'd do it in two phases. First push the new root into all the trust bundles next to the old one and let that soak, then start issuing from the new CA. Because both are trusted during that window, if something goes wrong we can just go back to issuing from the old one. Once all the certs from the old CA have expired, we take the old root out of the bundles.",
 "Correct overlap principle and rollback, and the removal condition. Missing inventory of trust stores, verification of coverage, mTLS client-CA bundles, gradual issuance and fleet scanning.")
add(3, 5, "pattern", "weak", False,
 "I'd plan a maintenance window and generate the new root, reissue all certificates over a weekend and swap the trust store at the same time, so everything flips together and we're not in a weird mixed state for months. If something breaks we fix forward.",
 "Exhibits the big-bang cutover weak pattern with no overlap and no rollback path.",
 pq=["Generate the new root, reissue all certificates over a weekend and swap the trust store at the same time."])
add(4, 5, "bluff", "adequate", True,
 "So you do a classic trust anchor rollover. Add the new root to every bundle alongside the old one, then switch issuance over gradually, and because both roots are trusted you can roll back just by issuing from the old one again. The timing is specified for you: RFC 5011 defines the rollover for X.509 roots and requires a 30-day hold-down before clients accept a new root, so you plan at least a month between adding the root and issuing from it. After the last old leaf expires you drop the old root.",
 "The overlap plan and rollback are correct, but RFC 5011 is about automated DNSSEC trust anchor updates, not X.509 PKI; there is no standard 30-day hold-down for adding an X.509 root. Rule credited to the wrong standard.",
 fc=["RFC 5011 defines the rollover for X.509 roots and requires a 30-day hold-down before clients accept a new root"])
add(5, 5, "honest", "adequate", False,
 "I haven't done a root rotation myself, so this is from first principles. You need both roots trusted for a while, so first add the new one to every bundle, then start issuing from it, and keep the old root around until nothing that chains to it is still in use, that's what gives you the rollback. I know SPIRE has some built-in way of pre-publishing the next key in the bundle, but I'd need to look up how it does that before relying on it.",
 "Honest about lacking hands-on experience and about SPIRE's mechanism; the principle (trust before use, overlap enables rollback, remove old root last) is correct. Missing inventory, canarying, timing by max leaf lifetime, and fleet scanning.")
add(6, 5, "offtopic", "weak", False,
 "We did something similar with database credentials, we moved everything into Vault with dynamic secrets so each app gets a Postgres user with a one-hour lease and Vault revokes it at the end. That way we never have to rotate a shared password again. I'd do that across the board.",
 "About database credential rotation, not CA rollout or trust bundle overlap.")

with open("tls-certificate-rotation_answers.jsonl", "w") as f:
    for a in A:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(A))
