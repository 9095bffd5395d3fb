#!/usr/bin/env python3
"""Build kafka-consumer-groups_answers.jsonl: 30 labelled interview answers (6 per round).

Record fields, in order: id, round, answer, band, bluff, kind, pattern_quotes, false_claims, note.
Run: python3 build_answers.py   (writes the jsonl next to this file)
"""
import json
import os

SHORT = "kcg"
NAME = "kafka-consumer-groups"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", f"{NAME}_answers.jsonl")

# Common Weak Answers quotes, copied verbatim from kafka-consumer-groups.txt
R1_MSG_LB = "Kafka load-balances individual messages across all the consumers, so 20 instances means 20 times the throughput."
R2_HB_POLL = "Heartbeats are sent from poll(), so if processing is slow you just lower heartbeat.interval.ms."
R3_SESSION = "Just increase session.timeout.ms and the rebalances go away."
R4_EXACTLY = "Committing after every message gives us exactly-once."
R5_THRESH = "Alert when lag goes over 10,000 messages."


def rec(round_no, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    return {
        "round": round_no,
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
    rec(1,
        "So the key thing is that inside a single group, a partition only ever has one owner. One consumer "
        "can hold several partitions, but never the reverse. That means twelve partitions cap us at twelve "
        "busy consumers. If we run twenty, eight of them just sit there with nothing, although they still "
        "join every rebalance, so they actually add cost. Going from three up to twelve is the useful part. "
        "How it's decided: a broker acts as coordinator for that group id, the members join through it, one "
        "of the consumers gets picked as leader and runs the assignor, range or round-robin or "
        "cooperative-sticky, and the coordinator distributes the result. Progress is kept as committed "
        "offsets per group and per partition, in __consumer_offsets, so whoever picks up a partition carries "
        "on where the group left off. Ordering holds per partition only. If we need more parallelism I'd "
        "either add partitions, knowing that remaps keys and breaks per-key ordering for a while, or "
        "parallelize by key inside each consumer.",
        "strong", "strong",
        note="Correct and nearly complete: one owner per partition, 8 idle of 20, coordinator plus leader-run "
             "assignor, per-group offsets, per-partition ordering, cost of adding partitions."),
    rec(1,
        "Um, so partitions are the unit of work. Each partition goes to exactly one consumer in the group. "
        "With twelve partitions and twenty instances you'd have eight that get nothing, they're basically "
        "idle standbys. So I'd say scale to twelve at most, and if that's still not enough throughput we'd "
        "need more partitions on the topic. Kafka works out the assignment itself whenever members join or "
        "leave, that's the rebalance.",
        "adequate", "adequate",
        note="Core is right (partition-per-consumer, idle extras, partitions cap parallelism) but nothing on "
             "the coordinator or leader-run assignor, per-group offsets, ordering, or key remapping."),
    rec(1,
        "Honestly I think this is the right move. Kafka spreads the messages out over every consumer in the "
        "group, kind of like a work queue, so with twenty instances each one handles a twentieth of the "
        "traffic. We'd get close to linear scaling, maybe not quite twenty times because of overhead, but a "
        "big jump from three. I'd just keep an eye on CPU and add more instances if we need them.",
        "weak", "pattern",
        pattern_quotes=[R1_MSG_LB],
        false_claims=["Kafka spreads the messages out over every consumer in the group, kind of like a work "
                      "queue, so with twenty instances each one handles a twentieth of the traffic"],
        note="Acts out the per-message load-balancing misconception; with 12 partitions only 12 consumers "
             "ever get data."),
    rec(1,
        "Right, so the consumers register themselves in ZooKeeper, and ZooKeeper is what tracks group "
        "membership and hands out the partitions to each consumer, that's why you see those ephemeral nodes "
        "under the consumers path. Each partition goes to one member of the group, so with twelve partitions "
        "only twelve of the twenty instances would get any work and the other eight idle. Committed offsets "
        "are per group, so a moved partition resumes where the group left off. I'd cap it at twelve.",
        "weak", "bluff",
        false_claims=["ZooKeeper is what tracks group membership and hands out the partitions to each consumer"],
        note="Bluff, feature credited to the wrong component: group membership and assignment are handled by "
             "the broker-side group coordinator (plus a client group leader) since the 0.9 consumer, not "
             "ZooKeeper; Kafka 4.0 has no ZooKeeper at all. The false claim is the answer to 'how are "
             "partitions assigned', so it sits at the centre: weak."),
    rec(1,
        "I know the basic rule: one consumer per partition inside a group, so going to twenty on a "
        "twelve-partition topic leaves eight instances doing nothing. And offsets are committed for the "
        "group, so when partitions shuffle around nobody starts over from scratch. What I'm hazy on is the "
        "actual assignment mechanics, like which side computes the plan, broker or client, and what the "
        "default strategy is these days. I'd want to look that up in the consumer config docs before saying "
        "anything definite.",
        "adequate", "honest",
        note="Honest about not knowing who computes the assignment and the default assignor; what it does "
             "state (idle consumers, per-group offsets) is correct, so adequate."),
    rec(1,
        "So for the twelve partitions, the important piece is how the producer picks a partition. With a "
        "key, the default partitioner hashes it with murmur2 modulo the partition count, and without a key "
        "newer clients use the sticky partitioner to fill batches. Then each partition has a leader and "
        "followers, and with replication factor three and min.insync.replicas of two, acks=all writes "
        "survive losing a broker. That's what keeps us durable as we grow.",
        "weak", "offtopic",
        note="Fluent and correct about producer partitioning and replication, but says nothing about "
             "consumer groups, assignment or what scaling to 20 instances does."),

    # ------------------------------------------------------------------ round 2
    rec(2,
        "There are really two different failure detectors. The heartbeat goes out from a background thread "
        "inside the client, so it proves the process is alive: if the coordinator doesn't hear one within "
        "session.timeout.ms, which is 45 seconds by default on 3.0 and newer and was 10 before, the member "
        "gets kicked and the group rebalances. heartbeat.interval.ms is 3 seconds by default; keep it at a "
        "third of the session timeout or less. Then max.poll.interval.ms, five minutes by default, checks "
        "that the application is actually making progress, meaning the gap between poll calls. With a "
        "seven-minute batch we exceed that: at the five-minute mark the consumer drops out of the group on "
        "its own, its partitions go to someone else who re-reads from the last commit, and when our code "
        "finally tries commitSync it gets CommitFailedException. Then it rejoins and causes another "
        "rebalance. I'd shrink max.poll.records from its 500 default, or raise the poll interval to cover "
        "the worst case, or move processing off the polling thread and pause the partitions while still "
        "polling.",
        "strong", "strong",
        note="All three settings with correct defaults (45 s since 3.0, 3 s, 5 min), the background heartbeat "
             "thread, the 7-minute failure mode with CommitFailedException, and the three fixes."),
    rec(2,
        "So the consumer heartbeats every time you call poll, that's how the broker knows you're alive. If a "
        "batch takes seven minutes you're not polling, so no heartbeats, and the broker thinks you're dead. "
        "The fix I'd go for is to make the heartbeat interval shorter, say one second, so the coordinator "
        "hears from you more often and doesn't time you out.",
        "weak", "pattern",
        pattern_quotes=[R2_HB_POLL],
        false_claims=["the consumer heartbeats every time you call poll, that's how the broker knows you're alive",
                      "make the heartbeat interval shorter, say one second, so the coordinator hears from you "
                      "more often and doesn't time you out"],
        note="Acts out the heartbeats-from-poll misconception; heartbeats come from a background thread since "
             "0.10.1 and slow processing trips max.poll.interval.ms, which the heartbeat interval can't fix."),
    rec(2,
        "OK so session.timeout.ms is the liveness check, it's 45 seconds by default now, and the heartbeats "
        "come from a background thread every 3 seconds, that's heartbeat.interval.ms. Then "
        "max.poll.interval.ms is the one that matters here: it defaults to one minute, sixty thousand "
        "milliseconds, and it's the longest you can go between polls. A seven-minute batch blows way past "
        "that, so the consumer gets dropped, its partitions are reassigned, and the records get processed "
        "again by someone else. I'd cut max.poll.records so each batch is smaller.",
        "adequate", "bluff",
        false_claims=["it defaults to one minute, sixty thousand milliseconds"],
        note="Bluff, contradicted default: max.poll.interval.ms defaults to 300000 ms (five minutes), not "
             "60000. The mechanism and the consequence are otherwise right and the 7-minute batch exceeds "
             "either value, so the wrong default is not the centre: adequate."),
    rec(2,
        "The three settings split the job. session.timeout.ms, forty-five seconds by default since 3.0, "
        "covers the process dying, through heartbeats that a background thread sends every three seconds by "
        "default. max.poll.interval.ms, five minutes by default, covers the poll loop getting stuck. So "
        "seven minutes of processing means the consumer is evicted after five, the group rebalances, and "
        "another consumer re-reads from the last committed offset. And the tell-tale sign in the logs is "
        "that your commitSync then fails with an OffsetOutOfRangeException, because your generation is no "
        "longer valid. Smaller batches or a longer poll interval fix it.",
        "adequate", "bluff",
        false_claims=["your commitSync then fails with an OffsetOutOfRangeException"],
        note="Bluff, wrong error name: a commit after the group has rebalanced fails with "
             "CommitFailedException; OffsetOutOfRangeException is a fetch error for a position outside the "
             "log when auto.offset.reset=none. Defaults and mechanism are right: adequate."),
    rec(2,
        "So heartbeats come from a separate thread and prove the consumer process is alive, and "
        "session.timeout.ms is how long the coordinator waits without one. I think the default is around "
        "two minutes, but I'd double-check that. max.poll.interval.ms is the separate limit on time between "
        "polls, which a seven-minute batch will exceed, so the consumer gets thrown out and its partitions "
        "are reassigned and reprocessed. I'd reduce how many records each poll returns.",
        "adequate", "hedged",
        false_claims=["I think the default is around two minutes"],
        note="Hedged wrong default: session.timeout.ms defaults to 45 s (10 s before Kafka 3.0), stated with "
             "an explicit hedge, so not a bluff. Mechanism and failure mode are right but the other defaults "
             "and the commit failure are missing: adequate."),
    rec(2,
        "Okay, the pieces: session.timeout.ms, heartbeat.interval.ms, max.poll.interval.ms, "
        "max.poll.records. Then the background heartbeat thread, the group coordinator, the rebalance "
        "itself, generations, CommitFailedException. And on the fix side, pause and resume, async "
        "processing, maybe static membership too. Those are the things I'd dig into for the seven-minute "
        "batch problem.",
        "weak", "list",
        note="Names the right settings and concepts but says nothing about what each detects, the defaults, "
             "or what happens to the seven-minute batch."),

    # ------------------------------------------------------------------ round 3
    rec(3,
        "The root cause is the eager protocol: on any membership change, every consumer gives up everything "
        "it owns before the new plan is handed out, so all 40 pods stop, not just the one being restarted. "
        "And a rolling deploy produces lots of those events, a pod leaving politely and then its replacement "
        "showing up under a fresh member id, so you can easily get two rebalances per pod. Two changes fix "
        "most of it. Static membership: set group.instance.id to something stable per pod, like the "
        "StatefulSet ordinal name. The coordinator then keeps that member's slot while it restarts, provided "
        "it's back before the session timeout, so I'd raise the timeout to cover a restart, at the cost of "
        "slower detection when a pod really dies. And cooperative rebalancing with the "
        "CooperativeStickyAssignor, from Kafka 2.4, where consumers hold onto partitions that aren't moving "
        "and only the moved ones get revoked in a follow-up round. Switching a running group needs a careful "
        "two-step rollout so old and new assignors overlap. I'd also commit in the revoke callback and graph "
        "rebalance counts per deploy.",
        "strong", "strong",
        note="Explains eager stop-the-world and why a rolling deploy multiplies rebalances, static membership "
             "with its detection trade-off, cooperative rebalancing, the two-step migration, and measurement."),
    rec(3,
        "Honestly I think this is a timeout tuning problem. The pods take a while to come back, so the "
        "coordinator decides they're gone and rebalances. If we bump session.timeout.ms up to something like "
        "five minutes, the restarted pod is back well before that and the group never notices it was away. "
        "That should kill the storm without any code changes.",
        "weak", "pattern",
        pattern_quotes=[R3_SESSION],
        false_claims=["If we bump session.timeout.ms up to something like five minutes, the restarted pod is "
                      "back well before that and the group never notices it was away"],
        note="Acts out the raise-the-session-timeout pattern; a dynamic member sends LeaveGroup on clean "
             "shutdown and rejoins with a new member id, so the timeout never helps without static membership."),
    rec(3,
        "The storm is the eager rebalance protocol. Everyone revokes everything on every membership change, "
        "and a rolling deploy of forty pods generates dozens of those. The fix I'd reach for first is static "
        "membership, which came in with KIP-429: you give each pod a fixed group.instance.id, it doesn't send "
        "a leave request when it shuts down, and if it's back within the session timeout it just gets its "
        "old partitions with no rebalance. Then I'd layer the cooperative sticky assignor on top so the "
        "remaining rebalances only move what has to move.",
        "adequate", "bluff",
        false_claims=["static membership, which came in with KIP-429"],
        note="Bluff, misattributed spec number: static membership is KIP-345 (Kafka 2.3); KIP-429 is "
             "incremental cooperative rebalancing for the consumer (Kafka 2.4). The design is right but "
             "misses the detection trade-off and the migration: adequate."),
    rec(3,
        "I'd switch the group to cooperative rebalancing and call it done. The way cooperative works, a "
        "consumer never has to give up a partition during a rebalance; the new members just get spare "
        "capacity added around the existing owners, so processing never pauses for anyone. That's the whole "
        "point versus eager, where the group stops. Combine it with static membership via group.instance.id "
        "so quick restarts don't trigger rebalances, and the storm goes away.",
        "weak", "bluff",
        false_claims=["a consumer never has to give up a partition during a rebalance",
                      "so processing never pauses for anyone"],
        note="Bluff, wrong in plain words about the mechanism (a false absolute): under cooperative "
             "rebalancing partitions that move are still revoked from their owner and paused until the "
             "second round assigns them; only partitions that stay put keep processing. Central to the fix: "
             "weak."),
    rec(3,
        "Two things are going on, I think. Every rebalance under the old eager protocol stops the entire "
        "group, because everyone revokes all their partitions first. And each pod restart makes more than "
        "one rebalance: it leaves, then the new pod joins as a brand-new member. For the count, static "
        "membership: a fixed group.instance.id per pod, so a restart inside the session timeout doesn't "
        "rebalance at all, the trade-off being that a dead pod's partitions wait out that timeout. For the "
        "cost of each one, the cooperative sticky assignor, so only partitions that actually move are "
        "revoked. Moving a live group over needs two rolling restarts, with both assignors listed in between. "
        "What I genuinely don't remember is which Kafka version each of those landed in, and whether the "
        "newer server-side protocol is production-ready in our version. I'd check the release notes before "
        "planning around it.",
        "strong", "honest",
        note="Honest about versions and the new protocol's readiness, but covers nearly all the substance "
             "correctly (both causes, static membership with its trade-off, cooperative, two-bounce migration): "
             "strong."),
    rec(3,
        "So the storms come from eager rebalancing, everybody drops their partitions whenever anyone joins or "
        "leaves. I'd turn on static membership, so pods can restart without triggering a rebalance if they're "
        "back within the session timeout, and I'd switch to the cooperative sticky assignor. I believe static "
        "membership landed back in Kafka 1.1, though I'd want to confirm, so our brokers should support it.",
        "adequate", "hedged",
        false_claims=["I believe static membership landed back in Kafka 1.1"],
        note="Hedged wrong version: static membership arrived in Kafka 2.3 (KIP-345), stated with an "
             "explicit hedge, so not a bluff. Right two fixes but no trade-off or migration: adequate."),

    # ------------------------------------------------------------------ round 4
    rec(4,
        "I'd push back on the per-message part. A synchronous commit is a network round trip to the "
        "coordinator each time, so throughput would crater. And it doesn't even buy what they want: if we "
        "crash after handling a message but before its commit goes through, we'll see that message again. "
        "I'd commit after each batch instead and make the handler idempotent, so a replayed message does no "
        "harm.",
        "adequate", "adequate",
        note="Core is right (cost per commit, duplicates remain, batch commits plus idempotence) but misses "
             "how auto-commit actually behaves, the async-processing loss case, and transactions."),
    rec(4,
        "Yeah, I like it. Auto-commit is on a timer, so there's always a window where you've processed stuff "
        "that isn't committed, or the other way round. If we commit right after each message, the committed "
        "offset always matches exactly what we've processed, so there's no gap and every message is handled "
        "exactly once. It's slower, sure, but correctness matters more for orders.",
        "weak", "pattern",
        pattern_quotes=[R4_EXACTLY],
        false_claims=["the committed offset always matches exactly what we've processed, so there's no gap and "
                      "every message is handled exactly once"],
        note="Acts out the commit-per-message-means-exactly-once misconception; a crash between processing "
             "and committing still redelivers the message."),
    rec(4,
        "The teammate has a point about auto-commit. The way it works, the auto-commit runs on its own "
        "background thread on a timer, completely separate from your poll loop, so every few seconds it "
        "commits whatever has been fetched whether your code has processed it or not. So yes, a crash can "
        "lose messages even with simple synchronous processing. Committing after each message is heavy, "
        "though, so I'd disable auto-commit and commit after each batch.",
        "weak", "bluff",
        false_claims=["the auto-commit runs on its own background thread on a timer, completely separate from "
                      "your poll loop",
                      "it commits whatever has been fetched whether your code has processed it or not",
                      "a crash can lose messages even with simple synchronous processing"],
        note="Bluff, wrong in plain words about the mechanism: auto-commit runs inside poll() (and close()) and "
             "commits the offsets returned by the previous poll, so with synchronous processing it is "
             "at-least-once and loses nothing. The false mechanism drives the whole recommendation: weak."),
    rec(4,
        "My instinct is that per-message sync commits are going to be really slow, since each one waits on "
        "the broker, and that they still don't stop duplicates: if we die between processing and committing, "
        "the message comes back. What I'm not sure about is the auto-commit side. I don't remember exactly "
        "when the auto-commit fires, whether it's inside poll or on its own thread, so I can't say for "
        "certain whether it's actually lossy for us. I'd read the consumer docs on that before agreeing to "
        "anything.",
        "adequate", "honest",
        note="Honest about not knowing when auto-commit fires; the two points it does make (cost, duplicates "
             "remain) are correct: adequate."),
    rec(4,
        "Hmm, okay. Things that matter here: enable.auto.commit, auto.commit.interval.ms, commitSync versus "
        "commitAsync, at-least-once, at-most-once, exactly-once, idempotent consumers, dedupe keys, Kafka "
        "transactions, sendOffsetsToTransaction, read_committed, the rebalance listener, onPartitionsRevoked, "
        "__consumer_offsets, commit latency, throughput. That's basically the toolbox I'd draw on to answer the teammate's plan.",
        "weak", "list",
        note="Lists the right terms without saying whether the plan is good or why."),
    rec(4,
        "If throughput is the worry, the knobs that matter most are on the producer. Raise linger.ms to "
        "something like ten or twenty milliseconds so batches fill up, bump batch.size, and turn on "
        "compression, lz4 or zstd, which cuts network and disk a lot. With enable.idempotence the producer "
        "also won't write duplicates on retry, and that's on by default in recent clients.",
        "weak", "offtopic",
        note="Correct producer tuning, but it doesn't address consumer offset commits, auto-commit or the "
             "teammate's plan."),

    # ------------------------------------------------------------------ round 5
    rec(5,
        "First I'd get lag right. It's per partition: the newest offset in the partition minus what the group "
        "has committed, and I'd collect it from outside the consumer, Burrow or a Prometheus exporter, since "
        "a crashed consumer can't report its own lag. But a raw count doesn't transfer between services, so "
        "I'd turn it into time behind, the age of the oldest message not yet consumed, and set alerts against "
        "each team's freshness target. On top of that, trend alerts: lag rising window after window, or a "
        "partition whose committed offset is frozen while new data arrives, the signature of a poison "
        "message or a stuck thread. Second, group health: the group state, how often it rebalances, and "
        "whether there are more members than partitions. Third, offset expiry: an empty group loses its "
        "committed offsets after seven days by default, and then auto.offset.reset, latest unless changed, "
        "silently jumps it to the end. Infrequent batch jobs need to know that. And a documented procedure "
        "for offset resets with the CLI, dry run first, group stopped.",
        "strong", "strong",
        note="Correct lag definition measured externally, time-based and trend alerts, stalled partitions, "
             "group health, offset expiry with the 7-day default and auto.offset.reset=latest, reset runbook."),
    rec(5,
        "Mostly I'd watch consumer lag per group and partition, meaning how far the committed offset trails "
        "the end of the log. The command-line tool shows it with describe, and I'd export it to our metrics "
        "stack. I'd alert when lag keeps growing over, say, fifteen minutes rather than on a fixed number, "
        "because services run at very different volumes. And I'd watch for groups that rebalance a lot.",
        "adequate", "adequate",
        note="Correct lag definition and trend-based alerting, but no time-based lag, stalled partitions, "
             "offset expiry or reset procedure."),
    rec(5,
        "Two things bite people. One is lag, which I'd express in seconds rather than messages, per service, "
        "and the other is offset expiry. If a group sits empty long enough, seven days by default, its "
        "committed offsets are deleted, and when it comes back it starts from wherever auto.offset.reset "
        "says, and the default there is latest, so you silently skip a chunk of data. So I'd alert on time "
        "lag and flag groups that have been empty for a few days.",
        "adequate", "adequate",
        note="Right on time-based lag and on offset expiry (7 days, latest), but nothing on how lag is "
             "measured, trend or stall alerts, or group health."),
    rec(5,
        "Keep it simple: pick a lag threshold, say ten thousand messages, and page whoever owns the group when "
        "any partition crosses it. It's easy to explain, it's one rule for all two hundred services, and the "
        "on-call knows exactly what it means. We can tune the number later if it's too noisy.",
        "weak", "pattern",
        pattern_quotes=[R5_THRESH],
        note="Acts out the single static message-count threshold, which means seconds for one topic and days "
             "for another."),
    rec(5,
        "Lag is the main signal, log-end offset minus committed offset per partition, and I'd measure it from "
        "the broker side with something like Burrow, because a dead consumer can't report anything. I'd "
        "convert it to seconds behind, since message counts mean different things per topic. And I'd watch "
        "rebalance frequency very closely, because rebalances are the biggest cause of lag: Confluent's own "
        "support data shows roughly seventy percent of consumer lag incidents trace back to rebalances. Plus "
        "group state and offset expiry for idle groups.",
        "adequate", "bluff",
        false_claims=["Confluent's own support data shows roughly seventy percent of consumer lag incidents "
                      "trace back to rebalances"],
        note="Bluff, invented statistic: there is no such published Confluent figure. The rest of the answer "
             "is correct but thin on the offset-expiry details: adequate."),
    rec(5,
        "I'd build it around lag, committed offset versus the end of each partition, but measured in time "
        "rather than message count, since volumes differ so much across two hundred services, and I'd alert "
        "on sustained growth or a partition that's stopped moving. I also know committed offsets for an idle "
        "group eventually expire and the group falls back to its reset policy, but I don't remember the "
        "retention default or the exact config name, so I'd look that up. Same for which lag exporter is "
        "best maintained today.",
        "adequate", "honest",
        note="Honest about the retention default and config name; what it states (time-based lag, growth and "
             "stall alerts, expiry falling back to the reset policy) is correct but less complete: adequate."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            n = counters.get(r["round"], 0) + 1
            counters[r["round"]] = n
            ordered = {"id": f"{SHORT}-r{r['round']}-{n:02d}"}
            ordered.update(r)
            f.write(json.dumps(ordered, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} answers to {OUT}")


if __name__ == "__main__":
    main()
