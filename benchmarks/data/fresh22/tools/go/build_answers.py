"""Build go-runtime_answers.jsonl: 30 labelled answers for the go-runtime gauntlet.

Run: python3 build_answers.py   (no network, standard library only)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "go-runtime_answers.jsonl")

# (round, kind, band, answer, pattern_quotes, false_claims, note)
A = []


def add(rnd, kind, band, answer, note, pattern_quotes=(), false_claims=()):
    A.append((rnd, kind, band, " ".join(answer.split()), list(pattern_quotes), list(false_claims), note))


# ---------------------------------------------------------------- Round 1
add(1, "strong", "strong", """
Okay, so the runtime does its own scheduling on top of the OS. You've got goroutines, OS threads, and these P's,
the logical processors, and a thread needs to own a P before it can run any Go code. GOMAXPROCS is just how many
P's exist, so it bounds parallel execution of Go code. You can still have way more threads, because a thread
stuck in a blocking syscall gives up its P and the runtime passes that P to another thread. Each P keeps its own
queue of runnable goroutines, there's a global queue too, and idle P's steal work from busy ones. Stuff waiting on
sockets doesn't eat a thread at all, it's parked on the netpoller, epoll under the hood. And since 1.14 the runtime
can preempt a hot loop with a signal. Default for GOMAXPROCS is the logical CPU count. In Kubernetes that used to
bite people: say a 2-CPU limit on a 64-core box, you'd get 64 P's, chew through the CFS quota early in every
100 millisecond period and then sit throttled, nasty p99 spikes. You'd use Uber's automaxprocs or set the env var;
from Go 1.25 the runtime reads the cgroup limit itself.
""", "Covers G/M/P, GOMAXPROCS as parallelism cap not thread cap, syscall hand-off, netpoller, async preemption, "
     "default, and the CFS throttling problem with both fixes. Correct throughout.")

add(1, "adequate", "adequate", """
So goroutines are multiplexed onto a smaller pool of OS threads by the Go runtime, not by the kernel. It's the
G, M, P thing: goroutine, machine which is a thread, and processor. The number of P's is GOMAXPROCS, and that's how
many goroutines can actually be executing at the same moment. By default it's the number of cores. Goroutines are
cheap, they start with a tiny stack that grows, so having thousands per service is fine. For Kubernetes, I know
there's an issue where Go sees all of the node's cores instead of the pod's limit, so you end up with too many P's
and CPU throttling, and people fix it with automaxprocs.
""", "Core model and the container issue are right, but nothing on syscall hand-off, the netpoller, preemption, "
     "how the throttling happens, or the Go 1.25 change.")

add(1, "pattern", "weak", """
Goroutines are basically lightweight threads, right? When you write go func you get a new thread that's a lot
cheaper than a Java thread, and then Linux schedules them across the cores like any other thread. GOMAXPROCS I think
is more of a tuning hint, you'd normally leave it alone. In Kubernetes it's the same story, the kernel is doing the
scheduling, so the pod's CPU limit just applies to all of those threads and it sort of works itself out.
""", "Acts out the 'goroutines are threads scheduled by the OS' weak answer; misses the runtime scheduler entirely "
     "and waves away the container throttling problem.",
    pattern_quotes=["Goroutines are just lightweight threads; the OS schedules them."],
    false_claims=["then Linux schedules them across the cores like any other thread"])

add(1, "bluff", "adequate", """
Right, so it's the M:N model. Goroutines get put on run queues that belong to P's, the logical processors, and OS
threads pick goroutines off those queues to run them. GOMAXPROCS sets the count of P's, and it defaults to the
number of CPUs the machine reports. One thing to keep in mind: when a goroutine makes a blocking system call, the
processor it's on and every goroutine queued behind it just sit there until the call returns, which is why you want
to keep file I/O off hot paths. In a pod with a CPU limit, older Go versions ignored the cgroup quota, so you'd set
GOMAXPROCS to match the limit or pull in automaxprocs, otherwise you get throttled.
""", "Bluff, plain-words mechanism: the runtime hands the P off to another thread during a blocking syscall, so the "
     "queued goroutines keep running. The rest (P's, default, container fix) is right and the error is not the "
     "centre of the answer, so adequate.",
    false_claims=["when a goroutine makes a blocking system call, the processor it's on and every goroutine queued "
                  "behind it just sit there until the call returns"])

add(1, "bluff", "weak", """
So goroutines are scheduled by the Go runtime onto OS threads, and GOMAXPROCS caps how many of them run Go code at
once; the default is the number of logical cores. As for Kubernetes, honestly that's a solved problem. The kubelet
injects GOMAXPROCS into every container based on the pod's CPU limit, so a Go service with a two-core limit
automatically comes up with two P's. You don't need automaxprocs or anything in the Dockerfile, the platform
handles it, and you just leave the default alone.
""", "Bluff, feature credited to the wrong product: Kubernetes/the kubelet sets no GOMAXPROCS; it is the Go runtime "
     "itself (since 1.25) or automaxprocs. The false claim is the whole container half of the question, so weak.",
    false_claims=["The kubelet injects GOMAXPROCS into every container based on the pod's CPU limit"])

add(1, "honest", "adequate", """
I'll be upfront that I know the model better than the numbers. Go runs goroutines on a small set of OS threads
using its own scheduler, with goroutines, threads and logical processors, and GOMAXPROCS is the count of those
processors, so it limits how many goroutines run Go code in parallel. Blocking on a channel or a lock just parks
the goroutine and the thread moves on to something else. For containers, I know the runtime historically looked at
the host's CPUs and not the cgroup quota, which causes throttling. What I'd have to look up is the exact Go release
that made it container-aware and how it rounds a fractional limit like 1.5 CPUs.
""", "Honest: names what it would look up instead of guessing. Model and container issue right; no syscall hand-off, "
     "netpoller or preemption, so adequate.")

# ---------------------------------------------------------------- Round 2
add(2, "strong", "strong", """
First thing, a leaked goroutine is one that's stuck forever, and it never gets collected: as long as it's blocked,
its stack and whatever it points at stay reachable, so memory grows with the count. Most common version I've seen:
a handler kicks off a goroutine to call some backend, waits in a select for either the result or ctx.Done(), the
deadline fires, the handler returns... and the worker eventually tries to push its result into an unbuffered
channel with no reader left. Stuck. Other flavours are ranging over a channel nobody closes, or a loop that never
looks at the context. To find it I'd hit the pprof goroutine endpoint: debug=1 groups identical stacks with counts,
so you'd see a few hundred thousand sitting on one line, and debug=2 gives full stacks plus how many minutes each
has been waiting. Fixes: make that result channel buffered with capacity one, or have the worker select on
ctx.Done() when it sends. Always defer the cancel from WithTimeout, vet's lostcancel flags it. Then goleak in the
tests, and an alert on goroutine count.
""", "Correct mechanism (blocked goroutines are never reclaimed), the canonical timeout leak, other causes, the "
     "goroutine profile at both debug levels, both fixes, lostcancel, goleak and alerting.")

add(2, "pattern", "weak", """
I'd put a context.WithTimeout on the handler, maybe two seconds, and defer the cancel. That way no request can hang
around forever, the handler always returns on time, and whatever it started gets cleaned up along with it. So once
every handler has a deadline the goroutine count should flatten out, and I'd watch the graph for a day to confirm.
""", "Acts out the 'add a timeout and the leak is fixed' weak answer: the worker still blocks on its send after the "
     "handler returns; nothing cleans it up.",
    pattern_quotes=["Add a timeout to the handler with context.WithTimeout and the leak is fixed."],
    false_claims=["whatever it started gets cleaned up along with it"])

add(2, "bluff", "adequate", """
So most leaks are a goroutine blocked on a channel operation that will never complete. Typical one: a worker sends
a result on an unbuffered channel, but the caller already gave up because its context expired, so the send blocks
forever. I'd grab the goroutine profile from pprof and look for a huge group parked on the same chan send. The fix
is making every blocking send or receive a select that also listens on ctx.Done(). Then when you return you can
tell why: ctx.Err() gives you context.ErrTimeout when the deadline passed and context.Canceled if someone called
cancel, so you can log the two differently.
""", "Bluff, wrong error name: an expired deadline makes ctx.Err() return context.DeadlineExceeded; there is no "
     "context.ErrTimeout. The leak diagnosis and fix are right and the error is peripheral, so adequate.",
    false_claims=["ctx.Err() gives you context.ErrTimeout when the deadline passed"])

add(2, "bluff", "weak", """
Honestly goroutine leaks are mostly a myth in modern Go. Once a goroutine is blocked on a channel that nothing else
references anymore, the garbage collector sees it can never be woken up and reclaims it along with its stack, so a
blocked goroutine can never actually leak memory. What you're seeing at 400,000 is more likely real load or a slow
downstream, so I'd look at request rates and latency first and probably scale out the pods.
""", "Bluff, plain-words mechanism and false absolute: a blocked goroutine is a GC root and is never reclaimed, "
     "whether or not its channel is reachable. The claim is the centre of the answer, so weak.",
    false_claims=["the garbage collector sees it can never be woken up and reclaims it along with its stack, so a "
                  "blocked goroutine can never actually leak memory"])

add(2, "list", "weak", """
Um, for this one I'd be thinking about context cancellation, ctx.Done, select statements, buffered channels,
closing channels, WaitGroups, errgroup, the pprof goroutine profile, runtime.NumGoroutine, goleak, and go vet.
Yeah, those are basically the main pieces I'd want to bring in for this one.
""", "List: names the right terms but says nothing about how a leak happens or how any tool finds or fixes it.")

add(2, "hedged", "adequate", """
Leaks are goroutines parked forever, usually a send or receive with no partner left, like a worker sending its
result after the handler timed out and returned. Each leaked one holds its stack, and I think the minimum goroutine
stack is something like 64 KB, though I'd want to double-check that, so 400,000 of them is a lot of memory. I'd
pull the goroutine dump from pprof to see where they're stuck, and fix it by having the sender also select on
ctx.Done().
""", "Hedged wrong number: goroutine stacks start at 2 KB, not 64 KB. Not a bluff. Core mechanism, tool and fix are "
     "right but thin, so adequate.",
    false_claims=["I think the minimum goroutine stack is something like 64 KB"])

# ---------------------------------------------------------------- Round 3
add(3, "adequate", "adequate", """
With 450 megs live and GOGC at its default of 100, the GC lets the heap reach roughly double that before
collecting, so you're brushing 900 before anything else like stacks gets counted, and the pod dies at peak. I'd set
GOMEMLIMIT a bit under the container limit, something like 900MiB, so the collector starts working harder as the
process gets close instead of waiting for the GOGC trigger. Then I'd keep an eye on CPU, because GC will run a lot
more often.
""", "Right arithmetic and the right knob with headroom, but no soft-limit semantics or death-spiral cap, no "
     "measurement of RSS versus heap, and no plan to shrink the live heap.")

add(3, "pattern", "weak", """
Easy lever here is GOGC. I'd drop it from 100 down to something like 20 or 25. Then the collector kicks in when the
heap has only grown a fifth past what's live, so peak memory stays around 550 megs and we're well under the gig. It
will collect more often, but GC in Go is concurrent and cheap, so that's fine.
""", "Acts out the 'lower GOGC' weak answer: constant GC at every heap size, ignoring the CPU cost and GOMEMLIMIT.",
    pattern_quotes=["Set GOGC lower, like 20, so it collects more often."],
    false_claims=["GC in Go is concurrent and cheap, so that's fine"])

add(3, "bluff", "adequate", """
I'd start by checking RSS against the heap numbers, since the heap profile only shows live objects. Then the math:
GOGC defaults to 200, so the heap is allowed to grow to three times the live size before the next cycle, and with
450 live that's way past a gig. The fix is GOMEMLIMIT, which has been there since 1.19: set it to about 90 percent
of the pod limit, and the runtime collects more aggressively as memory approaches it. It's soft, so if live data
really grows beyond it you'll still go over, and GC CPU goes up near the limit. Longer term, cut allocations.
""", "Bluff, contradicted default: GOGC defaults to 100 (heap goal about twice the live heap), not 200. The fix "
     "itself (GOMEMLIMIT with headroom, soft limit, CPU cost) is right, so adequate.",
    false_claims=["GOGC defaults to 200, so the heap is allowed to grow to three times the live size before the "
                  "next cycle"])

add(3, "honest", "strong", """
So, I'd first separate the numbers: container RSS, the heap the runtime is managing, and the live heap from the
profile, plus stacks if the goroutine count is high; cgo memory wouldn't show up in any Go profile. With GOGC left
at 100 the heap target sits near double the live heap, roughly 900 megs before overhead, which explains the kills.
I'd set GOMEMLIMIT below the container limit so GC gets more aggressive near it. It's not a hard cap, the runtime
goes over rather than crashing, and there's a ceiling on how much CPU the GC may take so it doesn't spiral, but I'd
need to look up the exact percentage, I think it's in the GC guide. Then I'd compare inuse and alloc space in the
heap profile and go after unbounded caches and hot allocations.
""", "Honest about one number (the GC CPU limiter's 50 percent) and otherwise covers measurement, the GOGC "
     "arithmetic, GOMEMLIMIT as a soft limit with headroom, and reducing the live heap: strong.")

add(3, "offtopic", "weak", """
What I've done in this situation is tune the heap flags. Set -Xmx to about 75 percent of the container memory,
switch to G1 or ZGC depending on the pause targets, and make sure container support is on so the JVM reads the
cgroup limit. Then I'd enable GC logging, look at old-gen occupancy after full collections, and take a heap dump
with jmap to find out what's retaining memory.
""", "Off-topic: fluent JVM heap tuning, nothing about the Go runtime, GOGC or GOMEMLIMIT.")

add(3, "list", "weak", """
Okay, so the relevant things here: GOGC, GOMEMLIMIT, the soft memory limit, the heap profile, inuse_space versus
alloc_space, gctrace, runtime/metrics, the GC CPU limiter, the scavenger, sync.Pool, and maybe GOGC=off. That's
pretty much where I'd be looking for this kind of problem.
""", "List: the right terms, but no statement of what any of them does or how they fix the OOM kills.")

# ---------------------------------------------------------------- Round 4
add(4, "strong", "strong", """
I'd agree with half of it. Nobody should run a race-enabled binary across the whole fleet, the overhead is real,
several times the memory and anywhere up to twenty-ish times slower. But pulling it out of CI is a bad trade, and
'harmless races' is just not how Go works. A program with a data race has no guaranteed behaviour under the memory
model: a racy counter drops increments, a racy flag read can get hoisted out of a loop by the compiler so the
goroutine never notices it flipped, and a torn interface or slice header is actual memory corruption. A concurrent
map write kills the whole process with a fatal error you can't recover from. Two quiet years probably just means
nobody traced the odd crash back to a race. The detector only flags races that actually occur while the tests run,
so it's as good as your concurrent test coverage, but what it flags is real. So: keep -race, move it to a separate
parallel job or run it on merge, maybe a canary under real traffic, and swap the counter over to atomic.Int64.
""", "Balanced: concedes the cost, refutes benign races with concrete failure modes, explains dynamic detection, "
     "and proposes a cheaper CI setup plus a canary and an atomic counter.")

add(4, "adequate", "adequate", """
I'd push back on dropping it. Data races aren't harmless even on an int, you lose increments, and the compiler is
allowed to assume no other goroutine changes a variable, so weird things happen. The race detector is slow, sure,
but CI is exactly where you want to pay that cost rather than in production. If five times slower is a problem, run
the race tests in a separate job so they don't block everything else. And just use sync/atomic or a mutex for the
counter.
""", "Core rebuttal right, but misses multiword corruption, the map fatal error, that detection is dynamic only, "
     "and the canary option.")

add(4, "pattern", "weak", """
I actually think the teammate has a point. If it's just a counter for metrics or a bool like shutting-down, a race
there is harmless, worst case you read a slightly stale value and pick it up on the next iteration. Those are
word-sized writes, so they're effectively atomic on x86 anyway. I'd drop -race from CI to speed things up and only
bring it back if we add something like shared maps.
""", "Acts out the 'races on an int or bool are harmless' weak answer, with the hardware-atomicity misconception.",
    pattern_quotes=["Races on a single int or bool are harmless."],
    false_claims=["Those are word-sized writes, so they're effectively atomic on x86 anyway"])

add(4, "bluff", "weak", """
Well, the good news about the race detector is how thorough it is. The Go team's own numbers show it catches about
95 percent of the data races in a codebase even with modest test coverage, because it's instrumenting every memory
access. So I'd keep it in CI, but once a run comes back clean you can treat the code as race-free and stop worrying
about the counter and the bool. The slowdown is the price of that guarantee, and a green -race run is really the
only signal you need.
""", "Bluff, invented statistic: the Go team publishes no such figure, and the detector only finds races on paths "
     "the tests actually execute concurrently. The answer rests on it (a clean run means race-free), so weak.",
    false_claims=["The Go team's own numbers show it catches about 95 percent of the data races in a codebase even "
                  "with modest test coverage"])

add(4, "honest", "adequate", """
I don't think we should drop it. Races aren't harmless: the memory model doesn't promise anything for a racy
program, and concurrent map writes crash the process outright. The detector has overhead, I remember it being
significant on memory and CPU but I'd have to look up the documented multipliers before quoting them to the
teammate. What I do know is it only catches races that actually happen during the run, so it needs tests that
exercise concurrency. I'd keep it in CI, maybe as a separate job, and switch the counter to an atomic.
""", "Honest about the overhead figures; correct on memory model, map crash and dynamic detection, but thinner "
     "than strong (no multiword tearing, no canary).")

add(4, "hedged", "adequate", """
I'd keep it, but I get the frustration. The slowdown from -race is, I believe, something like 50 to 100 times in
the docs, though I'd want to check that figure. Even so, CI is the right place to pay it. Races on a counter aren't
benign, you lose updates and the compiler can optimise around the assumption there's no race. I'd run the race job
in parallel with the normal tests and make the counter a sync/atomic value.
""", "Hedged wrong number: the documented cost is 2-20x execution time (5-10x memory). Not a bluff. Core position "
     "right, so adequate.",
    false_claims=["The slowdown from -race is, I believe, something like 50 to 100 times in the docs"])

# ---------------------------------------------------------------- Round 5
add(5, "strong", "strong", """
I'd think in terms of what's baked into the template, what's checked before merge, and what we can see live.
Template: the memory limit env var set from the pod's limit minus headroom, GOMAXPROCS handled, free on 1.25 and
up, automaxprocs on older, timeouts on the HTTP server, and a helper around errgroup so people fan out with a
context, cancel on first error and a cap on concurrency instead of raw go statements everywhere. Before merge: vet,
staticcheck, the suite under -race, goleak wherever a package spawns goroutines. Live: pprof on an internal-only
listener, because the import quietly hooks into the default mux. Fleet dashboards for goroutines, heap, GC CPU,
scheduler latency and cgroup throttling. Continuous profiling with something like Pyroscope or Parca so after a bad
deploy you diff profiles. The execution tracer and the 1.25 flight recorder for latency mysteries. Feed the CPU
profiles into PGO for a few percent for free. And a short runbook mapping each symptom to which profile to pull.
""", "Covers defaults (limits, timeouts, errgroup), CI checks, safe pprof exposure, runtime dashboards, continuous "
     "profiling, tracer/flight recorder, PGO and runbooks. Correct throughout.")

add(5, "adequate", "adequate", """
I'd make sure every service exposes pprof, on an internal port, and that we have dashboards for goroutine count,
heap size and GC pause times, so a leak or memory creep shows up as a trend before it turns into an outage. In CI,
run tests with the race detector and go vet. And set GOMEMLIMIT in the deployment config for every service. That
covers most of the common failure modes, I think.
""", "Right core (internal pprof, runtime dashboards, -race and vet in CI, GOMEMLIMIT) but no continuous profiling, "
     "goroutine-lifecycle conventions, leak tests, throttling or runbooks.")

add(5, "pattern", "weak", """
Honestly, I'd keep it simple. Import net/http/pprof in every service so the endpoints are there, and when something
goes wrong, memory climbing or CPU pegged, someone grabs a profile and we look at it then. Building dashboards and
CI gates for all of this up front feels like overkill; the profiles tell you everything once you actually need
them.
""", "Acts out the 'just expose pprof and look when it breaks' weak answer: purely reactive, no defaults, checks or "
     "fleet visibility, and no care about where pprof is exposed.",
    pattern_quotes=["Just expose pprof and look at it when something breaks."])

add(5, "bluff", "adequate", """
I'd standardise it. Every service gets pprof on an internal port, continuous profiling across the fleet,
race-enabled tests and goleak in CI, and GOMEMLIMIT and GOMAXPROCS set from the pod limits in the shared Helm chart.
A nice part is that the pprof profile format has been standardised by the IETF as RFC 9110, so whichever profiling
vendor we pick can ingest it and we're not locked in. Then dashboards on goroutine count, GC CPU and throttling,
plus a runbook for each symptom.
""", "Bluff, misattributed standard: pprof profiles are a gzipped protobuf (profile.proto) with no RFC; RFC 9110 is "
     "HTTP Semantics. The plan itself is sound and the false claim is peripheral, so adequate.",
    false_claims=["the pprof profile format has been standardised by the IETF as RFC 9110"])

add(5, "honest", "weak", """
I've mostly worked on a single service, so I haven't run this at fleet scale, and I'd need to read up on how teams
do continuous profiling; I've heard of Pyroscope but haven't set it up. What I'd do from experience is put the race
detector in CI and keep pprof reachable internally so we can pull a goroutine or heap profile when something looks
off. Beyond that I'd have to look into it.
""", "Honest and correct in what it says, but little substance for a fleet-wide question, so weak.")

add(5, "offtopic", "weak", """
For a few dozen Go services the thing I'd standardise first is dependency hygiene. Everyone on the same Go version
through the toolchain line in go.mod, Renovate opening PRs for module updates, govulncheck in CI to flag known
vulnerabilities in the call graph, and a private module proxy so builds don't depend on GitHub being up. Plus a
shared golangci-lint config so code review isn't about formatting.
""", "Off-topic: fluent Go platform hygiene (modules, vulnerabilities, lint), nothing about concurrency or runtime "
     "problems.")


def main():
    counters = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for rnd, kind, band, answer, pq, fc, note in A:
            counters[rnd] = counters.get(rnd, 0) + 1
            rec = {
                "id": "go-r%d-%02d" % (rnd, counters[rnd]),
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
    print("wrote %d records to %s" % (len(A), OUT))


if __name__ == "__main__":
    main()
