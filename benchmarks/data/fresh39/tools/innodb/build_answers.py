#!/usr/bin/env python3
"""Build the 30 labelled answers for the mysql-innodb-locking gauntlet.

Writes mysql-innodb-locking_answers.jsonl next to this script.
Record fields, in order: id, round, answer, band, bluff, kind,
pattern_quotes, false_claims, note.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "mysql-innodb-locking_answers.jsonl")


def rec(rid, rnd, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    return {
        "id": rid,
        "round": rnd,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    }


ANSWERS = [
    # ------------------------------------------------------------------ round 1
    rec("innodb-r1-01", 1,
        "Okay, so these are two different animals. The slow one is error 1205: the session asked for a row lock "
        "somebody else holds, and once innodb_lock_wait_timeout runs out, 50 seconds out of the box, it gives up. "
        "And the important bit is that only that statement gets undone, the transaction itself is still alive and "
        "still sitting on whatever it locked earlier, so the app has to roll back. The fast one is 1213, a real "
        "deadlock, a cycle, so the detector catches it right away and throws out the entire transaction of "
        "whichever side did less work. That one you retry from the top. For diagnosis, while a wait is happening "
        "I'd query performance_schema.data_lock_waits together with data_locks, or just sys.innodb_lock_waits, to "
        "get blocker and waiter thread ids, then INNODB_TRX to see how old the blocker is. Nine times out of ten "
        "it's some transaction the code forgot to commit. For deadlocks, the LATEST DETECTED DEADLOCK part of SHOW "
        "ENGINE INNODB STATUS, and since that only remembers the last one, I'd switch on innodb_print_all_deadlocks "
        "so every deadlock lands in the error log.",
        "strong", "strong",
        note="Correct and complete: 1205 vs 1213, 50 s default, statement-only vs whole-transaction rollback, "
             "victim choice, data_lock_waits/data_locks/sys view, INNODB_TRX, LATEST DETECTED DEADLOCK and "
             "innodb_print_all_deadlocks."),
    rec("innodb-r1-02", 1,
        "Right, so the deadlock one is error 1213, two transactions each holding something the other one wants. "
        "InnoDB spots that immediately and kills one of them, rolls it back, and the other goes through, so you "
        "just retry the one that got rolled back. The lock wait timeout, 1205, is different, there's no cycle, "
        "someone's just holding a lock too long and after fifty seconds by default you get the error. To start "
        "I'd run SHOW ENGINE INNODB STATUS and read the latest deadlock section to see which queries were involved.",
        "adequate", "adequate",
        note="Core distinction, codes and default are right, but it misses that 1205 rolls back only the statement "
             "and leaves the transaction open, and gives no way to find the blocker of a live wait or to keep "
             "more than the last deadlock."),
    rec("innodb-r1-03", 1,
        "Honestly the quick win here is the timeout. Those requests are dying at around fifty seconds, so I'd "
        "bump innodb_lock_wait_timeout up, maybe to a few minutes, and the queries will get their locks "
        "eventually instead of erroring out. It's a dynamic variable, so no restart needed. For the deadlock ones "
        "I'd probably bump it as well and see whether the errors drop off, and if things calm down I don't think "
        "we really need to dig any further.",
        "weak", "pattern",
        pattern_quotes=["Just raise innodb_lock_wait_timeout so the queries stop failing."],
        note="Acts out the raise-the-timeout pattern: hides the blocker, holds connections longer, and cannot "
             "affect deadlocks, which are detected immediately. No diagnosis at all."),
    rec("innodb-r1-04", 1,
        "So the lock wait timeout is the non-cycle case. The transaction is queued behind someone's row lock, and "
        "InnoDB waits up to innodb_lock_wait_timeout, which defaults to 60 seconds, before it raises 1205, and "
        "then only the statement is undone. A deadlock, 1213, is a cycle, so there's nothing to wait for: the "
        "detector fires immediately and one transaction gets rolled back entirely, generally the cheaper one. "
        "First thing I'd do is turn on innodb_print_all_deadlocks so we stop losing history, because SHOW ENGINE "
        "INNODB STATUS only keeps the most recent deadlock, and for the timeouts I'd watch sys.innodb_lock_waits "
        "during peak to catch the blocker in the act.",
        "adequate", "bluff",
        false_claims=["which defaults to 60 seconds"],
        note="Bluff, contradicted default: innodb_lock_wait_timeout defaults to 50 seconds, not 60. The rest is "
             "right and the number is not the centre of the answer, so capped at adequate."),
    rec("innodb-r1-05", 1,
        "The one that fails instantly is the deadlock, error 1213. InnoDB found a cycle in the wait-for graph, "
        "picked a victim and rolled back its whole transaction, so the client should replay the transaction. The "
        "one that hangs surfaces as error 1206 once it has waited out innodb_lock_wait_timeout, which is fifty "
        "seconds by default, and there only the last statement is undone. To find who's blocking I'd join "
        "data_lock_waits to data_locks in performance_schema while it's happening, and for the deadlocks I'd read "
        "the deadlock section of the InnoDB status output.",
        "adequate", "bluff",
        false_claims=["surfaces as error 1206"],
        note="Bluff, wrong error code: a lock wait timeout is error 1205 (ER_LOCK_WAIT_TIMEOUT); 1206 is "
             "ER_LOCK_TABLE_FULL. Mechanism and tools otherwise correct, so adequate."),
    rec("innodb-r1-06", 1,
        "I'll be upfront, I don't remember the exact error numbers for these two, I'd look them up. "
        "Conceptually though, the timeout one means the request waited on a row lock someone else held until it "
        "hit the configured limit. I think that's tunable with innodb_lock_wait_timeout, but I'd need to check "
        "what the default is. The deadlock is a cycle, so MySQL doesn't wait at all, it picks one transaction, "
        "rolls it back, and the other continues. Where I'd start is SHOW ENGINE INNODB STATUS, which has a "
        "section on the most recent deadlock, and I'd look at what each transaction was holding and waiting for.",
        "adequate", "honest",
        note="Honest about the error numbers and the default; the distinction and the starting tool are right, "
             "but no statement-vs-transaction rollback and no way to catch live waits."),

    # ------------------------------------------------------------------ round 2
    rec("innodb-r2-01", 2,
        "So under repeatable read, which is the default, the FOR UPDATE doesn't just grab the matching rows. "
        "InnoDB puts next-key locks, meaning the index entry plus the gap in front of it, on everything the scan "
        "walks over, and it covers the gap past the last match too, to keep phantoms out. If there's no pending "
        "order you still end up holding the gap where one would be inserted. Now gap locks are compatible with "
        "each other, they're only there to stop inserts, so both sessions happily get that same gap. Then both "
        "insert, each insert wants an insert-intention lock that's blocked by the other guy's gap lock, and you've "
        "got a cycle, so one of them gets 1213. Different customers blocking: if customer_id isn't indexed, the "
        "scan goes through the primary key and locks pretty much every row. And even with an index, two nearby "
        "customer ids can land in one gap. I'd add an index on customer_id plus status, and replace the "
        "check-then-insert with a unique constraint and catching the duplicate-key error, or run that "
        "transaction at read committed.",
        "strong", "strong",
        note="Correct and complete: REPEATABLE READ default, next-key and gap locks, gap locks compatible, insert "
             "intention conflict causing the deadlock, missing index locking the table, shared gaps, and fixes."),
    rec("innodb-r2-02", 2,
        "Default isolation is REPEATABLE READ, so the locking read uses next-key locks, the row plus the gap "
        "before it, and if no row matches it still locks the gap. Two sessions for the same customer can both "
        "hold that gap, since gap locks don't block each other, and then both inserts wait on the other, so "
        "that's the deadlock. I'd fix it by making the insert rely on a unique key instead of checking first.",
        "adequate", "adequate",
        note="Explains the same-customer deadlock correctly but says nothing about why different customers "
             "block each other (missing index, scanned rows locked, shared gaps)."),
    rec("innodb-r2-03", 2,
        "Hmm, so FOR UPDATE locks the rows that come back from the query, that's the whole point of it. If "
        "customer 10 has a pending order, that row is locked, and customer 20's rows are completely separate, "
        "so they can't really be waiting on each other. I'd guess the different-customer waits are something "
        "else, maybe the connection pool running dry. The same-customer deadlock is just two requests racing, "
        "so I'd put a mutex around it in the app.",
        "weak", "pattern",
        pattern_quotes=["FOR UPDATE only locks the rows it returns, so different customers can never block each other."],
        false_claims=["FOR UPDATE locks the rows that come back from the query",
                      "customer 20's rows are completely separate, so they can't really be waiting on each other"],
        note="Acts out the 'only locks the rows it returns' misconception; under REPEATABLE READ every scanned "
             "index record and gap is locked. Labelled pattern, with the false wording listed."),
    rec("innodb-r2-04", 2,
        "Under REPEATABLE READ, which is what InnoDB uses by default, a locking read takes next-key locks over "
        "the whole range it scans, and that's because the SQL-92 standard requires REPEATABLE READ to prevent "
        "phantom rows, so InnoDB has to lock the gaps. When there's no pending order, both sessions lock the same "
        "gap, which is allowed because gap locks don't conflict, then each one's insert intention lock waits on "
        "the other's gap lock: deadlock. For different customers I'd check the index. Without one on customer_id "
        "the scan locks basically the whole table. A composite index plus a unique key fixes most of it.",
        "adequate", "bluff",
        false_claims=["the SQL-92 standard requires REPEATABLE READ to prevent phantom rows"],
        note="Bluff, misattributed standard: SQL-92 explicitly permits phantoms at REPEATABLE READ (only "
             "SERIALIZABLE forbids them); preventing them is InnoDB's own choice. Locking analysis otherwise "
             "right, claim is a justification, not the design: adequate."),
    rec("innodb-r2-05", 2,
        "So it's repeatable read by default, and InnoDB locks the gaps as well as the rows in a locking read. "
        "When the same customer comes in twice, both grab the gap, then both try to insert into it and block each "
        "other. That's your deadlock, one gets rolled back. The different-customer ones aren't deadlocks, they "
        "just wait, up to the lock wait timeout, which I think is thirty seconds by default, but I'd check that. "
        "Probably the query isn't using an index, so it's locking more than it should.",
        "adequate", "hedged",
        false_claims=["which I think is thirty seconds by default"],
        note="Hedged wrong number: innodb_lock_wait_timeout defaults to 50 seconds. Explicit hedge, so not a "
             "bluff. Core locking story right but thin: no insert intention lock, no concrete fix."),
    rec("innodb-r2-06", 2,
        "Okay, so the relevant concepts here: REPEATABLE READ, next-key locks, gap locks, record locks, insert "
        "intention locks, phantoms, the supremum record, secondary index versus clustered index, and "
        "performance_schema.data_locks for the lock modes. Also error 1213. And READ COMMITTED as an alternative, "
        "and unique keys. Those are the things I'd be thinking about.",
        "weak", "list",
        note="Names the right terms but says nothing about any of them: no explanation of which locks are taken "
             "or why the sessions deadlock."),

    # ------------------------------------------------------------------ round 3
    rec("innodb-r3-01", 3,
        "Two fixes, one for each. The job queue: all forty workers ask for the lowest queued id, so they all pile "
        "up on one row. On 8.0 I'd add SKIP LOCKED to that FOR UPDATE, so each worker simply takes the next row "
        "nobody holds, and I'd make sure there's an index on status and id so it isn't locking half the table to "
        "find it. Then claim and work get split: a tiny transaction that marks the job running and commits, then "
        "the processing with no transaction open, plus a lease so jobs from a dead worker come back. For "
        "checkout, I'd go through the code and make every transaction lock things in the same order, like "
        "sorting the item ids before the updates, pull any HTTP calls out of the transaction, and add a wrapper "
        "that reruns the entire transaction on 1213, with jitter and maybe three tries max. For user-facing "
        "requests, NOWAIT or a per-session lock wait timeout of a couple of seconds instead of fifty. I wouldn't "
        "disable deadlock detection, you'd just be trading errors for hangs.",
        "strong", "strong",
        note="Correct and complete: SKIP LOCKED with a supporting index, short claim transaction, work outside "
             "the transaction, consistent ordering, whole-transaction retry on 1213, NOWAIT/short timeout, keeps "
             "detection on."),
    rec("innodb-r3-02", 3,
        "For the deadlocks there's actually a switch for this, innodb_deadlock_detect. If we set it to OFF, "
        "InnoDB stops doing the deadlock check altogether, so the deadlocks are gone and checkout stops failing. "
        "It's a dynamic variable, so we can flip it without a restart. For the workers, I'd just add more "
        "workers so the queue drains faster.",
        "weak", "pattern",
        pattern_quotes=["Turn off innodb_deadlock_detect and the deadlocks go away."],
        false_claims=["the deadlocks are gone and checkout stops failing"],
        note="Acts out the disable-detection pattern: the cycles remain and end only at innodb_lock_wait_timeout, "
             "so errors become 50-second hangs. More workers adds contention. False wording listed."),
    rec("innodb-r3-03", 3,
        "For the workers, SKIP LOCKED is the tool: FOR UPDATE SKIP LOCKED lets each worker jump past rows other "
        "workers have locked, so they stop waiting on one row, and with an index on status and id each claim "
        "touches only a couple of rows. For checkout, the nice thing is that when a deadlock is detected only "
        "the one statement that was waiting gets rolled back, so the rest of the transaction stays in place and "
        "you simply re-run that statement. So I'd add a retry around each update statement, and keep the lock "
        "order consistent to make it rarer.",
        "weak", "bluff",
        false_claims=["when a deadlock is detected only the one statement that was waiting gets rolled back, so "
                      "the rest of the transaction stays in place and you simply re-run that statement"],
        note="Bluff, wrong mechanism in plain words: a deadlock rolls back the victim's whole transaction, so "
             "re-running one statement executes half a transaction. The retry design rests on it: weak."),
    rec("innodb-r3-04", 3,
        "I'd split it in two. For the queue the fix is SKIP LOCKED, so each worker grabs the next unlocked job "
        "instead of all forty waiting on the same one. I'm fairly sure that's 8.0-only, but I don't remember the "
        "exact point release, I'd look that up. It wants an index on status plus id. Claiming should be a short "
        "transaction of its own: lock, mark it running, commit, and do the work outside. For checkout: "
        "consistent lock ordering, short transactions, no remote calls inside, and retry the whole transaction "
        "when you get the deadlock error, with backoff. NOWAIT is an option where failing fast beats waiting, "
        "though I'd have to check which error code it raises. I'd leave deadlock detection on.",
        "strong", "honest",
        note="Honest about the 8.0 point release and the NOWAIT error code, and still covers nearly all of the "
             "substance correctly: banded strong."),
    rec("innodb-r3-05", 3,
        "Sounds like a capacity problem to me. I'd put ProxySQL in front for connection pooling and read/write "
        "splitting, send the read traffic to replicas, and add a Redis cache for product and inventory pages so "
        "the primary only sees writes. Then I'd move the primary to a bigger instance class and give the buffer "
        "pool most of the memory, something like seventy to eighty percent on a dedicated box. That usually buys "
        "a lot of headroom.",
        "weak", "offtopic",
        note="Fluent but about read scaling and capacity, not lock contention or deadlocks; none of it reduces "
             "waits on the same row."),
    rec("innodb-r3-06", 3,
        "The workers are the easy part: SELECT ... FOR UPDATE SKIP LOCKED, which 8.0 has, so each worker gets a "
        "different queued row rather than all of them waiting on the first one. For the checkout deadlocks I'd "
        "make sure every code path updates rows in the same order, say by ascending product id, since opposite "
        "ordering is the usual cause. And the app should catch the deadlock error and retry the transaction.",
        "adequate", "adequate",
        note="Right core (SKIP LOCKED, ordering, retry) but misses the index, the short claim transaction with "
             "work outside it, and lock wait tuning."),

    # ------------------------------------------------------------------ round 4
    rec("innodb-r4-01", 4,
        "It's not a crazy idea. Postgres and Oracle both run read committed by default, and lots of MySQL shops "
        "switch. At read committed InnoDB stops gap locking for normal searches and scans, and it drops locks on "
        "rows that failed the WHERE, so the check-then-insert deadlock would mostly disappear. But 'no deadlocks' "
        "is wrong. If two transactions grab the same rows in reverse order, they deadlock on ordinary record "
        "locks at any level, and foreign key checks and duplicate-key checks still take gap locks. The bigger "
        "risk is behavioural: every SELECT inside a transaction now sees the latest committed data, so code that "
        "reads something twice and expects it unchanged, or relies on no new rows appearing, may quietly break. "
        "It also needs row-based binlogging; 8.0 defaults to ROW, but I'd verify nothing is on STATEMENT. My "
        "plan: confirm from the deadlock log that it really is gap and insert-intention locks, set the "
        "isolation per transaction on the hot paths, replace the check-then-insert by inserting against a unique "
        "constraint, and leave the server-wide default alone until someone has audited the code.",
        "strong", "strong",
        note="Balanced and correct: what READ COMMITTED removes, what remains (ordering deadlocks, FK and "
             "duplicate-key gap locks), semantic change, row-based binlog, evidence first, per-transaction scope."),
    rec("innodb-r4-02", 4,
        "Partly reasonable. Read committed does turn off gap locking for ordinary searches, so the deadlocks "
        "that come from gap and insert-intention locks would mostly go. But it won't remove deadlocks in general: "
        "if two transactions lock the same rows in different orders they still deadlock. And the app's reads "
        "change, a repeated read in a transaction can come back different. I'd try it on the specific "
        "transactions first rather than the whole server.",
        "adequate", "adequate",
        note="Core trade-off right, but misses the remaining FK/duplicate-key gap locks, the binlog requirement "
             "and checking the deadlock evidence first."),
    rec("innodb-r4-03", 4,
        "Yeah, I'd back the teammate on this. The deadlocks we're seeing are all gap lock stuff, and READ "
        "COMMITTED simply doesn't do gap locking, so once we flip transaction_isolation globally the deadlocks "
        "are gone. It's one SET PERSIST and we're done. Isolation level changes are pretty transparent to the "
        "application, so I don't see much risk in it.",
        "weak", "pattern",
        pattern_quotes=["Yes, READ COMMITTED has no gap locks, so it gets rid of deadlocks."],
        false_claims=["READ COMMITTED simply doesn't do gap locking",
                      "once we flip transaction_isolation globally the deadlocks are gone",
                      "Isolation level changes are pretty transparent to the application"],
        note="Acts out the 'no gap locks, no deadlocks' pattern: gap locks remain for FK and duplicate-key "
             "checks, ordering deadlocks remain, and read semantics change. False wording listed."),
    rec("innodb-r4-04", 4,
        "I'd be cautiously in favour. Something like 90 percent of InnoDB deadlocks in production are gap-lock "
        "deadlocks, so switching to READ COMMITTED usually removes the bulk of them, though the ones from "
        "inconsistent update ordering stay. The catch is semantics: reads within a transaction stop being "
        "repeatable, so code that reads and then acts on the value needs checking, and you need row-based binary "
        "logging. I'd do it per session on checkout first and watch the deadlock log.",
        "adequate", "bluff",
        false_claims=["Something like 90 percent of InnoDB deadlocks in production are gap-lock deadlocks"],
        note="Bluff, invented statistic: there is no such published figure. The trade-off analysis is otherwise "
             "sound and the number is supporting colour, so adequate."),
    rec("innodb-r4-05", 4,
        "It'd help, but with caveats. READ COMMITTED doesn't take gap locks for regular searches, so the "
        "insert-intention deadlocks go away, but opposite-order updates will still deadlock. Reads within a "
        "transaction become non-repeatable, so the code needs a review. And replication: read committed needs "
        "row-based binlogging, and I think the default binlog format in 8.0 is still STATEMENT, but I'd check "
        "before flipping anything. I'd roll it out per transaction first.",
        "adequate", "hedged",
        false_claims=["I think the default binlog format in 8.0 is still STATEMENT"],
        note="Hedged wrong default: binlog_format has defaulted to ROW since MySQL 5.7.7, so also in 8.0. "
             "Explicit hedge, not a bluff. Trade-offs otherwise right: adequate."),
    rec("innodb-r4-06", 4,
        "I'd be careful. Read committed does get rid of most gap locking, so that kind of deadlock would mostly "
        "go. What I'm not sure about is whether there are cases where InnoDB still takes gap locks at read "
        "committed. I have a feeling foreign keys are one, but I'd have to look that up. And it won't fix "
        "deadlocks from locking rows in different orders. The other cost is that the application loses "
        "repeatable reads inside a transaction, so I'd want someone to go through the code before changing the "
        "default for everyone.",
        "adequate", "honest",
        note="Honest about the remaining gap-lock cases (which do exist: FK and duplicate-key checks); core "
             "trade-off right, no binlog point, no evidence check: adequate."),

    # ------------------------------------------------------------------ round 5
    rec("innodb-r5-01", 5,
        "I'm honestly a bit surprised, because in 8.0 adding a column is instant, it's just a metadata change, "
        "so the ALTER itself can't have blocked checkout. My guess is the freeze was something else that happened "
        "to line up with the migration, maybe a slow query or a cold buffer pool. I'd pull the slow query log "
        "for that window. For process, I'd keep using online DDL since it doesn't lock anything.",
        "weak", "pattern",
        pattern_quotes=["ALTER TABLE is online in MySQL 8.0, so it can't block anything."],
        false_claims=["the ALTER itself can't have blocked checkout",
                      "online DDL since it doesn't lock anything"],
        note="Acts out the 'online DDL can't block' pattern: even INSTANT needs an exclusive metadata lock, and "
             "waiting for it blocks every new query. Misses the actual cause. False wording listed."),
    rec("innodb-r5-02", 5,
        "Waiting for table metadata lock means the ALTER couldn't get its exclusive lock on the table. Since a "
        "plain read never holds any lock once it has returned, an idle connection can't be what blocked it, so "
        "the culprit must have been a long-running query that was still executing, like a report. Everything "
        "queued behind the ALTER because the pending exclusive request beats new shared ones. Going forward I'd "
        "set lock_wait_timeout low in the migration session, use ALGORITHM=INSTANT explicitly, and kill "
        "long-running queries before migrations.",
        "weak", "bluff",
        false_claims=["a plain read never holds any lock once it has returned, an idle connection can't be what "
                      "blocked it"],
        note="Bluff, false absolute about the mechanism in plain words: a shared metadata lock taken by a SELECT "
             "is held until the transaction ends, so an idle open transaction is the classic blocker. The "
             "diagnosis rests on it: weak. Also a false absolute."),
    rec("innodb-r5-03", 5,
        "The ALTER was stuck waiting for an exclusive metadata lock because some open transaction had touched "
        "orders, even just by reading it, and then all the checkout queries lined up behind the ALTER's pending "
        "request. Fixes: lock_wait_timeout of a few seconds on migration sessions, with retries, explicit "
        "ALGORITHM=INSTANT or INPLACE so nothing falls back to a copy, and a pre-check for old transactions in "
        "INNODB_TRX. For row locks we'd want every deadlock logged, but innodb_print_all_deadlocks is a Percona "
        "Server extension, so on stock Oracle MySQL I'd poll SHOW ENGINE INNODB STATUS every few seconds and "
        "store the latest deadlock section.",
        "adequate", "bluff",
        false_claims=["innodb_print_all_deadlocks is a Percona Server extension"],
        note="Bluff, feature credited to the wrong product: innodb_print_all_deadlocks is a standard Oracle "
             "MySQL variable. MDL diagnosis and migration fixes are right: adequate."),
    rec("innodb-r5-04", 5,
        "My understanding is the ALTER needed an exclusive metadata lock, and something, probably a transaction "
        "someone left open, was holding a shared one on orders, so the ALTER waited and then everybody else "
        "queued up behind it. I'd need to look up the exact name of the timeout setting for metadata locks and "
        "what it defaults to, and which performance_schema table lists the holders. Process-wise: a short "
        "timeout on migrations, checking for long-open transactions first, and dashboards for lock waits and "
        "deadlocks.",
        "adequate", "honest",
        note="Honest about lock_wait_timeout and performance_schema.metadata_locks; the cause and the broad "
             "process are right but thin (no explicit ALGORITHM, no deadlock logging)."),
    rec("innodb-r5-05", 5,
        "So the pieces here are metadata locks, lock_wait_timeout, ALGORITHM=INSTANT, ALGORITHM=INPLACE with "
        "LOCK=NONE, gh-ost, pt-online-schema-change, performance_schema.metadata_locks, INNODB_TRX, "
        "innodb_print_all_deadlocks, sys.innodb_lock_waits, and a runbook. Plus dashboards and alerts on top, "
        "and maybe a CI linter for migrations. That's basically the toolkit I'd build the whole process around.",
        "weak", "list",
        note="Names the right tools and settings but says nothing about what happened or how any of them is used."),
    rec("innodb-r5-06", 5,
        "For routine schema work I'd focus on backups first. Before any migration, take a consistent snapshot "
        "with Percona XtraBackup or mysqldump with --single-transaction, make sure binlogs are retained so we can "
        "do point-in-time recovery, and test restores every month. I'd also run a delayed replica, say an hour "
        "behind, so a bad migration can be undone by promoting it. Then migrations go through Flyway or "
        "Liquibase, versioned scripts in Git, reviewed like any other code.",
        "weak", "offtopic",
        note="Fluent but about backups and migration tooling, not metadata locks or lock observability; does not "
             "explain the freeze."),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} answers to {OUT}")


if __name__ == "__main__":
    main()
