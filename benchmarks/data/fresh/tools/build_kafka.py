import json
A = []
def a(id, rnd, kind, band, bluff, text, pq=(), fc=(), note=""):
    A.append(dict(id=id, round=rnd, answer=text, band=band, bluff=bluff, kind=kind,
                  pattern_quotes=list(pq), false_claims=list(fc), note=note))

# ---------------- Round 1 ----------------
a("kafka-r1-01", 1, "strong", "strong", False,
  "So, um, first thing I'd do is separate the three guarantees — at-most-once, you might drop stuff, at-least-once, you might get dupes, and exactly-once really means the effect happens one time even if the code technically reruns. Kafka got this in 0.11, that was KIP-98, back in 2017, and it's basically three pieces: the idempotent producer so retries don't double-write on the broker, transactions so your output writes and your consumer offset commit go in together or not at all, and then consumers need isolation.level read_committed, because out of the box it's read_uncommitted. Streams just gives you exactly_once_v2 as one config. But, and this is the big thing, that only holds topic to topic — the second you hit a database or send an email you're on your own, you need idempotent writes there.",
  note="Defines the semantics, names KIP-98/0.11, the three mechanisms, the read_uncommitted default, and the Kafka-to-Kafka scope limit.")
a("kafka-r1-02", 1, "adequate", "adequate", False,
  "Yeah so exactly-once in Kafka is, basically, the combo of the idempotent producer and transactions, so when you read from one topic and write to another one, the output and the offset commit happen atomically, you don't get half-written results if the app crashes in the middle. And the consumers downstream need to only read committed data. I think that's, you know, pretty much what the product owner is after for the transform part.",
  note="Core mechanism right, but no definition of the semantics and no caveat that external side effects are outside the guarantee.")
a("kafka-r1-03", 1, "pattern", "weak", False,
  "Honestly I think we've already got this covered, we set acks to all on the producer, so every write is confirmed by all the in-sync replicas, and that means there's no duplicates, the message is either written or it isn't. So I'd tell the product owner we're already exactly-once, um, and maybe just double check the replication factor is three.",
  pq=["We set acks=all, so there are no duplicates."], fc=["that means there's no duplicates", "we're already exactly-once"],
  note="Exhibits the acks=all weak pattern: durability confused with deduplication; retries can still duplicate.")
a("kafka-r1-04", 1, "bluff", "adequate", True,
  "Right, so Kafka's exactly-once came in with KIP-500, which shipped in Kafka 2.0, and it works by combining the idempotent producer with transactions, so the producer's writes to the output topic and the consumer offsets get committed atomically. Downstream consumers run with read_committed so they skip aborted records. The catch is it only covers Kafka to Kafka, so if you write into an external database you need your own dedup. So for the product owner, yes, we can do it for the topic-to-topic transform.",
  fc=["Kafka's exactly-once came in with KIP-500, which shipped in Kafka 2.0"],
  note="Substance is right, but confidently credits EOS to KIP-500 (which is ZooKeeper removal/KRaft) and Kafka 2.0; it was KIP-98 in 0.11.0. Bluff caps band at adequate.")
a("kafka-r1-05", 1, "list", "weak", False,
  "Um, so the pieces would be: idempotent producer, transactions, transactional.id, read_committed, KIP-98, exactly_once_v2, consumer offsets, and dedup keys for the external stuff. Yeah, I'd say those are the main things involved.",
  note="Names the right terms but makes no statement about what they do or what the guarantee covers.")
a("kafka-r1-06", 1, "offtopic", "weak", False,
  "So I'd actually step back and ask whether Kafka is the right choice at all, like RabbitMQ is great for task queues and it has per-message acks, and then you'd want to look at how many partitions you need for throughput — I usually size it by the target throughput divided by what one partition can do, plan for growth, and keep the key distribution even so no partition gets hot.",
  note="Talks about broker choice and partition sizing; does not address exactly-once semantics.")

# ---------------- Round 2 ----------------
a("kafka-r2-01", 2, "strong", "strong", False,
  "OK so when you turn idempotence on, the broker hands the producer an ID, a PID, and every batch headed to a partition gets a sequence number that just counts up. The leader remembers recent sequences per PID, so if an ack got lost and the client resends, the broker goes, oh, I already have that one, and acks it without appending again. It needs acks=all and max in flight of five or less — you still keep ordering with up to five — and since 3.0 it's on by default. What it doesn't do: it's per partition and per producer session, so if the app crashes and comes back that's a brand new PID and the resends look new. Same if your own code calls send twice. For restarts you want a transactional.id, which is stable, and the epoch bump fences off the old zombie instance.",
  note="Mechanism (PID, per-partition sequence), config requirements, 3.0 default, and both limits (restart, application-level resend) plus fencing.")
