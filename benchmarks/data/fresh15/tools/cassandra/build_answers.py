#!/usr/bin/env python3
"""Build cassandra-operations_answers.jsonl: 30 labelled candidate answers for the
Cassandra-in-production gauntlet (cassandra-operations.txt). Run: python3 build_answers.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cassandra-operations_answers.jsonl")

# Common Weak Answer quotes (verbatim from cassandra-operations.txt)
R1_ALL = "Use ALL for reads and writes so the data is always consistent."
R1_EVENTUAL = "Cassandra is eventually consistent, so you can't get strong consistency out of it."
R2_HINTS = "Hinted handoff will replay everything it missed when it comes back, so there's nothing to do."
R3_THRESHOLD = "Raise tombstone_failure_threshold so the reads stop failing."
R4_LCS = "LCS is better for reads, so yes, switch everything to it."
R5_SENSOR = "Partition by sensor_id and cluster by timestamp, so all of a sensor's readings are in one place."


def rec(id_, round_, answer, band, kind, pattern_quotes=None, false_claims=None, note=""):
    return {
        "id": id_,
        "round": round_,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": pattern_quotes or [],
        "false_claims": false_claims or [],
        "note": note,
    }


ANSWERS = [
    # ---------------- Round 1: tunable consistency ----------------
    rec("cass-r1-01", 1,
        "So, the way I think about it, replication factor three per DC, and I'd pick LOCAL_QUORUM on both "
        "sides. Two replicas out of three have to ack the write, two have to answer the read, and since two "
        "plus two beats three, at least one node in any read has seen the latest acknowledged write. That's "
        "the whole R plus W greater than RF thing. You can lose one replica per DC and keep going. I wouldn't "
        "use plain QUORUM across two datacenters, because then it's four out of six and you're paying "
        "cross-region round trips on everything. For stuff like view counts, ONE is fine. Caveats though: "
        "conflicts are last-write-wins on timestamps, so clocks need NTP; a timed-out write may still be "
        "sitting on a replica; and if I need check-then-set, like unique usernames, I'd reach for a "
        "lightweight transaction at SERIAL.",
        "strong", "strong",
        note="Correct and nearly complete: LOCAL_QUORUM overlap, QUORUM = 4 of 6 across DCs, ONE for "
             "tolerant data, LWW/clock skew, timed-out writes not rolled back, LWT for compare-and-set."),
    rec("cass-r1-02", 1,
        "Um, I'd go LOCAL_QUORUM for reads and for writes. With RF of three that's two nodes each time, and "
        "because reads plus writes is more than the replication factor, the sets overlap, so you read what "
        "you last wrote. If the data can be a bit stale I'd drop reads to LOCAL_ONE to get the latency down. "
        "Yeah, that's basically my default.",
        "adequate", "adequate",
        note="Core overlap argument is right, but nothing on QUORUM vs LOCAL_QUORUM across DCs, LWW, "
             "timed-out writes, or LWTs."),
    rec("cass-r1-03", 1,
        "Honestly, Cassandra is an AP system, it's eventually consistent by design, so whatever level you "
        "pick you can't really get strong consistency out of it. I'd just use ONE everywhere for speed and "
        "make the application tolerate stale reads. If we needed real consistency for orders, I'd keep that "
        "part in Postgres instead.",
        "weak", "pattern",
        pattern_quotes=[R1_EVENTUAL],
        false_claims=["whatever level you pick you can't really get strong consistency out of it"],
        note="Acts out the 'eventually consistent, no strong consistency' weak answer; ignores R + W > RF."),
    rec("cass-r1-04", 1,
        "I'd default to LOCAL_QUORUM reads and writes at RF three, so two and two, which overlaps and gives "
        "you read-your-writes. Plain QUORUM in a two-DC cluster waits on the remote DC, so I'd avoid it. And "
        "the nice thing about quorum-level writes is that the failure case is clean: if the coordinator "
        "doesn't get enough acks in time, it tells the replicas that did apply the write to undo it, so a "
        "failed write never shows up to any reader later. That means the client can just retry without "
        "worrying about partial state.",
        "adequate", "bluff",
        false_claims=["it tells the replicas that did apply the write to undo it, so a failed write never "
                      "shows up to any reader later"],
        note="Bluff (mechanism in plain words, false absolute): Cassandra has no rollback; a write that "
             "times out may already be applied on some replicas and can later become visible. Rest is "
             "correct, so capped at adequate."),
    rec("cass-r1-05", 1,
        "I'd use LOCAL_QUORUM for both reads and writes, because quorum reads plus quorum writes add up to "
        "more than the replica count, so every read touches a node that has the latest acknowledged write. "
        "What I'm less sure of is how plain QUORUM is counted once you have several datacenters, whether "
        "it's per DC or across the whole cluster, and I don't remember what the drivers use as their default "
        "level. I'd look both up before writing it into a design doc rather than guess.",
        "adequate", "honest",
        note="Honest: correct core (LOCAL_QUORUM, overlap) and openly says it would look up the multi-DC "
             "QUORUM count and driver default."),
    rec("cass-r1-06", 1,
        "In my experience the cleanest way to reason about this is isolation levels. Postgres defaults to "
        "READ COMMITTED, and if you need to avoid write skew you move to SERIALIZABLE, which uses serializable "
        "snapshot isolation and can abort transactions with a serialization failure, so your app needs a "
        "retry loop. REPEATABLE READ in Postgres is really snapshot isolation. I'd pick READ COMMITTED for "
        "most endpoints and SERIALIZABLE for the money paths.",
        "weak", "offtopic",
        note="Off-topic: fluent and accurate about PostgreSQL isolation levels, nothing about Cassandra "
             "consistency levels or R + W > RF."),

    # ---------------- Round 2: hints and repair after an outage ----------------
    rec("cass-r2-01", 2,
        "Okay, so nothing was lost in the sense that the other two replicas took every LOCAL_QUORUM write. "
        "The returning node is behind, though. Coordinators were saving hints for it, but only for the first "
        "three hours by default, that's the max hint window, and after that they just stop. So about half "
        "the outage isn't hinted at all, and hints are best effort anyway. When it rejoins the hints get "
        "replayed, then I'd run a full repair on that node, nodetool repair with -full, or kick it off from "
        "Reaper, which does the Merkle tree comparison and streams the differences. Read repair alone won't "
        "do it, it only fixes what gets read. And generally, repair needs to cycle through everything inside "
        "gc_grace_seconds, ten days by default. If the node had been gone longer than that, I'd replace it "
        "rather than restart it, or deleted rows could come back.",
        "strong", "strong",
        note="Correct and complete: 3 h hint window, best-effort hints, full repair with Merkle trees, "
             "read repair limits, 10-day gc_grace, replace a node down longer than gc_grace."),
    rec("cass-r2-02", 2,
        "Cassandra handles this for you. While the node was down, the other nodes kept hints of everything "
        "it missed, and as soon as it rejoins the ring they push all of it over. So after a few minutes of "
        "hint replay it's fully caught up and there's really nothing operational to do, maybe just watch the "
        "logs to see the replay finish.",
        "weak", "pattern",
        pattern_quotes=[R2_HINTS],
        false_claims=["the other nodes kept hints of everything it missed",
                      "after a few minutes of hint replay it's fully caught up"],
        note="Acts out 'hints replay everything, nothing to do'; hints stop after the 3 h window."),
    rec("cass-r2-03", 2,
        "So the coordinators hold hints for the dead node, but the max hint window defaults to one hour, so "
        "only the first hour of the outage got hinted and the other five hours of writes are only on the two "
        "surviving replicas. Hints replay when gossip marks it up. Then I'd run nodetool repair -full on that "
        "node to get it back in sync, because read repair only fixes what's actually read. And I'd make sure "
        "our regular repair schedule finishes inside gc_grace_seconds so deletes don't come back.",
        "adequate", "bluff",
        false_claims=["the max hint window defaults to one hour"],
        note="Bluff (contradicted default): max_hint_window defaults to 3 hours (10800000 ms). The "
             "conclusion (run a full repair) is still right, so adequate."),
    rec("cass-r2-04", 2,
        "Good news is this is mostly self-healing. When a node comes back after an outage, part of its "
        "startup is to compare its data with the other replicas for its ranges and pull over whatever it "
        "missed before it starts serving reads, so it rejoins already consistent. Hints speed that up a bit. "
        "Repair is really only something you run when you've replaced a node or lost a disk, not after a "
        "normal restart like this one.",
        "weak", "bluff",
        false_claims=["part of its startup is to compare its data with the other replicas for its ranges and "
                      "pull over whatever it missed before it starts serving reads"],
        note="Bluff (mechanism in plain words): a restarted node does no anti-entropy sync on startup; it "
             "serves reads at once and only hints, read repair and explicit repair fix it. Central to the "
             "answer (so no repair is run): weak."),
    rec("cass-r2-05", 2,
        "The hints cover the first part of the outage, three hours by default, and after that nothing, so "
        "I'd run a full repair on the node. Read repair won't catch cold data. The other thing to keep in "
        "mind is gc_grace_seconds, which I think defaults to about three days, though I'd double-check that, "
        "because repairs have to complete within that window or deleted data can reappear.",
        "adequate", "hedged",
        false_claims=["which I think defaults to about three days"],
        note="Hedged wrong default: gc_grace_seconds is 864000 s (10 days). Otherwise correct core; "
             "missing Merkle trees and replacing a long-dead node."),
    rec("cass-r2-06", 2,
        "Okay, so the things that come into play here: hinted handoff, the max hint window, the hints "
        "directory, gossip, read repair, anti-entropy repair, nodetool repair, full versus incremental, "
        "Merkle trees, Reaper, gc_grace_seconds, tombstones, zombie data, and node replacement. Yeah, those "
        "are the pieces I'd be thinking about for a node that was down six hours.",
        "weak", "list",
        note="List: names the right terms but says nothing about what hints cover or what to do."),

    # ---------------- Round 3: tombstones and the queue ----------------
    rec("cass-r3-01", 3,
        "Yeah, this is the classic queue anti-pattern. Every deleted job leaves a tombstone behind, and "
        "because the workers read the queue partition from the top, they plough through thousands of "
        "tombstones before reaching a live job, which is why it's slow and eventually fails. I'd split the "
        "queue into time buckets so a worker only looks at the current bucket, and old buckets just sit "
        "there until they're cleaned up. I wouldn't touch gc_grace_seconds, that feels risky.",
        "adequate", "adequate",
        note="Right diagnosis and a bucketing fix, but no explanation of why gc_grace_seconds 0 is unsafe "
             "(resurrection, hints) and no thresholds or checkpointed reads."),
    rec("cass-r3-02", 3,
        "The quick win is in cassandra.yaml: bump tombstone_failure_threshold way up, maybe to a million, and "
        "raise the warn threshold too so the logs calm down. The reads are failing because of a safety "
        "limit, not because anything's actually broken, so loosening the limit gets the workers going again, "
        "and then we can look at the table later if it matters.",
        "weak", "pattern",
        pattern_quotes=[R3_THRESHOLD],
        false_claims=["not because anything's actually broken"],
        note="Acts out 'raise tombstone_failure_threshold'; reads still scan every tombstone."),
    rec("cass-r3-03", 3,
        "Deletes write tombstones, and they stick around for gc_grace_seconds, ten days by default, before "
        "compaction can purge them. The workers scan from the head of the partition, so they read through "
        "all the deleted jobs first. Cassandra warns at a thousand tombstones in one read, and at a hundred "
        "thousand it gives up and the client gets an UnavailableException, which is what those failing reads "
        "are. gc_grace zero would bring back processed jobs if a replica missed the delete, so no. I'd bucket "
        "the partition by hour and have workers remember where they got to.",
        "adequate", "bluff",
        false_claims=["the client gets an UnavailableException"],
        note="Bluff (wrong error name): the read aborts with TombstoneOverwhelmingException on the server, "
             "surfacing as a read failure; UnavailableException means too few live replicas. Rest correct: "
             "adequate."),
    rec("cass-r3-04", 3,
        "Tombstones. Each processed job leaves one, they're kept at least ten days because of "
        "gc_grace_seconds, and the reads walk over them from the start of the partition. It's a huge deal in "
        "practice: DataStax's support data shows roughly 70 percent of Cassandra read-latency escalations "
        "trace back to tombstones. Setting gc_grace to zero is dangerous, since a replica that missed a "
        "delete would resurrect the job through repair. The fix is modelling: time buckets, start reads from "
        "a saved position, and ideally move the queue to Kafka.",
        "adequate", "bluff",
        false_claims=["DataStax's support data shows roughly 70 percent of Cassandra read-latency escalations "
                      "trace back to tombstones"],
        note="Bluff (invented statistic): no such published DataStax figure. Technical content is right, "
             "so adequate."),
    rec("cass-r3-05", 3,
        "So what's happening: each delete writes a tombstone rather than removing the row, and those "
        "tombstones have to stay around for gc_grace_seconds, ten days unless someone changed it, and even "
        "after that they only disappear when compaction gets to them. The workers read each queue from its "
        "beginning, so every read steps over days of deleted jobs. There's a warn threshold and a hard "
        "failure threshold on tombstones scanned per read; I don't remember the failure number exactly, I'd "
        "have to look it up, but that's what's killing the reads. Zero gc_grace is a bad idea: if one replica "
        "missed a delete and the tombstone is already compacted away on the others, repair sees the old row "
        "as live and copies it back, so jobs rerun. I believe it also stops hints being replayed for that "
        "table. What I'd do is redesign: partition by queue plus a time bucket, keep a per-worker checkpoint "
        "and read with a clustering lower bound, age out whole buckets, or just move the queue to something "
        "built for it, like SQS.",
        "strong", "honest",
        note="Honest but strong: full mechanism, resurrection and hints argument, modelling fix; openly "
             "doesn't remember the 100,000 failure threshold."),
    rec("cass-r3-06", 3,
        "The deletes leave tombstones, and each read on the queue partition has to skip over all of them, so "
        "reads get slower until they trip the tombstone failure threshold, which I think is around ten "
        "thousand per read, but I'd check the yaml. I wouldn't set gc_grace_seconds to zero, because deleted "
        "jobs can come back if a replica missed the delete. Better to bucket the queue by time.",
        "adequate", "hedged",
        false_claims=["which I think is around ten thousand per read"],
        note="Hedged wrong number: tombstone_failure_threshold defaults to 100,000. Core diagnosis and fix "
             "right but thin."),

    # ---------------- Round 4: compaction strategies ----------------
    rec("cass-r4-01", 4,
        "I'd say yes for some tables, definitely not for the events one. Leveled keeps each level "
        "non-overlapping, small fixed-size SSTables, so most reads, around nine in ten, touch one file. Great "
        "for read-mostly tables that get updated a lot, like user settings. But you pay for it in writes: "
        "data gets rewritten as it's promoted through the levels, so the compaction load is much heavier and "
        "it can lag behind a busy ingest. Size-tiered, the default, is the opposite trade: cheaper writes, "
        "more SSTables per read, and you want a lot of free disk for its big merges. The events table is "
        "written once with a 30-day TTL, so that's TWCS territory: it buckets SSTables by time window and, "
        "once everything in a file has expired, just deletes the file. With LCS we'd be recompacting data "
        "right up until it expires. I'd check SSTables-per-read in tablehistograms first and change "
        "strategies one node at a time.",
        "strong", "strong",
        note="Correct trade-offs of STCS/LCS/TWCS, TWCS for the TTL table, measurement and node-by-node "
             "rollout."),
    rec("cass-r4-02", 4,
        "I'd push back on the events table. It's time-series with a TTL, so TimeWindowCompactionStrategy "
        "fits it much better: data is grouped by time window and whole SSTables get dropped once they've "
        "expired, no rewriting. For the other tables, leveled is fine where reads dominate, since reads hit "
        "fewer SSTables. So, case by case, not everything at once.",
        "adequate", "adequate",
        note="Right call (TWCS for the TTL table, LCS for read-heavy) but omits LCS write amplification, "
             "STCS disk headroom, and rollout."),
    rec("cass-r4-03", 4,
        "Honestly I'd go along with it. Leveled compaction is the better strategy for read latency, and reads "
        "are what users feel. Disk I/O is cheap on NVMe these days, so the extra compaction work doesn't "
        "really matter. Let's switch all the tables over, events included, and enjoy lower p99s.",
        "weak", "pattern",
        pattern_quotes=[R4_LCS],
        note="Acts out 'LCS is better for reads, switch everything'; ignores write amplification and TWCS."),
    rec("cass-r4-04", 4,
        "I wouldn't put the events table on LCS, the write amplification would be brutal for 4 TB. The best "
        "option there in Cassandra 4.0 is the Incremental Compaction Strategy: it behaves like size-tiered "
        "for writes but compacts in small fragments, so you don't need that fifty percent free disk headroom, "
        "and it handles the TTL expiry fine. For read-heavy tables, sure, LCS. I'd roll it out one node at a "
        "time and watch pending compactions.",
        "weak", "bluff",
        false_claims=["The best option there in Cassandra 4.0 is the Incremental Compaction Strategy"],
        note="Bluff (feature credited to the wrong product): Incremental Compaction Strategy is a ScyllaDB "
             "(Enterprise) strategy, not in Apache Cassandra; the TTL table needs TWCS. Central "
             "recommendation, so weak."),
    rec("cass-r4-05", 4,
        "I know leveled is supposed to be better for reads and size-tiered better for writes, and I remember "
        "there's a time-window strategy meant for TTL data, but I've honestly never run anything except the "
        "default, so I couldn't tell you the details of how each one behaves or what switching costs. Before "
        "answering the teammate I'd read the compaction docs and test on a staging copy of the events table.",
        "weak", "honest",
        note="Honest: says plainly what it doesn't know; the little it states is right but there is too "
             "little substance for more than weak."),
    rec("cass-r4-06", 4,
        "Um, okay, right, so: SizeTieredCompactionStrategy, LeveledCompactionStrategy, TimeWindowCompactionStrategy, "
        "write amplification, read amplification, space amplification, sstable_size_in_mb, fanout, "
        "min_threshold, compaction windows, TTL, expired SSTables, major compaction, nodetool "
        "tablehistograms, pending compactions, and UCS in 5.0. Those are the things I'd weigh before agreeing "
        "to anything.",
        "weak", "list",
        note="List: names strategies and metrics without saying which fits which table or why."),

    # ---------------- Round 5: data modelling and partition sizing ----------------
    rec("cass-r5-01", 5,
        "I'd begin with the two access patterns and give each its own table. Range reads: key the partition "
        "on sensor plus a day bucket, cluster on the reading timestamp descending. One reading a second is "
        "86,400 rows per day partition, a few MB, which is well inside the usual ceiling of around 100 MB, "
        "and it avoids one ever-growing partition per sensor. A week's range is seven partition reads fired "
        "in parallel. Latest value: a little table keyed by sensor_id where every new reading upserts the "
        "single row. Retention via a 90-day default TTL on the table rather than deletes, and TWCS with "
        "multi-day windows, aiming for something like twenty to thirty windows, so expired SSTables just get "
        "dropped. LOCAL_QUORUM or LOCAL_ONE for writes depending on how much a lost reading matters. No "
        "filtering queries, no secondary index on time. Then watch partition size histograms after launch.",
        "strong", "strong",
        note="Query-first tables, (sensor, day) bucket with sizing, latest-value table, TTL + TWCS windows, "
             "consistency choice, monitoring."),
    rec("cass-r5-02", 5,
        "So I'd model from the queries. Partition key is sensor ID plus the date, clustering column is the "
        "timestamp in descending order, so a time range for one sensor on one day is a single partition "
        "slice, and newest-first comes for free. That keeps partitions bounded instead of growing forever. "
        "For the latest reading I'd just select with limit one from today's partition.",
        "adequate", "adequate",
        note="Correct bucketed key, but no TTL/TWCS retention, no sizing numbers, and misses the "
             "midnight edge case of LIMIT 1 on today's bucket."),
    rec("cass-r5-03", 5,
        "Simple: partition key sensor_id, clustering key timestamp descending. Then everything for one sensor "
        "lives together on the same replicas, the latest reading is LIMIT 1, and any time range is one query "
        "against one partition. Cassandra handles wide rows really well, so having millions of readings in "
        "one partition isn't a problem.",
        "weak", "pattern",
        pattern_quotes=[R5_SENSOR],
        false_claims=["having millions of readings in one partition isn't a problem"],
        note="Acts out 'partition by sensor_id'; ~7.8 million rows per partition over 90 days."),
    rec("cass-r5-04", 5,
        "The main table is keyed on (sensor_id, day) with the reading time as a descending clustering column, "
        "so a day for one sensor is one partition of 86,400 rows, which is small. A separate latest_reading "
        "table keyed on sensor_id handles the current value. I'd put a 90-day default TTL on the readings "
        "table with time-window compaction. If product later wants to filter on, say, reading value, I'd look "
        "at Storage-Attached Indexes, which came in through CEP-15 and shipped in 5.0, rather than the old "
        "secondary indexes, but only within a partition.",
        "adequate", "bluff",
        false_claims=["Storage-Attached Indexes, which came in through CEP-15"],
        note="Bluff (misattributed spec number): SAI was proposed in CEP-7; CEP-15 is Accord general-purpose "
             "transactions. Peripheral to an otherwise sound model: adequate."),
    rec("cass-r5-05", 5,
        "I'd design per query. Readings table partitioned by sensor and a time bucket, with the timestamp as a "
        "clustering column sorted newest first, and a second table holding just the latest reading per "
        "sensor. I'm not certain of the recommended maximum partition size; I remember it's somewhere in the "
        "tens of megabytes up to around a hundred, but I'd look that up and then pick day or hour buckets "
        "based on the real row size. Retention I'd handle with a table TTL.",
        "adequate", "honest",
        note="Honest: right structure, says it would look up the partition-size guidance; no compaction."),
    rec("cass-r5-06", 5,
        "For IoT at that scale the first thing I'd set up is the ingestion pipeline. Sensors publish over MQTT "
        "to a broker, and a bridge forwards into Kafka, keyed by sensor ID so each sensor's readings stay "
        "ordered within a partition. I'd size the topic with enough partitions for consumer parallelism, say "
        "a few hundred, and set retention to seven days so we can replay if a downstream consumer has a bug. "
        "Schema Registry with Avro keeps the payload format under control as firmware changes.",
        "weak", "offtopic",
        note="Off-topic: fluent ingestion-pipeline design (MQTT, Kafka), nothing about Cassandra tables."),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} records to {OUT}")


if __name__ == "__main__":
    main()
