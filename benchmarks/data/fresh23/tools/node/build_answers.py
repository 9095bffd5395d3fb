#!/usr/bin/env python3
"""Build node_answers: 30 labelled answers for the gauntlet nodejs-event-loop.txt.

Writes nodejs-event-loop_answers.jsonl next to this file, one JSON object per line, with the
fields in this order: id, round, answer, band, bluff, kind, pattern_quotes, false_claims, note.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "nodejs-event-loop_answers.jsonl")


def rec(id_, round_, answer, band, kind, pattern_quotes=(), false_claims=(), note=""):
    return {
        "id": id_,
        "round": round_,
        "answer": " ".join(answer.split()),
        "band": band,
        "bluff": kind == "bluff",
        "kind": kind,
        "pattern_quotes": list(pattern_quotes),
        "false_claims": list(false_claims),
        "note": note,
    }


ANSWERS = [
    # ------------------------------------------------------------------ Round 1
    rec("node-r1-01", 1, """
Okay so — A and F come out first, that's just the synchronous code finishing. Then E, because Node
empties the nextTick queue before it even looks at promises, and then D from the promise queue. After
that it's the timer B and the immediate C, and honestly from the top-level script you can't promise
which of those wins — a zero timeout gets bumped up to one millisecond, and it depends whether that
millisecond has elapsed by the time the loop reaches its timers stage. The loop itself cycles through
timers, pending callbacks, idle/prepare, then poll, which is where it sits waiting on I/O, then check
for setImmediate, then close handlers. If you schedule both from inside, say, an fs callback, the
immediate wins every time, because check comes straight after poll. Also worth knowing: since Node 11
both of those queues get flushed after each individual callback, and hammering nextTick recursively
can starve I/O entirely.
""", "strong", "strong",
        note="Correct order A F E D then B/C nondeterministic, with the 1 ms clamp as the reason; names all "
             "six phases, the deterministic case inside an I/O callback, the Node 11 change and nextTick "
             "starvation. Misses only the ES module nuance."),

    rec("node-r1-02", 1, """
So the two synchronous logs go first, A and F. Then process.nextTick's callback, so E, and after that
the promise's then, D — nextTick has its own queue that Node drains ahead of the promise jobs. Then we
get into the actual loop, where the timeout B and the immediate C run. I'd usually expect B first,
because the timers phase comes before the check phase where setImmediate lives, but I know that from
the main script it isn't strictly guaranteed and you can see them flip.
""", "adequate", "adequate",
        note="Correct order and correct caveat that B/C can flip, but no explanation of why (1 ms clamp), "
             "no walk through the phases, nothing on the I/O-callback case or starvation."),

    rec("node-r1-03", 1, """
Right, so A and F because they're synchronous. Then it's all about microtasks versus macrotasks.
Promises are microtasks, and microtasks always run first, so D prints next. Then nextTick, E, which
is sort of the next slot after the promise queue. And then the macrotasks in the order you registered
them — setTimeout's B, then setImmediate's C. So A, F, D, E, B, C.
""", "weak", "pattern",
        pattern_quotes=["Promises are microtasks and always go first, then nextTick, then setTimeout, then setImmediate."],
        false_claims=["Promises are microtasks, and microtasks always run first, so D prints next.",
                      "So A, F, D, E, B, C."],
        note="Acts out the first Common Weak Answer: promises before nextTick (backwards in CommonJS) and "
             "a fixed B-then-C order that the main module does not guarantee."),

    rec("node-r1-04", 1, """
A and F first, obviously, then E, since a nextTick callback fires the moment the current operation
finishes. The part most people get wrong is the promise. Promise callbacks don't get run until the
loop has gone all the way round — through timers, poll, check and the close callbacks — and only
then does Node flush the promise queue. So a timer that's already due will always beat a resolved
promise. That gives you A, F, E, then B and C from the timers and check phases, and D last of all,
at the very end of the iteration. That's also why people say promises are "cheaper" than timers:
they're batched once per loop.
""", "weak", "bluff",
        false_claims=["Promise callbacks don't get run until the loop has gone all the way round",
                      "So a timer that's already due will always beat a resolved promise."],
        note="Bluff, wrong mechanism in plain words plus a false absolute: the promise microtask queue is "
             "drained right after the nextTick queue, after the main script and after every callback, never "
             "once per full iteration, so D prints before B and C. The false claim is the centre of the "
             "answer, so weak."),

    rec("node-r1-05", 1, """
