#!/usr/bin/env python3
"""Build postgres-cdc-debezium_answers.jsonl: 30 labelled answers for the gauntlet
postgres-cdc-debezium.txt (6 per round). Run: python3 build_answers.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "postgres-cdc-debezium_answers.jsonl")

# Common Weak Answer quotes, copied verbatim from the gauntlet document.
Q1_POLL = "Just poll the table every few seconds for rows where updated_at is newer than the last run."
Q2_CHECKPOINT = "Checkpoints recycle old WAL automatically, so a replication slot can't fill the disk."
Q3_PATRONI = "Patroni handles failover, so the CDC pipeline just follows the new primary."
Q4_EXACTLY = "Debezium is exactly-once, so duplicates can't happen."
Q5_AUTO = ("Debezium picks up schema changes automatically, so application teams can change "
           "tables whenever they like.")

A = []


def add(rnd, nn, answer, band, kind, note, pattern_quotes=(), false_claims=()):
    A.append({
        "id": f"cdc-r{rnd}-{nn:02d}",
        "round": rnd,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    })


# ---------------------------------------------------------------- Round 1
add(1, 1,
    "Okay, so the way I think about it, Postgres is already writing every change into its write-ahead "
    "log, and logical decoding lets an outside reader turn that log back into row-level inserts, updates "
    "and deletes. You flip wal_level to logical, that's a restart, create a publication for the tables you "
    "care about, and Debezium, running as a Kafka Connect source connector, opens a logical replication slot "
    "using pgoutput, which ships with Postgres, so there's no extension to install. On the very first run it "
    "snapshots the existing rows, then switches to streaming from exactly the slot position the snapshot "
    "was taken at, so nothing's missed or doubled. Every event carries the old and new row, an op code, "
    "and the LSN and transaction id. Why not poll? Polling never sees hard deletes, squashes several updates "
    "into one, and a slow transaction can commit with an older updated_at than your last watermark, so you "
    "skip it. And the app publishing itself is a dual write: crash in between and Kafka and the database "
    "disagree. If teams want proper domain events, I'd have the service insert an outbox row inside its "
    "own transaction and let Debezium ship that.",
    "strong", "strong",
    "Covers wal_level, publication, slot, built-in pgoutput, Kafka Connect, snapshot-then-stream handoff, "
    "event contents, the three flaws of polling, the dual-write problem and the outbox. Correct.")

add(1, 2,
    "Honestly I'd keep it simple and skip Debezium. Every few seconds a little job runs a select for rows "
    "where updated_at is greater than the last timestamp we saw, pushes them into Kafka, and saves the new "
    "high-water mark. It's one query, the teams already understand SQL, there's no extra infrastructure to "
    "run, and if we need it fresher we just tighten the interval to a second or so. Debezium feels like a "
    "lot of moving parts for what is basically 'tell me what changed'.",
    "weak", "pattern",
    "Acts out the polling weak answer: ignores missed hard deletes, collapsed intermediate updates, "
    "late-committing rows and the query load.",
    pattern_quotes=[Q1_POLL])

add(1, 3,
    "So log-based CDC means we read the write-ahead log instead of the tables. You set wal_level to "
    "logical, create a publication, and the connector opens a replication slot and streams decoded changes "
    "into Kafka, one record per row change, keyed on the row's key, carrying the old and new values. For the decoding you'd use pgoutput, "
    "which is Debezium's own output plugin, so you install the Debezium extension on the database server "
    "and it registers pgoutput for you. Compared with polling, you see deletes and every intermediate "
    "update, and compared with the app publishing to Kafka itself, there's no dual write that can half-fail.",
    "adequate", "bluff",
    "Bluff, feature credited to the wrong product: pgoutput is built into PostgreSQL since version 10 and "
    "needs no install; Debezium's own plugin is decoderbufs. The rest of the core is right but thin "
    "(no snapshot), and the false setup claim is peripheral, so adequate.",
    false_claims=["pgoutput, which is Debezium's own output plugin, so you install the Debezium extension "
                  "on the database server and it registers pgoutput for you"])

add(1, 4,
    "Right, so I know the broad shape: Debezium reads Postgres's write-ahead log through logical "
    "replication rather than querying tables, so it catches deletes and every update, which a poll on a "
    "timestamp column just can't. And it beats the app writing to Kafka directly because that's two writes "
    "with no transaction across them. What I'm fuzzy on is the exact server-side setup. I'm fairly sure "
    "there's a wal_level change and a replication slot involved, but I'd need to look up which output "
    "plugin to pick and whether it needs anything installed, and I'm honestly not sure how it handles the "
    "rows that already exist before it starts.",
    "adequate", "honest",
    "Honest: says plainly it would look up the plugin and the handling of existing rows. The core "
    "(log-based, beats polling and dual writes) is right; snapshot and event details missing.")

add(1, 5,
    "Um, so the key pieces would be: the write-ahead log, logical decoding, wal_level logical, a "
    "replication slot, a publication, pgoutput, Kafka Connect, the Debezium Postgres connector, the initial "
    "snapshot, before and after images, LSNs, and then the outbox pattern. Versus polling and dual writes. "
    "Yeah, those are the main things I'd bring up here.",
    "weak", "list",
    "Names the right terms without saying anything about how they work or why log-based beats polling.")

add(1, 6,
    "For the search side I'd start with OpenSearch or Elasticsearch and think hard about the index mapping "
    "up front, because changing an analyzer later means a full reindex. I'd use index aliases so we can "
    "build a new index in the background and flip the alias over in one step, keep shard sizes in the tens "
    "of gigabytes, and raise the refresh interval during bulk loads. For the cache, I'd go with Redis and a "
    "sensible TTL so stale keys age out on their own.",
    "weak", "offtopic",
    "Fluent, but about search index and cache design, not about how change data capture works or why.")

# ---------------------------------------------------------------- Round 2
add(2, 1,
    "So what bit us is the replication slot. Its whole job is to make Postgres hang on to WAL until the "
    "consumer says it's got it, and with the connector off all weekend nobody confirmed anything, so the "
    "server kept every segment since Friday, and that's WAL for the entire cluster, not just our tables. "
    "Checkpoints can't recycle it while the slot needs it. Monday morning I'd look at pg_replication_slots, "
    "see it inactive, and measure how far restart_lsn trails the current position. If there's room, bring "
    "the connector back and let it drain; if we're close to full, drop the slot, because a primary that "
    "can't write WAL is down and a re-snapshot is the cheaper pain. Going forward: from 13 on there's "
    "max_slot_wal_keep_size, unlimited out of the box, so set a real cap and the slot gets marked lost "
    "instead of taking the database with it. Alert on retained bytes and inactive slots. And for quiet "
    "captured tables in a busy database, turn on Debezium heartbeats with an action query writing to a "
    "heartbeat table, so the confirmed position keeps moving.",
    "strong", "strong",
    "Correct diagnosis (slot pins cluster-wide WAL), triage, max_slot_wal_keep_size with its unlimited "
    "default and the lost state, alerting, and the low-traffic heartbeat problem.")

add(2, 2,
    "I'm pretty sure this is the slot. A logical replication slot stops Postgres from throwing away WAL "
    "the consumer hasn't acknowledged, so while Debezium was down, WAL just piled up in pg_wal. To get out "
    "of it I'd either get the connector running again so it catches up and acknowledges, or, if we're nearly "
    "out of space, drop the slot and re-snapshot later. To prevent it I'd monitor pg_replication_slots and "
    "page someone when a slot goes inactive or its lag gets big.",
    "adequate", "adequate",
    "Core diagnosis and triage right; misses max_slot_wal_keep_size and the quiet-table heartbeat issue.")

add(2, 3,
    "I'd be surprised if it's the replication slot, honestly. Postgres checkpoints recycle old WAL segments "
    "on their own, so a slot sitting there idle shouldn't be able to fill the disk. My bet is something "
    "else, a huge batch job generating loads of WAL over the weekend, or maybe archiving broke and segments "
    "couldn't be removed. I'd check the archiver status and the big queries from Saturday first.",
    "weak", "pattern",
    "Acts out the checkpoint weak answer, a misconception: a slot pins WAL from its restart_lsn and "
    "checkpoints cannot remove it. Wrong diagnosis.",
    pattern_quotes=[Q2_CHECKPOINT],
    false_claims=["Postgres checkpoints recycle old WAL segments on their own, so a slot sitting there idle "
                  "shouldn't be able to fill the disk"])

add(2, 4,
    "Classic orphaned slot. The slot pins WAL until Debezium confirms it, so everything since the connector "
    "stopped is still sitting in pg_wal. The good news is Postgres 13 fixed the worst case: "
    "max_slot_wal_keep_size is on by default, it caps each slot at ten gigabytes of WAL and then invalidates "
    "it, so the slot itself can only ever account for that much. If the disk is still filling, the rest is "
    "normal WAL growth from the weekend's load, so I'd give pg_wal a bigger volume and bump max_wal_size. "
    "Then restart the connector and let it catch up.",
    "weak", "bluff",
    "Bluff, contradicted default: max_slot_wal_keep_size defaults to -1 (unlimited), so by default a slot "
    "can retain WAL without bound. The false default drives a wrong diagnosis and fix, so it sits at the "
    "centre: weak.",
    false_claims=["max_slot_wal_keep_size is on by default, it caps each slot at ten gigabytes of WAL and "
                  "then invalidates it"])

add(2, 5,
    "This is the single most common way CDC hurts a database, something like seventy percent of Postgres "
    "outages tied to Debezium come down to an abandoned slot, according to the Debezium team's own incident "
    "survey. What happened: the slot keeps WAL from its restart position until the connector confirms, so "
    "three days of WAL sat in pg_wal. I'd check pg_replication_slots, restart the connector or drop the "
    "slot if the disk is critical, and on 13 or newer set max_slot_wal_keep_size, since by default it's "
    "unlimited. And add heartbeats so a quiet table doesn't stall the slot.",
    "adequate", "bluff",
    "Bluff, invented statistic: there is no such Debezium incident survey or figure. The technical content "
    "is correct, so the peripheral false claim caps it at adequate.",
    false_claims=["something like seventy percent of Postgres outages tied to Debezium come down to an "
                  "abandoned slot, according to the Debezium team's own incident survey"])

add(2, 6,
    "So the slot held the WAL. A logical slot won't let Postgres remove segments the consumer hasn't "
    "confirmed, and with Debezium off for three days that's a lot of segments. Short term, restart the "
    "connector, or drop the slot if the disk is really at the edge. Longer term, there's a setting, "
    "max_slot_wal_keep_size, that caps how much a slot can hold; I think it arrived back in Postgres 10, "
    "but I'd double-check the version before relying on it. Plus alerting on slot lag.",
    "adequate", "hedged",
    "Hedged wrong version: max_slot_wal_keep_size arrived in PostgreSQL 13, not 10. Core diagnosis, triage "
    "and prevention right; heartbeat issue missing.",
    false_claims=["I think it arrived back in Postgres 10"])

# ---------------------------------------------------------------- Round 3
add(3, 1,
    "The catch is that on Postgres 15 the logical slot doesn't get replicated, it only exists on the "
    "primary. So once Patroni promotes the replica there's no slot, and when Debezium reconnects it either "
    "errors or makes a fresh slot at the current position, and whatever happened in between is gone for "
    "the downstream. What I'd do is use Patroni's permanent slots so the replicas keep a copy that gets "
    "advanced, and after any failover verify the slot is there. If it isn't, recreate it and re-snapshot "
    "the tables so consumers catch up.",
    "adequate", "adequate",
    "Correct on slot loss, the gap, Patroni permanent slots and re-snapshot; misses phantom events from "
    "asynchronous replication and PostgreSQL 17 failover slots.")

add(3, 2,
    "Patroni's whole job is this, right? It promotes the replica, updates the leader key, and the service "
    "endpoint points at the new primary within a few seconds. Debezium connects through that endpoint, so "
    "it'll see a dropped connection, retry, and land on the new primary. I'd maybe tune the connector's "
    "retry settings so it doesn't give up too early, but otherwise the pipeline should ride through it "
    "without anyone touching it.",
    "weak", "pattern",
    "Acts out the Patroni weak answer, a misconception: on PostgreSQL 15 the logical slot is not on the "
    "promoted replica, so the pipeline does not simply continue.",
    pattern_quotes=[Q3_PATRONI],
    false_claims=["the pipeline should ride through it without anyone touching it"])

add(3, 3,
    "So the piece people worry about is the slot, but physical replication handles it: the standby is a "
    "byte-for-byte copy of the primary, slot included, so after promotion the slot is always there at the "
    "same position and Debezium just resumes from its last confirmed point. The real risk is the "
    "asynchronous part. The old primary may have committed, and Debezium may already have published, "
    "transactions that never reached the replica, so downstream holds changes the new primary doesn't "
    "have. I'd reconcile after every failover with an incremental snapshot through the signalling table, "
    "make consumers idempotent, and rehearse failover with the connector running.",
    "weak", "bluff",
    "Bluff, false absolute about the mechanism in plain words: logical slots are not carried to a physical "
    "standby (before PostgreSQL 17 failover slots, and even then only when configured). This is the centre "
    "of the question, so weak despite the correct phantom-event point.",
    false_claims=["the standby is a byte-for-byte copy of the primary, slot included, so after promotion the "
                  "slot is always there at the same position"])

add(3, 4,
    "Okay, the big thing is that on 15 a logical slot lives on the primary only; streaming replication "
    "doesn't carry it across. So on promotion the slot's gone, and if Debezium creates a new one, it starts "
    "from now and every change since its last confirmed position is skipped. And it cuts the other way "
    "too: with async replication, Debezium might already have shipped transactions the replica never "
    "received, so consumers see changes that effectively never happened on the new primary. For "
    "prevention, I know Patroni can keep logical slots on replicas and advance them, and newer Postgres has "
    "native failover slots, I believe 17, but I'd need to look up the exact settings, something about "
    "syncing slots on the standby and making the primary wait for it. Operationally: a runbook that checks "
    "the slot after any failover, recreates it if missing and re-snapshots to reconcile, idempotent "
    "consumers, and we practise failover with CDC running.",
    "strong", "honest",
    "Honest about the exact PostgreSQL 17 settings, but has nearly all the substance: slot loss and gap, "
    "phantom events, Patroni permanent slots, native failover slots, runbook, reconciliation, rehearsal.")

add(3, 5,
    "So, failover. Things I'd mention: Patroni, the replication slot, Postgres 17 failover slots, "
    "sync_replication_slots, synchronized_standby_slots, hot_standby_feedback, pg_replication_slot_advance, "
    "asynchronous versus synchronous replication, incremental snapshots, the signalling table, and "
    "idempotent consumers. Those are the pieces that matter here, I think, for this scenario.",
    "weak", "list",
    "Names the right terms without explaining what happens to the slot or why events are lost or invented.")

add(3, 6,
    "So the slot doesn't follow the failover on 15, it stays behind on the old primary, which means after "
    "promotion Debezium has nothing to resume from and you lose the gap unless you re-snapshot. The proper "
    "fix is failover slots, where the standby keeps a synced copy of the logical slot. I think those landed "
    "in Postgres 16, though I'd want to check the release notes before promising it, so upgrading would be "
    "part of the plan.",
    "adequate", "hedged",
    "Hedged wrong version: native failover slots came in PostgreSQL 17 (16 added logical decoding on "
    "standbys). Core slot-loss point right; misses phantom events and Patroni.",
    false_claims=["I think those landed in Postgres 16"])

# ---------------------------------------------------------------- Round 4
add(4, 1,
    "I'd push back on both halves. Ordering is only per key: Postgres only decodes what has committed, in the order "
    "it committed, and Debezium uses the primary key as the Kafka key, so changes to one row stay in order "
    "on one partition. Across rows, tables and topics there's no ordering at all, and you can't even see "
    "where a transaction begins or ends unless you switch on transaction metadata, which publishes begin "
    "and end markers with counts to its own topic. A primary key change shows up as a delete and tombstone "
    "under the old key, then a create under the new one. Delivery is at-least-once out of the box: the LSN is "
    "only acknowledged to Postgres after Connect commits offsets, so a crash or rebalance in between "
    "replays those events. Newer Kafka Connect can do exactly-once for source connectors, but that protects "
    "the write into Kafka, not what the consumer does with it. So adding amounts will double-count on "
    "replay. Have the consumer upsert the latest state per key and remember the last LSN it applied, "
    "dropping anything older or equal.",
    "strong", "strong",
    "Correct and complete: per-key commit order, no cross-partition order, transaction metadata, key "
    "changes, at-least-once and why, scope of Connect exactly-once, state-not-deltas and LSN dedup.")

add(4, 2,
    "It's not exactly-once. Debezium is at-least-once by default, so after a crash the connector goes back "
    "to its last committed offset and resends whatever came after, which means the consumer will sometimes "
    "see the same change twice. Adding amounts to a running balance would double count those. I'd have "
    "them store the row's latest state keyed by the primary key, an upsert, so a repeat is harmless. On "
    "ordering, it's in order per key, because each row's changes go to the same partition, but nothing "
    "more than that.",
    "adequate", "adequate",
    "Core right (at-least-once, upsert state, per-key order); misses transaction metadata, LSN dedup, key "
    "changes and Connect exactly-once.")

add(4, 3,
    "Yeah, I think that's broadly fair. Debezium reads the write-ahead log from a replication slot and the "
    "slot remembers exactly where it stopped, so every change comes out once, in order, and nothing gets "
    "sent twice. That's the whole point of log-based CDC compared to polling. So a running balance is "
    "fine; I'd just make sure the consumer commits its own offsets carefully so it doesn't skip anything.",
    "weak", "pattern",
    "Acts out the exactly-once weak answer, a misconception: delivery is at-least-once by default and "
    "replays after a crash double-count a running balance.",
    pattern_quotes=[Q4_EXACTLY],
    false_claims=["every change comes out once, in order, and nothing gets sent twice"])

add(4, 4,
    "Not quite. Per-key ordering holds, because the key is the primary key and each key maps to one "
    "partition, but there's no global order across tables. And delivery is at-least-once by default: "
    "Debezium only confirms the LSN after offsets are committed, so a crash replays recent events. Kafka "
    "Connect did add exactly-once source connectors through KIP-98 in Kafka 3.3, and Debezium can use it, "
    "but that stops at the topic; the consumer's side effects still need idempotence. So no running totals "
    "from deltas: upsert the latest row state and skip events whose LSN you've already applied.",
    "adequate", "bluff",
    "Bluff, misattributed spec number: exactly-once source connectors are KIP-618 (Kafka 3.3); KIP-98 is "
    "the idempotent producer and transactions from Kafka 0.11. Otherwise correct, peripheral claim: adequate.",
    false_claims=["Kafka Connect did add exactly-once source connectors through KIP-98 in Kafka 3.3"])

add(4, 5,
    "My honest answer is I'd be careful with 'exactly-once'. I know Debezium out of the box is "
    "at-least-once, because after a restart it resumes from the last committed offset and can resend "
    "things. I've read that Kafka Connect now supports exactly-once for source connectors, but I'd have to "
    "look up which Kafka version and whether the Debezium Postgres connector supports it, so I wouldn't "
    "promise it. Either way the consumer should be idempotent, so I'd avoid running totals and store the "
    "latest state per row instead. On ordering I'm confident it's per key, not global.",
    "adequate", "honest",
    "Honest about the Connect exactly-once version and support; core guarantees and consumer design right, "
    "details (transaction metadata, LSN dedup, key changes) missing.")

add(4, 6,
    "What I'd look at first is the consumer group setup. With the eager rebalance protocol every consumer "
    "drops all its partitions whenever someone joins or leaves, so I'd switch partition.assignment.strategy "
    "to the cooperative sticky assignor, and use static membership with group.instance.id so a rolling "
    "restart doesn't trigger a rebalance at all. Then tune max.poll.interval.ms so slow batches don't get "
    "the consumer kicked out of the group.",
    "weak", "offtopic",
    "Fluent Kafka consumer-group tuning; says nothing about ordering, duplicates or the running balance.")

# ---------------------------------------------------------------- Round 5
add(5, 1,
    "First, what actually happens on an ALTER: nothing, as far as the stream goes, because logical decoding "
    "doesn't carry DDL. With pgoutput the server sends a description of the table's columns ahead of the "
    "next change to that table, Debezium refreshes its picture of the table from that, and that's why the "
    "Postgres connector keeps no schema history topic. So a new column appears when the next row is "
    "written. Then I'd put Avro behind a schema registry with a compatibility mode per subject, backward by "
    "default in Confluent's registry, so an incompatible change fails at the connector instead of breaking "
    "thirty consumers. Nullable additions are fine; renames, drops and type changes go through "
    "expand-contract with notice. Honestly the bigger win is not publishing raw tables across team "
    "boundaries: an outbox table plus the outbox event router, so the contract is versioned on purpose. "
    "For backfills, add new tables to the publication and trigger an incremental snapshot through the "
    "signal table, chunked by key, interleaved with the live stream, resumable. And watch replica identity: "
    "deletes carry only the key and unchanged TOAST columns come as a placeholder unless it's FULL.",
    "strong", "strong",
    "Correct on DDL not being decoded, relation messages and no schema history topic, registry "
    "compatibility, breaking changes, outbox, incremental snapshots and replica identity.")

add(5, 2,
    "I'd put a schema registry in the middle, Avro with a backward compatibility rule, so if someone makes "
    "a change consumers can't handle, registration fails and we find out at the connector rather than in "
    "thirty downstream services. Adding optional columns is fine; renames and drops need a deprecation "
    "period, basically add the new column, migrate consumers, then drop the old one. And for anything "
    "that's really a cross-team contract I'd publish through an outbox table instead of the raw table, so "
    "internal refactors don't leak out.",
    "adequate", "adequate",
    "Core right (registry compatibility, expand-contract, outbox); misses how schema changes reach the "
    "stream, incremental snapshots and replica identity.")

add(5, 3,
    "The nice thing with Debezium is it just handles this. When a team alters a table, the connector "
    "notices the new shape and starts emitting events with the new columns, no redeploy needed. So there's "
    "nothing special to coordinate; application teams keep shipping migrations the way they do today, and "
    "consumers read whatever fields they need from the JSON. I'd maybe send a heads-up in Slack for really "
    "big changes.",
    "weak", "pattern",
    "Acts out the automatic-schema weak answer: capture following the new shape is not compatibility; "
    "renamed, dropped or retyped columns still break consumers.",
    pattern_quotes=[Q5_AUTO],
    false_claims=["So there's nothing special to coordinate"])

add(5, 4,
    "The useful thing is that the database sends the schema change itself down the replication stream, so "
    "the connector sees the column being added the moment the statement runs, before any row is written, "
    "and records it in its history. That means consumers can be warned in advance. On top, I'd use Avro "
    "with a schema registry set to backward compatibility, treat renames and drops as breaking changes done "
    "through expand-contract, and for cross-team events use the outbox pattern rather than raw tables. New "
    "tables get backfilled with an incremental snapshot.",
    "weak", "bluff",
    "Bluff, wrong mechanism in plain words: logical decoding does not emit DDL; Debezium learns the new "
    "shape from relation metadata sent with the next change, and the PostgreSQL connector keeps no schema "
    "history. The false mechanism is the centre of the question: weak.",
    false_claims=["the database sends the schema change itself down the replication stream, so the "
                  "connector sees the column being added the moment the statement runs, before any row is "
                  "written"])

add(5, 5,
    "Three layers. Capture: Postgres doesn't stream DDL; Debezium learns a table's new columns from the "
    "relation metadata that arrives with the next change, so there's no schema history topic for Postgres. "
    "Contract: Avro plus Schema Registry with backward compatibility, so a breaking change is refused when "
    "the connector tries to register it; the registry answers with a 422 Unprocessable Entity and the task "
    "fails, which is loud and easy to spot. Renames and drops go through expand-contract. And backfills "
    "for new tables run as incremental snapshots triggered from the signal table.",
    "adequate", "bluff",
    "Bluff, wrong status code: Confluent Schema Registry rejects an incompatible schema with 409 Conflict; "
    "422 (error 42201) is for an invalid schema. Peripheral to an otherwise correct answer: adequate.",
    false_claims=["the registry answers with a 422 Unprocessable Entity"])

add(5, 6,
    "I'll be upfront, I've used Debezium as a consumer more than I've run it. I'd want a schema registry "
    "with compatibility checks so breaking changes are caught early, and I'd guess renames should be done "
    "in steps rather than in one go. But I don't know how Postgres actually tells Debezium that a table "
    "changed, whether DDL goes through the log or not, and I'd need to look up how you backfill a table you "
    "add later without restarting everything.",
    "weak", "honest",
    "Honest about what it would need to look up; only two thin correct points, so little substance: weak.")


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in A:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(A)} answers to {OUT}")


if __name__ == "__main__":
    main()
