#!/usr/bin/env python3
"""Build sqs-queues_answers.jsonl: 30 labelled candidate answers for the sqs-queues gauntlet."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "sqs-queues_answers.jsonl")

# Each entry: (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ------------------------------------------------------------------ Round 1
    (1, "strong", "strong",
     "So, the producer calls SendMessage, and once SQS has written it durably you get a message ID back. "
     "Nothing gets pushed, the workers poll. When my worker receives it, the message isn't gone, it's just hidden "
     "from everyone else, that's the visibility timeout, thirty seconds unless you change it. I get a receipt handle "
     "with it, I do the work, and only when I call DeleteMessage with that handle is it actually removed. If my worker "
     "crashes, or takes longer than the timeout, or the delete call errors out, the message pops back up, another "
     "worker grabs it, and the receive count ticks up. On top of that, standard queues are at-least-once by design, "
     "so now and then you just get a second copy, and a producer that retries after a timeout can enqueue the same "
     "order twice under two different IDs. So the handler has to be idempotent. I'd dedupe on the order ID, with a "
     "conditional insert or a unique key, so a second run is a no-op.",
     [], [],
     "Covers send, receive-hide-delete with the receipt handle, the 30 s default, the three sources of duplicates "
     "(timeout/failed delete, at-least-once storage, producer retry) and a concrete idempotency mechanism keyed on a business ID."),

    (1, "adequate", "adequate",
     "Um, the main thing is that receiving a message doesn't delete it. It goes invisible for a while, and your code "
     "has to explicitly delete it once the work is done. If you don't get to the delete in time, it shows up again and "
     "a different consumer can pick it up, so yeah, you can end up handling the same order twice. Because of that I'd "
     "make the consumer idempotent.",
     [], [],
     "Core mechanism right (receive hides, explicit delete, timeout redelivers, so idempotency), but no receipt handle, "
     "no mention that standard queues can duplicate on their own or that producer retries duplicate, and no idempotency mechanism."),

    (1, "pattern", "weak",
     "Pretty simple really. The producer drops the order on the queue, one of our workers pulls it off, and at that "
     "point SQS takes it off the queue, so nobody else can get it. Then the worker processes the order. If we ever saw "
     "the same order twice, it'd be a bug in our own code, like a retry loop in the worker, not something the queue does, "
     "so I'd look there first.",
     ["Once a consumer receives the message, SQS removes it from the queue."],
     ["at that point SQS takes it off the queue, so nobody else can get it"],
     "Acts out the first weak answer: believes receiving removes the message, so misses the visibility timeout, the delete "
     "call and at-least-once delivery. The pattern is itself a misconception, so the false wording is listed."),

    (1, "bluff", "weak",
     "Right, so the producer sends, the message sits in the queue, a worker receives it, and it's hidden from everybody "
     "else by the visibility timeout until the worker deletes it when it's done. The nice part is that the queue keeps track "
     "of which consumer is holding a message, and it will never hand that message to anyone else while that consumer is "
     "still alive and connected. So duplicates really only show up when a worker process actually dies mid-job, and then "
     "the lease lapses and someone else gets it. With stable workers you basically never see double processing, so I'd "
     "log the rare case rather than build a whole dedupe layer.",
     [],
     ["the queue keeps track of which consumer is holding a message, and it will never hand that message to anyone else while "
      "that consumer is still alive and connected"],
     "Bluff, false absolute about the mechanism in plain words: SQS has no consumer sessions; the visibility timeout "
     "expires whether or not the consumer is alive, and standard queues can also redeliver on their own. The claim is "
     "the centre of the question (why duplicates happen) and leads to skipping idempotency, so weak."),

    (1, "honest", "adequate",
     "Okay, so receive doesn't remove the message, it just hides it, and then you delete it with the handle you got "
     "back when you're finished. If the hide period runs out first, it comes back and someone else processes it. I'll "
     "be honest, I don't remember the default visibility timeout or the maximum, I'd look those up in the SQS docs "
     "before configuring anything. And I know standard queues are at-least-once, but I couldn't tell you exactly why "
     "internally, I'd have to read up on that. Either way the answer is the same: make the consumer idempotent, "
     "probably by recording order IDs we've already handled.",
     [], [],
     "Honest about the default/maximum timeout and the internal cause of duplicates; what it does say is correct "
     "(hide, delete with the handle, redelivery, idempotency on order ID), but it misses producer retries and detail, so adequate."),

    (1, "list", "weak",
     "Yeah, so the key words here: SendMessage, ReceiveMessage, visibility timeout, receipt handle, DeleteMessage, "
     "at-least-once delivery, best-effort ordering, ApproximateReceiveCount, retention period, idempotent consumer, "
     "dedupe table, unique constraint. I think those are the main concepts that cover both the lifecycle and the "
     "duplicates part of the question, really, the whole thing.",
     [], [],
     "Only names the right terms without explaining the lifecycle or why duplicates occur."),

    # ------------------------------------------------------------------ Round 2
    (2, "strong", "strong",
     "I wouldn't size the timeout for the fifteen-minute worst case. I'd give the queue something like two minutes and "
     "have each worker run a heartbeat that keeps extending the message with ChangeMessageVisibility while the job runs. "
     "Each extension is measured from when you make the call, and you're capped at twelve hours total since the first "
     "receive. A dead worker stops heartbeating, so its message comes back fast. On a handled failure I can set "
     "visibility to zero to retry now, or to some delay for backoff. For the malformed message, a redrive policy on the "
     "source: the DLQ ARN plus maxReceiveCount, I'd say around five, because a timeout counts as a receive too, so one "
     "is far too aggressive. Past that count SQS shifts it into the DLQ. The DLQ has to match the queue type and live in "
     "the same region and account. And crucially, for standard queues the enqueue timestamp doesn't reset when it moves, "
     "so I'd give the DLQ fourteen days of retention, alarm when it's non-empty, and once the bug is fixed, redrive back "
     "with StartMessageMoveTask at a throttled rate.",
     [], [],
     "Heartbeat extension with correct semantics (relative to the call, 12 h cap), visibility 0 for retry, redrive policy "
     "with a sensible maxReceiveCount and why, same type/account/region, retention not reset so 14-day DLQ, alarm and throttled redrive."),

    (2, "pattern", "weak",
     "Honestly I'd keep it simple. Set the timeout to twenty minutes so even the longest job fits, and for the poison "
     "message, set the max receive count to one. That way the moment anything fails it goes straight into the dead-letter "
     "queue, it can never loop thousands of times again, and the main queue stays clean. We'd check the DLQ whenever "
     "someone has time.",
     ["Set maxReceiveCount to 1 so bad messages go to the DLQ immediately.",
      "The dead-letter queue is where failed messages go to die; we'd look at them occasionally."],
     [],
     "Acts out two weak answers: maxReceiveCount of 1 sends healthy messages to the DLQ after one timeout or transient "
     "failure, and nobody alarms on or redrives the DLQ. A flat 20-minute timeout also delays retries after a crash."),

    (2, "bluff", "adequate",
     "So for jobs that vary from seconds to fifteen minutes I'd start with a short timeout and extend it as we go. The "
     "worker has a side thread calling ChangeMessageVisibility every minute or so, and since the visibility timeout can be "
     "set as high as 24 hours there's plenty of headroom even if a job drags. If the worker dies the extensions stop and "
     "the message reappears quickly. For the bad message, a redrive policy pointing at a dead-letter queue with a max "
     "receive count of maybe five. I'd make the DLQ's retention longer than the source queue's, alarm on its depth, and "
     "after fixing the bug I'd move the messages back with the DLQ redrive in the console.",
     [],
     ["the visibility timeout can be set as high as 24 hours"],
     "Bluff with a contradicted number: the visibility timeout maximum is 12 hours. The rest (heartbeat, redrive policy, "
     "longer DLQ retention, alarm, redrive) is correct and the number isn't central, so adequate."),

    (2, "bluff", "adequate",
     "Okay, visibility first. The longest job is fifteen minutes, so I'd set the queue's timeout to around eighteen "
     "minutes, a bit of buffer over the worst case, so a slow job doesn't get handed out twice. Then the poison message: "
     "add a redrive policy with a dead-letter queue and a max receive count around four, so after a few failed attempts "
     "it's parked instead of looping. One thing that keeps it simple is that once a message lands in the dead-letter "
     "queue its retention clock starts over from scratch, so the dead-letter queue can just keep the same retention "
     "setting as the source queue. And I'd put an alarm on the DLQ depth so somebody actually looks.",
     [],
     ["once a message lands in the dead-letter queue its retention clock starts over from scratch",
      "the dead-letter queue can just keep the same retention setting as the source queue"],
     "Bluff about the mechanism in plain words: for a standard queue the original enqueue timestamp is kept when a "
     "message moves to the DLQ, so the same retention can expire messages almost immediately. Timeout sizing and redrive "
     "policy are reasonable (no heartbeat, no redrive back), so adequate."),

    (2, "hedged", "adequate",
     "So the default is too short for this. I think the default visibility timeout is five minutes, but I'd "
     "double-check that. Either way a fifteen-minute job blows past it, so I'd have workers extend the timeout with "
     "ChangeMessageVisibility while they're still working, rather than setting a huge fixed value that delays retries "
     "after a crash. For the poison message I'd configure a dead-letter queue through the redrive policy with a max "
     "receive count of a few attempts, alarm when anything arrives there, and redrive the messages once the fix is out.",
     [],
     ["I think the default visibility timeout is five minutes"],
     "Hedged wrong number: the default visibility timeout is 30 seconds. Not a bluff because it's explicitly hedged. "
     "Core design (extend while working, DLQ via redrive policy, alarm, redrive) is right but misses retention and limits, so adequate."),

    (2, "offtopic", "weak",
     "For long-running work like this I'd really look at the API side first. The client shouldn't sit on an HTTP "
     "request for fifteen minutes, so the endpoint should accept the job, return 202 Accepted with a Location header "
     "pointing at a status resource, and the client polls that or gets a webhook when the job finishes. Clients should "
     "retry with exponential backoff and jitter, and send an idempotency key so a retried submit doesn't create a second "
     "job. That decouples the user experience from how long processing takes.",
     [], [],
     "Fluent and correct about asynchronous HTTP APIs, but says nothing about visibility timeouts, dead-letter queues or redrive."),

    # ------------------------------------------------------------------ Round 3
    (3, "adequate", "adequate",
     "I'd make it a FIFO queue and set the message group ID to the customer ID, so each customer's events stay in "
     "order but different customers run in parallel. Producers set a deduplication ID, the event ID, and if they retry "
     "within five minutes SQS drops the duplicate. For the rate, the plain FIFO limits won't reach ten thousand a "
     "second, so I'd switch on high-throughput mode and batch the sends.",
     [], [],
     "Correct core: group per customer, deduplication ID with the five-minute window, need for high-throughput mode and "
     "batching. Misses head-of-line blocking, the DLQ/ordering trade-off, the actual limits, and that consumers still need idempotency."),

    (3, "pattern", "weak",
     "FIFO is exactly what we want here because it keeps everything in order. I'd give every message the same group "
     "ID, something like 'orders', so the entire queue is strictly first in, first out, and then to handle the load "
     "I'd just add more consumers until we hit ten thousand a second. Dedup is handled by the queue, so that part's done.",
     ["FIFO means the whole queue is strictly ordered, so we'd use one message group ID for everything."],
     ["I'd just add more consumers until we hit ten thousand a second"],
     "Acts out the single-group weak answer: one group allows only one message or batch in flight at a time, so adding "
     "consumers cannot reach 10,000/s; ordering is only needed per customer. The false scaling claim is listed."),

    (3, "bluff", "adequate",
     "So FIFO queue, name ending in .fifo, message group ID per customer. That gives per-customer ordering and lets "
     "different customers go in parallel, though a stuck message blocks the rest of that customer's events. Producers "
     "send a deduplication ID, ideally the event's own ID, and anything resent with the same ID within five minutes is "
     "accepted but not delivered. It's basically the same idea as Kafka's idempotent producer, which came in with "
     "KIP-500. For ten thousand a second, normal FIFO tops out around three thousand messages a second even with "
     "batching, so I'd enable high-throughput mode, with deduplication scoped to the message group.",
     [],
     ["Kafka's idempotent producer, which came in with KIP-500"],
     "Bluff with a misattributed spec number: Kafka's idempotent producer and transactions came from KIP-98 (Kafka 0.11); "
     "KIP-500 is the removal of ZooKeeper (KRaft). The SQS content is correct but omits consumer idempotency, so adequate."),

    (3, "honest", "strong",
     "I'd use the customer ID as the message group ID. Ordering in FIFO is per group, so customers are independent and "
     "can be worked in parallel, but inside a group SQS won't release the next message until the in-flight one is "
     "deleted or times out, which means a poison event stalls that customer, and if it goes to the FIFO dead-letter "
     "queue the consumer has to cope with a gap in that customer's sequence. Producers set the deduplication ID to the "
     "event ID; repeats inside the five-minute window are swallowed. I'd avoid content-based dedup since it only hashes "
     "the body. That window doesn't cover visibility-timeout redeliveries, so consumers stay idempotent. On throughput, "
     "standard FIFO mode is three hundred calls a second per action, three thousand messages with batching, so we need "
     "high-throughput mode. Honestly I don't remember the exact high-throughput ceilings, they vary by region, so I'd "
     "look them up, and I'd check how hot our busiest customer gets, because one group only moves as fast as it's processed serially.",
     [], [],
     "Honest about the high-throughput ceilings, which it says it would look up; otherwise covers group choice, "
     "head-of-line blocking and the DLQ gap, dedup ID and window, content-based dedup caveat, consumer idempotency, "
     "normal-mode limits and the hot-group limit. Banded strong."),

    (3, "hedged", "weak",
     "Group ID would be the customer, so each customer is ordered. For duplicates you give every message a "
     "deduplication ID and SQS ignores repeats. The dedup window, I want to say it's about an hour, but don't quote me "
     "on that, it's something in that range. So producer retries are covered as long as they happen inside the window.",
     [],
     ["I want to say it's about an hour"],
     "Hedged wrong duration: the deduplication interval is 5 minutes. Not a bluff because it is explicitly hedged. Thin "
     "otherwise: nothing on throughput limits, high-throughput mode, blocking or consumer idempotency, so weak."),

    (3, "list", "weak",
     "Right, for this I'd be thinking about: FIFO queue, the .fifo suffix, MessageGroupId, MessageDeduplicationId, "
     "content-based deduplication, the deduplication interval, high-throughput mode, SendMessageBatch, "
     "FifoThroughputLimit, DeduplicationScope, a FIFO dead-letter queue, head-of-line blocking. Those are the building "
     "blocks for ordered, deduplicated processing at that scale.",
     [], [],
     "Only names the relevant settings and concepts; explains none of them or how they meet the requirements."),

    # ------------------------------------------------------------------ Round 4
    (4, "strong", "strong",
     "I'd split the complaint into its three parts, because they're not equally strong. Replay is the legitimate one. "
     "With SQS, once a consumer deletes a message it's gone, so a new service can't backfill from history and you can't "
     "reprocess after a bug. Kafka retains records, a week by default, and each consumer group keeps its own offsets "
     "that you can rewind, plus you get Kafka Streams or Flink on top. The one-consumer point is weaker: publish to an "
     "SNS topic and subscribe a queue per service, or use EventBridge rules, and every service gets its own copy, "
     "retries and DLQ. Size doesn't really decide it, since big payloads go to S3 with a reference either way, and "
     "Kafka's default cap is around a megabyte. Kafka isn't free though: consumer parallelism is capped by partitions, "
     "a bad record blocks its partition because there's no per-message ack or DLQ out of the box, and somebody runs "
     "the cluster or pays for MSK. So I'd ask whether we need a replayable log. For jobs, stay on SQS plus SNS; for "
     "event streams several teams replay, Kafka.",
     [], [],
     "Separates the three complaints, credits replay to Kafka with correct retention/offset facts, answers fan-out with "
     "SNS/EventBridge, handles size with claim-check, names Kafka's costs, states the deciding factor and a hybrid."),

    (4, "adequate", "adequate",
     "It's partly right. The replay point is real, SQS deletes messages after processing, while Kafka keeps them and "
     "consumers can rewind their offsets, so if we need to reprocess history Kafka is the better tool. But the other "
     "complaints don't need Kafka. If several services want the same message, SNS in front of one SQS queue per service "
     "does fan-out fine. So I'd say it depends on whether replay actually matters for these workloads.",
     [], [],
     "Right on replay and SNS fan-out and names the deciding factor, but says nothing about Kafka's operational and "
     "partition costs, what SQS gives (per-message ack, DLQ), or the size complaint."),

    (4, "pattern", "weak",
     "Honestly, yeah, I'd back the staff engineer. Kafka is the industry standard, every serious company runs on it, "
     "LinkedIn, Uber, Netflix, and it's way more powerful than SQS. SQS is fine for a side project, but if we're "
     "building a real platform we should be on what everyone else is using, and the sooner we migrate the less we'll "
     "have to move later.",
     ["Kafka is just better, everyone serious uses it."],
     [],
     "Acts out the popularity weak answer: no requirements, no operational cost, no mention of what SQS or SNS already cover."),

    (4, "bluff", "weak",
     "I'd push back, mostly because the replay argument is out of date. SQS FIFO queues have message archiving and "
     "replay built in now: you enable archiving on the queue, set a retention for the archive, and you can replay "
     "messages from any point in time back into the queue. So the main reason people reach for Kafka just goes away. "
     "Fan-out is covered by putting SNS in front of several queues, and large payloads go to S3. Given all that, "
     "running a Kafka cluster, partitions, rebalancing and all, is cost we don't need.",
     [],
     ["SQS FIFO queues have message archiving and replay built in now"],
     "Bluff crediting a feature to the wrong product: message archiving and replay belong to SNS FIFO topics (and "
     "EventBridge archives), not SQS queues; SQS has no replay once a message is deleted. The claim is the centre of "
     "the argument against Kafka, so weak."),

    (4, "honest", "adequate",
     "I think the real question is replay. As far as I know Kafka keeps messages around for a retention period and each "
     "consumer group tracks an offset it can move back, while SQS loses a message once it's deleted. I don't remember "
     "Kafka's default retention or its default message size limit, I'd have to look those up. The fan-out complaint "
     "I'd answer with SNS topics feeding per-service queues. And I'd want to find out what running Kafka would cost us, "
     "MSK or self-hosted, before agreeing to move everything.",
     [], [],
     "Honest about Kafka defaults it would look up; correct on replay, offsets and SNS fan-out, and raises cost, but "
     "light on partitions, acknowledgements and a clear recommendation, so adequate."),

    (4, "offtopic", "weak",
     "Big migrations like this are where I'd use the strangler fig pattern. You put a facade in front of the old "
     "system, route one slice of traffic at a time to the new implementation, compare results in shadow mode, and only "
     "cut over a slice once its metrics look right. That way there's never a big-bang switch, each step can be rolled "
     "back, and the old system shrinks until you can turn it off. It also lets teams keep shipping features while the "
     "migration happens.",
     [], [],
     "Fluent and sensible about incremental migrations in general, but never evaluates SQS versus Kafka or SNS."),

    # ------------------------------------------------------------------ Round 5
    (5, "strong", "strong",
     "Fifty million a day is roughly six hundred a second on average, so cost and efficiency matter. I'd turn on long "
     "polling with the twenty-second wait, which is the max. Short polling samples only some of the servers and comes "
     "back straight away, so you pay for empty responses and occasionally get nothing even though messages are there. "
     "Then batch everything: receive up to ten at a time, delete and send in batches of ten, since billing is per "
     "request, with every 64 KB of payload counted as a request. Batch calls return 200 even when some entries fail, "
     "so I read the Failed entries and retry just those. The multi-megabyte payloads don't fit even under the newer "
     "one-MiB cap, so they go to S3 and the message carries a reference, with the Extended Client Library doing it and "
     "a lifecycle rule expiring the objects. Consumers dedupe on a business key with a conditional put, say DynamoDB "
     "with attribute_not_exists and a TTL. On Lambda I'd use partial batch responses. And I'd autoscale on age of "
     "oldest message.",
     [], [],
     "Long polling with the 20 s max and why, batching of 10 with the 64 KB billing chunk, partial batch failures, "
     "claim-check via S3 with the Extended Client, conditional-write idempotency with TTL, partial batch responses and "
     "scaling on message age. Correct throughout."),

    (5, "adequate", "adequate",
     "I'd use long polling, wait time twenty seconds, so we're not hammering the API with empty receives. Receive and "
     "delete in batches of ten to cut the request count. The big payloads are over the SQS size limit, so those go in "
     "S3 and the message just holds the key. And the consumer needs to be idempotent, so I'd keep a record of which "
     "business events we've already processed and skip repeats.",
     [], [],
     "Correct core for all four parts, but misses partial batch failures, the billing chunk, how the idempotency record "
     "is written atomically, and scaling."),

    (5, "pattern", "weak",
     "For idempotency I'd keep a table of SQS message IDs. When a message comes in, the worker first looks up its "
     "message ID, and if it's already in the table we skip it, otherwise we process it and then insert the ID. That "
     "catches every duplicate. For polling I'd have the workers receive in a loop, and batches of ten help with the request count.",
     ["We'll check whether we've seen the message ID before processing it."],
     ["That catches every duplicate."],
     "Acts out the check-then-process weak answer: two consumers can both pass the lookup, and a producer retry gets a "
     "new MessageId, so duplicates slip through; says nothing useful about payload size. The false absolute is listed."),

    (5, "bluff", "adequate",
     "So polling, long polling with a twenty-second wait, because short polling is mostly empty responses you pay for. "
     "For throughput, receive ten at a time and delete in batches of ten. On the send side SendMessageBatch is "
     "all-or-nothing: if any entry is bad the whole call comes back as a 400 and nothing gets enqueued, so you just "
     "retry the full batch. For the big payloads, S3 plus a pointer in the message, with the Extended Client Library. "
     "And consumers dedupe on a business key with a conditional write in DynamoDB, with a TTL so the table doesn't grow "
     "forever.",
     [],
     ["if any entry is bad the whole call comes back as a 400 and nothing gets enqueued"],
     "Bluff with a wrong status code and behaviour: batch calls partially succeed and return HTTP 200 with Successful "
     "and Failed lists; retrying the whole batch re-sends the successful entries and creates duplicates. Other parts "
     "are right, so adequate."),

    (5, "bluff", "weak",
     "Polling is where most of the cost goes. AWS's own figures show that around eighty percent of receive calls on "
     "short-polled queues come back empty, so switching to long polling roughly cuts the request bill by that much "
     "straight away. I'd set the wait time to twenty seconds and receive in batches of ten. With those two changes the "
     "consumer fleet is basically optimised, and the rest is just sizing the number of workers to the backlog.",
     [],
     ["AWS's own figures show that around eighty percent of receive calls on short-polled queues come back empty"],
     "Bluff with an invented statistic attributed to AWS. Polling and batching advice is right, but it ignores payload "
     "size and idempotency entirely, so weak."),

    (5, "honest", "weak",
     "I know long polling is the right default and that you can receive more than one message per call, but I'd need "
     "to look up the exact maximum wait time and batch size before I set anything. For the big payloads I know there's "
     "a message size limit and I'm not sure what it is today, so I'd check the docs first. Idempotency I'd handle "
     "somehow in the consumer, but I'd have to read up on the usual way to do it with SQS.",
     [], [],
     "Honest about what it doesn't know, with no false claims, but offers almost no design: no S3 pointer, no "
     "idempotency mechanism, no batch failure handling, so weak."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in ANSWERS:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "sqs-r%d-%02d" % (rnd, counters[rnd]),
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
    print("wrote %d records to %s" % (len(ANSWERS), OUT))


if __name__ == "__main__":
    main()
