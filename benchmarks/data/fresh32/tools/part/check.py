#!/usr/bin/env python3
"""Validate postgres-partitioning.txt and postgres-partitioning_answers.jsonl.

Run:  python3 check.py     (exit status 0 = all checks pass)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "postgres-partitioning.txt")
JSONL = os.path.join(HERE, "..", "..", "postgres-partitioning_answers.jsonl")
SHORT = "part"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return s.split()


def norm_tokens(s):
    return re.findall(r"[a-z0-9_]+(?:'[a-z]+)?", s.lower().replace("\u2019", "'"))


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
lines = doc.rstrip("\n").split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M):
    err("doc: missing title line")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if lines[-1] != "Prerequisite Topic Packs":
    err("doc: last line must be 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): The (\w+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: expected headings Round 1..5")
tail_at = doc.find("What This Sequence Tested:")
if tail_at < 0:
    err("doc: missing 'What This Sequence Tested:'")
rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tail_at
    rounds[int(m.group(1))] = doc[m.end():end]

cwa = {}
strong_answer = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: missing interviewer question")
    if "What the interviewer is testing:" not in body:
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n\nCommon Weak Answers:', body, re.S)
    if not m:
        err(f"doc r{r}: strong answer / Common Weak Answers not found in order")
        continue
    strong_answer[r] = m.group(1)
    n = len(words(m.group(1)))
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    after = body[m.end():]
    quotes = re.findall(r'^  \u2022 "(.*?)" \u2014 \S', after, re.M)
    if len(quotes) < 2:
        err(f"doc r{r}: need at least 2 Common Weak Answers, found {len(quotes)}")
    cwa[r] = quotes
    has = {k: (k in body) for k in ("Trap Alert:", "The Senior Signal:", "Trap Question Variant:")}
    want = {2: "Trap Alert:", 3: "The Senior Signal:", 4: "Trap Question Variant:"}
    for k, present in has.items():
        if present != (want.get(r) == k):
            err(f"doc r{r}: '{k}' present={present}, expected only in its own round")
    if r == 2 and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask "[^"]+\?"',
                                body):
        err("doc r2: Trap Alert must quote the follow-up question")
    if r == 4:
        tv = body[body.find("Trap Question Variant:"):]
        if not re.search(r'"[^"]+\?"', tv):
            err("doc r4: Trap Question Variant must contain a quoted follow-up question")
        if "The right answer is" not in tv:
            err("doc r4: Trap Question Variant must state the right answer")
table = doc[tail_at:]
for r in range(1, 6):
    if not re.search(rf"^{r} \S.+$", table, re.M):
        err(f"doc: table row for round {r} missing")

# ---------------------------------------------------------------- answers
recs = []
for ln, line in enumerate(open(JSONL, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        recs.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"jsonl line {ln}: {e}")

if len(recs) != 30:
    err(f"expected 30 answers, found {len(recs)}")

seen = set()
per_round = Counter()
kinds = Counter()
honest_strong = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())} != {FIELDS}")
        continue
    if rid in seen:
        err(f"{rid}: duplicate id")
    seen.add(rid)
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round {r!r}")
        continue
    if not re.fullmatch(rf"{SHORT}-r{r}-0[1-6]", rid):
        err(f"{rid}: id must be {SHORT}-r{r}-NN with NN 01-06")
    per_round[r] += 1
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
    if not isinstance(bluff, bool):
        err(f"{rid}: bluff must be boolean")
    if bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    kinds[kind] += 1
    if kind == "honest" and band == "strong":
        honest_strong += 1
    fixed = {"strong": "strong", "adequate": "adequate", "pattern": "weak", "list": "weak",
             "offtopic": "weak", "weak": "weak"}
    if kind in fixed and band != fixed[kind]:
        err(f"{rid}: kind {kind} must be banded {fixed[kind]}, got {band}")
    if not isinstance(rec["answer"], str) or not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: answer and note must be non-empty strings")
        continue
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes and false_claims must be lists")
        continue
    n = len(words(rec["answer"]))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")
    # pattern quotes
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern answer needs pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in pq:
        if q not in cwa.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    # false claims
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} answer must not carry false_claims")
    for c in fc:
        if c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    # 7-word overlap with the round's strong answer
    if band in ("strong", "adequate") and r in strong_answer:
        shared = ngrams(norm_tokens(rec["answer"])) & ngrams(norm_tokens(strong_answer[r]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {r} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers (need 6)")
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: {k} = {kinds[k]} (need {want})")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {sorted(extra)}")
if honest_strong < 1:
    err("mix: at least one honest answer must be banded strong")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter((r["kind"], r["band"]) for r in recs)
print("OK: document and 30 answers pass all checks")
for (k, b), c in sorted(bands.items()):
    print(f"  {k:9s} {b:9s} {c}")
