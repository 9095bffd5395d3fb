#!/usr/bin/env python3
"""Holds the 30 labelled candidate answers for raft-consensus.txt and writes the jsonl."""
import json
import os
from collections import OrderedDict

Q_R1_EXACT = "Raft guarantees there is exactly one leader at any moment."
Q_R2_ALL = "The write has to reach every follower before the client gets an acknowledgement."
Q_R3_FOUR = "Run four members, two in each zone, so each zone has a full copy."
Q_R4_SURE = "Sure, a longer timeout means fewer elections, so set it to 10 seconds."
Q_R5_SELF = "etcd is self-healing; Raft takes care of failures, so it needs no routine maintenance."

A = []

def add(rnd, nn, answer, band, bluff, kind, note, pattern_quotes=(), false_claims=()):
    A.append(OrderedDict([
        ("id", f"raft-r{rnd}-{nn:02d}"),
        ("round", rnd),
        ("answer", answer),
        ("band", band),
        ("bluff", bluff),
        ("kind", kind),
        ("pattern_quotes", list(pattern_quotes)),
        ("false_claims", list(false_claims)),
        ("note", note),
    ]))

# ---------------- Round 1: leader election ----------------
add(1, 1,
    "So, um, Raft splits time into terms, which are just increasing integers, and a term can have at most one leader. "
    "Everyone boots as a follower. When a follower's timer runs out without any heartbeat, it bumps its term, switches to "
    "candidate, votes for itself and asks everyone else for a vote. A majority of the whole membership wins it. Why can't "
    "you get two leaders in one term? Each node hands out a single vote per term and writes that to disk before answering, "
    "and two majorities always share at least one node. Voters also say no to anyone whose log is behind theirs, they "
    "compare last entry term, then index, so a winner can't be missing committed data. Timers are randomized so candidates "
    "don't keep splitting the vote. Heartbeats are empty AppendEntries. etcd defaults: heartbeat 100 ms, election timeout "
    "one second. And strictly it's one leader per term; a stale leader may linger but it can't commit.",
    "strong", False, "strong",
    "Covers terms, candidate transition, majority, one persisted vote per term, overlapping majorities, the log up-to-date "
    "restriction, randomized timeouts, heartbeats, etcd defaults, and the at-most-one-per-term nuance.")
add(1, 2,
    "Basically every node starts as a follower and expects to hear heartbeats from a leader. If it doesn't within the "
    "election timeout, it goes candidate, increments the term and requests votes from the other nodes. You need a majority "
    "to win, and every node only votes once in a given term, so you can't end up with two winners in the same term since "
    "two majorities would have to overlap. The timeouts are randomized so that usually just one node goes first, otherwise "
    "you'd keep getting split votes. Once elected, the leader sends heartbeats to stop others from starting elections.",
    "adequate", False, "adequate",
    "Correct core (timeout, candidate, majority, one vote per term, overlap, randomization) but misses the voting "
    "restriction on log up-to-dateness and the stale-leader/per-term nuance; no concrete numbers.")
add(1, 3,
    "Raft is built so that there's always exactly one leader in the cluster at any moment, that's the whole point of it. "
    "The leader sends heartbeats, and if they stop, a follower times out, gets votes from the majority and becomes the new "
    "leader, and at that instant the old one is gone. So clients can always trust that whoever they're talking to as "
    "leader really is the leader, there's never overlap.",
    "weak", False, "pattern",
    "Acts out the 'exactly one leader at any moment' weak answer; the guarantee is at most one leader per term and a "
    "deposed leader can briefly still believe it leads.",
    pattern_quotes=[Q_R1_EXACT],
    false_claims=["there's always exactly one leader in the cluster at any moment", "there's never overlap"])
