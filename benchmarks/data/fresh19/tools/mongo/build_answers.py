#!/usr/bin/env python3
"""Builds mongodb-replica-sets_answers.jsonl: 30 labelled answers for the
MongoDB replica sets gauntlet (6 per round)."""
import json
import os

SHORT = "mongo"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "mongodb-replica-sets_answers.jsonl")

# Common Weak Answers quoted in mongodb-replica-sets.txt (used as pattern_quotes).
R1_INSTANT = "The secondary with the highest priority just takes over instantly."
R1_TWO = "Two data nodes are enough for failover; a third member is just for extra read capacity."
R1_TRANSPARENT = "Failover is transparent: the driver handles it, so the application never sees an error."
R2_JOURNAL = "w:1 is fine because the primary writes to the journal, so the order is safe."
R2_WTIMEOUT = "If wtimeout fires, MongoDB rolls the write back, so we can just retry it."
R3_ARBITER = "An arbiter is as good as a third secondary: it votes, and it's cheaper."
R3_TWOVOTES = "Give the arbiter two votes so it always breaks the tie."
R4_IDLE = "Yes, the secondaries are idle anyway, so reading from them is free capacity."
R4_NEVER = "Never read from secondaries; it's always wrong."
R5_TWOONE = "Put two members in the main data center and one in the backup; that covers losing a data center."
R5_ATLAS = "We're on Atlas, so failover is handled for us and there's nothing to design."

