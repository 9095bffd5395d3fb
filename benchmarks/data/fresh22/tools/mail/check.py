#!/usr/bin/env python3
"""Validate email-deliverability.txt and email-deliverability_answers.jsonl. Exits non-zero on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "email-deliverability.txt")
JSONL = os.path.join(HERE, "..", "..", "email-deliverability_answers.jsonl")
SHORT = "mail"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
HEDGES = ["i think", "i believe", "don't quote", "not sure", "i'd double-check", "i'd check", "if i remember"]
LOOKUP = ["look up", "look it up", "i'd check", "i'd have to check", "don't remember", "don't know"]

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9]+(?:['.=-][a-z0-9]+)*", s.lower())


def ngrams(s, n=7):
    w = words(s)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and the title line")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

parts = re.split(r"^Round (\d): .+$", doc, flags=re.M)
rounds = {}
for i in range(1, len(parts), 2):
    rounds[int(parts[i])] = parts[i + 1]
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err("doc: need rounds 1..5, got %s" % sorted(rounds))

strong_answers = {}
weak_quotes = {}
for r, body in rounds.items():
    body_main = body.split("What This Sequence Tested:")[0]
    if not re.search(r'^Interviewer: ".+[?.]"$', body_main, re.M):
        err("doc r%d: interviewer question missing" % r)
    if "What the interviewer is testing:" not in body_main:
        err("doc r%d: 'What the interviewer is testing' missing" % r)
    m = re.search(r'Strong Answer:\n\n"(.+)"\n', body_main)
    if not m:
        err("doc r%d: strong answer missing" % r)
    else:
        strong_answers[r] = m.group(1)
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err("doc r%d: strong answer has %d words (150-300)" % (r, n))
    cwa = re.search(r"Common Weak Answers:\n\n((?:  • .+\n)+)", body_main)
    if not cwa:
        err("doc r%d: Common Weak Answers missing" % r)
        weak_quotes[r] = []
    else:
        qs = []
        for line in cwa.group(1).splitlines():
            q = re.match(r'  • "(.+)" — .+', line)
            if not q:
                err("doc r%d: malformed weak answer line: %s" % (r, line[:60]))
            else:
                qs.append(q.group(1))
        weak_quotes[r] = qs
    has = {k: (k in body_main) for k in ("Trap Alert:", "The Senior Signal:", "Trap Question Variant:")}
    want = {2: "Trap Alert:", 3: "The Senior Signal:", 4: "Trap Question Variant:"}
    for k, v in has.items():
        if v != (want.get(r) == k):
            err("doc r%d: '%s' present=%s, expected %s" % (r, k, v, want.get(r) == k))
    if r == 2 and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask ".+\?"',
                                body_main):
        err("doc r2: Trap Alert must quote the follow-up question")
    if r == 2 and "It's perfectly fine to say" not in body_main:
        err("doc r2: Trap Alert must say what an honest answer sounds like")
    if r == 3 and "What separates a senior answer:" not in body_main:
        err("doc r3: Senior Signal text missing")
    if r == 4:
        tqv = body_main.split("Trap Question Variant:")[-1]
        if not re.search(r'"[^"]+\?"', tqv):
            err("doc r4: Trap Question Variant needs a quoted follow-up question")
table = re.search(r"What This Sequence Tested:\n\nRound Skill Tested\n((?:\d .+\n){5})\nPrerequisite Topic Packs",
                  doc)
if not table:
    err("doc: 'What This Sequence Tested' table malformed")

# ---------------------------------------------------------------- answers
recs = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("jsonl line %d: %s" % (ln, e))

if len(recs) != 30:
    err("need 30 answers, got %d" % len(recs))
per_round = Counter()
kinds = Counter()
seen_ids = set()
honest_strong = 0
mechanism_bluffs = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(rec.keys())))
        continue
    r, kind, band, ans = rec["round"], rec["kind"], rec["band"], rec["answer"]
    if not isinstance(r, int) or r not in range(1, 6):
        err("%s: bad round %r" % (rid, r))
        continue
    per_round[r] += 1
    kinds[kind] += 1
    if not re.fullmatch(r"%s-r%d-0[1-6]" % (SHORT, r), rid):
        err("%s: id does not match round" % rid)
    if rid in seen_ids:
        err("%s: duplicate id" % rid)
    seen_ids.add(rid)
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    if not isinstance(rec["bluff"], bool) or rec["bluff"] != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if kind == "bluff" and band == "strong":
        err("%s: bluff banded strong" % rid)
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err("%s: %s must be weak" % (rid, kind))
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s banded %s" % (rid, kind, band))
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: empty note" % rid)
    n = len(ans.split())
    if not 40 <= n <= 200:
        err("%s: answer has %d words (40-200)" % (rid, n))
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes/false_claims must be lists" % rid)
        continue
    for q in pq:
        if q not in weak_quotes.get(r, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %s" % (rid, r, q))
    if kind == "pattern" and not pq:
        err("%s: pattern answer without pattern_quotes" % rid)
    if kind != "pattern" and pq:
        err("%s: pattern_quotes on a non-pattern answer" % rid)
    for c in fc:
        if c not in ans:
            err("%s: false claim not verbatim in answer: %s" % (rid, c))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer should have no false_claims" % (rid, kind))
    low = ans.lower()
    if kind == "hedged" and not any(h in low for h in HEDGES):
        err("%s: hedged answer has no explicit hedge" % rid)
    if kind == "bluff" and any(h in low for h in ("i think", "i believe", "not sure", "don't quote")):
        err("%s: bluff should be confident (contains a hedge)" % rid)
    if kind == "honest" and not any(h in low for h in LOOKUP):
        err("%s: honest answer must say what it would look up" % rid)
    if kind == "honest" and band == "strong":
        honest_strong += 1
    if kind == "bluff" and fc and all(not re.search(r"[0-9A-Z]", c) for c in fc):
        mechanism_bluffs += 1
    if (band in ("strong", "adequate") or kind in ("strong", "adequate")) and r in strong_answers:
        shared = ngrams(ans) & ngrams(strong_answers[r])
        if shared:
            err("%s: shares a 7-word sequence with the round strong answer: %s"
                % (rid, " ".join(sorted(shared)[0])))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers (need 6)" % (r, per_round[r]))
for k, v in MIX.items():
    if kinds[k] != v:
        err("mix: %s has %d (need %d)" % (k, kinds[k], v))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %s" % extra)
if honest_strong != 1:
    err("mix: need exactly one honest answer banded strong, got %d" % honest_strong)
if mechanism_bluffs < 2:
    err("need at least two bluffs whose false claims are plain words (no number or name), got %d"
        % mechanism_bluffs)

if errors:
    print("FAIL (%d problems)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter((r["kind"], r["band"]) for r in recs)
print("OK: %d answers, per round %s" % (len(recs), dict(sorted(per_round.items()))))
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(Counter(r["band"] for r in recs).items())))
print("kind/band:", {"%s/%s" % k: v for k, v in sorted(bands.items())})
print("plain-words mechanism bluffs:", mechanism_bluffs)