add(1, 4,
    "Right, so Raft was first described in Google's 2006 Chubby paper by Mike Burrows, and etcd implements it. The "
    "mechanics: followers wait for heartbeats, and when the election timeout fires a follower moves to a higher term, turns "
    "candidate, casts its own vote first and asks its peers with RequestVote. It needs a majority. Each node votes once per term "
    "and only for a candidate whose log is at least as up-to-date as its own, last term then last index. Randomized "
    "timeouts break ties, and the leader keeps sending empty AppendEntries as heartbeats.",
    "adequate", True, "bluff",
    "Mechanism is correct, but it confidently misattributes Raft to the 2006 Chubby paper (Chubby uses Paxos); Raft is "
    "Ongaro and Ousterhout, USENIX ATC 2014, as the document states. Misattributed paper, contradicts the document.",
    false_claims=["Raft was first described in Google's 2006 Chubby paper by Mike Burrows"])
add(1, 5,
    "Terms. Candidates. RequestVote RPCs. Majority quorum. Randomized election timeouts. Heartbeats. The log up-to-date "
    "check. Election safety. Those are the pieces involved in how Raft picks a leader and keeps it to one. So yeah, terms, "
    "votes, majorities, timeouts, heartbeats and election safety, um, that's the leader election part in a nutshell.",
    "weak", False, "list",
    "Only names the right terms; says nothing about how they work or why they prevent two leaders.")
add(1, 6,
    "So a follower waits for heartbeats and if its election timer expires it becomes a candidate in a new, higher term, "
    "votes for itself and asks the others for votes. A majority wins, each node only votes once per term, and nodes refuse "
    "candidates whose logs are behind, so you can't get two leaders in a term and the winner has all committed entries. "
    "The timers are randomized to avoid split votes. For etcd, I think the default election timeout is something like 300 "
    "milliseconds, but I'd want to check that, with heartbeats a fraction of that.",
    "adequate", False, "hedged",
    "Mechanism right; the etcd default is hedged and wrong (it is 1000 ms, heartbeat 100 ms). Hedged, so not a bluff; "
    "misses the per-term versus per-instant nuance.",
    false_claims=["I think the default election timeout is something like 300 milliseconds"])

# ---------------- Round 2: log replication and commit ----------------
add(2, 1,
    "So the leader first puts the command in its own log at the next index with its current term and then fires "
    "AppendEntries at all followers at once. Every one of those RPCs names the entry right before the new batch, index "
    "and term, and the follower only accepts if it has that exact entry; that's how Raft guarantees that matching "
    "index-and-term means identical prefixes. Commit happens when a majority, leader included, has persisted the entry, "
    "in etcd that's an fsync to the WAL, with the caveat that the leader only counts replicas for entries of its own term; "
    "older ones ride along. Then it applies, replies to the client, and piggybacks the commit index on later AppendEntries "
    "so followers apply. A diverged follower gets fixed by the leader walking its nextIndex for that follower backwards on "
    "each rejection until they match, at which point the follower truncates its conflicting suffix and takes the leader's "
    "entries. Only uncommitted stuff ever gets thrown away. Way behind? Leader ships a snapshot.",
    "strong", False, "strong",
    "Covers prevLogIndex/prevLogTerm check, Log Matching, majority commit with the current-term rule, WAL fsync, "
    "commitIndex propagation, nextIndex backoff and truncation, and snapshots for far-behind followers.")
add(2, 2,
    "When a client writes, the leader sends the entry to all the followers and waits until every one of them has written "
    "it, and only then does it tell the client the write succeeded. That's what makes Raft strongly consistent, every node "
    "has every acknowledged write. If a follower's log is different, the leader just sends it the right entries to fix it.",
    "weak", False, "pattern",
    "Acts out the 'must reach every follower' weak answer; Raft commits on a majority. Vague on divergence.",
    pattern_quotes=[Q_R2_ALL],
    false_claims=["waits until every one of them has written it, and only then does it tell the client the write succeeded",
                  "every node has every acknowledged write"])
add(2, 3,
    "The leader appends to its log and sends AppendEntries with prevLogIndex and prevLogTerm; followers check that they "
    "have the matching entry and reject otherwise, and the leader backs nextIndex off until they agree, then the follower "
    "truncates whatever conflicts. For commitment, the rule is simple: any entry that's on a majority is committed, full "
    "stop, no matter which term it was created in, so a new leader can look at an old-term entry, count that it's on three "
    "of five nodes and commit it straight away. That's why Raft doesn't need anything special after an election.",
    "weak", True, "bluff",
    "Replication mechanics are right, but the commit rule, the mechanism the question asks about, is confidently wrong: "
    "counting replicas only commits current-term entries (Figure 8), which is why a new leader appends a no-op. "
    "Contradicts the document's Trap Alert.",
    false_claims=["any entry that's on a majority is committed, full stop, no matter which term it was created in",
                  "a new leader can look at an old-term entry, count that it's on three of five nodes and commit it straight away",
                  "That's why Raft doesn't need anything special after an election."])
