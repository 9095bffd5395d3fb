#!/usr/bin/env python3
"""Build linux-disk-io_answers.jsonl: 30 labelled candidate answers for the
linux-disk-io gauntlet (short name dio), 6 per round.

Record field order: id, round, answer, band, bluff, kind, pattern_quotes,
false_claims, note.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "linux-disk-io_answers.jsonl")

# Common Weak Answers quotes, copied verbatim from linux-disk-io.txt.
CWA = {
    1: [
        "write() puts the data on the disk; if it returns, the data is saved.",
        "The disk is too slow, so we need faster disks.",
        "Just run echo 3 > /proc/sys/vm/drop_caches every few minutes.",
    ],
    2: [
        "O_DIRECT writes go straight to the platters, so once write() returns the data is durable.",
        "Call sync() after every important write.",
        "Turn off fsync in the database config, the disks are fast enough.",
    ],
    3: [
        "Use CFQ with ionice -c3 on the backup, that's what we always did.",
        "Use BFQ everywhere, it's the most advanced scheduler.",
        "Schedulers don't matter on SSDs, so there's nothing to do.",
    ],
    4: [
        "%util is at 100%, so the disk is maxed out and we need more disks.",
        "%util is meaningless on SSDs, so just ignore the alert.",
        "Look at svctm, that's the real service time of the disk.",
    ],
    5: [
        "Just buy drives with higher endurance.",
        "Turn off the write-ahead log, it doubles every write.",
        "Write amplification is an SSD firmware problem; there's nothing Linux can do.",
    ],
}

# Kind of false fact in each bluff (documentation only; not written to the jsonl).
BLUFF_KINDS = {
    "dio-r1-03": "contradicted duration/default",
    "dio-r1-04": "false absolute, wrong mechanism in plain words",
    "dio-r2-03": "wrong error name",
    "dio-r2-04": "misattributed standard",
    "dio-r3-04": "feature credited to the wrong product",
    "dio-r4-04": "invented statistic",
    "dio-r5-04": "wrong mechanism in plain words",
}

A = []


def add(rid, rnd, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    A.append({
        "id": rid,
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
add("dio-r1-01", 1,
    "Okay, so when you call write() without any special flags, nothing goes to disk right away. "
    "The kernel copies your buffer into the page cache, flags those pages as dirty, and you get control back. "
    "Writeback happens later from kernel flusher threads, and there are basically two triggers. One is age: "
    "the flushers wake up roughly every five seconds, and anything that's been dirty longer than thirty seconds "
    "gets pushed out. The other is volume: at ten percent of available memory, that's dirty_background_ratio, "
    "background writeback kicks in, and at twenty percent, dirty_ratio, the kernel starts making the writer "
    "itself wait. And available there means free plus reclaimable, not MemTotal. On a big box, say 512 gigs, "
    "that's on the order of a hundred gigabytes of dirty data before anyone blocks, and draining that takes ages. "
    "So you get a sawtooth: fast writes, then a wall, and other processes doing fsync or needing memory get stuck "
    "behind the backlog. I'd watch Dirty and Writeback in /proc/meminfo to confirm, then switch to dirty_bytes and "
    "dirty_background_bytes, something like a gig and a few hundred meg, so flushing starts early and stays smooth.",
    "strong", "strong",
    note="Correct and complete: page cache, flusher threads, 5 s / 30 s timers, 10 and 20 percent defaults of "
         "available memory, writer throttling, the large-RAM burst, how to confirm, and the bytes-based fix.")

add("dio-r1-02", 1,
    "Honestly, I think of write() as the point where the data is saved. The call goes down through the filesystem "
    "to the disk, and once it returns successfully you know it's persisted, that's the contract. So if the box is "
    "stalling every few minutes I don't think it's about writes being held anywhere, it's more likely something "
    "else hogging the disk, a cron job or log rotation maybe. I'd look at what's scheduled around the stalls.",
    "weak", "pattern",
    pattern_quotes=[CWA[1][0]],
    false_claims=["The call goes down through the filesystem to the disk",
                  "once it returns successfully you know it's persisted"],
    note="Acts out the 'write() puts the data on the disk' weak answer; buffered write() only reaches the page "
         "cache, so the misconception is listed as false claims. Misses writeback entirely.")

add("dio-r1-03", 1,
    "Right, so buffered writes land in the page cache as dirty pages and write() returns immediately, which is "
    "why they look free. The flusher threads write them back later, and there's a timer side and a size side. "
    "On the timer side, dirty_expire_centisecs defaults to 3000, which means any page that's been dirty for three "
    "seconds gets flushed. On the size side you've got dirty_background_ratio at ten percent, where background "
    "flushing starts, and dirty_ratio at twenty percent, where the writer gets throttled and has to wait. On a "
    "machine with lots of RAM twenty percent is enormous, so a mountain of dirty data builds up and then everybody "
    "stalls while it drains. I'd cap it in absolute terms with dirty_bytes and dirty_background_bytes.",
    "adequate", "bluff",
    false_claims=["dirty_expire_centisecs defaults to 3000, which means any page that's been dirty for three seconds gets flushed"],
    note="Bluff, contradicted duration: 3000 centiseconds is 30 seconds, not three. Stated confidently. The rest "
         "(page cache, 10/20 percent, throttling, bytes knobs) is right and the expiry is not the centre of the "
         "stall explanation, so adequate.")

add("dio-r1-04", 1,
    "So the write goes into the page cache and the call returns straight away, that part's simple. The kernel has "
    "a background flusher that trickles dirty pages out to disk. Now, the important thing is the writing process is "
    "never slowed down by any of this, the kernel just lets it keep filling memory and the flusher catches up "
    "whenever it can. So the stalls you're describing aren't writeback pressure on the writer. What I'd suspect is "
    "memory: once the page cache has eaten the RAM, other processes can't get memory, the box starts swapping, and "
    "that's the freeze. I'd add RAM or lower swappiness.",
    "weak", "bluff",
    false_claims=["the writing process is never slowed down by any of this, the kernel just lets it keep filling memory and the flusher catches up whenever it can"],
    note="Bluff, false absolute about the mechanism in plain words: once dirty data passes the dirty_ratio "
         "threshold the kernel throttles the writer in balance_dirty_pages. The false claim is the centre of the "
         "explanation for the stalls and leads to a wrong fix, so weak.")

add("dio-r1-05", 1,
    "So, write() copies into the page cache, marks the pages dirty and comes back, and the real disk write happens "
    "later from the kernel's writeback threads. There are two thresholds as a fraction of memory: a background one "
    "where flushing starts quietly, and a higher one where the process that's writing gets throttled. I honestly "
    "don't remember the default percentages off the top of my head, I'd have to look them up in the sysctl docs. "
    "But the shape of the problem is clear: on a machine with lots of RAM, a percentage lets a huge pile of dirty "
    "data build up, and then everything waits while it's flushed. I'd check Dirty in /proc/meminfo during a stall.",
    "adequate", "honest",
    note="Honest about not remembering the defaults. Mechanism and diagnosis are right, but the defaults, the "
         "expiry timer and the bytes-based fix are missing, so adequate.")

add("dio-r1-06", 1,
    "Okay, so the pieces here: the page cache, dirty pages, writeback, flusher threads, pdflush back in the day, "
    "vm.dirty_ratio, vm.dirty_background_ratio, dirty_expire_centisecs, dirty_writeback_centisecs, dirty_bytes and "
    "dirty_background_bytes, throttling, balance_dirty_pages, /proc/meminfo with Dirty and Writeback, and the hung "
    "task warnings. That's the area I'd be looking at.",
    "weak", "list",
    note="Names the right terms but says nothing about what any of them does or what the defaults are.")

# ---------------------------------------------------------------- Round 2
add("dio-r2-01", 2,
    "I'd push back on the colleague. O_DIRECT just means the kernel skips the page cache and moves data between "
    "your buffer and the device directly, which is nice for a database with its own buffer pool because you're not "
    "caching everything twice. But it's not a durability guarantee. The drive has its own write cache, and if the "
    "write grew the file, the filesystem metadata isn't necessarily committed either. To make a commit survive a "
    "power cut you need fsync or fdatasync after the write, or open with O_DSYNC, and that's what gets the "
    "filesystem to send a flush to the device. fdatasync is the cheaper one since it skips stuff like timestamps.",
    "adequate", "adequate",
    note="Core is right (O_DIRECT is caching, not durability; fsync/fdatasync/O_DSYNC flush). Misses alignment, "
         "the directory fsync for new files, and fsync error handling, so adequate.")

add("dio-r2-02", 2,
    "Yeah, I'd actually agree with the colleague here. The whole point of O_DIRECT is that you skip the kernel's "
    "caching, so the write goes straight through to the device and when the call returns it's on the disk. fsync "
    "exists to flush the page cache, and if you're not using the page cache there's nothing for it to flush. So "
    "for a database doing direct I/O, calling fsync as well is just paying the latency twice for nothing.",
    "weak", "pattern",
    pattern_quotes=[CWA[2][0]],
    false_claims=["when the call returns it's on the disk",
                  "if you're not using the page cache there's nothing for it to flush"],
    note="Acts out the 'O_DIRECT means durable' weak answer. The drive's volatile cache and allocation metadata "
         "still need fsync/fdatasync, so the misconception is listed as false claims.")

add("dio-r2-03", 2,
    "So O_DIRECT only bypasses the page cache, it doesn't make anything durable by itself; the data can still be "
    "sitting in the drive's volatile cache. You pair it with fdatasync, or O_DSYNC at open time, and the "
    "filesystem then sends a flush to the device. The part people get wrong is error handling. When fsync fails on "
    "Linux it returns EINTR, because a signal interrupted the flush, so the correct pattern is simply to loop and "
    "call fsync again until it returns zero, and then you know everything's on disk. Most databases wrap that in a "
    "little retry helper.",
    "weak", "bluff",
    false_claims=["When fsync fails on Linux it returns EINTR, because a signal interrupted the flush",
                  "the correct pattern is simply to loop and call fsync again until it returns zero, and then you know everything's on disk"],
    note="Bluff, wrong error name: a failed writeback surfaces as EIO, not EINTR, and retrying is exactly the "
         "fsyncgate mistake, because the failed pages may be marked clean and the retry returns 0 for lost data. "
         "The false guarantee is about what fsync promises, the centre of the question, so weak.")

add("dio-r2-04", 2,
    "I'd correct the colleague. O_DIRECT is really about skipping the page cache, not about durability. People "
    "assume it's a portable durability flag because it's defined in POSIX.1-2008 next to O_SYNC and O_DSYNC, but "
    "even the standard only promises the cache bypass. The drive still has its own volatile write cache, and "
    "metadata for newly allocated blocks isn't committed. So after the write you still call fdatasync, which skips "
    "non-essential metadata like mtime, or fsync if you need everything, and for a brand-new file you also fsync "
    "the directory so the name survives a crash.",
    "adequate", "bluff",
    false_claims=["it's defined in POSIX.1-2008 next to O_SYNC and O_DSYNC"],
    note="Bluff, misattributed standard: O_DIRECT is not in POSIX at all; it is a Linux (and other systems') "
         "extension that glibc exposes only with _GNU_SOURCE. The durability reasoning is otherwise right and the "
         "false claim is peripheral, so adequate.")

add("dio-r2-05", 2,
    "O_DIRECT skips the page cache but it doesn't make the write durable, so you'd still need fdatasync after it, "
    "or open the file with O_DSYNC. One thing that bites people with direct I/O is alignment. I think the buffer "
    "and the offset have to be aligned to 64 kilobytes, but I'd want to check that. And it's the fsync that makes "
    "the drive flush its cache, as far as I know.",
    "adequate", "hedged",
    false_claims=["I think the buffer and the offset have to be aligned to 64 kilobytes"],
    note="Hedged wrong number: O_DIRECT alignment is to the logical block size, normally 512 bytes or 4 KiB, not "
         "64 KiB. Core durability point is right but thin, so adequate.")

add("dio-r2-06", 2,
    "For a database that can't lose commits I'd really focus on replication. Run a synchronous standby in a second "
    "availability zone so a commit isn't acknowledged until the standby has it too, and then one machine losing "
    "power doesn't matter. Add point-in-time recovery with continuous WAL archiving to object storage, test the "
    "restores every month, and you're covered against hardware failure and operator mistakes alike.",
    "weak", "offtopic",
    note="Fluent, but about replication and backups instead of what fsync, fdatasync and O_DIRECT guarantee.")

# ---------------------------------------------------------------- Round 3
add("dio-r3-01", 3,
    "First thing: on a current kernel the old CFQ and deadline schedulers don't exist anymore, they went away with "
    "the single-queue block layer in 5.0. What you get is none, mq-deadline, bfq and kyber, and you see which one "
    "is active in the scheduler file under the device's queue directory in sysfs. On NVMe I'd leave it at none, "
    "which is the default anyway; the drive has lots of submission queues and its own parallelism, and extra "
    "reordering in the kernel mostly burns CPU. mq-deadline makes sense on SATA and SAS where it stops reads being "
    "starved, BFQ is a fairness scheduler that's lovely on a laptop but too expensive per request for a busy NVMe "
    "database, and kyber is a lightweight latency-target one from Facebook I'd only try if none misbehaves. But the "
    "scheduler isn't the fix for the backup. That's a noisy-neighbour problem, so I'd move the backup into a separate "
    "cgroup v2 slice and cap it with io.max, or set io.latency on the database's cgroup, which makes the kernel hold "
    "the backup back when the database suffers. Then measure p99 before and after.",
    "strong", "strong",
    note="Correct and complete: blk-mq schedulers since 5.0, none for NVMe with the reason, what the others suit, "
         "and isolation via cgroup v2 io.max / io.latency with measurement.")

add("dio-r3-02", 3,
    "For NVMe I'd use none, which is what most distros give you by default. NVMe has multiple hardware queues and "
    "the controller schedules internally, so a kernel scheduler mostly adds overhead. mq-deadline is more for SATA "
    "disks, and BFQ is built for fairness on desktops. For the backup problem I'd throttle the backup, maybe with a "
    "cgroup I/O limit so it can't eat all the bandwidth, and ideally run it at a quieter time.",
    "adequate", "adequate",
    note="Right choice and reason, and points at cgroup throttling, but no kyber, no io.max/io.latency specifics "
         "and no measurement, so adequate.")

add("dio-r3-03", 3,
    "What we've always done is put the box on CFQ and run the backup with ionice -c3, the idle class, so it only "
    "gets disk time when nothing else wants it. That worked great on our old servers. And cfq is still there on "
    "the NVMe drives, you just echo it into the scheduler file, add ionice to the backup's cron line, and the "
    "database gets priority. Simple, and no new tooling needed.",
    "weak", "pattern",
    pattern_quotes=[CWA[3][0]],
    false_claims=["cfq is still there on the NVMe drives"],
    note="Acts out the 'CFQ with ionice -c3' weak answer. CFQ was removed in kernel 5.0 with the legacy block "
         "layer, so that misconception is listed as a false claim.")

add("dio-r3-04", 3,
    "On NVMe the default and the right starting point is none, because the drive has many hardware queues and does "
    "its own scheduling, so the kernel reordering requests mostly adds CPU and latency. mq-deadline is what SATA "
    "disks usually get. For the backup, though, I'd switch the NVMe to kyber, because kyber is the scheduler that "
    "gives each cgroup a proportional weight and honours ionice classes, so I can drop the backup into the idle "
    "class and hand the database most of the bandwidth. I'd also cap the backup with io.max in cgroup v2 as a "
    "belt-and-braces measure, and compare p99 before and after.",
    "adequate", "bluff",
    false_claims=["kyber is the scheduler that gives each cgroup a proportional weight and honours ionice classes"],
    note="Bluff, feature credited to the wrong product: proportional per-cgroup weights and ionice classes are "
         "BFQ's features; kyber only throttles to read/write latency targets. The none default and io.max cap "
         "are right, so adequate.")

add("dio-r3-05", 3,
    "So on NVMe I'd keep the scheduler at none. Since the 5.0 kernel the options are the multi-queue ones, none, "
    "mq-deadline, bfq and kyber, and NVMe gets none by default because the device has deep, parallel hardware "
    "queues and reordering in the kernel just costs CPU. mq-deadline is the sensible pick for rotating SATA disks, "
    "BFQ trades CPU for per-process fairness and fits desktops or slow media. Kyber sets latency targets for reads "
    "and writes and throttles queue depth to hit them; I don't remember its default target values, I'd have to "
    "look those up. But I wouldn't expect the scheduler to fix this. The backup is starving the database, so I'd "
    "isolate it with cgroup v2: io.max to cap the backup's bandwidth and IOPS on that device, or io.latency to "
    "protect the database. And I'd measure p99 with the real load before and after.",
    "strong", "honest",
    note="Honest about kyber's default latency targets, and everything else a senior answer needs is there and "
         "correct, so banded strong.")

add("dio-r3-06", 3,
    "I'm honestly not very current on the multi-queue schedulers. I know NVMe drives usually run with none and I "
    "remember mq-deadline exists, but I couldn't tell you what kyber does differently from bfq without looking it "
    "up. For the backup I'd want to limit it somehow, but I'd need to read up on whether that's done in the "
    "scheduler or with cgroups before I'd recommend anything.",
    "weak", "honest",
    note="Honest and not a bluff, but has little substance beyond 'NVMe uses none', so weak.")

# ---------------------------------------------------------------- Round 4
add("dio-r4-01", 4,
    "I wouldn't buy anything yet. %util just measures how much of the interval the device had at least one I/O "
    "outstanding; it comes from io_ticks in /proc/diskstats. That means saturated for an old single spindle that "
    "does one thing at a time. An NVMe drive runs lots of commands at once, so it can read 100 percent while doing "
    "a fraction of what it's rated for, and the sysstat man page says as much. So I'd run iostat -x with a "
    "one-second interval, throw away the first report since that one's since boot, and look at r_await and "
    "w_await, the per-request latency with queueing included, plus aqu-sz, the average outstanding requests, and "
    "the r/s, w/s and MB/s columns. If await is still near the normal NVMe figure, around a hundred microseconds "
    "for small reads, and IOPS are way under the spec sheet, there's headroom. Real saturation is latency shooting "
    "up while throughput stops growing. PSI in /proc/pressure/io and a biolatency histogram help confirm it, and "
    "I'd rewrite the alert around latency.",
    "strong", "strong",
    note="Correct and complete: what %util measures, why parallel devices break it, the right iostat columns, "
         "first-report caveat, a definition of saturation, PSI/biolatency, and fixing the alert.")

add("dio-r4-02", 4,
    "The teammate's probably wrong. %util is the fraction of time the disk had any I/O in flight, which made sense "
    "for spinning disks that handle one request at a time, but SSDs and NVMe drives process lots of requests in "
    "parallel, so 100% doesn't mean full. I'd look at await in iostat -x, and if latency is normal the disk is fine, "
    "and I'd check whether throughput is anywhere near the drive's rated numbers before buying anything.",
    "adequate", "adequate",
    note="Core is right (what %util measures, why it misleads, look at await and throughput). Misses aqu-sz, the "
         "first-report caveat, what saturation looks like and what to alert on, so adequate.")

add("dio-r4-03", 4,
    "If iostat says 100 percent for a whole hour then the drive is busy all the time, which means it's at its "
    "limit, it literally has no spare time left to serve more requests. So yes, I'd agree with the teammate. I'd "
    "add a second NVMe drive, stripe the data across both with mdadm RAID 0 or LVM, and that should bring the "
    "utilisation down to around fifty percent each.",
    "weak", "pattern",
    pattern_quotes=[CWA[4][0]],
    false_claims=["which means it's at its limit, it literally has no spare time left to serve more requests"],
    note="Acts out the '%util at 100% means maxed out' weak answer; on a parallel device 100% util does not mean "
         "no capacity is left, so that misconception is listed as a false claim.")

add("dio-r4-04", 4,
    "Probably not. %util only tells you what share of the time there was something outstanding on the device, and a drive that runs "
    "dozens of commands in parallel can show 100% while it's barely working. In fact, published fleet studies put it "
    "at roughly 85 percent of %util saturation alerts on SSDs being false positives, which is why plenty of teams "
    "have stopped alerting on it at all. What I'd check instead is await, r_await and w_await, against the drive's "
    "normal latency, aqu-sz for how deep the queue really is, and the IOPS and throughput compared with the spec. If "
    "latency is flat and throughput is well under the rating, there's headroom.",
    "adequate", "bluff",
    false_claims=["published fleet studies put it at roughly 85 percent of %util saturation alerts on SSDs being false positives"],
    note="Bluff, invented statistic: there is no such published figure. The iostat reasoning is otherwise correct "
         "and the statistic is decoration rather than the argument, so adequate.")

add("dio-r4-05", 4,
    "I'd be sceptical. %util counts time with anything in flight, and NVMe is massively parallel. I think the spec "
    "allows something like 256 I/O queues per controller, though I'd double-check that number, so a single "
    "outstanding request at all times already looks like 100%. I'd read await and aqu-sz from iostat -x instead, "
    "and compare throughput with what the drive is rated for. Climbing await with flat throughput is real "
    "saturation.",
    "adequate", "hedged",
    false_claims=["I think the spec allows something like 256 I/O queues per controller"],
    note="Hedged wrong number: the NVMe specification allows up to 65,535 I/O queues, each up to 65,536 commands "
         "deep. The reasoning about %util, await and aqu-sz is right but brief, so adequate.")

add("dio-r4-06", 4,
    "I'd be careful with that conclusion. As far as I know, %util is just the percentage of time the device was "
    "busy with at least one request, and on SSDs that run many requests in parallel it doesn't tell you whether "
    "there's capacity left. I'd look at the await columns and the queue size, aqu-sz, and compare IOPS with the "
    "drive's spec. I'm not sure what the right alerting threshold would be for NVMe latency, I'd need to look up "
    "typical figures for this drive and measure our own baseline first.",
    "adequate", "honest",
    note="Honest about not knowing the latency threshold. Correct on %util and the columns to read, but no "
         "definition of saturation or first-report caveat, so adequate.")

# ---------------------------------------------------------------- Round 5
add("dio-r5-01", 5,
    "So write amplification is how many bytes actually hit the flash for each byte the application asked to write, "
    "and it stacks up layer by layer. At the bottom, flash can't be rewritten in place: you program small pages but "
    "you can only erase big multi-megabyte blocks, so the FTL remaps every write to a fresh page and garbage "
    "collection later relocates whatever is still valid in a block before erasing it. That gets worse the fuller "
    "the drive is. On top, the filesystem journals, and RocksDB writes everything to its WAL and then rewrites it on "
    "every compaction level, so ten-plus times is normal for leveled compaction. Step one is measuring: logical bytes "
    "from the app, host bytes from diskstats or the NVMe Data Units Written counter, NAND bytes if the vendor log has "
    "them. Then fix: tune compaction, say bigger memtables, switching to universal, or raising the level multiplier; group "
    "commit for the WAL rather than syncing every little record; make sure TRIM actually happens, fstrim.timer or "
    "mounting with discard; leave spare area unallocated; and if it's just write-heavy, buy a 3 DWPD drive and "
    "watch Percentage Used.",
    "strong", "strong",
    note="Correct and complete: definition, the FTL/garbage-collection mechanism, filesystem and LSM layers, "
         "measuring by layer, and the software, TRIM, over-provisioning and hardware levers.")

add("dio-r5-02", 5,
    "Write amplification means the SSD ends up writing more to flash than the host sent it, because it can't "
    "overwrite in place; it has to write new pages and garbage-collect old blocks, copying valid data around. "
    "Filesystems and databases add their own layers of it, like RocksDB compaction rewriting data again and again. "
    "To reduce it I'd enable TRIM with fstrim, keep the drive from running nearly full, and tune RocksDB's "
    "compaction so it rewrites less.",
    "adequate", "adequate",
    note="Mechanism and main levers are right, but no measurement by layer, no WAL sync batching, no endurance "
         "metrics, so adequate.")

add("dio-r5-03", 5,
    "Write amplification is really internal to the SSD. It's the controller's garbage collection and wear levelling "
    "shuffling data around, and that's all in the firmware, so from the Linux side there's not much we can change. "
    "I'd check whether the vendor has a firmware update that improves garbage collection, and otherwise accept "
    "that a write-heavy workload just burns through drives and plan the replacements into the budget.",
    "weak", "pattern",
    pattern_quotes=[CWA[5][2]],
    false_claims=["from the Linux side there's not much we can change"],
    note="Acts out the 'SSD firmware problem' weak answer; the host controls TRIM, free space, sync frequency and "
         "compaction, so that misconception is listed as a false claim.")

add("dio-r5-04", 5,
    "Write amplification is mostly an application-level thing. An SSD updates a page in place just like a disk "
    "overwrites a sector, so if you rewrite the same small record over and over, the drive just rewrites that one "
    "spot and there's no hidden cost inside the device. The amplification comes from above: RocksDB writing to the "
    "WAL and then compacting the same keys again and again through its levels, plus the filesystem journal. So I'd "
    "tune compaction, with bigger memtables, fewer levels, maybe universal compaction, and batch WAL syncs with "
    "group commit so tiny records aren't each forcing a flush.",
    "weak", "bluff",
    false_claims=["An SSD updates a page in place just like a disk overwrites a sector, so if you rewrite the same small record over and over, the drive just rewrites that one spot and there's no hidden cost inside the device"],
    note="Bluff, wrong mechanism in plain words: NAND cannot be overwritten in place; the FTL writes to a fresh "
         "page and garbage collection copies valid pages before erasing whole blocks, which is the device-level "
         "amplification. That is the centre of the question, so weak despite the correct RocksDB levers.")

add("dio-r5-05", 5,
    "Write amplification factor, NAND pages and erase blocks, the FTL, garbage collection, wear levelling, TRIM, "
    "fstrim.timer, the discard mount option, over-provisioning, DWPD and TBW, SMART Percentage Used, Data Units "
    "Written, RocksDB compaction, leveled versus universal, the WAL, group commit. Those are the main things I'd "
    "bring up.",
    "weak", "list",
    note="Names the right terms with no statements about how they cause or reduce wear.")

add("dio-r5-06", 5,
    "For a write-heavy ingestion pipeline the first thing I'd look at is the network and CPU side. Ingestion "
    "services usually bottleneck on deserialisation and on the number of partitions in the upstream queue, so I'd "
    "profile with perf, turn on batching in the producer, compress with zstd, and scale the consumers horizontally. "
    "Then I'd add backpressure so the pipeline slows down gracefully instead of dropping messages when downstream "
    "is slow.",
    "weak", "offtopic",
    note="Fluent, but about ingestion throughput, not write amplification or SSD wear.")


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in A:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(A)} records to {OUT}")


if __name__ == "__main__":
    main()
