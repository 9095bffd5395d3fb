import subprocess
counts = subprocess.run(['python3', 'counts.py'], capture_output=True, text=True, check=True).stdout
head = """# Evaluation set: cdn-caching (HTTP caching and CDN invalidation for a high-traffic site)

## Provenance

- Written on 2026-12-01 (UTC) by a helper session, **blind to the grading engine**: no grader code, tests,
  benchmark data or any `.jsonl` file outside this folder was opened. The only existing material read was the
  three format examples the brief allows (the eBPF seed, the rate-limiter gauntlet and the zero-downtime
  migrations gauntlet), used for layout only. Nothing else under `/work/evalsets/` was read.
- Technical content was written from knowledge of RFC 9111 (HTTP Caching, June 2022), RFC 9110 (HTTP
  Semantics: conditional requests, ETags, 304), RFC 5861 (stale-while-revalidate, stale-if-error),
  RFC 8246 (immutable), and nginx, Varnish, Fastly, Cloudflare, Akamai and CloudFront behaviour; one claim
  (Fastly Surrogate-Control handling) was checked against Fastly's public documentation and softened.
- Vendor figures that can change over time (Fastly ~150 ms purge, Akamai Fast Purge ~5 s, CloudFront's 1,000
  free invalidation paths a month) are stated as advertised figures.

## Files

| file | content |
|---|---|
| `cdn-caching.txt` | the gauntlet document (5 rounds, weak answers, Trap Alert in round 2, Senior Signal in round 3, Trap Question Variant in round 4, closing table) |
| `cdn-caching_answers.jsonl` | 30 labelled spoken-style candidate answers, 6 per round |
| `build_answers.py` | source of the answers; asserts every `pattern_quotes` entry is an exact weak-answer quote from the document and every `false_claims` entry is an exact substring of its answer |
| `counts.py` | validation (JSON parses, unique ids, allowed labels, 30-150 words, quotes/claims exact) and the counts below |
| `make_readme.py` | regenerates this README from `counts.py` output |

## Label rules

- `band` = what a demanding senior interviewer gives: **strong** (most substance and correct), **adequate**
  (core right, important parts missing), **weak** (little substance, wrong, off-topic, or only a weak pattern).
- A confident false claim makes an answer a **bluff** (`bluff: true`, `kind: bluff`) and it is at most
  **adequate**; a bluff whose false claim is the central fact of the round (e.g. the wrong status code for a
  revalidation hit) or that recommends a harmful practice is **weak**.
- Honest uncertainty ("I'd need to look it up", "I haven't used X in production") is **never** a bluff; such
  answers are banded by what they still get right.
- **hedged** answers state a wrong number with an explicit hedge ("I think it's 204, but I'd double-check");
  they are not bluffs, and the wrong words are still listed in `false_claims`.
- **list** answers only name correct terms with no statement and are weak.
- **pattern** answers exhibit one of the document's Common Weak Answers; `pattern_quotes` holds that quote verbatim.
- **offtopic** answers do not address the question and are weak.
- `false_claims` holds the answer's exact false words for bluffs, hedged answers and wrong pattern answers.

Each bluff uses a different kind of false specific: a directive credited to the wrong RFC (r1-04), a wrong
HTTP status code (r2-03), a false precision for a header (r2-04), a wrong nginx default and duration (r3-04),
a vendor feature described with the wrong semantics (r4-03), an invented statistic plus a false vendor
behaviour (r5-04), and a false absolute about an RFC 9111 rule (r5-05).

## Counts (computed by `counts.py`)

"""
open('README.md', 'w').write(head + counts)