add(2, 4,
    "Leader appends locally, then replicates with AppendEntries, and each message includes the previous entry's index and "
    "term so the follower can verify its log matches before accepting. Once a majority has it durably, and it's from the "
    "current term, the leader commits and applies it and tells followers the commit index on later messages. In etcd's "
    "raft library the leader doesn't pipeline: it sends one entry, waits for it to commit, then sends the next, which is "
    "why etcd throughput is bounded by one round trip per write. Diverged followers get their conflicting tail overwritten "
    "after the leader walks nextIndex back.",
    "adequate", True, "bluff",
    "Core protocol correct, but confidently claims etcd's raft does not pipeline or batch; it batches entries and keeps "
    "multiple AppendEntries in flight (MaxInflightMsgs). False world knowledge not stated in the document.",
    false_claims=["the leader doesn't pipeline: it sends one entry, waits for it to commit, then sends the next",
                  "why etcd throughput is bounded by one round trip per write"])
add(2, 5,
    "OK so the leader writes the entry into its log, sends it to the followers with AppendEntries, and once a majority of "
    "the cluster, counting the leader, has it persisted, it's committed, the leader applies it and answers the client. "
    "Followers find out the commit index on the next message. For the diverged follower, I know the leader's log always "
    "wins and the follower's uncommitted extra entries get discarded, and there's a check using the previous entry's term, "
    "but honestly I don't remember exactly how the leader finds the point where the logs agree, I'd need to look that up.",
    "adequate", False, "honest",
    "Majority commit and leader-wins are right; honestly admits not remembering the nextIndex backoff. Misses the "
    "current-term commit rule.")
add(2, 6,
    "So in Kafka, a produced message goes to the partition leader, and the followers in the in-sync replica set fetch it. "
    "With acks=all the producer only gets an ack once every replica in the ISR has the record, and min.insync.replicas, "
    "commonly set to 2 with replication factor 3, decides how small the ISR can shrink before writes are refused. The high "
    "watermark marks what consumers can read. If a follower falls behind longer than replica.lag.time.max.ms it's dropped "
    "from the ISR, and when it comes back it truncates its log to match the leader and refetches.",
    "weak", False, "offtopic",
    "Fluent and broadly accurate about Kafka ISR replication, a neighbouring topic, but says nothing about Raft's "
    "AppendEntries, commit rule or log repair.")

# ---------------- Round 3: quorum and placement ----------------
add(3, 1,
    "Quorum is a majority, so three nodes survive one loss, five survive two. The trouble with two zones is that one of "
    "them always holds the majority of members, and if that zone goes, the survivors are a minority and can't elect a "
    "leader. So two zones simply can't meet the requirement. I'd push for a third zone and run three members, one in each, "
    "or five as two, two and one. Then any single zone can die and the other two still form a majority.",
    "adequate", False, "adequate",
    "Right conclusion and placement, but misses even-size reasoning, the fixed-budget fallback (manual recovery) and the "
    "write-latency cost.")
add(3, 2,
    "I'd go with four members, two in each zone. That way each zone has two full copies of the data, and if one zone goes "
    "down the other zone still has two healthy members and keeps serving the Kubernetes API. It's symmetric, which makes "
    "it easy to reason about, and we avoid a single zone being special.",
    "weak", False, "pattern",
    "Acts out the four-members-two-per-zone weak answer; two of four is not a quorum, so writes stop.",
    pattern_quotes=[Q_R3_FOUR],
    false_claims=["if one zone goes down the other zone still has two healthy members and keeps serving the Kubernetes API"])
