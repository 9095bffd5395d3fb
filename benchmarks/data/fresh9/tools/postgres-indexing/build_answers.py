"""Builds postgres-indexing_answers.jsonl: 30 labelled candidate answers for postgres-indexing.txt."""
import json
import os

SHORT = "pgi"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "postgres-indexing_answers.jsonl")

# (round, answer, band, kind, pattern_quotes, false_claims, note)
A = []

def add(rnd, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    A.append((rnd, answer, band, kind, list(pattern_quotes), list(false_claims), note))

# ---------------- Round 1: reading EXPLAIN (ANALYZE, BUFFERS) ----------------
add(1,
    "Okay so, first thing, ANALYZE really runs the query, so if it's a write I'd do it inside a transaction and "
    "roll back. Then I go node by node and put the planner's guess next to what happened, estimated rows versus "
    "actual. If it guessed 5 rows and got 300 thousand, that's usually the whole story, it picked a nested loop or "
    "some index path off a bad guess. I also multiply by loops, since the timings and row counts shown are per "
    "iteration. Then I find the node where the time actually piles up, and I look at stuff like Rows Removed by "
    "Filter, so if a seq scan threw away millions of rows to return a few hundred, an index is probably missing or "
    "can't be used. For the buffers part, hits are pages served from Postgres's own cache, reads had to come from "
    "the OS or disk, so lots of reads explain why it's slow cold and fine warm. And if a sort says external merge, "
    "it went to disk, so work_mem is too small for it. If the estimates are way off, I'd want to know when ANALYZE "
    "last ran on that table.",
    "strong", "strong",
    note="Covers executes-the-query, estimate vs actual, per-loop figures, filter waste, hit vs read, spills to disk, stale stats; correct.")

add(1,
    "I'd run it and look for where the time goes, like which node has the biggest actual time. If there's a "
    "sequential scan filtering out most of the table, that's a hint we need an index on the filter column. And I'd "
    "compare the estimated rows with the actual rows, because if those are really different the planner probably "
    "made a bad choice. The buffers tell you how many pages were touched, so a huge number means it's reading way "
    "more than it should.",
    "adequate", "adequate",
    note="Core right (time per node, estimate vs actual, wasted filtering) but misses loops, hit vs read, spills, and that ANALYZE executes the statement.")

add(1,
    "Honestly, the main thing I look at is the cost at the top node, the big number like cost=0.00..184000. That "
    "number is basically the runtime, in milliseconds more or less. So I'd try a couple of rewrites and maybe an "
    "index, rerun it, and see which version gets the cost down the most. Whichever has the smallest cost wins, and "
    "we ship that.",
    "weak", "pattern",
    pattern_quotes=["I'd look at the total cost number at the top and try to make it smaller."],
    false_claims=["That number is basically the runtime, in milliseconds more or less."],
    note="Acts out the 'minimise the cost number' pattern and mistakes the unitless cost estimate for time.")

add(1,
    "So with BUFFERS you get the shared hit and shared read counters per node, and that's where I'd start. Shared "
    "hit counts the blocks Postgres had to go fetch from disk, and shared read counts the ones it already found "
    "sitting in shared_buffers, so a big hit number is your I/O problem. I'd also compare estimated against actual "
    "rows on each node, and check the loops count, because the timing is per loop. If the hits are huge I'd look at "
    "adding memory or an index so we stop going to disk.",
    "weak", "bluff",
    false_claims=["Shared hit counts the blocks Postgres had to go fetch from disk, and shared read counts the ones it already found sitting in shared_buffers"],
    note="Bluff, wrong mechanism in plain words: hit and read are reversed (hit = found in shared_buffers). Central to reading BUFFERS, so weak.")

add(1,
    "I'd compare estimated rows against actual rows per node first, because a big gap usually explains a bad join "
    "choice. And the per-loop thing, actual time is per loop so you multiply it out. For BUFFERS, I know it splits "
    "into hit and read and a couple of others, dirtied and written, but honestly I don't remember exactly what "
    "dirtied means versus written, I'd look that up before drawing conclusions from it. I'd also look for a sort "
    "spilling to disk.",
    "adequate", "honest",
    note="Honest about not knowing dirtied vs written; what it states is correct (estimates, loops, spills) but it is thin on the I/O reading.")

add(1,
    "So the things I'd look at: estimated versus actual rows, loops, actual time, Seq Scan versus Index Scan, Bitmap "
    "Heap Scan, Rows Removed by Filter, shared hit, shared read, dirtied, written, Sort Method, external merge, "
    "work_mem, Hash Batches, track_io_timing, pg_stat_statements, and ANALYZE. Those are the main ones, yeah.",
    "weak", "list",
    note="Names the right terms without saying what any of them shows.")

# ---------------- Round 2: index types and column order ----------------
add(2,
    "Different shape, different index. The pending orders are half a percent of the table, so I'd make a partial "
    "index, something like on created_at where status equals 'pending', which stays tiny, but the query has to "
    "spell out that status condition so the planner can match it. For customer plus date range I'd do one "
    "composite B-tree with customer_id in front and created_at behind it. Rule of thumb is equality columns go "
    "first, the range column goes last, because the tree is ordered by customer first, so it jumps to that customer "
    "and reads their dates as one continuous chunk, and you get the ordering by date for free. Email, I'd index the "
    "expression lower(email) and make sure the code queries with lower() as well. The JSONB filter with @> is a GIN "
    "job, with jsonb_path_ops if containment is all we need, since it's smaller. And for reporting on created_at, "
    "since it only goes up, BRIN fits: it keeps a min and max per block range, so it's tiny next to a B-tree, but "
    "only because the physical order follows the timestamps.",
    "strong", "strong",
    note="Right index for every shape, correct column order with the reason, partial-predicate matching, expression matching, GIN opclass, BRIN correlation.")

add(2,
    "I'd do a composite index on customer_id and created_at, with customer_id first since that's the equality "
    "filter and the date is a range. For lower(email) you need a functional index on that exact expression, "
    "otherwise a plain index on email won't be used. The JSON stuff needs a GIN index. And for pending orders, maybe "
    "just an index on status, or a partial one, since there aren't many pending rows.",
    "adequate", "adequate",
    note="Correct order and expression/GIN choices, but no BRIN for the reports, no explanation of why order matters, vague on the partial index.")

add(2,
    "I'd put one index on customer_id and created_at together, and honestly the order you list them in doesn't "
    "really matter, Postgres's planner is smart enough to use the composite index whichever column you filter on. "
    "Then a GIN for the JSON column and an index on email. That should cover the hot queries.",
    "weak", "pattern",
    pattern_quotes=["Column order in a composite index doesn't matter; the planner will figure it out."],
    false_claims=["the order you list them in doesn't really matter, Postgres's planner is smart enough to use the composite index whichever column you filter on"],
    note="Acts out the 'column order doesn't matter' misconception; email index would not serve lower(email).")

add(2,
    "For customer and date I'd build a composite B-tree, customer_id then created_at, equality first and range "
    "last, since the tree is sorted on the leading column. Postgres has had B-tree skip scan since version 12, so a "
    "query on only created_at can still use that index by hopping across the distinct customer values, though it's "
    "only cheap if there are few of them. Email gets a functional index over lower(email). For the JSONB attributes, "
    "GIN with jsonb_path_ops if we only use containment. And BRIN on created_at for the reports because it's "
    "append-ordered.",
    "adequate", "bluff",
    false_claims=["Postgres has had B-tree skip scan since version 12"],
    note="Bluff, contradicted version: B-tree skip scan arrived in PostgreSQL 18, not 12. Rest is sound, so capped at adequate.")

add(2,
    "The composite index goes customer_id first, then created_at. That leftmost-prefix rule is actually defined in "
    "the SQL standard, SQL:2003 spells out how composite indexes are matched, which is why Postgres, MySQL and "
    "Oracle all behave the same way. A partial index for status = 'pending' keeps that one small. For the JSONB "
    "containment queries, a GIN index. For the time reports I'd try BRIN on created_at, since the rows land in "
    "timestamp order, and it's a tiny fraction of a B-tree's size.",
    "adequate", "bluff",
    false_claims=["That leftmost-prefix rule is actually defined in the SQL standard, SQL:2003 spells out how composite indexes are matched"],
    note="Bluff, rule credited to the wrong standard: the SQL standard does not define indexes at all; the prefix behaviour comes from B-tree ordering. Design otherwise right, adequate.")

add(2,
    "I'd use BRIN for created_at since it's insert-ordered. BRIN keeps a min and max per block range; I think the "
    "default range is 32 pages, but I'd check that. Then a composite B-tree with customer_id leading and created_at "
    "second, and a GIN index for the JSONB containment. Probably an expression index for lower(email) as well.",
    "adequate", "hedged",
    false_claims=["I think the default range is 32 pages"],
    note="Hedged wrong number (default pages_per_range is 128); choices are right but reasons are thin and the partial index is missing.")

# ---------------- Round 3: CREATE INDEX CONCURRENTLY ----------------
add(3,
    "Plain CREATE INDEX is off the table, it holds a lock that stops inserts, updates and deletes until the build "
    "is done, and on 300 million rows that's a long outage for writers. So CREATE INDEX CONCURRENTLY. Its lock is "
    "share update exclusive, which ordinary DML doesn't conflict with. The catch is how it works: it builds in "
    "passes, one scan to build and another to catch rows that changed meanwhile, and it has to wait for older "
    "transactions to finish in between. So before starting I'd look in pg_stat_activity for anything long-running "
    "or idle in transaction, because that alone can stall it for hours. It can't go in a transaction block, so our "
    "migration tool has to run it outside one. I'd bump maintenance_work_mem for that session and follow "
    "pg_stat_progress_create_index. And if it dies halfway, say it's cancelled or deadlocks, you're left with an "
    "invalid index that writes keep paying for but queries can't use, so I'd check indisvalid, drop it "
    "concurrently, and try again. Afterwards I'd EXPLAIN the actual query and make sure the new index shows up in the plan.",
    "strong", "strong",
    note="Lock levels, two-pass build and waits, long transactions, no transaction block, progress view, INVALID index recovery, verification; correct.")

add(3,
    "We'd schedule it for the quietest part of the night, like 3 a.m., and just run a normal CREATE INDEX. Index "
    "creation is quick, the table only gets locked for a moment while the index is registered, so the few writes "
    "coming in at that hour would barely notice. Then the index is there in the morning.",
    "weak", "pattern",
    pattern_quotes=["Just run CREATE INDEX at night; it only locks the table for a moment."],
    false_claims=["the table only gets locked for a moment while the index is registered"],
    note="Acts out the 'run it at night, it only locks briefly' pattern; a plain build blocks writes for its whole duration.")

add(3,
    "I'd use CREATE INDEX CONCURRENTLY. It takes a weaker lock than the normal build, so inserts and updates carry on "
    "while it scans the table. And the nice thing is it never waits on other transactions, it just builds off its "
    "own snapshot, so long-running queries or idle sessions don't affect it at all. You do have to run it outside a "
    "transaction block, and if it fails you get an invalid index you need to drop and recreate. I'd raise "
    "maintenance_work_mem too so the sort is faster.",
    "weak", "bluff",
    false_claims=["it never waits on other transactions, it just builds off its own snapshot, so long-running queries or idle sessions don't affect it at all"],
    note="Bluff, false absolute: CONCURRENTLY waits for older transactions between its phases, the main operational hazard here, so weak.")

add(3,
    "CREATE INDEX CONCURRENTLY, run outside a transaction, with a lock_timeout set so it can't pile up behind "
    "anything. It scans the table twice and waits for older transactions in between, so I'd clear out any "
    "idle-in-transaction sessions first. If it fails it leaves an INVALID index, so drop that and retry. One thing "
    "to plan for is later maintenance: core Postgres can't rebuild an index without blocking, there's no REINDEX "
    "CONCURRENTLY, so for bloated indexes down the road you need the pg_repack extension or a create-new, drop-old "
    "swap.",
    "adequate", "bluff",
    false_claims=["core Postgres can't rebuild an index without blocking, there's no REINDEX CONCURRENTLY"],
    note="Bluff, feature credited to the wrong product: REINDEX CONCURRENTLY is in core PostgreSQL since 12, not only via pg_repack. Build plan is right, adequate.")

add(3,
    "CONCURRENTLY, definitely. I don't remember the exact name of the lock it takes, some kind of share lock that "
    "doesn't conflict with regular writes, I'd look it up, but the important part is that inserts and updates keep "
    "going. What I do know bites people: it makes two passes over the table and waits for existing transactions "
    "between them, so one session sitting idle in transaction can hold it up indefinitely. I'd check "
    "pg_stat_activity beforehand and set a lock_timeout. It refuses to run inside a transaction block, which matters "
    "for migration frameworks. If it fails you get an invalid index left behind, still updated on every write but "
    "never used for reads, so I'd query pg_index for invalid ones, drop it concurrently and rerun. And I'd watch the "
    "progress view while it runs, and confirm with EXPLAIN afterwards that the query uses it.",
    "strong", "honest",
    note="Honest about the lock name; everything stated is correct and it covers the waits, transaction-block rule, INVALID index and verification, so strong.")

add(3,
    "For a table that size I'd actually look at partitioning it by month on created_at. With declarative "
    "partitioning, since Postgres 10, you get partition pruning, old months can be detached and archived instead of "
    "deleted, and each partition is small enough that maintenance is quick. We did that on a 2-billion-row events "
    "table and it made retention jobs trivial, no more giant DELETE statements bloating the table.",
    "weak", "offtopic",
    note="Fluent but about partitioning and retention, not how to build the index without blocking writes.")

# ---------------- Round 4: autovacuum and stale statistics ----------------
add(4,
    "I'd push back, though the I/O concern is fair. The slow hour after the load smells like statistics: the planner "
    "is still working off histograms from before the load, so it thinks the new date range is nearly empty, picks a "
    "plan meant for a handful of rows, and only recovers once autoanalyze gets around to it, which on a big table "
    "needs ten percent of the rows to change first. So step one, the load job ends with an explicit ANALYZE of the "
    "tables it touched. Turning autovacuum off for those tables stops the automatic analyze as well, so stats would "
    "be stale all day, and dead rows from daytime updates would pile up until night, meaning bloat, and index-only "
    "scans falling back to the heap because the visibility map isn't kept current. It also doesn't stop the "
    "anti-wraparound vacuum, which still shows up, just as a forced one. For the spikes, I'd make autovacuum run "
    "earlier and gentler per table, a smaller scale factor so each run is shorter, throttled with the cost limit and "
    "delay. Nightly VACUUM ANALYZE after the load, sure, but in addition.",
    "strong", "strong",
    note="Diagnoses stale statistics, explicit ANALYZE after load, consequences of disabling, wraparound still runs, tune and throttle instead; correct.")

add(4,
    "I wouldn't turn it off. Autovacuum is what cleans up dead rows and also keeps statistics up to date, so if you "
    "disable it the tables bloat and the planner works from old stats. The slowness after the bulk load is probably "
    "stale statistics, so I'd just run ANALYZE right after the load finishes. If the I/O is a problem you can tune "
    "autovacuum's settings per table instead.",
    "adequate", "adequate",
    note="Right call and right diagnosis, but no thresholds, no cost throttling detail, nothing on visibility map or wraparound.")

add(4,
    "Honestly I think that's fine. Autovacuum is just background housekeeping, it tidies up dead rows, and doing it "
    "all in one go at night when nobody's using the system is cleaner than having it wake up randomly in the middle "
    "of the day. The cron job would do VACUUM ANALYZE, so statistics get refreshed too. I'd go with the teammate's "
    "plan.",
    "weak", "pattern",
    pattern_quotes=["Yes, autovacuum is just background housekeeping; turning it off and vacuuming at night is cleaner."],
    note="Acts out the 'just housekeeping, do it at night' pattern; ignores daytime bloat, stale stats and the slow mornings.")

add(4,
    "I'd keep autovacuum on and tune it. The morning slowness is stale stats after the load, so add ANALYZE at the "
    "end of the load job. The reason autovacuum is so bursty on big tables is the default trigger: "
    "autovacuum_vacuum_scale_factor is 0.5, so it waits until half the table is dead rows and then has a massive "
    "amount of work at once. Drop that to something like 0.01 for the big tables so it runs often and in small "
    "pieces, and use the cost delay to throttle it.",
    "adequate", "bluff",
    false_claims=["autovacuum_vacuum_scale_factor is 0.5, so it waits until half the table is dead rows"],
    note="Bluff, contradicted number: the default autovacuum_vacuum_scale_factor is 0.2 (20%), not 0.5. Advice otherwise right, adequate.")

add(4,
    "I'm not super deep on autovacuum internals, to be honest. I know it removes dead tuples, but I don't remember "
    "what thresholds trigger it or which settings control how aggressive it is. My gut says turning it off is risky, "
    "there's something about transaction ID wraparound, but I couldn't explain that without reading up first.",
    "weak", "honest",
    note="Honest about gaps, nothing false, but little substance: no stale-statistics diagnosis, no ANALYZE, no tuning.")

add(4,
    "Things that come to mind: autovacuum, ANALYZE, pg_statistic, default_statistics_target, "
    "autovacuum_vacuum_scale_factor, autovacuum_analyze_scale_factor, cost_delay, cost_limit, visibility map, dead "
    "tuples, bloat, transaction ID wraparound, autovacuum_freeze_max_age, pg_stat_user_tables, n_dead_tup, last_autoanalyze, "
    "autovacuum_naptime, autovacuum_max_workers, maintenance_work_mem. Yeah, those are the knobs and the views I'd be looking at here, basically.",
    "weak", "list",
    note="Names relevant settings and views without saying anything about them or answering the proposal.")

# ---------------- Round 5: index cost and governance ----------------
add(5,
    "Every index you add has to be updated on writes, so more indexes means slower inserts and updates and more "
    "WAL. I'd look at pg_stat_user_indexes for indexes that never get scanned and drop them, and look for "
    "duplicates, like an index on customer_id when there's already one on customer_id plus created_at. New indexes "
    "should come with the query they're for and an EXPLAIN showing they help.",
    "adequate", "adequate",
    note="Write cost, unused and redundant indexes, justification by EXPLAIN; misses HOT updates, per-node counters, planner misuse.")

add(5,
    "I don't really see the 40 indexes as the problem, disk is cheap. An index that isn't used just sits there "
    "taking some space, it doesn't hurt anything, and having one already there when a new query shows up is safer "
    "than scrambling later. If writes are slow I'd look at the hardware or the connection pool first.",
    "weak", "pattern",
    pattern_quotes=["Indexes only cost disk space, so more indexes is always safer."],
    false_claims=["An index that isn't used just sits there taking some space, it doesn't hurt anything"],
    note="Acts out the 'indexes only cost disk' misconception; unused indexes are still maintained on every write.")

add(5,
    "The write cost of indexes is really an insert problem. When you INSERT a row, every index gets a new entry, so "
    "40 indexes means 40 extra writes. UPDATEs are different, Postgres changes the row in place in the heap, so the "
    "index entries keep pointing at the same spot and don't need touching at all, which is why update-heavy tables "
    "don't suffer from indexes. So I'd focus on the insert-heavy tables, find indexes with zero scans in "
    "pg_stat_user_indexes, and drop those concurrently.",
    "weak", "bluff",
    false_claims=["Postgres changes the row in place in the heap, so the index entries keep pointing at the same spot and don't need touching at all"],
    note="Bluff, wrong mechanism in plain words: MVCC writes a new row version; non-HOT updates add entries to every index. Central to the question, weak.")

add(5,
    "Indexes cost you on the write path, every insert touches each one, and updates do too unless they're HOT "
    "updates. I know HOT has conditions, something about not changing indexed columns and free space on the page, "
    "though I'd have to look up the exact rules. So adding an index on a column that gets updated constantly can "
    "hurt a lot. To prune, I'd check idx_scan in pg_stat_user_indexes, but I'm not sure whether those counters "
    "include scans on the replicas, I'd want to verify that before dropping anything.",
    "adequate", "honest",
    note="Honest about HOT details and replica counters; what it states is correct and it reaches the HOT point, but governance is thin.")

add(5,
    "A big one is HOT updates. If an update doesn't change any indexed column and the new version fits on the same "
    "page, Postgres skips the indexes entirely. I think the default fillfactor for tables is 90, so there's a bit of "
    "room left on each page for that, but I'd check. So if someone indexes a column like updated_at that changes on "
    "every write, all those updates stop being HOT. I'd also drop indexes that pg_stat_user_indexes shows are never "
    "scanned.",
    "adequate", "hedged",
    false_claims=["I think the default fillfactor for tables is 90"],
    note="Hedged wrong number: table fillfactor defaults to 100 (90 is the B-tree index default). HOT reasoning is right; governance is thin.")

add(5,
    "At that point I'd really look at whether Postgres is the right store for the reporting side. Columnar engines "
    "like ClickHouse or a warehouse like BigQuery handle wide analytical scans much better, so I'd stream the orders "
    "through CDC with Debezium into the warehouse and let the dashboards run there, and keep Postgres for the "
    "transactional path.",
    "weak", "offtopic",
    note="Fluent but about moving analytics off Postgres, not about which indexes earn their place or how indexes hurt.")


def main():
    counters = {}
    with open(OUT, "w") as f:
        for rnd, answer, band, kind, pq, fc, note in A:
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
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(A)} answers to {OUT}")


if __name__ == "__main__":
    main()
