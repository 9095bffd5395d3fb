#!/usr/bin/env python3
"""Build s3-object-storage_answers.jsonl: 30 labelled candidate answers for the S3 gauntlet."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "s3-object-storage_answers.jsonl")

# (round, kind, band, answer, pattern_quotes, false_claims, note)
A = [
    # ---------------- Round 1: consistency ----------------
    (1, "strong", "strong",
     "Honestly I'd pull the sleep out. S3 went strongly consistent back in December 2020, and that covers reads of a "
     "new write, overwrites, deletes and listings, across every Region, and you don't pay extra or enable anything. "
     "So by the time the worker gets the message, its GET will see the object and a LIST on the prefix will include "
     "it. The old world, where only new keys were read-after-write and listings could lag, is why people wrote "
     "sleeps like this, and why things like S3Guard existed. What I would flag is what consistency doesn't cover. If "
     "two producers might write the same key, one silently overwrites the other, last writer wins. If that's a risk "
     "I'd use a conditional PUT with If-None-Match so the loser gets a 412, or If-Match on the ETag for optimistic "
     "updates. And replication to another Region is still asynchronous, bucket settings like policies take time to "
     "propagate, and if CloudFront sits in the path you can read a stale cached copy.",
     [], [],
     "Correct and complete: Dec 2020 strong consistency incl. overwrites/deletes/LIST, last-writer-wins, "
     "conditional writes with 412, and the remaining asynchronous edges (CRR, bucket config, CDN)."),
    (1, "adequate", "adequate",
     "So, I think the sleep is unnecessary now. S3 used to be eventually consistent for some operations, but AWS "
     "changed that in late 2020, and now a read or a list call reflects a write that has completed, straight away. "
     "So the worker can just take the key from the message, read it, and list the prefix without waiting. I'd "
     "delete the sleep and maybe keep an ordinary retry for transient network errors.",
     [], [],
     "Core is right (strong read-after-write incl. LIST since late 2020) but nothing on concurrent writers, "
     "conditional writes, or what is still asynchronous."),
    (1, "pattern", "weak",
     "Yeah, I'd actually keep the sleep, maybe even make it smarter. S3 is eventually consistent, so right after a "
     "write the object might not be readable yet and the listing can definitely miss it for a while. What I'd do is "
     "keep a delay and then wrap the read in a retry loop, like try five times with a couple of seconds in between, "
     "and if the list doesn't show the new key, list again. That's just the reality of object storage, you design "
     "for it.",
     ["S3 is eventually consistent, so keep the sleep and add retries."],
     ["S3 is eventually consistent, so right after a write the object might not be readable yet and the listing "
      "can definitely miss it for a while"],
     "Acts out the outdated eventual-consistency weak answer; the misconception is listed as a false claim."),
    (1, "bluff", "adequate",
     "The sleep is pointless today. Since the end of 2020 S3 is strongly consistent, so a GET or a LIST that starts "
     "after the PUT has returned sees the new object, and overwrites and deletes show up immediately too. And the "
     "nice side effect is on concurrency: if different services write the same key at once, the later writer just "
     "gets rejected, so nobody's update is ever silently lost. That means we don't need any locking or conditional logic "
     "around the write path. The only thing I'd keep in mind is cross-Region replication, which is still "
     "asynchronous.",
     [],
     ["if different services write the same key at once, the later writer just gets rejected, so nobody's update "
      "is ever silently lost"],
     "Bluff, false absolute about the mechanism in plain words: concurrent unconditional PUTs are not rejected; "
     "last writer wins and the other update is silently lost. Consistency part is right, so adequate."),
    (1, "honest", "adequate",
     "My understanding is that S3 moved to strong read-after-write consistency a few years back, so a read right "
     "after the PUT completes should return the new object and the sleep shouldn't be needed for that. What I'm "
     "genuinely not sure about is whether listing got the same guarantee or whether it can still lag a bit; I'd "
     "want to check the S3 consistency docs before telling the team to drop it for the listing step too. I also "
     "don't remember offhand what happens if two writers hit the same key, so I'd look that up rather than guess.",
     [], [],
     "Honest about LIST and concurrent writes; gets the core (strong read-after-write, remove sleep) right."),
    (1, "offtopic", "weak",
     "So the thing I'd really worry about here is the messaging side. If the worker consumes from SQS, a standard "
     "queue gives at-least-once delivery and only best-effort ordering, so the same message can arrive twice and two "
     "messages can be processed out of sequence. I'd make the worker idempotent, keyed on the message ID, set the "
     "visibility timeout longer than the worst-case processing time, and send poison messages to a dead-letter "
     "queue after a few receives. If ordering matters, a FIFO queue with message group IDs gets you that, at lower "
     "throughput.",
     [], [],
     "Fluent and correct about SQS delivery semantics, but never addresses S3 consistency or the sleep."),

    # ---------------- Round 2: multipart ----------------
    (2, "strong", "strong",
     "Anything that big has to be multipart; one PUT can't go past 5 GB, and honestly past a hundred megs or so you "
     "want multipart anyway. You start the upload and get an upload ID, push parts in parallel, each part comes back "
     "with an ETag, and then a complete call with the part numbers and ETags stitches the object together; until "
     "then nothing is visible. The constraints: parts from 5 MiB up to 5 GiB, the last one can be smaller, and no "
     "more than 10,000 parts. So for a 200 gig file I can't go below roughly 20 MiB a part; I'd use something like "
     "100 MiB, about two thousand parts, and retry individual parts on failure. For browsers I'd hand out a "
     "presigned URL per part. The thing people miss: if the client gives up, those parts just sit there, invisible "
     "in normal listings, and you pay for them indefinitely. So every bucket gets a lifecycle rule that aborts "
     "incomplete multipart uploads after a few days, and I'd watch Storage Lens for incomplete-upload bytes.",
     [], [],
     "Correct limits (5 GB PUT, 5 MiB-5 GiB parts, 10,000 parts), sizing arithmetic, per-part retry, hidden billed "
     "parts and the lifecycle abort rule."),
    (2, "pattern", "weak",
     "So, multipart: you split the file into chunks, upload them in parallel, and then call complete, and S3 glues "
     "them together. It's great for big video files, since a failed chunk can be resent on its own. As for uploads "
     "that never finish, that's not really something we'd have to manage. S3 garbage-collects the leftover parts on "
     "its own after a while, so if a user closes the browser halfway the pieces just get cleaned up and you're not "
     "paying for them.",
     ["If a client dies mid-upload, S3 cleans up the parts automatically."],
     ["S3 garbage-collects the leftover parts on its own after a while",
      "the pieces just get cleaned up and you're not paying for them"],
     "Acts out the automatic-cleanup weak answer; no limits mentioned; the misconception is listed."),
    (2, "bluff", "weak",
     "Right, multipart is the way, since a single PUT is limited to 5 gigs. The key constraint is the part count: "
     "S3 caps an upload at 1,000 parts. So for a 200 GB video you have to use parts of at least 200 MB, and I'd go "
     "with 256 MB parts to be safe. Each part gets uploaded in parallel and returns an ETag, and you finish with "
     "CompleteMultipartUpload passing the list. For abandoned uploads I'd set a lifecycle rule with "
     "AbortIncompleteMultipartUpload after seven days, because the orphaned parts are billed until they're aborted.",
     [],
     ["S3 caps an upload at 1,000 parts",
      "for a 200 GB video you have to use parts of at least 200 MB"],
     "Bluff, contradicted number: the limit is 10,000 parts, so the minimum part size for 200 GB is about 20 MiB. "
     "The wrong number is the centre of the sizing argument, so weak."),
    (2, "bluff", "adequate",
     "Multipart upload: create the upload, send parts numbered up to 10,000, each at least 5 MiB and at most 5 GiB, "
     "apart from the final one, then complete it with the ETag list. For 200 gigs the parts have to be north of 20 MiB, so I'd pick "
     "64. Abandoned uploads are the hidden cost: the parts are billed, but you don't see them when you list the "
     "bucket. The easy fix is in S3 Storage Lens: you turn on its incomplete-upload cleanup and it aborts anything "
     "older than the number of days you set, across all your buckets from one dashboard.",
     [],
     ["you turn on its incomplete-upload cleanup and it aborts anything older than the number of days you set"],
     "Bluff, feature credited to the wrong product: Storage Lens only reports incomplete-upload bytes; aborting is "
     "done by a lifecycle rule (AbortIncompleteMultipartUpload) or AbortMultipartUpload. Limits are right: adequate."),
    (2, "hedged", "adequate",
     "Multipart, definitely. You initiate, upload the parts, and complete, and if something goes wrong you just "
     "resend the failed part rather than the whole file. I think the minimum part size is 1 MB, though I'd check "
     "that, and there's a maximum number of parts, which I believe is 10,000. Uploads that never complete keep their "
     "parts around and you get billed for them, so I'd add a lifecycle rule that aborts incomplete uploads after a "
     "week.",
     [],
     ["I think the minimum part size is 1 MB"],
     "Hedged wrong number (minimum part size is 5 MiB); the flow, part cap and abort rule are right: adequate."),
    (2, "list", "weak",
     "Okay, so the pieces: multipart upload, CreateMultipartUpload, UploadPart, CompleteMultipartUpload, "
     "AbortMultipartUpload, ListMultipartUploads, ListParts, upload IDs, part numbers, ETags, part size, part count, "
     "parallelism, retries, presigned URLs, the SDK transfer manager, Transfer Acceleration, checksums, CRC32C, "
     "lifecycle rules, AbortIncompleteMultipartUpload, Storage Lens. Yeah, those are what I'd be thinking about.",
     [], [],
     "Names the right terms without a single statement about limits, sizing or cleanup."),

    # ---------------- Round 3: request rates ----------------
    (3, "adequate", "adequate",
     "Those 503s are S3 throttling you. The guidance is something like 3,500 writes and 5,500 reads a second per "
     "prefix, and everything here lands under one date prefix, so at 20,000 writes a second you're way over that. "
     "I'd restructure the keys so the writes spread across several prefixes, say with a hashed shard ID up front, "
     "and make sure the clients back off exponentially when they see SlowDown instead of hammering it.",
     [], [],
     "Right numbers, prefix sharding and backoff; misses gradual re-partitioning, batching small objects and the "
     "versioned-key cause."),
    (3, "pattern", "weak",
     "Sounds like we've hit the bucket's request limit. I'd go into Service Quotas, or open a support case, and ask "
     "AWS to bump the requests-per-second quota for that bucket to something like fifty thousand. That's the "
     "cleanest fix: we don't have to touch the key layout or the clients, and AWS raises these all the time for big "
     "customers.",
     ["Ask AWS to raise the bucket's request limit in Service Quotas."],
     ["Sounds like we've hit the bucket's request limit",
      "AWS raises these all the time for big customers"],
     "Acts out the Service Quotas weak answer; there is no per-bucket request-rate quota, rates are per prefix."),
    (3, "bluff", "adequate",
     "503 SlowDown is S3 telling you a prefix is hotter than its current partitioning can take, roughly 3,500 "
     "writes and 5,500 reads per second per prefix, and it splits hot ranges over time. So: shard the key space, put "
     "a hash or shard number ahead of the date, and batch the tiny JSON events into bigger files so there are far "
     "fewer PUTs. On retries, AWS's own data shows about 95 percent of SlowDown responses succeed on the first "
     "retry, so a single retry with a short pause covers almost everything and you don't need an elaborate backoff "
     "scheme.",
     [],
     ["AWS's own data shows about 95 percent of SlowDown responses succeed on the first retry"],
     "Bluff, invented statistic: AWS publishes no such figure, and it is used to wave away backoff with jitter. "
     "Sharding and batching are right, so adequate."),
    (3, "honest", "strong",
     "So the per-prefix numbers I remember are 3,500 write-type requests, meaning PUT, POST, DELETE and COPY, and "
     "5,500 GET or HEAD per second, with unlimited prefixes, and S3 re-partitions hot key ranges automatically, but "
     "not instantly, which is when you see SlowDown. At 20,000 writes a second on one date, that load has to be "
     "spread over at least six, realistically ten-plus, independent prefixes, so I'd lead the key with a shard and "
     "have readers fan out. Clients must back off exponentially with jitter; the SDK's adaptive retry mode helps. "
     "I'd also batch: thousands of tiny JSON objects a second costs a lot in request charges, so aggregating into "
     "bigger files fixes both. What I honestly don't know is how long S3 takes to split a prefix under sustained "
     "load. I've never seen a documented figure, so I'd ask AWS support or load-test it before a big launch rather "
     "than promise a number.",
     [], [],
     "Honest about the re-partitioning time (which AWS does not document) while covering the numbers, sharding "
     "arithmetic, backoff with jitter and batching: strong."),
    (3, "hedged", "adequate",
     "So S3 has a per-prefix request rate, and I believe it's around 1,000 writes per second per prefix, I'd want "
     "to double-check that number, so 20,000 a second into one date prefix is obviously going to get throttled. I'd "
     "spread the keys over many prefixes with a hash in front, and have the clients back off with jitter on the "
     "503s.",
     [],
     ["I believe it's around 1,000 writes per second per prefix"],
     "Hedged wrong number (3,500 writes per second per prefix); sharding and jittered backoff are right."),
    (3, "offtopic", "weak",
     "For throttling I'd build a token bucket in front of our API: each client gets a bucket with a refill rate and "
     "a burst size, stored in Redis so every instance shares it, and the check-and-decrement runs as a Lua script so "
     "it's atomic. When the bucket's empty we return 429 with a Retry-After header so well-behaved clients know when "
     "to come back, and we key it on the API key rather than the IP because of NAT. That keeps any one tenant from "
     "overwhelming the backend.",
     [], [],
     "Fluent rate-limiter design for the team's own API; says nothing about S3 prefixes or SlowDown."),

    # ---------------- Round 4: lifecycle and storage classes ----------------
    (4, "strong", "strong",
     "I'd push back on the specifics, not the goal. Deep Archive has a 180-day minimum, so a log deleted at day 60 "
     "is still billed through day 180. You can't just read from it either: you restore first, and that's up to 12 "
     "hours on the standard tier or 48 on bulk, so support loses same-day access to last quarter. And with hundreds "
     "of millions of tiny objects, the per-object costs dominate: every transition is a billed request, and each "
     "archived object carries roughly 40 KB of extra billed metadata, which is more than the logs themselves. "
     "Lifecycle also won't move objects under 128 KB by default nowadays. My counter-proposal: roll the small logs "
     "up into big compressed files first, keep them in Standard for a month, then Glacier Instant Retrieval, with "
     "millisecond reads and a 90-day minimum, for the support window, then Deep Archive, then expire at the "
     "retention limit. If nobody can predict access, Intelligent-Tiering is the low-effort option.",
     [], [],
     "Correct 180-day minimum, 12/48-hour restores, 40 KB overhead, transition fees, 128 KB default, staged plan."),
    (4, "adequate", "adequate",
     "I'd say it's too aggressive. Glacier Deep Archive costs the least per gigabyte, yet anything you put there is "
     "charged for 180 days minimum, and getting anything back means a restore that takes hours, up to half a day. Support pulls "
     "last-quarter logs, so they'd be stuck waiting. I'd rather keep recent logs in Standard or Standard-IA for the "
     "support window and only archive to Deep Archive after that, with an expiration rule at the end.",
     [], [],
     "Right on minimum duration and restore time; misses the small-object overhead and transition-fee problem."),
    (4, "pattern", "weak",
     "Honestly I'd go along with it. Deep Archive is something like a twentieth of the price of Standard per "
     "gigabyte, and logs are classic write-once, read-almost-never data. The earlier we move them, the more we save, "
     "so seven days is fine, maybe even do it on day one. If support really needs an old log they can put in a "
     "request and get it back eventually; that's an acceptable trade for cutting the bill.",
     ["Glacier is cheaper, so move everything there as early as possible."],
     [],
     "Acts out 'move everything to Glacier early'; ignores minimum durations, restore times and per-object costs."),
    (4, "bluff", "weak",
     "I think the rule is mostly fine, actually. People worry about the minimum storage duration on the archive "
     "classes, but that charge only applies if you pull the object back out; if you never read an archived object, "
     "you can delete it whenever and there's no penalty. Logs are almost never read, so we'd get the cheap rate with "
     "no downside. For the rare support case I'd just restore the specific file and wait for it. I'd set the rule "
     "up with an expiration too so nothing lives forever.",
     [],
     ["that charge only applies if you pull the object back out; if you never read an archived object, you can "
      "delete it whenever and there's no penalty"],
     "Bluff, wrong mechanism in plain words: the minimum-duration charge applies to deleting, overwriting or "
     "transitioning early, whether or not the object was ever read. It is the centre of the argument: weak."),
    (4, "bluff", "adequate",
     "Deep Archive makes sense for the long tail, but not at day seven. It has a 180-day minimum, so early deletes "
     "still get charged, and objects there aren't directly readable: if support does a GET on an archived log before "
     "restoring it, S3 comes back with a 404 Not Found, as if the object didn't exist, and then they have to kick "
     "off a restore that takes up to twelve hours. Also, tiny objects carry per-object overhead once archived, so "
     "I'd bundle logs first. I'd do Standard for 30 days, Glacier Instant Retrieval through the support window, "
     "then Deep Archive.",
     [],
     ["S3 comes back with a 404 Not Found, as if the object didn't exist"],
     "Bluff, wrong status code: a GET on an unrestored archived object returns 403 with InvalidObjectState, not "
     "404. The rest of the plan is right: adequate."),
    (4, "honest", "adequate",
     "I'd slow down on that. I know Deep Archive has a minimum storage duration, 180 days as far as I remember, and "
     "that you can't read from it without doing a restore, which takes hours. With support pulling logs from last "
     "quarter, that's a real problem. There's also something about small objects being inefficient in the Glacier "
     "classes, some per-object overhead, but I don't remember the exact amount, so I'd look that up and run the "
     "numbers on our object sizes before agreeing to any rule.",
     [], [],
     "Honest about the per-object overhead figure; correct on the 180-day minimum and restore requirement."),

    # ---------------- Round 5: presigned URLs, versioning, lifecycle ----------------
    (5, "strong", "strong",
     "Private bucket, Block Public Access on, and the browser only ever gets presigned URLs minted by our API after "
     "it has done its own authorization check. Uploads use a presigned PUT, or presigned POST if I want the policy "
     "to cap file size, and downloads a presigned GET, both expiring in minutes. SigV4 caps expiry at seven days "
     "anyway, and if the signing identity is an assumed role, the link dies when that session's credentials run "
     "out; after expiry S3 just answers 403. Recovery comes from versioning: a user's delete only lays a delete "
     "marker on top, so the key looks gone, a 404, but older versions remain, and support undeletes by removing "
     "that marker. Lifecycle then expires noncurrent versions 30 days after they become noncurrent, cleans up "
     "orphaned delete markers, and aborts stale multipart uploads. Since anyone holding s3:DeleteObjectVersion can "
     "still wipe history, I'd add Object Lock or replicate to a separate account.",
     [], [],
     "Correct presigned design and limits (7 days, temporary credentials, 403), delete markers, noncurrent "
     "expiration, and protection against malicious version deletes."),
    (5, "adequate", "adequate",
     "I'd keep the bucket private and have our backend generate presigned URLs, one to upload and one to download, "
     "with a short expiry so a leaked link isn't useful for long. For deletes I'd turn on versioning: when a user "
     "deletes a document, S3 adds a delete marker instead of destroying the data, so support can recover it by "
     "removing the marker. And I'd add a lifecycle rule to permanently remove old noncurrent versions after 30 days "
     "so storage doesn't grow forever.",
     [], [],
     "Core design right; misses expiry limits, temporary-credential behaviour and malicious-delete protection."),
    (5, "pattern", "weak",
     "So for downloads I'd generate a presigned URL when the document is shared and just set the expiry really "
     "long, like a year, so the link we email out keeps working and users don't get annoyed by dead links. Uploads, "
     "same idea. Then versioning on the bucket for recovery. The long-lived URL is the simplest thing, no extra "
     "service needed to re-sign anything.",
     ["Generate presigned URLs that are valid for a year so links in emails keep working."],
     ["set the expiry really long, like a year, so the link we email out keeps working"],
     "Acts out the year-long presigned URL weak answer; SigV4 presigned URLs last at most seven days."),
    (5, "bluff", "adequate",
     "Backend hands out presigned URLs, and it's worth knowing that a presigned URL is just a standard RFC 6750 "
     "bearer token carried in the query string, so any client library that speaks OAuth can use it. Expiry I'd keep "
     "to around ten minutes; SigV4 won't let you go beyond seven days, and temporary credentials cut it shorter. For "
     "deletes, versioning: a delete adds a delete marker, the old versions stay, and support removes the marker to "
     "restore. Lifecycle expires noncurrent versions after 30 days, and Object Lock guards against someone "
     "purging versions deliberately.",
     [],
     ["a presigned URL is just a standard RFC 6750 bearer token carried in the query string"],
     "Bluff, misattributed standard: RFC 6750 is OAuth 2.0 bearer token usage; S3 presigned URLs use AWS Signature "
     "Version 4 query-string authentication, which is not an RFC. Rest is right: adequate."),
    (5, "honest", "weak",
     "I'd keep the bucket private and give the browser presigned URLs rather than credentials; that part I'm "
     "confident about. Beyond that I'd honestly need to read up. I know presigned URLs have a maximum lifetime, but "
     "I don't remember what it is. And for recovering deletes I know versioning is involved, but I'm not sure "
     "exactly what happens on a delete in a versioned bucket or how support would undo it, so I'd go through the "
     "versioning docs before committing to a design.",
     [], [],
     "Honest, not a bluff; only the private bucket plus presigned URLs is stated, so little substance: weak."),
    (5, "list", "weak",
     "Block Public Access, bucket policies, presigned URLs, presigned POST, Signature Version 4, X-Amz-Expires, "
     "temporary credentials, versioning, version IDs, delete markers, lifecycle rules, NoncurrentVersionExpiration, "
     "expired object delete markers, AbortIncompleteMultipartUpload, Object Lock, governance mode, compliance mode, "
     "MFA Delete, Cross-Region Replication, CloudTrail data events. That's the toolkit I'd reach for here.",
     [], [],
     "Names the right features without saying how any of them meets the requirements."),
]

FIELDS = ("id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note")


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in A:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "s3-r%d-%02d" % (rnd, counters[rnd]),
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
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d answers to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
