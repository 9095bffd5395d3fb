#!/usr/bin/env python3
"""Build redis-caching_answers.jsonl: 30 labelled candidate answers for the
'Caching with Redis in Front of a Relational Database' gauntlet (short name rc)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "redis-caching_answers.jsonl")

# Common Weak Answer quotes, copied verbatim from redis-caching.txt
R1_WT = "Write-through, because then the cache is always consistent with the database."
R2_TTL = "Just lower the TTL to a few seconds."
R3_EVICT = "Redis evicts old keys automatically when it's full."
R4_AOF = "Always enable AOF with appendfsync always; data loss is never acceptable."
R5_WAIT = "Use WAIT on every write and then nothing can be lost."


def rec(id_, rnd, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    return {
        "id": id_,
        "round": rnd,
        "answer": " ".join(answer.split()),
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    }


ANSWERS = [
    # ---------------- Round 1: cache-aside vs write-through ----------------
    rec("rc-r1-01", 1, """
So, for a catalogue that gets read fifty times more than it's written, I'd go with lazy loading,
cache-aside. The app looks in Redis, and if the key isn't there it goes to Postgres, puts the
result into Redis with an expiry, and hands it back. Nice side effect: if Redis falls over we just
take the slower path, nothing breaks. On updates I commit in Postgres and then invalidate the key.
I drop it rather than overwrite it, because two racing updates could land their cache writes out
of order, whereas a delete ends up the same whoever goes last. Write-through, where the write path
updates Redis and Postgres together, gives you warm entries and a hit right after your own write,
but you pay on every write, you cache stuff nobody reads, and there's no transaction spanning both
systems, so a failed commit or interleaving writers can still leave them out of sync. Write-behind
is riskier again, since Redis acknowledges before the database has the data. And everything gets a
TTL as a safety net.
""", "strong", "strong",
        note="Cache-aside read and write paths, delete-not-set with the ordering reason, Redis as optional "
             "dependency, write-through costs and its non-atomic dual write, write-behind loss risk, TTL "
             "backstop: most of the substance, correct."),

    rec("rc-r1-02", 1, """
I'd pick cache-aside. Read path: look in Redis, and on a miss query Postgres and populate Redis with
a TTL, maybe five or ten minutes for catalogue data. When a product changes we update Postgres and
delete the cached key so the next read refreshes it. Write-through would keep the cache warmer, but
it slows every write down, and for a read-heavy catalogue the writes aren't where the pain is.
""", "adequate", "adequate",
        note="Correct choice and correct read/write paths, but no reasoning about why delete beats set, no "
             "failure modes of write-through (non-atomic dual write), no write-behind, no Redis-down fallback."),

    rec("rc-r1-03", 1, """
Write-through, definitely. Um, the whole problem with caches is staleness, right? With write-through
every write goes to the cache and the database at the same time, so the cache is always consistent
with the database and you never have to think about invalidation. Cache-aside is the lazy approach
where you're constantly worrying about stale entries, so I'd avoid it for a product catalogue where
prices matter.
""", "weak", "pattern",
        pattern_quotes=[R1_WT],
        false_claims=["so the cache is always consistent with the database and you never have to think about invalidation"],
        note="Acts out the write-through-is-always-consistent weak answer; the two writes share no transaction, "
             "so a failed commit or interleaved writers leave cache and database disagreeing."),

    rec("rc-r1-04", 1, """
My pick would be cache-aside for reads combined with write-behind for the updates. Reads check Redis,
fall back to Postgres on a miss and populate with a TTL. For writes, the app writes into Redis and a
background worker batches those into Postgres every so often. The nice thing about write-behind is
that the cache only acknowledges the client once the worker has committed the batch to the database,
so you get the batching efficiency without any risk of losing an acknowledged write if the cache node crashes.
That's why I'd prefer it over plain write-through here: same safety, much cheaper writes.
""", "weak", "bluff",
        false_claims=["the cache only acknowledges the client once the worker has committed the batch to the database, "
                      "so you get the batching efficiency without any risk of losing an acknowledged write if the cache node crashes"],
        note="Bluff, wrong about the mechanism in plain words: write-behind acknowledges the client as soon as the "
             "cache has the write and flushes to the database later; that is exactly why it can lose acknowledged "
             "writes. The false claim is the basis of the recommendation, so weak."),

    rec("rc-r1-05", 1, """
