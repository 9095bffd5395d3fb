#!/usr/bin/env python3
"""Build supply-chain_answers.jsonl: 30 labelled answers for the supply-chain gauntlet.

Run: python3 build_answers.py   (writes supply-chain_answers.jsonl next to this file)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "supply-chain_answers.jsonl")

# Common Weak Answer quotes, copied verbatim from supply-chain.txt.
R1_VERSION_TAGS = "Just stop using latest and use version tags like v2.3 instead."
R2_KEYLESS_NO_KEY = "Keyless means nothing is signed with a key; Sigstore just vouches for the image."
R3_BUILD_WRITES_PROVENANCE = "Our build writes a provenance file, so we're SLSA Level 3."
R4_ONLY_CI_PUSHES = "Only CI can push to our registry, so signing adds nothing."
R5_SIGN_AND_DONE = "Sign all the images and we're done."


def rec(id_, round_, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    return {
        "id": id_,
        "round": round_,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    }


ANSWERS = [
    # ---------------- Round 1: tags vs digests ----------------
    rec(
        "sc-r1-01", 1,
        "So the core issue is that a tag is just a label somebody can move. If I push a new build and "
        "retag it v2.3, or an attacker holding our push token does, the YAML in Git looks identical but "
        "the cluster may now run different code. Worse, two nodes can end up with different bytes: a node "
        "that already has v2.3 cached won't pull again under IfNotPresent, while a brand new node fetches "
        "the current one. And latest gets pull policy Always by default. What I'd do is reference images "
        "by digest, the sha256 hash of the manifest, which is immutable by construction, change one byte "
        "and the hash changes. For multi-arch images you pin the index digest. Then automation, Renovate "
        "for instance, to bump those digests through normal PRs, otherwise everyone quietly stops updating "
        "base images. And I'd be clear with the reviewer that a digest gives us integrity, not "
        "authenticity. It doesn't say our CI built it. For that you need signatures and provenance on top.",
        "strong", "strong",
        note="Covers tag mutability, replica divergence under IfNotPresent, Always for latest, digest as "
             "manifest hash, index digest for multi-arch, automated bumps, and integrity vs origin.",
    ),
    rec(
        "sc-r1-02", 1,
        "Tags are mutable, right, so nginx:latest today and nginx:latest next week can be totally "
        "different images, and even a version tag like v2.3 can be overwritten by whoever has push "
        "access. That makes deployments non-reproducible and means someone could slip a different image "
        "in under the same name. The fix is to pin by digest, so you write the image as name@sha256 and "
        "then the hash. Since the digest is computed from the content, it can't silently point somewhere "
        "else. I'd roll that out across all our manifests and probably the Dockerfile FROM lines as well.",
        "adequate", "adequate",
        note="Core right (mutable tags, digest pinning, content addressing) but nothing on keeping pins "
             "updated, pull-policy behaviour, multi-arch, or that a digest does not prove who built it.",
    ),
    rec(
        "sc-r1-03", 1,
        "Honestly the main problem there is nginx:latest. Latest is a moving target, you never know what "
        "you're getting. Our own service is already on a proper version, v2.3, so that one's fine. I'd go "
        "through the manifests, replace every latest with an explicit version number from the changelog, "
        "and add a lint rule in CI that fails the build if anyone writes latest again. Once everything has "
        "a real version tag, we know exactly what's deployed.",
        "weak", "pattern",
        pattern_quotes=[R1_VERSION_TAGS],
        false_claims=[
            "Our own service is already on a proper version, v2.3, so that one's fine.",
            "Once everything has a real version tag, we know exactly what's deployed.",
        ],
        note="Acts out the version-tag pattern: treats v2.3 as safe although version tags are just as "
             "mutable as latest.",
    ),
    rec(
        "sc-r1-04", 1,
        "The practical risk with latest is mostly reproducibility, you can't tell from the manifest which "
        "build you're on. For integrity it's less scary than people think, because when you apply a "
        "Deployment the cluster resolves the tag once and locks every replica to whatever it pointed at in "
        "that moment, so all replicas are always guaranteed to run exactly the same image until the next "
        "rollout. So moving a tag in the registry can't sneak into a running Deployment. I'd still switch "
        "to digests, mainly so the Git history tells us precisely what shipped, and I'd add Renovate to "
        "keep them fresh.",
        "weak", "bluff",
        false_claims=[
            "the cluster resolves the tag once and locks every replica to whatever it pointed at in that "
            "moment, so all replicas are always guaranteed to run exactly the same image until the next "
            "rollout",
            "So moving a tag in the registry can't sneak into a running Deployment.",
        ],
        note="Bluff, false absolute about the mechanism in plain words: Kubernetes does not rewrite the tag "
             "to a digest; each node resolves the tag when it pulls, so a moved tag reaches new pods on "
             "new nodes (or every pod with Always). Central to the question, so weak.",
    ),
    rec(
        "sc-r1-05", 1,
        "The risk is that tags are mutable, so what latest, or even v2.3, points to can change after "
        "review without the manifest changing. I'd pin by digest instead. I'm honestly not sure of the "
        "exact default pull policy rules, I think they differ for latest versus a versioned tag, but I'd "
        "look that up before claiming anything about which nodes re-pull. And I'd need to check whether "
        "our registry supports making tags immutable; I know some do. What I do know is that the digest "
        "only tells you the content hasn't changed, not who built it.",
        "adequate", "honest",
        note="Honest about pull-policy defaults and registry tag immutability; still gets mutability, "
             "digest pinning and integrity-not-origin right.",
    ),
    rec(
        "sc-r1-06", 1,
        "Okay, so the things that come to mind: mutable tags, the latest tag, image digests, sha256, "
        "content addressing, imagePullPolicy, IfNotPresent versus Always, tag immutability in ECR, "
        "Renovate, Dependabot, multi-arch image indexes, and then signing and provenance. Those would be "
        "my keywords for fixing this, basically digests and the related tooling.",
        "weak", "list",
        note="Names the right terms but says nothing about any of them.",
    ),

    # ---------------- Round 2: keyless signing flow ----------------
    rec(
        "sc-r2-01", 2,
        "Keyless is a bit of a misnomer, there's still a signature, the key just lives for a few seconds. "
        "In the Actions job, with the id-token write permission granted, cosign picks up the job's OIDC "
        "token and creates a throwaway key pair in memory. It hands Fulcio the public half plus the token "
        "and proves it holds the private half. Fulcio checks the token against GitHub's issuer and mints a "
        "cert that's only good for around ten minutes, and the identity inside is the workflow path in our "
        "repo plus the ref, not a person. Cosign signs the manifest digest, records signature and cert in "
        "Rekor, an append-only Merkle-tree log, gets back a signed timestamp, and pushes the signature into "
        "the registry alongside the image. Key gets discarded. On the verifying side it's cosign verify, "
        "and since 2.0 you must tell it which identity and which issuer you expect. It validates the chain "
        "up to Fulcio's root, the signature over the digest, the log entry showing signing happened inside "
        "the cert's window, and that the identity matches. Skip the identity check and any GitHub workflow "
        "anywhere could produce a passing signature.",
        "strong", "strong",
        note="Full flow: ephemeral key, OIDC, proof of possession, 10-minute cert with workflow identity, "
             "Rekor timestamp, registry storage, identity+issuer required in cosign 2.x, four checks.",
    ),
    rec(
        "sc-r2-02", 2,
        "The nice thing about keyless is exactly that, there's no key at all, so there's nothing to leak. "
        "Instead of a cryptographic signature, Sigstore vouches for the image: GitHub proves to Fulcio who "
        "we are with OIDC, Fulcio records that our workflow published this image, and Rekor keeps the "
        "record. Then at deploy time the verifier just asks Sigstore whether our identity vouched for it. "
        "Much simpler than managing GPG keys.",
        "weak", "pattern",
        pattern_quotes=[R2_KEYLESS_NO_KEY],
        false_claims=[
            "there's no key at all, so there's nothing to leak",
            "Instead of a cryptographic signature, Sigstore vouches for the image",
        ],
        note="Acts out the 'keyless means no key' pattern; misses the ephemeral key and the real signature "
             "over the digest, and treats verification as asking a service.",
    ),
    rec(
        "sc-r2-03", 2,
        "So cosign generates an ephemeral key pair, gets the OIDC token from the GitHub runner, and sends "
        "the public key and token to Fulcio. Fulcio is the CA; it issues a short-lived code-signing "
        "certificate, valid for 24 hours, tying the key to the workflow identity. The signature over the "
        "digest and the cert go to Rekor, the transparency log, and the signature is stored in the "
        "registry as a .sig artifact. To verify, you run cosign verify with the expected certificate "
        "identity and OIDC issuer, and it checks the chain, the signature, and the Rekor inclusion. The key "
        "is deleted right after signing, which is the whole point.",
        "adequate", "bluff",
        false_claims=["valid for 24 hours"],
        note="Bluff, contradicted duration: Fulcio certificates are valid for 10 minutes, not 24 hours. "
             "The rest of the flow is right and the number is not central, so adequate.",
    ),
    rec(
        "sc-r2-04", 2,
        "Right, so with keyless the idea is that nothing secret ever touches the runner. The workflow "
        "authenticates to Fulcio with its OIDC token, and the certificate authority keeps the private key "
        "on its side and does the signing for us, so it signs the image digest and hands back the "
        "signature along with a certificate saying our workflow asked for it. Rekor then logs that. When "
        "we verify, cosign checks the signature and checks the identity in the certificate matches our "
        "repo. That's why it's safer than key files, the CI can't lose a key it never had.",
        "weak", "bluff",
        false_claims=[
            "the certificate authority keeps the private key on its side and does the signing for us",
            "the CI can't lose a key it never had",
        ],
        note="Bluff, wrong mechanism in plain words: the signer generates an ephemeral key pair locally and "
             "signs; the CA only certifies the public key and never holds or uses the private key. Central "
             "to the question, so weak.",
    ),
    rec(
        "sc-r2-05", 2,
        "Let me go through the flow and flag where I'm fuzzy. Cosign makes a one-off key pair locally, gets "
        "an OIDC token for the workflow, and Fulcio turns that into a short-lived cert binding the public "
        "key to the workflow identity. I don't remember the exact lifetime, I know it's minutes rather than "
        "hours, I'd check. The signature over the digest and the cert get logged in Rekor, and the private "
        "key is thrown away. Verification checks the chain to the Sigstore root, the signature, the Rekor "
        "entry, and crucially the expected signer identity and issuer. What I'd have to look up is "
        "precisely how the log's timestamp is compared to the cert's validity; I know that's what lets an "
        "expired cert still verify, but not the exact fields.",
        "strong", "honest",
        note="Honest about the exact certificate lifetime and the timestamp comparison, but has nearly all "
             "of the substance, including identity-based verification, so strong.",
    ),
    rec(
        "sc-r2-06", 2,
        "Cosign creates an ephemeral key, authenticates with the GitHub OIDC token, and Fulcio issues a "
        "certificate for that key, I think it's valid for about an hour, but I'd check that. The signature "
        "and certificate are recorded in Rekor so there's a public, tamper-evident record with a timestamp, "
        "and the signature gets pushed to the registry. A verifier checks the certificate chain, the "
        "signature over the digest, the Rekor entry, and that the certificate identity is our release "
        "workflow and the issuer is GitHub's token service.",
        "adequate", "hedged",
        false_claims=["I think it's valid for about an hour"],
        note="Hedged wrong duration (the certificate is valid for 10 minutes); flow otherwise correct but "
             "thin on why an expired certificate still verifies.",
    ),

    # ---------------- Round 3: SBOMs and SLSA provenance ----------------
    rec(
        "sc-r3-01", 3,
        "I'd add an SBOM step after the image build using Syft, output CycloneDX JSON, and attach it to the "
        "image as a signed attestation with cosign attest, so it lives in the registry next to the digest. "
        "For provenance, on GitHub I'd use the SLSA GitHub generator, which gives you SLSA 3 provenance "
        "because it runs in an isolated reusable workflow the build can't mess with. Syft on a normal image "
        "takes seconds, so the minute budget isn't an issue. I'd probably start with a few pilot services "
        "and then expand.",
        "adequate", "adequate",
        note="Correct core (image SBOM, signed attestation on the digest, generator for L3) but no level "
             "definitions, no format comparison, and no plan for rolling out to 200 services.",
    ),
    rec(
        "sc-r3-02", 3,
        "We're already in decent shape on provenance. Our Makefile has a step that writes a JSON file with "
        "the git commit, the branch, the runner name and the build timestamp, and we upload it as a build "
        "artifact. That covers what SLSA asks for, so I'd say we're effectively at Level 3 already; we'd "
        "just need to add the SBOM part, which is one more step with Syft.",
        "weak", "pattern",
        pattern_quotes=[R3_BUILD_WRITES_PROVENANCE],
        false_claims=["That covers what SLSA asks for, so I'd say we're effectively at Level 3 already"],
        note="Acts out the self-written-provenance pattern: unsigned provenance written by the build "
             "script is forgeable and is not L3 (barely L1).",
    ),
    rec(
        "sc-r3-03", 3,
        "For SBOMs I'd go with SPDX, partly because it's the one with a formal standard behind it, it was "
        "published as ISO/IEC 19770-2, so auditors tend to accept it without argument; CycloneDX is fine "
        "too, it's OWASP's. I'd generate it from the final image with Syft and push it as a signed cosign "
        "attestation on the digest. For provenance, SLSA 1.0 build levels go up to 3, and on GitHub Actions "
        "the reusable-workflow generator gets you there because the provenance is produced in a separate "
        "job the build steps can't touch. Wrap it in one shared workflow so 200 repos adopt it in a single "
        "change.",
        "adequate", "bluff",
        false_claims=["it was published as ISO/IEC 19770-2"],
        note="Bluff, misattributed standard: ISO/IEC 19770-2 is the SWID tag standard; SPDX 2.2.1 is "
             "ISO/IEC 5962:2021. Peripheral to an otherwise correct plan, so adequate.",
    ),
    rec(
        "sc-r3-04", 3,
        "I'll be upfront, I know the concepts here better than the details. An SBOM is an inventory of "
        "what's in the image, and I know SPDX and CycloneDX are the two main formats, but I couldn't tell "
        "you which versions are current or which one is the ISO standard without looking it up. For SLSA I "
        "know there are levels and the higher ones are about tamper-resistant provenance, but I'd need to "
        "read the spec to say what each level requires, and I don't know how GitHub Actions maps to them.",
        "weak", "honest",
        note="Honest and correct as far as it goes, but says nothing about where to store the documents, "
             "which level is reachable, or the rollout; little substance, so weak.",
    ),
    rec(
        "sc-r3-05", 3,
        "The one-minute budget is the real constraint, so I'd start with build performance. Use BuildKit "
        "with a registry-backed cache, order the Dockerfile so dependency installation happens before "
        "copying source, and use multi-stage builds so the final image only has the runtime. Move to "
        "larger runners for the heavy services, and parallelise test suites with a matrix. With remote "
        "caching most of our builds should drop by a couple of minutes, which leaves plenty of room for "
        "whatever the security team adds.",
        "weak", "offtopic",
        note="Fluent answer about build speed; never addresses SBOMs, provenance, storage or SLSA levels.",
    ),
    rec(
        "sc-r3-06", 3,
        "I'd produce an SBOM from the built image, SPDX or CycloneDX, whichever our tooling consumes, and a "
        "provenance attestation, both signed and attached to the digest. On levels, I believe the SLSA 1.0 "
        "build track goes up to Level 4, with four being the hermetic, two-person-reviewed builds, though "
        "I'd double-check that. Realistically on GitHub-hosted runners I'd aim for the level where the "
        "platform, not our script, generates and signs the provenance, using the slsa-github-generator's "
        "reusable workflows, and ship it as a shared workflow so teams opt in with one line.",
        "adequate", "hedged",
        false_claims=["I believe the SLSA 1.0 build track goes up to Level 4"],
        note="Hedged wrong level: SLSA 1.0's build track stops at L3 (L4 existed only in the v0.1 draft). "
             "The practical plan is right.",
    ),

    # ---------------- Round 4: is admission-time verification worth it ----------------
    rec(
        "sc-r4-01", 4,
        "I'd agree with parts of it. Restricting pulls to our registry is a good control and I'd keep it. "
        "And yes, an admission webhook is a real operational dependency: if it's fail-closed and it's down, "
        "or it can't reach the registry to fetch signatures, new pods don't get created, which bites hardest "
        "during a scale-up or a node drain. The default webhook timeout is ten seconds, max thirty, so a "
        "slow verifier shows up as slow deploys. But 'only CI can push' is a statement about credentials, "
        "and credentials leak; a runner gets compromised, someone with registry admin retags something. A "
        "signature tied to our release workflow's identity on main can't be produced with a stolen push "
        "token. So I'd keep both: Kyverno verifyImages or the Sigstore policy-controller, starting in audit "
        "mode, reviewing what would be blocked, enforcing per namespace with system namespaces excluded, "
        "the engine run highly available, and an audited break-glass. And since running pods aren't "
        "re-checked, I'd inventory what's already deployed before flipping it.",
        "strong", "strong",
        note="Balanced: keeps the allowlist, names real webhook risks with correct timeout defaults, "
             "explains credentials vs identity, staged rollout, and existing pods.",
    ),
    rec(
        "sc-r4-02", 4,
        "It's not theatre, though I get the concern. The registry restriction only tells you where the "
        "image came from. It doesn't stop someone who has the push credentials, or a compromised pipeline, "
        "from pushing something bad. Signature verification lets the cluster check that the image was "
        "signed by our actual release pipeline. I'd deploy Kyverno with a verifyImages policy, test it in "
        "audit mode for a couple of weeks, then switch to enforce.",
        "adequate", "adequate",
        note="Right on credentials vs signer identity and audit-first, but barely engages with the "
             "operational risk (failure policy, availability, exclusions, existing pods).",
    ),
    rec(
        "sc-r4-03", 4,
        "I mostly agree with them, to be honest. If the network policy only lets nodes pull from our "
        "registry and the only principal with push rights is the CI service account, then everything in "
        "the registry came from CI by definition. A signature would just be CI vouching for itself a second "
        "time. I'd rather spend the effort on scanning images for CVEs and keep the admission path simple, "
        "fewer webhooks means fewer outages.",
        "weak", "pattern",
        pattern_quotes=[R4_ONLY_CI_PUSHES],
        false_claims=["then everything in the registry came from CI by definition"],
        note="Acts out 'only CI can push, so signing adds nothing'; ignores stolen credentials and "
             "compromised runners.",
    ),
    rec(
        "sc-r4-04", 4,
        "It's a fair worry but the wrong conclusion. The allowlist says where an image lives, not who built "
        "it, and registry push tokens are exactly what attackers go after. With Kyverno verifyImages "
        "requiring a signature from our release workflow, a retagged image without that signature gets "
        "rejected at admission: the API server returns a 401 Unauthorized to whoever applied the "
        "Deployment, with the policy message in the body. For the outage risk, I'd start in audit mode, "
        "exclude kube-system, run the webhook with multiple replicas and then enforce namespace by "
        "namespace.",
        "adequate", "bluff",
        false_claims=["the API server returns a 401 Unauthorized"],
        note="Bluff, wrong status code: a validating admission denial is returned as 403 Forbidden "
             "(admission webhook ... denied the request); 401 means the caller was not authenticated. "
             "Peripheral, so adequate.",
    ),
    rec(
        "sc-r4-05", 4,
        "I'd push back. Push access is a credential, and credentials get stolen; a keyless signature from "
        "our release workflow can't be forged with a registry token. In Kyverno the setup is pretty light: "
        "you create a ClusterImagePolicy with the expected certificate identity and issuer, and then label "
        "each namespace with policy.sigstore.dev/include=true to opt it in, which also makes a gradual "
        "rollout easy. Start in warn mode, watch the results, then enforce, and keep kube-system out of "
        "scope. The webhook risk is real, so I'd run several replicas.",
        "adequate", "bluff",
        false_claims=[
            "In Kyverno the setup is pretty light: you create a ClusterImagePolicy with the expected "
            "certificate identity and issuer, and then label each namespace with "
            "policy.sigstore.dev/include=true to opt it in",
        ],
        note="Bluff, feature credited to the wrong product: ClusterImagePolicy and the "
             "policy.sigstore.dev/include namespace label belong to the Sigstore policy-controller; Kyverno "
             "uses verifyImages rules in a (Cluster)Policy. Reasoning otherwise sound, so adequate.",
    ),
    rec(
        "sc-r4-06", 4,
        "Things I'd bring up: Kyverno, verifyImages, the Sigstore policy-controller, ClusterImagePolicy, "
        "failurePolicy, webhook timeouts, audit versus enforce, policy reports, break-glass, kube-system "
        "exclusions, leaked push tokens, keyless identities, provenance attestations. Basically the whole "
        "admission-control toolbox, and I'd go through those points one by one with the platform engineer.",
        "weak", "list",
        note="Lists the relevant terms without taking a position or explaining any of them.",
    ),

    # ---------------- Round 5: end-to-end design ----------------
    rec(
        "sc-r5-01", 5,
        "I'd build it as a series of checks where each stage can prove something to the next. Start at the "
        "repo: branch protection and mandatory review, because even perfect provenance only says which "
        "commit was built. Then pin the inputs, base images by digest, dependencies by lockfile, with a bot "
        "proposing updates, and mirror outside images only after checking their publisher's signatures. "
        "The build runs in one central reusable workflow: build, SBOM from the image, L3 provenance, keyless "
        "signature with the workflow identity. Deployment goes through GitOps with digests in the manifests. "
        "The cluster's admission policy demands both our workflow's signature and provenance naming our "
        "builder and an approved repo, enforced in prod. After deploy, SBOMs get rechecked against fresh CVE "
        "feeds so a Log4Shell-style question takes a query, not a week. Measuring it: share of running pods "
        "on verified digests, audit violations trending down, how many break-glass exceptions exist and how "
        "old. And I'd red-team it regularly, try to deploy something unsigned, or signed by a fork's "
        "workflow, and confirm the cluster refuses it.",
        "strong", "strong",
        note="Complete chain from source to runtime with evidence at each link, plus concrete coverage "
             "metrics and negative testing.",
    ),
    rec(
        "sc-r5-02", 5,
        "End to end I'd want four things. Pinned base images so our inputs don't change underneath us. A "
        "standard CI pipeline that builds every image, generates an SBOM and signs it with cosign. A policy "
        "in the cluster that rejects anything not signed by that pipeline. And vulnerability scanning of the "
        "SBOMs on a schedule. To know it works, I'd track how many workloads pass the policy and get alerted "
        "on rejections.",
        "adequate", "adequate",
        note="Right skeleton, but no provenance, no source controls, no identity detail in the policy, and "
             "no negative testing.",
    ),
    rec(
        "sc-r5-03", 5,
        "Honestly, if every image is signed in CI and the cluster only admits signed images, that's the "
        "whole story. Signing is the control that ties everything together: if it's signed, it came from "
        "us, and if it came from us, it's what we intended to ship. I'd set up cosign in the pipeline and a "
        "verification policy in every cluster, and I'd measure success as every production image carrying a "
        "signature.",
        "weak", "pattern",
        pattern_quotes=[R5_SIGN_AND_DONE],
        false_claims=["if it came from us, it's what we intended to ship"],
        note="Acts out 'sign everything and we're done'; a signature says nothing about inputs, source or "
             "contents.",
    ),
    rec(
        "sc-r5-04", 5,
        "I'd chain it: protected branches and reviews on source, digest-pinned base images with automated "
        "bumps, one hardened reusable build workflow that emits an SBOM and SLSA provenance and signs "
        "keyless, and an admission policy that checks signer identity and provenance before anything runs "
        "in production. The payoff is well documented; the OpenSSF's 2023 study found that clusters "
        "enforcing signature verification at admission had 73 percent fewer supply-chain incidents than "
        "those that didn't. For measurement I'd track verified-pod coverage, audit violations and "
        "break-glass use, and periodically test that an unsigned image really gets rejected.",
        "adequate", "bluff",
        false_claims=[
            "the OpenSSF's 2023 study found that clusters enforcing signature verification at admission had "
            "73 percent fewer supply-chain incidents than those that didn't",
        ],
        note="Bluff, invented statistic: no such OpenSSF study or figure exists. The design itself is "
             "sound, so adequate.",
    ),
    rec(
        "sc-r5-05", 5,
        "I'd want pinned inputs, builds on a shared hosted pipeline that produces an SBOM and provenance, "
        "keyless signatures, and an admission policy that checks the signer identity and the provenance. One "
        "thing I'd need to research is the privacy side of the public Rekor log for our private repos; I "
        "believe entries reveal some identity details but I don't know exactly what, or what running our "
        "own Sigstore instance involves. I'm also not sure which metrics Kyverno exposes out of the box; I'd "
        "look that up before promising a coverage dashboard.",
        "adequate", "honest",
        note="Honest about Rekor privacy details and Kyverno metrics; the chain it describes is correct "
             "but brief.",
    ),
    rec(
        "sc-r5-06", 5,
        "For a platform like this, the biggest wins come from the runtime side. I'd roll out Falco to detect "
        "unexpected process execution in containers, default-deny NetworkPolicies per namespace, Pod "
        "Security Admission at the restricted level, read-only root filesystems, and short-lived service "
        "account tokens. Then centralise audit logs into the SIEM with alerts on exec into production pods. "
        "To measure it, track how many namespaces run with restricted policies and how many Falco alerts "
        "are triaged within an hour.",
        "weak", "offtopic",
        note="Fluent runtime-hardening answer; nothing about the build-to-deploy supply chain.",
    ),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} records to {OUT}")


if __name__ == "__main__":
    main()
