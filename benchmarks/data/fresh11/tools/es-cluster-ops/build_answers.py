#!/usr/bin/env python3
"""Build es-cluster-ops_answers.jsonl: 30 labelled answers for the es-cluster-ops gauntlet."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "es-cluster-ops_answers.jsonl")

# Common Weak Answers quotes (verbatim from es-cluster-ops.txt)
R1_MORE_SHARDS = "More shards means more parallelism, so I'd give every index 30 primaries to be safe."
R2_YELLOW_IGNORE = "Yellow is just a warning, you can ignore it; only red matters."
R3_DELETE_BY_QUERY = "One index per day, and a nightly delete_by_query removes documents older than 90 days."
R4_RAISE_LIMIT = "Raise the limit, it's only a safety setting."
R4_SCHEMALESS = "Elasticsearch is schemaless, so the mapping takes care of itself."
R5_RAISE_BREAKERS = "Raise the circuit breaker limits so the queries stop failing."


def rec(id_, rnd, answer, band, kind, pattern_quotes=None, false_claims=None, note=""):
    return {
        "id": id_,
        "round": rnd,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": pattern_quotes or [],
        "false_claims": false_claims or [],
        "note": note,
    }


ANSWERS = [
    # ---------------- Round 1: shard sizing and replicas ----------------
    rec("es-r1-01", 1,
        "OK, so my first question is how much data each shard ends up holding, because that drives everything. Um, for logs "
        "I'd target shards somewhere between ten and fifty gigs, and keep them under a couple hundred million docs. Three "
        "hundred gigs a day over six hot nodes is fifty gigs per node per day, so I'd give the data stream six primaries, one "
        "landing on each hot node so writes are balanced, and roll over on max_primary_shard_size of 50gb instead of by the "
        "calendar. Over thirty days that's about 180 primaries, double that with a replica, nowhere near the thousand shards per "
        "node ceiling. Why not more? Each shard is its own Lucene index with memory and cluster-state overhead, and a query has "
        "to visit every shard, so piles of tiny shards just cost you. And I'd be careful up front, because you can't change "
        "the primary count on an existing index; it's split, shrink, or reindex. Replicas I can change any time. I'd run one, "
        "since it always lives on a different box from its primary, so losing a node is survivable, at the price of twice the disk "
        "and indexing work.",
        "strong", "strong",
        note="Sizes from data volume with correct 10-50 GB / ~200M docs guidance, primaries matched to hot nodes, size-based "
             "rollover, shard arithmetic against the 1,000 per node limit, per-shard overhead, primaries fixed (split/shrink/"
             "reindex), replicas dynamic and never co-located. Most of the substance, correct."),
    rec("es-r1-02", 1,
        "I'd size it by how big the shards get. Something like thirty to fifty gig per shard is the sweet spot for logs, so "
        "with three hundred gig a day I'd go for around six primaries and use rollover so each index gets closed off when the "
        "shards get big. One replica, so that if a node drops we don't lose anything. The main thing I'd avoid is lots of tiny "
        "shards, because every shard has overhead in memory and searches have to touch all of them.",
        "adequate", "adequate",
        note="Core is right (size-driven, rollover, one replica, avoid oversharding) but misses that the primary count is fixed "
             "at creation while replicas are dynamic, the document-count guidance, and the shard-count limits."),
    rec("es-r1-03", 1,
        "Honestly I'd go generous on shards. More shards means more stuff can happen in parallel, right? So each daily index "
        "gets something like thirty primaries and one replica, and that way we never outgrow it and searches get spread across "
        "more threads. Storage is cheap, and you can't add primaries later anyway, so I'd rather over-provision now than "
        "regret it.",
        "weak", "pattern",
        pattern_quotes=[R1_MORE_SHARDS],
        note="Acts out the oversharding pattern: thirty primaries per daily index at 300 GB/day gives ~10 GB shards and "
             "hundreds of extra shards a month, ignoring per-shard heap and cluster-state cost."),
    rec("es-r1-04", 1,
        "So the first thing to know is Elasticsearch still defaults to five primary shards and one replica per index, and for "
        "this volume that's honestly not a bad starting point, but I'd be deliberate about it. I'd aim for shards of around "
        "thirty to fifty gig, use rollover on primary shard size, and roughly match primaries to the six hot nodes so writes "
        "spread out. Primary count is locked at creation, so you'd need split or a reindex later, while replicas you can change "
        "live. One replica for node-failure tolerance.",
        "adequate", "bluff",
        false_claims=["Elasticsearch still defaults to five primary shards and one replica per index"],
        note="Bluff (contradicted default): the default number_of_shards has been 1 since Elasticsearch 7.0; five was the "
             "pre-7.0 default. Stated confidently but peripheral to an otherwise sound sizing answer, so capped at adequate."),
    rec("es-r1-05", 1,
        "I wouldn't agonise over the primary count at all. Just start with a couple of primaries, and if the index grows you "
        "update the shard count in the index settings, exactly like you bump replicas, and the cluster moves documents into the "
        "new shards in the background while you keep writing. So the real job is watching shard sizes and adjusting as you go. "
        "I'd keep one replica for safety and target shards of a few tens of gigabytes.",
        "weak", "bluff",
        false_claims=["you update the shard count in the index settings, exactly like you bump replicas, and the cluster moves "
                      "documents into the new shards in the background while you keep writing"],
        note="Bluff (mechanism, plain words): number_of_shards is a static setting fixed at creation; changing it needs the "
             "split or shrink APIs (which need a write block) or a reindex. The false claim is the centre of the answer, so weak."),
    rec("es-r1-06", 1,
        "I know the rough shape of it: primaries are fixed when you create the index, replicas you can change whenever, and "
        "you don't want thousands of tiny shards because each one eats heap and every search fans out to all of them. What I "
        "don't remember is Elastic's exact recommended shard size range, so I'd look that up before committing to a number. "
        "I'd use rollover so shards stop growing at whatever the target is, one replica so losing a node doesn't lose data, "
        "and spread the primaries over the six hot nodes.",
        "adequate", "honest",
        note="Honest: says plainly it would look up the recommended shard size. What it states is correct (fixed primaries, "
             "dynamic replicas, oversharding cost, rollover, one replica) but without any sizing numbers, so adequate."),

    # ---------------- Round 2: cluster health ----------------
    rec("es-r2-01", 2,
        "So the colours are really about shard copies. Green: everything, primaries and replicas, is assigned. Yellow: every "
        "primary is up but some replica isn't, so nothing is missing but you've lost redundancy. Red: some primary has no "
        "assigned copy, so queries on that index come back partial and writes to that shard fail. A node dying on its own "
        "doesn't normally give you red, because the master promotes an in-sync replica right away; you only go red when a "
        "shard had no other copy. For the why, I'd look at health per index, then cat shards with the unassigned reason, then "
        "allocation explain, which tells you node by node which decider said no. Monday's yellow is very often disk: at 85 "
        "percent a node gets no new shards, at 90 it starts pushing shards away, and at 95 indices get the read-only-allow-"
        "delete block. Or it's a filter nobody can satisfy, or it hit the five allocation retries and needs a reroute with "
        "retry_failed. For Tuesday, if the only copy died with that disk, I'd restore the index from a snapshot. Forcing a "
        "stale or empty primary means accepting data loss.",
        "strong", "strong",
        note="Correct colour semantics, replica promotion, the diagnostic sequence ending in allocation explain, correct "
             "85/90/95 watermarks, max_retries of 5 and retry_failed, snapshot restore, data-loss risk of forced allocation."),
    rec("es-r2-02", 2,
        "Yellow I wouldn't lose sleep over, to be honest. Every primary is there, so searches work and nothing's broken, it's "
        "more of an informational thing, and lots of clusters sit yellow for months. Red is the one that matters, because "
        "then you've actually lost a primary, and that's when I'd start digging into which index it is and get the node back.",
        "weak", "pattern",
        pattern_quotes=[R2_YELLOW_IGNORE],
        note="Acts out the 'yellow can be ignored' pattern: ignores reduced redundancy and the cause of the unassigned "
             "replicas, and offers no diagnostic method for red beyond getting the node back."),
    rec("es-r2-03", 2,
        "Green is all copies assigned, yellow is all primaries but some replicas missing, red is at least one primary missing. "
        "A nice thing is that the cluster health endpoint returns HTTP 503 when the cluster is red, so you can point a plain "
        "load-balancer or uptime check at it without parsing the body. Once it's red I'd use allocation explain to see why the "
        "shard can't be placed, usually disk watermarks or allocation filters, and if the data is really gone, restore that "
        "index from a snapshot.",
        "adequate", "bluff",
        false_claims=["the cluster health endpoint returns HTTP 503 when the cluster is red"],
        note="Bluff (wrong status code): _cluster/health returns 200 with \"status\": \"red\" in the body; it only returns a "
             "non-200 (408) when wait_for_status is used and times out. Peripheral to otherwise correct content, so adequate."),
    rec("es-r2-04", 2,
        "Yellow means replicas are missing and red means a primary is missing. The important thing to understand is that when "
        "a data node dies, the copies on other nodes stay replicas, they're never promoted while the cluster is waiting for "
        "the original node to come back, so anything whose primary was on that node is unavailable until you bring it back. "
        "That's why Tuesday is red. So the fix is getting that node or its disk back as fast as you can, and then the cluster "
        "goes yellow and then green as the replicas rebuild.",
        "weak", "bluff",
        false_claims=["when a data node dies, the copies on other nodes stay replicas, they're never promoted while the cluster "
                      "is waiting for the original node to come back, so anything whose primary was on that node is "
                      "unavailable until you bring it back"],
        note="Bluff (mechanism and false absolute, plain words): the master promotes an in-sync replica to primary immediately "
             "when a primary's node leaves; only replica re-creation is delayed (node_left delayed_timeout). Central to the "
             "answer, so weak."),
    rec("es-r2-05", 2,
        "Green, all shards assigned. Yellow, primaries fine but at least one replica unassigned, so you're running with less "
        "redundancy. Red, a primary is unassigned, so part of an index can't be searched or written. I'd go to the allocation "
        "explain API to see why. Disk is the classic reason: there's a low and a high watermark and then flood stage, and I "
        "think flood stage is 90 percent, but I'd check the docs, where indices get a read-only block. After fixing the cause "
        "I'd retry the failed allocations with a reroute.",
        "adequate", "hedged",
        false_claims=["I think flood stage is 90 percent"],
        note="Hedged: the flood-stage watermark defaults to 95% (90% is the high watermark), stated with an explicit hedge. "
             "The rest is correct but thin on node-loss behaviour and snapshot recovery, so adequate."),
    rec("es-r2-06", 2,
        "Green, yellow, red. Unassigned shards. Allocation explain API, cat shards, disk watermarks, flood stage, "
        "read-only-allow-delete, reroute, retry_failed, allocate_stale_primary, snapshot and restore. Also delayed allocation, "
        "the node_left timeout, allocation filtering, shard awareness, replica promotion, in-sync allocation IDs, and the "
        "cluster health API at index level. That's the toolbox.",
        "weak", "list",
        note="List: names the right terms but states nothing about what the colours mean or how any tool is used."),

    # ---------------- Round 3: index lifecycle ----------------
    rec("es-r3-01", 3,
        "I'd go data stream plus an ILM policy, and think of it as paying for storage by how often the data gets read. Hot: "
        "roll the backing index at fifty gig per primary shard or one day, so shard size is consistent whatever the daily "
        "volume does. After a week, warm: ILM moves it to the warm tier with big cheap disks, merges it down to a single "
        "segment since nothing's writing to it anymore, maybe shrinks the primary count, and it keeps one replica. Around day "
        "thirty, cold: with the Enterprise licence I'd mount it as a searchable snapshot from S3 so there's no replica to "
        "store; without it, just dense cold nodes. Day ninety, drop the index. Dropping a whole index is basically free, "
        "whereas delete-by-query only tombstones documents and you wait for merges. Gotchas: the phase ages count from "
        "rollover, not creation, so retention runs a bit past ninety days, and ILM only wakes up every ten minutes. And 80 "
        "percent on the hot disks worries me; the low watermark is 85, so I'd start moving data off now.",
        "strong", "strong",
        note="Correct and complete lifecycle: size/age rollover, warm migration with force merge and shrink, searchable "
             "snapshots needing Enterprise, whole-index delete vs delete_by_query, min_age from rollover, 10-minute poll, "
             "85% low watermark."),
    rec("es-r3-02", 3,
        "I'd use rollover with ILM. New data lands in a hot index that rolls over once it gets to a target size, then after a "
        "week it moves to warm nodes with cheaper disks, after about a month to cold, and at ninety days the policy deletes "
        "the whole index. That keeps the expensive NVMe for the recent week everyone's actually searching. I'd also force-merge "
        "the older indices, since they're read-only by then.",
        "adequate", "adequate",
        note="Core lifecycle is right (rollover, hot/warm/cold/delete, whole-index delete, force merge) but misses the timing "
             "details (min_age from rollover, poll interval), searchable snapshots, and the watermark risk at 80%."),
    rec("es-r3-03", 3,
        "Simplest thing that works: I'd create an index per day and have a cron job every night run a delete by query for "
        "anything with a timestamp older than ninety days. That gets the disk back right away and keeps us compliant. For the "
        "hot disk issue, that cleanup plus maybe dropping replicas should keep things under control.",
        "weak", "pattern",
        pattern_quotes=[R3_DELETE_BY_QUERY],
        false_claims=["That gets the disk back right away"],
        note="Acts out the delete_by_query pattern; the pattern is itself a misconception: delete_by_query only marks "
             "documents deleted and space is reclaimed when segments merge. No tiers, no rollover."),
    rec("es-r3-04", 3,
        "I'd set it up as a data stream with an ILM policy. Hot rolls over at about fifty gig per primary shard or a day. "
        "After seven days, the warm phase, and on Elastic Cloud that's where UltraWarm comes in, Elasticsearch's warm tier "
        "that keeps the data in S3 with a local cache, so it's much cheaper than keeping replicas on disk. At thirty days it "
        "moves to cold, and at ninety days the policy deletes the whole index rather than running delete-by-query. That keeps "
        "the NVMe for the recent week.",
        "adequate", "bluff",
        false_claims=["on Elastic Cloud that's where UltraWarm comes in, Elasticsearch's warm tier that keeps the data in S3 "
                      "with a local cache"],
        note="Bluff (feature credited to the wrong product): UltraWarm is an Amazon OpenSearch Service feature, not part of "
             "Elasticsearch or Elastic Cloud, whose S3-backed tiers are searchable snapshots in the cold and frozen phases. "
             "The rest of the lifecycle is sound, so adequate."),
    rec("es-r3-05", 3,
        "Let me sketch it and flag what I'd verify. Data stream, with the ILM policy attached through the index template. The "
        "hot phase rolls over by primary shard size, around fifty gig, with a max age of a day as a backstop, so shards stay "
        "even. At seven days, warm: migrate to the warm nodes, force merge to one segment because nobody writes there anymore, "
        "possibly shrink, keep one replica. At thirty, cold, ideally searchable snapshots backed by object storage so there's "
        "no replica on local disk, but I'd need to check which licence tier that needs; I genuinely don't remember. At ninety, "
        "delete, which drops whole indices instead of deleting documents one by one. One thing I'm not sure about is whether "
        "min_age counts from when the index was created or when it rolled over. That changes the real retention, so I'd look "
        "it up before promising compliance ninety days. And I'd deal with the 80 percent disk now, before the allocation "
        "watermarks start moving shards around.",
        "strong", "honest",
        note="Honest answer banded strong: full, correct lifecycle design; openly says it would look up the licence tier for "
             "searchable snapshots and whether min_age counts from creation or rollover."),
    rec("es-r3-06", 3,
        "For logs at that volume I'd honestly look at the shipping side first. Put Kafka between the agents and the cluster, "
        "so Filebeat or Fluent Bit writes to a topic and Logstash consumers read from it. That decouples ingest spikes from "
        "indexing, gives you replay if the cluster has a bad day, and lets you add new consumers later, like a SIEM, without "
        "touching the agents. I'd also standardise on JSON logging across every service.",
        "weak", "offtopic",
        note="Off-topic: a fluent ingest-pipeline answer that says nothing about retention, tiers, rollover or the disk problem."),

    # ---------------- Round 4: mappings and field explosion ----------------
    rec("es-r4-01", 4,
        "I'd push back on raising the limit. The thousand-field default is there because every new field changes the mapping, "
        "which lives in the cluster state that the master sends to all the nodes, so a mapping explosion slows the whole "
        "cluster down. I do agree we don't want to reject teams' logs, though. My compromise would be a common schema like ECS "
        "for the fields people actually search on, and each service's custom stuff under a flattened field so it counts as "
        "one field.",
        "adequate", "adequate",
        note="Core is right (1,000 default, cluster-state cost, ECS plus flattened) but misses type conflicts and rejected "
             "documents, silent bulk failures, dynamic: false / runtime fields, and isolating teams."),
    rec("es-r4-02", 4,
        "I mostly agree with the tech lead. The whole point of Elasticsearch is that it's schemaless: you throw JSON at it and "
        "the mapping basically takes care of itself. Forcing two hundred teams to agree on a schema would slow everybody "
        "down. If we hit the field limit we bump it and move on; it's just a guard rail and I haven't seen it cause real "
        "problems.",
        "weak", "pattern",
        pattern_quotes=[R4_SCHEMALESS, R4_RAISE_LIMIT],
        false_claims=["the mapping basically takes care of itself"],
        note="Acts out the 'schemaless' and 'just raise the limit' patterns; the schemaless belief is a misconception "
             "(first document fixes the type, conflicting documents are rejected)."),
    rec("es-r4-03", 4,
        "It's not as schemaless as people think. Dynamic mapping guesses a type from the first value it sees, and for dates "
        "the detection is built on RFC 2822, so anything formatted like an email header date becomes a date field and the "
        "rest stays a string. Once a field has a type, a conflicting document gets rejected. And the thousand-field default "
        "protects the cluster state, which every node holds, so I wouldn't go to twenty thousand. I'd have a shared schema "
        "for the common fields and flattened fields for each service's long tail.",
        "adequate", "bluff",
        false_claims=["for dates the detection is built on RFC 2822, so anything formatted like an email header date becomes "
                      "a date field"],
        note="Bluff (misattributed standard): default date detection uses dynamic_date_formats strict_date_optional_time "
             "(ISO 8601 style) and yyyy/MM/dd HH:mm:ss Z; it has nothing to do with RFC 2822 email dates. Peripheral, so adequate."),
    rec("es-r4-04", 4,
        "I know there's a cap on the number of fields per index and that it's there to stop what people call a mapping "
        "explosion, but I haven't run a cluster that hit it, so I'd need to look up what the default is and what actually "
        "degrades when you raise it. My instinct is that raising it twentyfold is risky, and I'd want to read up on the "
        "options for handling the long tail of fields before giving a proper answer.",
        "weak", "honest",
        note="Honest: openly says what it would look up, but offers little substance beyond naming mapping explosion, so weak."),
    rec("es-r4-05", 4,
        "The limit is there for a reason. By default I believe total_fields.limit is 10,000, though I'd want to double-check "
        "that, and the point is that every field is part of the mapping held in cluster state and in memory on the nodes, so "
        "going to twenty thousand just grows that. Also the first document wins the type, so conflicting services get "
        "rejected. I'd put free-form payloads in a flattened field and keep the shared fields explicitly mapped.",
        "adequate", "hedged",
        false_claims=["I believe total_fields.limit is 10,000"],
        note="Hedged: index.mapping.total_fields.limit defaults to 1,000, stated wrongly with an explicit hedge. The reasoning "
             "is otherwise correct but incomplete, so adequate."),
    rec("es-r4-06", 4,
        "Mapping explosion, total_fields.limit, dynamic mapping, dynamic strict, dynamic false, runtime fields, flattened, "
        "flat_object, ECS, component templates, cluster state, heap, mapper parsing exceptions, ignore_above. Those are the "
        "things I'd be thinking about here, and I'd weigh them up for the tech lead before saying yes or no.",
        "weak", "list",
        note="List: the right vocabulary with nothing said about any of it and no position on the tech lead's proposal."),

    # ---------------- Round 5: heap, breakers, slow queries ----------------
    rec("es-r5-01", 5,
        "First suspect is the heap itself. On a 64 gig box I want at most about half going to the JVM, and under the roughly "
        "32 gig point where compressed object pointers switch off, so thirty-ish, and I'd confirm that in the startup log. "
        "Everything else is page cache for Lucene. If someone hand-set the heap to, say, 48 gig, that's my long GC pauses right "
        "there. Recent versions auto-size the heap, so I'd look for overrides in jvm.options. Next, which breaker: node stats "
        "will show parent, fielddata or request trips. I wouldn't just raise the limits; they're what's standing between us and "
        "an out-of-memory crash. To find the actual queries: enable the search slow log, which is disabled out of the box, look "
        "at the tasks API for long-running searches, hot threads, and profile the worst one. Usually it's a big terms agg on a "
        "high-cardinality field, fielddata switched on for a text field, deep from/size paging rather than search_after, "
        "wildcard-prefix queries, or a query hitting thousands of tiny shards. Then guardrails so it sticks: templates that "
        "control mappings, blocking expensive queries, and alerts on post-GC heap, breaker trips and shard counts, with "
        "monitoring in a separate cluster.",
        "strong", "strong",
        note="Correct heap sizing (half of RAM, compressed oops), breaker diagnosis without raising limits, slow log off by "
             "default, tasks/hot threads/profile, typical culprits tied to shards and mappings, concrete guardrails."),
    rec("es-r5-02", 5,
        "I'd check the heap size first. It should be about half the RAM and under 32 gig, because above that the JVM loses "
        "compressed pointers and the filesystem cache, which Lucene needs, gets squeezed. Then I'd turn on the slow log to see "
        "which queries are slow and look at what they're doing; my bet would be big aggregations or deep pagination. I wouldn't "
        "raise the breaker limits, they're there to stop the node running out of memory.",
        "adequate", "adequate",
        note="Core is right (heap rule, slow log, don't raise breakers) but misses which breaker trips, tasks/profile tools, "
             "the link to shard count and mappings, and any prevention."),
    rec("es-r5-03", 5,
        "The circuit breakers are clearly set too conservatively for our workload; queries that used to work are now being "
        "killed. So I'd bump the request and parent breaker limits up, maybe to 80 and 98 percent, so the queries can actually "
        "finish. The slowness is probably a side effect of retries from all those failures, so once they stop failing, "
        "latency should come back down.",
        "weak", "pattern",
        pattern_quotes=[R5_RAISE_BREAKERS],
        note="Acts out the 'raise the breaker limits' pattern: treats the protection as the problem, never looks at heap "
             "sizing or the queries, and invites OutOfMemoryErrors."),
    rec("es-r5-04", 5,
        "I'd start with heap: half of RAM, under about 32 gig for compressed oops, and leave the rest for page cache. Then "
        "breakers. Elastic's support data shows roughly 80 percent of circuit breaker trips come from fielddata on text fields, "
        "so the first thing I'd grep the mappings for is fielddata set to true. After that, slow logs to find the heavy "
        "queries and the Profile API to see where the time goes. And I'd alert on breaker trips and on heap after GC so we "
        "notice sooner next time.",
        "adequate", "bluff",
        false_claims=["Elastic's support data shows roughly 80 percent of circuit breaker trips come from fielddata on text fields"],
        note="Bluff (invented statistic): Elastic publishes no such figure; parent-breaker trips from overall heap pressure "
             "(aggregations, large requests, too many shards) are common. The rest is correct but incomplete, so adequate."),
    rec("es-r5-05", 5,
        "I know the heap rule is roughly half of RAM while staying under the compressed-oops threshold, and that raising "
        "breaker limits just trades errors for out-of-memory crashes. What I'd need to look up is the default percentage for "
        "each breaker and the exact setting names for the search slow log thresholds; I've only ever set them through a "
        "managed console. Process-wise: find which breaker trips, capture the slow queries, profile the worst one, then fix "
        "the mapping or the query and add alerts on heap and breaker trips.",
        "adequate", "honest",
        note="Honest: says plainly it would look up breaker defaults and slow-log setting names; the method it gives is "
             "correct but lacks the culprits and guardrails, so adequate."),
    rec("es-r5-06", 5,
        "When p99 latency jumps like that, I'd put a caching layer in front. Most search traffic is repetitive, dashboards "
        "refreshing the same queries every thirty seconds, so Redis or a CDN with a short TTL in front of the search API "
        "absorbs a lot of that load. Add request coalescing so concurrent identical queries share one backend call, and the "
        "cluster only ever sees the unique traffic.",
        "weak", "offtopic",
        note="Off-topic: an application caching answer that ignores heap, circuit breakers, GC and finding the slow queries."),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} records to {OUT}")


if __name__ == "__main__":
    main()