I'd lean towards cache-aside. On a read you try Redis, fall back to Postgres on a miss, and write the
result back with an expiry; on a write you update the database and invalidate the key. Write-through
keeps things warmer but adds latency to every write. Where I'm less sure is the finer failure cases of
write-through. I know people say it keeps the cache consistent, but I'd need to look up exactly what
happens when the database write fails halfway, because I've never implemented it myself, so I'd read
up before committing to it.
""", "adequate", "honest",
        note="Correct core (cache-aside paths, invalidate on write, write-through latency cost) and says plainly "
             "that it would need to look up write-through failure behaviour; missing the ordering argument and "
             "write-behind, so adequate."),

    rec("rc-r1-06", 1, """
Okay, so the options: cache-aside, write-through, write-behind, read-through, refresh-ahead. Key
things: TTL, invalidation, delete versus update, hit ratio, cold start, consistency, write latency,
memory usage. Tools: Redis, Postgres, maybe a caching library on top. Those are the factors I'd weigh
for this decision.
""", "weak", "list",
        note="Names the right terms without saying anything about any of them; no choice is made or justified."),

    # ---------------- Round 2: stale reads despite delete-on-write ----------------
    rec("rc-r2-01", 2, """
Yeah, delete-after-write has a known hole. Picture a request that misses, fetches the row with the old
price, and then gets stuck for a moment, a GC pause or a slow network hop. Meanwhile an update commits
and removes the key. Then the stuck request finishes and writes the old price back in, and nothing
removes it until the expiry fires, hence minutes. Other ways in: the delete call times out or the
process dies right after the commit, or the miss is served from a lagging replica. Fixes: keep a
fairly short expiry as the upper bound. Make the fill conditional, so on update the writer stores a small
marker holding the fresh version, not just a DEL, and the fill goes through a Lua script that won't write an
older version over it; that's basically Facebook's lease idea. Move invalidation onto the change
stream, Debezium tailing the WAL, so deletes get retried instead of silently dropped. And misses right
after a write go to the primary.
""", "strong", "strong",
        note="Describes the slow-reader race concretely, plus failed deletes and replica lag; fixes are TTL bound, "
             "versioned conditional fill with a tombstone (lease equivalent), CDC invalidation, primary reads. Strong."),

    rec("rc-r2-02", 2, """
Honestly the simplest fix is the TTL. If people are seeing old prices for minutes, the TTL is too long.
Drop it to like five seconds and the worst case is five seconds of staleness, which nobody's going to
notice on a product page. You don't need any clever locking or versioning for that, it's just a config
change.
""", "weak", "pattern",
        pattern_quotes=[R2_TTL],
        note="Acts out the lower-the-TTL weak answer: doesn't explain how staleness happens, ignores the extra "
             "misses and database load, and leaves the race in place."),

    rec("rc-r2-03", 2, """
So in a correct cache-aside setup this can't really come from the read path. Once the write commits and
the key is deleted, any request that comes after that has to go to the database, and the database only
has the new row, so whatever gets put back into the cache is the new price. A stale value can never
make it back in after the delete. So if users see old prices for minutes, the delete must be failing
or not being called on some code path. I'd audit every write path, add retries around the delete, and
alert on delete errors.
""", "weak", "bluff",
        false_claims=["whatever gets put back into the cache is the new price",
                      "A stale value can never make it back in after the delete."],
        note="Bluff, wrong about the mechanism in plain words (and a false absolute): a reader that loaded the old "
             "row before the commit can write it back after the delete, and a lagging replica can serve the old row. "
             "The false claim is the centre of the diagnosis, so weak."),

    rec("rc-r2-04", 2, """