A and F first, I'm sure about that, sync code always finishes. Then I'm fairly confident it's E and
then D — nextTick callbacks get their own queue that runs before the promise ones. Where I'm honestly
shaky is B versus C. I remember there's a quirk where a zero setTimeout and setImmediate can come out
in either order, but I don't remember whether that's when you call them from the main module or from
inside an I/O callback. I'd need to look that up, or honestly just run it a few times and see.
""", "adequate", "honest",
        note="Honest about the timeout/immediate detail; the parts stated (A F E D, nextTick before promises, "
             "a known B/C quirk) are correct, but no phases or mechanism, so adequate."),

    rec("node-r1-06", 1, """
Honestly the bigger question for me is why the code is written like this in the first place. In our
codebase we banned raw callbacks and timers years ago — everything is async/await, and we have an
ESLint rule, no-floating-promises from typescript-eslint, so nobody forgets to await something. Once
you do that, the ordering question mostly goes away because the code reads top to bottom. I'd also
wrap the logging in a proper logger like pino instead of console.log, since console.log is synchronous
for terminals and files and can hurt throughput.
""", "weak", "offtopic",
        note="Fluent and about Node, but about code style and logging; never answers the printed order or "
             "explains the loop."),

    # ------------------------------------------------------------------ Round 2
    rec("node-r2-01", 2, """
So CPU at forty percent while disk reads crawl — that's the classic sign of the libuv pool being
saturated rather than the main thread. The pool is only four threads unless you change it, and
everything that can't be done with non-blocking OS calls shares it: fs operations, dns.lookup since
getaddrinfo blocks, crypto like pbkdf2 and scrypt and randomBytes, zlib, and native addons such as
bcrypt. Sockets themselves don't use it. Put four bcrypt hashes in flight, or a couple of hashes plus
slow lookups of the partner's hostname, and your template read just queues behind them. What I'd do:
cache the templates at boot so they never hit the pool, cache DNS answers or plug a caching lookup
into the agent, and put a concurrency limit on hashing. Then raise UV_THREADPOOL_SIZE through the
deployment environment — it's read the first time the pool spins up, and it tops out at 1024 — and I
wouldn't go wild, since CPU-heavy hashing beyond the core count just gets time-sliced.
""", "strong", "strong",
        note="Right diagnosis (pool starvation), right default (4) and max (1024), what uses the pool and "
             "that sockets don't, fixes in a sensible order, and why the env var must be set early."),

    rec("node-r2-02", 2, """
This is thread-pool starvation. Your JavaScript is on one thread, but the async fs calls, the
dns.lookup for the partner hostname and the native bcrypt hashing all run on libuv's worker pool,
while the actual socket traffic doesn't. Out of the box libuv sizes that pool to the number of CPU
cores on the machine, so on a small four-vCPU pod you've got four threads, and a handful of bcrypt
hashes plus a slow resolver take all of them; the 1 ms read sits in the queue. I'd cache the
templates in memory, cache DNS, limit concurrent hashes, and set UV_THREADPOOL_SIZE explicitly in
the environment so the size doesn't change with whatever node the pod lands on.
""", "adequate", "bluff",
        false_claims=["Out of the box libuv sizes that pool to the number of CPU cores on the machine"],
        note="Bluff, contradicted default: the libuv pool defaults to 4 threads regardless of core count. "
             "The diagnosis and fixes are right, so the false default is not the centre; capped at adequate."),

    rec("node-r2-03", 2, """
It's the libuv thread pool — bcrypt and the file reads are fighting over the same threads. The good
news is the fix is basically one line. The libuv maintainers benchmarked this, and every doubling of
UV_THREADPOOL_SIZE gives you roughly 40 percent more file-system throughput, all the way up to 64
threads, so I'd just set it to 64 in the environment and be done. Beyond 64 the gains flatten out,
which is why nobody goes higher. Once that's in, the template reads won't queue behind the hashing
any more.
""", "weak", "bluff",
        false_claims=["every doubling of UV_THREADPOOL_SIZE gives you roughly 40 percent more file-system throughput, all the way up to 64 threads"],
        note="Bluff, invented statistic attributed to the libuv maintainers; no such benchmark figure exists, "
             "and more threads do not add throughput when the threads are busy with CPU-bound hashing. The "
             "made-up number drives the whole fix, so weak."),

    rec("node-r2-04", 2, """
