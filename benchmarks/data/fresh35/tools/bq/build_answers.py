#!/usr/bin/env python3
"""Builds bigquery-cost-performance_answers.jsonl: 30 labelled answers (6 per round)."""
import json
import os

SHORT = "bq"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "bigquery-cost-performance_answers.jsonl")

# (round, kind, band, answer, pattern_quotes, false_claims, note)
A = [
    # ---------------- Round 1: how BigQuery bills, why LIMIT didn't help ----------------
    (1, "strong", "strong",
     "Okay so the short version is that on-demand BigQuery doesn't care how many rows come back, it charges "
     "for how much data it had to read. And it's a column store, so 'how much data' means the full size of "
     "each column you touch, over the whole table unless partitions get pruned. So SELECT star on a wide "
     "events table reads every single column, and the LIMIT 100 only trims the output at the very end, after "
     "the scan already happened, so you pay basically the same as without it. Price-wise it's six twenty-five "
     "per tebibyte in the US now, first tebibyte each month free. What I'd tell the analysts: if you just want "
     "to eyeball rows, use the preview tab or bq head, that costs nothing. Name the columns you actually need. "
     "Filter on the partition column. And do a dry run, it tells you the bytes up front for free. Then I'd "
     "pull INFORMATION_SCHEMA.JOBS, sum total_bytes_billed by user to see exactly where the doubling came "
     "from, and put a maximum_bytes_billed cap on their jobs.",
     [], [],
     "Correct and nearly complete: bytes in referenced columns, columnar, LIMIT after scan, current price and "
     "free tier, free preview, dry run, partition filter, JOBS view to investigate, bytes cap."),
    (1, "adequate", "adequate",
     "So BigQuery bills on-demand queries by the bytes it processes. It's columnar, so each column you "
     "reference gets read for the entire table. A SELECT star pulls in every column, and LIMIT doesn't change "
     "what's scanned, it just cuts down what you see. So those 'small' exploratory queries were each reading "
     "the full table. The fix is to stop using star, select the few columns you need, and maybe look at the "
     "table preview instead when you just want to see what the data looks like.",
     [], [],
     "Core mechanism right (bytes, columnar, SELECT *, LIMIT after scan) but no partition pruning, dry run, "
     "bytes cap or investigation of who caused the spend."),
    (1, "pattern", "weak",
     "Honestly, I'd be surprised if the LIMIT queries were the problem. With a LIMIT 100 on it, BigQuery stops "
     "reading as soon as it has a hundred rows, so those exploratory queries only touch a tiny slice of the "
     "table and cost next to nothing. I'd look elsewhere, probably some scheduled job or a dashboard that "
     "refreshes too often. The exploratory stuff with a limit on it is the cheap part, that's kind of the "
     "whole point of adding the limit.",
     ["Adding LIMIT 100 means BigQuery only reads 100 rows, so those queries were cheap."],
     ["BigQuery stops reading as soon as it has a hundred rows"],
     "Acts out the LIMIT misconception: LIMIT is applied after the scan, so bytes billed are unchanged."),
    (1, "bluff", "adequate",
     "Right, so on-demand is billed by bytes processed, and because storage is columnar you pay for every "
     "column you reference across all the rows. SELECT star means every column, and the LIMIT is applied "
     "after the scan, so it saves nothing on a normal table. I'd get the analysts onto explicit column lists "
     "and partition filters, and have them dry run anything big. The other thing I'd do is make sure BI "
     "Engine is enabled, because BI Engine is what gives you the 24-hour cached results, so when five "
     "analysts run the same exploratory query only the first one gets billed and the rest come out of the "
     "BI Engine cache for free.",
     [], ["BI Engine is what gives you the 24-hour cached results"],
     "Feature credited to the wrong product: the 24-hour query results cache is built into BigQuery, on by "
     "default and free; BI Engine is a separate paid in-memory reservation. Peripheral to an otherwise "
     "correct answer, so adequate."),
    (1, "honest", "adequate",
     "So I know the bill is driven by bytes scanned, not rows returned, and that SELECT star reads every "
     "column because storage is columnar. LIMIT doesn't reduce the scan, it only applies to the output. What "
     "I don't remember is the current per-terabyte price, it changed a couple of years ago and I'd have to "
     "look it up on the pricing page. I'm also not sure whether there's a minimum charge per query or per "
     "table, I'd check that before quoting anything. Practically I'd push the analysts toward explicit column "
     "lists and dry runs before they hit run.",
     [], [],
     "Honest about the price and the minimum charge; the mechanism is right, but no partitioning, cap or "
     "investigation, so adequate."),
    (1, "list", "weak",
     "So for this I'd be thinking about: on-demand pricing, bytes processed, columnar storage, SELECT star, "
     "the LIMIT clause, the table preview, dry runs, maximum_bytes_billed, partitioning, clustering, the "
     "query cache, and INFORMATION_SCHEMA.JOBS. Yeah, those are the main concepts in play here, and I'd go "
     "through each of them with the team.",
     [], [],
     "Names the right terms but never says why LIMIT didn't help or how billing works."),

    # ---------------- Round 2: partitioning, clustering, forcing filters ----------------
    (2, "strong", "strong",
     "I'd partition on the event timestamp, daily. A hundred gigs a day is a healthy partition size, and a "
     "seven-day query then only reads about seven hundred gigabytes rather than forty terabytes. Time-unit "
     "partitioning works on a DATE, TIMESTAMP or DATETIME column at hour, day, month or year granularity; "
     "ingestion-time would be my fallback if the event time was unreliable. Then cluster by customer_id "
     "first, maybe event_type second. You get up to four clustering columns, rows inside each partition are "
     "sorted by them in that order, and BigQuery skips blocks that can't match, so the customer filter needs "
     "to hit the leading column. Re-clustering is automatic and free. To prevent the forty-terabyte accident "
     "I'd set require_partition_filter to true, so a query that doesn't filter the partition column in a "
     "prunable way just errors out before scanning. It doesn't guarantee cheapness though, someone can write "
     "event_ts after the year 2000 and still read everything, so I'd pair it with a bytes-billed cap, and keep "
     "the filter a plain comparison against constants or pruning might not kick in. One gotcha: the dry run "
     "reflects partition pruning but not cluster pruning, so it overestimates for clustered tables.",
     [], [],
     "Correct and complete: daily column partitioning, types and granularities, clustering limit and order, "
     "require_partition_filter and its limits, constant filters, dry-run upper bound for clustering."),
    (2, "pattern", "weak",
     "I'd partition the table by customer_id, since the queries are always for a handful of customers. That "
     "way each customer's events sit in their own partition, and a query for three customers only touches "
     "three partitions. Date filtering matters less once you've isolated the customer. And I'd switch on "
     "require_partition_filter so nobody can query the table without naming a customer.",
     ["Partition by customer_id so every customer gets its own partition."],
     [],
     "Acts out the per-customer partitioning pattern: ignores partition limits and that high-cardinality "
     "keys belong in clustering; drops the date, which is what almost every query filters on."),
    (2, "bluff", "adequate",
     "So daily partitioning on the event timestamp column, and clustering on customer_id and then event_type, "
     "since clustering sorts the blocks and lets BigQuery skip the ones that can't contain those customers. "
     "That takes a seven-day query for a few customers from forty terabytes down to a small fraction of seven "
     "hundred gigs. The big safety net is require_partition_filter on the table. With that set, if someone "
     "forgets the date filter, the API rejects the job with a 403 partitionFilterRequired error before any "
     "bytes are read, so you never get billed for the mistake. I'd also add a partition expiration if we "
     "don't need ancient events.",
     [], ["the API rejects the job with a 403 partitionFilterRequired error"],
     "Wrong status code and error name: a missing partition filter fails as an invalid query (HTTP 400, "
     "reason invalidQuery, 'Cannot query over table ... without a filter over column(s) ... that can be used "
     "for partition elimination'); there is no partitionFilterRequired reason and 403 is used for access "
     "and quota errors. Design otherwise right, so adequate."),
    (2, "bluff", "adequate",
     "I'd go with daily partitions on the event timestamp and require_partition_filter switched on, so nobody "
     "can scan the whole forty terabytes by leaving out the date. Then clustering on customer_id, then "
     "event_type. BigQuery allows up to eight clustering columns, but I wouldn't use anywhere near that; the "
     "order matters because the data's sorted by the first column first, so the leading one should be what "
     "almost every query filters on. Re-clustering is done automatically in the background at no cost, so it "
     "stays effective as new data lands.",
     [], ["BigQuery allows up to eight clustering columns"],
     "Contradicted number: a table can be clustered on at most four columns. The design itself is sound, so "
     "adequate."),
    (2, "hedged", "adequate",
     "Daily partitions on the event date, I think. One thing I'd watch is the partition count: I believe a "
     "table can only have something like a thousand partitions, I'd have to double-check that, so at daily "
     "granularity that's under three years and we might need monthly partitions for the older data. Then "
     "clustering on customer_id so the few-customers filter skips most blocks. And require_partition_filter "
     "so people have to give a date range.",
     [], ["I believe a table can only have something like a thousand partitions"],
     "Hedged wrong number: the per-table partition limit is far higher (10,000 today, 4,000 before that). "
     "Core design right but thin, so adequate."),
    (2, "offtopic", "weak",
     "For a table this size I'd use declarative partitioning, range-partitioned by month on created_at, and "
     "create a B-tree index on customer_id in each partition, plus a BRIN index on the timestamp since it's "
     "naturally ordered. pg_partman can create future partitions and drop old ones automatically. Then the "
     "autovacuum settings need tuning per partition, because the defaults assume much smaller tables, and I'd "
     "make sure partition pruning is enabled so the planner skips months outside the date range.",
     [], [],
     "Fluent but about PostgreSQL partitioning and indexes, not BigQuery."),

    # ---------------- Round 3: capacity vs on-demand, guardrails ----------------
    (3, "adequate", "adequate",
     "I'd look at moving to an edition with a reservation. With capacity pricing you pay for slots by the "
     "hour instead of for bytes scanned, so the bill becomes predictable, and I'd give the dashboards their "
     "own reservation so the nightly batch can't starve them. For the analysts who stay on on-demand, "
     "setting maximum bytes billed on their queries stops any single monster query. That's the basic shape: "
     "predictable capacity for the steady workloads and a per-query cap for the rest.",
     [], [],
     "Right direction (slots, separate reservations, bytes cap) but no measurement of slot usage, no "
     "quotas, no note that budgets only alert, no baseline/autoscaling."),
    (3, "pattern", "weak",
     "The simplest control is a budget. I'd set a Cloud Billing budget on the BigQuery projects at, say, "
     "fifty thousand a month, and once it's hit the spending stops, so finance gets their hard ceiling. Then "
     "I'd ask the batch team to keep running their job at night, which they already do, and maybe ask the "
     "dashboard owners to reduce refresh rates. I wouldn't change the pricing model, that's too much "
     "overhead for what we get.",
     ["Set a billing budget on the project so we can never overspend."],
     ["once it's hit the spending stops"],
     "Acts out the budget pattern: Cloud Billing budgets only send alerts, they do not stop queries."),
    (3, "bluff", "weak",
     "Capacity pricing doesn't really help us here. Even inside a reservation every query is still charged "
     "for the bytes it scans; the slots you buy only get you speed and isolation. So moving the sixty grand "
     "of on-demand work onto a reservation would just add a slot bill on top. I'd stay on on-demand, put a "
     "maximum_bytes_billed cap on every job, and set custom per-user daily quotas so no analyst can run away "
     "with the budget. And separate projects for the batch and the dashboards so they're at least attributed "
     "separately.",
     [], ["Even inside a reservation every query is still charged for the bytes it scans; the slots you buy only get you speed and isolation."],
     "Wrong mechanism in plain words: queries running in a reservation are billed for slot capacity, not "
     "for bytes scanned. The false claim drives the central decision to reject capacity pricing, so weak."),
    (3, "honest", "strong",
     "I'd start with data, not a decision. The JOBS view in INFORMATION_SCHEMA has total_slot_ms for every "
     "job, so a month of history turns into average and peak slot usage I can compare with what a reservation "
     "would cost. I don't remember the exact slot-hour prices for the editions, I'd pull those from the "
     "pricing page, but the structure is Standard, Enterprise and Enterprise Plus, a baseline you always pay "
     "for plus autoscaling up to a max, and commitments for a discount on the higher tiers. The important "
     "shift is that on capacity a bad query no longer costs more money, it costs everyone time. So I'd split "
     "reservations: dashboards get a guaranteed baseline, the nightly batch gets its own, and idle slots can "
     "flow between them. Whatever stays on-demand gets maximum_bytes_billed, which fails oversized queries "
     "before charging, plus custom daily query quotas per user and per project. Budgets too, but they only "
     "alert, they won't stop a query. I'd also want to double-check how the autoscaler rounds its billing "
     "before I model the costs.",
     [], [],
     "Honest about prices and autoscaler billing granularity, but covers nearly all the substance correctly: "
     "measure first, editions, baseline/autoscaling, commitments, contention, separate reservations, bytes "
     "cap, custom quotas, budgets only alert. Banded strong."),
    (3, "hedged", "adequate",
     "At sixty thousand a month on on-demand, which I think is priced at five dollars per terabyte, though "
     "I'd want to check the current number, we're scanning something like twelve petabytes a month. That's a "
     "lot of steady usage, so a reservation would probably be cheaper and more predictable. I'd put the "
     "dashboards and the batch in separate reservations so they don't fight. And for guardrails I'd set "
     "maximum bytes billed on the ad-hoc queries.",
     [], ["which I think is priced at five dollars per terabyte"],
     "Hedged wrong number: $5 per TB was the pre-2023 price; on-demand is now $6.25 per TiB in the US. Core "
     "plan reasonable but misses measurement, quotas and budgets, so adequate."),
    (3, "list", "weak",
     "Okay, so the pieces here are: slots, reservations, editions, so Standard, Enterprise, Enterprise Plus, "
     "baseline slots, autoscaling, commitments, assignments, maximum_bytes_billed, custom quotas, budgets and "
     "alerts, INFORMATION_SCHEMA.JOBS and job labels. That's the toolkit, and I'd pick from those depending on "
     "what finance actually needs.",
     [], [],
     "Only names the right terms; no decision, no explanation of what caps spend."),

    # ---------------- Round 4: flatten everything with nested fields? ----------------
    (4, "strong", "strong",
     "I'd push back on the 'never write a join' part. Nesting is great for data the parent owns: put the "
     "order's items inside the order as a repeated record and you get them in one read with no join, and "
     "since the storage is per column, a query touching just the item SKU and quantity pays only for those two "
     "leaf fields. That's the case BigQuery's schema guidance is built around. Customers and products are "
     "different: they're shared across millions of orders and they change. Copy a customer's address into "
     "every order row and an address change becomes a huge UPDATE that rewrites big chunks of the table, "
     "bills a lot of bytes, and knocks those partitions out of long-term storage pricing. Skip the update "
     "and the copies drift apart. Meanwhile joining to a customers table of a few million rows is cheap, "
     "BigQuery broadcasts the small side to each worker instead of shuffling both. So: nest line items, keep "
     "customers and products as dimension tables, and if some joined view is hammered all day, precompute it "
     "with a materialized view. Also analysts will need to get comfortable with UNNEST.",
     [], [],
     "Correct and complete: nest owned one-to-many data, columnar leaf-field reads, update cost and "
     "consistency of copied dimensions, long-term storage reset, broadcast joins, materialized view."),
    (4, "adequate", "adequate",
     "It's half right. Nested and repeated fields are a good fit for things like an order and its line items, "
     "because they're read together and you avoid a join. But putting customers and products into every "
     "order row means duplicating data that changes, and then every change turns into a big update across "
     "the whole table. I'd nest the line items and keep customers and products as separate tables that we "
     "join when we need them.",
     [], [],
     "Right split (nest owned data, keep changing dimensions separate) but no columnar cost argument, join "
     "cost, or precomputation."),
    (4, "pattern", "weak",
     "I'd argue against it. A data warehouse should have a properly normalised model, third normal form, "
     "with orders, line items, customers and products each in their own table and keys between them. Nested "
     "and repeated fields are really a hack for people who don't want to model their data, they make the "
     "schema hard to understand and every BI tool struggles with arrays. Joins are what SQL is for.",
     ["No, a warehouse needs a properly normalised model, so nested fields are a hack."],
     [],
     "Acts out the dogmatic normalisation pattern; ignores that nested repeated fields are the recommended "
     "way to store one-to-many data read together."),
    (4, "bluff", "adequate",
     "Flattening everything goes too far, but nesting is the right direction for part of it. Line items "
     "belong inside the order as a repeated record; they're always read together, you lose the join, and "
     "because storage is columnar you only pay for the nested fields you touch. Google's own benchmarks show "
     "nested, repeated schemas cut query costs by about 90 percent on average compared with star schemas, so "
     "the gain is real. Customers and products are shared and they change, though, so I'd keep them as their "
     "own tables and join to them, rather than copying a customer's details into every one of their orders.",
     [], ["Google's own benchmarks show nested, repeated schemas cut query costs by about 90 percent on average compared with star schemas"],
     "Invented statistic: Google publishes no such benchmark figure; the saving depends entirely on the "
     "data and queries. The design is otherwise right, so adequate."),
    (4, "bluff", "weak",
     "Honestly I mostly agree with the colleague. In BigQuery every join shuffles both tables across the "
     "network, it never just hands the small table to each worker, so even joining a tiny lookup table costs "
     "you a full redistribution of the big one. That's why denormalising is the standard advice. Put the "
     "customer and product attributes straight on the order rows, nest the line items as a repeated field, "
     "and the analysts just query one table. Storage is cheap, so the duplication doesn't really matter.",
     [], ["every join shuffles both tables across the network, it never just hands the small table to each worker"],
     "False absolute about the mechanism, in plain words: BigQuery broadcasts a small join side to the "
     "workers instead of shuffling both. The claim is the basis for agreeing to flatten everything, so weak."),
    (4, "honest", "adequate",
     "My instinct is to nest the stuff that belongs to the order, like line items, as repeated records, and "
     "keep customers and products as separate tables, because they change and you don't want to update "
     "millions of copies. Where I'm less sure is how expensive a join with a small dimension table really is "
     "in BigQuery. I believe there's some optimisation for small tables, but I honestly don't know the "
     "mechanics, so I'd test it: run both versions and compare bytes and slot time in the query plan before "
     "committing to either design.",
     [], [],
     "Right split and honest about join mechanics; missing the columnar argument and precomputation, so "
     "adequate."),

    # ---------------- Round 5: end-to-end cost-aware design ----------------
    (5, "strong", "strong",
     "Ingestion: the Storage Write API. Legacy insertAll is pricier, charges every row as at least a "
     "kilobyte, and its insertId dedup is only best effort. The Write API is two and a half cents a GiB, with "
     "two TiB a month free, and committed-type streams with offsets give me exactly-once; the default stream "
     "is at-least-once, which is fine if downstream dedups. Anything that can be late goes in via batch "
     "loads, which cost nothing. Raw events get daily partitions, clustered on tenant and event type. "
     "Serving: the three hundred dashboard users should never touch raw events. Materialized views over the "
     "key aggregates are maintained incrementally by BigQuery, and queries still see fresh data because it "
     "merges in the base-table delta; the refresh cap defaults to thirty minutes. A BI Engine memory "
     "reservation on top gets dashboard latency under a second. Storage: anything not modified for ninety "
     "days drops to the long-term rate, roughly half, automatically and without any speed penalty, so "
     "nothing should rewrite old partitions. Physical billing might be worth it if compression is good, but "
     "then time travel bytes count, so I'd shorten that window to two days. Seven-year retention through "
     "partition expiration.",
     [], [],
     "Correct and complete: Write API vs insertAll with prices and semantics, free batch loads, partitioning, "
     "incremental materialized views, BI Engine, long-term storage, physical billing and time travel, "
     "expiration."),
    (5, "adequate", "adequate",
     "I'd ingest with the Storage Write API instead of the old streaming inserts, since it's cheaper and it "
     "supports exactly-once. Raw data goes into a table partitioned by day. For the dashboards I'd build "
     "materialized views on the common aggregates so three hundred people aren't rescanning billions of "
     "events. And for the seven years of history, BigQuery automatically charges less for partitions nobody "
     "has modified in ninety days, so I'd just leave the old data where it is rather than exporting it.",
     [], [],
     "Core choices right but no BI Engine, freshness behaviour, storage billing model, expiration or costs."),
    (5, "pattern", "weak",
     "Ingestion through the Storage Write API, into a day-partitioned events table. For the dashboards I'd "
     "honestly keep it simple and point Looker Studio straight at the raw events table. BigQuery is fast "
     "enough on billions of rows that you don't need an extra layer of summary tables, and every extra table "
     "is another pipeline to maintain and another place numbers can disagree. Old data stays in BigQuery on "
     "long-term pricing.",
     ["Point the dashboards straight at the raw events table, BigQuery is fast enough."],
     [],
     "Acts out the raw-table dashboard pattern: 300 users rescanning raw events all day is the main cost "
     "and latency problem of this design."),
    (5, "bluff", "adequate",
     "The Write API is the way in. It's cheaper than the legacy insertAll path, and if you write through "
     "committed-type streams and track the offsets you get exactly-once rather than best-effort dedup. Part of why it's so much faster is "
     "that it runs over HTTP/3, the QUIC transport from RFC 9000, so you don't get head-of-line blocking "
     "between streams. For the dashboards I'd put materialized views over the main aggregates and a BI "
     "Engine reservation in front. Old partitions move to long-term storage pricing after ninety days "
     "without changes, so we just avoid rewriting them.",
     [], ["it runs over HTTP/3, the QUIC transport from RFC 9000"],
     "Misattributed standard: the Storage Write API is a gRPC API over HTTP/2, not HTTP/3/QUIC (RFC 9000). "
     "Peripheral to an otherwise right design, so adequate."),
    (5, "honest", "adequate",
     "I'd use the Storage Write API for ingestion. I know it replaced insertAll as the recommended path and "
     "it's cheaper, though I'd need to look up the actual per-GiB prices to do the cost model properly. "
     "Tables partitioned by day. For dashboards, materialized views on the main aggregates, and maybe BI "
     "Engine, but I haven't sized a BI Engine reservation before so I'd read up on how that's priced. For "
     "the long history, I know BigQuery drops the storage price for data that hasn't been touched for ninety "
     "days, so there's no need to export it.",
     [], [],
     "Honest about prices and BI Engine sizing; choices right but thin, so adequate."),
    (5, "offtopic", "weak",
     "For two billion events a day I'd start with Kafka as the backbone: maybe 48 partitions per topic, "
     "replication factor three, min.insync.replicas of two, and producers with idempotence turned on. "
     "Consumers in a group, scaled to the partition count, with lag monitored through Burrow or a "
     "consumer-lag exporter. Schemas in a registry with backward compatibility enforced, so producers can't "
     "break consumers. Then each team owns its topics and publishes a data contract.",
     [], [],
     "Fluent but about Kafka, never addresses BigQuery ingestion, serving or storage cost."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in A:
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