a("kafka-r2-02", 2, "bluff", "weak", True,
  "So the idempotent producer gets a producer ID and sequence numbers, and the broker keeps a dedup window of the last 10,000 messages per producer, so any retry inside that window gets dropped. And the nice part is the producer ID is persisted on the client, so even if your application restarts it picks up the same ID and the broker still catches duplicates across restarts. So really the only thing it doesn't cover is the consumer side.",
  fc=["the broker keeps a dedup window of the last 10,000 messages per producer", "the producer ID is persisted on the client, so even if your application restarts it picks up the same ID and the broker still catches duplicates across restarts"],
  note="Invents a 10,000-message window and claims dedup survives restarts; a restarted idempotent producer without a transactional.id gets a new PID. Gets the key limit backwards.")
a("kafka-r2-03", 2, "bluff", "adequate", True,
  "Um so the broker gives each producer an ID and each batch per partition carries a sequence number, so a retried batch with a sequence the broker already has gets acked but not written twice. You do have to set max.in.flight.requests.per.connection to 1 though, otherwise you lose ordering, that's a hard requirement, and it's been on by default ever since 0.11. The gap is restarts — a new producer instance gets a new ID, so you want a transactional.id for that.",
  fc=["You do have to set max.in.flight.requests.per.connection to 1 though, otherwise you lose ordering, that's a hard requirement", "it's been on by default ever since 0.11"],
  note="Mechanism and restart limit right, but confidently states in-flight must be 1 (up to 5 is allowed with ordering preserved) and a default since 0.11 (default since 3.0).")
a("kafka-r2-04", 2, "honest", "adequate", False,
  "So each producer gets a producer ID from the broker and it stamps sequence numbers on its batches per partition, and the broker uses that to throw away a retried batch it already wrote. What it doesn't protect against — if the app dies and restarts, it's a new producer ID, so resends after that look new, and it won't help if the app itself calls send twice. There's the transactional.id thing that fences old instances, something with an epoch, but honestly I'd need to look up exactly how the fencing works.",
  note="Correct mechanism and limits; openly does not know the fencing details. Missing config requirements and defaults.")
a("kafka-r2-05", 2, "hedged", "adequate", False,
  "Right, so the producer gets an ID and numbers its batches per partition, and the broker discards a batch it's already seen from that producer, that's how a retry after a lost ack doesn't duplicate. It needs acks=all, and I think the max in-flight requests has to be three or fewer, but I'd double-check that number. It doesn't cover producer restarts, since you get a new ID, and it doesn't help if your code sends the same event twice.",
  fc=["I think the max in-flight requests has to be three or fewer"],
  note="Wrong number (limit is 5) but explicitly hedged, so not a bluff; rest correct.")
a("kafka-r2-06", 2, "pattern", "weak", False,
  "Yeah so the idempotent producer is basically the end-to-end fix, right, once you enable it, idempotence means the consumer won't process anything twice, because there's only ever one copy in the log. So we'd flip enable.idempotence to true and that's really the whole story for duplicates, uh, on both the producer and the consumer side.",
  pq=["Idempotence means my consumer won't process anything twice."], fc=["idempotence means the consumer won't process anything twice"],
  note="Documented weak pattern: producer idempotence confused with consumer-side exactly-once; no mechanism, no limits.")

# ---------------- Round 3 ----------------
a("kafka-r3-01", 3, "strong", "strong", False,
  "So here Kafka transactions just stop, right — Postgres and the payment provider aren't participants, there's no 2PC across them. So I'd put the guarantee where the effect is. For Postgres, turn off auto commit and keep the offsets in Postgres: the same DB transaction writes the row and that partition's offset, and on assignment the consumer seeks to whatever the DB says. Crash, and it's both or neither. Or dedupe on an event ID the producer assigned — not the offset, because a republished event lands at a new offset — with a unique constraint and on-conflict-do-nothing. The charge I can't undo, so I send the provider an idempotency key built from the order ID, like Stripe's header, and I note that I'm about to charge before calling and the result after, so recovery retries with the same key or reconciles instead of charging fresh.",
  note="States the boundary, offsets stored atomically with data plus seek, event-ID dedup with unique constraint, downstream idempotency key, intent/outcome recording.")
a("kafka-r3-02", 3, "adequate", "adequate", False,
  "So, um, I'd make the consumer idempotent. Each order event has an order ID, and in Postgres I'd put a unique constraint on that, so if we reprocess, the insert just conflicts and we skip it. And for the payment call I'd pass an idempotency key to the provider based on the order ID, so a retry doesn't double charge. Then commit the Kafka offset after both of those succeed.",
  note="Right core (unique key, idempotency key to provider) but does not say Kafka transactions can't cover this, nor handle the crash between charge and record.")
