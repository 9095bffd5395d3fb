#!/usr/bin/env python3
"""Build chouse_answers: 30 labelled answers for the ClickHouse analytics gauntlet.

Writes clickhouse-analytics_answers.jsonl next to this script.
Record fields, in this order: id, round, answer, band, bluff, kind, pattern_quotes, false_claims, note.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "clickhouse-analytics_answers.jsonl")
SHORT = "chouse"

# (round, kind, band, answer, pattern_quotes, false_claims, note)
A = []


def add(rnd, kind, band, answer, pattern_quotes=(), false_claims=(), note=""):
    A.append((rnd, kind, band, " ".join(answer.split()), list(pattern_quotes), list(false_claims), note))


# ---------------------------------------------------------------- Round 1
add(1, "strong", "strong", """
Okay, so for the engine I'd just go with MergeTree, nothing fancier until we actually need updates. Each insert
lands as its own part, rows sorted by the sorting key, every column in its own file, and the server merges those
parts in the background. The key thing people miss is that the primary index is sparse. It doesn't point at rows,
it points at granules, blocks of 8192 rows by default, so for billions of rows the index is tiny and lives in RAM.
A query with a condition on the leading key columns lets ClickHouse skip every granule whose key range can't
match, and then it reads the survivors in full. So I'd pick the sort key from how people query: tenant first,
then event type, then the day, then maybe user id. Not a UUID up front, that kills skipping for everything else
and compresses badly. And I'd remind the team the key isn't a uniqueness constraint, duplicates are allowed, and
changing the sort order later basically means rebuilding the table. For other filters there are skip indexes
like bloom_filter, or projections.
""", note="Correct and covers most of the substance: parts and merges, sparse index over 8192-row granules, "
          "granule skipping, sort key chosen from filters with low cardinality first, non-unique key, "
          "cost of changing the sort order, skip indexes and projections.")

add(1, "adequate", "adequate", """
So I'd use MergeTree and think hard about the ORDER BY, because that's what the primary index is built from. The
index is sparse, it has one entry per block of rows rather than one per row, so it's small, and when you filter on
the leading columns of the key ClickHouse can skip most of the table. I'd put tenant_id and the event date near
the front since almost every query filters on those. Beyond that I'd, yeah, I'd probably look at the actual
queries before locking it in.
""", note="Core is right (sparse index, skipping on key prefix, key from common filters) but misses the granule "
          "size, that the key is not unique, compression, and what to do for filters outside the key.")

add(1, "pattern", "weak", """
Honestly I'd keep it familiar. Every event has a UUID, so I'd make that the first thing in the ORDER BY, same as
you'd do with a primary key in Postgres. Then lookups for a single event are instant and everything stays tidy.
Time would come after that, maybe. And the engine is MergeTree, obviously, that's the default choice for anything
big in ClickHouse.
""", pattern_quotes=["Put the event ID first in ORDER BY, like a primary key in Postgres."],
    note="Acts out the OLTP habit of a unique high-cardinality leading key, which defeats granule skipping for "
         "tenant, type and time filters.")

add(1, "bluff", "adequate", """
Right, so MergeTree, and the ORDER BY is basically your index. ClickHouse's primary index is sparse: it keeps one
mark per granule, and the default index_granularity is 1024 rows, which is why the whole index fits in memory
without any trouble. When you filter on the prefix of the sort key it uses those marks to throw away granules
that can't contain matches and only reads what's left. So I'd order by tenant, event type, date, then user, low
cardinality first, because that gives you both better pruning and better compression. And the key doesn't
enforce uniqueness, so duplicates are possible.
""", false_claims=["the default index_granularity is 1024 rows"],
    note="Bluff (contradicted number or default): the default index_granularity is 8192 rows, not 1024. The "
         "rest is correct and the number is peripheral, so adequate.")

add(1, "bluff", "weak", """
So the nice thing with MergeTree is that the primary key works the way you'd expect from a normal database. Every
single row gets its own entry in the primary index, so when you look something up by the ORDER BY columns it
jumps straight to that exact row, no scanning at all. And because of that it always refuses a second row with the
same key, so you get uniqueness for free. That's why I'd put the event id into the ORDER BY, it gives us
deduplication on ingest and fast point lookups in one go. I've run it like that and it's very clean.
""", false_claims=["Every single row gets its own entry in the primary index",
                   "it always refuses a second row with the same key"],
    note="Bluff (mechanism in plain words, with a false absolute): the primary index is sparse, one mark per "
         "granule, and ClickHouse never rejects duplicate keys. The false mechanism is the centre of the design, "
         "so weak.")

add(1, "honest", "strong", """
Let me start with what I'm sure of. MergeTree, sorted by the ORDER BY, and the primary key, which is the ORDER BY
unless you say otherwise, is sparse: one index entry per granule of rows, not per row. I don't remember the
default granule size off the top of my head, I'd look up index_granularity, but the point is the index is small
and sits in memory. Queries filtering on the key columns can prune whole granules, so the order matters a lot:
tenant, event type, day, then user, lowest cardinality first, which also makes the columns compress better. A
random ID at the front would wreck pruning. The key isn't unique, duplicates are fine as far as ClickHouse is
concerned. I also know you can't freely re-sort an existing table, but I'd have to check exactly which ALTER
changes to the sort key are allowed. For other filter columns, skip indexes or a projection.
""", note="Honest about two details (the default granule size, which sort-key ALTERs are allowed) but gets all "
          "of the substance right, so banded strong.")

# ---------------------------------------------------------------- Round 2
add(2, "strong", "strong", """
Yeah, this is the classic small-inserts problem. Each INSERT creates a new immutable part, actually one per
partition it hits, and the background merger has to fold those together, but only inside a partition. Two hundred
servers doing one row each means thousands of parts per second, so merges fall behind. ClickHouse first throttles
inserts when a partition has too many active parts, and then throws TOO_MANY_PARTS, code 252. In new versions the
thresholds are 1,000 to start delaying and 3,000 to reject, it used to be 150 and 300. The real fix is batching:
thousands of rows per insert, ideally tens of thousands, about one insert a second. So a buffer in the app, or
Kafka in front. If we can't touch the producers, async_insert=1 lets the server do the buffering and write one
part per flush, and I'd leave wait_for_async_insert on so acknowledged means written. Daily partitions are okay;
high-cardinality partition keys are not. I'd track system.parts and system.merges while it recovers.
""", note="Correct and complete: part per insert per partition, merges only within a partition, delay and throw "
          "thresholds with current and old defaults, error name and code, batch sizes, async inserts with "
          "wait_for_async_insert, partition key advice, monitoring.")

add(2, "pattern", "weak", """
So that error is basically just a safety limit, right? There's a setting, parts_to_throw_insert, and you can bump
it way up in the table settings. I'd raise it, maybe raise the delay one as well, and the inserts go through
again. The merges will sort themselves out once the load evens out, ClickHouse is pretty good at that. Quick fix,
and no code changes on the app servers.
""", pattern_quotes=["Just raise parts_to_throw_insert so the inserts stop failing."],
    note="Acts out raising the threshold: hides the symptom while single-row inserts keep outrunning merges.")

add(2, "bluff", "adequate", """
Okay so what you're hitting is a merge backlog. Every insert creates a new part per partition, merges combine
parts within the partition, and with two hundred servers sending single rows the merges just can't keep pace.
Once a partition crosses the limit, ClickHouse stops accepting writes and the inserts are rejected with
TABLE_IS_READ_ONLY until the part count comes back down. The fix is batching, you want thousands of rows per
insert and about one insert a second, or turn on async_insert so the server buffers for you. And keep the
partitioning coarse, daily or monthly is fine.
""", false_claims=["the inserts are rejected with TABLE_IS_READ_ONLY"],
    note="Bluff (wrong error name): the error is TOO_MANY_PARTS (code 252); TABLE_IS_READ_ONLY is what replicated "
         "tables raise when they lose Keeper. Diagnosis and fix are otherwise right, so adequate.")

add(2, "bluff", "weak", """
So the way out is async inserts, and that's actually a client feature: the official JDBC driver and
clickhouse-client collect your small inserts on the application side and send them as one batch, so the server
never sees the individual rows. I'd just flip async_insert on in the driver config on all two hundred app servers
and the part count drops right away, because each server now sends one big insert a second. No need for Kafka or
building our own buffer. The daily partitioning can stay as it is.
""", false_claims=["that's actually a client feature: the official JDBC driver and clickhouse-client collect "
                   "your small inserts on the application side",
                   "the server never sees the individual rows"],
    note="Bluff (feature credited to the wrong product): async inserts are a server feature; the ClickHouse "
         "server buffers the small INSERTs and flushes them as one part, the drivers do not batch for you. The "
         "whole fix rests on this, so weak.")

add(2, "list", "weak", """
Um, so off the top of my head: parts, merges, partitions, the part count thresholds, parts_to_throw_insert and
parts_to_delay_insert, the TOO_MANY_PARTS error, batching, async_insert, wait_for_async_insert, a Kafka buffer,
system.parts, system.merges, max_partitions_per_insert_block, OPTIMIZE. Yeah, those are the main areas I'd be
looking at here, I think.
""", note="Only names the right terms; says nothing about how parts, merges or async inserts work.")

add(2, "hedged", "adequate", """
So I'm fairly sure the cause is that every insert makes a new part and the merges can't keep up with single-row
inserts coming from two hundred servers. There's a per-partition limit on active parts, I think
parts_to_throw_insert defaults to something like 30, but I'd check that. Either way the answer isn't raising it,
it's batching: collect rows in the app or through Kafka and write big blocks, or use async inserts so the server
does the batching. I'd also make sure we aren't partitioning too finely, since parts don't merge across
partitions.
""", false_claims=["I think parts_to_throw_insert defaults to something like 30"],
    note="Hedged wrong default (it is 3000 in current releases, 300 in older ones); the rest of the reasoning is "
         "right but thin, so adequate.")

# ---------------------------------------------------------------- Round 3
add(3, "adequate", "adequate", """
So ReplacingMergeTree collapses rows with the same ORDER BY key, keeping the one with the highest version if you
give it a version column. But it only happens when parts get merged, so at any given moment you can still have
duplicates sitting in the table. That means you can't just do count() and trust it, you need to either query with
FINAL or do an argMax on the version grouped by order id. I'd use the order's updated timestamp as the version.
""", note="Core right (merge-time, eventual dedup; FINAL or argMax) but misses partition alignment, insert-block "
          "deduplication for retries, and deletes.")

add(3, "pattern", "weak", """
Yeah, ReplacingMergeTree is exactly for this. You set order_id as the key and it replaces the old row whenever a
new version comes in, so the table only ever has one row per order. That means product can just run count() or a
plain select on status and get the exact answer, no special query needed. Kafka retries are covered too, because
a duplicate simply replaces itself.
""", pattern_quotes=["ReplacingMergeTree guarantees there are no duplicates, so a plain count() is exact."],
    false_claims=["so the table only ever has one row per order",
                  "product can just run count() or a plain select on status and get the exact answer"],
    note="Acts out the no-duplicates misconception: replacement happens only at merge time, so plain count() "
         "overcounts until then. Pattern, with the false wording listed.")

add(3, "bluff", "weak", """
So ReplacingMergeTree deduplicates on the sorting key during background merges, keeping the row with the highest
version, and until a merge happens you can have both versions, so queries need FINAL or an argMax per order_id.
One nice thing is that the merge process looks across the whole table, every partition, so it doesn't matter how
you partition; you can partition by the update date for easy TTL and two versions of an order still collapse into
one. For Kafka retries of the exact same batch, replicated tables also drop identical insert blocks.
""", false_claims=["the merge process looks across the whole table, every partition, so it doesn't matter how "
                   "you partition"],
    note="Bluff (mechanism in plain words): merges never combine parts from different partitions, so partitioning "
         "by update date means old and new versions never collapse. That breaks the core deduplication design, "
         "so weak.")

add(3, "honest", "adequate", """
I know the main idea: rows with the same sorting key get collapsed when parts merge, and with a version column
the newest one wins. Merges are background and unpredictable, so until then duplicates are visible and you'd
query with FINAL, or group by order id with argMax. What I'm not sure about is how expensive FINAL is on current
versions, I'd want to benchmark it on our data, and I'd need to look up how deletes are handled; I vaguely
remember there's a flag column for that, but I wouldn't swear to the syntax.
""", note="Honest about FINAL cost and delete syntax; the core is right but partitions and retry deduplication "
          "are missing, so adequate.")

add(3, "offtopic", "weak", """
Honestly, for exact order state I'd keep orders in Postgres. You use INSERT ... ON CONFLICT (order_id) DO UPDATE
with a WHERE clause comparing updated_at, so an older retry never overwrites a newer status, and a unique index
gives you a real constraint. Then counts are just a SELECT count(*), and you get transactions, foreign keys, the
whole thing. Postgres handles a few thousand upserts a second without breaking a sweat on decent hardware.
""", note="Fluent, but about Postgres upserts instead of ReplacingMergeTree in ClickHouse.")

add(3, "strong", "strong", """
So the engine collapses rows that share the full ORDER BY key, and with a version argument it keeps the highest
version, otherwise whichever came last. The important word is eventually. Merging is asynchronous, big parts may
basically never merge again, and collapsing only happens between parts in the same partition. So I'd partition by
something fixed per order, like the month the order was created. If we partitioned on the update date, old and
new versions would sit in different partitions and never meet. Queries can't assume merges have happened, so
either FINAL, which is a lot faster in recent releases than it used to be, or argMax(status, version) per
order_id. Deletes can use the is_deleted option in newer versions. I wouldn't run OPTIMIZE FINAL on a schedule,
too expensive. And Kafka redelivering the identical batch is a different problem: replicated tables keep hashes
of recent insert blocks and skip repeats, and you can set an insert_deduplication_token, while real status
changes are new versions.
""", note="Correct and complete: version semantics, eventual and partition-local dedup, partition key fixed per "
          "order, FINAL or argMax, is_deleted, no scheduled OPTIMIZE, retries versus updates.")

# ---------------------------------------------------------------- Round 4
add(4, "adequate", "adequate", """
I'd push back a bit. Raw queries are great for exploration, but a dashboard that lots of people hit all day
repeats the same big scans over and over, and that eats CPU. For those I'd add a materialized view into an
AggregatingMergeTree or SummingMergeTree table. The thing to know is that the view only processes new inserts, so
you'd backfill the history separately. But yeah, I'd keep raw tables for ad hoc and only roll up the hot stuff.
""", note="Right trade-off and right core fact (views see only new inserts), but misses duplicates from the "
          "source, aggregating again at query time, and the insert cost and failure mode.")

add(4, "pattern", "weak", """
I actually agree with them. ClickHouse is built for exactly this, it'll chew through billions of rows in a second
or two, so why maintain a second copy of the data? Every materialized view is one more thing to break. I'd just
point every dashboard at the raw events table, give the servers enough cores, and call it done. If it ever gets
slow, we add more hardware.
""", pattern_quotes=["Agreed, ClickHouse is fast enough to scan the raw table for every dashboard."],
    note="Acts out agreeing outright; ignores what repeated concurrent scans cost.")

add(4, "bluff", "adequate", """
It's reasonable for ad hoc work but not for busy dashboards. ClickHouse's own user survey found that about 70
percent of cluster CPU in production goes to repeated dashboard queries that a rollup could have served, so
that's where the money is. A materialized view here is an insert trigger, it transforms each new block and writes
to a target table, usually AggregatingMergeTree with state functions, and you query it with the merge functions
and a GROUP BY, since rows only combine on merge. It won't see old data, so you backfill, and it won't see deletes
or dedup in the source.
""", false_claims=["ClickHouse's own user survey found that about 70 percent of cluster CPU in production goes to "
                   "repeated dashboard queries that a rollup could have served"],
    note="Bluff (invented statistic): there is no such ClickHouse survey figure. The mechanics are right and the "
         "statistic is decoration, so adequate.")

add(4, "honest", "adequate", """
I'd say it depends on how busy the dashboards are. For low traffic, raw is simpler and it's fine. For a dashboard
everyone opens every morning I'd want a rollup. My understanding is that ClickHouse materialized views fire on
insert and only see the new rows, so existing data has to be backfilled. I'm not sure how they behave with a
ReplacingMergeTree source, whether they see the dedup or not; I'd have to look that up before relying on them for
order counts.
""", note="Honest about behaviour over a ReplacingMergeTree source; the trade-off and insert-trigger fact are "
          "right, but the answer is thin, so adequate.")

add(4, "hedged", "weak", """
Mm, I'd probably use materialized views for the main dashboards. They feed a summing table and the summing table
compacts itself; I think it merges the rollup on a fixed schedule, something like every ten minutes, but I'd
check that. Until then the numbers might be a bit off. For everything else, raw queries are fine, I guess.
""", false_claims=["I think it merges the rollup on a fixed schedule, something like every ten minutes"],
    note="Hedged wrong claim: merges have no fixed schedule, so queries must aggregate regardless. Little else of "
         "substance, so weak.")

add(4, "list", "weak", """
Materialized views, AggregatingMergeTree, SummingMergeTree, uniqState and uniqMerge, POPULATE, backfills,
projections, refreshable materialized views, concurrency, max_concurrent_queries, ad hoc versus fixed dashboards.
Those are the pieces I'd bring up in that discussion with the teammate, I think, those and maybe the insert
overhead too.
""", note="Only names the right terms; no statement about how any of them behaves or when to use them.")

# ---------------------------------------------------------------- Round 5
add(5, "strong", "strong", """
So every table goes Replicated, ReplicatedMergeTree or the Replicated version of whatever engine we use, with a
Keeper path built from shard and replica macros, and I'd create them ON CLUSTER. Any replica accepts inserts: the
part is written locally, an entry goes into the log in Keeper, and the others download the part from that replica
over port 9009. Keeper never sees the data, only the coordination metadata: the log, which parts exist, and recent
block hashes for insert dedup. Keeper itself is a Raft cluster that's ZooKeeper-compatible, so three nodes, one
per AZ, survives losing one; five survives two. Two nodes would be worse than it sounds, one failure and there's
no majority. If Keeper's down, inserts into replicated tables fail and the tables are read-only, reads still
work. An insert is acknowledged after a single replica writes it unless you set insert_quorum, so I'd use
insert_quorum=2 where losing a batch matters. Monitoring: system.replicas, the replication queue, readonly
replicas, replica delay, Keeper latency. And backups separately, because a DROP replicates.
""", note="Correct and complete: replicated engines and macros, multi-master fetch over 9009, metadata-only "
          "Keeper, Raft quorum sizing, read-only on quorum loss, insert_quorum, monitoring, backups.")

add(5, "adequate", "adequate", """
I'd use ReplicatedMergeTree on all three nodes, coordinated by a three-node ClickHouse Keeper, one node per zone,
so we can lose one Keeper node and keep a majority. Keeper is just for coordination, it tracks which parts exist
and the replication log; the actual data goes replica to replica. I'd watch replication lag in system.replicas
and alert on read-only replicas. That's roughly the setup.
""", note="Core right (replicated engine, 3-node Keeper quorum, metadata only, lag monitoring) but misses "
          "insert acknowledgement and insert_quorum, what happens on quorum loss, and backups.")

add(5, "pattern", "weak", """
With three replicas in three zones we're covered, honestly. Any one node, even a whole zone, can disappear and the
data's still on the other two. So I wouldn't bother with a separate backup system, that's just more cost and
more moving parts; the replicas are the backup. I'd use ReplicatedMergeTree with Keeper and spend the effort on
monitoring replica lag instead.
""", pattern_quotes=["Three replicas means we can't lose data, so replication is our backup."],
    note="Acts out replication-as-backup; a DROP or bad mutation replicates to every replica.")

add(5, "bluff", "adequate", """
For replication I'd use ReplicatedMergeTree everywhere and a three-node Keeper ensemble, one per availability
zone. Keeper is ClickHouse's C++ replacement for ZooKeeper; it implements the Raft consensus protocol as
standardized by the IETF in RFC 7950, so you get the usual majority-quorum behaviour: three nodes survive one
failure. Keeper only stores metadata, the replication log and part lists, and replicas fetch parts from each
other directly. If quorum is lost, the replicated tables go read-only. I'd monitor system.replicas and the
replication queue, and keep real backups because drops replicate too.
""", false_claims=["it implements the Raft consensus protocol as standardized by the IETF in RFC 7950"],
    note="Bluff (misattributed RFC/standard): Raft is a research paper (Ongaro and Ousterhout, 2014), not an IETF "
         "standard; RFC 7950 is YANG 1.1. Peripheral to an otherwise correct answer, so adequate.")

add(5, "honest", "adequate", """
I'd go with ReplicatedMergeTree tables and ClickHouse Keeper instead of ZooKeeper. Keeper should be an odd number
of nodes, three here, one per zone, since it needs a majority. I know replication itself is asynchronous and an
insert is acknowledged before the other replicas have it, and there's a setting to make it wait for more
replicas, but I don't remember its exact name, I'd have to look it up. Same with which system tables show replica
lag; I'd check the docs for that. And I'd still take backups.
""", note="Honest about the insert_quorum name and the system tables; the core is right, so adequate.")

add(5, "offtopic", "weak", """
For HA I'd lean on what we already do for Postgres: Patroni with etcd for leader election, one synchronous standby
and one async, and HAProxy in front routing writes to whichever node holds the leader key. Failover takes maybe
thirty seconds. We'd monitor with the Prometheus postgres exporter and alert on replication lag in bytes. It's
battle-tested, the team knows it, and the runbooks already exist.
""", note="Fluent, but about Postgres high availability, not ClickHouse replication with Keeper.")


FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in A:
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
            assert list(rec) == FIELDS
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(A)} records to {OUT}")


if __name__ == "__main__":
    main()
