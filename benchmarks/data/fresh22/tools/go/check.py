"""Validate go-runtime.txt and go-runtime_answers.jsonl. Exit 1 on any failure.

Run: python3 check.py   (no network, standard library only)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "go-runtime.txt")
JSONL = os.path.join(HERE, "..", "..", "go-runtime_answers.jsonl")
SHORT = "go"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_NAMES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower())


def ngrams(s, n=7):
    w = words(s)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")
if "What This Sequence Tested:\n\nRound Skill Tested\n" not in doc:
    err("doc: missing 'What This Sequence Tested' table")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(h.group(1)) for h in heads] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headings, got %s" % [h.group(1) for h in heads])
end_rounds = doc.index("What This Sequence Tested:")
rounds = {}
for i, h in enumerate(heads):
    stop = heads[i + 1].start() if i + 1 < len(heads) else end_rounds
    rounds[int(h.group(1))] = doc[h.start():stop]
    if h.group(2).strip() != ROUND_NAMES[i]:
        err("doc: round %s title %r" % (h.group(1), h.group(2)))

strong_text = {}
weak_quotes = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err("doc r%d: missing Interviewer question" % r)
    if "What the interviewer is testing: " not in body:
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n\nCommon Weak Answers:', body, re.S)
    if not m:
        err("doc r%d: strong answer / Common Weak Answers not found" % r)
        continue
    strong_text[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err("doc r%d: strong answer has %d words (150-300)" % (r, n))
    cwa = body[m.end():]
    qs = re.findall(r'^  \u2022 "(.+?)" \u2014 \S', cwa, re.M)
    if len(qs) < 2:
        err("doc r%d: fewer than 2 quoted Common Weak Answers" % r)
    weak_quotes[r] = qs
    has = {
        "trap": "Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask \"" in body,
        "senior": "The Senior Signal:\n\nWhat separates a senior answer: " in body,
        "variant": bool(re.search(r'Trap Question Variant:\n\n.*"[^"]+\?"', body)),
    }
    want = {"trap": r == 2, "senior": r == 3, "variant": r == 4}
    for k in has:
        if has[k] != want[k]:
            err("doc r%d: %s present=%s, expected %s" % (r, k, has[k], want[k]))

# ------------------------------------------------------------------ answers
recs = []
for ln, line in enumerate(open(JSONL, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        recs.append(json.loads(line))
    except ValueError as e:
        err("jsonl line %d: %s" % (ln, e))

if len(recs) != 30:
    err("expected 30 records, got %d" % len(recs))

per_round = Counter()
kinds = Counter()
seen_ids = set()
honest_strong = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(rec.keys())))
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err("%s: bad round %r" % (rid, r))
        continue
    per_round[r] += 1
    if rid in seen_ids:
        err("%s: duplicate id" % rid)
    seen_ids.add(rid)
    if rid != "%s-r%d-%02d" % (SHORT, r, per_round[r]):
        err("%s: id should be %s-r%d-%02d" % (rid, SHORT, r, per_round[r]))
    kind, band, bluff = rec["kind"], rec["band"], rec["bluff"]
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    kinds[kind] += 1
    if not isinstance(rec["answer"], str) or not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: answer/note must be non-empty strings" % rid)
        continue
    if not all(isinstance(x, str) for x in rec["pattern_quotes"] + rec["false_claims"]):
        err("%s: pattern_quotes/false_claims must be lists of strings" % rid)
        continue
    ans = rec["answer"]
    nw = len(ans.split())
    if not 40 <= nw <= 200:
        err("%s: %d words (40-200)" % (rid, nw))

    # band rules
    if kind == "bluff" and band == "strong":
        err("%s: a bluff cannot be banded strong" % rid)
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err("%s: kind %s must be banded weak" % (rid, kind))
    if kind == "honest" and band == "strong":
        honest_strong += 1

    # pattern_quotes
    pq = rec["pattern_quotes"]
    if kind == "pattern":
        if not pq:
            err("%s: pattern answer needs pattern_quotes" % rid)
        for q in pq:
            if q not in weak_quotes.get(r, []):
                err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    elif pq:
        err("%s: only pattern answers carry pattern_quotes" % rid)

    # false_claims
    fc = rec["false_claims"]
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer must have empty false_claims" % (rid, kind))
    for c in fc:
        if c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))

    # no 7-word sequence shared with the round's strong answer
    if band in ("strong", "adequate") and r in strong_text:
        shared = ngrams(ans) & ngrams(strong_text[r])
        if shared:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %s"
                % (rid, r, [" ".join(s) for s in sorted(shared)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers (need 6)" % (r, per_round[r]))
for k, n in MIX.items():
    if kinds[k] != n:
        err("kind %s: %d (need %d)" % (k, kinds[k], n))
extra = set(kinds) - set(MIX)
if extra:
    err("unexpected kinds: %s" % sorted(extra))
if honest_strong != 1:
    err("exactly one honest answer must be banded strong (found %d)" % honest_strong)

if errors:
    print("FAIL (%d)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter((x["kind"], x["band"]) for x in recs)
print("OK: 30 answers, 6 per round")
for (k, b), n in sorted(bands.items()):
    print("  %-9s %-9s %d" % (k, b, n))
