#!/usr/bin/env python3
"""Build db-backups-pitr_answers.jsonl (30 labelled answers, 6 per round)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "db-backups-pitr_answers.jsonl")

A = []


def add(rnd, n, kind, band, answer, note, pattern_quotes=(), false_claims=()):
    A.append({
        "id": f"pitr-r{rnd}-{n:02d}",
        "round": rnd,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    })


# ---------------- Round 1: backup strategy (pg_dump + replicas today) ----------------
add(1, 1, "strong", "strong",
    "ok so first thing, the replicas aren't a backup, right, a dropped table is on both "
    "replicas milliseconds later. and the pg_dump, sure it's consistent, but it only gets you back to last "
    "night, so you could lose a whole day, and reloading two terabytes logically and rebuilding indexes takes "
    "hours. what I'd do is physical backups plus continuous WAL archiving, with pgBackRest "
    "or WAL-G, something maintained. so archive_mode on, archive_command pushing every WAL segment to S3, "
    "compressed and checksummed, and then a weekly full base backup and daily differentials, ideally taken off a "
    "standby. that gets you point-in-time recovery anywhere in the window. and the bucket lives in another region "
    "and a separate account, encrypted, so if prod gets compromised the backups survive. I'd still keep pg_dump "
    "around but just for pulling out individual tables, not for disaster recovery.",
    "Covers replicas-are-not-backups, dump limits (RPO ~1 day, slow logical restore), base backups + WAL archiving "
    "with a real tool, schedule, off-site/separate-account encrypted repository, pg_dump's remaining role. All correct.")

add(1, 2, "adequate", "adequate",
    "so I'd move off pg_dump as the main thing and go to base backups with WAL archiving, probably using "
    "pgBackRest. basically you take a physical copy of the cluster and then you keep every WAL file after it, so "
    "you can replay up to whatever moment you want, whereas the dump only gets you back to last night. I'd run a "
    "full backup weekly and ship everything up to S3.",
    "Core is right (physical base backup + WAL archiving = PITR, dump only reaches last night) but misses that "
    "replicas are not backups, restore time of a 2 TB dump, off-site/separate account, encryption.")

add(1, 3, "pattern", "weak",
    "honestly I think we're in decent shape already. we have two streaming replicas, so we already have copies of "
    "the data sitting on three machines, right, if the primary dies we just promote one of them. maybe I'd add a "
    "third replica in another availability zone for extra safety, and keep the nightly pg_dump going for good "
    "measure.",
    "Acts out the 'replicas are backups' weak answer: treats replication as protection against data loss; a DROP "
    "TABLE or bad UPDATE replicates to every copy.",
    pattern_quotes=["We have two streaming replicas, so we already have copies of the data."],
    false_claims=["I think we're in decent shape already"])

add(1, 4, "bluff", "adequate",
    "right so the big thing people miss is that replicas aren't backups. there was a PostgreSQL community survey "
    "that found about 60 percent of data-loss incidents happen on clusters that already had streaming replicas, "
    "because the bad write just replicates everywhere. so you need point-in-time recovery: physical base backups "
    "with pgBackRest plus continuous WAL archiving to object storage, archive_mode on, an archive_command that "
    "pushes each segment. weekly full, daily incrementals, stored in a different region. that way you can restore "
    "to any second, not just last night's dump.",
    "Bluff, kind of false specific: invented statistic attributed to a non-existent PostgreSQL community survey. "
    "The rest (replicas not backups, base backups + WAL archiving, off-region) is correct, so adequate.",
    false_claims=["there was a PostgreSQL community survey that found about 60 percent of data-loss incidents happen "
                  "on clusters that already had streaming replicas"])

add(1, 5, "honest", "adequate",
    "I'll be honest, I've mostly used managed Postgres where the cloud provider did the backups for us, so I "
    "haven't set up pgBackRest or Barman myself. what I do know is the replicas don't count, a bad delete goes "
    "straight to them too. and a nightly dump means you can lose up to a day of writes. I'd want continuous WAL "
    "archiving on top of periodic base backups so we can do point-in-time recovery, but the exact configuration "
    "I'd need to look up.",
    "Honest about lack of hands-on experience; still gets replicas-not-backups, the dump's one-day loss window and "
    "base backup + WAL archiving for PITR. Missing specifics (tools config, off-site, restore time): adequate.")

add(1, 6, "list", "weak",
    "um, so, pgBackRest, Barman, WAL-G, pg_basebackup, base backups, WAL archiving, archive_mode, archive_command, "
    "point-in-time recovery, differential backups, incremental backups, S3, cross-region, encryption, retention "
    "policy, replicas, pg_dump, pg_restore. yeah, those are the pieces I'd be thinking about here.",
    "Only names the right terms with no statements about what to do or why.")

# ---------------- Round 2: PITR after DELETE at 14:32 ----------------
add(2, 1, "strong", "strong",
    "so step one, I would not touch the production primary, other tables have had good writes since "
    "14:32. I'd spin up a separate host, restore the last base backup from before "
    "the delete, then have it replay archived WAL up to just before the bad transaction. to get a precise stop "
    "point I'd dig the xid out of the WAL with pg_waldump and set recovery_target_xid with inclusive set to false, "
    "or a target time a second earlier. on 12 and newer it's a recovery.signal file plus "
    "those settings, and pgBackRest restore with type time or xid writes them for you. the default action is "
    "pause, so it stops, I check the orders table read-only, and if it looks right I COPY the missing rows out and "
    "load them back into prod. if we ever promote that restored copy, it goes onto a new timeline.",
    "Restore to a separate instance, precise target via pg_waldump + recovery_target_xid/inclusive=false, "
    "recovery.signal (PG12+), pgBackRest restore types, default pause, copy rows back, new timeline on promotion. "
    "All correct.")

add(2, 2, "pattern", "weak",
    "so the quickest fix is to just fail over to the replica, it still has the rows because the replica is its own "
    "separate copy of the database. we promote it, point the app at it, and we're back in business in a couple of "
    "minutes, then we rebuild the old primary as the new standby.",
    "Acts out the 'fail over to the replica' weak answer; the DELETE replicated to the standby within milliseconds.",
    pattern_quotes=["Fail over to the replica, it still has the rows."],
    false_claims=["it still has the rows because the replica is its own separate copy of the database"])

add(2, 3, "bluff", "adequate",
    "ok so you restore the base backup onto a new server and configure recovery: a restore_command pulling from "
    "the archive, and recovery_target_time set to something like 14:31:59. since PostgreSQL 10 there's no "
    "recovery.conf anymore, you just create recovery.signal in PGDATA and put the settings in "
    "postgresql.conf. it replays the WAL, pauses at the target, you check the data is there and then copy the "
    "orders rows back into production with COPY. you don't restore over the primary because you'd lose everybody "
    "else's writes.",
    "Bluff, kind of false specific: wrong version. recovery.conf was removed and recovery.signal introduced in "
    "PostgreSQL 12, not 10. The procedure itself is correct, so adequate (the version is not the central mechanism).",
    false_claims=["since PostgreSQL 10 there's no recovery.conf anymore"])

add(2, 4, "bluff", "weak",
    "this is exactly what pg_rewind is for. you stop the primary, run pg_rewind against it with the target "
    "timestamp set to 14:31, and it walks the data directory back by undoing the changes recorded in WAL after "
    "that point. it's way faster than a full restore because it only touches the blocks that changed. then you "
    "start it back up and the orders are back. the only catch is you need wal_log_hints or data checksums turned "
    "on, otherwise pg_rewind refuses to run.",
    "Bluff, kind of false specific: two mechanisms confused. pg_rewind resynchronises a diverged former primary "
    "with another server's timeline; it takes no target time and cannot undo committed changes. PITR replays WAL "
    "forward from a base backup. The false claim is the central mechanism asked about, so weak (the wal_log_hints "
    "detail is true).",
    false_claims=["run pg_rewind against it with the target timestamp set to 14:31",
                  "it walks the data directory back by undoing the changes recorded in WAL after that point"])

add(2, 5, "hedged", "adequate",
    "so I'd restore a base backup from before the delete onto a separate instance, set restore_command so it can "
    "pull the archived WAL, and set recovery_target_time to just before 14:32. I think recovery_target_action "
    "defaults to promote, but I'd double check that, because I'd actually want it to pause so I can look at the "
    "data before it opens up for writes. then verify the rows exist and copy them back to the primary.",
    "Correct procedure at a basic level; the default is hedged and wrong (recovery_target_action defaults to "
    "pause). Missing xid precision, timelines: adequate.",
    false_claims=["I think recovery_target_action defaults to promote"])

add(2, 6, "offtopic", "weak",
    "honestly the real issue is how someone was able to run a DELETE without a WHERE in prod in the first place. "
    "I'd lock down production access, people should come in through a bastion with read-only roles by default, "
    "and any write should go through a reviewed migration or a runbook. you can also require a second person to "
    "approve ad hoc queries. it's an access control and culture problem more than a database one.",
    "Fluent but answers a different question (prevention/access control), says nothing about recovering the data.")

# ---------------- Round 3: RPO 1 min / RTO 1 h ----------------
add(3, 1, "strong", "strong",
    "probably we meet neither right now. for RPO, archive_command only ships complete segments, sixteen "
    "meg each, and on a quiet system one can sit unfilled for ages, so loss isn't "
    "bounded. setting archive_timeout to sixty seconds caps it at roughly a minute, out of the box it's zero so "
    "disabled, or better, run pg_receivewal with a replication slot so WAL is streamed continuously and you're "
    "down to seconds. for RTO, the math is copy time plus replay time. two terabytes from S3 at a few hundred meg "
    "a second is close to two hours already, and replay is single-threaded so lots of WAL means more hours. so more "
    "frequent backups, pgBackRest parallel and delta restore, maybe a delayed replica. and I'd split it: losing a "
    "server is a Patroni failover in seconds, the hour is really for logical mistakes, and I'd only trust a "
    "number we've timed in a drill.",
    "Correct on segment size, archive_timeout default and trade-off, pg_receivewal + slot, restore = copy + "
    "single-threaded replay, parallel/delta restore, failure-class split and measured drills.")

add(3, 2, "adequate", "adequate",
    "for RPO I'd set archive_timeout to something like a minute, because otherwise a WAL file only gets archived "
    "once it fills up, and on a slow night that could take a long time. that gets us roughly the one minute. for "
    "RTO I'm less sure we hit it, restoring two terabytes takes a while, so I'd do a test restore and time it, and "
    "if it's too slow take backups more often so there's less to replay.",
    "Core right (archive_timeout bounds RPO, measure restore time, more frequent backups) but misses streaming WAL, "
    "replay cost details, parallel restore, and the failover-vs-PITR split.")

add(3, 3, "pattern", "weak",
    "easy, set archive_timeout to one second. then every second Postgres switches to a new WAL file and archives "
    "it, so worst case you lose one second of data, which is way under the one minute target. and for RTO we just "
    "restore from the latest backup when something happens, that should be fine.",
    "Acts out the 'archive_timeout to one second' weak answer: ignores that each switch archives a full 16 MB "
    "segment, and waves away RTO without measuring it.",
    pattern_quotes=["Set archive_timeout to one second."],
    false_claims=["easy, set archive_timeout to one second", "that should be fine"])

add(3, 4, "bluff", "weak",
    "so for RPO we're actually already there, archive_timeout defaults to 60 seconds, so Postgres forces a WAL "
    "switch every minute and archives it even on a quiet night. nothing to change there. for RTO, I'd measure it: "
    "restore time is downloading the base backup plus replaying the WAL, and two terabytes from S3 takes a while, "
    "so I'd use pgBackRest with parallel processes and take fulls more often to cut the replay.",
    "Bluff, kind of false specific: contradicted default. archive_timeout defaults to 0 (disabled). The false "
    "default carries the whole RPO half of the answer (concludes nothing needs changing), so weak despite the "
    "correct RTO reasoning.",
    false_claims=["archive_timeout defaults to 60 seconds"])

add(3, 5, "bluff", "adequate",
    "RPO, I'd stream WAL with pg_receivewal on a replication slot instead of relying on archive_command, so we "
    "only lose a few seconds at most. RTO is the hard part. two terabytes is a lot to copy, so I'd use "
    "pg_basebackup's --process-max flag to restore with sixteen parallel workers and its delta mode to only copy "
    "changed files, that cuts the restore to maybe forty minutes. and keep the replicas for hardware failover, "
    "since promoting one is much faster than any restore.",
    "Bluff, kind of false specific: feature credited to the wrong product. process-max and delta restore are "
    "pgBackRest options; pg_basebackup takes backups, has no restore mode or process-max. RPO part and failover "
    "point are correct, so adequate.",
    false_claims=["pg_basebackup's --process-max flag to restore with sixteen parallel workers",
                  "its delta mode to only copy changed files"])

add(3, 6, "honest", "weak",
    "I don't really know how to get RPO that tight. I know WAL gets archived in files and there's some setting that "
    "forces a switch more often, but I couldn't tell you the name. for RTO I genuinely don't know how long a two "
    "terabyte restore takes, I'd have to actually run one and time it, I wouldn't promise the business an hour "
    "without that.",
    "Honest uncertainty, not a bluff; gets the idea of forcing WAL switches and timing a restore, but very little "
    "substance for the question: weak.")

# ---------------- Round 4: cut retention from 90 to 7 days ----------------
add(4, 1, "adequate", "adequate",
    "I'd push back a little. seven days is risky because some problems don't get noticed for weeks, like a bug "
    "quietly writing bad data, and by the time you find it every backup you have already has the bad data in it. "
    "but I get the cost side, so I'd look at keeping the point-in-time window short and only keeping a weekly full "
    "for longer, plus compression. I'd ask what detection time we realistically have.",
    "Right core (detection time drives retention, separate PITR window from long-term fulls) but misses compliance "
    "in both directions, incrementals, storage tiers and their RTO cost, immutability.")

add(4, 2, "pattern", "weak",
    "yeah I think that's fair honestly, seven days is plenty, in my experience nobody restores from older backups, "
    "if something breaks you notice within a day or two. so cut it to a week, delete the rest, and we save the "
    "money.",
    "Acts out the 'seven days is plenty' weak answer; ignores slow-detected corruption and compliance.",
    pattern_quotes=["Sure, seven days is plenty, nobody restores from older backups."],
    false_claims=["seven days is plenty", "nobody restores from older backups"])

add(4, 3, "bluff", "adequate",
    "so the way to get both is storage tiers. keep the last two weeks of WAL and backups in S3 Standard for "
    "point-in-time recovery, and push the weekly and monthly fulls to Glacier Deep Archive, which is super cheap, "
    "and since Glacier Deep Archive hands the files back instantly just like standard S3, it doesn't hurt the "
    "restore time at all. plus differential backups and zstd compression in pgBackRest. and the retention number "
    "ought to follow from our time to detect bad data, not just from cost.",
    "Bluff, kind of false specific: false confident absolute. Glacier Deep Archive retrievals take hours (standard "
    "retrieval within 12 hours), which counts against RTO. Tiering, PITR window, compression and detection-time "
    "reasoning are correct, so adequate.",
    false_claims=["Glacier Deep Archive hands the files back instantly just like standard S3, it doesn't hurt the "
                  "restore time at all"])

add(4, 4, "honest", "strong",
    "I haven't actually configured pgBackRest retention in production, so don't hold me to the exact option names, "
    "but the principle I'd argue is that retention should match our time to detect problems. silent "
    "corruption or a bad deploy writing wrong data might show up on day twenty, and then a seven-day window is "
    "useless. also legal, some records have to be kept for years, and GDPR pushes the other way for personal data. "
    "to cut cost: keep full point-in-time WAL for maybe two weeks, then just weekly and monthly fulls, use "
    "incrementals and compression, move old stuff to a cold tier while remembering retrieval time, and lock the "
    "bucket with object lock so nobody can delete backups early.",
    "Honest about not knowing option names, but covers nearly all the substance correctly: detection time, "
    "compliance both ways, PITR window vs snapshot retention, incrementals, compression, tiering vs RTO, Object "
    "Lock. Banded strong.")

add(4, 5, "hedged", "adequate",
    "it's worth checking what's actually eating the space. WAL is usually the big part, every segment is I think "
    "64 megabytes by default, I'd have to check, and on a busy database that adds up over 90 days. so I'd shorten "
    "how long we keep WAL, maybe two weeks, but keep weekly full backups for the whole 90 days, so we can still go "
    "back to older snapshots, just not to any second.",
    "Hedged wrong number: the default WAL segment size is 16 MB. Core idea (separate WAL/PITR window from snapshot "
    "retention) is right; misses detection time and compliance reasoning: adequate.",
    false_claims=["every segment is I think 64 megabytes by default"])

add(4, 6, "offtopic", "weak",
    "honestly if storage is bigger than the servers I'd go after the compute bill too. move the database hosts to "
    "reserved instances or a savings plan, that's a big discount for a steady workload, right-size the replicas "
    "because they're probably overprovisioned, and turn off the staging databases at night and on weekends. that "
    "usually frees up more budget than people expect.",
    "Fluent cost-saving talk about compute, not about backup retention at all.")

# ---------------- Round 5: proving restores work ----------------
add(5, 1, "strong", "strong",
    "you only know by actually restoring, automatically. so a scheduled job, say every night, pulls "
    "the newest off-site backup into a throwaway instance and recovers to some random timestamp in "
    "the retention window, so the WAL archive is exercised too, not only the base backup. once it's up, run "
    "pg_amcheck over tables and btree indexes, make sure data checksums are on, compare row counts and a couple of "
    "business invariants, run the app's smoke tests. record how long each step took and chart it against the RTO, "
    "since restores slow down as data grows. separately alert on pg_stat_archiver failures, age of the last "
    "archived WAL, age of the last good backup and pg_wal filling up. and a couple of times a year a real DR drill, "
    "run by someone new, and that includes getting the encryption keys back. GitLab in 2017 is "
    "what happens when nobody checks.",
    "Automated random-PITR restores, amcheck/checksums/invariants/smoke tests, timing vs RTO, archiver and backup "
    "age monitoring, drills incl. keys. All correct.")

add(5, 2, "adequate", "adequate",
    "I'd set up an automated restore test, maybe weekly, that restores the latest backup to a separate server and "
    "checks that the database comes up and the data looks right, like some row counts on the big tables. and time "
    "it, so we know if we're still inside the RTO. plus alerting if the backup job fails.",
    "Core right (scheduled restore, sanity checks, timing vs RTO) but misses testing WAL/PITR, corruption checks, "
    "archiver monitoring, keys and drills.")

add(5, 3, "pattern", "weak",
    "we already have that covered, we get an email from the backup job every night saying it succeeded, and if it "
    "ever fails the on-call gets paged. so as long as the emails keep coming, the backups are good. I'd maybe add a "
    "dashboard showing backup sizes over time.",
    "Acts out the 'success email' weak answer: a success exit code proves a file was written, not that it restores.",
    pattern_quotes=["We get an email from the backup job every night saying it succeeded."],
    false_claims=["as long as the emails keep coming, the backups are good"])

add(5, 4, "bluff", "adequate",
    "automate restores: every week restore into a scratch instance, recover to a random point so the WAL gets "
    "tested, run pg_amcheck, check row counts, time the whole thing against the RTO. and turn on data checksums, "
    "because then any corrupted page throws SQLSTATE 23505 the moment it's read, so you can just grep the logs of "
    "the restore test for 23505 and know immediately if anything's damaged. plus alert on pg_stat_archiver "
    "failed_count and on backup age.",
    "Bluff, kind of false specific: wrong error code. 23505 is unique_violation; a checksum failure is reported as "
    "data corruption (SQLSTATE XX001, 'invalid page in block'). Rest is correct, so adequate.",
    false_claims=["any corrupted page throws SQLSTATE 23505",
                  "grep the logs of the restore test for 23505"])

add(5, 5, "honest", "adequate",
    "honestly at my last job we never tested restores, which I know is bad. I'd want a scheduled restore into a "
    "staging box, ideally to some point in time rather than just the latest backup so the WAL side gets checked, "
    "then time it against the RTO and check the app works against it. I know there are tools to check for "
    "corruption, amcheck I think is one, but I haven't used them, I'd need to read up. and some monitoring on "
    "WAL archiving, I'm not sure which views to use for that.",
    "Honest about gaps; still gets scheduled PITR restores, timing vs RTO, app checks, amcheck and archive "
    "monitoring in outline: adequate.")

add(5, 6, "list", "weak",
    "restore drills, pg_amcheck, amcheck, data checksums, pg_checksums, pg_verifybackup, pgbackrest verify, "
    "pg_stat_archiver, failed_count, last_archived_time, backup age alerts, RTO timing, random point-in-time "
    "restores, runbooks, DR game days, encryption keys, object lock. that's basically the toolkit.",
    "Only names the right terms with no statements.")

with open(OUT, "w") as f:
    for a in A:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(f"wrote {len(A)} answers to {OUT}")