Yeah so in Node basically all I/O is handed off to the libuv thread pool — file reads, the bcrypt
stuff, and the HTTP calls to the partner API too, since every socket read goes through a worker
thread. With only four threads by default, all of that is competing, so of course reads slow down.
The fix is to bump UV_THREADPOOL_SIZE way up, like 128, and then there's room for everything.
""", "weak", "pattern",
        pattern_quotes=["Every kind of I/O, sockets included, goes through the thread pool, so just set UV_THREADPOOL_SIZE to 128."],
        false_claims=["the HTTP calls to the partner API too, since every socket read goes through a worker thread"],
        note="Acts out the second Common Weak Answer: believes network sockets use the pool and reaches for "
             "a blindly large pool size without removing what occupies the threads."),

    rec("node-r2-05", 2, """
Okay, the keywords I'd bring up here: thread pool starvation, libuv, UV_THREADPOOL_SIZE, the default
size, the maximum size, getaddrinfo, dns.lookup versus dns.resolve, c-ares, /etc/hosts, fs.readFile,
crypto.pbkdf2, scrypt, randomBytes, zlib, the bcrypt native addon, epoll, kqueue, IOCP, a semaphore,
DNS caching, template caching, and canary latency.
""", "weak", "list",
        note="Names the right terms but says nothing about any of them: no diagnosis, no default, no fix."),

    rec("node-r2-06", 2, """
My first guess is the thread pool. bcrypt's native code and the fs reads both go onto libuv's
threads, and dns.lookup too I believe, so long-running hashes can block the quick file reads even
though the CPU isn't maxed. I think the default pool is 16 threads, but I'd want to double-check
that number. Either way I'd measure how many hashes are in flight at peak and set UV_THREADPOOL_SIZE
above that, and probably load the templates into memory once at startup.
""", "adequate", "hedged",
        false_claims=["I think the default pool is 16 threads"],
        note="Hedged wrong number (the default is 4). The diagnosis and two fixes are correct, but nothing on "
             "sockets not using the pool, DNS caching or when the variable is read, so adequate."),

    # ------------------------------------------------------------------ Round 3
    rec("node-r3-01", 3, """
Classic blocked loop. Parsing a 40 meg JSON body is synchronous, so while it's going every other
request on that pod just waits. To confirm, I'd put a little lag probe in: a setInterval every
500 ms that checks how late it actually fired, and export that as a metric — when the big body
lands you'd see it spike to a couple of seconds. The fix is to cap the request size; the default body
limit in Express is small, so someone must have bumped it, and anything legitimately that large
should go through an upload flow instead of an inline JSON body.
""", "adequate", "adequate",
        note="Correct core: synchronous parse blocks the loop, a drift-based lag metric confirms it, cap "
             "the body size. Misses profiling, event-loop utilization, offloading, load shedding and the "
             "liveness-probe restarts."),

    rec("node-r3-02", 3, """
The parse is hogging things, so I'd give it more room. Node hands heavy work to the libuv threads,
so I'd set UV_THREADPOOL_SIZE to something like 32 — that way JSON.parse gets farmed out to the
libuv threads and the main loop stays free to answer the other routes and the health check. Then I'd
keep an eye on CPU across the cores to confirm the load is spreading out.
""", "weak", "pattern",
        pattern_quotes=["Raise UV_THREADPOOL_SIZE so the parsing gets more threads."],
        false_claims=["JSON.parse gets farmed out to the libuv threads"],
        note="Acts out the Common Weak Answer about raising UV_THREADPOOL_SIZE; JSON.parse is JavaScript on "
             "the main thread and the libuv pool never runs JavaScript."),

    rec("node-r3-03", 3, """
I'd prove it with the built-in histogram — perf_hooks has monitorEventLoopDelay, you enable it, and
every few seconds you ship p99 and max to Prometheus, then reset. When a 40 MB body arrives you'll
see max delay hit two seconds. A CPU profile with --cpu-prof would then show JSON.parse as one huge
frame. Fixes: put a sane body limit back, and for genuinely big uploads, stream them. And I'd add
load shedding with the Fastify under-pressure plugin: once event-loop delay crosses a threshold it
answers with a 429 Too Many Requests so clients back off, and the load balancer treats that pod as
busy.
""", "adequate", "bluff",
        false_claims=["it answers with a 429 Too Many Requests"],
        note="Bluff, wrong status code: @fastify/under-pressure replies 503 Service Unavailable when the "
             "process is under pressure, not 429 (429 means the client exceeded a rate limit). The "
             "measurement and fixes are otherwise right; the status code is a side detail, so adequate."),

    rec("node-r3-04", 3, """
