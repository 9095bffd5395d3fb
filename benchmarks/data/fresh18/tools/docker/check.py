#!/usr/bin/env python3
"""Validates docker-image-builds.txt and docker-image-builds_answers.jsonl. Exits non-zero on any error."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "docker-image-builds.txt")
ANS = os.path.join(HERE, "..", "..", "docker-image-builds_answers.jsonl")
SHORT = "dock"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['.\-][a-z0-9]+)*", text.lower())


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n"):
    err("doc: must start with 'Skip to content'")
if "Interview Gauntlet: " not in doc.split("Round 1:")[0]:
    err("doc: missing title")
if not re.search(r"Category: .+ Difficulty: .+ Duration: .+ Domains: .+", doc):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")
if "What This Sequence Tested:" not in doc or "Round Skill Tested" not in doc:
    err("doc: missing 'What This Sequence Tested' table")
for r in range(1, 6):
    if not re.search(r"^%d \S" % r, doc.split("Round Skill Tested")[-1], re.M):
        err("doc: table row %d missing" % r)

parts = re.split(r"^Round (\d): .+$", doc, flags=re.M)
rounds = {}
for i in range(1, len(parts), 2):
    rounds[int(parts[i])] = parts[i + 1].split("What This Sequence Tested:")[0]
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err("doc: expected rounds 1-5, got %s" % sorted(rounds))

cwa = {}
strong_text = {}
for r, body in rounds.items():
    for section in ["Interviewer: \"", "What the interviewer is testing:", "Strong Answer:", "Common Weak Answers:"]:
        if section not in body:
            err("doc round %d: missing %r" % (r, section))
    m = re.search(r"Strong Answer:\s*\n\s*\n\"(.*?)\"\s*\n\s*\nCommon Weak Answers:", body, re.S)
    if not m:
        err("doc round %d: cannot parse strong answer" % r)
        continue
    strong_text[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err("doc round %d: strong answer has %d words (need 150-300)" % (r, n))
    block = body.split("Common Weak Answers:")[1]
    block = re.split(r"\n(?:Trap Alert:|The Senior Signal:|Trap Question Variant:)", block)[0]
    quotes = re.findall(r"^\s*•\s+\"(.+?)\" — \S", block, re.M)
    bullets = re.findall(r"^\s*•", block, re.M)
    if not quotes or len(quotes) != len(bullets):
        err("doc round %d: weak answers must be quoted bullets with a reason (%d/%d)" % (r, len(quotes), len(bullets)))
    cwa[r] = quotes

for r, marker in [(2, "Trap Alert:"), (3, "The Senior Signal:"), (4, "Trap Question Variant:")]:
    for rr, body in rounds.items():
        if (marker in body) != (rr == r):
            err("doc: %r must appear in round %d only (found in round %d: %s)" % (marker, r, rr, marker in body))
if 2 in rounds and not re.search(r"Trap Alert:\s*\n\s*\nIf the candidate bluffs here: The interviewer will ask \".+?\"", rounds[2]):
    err("doc round 2: trap alert must quote the interviewer's question")
if 3 in rounds and "What separates a senior answer:" not in rounds[3]:
    err("doc round 3: senior signal must start 'What separates a senior answer:'")
if 4 in rounds:
    tqv = rounds[4].split("Trap Question Variant:")[-1]
    if not tqv.strip().startswith("The right answer is \""):
        err("doc round 4: trap question variant must start 'The right answer is \"'")
    if not re.search(r"follows up: \"[^\"]+\?\"", tqv):
        err("doc round 4: trap question variant needs a quoted follow-up question")

# ------------------------------------------------------------------ answers
recs = []
for ln, line in enumerate(open(ANS, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        continue
    try:
        recs.append(json.loads(line))
    except ValueError as e:
        err("answers line %d: bad JSON (%s)" % (ln, e))

if len(recs) != 30:
    err("answers: expected 30 records, got %d" % len(recs))

ids = set()
per_round = Counter()
seq_in_round = Counter()
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %s != %s" % (rid, list(rec.keys()), FIELDS))
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err("%s: bad round %r" % (rid, r))
        continue
    per_round[r] += 1
    seq_in_round[r] += 1
    exp_id = "%s-r%d-%02d" % (SHORT, r, seq_in_round[r])
    if rid != exp_id:
        err("%s: expected id %s" % (rid, exp_id))
    if rid in ids:
        err("%s: duplicate id" % rid)
    ids.add(rid)
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if bluff and band == "strong":
        err("%s: a bluff cannot be banded strong" % rid)
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err("%s: kind %s must be banded weak" % (rid, kind))
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: empty note" % rid)
    ans = rec["answer"]
    n = len(ans.split())
    if not 40 <= n <= 200:
        err("%s: answer has %d words (need 40-200)" % (rid, n))
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes and false_claims must be lists" % rid)
        continue
    if kind == "pattern":
        if not pq:
            err("%s: pattern answer needs pattern_quotes" % rid)
        for q in pq:
            if q not in cwa.get(r, []):
                err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    elif pq:
        err("%s: only pattern answers carry pattern_quotes" % rid)
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: correct/%s answer must have empty false_claims" % (rid, kind))
    for c in fc:
        if c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if kind == "hedged" and not re.search(r"\b(think|believe|not sure|I'd check|double-check|don't quote)\b", ans, re.I):
        err("%s: hedged answer lacks an explicit hedge" % rid)
    if kind == "honest" and not re.search(r"(look up|check|not sure|don't remember|read up|less sure)", ans, re.I):
        err("%s: honest answer must say what it would look up" % rid)
    if band in ("strong", "adequate") and r in strong_text:
        sw = words(strong_text[r])
        grams = {tuple(sw[i:i + 7]) for i in range(len(sw) - 6)}
        aw = words(ans)
        for i in range(len(aw) - 6):
            if tuple(aw[i:i + 7]) in grams:
                err("%s: shares a 7-word sequence with the round %d strong answer: %r" % (rid, r, " ".join(aw[i:i + 7])))
                break

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers (need 6)" % (r, per_round[r]))

kinds = Counter(x.get("kind") for x in recs)
for k, n in MIX.items():
    if kinds[k] != n:
        err("mix: kind %s has %d (need %d)" % (k, kinds[k], n))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %s" % extra)
honest_strong = sum(1 for x in recs if x.get("kind") == "honest" and x.get("band") == "strong")
if honest_strong != 1:
    err("mix: exactly one honest answer must be banded strong (got %d)" % honest_strong)

if errors:
    print("FAILED: %d problem(s)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)

bands = Counter(x["band"] for x in recs)
print("OK: document has 5 rounds; %d answers" % len(recs))
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
for r in range(1, 6):
    print("round %d:" % r, ", ".join("%s/%s" % (x["kind"], x["band"]) for x in recs if x["round"] == r))
