#!/usr/bin/env python3
"""Validate the vacuum gauntlet document and its 30 labelled answers. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "postgres-vacuum-mvcc-bloat.txt")
JSONL = os.path.join(HERE, "postgres-vacuum-mvcc-bloat_answers.jsonl")
SHORT = "vacuum"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return s.split()


def norm_tokens(s):
    s = s.lower().replace("\u2019", "'")
    return re.findall(r"[a-z0-9_']+", s)


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad header")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")

parts = re.split(r"^Round (\d): (.+)$", doc, flags=re.M)
# parts = [preamble, n1, title1, body1, n2, title2, body2, ...]
rounds = {}
for i in range(1, len(parts), 3):
    rounds[int(parts[i])] = (parts[i + 1].strip(), parts[i + 2])
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err("doc: rounds found %s" % sorted(rounds))
expected_titles = {1: "The Opening", 2: "The Probe", 3: "The Constraint", 4: "The Curveball", 5: "The Synthesis"}
strong_answers = {}
cwa = {}
for r, (title, body) in rounds.items():
    if title != expected_titles[r]:
        err("doc: round %d title %r" % (r, title))
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err("doc: round %d missing interviewer question" % r)
    if "What the interviewer is testing: " not in body:
        err("doc: round %d missing 'What the interviewer is testing'" % r)
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', body, re.S)
    if not m:
        err("doc: round %d missing strong answer" % r)
        continue
    strong_answers[r] = m.group(1)
    n = len(words(m.group(1)))
    if not 150 <= n <= 300:
        err("doc: round %d strong answer has %d words" % (r, n))
    cm = re.search(r"Common Weak Answers:\n\n((?:  \u2022 .+\n?)+)", body)
    if not cm:
        err("doc: round %d missing Common Weak Answers" % r)
        continue
    quotes = []
    for line in cm.group(1).strip("\n").split("\n"):
        qm = re.match(r'  \u2022 "(.+?)" \u2014 (.+)$', line)
        if not qm:
            err("doc: round %d bad weak-answer line %r" % (r, line[:60]))
            continue
        quotes.append(qm.group(1))
    cwa[r] = quotes
    has_trap = "Trap Alert:" in body
    has_senior = "The Senior Signal:" in body
    has_variant = "Trap Question Variant:" in body
    if has_trap != (r == 2):
        err("doc: Trap Alert placement wrong in round %d" % r)
    if has_senior != (r == 3):
        err("doc: Senior Signal placement wrong in round %d" % r)
    if has_variant != (r == 4):
        err("doc: Trap Question Variant placement wrong in round %d" % r)
    if r == 2 and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask ".+\?"', body):
        err("doc: Trap Alert lacks quoted interviewer question")
    if r == 2 and "It's perfectly fine to say" not in body:
        err("doc: Trap Alert lacks the 'perfectly fine to say' line")
    if r == 3 and "What separates a senior answer: " not in body:
        err("doc: Senior Signal lacks 'What separates a senior answer'")
    if r == 4:
        vm = re.search(r"Trap Question Variant:\n\n(.+)", body)
        if not vm or not re.search(r'"[^"]+\?"', vm.group(1)) or "The right answer is" not in vm.group(1):
            err("doc: Trap Question Variant lacks a quoted follow-up question or 'The right answer is'")
tail = doc.split("What This Sequence Tested:", 1)
if len(tail) != 2:
    err("doc: missing 'What This Sequence Tested'")
else:
    t = tail[1]
    if "Round Skill Tested" not in t:
        err("doc: table header missing")
    for r in range(1, 6):
        if not re.search(r"^%d \S.+$" % r, t, re.M):
            err("doc: table row %d missing" % r)
    if not doc.rstrip().endswith("Prerequisite Topic Packs"):
        err("doc: must end with 'Prerequisite Topic Packs'")

# ------------------------------------------------------------------ answers
recs = []
for ln, line in enumerate(open(JSONL, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        continue
    try:
        recs.append(json.loads(line))
    except ValueError as e:
        err("jsonl line %d: %s" % (ln, e))

if len(recs) != 30:
    err("expected 30 answers, got %d" % len(recs))

per_round = Counter()
seen_ids = set()
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
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if bluff and band == "strong":
        err("%s: bluff banded strong" % rid)
    if kind == "strong" and band != "strong":
        err("%s: kind strong must be band strong" % rid)
    if kind == "adequate" and band != "adequate":
        err("%s: kind adequate must be band adequate" % rid)
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err("%s: kind %s must be band weak" % (rid, kind))
    ans = rec["answer"]
    n = len(words(ans))
    if not 40 <= n <= 200:
        err("%s: answer has %d words" % (rid, n))
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes/false_claims must be lists" % rid)
        continue
    if kind == "pattern":
        if not pq:
            err("%s: pattern answer without pattern_quotes" % rid)
    elif pq:
        err("%s: pattern_quotes only allowed on pattern answers" % rid)
    for q in pq:
        if q not in cwa.get(r, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    for c in fc:
        if c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer must not have false_claims" % (rid, kind))
    if not rec["note"].strip():
        err("%s: empty note" % rid)
    if band in ("strong", "adequate") or kind in ("strong", "adequate"):
        sa = strong_answers.get(r)
        if sa:
            shared = ngrams(norm_tokens(ans)) & ngrams(norm_tokens(sa))
            if shared:
                err("%s: shares 7-word sequence(s) with round %d strong answer: %s"
                    % (rid, r, [" ".join(s) for s in sorted(shared)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers (need 6)" % (r, per_round[r]))

kinds = Counter(rec["kind"] for rec in recs)
for k, v in MIX.items():
    if kinds.get(k, 0) != v:
        err("mix: %s = %d, need %d" % (k, kinds.get(k, 0), v))
for k in kinds:
    if k not in MIX:
        err("mix: unexpected kind %s" % k)
honest_strong = sum(1 for rec in recs if rec["kind"] == "honest" and rec["band"] == "strong")
if honest_strong != 1:
    err("mix: need exactly one honest answer banded strong, got %d" % honest_strong)

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
bands = Counter(rec["band"] for rec in recs)
kb = Counter((rec["kind"], rec["band"]) for rec in recs)
print("OK: 30 answers, 6 per round")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("kind/band:", {"%s/%s" % k: v for k, v in sorted(kb.items())})
