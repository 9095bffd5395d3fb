#!/usr/bin/env python3
"""Build prometheus-cardinality_answers.jsonl: 30 labelled answers for the Prometheus gauntlet."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "prometheus-cardinality_answers.jsonl")

# Common Weak Answer quotes (verbatim from prometheus-cardinality.txt)
Q1_RAM = "Give the server more memory; RAM is cheap."
Q2_DISK = "Disk is cheap, so just set retention to two years and buy a bigger volume."
Q3_AVG = "Record the p99 per pod in a recording rule and average those in the dashboard."
Q4_MORE = "We can't drop infrastructure alerts; the more we alert on, the safer we are."
Q5_FED = "Just federate all 40 servers into one big global Prometheus."

# (round, answer, band, kind, pattern_quotes, false_claims, note)
ANSWERS = [
    # ---------------- Round 1: cardinality / OOM ----------------
    (1,
     "OK so, memory doubling with nothing changed on the box, my money's on a cardinality blow-up. "
     "What eats Prometheus RAM is how many active series sit in the head, so I'd graph prometheus_tsdb_head_series "
     "for the last couple of weeks, see when it jumped, and match that against deploys. To find who did it I'd open "
     "the TSDB status page, it ranks metric names by series count and labels by how many values they carry. "
     "Usually it's something like a user_id label, or a path label with order IDs baked into it, and if it's on a "
     "histogram it's way worse since every bucket is its own series. Short term, drop that label with metric "
     "relabelling on the job and put a sample_limit on it, so a bad target just fails its own scrape instead of "
     "killing the server. Long term the code gets fixed: route templates, not raw paths, and user-level detail "
     "goes into logs or traces. Plus an alert on series growth.",
     "strong", "strong", [], [],
     "Correct and covers the substance: active series drive memory, head_series to confirm, TSDB status to find the "
     "metric/label, histogram multiplication, relabel + sample_limit as guardrails, instrumentation fix, growth alert."),
    (1,
     "I'd assume it's cardinality first. Somebody probably added a label with lots of unique values, like a customer "
     "ID or a full URL, and since each distinct label combination is its own series, the series count exploded. I'd "
     "look at the TSDB status page to see which metric has the most series, find the team that owns it, and get them "
     "to remove the label. Then restart Prometheus and watch memory come back down.",
     "adequate", "adequate", [], [],
     "Core diagnosis is right (cardinality, each label combination is a series, TSDB status page) but no scrape-time "
     "guardrails (relabel drop, sample_limit), no histogram multiplication, no alerting on growth."),
    (1,
     "Honestly, I'd just bump the instance size. We're talking about going from, what, 32 to 64 gigs? That's a few "
     "hundred bucks a month, way cheaper than having engineers burn a week chasing down metrics. Prometheus keeps its "
     "working set in memory, that's how it's designed, so if usage doubled it just needs more room. I'd resize it, "
     "set a memory alert at like 80 percent, and move on to more valuable work.",
     "weak", "pattern", [Q1_RAM], [],
     "Acts out the 'more memory' weak answer: treats an unbounded cardinality growth as a sizing problem and never "
     "looks for the cause."),
    (1,
     "This is almost always cardinality. The CNCF observability survey last year found that 70 percent of Prometheus "
     "outages are caused by label explosions, so that's where I'd look first. I'd check prometheus_tsdb_head_series "
     "to see when it started climbing, then use the TSDB status page to find which metric and which label have the "
     "most series. Typically it's a request path with IDs in it, or a user label. I'd drop the label with "
     "metric_relabel_configs right away, add a sample_limit on that job, and then get the service owners to fix the "
     "instrumentation properly so the path becomes a route template.",
     "adequate", "bluff",
     [], ["The CNCF observability survey last year found that 70 percent of Prometheus outages are caused by label explosions"],
     "Bluff (invented statistic): no such CNCF survey figure exists. The claim is a side justification; the "
     "diagnosis and fixes are otherwise correct, so capped at adequate."),
    (1,
     "My instinct is it's a cardinality problem: a new label with a ton of unique values, and every combination is a "
     "separate series. I know there's a built-in page or API that breaks series counts down by metric name and by "
     "label, but I honestly don't remember the exact endpoint, I'd have to look it up. Same with the scrape-level "
     "setting that caps how many samples a target can return, I know it exists, but I'd check its name and exactly "
     "what happens when it trips. Once I'd found the metric I'd drop the offending label at scrape time and get it "
     "fixed in the code.",
     "adequate", "honest", [], [],
     "Honest about not remembering the endpoint and the sample_limit name/behaviour; the core (cardinality, find by "
     "metric/label, drop at scrape time, fix instrumentation) is right, so adequate."),
    (1,
     "So, the things that come to mind: cardinality, active series, the head block, prometheus_tsdb_head_series, the "
     "TSDB status page, topk with count by name, promtool tsdb analyze, metric_relabel_configs, labeldrop, "
     "sample_limit, label_limit, histogram buckets, unbounded labels, user IDs, URL paths, route templates, logs and "
     "traces instead. Yeah, those are the areas.",
     "weak", "list", [], [],
     "Only names the right terms without saying how any of them finds or fixes the problem."),

    # ---------------- Round 2: scrape interval, TSDB, retention ----------------
    (2,
     "So six times the scrape frequency means six times the data. Say we've got a million series: at 30 seconds "
     "that's roughly 33k samples a second, at 5 it's 200k. Prometheus compresses to about a byte or two per sample, "
     "call it one and a half, so we land around 26 gigs a day, which over two years is something like 19 terabytes "
     "on one box. How it's stored: samples land in the in-memory head and in the WAL for crash recovery, the head "
     "gets cut into two-hour blocks on disk, and the compactor merges those into bigger ones later. Retention "
     "defaults to 15 days; you change it with the retention.time flag or cap by size with retention.size. It drops "
     "whole blocks, so you'll see data a bit older than the setting. And the real issue is that's one unreplicated "
     "disk. I'd keep a few weeks locally, ship the rest to remote storage, and only scrape at 5 seconds where someone "
     "actually needs it.",
     "strong", "strong", [], [],
     "Correct sizing arithmetic, head/WAL/2h blocks/compaction, 15-day default, time and size retention, whole-block "
     "deletion, single-node durability, and pushes back on the interval."),
    (2,
     "I mean, storage is the cheapest thing in the whole stack. You set the retention time flag to 730 days, attach "
     "a big EBS volume, a few terabytes, fine, gp3 is cheap, and you're done. Prometheus compresses really well so "
     "it's not even that much data. I wouldn't overthink it; it's fewer moving parts than bolting on some external "
     "storage system. If the disk fills up we grow the volume.",
     "weak", "pattern", [Q2_DISK], [],
     "Acts out the 'disk is cheap' weak answer: ignores that local storage is a single unreplicated node and says "
     "nothing about how the TSDB or retention works."),
    (2,
     "Scraping every five seconds is six times the sample volume, so disk grows sixfold. The way the TSDB works, the "
     "head block keeps the last 24 hours of samples in memory, with a write-ahead log behind it for crash safety, and "
     "then it's flushed into an immutable block and compacted into larger blocks over time. Retention is controlled "
     "by storage.tsdb.retention.time, default 15 days, and you can also cap it by size. At one to two bytes per "
     "sample, a million series at 5 seconds is roughly 20-plus gigabytes a day, so two years is many terabytes on one "
     "node with no replication. I'd keep local retention short and push long-term data to something like Thanos or "
     "Mimir.",
     "adequate", "bluff",
     [], ["the head block keeps the last 24 hours of samples in memory"],
     "Bluff (contradicted duration): the head covers only about two to three hours and is cut into two-hour blocks, "
     "not 24 hours. Side detail in an otherwise correct sizing and retention answer, so capped at adequate."),
    (2,
     "Retention is actually pretty precise in Prometheus. It works sample by sample: every time compaction runs, it "
     "trims off whatever points have crossed the cutoff, so the disk never holds anything older than the window you "
     "configured. That makes sizing easy, you just multiply samples per second by bytes per sample by the retention "
     "period, and that's exactly what you'll use. For two years at a five-second interval I'd calculate that figure, "
     "provision the volume to match, and let the retention logic keep it trimmed to size.",
     "weak", "bluff",
     [], ["It works sample by sample: every time compaction runs, it trims off whatever points have crossed the cutoff, so the disk never holds anything older than the window you configured."],
     "Bluff (wrong mechanism in plain words, also a false absolute): retention deletes whole blocks only once they "
     "lie entirely outside the window, so older data does remain. The claim is the centre of the answer, which also "
     "misses single-node durability, so weak."),
    (2,
     "Six times more samples, basically. I think the default retention is 30 days, but I'd double-check that before "
     "quoting it. Either way you set it with the retention time flag, and there's a size-based limit too. Samples "
     "compress down to a byte or two each, so two years of five-second data for a big fleet ends up in the tens of "
     "terabytes. The head lives in memory with a WAL, gets written out as blocks, and old blocks get deleted. I'd not "
     "keep two years on local disk since it isn't replicated; I'd use remote storage for the long tail.",
     "adequate", "hedged",
     [], ["I think the default retention is 30 days"],
     "Hedged wrong default (it is 15 days) stated with an explicit hedge, so not a bluff. The rest is correct but thin "
     "on compaction and block-level deletion: adequate."),
    (2,
     "For retention I'd lean on index lifecycle management. You define hot, warm and cold phases, roll the index over "
     "when it hits 50 gigs or a day old, shrink and force-merge it in the warm phase, move it to cheaper nodes, and "
     "delete it after the retention period. Snapshots go to S3 for anything that has to be kept longer for "
     "compliance. That keeps the shard count sane and the hot tier small, which is what usually kills logging "
     "clusters.",
     "weak", "offtopic", [], [],
     "Fluent but about Elasticsearch index lifecycle management for logs, not Prometheus scraping or TSDB retention."),

    # ---------------- Round 3: recording rules / slow dashboard ----------------
    (3,
     "The dashboard's doing way too much work on every load, so I'd move it to recording rules. Precompute the "
     "expensive part on a schedule, basically the per-service rate of the histogram buckets, and have the panel read "
     "the precomputed series instead of crunching 2,000 pods' raw data every refresh. That should take it from tens "
     "of seconds to well under a second. I'd also cut the dashboard's default time range down; nobody needs 30 days "
     "on the landing view.",
     "adequate", "adequate", [], [],
     "Right core fix (recording rule over per-service bucket rates) but misses why le must be kept and quantiles "
     "can't be averaged, rule group behaviour, and that new rules only record going forward."),
    (3,
     "Easy win: a recording rule that calculates histogram_quantile 0.99 for each pod, every minute. That's a single "
     "number per pod, so it's tiny. Then the dashboard just does avg by service over those per-pod p99 series, that "
     "gives you the service p99, and it loads instantly because it's only 2,000 series. You can even reuse the "
     "per-pod p99 for alerting on individual bad pods.",
     "weak", "pattern", [Q3_AVG],
     ["the dashboard just does avg by service over those per-pod p99 series, that gives you the service p99"],
     "Acts out the 'average per-pod p99' weak answer; averaging quantiles does not give the service quantile, so the "
     "false wording is listed."),
    (3,
     "I'd fix it with recording rules. Record sum by service and le of the rate over the bucket series, plus the sum "
     "and count, and then the panel runs histogram_quantile on that much smaller set. You keep the le label so the "
     "buckets can still be aggregated further, because you can't average percentiles. The nice part is that as soon "
     "as you load a new recording rule, it gets evaluated over all the history already on disk, so the new series is "
     "there for the whole range right away and nobody has to wait. I'd put related rules in one group and name them "
     "with the level:metric:operations convention.",
     "adequate", "bluff",
     [], ["as soon as you load a new recording rule, it gets evaluated over all the history already on disk, so the new series is there for the whole range right away"],
     "Bluff (wrong mechanism in plain words): recording rules only produce data from the moment they are loaded; "
     "history needs an explicit backfill with promtool. The recording-rule design itself is right, so adequate."),
    (3,
     "So I'd use recording rules, but be careful about what I record. Not the p99 itself, since you can't combine "
     "quantiles afterwards, but the per-service bucket rates, keeping the le label, plus sum and count. Then the "
     "dashboard takes the quantile over a few hundred series instead of all the per-pod buckets. Rules in one group "
     "run in order and groups in parallel, so dependent rules live together. One thing I'm unsure of: whether there's "
     "a tool to backfill a new rule over old data. I believe promtool has something for that, but I'd need to look up "
     "the exact command. Without it, the recorded series only exists from when the rule starts. I'd also check which "
     "query limit the server is hitting, I don't remember the default max-samples value offhand, and trim the "
     "dashboard's default range.",
     "strong", "honest", [], [],
     "Honest about the backfill command and the max-samples default, yet covers the substance correctly: record "
     "bucket rates with le, quantiles don't aggregate, group semantics, forward-only data, query limits. Strong."),
    (3,
     "Recording rules, histogram_quantile, the le label, sum by service, rate over five minutes, the "
     "level:metric:operations naming, rule groups, evaluation interval, query.max-samples, the query timeout, promtool "
     "backfill, step size, Grafana caching. Those are the pieces I'd reach for, pretty much in that order of "
     "importance, for making the dashboard fast.",
     "weak", "list", [], [],
     "Names the right terms but says nothing about what to record, why le matters, or why quantiles can't be "
     "averaged."),
    (3,
     "Recording rules are the answer. I'd precompute sum by service and le of the bucket rates, and have the "
     "dashboard apply histogram_quantile on top; recording the quantile itself would be wrong, since percentiles don't "
     "aggregate. The query is probably hitting the max-samples limit. I think the default is around 5 million "
     "samples, though I'd want to check that. Rules only start producing data once they're loaded, so for the old "
     "range you either backfill or wait. And I'd lower the default range on the dashboard.",
     "adequate", "hedged",
     [], ["I think the default is around 5 million samples"],
     "Hedged wrong number: --query.max-samples defaults to 50 million. Explicitly hedged, so not a bluff; the rest is "
     "correct but brief, adequate."),

    # ---------------- Round 4: burn-rate vs cause-based alerting ----------------
    (4,
     "I'd back the direction but not the 'delete everything' part. Pages should be about user pain, and error-budget "
     "burn rate is the best signal for that, with two windows so it's both fast and doesn't flap. For a 30-day 99.9 "
     "target, the workbook numbers are a 14.4 burn over an hour checked against the last five minutes, and a burn of "
     "6 over six hours against half an hour; slower burns go to a ticket queue. What burn rate misses is stuff that's "
     "fine until it suddenly isn't: a volume trending to full, a cert about to expire, backups silently failing, a "
     "cluster down to its last replica. Those stay, mostly as tickets. Quiet services need synthetic checks, since a "
     "few requests make burn rates jumpy. And add an always-firing heartbeat alert to an external dead man's switch, "
     "because if Prometheus dies every burn-rate alert goes quiet with it. Then fix grouping and inhibition in "
     "Alertmanager so one incident pages once.",
     "strong", "strong", [], [],
     "Correct burn-rate thresholds and windows, names the gaps (saturation/expiry, low traffic, monitoring the "
     "monitoring), moves rather than deletes, and fixes Alertmanager grouping."),
    (4,
     "Partly reasonable. Forty pages a week means people are going to start ignoring them, so moving paging to "
     "SLO-based, user-facing symptoms makes sense: errors and latency that customers actually feel. But I wouldn't "
     "delete everything cause-based; a disk filling up is the classic case where nothing's wrong for users until the "
     "database falls over. I'd keep a small set of those as lower-urgency notifications and get rid of the rest.",
     "adequate", "adequate", [], [],
     "Right judgement (symptom paging, keep some cause alerts as lower urgency) but no burn-rate mechanics, no "
     "low-traffic gap, no dead man's switch."),
    (4,
     "I'd push back hard on that. CPU, memory, restarts, those are early warnings. If we only page on burn rate we're "
     "waiting until customers are already hurting. I'd rather be woken up forty times and have it be nothing "
     "thirty-nine times than miss the one that mattered. More coverage is more safety. If the pages are annoying, "
     "on-call can ack them quickly, that's what the runbooks are for.",
     "weak", "pattern", [Q4_MORE], [],
     "Acts out 'the more we alert on, the safer we are': defends alert fatigue and ignores that ignored pages are the "
     "real risk."),
    (4,
     "Mostly yes. The nice part is Alertmanager has SLO burn-rate alerting built in: you give it the objective, say "
     "99.9 over 30 days, and it works out the fast and slow windows and the thresholds by itself, so there are no "
     "PromQL expressions to maintain. So the plan is: define the objectives per service in Alertmanager, route those "
     "burn alerts to the pager, and downgrade the disk and certificate alerts to tickets instead of deleting them. "
     "That should take us from forty pages to a handful.",
     "weak", "bluff",
     [], ["Alertmanager has SLO burn-rate alerting built in: you give it the objective, say 99.9 over 30 days, and it works out the fast and slow windows and the thresholds by itself"],
     "Bluff (feature credited to the wrong product): Alertmanager only routes, groups, inhibits and silences alerts; "
     "burn-rate expressions are PromQL alerting rules evaluated by Prometheus (or generated by tools like Sloth or "
     "Pyrra). The whole plan rests on it, so weak."),
    (4,
     "I agree with paging on symptoms; burn rate is a better page than CPU. I know the recommended setup uses two "
     "windows, a long one and a short one, with a high burn threshold for fast pages and a lower one for slower burns, "
     "but I don't remember the exact multipliers from the SRE workbook, I'd look them up rather than guess. Where I'd "
     "disagree is deleting everything: a disk filling up or a certificate expiring won't show in the error budget "
     "until it's an outage, so those stay, maybe as tickets.",
     "adequate", "honest", [], [],
     "Honest about the exact burn-rate multipliers; correct on multiwindow structure and on keeping budget-invisible "
     "cause alerts. Misses monitoring the monitoring and low-traffic services: adequate."),
    (4,
     "The way I'd fix it is the incident process. Every page gets its own incident channel, an incident commander is "
     "assigned, we post status updates every 30 minutes, and afterwards there's a blameless postmortem with action "
     "items tracked in Jira. Rotations should be a week long with a secondary, and follow-the-sun if we have teams in "
     "several time zones. Paying people for on-call time matters a lot for morale too.",
     "weak", "offtopic", [], [],
     "Fluent but about incident management and on-call rotations, not about which alerts should page."),

    # ---------------- Round 5: HA, global view, long-term storage ----------------
    (5,
     "Three problems: HA, a global view, and long retention. For HA, Prometheus doesn't cluster, so each server "
     "runs as two twin copies that scrape exactly the same targets, distinguished by a replica external label, both "
     "firing into a clustered Alertmanager that dedups notifications. To get one query view plus 13 months, I'd pick "
     "between two designs. Thanos: a sidecar next to each Prometheus ships every finished block to S3 or GCS, store "
     "gateways serve the bucket, and the query layer merges everything and drops duplicates using the replica label; "
     "its compactor adds 5-minute and 1-hour downsampled data so year-scale graphs stay fast. Or remote write into "
     "Mimir, which is push-based, horizontally scalable and has per-tenant limits. Mimir if we want a central "
     "platform team with quotas, Thanos if we want to touch the existing servers least. Whichever we choose, alert "
     "rules stay on the regional servers so if the central tier goes down the pages still fire, and I'd enforce series "
     "limits per team.",
     "strong", "strong", [], [],
     "Correct HA pairs with replica label and clustered Alertmanager, both long-term designs with dedup and "
     "downsampling, a decision criterion, local alerting and tenant limits."),
    (5,
     "I'd bring in Thanos. Every Prometheus gets a sidecar that uploads its blocks to object storage, and a querier "
     "gives a single global view across all 40 servers. Object storage is cheap and durable, so 13 months is no "
     "problem, and the compactor can downsample the old data. Local retention can then drop to a couple of weeks.",
     "adequate", "adequate", [], [],
     "Correct Thanos outline (sidecar, object storage, querier, compactor) but does not address HA pairs and "
     "deduplication, so a dying server still loses data; nothing on where alerting runs."),
    (5,
     "I'd keep it simple with federation. Stand up one global Prometheus, have it scrape the /federate endpoint on "
     "each of the 40 regional servers with a match on everything, and give that global box a big disk with 13 months "
     "of retention. Then Grafana points at one data source and everyone gets the global view. No new components to "
     "learn, it's all just Prometheus.",
     "weak", "pattern", [Q5_FED], [],
     "Acts out 'federate everything into one global Prometheus': recreates single-node limits and a single point of "
     "failure."),
    (5,
     "I'd go with remote write into Grafana Mimir. Each regional Prometheus pushes samples out of its WAL to Mimir, "
     "which is horizontally scalable and multi-tenant and keeps its blocks in object storage for the 13 months. The "
     "protocol is solid too: remote write is an IETF standard, RFC 8878, so any receiver that implements it behaves "
     "the same. For HA I'd run the Prometheus servers in pairs and let Mimir deduplicate each pair using the cluster "
     "and replica labels. Alerting I'd keep on the regional servers so it doesn't depend on the central system.",
     "adequate", "bluff",
     [], ["remote write is an IETF standard, RFC 8878"],
     "Bluff (misattributed RFC): remote write is specified by the Prometheus project, not the IETF; RFC 8878 is "
     "Zstandard compression. Side claim in an otherwise sound design, so adequate."),
    (5,
     "My plan: every region runs its Prometheus servers as HA pairs and remote-writes to a central VictoriaMetrics or "
     "Mimir cluster that keeps the 13 months. Remote write tails the WAL, so if the receiver is down Prometheus "
     "catches up afterwards, as long as the outage is shorter than what the WAL holds, a couple of hours. The retry "
     "behaviour is what makes it safe: if the receiver answers with a 400 Bad Request, Prometheus keeps retrying that "
     "batch with backoff until it's accepted, and it only gives up and drops samples on a 5xx. I'd alert on remote "
     "write lag and on dropped samples, and keep the alert rules running locally.",
     "adequate", "bluff",
     [], ["if the receiver answers with a 400 Bad Request, Prometheus keeps retrying that batch with backoff until it's accepted, and it only gives up and drops samples on a 5xx"],
     "Bluff (wrong status codes): it is the reverse; 5xx responses are retried with backoff and 4xx responses other "
     "than 429 are not retried, the batch is dropped. Side detail in a sound design, so adequate."),
    (5,
     "Honestly I haven't run Prometheus at that scale. I know the usual answer involves something like Thanos or "
     "Cortex that puts the data in object storage and gives you one query endpoint, but I couldn't tell you how the "
     "components fit together, or how they deal with duplicate data from replicas, without reading up on it first. "
     "I'd start with their docs and talk to teams who run it.",
     "weak", "honest", [], [],
     "Honest and not a bluff, but names only the product category; no HA, dedup, retention or alerting design, so weak."),
]


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, answer, band, kind, pq, fc, note in ANSWERS:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "prom-r%d-%02d" % (rnd, counters[rnd]),
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
    print("wrote %d answers to %s" % (len(ANSWERS), OUT))


if __name__ == "__main__":
    main()
