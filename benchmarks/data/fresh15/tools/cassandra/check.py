#!/usr/bin/env python3
"""Validate cassandra-operations.txt and cassandra-operations_answers.jsonl.
Run: python3 check.py   (exit status 0 = pass)"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "cassandra-operations.txt")
ANS = os.path.join(HERE, "cassandra-operations_answers.jsonl")
SHORT = "cass"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9_+\-.']+", text.lower().replace("\u2019", "'"))


def norm_tokens(text):
    return [w.strip(".'-") for w in words(text) if w.strip(".'-")]


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")
if "What This Sequence Tested:" not in doc or "Round Skill Tested" not in doc:
    err("doc: missing 'What This Sequence Tested' table")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(h.group(1)) for h in heads] != [1, 2, 3, 4, 5]:
    err(f"doc: expected Round 1..5 headings, got {[h.group(1) for h in heads]}")
rounds = {}
for i, h in enumerate(heads):
    if h.group(2).strip() != ROUND_TITLES[i]:
        err(f"doc: round {i + 1} title {h.group(2)!r} != {ROUND_TITLES[i]!r}")
    end = heads[i + 1].start() if i + 1 < len(heads) else doc.index("What This Sequence Tested:")
    rounds[int(h.group(1))] = doc[h.start():end]

table = doc[doc.index("What This Sequence Tested:"):]
for n in range(1, 6):
    if not re.search(rf"^{n} \S.+$", table, re.M):
        err(f"doc: table row for round {n} missing")

strong_text = {}
weak_quotes = {}
for n, body in rounds.items():
    for label in ("Interviewer: \"", "What the interviewer is testing:", "Strong Answer:",
                  "Common Weak Answers:"):
        if label not in body:
            err(f"doc round {n}: missing {label!r}")
    m = re.search(r"Strong Answer:\n\n\"(.+?)\"\n", body, re.S)
    if not m:
        err(f"doc round {n}: strong answer not found as a quoted paragraph")
        continue
    strong_text[n] = m.group(1)
    wc = len(m.group(1).split())
    if not 150 <= wc <= 300:
        err(f"doc round {n}: strong answer has {wc} words (need 150-300)")
    cwa = body.split("Common Weak Answers:", 1)[1]
    qs = re.findall(r"^  \u2022 \"(.+?)\" \u2014 \S.+$", cwa, re.M)
    if not qs:
        err(f"doc round {n}: no Common Weak Answer bullets")
    weak_quotes[n] = qs

r2, r3, r4 = rounds.get(2, ""), rounds.get(3, ""), rounds.get(4, "")
if "Trap Alert:" not in r2 or not re.search(r"The interviewer will ask \"[^\"]+\?\"", r2):
    err("doc: round 2 needs a Trap Alert with the interviewer's quoted question")
if "The Senior Signal:" not in r3 or "What separates a senior answer:" not in r3:
    err("doc: round 3 needs The Senior Signal")
tqv = r4.split("Trap Question Variant:", 1)[1] if "Trap Question Variant:" in r4 else ""
if not tqv or not re.search(r"follows up: \"[^\"]+\?\"", tqv):
    err("doc: round 4 needs a Trap Question Variant with a quoted follow-up question")
for n, body in rounds.items():
    if n != 2 and "Trap Alert:" in body:
        err(f"doc round {n}: Trap Alert belongs in round 2 only")
    if n != 3 and "The Senior Signal:" in body:
        err(f"doc round {n}: Senior Signal belongs in round 3 only")
    if n != 4 and "Trap Question Variant:" in body:
        err(f"doc round {n}: Trap Question Variant belongs in round 4 only")

# ---------------------------------------------------------------- answers
recs = []
for ln, line in enumerate(open(ANS, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        continue
    try:
        recs.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"answers line {ln}: bad JSON: {e}")

if len(recs) != 30:
    err(f"answers: {len(recs)} records, need 30")

seen = set()
per_round = Counter()
kinds = Counter()
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err(f"{rid}: field order {list(r.keys())} != {FIELDS}")
        continue
    if rid in seen:
        err(f"{rid}: duplicate id")
    seen.add(rid)
    rnd = r["round"]
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err(f"{rid}: bad round {rnd!r}")
        continue
    per_round[rnd] += 1
    if not re.fullmatch(rf"{SHORT}-r{rnd}-\d\d", rid):
        err(f"{rid}: id must be {SHORT}-r{rnd}-NN")
    band, kind, bluff = r["band"], r["kind"], r["bluff"]
    kinds[kind] += 1
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind == 'bluff'")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if not isinstance(r["answer"], str) or not isinstance(r["note"], str) or not r["note"].strip():
        err(f"{rid}: answer and note must be non-empty strings")
        continue
    wc = len(r["answer"].split())
    if not 40 <= wc <= 200:
        err(f"{rid}: answer has {wc} words (need 40-200)")
    pq, fc = r["pattern_quotes"], r["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes and false_claims must be lists")
        continue
    if kind == "pattern":
        if not pq:
            err(f"{rid}: pattern answer needs pattern_quotes")
        for q in pq:
            if q not in weak_quotes.get(rnd, []):
                err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")
    elif pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} answer must not carry false_claims")
    for c in fc:
        if not c or c not in r["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if band in ("strong", "adequate") or kind in ("strong", "adequate"):
        shared = ngrams(norm_tokens(r["answer"])) & ngrams(norm_tokens(strong_text.get(rnd, "")))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {rnd} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for n in range(1, 6):
    if per_round[n] != 6:
        err(f"round {n}: {per_round[n]} answers, need 6")
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: kind {k} has {kinds[k]}, need {want}")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {extra}")
honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong, need exactly 1")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter((r["kind"], r["band"]) for r in recs)
print("PASS: 30 answers;", dict(sorted(kinds.items())))
print("kind/band:", {f"{k}/{b}": c for (k, b), c in sorted(bands.items())})
