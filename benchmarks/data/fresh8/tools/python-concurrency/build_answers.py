#!/usr/bin/env python3
"""Holds the 30 labelled answers for python-concurrency.txt and writes python-concurrency_answers.jsonl."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "python-concurrency_answers.jsonl")
SHORT = "py"

# (round, answer, band, kind, pattern_quotes, false_claims, note); ids are assigned in order within a round.
ANSWERS = [
    # ---------------- Round 1: GIL; threads vs processes vs asyncio ----------------
    (1,
     "So the GIL, global interpreter lock, is basically one lock per CPython interpreter that a thread has to "
     "hold to run bytecode. Only one thread is running Python code at any instant. But, and people miss this, a "
     "thread drops it when it blocks on a socket or a file, and a lot of C code like NumPy or zlib drops it "
     "during the heavy lifting. If two threads are both crunching, the interpreter forces a handoff roughly every "
     "five milliseconds. So for me the decision is about what the work is. Waiting on the network a lot, with a "
     "moderate number of calls? Threads are totally fine and you keep your normal blocking libraries. Huge "
     "numbers of mostly idle connections, like websockets? asyncio, so a single event loop, cheap coroutines, but "
     "you need async drivers end to end and you can't block anywhere. Pure-Python number crunching? Threads "
     "won't speed that up at all, so I'd push it to a process pool and accept the cost of pickling data across "
     "and the extra memory for each interpreter. In practice the service ends up as several worker processes, "
     "each one using threads or a loop inside.",
     "strong", "strong", [], [],
     "Correct and complete in its own words: one thread runs bytecode at a time, GIL released on blocking I/O "
     "and by C extensions, ~5 ms switch interval, threads for moderate I/O, asyncio for many idle connections "
     "with the async-everywhere caveat, processes for CPU work with pickling and memory cost, workers x "
     "threads/loop."),
    (1,
     "The GIL means only one thread can execute Python at a time, so in CPython threads don't give you parallel "
     "CPU. For I/O work they're still useful, because while one thread is waiting on the network the others can "
     "run. So I/O-bound, I'd go threads or asyncio; CPU-bound, multiprocessing. asyncio is nice when you have a "
     "lot of connections because coroutines are lighter than threads. That's roughly how I'd split it.",
     "adequate", "adequate", [], [],
     "Core split is right (GIL limits CPU parallelism, I/O releases it, processes for CPU), but it misses the "
     "costs of processes (pickling, memory), the async-all-the-way requirement and blocking risk of asyncio, "
     "and C extensions releasing the GIL."),
    (1,
     "Honestly, because of the GIL Python can't really do concurrency. Threads are kind of useless, they just "
     "take turns holding the lock so you never get anything done faster. If the service genuinely needs "
     "concurrency I'd argue for rewriting the hot parts in Go, or at least just running more copies of the app "
     "behind the load balancer and calling it a day.",
     "weak", "pattern",
     ["Python can't do concurrency because of the GIL, so threads are useless."],
     ["because of the GIL Python can't really do concurrency", "Threads are kind of useless"],
     "Acts out the 'GIL means no concurrency, threads useless' weak answer; the misconception ignores that "
     "blocking I/O releases the GIL so threads overlap I/O well."),
    (1,
     "Sure. The GIL is a global lock inside CPython, only one thread runs bytecode at a time. The key thing "
     "people get wrong is I/O: when a thread is blocked reading from a socket it keeps holding the GIL the whole "
     "time it's waiting, so the other threads just sit there. That's exactly why threads don't help I/O-bound "
     "services in Python and why asyncio was invented, because the event loop gives up control at each await "
     "and you finally get overlap. For CPU-bound work you go to multiprocessing, each process has its own "
     "interpreter and its own GIL, so that scales across cores.",
     "weak", "bluff", [],
     ["when a thread is blocked reading from a socket it keeps holding the GIL the whole time it's waiting",
      "That's exactly why threads don't help I/O-bound services in Python"],
     "Bluff, wrong mechanism stated in plain words: blocking I/O releases the GIL; it is not held while "
     "waiting. The false mechanism drives the central conclusion (threads useless for I/O), so banded weak."),
    (1,
     "I know the GIL stops two threads from running Python bytecode at the same time, and that blocking I/O "
     "releases it, so threads are fine for I/O-heavy stuff and processes are the way to use several cores for "
     "CPU-heavy work. There's some interval after which a busy thread gets forced to let another one have the "
     "lock, I don't remember the default, I'd have to look that up. asyncio I'd pick for very high connection "
     "counts, but I'm honestly less sure where the crossover with threads is, I'd want to benchmark it for our "
     "workload.",
     "adequate", "honest", [], [],
     "Honest about the switch-interval default and the threads/asyncio crossover; what it states is correct "
     "(GIL released on I/O, processes for CPU), but costs and the blocking risk of asyncio are missing."),
    (1,
     "So the things that come to mind: the GIL, the threading module, multiprocessing, asyncio and the event "
     "loop, ThreadPoolExecutor and ProcessPoolExecutor from concurrent.futures, I/O-bound versus CPU-bound, the "
     "switch interval, C extensions, pickling, gunicorn and uvicorn workers, uvloop, and maybe free-threading. "
     "Those are basically the pieces I'd be looking at for this kind of decision.",
     "weak", "list", [], [],
     "Names the right terms but says nothing about what the GIL does or which model fits which workload."),

    # ---------------- Round 2: event-loop blocking ----------------
    (2,
     "Right, so asyncio only switches tasks at an await. requests.get is blocking, it doesn't know about "
     "the loop, so for the whole round trip to the partner nothing else on that worker moves. Every other "
     "request, even ones whose database results are already sitting there, is stuck behind it. That fits the "
     "numbers: latency through the roof but the CPU mostly idle, because the process is parked in a socket read. "
     "The big JSON parse is the other kind, it's real CPU with no await inside, so it freezes the loop for as "
     "long as it takes. To confirm, I'd run staging with asyncio debug on, say with -X dev, and it'll log any "
     "step that hogs the loop past a tenth of a second. In prod I'd track loop lag, a "
     "little task that sleeps and measures how late it wakes. Fixes: swap requests for the httpx async client or "
     "aiohttp with a timeout, and anything with no async equivalent goes through asyncio.to_thread. For the "
     "parse, a thread doesn't buy much since it still needs the GIL, so a process pool, or just don't parse 20 "
     "megs in the request path, hand it to a background worker.",
     "strong", "strong", [], [],
     "Correct and complete: cooperative loop, sync call freezes all requests, low CPU explained, debug mode "
     "with 100 ms threshold, loop-lag metric, async client with timeout, to_thread for sync libraries, GIL "
     "caveat for the CPU-bound parse and a process pool or moving it off the request path."),
    (2,
     "The handler calling requests is blocking the event loop. asyncio is single-threaded, so while that "
     "synchronous HTTP call is waiting, nothing else gets scheduled and all the other requests queue up behind "
     "it, which is why latency spikes but CPU is low. I'd switch to an async HTTP client like aiohttp or httpx, "
     "and for the JSON I'd run it in an executor so it doesn't block the loop either.",
     "adequate", "adequate", [], [],
     "Diagnosis and main fix are right, but no way to prove it (debug mode, loop lag), no timeout, and it "
     "misses that a thread executor barely helps the CPU-bound parse because of the GIL."),
    (2,
     "I'd just change those handlers to async def. If the endpoint is async, FastAPI runs it on the event loop "
     "properly and it won't block the other requests anymore, so the requests.get call is fine in there. The "
     "JSON parsing too, once it's inside an async function the framework takes care of scheduling it.",
     "weak", "pattern",
     ["Make the handler async def and it won't block anymore."],
     ["If the endpoint is async, FastAPI runs it on the event loop properly and it won't block the other "
      "requests anymore",
      "so the requests.get call is fine in there"],
     "Acts out the 'make it async def' weak answer; a blocking call inside async def still blocks the loop "
     "(and FastAPI runs plain def endpoints in a threadpool, so this makes it worse)."),
    (2,
     "Classic event-loop blocking. The loop is cooperative, so a synchronous requests.get inside a coroutine "
     "freezes every other task on that worker until the partner answers, and the JSON parse does the same thing "
     "with CPU. I'd prove it with asyncio debug mode, PYTHONASYNCIODEBUG=1, which warns about any callback that "
     "runs longer than slow_callback_duration, and that defaults to one second, so anything slower than a second "
     "gets logged with its location. Then the fix is asyncio.to_thread, which has been around since Python 3.7, "
     "for the blocking calls, or better an async client like httpx, and a process pool for the parse since it "
     "needs the GIL.",
     "adequate", "bluff", [],
     ["that defaults to one second", "which has been around since Python 3.7"],
     "Bluff with contradicted number and version: slow_callback_duration defaults to 0.1 s (100 ms), and "
     "asyncio.to_thread was added in 3.9. The rest of the diagnosis and fixes is right, so capped at adequate."),
    (2,
     "The loop is spending too long in those handlers. What I'd do is run with debug mode on, because in debug "
     "mode asyncio watches each task, and when one runs too long without awaiting, the loop interrupts it and "
     "moves it to the back of the ready queue so the other requests get a turn. That's why staging often looks "
     "fine and production doesn't: production runs without debug mode, so nothing preempts the slow handler. "
     "Turn it on and the p99 should come right back down, then we can clean up the requests call later.",
     "weak", "bluff", [],
     ["when one runs too long without awaiting, the loop interrupts it and moves it to the back of the ready "
      "queue",
      "so nothing preempts the slow handler"],
     "Bluff, wrong mechanism in plain words: asyncio never preempts a coroutine; debug mode only logs slow "
     "callbacks. The fix rests on the false mechanism, so banded weak."),
    (2,
     "So both of those block the loop, the sync HTTP call while it waits and the parse while it computes, and "
     "every other request on the worker stalls behind them. I'd move the HTTP call to an async client, and for "
     "things that can't be async use run_in_executor with the default thread pool. I think that default pool is "
     "capped at ten threads, but I'd double-check, because if lots of requests pile in they'd queue for a "
     "thread. The parse I'd push to a process pool.",
     "adequate", "hedged", [],
     ["I think that default pool is capped at ten threads"],
     "Hedged wrong number: the default executor uses min(32, os.cpu_count() + 4) workers. Otherwise the core "
     "is right (both calls block, async client, executor, process pool for the parse) but no way to prove it."),

    # ---------------- Round 3: multiprocessing start methods ----------------
    (3,
     "The hang smells like fork. On Linux, up to 3.13, multiprocessing forks by default; 3.14 switched the "
     "default there to forkserver. The Mac has used spawn since 3.8. When you fork, the child gets a copy of "
     "memory but only the one thread that forked. So if some other thread, a logging handler, an OpenTelemetry "
     "exporter, whatever, happened to hold a lock right then, the child gets that lock already taken and nobody "
     "will ever release it. Child touches it, hangs forever. Intermittent, timing-dependent, exactly what you're "
     "seeing. 3.12 even warns now, with a DeprecationWarning, if you fork while threads are running. On the Mac, "
     "spawn boots a clean interpreter and re-imports your main module, so it's slower to start and you need the "
     "main guard, and every argument has to pickle; lambdas don't, hence that error. I'd pick forkserver or "
     "spawn explicitly through mp_context so every platform behaves the same, use top-level functions, and load "
     "the model once per worker in an initializer. And for the pod: os.cpu_count gives the node's core count, "
     "not the 2-CPU limit, so set max_workers to 2 by hand, and use max_tasks_per_child to recycle workers "
     "before they creep toward the 4 gig limit.",
     "strong", "strong", [], [],
     "Correct and complete: fork vs spawn defaults by platform/version, fork copies only the calling thread so "
     "held locks deadlock the child, 3.12 DeprecationWarning, spawn re-import/main guard/pickling explains the "
     "lambda, explicit context, initializer, cgroup-aware max_workers, max_tasks_per_child for memory."),
    (3,
     "The difference is the start method. Linux uses fork, macOS uses spawn. With spawn, the function and its "
     "arguments get pickled to send to the worker, so a lambda fails, you need a module-level function. fork "
     "is faster but it can deadlock if the parent has other threads holding locks when it forks. I'd set the "
     "start method explicitly to spawn so it behaves the same everywhere.",
     "adequate", "adequate", [], [],
     "Right core (fork vs spawn, pickling explains the lambda, fork plus threads deadlocks, set it explicitly), "
     "but nothing on the pod limits: os.cpu_count oversizing the pool and worker recycling for memory."),
    (3,
     "I wouldn't worry about fork on Linux, honestly. It's copy-on-write, the child shares the parent's pages "
     "basically for free, so it's both the fastest and the safest choice. The hang is probably something in the "
     "scoring code itself, some infinite loop. The Mac thing is just macOS being weird, I'd tell the devs to run "
     "everything in Docker so it matches production.",
     "weak", "pattern",
     ["fork is always fine on Linux, it's copy-on-write so it's the fastest and safest option."],
     ["so it's both the fastest and the safest choice"],
     "Acts out the 'fork is always fine' weak answer; misses that fork copies only the calling thread and "
     "inherited locks deadlock the child, and that refcounting defeats copy-on-write."),
    (3,
     "It's the start method. Linux defaulted to fork, and fork only copies the calling thread, so a "
     "lock held by some background thread is stuck locked in the child, that's your hang. Python 3.12 actually "
     "tightened this: forking a process that has threads running now raises a RuntimeError, so on 3.12 you'd "
     "see it fail loudly instead of hanging. On the Mac it's spawn, which re-imports the main module, and "
     "that's why PEP 8 requires the if name equals main guard around your entry point. Spawn also pickles "
     "everything, so the lambda breaks. I'd use forkserver explicitly and size the pool to the pod's two CPUs.",
     "adequate", "bluff", [],
     ["forking a process that has threads running now raises a RuntimeError",
      "that's why PEP 8 requires the if name equals main guard around your entry point"],
     "Bluff: wrong error name (3.12 emits a DeprecationWarning, it does not raise RuntimeError) and a rule "
     "credited to the wrong standard (the main-module guard is a multiprocessing programming guideline, not "
     "PEP 8). The diagnosis and fix are otherwise right, so capped at adequate."),
    (3,
     "I'm pretty sure the difference is fork versus spawn. Linux forks, the Mac spawns, and spawn needs "
     "everything to be picklable, which explains the lambda. The hang I'd guess is related to forking while "
     "other threads exist, something about locks getting copied in a bad state, but I'd need to read up on the "
     "exact mechanism before I claimed that's it. I also don't remember offhand whether the Linux default has "
     "changed in recent versions, so I'd check the docs for our Python version and just set the method "
     "explicitly.",
     "adequate", "honest", [], [],
     "Honest about the exact fork mechanism and recent default changes; what it states is correct (fork vs "
     "spawn, pickling, set it explicitly) but the pod CPU/memory part is missing."),
    (3,
     "This reminds me of Node.js, actually. In Node you'd use the cluster module to run one process per core "
     "behind a shared port, or worker_threads for CPU-heavy stuff, and you communicate with postMessage, which "
     "uses the structured clone algorithm instead of JSON. The nice thing there is the libuv thread pool "
     "handles file system work automatically, four threads by default, so you mostly don't think about it. I'd "
     "honestly consider moving the scoring service to Node for that reason.",
     "weak", "offtopic", [], [],
     "Fluent but about Node.js concurrency; says nothing about Python start methods, the hang, or the pod "
     "limits."),

    # ---------------- Round 4: free-threaded CPython ----------------
    (4,
     "I'd push back on the details but not on the idea. The normal 3.13 interpreter still has a GIL. What 3.13 "
     "added, from PEP 703, is an experimental free-threaded build, you install a separate binary, python3.13t, "
     "and 3.14 promoted it to supported but it's still opt-in. So switching means a different interpreter and "
     "different wheels: every compiled dependency needs a cp313t build, and if any extension hasn't declared "
     "it's safe without the GIL, importing it turns the GIL back on for the whole process, you get a warning, "
     "and you've gained nothing. You can check at runtime with sys._is_gil_enabled. Then the single-thread "
     "penalty: on 3.13 it was big, tens of percent, smaller on 3.14. And correctness: our code may have races "
     "the GIL was masking in practice, so shared dicts and counters need real locks. My plan would be a spike: "
     "build the image, audit dependencies, benchmark threads on the free-threaded build against the current "
     "pool at two CPUs, and stress-test. If it wins clearly, great, no pickling and shared memory. Otherwise we "
     "keep the pool.",
     "strong", "strong", [], [],
     "Correct and complete: default 3.13 keeps the GIL, separate experimental 3.13t build, supported in 3.14, "
     "extension opt-in re-enables the GIL, runtime check, single-thread overhead, hidden races, and a measured "
     "spike with fallback."),
    (4,
     "Honestly yeah, that's the big news, 3.13 finally got rid of the GIL. So threads are actually parallel now, "
     "and we can delete the process pool and all the pickling headaches. I'd just bump the base image to 3.13 "
     "and move the scoring onto a ThreadPoolExecutor; it should scale across cores without any other changes.",
     "weak", "pattern",
     ["Great, the GIL is gone in 3.13, so we get free parallelism with no changes."],
     ["3.13 finally got rid of the GIL", "it should scale across cores without any other changes"],
     "Acts out the 'GIL is gone, free parallelism' weak answer; the default 3.13 build still has the GIL and "
     "free-threading is a separate experimental build."),
    (4,
     "It's promising but I wouldn't do it blind. The free-threading work is PEP 684, Sam Gross's nogil "
     "proposal, and in 3.13 it's an experimental separate build, python3.13t, not the default. The costs: "
     "single-threaded code runs slower in that build, C extensions need to be rebuilt and mark themselves as "
     "GIL-free or the GIL gets re-enabled on import, and our own code might have races the GIL was hiding. I'd "
     "benchmark it against the process pool on a branch before deleting anything.",
     "adequate", "bluff", [],
     ["The free-threading work is PEP 684"],
     "Bluff with a misattributed PEP number: free-threading is PEP 703; PEP 684 is the per-interpreter GIL "
     "(3.12). Substance is otherwise right, so capped at adequate."),
    (4,
     "Reasonable to try, I think. Free-threading shipped in 3.13 as an optional build, and the ecosystem has "
     "moved fast, something like 90 percent of the top 500 PyPI packages with C extensions already publish "
     "free-threaded wheels, so dependency support isn't really the blocker anymore. The things I'd still check "
     "are the single-threaded slowdown, which was noticeable in 3.13, and thread-safety of our own code, "
     "because the GIL was masking races. So, a branch with the free-threaded image, a benchmark against the "
     "process pool, and a soak test.",
     "weak", "bluff", [],
     ["something like 90 percent of the top 500 PyPI packages with C extensions already publish free-threaded "
      "wheels"],
     "Bluff with an invented statistic, used to wave away the dependency audit, which is one of the central "
     "risks of the switch (an unsupported extension re-enables the GIL), so banded weak."),
    (4,
     "I'd treat it as an experiment, not a migration. As far as I know the default 3.13 still has the GIL and "
     "free-threading is a separate, experimental build, I think the binary is python3.13t, so we'd be changing "
     "interpreters. The big questions are: do all our compiled dependencies have free-threaded builds, because "
     "I believe an extension that doesn't support it causes the GIL to be re-enabled; how much slower "
     "single-threaded code gets, I know there's a penalty but I don't remember the exact figure for 3.13 versus "
     "3.14, I'd look it up; and whether our code has races that the GIL was hiding. I'd benchmark threads on "
     "that build against the current process pool under a stress test, and only remove the pool if the numbers "
     "and the tests both say so.",
     "strong", "honest", [], [],
     "Honest about the exact overhead figures, but everything it states is correct and it covers the default "
     "build, extension support, single-thread penalty, hidden races and a measured plan: banded strong."),
    (4,
     "Things that matter here: PEP 703, the free-threaded build, python3.13t, --disable-gil, PYTHON_GIL, "
     "Py_mod_gil, cp313t wheels, biased reference counting, immortal objects, mimalloc, thread safety, PEP 779, "
     "the specializing interpreter. That's the checklist I'd have in my head before saying yes to the teammate.",
     "weak", "list", [], [],
     "Names the right terms but makes no statement about whether the plan is sound or what to do."),

    # ---------------- Round 5: diagnosing a stalled asyncio service ----------------
    (5,
     "First thing, don't restart it yet, grab evidence. I'd run py-spy dump against the PID to see what each "
     "thread is doing right now. If the main thread is stuck inside some synchronous call or a tight loop, "
     "that's the culprit. If it's just sitting idle in the selector, then the tasks are all waiting on "
     "something, probably a missing timeout or a connection pool that's drained. Afterwards I'd add timeouts on "
     "every outbound call so it can't hang silently again.",
     "adequate", "adequate", [], [],
     "Right core (preserve evidence, py-spy stacks, busy loop vs everything waiting, timeouts), but misses "
     "suspended-task introspection, why the liveness probe passes, loop-lag metrics and ptrace permissions."),
    (5,
     "At 3am my priority is getting the service back, so I'd restart the pod, and if it keeps happening I'd "
     "bump the replica count so one stuck instance doesn't matter as much. Then in the morning we can look at "
     "the dashboards and figure out what happened from there.",
     "weak", "pattern",
     ["Restart the pod and add more replicas."],
     [],
     "Acts out the 'restart and add replicas' weak answer; it destroys the evidence and never diagnoses."),
    (5,
     "I'd split on CPU first: pegged means something is hogging the loop, idle means everything is awaiting "
     "something that never comes back, like a drained pool or a call with no timeout. For stacks I'd use py-spy "
     "dump on the PID; py-spy never needs any special permissions, it just reads the process memory, so it "
     "works in any container out of the box. For the suspended tasks, I'd use the python -m asyncio ps command, "
     "which you get from uvloop, and it lists every task and what it's awaiting. Then timeouts everywhere and a "
     "loop-lag alert.",
     "adequate", "bluff", [],
     ["py-spy never needs any special permissions", "so it works in any container out of the box",
      "which you get from uvloop"],
     "Bluff: false absolute (py-spy needs ptrace permission, e.g. SYS_PTRACE in Kubernetes) and a feature "
     "credited to the wrong product (python -m asyncio ps is in the CPython 3.14 standard library, not uvloop). "
     "The diagnostic approach is otherwise right, so capped at adequate."),
    (5,
     "The first split I'd make is CPU: busy means the loop is blocked by something, idle means the tasks are "
     "all waiting. Then I'd want stack traces without restarting. I know py-spy can dump a running process's "
     "stacks, and faulthandler can dump threads on a signal, but I'm honestly not sure what the best way is to "
     "see the individual suspended asyncio tasks from outside. I've heard newer Python versions added a tool "
     "for that, but I'd have to look up which version and how it's invoked. I'd also want to understand why the "
     "liveness probe still passes; it sounds like it isn't actually going through the event loop.",
     "adequate", "honest", [], [],
     "Honest about external task introspection; what it states is correct (CPU split, live stacks, "
     "faulthandler, probe not exercising the loop), but prevention is missing."),
    (5,
     "I'd start with CPU: hot means the loop is blocked by computation, cold means a deadlock or awaits that "
     "never finish. py-spy dump to get stacks without restarting, and a debug hook that prints asyncio.all_tasks "
     "with their stacks. Then the prevention side: asyncio.timeout around every external call, which I think "
     "came in 3.9, I'd double check, plus a loop-lag metric and a liveness probe that actually runs through the "
     "event loop.",
     "adequate", "hedged", [],
     ["which I think came in 3.9"],
     "Hedged wrong version: asyncio.timeout() was added in 3.11. Content is right but thin (no permissions, no "
     "pool exhaustion, no explanation of why the probe passes)."),
    (5,
     "For an outage like this the most important thing is communication. I'd declare an incident, assign an "
     "incident commander and a scribe, post updates to the status page every thirty minutes, and afterwards run "
     "a blameless postmortem with a timeline, contributing factors, and action items with owners and due dates. "
     "The postmortem template matters a lot, because if action items don't have owners they never get done.",
     "weak", "offtopic", [], [],
     "Fluent but about incident management, not about diagnosing the stalled event loop."),
]


def build():
    records = []
    counters = {}
    for rnd, answer, band, kind, pq, fc, note in ANSWERS:
        counters[rnd] = counters.get(rnd, 0) + 1
        records.append({
            "id": f"{SHORT}-r{rnd}-{counters[rnd]:02d}",
            "round": rnd,
            "answer": answer,
            "band": band,
            "bluff": kind == "bluff",
            "kind": kind,
            "pattern_quotes": pq,
            "false_claims": fc,
            "note": note,
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    build()