So step one, show it's the event loop. There's a perf_hooks API that gives you an event-loop delay
histogram — I don't remember its exact name off-hand, I'd look it up — and there's also event-loop
utilization, busy time over total time. I'd export both per pod and alert on them. Then profile: run
the inspector or a --cpu-prof capture while replaying a big body, and the parse will be the widest
frame. --trace-sync-io helps catch sync fs calls too. Fixes: a strict body-size limit at the ingress
and in the app; if large payloads are a real requirement, stream-parse them or move that processing
into a worker thread and send back only a small result. Load shedding: when lag is high, reply 503 so
the load balancer sends traffic elsewhere. And the restarts: the liveness probe can't get an answer
while the loop is stuck, so Kubernetes kills the pod. I'm not sure of the probe's default timeout,
I'd check the docs, but I'd make liveness lenient and separate from readiness.
""", "strong", "honest",
        note="Honest about two details (the API name, the probe default) but covers nearly all the "
             "substance correctly: delay histogram and ELU, profiling, limits, streaming or worker "
             "offload, 503 shedding and the liveness-probe amplification. Banded strong."),

    rec("node-r3-05", 3, """
JSON.parse on 40 megs is a long synchronous chunk of work, so the whole loop stalls for it and every
route's latency goes with it. I'd measure lag continuously with perf_hooks' delay histogram and
alert when p99 crosses, say, 200 ms. For the fix, the body parser's limit is the first thing to check:
I want to say the Express JSON limit defaults to 1 MB, but I'd verify that. Whatever it is, someone
raised it to let 40 MB through, so I'd lower it and handle big payloads asynchronously somewhere else.
""", "adequate", "hedged",
        false_claims=["I want to say the Express JSON limit defaults to 1 MB"],
        note="Hedged wrong default (express.json's limit defaults to 100kb). Core diagnosis, measurement and "
             "the size-limit fix are right; no profiling, shedding or liveness discussion, so adequate."),

    rec("node-r3-06", 3, """
I'd start at the database, because in my experience a latency jump like that is nearly always a
query. I'd turn on pg_stat_statements, find the slowest statements by total time, and run EXPLAIN
ANALYZE on them to look for sequential scans or a missing index. An N+1 pattern from the ORM is the
other usual suspect, where one request turns into hundreds of small queries. Fix the index, batch the
queries, maybe add a read replica, and the p99 comes back down.
""", "weak", "offtopic",
        note="Fluent but about database tuning; ignores the large JSON body, the pinned core and the event "
             "loop entirely."),

    # ------------------------------------------------------------------ Round 4
    rec("node-r4-01", 4, """
I'd push back a bit. Cluster's fine for using all the cores — the primary process accepts and
distributes connections, round-robin by default except on Windows, and every forked worker has its
own loop and its own heap, so one crashing doesn't take the others down. But a render that takes
300 ms of pure JS still sits on whichever loop picked up that request, and everything else that
process is serving waits. More processes only gives you more loops to block. For that you want
worker_threads: separate V8 isolates in the same process, each with its own loop. Keep a fixed pool,
Piscina is the usual choice, because booting a Worker per request costs tens of milliseconds and some
megabytes. Messages are structured-cloned, unless you transfer an ArrayBuffer or share a
SharedArrayBuffer. The pool shares the process's memory and its libuv threads, and an OOM kills
everything. On Kubernetes I'd drop cluster, run one process per pod, scale pods, and keep a bounded
worker pool inside for rendering.
""", "strong", "strong",
        note="Correct on what cluster does and doesn't fix, worker_threads as isolates with a fixed pool, "
             "startup cost, structured clone versus transfer/SharedArrayBuffer, shared limits, and the "
             "Kubernetes replica alternative."),

    rec("node-r4-02", 4, """