There's a well-known race here. One request misses and reads the old row, an update commits and
deletes the key, and then the first request writes its old copy back into Redis, where it sits until
the TTL runs out. I'd fix that with something like Facebook's leases: hand out a token on a miss,
have the delete invalidate it, and reject fills that carry a dead token. One thing I wouldn't worry
about is our read replicas: Postgres streaming replication is synchronous by default, so a replica has
every committed row before the primary returns, and filling misses from a replica is safe. I'd keep a
TTL as the backstop.
""", "adequate", "bluff",
        false_claims=["Postgres streaming replication is synchronous by default, so a replica has every committed row "
                      "before the primary returns"],
        note="Bluff with a contradicted default: PostgreSQL streaming replication is asynchronous unless "
             "synchronous_standby_names is set, so replicas lag and can refill the cache with the old row. The race "
             "and lease fix are right and the replica claim is secondary, so capped at adequate."),

    rec("rc-r2-05", 2, """
The main way I know is a race between a reader and a writer: the reader gets the old row from the
database, the writer commits and deletes, and then the reader puts its old copy into the cache. After
that you're stuck with it until expiry. I think Redis puts a default TTL of about an hour on keys if you
don't set one, but I'd check that. Either way I'd set an explicit, shorter TTL and look at versioning
the cached values so an older one can't overwrite a newer one.
""", "adequate", "hedged",
        false_claims=["I think Redis puts a default TTL of about an hour on keys if you don't set one"],
        note="Hedged wrong default: Redis keys have no expiry unless one is set. The race is described correctly and "
             "the TTL bound and versioning are reasonable, but failed deletes and replica lag are missing: adequate."),

    rec("rc-r2-06", 2, """
Stale reads in Postgres usually come down to isolation levels. Under READ COMMITTED, which is the
default, each statement sees a snapshot taken when that statement starts, so two queries in one
transaction can see different data. REPEATABLE READ gives you one snapshot for the whole transaction,
and SERIALIZABLE adds predicate locking to detect anomalies, at the cost of retrying on serialization
failures. For a pricing page I'd stay on READ COMMITTED and make sure long transactions aren't holding
old snapshots open, since that also holds back vacuum.
""", "weak", "offtopic",
        note="Fluent and accurate about PostgreSQL isolation levels, but says nothing about how a Redis cache "
             "becomes stale after delete-on-write."),

    # ---------------- Round 3: memory limit and stampede ----------------
    rec("rc-r3-01", 3, """
First thing, check maxmemory-policy, because out of the box it's noeviction, and a full Redis just
starts rejecting writes. For a cache I'd set allkeys-lru so the least recently used keys make room.
For the morning spike I'd put a lock around the rebuild, SET with NX and an expiry, so only one request
goes to Postgres per key and the rest wait a bit and re-read the cache.
""", "adequate", "adequate",
        note="Correct default and a sensible policy, correct single-rebuilder lock; missing TTL jitter, early "
             "refresh, LFU versus LRU, the volatile-* caveat and metrics, so adequate."),

    rec("rc-r3-02", 3, """
On the memory side I don't think there's much to do. Redis is built as a cache, so when it reaches its
memory limit it just evicts the oldest keys by itself, and the 40 versus 8 gig thing sorts itself out.
The real issue is the morning spike, and for that I'd probably just add a bit more capacity to
Postgres, maybe a read replica, so it can soak up the burst.
""", "weak", "pattern",
        pattern_quotes=[R3_EVICT],
        false_claims=["when it reaches its memory limit it just evicts the oldest keys by itself"],
        note="Acts out the evicts-automatically weak answer: the default policy is noeviction, so writes fail with "
             "OOM errors; and the stampede is answered with more database capacity instead of coalescing."),

    rec("rc-r3-03", 3, """
