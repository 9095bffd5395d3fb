#!/usr/bin/env python3
"""Validate postgres-streaming-replication.txt and its answers file."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "postgres-streaming-replication"
SHORT = "pgrepl"
DOC = os.path.join(HERE, "..", "..", "gauntlets", NAME + ".txt")
ANS = os.path.join(HERE, "..", "..", NAME + "_answers.jsonl")

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9_']+", s.lower().replace("\u2019", "'"))


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad header")
if not re.search(r"^Category: .+ Difficulty: L3 Duration: 15-20 minutes Domains: .+$", doc, re.M):
    err("doc: bad category line")
if not doc.rstrip("\n").endswith("\nPrerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

parts = re.split(r"^Round (\d): (.+)$", doc, flags=re.M)
# parts = [pre, n1, title1, body1, n2, title2, body2, ...]
rounds = {}
for i in range(1, len(parts), 3):
    rounds[int(parts[i])] = (parts[i + 1], parts[i + 2])
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err("doc: need rounds 1-5, got %s" % sorted(rounds))

weak_quotes = {}
strong_answers = {}
for r in range(1, 6):
    title, body = rounds.get(r, ("", ""))
    if title != ROUND_TITLES[r - 1]:
        err("doc r%d: title %r" % (r, title))
    order = ["Interviewer: \"", "What the interviewer is testing: ", "Strong Answer:", "Common Weak Answers:"]
    pos = [body.find(o) for o in order]
    if -1 in pos or pos != sorted(pos):
        err("doc r%d: sections missing or out of order %s" % (r, pos))
    m = re.search(r"Strong Answer:\n\n\"(.+?)\"\n", body, re.S)
    if not m:
        err("doc r%d: strong answer not found" % r)
        continue
    sa = m.group(1)
    strong_answers[r] = sa
    n = len(sa.split())
    if not 150 <= n <= 300:
        err("doc r%d: strong answer has %d words" % (r, n))
    qs = re.findall(r"^  \u2022 \"(.+?)\" \u2014 \S", body, re.M)
    if not qs:
        err("doc r%d: no Common Weak Answers" % r)
    weak_quotes[r] = qs
    has_trap = "Trap Alert:" in body
    has_senior = "The Senior Signal:" in body
    has_variant = "Trap Question Variant:" in body
    if has_trap != (r == 2):
        err("doc r%d: Trap Alert placement" % r)
    if has_senior != (r == 3):
        err("doc r%d: Senior Signal placement" % r)
    if has_variant != (r == 4):
        err("doc r%d: Trap Question Variant placement" % r)
    if r == 2 and not re.search(r"If the candidate bluffs here: The interviewer will ask \".+?\?\"", body):
        err("doc r2: Trap Alert lacks quoted question")
    if r == 3 and "What separates a senior answer:" not in body:
        err("doc r3: Senior Signal text")
    if r == 4:
        tv = body[body.find("Trap Question Variant:"):]
        if not re.search(r"The right answer is \".+?\"", tv) or not re.search(r"follows up: \".+?\?\"", tv):
            err("doc r4: Trap Question Variant needs right answer and quoted follow-up question")

table = re.search(r"What This Sequence Tested:\n\nRound Skill Tested\n((?:\d .+\n){5})\nPrerequisite Topic Packs",
                  doc)
if not table:
    err("doc: 'What This Sequence Tested' table malformed")

# ------------------------------------------------------------ answers
recs = []
for ln, line in enumerate(open(ANS, encoding="utf-8"), 1):
    try:
        recs.append(json.loads(line))
    except Exception as e:  # noqa
        err("line %d: bad json %s" % (ln, e))

if len(recs) != 30:
    err("answers: %d records, want 30" % len(recs))

per_round = Counter()
kinds = Counter()
honest_strong = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(rec.keys())))
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err("%s: bad round" % rid)
        continue
    per_round[r] += 1
    if rid != "%s-r%d-%02d" % (SHORT, r, per_round[r]):
        err("%s: bad id (expected %s-r%d-%02d)" % (rid, SHORT, r, per_round[r]))
    if rec["band"] not in BANDS:
        err("%s: bad band" % rid)
    if rec["kind"] not in KINDS:
        err("%s: bad kind" % rid)
    if not isinstance(rec["bluff"], bool) or rec["bluff"] != (rec["kind"] == "bluff"):
        err("%s: bluff must be true iff kind bluff" % rid)
    if rec["kind"] == "bluff" and rec["band"] == "strong":
        err("%s: bluff banded strong" % rid)
    if rec["kind"] in ("strong", "adequate") and rec["band"] != rec["kind"]:
        err("%s: kind %s must have band %s" % (rid, rec["kind"], rec["kind"]))
    if rec["kind"] in ("pattern", "list", "offtopic", "weak") and rec["band"] != "weak":
        err("%s: kind %s must be weak" % (rid, rec["kind"]))
    if rec["kind"] == "honest" and rec["band"] == "strong":
        honest_strong += 1
    kinds[rec["kind"]] += 1
    if not isinstance(rec["pattern_quotes"], list) or not isinstance(rec["false_claims"], list):
        err("%s: pattern_quotes/false_claims must be lists" % rid)
        continue
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: empty note" % rid)
    ans = rec["answer"]
    n = len(ans.split())
    if not 40 <= n <= 200:
        err("%s: %d words" % (rid, n))
    for q in rec["pattern_quotes"]:
        if q not in weak_quotes.get(r, []):
            err("%s: pattern quote not in round %d Common Weak Answers: %r" % (rid, r, q))
    if rec["kind"] == "pattern" and not rec["pattern_quotes"]:
        err("%s: pattern answer without pattern_quotes" % rid)
    if rec["kind"] != "pattern" and rec["pattern_quotes"]:
        err("%s: pattern_quotes on a non-pattern answer" % rid)
    for fc in rec["false_claims"]:
        if fc not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, fc))
    if rec["kind"] in ("bluff", "hedged") and not rec["false_claims"]:
        err("%s: %s answer needs false_claims" % (rid, rec["kind"]))
    if rec["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and rec["false_claims"]:
        err("%s: correct-kind answer with false_claims" % rid)
    if rec["band"] in ("strong", "adequate") and r in strong_answers:
        shared = ngrams(words(ans)) & ngrams(words(strong_answers[r]))
        if shared:
            err("%s: shares 7-word sequence(s) with the round strong answer: %s"
                % (rid, [" ".join(s) for s in sorted(shared)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers, want 6" % (r, per_round[r]))
for k, v in MIX.items():
    if kinds[k] != v:
        err("mix: %s = %d, want %d" % (k, kinds[k], v))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %s" % extra)
if honest_strong != 1:
    err("mix: %d honest answers banded strong, want exactly 1" % honest_strong)

if errors:
    print("FAIL (%d)" % len(errors))
    for e in errors:
        print("  -", e)
    sys.exit(1)
bands = Counter((r["kind"], r["band"]) for r in recs)
print("OK: %d answers; kinds %s" % (len(recs), dict(sorted(kinds.items()))))
print("kind/band:", dict(sorted(bands.items())))
