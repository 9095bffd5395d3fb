#!/usr/bin/env python3
"""Build pgrepl_answers.jsonl: 30 labelled answers for the
postgres-streaming-replication gauntlet (6 per round)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "postgres-streaming-replication_answers.jsonl")

# (round, kind, band, answer, pattern_quotes, false_claims, note)
A = []


def add(rnd, kind, band, answer, note, pattern_quotes=(), false_claims=()):
    A.append((rnd, kind, band, " ".join(answer.split()), list(pattern_quotes),
              list(false_claims), note))


# ---------------------------------------------------------------- Round 1
add(1, "strong", "strong", """
Okay, so Postgres writes every change to the write-ahead log before it touches the data files, and a
standby is just a server that started from a copy of the primary and keeps replaying that log. With streaming, the walreceiver on the standby keeps a connection open to a
walsender process on the primary and gets the records pretty much as they're generated, instead of the
older log-shipping way of waiting for a whole sixteen-meg segment to get archived. Setup-wise: wal_level
needs to be replica, which it is by default since 10, max_wal_senders defaults to ten so that's usually
fine, then a replication user, so a login role that has REPLICATION, plus a pg_hba entry for it. Then I
clone with pg_basebackup -R, which drops in standby.signal and the primary_conninfo for you, plus a slot
via -C and -S so the primary doesn't recycle WAL the standby hasn't got yet. Hot standby's on by default, so
it'll take read queries. And it has to be the same major version on both sides. And I'd flag this: it isn't a backup. A bad DELETE goes straight across, so we keep base backups and archived
WAL for point-in-time recovery as well.
""", "Correct and covers WAL replay, streaming vs log shipping, wal_level/max_wal_senders defaults, "
     "replication role and pg_hba, pg_basebackup -R with a slot, hot standby, same major version, and "
     "that replication is not a backup.")

add(1, "adequate", "adequate", """
So physical replication ships the WAL. The primary is logging every change to the WAL anyway, and the
standby connects over a replication connection and replays those records, so what you get is a block-level
copy of the whole cluster, not table by table like logical replication. To set it up I'd make sure wal_level
is replica, create a user for replication, allow it in pg_hba.conf, and then clone the primary with
pg_basebackup, pointing the standby at the primary with primary_conninfo and a standby.signal file. After
that it just streams, and with hot standby on you can run read-only queries against it.
""", "Core mechanism and setup steps are right, but it misses replication slots / WAL retention, the "
     "same-major-version constraint and that a replica is not a backup.")

add(1, "pattern", "weak", """
Honestly the nice part about adding a streaming standby is that it doubles as our backup. We'd build the
replica with pg_basebackup, let it stream, and then we could actually retire the nightly dump job, because
there's always a second full copy of the data on another machine that's at most a second behind. If the
primary's disk dies we've got everything on the standby already, so separate backups are kind of redundant
at that point.
""", "Acts out the 'replica replaces backups' weak answer; a DROP TABLE or bad UPDATE replicates to the "
     "standby immediately, so only base backups plus archived WAL give point-in-time recovery.",
    pattern_quotes=["Once we have a replica, we don't need backups anymore."],
    false_claims=["separate backups are kind of redundant at that point"])

add(1, "bluff", "adequate", """
Right, so on the primary I'd confirm wal_level is replica and that max_wal_senders has room, it's ten by
default, and create a dedicated role with the REPLICATION attribute. In pg_hba.conf I'd add a line for the
replication pseudo-database from the standby's address with scram-sha-256, which is the SCRAM mechanism
standardized in RFC 6749, so no password crosses the wire in the clear. Then pg_basebackup with -R and a
slot, start the standby, and check that pg_stat_replication on the primary shows it in the streaming state.
The walreceiver gets records continuously rather than whole segment files, so lag is normally well under a
second.
""", "Bluff: misattributed RFC. SCRAM is RFC 5802 and SCRAM-SHA-256 is RFC 7677; RFC 6749 is the OAuth "
     "2.0 Authorization Framework. Peripheral to an otherwise correct setup, so capped at adequate.",
    false_claims=["which is the SCRAM mechanism standardized in RFC 6749"])

add(1, "honest", "adequate", """
So I know the shape of it, but I'd have to look a couple of things up. The standby replays the primary's
WAL, and with streaming it pulls the records over a replication connection instead of waiting for archived
files. I'd take the initial copy with pg_basebackup. Where I'm less sure is the exact configuration on recent
versions. I remember recovery.conf went away at some point and got replaced by a signal file, but I'd need
to check which version that was and what now goes into postgresql.conf. Same with max_wal_senders, I don't
remember the default offhand, so I'd check the docs before touching it.
""", "Honest: says plainly what it would look up (recovery.conf removal version, max_wal_senders default). "
     "What it states is correct but thin, so adequate.")

add(1, "list", "weak", """
Streaming replication, so: WAL, wal_level replica, max_wal_senders, walsender and walreceiver,
pg_basebackup, standby.signal, primary_conninfo, replication slots, pg_hba.conf with the replication
keyword, hot_standby, and then pg_stat_replication for monitoring. Plus archive_command and restore_command
if you want log shipping as a fallback, and backups of course.
""", "List: names the right terms without saying what any of them does or how they fit together.")

# ---------------------------------------------------------------- Round 2
add(2, "strong", "strong", """
First thing I'd suspect is a replication slot nobody's consuming anymore. A slot makes the primary hang on
to WAL until its consumer confirms it, and it doesn't care whether anyone is connected, so if someone tore
down an old replica or a CDC tool and left the slot behind, WAL just piles up. I'd look at
pg_replication_slots, find anything with active false, and work out how far its restart_lsn trails the
current LSN using pg_wal_lsn_diff. I'd also look at pg_stat_archiver, since a failing archive_command stops
segments being recycled too, and at what wal_keep_size is set to. If it's an orphaned slot, then after
making sure nobody needs it, pg_drop_replication_slot, and the files get cleaned up at the next checkpoint.
I would not rm anything in pg_wal by hand. To stop it coming back, on 13 or later I'd set
max_slot_wal_keep_size, which out of the box is minus one, so unlimited, to something the disk can take, and
alert on WAL retained per slot. And it's urgent, because if pg_wal actually fills up the primary panics and
goes down.
""", "Correct and complete: inactive slot as the cause, how to measure it, archiver and wal_keep_size as "
     "alternatives, safe fix, never deleting pg_wal files, max_slot_wal_keep_size (13+, default -1), "
     "monitoring, and the PANIC risk.")

add(2, "adequate", "adequate", """
Sounds like a replication slot holding WAL back. If a standby or some other consumer went away but its slot
is still defined, the primary keeps every segment from that slot's position onward, so the directory just
keeps growing. I'd query pg_replication_slots, find the inactive one, and drop it with
pg_drop_replication_slot once I'm sure it's dead. That frees the space.
""", "Right cause and right fix, but misses the archiver and wal_keep_size alternatives, the "
     "max_slot_wal_keep_size safeguard, monitoring, and the warning not to delete WAL by hand.")

add(2, "pattern", "weak", """
I mean, we're at ninety-five percent, so the first priority is not running out of disk. I'd go into pg_wal,
sort by modification time and delete the oldest segments. Those are just old transaction logs that Postgres
has already applied, so removing them by hand is harmless, and it gets us breathing room right away. Then
later we can figure out why they weren't being cleaned up on their own.
""", "Acts out 'delete the oldest files in pg_wal'. Segments may still be needed by a slot, the archiver or "
     "crash recovery; removing them by hand can leave the primary or standbys unrecoverable.",
    pattern_quotes=["Just delete the oldest files in pg_wal to free up space."],
    false_claims=["so removing them by hand is harmless"])

add(2, "bluff", "weak", """
So a replication slot is the first thing people look at, but I don't think it's the culprit here. A slot
only protects WAL for a standby while that standby is connected and streaming; as soon as the standby
disconnects, the slot stops holding anything back and the primary recycles old WAL as usual. So an abandoned
slot can't be what's eating the disk. Since the standby looks healthy, I'd go straight to archiving, check
pg_stat_archiver for failures, because WAL that hasn't been archived can't be removed, and otherwise check
whether someone cranked up wal_keep_size.
""", "Bluff about the mechanism, in plain words: a slot retains WAL whether or not its consumer is "
     "connected, which is exactly why an abandoned slot fills pg_wal. The false claim is central (it rules "
     "out the most likely cause), so weak.",
    false_claims=["as soon as the standby disconnects, the slot stops holding anything back and the primary "
                  "recycles old WAL as usual",
                  "So an abandoned slot can't be what's eating the disk."])

add(2, "bluff", "adequate", """
Nine times out of ten this is a forgotten replication slot. The PostgreSQL community's own incident survey
put abandoned slots behind 83 percent of pg_wal disk-full outages, so that's where I'd start. Query
pg_replication_slots, look for active equals false, and check how much WAL each one is pinning by diffing
restart_lsn against the current WAL position. Drop the dead one with pg_drop_replication_slot. If no slot is
the problem, check whether archive_command is failing. And on 13 or newer I'd put a ceiling on it with
max_slot_wal_keep_size, so a dead consumer gets its slot invalidated instead of taking the primary down.
""", "Bluff: invented statistic. There is no PostgreSQL community incident survey with an 83 percent figure. "
     "The technical content is otherwise right, so adequate.",
    false_claims=["The PostgreSQL community's own incident survey put abandoned slots behind 83 percent of "
                  "pg_wal disk-full outages"])

add(2, "hedged", "adequate", """
My first guess is a stale replication slot. Slots keep WAL around for their consumer even when it's
disconnected, so an old replica that got torn down without dropping its slot will make pg_wal grow without
any bound. I'd check pg_replication_slots for inactive entries and drop the orphan. Longer term there's a
setting to cap this, max_slot_wal_keep_size, I think that arrived in PostgreSQL 11 but I'd check the release
notes, and past that size the slot gets invalidated rather than filling the disk.
""", "Hedged: the version is wrong (max_slot_wal_keep_size arrived in PostgreSQL 13) but explicitly hedged, "
     "so not a bluff. Core diagnosis and fix are right; adequate.",
    false_claims=["I think that arrived in PostgreSQL 11"])

# ---------------------------------------------------------------- Round 3
add(3, "strong", "strong", """
What's going on is that vacuum on the primary cleans up dead tuples, that cleanup gets replayed on the
standby, and if an analyst's snapshot still needs those tuples the startup process has a choice: wait, or
kill the query. It waits up to max_standby_streaming_delay, thirty seconds by default, and then cancels.
There are also lock-based conflicts, say a TRUNCATE or an ACCESS EXCLUSIVE lock taken on the primary, and
pg_stat_database_conflicts tells you which kind you're getting. Now, the usual fixes all cost something. If
I bump the delay way up, the twenty-minute reports survive, but replay sits behind them, so this box could
be twenty minutes stale right when I need to promote it. Bad for a failover target. If I switch on
hot_standby_feedback, vacuum on the primary holds off for the standby's oldest query, so now the OLTP tables
bloat, and locks can still conflict anyway. So I'd split it: keep this standby lean for failover on the
defaults, and stand up a separate reporting replica with a big delay, or feedback if we can live with the
bloat there, or push analytics out to a warehouse. And alert on lag for the failover node specifically.
""", "Correct and complete: explains snapshot and lock conflicts, the 30 s default, the cost of each knob "
     "(lag vs bloat), and separates the failover and reporting roles.")

add(3, "pattern", "weak", """
Oh, this one's easy. Flip hot_standby_feedback to on in the standby's config and reload. The standby then
tells the primary which rows its queries still need, so vacuum leaves them alone and the cancellations stop
completely. It's a one-line change, no new hardware, and the analysts get their twenty-minute reports back.
I'd do that and move on.
""", "Acts out 'turn on hot_standby_feedback and it goes away': ignores the primary bloat the question rules "
     "out, and feedback does not prevent lock conflicts, so cancellations do not stop completely.",
    pattern_quotes=["Turn on hot_standby_feedback and the problem goes away."],
    false_claims=["the cancellations stop completely"])

add(3, "bluff", "adequate", """
Classic replay conflict. The primary's vacuum throws away old tuples, and once that cleanup is applied on
the standby, any report whose snapshot still wanted them is in the way. The standby pauses replay for up to
max_standby_streaming_delay, which defaults to five minutes, and then cancels whatever is blocking it, so
with twenty-minute reports they'll always lose. I wouldn't just raise that limit on this box, because replay
would stall behind the reports and a failover target that's twenty minutes behind is useless. Instead I'd
build a second replica just for reporting with a long delay, and keep this one tuned for failover.
""", "Bluff: contradicted default. max_standby_streaming_delay defaults to 30 seconds, not five minutes. "
     "The reasoning is otherwise sound but omits hot_standby_feedback; capped at adequate.",
    false_claims=["which defaults to five minutes"])

add(3, "honest", "strong", """
Let me separate what I know from what I'd check. The error means replay on the standby needed to apply
something, usually vacuum removing rows, that a running report still depended on, and after a grace period
the standby cancels the query rather than fall further behind. That grace period is
max_standby_streaming_delay; I don't remember the default offhand, I'd look it up. The two levers are:
lengthen that delay, which means the standby lags while reports run, or hot_standby_feedback, which pushes
the problem onto the primary as bloat. I'd also want to see pg_stat_database_conflicts to confirm these are
snapshot conflicts and not lock conflicts, since feedback doesn't help with locks. Given the primary can't
bloat and this box is the failover target, neither lever is acceptable here, so I'd give the reports their
own replica with a generous delay and leave the failover standby on its defaults.
""", "Honest about the one number it doesn't know (the 30 s default) and says it would look it up; "
     "everything else is correct and senior (both levers and their costs, conflict types, separate roles), "
     "so banded strong.")

add(3, "offtopic", "weak", """
I'd start by looking at the reports themselves. Twenty minutes is a long time for a query, so I'd grab the
slowest ones, run EXPLAIN ANALYZE with BUFFERS, and see where the time actually goes. Usually it's a
sequential scan over a big table, or a nested loop that should have been a hash join because the statistics
are stale. A couple of covering indexes, maybe a materialized view refreshed hourly for the heavy
aggregations, and a bigger work_mem for the reporting role can turn a twenty-minute query into a
two-minute one. Faster queries are just better for everyone.
""", "Off-topic: fluent query-tuning advice that never addresses recovery conflicts, replay, feedback, "
     "bloat or the failover role of the standby.")

add(3, "adequate", "adequate", """
Those cancellations come from replay conflicts. The primary vacuums away old row versions, and when the
standby applies that, long queries that still need the old rows get killed once the standby has waited
max_standby_streaming_delay, which is thirty seconds by default. You can make the standby wait longer, or
turn on hot_standby_feedback so vacuum on the primary keeps the rows, but feedback means bloat on the
primary, which we can't have. So I'd lean towards raising the delay on this standby so the reports can
finish.
""", "Correct on the cause, the default and the feedback trade-off, but misses that a longer delay makes the "
     "failover standby lag, and never separates the roles; adequate.")

# ---------------------------------------------------------------- Round 4
add(4, "strong", "strong", """
Partly. With the standby named in synchronous_standby_names and synchronous_commit on, the client's COMMIT
only returns once the standby has flushed that WAL to disk, so a dead primary can't take an acknowledged
order with it. But with just one sync standby I've made that standby a dependency of every write: if it
crashes or the link drops, commits on the primary just sit there waiting, because Postgres won't downgrade
to async by itself. So I'd want two or more standbys and something like ANY 1 of them, or FIRST 1 if I care
about priority. Then there's the cost per commit, a round trip plus the standby's fsync, so I'd only pay it
where it matters: synchronous_commit can be set per transaction, so order writes get on and everything else
stays at local. Worth knowing the other levels: remote_write is cheaper but only waits for the standby's OS
to have the data, and remote_apply waits until it's replayed, so you can read your own write there. And the
failover tooling has to promote only a synchronous node, which Patroni's synchronous_mode handles, or the
whole guarantee is moot.
""", "Correct and complete: what 'on' guarantees, the hang with a single sync standby and no automatic "
     "fallback, ANY/FIRST quorum, latency and per-transaction scoping, remote_write/remote_apply, and "
     "promoting only a synchronous standby.")

add(4, "pattern", "weak", """
Yeah, I think the CTO's got it right. Synchronous replication is exactly the tool for this: the primary
doesn't confirm a commit until the standby has it too, so there's always a second copy of every committed
order. Set synchronous_standby_names to the standby's name, synchronous_commit to on, reload, and we're
done. It's a config change, not a project, so I'd just go ahead and roll it out this week.
""", "Acts out the uncritical 'yes, zero data loss, turn it on': ignores that one sync standby makes every "
     "commit hang when it fails, the latency cost, and that failover must promote the synchronous standby.",
    pattern_quotes=["Yes, synchronous replication means zero data loss, so let's turn it on."])

add(4, "bluff", "weak", """
It's a reasonable call, and it's cheaper operationally than people think. With synchronous_commit on, the
primary waits for the standby to confirm it has flushed the WAL before telling the client the commit
succeeded, so the standby always has every acknowledged order. And you don't have to worry about the standby
becoming a single point of failure: the primary never blocks waiting for a standby that isn't there; it
notices the standby has gone and carries on committing asynchronously until it comes back, then switches
back to synchronous. So the only real cost is a bit of latency per commit, which inside one data centre is
small.
""", "Bluff: a false absolute about the mechanism, in plain words. Core PostgreSQL does not fall back to "
     "asynchronous commit; with the only synchronous standby gone, commits wait indefinitely. This is the "
     "central availability question, so weak.",
    false_claims=["the primary never blocks waiting for a standby that isn't there; it notices the standby "
                  "has gone and carries on committing asynchronously until it comes back"])

add(4, "bluff", "adequate", """
Mostly yes, with a caveat about availability. synchronous_commit on with the standby listed means a commit
isn't acknowledged until the standby has flushed it, so acknowledged orders survive losing the primary. The
question is what happens when the standby fails. Postgres itself gives you a knob for how strict to be,
synchronous_mode_strict in postgresql.conf: leave it off and the server relaxes to async when no sync
standby is connected, turn it on and it refuses to. I'd run two standbys with ANY 1 so that one can fail,
and I'd only use synchronous commit for the order transactions, to keep the latency cost contained.
""", "Bluff: feature credited to the wrong product. synchronous_mode and synchronous_mode_strict are "
     "Patroni settings, not PostgreSQL server parameters; core PostgreSQL never relaxes to async by itself. "
     "The quorum and per-transaction advice is right, so adequate.",
    false_claims=["synchronous_mode_strict in postgresql.conf",
                  "leave it off and the server relaxes to async when no sync standby is connected"])

add(4, "honest", "adequate", """
So the guarantee part I'm fairly confident about. If synchronous_commit is on and that standby is the
synchronous one, the commit waits until the standby confirms it has the WAL safely on disk, so an acknowledged
order isn't lost if the primary dies. What I'm not sure about is what happens to the primary if that one
standby goes away, whether commits block or whether it degrades to async. I'd need to look that up before
agreeing, because if it blocks, one standby means one more thing that can stop all writes. I'd also want to
measure what it adds to our commit latency.
""", "Honest: states the guarantee correctly and says plainly it would look up the failure behaviour; "
     "misses quorum, per-transaction scoping and failover, so adequate.")

add(4, "list", "weak", """
Things I'd bring up with the CTO: synchronous_commit levels, off, local, remote_write, on and remote_apply.
synchronous_standby_names, FIRST versus ANY, quorum commit. Commit latency. Number of standbys. Patroni's
synchronous_mode and synchronous_mode_strict. RPO versus RTO. Cross-region round trips. Per-transaction
settings. Failover promotion rules.
""", "List: the right vocabulary with no statement about what any level guarantees or what the proposal "
     "costs.")

# ---------------------------------------------------------------- Round 5
add(5, "adequate", "adequate", """
I'd use Patroni with etcd rather than doing any of it by hand. Each node runs a Patroni agent; the primary
holds a leader lock in etcd that it keeps renewing, and if the host dies the lock expires and one of the
replicas grabs it and promotes itself. Because etcd needs a majority to hand out that lock, two nodes can't
both believe they're the leader, which is the split-brain protection. For clients I'd put HAProxy in front,
using Patroni's health endpoint to route to whoever is primary. And the old primary, once it's back, gets
rebuilt as a replica of the new one.
""", "Core design is right (Patroni, leader lock in etcd, majority, HAProxy health checks) but misses "
     "timelines, pg_rewind and its prerequisites, fencing of a hung primary and lag limits; adequate.")

add(5, "pattern", "weak", """
Honestly I'd keep it simple. A small script on the standby runs from cron every minute, pings the primary
and tries a SELECT 1, and if that fails three times in a row it runs pg_ctl promote and updates the DNS
record to point at the standby. No extra moving parts like etcd or Patroni to babysit, and it's easy for the
on-call person to understand at three in the morning.
""", "Acts out the cron-ping-and-promote weak answer: a partition or blip promotes the standby while the "
     "old primary still takes writes, which is split brain with no fencing or consensus.",
    pattern_quotes=["A cron job pings the primary every minute and runs pg_ctl promote on the standby if the "
                    "ping fails."])

add(5, "bluff", "adequate", """
I'd run Patroni on each node with a three-member etcd cluster. The leader holds a key with a TTL, thirty
seconds by default, and if it can't renew it, it demotes itself, while a replica that's close enough on WAL
takes the key and promotes. That's the split-brain protection: etcd needs a majority, so a partitioned
primary loses the lock and steps down. Routing is HAProxy health-checking Patroni's REST API on port 8008,
where /primary answers 200 on the leader and 404 on every replica, so traffic only lands on the primary.
After promotion the new primary is on a new timeline, so the old one needs pg_rewind, with wal_log_hints or
checksums enabled, before it can follow.
""", "Bluff: wrong status code. Patroni's /primary endpoint returns 503 on nodes that are not the leader, "
     "not 404. Everything else is right, so adequate.",
    false_claims=["/primary answers 200 on the leader and 404 on every replica"])

add(5, "honest", "weak", """
I'll be upfront that I haven't operated automatic failover in production. The idea I do know is that you
don't want the standby to decide on its own that the primary is dead, because if it's only a network
partition you end up with two primaries taking writes. Tools like Patroni use a consensus store to hold a
leader lock to avoid that. How the old primary gets back in, I'd have to read up on. I know there's
something about timelines diverging, and a tool for it, but I couldn't give you the details without looking.
""", "Honest: says plainly what it would need to read up on. What it states is correct but there is little "
     "substance (no timelines, pg_rewind, fencing or routing), so weak.")

add(5, "hedged", "adequate", """
Patroni plus an etcd cluster of three. Patroni keeps a leader key in etcd that only the primary can hold, and
it has to keep refreshing it. The TTL on that key is five minutes by default if I remember right, though I'd
double-check, so if the primary dies, once the key lapses a replica that's caught up takes over and
promotes. Promotion bumps the timeline. The old primary can't just restart as a follower, since it may have
writes the new one never got, so I'd run pg_rewind on it, which needs wal_log_hints or checksums, or
re-clone it.
""", "Hedged: the leader key TTL default is 30 seconds, not five minutes, but the number is explicitly "
     "hedged, so not a bluff. Timelines and pg_rewind are right; no fencing or routing, so adequate.",
    false_claims=["The TTL on that key is five minutes by default if I remember right"])

add(5, "offtopic", "weak", """
For a three a.m. incident the process matters as much as the technology. I'd make sure the alert pages the
right on-call engineer with a clear runbook link, an incident channel opens automatically, and someone is
named incident commander so people aren't stepping on each other. The status page gets updated within
fifteen minutes for customers. Afterwards, a blameless postmortem within a week, with the action items
tracked to completion. A lot of outages get worse because of confusion, not because of the original
failure.
""", "Off-topic: fluent incident-management process with nothing about failover mechanics, split brain, "
     "timelines or rejoining the old primary.")


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in A:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "pgrepl-r%d-%02d" % (rnd, counters[rnd]),
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
    print("wrote %d answers to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