# (round, answer, band, kind, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: elections and failover time ----------------
    (1,
     "I know the broad shape but not all the knobs. The secondaries stop getting heartbeats from the "
     "primary, and after some timeout one of them calls an election and needs a majority of the voters, "
     "so three nodes survive one failure. I'd have to look up the exact default timeout; I remember it's "
     "on the order of seconds, not milliseconds, but I wouldn't want to quote a number. For the app, "
     "writes fail until there's a new primary, and I'd need to check how many times the driver retries "
     "on its own before I'd promise the team it's invisible.",
     "adequate", "honest", [], [],
     "Honest: says plainly it would look up the election timeout and the driver retry count. What it "
     "states is right (heartbeats, majority of voters, writes fail until a new primary), but it misses "
     "terms, oplog freshness, priority and the 10-12 second figure, so adequate."),
    (1,
     "Right, so MongoDB uses a Raft-like protocol, protocol version one. Members heartbeat each other, "
     "and the election timeout defaults to two seconds, so as soon as a secondary misses a single "
     "heartbeat window it stands for election, bumps the term and collects votes. It needs a majority of "
     "voting members, and voters won't back a candidate with a staler oplog. End to end you're talking "
     "about three seconds or so without a primary, which is why most teams don't bother with any special "
     "handling, a retryable write covers a gap that short easily.",
     "weak", "bluff", [],
     ["the election timeout defaults to two seconds",
      "End to end you're talking about three seconds or so without a primary"],
     "Bluff (contradicted default): electionTimeoutMillis defaults to 10000 ms (two seconds is the "
     "heartbeat interval), and the median failover is up to about 12 seconds. The false timing is the "
     "centre of the 'how long is the app affected' half of the question and drives the conclusion that "
     "no handling is needed, so weak."),
    (1,
     "Honestly, in our setup failover is basically invisible. The driver knows the replica set topology, "
     "so when the primary goes away it just finds the new one and carries on. The application code "
     "doesn't have to do anything special, the app never sees an error, the driver takes care of "
     "reconnecting. That's kind of the whole selling point of a replica set versus a single mongod: you "
     "get automatic failover and you don't have to write retry logic yourself.",
     "weak", "pattern", [R1_TRANSPARENT],
     ["the app never sees an error"],
     "Pattern: acts out 'failover is transparent'. There is no primary for roughly 10-12 seconds, "
     "retryable writes retry only once, and many operations surface errors; the false wording is listed."),
    (1,
     "Okay, so, members ping each other every couple of seconds, and if the secondaries go ten seconds, "
     "that's the default electionTimeoutMillis, without hearing from the primary, one of them puts itself "
     "forward. It bumps the term, votes for itself and asks everybody else. Each voter hands out only one "
     "vote per term and won't vote for a node whose oplog is older than its own, so you can't elect "
     "someone missing writes the voters already have. You need a strict majority of voters, so three nodes "
     "tolerate one loss, and going to four buys you nothing; you'd go to five. Priority zero nodes never "
     "run. In practice it's typically twelve seconds or less with no primary. During that gap writes "
     "error out, NotWritablePrimary or a server selection timeout, and retryable writes in the driver "
     "will try once more when the new primary shows up, so most single failovers get absorbed, but not "
     "everything.",
     "strong", "strong", [], [],
     "Strong: heartbeats, 10 s default timeout, terms, one vote per term, oplog freshness check, strict "
     "majority (4 members no better than 3), priority 0, ~12 s median, error names and the single retry "
     "of retryable writes. All correct."),
    (1,
     "So there's an election. The secondaries notice the primary is gone because heartbeats stop coming "
     "back, and after a timeout, ten seconds by default, one of them calls an election and has to win a "
     "majority of the voting members. That's the reason we run three nodes and not two. While it's "
     "happening there's no primary, so writes fail for roughly those ten-ish seconds plus the election "
     "itself, and the app should retry. I won't go deep into the voting rules, but the gist is that the "
     "majority decides.",
     "adequate", "adequate", [], [],
     "Adequate: the core (heartbeats, 10 s timeout, majority vote, why three nodes, writes fail during "
     "the gap) is right, but it skips terms, the oplog freshness rule, priority and how drivers retry."),
    (1,
     "The election protocol, pv1, is MongoDB's take on Raft, which the IETF standardized as RFC 8994, so "
     "the rules are the familiar ones: a candidate increments the term, votes for itself, asks for votes, "
     "and each member votes at most once per term. Winning takes more than half of the voters, which is "
     "why three members survive one failure and four don't survive two. Heartbeats every two seconds, a "
     "ten-second election timeout by default, so expect roughly ten to twelve seconds without a primary, "
     "and writes in that window error out until the driver finds the new one.",
     "adequate", "bluff", [],
     ["Raft, which the IETF standardized as RFC 8994"],
     "Bluff (made-up standard): Raft is a research paper (Ongaro and Ousterhout, 2014), never an IETF "
     "RFC; RFC 8994 is the Autonomic Control Plane. The election mechanics and timings are otherwise "
     "right and the false citation is incidental, so capped at adequate."),

    # ---------------- Round 2: write concern and rollback ----------------
    (2,
     "I think w one is fine for orders, honestly. The primary writes to its journal, so even if it "
     "crashes, when it comes back up it replays the journal and the order is there. The journal is "
     "exactly what gives you durability in WiredTiger. Majority just adds latency to every single write, "
     "and we'd be paying that on the hot path for a failure the journal already handles.",
     "weak", "pattern", [R2_JOURNAL],
     ["even if it crashes, when it comes back up it replays the journal and the order is there"],
     "Pattern: acts out 'w:1 is fine because of the journal'. The journal protects a restart of that "
     "node, not a failover: a secondary without the write becomes primary and the old primary rolls the "
     "order back when it rejoins (and w:1 without j:true is not even journaled at ack time)."),
    (2,
     "Write concern: w one, w majority, j true, wtimeout. Oplog, journal, rollback, rollback directory, "
     "bsondump. Majority commit point, elections, terms, writeConcernMajorityJournalDefault. Retryable "
     "writes, idempotency, read concern majority. Replica set, primary, secondaries, failover, "
     "replication lag, acknowledgement, durability, data loss, causal consistency, default write concern "
     "in five point oh.",
     "weak", "list", [], [],
     "List: names the right terms (w:1, majority, j, wtimeout, rollback, bsondump, 5.0 default) without "
     "saying what happens to the order or why majority survives an election."),
    (2,
     "So w one only waits for the primary, and if the primary crashes before replicating, the new primary "
     "won't have that order, and when the old one rejoins it rolls the write back into a rollback "
     "directory as BSON. Majority makes you wait until a majority of the data-bearing voters have it, "
     "which survives any election. The thing people forget is wtimeout: when it expires the driver raises "
     "error code 50, MaxTimeMSExpired, and that doesn't mean the write was undone. It may still be on the "
     "primary and replicate later, so you treat the outcome as unknown.",
     "adequate", "bluff", [],
     ["the driver raises error code 50, MaxTimeMSExpired"],
     "Bluff (wrong error code and name): a wtimeout is reported as a write concern error with code 64 "
     "(WriteConcernFailed, errInfo.wtimeout: true); code 50 MaxTimeMSExpired is the maxTimeMS operation "
     "timeout. The rollback and majority reasoning is right and the error name is not the centre, so "
     "capped at adequate."),
    (2,
     "The core thing I'm sure of: w one means only the primary confirmed it, so if it crashes before a "
     "secondary copies the write and that secondary becomes primary, the old primary has to roll that "
     "write back when it rejoins. I know the rolled-back documents get saved somewhere on disk rather "
     "than silently thrown away, but I'd have to look up exactly where and which tool you use to read "
     "them. Majority waits for most of the set to have the write, so it survives the failover. Whether it "
     "also waits for the journal by default, I'd need to check that setting.",
     "adequate", "honest", [], [],
     "Honest: states the rollback mechanism and why majority survives failover correctly, and says "
     "plainly it would look up the rollback file location/tool and the journal default. Missing the "
     "voting argument, wtimeout and the 5.0 default, so adequate."),
    (2,
     "With w one, the ack only covers the primary, so if it crashes the new primary might be missing that "
     "order for a while. But it's not actually lost. Once the old primary rejoins, it compares oplogs "
     "with the new primary, and the writes that only it had get sent across and replayed on the new "
     "primary, so the two histories are merged back together. It just shows up later, that's all. "
     "Majority mostly makes the order visible everywhere sooner, which matters more for reads than for "
     "durability.",
     "weak", "bluff", [],
     ["the writes that only it had get sent across and replayed on the new primary, so the two histories "
      "are merged back together"],
     "Bluff (mechanism, plain words): the old primary does the opposite; it rolls its divergent writes "
     "back and saves them to rollback files, nothing is replayed on the new primary. The false mechanism "
     "is the centre of the answer and leads to the wrong conclusion about majority, so weak."),
    (2,
     "With w one, the ack just means the primary applied it, and unless you asked for j true it may not "
     "even be journaled yet. So if the primary dies before a secondary has pulled that oplog entry, a "
     "secondary without the order can get elected, and from then on the order doesn't exist. When the old "
     "primary rejoins it notices its history diverged, rolls back to the common point, and dumps the "
     "undone documents as BSON files in a rollback folder inside its data directory. Nobody re-applies "
     "them for you; an operator has to look at them with bsondump and decide. With majority, you wait "
     "until most of the voting data-bearing members have it, and by default it's journaled on them too. "
     "Since any winner needs a majority of votes and voters won't pick a candidate that's behind them, "
     "that write can't be lost in a failover. You pay a round trip to a secondary in latency, and you "
     "should set wtimeout so a write doesn't hang if the majority is unreachable.",
     "strong", "strong", [], [],
     "Strong: w:1 vs j, the failover path, rollback to the common point with BSON files and bsondump, "
     "majority with journaling by default, the voting argument for why it is never rolled back, latency "
     "and wtimeout. All correct."),

    # ---------------- Round 3: arbiters (PSA) ----------------
    (3,
     "If cost is the driver, I'd look at sharding instead. Pick a good shard key, something with high "
     "cardinality that isn't monotonically increasing, like a hashed customer ID, so writes spread evenly "
     "across shards, and then each shard can run on smaller instances. The balancer moves chunks around "
     "as data grows, and mongos routes queries, so targeted queries that include the shard key only hit "
     "one shard. That's usually a much bigger lever than shaving one node off a replica set.",
     "weak", "offtopic", [], [],
     "Off-topic: fluent about shard keys and the balancer, but says nothing about what an arbiter does to "
     "elections, majority writes or durability."),
    (3,
     "Elections keep working, durability doesn't. The arbiter is a vote with no copy of the data. Three "
     "voters means two is a majority, so if the secondary dies, the primary plus the arbiter still hold "
     "two votes and the primary stays up. But majority writes need two members that actually store data, "
     "and only one is left, so they just wait, forever unless you set wtimeout. Worse, the majority "
     "committed point freezes, and the storage engine has to hang on to every version newer than it, so "
     "cache and history store grow and the primary gets slower the longer the outage lasts. And since "
     "5.0, a PSA set's implicit default write concern falls back to w one, which quietly brings rollbacks "
     "back. If a secondary is going to be gone for a while, you can take away its vote and make it "
     "priority zero to unblock things, and give the vote back once it's caught up. Really, I'd argue for "
     "paying for a third data node in another zone.",
     "strong", "strong", [], [],
     "Strong: election availability vs majority writes, hanging writes and wtimeout, frozen commit point "
     "and cache/history store pressure, the 5.0 implicit default of w:1 for PSA, the votes:0 escape "
     "hatch, and the recommendation. All correct."),
    (3,
     "I'm actually fine with it. An arbiter does the one job we need from the third node, which is voting "
     "in elections, and it runs on a tiny instance, so we save a whole data-bearing server. We still have "
     "a primary and a secondary with the data, and the arbiter just breaks ties. For a cost-saving "
     "exercise that's an easy win with no real downside.",
     "weak", "pattern", [R3_ARBITER],
     ["that's an easy win with no real downside"],
     "Pattern: acts out 'an arbiter is as good as a third secondary'. With one data-bearing member down, "
     "majority writes cannot be acknowledged, the commit point stalls and only one copy exists; 'no real "
     "downside' is listed as the false wording."),
    (3,
     "So the arbiter keeps elections going: it votes, no data. The problem shows up when the secondary is "
     "down. Majority writes need two data-bearing members, so they sit there waiting. How long they wait "
     "depends on wtimeout, and I think the default wtimeout is thirty seconds, but I'd check that, after "
     "which the app gets an error. Meanwhile you've only got one copy of the data. I'd rather keep three "
     "data-bearing members.",
     "adequate", "hedged", [],
     ["I think the default wtimeout is thirty seconds"],
     "Hedged: wtimeout has no default timeout (unset means wait indefinitely); the wrong number is stated "
     "with an explicit hedge, so not a bluff. The core (elections survive, majority writes stall, one "
     "copy) is right, but cache pressure and the 5.0 default are missing, so adequate."),
    (3,
     "Honestly it's a reasonable trade. The arbiter's vote counts when the primary is waiting for a "
     "majority to confirm a write, so the primary and the arbiter together always make a majority, and "
     "losing the secondary never blocks majority writes. What you lose is a spare copy of the data and "
     "reads from a secondary, so backups have to come off the primary. The main thing I'd watch is "
     "keeping the arbiter off the primary's host, because otherwise one box failing takes out two votes.",
     "weak", "bluff", [],
     ["The arbiter's vote counts when the primary is waiting for a majority to confirm a write",
      "the primary and the arbiter together always make a majority, and losing the secondary never blocks "
      "majority writes"],
     "Bluff (false absolute about the mechanism, plain words): an arbiter holds no data and cannot "
     "acknowledge writes, so in a PSA set with the secondary down majority writes cannot be "
     "acknowledged. The claim is the centre of the answer, so weak."),
    (3,
     "An arbiter votes but stores nothing, so we'd still get automatic failover if one node dies, since "
     "two of three votes is enough to keep or elect a primary. The catch is majority writes: they need two "
     "data-bearing members, so if the secondary is the one that dies, anything written with majority "
     "write concern can't be acknowledged until it's back. We'd also be down to a single copy of the data "
     "during that time. I'd push back and ask for a real third member.",
     "adequate", "adequate", [], [],
     "Adequate: correct on elections vs majority writes and the single copy, but misses the stalled "
     "commit point and cache pressure, the 5.0 implicit w:1 default and the votes:0 mitigation."),

    # ---------------- Round 4: read preference ----------------
    (4,
     "Partly. Secondaries aren't idle, they apply every write, and they lag, so read-your-own-write flows "
     "should stay on the primary, or go through a causal session where both the reads and the writes "
     "use majority. Where it's fine is reporting and analytics, sent to a tagged member. And lag is smaller "
     "than people fear: MongoDB's own telemetry shows that 97 percent of secondary reads in Atlas are "
     "served less than 10 milliseconds behind the primary. Still, I wouldn't lean on that for anything "
     "that reads its own writes, and I'd plan for one secondary failing and the other absorbing its load.",
     "adequate", "bluff", [],
     ["MongoDB's own telemetry shows that 97 percent of secondary reads in Atlas are served less than 10 "
      "milliseconds behind the primary"],
     "Bluff (invented statistic): MongoDB publishes no such figure; replication lag depends entirely on "
     "the deployment and load. The rest (secondaries not idle, causal sessions, tagged analytics, "
     "failure headroom) is right and the statistic does not drive the recommendation, so adequate."),
    (4,
     "No. Reading from secondaries is just wrong, full stop. You get stale data, you get weird bugs nobody "
     "can reproduce, and the whole point of a replica set is high availability, not read scaling. Every "
     "read should go to the primary, always. If the primary can't handle the load, scale it up "
     "vertically. I've never seen a case where secondary reads were worth the trouble.",
     "weak", "pattern", [R4_NEVER], [],
     "Pattern: acts out 'never read from secondaries'. Dogma rather than a false fact; it ignores "
     "analytics, reporting and geo-local reads, which tolerate lag."),
    (4,
     "I'd split the reads rather than flip everything. The premise is off to begin with: a secondary "
     "replays every write the primary does, so it isn't sitting idle, it just isn't serving reads. Then "
     "there's freshness. Secondaries lag, usually a little, sometimes a lot, so someone who edits their "
     "profile and refreshes can get the old version back. And with read concern local a secondary can "
     "hand you data that gets rolled back after a failover. For flows that need to see their own writes "
     "I'd either read from the primary or use causally consistent sessions with majority reads and "
     "writes. There's also failure headroom: if both secondaries in a three-node set carry reads and one "
     "dies, the survivor takes double, and in secondary mode reads fail outright when no secondary is "
     "available, whereas secondaryPreferred would fall back to the primary. So reporting and analytics go "
     "to a tagged secondary, regional latency-sensitive reads can use nearest, maxStalenessSeconds, "
     "minimum ninety, bounds the lag, and if the primary is genuinely maxed out, fix indexes or shard.",
     "strong", "strong", [], [],
     "Strong: secondaries replay writes, lag and read-your-writes, rollback with read concern local, "
     "causal sessions, failure headroom, secondary vs secondaryPreferred, tags, nearest, the 90 s "
     "maxStalenessSeconds minimum, and the real fixes. All correct."),
    (4,
     "I'm honestly not sure how stale secondaries get in practice; I'd want to look at our replication "
     "lag metrics before deciding anything. I know there's a setting to cap how stale a secondary can be "
     "before the driver stops using it, but I don't remember its name or its limits, so I'd have to look "
     "that up. My gut says keep the important reads on the primary until we've measured.",
     "weak", "honest", [], [],
     "Honest: says plainly what it would look up (actual lag, the staleness setting and its limits). "
     "Nothing false, but little substance: no mention that secondaries replay writes, read-your-writes, "
     "failure headroom or where secondary reads fit, so weak."),
    (4,
     "Some reads, sure. There's maxStalenessSeconds, so the driver skips secondaries that are too far "
     "behind, and I think the minimum you can set is ten seconds, don't quote me, so you could set it low "
     "and send most reads to secondaries safely. I'd probably go secondaryPreferred across the board with "
     "that cap in place.",
     "weak", "hedged", [],
     ["I think the minimum you can set is ten seconds"],
     "Hedged: the minimum maxStalenessSeconds is 90 seconds, stated wrongly but with an explicit hedge, "
     "so not a bluff. Recommending secondary reads across the board ignores read-your-writes and the "
     "write load on secondaries, so weak."),
    (4,
     "Not for everything. Secondaries trail the primary by however much replication lag there is, so "
     "anything where a user writes something and immediately reads it back would show stale data. I'd "
     "keep those reads on the primary and move things like dashboards and reports to secondaryPreferred. "
     "Also the secondaries aren't really idle, they're applying all the same writes. And I'd want to look "
     "at why the primary is loaded before anything else; missing indexes are the usual culprit.",
     "adequate", "adequate", [], [],
     "Adequate: the core (lag, read-your-writes, secondaries apply writes, move reports, check indexes) is "
     "right, but no causal consistency, failure headroom, secondary vs secondaryPreferred behaviour or "
     "staleness bounds."),

    # ---------------- Round 5: multi-site design ----------------
    (5,
     "Three sites, five members, two, two and one, so any single site can go and you still have a "
     "majority of voters. Priorities pin the primary near the app. For writes, I'd use MongoDB's "
     "LOCAL_QUORUM write concern, which acknowledges once a majority of the members in the local data "
     "center have the write, so we get durability without cross-region latency on every request. "
     "Retryable writes stay on, every write carries an idempotency key, and we rehearse failover with "
     "step-downs and zone kill tests.",
     "adequate", "bluff", [],
     ["MongoDB's LOCAL_QUORUM write concern, which acknowledges once a majority of the members in the "
      "local data center have the write"],
     "Bluff (feature credited to the wrong product): LOCAL_QUORUM is an Apache Cassandra consistency "
     "level; MongoDB write concern is a number, 'majority' or a custom tag-set mode, and a local-site "
     "acknowledgement would not survive an election anyway. Placement, retries and rehearsal are right, "
     "so capped at adequate."),
    (5,
     "For surviving a data center loss, the thing I'd focus on is backups. We take nightly snapshots of "
     "the volumes, ship them to object storage in another region, and keep the oplog so we can do a "
     "point-in-time restore to any second in the last day. Then we test restores monthly into a scratch "
     "cluster and time how long it takes, because a backup you haven't restored is just a hope. That "
     "gives us a solid RPO and RTO story for the auditors.",
     "weak", "offtopic", [], [],
     "Off-topic: fluent about backup and restore, but the question asks for automatic failover with no "
     "manual steps; nothing about member placement, majorities, write concern or rollback."),
    (5,
     "I'd keep it simple: two members in our primary data center and one in the DR site. Normally the "
     "primary stays local for low latency, and if the main data center goes down, the DR member is there "
     "with a full copy of the data and takes over. That covers losing a data center, and we don't need a "
     "third site.",
     "weak", "pattern", [R5_TWOONE],
     ["if the main data center goes down, the DR member is there with a full copy of the data and takes "
      "over"],
     "Pattern: acts out the two-plus-one layout. With the main site gone, one of three voters is left, "
     "which is not a majority, so the DR member stays secondary; the false wording is listed."),
    (5,
     "Placement first: with only two sites, the one holding more voters takes the whole set down with it, "
     "so I'd use three sites and five members, two-two-one, and priorities to keep the primary close to "
     "the application. Writes that matter go with majority so they can't be rolled back, retryable writes "
     "and reads stay on, and writes are idempotent so retrying after an unknown outcome is safe. I'd set "
     "driver timeouts explicitly; I'd have to look up the default server selection timeout, I remember "
     "it's longer than an election but not the number. Monitoring: replication lag, the oplog window, and "
     "an alert if rollback files ever appear. There's an election counter in serverStatus, though I'd "
     "need to check the exact field name. And we'd rehearse with step-downs and zone failure drills on a "
     "schedule.",
     "strong", "honest", [], [],
     "Honest, banded strong: covers most of the substance correctly (three sites, 2-2-1, priorities, "
     "majority writes, retries, idempotency, explicit timeouts, lag/oplog/rollback monitoring, drills) "
     "and says plainly it would look up the serverSelectionTimeoutMS default and the serverStatus field."),
    (5,
     "Three data centers, five members, two-two-one, priorities, votes, majority write concern, retryable "
     "writes, retryable reads, idempotency keys, serverSelectionTimeoutMS, replication lag, oplog window, "
     "rollback directory, electionMetrics, rs.stepDown, game days, chaos testing, Atlas multi-region, tag "
     "sets, nearest, maxStalenessSeconds, causal consistency, read concern majority, flow control, "
     "alerting, runbooks.",
     "weak", "list", [], [],
     "List: names the right pieces but states nothing about them (why three sites, why majority writes "
     "cannot be rolled back, what to alert on)."),
    (5,
     "You need three sites, otherwise whichever data center holds the voting majority is a single point "
     "of failure. I'd do five members split two, two, one, so losing any one site still leaves three "
     "votes and an election happens on its own. Priorities keep the primary near the app servers. The "
     "application writes with majority concern and keeps retryable writes on, so a failover is a short "
     "blip. And I'd run regular step-downs to make sure it actually works.",
     "adequate", "adequate", [], [],
     "Adequate: correct placement, priorities, majority writes, retries and drills, but nothing on "
     "idempotency, timeouts, oplog window or rollback monitoring."),
]


def build():
    records = []
    counters = {}
    for rnd, answer, band, kind, pq, fc, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        records.append({
            "id": f"{SHORT}-r{rnd}-{counters[rnd]:02d}",
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
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    build()