add(3, 3,
    "Quorum is floor of N over two plus one, so three members tolerate one failure, five tolerate two, and even sizes don't "
    "help. Across two zones one side always holds the majority, so losing that zone kills quorum; we need a third zone as a "
    "tie-breaker, three members one per zone, or two-two-one with five. I'd stop at five anyway, because etcd hard-caps a "
    "cluster at five voting members and etcdctl member add refuses a sixth. If we're stuck with two zones, losing the big "
    "side means restoring from a snapshot.",
    "adequate", True, "bluff",
    "Quorum reasoning is right, but invents a hard cap of five voting members; etcd has no such limit (seven is a common "
    "recommended maximum and larger clusters are possible). False confident absolute, world knowledge.",
    false_claims=["etcd hard-caps a cluster at five voting members and etcdctl member add refuses a sixth"])
add(3, 4,
    "Um, first the arithmetic: quorum is a strict majority, so you tolerate N minus 1 over 2 failures, rounded down. Three "
    "tolerates one, five tolerates two, and going to four or six just raises the quorum without adding tolerance. With "
    "only two zones there's no layout that survives losing either one, because the zone with more members takes the "
    "majority away when it fails. So I'd tell the stakeholders the requirement needs a third location, even a single small "
    "member in another zone or nearby region for three members, or two-two-one for five, keeping the latency to it low "
    "since every commit waits on a majority. If they won't fund it, I'd document that losing the smaller zone is automatic "
    "but losing the bigger one is a manual recovery from the survivor or a backup, maybe losing recent writes. There's an "
    "etcd flag to force a single surviving member to start a new cluster from its data, but I don't remember its exact "
    "name, I'd look it up.",
    "strong", False, "honest",
    "Full substance (formula, even sizes, impossibility, third domain, latency, fixed-budget fallback) with honest "
    "uncertainty about the --force-new-cluster flag name. Honest and strong.")
add(3, 5,
    "Quorum, majority, fault tolerance, odd cluster sizes, three members, five members, failure domains, availability "
    "zones, a tie-breaker zone, learners, force-new-cluster, snapshot restore. Those are the things I'd be thinking about "
    "for placing etcd across zones, plus network latency between zones and leader election and so on.",
    "weak", False, "list",
    "Names the relevant terms without a count, a placement, or any reasoning.")
add(3, 6,
    "So with only two zones I can't promise what they're asking for, and I'd say that up front. If I run three members as "
    "two in zone A and one in zone B, losing B is fine, A still has a majority and keeps going. Losing A leaves a single "
    "member, which can't form a quorum by itself, so writes stop and somebody has to recover by hand, restoring from a "
    "backup or forcing the survivor into a fresh one-member cluster. To really survive any zone I'd need members in a "
    "third zone.",
    "adequate", False, "adequate",
    "Correct and candid about the two-zone limit and manual recovery, but no quorum formula, nothing on even sizes or "
    "five-member layouts, and no latency trade-off.")

# ---------------- Round 4: the 10-second timeout proposal ----------------
add(4, 1,
    "Not as a first move. Bumping timeouts is fine when the members really are far apart, etcd's docs put heartbeat at "
    "roughly the member RTT and the election timeout at ten times RTT or more, capped at 50 seconds, and every member has "
    "to use the same values. But elections that line up with load spikes on a LAN point to something else: the leader "
    "missing its heartbeat deadline or followers stuck on slow fsyncs because the disk is shared or network-backed, or the "
    "CPU is saturated. I'd look for the heartbeat warnings in the logs and check WAL fsync p99, which should be around 10 ms "
    "or less, and backend commit p99 around 25 ms. The cost of ten seconds is real too: if the leader genuinely crashes, "
    "no follower even starts campaigning until its timer expires, so writes stall for about ten seconds each time. Fix the "
    "disk, give etcd dedicated storage and higher I/O priority, then adjust timeouts only if the measured RTT calls for it.",
    "strong", False, "strong",
    "Weighs both sides, gives the RTT guidance and 50 s ceiling, identifies disk/CPU root causes with metrics and "
    "thresholds, names the failover cost, and sequences the fix.")
