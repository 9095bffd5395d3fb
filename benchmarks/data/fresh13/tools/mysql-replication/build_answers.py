#!/usr/bin/env python3
"""Build mysql-replication_answers.jsonl: 30 labelled candidate answers (6 per round)
for the gauntlet mysql-replication.txt. Plain python3, no extra packages."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mysql-replication_answers.jsonl")

# Common Weak Answers quotes (verbatim from mysql-replication.txt), by round.
CWA = {
    1: [
        "STATEMENT, because the binlogs are smaller and it's easier to read what happened.",
        "GTIDs are just a nicer name for binlog positions, it doesn't really matter which you use.",
        "Whatever the defaults are, MySQL handles replication for you.",
    ],
    2: [
        "Semi-sync means the replica has the data, so we can read from it right after the commit.",
        "With semi-sync turned on, we can never lose a committed transaction.",
        "Semi-sync is too slow, we'd just run async and take regular backups.",
    ],
    3: [
        "Seconds_Behind_Source is 0, so the replica is up to date.",
        "Just give the replicas bigger hardware.",
        "Turn on parallel replication by setting replica_parallel_workers to 64.",
    ],
    4: [
        "Automatic failover is always better, humans are too slow.",
        "Never automate failover, a human must always decide.",
        "When the old primary comes back, just point it at the new one and replication fixes itself.",
    ],
    5: [
        "Just send all reads to the primary.",
        "Use semi-sync, then the replicas are always up to date.",
        "Add a one-second sleep after each write before redirecting the user.",
    ],
}

# (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: binlog format and GTIDs ----------------
    (1, "strong", "strong",
     "So, for me it's row-based logging, no question, and GTIDs turned on. The reason is that with statement "
     "logging the replica just re-runs the SQL text, and anything non-deterministic, think UUID() or SYSDATE(), or "
     "a DELETE with a LIMIT and no ORDER BY, can produce different rows over there, and nothing tells you. Row "
     "format ships the actual row changes, which is why it's been the default since 5.7.7. The price is volume: a "
     "big UPDATE logs every row it changed, so I'd look at the MINIMAL row image and binlog compression, and I'd "
     "insist on primary keys everywhere, since applying row events to a keyless table can mean a full scan per "
     "row. For GTIDs, gtid_mode and enforce_gtid_consistency both ON, plus auto-positioning. Each transaction is "
     "tagged with the originating server's UUID and a sequence number, so when I move a replica under a new primary "
     "it basically says here's everything I've executed, and the new source sends the rest. No hunting for file "
     "names and offsets, and I can diff GTID sets to spot rogue writes before a failover.",
     [], [],
     "Correct and nearly complete: nondeterminism under STATEMENT, ROW default since 5.7.7, binlog volume, primary "
     "keys, GTID structure and auto-positioning, errant-write checks. Misses only online enablement."),
    (1, "adequate", "adequate",
     "I'd go with ROW. Um, statement-based replication replays the SQL on the replica, and if the statement isn't "
     "deterministic, like one that calls UUID(), the two servers end up holding different data. Row format sends "
     "the changed rows themselves, so the replica matches. It's heavier on disk for mass updates, but that's the "
     "accepted trade-off. And yeah, I'd turn GTIDs on, mostly because it makes pointing a replica at a different "
     "source way easier; you don't need to know the binlog file and position.",
     [], [],
     "Core is right (ROW vs STATEMENT nondeterminism, GTIDs ease repointing) but misses primary keys, how "
     "auto-positioning works, errant-transaction checks and gtid_mode being off by default."),
    (1, "pattern", "weak",
     "Honestly, I'd pick statement format. The binlogs stay way smaller, because one UPDATE that touches half a "
     "million rows is just one line of SQL instead of half a million row images. And when something goes wrong at "
     "2 a.m. you can open the binlog and literally read the queries that ran, which is really handy for debugging. "
     "Row format is kind of opaque by comparison. GTIDs, sure, why not, but the format choice is the bigger deal "
     "for us.",
     [CWA[1][0]], [],
     "Acts out the 'STATEMENT because binlogs are smaller and readable' weak answer; ignores silent divergence from "
     "nondeterministic statements and says nothing useful about GTIDs."),
    (1, "bluff", "weak",
     "I'd actually push back on the row-format default. Statement-based is the cleaner design: the replica "
     "re-executes exactly the same SQL, so it always ends up with exactly the same data as the source, and you get "
     "compact binlogs as a bonus. Row format mostly just bloats the logs. For positioning I'd use GTIDs with "
     "auto-positioning so failover is simply repointing the replicas, and I'd enable gtid_mode together with "
     "enforce_gtid_consistency.",
     [], ["so it always ends up with exactly the same data as the source"],
     "Bluff, wrong about the mechanism in plain words (a false absolute): re-executing the same SQL does not "
     "guarantee the same data, since UUID(), SYSDATE(), LIMIT without ORDER BY and similar statements diverge. The "
     "false claim drives the format choice, so the band is weak."),
    (1, "honest", "adequate",
     "I'd use row-based binary logging. My understanding is statement-based can drift because functions like "
     "UUID() give a different result when the replica re-runs them, and row format avoids that by logging the row "
     "changes. I'm not sure of the exact release where ROW became the default, somewhere in 5.7, I'd look it up. "
     "On GTIDs, I'd enable them for easier failover, since a replica can find its place in the new source's stream "
     "without a file and offset. I'm less sure about the exact procedure for switching gtid_mode on a live system "
     "without downtime; I know there are intermediate modes but I'd have to check the docs for the order.",
     [], [],
     "Honest about two details it would look up (exact 5.7 release, online gtid_mode steps); the core choices and "
     "reasons are correct but primary keys and errant-transaction checks are missing, so adequate."),
    (1, "list", "weak",
     "So: ROW versus STATEMENT versus MIXED. binlog_row_image, FULL or MINIMAL. binlog_transaction_compression. "
     "GTIDs: gtid_mode, enforce_gtid_consistency, SOURCE_AUTO_POSITION. sql_require_primary_key. gtid_executed, "
     "gtid_purged. mysqlbinlog. Yeah, those are the pieces I'd be thinking about for the binlog format and the GTID "
     "side, those are basically the key things.",
     [], [],
     "Only names the right settings without saying which format, why, or what any of them does."),

    # ---------------- Round 2: semi-sync and AFTER_SYNC ----------------
    (2, "strong", "strong",
     "Okay, so semi-sync means a commit on the primary doesn't return to the app until at least one replica, "
     "that's the wait-for-replica-count setting, one by default, has acknowledged it. Important detail: the "
     "acknowledgement is sent once the replica has the events safely in its relay log on disk. It hasn't executed "
     "them yet. So it protects durability across a failover, as long as the replica we promote finishes applying "
     "its relay log, but reading from that replica right away can still be stale. With AFTER_SYNC, which has been "
     "the default wait point since 5.7, the primary waits after syncing the binlog but before committing in InnoDB, "
     "so nobody else can observe the change until a replica holds it. AFTER_COMMIT waits after the engine commit, "
     "so other sessions might read data that disappears on failover. The big gotcha is the fallback: if no ack "
     "comes within rpl_semi_sync_source_timeout, ten seconds by default, the primary just carries on "
     "asynchronously, quietly. So I'd monitor Rpl_semi_sync_source_status, have two or more semi-sync replicas in "
     "nearby zones so one slow box doesn't matter, and accept roughly a round trip of extra latency per commit.",
     [], [],
     "Correct and complete: what the ack means, AFTER_SYNC vs AFTER_COMMIT and phantom reads, the 10 s default "
     "timeout and silent async fallback, monitoring, latency cost."),
    (2, "pattern", "weak",
     "So the beauty of semi-sync is that it's basically a guarantee. Once it's on, the primary can't commit "
     "anything a replica hasn't confirmed, so if the primary dies, nothing the application saw as committed is "
     "lost, ever. That's why I'd just enable the plugin on both sides and not worry too much about the knobs; "
     "failover becomes purely an availability question, not a data-loss question.",
     [CWA[2][1]],
     ["the primary can't commit anything a replica hasn't confirmed",
      "nothing the application saw as committed is lost, ever"],
     "Acts out 'with semi-sync we can never lose a committed transaction'; ignores the timeout fallback to "
     "asynchronous replication. The misconception is listed in false_claims."),
    (2, "bluff", "adequate",
     "Semi-sync sits between async and fully synchronous. The source's committing thread blocks until a replica "
     "acknowledges that the events reached its relay log, received, not applied. With the AFTER_SYNC wait point, "
     "which is the default, that wait happens before the engine commit, so other sessions can't see a transaction "
     "that might be lost in a failover. The thing people miss is the timeout. rpl_semi_sync_source_timeout "
     "defaults to one second, and after that the source drops back to plain async replication without telling the "
     "client, so you have to alert on the semi-sync status variable.",
     [], ["rpl_semi_sync_source_timeout defaults to one second"],
     "Bluff with a contradicted default: rpl_semi_sync_source_timeout defaults to 10000 ms (10 seconds), not one "
     "second. The mechanism is otherwise right, so the band is capped at adequate."),
    (2, "bluff", "weak",
     "The way I think about semi-sync is that it closes the gap between the primary and the replica completely. "
     "With the wait point set to after sync, the source waits until the replica has actually applied and "
     "committed the transaction before it answers the client, so any read on that replica afterwards is "
     "guaranteed to see it. That's what makes it lossless. It does cost latency, so I'd keep the replicas in the "
     "same region and watch whether it falls back to asynchronous mode when the timeout kicks in.",
     [], ["the source waits until the replica has actually applied and committed the transaction before it "
          "answers the client",
          "any read on that replica afterwards is guaranteed to see it"],
     "Bluff, wrong about the mechanism in plain words: the replica acknowledges once the events are written and "
     "flushed to its relay log, before applying them, so replica reads can still be stale. The error is central "
     "to the question, so weak."),
    (2, "hedged", "adequate",
     "Right, so semi-sync makes the commit wait for a replica to acknowledge it got the events, written to the "
     "relay log, not necessarily applied. The wait point matters: AFTER_SYNC holds things before the storage "
     "engine makes the commit visible, and I think AFTER_SYNC has been the default since semi-sync first shipped "
     "in 5.5, but I'd want to check that version. If the replica doesn't answer within the timeout, the source "
     "falls back to async, so you need monitoring on that status, otherwise you think you're protected and you're "
     "not.",
     [], ["I think AFTER_SYNC has been the default since semi-sync first shipped in 5.5"],
     "Hedged wrong version: semi-sync arrived in 5.5 but AFTER_SYNC only in 5.7.2 (and became the default then). "
     "Core mechanism and fallback are right; misses the timeout value and multiple replicas, so adequate."),
    (2, "offtopic", "weak",
     "I'd handle this with synchronous replication in PostgreSQL. You list the standbys in "
     "synchronous_standby_names, for example FIRST 1 out of two standbys, and set synchronous_commit to "
     "remote_apply if you want the standby to have replayed the WAL before the commit returns, or to on if "
     "flushing it is enough. Patroni can manage the synchronous standby set for you and only promote a standby "
     "that was synchronous, which keeps failover from losing acknowledged commits.",
     [], [],
     "Fluent and accurate for PostgreSQL, but the question is MySQL semi-sync and AFTER_SYNC; off-topic."),

    # ---------------- Round 3: lag measurement and parallel apply ----------------
    (3, "strong", "strong",
     "The first thing I'd say is that Seconds_Behind_Source is measuring the wrong thing here. It's the gap "
     "between the replica's clock and the source-side timestamp of whatever event the SQL applier is working on "
     "right now. So it's only the applier's backlog against what has already landed in the relay log. If the I/O "
     "thread is the slow part, the relay log is nearly empty and it reads zero while the replica is a minute "
     "behind. The 2,400 spike is that nightly job: it's one long transaction, its events carry the time it "
     "started, so as soon as the replica begins applying it the number leaps to roughly its runtime. I'd measure "
     "with a heartbeat table, pt-heartbeat writes a timestamp every second, and in 8.0 I'd also look at the "
     "original commit timestamps in performance_schema. To cut lag: multi-threaded applier with more than the "
     "default four workers, and WRITESET dependency tracking on the source so independent transactions can really "
     "run in parallel. Then the workload: primary keys on all tables, and the nightly job chunked into small "
     "transactions.",
     [], [],
     "Correct and complete: what Seconds_Behind_Source measures, why it reads 0 and why it spikes, heartbeat and "
     "P_S timestamps, workers, WRITESET on the source, primary keys and batching."),
    (3, "adequate", "adequate",
     "Seconds_Behind_Source is misleading here because it only reflects the replica's applier against relay log "
     "events it already has; it doesn't see network or receiver delay, and one long transaction makes it jump. "
     "I'd put in a heartbeat, a timestamp row updated once a second on the primary and read on the replica, and "
     "route on that instead. To reduce lag I'd raise replica_parallel_workers and make sure every table has a "
     "primary key, because row events against a table without a key are painfully slow to apply.",
     [], [],
     "Core right (limits of Seconds_Behind_Source, heartbeat, workers, primary keys) but misses that parallelism "
     "depends on source-side WRITESET dependency tracking and that the nightly job should be batched."),
    (3, "pattern", "weak",
     "Lag on replicas is basically a single-thread problem, right? The primary has hundreds of connections writing "
     "at once and the replica applies with a handful of threads. So I'd just crank replica_parallel_workers way "
     "up, 64 or so, and the replica will apply 64 transactions at a time and keep up with 8,000 a second easily. "
     "That's really the whole fix; I wouldn't touch anything on the primary.",
     [CWA[3][2]],
     ["the replica will apply 64 transactions at a time and keep up with 8,000 a second easily"],
     "Acts out 'set replica_parallel_workers to 64'; ignores that the source's dependency information limits "
     "parallelism, and never addresses how lag is measured. The misconception is listed in false_claims."),
    (3, "bluff", "adequate",
     "Seconds_Behind_Source is a weak signal: it only compares the applier's current event with the replica's "
     "clock, so receiver delay is invisible and large transactions make it swing wildly. I'd use a heartbeat "
     "table instead. On the throughput side, I'd switch the source to WRITESET dependency tracking and give the "
     "replica 16 workers. Oracle's own benchmarks showed WRITESET cutting replica lag by 94 percent on every OLTP "
     "workload they tested, so that's the first lever I'd pull, and then I'd make sure every table has a primary "
     "key.",
     [], ["Oracle's own benchmarks showed WRITESET cutting replica lag by 94 percent on every OLTP workload they "
          "tested"],
     "Bluff with an invented statistic: there is no published Oracle result of a 94 percent lag cut on every "
     "workload; the gain depends heavily on the workload. The rest is sound, so adequate."),
    (3, "honest", "strong",
     "I'd start by not trusting Seconds_Behind_Source. As I understand it, it only looks at the SQL thread against "
     "the relay log, so if the receiving side is behind it can sit at zero while the data is stale, and a long "
     "transaction makes it jump by that transaction's duration once it starts applying. I'd measure with a "
     "heartbeat row written every second on the primary. For the fix, I'd use the multi-threaded applier and "
     "switch the primary to writeset-based dependency tracking, so transactions touching different rows can be "
     "applied in parallel even if they committed at different times. I don't remember offhand what the default "
     "worker count is in current 8.0, I think it changed in one of the 8.0 releases, so I'd look that up before "
     "tuning. I'd also check for tables without primary keys and split the nightly job into small batches, so "
     "there's no single giant transaction the replica has to apply serially.",
     [], [],
     "Honest about the default worker count it would look up, but covers almost all the substance correctly "
     "(measurement limits, heartbeat, WRITESET, primary keys, batching), so strong."),
    (3, "list", "weak",
     "Seconds_Behind_Source, pt-heartbeat, performance_schema, replication_applier_status_by_worker, "
     "replica_parallel_workers, LOGICAL_CLOCK, WRITESET, binlog_transaction_dependency_tracking, "
     "replica_preserve_commit_order, primary keys, smaller transactions. Um, also the receiver thread, relay log, "
     "GTID sets, online schema change, gh-ost. Yeah, so those are the things I'd be looking at for the lag, pretty "
     "much every tool that's in that area.",
     [], [],
     "Only names the right terms; says nothing about what Seconds_Behind_Source misses or how any of them helps."),

    # ---------------- Round 4: automatic failover, split brain, errant GTIDs ----------------
    (4, "adequate", "adequate",
     "I'm in favour of automating it, forty minutes is too long, but not the rejoin part. If the old primary was "
     "cut off by a network partition rather than actually dead, it may still have taken writes, so when it comes "
     "back it has transactions nobody else has. Those need to be looked at, and the server rebuilt from the new "
     "primary rather than just attached as a replica. And the detection should check with the replicas too, so "
     "one monitor losing its network doesn't trigger a promotion.",
     [], [],
     "Core right (automate, don't auto-rejoin, partition-aware detection) but misses fencing, choosing and "
     "draining the most advanced replica, GTID_SUBTRACT errant checks and super_read_only."),
    (4, "pattern", "weak",
     "I like the plan. With GTIDs the rejoin really is the easy part: the old primary comes back, you run CHANGE "
     "REPLICATION SOURCE TO with auto-position against the new primary, and since GTID replication works out "
     "what's missing on its own, it catches up and everything's consistent again. Orchestrator can even do that "
     "re-pointing for you. The ten-second detection seems fine to me too.",
     [CWA[4][2]],
     ["since GTID replication works out what's missing on its own, it catches up and everything's consistent "
      "again"],
     "Acts out 'point the old primary at the new one and replication fixes itself'; auto-positioning only adds "
     "what the old primary lacks and leaves its extra (errant) transactions in place. Also accepts single-monitor "
     "detection."),
    (4, "bluff", "adequate",
     "Automating is fine if it's guarded. The scary part is the old primary rejoining. It may hold transactions "
     "that never reached the replicas, so its data differs. Sometimes you find out loudly: the new source sends a "
     "row-based insert for a row the old primary already has, and replication stops with error 1032, the "
     "duplicate-key error. More often you don't find out at all. So I'd fence the old primary with super_read_only "
     "and pull it from the proxy, check for errant GTIDs before promoting anything, and rebuild the old primary "
     "rather than reattach it.",
     [], ["replication stops with error 1032, the duplicate-key error"],
     "Bluff with a wrong error code: a duplicate key on apply is error 1062 (ER_DUP_ENTRY); 1032 is "
     "ER_KEY_NOT_FOUND, a row that can't be found. The failover reasoning is sound, so adequate."),
    (4, "bluff", "adequate",
     "Automatic failover is the right direction, and Orchestrator is a sensible choice since it's Oracle's "
     "official failover manager that ships with MySQL Enterprise Edition. What I'd change is the guard rails: "
     "detection should include the replicas' view of the primary, not just one monitor timing out; the old "
     "primary has to be fenced, super_read_only and removed from the proxy, before the promotion; and it must not "
     "rejoin automatically, because it may have extra transactions. I'd also check the candidate's GTID set for "
     "errant transactions before promoting it.",
     [], ["it's Oracle's official failover manager that ships with MySQL Enterprise Edition"],
     "Bluff crediting a product to the wrong vendor: Orchestrator is an open-source tool (openark, created by "
     "Shlomi Noach and used at GitHub), not an Oracle product; Oracle's own options are InnoDB Cluster/ReplicaSet "
     "via MySQL Shell. The guard rails are right, so adequate."),
    (4, "honest", "adequate",
     "I'd automate it, but carefully. My worry is split brain: if the primary is only partitioned, the app might "
     "still be writing to it while we promote a replica, so we'd have two primaries. So step one has to be fencing "
     "the old one, take it out of the proxy and make it read-only. Then pick the replica that has received the "
     "most, and check it hasn't got its own local writes. I know GTIDs let you compare sets for that, but I'd need "
     "to look up the exact function that computes the difference. And the old primary shouldn't come back "
     "automatically; I'm not sure what the cleanest way to rebuild it is in 8.0, I'd check whether the clone "
     "plugin is the recommended route.",
     [], [],
     "Honest about what it would look up (GTID_SUBTRACT, clone plugin); fencing, split brain and no auto-rejoin are "
     "right, but draining the relay log and super_read_only on replicas are missing, so adequate."),
    (4, "hedged", "weak",
     "Hmm, I think the main thing is making sure the replicas can't be written to, so they never pick up their own "
     "transactions. There's super_read_only for that; I think it only came in with 8.0, but I'd double-check the "
     "version. Beyond that, automatic failover sounds okay to me if the tool is mature, and the old primary coming "
     "back as a replica seems fine as long as it's read-only.",
     [], ["I think it only came in with 8.0",
          "the old primary coming back as a replica seems fine as long as it's read-only"],
     "Hedged wrong version: super_read_only was added in 5.7.8. Also accepts the unsafe automatic rejoin and says "
     "nothing about fencing or split brain, so weak."),

    # ---------------- Round 5: read-your-writes ----------------
    (5, "strong", "strong",
     "I'd treat it as an application-level guarantee rather than hoping replicas are fast. Cheapest version: after "
     "a user writes, their reads go to the primary for a few seconds. That works most of the time, but it's "
     "betting that lag stays under the window. The version I'd actually build is GTID-based. Turn on OWN_GTID "
     "session tracking so the client gets back the GTID of its own commit, keep that in the user's session, and "
     "before reading from a replica call WAIT_FOR_EXECUTED_GTID_SET with that GTID and a short timeout, tens of "
     "milliseconds. Zero back means the replica has it; a timeout means send this read to the primary. ProxySQL 2 "
     "can do that routing transparently. On Group Replication, the consistency setting BEFORE or AFTER gets you "
     "this on the server side. And I'd pair it with lag-aware routing off a heartbeat, so badly lagging replicas "
     "are pulled from the pool and fallback reads don't swamp the primary, plus a canary that writes and then "
     "reads to prove it works.",
     [], [],
     "Correct and complete: sticky-primary window and its limit, GTID causal reads with session tracking and "
     "WAIT_FOR_EXECUTED_GTID_SET with fallback, ProxySQL, Group Replication consistency, lag-aware routing, a canary."),
    (5, "adequate", "adequate",
     "The quick win is session stickiness: once a user writes something, route their reads to the primary for "
     "the next few seconds, then go back to replicas. Most pages don't need that, so the primary only sees a "
     "small slice of reads. It's not airtight, if a replica is lagging more than the window the user sees stale "
     "data again, so I'd also pull replicas out of rotation when heartbeat lag goes above a couple of seconds.",
     [], [],
     "Core right (route recent writers to the primary, knows the window can be exceeded, lag-aware routing) but "
     "misses the precise GTID-based causal read."),
    (5, "pattern", "weak",
     "Easiest fix is to turn on semi-synchronous replication. Then a commit doesn't come back until a replica has "
     "it, so by the time the page reloads, the replica already has the new profile, and users always see their own "
     "changes. No application changes, no routing logic, just a plugin on the primary and the replicas. The cost "
     "is a bit of write latency, which is fine for a profile page.",
     [CWA[5][1]],
     ["by the time the page reloads, the replica already has the new profile, and users always see their own "
      "changes"],
     "Acts out 'use semi-sync, then replicas are always up to date'; the ack means relay-log receipt, not apply. "
     "The misconception is listed in false_claims."),
    (5, "bluff", "adequate",
     "Read-your-writes is one of the session guarantees, and it's actually defined in the ANSI SQL-92 standard "
     "alongside the isolation levels, so it's a well-specified property, not a vague wish. MySQL gives you the "
     "building blocks: session_track_gtids returns the GTID of your commit, and on a replica "
     "WAIT_FOR_EXECUTED_GTID_SET blocks until that GTID has been applied or a timeout expires, in which case you "
     "read from the primary. I'd wire that into the data access layer and keep replicas with high heartbeat lag "
     "out of the pool.",
     [], ["it's actually defined in the ANSI SQL-92 standard alongside the isolation levels"],
     "Bluff with a misattributed standard: SQL-92 defines transaction isolation levels, not replica session "
     "guarantees; read-your-writes comes from the 1994 Bayou session-guarantees paper (Terry et al.). The MySQL "
     "design is right, so adequate."),
    (5, "honest", "weak",
     "To be honest I haven't built this myself. I know the basic issue: replicas are behind by some amount, so a "
     "read right after a write can miss it. The obvious thing is sending those reads to the primary. I've heard "
     "there's a way to make a replica wait until it has a particular GTID before answering, but I don't know the "
     "function name or how the application would get the GTID of its write, so I'd need to read up on that before "
     "proposing it.",
     [], [],
     "Honest and correct as far as it goes, but little substance beyond 'send those reads to the primary', so weak."),
    (5, "offtopic", "weak",
     "For stale profile pages I'd look at the caching layer first. If we cache rendered profiles in Redis or at "
     "the CDN, the save path has to invalidate or update that key, otherwise users see the old version no matter "
     "what the database does. I'd use cache-aside with delete-on-write, short TTLs as a backstop, and versioned "
     "keys for CDN assets so a new avatar URL is served immediately instead of waiting for the edge cache to "
     "expire.",
     [], [],
     "Fluent cache-invalidation advice, but the question is replica lag and read-your-writes in MySQL; off-topic."),
]


def build():
    records = []
    counters = {}
    for rnd, kind, band, answer, pq, fc, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        records.append({
            "id": "mysql-r%d-%02d" % (rnd, counters[rnd]),
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": list(pq),
            "false_claims": list(fc),
            "note": note,
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), OUT))


if __name__ == "__main__":
    build()
