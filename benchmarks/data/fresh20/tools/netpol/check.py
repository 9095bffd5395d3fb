#!/usr/bin/env python3
"""Validate kubernetes-network-policy.txt and kubernetes-network-policy_answers.jsonl."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "kubernetes-network-policy.txt")
ANS = os.path.join(HERE, "..", "..", "kubernetes-network-policy_answers.jsonl")
SHORT = "netpol"
FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
BANDS = {"strong", "adequate", "weak"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9]+(?:['.:/-][a-z0-9]+)*", s.lower())


def shingles(s, n=7):
    w = words(s)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---------- document ----------
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: header/title format")
if "Category:" not in doc or "Difficulty:" not in doc or "Domains:" not in doc:
    err("doc: metadata line missing")
parts = re.split(r"\n(Round [1-5]: [^\n]+)\n", doc)
# parts: [preamble, title1, body1, title2, body2, ...]
if len(parts) != 11:
    err("doc: expected 5 rounds, got %d" % ((len(parts) - 1) // 2))
rounds = {}
for i in range(5):
    title, body = parts[1 + 2 * i], parts[2 + 2 * i]
    if title != "Round %d: %s" % (i + 1, ROUND_TITLES[i]):
        err("doc: bad round title %r" % title)
    rounds[i + 1] = body
weak_quotes = {}
strong_answers = {}
for r, body in rounds.items():
    for marker in ['Interviewer: "', "What the interviewer is testing:", "Strong Answer:", "Common Weak Answers:"]:
        if marker not in body:
            err("doc r%d: missing %r" % (r, marker))
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n', body, re.S)
    if not m:
        err("doc r%d: strong answer not found" % r)
        continue
    strong_answers[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err("doc r%d: strong answer has %d words" % (r, n))
    cw = body.split("Common Weak Answers:", 1)[1]
    qs = re.findall(r'^  • "(.+?)" — \S', cw, re.M)
    if len(qs) < 2:
        err("doc r%d: fewer than 2 common weak answers" % r)
    weak_quotes[r] = qs
    has = lambda s: s in body
    if has("Trap Alert:") != (r == 2):
        err("doc r%d: Trap Alert placement" % r)
    if has("The Senior Signal:") != (r == 3):
        err("doc r%d: Senior Signal placement" % r)
    if has("Trap Question Variant:") != (r == 4):
        err("doc r%d: Trap Question Variant placement" % r)
tqv = rounds.get(4, "").split("Trap Question Variant:", 1)
if len(tqv) != 2 or not re.search(r'"[^"]+\?"', tqv[1]):
    err("doc r4: Trap Question Variant lacks a quoted follow-up question")
if "What This Sequence Tested:" not in doc or "Round Skill Tested" not in doc:
    err("doc: sequence table missing")
for r in range(1, 6):
    if not re.search(r"^%d \S" % r, doc.split("What This Sequence Tested:")[-1], re.M):
        err("doc: table row %d missing" % r)
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

# ---------- answers ----------
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            rec = json.loads(line)
        except ValueError as e:
            err("line %d: bad json %s" % (ln, e))
            continue
        recs.append(rec)

if len(recs) != 30:
    err("expected 30 answers, got %d" % len(recs))
per_round = Counter()
kinds = Counter()
honest_strong = 0
ids = set()
for rec in recs:
    rid = rec.get("id")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(rec.keys())))
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err("%s: bad round" % rid)
        continue
    per_round[r] += 1
    if rid in ids:
        err("%s: duplicate id" % rid)
    ids.add(rid)
    if not re.fullmatch(r"%s-r%d-\d\d" % (SHORT, r), rid or ""):
        err("%s: bad id" % rid)
    kind, band, bluff = rec["kind"], rec["band"], rec["bluff"]
    kinds[kind] += 1
    if kind not in KINDS:
        err("%s: bad kind %s" % (rid, kind))
    if band not in BANDS:
        err("%s: bad band %s" % (rid, band))
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if bluff and band == "strong":
        err("%s: bluff banded strong" % rid)
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s needs band %s" % (rid, kind, kind))
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err("%s: %s must be weak" % (rid, kind))
    if kind == "honest" and band == "strong":
        honest_strong += 1
    ans = rec["answer"]
    n = len(ans.split())
    if not 40 <= n <= 200:
        err("%s: answer has %d words" % (rid, n))
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: empty note" % rid)
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes/false_claims must be lists" % rid)
        continue
    if kind == "pattern":
        if not pq:
            err("%s: pattern without pattern_quotes" % rid)
    elif pq:
        err("%s: pattern_quotes only for pattern answers" % rid)
    for q in pq:
        if q not in weak_quotes.get(r, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s must have no false_claims" % (rid, kind))
    for c in fc:
        if c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if kind == "hedged" and not re.search(r"\b(I think|I believe|don't quote me|I'd check|not sure)\b", ans):
        err("%s: hedged answer lacks an explicit hedge" % rid)
    if kind == "honest" and not re.search(r"look (it |that |them )?up|not sure|don't (know|remember)|read up|I'd (need|have) to", ans):
        err("%s: honest answer lacks an admission" % rid)
    if band in ("strong", "adequate") and r in strong_answers:
        common = shingles(ans) & shingles(strong_answers[r])
        if common:
            err("%s: shares 7-word sequence with round strong answer: %r" % (rid, " ".join(sorted(common)[0])))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers, expected 6" % (r, per_round[r]))
for k, v in MIX.items():
    if kinds[k] != v:
        err("kind %s: %d, expected %d" % (k, kinds[k], v))
if kinds["weak"]:
    err("no plain 'weak' kind expected in the mix")
if honest_strong != 1:
    err("expected exactly one honest answer banded strong, got %d" % honest_strong)

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
bands = Counter((x["kind"], x["band"]) for x in recs)
print("OK: %d answers; kinds %s" % (len(recs), dict(sorted(kinds.items()))))
print("bands:", dict(sorted(Counter(x["band"] for x in recs).items())))
print("kind/band:", dict(sorted(bands.items())))
