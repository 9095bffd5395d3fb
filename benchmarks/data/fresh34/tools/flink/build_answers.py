#!/usr/bin/env python3
"""Build flink-stateful-streaming_answers.jsonl: 30 labelled answers (6 per round)."""
import json
import os

SHORT = "flink"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "flink-stateful-streaming_answers.jsonl")

# (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: event time, watermarks, late data ----------------
    (1, "strong", "strong",
     "Okay, so first thing: I'd window on the transaction's own timestamp, event time, not on when Flink "
     "happens to see the record. If we use the machine clock, any consumer lag or a replay after a crash "
     "shifts transactions between windows and you get different numbers every run. Then watermarks. A "
     "watermark basically tells the operators 'event time has reached t, don't expect anything older'. I'd "
     "set a bounded out-of-orderness strategy directly on the Kafka source, sized from what we actually "
     "measure, maybe three or four minutes, so every partition gets its own watermark and the source "
     "forwards the smallest one. Each ten-minute window closes once the watermark crosses its end. For the "
     "tail I'd add allowed lateness, which keeps the window around and emits a corrected result per late "
     "event, so the sink has to upsert by card and window. Beyond that, late events go to a side output so "
     "we can count them instead of silently losing them. And partitions that go quiet need withIdleness, "
     "otherwise they pin the watermark and nothing ever fires.",
     [], [],
     "Correct and nearly complete: event vs processing time, watermark meaning, per-partition watermarks on the "
     "source, allowed lateness with upserts, side output, idleness."),
    (1, "adequate", "adequate",
     "I'd use event time, so the timestamp that's in the transaction itself, and generate watermarks with a "
     "bounded out-of-orderness of a few minutes. The watermark is how Flink decides a window is complete, so "
     "the 10-minute tumbling window emits when the watermark goes past the end of it. Anything arriving after "
     "that would be late, and I'd probably allow some lateness on the window so those still get counted. "
     "That's the basic setup, I think that covers most of it.",
     [], [],
     "Core is right (event time, bounded out-of-orderness, window fires on watermark, allowed lateness) but "
     "misses side outputs, idle partitions, per-partition watermarks and that late firings need an upsert sink."),
    (1, "pattern", "weak",
     "Honestly I'd keep it simple and just use processing-time tumbling windows. Event time drags in "
     "watermarks and all that complexity, and in practice the events are only a few minutes off, so the "
     "counts per card come out close enough. If a transaction lands in the next window, well, the total "
     "still gets counted somewhere. We can always revisit event time later if the fraud team complains "
     "about the numbers.",
     ["Use processing-time windows; it's simpler and close enough."], [],
     "Acts out the processing-time weak answer: ignores that results depend on arrival time and replays."),
    (1, "bluff", "weak",
     "Right, so event time with watermarks. I'd put a bounded out-of-orderness strategy on the Kafka source, "
     "about three minutes, with a timestamp assigner on the transaction time. The nice thing with 24 "
     "partitions is that the window operator follows whichever input is furthest ahead, it takes the highest "
     "watermark it has seen across its inputs, so a quiet partition can never hold the windows back. That "
     "keeps latency low. Late events past the bound I'd catch with allowed lateness and a side output, and "
     "the sink upserts per card and window.",
     [], ["the window operator follows whichever input is furthest ahead, it takes the highest watermark it "
          "has seen across its inputs, so a quiet partition can never hold the windows back"],
     "Bluff (false absolute, wrong mechanism in plain words): an operator's watermark is the MINIMUM of its "
     "inputs, so an idle partition does hold windows back unless withIdleness is used. Central to correctness, "
     "so weak."),
    (1, "honest", "adequate",
     "I'd definitely go with event time and watermarks, with a bound of a few minutes based on how late the "
     "data really is, so windows only fire once we're reasonably sure they're complete. Where I'm less sure "
     "is the late-data side. I know there's a way to keep windows open for late records and a way to send the "
     "really late ones somewhere instead of dropping them, but I'd have to look up the exact API names and "
     "whether a late record re-fires the whole window. I'd also need to check how the Kafka source handles "
     "watermarks per partition, I don't remember that detail.",
     [], [],
     "Honest about the late-data API and per-partition watermarks; the core (event time, measured bound, "
     "watermark-driven firing) is right, so adequate."),
    (1, "list", "weak",
     "So the things I'd reach for here: event time, watermarks, a WatermarkStrategy, bounded "
     "out-of-orderness, a timestamp assigner, tumbling event-time windows, allowed lateness, side outputs "
     "for late data, withIdleness, per-partition watermarks in the Kafka source, and an upsert sink. Yeah, "
     "that's basically the toolkit for this one, those are the pieces.",
     [], [],
     "Only names the right terms without saying what any of them does."),

    # ---------------- Round 2: barriers, alignment, unaligned checkpoints ----------------
    (2, "strong", "strong",
     "So the mechanism: the JobManager kicks off a checkpoint by having each source emit a barrier, and the "
     "barrier travels along with the data. Any task reading from more than one upstream channel, after a "
     "keyBy for example, has to line the barriers up. Once it has seen the barrier on channel A it holds "
     "back A's data until the barrier shows up on B and C too, then it snapshots and passes the barrier on. "
     "With backpressure every network buffer is full, so the barrier queues behind all of that data, and the "
     "blocked channels make it worse. I'd look at the checkpoint stats first; if the time is in start delay "
     "and alignment rather than the async upload, it's a flow problem, not a state-size problem. Fixes: find "
     "the slow operator, turn on buffer debloating to cut the buffered data, and turn on unaligned "
     "checkpoints. Those let the barrier jump ahead of the queued buffers and persist those buffers inside "
     "the snapshot, so duration stops depending on the backlog, at the price of bigger checkpoints. I'd "
     "probably use the aligned-checkpoint timeout so it only goes unaligned when alignment drags.",
     [], [],
     "Correct and complete: barrier injection, alignment, why backpressure delays barriers, diagnosing via "
     "statistics, debloating, unaligned checkpoints storing in-flight data, their cost, aligned timeout."),
    (2, "pattern", "weak",
     "My guess is the state has just grown too big to snapshot in time at peak. So I'd bump the TaskManager "
     "memory, maybe double it, and give the checkpoint more room to work with. More memory means the snapshot "
     "can be built faster, and it should get back under the timeout. If that isn't enough we can add more "
     "TaskManagers and spread the state out.",
     ["Checkpoints are slow because the state is big, so give the TaskManagers more memory."], [],
     "Acts out the 'state is big, add memory' weak answer; never looks at barriers, alignment or backpressure."),
    (2, "bluff", "weak",
     "Barriers get injected at the sources and flow with the records, and an operator with several inputs "
     "waits until it has the barrier from all of them; that wait is the alignment, and under backpressure "
     "it's what blows up the duration. The fix is unaligned checkpoints. With those, the barrier skips the "
     "queue, and whatever records were sitting in the network buffers are simply thrown away at that moment, "
     "since the source will re-read them from Kafka after a restore anyway. That's why unaligned checkpoints "
     "stay small. I'd also enable buffer debloating.",
     [], ["whatever records were sitting in the network buffers are simply thrown away at that moment, since "
          "the source will re-read them from Kafka after a restore anyway",
          "That's why unaligned checkpoints stay small."],
     "Bluff (wrong mechanism in plain words): unaligned checkpoints persist the overtaken in-flight buffers as "
     "channel state inside the checkpoint and replay them on recovery; they make checkpoints larger, not "
     "smaller. The false claim is the centre of the answer, so weak."),
    (2, "bluff", "adequate",
     "The barriers are the key. Sources inject them, they move in-band with the data, and multi-input "
     "operators align: they stop reading a channel once its barrier arrives, until all channels have "
     "delivered theirs. Backpressure means the barriers sit behind full buffers, so checkpoint duration "
     "balloons. I'd check the UI for alignment time and start delay. Then I'd turn on unaligned checkpoints, "
     "which came in with FLIP-27 back in Flink 1.11. They let the barrier overtake in-flight buffers and "
     "store those buffers in the checkpoint. Downside is larger checkpoints. And fixing the actual "
     "bottleneck is still step one.",
     [], ["which came in with FLIP-27"],
     "Bluff (misattributed spec number): FLIP-27 is the new Source interface; unaligned checkpoints are "
     "FLIP-76. The rest is correct and the number is peripheral, so adequate."),
    (2, "hedged", "adequate",
     "So, the barriers flow through the graph with the data, and the operators with multiple inputs have to "
     "wait for all of them; that alignment is what stalls under backpressure. I'd look at whether we're even "
     "hitting the default timeout, which I think is about one minute, but I'd check that. Then I'd try "
     "unaligned checkpoints, which store the in-flight data in the checkpoint so the barrier doesn't wait "
     "behind it, and I'd go after whatever operator is the bottleneck.",
     [], ["which I think is about one minute"],
     "Hedged wrong default: the default checkpoint timeout is 10 minutes. Mechanism is right; not a bluff."),
    (2, "offtopic", "weak",
     "For backpressure in a Kafka pipeline, what I've done before is watch consumer lag per partition with "
     "Burrow and autoscale the consumer group when lag crosses a threshold. We had a Go service consuming "
     "from 48 partitions, and adding consumers up to the partition count cleared lag spikes within minutes. "
     "We also tuned max.poll.records and fetch sizes, and moved heavy enrichment into a separate async "
     "worker pool so the poll loop never stalled and we avoided rebalances.",
     [], [],
     "Fluent but about plain Kafka consumer lag, not Flink checkpoints or barriers."),

    # ---------------- Round 3: state backends, incremental checkpoints ----------------
    (3, "adequate", "adequate",
     "2 TB means moving off the heap backend to RocksDB. The heap one holds everything as objects in memory, "
     "so it simply can't hold that much, while RocksDB spills to local disk. I'd turn on incremental "
     "checkpoints so each checkpoint only ships the new files rather than the whole state. The cost is that "
     "reads and writes go through serialization, so the job gets slower per record, and we need decent local "
     "disks.",
     [], [],
     "Right core (RocksDB, incremental checkpoints, serialization cost) but misses TTL, managed memory sizing "
     "and recovery time."),
    (3, "pattern", "weak",
     "I'd start by scaling the TaskManagers vertically: bigger machines, 256 gigabytes each, and give almost "
     "all of it to the JVM heap. The heap backend is the fastest option Flink has, so rather than switching "
     "to something slower I'd just give it enough memory to hold the 2 TB. Maybe tune the garbage collector, "
     "G1 or ZGC, and we're fine.",
     ["Just give the TaskManagers bigger heaps."], [],
     "Acts out the 'bigger heaps' weak answer: ignores GC at that size and full 2 TB snapshots."),
    (3, "bluff", "adequate",
     "I'd switch to the embedded RocksDB backend. State lives serialized on local disk, so 2 TB is fine, and "
     "the heap backend would drown in GC and full snapshots. I'd turn on incremental checkpoints so each one "
     "uploads just the new SST files. What we pay is serialization on every access, so efficient serializers "
     "matter, and RocksDB needs managed memory and fast local SSDs. On the history: by default Flink drops "
     "keyed state that hasn't been touched for seven days, so for 90 days we have to configure a longer TTL "
     "explicitly. And I'd test how long a restore takes.",
     [], ["by default Flink drops keyed state that hasn't been touched for seven days"],
     "Bluff (contradicted default): Flink has no default state expiry; keyed state lives forever unless a "
     "StateTtlConfig is set. Peripheral to the backend choice, so adequate."),
    (3, "honest", "strong",
     "Okay, 2 TB rules out the heap backend: it keeps Java objects on the heap, snapshots the whole lot every "
     "time, and the GC would be brutal. So RocksDB. State goes to local disk as serialized bytes, bounded by "
     "disk instead of memory, at the cost of serialization on every access. I'd enable incremental "
     "checkpoints so we only upload new SST files; I'd need to look up the exact config key. RocksDB gets its "
     "memory from Flink's managed memory, and I don't remember the default fraction offhand, so I'd check "
     "that before sizing containers. Then TTL on the history so it can't grow past 90 days, local SSDs, and, "
     "importantly, I'd time a full restore, because downloading 2 TB on recovery is what decides how long "
     "we're down. Local recovery helps there.",
     [], [],
     "Honest about a config key and a default, but covers nearly all the substance correctly, including "
     "recovery time, so strong."),
    (3, "list", "weak",
     "Right, for this I'd be thinking about: EmbeddedRocksDBStateBackend, HashMapStateBackend, incremental "
     "checkpoints, SST files, managed memory, block cache, state TTL, compaction filter, local recovery, S3 "
     "checkpoint storage, NVMe disks, and serializers like Avro versus Kryo. Those would be the main levers "
     "to look at here.",
     [], [],
     "Only a list of relevant terms with no statements about them."),
    (3, "hedged", "adequate",
     "The heap backend won't cope with 2 TB, so I'd go to RocksDB with incremental checkpoints, so only new "
     "SST files get uploaded each time. RocksDB runs off Flink managed memory; I think the default managed "
     "fraction is around 0.7 of the TaskManager memory, but I'd want to double-check that before sizing "
     "anything. And I'd add a TTL so the history doesn't grow forever, and make sure the local disks are "
     "SSDs.",
     [], ["I think the default managed fraction is around 0.7 of the TaskManager memory"],
     "Hedged wrong default: taskmanager.memory.managed.fraction defaults to 0.4. Otherwise right; not a bluff."),

    # ---------------- Round 4: end-to-end exactly-once vs at-least-once ----------------
    (4, "strong", "strong",
     "I wouldn't dismiss it. What Flink gives you for free is exactly-once state; the Kafka output is a "
     "separate question. To get it end to end, the KafkaSink in exactly-once mode writes into Kafka "
     "transactions, pre-commits at each checkpoint, and only commits once the checkpoint is confirmed. That "
     "has consequences people forget: consumers need read_committed, since by default they'll happily read "
     "uncommitted and aborted records; alerts only become visible when a checkpoint completes, so latency is "
     "tied to the checkpoint interval; each job needs its own transactional id prefix; and the producer "
     "transaction timeout has to outlive checkpoint interval plus restart time, while the broker's default "
     "cap is 15 minutes. If the job stays down past that, the broker aborts and those alerts are gone. The "
     "at-least-once route is legitimate if the consumer really can deduplicate, meaning a stable alert id, "
     "like card plus window end, and an idempotent upsert or dedup table on their side. So I'd ask the "
     "payments team. If a duplicate means blocking a card twice and they can't dedupe, keep exactly-once; "
     "for metrics, take at-least-once.",
     [], [],
     "Correct and complete: two-phase commit tied to checkpoints, read_committed, latency, transactional id "
     "prefix, timeout vs broker cap and data loss, what dedup needs, and the deciding question."),
    (4, "adequate", "adequate",
     "It's a real trade-off. Exactly-once to Kafka works through transactions: the Flink sink commits a "
     "transaction per checkpoint, basically a two-phase commit tied to the checkpoint. That means results "
     "only show up downstream when the checkpoint finishes, so there's extra latency, and the consumers have "
     "to use read_committed. At-least-once is simpler, but then the payments team needs to deduplicate, so "
     "we'd need a unique id per alert. I'd pick based on whether they can actually do that.",
     [], [],
     "Core right (transactions per checkpoint, latency, read_committed, dedup needs an id) but misses the "
     "timeout interaction, last stable offset stalls and transactional id prefixes."),
    (4, "pattern", "weak",
     "I don't think there's really a trade-off here. Flink has exactly-once semantics built in through its "
     "checkpoints, so whatever the job writes to Kafka is exactly-once already; a record can't be emitted "
     "twice because the state is restored to a consistent point. So the teammate's worry about duplicates "
     "doesn't apply, and at-least-once would just be a downgrade for nothing.",
     ["Flink is exactly-once, so whatever we write to Kafka is exactly-once too."],
     ["whatever the job writes to Kafka is exactly-once already; a record can't be emitted twice because the "
      "state is restored to a consistent point"],
     "Acts out the 'Flink is exactly-once so the output is too' misconception; replayed records are re-emitted "
     "unless the sink is transactional or idempotent."),
    (4, "bluff", "adequate",
     "I'd lean toward keeping exactly-once for a payments consumer, but with eyes open. The KafkaSink's "
     "exactly-once mode uses two-phase commit: write into a transaction, pre-commit at the checkpoint, commit "
     "when the checkpoint completes. Consumers must be read_committed, and output latency is roughly the "
     "checkpoint interval. One gotcha: Flink asks for a one-hour transaction timeout and brokers cap it at 15 "
     "minutes by default, and when that happens the producer fails with a ProducerFencedException on "
     "startup, so you raise transaction.max.timeout.ms on the brokers. If the consumer can dedupe with a "
     "stable alert id, at-least-once is fine too.",
     [], ["the producer fails with a ProducerFencedException on startup"],
     "Bluff (wrong error name): a transaction timeout above transaction.max.timeout.ms is rejected with "
     "InvalidTxnTimeoutException (INVALID_TRANSACTION_TIMEOUT); ProducerFencedException means a newer producer "
     "with the same transactional.id took over. Peripheral, so adequate."),
    (4, "bluff", "adequate",
     "Both options are defensible. For exactly-once you'd configure the Flink Kafka sink with "
     "processing.guarantee set to exactly_once_v2, which switches it to transactional writes that get "
     "committed when each checkpoint completes. Consumers then read with read_committed, and you accept "
     "latency around the checkpoint interval plus some transaction overhead. For at-least-once, the consumers "
     "need a deterministic alert id and an idempotent write. Since this is payments, I'd ask whether a "
     "duplicate alert actually causes harm before picking.",
     [], ["configure the Flink Kafka sink with processing.guarantee set to exactly_once_v2"],
     "Bluff (feature credited to the wrong product): processing.guarantee=exactly_once_v2 is a Kafka Streams "
     "setting; Flink's KafkaSink uses setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE) with a transactional "
     "id prefix. The mechanism described is right, so adequate."),
    (4, "honest", "adequate",
     "I think it's a legitimate position, but it depends on the consumer. I know Flink does exactly-once into "
     "Kafka with transactions that get committed when a checkpoint completes, and that consumers have to read "
     "committed data only. What I'm not sure about is the timeout side: I remember there's an interaction "
     "between Flink's transaction timeout and a broker-side maximum that bites people, but I'd have to look "
     "up the actual settings and defaults. If the payments team can dedupe on an alert id, at-least-once is "
     "simpler.",
     [], [],
     "Honest about the timeout settings; core trade-off and mechanism right, details missing, so adequate."),

    # ---------------- Round 5: savepoints, uids, max parallelism, key groups ----------------
    (5, "strong", "strong",
     "Day one decisions, mostly. One: every operator that holds state gets a uid, sources and sinks included, "
     "and I'd switch off auto-generated uids so a missing one breaks the build. A savepoint matches state to "
     "operators by those ids; the generated ones come from a hash of the graph, so inserting a filter can "
     "orphan state. Two: set max parallelism explicitly. Keyed state is sharded into key groups, their count "
     "equals max parallelism, and rescaling just reassigns contiguous key-group ranges to the new subtasks. "
     "That number is a hard ceiling and is baked into the savepoint. Started at 8, the default would be 128, "
     "so 200 would fail; I'd pick something like 1024, not the 32768 cap, since each key group costs some "
     "overhead. Three: planned changes go through savepoints, not checkpoints. Checkpoints are Flink-managed, "
     "for crash recovery, cleaned up automatically. Savepoints are ours, portable, and kept until we delete "
     "them. Upgrade means stop-with-savepoint, deploy, resume with -s; if we drop an operator on purpose, "
     "allowNonRestoredState. Plus evolvable serializers like Avro or POJOs, and a CI job that restores last "
     "week's prod savepoint.",
     [], [],
     "Correct and complete: uids and why, max parallelism and key groups with the 128 default blocking 200, "
     "savepoints vs checkpoints, upgrade procedure, serializers, restore test."),
    (5, "adequate", "adequate",
     "The big ones for me are uids and savepoints. I'd give each operator a stable uid so that when we change "
     "the job, Flink can still match the saved state to the right operator. For upgrades I'd take a "
     "savepoint, stop the job, deploy the new version and restart from the savepoint, since savepoints are "
     "meant for that, while checkpoints are for automatic recovery. For rescaling, I'd restart from a "
     "savepoint with the new parallelism, and I'd set a max parallelism high enough up front.",
     [], [],
     "Right core (uids, savepoints vs checkpoints, set max parallelism) but no key groups, no 128 default "
     "problem, no serializer evolution."),
    (5, "pattern", "weak",
     "I'd keep it lightweight. We already have retained checkpoints, so for any change we stop the job and "
     "start the new version from the latest checkpoint. Flink looks at the operators in the new job and "
     "matches up the state to them automatically, so we don't need to manage ids or savepoints ourselves. "
     "Rescaling is the same, just start with a bigger parallelism.",
     ["We'll just restore from the latest checkpoint after each change; Flink works out which state belongs "
      "to which operator."],
     ["Flink looks at the operators in the new job and matches up the state to them automatically, so we "
      "don't need to manage ids or savepoints ourselves"],
     "Acts out the 'restore from checkpoint, Flink maps the state' misconception; generated ids change with the "
     "topology."),
    (5, "bluff", "adequate",
     "From day one: explicit uids on every stateful operator, because that's how savepoint state is matched to "
     "operators, and something like 80 percent of failed savepoint restores reported on the Flink mailing "
     "lists come down to missing uids. Savepoints for every planned change, checkpoints only for failure "
     "recovery. And set max parallelism explicitly: it fixes the number of key groups, which is the ceiling "
     "for rescaling, and the default for a job at parallelism 8 is 128, so it wouldn't get to 200. I'd set it "
     "to around a thousand.",
     [], ["something like 80 percent of failed savepoint restores reported on the Flink mailing lists come "
          "down to missing uids"],
     "Bluff (invented statistic): no such measured figure exists. The rest is correct, so adequate."),
    (5, "honest", "weak",
     "Honestly, I haven't run a Flink job through many upgrades, so I'd be guessing on a lot of this. I know "
     "savepoints are the thing you take before upgrading and restore from afterwards, and I've heard that "
     "operators need stable ids for that to work. On rescaling to 200 I genuinely don't know what limits "
     "apply; I'd need to read up on how Flink splits keyed state when parallelism changes before I committed "
     "to a plan.",
     [], [],
     "Honest and correct as far as it goes, but little substance (nothing on max parallelism or key groups), "
     "so weak."),
    (5, "offtopic", "weak",
     "For a service that has to live for years, I'd invest in the deployment pipeline: blue-green deployments "
     "behind the load balancer, canary releases that shift 5 percent of traffic first, automated rollback on "
     "error-rate alerts, and infrastructure as code with Terraform so environments can be recreated. Add "
     "feature flags so risky changes ship dark. With that in place, upgrades become routine and nobody has to "
     "schedule a big-bang release.",
     [], [],
     "Fluent but about stateless service deployment, not Flink state, savepoints or rescaling."),
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
