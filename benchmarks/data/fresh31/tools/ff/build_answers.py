#!/usr/bin/env python3
"""Build feature-flags_answers.jsonl: 30 labelled interview answers for the feature-flags gauntlet.

Each tuple: (round, kind, band, answer, pattern_quotes, false_claims, note).
Ids are assigned in order within a round: ff-r<round>-<nn>.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "feature-flags_answers.jsonl")

ANSWERS = [
    # ------------------------------------------------------------------ Round 1
    (1, "strong", "strong",
     "Okay, so I'd split them into roughly four buckets. First, release toggles, the ones that let us merge "
     "half-built work to main and ship it dark. Those should die quickly, a couple of weeks, maybe a month, once "
     "the thing is fully launched. Then experiment flags, where each user gets put into a variant for an A/B test, "
     "and that assignment has to stay stable per user or your results are garbage, and it goes away when the test "
     "concludes. Third, operational flags, like a kill switch for a flaky recommendation service, or a knob to shed "
     "load. Most are temporary, but I'd accept a handful of permanent kill switches around risky dependencies. And "
     "fourth, permissioning flags, for beta programs, internal users, premium tiers, and those are intentionally "
     "long-lived. Why it matters: the category tells you the owner, the expected lifespan, and how dynamic the "
     "decision is. The release and A/B ones want an expiry date and a cleanup ticket, kill switches need to be in "
     "the on-call runbook and actually tested, and permission flags probably graduate into a real entitlements "
     "service at some point. I think this taxonomy comes from Pete Hodgson's write-up on Martin Fowler's site.",
     [], [],
     "All four categories with correct lifetimes and dynamism, why the category drives lifecycle and ownership, "
     "correct attribution of the taxonomy."),

    (1, "adequate", "adequate",
     "Um, the main split for me is between flags that are temporary and flags that stick around. The temporary "
     "ones are release flags, hiding a feature until it's ready so we can deploy whenever, and experiment flags "
     "for A/B tests. Those should get removed once the launch or the test is done. The long-lived ones are kill "
     "switches, so ops can turn something off during an incident, and flags that control who's allowed to see a "
     "feature, like beta customers. The distinction matters mostly for cleanup, you don't want a release flag "
     "hanging around for two years.",
     [], [],
     "Core is right (four kinds, temporary vs long-lived, cleanup) but misses per-request dynamism, stable "
     "assignment for experiments, testing kill switches, and ownership."),

    (1, "pattern", "weak",
     "Honestly I don't think the categories matter much. A flag is a boolean, you wrap the new code in a "
     "conditional, and you flip it in the dashboard when you're ready. Whether somebody calls it a release flag or "
     "an experiment or whatever, underneath it's the same branch and the same toggle, so I'd manage them all the "
     "same way with one process.",
     ["A feature flag is just an if statement around new code, so they're all the same."], [],
     "Acts out the 'just an if statement, all the same' weak answer: no distinction by lifetime, dynamism or owner."),

    (1, "bluff", "adequate",
     "So there are four kinds I'd talk about. Release flags, to ship code dark and turn it on when product is "
     "ready. Experiment flags for A/B tests, where the assignment per user has to be consistent. Ops flags, "
     "basically kill switches and load-shedding knobs for incidents. And permission flags that gate features to "
     "beta users or paying tiers, which live pretty much forever. The reason to separate them is lifecycle. "
     "Unleash actually builds this in: a release flag has an expected lifetime of 90 days there, and once it's "
     "past that the flag shows up as potentially stale, so the tool nags you. Kill switches and permission flags "
     "are marked permanent, so they never get nagged.",
     [], ["a release flag has an expected lifetime of 90 days there"],
     "Bluff (contradicted default): Unleash's release flag type has an expected lifetime of 40 days, not 90. The "
     "taxonomy itself is right and the number is peripheral, so the band is capped at adequate."),

    (1, "honest", "weak",
     "I know the two I've actually used: release flags, where we hid a feature until launch day, and kill "
     "switches that on-call can flip off when a dependency misbehaves. I'm pretty sure there's a well-known "
     "taxonomy with a couple more categories, something around experiments and maybe access control, but I "
     "couldn't tell you the exact names or how they're meant to be managed differently, I'd need to look that up. "
     "What I'd say for sure is that the release ones should be removed after launch.",
     [], [],
     "Honest about not knowing the full taxonomy; what it states is correct but it covers only two kinds and "
     "says almost nothing about why the distinction matters, so weak."),

    (1, "list", "weak",
     "So, the terms: release toggles, experiment toggles, ops toggles, permissioning toggles. Kill switches, "
     "circuit breakers, load shedding. Canary releases, dark launches, beta programs, premium tiers. Short-lived "
     "versus long-lived, static versus dynamic. Pete Hodgson, martinfowler.com. Flag debt, expiry dates, owners, "
     "cleanup tickets. That's the vocabulary.",
     [], [],
     "Only names the right terms without saying anything about them."),

    # ------------------------------------------------------------------ Round 2
    (2, "strong", "strong",
     "The key thing is it's computed, not stored and not random. The SDK takes something like the flag's key plus "
     "a salt plus the user's ID, hashes it, SHA-1 in LaunchDarkly's case, Murmur in Unleash, and turns that into a "
     "number in a fixed range. Then it compares that number to the rollout percentage. Since it's a pure function "
     "of the inputs, every backend instance and every SDK gets the identical result for that user, with nothing "
     "shared between them, so nobody flips. A few subtleties. You want the flag key in the hash, otherwise one "
     "group of users is always first in line for every risky launch, and your experiments overlap. Going from ten "
     "to twenty percent only adds people, the ones already in stay in, because their number hasn't changed, only "
     "the cutoff; if you change the salt, though, you reshuffle everyone. And you have to pick the right key: user "
     "ID when logged in, some device or cookie ID for anonymous traffic, which can flip at login unless you carry "
     "that ID over, and for a B2B product probably the account, so a whole company sees the same checkout.",
     [], [],
     "Deterministic hashing with flag key and salt, why the flag key matters, monotonic widening, salt reshuffle, "
     "choice of bucketing key including anonymous-to-login and account-level bucketing."),

    (2, "pattern", "weak",
     "Pretty simple really, you take the user ID, hash it, take it mod a hundred, and if it's under ten they get "
     "the new checkout. Same user, same hash, so they never flip between requests or servers. I'd use that one "
     "little function for all our flags so everything's consistent, and that's the whole mechanism.",
     ["Just hash the user ID modulo 100."], [],
     "Acts out 'just hash the user ID modulo 100': sticky, but with no flag key or salt the same users are first "
     "in every rollout; nothing on key choice."),

    (2, "bluff", "weak",
     "So the rollout is deterministic. The SDK hashes the user's ID, maps it to a number from zero to "
     "ninety-nine, and if it's below the percentage you set, the user's in. That's what makes it sticky: same ID, "
     "same number, every time, on every server. And you don't need to mix anything else into the hash, because "
     "each flag's rollout automatically lands on a different slice of users anyway, so no one group ends up being "
     "the guinea pigs for every launch. When you want to go wider you just raise the percentage.",
     [], ["each flag's rollout automatically lands on a different slice of users anyway"],
     "Bluff (mechanism, plain words): if only the user ID is hashed, every flag's first slice is the same set of "
     "users; the flag key or a salt is what makes rollouts independent. The false claim is about what goes into "
     "the hash, the centre of the design, so weak."),

    (2, "bluff", "adequate",
     "I'd do it with deterministic hashing: the flag key and the user key go into a hash, the output gets "
     "normalized into a bucket, and the bucket gets compared against the ten percent threshold. No database, no "
     "randomness, every server computes the same thing. Putting the flag key in there means each flag picks its "
     "own ten percent. For anonymous shoppers you bucket on a cookie ID, and the nice part is that when they sign "
     "in halfway through checkout nothing changes for them, the hash guarantees they stay in the same bucket "
     "whatever key you use after login, so you can never get a flip between the logged-out and logged-in "
     "experience.",
     [], ["the hash guarantees they stay in the same bucket whatever key you use after login, so you can never get "
          "a flip between the logged-out and logged-in experience"],
     "Bluff (false absolute about the mechanism, plain words): the bucket is a function of the hashed key, so if "
     "the key changes from a cookie ID to a user ID at login the bucket can change; stickiness across login needs "
     "the same key or aliasing. Core hashing is right, so capped at adequate."),

    (2, "hedged", "adequate",
     "So the SDK hashes the user's key together with the flag key, gets a stable number, and anyone under the "
     "cutoff gets the new checkout, which keeps each user consistent across requests and servers without storing "
     "anything. The part I'm less sure of is what happens when you widen it. I think if you go from ten to twenty "
     "percent, roughly half of the original ten percent get reshuffled out, but I'd want to double-check that "
     "against the SDK before promising anything to product.",
     [], ["roughly half of the original ten percent get reshuffled out"],
     "Hedged wrong number: widening the threshold keeps all of the original users in; none are reshuffled. The "
     "hashing core is right and the wrong figure is explicitly hedged, so not a bluff."),

    (2, "offtopic", "weak",
     "This is basically consistent hashing, which we used for our cache tier. You put the memcached nodes on a "
     "hash ring, each with a bunch of virtual nodes, hash the cache key onto the ring and walk clockwise to the "
     "first node. When a node dies or you add capacity, only the keys between it and its neighbour move, roughly "
     "one over N of them, instead of everything getting remapped like with plain modulo. We added virtual nodes "
     "because with only a few physical nodes the load was really lopsided.",
     [], [],
     "Fluent, but about consistent hashing for cache sharding, not about flag bucketing."),

    # ------------------------------------------------------------------ Round 3
    (3, "adequate", "adequate",
     "The important bit is that the backend services shouldn't be calling the flag vendor per request. The server "
     "SDK pulls all the flag rules into memory and evaluates locally, and it gets pushed changes over a streaming "
     "connection, so a flip shows up across the fleet in about a second. If the vendor has an outage, the SDK just "
     "keeps using what it already has in memory, so the kill switch state we last set still applies. For the apps, "
     "the client SDKs get updates too, and I'd make sure the default value in code is the off state.",
     [], [],
     "Local evaluation, streaming, last-known config and safe default are right; misses cold starts/relay, how "
     "client SDKs differ, backgrounded apps and server-side enforcement."),

    (3, "pattern", "weak",
     "The way I'd protect against the vendor going down is caching. Every service caches the flag values it gets "
     "for an hour or so, so even if LaunchDarkly is down for a while we've still got values to work with. That "
     "keeps load off the vendor too. Then for the kill switch, on-call flips it in the dashboard and it rolls out "
     "as the caches refresh.",
     ["Cache the flag values for an hour to protect against vendor outages."], [],
     "Acts out the one-hour cache weak answer: resilience bought by delaying the kill switch by up to an hour."),

    (3, "bluff", "adequate",
     "First principle, the flag check can't be a network call. Server-side SDKs hold the full ruleset in memory and "
     "evaluate locally, and they get changes pushed over a streaming connection, so the kill switch hits all three "
     "hundred instances almost immediately. If streaming isn't possible, polling is fine as a fallback, and it's "
     "cheap because it's conditional: the SDK sends its ETag in If-None-Match, and when nothing has changed the "
     "server answers 204 No Content with an empty body, so you're only moving bytes when a flag really changed. "
     "During a vendor outage the SDKs keep serving the last config they had. For mobile and web, the client SDK "
     "only receives evaluated values for that user, and the safe default in code is off.",
     [], ["when nothing has changed the server answers 204 No Content"],
     "Bluff (wrong status code): a conditional GET with If-None-Match that matches returns 304 Not Modified, not "
     "204 No Content. The rest is right and the code is peripheral, so capped at adequate."),

    (3, "honest", "strong",
     "So, a few layers. Backend first: the server SDKs should have the whole flag config locally and evaluate in "
     "process, so the vendor isn't on the request path at all, and changes get pushed to them over a stream. I "
     "know LaunchDarkly can stream, but whether that's the default in every SDK and what the polling interval is "
     "when it falls back, I'd need to look that up. If the vendor is down, running instances keep their last known "
     "config; the gap is a pod starting mid-outage, so I'd put a relay or a persisted copy inside our own network. "
     "Clients are different: a phone or browser shouldn't get the full targeting rules, it gets its own evaluated "
     "values and caches them, and a backgrounded app might not see the flip for a while, so the payment service "
     "itself must refuse the new integration when the switch is off, not trust the app. The fallback value baked into "
     "the code should be the safe path. And we'd practise flipping it in a game day.",
     [], [],
     "Honest about the streaming default and polling interval, and still covers nearly everything: local "
     "evaluation, last-known config, cold-start relay, client evaluation, backgrounded apps, server-side "
     "enforcement, safe default, rehearsal. Strong."),

    (3, "list", "weak",
     "So the pieces are: server-side SDK, local evaluation, in-memory ruleset. Streaming, server-sent events, "
     "polling fallback, ETags. Relay proxy, persistent store, last known good. Client-side SDK, mobile key, "
     "evaluated values, bootstrapping. Safe defaults, initialization timeout. Kill switch runbook, game day. "
     "That's what I'd cover.",
     [], [],
     "Only names the right components without saying how any of them works."),

    (3, "hedged", "adequate",
     "I'd keep evaluation inside the service: the SDK holds the rules in memory, so a dead vendor doesn't take us "
     "down, we just keep the last values we got. Updates come in either by streaming or by polling. If I remember "
     "right, LaunchDarkly's server SDKs poll every five minutes by default, I'm not certain, I'd check, which is "
     "why I'd turn streaming on explicitly for anything that's a kill switch. For the phones and the browser the "
     "SDK gets only that user's values, and I'd make the code default the off state.",
     [], ["LaunchDarkly's server SDKs poll every five minutes by default"],
     "Hedged wrong number: LaunchDarkly server SDKs stream by default, and polling mode has a 30-second minimum "
     "interval. The design core is right, and the wrong figure is explicitly hedged."),

    # ------------------------------------------------------------------ Round 4
    (4, "strong", "strong",
     "I'd agree with half of it. Seven hundred flags nobody has touched in a year is a genuine problem: dead code, "
     "combinations nobody tests, and the risk of someone flipping or reusing an old one, which is roughly "
     "what sank Knight Capital back in 2012. But banning flags throws away things canaries can't do. A canary "
     "tells you whether a build is healthy on some hosts; it can't show a feature to one customer, it can't switch "
     "off only the recommendations widget while the rest of that release keeps running, and it "
     "can't run an A/B test. So I'd keep flags and govern them. Every new flag declares its type, an owning team "
     "and an expiry, and the cleanup ticket gets filed alongside it. We'd report flags that are fully rolled out "
     "or haven't been evaluated in weeks back to owners, and fail CI when code references an expired flag. Tools "
     "like Uber's Piranha can generate the removal diffs. For the backlog, sort by type: long-dead release flags "
     "get deleted, legit permanent kill switches and entitlement flags get marked permanent, and everything else "
     "gets an owner and a date. Canaries go on top as an extra layer.",
     [], [],
     "Acknowledges the debt and its risk, explains what canaries cannot replace, proposes lifecycle enforcement "
     "and tooling, and triages the backlog by type."),

    (4, "adequate", "adequate",
     "I'd push back on banning them. Canaries are about whether the deployment is healthy; flags let you turn a "
     "single feature off without rolling back, and target specific users. The real issue is that nobody cleans "
     "up. So I'd require an owner and an expiry date on each flag, have the flag platform report stale ones, and "
     "make deleting the flag part of the definition of done for a launch.",
     [], [],
     "Right position and core lifecycle fix, but nothing on the existing backlog, the concrete risk of stale "
     "flags, or automated enforcement."),

    (4, "pattern", "weak",
     "I don't really see the harm in old flags. If a flag's been off for a year, that code path never runs, so "
     "it's not hurting anybody. Deleting them is busywork that takes engineers away from features, and there's a "
     "small chance we'd want one back. I'd leave them and just be careful about new ones.",
     ["Flags are harmless if they're off, so the old ones can just stay."], [],
     "Acts out 'flags are harmless if they're off': ignores dead code, untested combinations and the risk of "
     "accidental flips or repurposed flags."),

    (4, "bluff", "adequate",
     "I'd keep flags but fix the hygiene. The staff engineer's point about debt is real, and it's measurable: the "
     "DORA research found that teams with more than a hundred active flags have roughly double the change failure "
     "rate of teams that keep it under twenty. But canary deploys only validate a build on a subset of hosts; they "
     "can't target a customer, kill one feature in seconds or run an experiment, and rolling back drags every "
     "other change in the deploy with it. So: owners and expiry dates on every flag, a removal ticket filed when "
     "the flag is created, staleness reports, and a triage of the existing seven hundred by type.",
     [], ["the DORA research found that teams with more than a hundred active flags have roughly double the change "
          "failure rate of teams that keep it under twenty"],
     "Bluff (invented statistic): DORA publishes no such finding about active flag counts and change failure "
     "rate; the figure is made up. The argument itself is sound, so capped at adequate."),

    (4, "honest", "adequate",
     "I'd argue against a ban, since canaries don't give you per-user targeting or a way to kill one feature "
     "without a full rollback. On the debt, I agree it's real, and I'd start with expiry dates and owners on every "
     "flag and a regular report of stale ones. I know there are tools that automatically strip dead flag branches "
     "out of the code, I think one came out of Uber, but I don't remember the name or how well it works outside "
     "Java, so I'd have to look that up before proposing it.",
     [], [],
     "Honest about the cleanup tool; correct position and lifecycle basics, but no backlog triage or risk example."),

    (4, "offtopic", "weak",
     "I'd actually take this as a prompt to rethink our branching strategy. With long-lived feature branches you "
     "get merge hell, so I'd move the teams to trunk-based development: short branches, merged at least daily, "
     "required code review with two approvers, and a fast CI pipeline, ideally under ten minutes, so people "
     "aren't tempted to batch changes. We'd protect main with status checks and use squash merges so history "
     "stays readable. That cultural shift is what really speeds teams up.",
     [], [],
     "Fluent, but about branching strategy and CI, not about flag debt or flags versus canaries."),

    # ------------------------------------------------------------------ Round 5
    (5, "strong", "strong",
     "I'd be clear up front about what OpenFeature solves. It's a CNCF project that defines a vendor-agnostic API "
     "and SDKs for evaluating flags; it isn't a flag platform with a UI. Code asks the OpenFeature client for, say, "
     "a boolean with a key, a fallback and a context carrying a targeting key, and a provider plugged in "
     "underneath talks to LaunchDarkly, Unleash, flagd or whatever. So step one: adopt the OpenFeature SDK "
     "everywhere, using the existing vendor providers, and we write a provider for the homegrown system. Once "
     "call sites only know OpenFeature, consolidating backends is a configuration change plus moving flag "
     "definitions, and teams can move one at a time. We also get uniform semantics, an evaluation returns the "
     "fallback with a reason and error code instead of throwing, and hooks where the platform team adds logging, "
     "metrics and tracing for every evaluation in one place. The backend choice is separate: targeting UI, "
     "approvals, audit trail, experimentation, price, self-hosting. Alongside that I'd standardise naming, flag "
     "types with expiry, owners and a shared context schema, so a 'plan' attribute means the same everywhere.",
     [], [],
     "What OpenFeature is and is not, providers and evaluation context, incremental migration, error semantics, "
     "hooks for telemetry, backend choice as a separate decision, shared conventions."),

    (5, "adequate", "adequate",
     "OpenFeature is the open standard for flag evaluation under the CNCF. The idea is you code against its API "
     "and plug in a provider for whichever vendor, so we'd put all three systems behind it, writing our own "
     "provider for the in-house one. That lets us move to a single backend later without touching every call "
     "site. I'd migrate one business unit at a time rather than all at once.",
     [], [],
     "Core (API plus providers, incremental migration) is right; misses what OpenFeature does not cover, hooks, "
     "error semantics and shared conventions."),

    (5, "pattern", "weak",
     "Honestly I'd skip the standards discussion and just pick the best vendor, probably LaunchDarkly since it's "
     "the most mature. Then we do one big migration project: every team replaces their Unleash or homegrown calls "
     "with the LaunchDarkly SDK over a quarter, we move the flags over, and switch off the old systems. One tool, "
     "one SDK, done.",
     ["Pick one vendor and rewrite every call site to its SDK in one go."], [],
     "Acts out the big-bang single-vendor rewrite weak answer; ignores OpenFeature and re-couples every team to "
     "one vendor's API."),

    (5, "bluff", "adequate",
     "OpenFeature gives us one evaluation API across languages, with providers underneath for each backend, so the "
     "application code doesn't care whether it's Unleash, LaunchDarkly or our homegrown thing. It's a solid bet "
     "long term because it's not just a CNCF project, the API was published by the IETF as RFC 9457, so vendors "
     "are implementing a real internet standard. Practically: write a provider for the in-house system, move call "
     "sites to the OpenFeature SDK team by team, use hooks for logging and metrics, and then decide separately "
     "which backend we consolidate on, since OpenFeature itself doesn't give you the management UI.",
     [], ["the API was published by the IETF as RFC 9457"],
     "Bluff (misattributed RFC): OpenFeature's specification is maintained by the OpenFeature project under the "
     "CNCF, not the IETF; RFC 9457 is 'Problem Details for HTTP APIs'. The plan is otherwise sound, so adequate."),

    (5, "bluff", "weak",
     "I'd standardise on LaunchDarkly as the backend and use OpenFeature as the API in the code. The nice part is "
     "we don't even have to send data to their SaaS: flagd is LaunchDarkly's open-source flag daemon, so we run it "
     "as a sidecar in our clusters and get the full LaunchDarkly platform self-hosted, with the same targeting and "
     "experimentation, under the OpenFeature API. The Unleash and homegrown teams move their flag definitions into "
     "it and we're on one system.",
     [], ["flagd is LaunchDarkly's open-source flag daemon",
          "get the full LaunchDarkly platform self-hosted"],
     "Bluff (feature credited to the wrong product): flagd is the OpenFeature project's own flag daemon and "
     "provider, not a LaunchDarkly product, and it does not give you LaunchDarkly's platform. The whole "
     "consolidation plan rests on it, so weak."),

    (5, "honest", "adequate",
     "As I understand it, OpenFeature is a CNCF project that standardises the code-facing API for flags, and each "
     "vendor plugs in as a provider, so I'd use it as the common layer and migrate the three systems behind it "
     "gradually, writing a provider for the homegrown one. What I'm not sure about is the finer detail, how its "
     "hooks and events work and whether the spec says anything about error handling, I'd need to read the spec "
     "before committing to the design. And the backend choice is a separate decision, because OpenFeature doesn't "
     "give you the dashboard.",
     [], [],
     "Honest about hooks, events and error semantics; the core (API, providers, gradual migration, no control "
     "plane) is right."),
]

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]


def build():
    records = []
    counters = {}
    for rnd, kind, band, answer, pq, fc, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        rec = {
            "id": "ff-r%d-%02d" % (rnd, counters[rnd]),
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": list(pq),
            "false_claims": list(fc),
            "note": note,
        }
        assert list(rec.keys()) == FIELDS
        records.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT))


if __name__ == "__main__":
    build()