add(4, 2,
    "Yeah, honestly I'd go with it. The elections are what's hurting us, and a longer election timeout directly means "
    "followers are more patient before starting an election, so we'd get far fewer of them. Ten seconds is plenty of "
    "headroom for any load spike. It's a one-line config change, low risk, and we can move on to other things.",
    "weak", False, "pattern",
    "Acts out the 'sure, set it to 10 seconds' weak answer; ignores the root cause and the slower failover.",
    pattern_quotes=[Q_R4_SURE],
    false_claims=["It's a one-line config change, low risk"])
add(4, 3,
    "I'd push back. For one thing, etcd caps the election timeout at 10 seconds, so we'd be sitting right at the hard "
    "maximum with no headroom left. More importantly, elections under load usually mean slow disk fsync or CPU starvation, "
    "so I'd check the WAL fsync latency metric and look for heartbeat warnings in the logs before touching timeouts. And a "
    "long timeout means a real leader crash takes that long to recover from, with no writes in between.",
    "adequate", True, "bluff",
    "Root-cause reasoning and failover cost are right, but the confident 10-second cap is false; etcd's upper limit is "
    "50 seconds (50000 ms), as the document states. Contradicted limit.",
    false_claims=["etcd caps the election timeout at 10 seconds"])
add(4, 4,
    "I'd be wary. A longer timeout does mean fewer spurious elections, but it also means that when the leader really dies, "
    "the cluster sits without a leader for that whole timeout before anyone campaigns, so we'd be trading blips for "
    "ten-second write outages. And elections during load spikes smell like slow disks or an overloaded leader rather than "
    "the network. etcd exposes disk sync latency metrics for exactly this, I don't remember the exact metric names or the "
    "threshold they recommend, I'd look that up, but I'd check those before changing timeouts.",
    "adequate", False, "honest",
    "Right trade-off and root-cause instinct; honestly admits not knowing metric names and thresholds; no RTT guidance.")
add(4, 5,
    "It depends on why the elections happen. If the members are spread over a high-latency network, raising the timeouts "
    "is the documented fix; I believe the guideline is an election timeout of roughly three times the round-trip time, but "
    "don't quote me on that. If they're on a LAN, load-spike elections usually come from slow fsyncs or a starved CPU on "
    "the leader, and ten seconds just hides that while making a real leader failure take ten seconds to recover. So check "
    "disk latency first, then tune.",
    "adequate", False, "hedged",
    "Correct framing; the hedged guideline is wrong (at least ten times the RTT). Hedged, not a bluff.",
    false_claims=["I believe the guideline is an election timeout of roughly three times the round-trip time"])
add(4, 6,
    "So in Kubernetes, controllers like the scheduler and controller-manager do their own leader election using Lease "
    "objects in the kube-system namespace. The defaults are a 15-second lease duration, a 10-second renew deadline and a "
    "2-second retry period. If the API server is slow during load spikes, the active instance can fail to renew its lease "
    "in time, lose leadership and restart, which looks like a blip. I'd tune --leader-elect-lease-duration and "
    "--leader-elect-renew-deadline upward a bit and make sure the API server has enough capacity.",
    "weak", False, "offtopic",
    "Accurate about Kubernetes component leader election via Leases, a neighbouring topic, but does not address etcd's "
    "Raft election timeout proposal.")

# ---------------- Round 5: operating etcd ----------------
add(5, 1,
    "Okay, four buckets. Space: etcd retains every revision, so history has to be compacted, Kubernetes' API server asks "
    "for that every five minutes out of the box, and since compaction just leaves free pages inside the bbolt file, we "
    "defrag periodically to give space back, one member at a time, because a defragmenting member stalls. Default quota is "
    "2 GB, suggested ceiling 8 GB; blow through it and you get a NOSPACE alarm, the cluster goes read-and-delete-only, and "
    "you recover with compact, defrag, alarm disarm. Monitoring: has-leader, leader change rate, fsync and backend commit "
    "latencies, db size versus quota, peer RTT. Membership: new members join as non-voting learners, etcd 3.4 onward, and "
    "get promoted once caught up; for a dead member, remove before you add, otherwise a three-node cluster with one corpse "
    "needs three of four. Recovery: scheduled snapshot save to off-host storage, restore drills with etcdutl, remembering a "
    "restore produces a brand-new cluster identity so all members come from one snapshot. And upgrade a single minor "
    "version per step.",
    "strong", False, "strong",
    "Covers compaction interval, defrag, quota and NOSPACE recovery, monitoring, learners (3.4), remove-before-add, "
    "snapshot backup/restore semantics and upgrade cadence.")
