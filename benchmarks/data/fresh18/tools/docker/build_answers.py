#!/usr/bin/env python3
"""Writes docker-image-builds_answers.jsonl: 30 labelled candidate answers (6 per round)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "docker-image-builds_answers.jsonl")

# (round, kind, band, answer, pattern_quotes, false_claims, note)
A = []


def add(rnd, kind, band, answer, note, pattern_quotes=(), false_claims=()):
    A.append((rnd, kind, band, " ".join(answer.split()), list(pattern_quotes), list(false_claims), note))


# ---------------------------------------------------------------- Round 1
add(1, "strong", "strong", """
Okay, so the thing to know is that the cache is a chain. The builder walks the file top to bottom and
reuses a step only when everything above it was reused and that step's key is unchanged. For COPY the key
is a hash of the file contents, for RUN it's basically just the command string. So if they do COPY dot dot
and then npm ci, any edit to any source file throws away the install. I'd copy package.json and the
lockfile first, npm ci, then bring in the source. Add a .dockerignore for node_modules and .git. And since
CI runners are throwaway, I'd push the cache to the registry with --cache-to and pull it back with
--cache-from, in max mode, plus a cache mount on the npm directory so a lockfile bump doesn't redownload
the world.
""", "Cache chain, content checksum for COPY vs command string for RUN, reordering, .dockerignore, remote cache for ephemeral runners and a cache mount: most of the substance, correct.")

add(1, "adequate", "adequate", """
Honestly, the big win here is just ordering. I'd bet the Dockerfile copies the whole repo before it
installs dependencies, so every code change invalidates the npm ci layer and everything after it. Move the
manifest and lockfile copy up, install, then bring the code in. Then the install comes straight from cache
unless the lockfile changed, which is most builds. A .dockerignore helps too, so junk in the repo like
node_modules doesn't change the copy.
""", "Correct core (ordering, invalidation of later steps, .dockerignore) but misses that ephemeral CI runners have no local cache, so the fix may not help in CI at all; no cache export or cache mounts.")

add(1, "pattern", "weak", """
What I usually do first is squash things down. Every line in a Dockerfile is another layer, and more
layers means more work for the builder, so I'd take all those RUN steps, the apt stuff, the npm install,
the build script, and glue them into one RUN with double ampersands. Fewer layers, quicker build, smaller
image. That's kind of the standard optimisation and it usually shaves a good chunk off.
""", "Acts out the 'merge everything into one RUN' weak answer; one big step makes every change rerun the install, and layer count is not what makes this build slow.",
    pattern_quotes=["Merge every step into one big RUN so the image has fewer layers."],
    false_claims=["more layers means more work for the builder"])

add(1, "bluff", "weak", """
Right, so the layer cache is smarter than people give it credit for. For a RUN line the builder
fingerprints what the command actually produces, so if the upstream package index changed since last time,
that install step rebuilds on its own and you never end up with stale packages. Where it hurts you is COPY.
If you copy the whole repo early, any change busts everything below it, so I'd copy the package manifest
and lockfile, install, then copy source, and add a .dockerignore so the context stays small.
""", "Bluff about the mechanism: the RUN cache key is the command text (plus parent), not the command's output; a cached install step is NOT rerun when upstream packages change, which is exactly why stale apt-get update layers happen. The false claim is about how the cache decides, the centre of the question, so weak.",
    false_claims=["For a RUN line the builder fingerprints what the command actually produces, so if the upstream package index changed since last time, that install step rebuilds on its own"])

add(1, "honest", "adequate", """
So I know the ordering trick: dependency manifests first, install, then the source, because otherwise
every code change kicks off a full reinstall. What I'm less sure of is the CI side. I know ephemeral
runners lose the local cache and that BuildKit can export its cache somewhere, a registry or the GitHub
cache, but I'd have to look up the exact flags and what the min versus max modes actually include. I'd read
the buildx docs before wiring that up rather than guess.
""", "Honest about the exact cache-export flags and modes; gets ordering and the ephemeral-runner problem right, misses how cache keys are computed and cache mounts: adequate.")

add(1, "list", "weak", """
Okay so, off the top of my head: layer caching, layer ordering, .dockerignore, BuildKit, cache mounts,
cache-from, cache-to, registry cache, the GitHub Actions cache, multi-stage, npm ci, lockfiles, cache
invalidation, build context. Yeah. Those are the main things I'd look at for a slow build like that, I
think.
""", "Only names the right terms without saying how any of them works or applies.")

# ---------------------------------------------------------------- Round 2
add(2, "strong", "strong", """
The main thing is nothing secret should ever land in a layer or the image metadata. Build args are out,
because their values show up in the image history when a RUN uses them, and copying an .npmrc then
deleting it later doesn't help, the old layer still has it. With BuildKit I'd use a secret mount: in the
Dockerfile it's RUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci, and I pass it with --secret
id=npm pointing src at my local file. It only exists for that one step, on a tmpfs, it never gets
committed, and it doesn't feed into the cache key. For private git repos the ssh mount forwards my agent
instead. In general BuildKit also gives you parallel stages, skipping stages you don't need, cache mounts,
and it's been the engine's default builder since 23.0.
""", "Covers why ARG and copy-then-delete leak, the secret mount syntax and properties (per-step, tmpfs, not committed, not in cache key), ssh mounts and BuildKit's other gains: strong.")

add(2, "pattern", "weak", """
I'd just pass it as a build arg. So --build-arg NPM_TOKEN on the command line, ARG NPM_TOKEN in the
Dockerfile, and the .npmrc reads it from there. Build args only exist during the build, they're not saved
into the final image the way ENV is, so it's fine from a leak perspective. And in CI the value comes from
the pipeline's secret store, so it's never committed to the repo either.
""", "Acts out the build-arg weak answer; the claim that build args are not kept is the misconception itself (ARG values used by RUN are visible in docker history and provenance), so labelled pattern with the false wording listed.",
    pattern_quotes=["Pass the token with --build-arg; build args aren't stored in the image."],
    false_claims=["Build args only exist during the build, they're not saved into the final image the way ENV is, so it's fine from a leak perspective"])

add(2, "honest", "strong", """
So I'd use BuildKit's secret mount. The secret gets mounted into just the one RUN instruction that needs
it, it's not written into any layer, and it isn't part of the cache key either. I don't remember the
exact default path it lands in, I think it's somewhere under /run, but I'd check the Dockerfile reference
rather than guess, and I'd set the target explicitly anyway. What I'd avoid: ENV or build args, because
those are readable from the image config and history, and copying the file in and removing it later,
because the earlier layer keeps it. For git over SSH there's the ssh mount type. And what BuildKit adds
in general: stages run in parallel, unused stages are skipped, cache and secret mounts, cache export.
""", "Honest about the default mount path; everything it does state is correct and covers most of the substance, so banded strong.")

add(2, "bluff", "adequate", """
BuildKit is what docker build has used by default ever since Docker Engine 20.10, so on any modern machine
you already have it. The right tool is a secret mount, type=secret on the RUN that does npm ci, with the value passed via
--secret on the build command. It's exposed as a file just for that step and never committed into a
layer. Definitely not a build arg, those show up in docker history. BuildKit also runs independent stages
concurrently and skips ones the target doesn't depend on.
""", "Bluff with a contradicted version number: BuildKit became the default builder for Docker Engine in 23.0 (20.10 still used the legacy builder unless DOCKER_BUILDKIT=1). Peripheral to the design, which is otherwise right but thin: adequate.",
    false_claims=["BuildKit is what docker build has used by default ever since Docker Engine 20.10"])

add(2, "hedged", "adequate", """
I'd go with a secret mount. You declare it on the RUN line that installs packages and pass the file with
--secret when you build, and it's only there during that one instruction. I think it shows up with fairly
open permissions by default, like 0644, but I'd check that and set the mode explicitly if the install
runs as a different user. Main thing is it's not in the layers or the history, unlike a build arg or
something you copy in.
""", "Hedged wrong number: the default mode for a secret mount is 0400, not 0644. Core approach is right; says little about what else BuildKit brings: adequate.",
    false_claims=["I think it shows up with fairly open permissions by default, like 0644"])

add(2, "offtopic", "weak", """
For secrets I'd put the token in Kubernetes as a Secret, ideally synced from Vault or AWS Secrets Manager
with the External Secrets Operator, and mount it into the pod as a volume rather than environment
variables, since env vars leak into crash dumps and child processes. Then I'd turn on encryption at rest
for etcd and lock down RBAC so only that service account can read it, and let the operator handle
rotation.
""", "Fluent, but about runtime secret delivery in Kubernetes, not getting a token into an image build without it persisting.")

# ---------------------------------------------------------------- Round 3
add(3, "strong", "strong", """
Multi-stage is the core of it. Stage one is the fat node:20 image with the toolchain; it installs
everything, builds, then drops the dev dependencies. Stage two starts clean from something small and
pulls in only the compiled output and production node_modules with COPY --from. Base choice is a
trade-off: slim Debian is the safe default since it's still glibc; Alpine is tiny but it's musl, so
native addons and some binaries break or behave differently; distroless has no shell or package manager,
great for CVEs, annoying to debug, so you lean on kubectl debug. Run as non-root. Any apt cleanup has to
sit in the same RUN as the install. Then I'd verify with dive and the scanner, because fewer CVEs is the
actual ask, and keep the base common across services so nodes already have those layers.
""", "Multi-stage, base-image trade-offs (glibc/musl, no shell), non-root, same-layer cleanup, measuring CVEs and shared base layers for pull time: strong.")

add(3, "adequate", "adequate", """
I'd do a multi-stage build. Build in the full Node image where you've got compilers and everything, and
then copy only the compiled app and the runtime dependencies into a slim base. That gets rid of gcc,
Python, the dev dependencies, the source code. You probably go from over a gigabyte to a couple of hundred
megs. I'd also run it as a non-root user while I'm in there.
""", "Correct core (multi-stage, copy artefacts to a slim base, non-root) but no base-image trade-offs, nothing on same-layer cleanup, CVE measurement or pull time.")

add(3, "pattern", "weak", """
Easy one, switch the base to Alpine. It's like five megs, it's the smallest base there is, and because
there's so little in it there's basically nothing for the scanner to find. node:20-alpine is a drop-in
replacement, you change one line and you're done, and the pulls get fast because the image is tiny.
""", "Acts out the 'just switch to Alpine' weak answer; ignores musl compatibility and multi-stage builds, and calls Alpine a drop-in replacement, which it is not for native modules.",
    pattern_quotes=["Just switch to Alpine; it's always the smallest and most secure base."],
    false_claims=["node:20-alpine is a drop-in replacement"])

add(3, "bluff", "adequate", """
I'd split it into a build stage and a runtime stage, and for runtime I'd use distroless. Docker maintains
those as part of its Official Images program, so you get the same patch cadence as the regular node
images, and there's no shell or package manager in them at all, which is where a lot of the CVEs come
from. You copy the built app and production modules across with COPY --from, run as the nonroot user,
and when you need to debug you attach an ephemeral container.
""", "Bluff crediting the wrong product/organisation: distroless images come from Google's GoogleContainerTools distroless project (gcr.io/distroless), not Docker Official Images. Peripheral to an otherwise correct multi-stage design: adequate.",
    false_claims=["Docker maintains those as part of its Official Images program"])

add(3, "honest", "adequate", """
Multi-stage, for sure: compile in a full image, ship the artefacts on a minimal runtime base, so the
compilers and dev deps never reach production. Which base, I'm honestly not sure how the sizes compare
between slim, Alpine and distroless for Node these days, and I'd want to check whether any of our native
modules care about musl before picking Alpine. I'd build all three variants and look at the size and the
scanner output instead of guessing.
""", "Honest about base-image sizes; correct on multi-stage and the musl concern, but no non-root, same-layer cleanup or pull-time reasoning: adequate.")

add(3, "list", "weak", """
So, um, the toolbox here would be: multi-stage builds, distroless, Alpine, slim images, musl versus glibc,
non-root users, COPY --from, dive, docker history, Trivy, .dockerignore, no-install-recommends. Some
combination of those. I'd pick from that list depending on what we find when we dig into it.
""", "Names the right terms without explaining any of them or how they apply to this image.")

# ---------------------------------------------------------------- Round 4
add(4, "adequate", "adequate", """
Tags move. Someone pushes again and the same name now means different bytes, so for production I want to
deploy an exact digest, or at least a tag that's unique per build, like the commit SHA, so a rollback is
just pointing back at the old one. On the base image I'd pin too, but that's where I half agree with him:
somebody has to keep bumping it or you sit on old vulnerabilities.
""", "Correct on mutability, immutable deploy references and the patching cost of pins, but no automation answer for the toil, nothing on Kubernetes pull behaviour or multi-arch indexes.")

add(4, "pattern", "weak", """
Honestly I think latest is fine for us. The registry automatically moves latest to whatever you pushed
most recently, that's literally what it's for, so deploying it means prod is always on the newest build
and we don't need to touch manifests. Digests are these ugly long hashes nobody can read, so I'd skip
them.
""", "Acts out the 'latest is the newest' weak answer; latest is only the default tag name and moves only when something is pushed to it.",
    pattern_quotes=["latest always points to the newest version, so deploying latest keeps us current."],
    false_claims=["The registry automatically moves latest to whatever you pushed most recently, that's literally what it's for"])

add(4, "bluff", "weak", """
So the risk people worry about is overblown. Once a tag is pushed, a registry won't let anyone push
different content under that same tag, the push just gets rejected, so a tag always means the exact image
you got the first time. That's why I'd keep using tags, they're readable. Digests are useful if you want
to verify content after a pull, but pinning them in every Dockerfile and manifest is mostly toil.
""", "Bluff with a false absolute about the mechanism: tags are mutable by default and a push to an existing tag simply moves it; immutability is an opt-in registry setting (e.g. ECR). This is the centre of the question, so weak.",
    false_claims=["Once a tag is pushed, a registry won't let anyone push different content under that same tag, the push just gets rejected"])

add(4, "bluff", "adequate", """
I'd push back on that. A tag is just a movable label, while a digest is a sha256 over the manifest, and
the OCI image spec, which the IETF published as RFC 8555, guarantees that a digest identifies one exact
set of bytes. So what we deploy should be referenced by digest or by an immutable per-commit tag, so every
node runs the same thing and rollbacks are exact. For FROM, pin the digest and let Renovate open PRs when
node:20 moves, so we still get patches.
""", "Bluff with a misattributed standard: the OCI image spec is an Open Container Initiative specification, not an IETF RFC; RFC 8555 is ACME (automatic certificate management). The rest is correct: adequate.",
    false_claims=["the OCI image spec, which the IETF published as RFC 8555"])

add(4, "hedged", "adequate", """
Tags are mutable, digests aren't. The digest is a hash of the manifest; I think it's SHA-1, so forty hex
characters, though I'd double-check that. For deploys I'd use the digest or a unique per-build tag, so a
rollback is precise and all the replicas run the same image. And for base images: pin plus a bot to bump
them, otherwise you never get the security fixes.
""", "Hedged wrong number: image digests are sha256, 64 hex characters. The reasoning is correct but brief: adequate.",
    false_claims=["I think it's SHA-1, so forty hex characters"])

add(4, "offtopic", "weak", """
I'd settle this with a proper versioning scheme for the service. Semantic versioning: major for breaking
API changes, minor for features, patch for fixes, and generate release notes from conventional commits.
Then the team can see from the version number what changed and product knows what shipped. We could tie
it into the changelog in the repo and announce releases in the team channel.
""", "Fluent, but about release versioning of the application, not mutable tags versus content digests for images.")

# ---------------------------------------------------------------- Round 5
add(5, "strong", "strong", """
I'd make the good path the default path. A platform team owns a handful of golden base images, rebuilt
nightly and any time upstream patches land, and every service pins them by digest with a bot bumping
them. Give teams a standard Dockerfile per language and lint it in CI. For speed, run shared BuildKit
builders with warm cache and export cache to the registry in max mode. For reproducibility: lockfiles,
pinned bases, fixed timestamps via SOURCE_DATE_EPOCH, and actually test that rebuilding a commit gives the
same digest. For trust, attach an SBOM and provenance during the build, sign with cosign, and enforce
signatures at admission with Kyverno. Build each commit once and promote that digest through the
environments. And a pull-through mirror in front of Docker Hub so their rate limits can't break CI.
""", "Covers shared bases, templates and linting, remote cache, reproducibility, SBOM/provenance/signing with admission control, promotion by digest and a registry mirror: strong.")

add(5, "adequate", "adequate", """
Central base images that a platform team keeps patched, plus shared build runners with a remote cache so
builds don't start cold every time. I'd scan every image in CI with something like Trivy and block the
criticals. Teams keep their own Dockerfiles, but we give them a template and a linter so the basics are
consistent.
""", "Correct core (central bases, remote cache, scanning, templates) but nothing on reproducibility, signing and provenance, or promoting one digest across environments.")

add(5, "pattern", "weak", """
I'd have the pipeline build a separate image per environment. Dev, staging and prod each get their own
build with that environment's config baked in, the API URLs, feature flags and so on, so each image is
self-contained and there's no config injection at runtime to go wrong. Tag them app-staging and app-prod
so it's obvious which is which.
""", "Acts out the 'rebuild per environment' weak answer; the image that reaches production is not the one that was tested.",
    pattern_quotes=["Rebuild the image separately for staging and production so each gets the right config."])

add(5, "bluff", "adequate", """
Centrally maintained bases, pinned by digest, with automated bumps. Remote BuildKit cache in the registry
so runners start warm. Sign images with cosign and verify at admission. Promote one digest through
staging and prod rather than rebuilding. And put a pull-through mirror in front of Docker Hub, because when
you hit their pull limit the registry answers with a 403 Forbidden, and CI just sees what looks like auth
failures, which are a pain to diagnose.
""", "Bluff with a wrong status code: Docker Hub's pull rate limit returns 429 Too Many Requests with the toomanyrequests error code, not 403. Peripheral to an otherwise sound plan: adequate.",
    false_claims=["when you hit their pull limit the registry answers with a 403 Forbidden"])

add(5, "bluff", "adequate", """
The biggest lever is caching, and the numbers back it up: in most fleets around 70 percent of total CI
build minutes go to rebuilding layers that were already built on some other runner. So I'd run shared
BuildKit builders and export cache to the registry. After that, golden base images with a scheduled
rebuild, an SBOM and provenance generated at build time, cosign signatures checked at deploy, and one
build per commit promoted by its digest.
""", "Bluff with an invented statistic presented as established fact; no such industry figure exists. The plan around it is correct but thin on reproducibility: adequate.",
    false_claims=["in most fleets around 70 percent of total CI build minutes go to rebuilding layers that were already built on some other runner"])

add(5, "honest", "weak", """
I'd want shared base images and a remote build cache, I'm confident about those two. On the supply chain
side, I know people sign images and generate SBOMs, and that there's a framework with levels for build
provenance, SLSA I think, but I haven't set any of that up myself, so I'd have to read up on how the
signing and the admission check fit together before I'd commit to a design.
""", "Honest about supply-chain tooling it hasn't used; what it states is right but there is little substance beyond two items: weak.")


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in A:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "dock-r%d-%02d" % (rnd, counters[rnd]),
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
    print("wrote %d answers to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