Two knobs. Memory: set maxmemory to something like 7 gig and pick allkeys-lfu, since the catalogue has
a stable set of popular products and LFU holds onto them better than LRU when something scans the
keyspace. Don't leave it at noeviction; with that policy, once Redis is full every write comes back
with a MISCONF error and your cache fills start failing. For the stampede, jitter the TTLs so hot keys
don't all expire in the same second, and on a miss take a short lock with SET NX PX so one request
rebuilds while the others serve the previous value or retry after a few milliseconds.
""", "adequate", "bluff",
        false_claims=["every write comes back with a MISCONF error"],
        note="Bluff with a wrong error name: under noeviction at the limit Redis returns an OOM error "
             "(OOM command not allowed when used memory > 'maxmemory'); MISCONF is the error for failed RDB "
             "saves with stop-writes-on-bgsave-error. Rest is sound, claim is peripheral, so adequate."),

    rec("rc-r3-04", 3, """
I'd handle memory with allkeys-lru and an explicit maxmemory with headroom, since the default,
noeviction, just makes writes fail at the limit. For the stampede the pattern I like is
stale-while-revalidate, which is standardised in RFC 7231 for HTTP caches: keep serving the expired
value for a grace period while exactly one worker refreshes it in the background. In Redis that means
storing a soft expiry inside the value and a longer hard TTL on the key, and using an NX lock so only
one caller does the refresh. Add some random jitter to the TTLs as well.
""", "adequate", "bluff",
        false_claims=["which is standardised in RFC 7231 for HTTP caches"],
        note="Bluff with a misattributed RFC: stale-while-revalidate is defined in RFC 5861 (HTTP Cache-Control "
             "Extensions for Stale Content); RFC 7231 is HTTP/1.1 semantics and content. Design is correct, so adequate."),

    rec("rc-r3-05", 3, """
Okay, two problems. Memory first: we can't fit 40 gig into 8, so we set maxmemory with some headroom
and an allkeys policy, LRU, or LFU if a fixed set of products is always hot. I remember the volatile
policies only consider keys with an expiry, and I think if nothing is eligible they stop evicting, but
I'd double-check that in the docs. Also the default policy doesn't evict at all, so someone has to set
it. Then the stampede: jitter the expiry times so hot keys don't expire in lockstep, have only one
caller rebuild a missing key, a lock with NX and a short expiry, and refresh the hottest keys early,
before they expire. There's a probabilistic early-refresh technique for that, I think from a VLDB
paper, but I'd have to look up the exact formula. Meanwhile the others can get the slightly old value.
""", "strong", "honest",
        note="Honest about the volatile-policy detail and the early-expiration formula, yet covers nearly all the "
             "substance correctly: maxmemory headroom, noeviction default, allkeys LRU/LFU, volatile caveat, jitter, "
             "single rebuilder lock, early refresh, serving stale. Banded strong."),

    rec("rc-r3-06", 3, """
maxmemory, maxmemory-policy, noeviction, allkeys-lru, allkeys-lfu, volatile-lru, volatile-ttl,
maxmemory-samples. For the spike: TTL jitter, mutex lock, SET NX, single-flight, probabilistic early
expiration, XFetch, stale-while-revalidate, background refresh, refresh-ahead. Plus metrics: evicted_keys,
keyspace_hits, keyspace_misses. That's basically the toolkit I'd pull from for this one.
""", "weak", "list",
        note="A list of correct terms with nothing said about what any of them does or which to choose."),

    # ---------------- Round 4: 'it's only a cache, turn off persistence' ----------------
    rec("rc-r4-01", 4, """
Partly. For a pure cache I'd drop AOF without hesitation; there's nothing to protect, every value comes
back from Postgres, and fsyncing is just disk overhead. What worries me is the cold start. Say we hit
95 percent today: an empty Redis means Postgres suddenly serves twenty times its usual reads, right at
the moment something already went wrong. So can the database take that at peak? If not, keep a replica
behind Sentinel or a managed failover so losing the node isn't losing the cache, and maybe a periodic
snapshot so a restart comes back warm, though the fork wants spare memory. Watch one nasty combo: a
replica, no persistence, and systemd auto-restarting the master. The master restarts with nothing, and
the replica dutifully copies that nothing. And check nothing else hides in there, sessions or rate-limit counters. If
all that's clear, fine, go cheap.
""", "strong", "strong",
        note="Agrees where the teammate is right, quantifies the cold-start load, names the deciding factor, offers "
             "replica/RDB options with the fork caveat, the empty-master resync trap, and non-cache data: strong."),

    rec("rc-r4-02", 4, """