add(5, 2,
    "I'd make sure we have regular etcdctl snapshot save backups shipped somewhere off the cluster and that we actually "
    "practise restoring them, because an untested backup is a guess. Then housekeeping: the API server compacts old "
    "revisions, but that doesn't shrink the file, so we'd schedule defragmentation member by member. And monitoring: alert "
    "if a member has no leader, if leader changes spike, if disk fsync latency climbs, and if the database grows toward "
    "its size quota, because hitting the quota stops writes.",
    "adequate", False, "adequate",
    "Backups, defrag and monitoring are right, but no quota numbers, no alarm recovery steps, nothing on learners, "
    "member replacement or restore semantics.")
add(5, 3,
    "Honestly etcd is pretty low-maintenance. Raft is designed to handle failures on its own: if a node dies, the others "
    "elect a new leader and keep going, and when the node comes back it catches up automatically, so it doesn't need any "
    "routine maintenance. I wouldn't build a lot of process around it, maybe a dashboard, and let Raft do its job. "
    "Operationally the main thing is just to keep three or five nodes running.",
    "weak", False, "pattern",
    "Acts out the 'self-healing, no maintenance' weak answer; ignores compaction, defrag, quota, backups and lost quorum.",
    pattern_quotes=[Q_R5_SELF],
    false_claims=["so it doesn't need any routine maintenance"])
add(5, 4,
    "I'd run compaction, which Kubernetes triggers every five minutes, and regular defrags one member at a time since "
    "defrag blocks that member. Keep the database under the 2 GB default quota or raise it toward the 8 GB suggested max, "
    "and alert on the NOSPACE alarm. For membership, I'd use learners, which etcd has supported since version 3.2, so new "
    "members sync without affecting quorum before being promoted. Backups with etcdctl snapshot save, restores with "
    "etcdutl, rehearsed regularly, and alerts on leader changes and fsync latency.",
    "adequate", True, "bluff",
    "Mostly correct operations plan, but confidently dates learners to etcd 3.2; they arrived in 3.4, as the document "
    "states. Wrong version, contradicts the document.",
    false_claims=["learners, which etcd has supported since version 3.2"])
add(5, 5,
    "Um, so the basics: snapshots with etcdctl snapshot save every hour or so, copied off the nodes, and restore drills. "
    "For space, etcd handles compaction itself out of the box: --auto-compaction-retention defaults to one hour, so "
    "history older than an hour is compacted even if nothing else asks for it; what you still need is defrag, one member "
    "at a time, to give the space back to the filesystem. Watch the quota, 2 GB by default, because hitting it triggers a "
    "NOSPACE alarm and only reads and deletes work. Replace failed members by removing them first, then adding the new one.",
    "adequate", True, "bluff",
    "Sound plan otherwise, but --auto-compaction-retention defaults to 0 (auto-compaction disabled); in Kubernetes it is "
    "the API server that compacts. False default, world knowledge not stated in the document.",
    false_claims=["etcd handles compaction itself out of the box", "--auto-compaction-retention defaults to one hour"])
add(5, 6,
    "I'll be honest, I've used Kubernetes a lot but never operated etcd directly, managed services always hid it from me. "
    "I know you should take backups with etcdctl snapshot save and test restoring them. I think there's some kind of "
    "storage limit and maintenance around compaction, but I don't know the defaults or the procedure, I'd need to read "
    "the etcd operations guide before committing to a plan.",
    "weak", False, "honest",
    "Honest about lack of experience; only backups with restore tests are substantive. Little substance, not a bluff.")

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))  # repository layout
    with open(os.path.join(here, "..", "..", "raft-consensus_answers.jsonl"), "w") as f:
        for a in A:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"wrote {len(A)} answers")