a("kafka-r3-03", 3, "pattern", "weak", False,
  "I'd use Kafka transactions for this, so you begin the transaction, do the Postgres insert, call the payment API, then send the offsets to the transaction and commit. So the database write and the offset commit are all wrapped in the Kafka transaction together, and if anything fails it all rolls back, including the row in Postgres.",
  pq=["Wrap the database write and the Kafka offset commit in a Kafka transaction."], fc=["if anything fails it all rolls back, including the row in Postgres"],
  note="Documented weak pattern: assumes an external database joins a Kafka transaction.")
a("kafka-r3-04", 3, "bluff", "weak", True,
  "So Kafka's transactions don't reach Postgres, so for the DB I'd store the offset in the same Postgres transaction as the row and seek to it on startup, that gives you exactly-once for the table. For the charge, honestly, it's simpler than people think: Stripe automatically deduplicates identical charge requests for 24 hours even if you don't send an idempotency key, so a replayed event just gets the original charge back. So we're covered on both sides.",
  fc=["Stripe automatically deduplicates identical charge requests for 24 hours even if you don't send an idempotency key"],
  note="Database half is right, but the payment half rests on an invented provider feature; without a key a retry is a new charge.")
a("kafka-r3-05", 3, "honest", "adequate", False,
  "OK so Kafka transactions don't extend to Postgres or to the payment provider, so I'd have to make those idempotent myself. For the database I'd keep the consumed offsets in a table and update them in the same transaction as the result row, and then when the consumer starts it reads them back and... there's an API to reposition the consumer, I think it's seek, but I'd need to check the exact call and where it hooks into the rebalance listener. For the payment, an idempotency key tied to the order so a retry returns the first result.",
  note="Correct design with honest uncertainty about the API detail; misses the crash window between charge and recording.")
a("kafka-r3-06", 3, "list", "weak", False,
  "Um, so, outbox pattern, dedup keys, unique constraint, idempotency key for the payment provider, seek, storing offsets externally, reconciliation. Those are the things I'd reach for here, basically, in this kind of case.",
  note="Only names relevant techniques; no statement of how they combine or why.")

# ---------------- Round 4 ----------------
a("kafka-r4-01", 4, "adequate", "adequate", False,
  "Yeah it's a fair position, honestly. Transactions do cost you, the downstream read_committed consumers don't see anything until the commit, so latency goes up, and if a producer hangs with an open transaction the consumers get stuck behind it. And if all our sinks are databases with unique keys we need idempotent consumers anyway. So for simple pipelines like that I'd go at-least-once plus idempotent consumers.",
  note="Costs described correctly, but never says where transactions remain worth it (stateful aggregations, multi-topic output).")
a("kafka-r4-02", 4, "pattern", "weak", False,
  "No, I'd push back hard on that. Exactly-once is just strictly better, you never want duplicates, so we should never turn it off. The latency thing is a few milliseconds, it's not worth the debate, and idempotent consumers are just extra code every team has to write and get right.",
  pq=["Exactly-once is always better, so we should never turn it off."],
  note="Documented weak pattern: dismisses the cost and the need for idempotent sinks.")
a("kafka-r4-03", 4, "bluff", "adequate", True,
  "I mostly agree with him. Confluent's own benchmarks show transactions cut producer throughput by about 60 percent, so it's a big tax, and the transaction timeout defaults to 15 minutes on the producer, so a stuck transaction blocks read_committed consumers for a long time. For stateful aggregations you might still want exactly_once_v2, but for everything else at-least-once with idempotent consumers is the way to go.",
  fc=["Confluent's own benchmarks show transactions cut producer throughput by about 60 percent", "the transaction timeout defaults to 15 minutes on the producer"],
  note="Reasonable structure, but an invented statistic (published figures are a few percent) and the wrong default (transaction.timeout.ms is 60 s; 15 min is the broker's transaction.max.timeout.ms).")
a("kafka-r4-04", 4, "honest", "strong", False,
  "I think it depends on the pipeline. Transactions cost latency, because read_committed consumers only see data after the commit, and an open transaction holds them back, and Streams in exactly-once mode commits way more often — the default commit interval drops to something much shorter, I don't remember the exact number, I'd have to look it up. If the sinks are databases with unique keys, at-least-once plus idempotent consumers is fine. But for stateful stuff like aggregations or joins, a replay double-counts, so there I'd keep exactly_once_v2.",
  note="Balanced, correct trade-off with the deciding factor; honestly declines to give the commit interval number.")
