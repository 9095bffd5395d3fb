#!/usr/bin/env python3
"""Build dynamodb-data-modelling_answers.jsonl: 30 labelled candidate answers (6 per round)
for the gauntlet in dynamodb-data-modelling.txt. Written blind to the grader."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dynamodb-data-modelling_answers.jsonl")
SHORT = "ddb"

# (round, answer, band, kind, pattern_quotes, false_claims, note)
ANSWERS = [
    # ------------------------------------------------------------------ Round 1
    (1,
     "Okay, so the partition key gets hashed, and that hash picks which physical partition the item "
     "lives on. Each of those partitions can only do about a thousand write units and three thousand "
     "read units a second, so at fifty thousand writes a second I need the writes spread over at least "
     "fifty partitions' worth of keys. That's why I'd key orders on the order ID, which is unique and "
     "effectively random. A hot partition is when lots of requests pile onto a few key values, so that "
     "one partition throttles even though the table overall has plenty of headroom. A date, a status or "
     "one giant tenant as the key causes exactly that. Adaptive capacity will lend spare throughput to a "
     "busy partition and can split off hot items, but it can't make one item take more than a thousand "
     "writes a second. For a genuinely hot key, say a counter, I'd add a suffix from one to twenty and "
     "sum across them on read. And for a customer's order list I'd use the customer ID with a "
     "date-prefixed sort key.",
     "strong", "strong", [], [],
     "Correct per-partition limits (1,000 WCU / 3,000 RCU), hashing, definition of hot partition, "
     "high-cardinality key, adaptive capacity and its single-item limit, write sharding, sort key for "
     "time order. Most of the substance, in its own wording."),
    (1,
     "So I'd want a partition key with lots of distinct values, and the order ID works well for that. "
     "The reason is that DynamoDB spreads items across partitions based on the key, and each partition "
     "has its own throughput cap, so if a small set of keys gets most of the traffic you get a hot "
     "partition, it throttles while the rest of the table is sitting idle. I'd avoid putting a date or a "
     "status in the partition key for that reason. If something is unavoidably hot I'd shard it with a "
     "random suffix.",
     "adequate", "adequate", [], [],
     "Core is right (cardinality, even spread, hot partition definition, sharding) but no per-partition "
     "numbers, no adaptive capacity, no sort key design for the customer history."),
    (1,
     "Honestly I'd make the partition key the order date, something like 2024-06-01, and then the order "
     "ID as the sort key. That way the reporting team can pull all of a day's orders with one Query, "
     "which is the thing they ask for most, and the sort key keeps every item unique. DynamoDB handles "
     "the scaling underneath, so I don't think we need to overthink the key beyond that.",
     "weak", "pattern",
     ["Use the order date as the partition key so we can query orders by day.",
      "DynamoDB scales automatically, so the partition key doesn't really matter."],
     ["DynamoDB handles the scaling underneath, so I don't think we need to overthink the key beyond that"],
     "Acts out the date-as-partition-key pattern (all of a day's 50,000 writes/s on one key, one "
     "partition capped at 1,000 WCU) plus the 'it scales automatically' misconception, listed as false."),
    (1,
     "Right, so each partition in DynamoDB can sustain about ten thousand write units a second, which "
     "means at fifty thousand writes you really only need five or six partitions doing the work. So I "
     "wouldn't worry too much about hot partitions here. I'd pick the customer ID as the partition key, "
     "since the order history query is by customer, put the order date in the sort key, and let adaptive "
     "capacity balance things out. A hot partition is just one partition getting more than its share, "
     "and with that much headroom per partition it's rare in practice.",
     "weak", "bluff", [],
     ["each partition in DynamoDB can sustain about ten thousand write units a second"],
     "Bluff, contradicted number: a partition supports 1,000 WCU (and 3,000 RCU) per second, not "
     "10,000. The wrong limit is the centre of the sizing and leads to dismissing hot partitions, so weak."),
    (1,
     "I know the partition key is hashed to place items, and that every partition has a fixed "
     "throughput ceiling. I don't remember the exact per-partition numbers, so I'd want to look those "
     "up before I did any sizing for fifty thousand writes a second. What I'm sure of is the rule: a key "
     "with high cardinality and requests spread evenly over it, so the order ID rather than anything "
     "like a date or a status. A hot partition is traffic concentrating on a few keys, so they throttle "
     "while the rest sits idle. For really hot keys you can append a suffix to spread the writes.",
     "adequate", "honest", [], [],
     "Honest about not remembering the per-partition limits; what it states is correct (hashing, "
     "cardinality, hot partition, suffix sharding). Core right, numbers missing: adequate."),
    (1,
     "So the main things are: partition key, sort key, cardinality, uniform access, hashing, hot "
     "partitions, throttling, adaptive capacity, split for heat, write sharding with suffixes, "
     "scatter-gather reads, 1,000 WCU, 3,000 RCU, 10 GB partitions, 400 KB items, item collections. "
     "Yeah, those are the concepts I'd bring into the design.",
     "weak", "list", [], [],
     "Names the right terms and numbers but says nothing about how they relate or what the key should "
     "be: list, weak."),

    # ------------------------------------------------------------------ Round 2
    (2,
     "I'd list the three reads first and let them drive the keys. The order plus its lines live in one "
     "partition: the key is the order ID, the header gets a sort key like META and each line gets LINE "
     "plus a number, so one Query pulls back the whole order. Customer history goes in a global "
     "secondary index keyed on the customer, with the created-at timestamp as the sort key, and I read "
     "it backwards, newest first, with a page size. For the warehouse I'd use a sparse index: only "
     "orders awaiting picking get the index attributes, keyed by warehouse plus a small shard number so "
     "a busy site isn't one hot key, and we delete those attributes once it's picked. Things to know: "
     "GSIs are eventually consistent only, you can't ask for a strongly consistent read on one. LSIs can "
     "do strong reads, but they're defined only at table creation, use the same partition key, and cap "
     "each item collection at ten gigabytes. And in provisioned mode a throttled GSI back-pressures the "
     "base table's writes.",
     "strong", "strong", [], [],
     "Access-pattern-driven design, item collection for order+lines, GSI for customer history read in "
     "reverse, sharded sparse GSI for the pick queue, GSI eventual consistency, LSI constraints, GSI "
     "back-pressure. Correct and nearly complete."),
    (2,
     "I'd honestly keep it close to how we'd do it in Postgres: an orders table, an order lines table "
     "and a customers table, each keyed on its own ID. Then the service fetches the order, fetches the "
     "lines for that order, and stitches them together in the application. It's cleaner to reason "
     "about, and each table can scale on its own. For the warehouse view I'd add an index on status on "
     "the orders table.",
     "weak", "pattern",
     ["Make one table per entity like in SQL and join them in the application."], [],
     "Acts out the table-per-entity pattern: application-side joins and multiple round trips instead of "
     "an item collection; also a low-cardinality status index. Weak."),
    (2,
     "So, single-table: the order header and its line items share the order's partition key with "
     "different sort keys, so one Query gets the whole order. Customer history is a GSI on customer ID "
     "with the created timestamp as sort key, read in descending order. The warehouse queue is a sparse "
     "GSI, where only pending orders carry the attribute. One nice thing about GSIs is that they're "
     "decoupled from the table: if the index can't keep up with writes, it just falls further behind and "
     "your queries get staler, but writes to the base table keep succeeding at full speed, so an "
     "under-sized index can never hurt the main write path.",
     "adequate", "bluff", [],
     ["if the index can't keep up with writes, it just falls further behind and your queries get staler, "
      "but writes to the base table keep succeeding at full speed, so an under-sized index can never hurt "
      "the main write path"],
     "Bluff, wrong mechanism in plain words: when a GSI's writes are throttled, DynamoDB throttles the "
     "base-table writes too (back-pressure); the index does not silently fall behind. The modelling is "
     "right, the false claim is a side point, so capped at adequate."),
    (2,
     "The approach I'd take is single-table design, and the numbers back it: AWS's own benchmarks show "
     "single-table designs cut read costs by around 60 percent compared with multi-table models. "
     "Concretely, the order header and its line items go under the order's partition key with line sort "
     "keys, so one Query returns everything. A GSI keyed on customer with created time as the sort key "
     "gives newest-first history when you read it in reverse. For the warehouse, a sparse GSI where only "
     "unpicked orders have the key attributes, plus a shard suffix so one busy warehouse doesn't get "
     "hot. And reads on a GSI are eventually consistent, so the warehouse screen can lag by a moment.",
     "adequate", "bluff", [],
     ["AWS's own benchmarks show single-table designs cut read costs by around 60 percent compared with "
      "multi-table models"],
     "Bluff, invented statistic: AWS publishes no such benchmark figure. The modelling itself is correct, "
     "the statistic is decoration rather than the design, so adequate."),
    (2,
     "Let me go through the patterns. Order with its lines: same partition key, the order ID, with the "
     "header and each line under different sort keys, so it's one Query and one round trip. Customer "
     "orders newest first: a global secondary index with the customer as partition key and the order "
     "timestamp as sort key, queried in descending order with paging. The warehouse: a sparse index "
     "where just the orders still awaiting a picker get the index keys, sharded by a suffix so a big "
     "warehouse isn't a hot key, and picking removes those attributes. GSI reads are eventually "
     "consistent, and if the index gets throttled it slows the table's writes as well. I believe local "
     "secondary indexes allow strongly consistent reads, but I honestly don't remember the exact size "
     "limit they put on an item collection, or the default cap on how many GSIs a table can have; I'd "
     "check the quotas page before committing.",
     "strong", "honest", [], [],
     "Honest about two quota details (LSI 10 GB item collection limit, 20 GSI default) but everything it "
     "states is correct and it covers nearly all the substance: honest, banded strong."),
    (2,
     "For this I'd lean on third normal form. Customers, orders and order lines each become their own "
     "relation, with foreign keys from lines to orders and from orders to customers, and then a "
     "composite B-tree index on customer and created date covers the history view. For the warehouse, a "
     "partial index where status equals pending keeps it tiny. The query planner handles the joins "
     "efficiently as long as statistics are fresh, so I'd run ANALYZE after big loads and keep an eye on "
     "the slow query log.",
     "weak", "offtopic", [], [],
     "Fluent relational (PostgreSQL) schema design; says nothing about DynamoDB keys, item collections "
     "or GSIs. Off-topic."),

    # ------------------------------------------------------------------ Round 3
    (3,
     "I'd first check whether it's a handful of hot keys or the whole table, because a hot key throttles "
     "no matter which mode you pick. Assuming it's table-wide, auto scaling won't save us; it takes "
     "minutes to react and the spike comes in seconds. I'd go on-demand, but on-demand only absorbs "
     "around twice what the table has previously handled straight away, so I'd pre-warm it ahead of the "
     "sales. And the clients should back off exponentially with jitter instead of hammering.",
     "adequate", "adequate", [], [],
     "Correct core: diagnose hot keys, auto scaling too slow, on-demand doubles from previous peak, "
     "pre-warm, backoff with jitter. Missing how to diagnose, the table quota, burst capacity and "
     "scheduled scaling: adequate."),
    (3,
     "Honestly this is exactly what on-demand is for. Provisioned capacity means guessing, and we "
     "guessed wrong, so I'd flip the table to on-demand and the throttling goes away, since DynamoDB just "
     "scales with whatever requests come in. It costs more per request, but for spiky traffic like flash "
     "sales that's worth it, and we stop having to babysit capacity numbers.",
     "weak", "pattern",
     ["Switch to on-demand and throttling goes away."],
     ["I'd flip the table to on-demand and the throttling goes away, since DynamoDB just scales with "
      "whatever requests come in"],
     "Acts out the 'switch to on-demand' pattern; the misconception (on-demand cannot throttle) is listed "
     "as false: on-demand doubles from the previous peak and keeps per-partition limits."),
    (3,
     "Okay, so the first thing to understand is that those exceptions look scarier than they are. Behind "
     "the scenes the service parks a throttled write and replays it for you once throughput frees up, so "
     "no write is ever lost, you just see a bit of extra latency during the spike. Given that, I'd stay "
     "on provisioned mode because it's much cheaper at a steady two thousand a second, turn on auto "
     "scaling with a seventy percent target, and accept some slower responses at the top of each hour "
     "while it catches up. I'd log the exceptions at debug level so they stop paging people.",
     "weak", "bluff", [],
     ["Behind the scenes the service parks a throttled write and replays it for you once throughput frees "
      "up, so no write is ever lost"],
     "Bluff, wrong mechanism in plain words and a false absolute: DynamoDB rejects a throttled request "
     "(HTTP 400); only the client SDK retries, and once retries are exhausted the write fails. The false "
     "claim drives the whole plan, so weak."),
    (3,
     "I'd start with Contributor Insights to see if it's a few hot keys, since no capacity mode fixes "
     "those. If it's the whole table, I'd move to on-demand. I think on-demand can instantly take "
     "something like ten times your previous peak, but I'd double-check that figure, and even so I'd "
     "pre-warm before the first sale rather than trust it. Auto scaling on provisioned is too slow for a "
     "spike that lands in seconds. And the writers need exponential backoff with jitter.",
     "adequate", "hedged", [],
     ["I think on-demand can instantly take something like ten times your previous peak"],
     "Hedged wrong number: on-demand instantly accommodates up to double (2x) the previous peak, not "
     "10x. Explicitly hedged, so not a bluff; the rest (Contributor Insights, pre-warm, auto scaling "
     "lag, backoff) is right: adequate."),
    (3,
     "I'd be careful here, because I don't remember exactly how fast on-demand ramps up from a cold "
     "start, or what the default per-table limit is, and both matter at forty thousand writes a second, "
     "so I'd look them up in the docs and Service Quotas before deciding. What I do know: auto scaling on "
     "provisioned reacts over minutes, so it'll miss a spike that arrives in seconds, and hot keys "
     "throttle in either mode because each partition has its own ceiling. So I'd check which keys are "
     "being throttled first, then most likely go on-demand with some pre-warming, and make sure retries "
     "back off with jitter.",
     "adequate", "honest", [],
     [],
     "Honest about the on-demand ramp rate and the table quota; what it states is correct (auto scaling "
     "lag, per-partition limits in both modes, diagnose first, pre-warm, jittered backoff): adequate."),
    (3,
     "Things I'd bring up: on-demand, provisioned, auto scaling, target tracking, scheduled scaling, "
     "burst capacity, adaptive capacity, warm throughput, previous peak, "
     "ProvisionedThroughputExceededException, exponential backoff, jitter, Contributor Insights, "
     "ThrottledRequests, CloudWatch alarms, Service Quotas, table quotas, hot keys, partition limits, "
     "write sharding. That's basically the toolbox for this one.",
     "weak", "list", [], [],
     "Only names the relevant terms, no decision and no statement about any of them: list, weak."),

    # ------------------------------------------------------------------ Round 4
    (4,
     "I'd push back on 'every write'. A single PutItem or UpdateItem on one item is already "
     "all-or-nothing, and if I need a guard I attach a condition: the key must not exist yet for a "
     "create, or the version attribute must equal what I read, for optimistic locking. If that fails I "
     "get ConditionalCheckFailedException, and I can have it hand back the current item so I don't need "
     "another read. Worth knowing the failed attempt still bills write capacity. Transactions are for "
     "when the rule spans items, like charging an order, reducing stock and recording the idempotency key "
     "together. They double the write units per item, cap out at a hundred actions and four megabytes, "
     "and when two collide one gets TransactionCanceledException with a TransactionConflict reason rather "
     "than waiting. With global tables the guarantee only covers the region that ran it. So: conditions "
     "by default, transactions for a short, named list of multi-item invariants.",
     "strong", "strong", [], [],
     "Single-item atomicity, condition expressions and optimistic locking, correct error name, "
     "return-on-failure option, failed writes still billed, 2x cost, 100 actions / 4 MB, conflicts "
     "cancelled not queued, region-local on global tables. Strong."),
    (4,
     "Not every write, no. Most of our writes touch one item, and single-item writes are atomic anyway; "
     "what we actually need there is a condition expression, like only create if the key doesn't exist, "
     "or only update if the version matches, which is optimistic locking. Transactions make sense when "
     "several items have to change together, say the order status and the inventory count. They're more "
     "expensive, roughly twice the write capacity, so wrapping everything would double our bill for "
     "nothing.",
     "adequate", "adequate", [], [],
     "Correct core (single-item atomicity, conditions, optimistic locking, transactions for multi-item "
     "invariants, 2x cost) but no limits, conflict behaviour, error names or global-table caveat."),
    (4,
     "I don't think we need transactions at all. What I'd do is read the item first, check in the "
     "service whether the order is still in the pending state, and if it is, write the update with the "
     "new status. That keeps the logic in our code where it's easy to test, and DynamoDB reads are fast "
     "enough that the gap between the read and the write is tiny.",
     "weak", "pattern",
     ["Read the item, check the value in our code, then write it back."], [],
     "Acts out the read-check-write pattern: two concurrent requests can both see 'pending' and both "
     "write; the check belongs in a ConditionExpression. Weak."),
    (4,
     "As a blanket rule, no. Single-item writes are already atomic, so for most writes I'd use a "
     "condition expression: attribute_not_exists for create-once, a version check for optimistic "
     "locking. When the condition doesn't hold, DynamoDB answers with an HTTP 409 Conflict, which our "
     "handler maps straight through to the caller. Transactions I'd keep for multi-item invariants, like "
     "order plus stock plus payment record, since they cost twice the write units, and conflicting "
     "transactions get cancelled rather than queued, so hot items lead to retries.",
     "adequate", "bluff", [],
     ["When the condition doesn't hold, DynamoDB answers with an HTTP 409 Conflict"],
     "Bluff, wrong status code: a failed condition returns ConditionalCheckFailedException with HTTP "
     "400, never 409 (DynamoDB uses 400 for client errors). The design is otherwise right, the error "
     "detail is peripheral, so adequate."),
    (4,
     "I'd say transactions are fine but limited. I believe TransactWriteItems only takes ten items per "
     "call, though I'd have to check that, so wrapping every write would be awkward for bulk operations "
     "anyway. For ordinary single-item updates a plain write is enough, so I'd just use transactions "
     "where we actually need them.",
     "weak", "hedged", [],
     ["I believe TransactWriteItems only takes ten items per call"],
     "Hedged wrong number: TransactWriteItems takes up to 100 actions (25 before September 2022), not "
     "10. Not a bluff because it is hedged; otherwise thin (no conditions, cost, conflicts): weak."),
    (4,
     "This reminds me of the classic two-phase commit problem. In XA transactions, a coordinator asks "
     "every resource manager to prepare, and only when all of them vote yes does it send commit; if the "
     "coordinator dies between the phases, participants sit holding locks, in doubt, until it recovers. "
     "That's why a lot of microservice teams moved to sagas instead, with compensating actions for each "
     "step, orchestrated by something like Temporal or a state machine, so nothing holds locks across "
     "services.",
     "weak", "offtopic", [], [],
     "Fluent about XA two-phase commit and sagas; never addresses DynamoDB conditional writes or "
     "TransactWriteItems. Off-topic."),

    # ------------------------------------------------------------------ Round 5
    (5,
     "Three pieces, each with a catch. For sessions I'd write an expiry attribute as a number, epoch "
     "seconds, and turn TTL on for it. The deletes happen in the background and can lag by days rather "
     "than firing at the exact second, so the session lookup has to ignore anything whose expiry has "
     "already passed. Nice side effect: TTL deletes don't use write capacity, and in the stream they're "
     "marked as done by the service, so analytics can tell an expiry from a real delete. The stream "
     "holds a day of changes, ordered per item with no duplicates, so a Lambda consumer plus an "
     "on-failure destination feeds analytics, and if we need longer retention we'd use the Kinesis Data "
     "Streams integration and dedupe. Global tables replicate asynchronously, typically around a second, "
     "last writer wins, and conditions or transactions are only checked in the local region. So each "
     "order gets a home region that owns its writes, and I'd alarm on ReplicationLatency.",
     "strong", "strong", [], [],
     "TTL as epoch-seconds Number, lazy deletion with read-side filtering, free TTL deletes marked as "
     "service in the stream, 24h stream retention with per-item order and no duplicates, Kinesis option, "
     "async LWW replication, region-local conditions, home-region writes. Strong."),
    (5,
     "TTL works off a timestamp attribute, and expired items are removed by a background sweep, so not "
     "immediately; the app should filter out expired sessions on read. Streams give you an ordered change "
     "log per item that a Lambda can consume for analytics, but it only keeps about a day of data, so the "
     "consumer can't be down for long. Global tables are multi-active with asynchronous replication and "
     "last-writer-wins, so concurrent writes to the same order in both regions can lose one; I'd route "
     "the writes for an item to one region.",
     "adequate", "adequate", [], [],
     "Correct on lazy TTL, 24h stream retention, async LWW replication and home-region routing; misses "
     "the epoch-seconds format, region-local conditions/transactions and how TTL deletes appear in the "
     "stream. Adequate."),
    (5,
     "Global tables make this easy: every region has a full replica and they're kept in sync, so a user "
     "can hit either region and read or write any order, including the same order from both sides. TTL "
     "handles the session expiry and Streams push the changes to analytics. Since both regions always "
     "see the same data, we don't need any routing logic, we just put the service behind latency-based "
     "DNS.",
     "weak", "pattern",
     ["Global tables keep every region in sync instantly, so we can write the same item anywhere."],
     ["Since both regions always see the same data, we don't need any routing logic"],
     "Acts out the 'global tables are instantly in sync' pattern; the misconception is listed: replication "
     "is asynchronous and concurrent writes are resolved by last writer wins."),
    (5,
     "Sessions get a TTL attribute in epoch seconds, and because expiry is a background sweep that can "
     "lag, reads filter out anything already past its expiry. For analytics, DynamoDB Streams is the "
     "natural feed, and retention isn't a worry because you can turn on extended retention on the stream "
     "and keep records for up to 365 days, so the pipeline can replay a whole year. Global tables "
     "replicate asynchronously with last-writer-wins, so I'd pin each order's writes to a home region.",
     "adequate", "bluff", [],
     ["you can turn on extended retention on the stream and keep records for up to 365 days"],
     "Bluff, feature credited to the wrong product: DynamoDB Streams retention is fixed at 24 hours; "
     "extended retention up to 365 days is a Kinesis Data Streams feature (usable via Kinesis Data "
     "Streams for DynamoDB). The rest is correct, so adequate."),
    (5,
     "For sessions I'd store an expiresAt attribute as an ISO 8601 timestamp string, which is the format "
     "DynamoDB's TTL feature reads, and enable TTL on that attribute; expired sessions then get cleaned "
     "up by a background process. Streams would carry each change to a Lambda for the analytics pipeline, "
     "with a day of retention, and global tables replicate between the two regions asynchronously, with "
     "last writer wins when both sides touch the same item.",
     "weak", "bluff", [],
     ["an ISO 8601 timestamp string, which is the format DynamoDB's TTL feature reads"],
     "Bluff, misattributed standard: TTL reads a Number attribute holding Unix epoch seconds; a String "
     "(ISO 8601) value is ignored, so these sessions would never expire. The false claim breaks the "
     "session-expiry requirement at the centre, so weak."),
    (5,
     "I know TTL deletion isn't instant, it's a background job, so the application should check the "
     "expiry itself, though I'd have to look up the exact format the TTL attribute needs and how long the "
     "deletion can lag. Streams give per-item ordered changes; I think retention is limited, about a day, "
     "but I'd confirm. For global tables, replication is asynchronous and conflicting writes resolve with "
     "last writer wins, so I'd keep each order's writes in one region. What I'm unsure about is whether "
     "conditional writes are checked across regions; I'd verify that before relying on them.",
     "adequate", "honest", [], [],
     "Honest about the TTL attribute format, deletion lag and cross-region condition checks; everything "
     "it asserts is correct (lazy TTL, ~24h retention, async LWW, home region). Adequate."),
]

FIELDS = ("id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note")


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as fh:
        for rnd, answer, band, kind, pq, fc, note in ANSWERS:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": f"{SHORT}-r{rnd}-{counters[rnd]:02d}",
                "round": rnd,
                "answer": answer,
                "band": band,
                "bluff": kind == "bluff",
                "kind": kind,
                "pattern_quotes": list(pq),
                "false_claims": list(fc),
                "note": note,
            }
            assert tuple(rec) == FIELDS
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} answers to {OUT}")


if __name__ == "__main__":
    main()
