"""Build schema-evolution_answers.jsonl: 30 labelled candidate answers for the
schema-evolution gauntlet (schema-evolution.txt), 6 per round.

Run:  .venv/bin/python build_answers.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "schema-evolution_answers.jsonl")
SHORT = "schema"

# Each entry: (round, kind, band, answer, pattern_quotes, false_claims, note)
ANSWERS = [
    # ------------------------------------------------------------------ Round 1
    (1, "strong", "strong",
     "OK so, the thing to remember with protobuf is that the wire format only carries the tag numbers, "
     "never the names. So, um, my rules: new data goes in under a fresh number, and that's fine both ways. "
     "Older readers just skip what they don't recognise, newer readers get the zero value for stuff that's "
     "missing. When we retire a field I put both its number and its old name on a reserved line, because if "
     "someone later recycles that number, all the old messages sitting in the topic get read as the new field "
     "and nobody sees an error. I don't touch types, well, except maybe int32 to int64, and even that can "
     "truncate in an older reader. Renames I treat as breaking because the JSON mapping goes by name. And for "
     "scalars where zero actually means something, I'd mark them optional so you get presence, since plain "
     "proto3 scalars can't tell unset from zero. Plus buf breaking in CI so it's not all on the reviewers.",
     [], [],
     "Covers field numbers as identity, safe additions in both directions, reserving number and name with the "
     "reason, type changes and truncation, renames vs JSON, proto3 presence with optional, and CI enforcement. "
     "Correct and most of the substance."),
    (1, "adequate", "adequate",
     "Basically, additive only. You add new fields with new numbers, you never change the number of an "
     "existing field, and you never change its type. Old consumers ignore fields they don't know, so adding is "
     "safe. If we remove something, we mark the tag as reserved so nobody can reuse it. That's most of it, "
     "honestly. I'd also want some kind of review on the proto files.",
     [], [],
     "Core is right (numbers are identity, additive changes, reserve removed numbers) but it misses reserving "
     "the name, renames breaking JSON, proto3 presence/optional, and automated breaking-change checks."),
    (1, "pattern", "weak",
     "So honestly we keep it simple. If a field's not used anymore, we just delete it from the .proto and "
     "regenerate the code. The numbers are only there for the encoding, and once the field's gone nothing "
     "references it anyway, so there's no reason to keep clutter around. For new fields we just take the next "
     "free number, whatever's open, and sometimes that's one we freed up earlier, which keeps things tidy.",
     ["When a field isn't needed any more, we just delete it from the .proto file."],
     ["once the field's gone nothing references it anyway"],
     "Acts out the delete-without-reserving pattern and even reuses freed numbers. Old messages in the topic "
     "still carry the old field under that number, so reuse makes them decode with the wrong meaning."),
    (1, "bluff", "adequate",
     "Right, so the field number is what's actually on the wire, not the name, so you never renumber or reuse "
     "one. When we drop a field we reserve the number and the name. Adding fields is fine because old readers "
     "skip unknown tags. One practical thing: numbers 1 to 31 only cost a single byte for the tag, so we keep "
     "those for the hot fields that show up in every message and push the rarely used stuff above that. And "
     "I'd treat renames as breaking if anything consumes the JSON form.",
     [], ["numbers 1 to 31 only cost a single byte for the tag"],
     "Bluff, contradicted number: the tag is (field_number << 3 | wire_type) as a varint, so only field numbers "
     "1-15 fit in one byte; 16-2047 take two. The claim is peripheral and the rest is correct, so adequate."),
    (1, "bluff", "weak",
     "The key thing people miss is that an older consumer can never read a message that contains a field it "
     "doesn't know about \u2014 the parser rejects the whole message outright. So adding a field is actually the "
     "dangerous change. The order has to be: ship the new definition to every consumer first, confirm they've "
     "all deployed, and only then let the producer start writing the field. Removing is the easy direction, "
     "since readers just stop seeing it. We coordinate all of that through a release calendar so nobody gets "
     "ahead.",
     [],
     ["an older consumer can never read a message that contains a field it doesn't know about \u2014 the parser "
      "rejects the whole message outright"],
     "Bluff, false absolute about the mechanism in plain words: Protobuf parsers skip unknown fields (and proto3 "
     "keeps them since 3.5), which is exactly why adding fields is safe. The false claim drives the whole "
     "answer, and removal is called easy with no mention of reserving, so weak."),
    (1, "list", "weak",
     "Um, so, field numbers, the reserved keyword, reserved names too, unknown fields, proto3 optional, field "
     "presence, default values, enums with an UNSPECIFIED zero value, wire types, packed repeated fields, the "
     "JSON mapping, and buf breaking in CI. Yeah, those are the main things I'd have in mind whenever we touch "
     "the message definition.",
     [], [],
     "Names the right terms but says nothing about any of them: no rule, no reason. List, weak."),

    # ------------------------------------------------------------------ Round 2
    (2, "strong", "strong",
     "So BACKWARD, and that's what you get out of the box, is about the new schema being able to read what was "
     "written with the old one. For Avro that lets you drop fields, and add fields as long as they carry a "
     "default. Because the new version is the one that copes with the old data, you roll out consumers before "
     "producers. FORWARD flips it: old readers must cope with data written by the new schema, so adding fields "
     "is fine, deleting is only fine if the field had a default, and producers go first. FULL is both "
     "directions, so basically only fields with defaults can come or go, and you can deploy in either order. "
     "The TRANSITIVE versions check against every version registered under the subject, not just the most "
     "recent one, which matters because three versions can be compatible pair by pair and still the newest "
     "can't read the first. If you try to register something that fails, you get a 409 back and the "
     "producer's serializer throws.",
     [], [],
     "Correct direction for each mode, allowed Avro changes, upgrade order for each, transitive vs latest with "
     "the reason, the default, and 409 on rejection. Strong."),
    (2, "pattern", "weak",
     "Yeah, so BACKWARD is the default, and it means the older consumers can keep reading whatever the new "
     "producer writes. So the order is simple: you upgrade the producer first, it starts writing the new "
     "schema, and the consumers catch up when they get around to it. FORWARD is the other way around. FULL is "
     "both. We've mostly just left it on the default.",
     ["BACKWARD means old consumers can read the new data, so we upgrade the producers first."],
     ["it means the older consumers can keep reading whatever the new producer writes",
      "you upgrade the producer first"],
     "Acts out the swapped-direction pattern: that description is FORWARD. Under BACKWARD the new schema reads "
     "old data and consumers must upgrade first. The misconception's wording is listed as false. Weak."),
    (2, "bluff", "adequate",
     "BACKWARD, the default, means a consumer on the new schema can read old data, so consumers get deployed "
     "first. FORWARD means the old consumers can read data from the new schema, so producers first. FULL means "
     "both, so the order doesn't matter, but you're limited to optional fields. The transitive ones check "
     "against all versions instead of only the latest. In practice the registry's the gatekeeper: if a schema "
     "fails the check, the POST comes back with a 422 Unprocessable Entity and the producer can't serialize "
     "with it, so you'd want that check in CI first.",
     [], ["the POST comes back with a 422 Unprocessable Entity"],
     "Bluff, wrong status code: Schema Registry rejects an incompatible schema with 409 Conflict; 422 (error "
     "code 42201) is for an invalid schema. Peripheral to otherwise correct mode semantics, so adequate."),
    (2, "bluff", "adequate",
     "So BACKWARD's the default and it's about the new reader handling old records, consumers roll out first. "
     "FORWARD is the reverse, old readers handling new records, producers first. FULL covers both. And then "
     "you've got the transitive variants that compare with the whole history instead of just the previous "
     "version. Honestly the mix-up between these is the main failure mode. Confluent's own support data says "
     "about 60 percent of schema-related consumer outages come from teams on BACKWARD who deployed producers "
     "first. That's why I'd write the upgrade order into the release checklist.",
     [],
     ["Confluent's own support data says about 60 percent of schema-related consumer outages come from teams "
      "on BACKWARD who deployed producers first"],
     "Bluff, invented statistic attributed to Confluent; no such published figure exists. The mode semantics "
     "are right but thin (no allowed changes, no transitive example), so adequate."),
    (2, "honest", "adequate",
     "I'll be honest, I always have to think carefully about which direction is which. My understanding is "
     "BACKWARD means the new schema can read old data, which would mean you upgrade consumers first, and "
     "FORWARD is the opposite. FULL is both. The transitive variants, I believe, check against all previous "
     "versions rather than just the last one, but I'd want to look up exactly which Avro changes each mode "
     "permits, like whether deleting a field is allowed under FORWARD, before I'd rely on it. I'd also check "
     "the docs for what the default mode is.",
     [], [],
     "Honest: gets the directions, upgrade order and transitive meaning right, and says plainly it would look "
     "up the allowed changes and the default. Core right, details missing: adequate."),
    (2, "hedged", "adequate",
     "Right, so the modes. BACKWARD: the new schema reads data written with the old one, so upgrade consumers, "
     "then producers. FORWARD: old schema reads new data, producers go first. FULL is both, and then the "
     "TRANSITIVE flavours check every earlier version in the subject, not just the latest, which you want if "
     "anyone replays old data. I think the registry ships with FULL as its default, but I'd double-check that "
     "before relying on it.",
     [], ["I think the registry ships with FULL as its default"],
     "Hedged wrong default: the Schema Registry default compatibility is BACKWARD, not FULL; stated with an "
     "explicit hedge, so not a bluff. The rest is correct but lacks allowed changes and the 409: adequate."),

    # ------------------------------------------------------------------ Round 3
    (3, "adequate", "adequate",
     "So with Avro the consumer decodes using the writer's schema, looked up by the ID in the message, and then "
     "maps it onto its own schema. If its own schema has a field the old record doesn't, it uses the default, "
     "and if there's no default it blows up. So I can't just add loyalty_tier as a hard-required field. I'd "
     "add it with a default, say null, or an UNKNOWN value, and make the producers always set it for new "
     "records. That keeps the old records readable.",
     [], [],
     "Correct on writer/reader resolution and defaults, and the fix is right, but it never addresses the "
     "compacted history and the need for transitive checks, nor backfilling old keys. Adequate."),
    (3, "pattern", "weak",
     "If the business says it's required, then the schema should say it's required. So I'd add loyalty_tier "
     "with no default, that way it's impossible for any consumer to quietly ignore it, and every team has to "
     "deal with it properly. Defaults are how you end up with half the records having junk values. Consumers "
     "will get errors until they update, sure, but that's the point, it forces the upgrade.",
     ["Add the field without a default, so every consumer is forced to handle it."],
     ["Consumers will get errors until they update"],
     "Acts out the no-default pattern. It is the updated readers that fail, on every old record from offset "
     "zero, and the registry would reject the change under BACKWARD anyway. Weak."),
    (3, "bluff", "weak",
     "The nice thing here is that the reader lines fields up by their position in the record, so as long as "
     "the new field goes at the very end, every old record still decodes. The reader just runs out of bytes "
     "before it reaches the new field and moves on. So I'd append loyalty_tier as the last field with no "
     "default, which keeps it genuinely required for new data. And since we're only appending, a plain "
     "BACKWARD check against the latest version is fine.",
     [],
     ["the reader lines fields up by their position in the record, so as long as the new field goes at the "
      "very end, every old record still decodes",
      "a plain BACKWARD check against the latest version is fine"],
     "Bluff, wrong about the mechanism in plain words: Avro resolution matches fields by name using the writer "
     "schema, and a reader field missing from the record with no default fails the read, wherever it sits. "
     "The false mechanism is the centre of the design, so weak."),
    (3, "honest", "strong",
     "Okay, so, the compaction part matters most to me. A new service reading from the start sees records from "
     "every one of those 23 versions, so the check has to be the transitive one, BACKWARD_TRANSITIVE at least, "
     "not just a comparison with the latest. On decoding, I know the consumer gets the writer's schema via the "
     "ID in the message and resolves it against its own by field name, and that a field the record lacks is "
     "filled from the reader's default, or the read fails if there isn't one. So I'd add the field with a "
     "default, like an UNKNOWN tier, and enforce required-ness in the producer. What I don't remember is the "
     "exact union-default rule. I think the default has to match the first branch of the union, so null goes "
     "first, but I'd look that up. And if old customers need real tiers, I'd republish their latest records, "
     "though I'd need to check how compaction timing works before promising when the old versions disappear.",
     [], [],
     "Honest about two details it would look up, but covers the compaction horizon, transitive checks, "
     "resolution by name with defaults, the default-plus-producer-validation fix and republishing. Strong."),
    (3, "offtopic", "weak",
     "For something like this I'd lean on the database migration tooling. We'd write a Flyway migration that "
     "adds a loyalty_tier column, backfill it in batches with a script, and then add a NOT NULL constraint once "
     "every row has a value. Flyway keeps a schema history table, so every environment applies the migrations "
     "in the same order, and if we need to roll back we write a compensating migration. Done that way the "
     "change is reviewable and repeatable.",
     [], [],
     "Fluent but about relational database migrations, not an Avro schema on a compacted Kafka topic. "
     "Off-topic, weak."),
    (3, "hedged", "adequate",
     "So a compacted topic means old versions never really go away, and a new consumer reads all of them from "
     "offset zero, so the check I'd want is BACKWARD_TRANSITIVE. Each message starts with a small header, the "
     "magic byte and the schema ID. I want to say it's nine bytes in total, but don't hold me to that. The "
     "deserializer uses that ID to fetch the writer schema and resolve it against the reader's. A new field "
     "without a default would fail on every old record, so loyalty_tier gets a default and the producer "
     "enforces that it's set.",
     [], ["I want to say it's nine bytes in total"],
     "Hedged wrong number: the Confluent wire-format prefix is five bytes (one magic byte plus a four-byte "
     "schema ID). Core reasoning is right but it skips republishing old keys and union/enum default detail: "
     "adequate."),

    # ------------------------------------------------------------------ Round 4
    (4, "strong", "strong",
     "I'd split that into two proposals, because I agree with one and not the other. Versioned topics, yes, "
     "for the rare change that truly can't be compatible, like re-keying the stream or changing what a field "
     "means. You dual-write for a while and let consumers move over on their own timeline. Turning "
     "compatibility off globally, though, no. In my experience almost everything the check rejects is a "
     "mistake, somebody dropping a field during a refactor, not a planned break. With NONE those mistakes show "
     "up as poison messages in another team's consumer at two in the morning. And a topic per break isn't "
     "free: ordering per key doesn't carry across the two topics, anyone who needs history has to stitch both "
     "together, and you double up ACLs, connectors and retention settings. So what I'd propose is keeping "
     "transitive checks on, running them in CI on the PR so the pain moves to merge time, and having a written "
     "playbook for the genuine breaks. Then I'd look at the last few blocked releases to see which kind they "
     "actually were.",
     [], [],
     "Separates deliberate from accidental breaks, names the real costs of topic-per-version, keeps checks and "
     "moves them into CI, and names the deciding evidence. Strong."),
    (4, "adequate", "adequate",
     "It's partly reasonable. Some changes really are breaking and a new topic is the cleanest way to do those. "
     "But setting NONE means you lose the safety net for accidental breaks, which are most of them, and every "
     "new topic means every consumer has to migrate. I'd keep the checks on and use new topics only for the "
     "deliberate breaking changes.",
     [], [],
     "Right balance, but thin: no ordering or history cost, no moving checks into CI, no retirement process. "
     "Adequate."),
    (4, "pattern", "weak",
     "Honestly, I think the tech lead has a point. The compatibility rules are confusing, people get them "
     "wrong, and they're blocking releases. If every breaking change just gets a fresh topic, nobody's ever "
     "broken. Old consumers stay on the old topic, new ones use the new topic. Setting NONE removes the "
     "friction, and topics are cheap in Kafka anyway. I'd go with it.",
     ["Sure, NONE plus new topics is simpler, let's do that."],
     ["If every breaking change just gets a fresh topic, nobody's ever broken"],
     "Acts out the uncritical-agreement pattern. Under NONE an accidental incompatible change lands on the "
     "existing topic and breaks its consumers; nobody creates a new topic for a change they didn't notice. "
     "Weak."),
    (4, "bluff", "adequate",
     "Versioned topics are fine for the really breaking stuff, a different key, a changed meaning, but NONE "
     "everywhere throws away the check that catches the accidental breaks, which are most of them. I'd keep "
     "the registry's checks and shift them left. For the protobuf topics it's easy, because protoc has a "
     "built-in breaking-change check: you pass it the previous descriptor set and it fails the build on a "
     "renumbered or removed field. Then a new topic is the exception, with a dual-publish period and a clear "
     "retirement date.",
     [], ["protoc has a built-in breaking-change check"],
     "Bluff, feature credited to the wrong product: protoc has no breaking-change detection; that is Buf's "
     "buf breaking (or the registry's own check). Peripheral to a sound position, so adequate."),
    (4, "honest", "adequate",
     "I think it's half right. A new topic makes sense when a change genuinely can't be compatible, but turning "
     "the checks off entirely means accidental breaks, like a deleted field, go straight to consumers. I'd keep "
     "the checks and move them into CI. What I'm not sure about is the best way to handle consumers that need "
     "history across both topics. I know people do some kind of translation or replay, but I'd have to look "
     "into how teams usually manage ordering across the cut-over before recommending one.",
     [], [],
     "Honest: correct balance and CI suggestion, says plainly it would research the history/ordering part. "
     "Core right, details missing: adequate."),
    (4, "offtopic", "weak",
     "The thing I'd really worry about with new topics is partitioning. When you create orders-v2 you have to "
     "pick the partition count up front, and you can add partitions later but that changes which partition a "
     "key hashes to, so per-key ordering breaks for a while. I'd size it for expected throughput, something "
     "like the target megabytes per second divided by what one consumer can handle, and use the cooperative "
     "sticky assignor so rebalances don't stop the whole group.",
     [], [],
     "Fluent Kafka partition sizing and rebalancing; never addresses NONE versus compatibility checks or "
     "topic versioning as a schema strategy. Off-topic, weak."),

    # ------------------------------------------------------------------ Round 5
    (5, "strong", "strong",
     "At that size I don't think you can rely on people remembering rules, so I'd build it into tooling. Each "
     "schema sits in the producing team's repo with a named owner, and every pull request runs a registry "
     "compatibility test, plus buf's lint and breaking checks for the protobuf ones. In production, producers "
     "don't auto-register: auto.register.schemas is off, and only the deploy pipeline registers versions. I'd "
     "set the global compatibility to BACKWARD_TRANSITIVE rather than the plain BACKWARD default, with "
     "exceptions written down. For subjects, the default topic-name strategy is fine when a topic carries one "
     "event type; where we need several types in one topic to keep per-key ordering, say all account events, "
     "I'd switch to record-name or topic-record-name so each type has its own compatibility history. The "
     "release checklist states the upgrade order for each change, and removing a field goes through "
     "deprecation, an announcement to the consumers, and then reservation. Plus a catalogue so people can see "
     "who owns what.",
     [], [],
     "Ownership, CI compatibility checks, auto-registration off, transitive default, subject naming strategies "
     "with the right reason, upgrade order, deprecation and a catalogue. Strong."),
    (5, "adequate", "adequate",
     "I'd centralize it: one Schema Registry, a default compatibility level that's transitive, and a CI step "
     "that checks every schema change against the registry before it can merge. Producers shouldn't register "
     "schemas on the fly in production, so auto-registration gets turned off. And each schema needs an owner "
     "so consumers know who to ask. That covers the basics.",
     [], [],
     "Core governance is right, but it misses subject naming strategies, upgrade order and a deprecation "
     "process. Adequate."),
    (5, "pattern", "weak",
     "I'd keep it lightweight. The serializers already register schemas automatically the first time a "
     "producer uses them, so teams don't need any extra process. They change the schema, deploy, and the "
     "registry takes care of it. If something's incompatible the registry will catch it. Adding review gates "
     "for 300 topics would just slow everyone down.",
     ["Leave auto-registration on so producers register their schemas themselves."],
     [],
     "Acts out the leave-auto-registration-on pattern: changes skip review and an incompatible schema is only "
     "found as a serializer exception in production. Weak."),
    (5, "bluff", "adequate",
     "I'd standardize three things. First, every event goes in a CloudEvents envelope, the IETF published it "
     "as RFC 8941, so id, source, type and time look the same on all 300 topics. Second, schemas are code: "
     "owned by the producing team, compatibility-checked in CI, and registered only by the pipeline, with "
     "auto-registration off in production. Third, a transitive compatibility default and a written deprecation "
     "process, so a field is announced as deprecated, consumers are given time, and only then is it removed.",
     [], ["the IETF published it as RFC 8941"],
     "Bluff, misattributed standard: CloudEvents is a CNCF specification, not an IETF RFC; RFC 8941 is "
     "Structured Field Values for HTTP. Peripheral; the governance content is correct but misses subject "
     "naming and upgrade order, so adequate."),
    (5, "honest", "weak",
     "Honestly this is beyond what I've done. I've worked with a registry on a handful of topics, not 300. I "
     "know we'd want compatibility checks in CI and some ownership model, but I don't know the subject naming "
     "strategies well enough to say which one fits, and I'd have to read up on how bigger companies organize "
     "schema governance before proposing a process.",
     [], [],
     "Honest and not a bluff, but offers only two generic ideas; little substance. Weak."),
    (5, "list", "weak",
     "Um, let me think. Schema Registry, CI compatibility checks, BACKWARD_TRANSITIVE, FULL_TRANSITIVE, "
     "TopicNameStrategy, RecordNameStrategy, TopicRecordNameStrategy, auto.register.schemas, CODEOWNERS, "
     "deprecation policy, data contracts, buf breaking, a schema catalogue, upgrade order, consumer-first "
     "rollouts. Yeah. That's basically the toolkit I'd bring in for forty teams and three hundred topics.",
     [], [],
     "Names the right terms without saying what any of them does or when to choose it. List, weak."),
]


def build():
    records = []
    counters = {}
    for rnd, kind, band, answer, pq, fc, note in ANSWERS:
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
