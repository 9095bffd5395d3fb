#!/usr/bin/env python3
"""Build the 30 labelled answers for the PostgreSQL VACUUM / MVCC / bloat gauntlet.

Writes postgres-vacuum-mvcc-bloat_answers.jsonl next to this script.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "postgres-vacuum-mvcc-bloat_answers.jsonl")

# Common Weak Answer quotes (verbatim from the gauntlet document)
R1_SHRINK = "The deleted rows are still in the file, so run VACUUM and it will shrink back to 10 GB."
R2_MANUAL = "Autovacuum must be too slow, so we'll run VACUUM by hand more often."
R3_WORKERS = "Just raise autovacuum_max_workers to 10."
R4_ONLINE = "pg_repack is completely online, it never locks the table."
R5_NOMON = "Autovacuum handles wraparound automatically, so there's nothing to monitor."

A = []


def add(rnd, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    A.append({
        "round": rnd,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    })


# ---------------------------------------------------------------- Round 1
add(1,
    "Okay, my first guess is bloat. In Postgres an update doesn't touch the existing row, it writes a fresh copy "
    "and marks the previous one as expired, and a delete just marks the row expired. Those expired versions hang "
    "around until nothing running could still need them, and then vacuum clears them out and notes the freed space "
    "so new rows can land there. The catch is that vacuum doesn't hand that space back to the filesystem, apart "
    "from chopping off empty pages at the very tail. So if the table fell behind at some point, a big purge or "
    "autovacuum starved for a while, you end up with a 45 gig file that's mostly holes, and scans walk through all "
    "of them. To prove it I'd look at n_dead_tup and the autovacuum timestamps in pg_stat_user_tables, then run "
    "pgstattuple, or the approximate variant since it's big, to get real dead and free percentages, plus "
    "pgstatindex on the indexes. And I'd want to know why it fell behind, otherwise any cleanup just buys time.",
    "strong", "strong",
    note="Correct MVCC mechanism (new version on update, expired old version), vacuum makes space reusable but "
         "only truncates trailing empty pages, concrete diagnosis (n_dead_tup, pgstattuple/approx, pgstatindex) "
         "and asks for the root cause.")

add(1,
    "Yeah, so that's dead rows, right? When you delete in Postgres the rows don't actually go away immediately, "
    "they're still sitting in the file. So I'd just kick off a manual VACUUM on that table, maybe VACUUM ANALYZE "
    "so the stats get refreshed too. Once it finishes the table file will shrink back down to roughly the 10 gigs "
    "of real data, and the queries should speed up since there's less to read. Then I'd keep an eye on the size "
    "in a dashboard.",
    "weak", "pattern",
    pattern_quotes=[R1_SHRINK],
    false_claims=["Once it finishes the table file will shrink back down to roughly the 10 gigs of real data"],
    note="Acts out the 'VACUUM will shrink the file' misconception: plain VACUUM only makes space reusable and "
         "truncates trailing empty pages; no diagnosis, no root cause.")

add(1,
    "So the thing to understand is that Postgres updates rows in place: the new values overwrite the old ones "
    "right there on the page, so updates don't leave any dead rows behind. That means 35 gigs of waste has to come "
    "from deletes, probably some purge job that removes old records in bulk. Deleted rows stay in the file until "
    "vacuum marks that space as reusable. I'd confirm with pg_stat_user_tables, looking at n_dead_tup and when "
    "autovacuum last ran, and pgstattuple for the exact dead percentage. Then I'd look at the purge job and maybe "
    "switch it to dropping partitions instead of deleting rows.",
    "weak", "bluff",
    false_claims=["the new values overwrite the old ones right there on the page, so updates don't leave any dead "
                  "rows behind"],
    note="Bluff, mechanism in plain words: PostgreSQL never updates in place; every UPDATE writes a new tuple "
         "version and leaves the old one dead until vacuum removes it. The false claim is the centre of the "
         "diagnosis (it rules out updates as the source of bloat), so weak.")

add(1,
    "This is classic MVCC bloat. Postgres keeps old row versions around because the SQL-92 standard requires "
    "snapshot isolation for its isolation levels, so readers never block writers. Every update creates a new "
    "version and the old one becomes dead once no transaction can see it any more. Vacuum removes those and "
    "records the free space for reuse, but it doesn't shrink the file except for empty pages at the end, so once "
    "a table has grown it stays that size. I'd check n_dead_tup and last_autovacuum in pg_stat_user_tables and use "
    "pgstattuple to measure the real amount of dead and free space, and check the indexes too.",
    "adequate", "bluff",
    false_claims=["the SQL-92 standard requires snapshot isolation for its isolation levels"],
    note="Bluff, misattributed standard: SQL-92 defines its isolation levels by the phenomena they forbid (dirty "
         "read, non-repeatable read, phantom) and says nothing about snapshot isolation or multiversioning; MVCC is "
         "PostgreSQL's implementation choice. The claim is peripheral and the rest is correct, so adequate (cap).")

add(1,
    "I'm fairly sure it's bloat. Postgres never overwrites a row on update, it adds a new version, and the old "
    "versions stick around until vacuum decides nobody can see them any more. Vacuum makes that space reusable, "
    "but as far as I know it doesn't give it back to the OS, so a table that got big stays big. For confirming, I "
    "know there's an extension that measures dead and free space, pgstattuple I think, but I'd need to look up "
    "exactly which functions to call and what's safe to run on a 45 gig table in production. I'd also want to "
    "check the dead tuple counters in the statistics views, though I'd have to look up the exact column names.",
    "adequate", "honest",
    note="Honest: mechanism and 'vacuum doesn't shrink the file' are right; says plainly it would look up the "
         "pgstattuple functions and the statistics columns. Core right, diagnosis thin, so adequate.")

add(1,
    "So the things that come to mind here: MVCC, dead tuples, xmin and xmax, autovacuum, the free space map, the "
    "visibility map, pg_stat_user_tables, n_dead_tup, pgstattuple, pgstatindex, index bloat, fillfactor, HOT "
    "updates, VACUUM FULL and pg_repack. Those are the areas I'd go through, one by one, to figure it out.",
    "weak", "list",
    note="List: names the right terms but says nothing about any of them; no mechanism, no diagnosis.")

# ---------------------------------------------------------------- Round 2
add(2,
    "Right, if autovacuum keeps running and finishing but the dead count never drops, something is pinning the "
    "oldest snapshot. Vacuum isn't allowed to throw away a row version that some open transaction might still be "
    "entitled to see, and that cutoff is a single value for the whole database, not per table. So I'd go hunting. "
    "pg_stat_activity first, sorted by the age of backend_xmin, with xact_start and state: typically there's a "
    "connection that's been idle in transaction for hours because some code path forgot to commit, or a giant "
    "analytics query. Then pg_prepared_xacts for orphaned two-phase commits, because those survive a restart. "
    "And if replicas run with hot_standby_feedback, a long query over there holds back the primary, and a "
    "physical slot left behind by a dead replica keeps that old xmin, so pg_replication_slots too; any abandoned "
    "slot hoards WAL as well. VACUUM VERBOSE "
    "backs it up, it tells you how many dead rows it couldn't remove yet and the oldest xmin. Then kill or fix the "
    "session and add guardrails: idle_in_transaction_session_timeout, statement timeouts for reporting users, and "
    "alerts on oldest xmin age and slot lag.",
    "strong", "strong",
    note="All four horizon blockers (long/idle-in-transaction sessions, prepared transactions, replication slots, "
         "hot_standby_feedback), database-wide scope, VACUUM VERBOSE evidence, fixes and prevention.")

add(2,
    "My first suspect is a long-running transaction. Vacuum can only clean up rows that no open transaction could "
    "still see, so if someone left a psql session open inside a transaction since yesterday, or the app leaks "
    "connections that sit idle in transaction, the dead rows just pile up no matter how often vacuum runs. I'd "
    "query pg_stat_activity for the oldest xact_start, find out what it is, and if it's safe, end it with "
    "pg_terminate_backend. Then I'd set idle_in_transaction_session_timeout so it can't happen again.",
    "adequate", "adequate",
    note="Core right (old transactions pin cleanup, find and end them, add the timeout) but misses prepared "
         "transactions, replication slots, hot_standby_feedback and the database-wide scope.")

add(2,
    "Sounds like autovacuum just isn't aggressive enough for that table. I'd add a cron job that runs VACUUM "
    "ANALYZE on it every fifteen minutes, and maybe raise the cost limit so each pass gets through more pages. "
    "Running it by hand that often will get the dead tuple count back down, and once it's stable we can dial the "
    "schedule back. We did something similar on a queue table at my last job.",
    "weak", "pattern",
    pattern_quotes=[R2_MANUAL],
    false_claims=["Running it by hand that often will get the dead tuple count back down"],
    note="Acts out 'run VACUUM by hand more often': more vacuum runs cannot remove tuples an old snapshot still "
         "sees; the question says vacuum already runs and finishes.")

add(2,
    "So vacuum skips rows that some open transaction can still see, that part's standard. The key point is that a "
    "long transaction never holds back cleanup on tables it hasn't read, because Postgres tracks which relations "
    "each transaction has touched. So I'd look specifically for sessions that have used this table: join pg_locks "
    "on this relation's OID with pg_stat_activity, find anything old or idle in transaction, and terminate it. "
    "Sessions working on other tables can be ignored. After that I'd set idle_in_transaction_session_timeout so "
    "it doesn't come back.",
    "weak", "bluff",
    false_claims=["a long transaction never holds back cleanup on tables it hasn't read, because Postgres tracks "
                  "which relations each transaction has touched"],
    note="Bluff, mechanism in plain words and a false absolute: the xmin horizon is one value for the database "
         "(slots for the whole cluster), not per table; an old snapshot pins cleanup in tables it never touched. "
         "Filtering sessions via pg_locks on this table would miss the real culprit, so the error is central: weak.")

add(2,
    "It'll be something holding the horizon back, meaning an old snapshot vacuum has to respect. I'd check "
    "pg_stat_activity for long transactions and anything idle in transaction, then pg_replication_slots for a slot "
    "that nobody's consuming, and pg_prepared_xacts in case there's a stuck two-phase commit. To stop it happening "
    "again I'd set idle_in_transaction_session_timeout. I think that setting only arrived in PostgreSQL 12, so on "
    "older clusters we might need a cron job that kills idle sessions, but I'd double-check the version.",
    "adequate", "hedged",
    false_claims=["I think that setting only arrived in PostgreSQL 12"],
    note="Hedged wrong version: idle_in_transaction_session_timeout was added in PostgreSQL 9.6. Blockers are "
         "right; misses hot_standby_feedback and the database-wide scope, so adequate.")

add(2,
    "When queries on a table start degrading, I always start from the query side. I'd pull the top statements "
    "from pg_stat_statements by total time, run EXPLAIN (ANALYZE, BUFFERS) on them, and look for sequential scans "
    "that should be index scans, bad row estimates, or sorts spilling to disk because work_mem is too small. Often "
    "a composite index or rewriting an OR into a UNION fixes it. I'd also check whether the plan changed recently "
    "after a data growth spurt.",
    "weak", "offtopic",
    note="Off-topic: query tuning, not what stops vacuum from removing dead tuples.")

# ---------------------------------------------------------------- Round 3
add(3,
    "With the defaults it has to pile up twenty percent of the table in dead rows, that's about 160 million, "
    "before autovacuum even starts, and then it crawls because of cost throttling. So I'd set per-table storage "
    "parameters on this one: scale factor way down, something like 0.005, and a much higher "
    "autovacuum_vacuum_cost_limit, maybe 2000, so each run gets more work done between naps. Then I'd watch disk "
    "I/O and the dead tuple count for a few days and adjust.",
    "adequate", "adequate",
    note="Trigger arithmetic and per-table scale factor / cost limit are right; misses HOT and fillfactor, the "
         "shared cost limit, dead-tuple memory and partitioning.")

add(3,
    "Three workers is clearly not enough for a 2 TB table taking five thousand updates a second. I'd raise "
    "autovacuum_max_workers to ten, maybe twelve, so there's way more parallelism. With ten workers it'll chew "
    "through the table roughly three times faster, and the backlog should clear within a day or two. It needs a "
    "restart, so I'd schedule that for the next maintenance slot.",
    "weak", "pattern",
    pattern_quotes=[R3_WORKERS],
    false_claims=["With ten workers it'll chew through the table roughly three times faster"],
    note="Acts out 'raise autovacuum_max_workers': only one worker vacuums a given table, and the cost limit is "
         "shared across workers, so more workers do not speed up this table.")

add(3,
    "Start with the trigger math. The default autovacuum_vacuum_scale_factor is 0.5, so autovacuum waits until "
    "half the table is dead, 400 million rows here, before it does anything. For this table I'd override it per "
    "table to about 0.01, with a fixed threshold, so it runs small and often. Then the throttle: the cost limit is "
    "shared by all the workers, so I'd raise it for this table instead of adding workers. And I'd try to make "
    "updates HOT by lowering fillfactor to around 85 and not indexing the columns that change all the time, which "
    "takes a lot of index work off vacuum.",
    "adequate", "bluff",
    false_claims=["The default autovacuum_vacuum_scale_factor is 0.5, so autovacuum waits until half the table is "
                  "dead"],
    note="Bluff, contradicted default: autovacuum_vacuum_scale_factor defaults to 0.2 (about 160 million dead "
         "tuples here), not 0.5. The tuning direction and the HOT/cost-limit points are right, so adequate (cap).")

add(3,
    "Okay, a few levers. The trigger is threshold plus scale factor times rows, with the scale factor at 0.2 by "
    "default, so on 800 million rows there's an enormous backlog before it even starts; I'd set a per-table scale "
    "factor near zero and a fixed threshold instead. Throughput is governed by cost-based throttling, and the "
    "limit gets split across the active workers, so I'd raise the cost limit on this table rather than add "
    "workers. I don't remember the exact default cost limit offhand, I'd look that up. Memory matters too: the "
    "list of dead tuple IDs lives in maintenance_work_mem or autovacuum_work_mem, and when it fills, vacuum makes "
    "another full pass over every index. I know a recent release lifted the old 1 GB ceiling, but I'd need to "
    "check whether that was 16 or 17. Finally I'd cut the work itself: compare HOT updates to total updates, "
    "lower fillfactor so new versions fit on the same page, drop indexes nobody uses, and think about "
    "partitioning.",
    "strong", "honest",
    note="Honest but strong: covers trigger math, shared cost limit, dead-tuple memory and index passes, HOT / "
         "fillfactor / partitioning, and says plainly it would look up the default cost limit (200) and the "
         "release that removed the 1 GB cap (17).")

add(3,
    "Right, so for tuning I'd be looking at autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold, "
    "autovacuum_vacuum_cost_limit, autovacuum_vacuum_cost_delay, autovacuum_max_workers, autovacuum_naptime, "
    "maintenance_work_mem, autovacuum_work_mem, fillfactor, HOT updates, partitioning, per-table storage "
    "parameters, pg_stat_user_tables, n_tup_hot_upd, log_autovacuum_min_duration, pg_stat_progress_vacuum and the "
    "visibility map. Basically all of those, that's where I'd start looking first.",
    "weak", "list",
    note="List: names the relevant settings and views but states no value, no arithmetic and no reasoning.")

add(3,
    "I'd make autovacuum look at the table more often and start earlier. The naptime, I think it's ten minutes by "
    "default, but I'd check, so I'd bring that right down to something like ten seconds. And I'd lower the scale "
    "factor for this table so it kicks in after fewer dead rows. That should keep it from falling so far behind.",
    "weak", "hedged",
    false_claims=["The naptime, I think it's ten minutes by default"],
    note="Hedged wrong default: autovacuum_naptime defaults to 1 minute. Thin otherwise: naptime is not the "
         "bottleneck for a run that takes a day; no cost throttling, memory or HOT, so weak.")

# ---------------------------------------------------------------- Round 4
add(4,
    "I get the reluctance, and honestly for a small table I'd just do VACUUM FULL and be done. At this size I'd "
    "push back a bit. VACUUM FULL holds the strongest lock the whole time it's copying and reindexing, so the "
    "table is unreadable and unwritable for the duration, and with roughly 800 gigs of live rows plus indexes I "
    "wouldn't bet it finishes in four hours without rehearsing it on a restored snapshot. It also needs that much "
    "spare disk, and if you cancel at hour four you've gained nothing. pg_repack does the copy while the table "
    "stays live, a trigger captures changes into a log table that gets replayed, and it only needs the exclusive "
    "lock for a moment at the beginning and at the swap. But it has requirements: a primary key or unique not-null "
    "index, double the space, trigger overhead on writes, and that short lock can still get stuck behind a long "
    "transaction, so I'd set its wait timeout. Or we accept the bloat for now, since vacuum will reuse it. "
    "Whatever we choose, make sure the tuning actually stopped the growth first.",
    "strong", "strong",
    note="Weighs VACUUM FULL (lock, disk, untested duration, all-or-nothing), pg_repack (trigger + log table, "
         "brief locks, key requirement, space, lock queueing) and leaving the bloat, and insists on fixing the cause.")

add(4,
    "I'd lean towards pg_repack here. VACUUM FULL takes an exclusive lock for the whole rewrite, so for four "
    "hours, or longer if it overruns, nobody can read or write the biggest table we have, which is basically an "
    "outage. pg_repack rebuilds the table online and only locks it for a short moment at the start and the end. "
    "It's widely used, so I don't think third-party is a real concern. I'd test it on staging against a "
    "production-sized copy first.",
    "adequate", "adequate",
    note="Core trade-off right (long exclusive lock vs brief locks) but misses disk space, the key requirement, "
         "lock queueing, the option of leaving the bloat and confirming the root cause is fixed.")

add(4,
    "No contest, pg_repack. It's completely online: it never locks the table at any point, so we can run it in "
    "the middle of a weekday with full traffic and nobody notices. VACUUM FULL in comparison locks everything for "
    "hours. I'd just install the extension, run it against the table and let it go. No maintenance window needed "
    "at all.",
    "weak", "pattern",
    pattern_quotes=[R4_ONLINE],
    false_claims=["it never locks the table at any point"],
    note="Acts out 'pg_repack never locks': it takes a brief ACCESS EXCLUSIVE lock at the start and at the swap, "
         "which can queue behind long transactions; also ignores disk space and requirements.")

add(4,
    "I'd argue against VACUUM FULL for a table this size: it holds an ACCESS EXCLUSIVE lock for the whole rewrite "
    "and needs space for a full copy, and I doubt 800 gigs plus indexes fits in four hours. pg_repack is the "
    "better tool. It reads the concurrent changes through logical decoding, the same machinery as logical "
    "replication, so there are no triggers on your table and the write overhead is basically zero. It only takes "
    "a brief exclusive lock at the start and the end, and it needs a primary key. I'd still confirm the autovacuum "
    "tuning has stopped the growth before we bother.",
    "adequate", "bluff",
    false_claims=["It reads the concurrent changes through logical decoding, the same machinery as logical "
                  "replication, so there are no triggers on your table"],
    note="Bluff, feature credited to the wrong product: pg_repack captures concurrent changes with triggers into a "
         "log table; reading changes through logical decoding is how pg_squeeze works. The lock/space trade-off is "
         "right, so adequate (cap).")

add(4,
    "I know VACUUM FULL takes a heavy lock and pg_repack is the usual online alternative, but to be honest I've "
    "never run pg_repack in production. I'd need to read up on how it deals with writes that happen during the "
    "rebuild, and what it needs from the table, before I'd argue for it. I also don't have a good sense of how "
    "long VACUUM FULL would take on something this big, so I couldn't say whether four hours is enough.",
    "weak", "honest",
    note="Honest: says plainly what it would need to read up on. Only the headline (heavy lock vs online tool) is "
         "there; no disk, duration, requirements or leave-it option, so weak.")

add(4,
    "Before any big maintenance like that, I'd make sure our backups are solid. We should have pgBackRest or "
    "pg_basebackup with continuous WAL archiving, and more importantly we should have actually tested a "
    "point-in-time restore recently, with a measured recovery time. I'd also take a fresh full backup right before "
    "the window and confirm the replicas are healthy, so if anything goes wrong we have a clean fallback.",
    "weak", "offtopic",
    note="Off-topic: backup and restore readiness, not the VACUUM FULL versus pg_repack trade-off.")

# ---------------------------------------------------------------- Round 5
add(5,
    "So the root of it is that transaction IDs are only 32 bits, and comparisons wrap, so a transaction can only "
    "look about two billion IDs back. Vacuum prevents trouble by freezing old rows, basically stamping them as "
    "visible to everybody so their original ID stops mattering. Autovacuum forces a full freeze pass on any table "
    "whose relfrozenxid age goes past autovacuum_freeze_max_age, which is 200 million out of the box, and that "
    "pass happens even if someone disabled autovacuum on the table and it won't back off for locks. Version 14 "
    "added a failsafe around 1.6 billion that turns off throttling and skips index vacuuming. If all that loses, "
    "the database stops handing out XIDs and writes fail. Multixacts have the same issue separately. So for the "
    "fleet: alert on age(datfrozenxid) and on the oldest tables' relfrozenxid well below the danger zone, say 500 "
    "million; alert on old backend_xmin, prepared transactions and stale replication slots; track dead tuples and "
    "autovacuum duration through log_autovacuum_min_duration; and set idle_in_transaction_session_timeout by "
    "default. The runbook says: remove the blocker, then a plain VACUUM, never VACUUM FULL.",
    "strong", "strong",
    note="Correct wraparound mechanics (32-bit XIDs, freezing, 200 million default, anti-wraparound behaviour, "
         "14's failsafe at 1.6 billion, multixacts) and a concrete fleet monitoring and runbook plan.")

add(5,
    "Transaction IDs are 32-bit, so after roughly two billion transactions old IDs would start to look like "
    "they're in the future. Vacuum prevents that by freezing old rows, and autovacuum forces an anti-wraparound "
    "vacuum once a table's oldest unfrozen XID is older than autovacuum_freeze_max_age, which defaults to 200 "
    "million. Across the fleet I'd graph age(datfrozenxid) for every database and alert well before it gets "
    "dangerous, and I'd make sure nothing like a forgotten transaction is stopping vacuum from freezing.",
    "adequate", "adequate",
    note="Mechanism and the 200 million default are right, monitoring on age(datfrozenxid); misses slots and "
         "prepared transactions, the failsafe, multixacts and a runbook.")

add(5,
    "Honestly wraparound is one of those scary-sounding things that modern Postgres just takes care of. "
    "Autovacuum kicks off an anti-wraparound vacuum on its own long before there's any danger, so as long as "
    "autovacuum is switched on it can't actually get close to wraparound. That other team probably turned "
    "autovacuum off. I'd make sure it's enabled everywhere and otherwise not spend monitoring effort on it.",
    "weak", "pattern",
    pattern_quotes=[R5_NOMON],
    false_claims=["as long as autovacuum is switched on it can't actually get close to wraparound"],
    note="Acts out 'nothing to monitor': an old snapshot, an abandoned slot or a throttled vacuum on a huge table "
         "can stop freezing even with autovacuum on (and anti-wraparound vacuums run even when it is off).")

add(5,
    "Wraparound happens because XIDs are 32-bit, so vacuum has to freeze old rows before they're about two billion "
    "transactions old, and autovacuum forces that at autovacuum_freeze_max_age, 200 million by default. The thing "
    "to watch most closely is replication slots: about 70 percent of wraparound outages are caused by abandoned "
    "replication slots, according to the PostgreSQL community's incident survey, so I'd alert on any inactive slot "
    "and on slot xmin age. Beyond that, I'd monitor age(datfrozenxid) per database, long-running and "
    "idle-in-transaction sessions, and set idle_in_transaction_session_timeout fleet-wide.",
    "adequate", "bluff",
    false_claims=["about 70 percent of wraparound outages are caused by abandoned replication slots, according to "
                  "the PostgreSQL community's incident survey"],
    note="Bluff, invented statistic: no such PostgreSQL community incident survey or figure exists. The mechanics "
         "and monitoring are otherwise correct, so adequate (cap).")

add(5,
    "The mechanism is that XIDs are 32 bits, so vacuum has to freeze rows before their XIDs get about two billion "
    "transactions old, and autovacuum triggers an aggressive freeze once a table passes autovacuum_freeze_max_age, "
    "200 million by default. For the fleet, I'd chart age(datfrozenxid) per database with alerts at maybe 500 "
    "million and a billion, and watch for old transactions and stale replication slots. And for the last line of "
    "defence, when a database runs out of headroom writes start failing with 'snapshot too old' errors, so I'd "
    "have a log alert that pages on that error string immediately.",
    "adequate", "bluff",
    false_claims=["when a database runs out of headroom writes start failing with 'snapshot too old' errors"],
    note="Bluff, wrong error name: 'snapshot too old' belongs to old_snapshot_threshold (removed in PostgreSQL 17). "
         "Near wraparound PostgreSQL logs 'database ... must be vacuumed within N transactions' warnings and then "
         "refuses XID-assigning commands with a 'database is not accepting commands ... to avoid wraparound data "
         "loss' error. Peripheral to the monitoring plan, so adequate (cap).")

add(5,
    "I know the outline: transaction IDs are 32-bit, vacuum freezes old rows so their IDs can be recycled, and "
    "once a table gets too old autovacuum forces an anti-wraparound vacuum. The setting is "
    "autovacuum_freeze_max_age, but I don't remember its default, I'd have to look it up. For the fleet I'd "
    "monitor age(datfrozenxid) on every database with an alert well before the limit, plus long-running "
    "transactions and replication slots, because those stop vacuum from freezing anything newer than them. I'd "
    "need to check the exact thresholds where Postgres starts warning and where it stops accepting writes.",
    "adequate", "honest",
    note="Honest: right mechanism, right setting name and sensible monitoring; says plainly it would look up the "
         "default (200 million) and the warning / stop thresholds. Adequate.")


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in A:
            r = rec["round"]
            counters[r] = counters.get(r, 0) + 1
            out = {"id": "vacuum-r%d-%02d" % (r, counters[r])}
            out.update(rec)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote %d answers to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
