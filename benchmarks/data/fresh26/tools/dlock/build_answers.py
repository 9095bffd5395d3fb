#!/usr/bin/env python3
"""Build distributed-locks_answers.jsonl: 30 labelled answers (6 per round) for the
distributed-locks gauntlet. Run: python3 build_answers.py"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "distributed-locks_answers.jsonl")
SHORT = "dlock"

# Each entry: (round, kind, band, answer, pattern_quotes, false_claims, note)
A = []


def add(rnd, kind, band, answer, note, pattern_quotes=(), false_claims=()):
    A.append((rnd, kind, band, " ".join(answer.split()), list(pattern_quotes), list(false_claims), note))


# ---------------------------------------------------------------- Round 1
add(1, "strong", "strong", """
Okay, so on one Redis node I'd grab the lock with a single SET carrying both NX and PX, meaning the key
is only created if nobody has it, and it gets a millisecond expiry, say thirty seconds. The value isn't
just '1', it's a random string only this worker knows. To let go I can't simply delete the key, because
if my job overran, the lease might have lapsed and another worker could own it by now. So I run a tiny
Lua script: compare the stored value with mine and delete only on a match, and because Redis executes
scripts atomically, nobody sneaks in between. If the batch runs long I renew the same way, compare and
then PEXPIRE. Why not SETNX plus EXPIRE? Two round trips, and dying in between leaves a key that never
expires. Limits: writes reach replicas asynchronously, so a failover right after my SET can lose the key
and hand the lock to someone else, and a worker can outlive its lease. So it's fine for avoiding
duplicate work, not as a correctness guarantee.
""", "Atomic SET NX PX with a random value, compare-and-delete release in Lua, renewal, why SETNX+EXPIRE "
     "is unsafe, async-replication failover and lease expiry limits, efficiency vs correctness: most of "
     "the substance, correct, own wording.")

add(1, "adequate", "adequate", """
I'd use SET with NX and an expiry, PX in milliseconds, so acquiring and setting the timeout happen in
one command. The value should be something unique per worker, like a UUID, because when you release
you need to make sure it's still yours, and I'd do that check-and-delete inside a Lua script so it's
atomic. The expiry is there so that if a worker crashes halfway through the batch, the lock frees
itself eventually. That's basically the happy path. I guess the main limit is picking the TTL well,
longer than the job normally takes.
""", "Core acquire/release is correct, but it misses the failover hole from asynchronous replication, "
     "the holder outliving its lease, renewal, and the efficiency-vs-correctness limit.")

add(1, "pattern", "weak", """
Yeah so Redis has SETNX, set if not exists, which is exactly a lock. Each worker calls SETNX on the
batch key, and whoever gets a 1 back owns it. Then right after that I'd call EXPIRE on the key with
like sixty seconds, just so it doesn't hang around forever if something breaks. When the job finishes,
you delete the key and the next run can take it. It's simple and Redis is super fast, so I don't
really see a problem with it for a nightly job.
""", "Acts out SETNX followed by a separate EXPIRE (non-atomic, a crash between them leaves a lock with "
     "no expiry) and a bare DEL on release (can delete another worker's lock); no limits discussed.",
    pattern_quotes=["Use SETNX to take the lock and then call EXPIRE on the key.",
                    "When the job is done, just DEL the key."])

add(1, "bluff", "adequate", """
So the modern way is SET key token NX PX 30000, one atomic command. Worth knowing that the NX and PX
options only landed on SET in Redis 6.0, so a lot of older code you'll see still does SETNX and then
EXPIRE, which has that gap where a crash leaves a key with no TTL. The token is random per worker, and
I'd release with a Lua script that checks the token before deleting, so I never remove someone else's
lock. On limits, Redis replicates asynchronously, so a primary failover can drop a freshly set lock and
a second worker grabs it. Fine for efficiency, not for strict correctness.
""", "Bluff, contradicted version number: SET gained the NX/EX/PX options in Redis 2.6.12, not 6.0. The "
     "false claim is peripheral; the design is otherwise right, so the band is capped at adequate.",
    false_claims=["the NX and PX options only landed on SET in Redis 6.0"])

add(1, "honest", "strong", """
I'd do it as one atomic SET with the not-exists flag and a millisecond expiry, with a random per-worker
value. Honestly I don't remember which Redis version added those options to SET, I'd have to look that
up, but I know the old SETNX-then-EXPIRE approach is unsafe because a crash between the two leaves a key
that never expires. Releasing has to check the value matches mine before deleting, in a Lua script so
it's atomic; I'd need to look up the exact script, I've always copied it from the docs. Same trick for
extending the lease on long jobs. The catch is failover: replicas get writes asynchronously, so a
promoted replica might not have my key, and a stalled worker can outlive its TTL. Good enough to stop
duplicate work, not to guarantee correctness on its own.
""", "Honest about the version and the exact Lua script, but covers almost all the substance correctly "
     "(atomic acquire, token, safe release, renewal, failover and lease limits), so banded strong.")

add(1, "list", "weak", """
Redis lock, so: SET, NX, PX, TTL, random value, Lua script, compare-and-delete, SETNX, EXPIRE,
replication, failover, Redlock. Those are the pieces I'd be thinking about, plus efficiency versus
correctness and lease renewal with PEXPIRE. Yeah, that's the toolbox I'd reach for here, more or less.
""", "Names the right terms without saying how any of them works or why: a list, weak.")

# ---------------------------------------------------------------- Round 2
add(2, "strong", "strong", """
When worker 1 comes back from the pause it has no clue forty seconds went by. As far as it knows the
lock is still its own, so it goes ahead and writes, and since worker 2 has written too, you get a
clobbered file or a lost update. You might think 'just re-check the lock before writing', but the
stall, or a slow packet, can come after that check, so you narrow the gap without ever closing it. The
answer is fencing: on each grant the lock service hands out a number that only goes up, the worker
attaches it to every write, and the storage keeps the largest number it has seen and refuses anything
older. Say worker 1 was given 33 and worker 2 was given 34, then the late write stamped 33 bounces. The
storage must cooperate, for example a conditional UPDATE in the database, or a compare-and-set on the
object. And the number needs an ordered source like etcd's revision or a ZooKeeper zxid; a random Redis
value can't be ordered.
""", "Explains the double write, why check-before-write cannot close the window, fencing tokens checked "
     "by the resource with an example, and where an ordered token comes from: strong.")

add(2, "adequate", "adequate", """
The problem is worker 1 resumes after the pause still believing it holds the lock, and it overwrites
what worker 2 wrote. The lease expiring doesn't stop it, since the process literally wasn't running to
notice. To fix it I'd have the storage layer reject stale writers, something like a version or token
number that goes up every time the lock is handed out, and the store refuses a write with an older
number than one it has already seen. I'm less sure how you'd get that number out of Redis, though.
""", "Core fencing idea is right, but it doesn't explain why re-checking before the write fails or which "
     "lock services can issue an ordered token, and it leaves the Redis question open.")

add(2, "pattern", "weak", """
Honestly the fix here is the TTL. Thirty seconds is way too tight if your JVM can pause for forty. I'd
look at our GC logs, find the worst pause we've ever had, and set the lease to, say, five minutes,
which is way more than any pause. We could also tune the collector so pauses are shorter. Then worker
1's lease is still valid when it wakes up, worker 2 never gets in, and the problem goes away.
""", "Acts out 'make the TTL longer than any pause': pauses have no upper bound, and a longer TTL only "
     "delays recovery after a real crash; no fencing.",
    pattern_quotes=["Make the TTL longer than any GC pause we'd ever see."],
    false_claims=["the problem goes away"])

add(2, "bluff", "adequate", """
So worker 1 wakes up, thinks it still has the lock, and writes over worker 2's changes. Re-checking
the lock right before the write doesn't save you, because the stall can land between the check and the
write. What you want is fencing tokens, which are actually standardised in RFC 6585: the lock server
issues an increasing number with each grant, the client passes it along with the write, and the
storage server has to reject any write whose token is lower than one it's already accepted. So the
resource has to participate and remember the highest token. ZooKeeper's zxid works well as the number.
""", "Bluff, misattributed RFC: RFC 6585 defines additional HTTP status codes (428, 429, 431, 511); no "
     "RFC standardises fencing tokens. The mechanism described is right, so capped at adequate.",
    false_claims=["fencing tokens, which are actually standardised in RFC 6585"])

add(2, "bluff", "weak", """
This one is mostly handled for you, actually. When a process comes out of a stop-the-world pause, the
lock client re-validates its lease before your application thread gets to run again, so worker 1
discovers it has lost the lock before it can issue the write, and it just gets an error back. That's
why the lease model works: the old holder can never write after its lease is gone. Where you do have
to be careful is network partitions, so I'd still keep the TTL reasonable and monitor how often leases
expire.
""", "Bluff, wrong mechanism in plain words plus a false absolute: nothing re-validates a lease before a "
     "paused thread resumes, and a stale holder can write after expiry; that is exactly why fencing "
     "is needed. The false claim is the centre of the answer, so weak.",
    false_claims=["the lock client re-validates its lease before your application thread gets to run again",
                  "the old holder can never write after its lease is gone"])

add(2, "hedged", "adequate", """
Worker 1 resumes, believes it's still the owner, and writes, so now you've got two writers. Checking
first doesn't help, since the pause can hit right after the check. I'd use fencing: the lock service
gives out an increasing token per grant and the storage refuses writes with a token below the highest
it's seen. In etcd you can use the key's revision as the token. I think that revision is a 32-bit
counter, so in theory it could wrap around eventually, but I'd want to check that before relying on it.
""", "Hedged wrong number: etcd's revision is a 64-bit integer (int64). Otherwise a correct core answer on "
     "fencing, without detail on how the resource enforces it.",
    false_claims=["I think that revision is a 32-bit counter"])

# ---------------------------------------------------------------- Round 3
add(3, "strong", "strong", """
I'd push back. Mechanically, Redlock notes the start time, sends the same set-if-absent with a TTL and
one random value to all five nodes with a tight per-request timeout, and counts the lock as taken when
three or more said yes and acquiring didn't eat most of the TTL; what's left, minus a drift margin, is
how long you can trust it. On failure you unlock everywhere. The trouble is it's only safe if clocks,
pauses and network delays behave. A node whose clock steps forward drops the key early and someone else
can collect three votes. A node that crashes and comes back without the key on disk has forgotten the
lock, so you'd need fsync on every write or keep it down past the longest TTL. And there's no fencing
token, so the paused-client problem is untouched. For capturing payments I'd make the capture itself
idempotent, with a unique constraint on the payment or the provider's idempotency key. If the lock just
saves wasted work, one Redis box is plenty; for correctness, go to etcd or ZooKeeper and fence.
""", "Describes Redlock's acquire and validity, the clock-jump and restart-without-persistence failures, "
     "the missing fencing token, idempotent capture, and efficiency vs correctness: strong.")

add(3, "adequate", "adequate", """
I wouldn't trust Redlock for exactly-once payments. It needs a majority of the five masters to accept
the key within the lease time, but the whole thing leans on clocks being roughly in sync and processes
not stalling. If one server's clock jumps ahead, its copy of the lock expires early, and two clients
can both end up with three out of five. For payments I'd rather have the database enforce it, like a
uniqueness constraint keyed on the payment ID, so even if two workers run, only one capture goes through.
""", "Right verdict and the main timing hazard plus a data-level fix, but misses restarts without "
     "persistence, the missing fencing token, and the efficiency-vs-correctness framing.")

add(3, "pattern", "weak", """
Yeah, I think Redlock is exactly the right move here. The single Redis was the weak point, and now with
five masters you need three to agree, so it's a quorum, basically the same idea as Raft or Paxos. One
node can die or get partitioned and the lock is still held by the majority. So for payments we'd be
safe, each payment would only get captured by whoever holds the lock.
""", "Acts out 'a majority vote makes it as safe as Raft': Redlock has no log, terms or agreed ordering and "
     "depends on timing assumptions; and no lock alone gives exactly-once capture.",
    pattern_quotes=["Five masters with a majority vote make it as safe as Raft."],
    false_claims=["basically the same idea as Raft or Paxos", "So for payments we'd be safe"])

add(3, "bluff", "weak", """
Redlock's a big step up from a single node. The way it works is you write the lock to a majority of the
five masters, and then those masters copy the key between each other, so every node ends up with it.
That means if one crashes or restarts, the others still have the lock and nobody else can get a
majority. The main thing to watch is the TTL: pick it comfortably longer than a payment capture takes.
With that, I'm comfortable using it to make sure each payment is captured once.
""", "Bluff, wrong mechanism in plain words: Redlock's masters are fully independent and never replicate "
     "keys to each other; a restarted node without persistence simply forgets the lock. Central to the "
     "answer's safety argument, and it endorses Redlock for payments, so weak.",
    false_claims=["those masters copy the key between each other, so every node ends up with it"])

add(3, "honest", "adequate", """
I remember the outline: you try to take the key on all five nodes and you need a majority within the
TTL. I don't remember exactly how the validity time is computed, or what the recommended per-node
timeout is, I'd have to look those up in the Redis docs. What I'm confident about is that its safety
depends on timing, clocks not jumping and clients not pausing, and there's Kleppmann's critique on
exactly that. For payments I'd skip locks entirely and make capturing idempotent, keyed on something
unique, so a duplicate simply fails.
""", "Honest about the validity formula and timeouts; gets the timing dependence and the idempotent fix "
     "right but misses restarts and fencing, so adequate.")

add(3, "offtopic", "weak", """
With five Redis masters I'd actually look at Redis Cluster instead. Cluster splits the keyspace into
16,384 hash slots and assigns ranges of slots to each primary, and every primary can have replicas that
take over if it fails. You can use hash tags in braces so related keys land in the same slot, which lets
multi-key commands and Lua scripts work. Resharding moves slots between nodes online, and clients follow
MOVED and ASK redirects. It scales writes horizontally, which a single Redis never will.
""", "Fluent and accurate about Redis Cluster sharding, but says nothing about lock safety, Redlock or "
     "exactly-once payments: off-topic, weak.")

# ---------------------------------------------------------------- Round 4
add(4, "strong", "strong", """
Partly. What you gain is real: both systems commit a write on a quorum before confirming it, ZAB in
ZooKeeper and Raft in etcd, so losing a leader doesn't lose a lock grant, and all grants sit in one
global order. The ZooKeeper recipe, which Curator packages up as InterProcessMutex, has each contender
create an ephemeral, sequential child node; the smallest number wins, and everyone else watches just the
node immediately ahead of them, so a release doesn't cause a thundering herd. If the holder's session
dies, its node goes with it, and by default session timeouts are bounded to between two and twenty ticks. etcd does
it with a lease: you create one with a TTL, put the lock key under it and keep refreshing; the Go
concurrency Mutex orders waiters by create revision. What doesn't change is the GC story: a client
frozen past its session or lease loses the lock correctly, then wakes up and acts anyway. The upside is
you now get a monotonic number to fence with, the revision or the zxid, so fence at the resource, and
budget for operating an ensemble of three or five servers.
""", "Covers quorum replication, the ZooKeeper ephemeral-sequential recipe and herd avoidance, session "
     "bounds, etcd leases and the Mutex, why pauses still break it, fencing tokens and operational cost.")

add(4, "pattern", "weak", """
Yes, I'd agree with the teammate. The whole issue with Redis was that it isn't consensus-based, so a
failover or a clock jump could give the lock to two people. ZooKeeper and etcd are linearizable, so
there's only ever one holder, full stop. That means we can drop the fencing token stuff, which was
really a workaround for Redis, and just use Curator's lock recipe or etcd's mutex.
""", "Acts out 'consensus makes the lock perfectly safe, skip fencing': a paused client can still act "
     "after its session or lease expired; fencing is needed with any lock service.",
    pattern_quotes=["Yes, consensus makes the lock perfectly safe, so we can skip fencing."],
    false_claims=["so there's only ever one holder, full stop",
                  "which was really a workaround for Redis"])

add(4, "bluff", "adequate", """
It's half true. The lock service itself becomes solid, because grants go through a quorum and can't be
lost in a failover. In ZooKeeper you'd create an ephemeral sequential node and watch your predecessor,
and etcd implements its mutex the same way, with ephemeral sequential znodes under the lock prefix, so
the two behave almost identically. But a paused client can still outlive its session, the lock moves
on, and the old client wakes up and writes. So I'd still pass a fencing token, for example the zxid, to
the storage and have it reject older ones.
""", "Bluff, feature credited to the wrong product: znodes and ephemeral sequential nodes are ZooKeeper's; "
     "etcd has flat keys attached to leases and orders waiters by create revision. Verdict and fencing "
     "are right, so adequate.",
    false_claims=["etcd implements its mutex the same way, with ephemeral sequential znodes under the lock prefix"])

add(4, "bluff", "adequate", """
Consensus fixes the part where the lock server itself loses or double-grants the lock, since ZooKeeper
and etcd commit to a majority. It doesn't fix the client side. Session expiry during GC is the classic
failure, and it's common: something like 40 percent of ZooKeeper lock incidents in production trace back
to a client's session expiring during a long collector pause. So you still need the storage to check a
fencing token; etcd's revision on the lock key or the zxid both work because they only increase. And
running a consensus cluster is its own operational cost.
""", "Bluff, invented statistic: there is no such measured share of ZooKeeper lock incidents. The rest "
     "is correct but thin on how the locks work, so adequate.",
    false_claims=["something like 40 percent of ZooKeeper lock incidents in production trace back to a "
                  "client's session expiring during a long collector pause"])

add(4, "honest", "adequate", """
My take is it fixes the server side but not the client. ZooKeeper and etcd agree on grants through a
quorum, so a failover won't hand the lock out twice. But a client stuck in GC past its session timeout
or lease TTL still wakes up thinking it's the owner, so fencing is still needed. I'm honestly not sure
of ZooKeeper's session timeout limits, whether it's bounded by the tick time or configured directly, I'd
look that up. And I'd need to check which etcd field you'd use as the token, I think it's a revision of
some kind.
""", "Honest about session-timeout bounds and the etcd token field; the core verdict is right but the "
     "lock recipes and operational cost are missing, so adequate.")

add(4, "list", "weak", """
ZooKeeper, etcd, ZAB, Raft, quorum, ephemeral nodes, sequential nodes, sessions, tickTime, watches,
herd effect, Curator, leases, keepalive, revisions, zxid, fencing. I'd bring all of those into the
discussion and compare ZooKeeper and etcd across them before deciding whether I agree with the teammate.
""", "Only names the relevant terms and never answers whether the pause problem goes away: a list, weak.")

# ---------------------------------------------------------------- Round 5
add(5, "adequate", "adequate", """
A lot of the time you don't need one. If the thing you're protecting lives in a database, let the
database do it: a unique constraint so a duplicate insert fails, or optimistic concurrency with a
version column where the update only applies if the version is still the one you read. For job queues
in Postgres, FOR UPDATE SKIP LOCKED lets workers grab different rows without stepping on each other.
And making operations idempotent means running twice is harmless. If I did need a lock, I'd first ask
whether it's for efficiency or correctness.
""", "Correct core alternatives, but misses single ownership by partitioning, advisory locks, what to use "
     "when a lock is needed, and monitoring.")

add(5, "pattern", "weak", """
Honestly I'd flip it around: I'd rather have a lock than not. If two things could ever write the same
data, wrap the write in a distributed lock, one shared Redis or etcd lock library for the whole company,
and then you never have to think about races again. It's a few milliseconds per write and it makes the
system much easier to reason about.
""", "Acts out 'put a distributed lock around every write': serializes throughput, adds a failure mode, "
     "and is still unsafe without fencing.",
    pattern_quotes=["Put a distributed lock around every write to be safe."],
    false_claims=["then you never have to think about races again"])

add(5, "bluff", "adequate", """
I'd avoid a lock whenever the store can enforce the rule. For updates to one record I like optimistic
concurrency: the client reads the resource with its ETag, sends the update with If-Match, and if someone
changed it in between, the server rejects it with 409 Conflict, which is exactly what the HTTP spec
prescribes for a failed precondition, and the client re-reads and retries. For duplicate effects, a
unique constraint or an idempotency key. For queue workers, SKIP LOCKED in Postgres. And where one owner
per key makes sense, partition the work so only one consumer handles each key.
""", "Bluff, wrong status code: a failed If-Match precondition is 412 Precondition Failed (RFC 9110), not "
     "409 Conflict. The alternatives are otherwise right, so adequate.",
    false_claims=["rejects it with 409 Conflict, which is exactly what the HTTP spec prescribes for a failed precondition"])

add(5, "honest", "weak", """
I know the general answer is that you often don't need a lock if the database can handle it, but
honestly I haven't worked much with the alternatives. I've heard of advisory locks in Postgres and of
optimistic locking, but I'd have to look up how they actually work before I could say when to use which
one. I'd probably ask someone on the team who has done this before.
""", "Honest, but names only two alternatives without explaining them; little substance, so weak.")

add(5, "hedged", "adequate", """
When the database already holds the state, I'd let it enforce things instead of adding a lock service.
Queues: Postgres's FOR UPDATE SKIP LOCKED, which came in around version 9.0 if I remember right, I'd
double-check, lets each worker claim rows nobody else has locked. Single records: compare-and-set on a
version number. Duplicates: idempotency keys with a unique constraint. And sometimes you design the lock
away by giving each key a single owner, like partitions in a Kafka consumer group. If a lock is still
needed, I'd know whether it's protecting efficiency or correctness, and fence for the latter.
""", "Hedged wrong version: SKIP LOCKED arrived in PostgreSQL 9.5, not 9.0. The alternatives are right but "
     "brief, so adequate.",
    false_claims=["which came in around version 9.0 if I remember right"])

add(5, "offtopic", "weak", """
Locks in general are dangerous because of deadlocks. In Postgres, if two transactions each hold a row
lock the other needs, the deadlock detector kicks in after deadlock_timeout, which is one second by
default, and aborts one of them with a deadlock detected error. The standard prevention is to always
acquire locks in a consistent order, say by primary key, keep transactions short, and set lock_timeout
so nothing waits forever. In Java it's the same idea with ReentrantLock and tryLock with a timeout.
""", "Fluent and accurate about local deadlocks, but never answers when to avoid a distributed lock or "
     "what to use instead: off-topic, weak.")


def main():
    # deterministic shuffle inside each round so position does not reveal the kind
    rng = random.Random(26)
    ordered = []
    for r in range(1, 6):
        block = [a for a in A if a[0] == r]
        rng.shuffle(block)
        ordered.extend(block)
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in ordered:
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
    print(f"wrote {len(A)} answers to {OUT}")


if __name__ == "__main__":
    main()
