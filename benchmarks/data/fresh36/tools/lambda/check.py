#!/usr/bin/env python3
"""Validate aws-lambda-performance_answers.jsonl against aws-lambda-performance.txt."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "aws-lambda-performance.txt")
ANS = os.path.join(HERE, "..", "..", "aws-lambda-performance_answers.jsonl")
SHORT = "lambda"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9$/.,'-]+", s.lower())


def norm_words(s):
    return re.findall(r"[a-z0-9]+", s.lower())


def shingles(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
rounds = re.split(r"\n(?=Round \d: )", doc)
parts = {}
for chunk in rounds[1:]:
    m = re.match(r"Round (\d): ", chunk)
    parts[int(m.group(1))] = chunk
if sorted(parts) != [1, 2, 3, 4, 5]:
    err("document must have rounds 1-5, found %s" % sorted(parts))

strong_doc, cwa = {}, {}
for r, chunk in parts.items():
    for need in ("Interviewer: \"", "What the interviewer is testing:", "Strong Answer:", "Common Weak Answers:"):
        if need not in chunk:
            err("round %d: missing %r" % (r, need))
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n', chunk, re.S)
    if not m:
        err("round %d: strong answer not found" % r)
        continue
    strong_doc[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err("round %d: document strong answer has %d words (150-300)" % (r, n))
    cwa[r] = re.findall(r'^\s*\u2022 "(.*?)" \u2014 \S', chunk, re.M)
    if not cwa[r]:
        err("round %d: no Common Weak Answers parsed" % r)

if "Trap Alert:" not in parts.get(2, ""):
    err("Trap Alert must be in round 2")
if "The Senior Signal:" not in parts.get(3, ""):
    err("The Senior Signal must be in round 3")
tv = parts.get(4, "")
if "Trap Question Variant:" not in tv:
    err("Trap Question Variant must be in round 4")
else:
    after = tv.split("Trap Question Variant:", 1)[1]
    if not re.search(r'"[^"]+\?"', after):
        err("Trap Question Variant must contain a quoted follow-up question")
for sec, r in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
    if doc.count(sec) != 1:
        err("%s must appear exactly once" % sec)
if "What This Sequence Tested:" not in doc:
    err("missing What This Sequence Tested table")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("document must end with the Prerequisite Topic Packs line")

# ---------------------------------------------------------------- answers
recs = []
for i, line in enumerate(open(ANS, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        continue
    try:
        recs.append(json.loads(line))
    except ValueError as e:
        err("line %d: bad JSON: %s" % (i, e))

if len(recs) != 30:
    err("expected 30 records, found %d" % len(recs))

per_round = Counter()
seen_ids = set()
kinds = Counter()
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
    exp_id = "%s-r%d-%02d" % (SHORT, r, per_round[r])
    if rid != exp_id:
        err("%s: expected id %s" % (rid, exp_id))
    if rid in seen_ids:
        err("%s: duplicate id" % rid)
    seen_ids.add(rid)
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    if not isinstance(bluff, bool):
        err("%s: bluff must be a boolean" % rid)
    if bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if kind == "bluff" and band == "strong":
        err("%s: a bluff cannot be banded strong" % rid)
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err("%s: %s answers must be weak" % (rid, kind))
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    kinds[kind] += 1
    ans = rec["answer"]
    if not isinstance(ans, str):
        err("%s: answer must be a string" % rid)
        continue
    nw = len(ans.split())
    if not 40 <= nw <= 200:
        err("%s: answer has %d words (40-200)" % (rid, nw))
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes and false_claims must be lists" % rid)
        continue
    if kind == "pattern" and not pq:
        err("%s: pattern answer needs pattern_quotes" % rid)
    if kind != "pattern" and pq:
        err("%s: only pattern answers carry pattern_quotes" % rid)
    for q in pq:
        if q not in cwa.get(r, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer should have no false_claims" % (rid, kind))
    for c in fc:
        if c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if kind == "hedged":
        low = ans.lower()
        if not any(h in low for h in ("i think", "i believe", "i'd check", "i'd double-check", "verify", "not sure")):
            err("%s: hedged answer has no explicit hedge" % rid)
    if not rec["note"].strip():
        err("%s: empty note" % rid)
    if band in ("strong", "adequate") and r in strong_doc:
        common = shingles(norm_words(ans)) & shingles(norm_words(strong_doc[r]))
        if common:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %s"
                % (rid, r, [" ".join(c) for c in sorted(common)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers (need 6)" % (r, per_round[r]))
for k, n in MIX.items():
    if kinds[k] != n:
        err("kind %s: %d (need %d)" % (k, kinds[k], n))
extra = set(kinds) - set(MIX)
if extra:
    err("unexpected kinds: %s" % sorted(extra))
honest_strong = sum(1 for x in recs if x.get("kind") == "honest" and x.get("band") == "strong")
if honest_strong != 1:
    err("exactly one honest answer must be banded strong, found %d" % honest_strong)

if errors:
    print("FAIL (%d problems)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter(x["band"] for x in recs)
print("OK: %d answers; kinds %s; bands %s" % (len(recs), dict(sorted(kinds.items())), dict(sorted(bands.items()))))