It's reasonable for correctness, since everything in there can be rebuilt from Postgres, so AOF really
isn't buying anything. My concern is availability: one node with no replica means any crash or restart
gives us an empty cache, and then every read goes straight to Postgres at once. I'd at least keep a
replica with automatic failover so a node loss doesn't cold-start the whole cache.
""", "adequate", "adequate",
        note="Right trade-off (durability not needed, cold start is the risk, replica helps) but misses the "
             "empty-master resync trap, RDB warm restart, and checking for non-cache data: adequate."),

    rec("rc-r4-03", 4, """
No, I'd push back hard. Turning off persistence is asking for trouble. I'd enable AOF with appendfsync
set to always, so every single write is on disk before Redis answers, plus RDB snapshots, plus a
replica. Losing data is never acceptable in production, cache or not, and disks are cheap.
""", "weak", "pattern",
        pattern_quotes=[R4_AOF],
        note="Acts out the always-fsync dogma: pays for durability a rebuildable cache doesn't need and never "
             "considers the actual risk, the cold-start load on Postgres."),

    rec("rc-r4-04", 4, """
I agree with the teammate. Cold starts are much less scary than people think: the Redis team's own
measurements show that an empty cache gets back to about 90 percent of its normal hit ratio within the
first sixty seconds of traffic, because the hot keys get requested almost immediately. So the window
where Postgres sees extra load is tiny. Persistence would just cost us disk I/O and fork pauses for
data we can rebuild anyway, and a replica doubles the memory bill. One node, no RDB, no AOF, let it
refill.
""", "weak", "bluff",
        false_claims=["the Redis team's own measurements show that an empty cache gets back to about 90 percent of its "
                      "normal hit ratio within the first sixty seconds of traffic"],
        note="Bluff with an invented statistic: there is no such Redis measurement, and re-warm time depends entirely "
             "on the key distribution and traffic; the made-up number is what dismisses the cold-start risk, so weak."),

    rec("rc-r4-05", 4, """
For a cache, yeah, durability isn't the point, everything can be reloaded from Postgres. The part I'd
want to quantify is what happens to Postgres when the cache is empty; if the hit ratio is high, that's
a big multiple of the normal load. I also vaguely remember there's a gotcha when you run a replica with
persistence off and the master restarts, something about the replica losing its data too, but I'd have
to look up the exact behaviour before I'd rely on it. And I'd make sure no sessions live only in Redis.
""", "adequate", "honest",
        note="Correct framing (durability unneeded, cold-start load is the question, non-cache data) and openly "
             "unsure about the empty-master trap; no concrete mitigation like a replica or RDB, so adequate."),

    rec("rc-r4-06", 4, """
The thing I'd really make sure of is the Postgres side, since that's the source of truth. We should
have continuous WAL archiving with something like pgBackRest or WAL-G, regular base backups, and we
should actually test point-in-time recovery into a scratch instance every month, because an untested
backup isn't a backup. I'd also track how long a restore takes, so we know whether recovering a
multi-terabyte database is one hour or ten.
""", "weak", "offtopic",
        note="Fluent and sensible about PostgreSQL backups, but doesn't address Redis persistence, replication or "
             "the cold-cache question."),

    # ---------------- Round 5: Redis as the system of record ----------------
    rec("rc-r5-01", 5, """
Then it's no longer a cache, it's our database for those two things, and we have to say out loud how
much we're willing to lose. Snapshots alone mean losing everything since the last save. The
append-only file with fsync once per second, which is the default, costs about a second of writes in a
crash, a bit more if the disk stalls; fsync on every write is safer but slow. The bigger issue is
replication. The primary replies to the client before the replica has the write, so if it dies and
Sentinel promotes the replica, those writes are simply gone. Partitions make it worse: a cut-off primary
keeps taking writes until it's demoted, then throws them away. min-replicas-to-write narrows that and
WAIT confirms replica receipt, but neither gives real consistency. Carts can live with that.
Reservations can't, a lost one means overselling, so those stay in Postgres.
""", "strong", "strong",
        note="RDB vs AOF loss windows with the everysec default, always cost, asynchronous replication and failover "
             "loss, partition loss, min-replicas-to-write and WAIT limits, and a per-data decision: strong."),

    rec("rc-r5-02", 5, """
