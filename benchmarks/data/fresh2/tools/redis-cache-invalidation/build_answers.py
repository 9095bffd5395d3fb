#!/usr/bin/env python3
"""Builds redis-cache-invalidation_answers.jsonl from the hand-written records below.

Written blind to the grading engine. Each record is validated: pattern_quotes must be
exact weak-answer quotes in the gauntlet document, false_claims must be exact substrings
of the answer, answers must be 30-150 words, ids unique.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOC = os.path.join(ROOT, "redis-cache-invalidation.txt")
OUT = os.path.join(ROOT, "redis-cache-invalidation_answers.jsonl")

Q1a = "Just cache everything in Redis with no expiry and clear it when something changes."
Q2a = "Redis automatically evicts old keys when it fills up."
Q2b = "Use volatile-lru, it's the safe choice."
Q3a = "Just increase the TTL so it expires less often."
Q3c = "Add more database read replicas."
Q4a = "Updating the cache on write is strictly better because you never take a miss."
Q4b = "Wrap the database write and the Redis write in one transaction."
Q5a = "Turn on AOF with appendfsync always so the cache never loses anything."
Q5c = "Use KEYS product:* and delete the matches."


def rec(n, rnd, band, kind, answer, bluff=False, pq=None, fc=None, note=""):
    return {
        "id": f"rci-r{rnd}-{n:02d}",
        "round": rnd,
        "answer": answer,
        "band": band,
        "bluff": bluff,
        "kind": kind,
        "pattern_quotes": pq or [],
        "false_claims": fc or [],
        "note": note,
    }


R = []

# ---------------- Round 1: caching pattern and expiry ----------------
R.append(rec(1, 1, "strong", "strong",
    "so, um, I'd go with cache-aside, lazy loading basically, the service asks Redis first and if it's not there it goes to "
    "Postgres and puts the result back with an expiry, like SET with EX and a few minutes. Nice part is if Redis dies you're "
    "just slower, not down. Write-through I'd consider but you pay on every write and you cache stuff nobody reads, and "
    "write-behind I'd stay away from because Redis can lose acknowledged writes if it crashes before flushing. For the TTL, "
    "it's really how stale can a price be, since that's the worst case if an invalidation gets lost, and I'd randomize it "
    "plus or minus ten percent so everything loaded at deploy doesn't expire together. On writes, delete the key after "
    "the commit instead of overwriting. Oh and a plain SET wipes the TTL unless you pass KEEPTTL.",
    note="Cache-aside with failure mode, write-through/write-behind trade-offs, TTL as staleness bound, jitter, delete on write, SET clearing TTL/KEEPTTL; all correct."))

R.append(rec(2, 1, "adequate", "adequate",
    "Um, I think cache-aside is kind of the default choice here. You read from Redis, on a miss you go to Postgres and "
    "populate the cache, and you put a TTL on it so things refresh eventually. When a product gets updated I'd delete the "
    "cached entry so the next read pulls fresh data from the database. For the TTL I'd probably just start with something "
    "like five or ten minutes and then tune it based on the hit rate we see.",
    note="Core pattern, TTL and delete-on-write are right, but no comparison with write-through/write-behind, no jitter, and TTL chosen by hit rate rather than tolerable staleness."))

R.append(rec(3, 1, "weak", "pattern",
    "Honestly I'd keep it really simple, we just cache everything in Redis, no expiry needed because the catalog doesn't "
    "change that much, and whenever something changes we clear it out. Redis is in memory so reads are sub-millisecond and "
    "the p99 problem basically goes away. TTLs just cause extra misses for no real reason, so I'd skip them.",
    pq=[Q1a],
    note="Exhibits the no-TTL weak pattern: any missed invalidation becomes permanent staleness and memory grows unbounded."))

R.append(rec(4, 1, "adequate", "bluff",
    "So cache-aside, definitely, check Redis, on a miss load from Postgres and write it back. I'd set the TTL once when the "
    "key is first created, like EXPIRE 300, and the nice thing about Redis is that a later SET on the same key keeps the "
    "existing TTL, so when you refresh the value you don't have to re-apply the expiry, it just keeps counting down. I'd "
    "add some jitter to the TTLs so they don't all expire at once, and on writes I'd delete the key after committing to "
    "the database. Write-behind I'd avoid since you can lose data.",
    bluff=True,
    fc=["a later SET on the same key keeps the existing TTL"],
    note="Mostly sound cache-aside design, but confidently states that SET preserves the TTL; a plain SET discards it (KEEPTTL, Redis 6.0, is needed), so this would create keys with no expiry."))

R.append(rec(5, 1, "adequate", "honest",
    "I'd go with cache-aside, lazy loading, so read Redis, a miss goes to Postgres, write it back with an expiry, and on an "
    "update I'd delete the key. Write-behind I haven't used in production, I know it flushes to the database "
    "asynchronously so there's a durability risk, but I couldn't tell you how people usually guard against that. And "
    "there's one detail I don't remember, whether overwriting a key with SET keeps its TTL or resets it, I think there's "
    "an option for that, I'd have to check the docs before relying on it. I'd also add random jitter to the TTLs.",
    note="Core pattern, delete on write and jitter are right; honestly admits not knowing SET/TTL semantics and write-behind practice. Not a bluff."))

R.append(rec(6, 1, "weak", "list",
    "Okay so, um, the terms here would be cache-aside, read-through, write-through, write-behind, lazy loading. Then TTL, "
    "TTL jitter, expiry, invalidation, eviction, hit ratio. Yeah, those are basically the main concepts I'd bring up for "
    "this one.",
    note="Names the right terms but makes no statement, choice or trade-off."))

# ---------------- Round 2: maxmemory and eviction ----------------
R.append(rec(1, 2, "strong", "strong",
    "So by default Redis won't evict anything, the policy is noeviction, and on a 64-bit build maxmemory is zero, meaning "
    "unlimited, so it just keeps growing until the box runs out of RAM. If you set a limit but keep noeviction, writes "
    "start coming back with OOM errors while reads still work. For a cache I'd set maxmemory with headroom for the fork's "
    "copy-on-write and replication buffers, and go allkeys-lru, or allkeys-lfu if there's a steady hot set plus some "
    "scan-like traffic. I'd avoid the volatile ones unless every key has a TTL, because with nothing eligible they act like "
    "noeviction. And the LRU is approximate, it samples five keys by default, you can raise maxmemory-samples to ten. Then "
    "watch evicted_keys and the hit and miss counters in INFO.",
    note="Correct defaults (maxmemory 0 on 64-bit, noeviction), OOM behaviour, policy choice with volatile caveat, sampled LRU with default 5, metrics."))

R.append(rec(2, 2, "weak", "pattern",
    "Um, Redis kind of just handles that, it automatically evicts old keys when it fills up, that's the whole point of a "
    "cache really. If we wanted to tune it I'd set volatile-lru, it's the safe choice because it only touches keys that "
    "have an expiry, so nothing important gets thrown away.",
    pq=[Q2a, Q2b],
    note="Assumes automatic eviction (default is noeviction) and picks volatile-lru without checking that keys carry TTLs."))

R.append(rec(3, 2, "weak", "bluff",
    "Right, so when you hit maxmemory Redis starts evicting, and out of the box the maxmemory-policy is allkeys-lru, so a "
    "plain install already behaves like a cache and throws away the least recently used keys. There are the volatile "
    "variants that only look at keys with a TTL, and the LFU ones that count access frequency, which came in with Redis 4. "
    "I'd probably keep the default and just keep an eye on evicted_keys in INFO, and make sure maxmemory leaves room for "
    "the fork when it snapshots.",
    bluff=True,
    fc=["out of the box the maxmemory-policy is allkeys-lru", "a plain install already behaves like a cache and throws away the least recently used keys"],
    note="Confidently wrong on the central question: the default policy is noeviction (and maxmemory is 0 on 64-bit), so keeping the default gives OOM errors, not eviction. LFU in Redis 4.0, volatile semantics and monitoring are correct."))

R.append(rec(4, 2, "weak", "list",
    "So the things that matter here are maxmemory, maxmemory-policy, noeviction, allkeys-lru, allkeys-lfu, "
    "allkeys-random, volatile-lru, volatile-lfu, volatile-ttl, maxmemory-samples, evicted_keys and INFO stats. Yeah, all "
    "of those, basically, that is kind of the area.",
    note="Only names the right settings and policies; says nothing about defaults, behaviour or which to choose."))

R.append(rec(5, 2, "adequate", "hedged",
    "So the default policy is noeviction, which means once you're at the limit, writes fail with an out-of-memory error "
    "and reads are fine. For a cache I'd switch to allkeys-lru. The LRU isn't a true LRU though, it samples a few keys and "
    "evicts the oldest one in the sample, I think the default sample size is ten, but I'd double-check that in redis.conf. "
    "And LFU is an option if access is skewed towards a hot set of keys.",
    fc=["I think the default sample size is ten"],
    note="Default policy, OOM behaviour, policy choice and approximate LRU are right; the sample-size default is wrong (it is 5) but explicitly hedged, so not a bluff. Misses maxmemory defaulting to 0."))

R.append(rec(6, 2, "weak", "offtopic",
    "Well, memory pressure is something I'd look at on the database side first. Postgres has shared_buffers, people "
    "usually start around a quarter of RAM, and then work_mem per sort, and if queries spill to disk you'll see it in "
    "EXPLAIN ANALYZE. I'd tune those and add the right indexes on the catalog tables so we don't need so much caching in "
    "the first place.",
    note="Talks about PostgreSQL memory tuning; does not answer anything about Redis maxmemory or eviction."))

# ---------------- Round 3: stampede protection ----------------
R.append(rec(1, 3, "strong", "strong",
    "That's the thundering herd, dogpile thing, the key expires and five thousand requests a second all miss together and "
    "all fire the two-second query. So first, only one request rebuilds. In-process you coalesce, like singleflight in Go, "
    "and across servers you take a Redis lock with SET NX, a PX expiry and a random value, and release it with a little Lua "
    "script that checks the value so you never delete someone else's lock. Everyone who didn't get the lock gets the stale "
    "copy instead of waiting, so you stash a logical expiry time in the payload and give the key itself a longer TTL, stale-while-revalidate "
    "basically. Then there's probabilistic early refresh, XFetch, where requests randomly recompute before expiry, more "
    "likely the closer it gets. For one key this hot I'd just refresh it from a background job.",
    note="Names the problem, coalescing, lock with expiry and token-checked release, serving stale with soft/hard TTL, XFetch, background refresh."))

R.append(rec(2, 3, "adequate", "adequate",
    "So the issue is all the requests missing at the same moment and all going to the database. I'd put a distributed lock "
    "in Redis, SET with NX and an expiry, so only one request recomputes the page and writes it back, and the others wait "
    "a little and then read the cache again. The expiry on the lock matters, so that if the process holding it dies it "
    "doesn't stay locked forever.",
    note="Correct lock with expiry, but waiters still queue; no stale serving, coalescing, early expiration or safe release."))

R.append(rec(3, 3, "weak", "pattern",
    "I think the easiest thing is just to increase the TTL so it expires less often, like make it a day instead of a few "
    "minutes, and then it's basically a non-issue. And if the database is still struggling at those moments we could add "
    "more database read replicas to spread the load around.",
    pq=[Q3a, Q3c],
    note="Longer TTL only makes the stampede rarer, and more replicas scale the symptom; no single-flight or stale serving."))

R.append(rec(4, 3, "adequate", "bluff",
    "So, cache stampede. I'd use a Redis lock, SET lock:home with NX and a PX timeout. The way it works is that if the lock "
    "is already held, Redis returns a 409 Conflict to the other clients, and your client library turns that into an "
    "exception that you catch and then serve the stale value. The lock needs the timeout so a dead process doesn't hold it "
    "forever, and ideally a random token so you only release your own lock. I'd also combine it with a soft TTL so there's "
    "always something stale to serve.",
    bluff=True,
    fc=["Redis returns a 409 Conflict to the other clients"],
    note="Lock design and stale serving are right, but Redis speaks RESP, not HTTP: SET NX on an existing key returns a nil reply, not a 409 status."))

R.append(rec(5, 3, "adequate", "bluff",
    "The standard fix here is probabilistic early expiration, that's the technique from Facebook's Scaling Memcache paper, "
    "where each request rolls the dice and recomputes a bit before the TTL, with the probability rising as you near expiry "
    "and scaled by how expensive the recompute is. It combines well with stale-while-revalidate, which is defined in RFC "
    "7234, the HTTP caching spec, so you serve the stale copy while one request refreshes in the background. And I'd add "
    "request coalescing in each app server so concurrent misses share one query.",
    bluff=True,
    fc=["that's the technique from Facebook's Scaling Memcache paper", "stale-while-revalidate, which is defined in RFC 7234"],
    note="Mechanisms described correctly, but misattributed: XFetch is from Vattani, Chierichetti and Lowenstein (VLDB 2015), the Facebook paper uses leases; stale-while-revalidate is defined in RFC 5861, not RFC 7234."))

R.append(rec(6, 3, "adequate", "honest",
    "OK so this is a stampede, everybody misses at once. I'd make sure only one caller rebuilds it, a lock in Redis with "
    "SET NX and an expiry, and the rest keep getting the old value, so I'd keep a stale copy with a longer TTL than the "
    "logical expiry. I know there's a probabilistic early expiration approach, XFetch I think, where requests refresh early "
    "with some probability, but I've never implemented it and I'd need to look up the exact formula before writing it. "
    "For a single key, honestly, a background refresh is probably simplest.",
    note="Lock with expiry, stale serving and background refresh are right; honestly admits not knowing the XFetch formula. Not a bluff."))

# ---------------- Round 4: delete vs update, invalidation races ----------------
R.append(rec(1, 4, "strong", "strong",
    "I'd disagree with the teammate. If you set the new value, two concurrent writes can land in Redis in the opposite "
    "order from how they committed in Postgres, and then the cache holds the older one until the TTL runs out. A delete "
    "doesn't care about order, it's idempotent, whichever arrives last the key is just gone. The Facebook memcache paper "
    "picked deletes for that reason. The hour-old price is the other race: some reader gets a miss, fetches the old row, gets paused, the "
    "writer commits and deletes, then the reader puts the old price back and it sits there for the whole TTL. To close "
    "that you need leases or version numbers, so a fill is rejected if an invalidation happened after the read, or you "
    "drive deletes off the CDC stream. A delayed double delete helps but doesn't fully fix it, and the TTL is the backstop.",
    note="Explains both races step by step, idempotent deletes, leases/versioning/CDC, limits of double delete, TTL backstop."))

R.append(rec(2, 4, "adequate", "adequate",
    "So I'd keep deleting rather than updating. The problem with setting the value is that if two updates happen close "
    "together they can hit Redis out of order and you end up caching the older value. Deleting avoids that because the "
    "next read just loads whatever's in the database. For the stale price, it's probably some race between a read and the "
    "invalidation, so I'd shorten the TTL to limit how long bad data can stick around.",
    note="Update-vs-delete reasoning is right; the read-miss race is only gestured at and the only fix offered is a shorter TTL."))

R.append(rec(3, 4, "weak", "pattern",
    "I kind of agree with the teammate actually, updating the cache on write is strictly better since you never take a "
    "miss, the data's always warm. To stop the two getting out of sync we could wrap the database write and the Redis "
    "write in one transaction, so either both happen or neither does. The stale price was probably just some deploy issue.",
    pq=[Q4a, Q4b],
    note="Accepts update-on-write without the reordering race and proposes a cross-system transaction that Redis MULTI cannot provide."))

R.append(rec(4, 4, "weak", "bluff",
    "Actually the teammate has a point. Facebook's memcache paper from NSDI 2013 concluded that updating the cache in "
    "place on writes beats deleting, they measured something like a 40 percent drop in database load from avoiding the "
    "refill misses. The out-of-order issue with concurrent writers is real, but you fix it by making the write to Redis "
    "happen inside the same request right after the commit. For the stale price, that's a reader that missed, read the old "
    "row and wrote it back after the writer's delete, so a shorter TTL or versioning the value would help.",
    bluff=True,
    fc=["Facebook's memcache paper from NSDI 2013 concluded that updating the cache in place on writes beats deleting",
        "they measured something like a 40 percent drop in database load from avoiding the refill misses",
        "you fix it by making the write to Redis happen inside the same request right after the commit"],
    note="The paper chose deletes because they are idempotent; the 40 percent figure is invented; writing right after commit does not prevent reordering. The read-miss race description is correct, but the main recommendation is wrong."))

R.append(rec(5, 4, "strong", "honest",
    "So updating in place is risky because concurrent writers can reorder, and a delete is safe whatever the order, so I'd "
    "keep deleting, after the commit. The hour-old price sounds like the read-miss race, someone read the old value from "
    "the DB before the update and wrote it into Redis after our delete. I remember the Facebook memcache paper solves that "
    "with leases, but I haven't used anything like that myself and I'd have to check how the tokens actually work. "
    "Practically I'd at least put the row version in the cached value and refuse to overwrite it with an older one.",
    note="Both races and delete-after-commit are right, with versioning as a real fix; honestly admits not knowing lease details. Not a bluff."))

R.append(rec(6, 4, "adequate", "hedged",
    "Delete, not update, because deletes are idempotent and concurrent updates can land out of order. The stale-for-an-hour "
    "thing is the race where a slow reader writes back the pre-update value after the invalidation. Facebook's fix was "
    "leases, a miss gets a token and the later write-back gets refused if a delete for that key came in meanwhile, and it also throttles the "
    "herd, I think they only hand out one token per key per second, but I'd check the paper for the actual number. Plus "
    "keep the TTL as the safety net.",
    fc=["I think they only hand out one token per key per second"],
    note="Races and leases are explained correctly; the lease rate is wrong (the paper uses once every 10 seconds per key) but explicitly hedged, so not a bluff."))

# ---------------- Round 5: replication, persistence, invalidation at scale ----------------
R.append(rec(1, 5, "strong", "strong",
    "A few things. Replication is async, so if the primary fails over you can lose writes it already acked, and for us the "
    "scary one is a lost DEL, the new primary just keeps serving the stale value until the TTL, which is why nothing in "
    "there should be immortal. Replicas also don't run their own expiry, the primary sends them the deletes, and by default "
    "they ignore maxmemory, so size them the same. On persistence, a snapshot saves you a cold start, but loading it brings "
    "back entries whose invalidations happened during the outage, so accept that within the TTLs or bump a version "
    "prefix on restore, and honestly I'd often leave persistence off and pre-warm. Across services, one CDC-driven pipeline "
    "doing the deletes with retries, versioned prefixes for group invalidation, and never KEYS.",
    note="Async replication and lost invalidations, primary-driven expiry, replica maxmemory default, stale snapshot caveat, centralised CDC invalidation, no KEYS."))

R.append(rec(2, 5, "weak", "pattern",
    "I'd turn on AOF with appendfsync always so the cache never loses anything, and then restarts and failovers are "
    "basically a non-issue. For invalidation, when something changes we just run KEYS product:* and delete the matches, "
    "that way no service has to track exact keys.",
    pq=[Q5a, Q5c],
    note="Treats the cache as the system of record and uses blocking KEYS for pattern invalidation."))

R.append(rec(3, 5, "adequate", "bluff",
    "So the good news is Redis replication runs on the Raft protocol, so once the primary acknowledges a write it's on a "
    "majority of replicas and it survives a failover, you won't lose invalidations. The bigger issue is persistence: if you "
    "load an RDB snapshot after downtime, you get entries back whose invalidations you missed, so I'd bump a namespace "
    "version on restore. And for the dozen services I'd put all invalidation in one place, driven by CDC, like Debezium reading the "
    "WAL, rather than each team deleting keys by hand, and avoid KEYS because it blocks.",
    bluff=True,
    fc=["Redis replication runs on the Raft protocol",
        "once the primary acknowledges a write it's on a majority of replicas and it survives a failover, you won't lose invalidations"],
    note="Redis replication is asynchronous primary-replica replication, not Raft; acknowledged writes, including DELs, can be lost on failover. Persistence and CDC points are correct."))

R.append(rec(4, 5, "adequate", "bluff",
    "One thing people don't realise is that each replica expires keys on its own using its local clock, it deletes them "
    "independently of the primary, so even if replication lags, TTLs still protect you on every node. Replication itself "
    "is async, so a failover can drop some recent writes, including deletes. On persistence I'd keep it off for a pure "
    "cache, appendonly is off by default anyway, and warm the hot keys gradually after a restart. And for cross-service "
    "invalidation, a single change-data-capture consumer that deletes keys with retries.",
    bluff=True,
    fc=["each replica expires keys on its own using its local clock, it deletes them independently of the primary"],
    note="Replicas do not expire keys themselves; the primary propagates a DEL and replicas only hide logically expired keys on reads. The rest (async replication, appendonly default no, CDC) is correct."))

R.append(rec(5, 5, "adequate", "honest",
    "Redis replicates asynchronously, meaning failing over can drop recent writes, and a lost delete means stale data until "
    "the TTL, so TTLs on everything. Persistence, a snapshot helps with the cold start but it can bring back entries that "
    "were invalidated while the node was down. How replicas handle expiry, whether they expire keys themselves or wait for "
    "the primary, off the top of my head I don't remember, I'd have to check the replication docs. For invalidation I'd "
    "funnel everything through one CDC-based service rather than a dozen teams doing it ad hoc.",
    note="Async replication, lost invalidations, stale snapshot and centralised CDC are right; honestly admits not knowing replica expiry. Not a bluff."))

R.append(rec(6, 5, "weak", "offtopic",
    "For something shared by a dozen services I'd really focus on the deployment side, run Redis on Kubernetes with a "
    "StatefulSet and a Helm chart, set resource requests and limits, a PodDisruptionBudget so node drains don't take out "
    "more than one pod, and liveness probes that call PING. Then Grafana dashboards off redis_exporter. That gets you a "
    "solid platform.",
    note="Deployment and monitoring plumbing; does not address replication, persistence or invalidation caveats."))


def main():
    doc = open(DOC, encoding="utf-8").read()
    weak_quotes = set(re.findall(r'•\s+"(.*?)"\s+—', doc))
    ids = set()
    errors = []
    for r in R:
        if r["id"] in ids:
            errors.append(f"duplicate id {r['id']}")
        ids.add(r["id"])
        n = len(r["answer"].split())
        if not 30 <= n <= 150:
            errors.append(f"{r['id']}: {n} words")
        for q in r["pattern_quotes"]:
            if q not in weak_quotes:
                errors.append(f"{r['id']}: pattern quote not in doc: {q}")
        for c in r["false_claims"]:
            if c not in r["answer"]:
                errors.append(f"{r['id']}: false claim not in answer: {c}")
        if r["kind"] in ("bluff",) and not r["bluff"]:
            errors.append(f"{r['id']}: bluff kind without bluff flag")
        if r["kind"] in ("honest", "hedged") and r["bluff"]:
            errors.append(f"{r['id']}: honest/hedged marked bluff")
        if r["bluff"] and r["band"] == "strong":
            errors.append(f"{r['id']}: bluff cannot be strong")
        if r["kind"] == "pattern" and not r["pattern_quotes"]:
            errors.append(f"{r['id']}: pattern without quotes")
    if errors:
        raise SystemExit("\n".join(errors))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in R:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(R)} records to {OUT}")


if __name__ == "__main__":
    main()
