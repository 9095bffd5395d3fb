#!/usr/bin/env python3
"""Build sqlite_answers.jsonl: 30 labelled candidate answers for the sqlite gauntlet.

Record fields, in order: id, round, answer, band, bluff, kind, pattern_quotes, false_claims, note.
Bluff notes start with "[bluff kind: ...]" so check.py can verify the required variety.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "sqlite-production_answers.jsonl")


def rec(rid, rnd, answer, band, kind, note, pattern_quotes=(), false_claims=()):
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
    # ------------------------------------------------------------------ Round 1
    rec("sqlite-r1-01", 1,
        "So, honestly, I think it's a fine choice as long as we're clear about the shape of the deployment. "
        "One box, the file on local disk, mostly reads, writes that are small and not constant. Everything's "
        "in-process, so there's no round trip to a DB server. The catch is writes are serialized, one writer at a "
        "time for the whole file, so it's not for several app servers hitting shared data. Day one config: I'd flip "
        "the journal to WAL so readers aren't stuck while somebody commits, and that one sticks in the file itself. "
        "Then a busy timeout of a few seconds on every connection, because out of the box SQLite just errors "
        "instantly with a locked error. Then synchronous set to NORMAL; under WAL that won't corrupt anything, you only "
        "risk the last commit or so on a power cut. And turn foreign keys on, they're off unless you ask. Those last "
        "ones are per connection, so they go in the connect hook. Plus BEGIN IMMEDIATE for writes, and backups from "
        "the first week.",
        "strong", "strong",
        "Correct and complete: single host, local disk, single writer, WAL (persistent), busy timeout (default "
        "fails immediately), synchronous=NORMAL durability trade-off, foreign keys off by default, per-connection "
        "pragmas, BEGIN IMMEDIATE, backups."),
    rec("sqlite-r1-02", 1,
        "Yeah, I'd be okay with SQLite if it's a single-server app and the write load is fairly light. The main "
        "thing I'd do is switch it into WAL mode, because then reads and the writer stop getting in each other's "
        "way, and I'd set a busy timeout so that when two requests want to write at the same moment, one of them "
        "waits instead of erroring out. Beyond that I'd make sure the file is on a local disk. If we ever needed "
        "multiple app servers writing, I'd move us to Postgres.",
        "adequate", "adequate",
        "Core right (single server, WAL, busy timeout, local disk, Postgres for multiple writers) but misses "
        "synchronous, foreign keys, per-connection pragmas, immediate transactions and backups."),
    rec("sqlite-r1-03", 1,
        "Um, my honest take is no. SQLite is great for unit tests and for hacking on a prototype on your laptop, "
        "but it's not a real production database. There's no server, no proper concurrency story, no users. For "
        "anything customers touch I'd go straight to Postgres, it's just the grown-up option, and we'd avoid a "
        "painful migration later on. I wouldn't really configure anything for SQLite because I wouldn't ship it "
        "in the first place.",
        "weak", "pattern",
        "Acts out the 'toy for tests' weak answer; the pattern is itself a misconception, so the false wording is "
        "listed. Gives no envelope and no configuration.",
        pattern_quotes=["SQLite is a toy for tests and prototypes; it can't be used in production."],
        false_claims=["it's not a real production database"]),
    rec("sqlite-r1-04", 1,
        "I think it's a perfectly good fit for a single-server app with mostly reads. I'd enable WAL, since with "
        "the default rollback journal a commit blocks readers, and WAL lets readers carry on from a snapshot. The "
        "nice thing is the busy timeout already defaults to five seconds in SQLite itself, so concurrent writers "
        "mostly wait their turn without any extra work from us. I'd put synchronous to NORMAL, turn foreign keys "
        "on because enforcement's off unless you ask, and keep the file on local SSD. Writes go one at a time, so "
        "if we ever need several servers writing, that's the point we'd look at Postgres.",
        "adequate", "bluff",
        "[bluff kind: contradicted default] SQLite's C library has no busy handler by default (timeout 0, "
        "SQLITE_BUSY at once); five seconds is Python's sqlite3 module default. Peripheral to an otherwise correct "
        "setup, so capped at adequate.",
        false_claims=["the busy timeout already defaults to five seconds in SQLite itself"]),
    rec("sqlite-r1-05", 1,
        "I'd be open to it if it's one server and the writes are modest, since SQLite only lets one writer in at a "
        "time. For config, I know WAL mode is the big one, and there's a busy timeout pragma so connections wait "
        "on a lock rather than failing. There's also a synchronous setting that people usually lower with WAL, but "
        "I honestly don't remember which of the levels is still safe against corruption there, I'd have to look "
        "that up before I set it. Same for which pragmas persist in the file and which are per connection, I'd "
        "check the docs.",
        "adequate", "honest",
        "Honest about not knowing the safe synchronous level and pragma persistence; core (single writer, WAL, "
        "busy timeout) correct, details missing."),
    rec("sqlite-r1-06", 1,
        "Okay, keywords I'd bring up: WAL mode, busy_timeout, synchronous NORMAL, the foreign_keys pragma, journal "
        "modes, BEGIN IMMEDIATE, single writer, connection pools, local NVMe, page cache, mmap, Litestream, S3, "
        "backups, read-heavy workloads, embedded databases, and Postgres as the alternative. Those would be the "
        "main things, really, for a production SQLite setup, I think.",
        "weak", "list",
        "Names the right terms but says nothing about any of them: no envelope, no reasons, no values."),
    # ------------------------------------------------------------------ Round 2
    rec("sqlite-r2-01", 2,
        "Right, so that message is SQLITE_BUSY, the connection wanted a lock and didn't get it. WAL gives you "
        "readers alongside a writer, but writers still line up behind one write lock. The timeout is just "
        "sleep-and-retry until time runs out; nothing's fair about it, so a long writer can starve the others. "
        "What I'd suspect first is deferred transactions. Plain BEGIN doesn't grab the write lock until the first "
        "INSERT or UPDATE. If that transaction already read something and then tries to upgrade while someone else "
        "is writing, or after someone committed, SQLite bails out straight away and the busy handler never runs. "
        "Its snapshot's stale, waiting wouldn't help; you'd see SQLITE_BUSY_SNAPSHOT in the extended code. So: "
        "BEGIN IMMEDIATE on anything that writes, so the lock is taken up front where the timeout works. Then "
        "shrink the write transactions, no external API calls inside them, batch the inserts. Check every pooled "
        "connection really sets the timeout, look for a long migration or batch job, and consider one dedicated "
        "writer connection.",
        "strong", "strong",
        "Correct and complete: SQLITE_BUSY, single write lock in WAL, busy handler is polling without fairness, "
        "deferred upgrade fails without invoking the busy handler (BUSY_SNAPSHOT), BEGIN IMMEDIATE, short "
        "transactions, per-connection timeout, single writer."),
    rec("sqlite-r2-02", 2,
        "So in WAL you get one writer at a time, and readers don't get blocked. What's happening is the five "
        "second timeout runs out and SQLite gives up with SQLITE_LOCKED, that's error code 6, which the driver "
        "prints as 'database is locked'. The most common reason is deferred transactions: a plain BEGIN starts as a "
        "read and only grabs the write lock later, and if it read first and someone else is writing, it fails "
        "right away instead of waiting. I'd switch the write paths to BEGIN IMMEDIATE, keep transactions tight, no "
        "network calls while holding the lock, and make sure every connection sets the timeout.",
        "adequate", "bluff",
        "[bluff kind: wrong error name/code] 'database is locked' is SQLITE_BUSY (code 5); SQLITE_LOCKED (code 6) "
        "is 'database table is locked', a conflict inside the same connection or shared cache. The diagnosis and "
        "fix are otherwise right, so adequate.",
        false_claims=["SQLite gives up with SQLITE_LOCKED, that's error code 6"]),
    rec("sqlite-r2-03", 2,
        "Okay, so WAL means one writer at a time, and that's fine because the busy timeout handles it. When a "
        "second connection wants to write, the waiting writers are kept in a line and the lock goes to whoever "
        "asked first, so a writer can never be starved. That means if we're getting 'database is locked', the line "
        "itself is just too long: more writers are arriving than we can drain in five seconds. So the fix is "
        "capacity, basically. I'd shorten the write transactions, maybe bump the timeout up a bit so the queue has "
        "time to drain, and make sure the disk is fast.",
        "weak", "bluff",
        "[bluff kind: mechanism in plain words; false absolute] There is no queue: the busy handler sleeps and "
        "retries, so there is no fairness and a writer can lose repeatedly and time out. The false mechanism is "
        "the centre of the diagnosis, and it misses the deferred-upgrade cause entirely, so weak.",
        false_claims=["the waiting writers are kept in a line and the lock goes to whoever asked first, so a "
                      "writer can never be starved"]),
    rec("sqlite-r2-04", 2,
        "Mm, so 'database is locked' is the busy error. WAL still only lets one transaction write at once. My "
        "guess is some code paths start a transaction, read, and then write, and that upgrade to a write lock "
        "fails without waiting when another writer's active. I'd use BEGIN IMMEDIATE for those. Also, I think the "
        "default busy timeout in SQLite is something like thirty seconds unless the driver overrides it, but I'd "
        "double-check that, because if some pool isn't setting it explicitly, that matters.",
        "adequate", "hedged",
        "Hedged wrong default (the C library default is 0, no busy handler). Core diagnosis (deferred upgrade, "
        "BEGIN IMMEDIATE) is right; missing short transactions, single writer and the per-connection detail.",
        false_claims=["I think the default busy timeout in SQLite is something like thirty seconds"]),
    rec("sqlite-r2-05", 2,
        "I mean, the error literally says the database is locked, so the connection gave up waiting. Five seconds "
        "just isn't long enough under bursts. I'd raise busy_timeout to sixty seconds, maybe more, and the errors "
        "should disappear because everyone will eventually get their turn at the lock. It's a one-line change in "
        "the connection string, so it's cheap to try before we do anything more invasive.",
        "weak", "pattern",
        "Acts out 'just raise the busy timeout'. The claim that everyone eventually gets the lock is false for "
        "deferred transactions that fail on upgrade without calling the busy handler.",
        pattern_quotes=["Just raise the busy timeout to a minute."],
        false_claims=["the errors should disappear because everyone will eventually get their turn at the lock"]),
    rec("sqlite-r2-06", 2,
        "So for locking across services, what I'd actually reach for is a distributed lock in Redis. You SET a key "
        "with NX and a PX expiry, the value is a random token, and you release it with a Lua script that checks "
        "the token before deleting, so you never remove someone else's lock. If it has to survive a Redis node "
        "failing, people talk about Redlock across five independent masters, though there's a well-known critique "
        "that it isn't safe without fencing tokens, so I'd add a monotonically increasing token that the storage "
        "layer checks.",
        "weak", "offtopic",
        "Fluent but about distributed locks in Redis, not SQLite's file locking or SQLITE_BUSY."),
    # ------------------------------------------------------------------ Round 3
    rec("sqlite-r3-01", 3,
        "Okay, so, not cp on a live file: you can catch it mid-write, and with WAL the newest commits might only "
        "be sitting in the -wal file at that moment; the main db on its own is behind. For a one-minute RPO I'd run "
        "Litestream as a sidecar. It ships WAL pages to S3 or another object store as they're written, plus "
        "full snapshots every so often. It keeps a read transaction open so nobody else can reset the WAL before "
        "it's copied, and it does the checkpointing itself. By default it syncs every second, so realistically we "
        "lose seconds, but it's async, so an acknowledged write can still vanish if the disk dies before the "
        "upload. And one Litestream per database and destination, never two. Restore is a new VM plus litestream "
        "restore; the RTO is basically pulling 40 gigs and replaying, so I'd time it. On top of that, a nightly "
        "VACUUM INTO or backup-API copy into a separate account, because a leaked key or a bad DELETE shouldn't "
        "wipe both. And an automated restore drill with integrity_check, plus alerts on lag.",
        "strong", "strong",
        "Correct and complete: why cp is unsafe, Litestream mechanism (read lock, own checkpoints), 1 s default "
        "sync and asynchronous loss window, single replicator, RTO measured, independent VACUUM INTO/backup API "
        "copies, restore drills."),
    rec("sqlite-r3-02", 3,
        "Good news is SQLite makes this easy. The main database file always has every committed change in it, and "
        "the side log only keeps old copies for rollback, so copying just the main file gives you a complete, "
        "current backup. So I'd run a small job every thirty seconds that copies the .db file to S3 with a "
        "timestamp in the name, keep a few days of them, and that's well inside a one-minute RPO. Restore is just "
        "downloading the latest file onto a new VM. Cheap, and no extra processes to run.",
        "weak", "bluff",
        "[bluff kind: mechanism in plain words] In WAL mode new commits are appended to the -wal file and only "
        "reach the main file at checkpoint, so the main file alone lags and a live copy can be torn. The false "
        "mechanism is the whole design, so weak.",
        false_claims=["The main database file always has every committed change in it, and the side log only "
                      "keeps old copies for rollback, so copying just the main file gives you a complete, "
                      "current backup"]),
    rec("sqlite-r3-03", 3,
        "I'd use Litestream for the continuous part: it tails the WAL, pushes new frames to S3 about every second, "
        "and takes snapshots, so we'd lose seconds, not minutes, though it's asynchronous so it's not zero. "
        "Restore onto a fresh VM with litestream restore and time how long 40 gigs actually takes. Plus "
        "independent daily copies with VACUUM INTO into a different bucket. And I like that the backups are "
        "future-proof: the SQLite file format is published as an IETF standard, RFC 8949, so any tool decades "
        "from now can read those files. Then I'd schedule restore tests.",
        "adequate", "bluff",
        "[bluff kind: misattributed RFC/standard] The SQLite file format is documented by the SQLite project, not "
        "an IETF RFC; RFC 8949 is CBOR. Peripheral to an otherwise sound plan, so adequate.",
        false_claims=["the SQLite file format is published as an IETF standard, RFC 8949"]),
    rec("sqlite-r3-04", 3,
        "Honestly the simplest fix is to not keep the data on the VM's disk at all. I'd move the SQLite file onto "
        "EFS, or any managed NFS share. EFS is replicated across availability zones, so if the VM dies we just "
        "start a new one, mount the share and carry on, with basically zero data loss and no backup tooling. It's "
        "SQLite, it's just a file, so it doesn't care what filesystem it's sitting on.",
        "weak", "pattern",
        "Acts out 'put it on EFS'. The claim that SQLite doesn't care about the filesystem is false: locking is "
        "unreliable on network file systems and WAL needs shared memory on one host.",
        pattern_quotes=["Put the database on a network file system like EFS so the data survives the VM."],
        false_claims=["it doesn't care what filesystem it's sitting on"]),
    rec("sqlite-r3-05", 3,
        "First thing, I wouldn't copy the live file with cp; you can get a half-written copy, and in WAL mode "
        "recent transactions may only be in the -wal file. For continuous protection I'd use Litestream: it "
        "streams WAL frames to object storage like S3 and takes periodic snapshots, and it handles checkpoints "
        "itself so the WAL isn't reset before it's been copied. I don't remember the default sync interval off "
        "the top of my head, I'd look it up, but it's on the order of seconds, which fits a one-minute RPO. It's "
        "async though, so not zero loss. For recovery, litestream restore onto a new machine, and I'd actually "
        "time restoring 40 gigs so we know the RTO. Separately I'd take daily consistent backups with the backup "
        "API or VACUUM INTO, into another account. And regular restore tests, otherwise it isn't a backup.",
        "strong", "honest",
        "Honest about the exact default sync interval; otherwise covers nearly all the substance correctly "
        "(cp risk, Litestream mechanism, async RPO, measured RTO, independent backups, restore tests), so strong."),
    rec("sqlite-r3-06", 3,
        "So the pieces would be: Litestream, S3, WAL frames, snapshots, VACUUM INTO, the online backup API, the "
        ".backup command, integrity_check, RPO, RTO, retention, cross-account buckets, restore drills, and "
        "monitoring. That's roughly the toolkit I'd reach for with a 40 gig SQLite file and a one-minute target, "
        "pretty much.",
        "weak", "list",
        "Names the right tools and terms without saying what any of them does or how they fit together."),
    # ------------------------------------------------------------------ Round 4
    rec("sqlite-r4-01", 4,
        "I wouldn't say yes or no yet; tripled traffic tells us nothing about which limit we're close to. I'd pull "
        "numbers: writes per second and how long each transaction sits on the write lock, how often we hit busy "
        "errors and how long requests wait, p99s, CPU, disk, file growth. If it's read load, SQLite on one box has "
        "plenty of room, since under WAL readers never get in the writer's way; bigger cache, more cores, better "
        "indexes. If it's writes, there's usually cheap headroom too: group inserts into one transaction, keep "
        "transactions short, funnel writes through one connection, and split hot tables like sessions or the job "
        "queue into their own file, because every file gets its own write lock. But he's right if we need several "
        "app servers writing, real failover with no data loss, lots of long concurrent write transactions, or "
        "roles and row-level security. Then we plan the Postgres move on our terms. Data size almost never forces "
        "it. I'd agree a concrete trigger up front, like lock-wait time over a threshold.",
        "strong", "strong",
        "Correct and complete: measure the actual limit, read vs write pressure, cheap write fixes including "
        "splitting files, valid reasons to migrate, size rarely the reason, explicit trigger."),
    rec("sqlite-r4-02", 4,
        "I'd push back a little. Traffic tripling doesn't mean SQLite is the bottleneck. Before committing a "
        "quarter to a migration, I'd want to see metrics: are we actually getting lock contention, are write "
        "transactions slow, is latency up? If most of the growth is reads, one machine with SQLite can go a long "
        "way. If the data shows we're stuck on the single writer, or we need more than one server, then yes, "
        "Postgres makes sense.",
        "adequate", "adequate",
        "Core right (measure, reads vs single writer, multi-server need) but no cheap write fixes, no failover or "
        "server-feature reasons, no concrete trigger."),
    rec("sqlite-r4-03", 4,
        "Yeah, I'd agree with him. Three times the traffic on an embedded database is asking for trouble, and it's "
        "way better to move now while it's calm than at 3 a.m. when it falls over. Postgres is built for "
        "concurrency, it's what everyone runs, and we'd get replicas and managed hosting. I'd start the migration "
        "this sprint and not spend time tuning something we're going to replace anyway.",
        "weak", "pattern",
        "Acts out 'traffic tripled, migrate now': decides on a proxy without identifying the bottleneck.",
        pattern_quotes=["Traffic tripled, so obviously SQLite can't cope; migrate now."]),
    rec("sqlite-r4-04", 4,
        "I don't think we need Postgres for HA, which is usually the real worry. Litestream can run on two or three "
        "nodes and uses Raft consensus to elect a new primary automatically, so if the main VM dies a standby takes "
        "over within seconds with the data already there. So we get failover without changing databases. For the "
        "load itself I'd batch writes into fewer transactions, use BEGIN IMMEDIATE, and split the job queue into "
        "its own file. Then revisit Postgres only if we need several servers writing.",
        "weak", "bluff",
        "[bluff kind: feature credited to the wrong product] Litestream is asynchronous replication to object "
        "storage for disaster recovery, with no consensus and no automatic failover; Raft-based SQLite is rqlite "
        "or dqlite. The false HA claim is the centre of the argument against migrating, so weak.",
        false_claims=["Litestream can run on two or three nodes and uses Raft consensus to elect a new primary "
                      "automatically"]),
    rec("sqlite-r4-05", 4,
        "I'd want data before agreeing. Tripled traffic could be all reads, which SQLite handles well in WAL mode, "
        "or it could be writes piling up behind the single write lock. I'd look at busy errors, lock wait time and "
        "latency. If writes are the problem, batching and shorter transactions help. I'm not sure what SQLite's "
        "practical write ceiling is on our hardware, I've seen wildly different numbers quoted, so I'd benchmark "
        "our actual workload rather than guess. And if we need multiple writers on different servers or automatic "
        "failover, that's a Postgres argument.",
        "adequate", "honest",
        "Honest that the write ceiling must be benchmarked; core reasoning correct, missing file splitting, "
        "server-feature reasons and an explicit trigger."),
    rec("sqlite-r4-06", 4,
        "I'd probably lean towards migrating, mainly because of size. I believe SQLite tops out at around two "
        "terabytes per database file, though don't quote me on that, I'd check. If we tripled traffic, the data's "
        "growing fast too, so we'll hit that sooner or later. It's better to move while the data set is still "
        "manageable and the dump doesn't take all night.",
        "weak", "hedged",
        "Hedged wrong limit (the maximum is about 281 TB), and the reasoning rests on it; no measurement of the "
        "real bottleneck.",
        false_claims=["I believe SQLite tops out at around two terabytes per database file"]),
    # ------------------------------------------------------------------ Round 5
    rec("sqlite-r5-01", 5,
        "My rule of thumb: if the app runs on one machine and the write volume is moderate, SQLite is great, no "
        "server to operate, really fast reads, easy to test. Internal tools, edge stuff, per-customer databases. "
        "If you need several servers writing to the same data, or failover, or lots of concurrent writers, go "
        "with Postgres. To keep the exit open, I'd keep the SQL pretty standard and hide the database behind a "
        "data access layer.",
        "adequate", "adequate",
        "Core rules right; misses network file systems, the replication ecosystem, type affinity/STRICT and "
        "backups."),
    rec("sqlite-r5-02", 5,
        "So, yes-cases: single-node services, mobile or edge, read-mostly APIs, and tenant-per-file setups where "
        "each database stays small. No-cases: shared storage like NFS, multiple writers across hosts, hard HA "
        "requirements, or a lot of people and tools that need direct access with their own credentials. There are "
        "things like LiteFS or rqlite if we need replicas, but they add moving parts, so only for a concrete "
        "reason. And keep backups with restore tests either way.",
        "adequate", "adequate",
        "Good use/avoid rules and ecosystem awareness, but nothing on keeping the exit open (portable SQL, type "
        "affinity, data layer, triggers)."),
    rec("sqlite-r5-03", 5,
        "Honestly I'd keep it simple: always start on SQLite because it's zero ops, and if we outgrow it we swap "
        "the connection string for Postgres. It's all SQL at the end of the day, the ORM generates the queries, "
        "so the switch is basically a config change plus a data dump and load. I don't think we need rules up "
        "front, we'll know when it's time.",
        "weak", "pattern",
        "Acts out 'start on SQLite, switch later, it's all SQL'. Misconception listed: type affinity and dialect "
        "differences make the switch real work.",
        pattern_quotes=["Always start on SQLite and just switch to Postgres later if needed, it's all SQL anyway."],
        false_claims=["the switch is basically a config change plus a data dump and load"]),
    rec("sqlite-r5-04", 5,
        "I'd use SQLite when everything sits on one host: single-node apps, edge, tenant-per-file, read-heavy "
        "services. I'd avoid it when several servers must write, when we need automatic failover, or when the file "
        "would live on network storage; the SQLite developers have said that around 70 percent of the corruption "
        "reports they receive trace back to network filesystems, so that's a hard no. Tools like LiteFS or rqlite "
        "exist for replicas but add complexity. For an exit plan, STRICT tables so types behave, portable SQL, a "
        "repository layer, and documented migration triggers.",
        "adequate", "bluff",
        "[bluff kind: invented statistic] The SQLite project warns about network file systems but publishes no "
        "such percentage. The statistic is decoration on a correct rule, so adequate.",
        false_claims=["the SQLite developers have said that around 70 percent of the corruption reports they "
                      "receive trace back to network filesystems"]),
    rec("sqlite-r5-05", 5,
        "I'll be honest, I've only used SQLite for local tooling, never in production, so I can't really give you "
        "firm rules. I know it's a single file and I think there's something about only one writer at a time, but "
        "I'd need to read up on how it behaves under concurrent load and what people use for replication before "
        "I'd recommend it either way. I'd probably default to Postgres until I'd done that homework.",
        "weak", "honest",
        "Honest about lacking the knowledge; the only substance is the single-writer hint, so weak."),
    rec("sqlite-r5-06", 5,
        "For the longer term I'd focus on the architecture around the database rather than the database itself. "
        "I'd move us to an event-driven design: services publish domain events to Kafka, consumers build their own "
        "read models, and we use the outbox pattern so writes and events are committed atomically. That way each "
        "team owns its data, and we can replay topics to rebuild projections. Schema registry with Avro for the "
        "contracts, and consumer lag dashboards for operability.",
        "weak", "offtopic",
        "Fluent but about event-driven architecture with Kafka, not about when to use SQLite."),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} records to {OUT}")


if __name__ == "__main__":
    main()
