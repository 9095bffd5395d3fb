#!/usr/bin/env python3
"""Build postgres-partitioning_answers.jsonl: 30 labelled answers for the gauntlet
postgres-partitioning.txt (short name "part"), 6 per round.

Run:  python3 build_answers.py   (writes the .jsonl next to this file)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "postgres-partitioning_answers.jsonl")

# Common Weak Answer quotes, copied verbatim from the gauntlet document.
Q_R1_ALWAYS_FASTER = "Partitioning always makes queries faster, so we should partition every big table."
Q_R2_PK_PER_PARTITION = "Just add the primary key on each partition instead of on the parent."
Q_R3_NIGHTLY_DELETE = "Just run a nightly DELETE of rows older than 13 months."
Q_R4_PRUNING_FREE = ("Pruning means partitions a query doesn't touch cost nothing, so more partitions "
                     "is always better.")
Q_R5_MORE_PARTITIONS = "When it gets bigger, we'll just add more partitions."


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
    # ------------------------------------------------------------------ Round 1
    rec("part-r1-01", 1,
        "So yeah, I'd partition it, and honestly the biggest win is the thirteen-month retention. Right "
        "now expiring old data is a massive DELETE, something like 1.8 billion rows for every month you "
        "expire, which means a flood of WAL, bloat, and vacuum grinding for hours. If I range-partition "
        "on created_at, expiring data turns into detach-and-drop on one child table, basically instant. "
        "Second win is pruning: since nearly every query asks about the last few days, the planner only "
        "opens those few partitions, and their indexes stay hot in cache. Third, vacuum and reindex run "
        "per partition, and the old partitions that never change get frozen and are mostly left alone. "
        "For granularity I'd go daily, so around four hundred partitions in total, each roughly sixty "
        "million rows. List partitioning I'd keep for discrete categories like region, and hash only if "
        "there's no natural range, because hash gives you no way to throw away a time slice. One thing "
        "I'd check first: any hot query that doesn't filter on created_at gets worse, since it has to "
        "visit every partition.",
        "strong", "strong",
        note="Correct and complete: retention by dropping partitions as the main driver, pruning, "
             "per-partition maintenance, daily granularity with the count, list/hash trade-offs, and the "
             "caveat about queries without the key."),
    rec("part-r1-02", 1,
        "Yeah, I think partitioning makes sense here. I'd use range partitioning on the timestamp column, "
        "probably monthly partitions, and then when data ages past thirteen months you just drop the "
        "oldest partition instead of deleting rows, which avoids all the bloat you'd get from a huge "
        "delete. Queries on the recent days should also get faster, because Postgres can skip the "
        "partitions that fall outside the date range in the WHERE clause.",
        "adequate", "adequate",
        note="Core is right (range on time, retention by drop, pruning) but misses granularity reasoning "
             "(monthly is coarse at 1.8 billion rows), list/hash alternatives and the caveat for queries "
             "without the key."),
    rec("part-r1-03", 1,
        "Definitely partition it. Um, partitioning is basically the standard fix for big tables in "
        "Postgres: you split three terabytes into smaller chunks and every query gets faster because "
        "it's scanning smaller tables. Honestly I'd apply it to every table over a few hundred gigabytes "
        "as a rule. Split it by month, and the performance problems mostly go away on their own.",
        "weak", "pattern",
        pattern_quotes=[Q_R1_ALWAYS_FASTER],
        false_claims=["every query gets faster because it's scanning smaller tables"],
        note="Acts out the 'partitioning always makes queries faster' pattern; queries without the "
             "partition key visit every partition and can get slower. No retention reasoning."),
    rec("part-r1-04", 1,
        "I'd partition, yes. The retention requirement is the real driver: dropping an old partition is "
        "nearly free compared to deleting a couple of billion rows and then waiting on vacuum. I'd "
        "range-partition on created_at with daily partitions, so pruning keeps the recent-days queries "
        "on a handful of small tables. Declarative partitioning shipped in PostgreSQL 10 with all three "
        "methods, range, list and hash, so on 16 everything's mature. Hash I wouldn't use here though, "
        "since you can't expire a time range with it. I'd just double-check that the big queries "
        "actually filter on created_at.",
        "adequate", "bluff",
        false_claims=["Declarative partitioning shipped in PostgreSQL 10 with all three methods, range, "
                      "list and hash"],
        note="Bluff (contradicted version number): PostgreSQL 10 introduced declarative range and list "
             "partitioning only; hash partitioning arrived in PostgreSQL 11. The false claim is "
             "peripheral and the design is right, so the band is capped at adequate."),
    rec("part-r1-05", 1,
        "I think I'd partition by time range, on created_at, because the retention rule is time-based "
        "and dropping a whole partition is far cheaper than deleting billions of rows. Pruning should "
        "also help the recent-days queries. What I'm honestly not sure about is the right granularity: "
        "I don't know offhand how many partitions Postgres handles comfortably before planning gets "
        "slow, so I'd look that up in the docs and test daily versus weekly before committing.",
        "adequate", "honest",
        note="Honest about not knowing the partition-count guidance; the core (range on created_at, "
             "retention by dropping, pruning) is correct, so adequate."),
    rec("part-r1-06", 1,
        "Okay, so the things I'd bring up: range partitioning, list partitioning, hash partitioning, the "
        "partition key, partition pruning, retention policies, dropping partitions, pg_partman, the "
        "default partition, indexes per partition, vacuum, and then daily versus monthly granularity. "
        "Those are the main concepts, I think, that matter for a table like this one.",
        "weak", "list",
        note="Names the right terms but says nothing about any of them; no decision is made."),

    # ------------------------------------------------------------------ Round 2
    rec("part-r2-01", 2,
        "Okay, so the primary key first. Postgres doesn't do global indexes; an index on the partitioned "
        "parent is really one local index per partition. A local unique index can only police its own "
        "partition, so Postgres refuses a primary key or unique constraint unless it contains every "
        "partition key column, and you get an error to that effect. So the key becomes id plus "
        "created_at. The catch is that id alone isn't enforced unique any more; in practice you lean on "
        "the sequence or identity that generates it, or keep a small unpartitioned table of ids if you "
        "need a hard guarantee. Foreign keys pointing at events, which are allowed since version 12, "
        "then have to carry created_at as well. The slow lookup is pruning. A filter on id alone tells "
        "the planner nothing about created_at, so nothing is pruned and it probes hundreds of partition "
        "indexes. I'd get callers to pass the timestamp too, or embed the time in the id. And with "
        "prepared statements, pruning on parameters happens at executor startup rather than at plan "
        "time; EXPLAIN shows the removed subplans.",
        "strong", "strong",
        note="Correct and complete: no global indexes, PK must include the key, consequence for id "
             "uniqueness and foreign keys (PG 12), no pruning without the key, execution-time pruning "
             "for parameters."),
    rec("part-r2-02", 2,
        "Ah, that one's easy to work around. If Postgres won't let you put the primary key on the "
        "parent, you just go through the partitions and add PRIMARY KEY (id) on each child table. "
        "Every partition then has its own unique index on id, so ids stay unique, and the lookups by "
        "id will use those indexes too. Problem solved without changing the key or the API.",
        "weak", "pattern",
        pattern_quotes=[Q_R2_PK_PER_PARTITION],
        false_claims=["Every partition then has its own unique index on id, so ids stay unique"],
        note="Acts out the per-partition primary key pattern; local unique indexes cannot stop the same "
             "id appearing in two partitions. Ignores the slow lookup's real cause."),
    rec("part-r2-03", 2,
        "Right, so by default the primary key on a partitioned table has to include the partition key, "
        "that's why the ALTER fails. But you don't have to live with that. Postgres lets you declare the "
        "index as a global index on the parent, the same way Oracle does, so you create a global unique "
        "index on id and it enforces uniqueness across every partition. That also fixes the slow lookup, "
        "since a single global index is one B-tree probe instead of hundreds. So: global unique index "
        "on id, and the API stays exactly as it is.",
        "weak", "bluff",
        false_claims=["Postgres lets you declare the index as a global index on the parent, the same way "
                      "Oracle does"],
        note="Bluff (feature credited to the wrong product): global indexes are an Oracle feature; "
             "PostgreSQL has only local per-partition indexes. The false claim is the centre of both "
             "fixes, so weak."),
    rec("part-r2-04", 2,
        "The ALTER fails because on a partitioned table any primary key or unique constraint has to "
        "include the partition key columns; each partition only has a local index, so Postgres can't "
        "check id across partitions. Postgres rejects it with SQLSTATE 23505, unique_violation, before "
        "it even builds the index. So you make it id and created_at together and rely on the sequence "
        "for id being unique. For the lookup, WHERE id = $1 can't prune anything, because pruning needs "
        "a condition on created_at, so it ends up checking the id index in every partition. Adding "
        "created_at to the query fixes that.",
        "adequate", "bluff",
        false_claims=["Postgres rejects it with SQLSTATE 23505, unique_violation"],
        note="Bluff (wrong error code/name): 23505 unique_violation is raised when rows duplicate a key; "
             "the DDL is rejected with a feature-not-supported error ('unique constraint on partitioned "
             "table must include all partitioning columns'). The rest is correct, so adequate."),
    rec("part-r2-05", 2,
        "So the key has to contain created_at, because each partition's index is local and can't see the "
        "others; make it id plus created_at. For the slow lookup, without created_at in the WHERE clause "
        "there's nothing to prune, so every partition gets probed. Have the API send created_at too. "
        "With prepared statements the parameter values aren't known at plan time, so pruning happens "
        "when the executor starts. I think that execution-time pruning only arrived in PostgreSQL 13, "
        "but I'd check the release notes before relying on it.",
        "adequate", "hedged",
        false_claims=["I think that execution-time pruning only arrived in PostgreSQL 13"],
        note="Hedged wrong version: execution-time partition pruning arrived in PostgreSQL 11. The rest "
             "is correct but brief (no foreign-key or id-uniqueness consequences), so adequate."),
    rec("part-r2-06", 2,
        "So when a lookup gets slower, the first thing I look at is connection handling. If the API opens "
        "a new connection per request, you pay for the backend fork and the authentication every time, "
        "which easily adds a few milliseconds. I'd put PgBouncer in transaction pooling mode in front of "
        "the database, size the pool to roughly the number of cores, and watch for clients waiting on "
        "the pool. That usually fixes latency regressions like this one.",
        "weak", "offtopic",
        note="Fluent but about connection pooling; says nothing about the primary key rule or pruning."),

    # ------------------------------------------------------------------ Round 3
    rec("part-r3-01", 3,
        "The goal is never holding the strongest lock on the parent during the day, and never being one "
        "failed cron run away from an outage. So I'd keep about a week of future partitions created. To "
        "add one I wouldn't use CREATE TABLE with PARTITION OF, because that wants the parent locked in "
        "ACCESS EXCLUSIVE mode. I'd create a plain table, give it a CHECK constraint that matches the day's "
        "bounds, and then attach it; from version 12 attaching only needs SHARE UPDATE EXCLUSIVE on the "
        "parent, and the CHECK means no validation scan. For the old day, on 14 and up, detach it "
        "concurrently, outside any transaction block; it uses two transactions and waits out in-flight "
        "queries, and if it gets cancelled you rerun it with FINALIZE. Then drop the detached table. No "
        "default partition, because concurrent detach refuses to run with one, and attach would have to "
        "scan it. Everything with a short lock_timeout and retries, and practically I'd hand this to "
        "pg_partman on a schedule.",
        "strong", "strong",
        note="Correct and complete: pre-creation, ATTACH with a matching CHECK and its PG 12 lock level, "
             "DETACH CONCURRENTLY (PG 14, no transaction block, FINALIZE), default-partition pitfalls, "
             "lock_timeout, pg_partman."),
    rec("part-r3-02", 3,
        "I'd automate it with pg_partman: configure daily partitions with a few premade ahead of time, "
        "and a retention of thirteen months so it drops the old partitions for you. Run the maintenance "
        "from pg_cron every hour or so. Dropping a partition is quick compared to deleting rows, and "
        "with partitions created in advance, inserts never hit a missing partition. I'd also set a "
        "lock_timeout on the maintenance session so it can't hang behind a long query.",
        "adequate", "adequate",
        note="Right approach (automation, premake, retention, lock_timeout) but no lock levels, no "
             "ATTACH/DETACH CONCURRENTLY, no default-partition pitfalls."),
    rec("part-r3-03", 3,
        "Honestly I'd keep it simple: a nightly job that runs a DELETE for everything older than "
        "thirteen months. It only has to remove one day's worth of rows each night, autovacuum cleans up "
        "after it, and you don't need any special partition DDL or extensions. The delete just runs "
        "across the partitions, Postgres handles that, so nobody has to think about locks on the parent.",
        "weak", "pattern",
        pattern_quotes=[Q_R3_NIGHTLY_DELETE],
        note="Acts out the nightly DELETE pattern: 60 million deleted rows a night means WAL, bloat and "
             "vacuum work, throwing away the main benefit of partitioning; creation of new partitions "
             "is ignored."),
    rec("part-r3-04", 3,
        "For expiring, I'd use DETACH PARTITION with CONCURRENTLY and then drop the detached table. The "
        "nice thing about the concurrent form is that it doesn't lock the parent table at all, so "
        "nothing ever waits on it and it's safe to run at peak. For creating, I'd run CREATE TABLE with "
        "PARTITION OF for the upcoming days from cron, since creating an empty partition is instant, and "
        "I'd keep a week of partitions created ahead so a failed cron run doesn't break inserts.",
        "weak", "bluff",
        false_claims=["it doesn't lock the parent table at all, so nothing ever waits on it"],
        note="Bluff (false absolute about the locking mechanism, in plain words): DETACH CONCURRENTLY "
             "takes SHARE UPDATE EXCLUSIVE on the parent and waits for running transactions. Lock "
             "behaviour is the centre of the question, and CREATE TABLE ... PARTITION OF's ACCESS "
             "EXCLUSIVE lock is missed, so weak."),
    rec("part-r3-05", 3,
        "So the expensive, dangerous ways are a big DELETE or anything that grabs an exclusive lock on "
        "the parent. I'd pre-create partitions a few days ahead, and for new ones create a standalone "
        "table with a CHECK constraint matching its range and attach it, because attaching needs a "
        "weaker lock than creating the partition directly, and the CHECK skips the validation scan. For "
        "old ones, detach concurrently, then drop the table once it's detached. I know concurrent detach "
        "can't run inside a transaction and that it refuses if there's a default partition, so I'd "
        "avoid having one. What I don't remember precisely is which release lowered the attach lock, "
        "eleven or twelve, and the exact lock mode detach takes in each of its two steps, so I'd look "
        "those up before writing the runbook. Everything runs with lock_timeout and retries, probably "
        "via pg_partman.",
        "strong", "honest",
        note="Honest about the exact version and lock modes, but covers nearly all the substance "
             "correctly (pre-creation, ATTACH with CHECK, DETACH CONCURRENTLY limits, default partition, "
             "lock_timeout, automation), so strong."),
    rec("part-r3-06", 3,
        "I'd detach the old partition with the CONCURRENTLY option so it doesn't block traffic, and then "
        "drop it afterwards. I believe DETACH CONCURRENTLY came in PostgreSQL 12, though I'd want to "
        "double-check the version. For new partitions I'd have a cron job create the next day's table "
        "each evening, and that should cover it.",
        "weak", "hedged",
        false_claims=["I believe DETACH CONCURRENTLY came in PostgreSQL 12"],
        note="Hedged wrong version: DETACH PARTITION ... CONCURRENTLY arrived in PostgreSQL 14. Little "
             "else of substance (no lock levels, creating only one day ahead, no default-partition "
             "issue), so weak."),

    # ------------------------------------------------------------------ Round 4
    rec("part-r4-01", 4,
        "I'd push back on that. Hourly times sixteen over thirteen months is something like a hundred "
        "and fifty thousand partitions, and they're not free just because pruning skips them. Every "
        "partition is a table in the catalog with its own indexes, and the docs' advice is that the "
        "planner copes with a few thousand partitions when queries prune well, not hundreds of "
        "thousands. Daily partitions keep us at about four hundred, which is plenty fine-grained for "
        "thirteen-month retention.",
        "adequate", "adequate",
        note="Correct core (count, partitions are not free, documented guidance, daily instead) but "
             "misses memory/locking costs, what is right in the proposal, and measuring."),
    rec("part-r4-02", 4,
        "Sounds reasonable to me. Since Postgres prunes partitions, a query only ever looks at the ones "
        "it needs, so the other hundred-odd thousand just sit there on disk and cost nothing. Smaller "
        "partitions mean smaller indexes and faster scans, so the more finely you split, the better. "
        "I'd go with hourly plus the hash sub-partitions, like the teammate says.",
        "weak", "pattern",
        pattern_quotes=[Q_R4_PRUNING_FREE],
        false_claims=["the other hundred-odd thousand just sit there on disk and cost nothing"],
        note="Acts out the 'pruning makes partitions free' pattern; catalog, memory, locks and "
             "maintenance all grow with the count."),
    rec("part-r4-03", 4,
        "I'd actually back the teammate. The old worry about partition counts dates from PostgreSQL 10 "
        "and 11. Version 12 reworked how the planner handles pruning, and the benchmarks the developers "
        "published showed planning time staying flat all the way to about 100,000 partitions, so 150,000 "
        "is only slightly past the tested range. With hourly partitions the recent-hour queries touch "
        "one small table with a small index, and the hash split by tenant spreads the insert load. I'd "
        "go ahead, maybe with eight hash buckets instead of sixteen to be safe.",
        "weak", "bluff",
        false_claims=["the benchmarks the developers published showed planning time staying flat all the "
                      "way to about 100,000 partitions"],
        note="Bluff (invented statistic): no such benchmark exists; the documentation's guidance is a few "
             "thousand partitions. The claim is the basis of the recommendation, so weak."),
    rec("part-r4-04", 4,
        "I wouldn't go that far. A hundred and fifty thousand partitions costs real things even if "
        "pruning skips most of them: catalog bloat, per-connection memory for the relation cache, more "
        "locks per query, and any query without the time column now fans out to all of them. The "
        "partitioning syntax Postgres uses, PARTITION BY RANGE and the hash MODULUS clauses, is defined "
        "by the SQL:2011 standard, so the same layout would port to other databases, but portability "
        "isn't the issue here. I'd stick with daily partitions, a few hundred in total, and measure "
        "before going finer.",
        "adequate", "bluff",
        false_claims=["The partitioning syntax Postgres uses, PARTITION BY RANGE and the hash MODULUS "
                      "clauses, is defined by the SQL:2011 standard"],
        note="Bluff (misattributed standard): table partitioning is not part of the SQL standard; "
             "SQL:2011 is known for temporal (system-versioned) tables. PostgreSQL's syntax is its own. "
             "Peripheral to an otherwise correct answer, so adequate."),
    rec("part-r4-05", 4,
        "My gut says that's too many. Hourly for thirteen months is nine and a half thousand, times "
        "sixteen is around a hundred fifty thousand partitions. Pruning saves work for the query that "
        "prunes, but I don't believe the rest are free; each has catalog entries and indexes, and "
        "autovacuum and maintenance have to walk them all. I honestly don't know where the practical "
        "ceiling is, or exactly how locking behaves with that many partitions, so I'd look up the docs' "
        "guidance and benchmark planning time at that count before agreeing. Likely I'd propose daily.",
        "adequate", "honest",
        note="Honest about the ceiling and locking details; correct arithmetic and correct rejection of "
             "'pruning makes them free', so adequate."),
    rec("part-r4-06", 4,
        "Things to weigh here: partition count, planning time, partition pruning, relcache memory, the "
        "lock manager, fast-path locks, max_locks_per_transaction, autovacuum, catalog bloat, hash "
        "sub-partitioning, tenant_id, granularity, pg_partman maintenance, and the best practices "
        "section in the documentation. Those would be my main considerations for this one, I think.",
        "weak", "list",
        note="Lists relevant terms without saying anything about them or answering the question."),

    # ------------------------------------------------------------------ Round 5
    rec("part-r5-01", 5,
        "I'd make it a paved road. One supported tool, pg_partman, set up from a template that the "
        "platform team reviews: interval, how many partitions to premake, retention, and whether we drop expired "
        "partitions or keep them to archive. The maintenance job is driven by pg_partman's own background "
        "worker or by pg_cron, not by random team scripts. Design review asks three questions: do the hot "
        "queries filter on the key, does every primary or unique key contain it, and what's the partition count "
        "at full retention. Then monitoring: page if the number of future partitions gets low, if "
        "anything shows up in a default partition, if maintenance fails or sits waiting on locks. For "
        "indexes, teams build them per partition concurrently and attach them to an ONLY index on the "
        "parent. On outgrowing it: partitioning doesn't add hardware. Every partition still lives on one "
        "primary with one WAL stream, so if write rate, WAL volume or replica lag are near the limit, or "
        "the hot set no longer fits in RAM, we need more than partitions. First offload cold data and "
        "reporting, then shard, with Citus or by tenant in the app.",
        "strong", "strong",
        note="Correct and complete: one tool with a reviewed template, scheduled maintenance, review "
             "checklist, monitoring, safe index pattern, and concrete signals and next steps for "
             "outgrowing one node."),
    rec("part-r5-02", 5,
        "I'd standardise on pg_partman for everyone, with a shared config so partitions get created "
        "ahead and old ones dropped automatically, and a checklist so keys and primary keys are set up "
        "correctly. For the growth question, partitioning only splits the table on one server, so at "
        "some point write throughput on the primary is the ceiling, and then you're looking at something "
        "like Citus to spread data across nodes.",
        "adequate", "adequate",
        note="Core is right (one tool, checklist, partitioning does not add capacity, Citus) but no "
             "monitoring, no index pattern, and only one signal for outgrowing the node."),
    rec("part-r5-03", 5,
        "For the growth part I'm not too worried. Partitioning is how Postgres scales: when the data "
        "grows ten times, you make the partitions smaller or add hash sub-partitions, and each one stays "
        "a manageable size. As long as the partitions are small, a single node keeps up, so I don't "
        "really see a point where we'd need to move off it. For the teams, I'd write a wiki page on how "
        "to set it up.",
        "weak", "pattern",
        pattern_quotes=[Q_R5_MORE_PARTITIONS],
        false_claims=["As long as the partitions are small, a single node keeps up"],
        note="Acts out 'just add more partitions'; partitions split a table, not the server's CPU, "
             "memory, WAL and write throughput. The process answer is a wiki page."),
    rec("part-r5-04", 5,
        "I'd standardise on pg_partman with a reviewed template per team, maintenance run on a schedule, "
        "and alerts when future partitions run low or rows appear in a default partition. Design review "
        "checks that queries filter on the key and that unique keys include it. One thing to plan for: "
        "dropping an old partition leaves its dead rows behind for vacuum to clean up, so we'd schedule "
        "the retention drops in a quiet window and give autovacuum headroom afterwards. When a single "
        "primary's writes or WAL become the limit, more partitions won't help, and we'd look at Citus.",
        "adequate", "bluff",
        false_claims=["dropping an old partition leaves its dead rows behind for vacuum to clean up"],
        note="Bluff (wrong mechanism, in plain words): dropping a partition removes its files outright; "
             "there are no dead tuples and nothing for vacuum to do, which is the point of retention by "
             "partition. Peripheral to a mostly correct answer, so adequate."),
    rec("part-r5-05", 5,
        "Honestly, I've only run partitioning on one table myself, and I set it up by hand. I know "
        "pg_partman exists to automate creating and dropping partitions, and I'd want to read its docs "
        "properly before recommending it to several teams. On when a single node stops being enough, I "
        "don't have a good answer: I'd need to look up what people measure there, probably write "
        "throughput and replication lag, but I'm not sure where the thresholds are.",
        "weak", "honest",
        note="Honest and correct as far as it goes, but says little: no template, checks or monitoring, "
             "and no real answer on the limits of one node, so weak."),
    rec("part-r5-06", 5,
        "For making it routine, I'd focus on backups. With ten times the data, pg_dump won't finish in "
        "any reasonable window, so we'd move to pgBackRest with full backups weekly, differentials daily "
        "and continuous WAL archiving to S3, which gives point-in-time recovery. Then I'd schedule "
        "restore tests every month into a scratch instance, because a backup you've never restored isn't "
        "a backup. That's the foundation every team's tables depend on.",
        "weak", "offtopic",
        note="Fluent but about backup strategy, not partitioning practice or single-node limits."),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} answers to {OUT}")


if __name__ == "__main__":
    main()
