#!/usr/bin/env python3
"""Build rabbitmq_answers.jsonl: 30 labelled answers for the RabbitMQ in Production gauntlet."""
import json
import os

SHORT = "rmq"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "rabbitmq_answers.jsonl")

# Common Weak Answer quotes used by the pattern answers (verbatim from rabbitmq.txt)
CWA_R1_HOLD = "If no queue matches, RabbitMQ holds the message until a matching queue is bound."
CWA_R2_CONFIRM = "Publisher confirms mean the consumer has processed the message."
CWA_R3_ONEQUEUE = "Put every retry in one delay queue and give each message its own expiration."
CWA_R4_RAM = "Just add more RAM to the nodes."
CWA_R5_AUTOHEAL = "Set partition handling to autoheal and it takes care of itself."

# (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: exchanges and bindings ----------------
    (1, "strong", "strong",
     "Okay, so the thing to get straight first is that in 0-9-1 publishers don't target queues at all. "
     "They hand the message to an exchange together with a routing key, and the bindings decide which queues get a copy. "
     "Even when you think you're sending to a queue by name, you're going through the nameless default exchange. "
     "For the order case I'd go with a topic exchange, routing keys shaped like order, region, event. "
     "Billing, shipping and audit each own a queue, so each gets its own copy. Audit binds with the hash wildcard, "
     "which catches everything, and a regional consumer binds something like order.eu.# where star would be exactly one word "
     "and hash is zero or more words. Direct is just exact key equality, fanout ignores the key and broadcasts to everything bound, "
     "and headers routes on header values with x-match any or all, which I rarely need. Several shipping instances share one queue "
     "and compete for messages. And I'd guard against unroutable messages, because by default they just vanish: either publish "
     "with mandatory so they bounce back through basic.return, or hang an alternate exchange off it.",
     [], [],
     "Correct and complete: publish goes via exchange (default exchange), topic wildcards, all four types, one queue per service, "
     "competing consumers, unroutable messages dropped and caught by mandatory/alternate exchange."),
    (1, "adequate", "adequate",
     "Right, so RabbitMQ gives you four main exchange types. Direct routes when the routing key equals the binding key exactly. "
     "Fanout sends to every queue bound to it no matter what the key is, so that's the natural fit for 'billing, shipping and audit "
     "all need this event'. Topic lets you use wildcards on dotted keys, star for one word and hash for any number of words, which "
     "would cover the consumers that only want EU orders. Headers matches on message headers instead of the key. I'd probably just "
     "use a topic exchange for all of it, since it behaves like fanout if you bind with hash, and each service gets its own queue bound to it.",
     [], [],
     "Exchange types and wildcards are right and the design works, but it never mentions that unroutable messages are dropped "
     "(mandatory flag, alternate exchange), the default exchange, or competing consumers."),
    (1, "pattern", "weak",
     "I'd create a topic exchange called orders and have each service bind its queue with a pattern, like order.eu.* for the "
     "European shipping service. The nice thing is you don't really have to worry about the order of deployments. If the publisher "
     "goes live before, say, the new analytics service has bound its queue, the exchange just keeps those messages around, and once "
     "the queue binds they flow in. So nothing gets lost during a rollout.",
     [CWA_R1_HOLD], ["the exchange just keeps those messages around, and once the queue binds they flow in"],
     "Acts out the weak answer that RabbitMQ holds unroutable messages until a queue is bound; exchanges store nothing and "
     "unroutable messages are dropped."),
    (1, "bluff", "adequate",
     "So publishers always go through an exchange, never straight to a queue; the default exchange is really just a nameless direct "
     "exchange that binds every queue under the queue's own name. Here I'd use a topic exchange with keys like order.eu.created, and "
     "separate queues for billing, shipping and audit so each gets its own copy, audit bound on hash. Direct is exact match, fanout "
     "copies everywhere, headers matches on header fields. The one gotcha is unroutable messages. I always publish with the mandatory "
     "flag set, and then if nothing matches, the broker hands the message back with basic.return and reply code 404 NOT_FOUND, which "
     "the client library surfaces so we can log it and alert on it.",
     [], ["reply code 404 NOT_FOUND"],
     "Bluff, wrong status code: an unroutable mandatory message is returned with reply code 312 NO_ROUTE; 404 NOT_FOUND is the "
     "channel error for a missing exchange or queue. Peripheral to an otherwise correct routing design, so adequate."),
    (1, "list", "weak",
     "Um, okay, so the pieces would be: exchanges, bindings, routing keys, binding keys. Direct, topic, fanout and headers exchanges. "
     "The default exchange. Wildcards, star and hash. x-match. The alternate exchange, the mandatory flag, basic.return. Durable "
     "queues, competing consumers. Yeah, those are the building blocks I'd reach for here.",
     [], [],
     "Only names the right terms without saying how routing works or how they'd design this; list, weak."),
    (1, "offtopic", "weak",
     "I'd actually model this as a Kafka topic called orders with, say, twelve partitions, keyed by order ID so that all events for "
     "one order land in the same partition and stay ordered. Billing, shipping and audit would each be their own consumer group, so "
     "each one reads the full stream independently and tracks its own offsets. Inside a group the partitions are spread across "
     "instances, so scaling shipping is just adding instances up to the partition count. For the regional consumers I'd have a topic "
     "per region, or let them filter client-side.",
     [], [],
     "Fluent, but answers with Kafka topics and consumer groups instead of AMQP 0-9-1 exchanges and bindings; off-topic."),

    # ---------------- Round 2: acks, prefetch, confirms ----------------
    (2, "strong", "strong",
     "The missing orders smell like auto-ack. In that mode RabbitMQ treats a message as done as soon as it's sent down the socket, so "
     "if the process dies mid-work those messages are simply gone. Switch to manual acknowledgements and ack after the database commit; "
     "on failure, nack, requeueing if it's transient, or not requeueing so it goes to a dead-letter exchange. Anything still unacked "
     "when a channel closes goes back on the queue and comes back marked as redelivered. The memory problem is prefetch. Without "
     "basic.qos there's no cap, so the broker floods the consumer. I'd set a per-consumer prefetch, maybe fifty to start and then tune "
     "it, or one if jobs are long and you want fair dispatch. Also worth knowing there's an ack timeout, half an hour by default, after "
     "which the broker kills the channel. For publishing, put the channel into confirm mode and track acks asynchronously; persistent "
     "messages on durable queues are only confirmed once they hit disk, or a majority for quorum queues. Republish on a nack. The "
     "result is at-least-once, so consumers have to dedupe, say on a message ID.",
     [], [],
     "Correct and complete: auto-ack loss, manual ack/nack/requeue, redelivered flag, unlimited default prefetch and basic.qos, "
     "30-minute ack timeout, confirm semantics for durable and quorum queues, at-least-once plus idempotency."),
    (2, "pattern", "weak",
     "For the lost orders, I'd turn on publisher confirms. Once the broker sends back the confirm for a message, we know the downstream "
     "service has actually handled it, so the publisher can mark the order as done, and if a confirm doesn't come back we resend. That "
     "closes the gap where an order was published but never processed. For the memory thing, I'd just scale out the consumers.",
     [CWA_R2_CONFIRM], ["we know the downstream service has actually handled it"],
     "Acts out the weak answer that a publisher confirm means the consumer processed the message; a confirm only covers the "
     "broker taking responsibility. Nothing on manual acks or prefetch."),
    (2, "bluff", "weak",
     "So with manual acks the consumer acks once it's done, and prefetch through basic.qos limits how many unacked messages it can hold; "
     "I'd set something like a hundred so one slow consumer can't hoard the queue. Confirms on the publisher side tell you the broker has "
     "durably accepted the message. The important thing to understand about the crash case is that the broker always discards whatever "
     "a consumer was holding unacked once its connection drops, it assumes the consumer took it. That's why you need a dead-letter exchange "
     "on the queue, to catch those messages and route them to a recovery queue we can replay from. So manual acks plus a DLX covers the crash.",
     [], ["the broker always discards whatever a consumer was holding unacked once its connection drops"],
     "Bluff, wrong mechanism stated as an absolute: unacked deliveries are requeued and redelivered (redelivered flag) when the channel "
     "or connection closes, not discarded, and a DLX does not catch them. The false claim is the centre of the crash answer, so weak."),
    (2, "bluff", "adequate",
     "Three mechanisms here. Consumer side: manual acks, so a message is only removed once we've acked it after committing the work, and "
     "anything unacked when the consumer dies gets requeued and redelivered with the redelivered flag, so processing has to be idempotent. "
     "Prefetch with basic.qos caps in-flight messages per consumer, which fixes the memory blowup; without it there's no limit. Publisher "
     "side: confirms. And since AMQP 0-9-1 is an ISO standard, ISO/IEC 19464, confirms work the same way against any compliant broker: you "
     "call confirm.select and get acks or nacks by delivery tag, and persistent messages are confirmed once they're on disk.",
     [], ["since AMQP 0-9-1 is an ISO standard, ISO/IEC 19464, confirms work the same way against any compliant broker"],
     "Bluff, misattributed standard: ISO/IEC 19464 is AMQP 1.0 (OASIS), not 0-9-1, and publisher confirms are a RabbitMQ extension "
     "to 0-9-1, not part of any standard. The rest is correct, so adequate."),
    (2, "honest", "strong",
     "Okay, first incident: I'd bet the consumer was on auto-ack, where the broker forgets a message as soon as it's delivered, so a "
     "crash loses whatever was in flight. Manual acks fix that; you ack after the side effect commits, and unacked messages return to the "
     "queue when the channel dies, flagged as redelivered. The second incident is prefetch, which I'd set with basic.qos, because the "
     "default is unlimited. Something like a few dozen, then measure. There's also a timeout on how long a consumer can sit on an unacked "
     "delivery before the broker closes its channel. Honestly I don't remember the default value, I think it changed across some 3.8 "
     "releases, so I'd look it up before relying on it. On the publisher side: confirm mode, track outstanding delivery tags, republish "
     "on nack or timeout, and mark messages persistent on durable queues. That's at-least-once, so dedupe on the consumer side.",
     [], [],
     "Honest about not remembering the ack-timeout default and says they'd look it up; everything stated is correct and covers "
     "acks, redelivery, prefetch, confirms and idempotency, so strong."),
    (2, "hedged", "adequate",
     "So manual acks rather than auto-ack, so a crash means redelivery instead of loss. And for the memory issue, prefetch. I believe "
     "RabbitMQ caps unacknowledged deliveries at around a thousand per channel by default, though I'd double-check that, so the consumer "
     "in the incident must have opened lots of channels, and setting basic.qos lower, maybe twenty, would fix it. Publisher confirms tell "
     "the producer the broker accepted the message, and we'd republish anything that gets nacked.",
     [], ["I believe RabbitMQ caps unacknowledged deliveries at around a thousand per channel by default"],
     "Hedged wrong default: there is no prefetch limit by default (unlimited). Core of acks, basic.qos and confirms is right but "
     "persistence, idempotency and the redelivered flag are missing; adequate."),

    # ---------------- Round 3: queue types, DLX, TTL ----------------
    (3, "adequate", "adequate",
     "For payments I'd use quorum queues, since they replicate through Raft, and with three nodes you can lose one and still have a "
     "majority, whereas a classic queue lives on one node. For the replay I'd use a stream, because streams keep messages after they're "
     "read and a consumer can start from an offset or a timestamp, with retention set to seven days. For the retries, a dead-letter "
     "exchange: failed messages get routed to a retry queue with a TTL, and when they expire they're dead-lettered back to the main "
     "exchange. I'd have three retry queues, one for each of the three delays.",
     [], [],
     "Right queue types and a working retry design, but misses why one queue per delay (expiry at the head), the delivery limit, "
     "the manual-review step and at-most-once dead-lettering."),
    (3, "pattern", "weak",
     "I'd keep it simple with a single retry queue. When a payment fails, the consumer republishes it into that retry queue with the "
     "expiration property set per message, ten thousand milliseconds for the first attempt, sixty thousand for the second, six hundred "
     "thousand for the third. The retry queue dead-letters back to the main exchange as each one expires, so you get exactly the backoff "
     "schedule with one queue instead of three. Quorum queues for the main payment queue.",
     [CWA_R3_ONEQUEUE], ["so you get exactly the backoff schedule with one queue instead of three"],
     "Acts out the one-delay-queue weak answer; messages only expire at the head of the queue, so a 10-minute message blocks the "
     "10-second ones behind it. Replay is not addressed."),
    (3, "bluff", "weak",
     "Quorum queues for payments, three replicas, so we survive a node loss. A stream for the analytics replay with seven days of max-age. "
     "For retries, three delay queues with a fixed TTL each, ten seconds, a minute, ten minutes, no consumers, and their dead-letter "
     "exchange points back to the main work exchange. And the nice property is that dead-lettering is atomic inside the broker: a message "
     "is never taken off the source queue until the dead-letter target has safely stored it, so the retry chain can't drop a payment even "
     "if a node dies mid-move. After the third try we route to a manual review queue.",
     [], ["dead-lettering is atomic inside the broker: a message is never taken off the source queue until the dead-letter target has safely stored it"],
     "Bluff, wrong mechanism in plain words: dead-lettering is at-most-once by default (no confirm from the target queue); only the "
     "quorum queue at-least-once strategy gives that guarantee. It is the payment-safety argument of the answer, so weak."),
    (3, "honest", "adequate",
     "Quorum queues for the payment work, since they're replicated by Raft and keep going as long as a majority of the three nodes is "
     "up. For seven days of replay, a stream with time-based retention. Retries I'd do with dead-letter exchanges and a queue per delay, "
     "each with a message TTL, dead-lettering back to the main exchange. There are a couple of details I'd look up rather than guess: I "
     "know there's an x-death header that records dead-lettering, but I don't remember its exact fields, and I believe dead-lettering "
     "isn't fully safe by default for quorum queues, there's some at-least-once setting, but I'd have to check the docs for what it requires.",
     [], [],
     "Honest about x-death fields and the at-least-once dead-letter requirements; the design is right but thin on why, so adequate."),
    (3, "list", "weak",
     "So, the relevant things: quorum queues, Raft, majority. Streams, offsets, max-age retention. Classic queues. Dead-letter exchange, "
     "x-dead-letter-exchange, x-dead-letter-routing-key. x-message-ttl. The x-death header. Delivery limit. Retry queues and a "
     "parking-lot queue. At-least-once dead-lettering. I think those would cover pretty much the whole thing.",
     [], [],
     "Names the right features without explaining or combining them; list, weak."),
    (3, "strong", "strong",
     "Three different jobs, three tools. The payment work queue is a quorum queue: Raft replication over the three nodes means a message "
     "is confirmed once two of them have it, and the queue survives any single node failing; a plain classic queue would just be offline "
     "with its node, and mirroring is gone as of 4.0. I'd set a delivery limit so a poison payment can't cycle forever. Replay is a stream, "
     "since consuming doesn't delete anything; analytics attaches from a timestamp seven days back, and retention is max-age seven days "
     "with a byte cap as a backstop. Retries: one holding queue per delay, ten seconds, one minute, ten minutes, each with a queue-wide "
     "TTL, no consumers, and dead-lettering back into the work exchange. Why not one queue with per-message expirations? Because expiry "
     "only happens at the head, so a long-delay message blocks the short ones sitting behind it. The consumer counts attempts from a "
     "header, and after the third failure sends it to a review queue. And since default dead-lettering can lose messages, for payments "
     "I'd switch on at-least-once dead-lettering, which needs reject-publish overflow.",
     [], [],
     "Correct and complete: quorum queue majority, mirrored queues removed in 4.0, delivery limit, stream replay and retention, "
     "per-tier delay queues with the head-of-queue reason, manual review, at-least-once dead-lettering with reject-publish."),

    # ---------------- Round 4: alarms and flow control ----------------
    (4, "strong", "strong",
     "I'd push back. The alarm is what's keeping the node alive. Once memory passes the watermark, or free disk drops under the limit, "
     "RabbitMQ stops reading from any connection that publishes, cluster-wide, while consumers carry on, so the queues can shrink. Put "
     "it at 0.9 and there's no room for the Erlang garbage collector's spikes or the OS, so you trade a blocked publisher for the OOM "
     "killer taking out the whole node. A zero disk limit is worse: if the disk fills, the node can't persist messages or its logs at "
     "all. If anything the disk limit should go up, to roughly the RAM size. The actual problem is whatever keeps growing. Usually a "
     "consumer falls behind and a queue balloons, so I'd look at which queues are deep and what the memory report says is using RAM, add or fix consumers, and "
     "cap queues with max-length and reject-publish so publishers get nacks instead of the node drowning. Then the publishers: listen "
     "for connection.blocked, time out instead of hanging request threads, and keep publishing and consuming on separate connections.",
     [], [],
     "Correct and complete: what the alarms block (publishers cluster-wide, not consumers), why 0.9 and zero disk are dangerous, "
     "disk limit guidance, root-cause the backlog, max-length reject-publish, connection.blocked and separate connections."),
    (4, "adequate", "adequate",
     "I don't think that's a good idea. The memory alarm exists so the broker doesn't run out of memory and crash; when it fires, "
     "publishers get blocked but consumers keep draining. If you set the threshold to ninety percent, the Erlang VM can spike past "
     "physical memory and the kernel kills it, and then you lose the node, not just some throughput. Same with disabling the disk check. "
     "What I'd rather do is find out why the queues are growing during peaks, probably consumers that are too slow, and scale them.",
     [], [],
     "Core is right (alarm protects the node, blocks publishers not consumers, OOM risk, find the backlog) but no disk-limit detail, "
     "max-length/reject-publish, connection.blocked handling or separate connections."),
    (4, "pattern", "weak",
     "Honestly the simplest fix is vertical. The alarm fires at a fraction of RAM, so if we move the nodes from 16 to 64 gigs the threshold "
     "goes up with it and the peaks fit. I wouldn't mess with the watermark ratio or turn off the disk check, but memory is cheap compared "
     "to the engineering time we'd spend chasing this, so I'd just resize the instances and move on.",
     [CWA_R4_RAM], [],
     "Acts out 'just add more RAM': postpones the alarm without finding the growing backlog or adding backpressure."),
    (4, "bluff", "adequate",
     "I'd say no. Out of the box the memory alarm already fires at 80 percent of system RAM, so 0.9 leaves basically nothing for garbage "
     "collection spikes and the OS, and the likely result is the kernel killing the node. When the alarm is up, publishing connections "
     "everywhere in the cluster get blocked while consumers keep going, which is the broker protecting itself. A zero disk limit risks "
     "filling the disk, which is even worse. So rather than moving thresholds I'd find the queue that's backing up, speed up or add "
     "consumers, set a max-length with reject-publish, and make publishers handle connection.blocked with a timeout.",
     [], ["Out of the box the memory alarm already fires at 80 percent of system RAM"],
     "Bluff, contradicted default: vm_memory_high_watermark defaults to 0.4 (0.6 since RabbitMQ 4.0), never 0.8. The reasoning "
     "and remedies are right, so adequate."),
    (4, "honest", "adequate",
     "I'd be against it. The memory and disk alarms block publishers so the node doesn't fall over, and the consumers keep working to "
     "drain things. I don't remember the exact default watermark, I want to say it changed in a recent major version, so I'd check the "
     "docs for our version, but 0.9 clearly leaves too little headroom for the OS and garbage collection. The disk limit protects the node "
     "from a full disk, so zero is dangerous. I'd investigate what's filling memory first, most likely a queue backlog.",
     [], [],
     "Honest about the default watermark; correct on what the alarms do and why the proposal is risky, but no concrete remedies "
     "beyond investigating, so adequate."),
    (4, "hedged", "weak",
     "Probably not. I think the default disk free limit is something like 1 GB, but I'd want to check, so setting it to zero takes away "
     "a real safety margin. For the memory side, I'd maybe go to 0.7 instead of 0.9 as a compromise and see if the alarms stop happening. "
     "If they don't, we can revisit it.",
     [], ["I think the default disk free limit is something like 1 GB"],
     "Hedged wrong default: disk_free_limit defaults to 50 MB. Otherwise thin and still just moves the threshold without a cause; weak."),

    # ---------------- Round 5: clustering and partitions ----------------
    (5, "adequate", "adequate",
     "Three nodes, one per zone, so there's always a majority if a zone drops out. I'd use pause_minority for partition handling, so the "
     "isolated node stops instead of running on its own and diverging. Quorum queues for everything important, because with Raft the "
     "majority side keeps working and the minority can't accept writes. For the second region I wouldn't stretch the cluster over the WAN; "
     "I'd run a separate cluster there and use Shovel or Federation to copy messages across.",
     [], [],
     "Right choices (odd node count, pause_minority, quorum queues, Federation/Shovel), but no comparison with ignore/autoheal, client "
     "reconnection and republishing, or operations."),
    (5, "pattern", "weak",
     "For partitions I'd just set cluster_partition_handling to autoheal. When the network comes back, RabbitMQ figures out which side "
     "should win and reconciles automatically, so nobody has to get paged at three in the morning to fix a split. Then I'd spread the three "
     "nodes over the three zones and let the clients connect through a load balancer.",
     [CWA_R5_AUTOHEAL], ["figures out which side should win and reconciles automatically"],
     "Acts out 'autoheal takes care of itself'; autoheal restarts the losing side and discards its writes, it does not reconcile. "
     "Nothing on the DR region."),
    (5, "bluff", "adequate",
     "Three nodes across three zones, pause_minority so an isolated zone pauses instead of diverging, and quorum queues so Raft keeps the "
     "majority side writable. Clients get the list of all three hosts, use automatic recovery, and republish anything unconfirmed. For the "
     "DR region I'd keep a separate cluster and replicate with MirrorMaker, which ships with RabbitMQ and mirrors exchanges and queues "
     "between clusters asynchronously, so WAN latency never touches the primary's publish path. Then monitoring through the Prometheus "
     "plugin, alerting on alarms and partitions.",
     [], ["replicate with MirrorMaker, which ships with RabbitMQ"],
     "Bluff, feature credited to the wrong product: MirrorMaker is Apache Kafka's cross-cluster replication tool; RabbitMQ uses the "
     "Federation and Shovel plugins. The cluster design is right, so adequate."),
    (5, "bluff", "adequate",
     "Odd number of nodes, one per zone, and pause_minority, because the default, ignore, lets both halves keep taking writes and you end "
     "up reconciling by hand. Autoheal is tempting but it throws away whatever the losing side accepted. This matters more than people "
     "think: the RabbitMQ team's own numbers show around 60 percent of production data-loss incidents trace back to clusters left on the "
     "default partition mode. Quorum queues and streams are Raft-based, so they're fine regardless of the mode. Cross-region I'd use "
     "Federation rather than a stretched cluster.",
     [], ["the RabbitMQ team's own numbers show around 60 percent of production data-loss incidents trace back to clusters left on the default partition mode"],
     "Bluff, invented statistic: no such figure has been published by the RabbitMQ team. The partition reasoning is otherwise right, "
     "so adequate."),
    (5, "honest", "weak",
     "I know RabbitMQ has a setting for what to do during a network partition, and there are a few modes, one of them pauses the smaller "
     "side, but honestly I don't remember the names or which one is the default, I'd have to look that up. I'd go with three nodes so "
     "there's a majority. For the other region I'm not sure what the recommended replication approach is; I'd check the docs before "
     "committing to anything.",
     [], [],
     "Honest about what they don't know, and what they state is correct, but there is little substance; weak."),
    (5, "offtopic", "weak",
     "For the database side I'd run PostgreSQL with Patroni across the three zones, with etcd as the consensus store so only one primary "
     "can hold the leader key at a time. Synchronous replication to one standby in another zone gives us no data loss on a zone failure, "
     "and an asynchronous replica in the DR region covers the regional case. Failover is automatic in Patroni, and we'd put PgBouncer in "
     "front so applications reconnect transparently.",
     [], [],
     "Fluent but about PostgreSQL high availability, not the RabbitMQ cluster or partitions; off-topic."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in ANSWERS:
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
    print(f"wrote {sum(counters.values())} answers to {OUT}")


if __name__ == "__main__":
    main()
