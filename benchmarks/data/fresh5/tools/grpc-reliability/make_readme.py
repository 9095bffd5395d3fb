#!/usr/bin/env python3
"""Write README.md; the counts section is the verbatim output of check.py."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
out = subprocess.run([sys.executable, os.path.join(HERE, "check.py")], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit("check.py failed:\n" + out.stdout)
STARTED = "2026-12-01 11:39 UTC"
README = f"""# grpc-reliability gauntlet (blind)

## Provenance
- Written {STARTED} (session start, from `date`), by a helper following `/work/notes/hfresh5.md`.
- Blind to the grader: nothing under /work/main was opened except the two example gauntlets below; no .jsonl file
  other than this folder's own output was opened; no other helper's folder was looked at.
- Files read to learn the format: `/work/shared/seeds/ebpf-observability.txt`,
  `/work/main/benchmarks/data/gauntlets/rate-limiter-design.txt`,
  `/work/main/benchmarks/data/holdout/gauntlets/zero-downtime-database-migrations.txt`.
- Facts were written from knowledge and spot-checked against public references: gRPC retry design gRFC A6
  (maxAttempts capped at 5, backoff formula, retryThrottling threshold maxTokens/2, grpc-retry-pushback-ms, commit on
  response headers, hedging semantics), gRPC core keepalive guide (client keepalive off by default, 20 s timeout,
  server min ping interval 5 minutes, ENHANCE_YOUR_CALM / too_many_pings), and KEP-2727 (Kubernetes gRPC probes:
  alpha 1.23, beta 1.24, stable 1.27).

## Files
- `grpc-reliability.txt` — the gauntlet document (5 rounds; Trap Alert in round 2, Senior Signal in round 3,
  Trap Question Variant in round 4; closing table).
- `grpc-reliability_answers.jsonl` — 30 labelled answers, 6 per round, ids `grpc-r<round>-<nn>`.
- `build_answers.py` — the hand-written answers and labels; regenerates the .jsonl.
- `check.py` — validation (fields, ids, bluff iff kind=bluff, no strong bluff, list/offtopic/pattern weak,
  false_claims verbatim, pattern_quotes are document weak-answer quotes, 30-150 words, no 7-gram shared with the
  round's strong answer, document strong answers 150-300 words, one Trap Alert / Senior Signal / Trap Question
  Variant in distinct rounds) and counts.
- `make_readme.py` — writes this README from check.py's output.

## Round topics
1. Deadlines: no default deadline, budget-derived deadlines, DEADLINE_EXCEEDED (4), grpc-timeout, propagation, server cancellation.
2. Retries: service-config retryPolicy, UNAVAILABLE, cap of 5, jittered backoff, retryThrottling, pushback, commit point.
3. HTTP/2 long-lived connections vs kube-proxy L4 balancing, headless + round_robin, MaxConnectionAge, L7 proxies; keepalive vs LB idle timeout and server enforcement.
4. Hedging proposal (maxAttempts 5, hedgingDelay 0 on every method): load amplification, idempotency, p95 delay, throttling, root cause.
5. Standardising health checking (grpc.health.v1, native k8s gRPC probes, liveness vs readiness, client-side health, graceful shutdown) and shared reliability defaults.

## Label rules (as in the brief)
- band = what a demanding senior interviewer would give (strong / adequate / weak).
- bluff: confident false specific on topic; bluff=true iff kind=bluff; at most adequate; weak when the false claim is
  the central mechanism the question asks about.
- honest: admits uncertainty, never a bluff, banded by what is still right (grpc-r5-05 is banded strong).
- hedged: a wrong name/number said with an explicit hedge; not a bluff; the wrong words are in false_claims.
- list, offtopic, pattern are always weak; pattern answers act out a Common Weak Answer quoted verbatim in pattern_quotes.
- false_claims are verbatim substrings of the answer.

## False specifics used by the 7 bluffs (each a different kind)
| id | kind of false specific | the error | band |
|---|---|---|---|
| grpc-r1-03 | false confident absolute | the runtime "always terminates the handler immediately", so servers "never" need to check the context (gRPC only cancels the context) | adequate |
| grpc-r1-04 | wrong status code | DEADLINE_EXCEEDED called status 14 (it is 4; 14 is UNAVAILABLE) | adequate |
| grpc-r2-04 | contradicted number | maxAttempts honoured "up to 10" (client caps it at 5) | adequate |
| grpc-r3-03 | feature credited to the wrong product | kube-proxy IPVS mode said to balance HTTP/2 streams (IPVS is L4, per connection) — central mechanism | weak |
| grpc-r3-04 | contradicted default duration | server keepalive enforcement said to allow pings every 30 s (default minimum is 5 minutes) | adequate |
| grpc-r4-03 | invented statistic | "Google measured" zero-delay hedging adds ~3% load (zero delay multiplies load; the Tail at Scale ~2% is for a 10 ms-delayed hedge) — central | weak |
| grpc-r5-04 | misattributed version | Kubernetes gRPC probes GA "since 1.18" (alpha 1.23, beta 1.24, GA 1.27) | adequate |

## Hedged errors
- grpc-r2-05: pushback header named "grpc-retry-after" (it is grpc-retry-pushback-ms), said with "I think ... I'd double-check".
- grpc-r4-05: Tail at Scale hedging cost given as "something like ten percent extra requests" (about 2%), said with "if I remember right ... I'd have to check".

## Counts (verbatim output of check.py)
```
{out.stdout.strip()}
```
"""
open(os.path.join(HERE, "README.md"), "w").write(README)
print("README.md written")
