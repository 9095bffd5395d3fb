#!/usr/bin/env python3
"""Build lsm-rocksdb_answers.jsonl: 30 labelled candidate answers for the
gauntlet lsm-rocksdb.txt (6 per round). Run: python3 build_answers.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "lsm-rocksdb_answers.jsonl")


def rec(rid, rnd, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    return {
        "id": rid,
        "round": rnd,
        "answer": answer,
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    }


ANSWERS = [
    # ---------------- Round 1: write path, memtable, WAL, durability ----------------
    rec("lsm-r1-01", 1,
        "So, um, the nice thing about RocksDB is the write-ahead log. Every Put gets appended to the "
        "log first, then it goes into the memtable, and later that gets flushed out to an SST file. "
        "And because the log is there, once Put comes back to you, you know it's on disk. If the "
        "machine loses power a second later, you just replay the log on startup and nothing's lost. "
        "That's basically the whole durability story, the WAL means you don't really have to think about it.",
        "weak", "pattern",
        ["Once Put returns, the write is on disk because of the WAL."],
        ["once Put comes back to you, you know it's on disk",
         "you just replay the log on startup and nothing's lost"],
        "Acts out the 'WAL means durable on return' weak answer. With the default sync=false the WAL "
        "record is only in the OS page cache, so a power loss can drop it; misconception listed in false_claims."),
    rec("lsm-r1-02", 1,
        "OK so for a Put, first thing, RocksDB appends the record to the log, and then the key goes "
        "into the active memtable, an in-memory skiplist unless you configure something else. That's "
        "all the foreground does, nothing sorted on disk gets rewritten, which is why writes are cheap. "
        "When the memtable fills up, 64 megs by default, it's switched to read-only, a fresh one takes "
        "new writes, and a background thread flushes the old one into a level-zero SST; after that the "
        "log segment isn't needed any more. Compaction then merges L0 down into the lower levels. Now "
        "durability, and this bites people: sync is false by default, so the log record sits in the "
        "kernel's page cache. If our process dies we're fine, but a power cut or kernel panic can lose "
        "the last writes. If that matters, you turn on sync for those writes, and concurrent writers are "
        "batched so one fsync covers the group. Turning the WAL off is only OK if you can regenerate the data.",
        "strong", "strong", [], [],
        "Covers WAL then memtable, 64 MB write_buffer_size default, immutable memtable flush to L0, WAL "
        "obsolescence, compaction, sync=false default and what it survives, group commit, disableWAL."),
    rec("lsm-r1-03", 1,
        "Sure. A write goes into the WAL and into the memtable, and the memtable's a skiplist in memory. "
        "The memtable is flushed once it hits write_buffer_size, which is 4 megabytes by default, so out "
        "of the box you're flushing lots of small L0 files and most people bump it. The flush produces an "
        "SST in level zero and compaction merges those down. On durability, the WAL isn't fsynced unless "
        "you set sync to true in the write options, so by default you're protected against the process "
        "crashing but not against the box losing power. On restart RocksDB replays the log into a memtable.",
        "adequate", "bluff", [],
        ["which is 4 megabytes by default"],
        "BLUFF (contradicted default): RocksDB's write_buffer_size default is 64 MB; 4 MB is LevelDB's "
        "default. Stated confidently; the rest (write path, sync=false semantics) is right, claim is "
        "peripheral, so capped at adequate."),
    rec("lsm-r1-04", 1,
        "Let me be upfront about what I'm sure of. The write is appended to the write-ahead log and put "
        "into the memtable, and when the memtable is full it gets flushed to a level-zero SST file, and "
        "compaction takes it from there. What I honestly don't remember is the default for syncing the "
        "log. I believe RocksDB doesn't fsync every write by default, but I'd look up the WriteOptions "
        "default before promising anyone a write survives a power cut. I'd also need to look up the "
        "default memtable size; I know it's write_buffer_size but not the number.",
        "adequate", "honest", [], [],
        "Honest: says plainly it would look up the sync default and the memtable size; the write path "
        "it does state is correct. Missing durability specifics, so adequate."),
    rec("lsm-r1-05", 1,
        "Um, so the pieces: write-ahead log, memtable, skiplist, immutable memtable, write_buffer_size, "
        "flush, level zero, SST files, compaction, MANIFEST, sequence numbers, fsync, WriteOptions sync, "
        "group commit, disableWAL, recovery modes. Yeah, those are the components between calling Put and "
        "the data ending up in SST files, and durability is about the sync part.",
        "weak", "list", [], [],
        "List: names the right terms but says nothing about how they work or what is durable when."),
    rec("lsm-r1-06", 1,
        "So the Put lands in the write-ahead log and then the memtable. When the memtable's full it becomes "
        "immutable and gets flushed to an L0 file in the background, and compaction moves data down from "
        "there. I think the default memtable size is 256 megabytes, but I'd double-check that in the "
        "options header. For durability, the log isn't fsynced on every write unless you ask for sync, so a "
        "power loss can drop the tail of recent writes, whereas a plain process crash doesn't.",
        "adequate", "hedged", [],
        ["I think the default memtable size is 256 megabytes"],
        "Hedged: wrong number (default write_buffer_size is 64 MB; 256 MB is max_bytes_for_level_base) "
        "with an explicit hedge, so not a bluff. Write path and durability core are right: adequate."),

    # ---------------- Round 2: leveled vs universal, amplification ----------------
    rec("lsm-r2-01", 2,
        "Honestly I'd just go with universal. Leveled compaction keeps rewriting the same data over and "
        "over as it moves down the levels, and universal doesn't do that nearly as much, so you get less "
        "disk traffic and the SSDs last longer. I don't really see a downside. Fewer writes is better for "
        "a write-heavy service, so I'd flip the compaction style and move on.",
        "weak", "pattern",
        ["Universal compaction is just better because it writes less."],
        ["I don't really see a downside"],
        "Acts out 'universal is just better': ignores read amplification from more sorted runs and the "
        "space needed for a full compaction."),
    rec("lsm-r2-02", 2,
        "I'd frame it as three costs you trade against each other. Write amp: how many bytes actually hit "
        "the device for each byte we write. Read amp: how many files or blocks a lookup has to probe. Space "
        "amp: disk used versus live data. With leveled, below L0 every level is a single sorted run and each "
        "one's ten times the size of the previous, so data gets rewritten about ten times per level on its "
        "way down; you typically land somewhere between ten and thirty times overall. But reads only check "
        "one file per level, and nearly all the data lives in the bottom level, so there's only around ten "
        "percent overhead on disk. Universal is the tiered approach: it merges sorted runs that are similar "
        "in size, so far fewer rewrites, but a lookup may have to probe many runs, and when it does a full "
        "merge it writes the whole new copy before deleting the old, so you need roughly as much free space "
        "as data. I'd only switch if we're write-bound or burning SSD endurance, and have the disk headroom.",
        "strong", "strong", [], [],
        "Defines all three amplifications, explains the 10x fanout and resulting write amp, low read and "
        "space amp for leveled, tiered merging and its read and temporary-space cost, and when to switch."),
    rec("lsm-r2-03", 2,
        "Leveled is what you get by default, and the main thing is each level's about ten times bigger than "
        "the last, so a key gets merged again every time it moves down a level. That's where the write "
        "amplification comes from. Reads are cheap because past level zero there's at most one file per "
        "level to look in. Universal does fewer, bigger merges of sorted runs, so you write less overall, "
        "but reads may have to look at more runs. I'd probably benchmark both with our real workload before switching.",
        "adequate", "adequate", [], [],
        "Core right (fanout, write amp, read amp for both) but misses space amplification and the free "
        "disk a full universal compaction needs, which is the main risk of switching."),
    rec("lsm-r2-04", 2,
        "The trade-off's the classic one. Leveled rewrites data roughly the fanout, ten, at each level, so "
        "you get write amplification in the tens, but reads are cheap and space overhead is small since most "
        "data sits in the last level. Universal merges similarly sized runs, so it writes a lot less, at the "
        "price of more runs to read and needing a lot of free disk for full compactions. Whichever you pick, "
        "put Zstandard on the bottommost level, it's an IETF standard, RFC 7932, because it squeezes space "
        "amplification further than Snappy or LZ4.",
        "adequate", "bluff", [],
        ["it's an IETF standard, RFC 7932"],
        "BLUFF (misattributed RFC number): RFC 7932 is Brotli; Zstandard is RFC 8878 (earlier RFC 8478). "
        "The compaction trade-off is right and the claim is peripheral, so capped at adequate."),
    rec("lsm-r2-05", 2,
        "So I'd actually push for universal here. Leveled compaction's write amplification is high because "
        "every level is ten times the previous one and data gets rewritten at each step. Universal only ever "
        "merges a handful of similarly sized runs together and never rewrites the whole data set in one go, "
        "so it needs less spare disk than leveled as well as writing less. The only real cost is reads "
        "probing a few more runs, and bloom filters take care of most of that for point lookups.",
        "weak", "bluff", [],
        ["never rewrites the whole data set in one go, so it needs less spare disk than leveled"],
        "BLUFF (mechanism, plain words): universal compaction does full compactions that rewrite all data "
        "and need room for a second copy; its space amplification is higher than leveled, not lower. The "
        "false claim is the centre of the recommendation, so weak."),
    rec("lsm-r2-06", 2,
        "So with PostgreSQL what you'd really tune is autovacuum. Heap tables accumulate dead tuples from "
        "updates, and if autovacuum can't keep up you get bloat, so I'd lower autovacuum_vacuum_scale_factor "
        "on the big tables, raise the cost limit so it works faster, and watch for long-running transactions "
        "that hold back the xmin horizon. A fillfactor below 100 also helps, because it leaves room for HOT "
        "updates on the same page.",
        "weak", "offtopic", [], [],
        "Off-topic: fluent PostgreSQL vacuum tuning, nothing about LSM compaction styles or amplification."),

    # ---------------- Round 3: bloom filters and block cache under a memory budget ----------------
    rec("lsm-r3-01", 3,
        "Memory's the lever here, so I'd give RocksDB pretty much all of it: set the block cache to something "
        "like sixty gigs out of the sixty-four and let it cache as many data blocks as it can. The more of the "
        "two terabytes we keep in RAM, the fewer disk reads we do, and the p99 comes down. Bloom filters are on "
        "by default anyway, so I wouldn't touch them.",
        "weak", "pattern",
        ["Just make the block cache as big as possible, like 60 of the 64 GB."],
        ["Bloom filters are on by default anyway"],
        "Acts out the 'give the block cache all the RAM' weak answer; also wrong that filters are on by "
        "default (BlockBasedTableOptions.filter_policy is null unless set)."),
    rec("lsm-r3-02", 3,
        "Two terabytes won't fit in sixty-four gigs, so what I want is: finding a key should need no more than "
        "a single disk read for its data block, and a miss ideally none. Misses are what filters are for. RocksDB doesn't build them "
        "unless you configure a filter policy; a Bloom filter at ten bits per key is around a one percent "
        "false-positive rate, so a missing key gets rejected at nearly every file without touching data. The "
        "cost is a bit over a byte per key, so I'd count keys first, since a few billion keys is several "
        "gigabytes of filter. Ribbon filters get the same accuracy for roughly thirty percent less memory, "
        "traded for more CPU during flush and compaction. I would not use the option that skips filters on "
        "the last level, because half our lookups are misses and they'd then go to disk. Then I'd have index "
        "and filter blocks live in the block cache with high priority so memory is bounded, pin the L0 ones, and "
        "partition them. Block cache maybe a third of RAM, the rest for page cache, memtables and compaction. "
        "And I'd confirm with the bloom-useful counter and cache hit rates.",
        "strong", "strong", [], [],
        "Memory arithmetic, filter_policy not on by default, 10 bits/key ~1% FP, Ribbon ~30% saving, "
        "rejects optimize_filters_for_hits for a miss-heavy workload, index/filter in cache, pinning, "
        "partitioning, RAM split and verification."),
    rec("lsm-r3-03", 3,
        "The missing-key lookups are the obvious target. Turn on a bloom filter; ten bits per key is the usual "
        "setting and gets you roughly one percent false positives, so most misses never read a data block. For "
        "the block cache, I'd size it at a good chunk of RAM but not all of it, since the OS page cache also "
        "helps. That should bring the p99 down a lot, and then I'd measure hit rates.",
        "adequate", "adequate", [], [],
        "Core right (bloom filter for misses, 10 bits/key ~1%, cache not all RAM) but no filter memory "
        "arithmetic, no accounting of index/filter blocks, nothing on which filter options suit misses."),
    rec("lsm-r3-04", 3,
        "Half the lookups are misses, so filters matter most. A standard Bloom filter at ten bits per key gives "
        "about one percent false positives. If filter memory gets tight, I'd switch to the Ribbon filter, Google "
        "added it to LevelDB originally and RocksDB picked it up later, which saves around thirty percent of "
        "filter memory for the same false-positive rate. I'd also put index and filter blocks into the block "
        "cache so memory is bounded, give the cache a fixed share of RAM and leave the rest to the page cache, "
        "and watch the filter-useful and cache-hit statistics.",
        "adequate", "bluff", [],
        ["Google added it to LevelDB originally and RocksDB picked it up later"],
        "BLUFF (feature credited to the wrong product): the Ribbon filter was developed for RocksDB at "
        "Facebook (added in RocksDB 6.15); LevelDB only ships a Bloom filter. Peripheral to an otherwise "
        "sound answer, so adequate."),
    rec("lsm-r3-05", 3,
        "So the main tools are filters and the cache, and there are a couple of numbers I'd look up rather "
        "than guess. Filters first: with half the lookups missing, a per-file filter lets RocksDB skip files "
        "without reading data blocks. I remember ten bits per key being the common setting, but I'd need to "
        "look up the exact false-positive rate it gives and how much the newer Ribbon filter saves. "
        "Memory-wise, I'd multiply bits per key by the key count to see what the filters cost, and I'd set the "
        "option that charges index and filter blocks to the block cache, so total memory stays capped, pinning "
        "the level-zero ones. I'd keep filters on the last level, because misses would otherwise go to disk. "
        "Then I'd split RAM between block cache, OS page cache and memtables and check the hit-rate "
        "statistics. I'm not sure of the default block cache size either, so I'd check it rather than rely on it.",
        "strong", "honest", [], [],
        "Honest and strong: says plainly it would look up the FP rate, the Ribbon saving and the default "
        "cache size, but gets the substance right: filter arithmetic, charging index/filter to the cache, "
        "pinning L0, keeping last-level filters for a miss-heavy workload, RAM split, verification."),
    rec("lsm-r3-06", 3,
        "Right, so the knobs I'd be looking at: bloom filters, bits per key, false positive rate, Ribbon "
        "filter, prefix extractor, block cache, LRU cache, HyperClockCache, block size, "
        "cache_index_and_filter_blocks, pin_l0_filter_and_index_blocks_in_cache, high-priority pool, "
        "partitioned index and filters, optimize_filters_for_hits, OS page cache, compression, and then the "
        "statistics and perf context. Those are the things that matter for reads here.",
        "weak", "list", [], [],
        "List: correct option names with no statement of what any of them does or how to size memory."),

    # ---------------- Round 4: tombstones, queue pattern, range deletes ----------------
    rec("lsm-r4-01", 4,
        "Yeah, I'd go with that. The slowness comes from the deleted entries hanging around, and a full "
        "compaction clears them all out, so running it every hour keeps the queue fast. It's a cron job and "
        "one API call, super low effort, and we can get on with other things. I don't think we need to "
        "overthink it.",
        "weak", "pattern",
        ["Sure, a full compaction every hour fixes it."],
        [],
        "Acts out accepting the hourly full compaction as the fix: no mention of rewriting the whole "
        "database each hour, tombstones returning, or the scan pattern."),
    rec("lsm-r4-02", 4,
        "It'd work, in the sense that compaction is what physically gets rid of tombstones, and the slowdown "
        "is almost certainly the dequeue iterator stepping over thousands of deleted keys at the front of the "
        "queue. But rewriting the whole database every hour costs a lot of I/O, and the deletes come back in "
        "between. I'd rather keep track of the last key we dequeued and start the seek there, so we stop "
        "walking over dead entries. It's a hack, not a fix.",
        "adequate", "adequate", [], [],
        "Core right (tombstones at the queue head, cost of hourly full compaction, seek from last key) but "
        "misses when tombstones are dropped, deletion-triggered compaction, SingleDelete and DeleteRange."),
    rec("lsm-r4-03", 4,
        "The issue is tombstones: a Delete writes a marker, not a removal. The good news is that a tombstone "
        "always gets thrown away the next time compaction touches its file, so they can never pile up for "
        "longer than one compaction cycle. That means the hourly full compaction is really just forcing what "
        "would happen anyway, and it's a perfectly good fix. I'd maybe make it every thirty minutes if the "
        "queue is busy.",
        "weak", "bluff", [],
        ["a tombstone always gets thrown away the next time compaction touches its file, so they can never pile up for longer than one compaction cycle"],
        "BLUFF (false absolute about the mechanism, plain words): a tombstone can only be dropped when "
        "compaction reaches a level with no older version of the key below it (usually the bottommost) and "
        "no snapshot needs it; until then it is carried down and keeps piling up. Central to the "
        "conclusion, so weak."),
    rec("lsm-r4-04", 4,
        "I'd push back a bit. Tombstones are the cause: deletes leave markers that reads have to skip until "
        "compaction carries them to the bottom level, and in a queue they all cluster at the head where every "
        "dequeue starts. Facebook's published numbers say tombstone scanning accounts for about seventy "
        "percent of slow reads in RocksDB deployments, so this is a well-known trap. Instead of full "
        "compactions, I'd use the deletion-triggered compaction collector so files dense in deletes get "
        "compacted on their own, seek from the last dequeued key, and use SingleDelete since each job key is "
        "written once.",
        "adequate", "bluff", [],
        ["Facebook's published numbers say tombstone scanning accounts for about seventy percent of slow reads in RocksDB deployments"],
        "BLUFF (invented statistic): no such published figure exists. The mechanism and fixes are right "
        "and the statistic is decoration, so capped at adequate."),
    rec("lsm-r4-05", 4,
        "I think it's a reasonable stopgap, but I'd want to fix the scan. What's happening, as far as I "
        "understand it, is the deletes leave tombstones at the front of the key range and the iterator has to "
        "step over all of them. What I'm not sure about is exactly when compaction is allowed to drop a "
        "tombstone. I believe it has to reach the bottom level, but I'd need to look that up, along with "
        "whether snapshots keep them around. I also know there's a range delete API, but I'd have to check how "
        "it behaves for reads before relying on it.",
        "adequate", "honest", [], [],
        "Honest: names what it would look up (when tombstones are dropped, snapshots, DeleteRange read "
        "cost); gets the cause and the stopgap judgement right. Adequate."),
    rec("lsm-r4-06", 4,
        "The slowdown's the tombstones. Deleting in RocksDB only writes a marker, and the dequeue iterator has "
        "to skip all of those at the head of the queue. I believe RocksDB holds tombstones for a grace period "
        "of about ten days by default before it's allowed to purge them, though I'd want to check that. So an "
        "hourly full compaction might not actually remove them. I'd look at seeking past the last processed "
        "key instead.",
        "weak", "hedged", [],
        ["I believe RocksDB holds tombstones for a grace period of about ten days by default before it's allowed to purge them"],
        "Hedged: RocksDB has no tombstone grace period (the ten days is Cassandra's gc_grace_seconds); "
        "stated with an explicit hedge, so not a bluff. Its conclusion follows from the wrong fact and "
        "little else is offered: weak."),

    # ---------------- Round 5: write stalls and tuning a write-heavy workload ----------------
    rec("lsm-r5-01", 5,
        "The log's literally telling us the problem: too many level-zero files. So I'd raise the slowdown and "
        "stop triggers way up, like a few hundred, and the stalls just stop happening. The defaults are "
        "conservative and we're on NVMe, so we can afford a lot more L0 files. Writes keep flowing, problem "
        "solved.",
        "weak", "pattern",
        ["Just raise level0_stop_writes_trigger really high so it never stalls."],
        ["the stalls just stop happening"],
        "Acts out raising the L0 triggers: removes backpressure without adding compaction capacity; reads "
        "slow down and the pending-compaction-bytes limit or a full disk stops writes later."),
    rec("lsm-r5-02", 5,
        "First thing I'd say is a stall is RocksDB protecting itself: flushes or compactions are behind, so it "
        "throttles the writers. So I want compaction to keep up, not to switch the brake off. It throttles for "
        "three reasons: unflushed memtables piling up; too many L0 files, twenty for the slowdown and "
        "thirty-six for the stop; or too much estimated compaction debt, 64 gigs soft and 256 hard. Once it's "
        "slowing you down, the write rate's capped at sixteen megs a second unless you've configured "
        "otherwise, which at our ingest is basically an outage. I'd read the stall counters in the cfstats "
        "property and the LOG, and check iostat. If the disks are already pegged, tuning thresholds won't help; "
        "we need more hardware or less write amp. Otherwise: bump background jobs well past the default of "
        "two, turn on subcompactions, bigger and more memtables for bursts, size L1 close to L0 so the "
        "L0-to-L1 merges stay cheap, lighter compression up top. If it's still write-bound, try universal or "
        "BlobDB for big values. Then alert on L0 count and pending bytes well before the limits, and load-test "
        "above peak.",
        "strong", "strong", [], [],
        "Stall as backpressure, all three triggers with correct defaults (20/36 L0, 64/256 GB), 16 MB/s "
        "delayed write rate, diagnosis before tuning, background jobs/subcompactions/memtables/L1 sizing/"
        "compression, universal/BlobDB, alerting and load testing."),
    rec("lsm-r5-03", 5,
        "The LOG says it's L0 files, so compaction from L0 into L1 isn't keeping up with flushes. I'd check the "
        "background thread count first. The default's only two jobs, which is low for this ingest, so I'd "
        "raise it, and enable subcompactions so the big L0 merge gets split across threads. Then check disk "
        "utilisation to make sure we're not already maxed out. And I'd keep an eye on the L0 file count on a "
        "dashboard going forward.",
        "adequate", "adequate", [], [],
        "Core right (L0 compaction behind, max_background_jobs default 2, subcompactions, check disk) but "
        "misses the other stall triggers, memtable sizing and alerting ahead of the thresholds."),
    rec("lsm-r5-04", 5,
        "A stall means flush and compaction are falling behind and RocksDB is slowing the writers down on "
        "purpose. The L0 slowdown trigger is twenty files and the stop is thirty-six, and there are also limits "
        "on memtable count and on pending compaction bytes. For the latency-sensitive path I'd set no_slowdown "
        "in the write options; then during a stall the write fails fast with Status::Busy instead of blocking, "
        "and the service can shed load or retry. Then I'd fix the cause: more background jobs, subcompactions, "
        "bigger memtables, and alerts on L0 count and pending compaction bytes.",
        "adequate", "bluff", [],
        ["the write fails fast with Status::Busy instead of blocking"],
        "BLUFF (wrong error name): with WriteOptions.no_slowdown a write that would stall returns "
        "Status::Incomplete (\"Write stall\"); Status::Busy is what transactions return on conflicts. The "
        "rest is correct; peripheral, so adequate."),
    rec("lsm-r5-05", 5,
        "So stalls are RocksDB's backpressure when compaction falls behind. I know there's an L0 file-count "
        "trigger, a memtable-count one and something based on pending compaction bytes, but I don't remember "
        "the default thresholds, I'd need to look those up in the options docs before changing anything. What "
        "I'd do regardless: read the stall reason from the LOG and the stats, check whether the disk is "
        "saturated, and if it isn't, give compaction more threads and subcompactions. I'd also alert on the L0 "
        "file count trending up before it stalls.",
        "adequate", "honest", [], [],
        "Honest: says it would look up the trigger defaults; names all three triggers and a sound "
        "diagnose-then-tune approach. Missing memtable and level sizing: adequate."),
    rec("lsm-r5-06", 5,
        "For a write-heavy pipeline I'd focus on the Kafka producer side. Set linger.ms to something like five "
        "to twenty milliseconds so batches fill up, raise batch.size, use lz4 compression, and keep acks=all "
        "with idempotence on so retries don't duplicate. On the broker, more partitions spread the load, and "
        "consumers can scale out in the group. That usually gets throughput up a lot.",
        "weak", "offtopic", [], [],
        "Off-topic: fluent Kafka producer tuning, nothing about RocksDB write stalls or compaction."),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} records to {OUT}")


if __name__ == "__main__":
    main()