Not really. Cluster just runs copies of the app, one per core, so you get more throughput, but each
copy still handles its requests on one thread. A 300 ms render inside one of them still freezes
every other request that copy is holding. What actually helps is moving the rendering off the main
thread with worker_threads — keep a small pool of workers, send them the render job, and await the
result, so the request loop stays free. I'd probably keep multiple processes or pods as well, for
throughput.
""", "adequate", "adequate",
        note="Core is right: cluster doesn't stop a render blocking its process, a worker pool does. Misses "
             "how data crosses (copying vs sharing), startup cost, shared limits and crash isolation."),

    rec("node-r4-03", 4, """
I'd use both. Cluster gives us a process per core for the HTTP side, and inside each process a small
worker_threads pool for the rendering, so the request loop never runs the 300 ms of JS itself. One
nice thing with cluster is you can fence memory per process: cluster.fork accepts resourceLimits, so
you can cap each worker's heap at, say, 512 MB and a runaway render only kills that one process. The
render workers get jobs over postMessage and return the PDF bytes as a transferred ArrayBuffer so it
isn't copied.
""", "adequate", "bluff",
        false_claims=["cluster.fork accepts resourceLimits, so you can cap each worker's heap at, say, 512 MB"],
        note="Bluff, feature credited to the wrong module: resourceLimits (maxOldGenerationSizeMb and so on) "
             "is an option of the worker_threads Worker constructor; cluster.fork only takes an env object, "
             "and a forked process's heap is set with execArgv such as --max-old-space-size. The design "
             "around it is sound, so adequate."),

    rec("node-r4-04", 4, """
The plan's incomplete: cluster spreads connections across processes, but each process still renders
on its own loop, so a 300 ms PDF blocks everything that process holds. I'd add a worker thread pool
for the rendering. One thing to watch with workers is the messaging: postMessage serialises with plain
JSON, per RFC 8259, so Dates arrive as strings and Maps come through as empty objects — you have to
convert your data to plain JSON shapes before sending it. For the output, I'd put the PDF bytes in an
ArrayBuffer and list it in the transfer list so it moves instead of being copied.
""", "adequate", "bluff",
        false_claims=["postMessage serialises with plain JSON, per RFC 8259, so Dates arrive as strings and Maps come through as empty objects"],
        note="Bluff, misattributed standard: worker postMessage uses the HTML structured clone algorithm (V8 "
             "serializer), not JSON per RFC 8259, so Date, Map, Set and typed arrays survive intact. The "
             "cluster/worker reasoning is right and the false claim is a side detail, so adequate."),

    rec("node-r4-05", 4, """
Honestly I think the teammate's right. Cluster gives us one process per core, and each one has its
own event loop, so with eight cores we've got eight loops and nothing blocks anymore — a slow render
just keeps one of them busy while the rest carry on. worker_threads would add a lot of complexity with
message passing for no real gain, so I'd go with cluster.
""", "weak", "pattern",
        pattern_quotes=["Cluster gives us one process per core, so nothing can block anymore."],
        false_claims=["with eight cores we've got eight loops and nothing blocks anymore"],
        note="Acts out the first Common Weak Answer: ignores that every connection on the process running "
             "the render is blocked for its whole duration."),

    rec("node-r4-06", 4, """
I know cluster forks separate processes that share a port, and I know worker_threads exist for CPU
work, but I've never actually run worker threads in production. I don't know how data gets to them,
whether it's copied or shared, or how expensive they are to start. I'd want to read the docs and try
a prototype before choosing. For now cluster seems like the safer, better-known option.
""", "weak", "honest",
        note="Honest about what it doesn't know, but what remains is thin and it leans toward the plan "
             "without seeing that each cluster process still blocks on the render, so weak."),

    # ------------------------------------------------------------------ Round 5
    rec("node-r5-01", 5, """