a("kafka-r4-05", 4, "hedged", "adequate", False,
  "It's a valid view for some pipelines. The cost is real: consumers in read_committed mode can't go past an open transaction, so a stuck producer holds them up until the transaction timeout, which I think is five minutes by default, but I'd check. For sinks into databases with unique keys I'd do at-least-once and idempotent writes. For aggregations I'd keep transactions, because replays double count.",
  fc=["which I think is five minutes by default"],
  note="Wrong default (60 s) but hedged, so not a bluff; trade-off otherwise correct though thin on latency cost.")
a("kafka-r4-06", 4, "offtopic", "weak", False,
  "So what I'd really look at is the storage bill. With tiered storage in newer Kafka versions you can push old segments to S3 and keep the brokers' local disks small, which cuts costs a lot, and then you can afford longer retention for replays. I'd also look at compression, zstd usually gets the best ratio for us.",
  note="Discusses storage cost and compression, not transactions versus idempotent consumers.")

# ---------------- Round 5 ----------------
a("kafka-r5-01", 5, "strong", "strong", False,
  "So I'd bake it into the platform. Every event is stamped once, where it's born, with a unique ID and a business key, so consumers dedupe on that, not on offsets, which shift on replay or mirroring. A shared client library sets the defaults — idempotence, acks all, no auto-commit when you write somewhere else, read_committed where there are transactional producers, and one stable transactional.id per logical producer, never two live copies. Sinks follow blessed patterns: offsets stored alongside the data, or a dedup table with a unique constraint kept longer than any replay. Then monitoring: lag, aborted transactions, and how far the last stable offset trails the high watermark, that's your hanging-transaction alarm. Also committed offsets expire, seven days by default since 2.0, so an idle group can fall back to auto.offset.reset. And we test it — reconciliation counts, killing brokers mid-transaction.",
  note="Event contract, shared defaults, sink patterns, LSO monitoring, offset retention, verification.")
a("kafka-r5-02", 5, "adequate", "adequate", False,
  "I'd give teams a standard client library with the right defaults, like idempotence on and read_committed, and a standard event envelope with an event ID so every consumer can dedupe. Then publish a couple of approved patterns for writing into databases, like the unique constraint approach. And, um, dashboards for consumer lag.",
  note="Right direction but no operational specifics (hanging transactions, offset expiry) and no verification.")
a("kafka-r5-03", 5, "pattern", "weak", False,
  "Honestly, I think each team should work out its own exactly-once approach, because they know their data best, and a central platform team just turns into a bottleneck. We can share a wiki page of tips, but I wouldn't mandate anything.",
  pq=["Each team should figure out its own exactly-once approach."],
  note="Documented weak pattern: no platform defaults or patterns.")
a("kafka-r5-04", 5, "bluff", "adequate", True,
  "So first a common event envelope with a unique event ID so anyone can dedupe, and a shared client config with idempotence and read_committed. For operations, the nice thing is committed offsets never expire, __consumer_offsets is a compacted topic so the group's position is kept forever, so even a pipeline that's paused for a month resumes exactly where it left off. I'd also add reconciliation jobs comparing counts from source to sink.",
  fc=["committed offsets never expire", "so the group's position is kept forever, so even a pipeline that's paused for a month resumes exactly where it left off"],
  note="Good envelope and reconciliation, but contradicts offsets.retention.minutes (7 days by default since 2.0).")
a("kafka-r5-05", 5, "bluff", "weak", True,
  "At the platform level I'd lean on Kafka Connect, because since KIP-618 in Kafka 2.6 every sink connector is exactly-once automatically, so teams that land data in databases through Connect get it for free. For custom services, a shared library with idempotence on and read_committed, and a dedup table per consumer. And some chaos testing to prove it works.",
  fc=["since KIP-618 in Kafka 2.6 every sink connector is exactly-once automatically"],
  note="KIP-618 added exactly-once for source connectors in 3.3; sinks are not automatically exactly-once. The plan leans on the false claim.")
a("kafka-r5-06", 5, "honest", "adequate", False,
  "So I'd standardize: events carry a unique ID from the producer, a shared client config with idempotence and read_committed, and sink patterns with unique constraints. For ops, watch lag and aborted transactions. One thing I know bites people is that committed consumer offsets have a retention — if a group sits idle long enough, its offsets go away and it restarts from the reset policy. I don't remember whether the default is one day or seven now, I'd look that up before relying on it.",
  note="Correct and reasonably complete; honest about the retention default.")

with open("/work/evalsets/fresh/kafka-exactly-once_answers.jsonl", "w") as f:
    for r in A:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(A))