The main change is durability. Right now we probably have no persistence, so I'd turn on AOF with fsync
every second, which puts the worst case at roughly one second of data on a crash, and add a replica with Sentinel for
failover. I'd be a bit careful with inventory, since that has to be exact, and maybe keep that in
Postgres.
""", "adequate", "adequate",
        note="Correct AOF everysec loss window and sensible split, but nothing on asynchronous replication losing "
             "acknowledged writes at failover or in a partition, nor WAIT/min-replicas: adequate."),

    rec("rc-r5-03", 5, """
I'd turn on AOF and then make every write call WAIT for one replica before we tell the user it's saved.
That way each write is on at least two machines, so even if the primary dies and we fail over, nothing
can be lost, because the replica we promote already has everything. That gives us effectively
synchronous replication, same guarantees as Postgres.
""", "weak", "pattern",
        pattern_quotes=[R5_WAIT],
        false_claims=["even if the primary dies and we fail over, nothing can be lost"],
        note="Acts out the WAIT-means-no-loss weak answer; Redis documents that WAIT doesn't make it strongly "
             "consistent, since failover can promote a replica that didn't receive the write."),

    rec("rc-r5-04", 5, """
We need real durability now. I'd run AOF with appendfsync everysec, so a crash costs around a second,
and keep replicas. Replication is asynchronous, so a failover can drop writes the old primary
acknowledged but never shipped; min-replicas-to-write limits how long an isolated primary keeps
accepting them. For the topology I'd use Redis Sentinel, which also spreads the keys across masters by
hash slot and moves slots around when we add nodes, so carts scale out without us sharding by hand.
Reservations I'd keep in Postgres, because overselling from a lost write is too expensive.
""", "adequate", "bluff",
        false_claims=["Redis Sentinel, which also spreads the keys across masters by hash slot and moves slots around "
                      "when we add nodes"],
        note="Bluff crediting a feature to the wrong product: Sentinel only monitors and fails over a single "
             "master-replica set; hash slots belong to Redis Cluster, and even there slots move only when resharded. "
             "Durability reasoning is correct, so capped at adequate."),

    rec("rc-r5-05", 5, """
I'd definitely turn persistence on, AOF I think is the safer one compared with snapshots, and add a
replica. Beyond that I'm honestly not sure how much you can lose on failover in Redis. I know
replication isn't synchronous by default, but I'd need to look up whether there's a setting that makes
it safe, and what the fsync options actually guarantee. I'd read the persistence and replication docs
before signing off on keeping reservations only in Redis.
""", "weak", "honest",
        note="Honest about not knowing the loss windows; what remains (AOF safer, a replica, replication is "
             "asynchronous) is correct but thin, with no decision on carts versus reservations: weak."),

    rec("rc-r5-06", 5, """
So carts and reservations would need persistence. AOF is the option for that; with the everysec setting
I believe Redis fsyncs roughly every ten seconds, so you'd lose up to ten seconds of writes on a crash,
though I'd want to check that number. Replication to the replica is asynchronous, so a failover can
also drop writes the old primary already confirmed. Given that, I'd be comfortable with carts in Redis,
but reservations should stay in Postgres.
""", "adequate", "hedged",
        false_claims=["I believe Redis fsyncs roughly every ten seconds, so you'd lose up to ten seconds of writes on a crash"],
        note="Hedged wrong number: everysec fsyncs once per second (about one second lost, up to about two if the disk "
             "stalls). Failover loss and the carts/reservations split are right: adequate."),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} records to {OUT}")


if __name__ == "__main__":
    main()