I'd first figure out which kind of memory is growing. memoryUsage gives me rss, heapUsed, external
and arrayBuffers; if rss goes up and the heap is flat, it's Buffers outside the V8 heap, and with
slow clients that smells like backpressure being ignored — someone writes each DB row to the
response and never checks what write() returns. write() doesn't wait; it buffers and hands back false
past the highWaterMark, and you're supposed to hold off until 'drain'. So the fast database just fills
memory. Replace that loop with pipeline from stream/promises — cursor stream, CSV transform, response —
which throttles the source and, on errors or a disconnect, tears every stream down so the cursor goes
back; .pipe() won't do that. If instead the heap grows, I'd grab a few heap snapshots spaced out, via
--heapsnapshot-signal or v8.writeHeapSnapshot, diff them in DevTools and walk the retainers: unbounded
caches, per-request listeners, forgotten timers. A snapshot freezes the process and needs about double
the heap, so drain the pod first. Then limit concurrent exports, keep --max-old-space-size under the
container limit, and alert on memory and loop delay.
""", "strong", "strong",
        note="Splits heap from off-heap, explains write()/highWaterMark/'drain', the pipeline fix and why "
             ".pipe() leaks resources, the heap-snapshot workflow and its cost, and the operational design."),

    rec("node-r5-02", 5, """
My bet is backpressure. If the code pulls rows from Postgres and calls res.write for each one without
respecting the return value, a slow client means everything piles up in memory — write returns false
when the buffer's full and you're meant to wait for the drain event. The fix is to use
stream.pipeline from a cursor-based query stream through a CSV transform into the response, so the
database read slows to the client's pace. If it still grows after that, I'd take heap snapshots and
compare them to see what's accumulating.
""", "adequate", "adequate",
        note="Core is right (ignored backpressure, write() returning false, 'drain', pipeline), but no "
             "heap/off-heap split, no snapshot workflow or cost, no cleanup-on-disconnect point, no design "
             "limits."),

    rec("node-r5-03", 5, """
I'd be surprised if it's a real leak — Node has a garbage collector, so memory gets cleaned up
eventually, it's not like C where you forget a free. What you're seeing is V8 being lazy and holding
memory it doesn't need to give back yet. I'd look at whether the container limit is just too small
for big exports and give it more memory.
""", "weak", "pattern",
        pattern_quotes=["Node has a garbage collector, so it can't really leak memory."],
        false_claims=["Node has a garbage collector, so memory gets cleaned up eventually"],
        note="Acts out the first Common Weak Answer; the GC only frees unreachable objects, and buffered "
             "stream data and cached objects are reachable. The misconception wording is listed."),

    rec("node-r5-04", 5, """
The streaming part is actually the one piece I'd rule out. res.write() holds your code until the chunk
has been handed to the socket, so a plain loop of writes is naturally throttled to the client's speed
and can't pile up memory. So this is a heap leak somewhere else. I'd take heap snapshots with
v8.writeHeapSnapshot a few minutes apart, load them into Chrome DevTools, use the comparison view and
look at what's retaining the growing objects — usually a Map used as a cache or listeners registered
on every request.
""", "weak", "bluff",
        false_claims=["res.write() holds your code until the chunk has been handed to the socket, so a plain loop of writes is naturally throttled to the client's speed and can't pile up memory"],
        note="Bluff, wrong mechanism in plain words: write() never blocks; it buffers in memory and returns "
             "false past the highWaterMark, so a write loop that ignores it buffers the whole export. This "
             "rules out the most likely cause, so the false claim is central: weak despite the correct "
             "snapshot workflow."),

    rec("node-r5-05", 5, """
Slow clients plus big exports makes me think backpressure first: if the handler writes rows faster
than the client reads, they pile up in the response's buffer. I'd switch to stream.pipeline so the
database stream pauses when the response is full, and pipeline also cleans everything up if the
client disconnects. If the heap is what's growing, I know you can make a running process dump a heap
snapshot on a signal, but I'd need to look up the exact flag, and I've never done the snapshot
comparison myself, so I'd pair with someone who has.
""", "adequate", "honest",
        note="Honest about the snapshot flag and workflow; the backpressure diagnosis and pipeline fix, "
             "including cleanup on disconnect, are correct. Missing the heap/off-heap split and design "
             "limits, so adequate."),

    rec("node-r5-06", 5, """
So for this one: process.memoryUsage, rss versus heapUsed, external memory, arrayBuffers, backpressure,
the highWaterMark, the drain event, write returning false, stream.pipeline, stream/promises,
pg-query-stream, pipe versus pipeline, heap snapshots, --heapsnapshot-signal, Chrome DevTools
comparison view, retainers, unbounded caches, MaxListenersExceededWarning, --max-old-space-size, container
limits, and OOMKilled.
""", "weak", "list",
        note="Names the right terms with nothing said about any of them."),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for r in ANSWERS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ANSWERS)} answers to {OUT}")


if __name__ == "__main__":
    main()
