#!/usr/bin/env python3
"""Validate distributed-locks.txt and distributed-locks_answers.jsonl.
Run: python3 check.py   (exit code 0 = all checks pass)"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "distributed-locks.txt")
ANS = os.path.join(HERE, "..", "..", "distributed-locks_answers.jsonl")
SHORT = "dlock"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['’][a-z0-9]+)*", text.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not lines[2].startswith("Interview Gauntlet: "):
    err("doc: title line missing")
if not re.match(r"Category: .+ Difficulty: L\d Duration: .+ Domains: .+", lines[4]):
    err("doc: header line malformed")
if doc.rstrip("\n").split("\n")[-1] != "Prerequisite Topic Packs":
    err("doc: must end with 'Prerequisite Topic Packs'")

round_heads = list(re.finditer(r"^Round (\d): (The \w+)$", doc, re.M))
if [int(m.group(1)) for m in round_heads] != [1, 2, 3, 4, 5]:
    err("doc: need Round 1..5 headings in order")
names = [m.group(2) for m in round_heads]
if names != ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]:
    err(f"doc: round names {names}")
tail_start = doc.find("What This Sequence Tested:")
if tail_start < 0:
    err("doc: 'What This Sequence Tested:' missing")
bodies = {}
for i, m in enumerate(round_heads):
    end = round_heads[i + 1].start() if i + 1 < len(round_heads) else tail_start
    bodies[int(m.group(1))] = doc[m.end():end]

strong_answers, weak_quotes = {}, {}
for r, body in bodies.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: Interviewer question missing")
    if "\nWhat the interviewer is testing: " not in body:
        err(f"doc r{r}: 'What the interviewer is testing' missing")
    m = re.search(r'Strong Answer:\n\n"(.+)"\n\nCommon Weak Answers:\n\n', body, re.S)
    if not m:
        err(f"doc r{r}: Strong Answer / Common Weak Answers block malformed")
        continue
    strong_answers[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    quotes = re.findall(r'^  • "(.+?)" — \S.+$', body, re.M)
    bullets = re.findall(r"^  • ", body, re.M)
    if len(quotes) != len(bullets) or len(quotes) < 2:
        err(f"doc r{r}: Common Weak Answers need >=2 bullets, each quoted with an explanation")
    weak_quotes[r] = quotes
    has_trap = "\nTrap Alert:\n" in body
    has_senior = "\nThe Senior Signal:\n" in body
    has_variant = "\nTrap Question Variant:\n" in body
    if has_trap != (r == 2):
        err(f"doc r{r}: Trap Alert must be in round 2 only")
    if has_senior != (r == 3):
        err(f"doc r{r}: Senior Signal must be in round 3 only")
    if has_variant != (r == 4):
        err(f"doc r{r}: Trap Question Variant must be in round 4 only")
    if r == 2 and 'The interviewer will ask "' not in body:
        err("doc r2: Trap Alert needs the quoted probing question")
    if r == 2 and "It's perfectly fine to say" not in body:
        err("doc r2: Trap Alert needs the honest-answer sentence")
    if r == 3 and "What separates a senior answer:" not in body:
        err("doc r3: Senior Signal text missing")
    if r == 4:
        variant = body.split("\nTrap Question Variant:\n", 1)[-1]
        if not variant.strip().startswith('The right answer is "'):
            err("doc r4: Trap Question Variant must start with 'The right answer is \"'")
        if not re.search(r'"[^"]+\?"', variant):
            err("doc r4: Trap Question Variant needs a quoted follow-up question")
table = doc[tail_start:]
if "Round Skill Tested" not in table or not all(re.search(rf"^{k} \S", table, re.M) for k in range(1, 6)):
    err("doc: sequence table malformed")

# ------------------------------------------------------------------ answers
recs = []
for ln, line in enumerate(open(ANS, encoding="utf-8"), 1):
    if not line.strip():
        err(f"answers line {ln}: blank line")
        continue
    recs.append(json.loads(line))
if len(recs) != 30:
    err(f"answers: {len(recs)} records (need 30)")

per_round = Counter()
ids = set()
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())}")
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round")
        continue
    per_round[r] += 1
    if not re.fullmatch(rf"{SHORT}-r{r}-\d\d", rid):
        err(f"{rid}: id must be {SHORT}-r{r}-NN")
    if rid in ids:
        err(f"{rid}: duplicate id")
    ids.add(rid)
    kind, band, bluff = rec["kind"], rec["band"], rec["bluff"]
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind == bluff")
    if bluff and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err(f"{rid}: kind {kind} must be weak")
    if not isinstance(rec["answer"], str) or not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: answer and note must be non-empty strings")
    n = len(rec["answer"].split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes and false_claims must be lists")
        continue
    if kind == "pattern":
        if not pq:
            err(f"{rid}: pattern answer needs pattern_quotes")
    elif pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in pq:
        if q not in weak_quotes.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} answer must have no false_claims")
    for c in fc:
        if c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if band in ("strong", "adequate") and r in strong_answers:
        shared = ngrams(words(rec["answer"])) & ngrams(words(strong_answers[r]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with the round's strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers (need 6)")
kinds = Counter(rec["kind"] for rec in recs)
if dict(kinds) != MIX:
    err(f"mix {dict(kinds)} != {MIX}")
honest_strong = sum(1 for rec in recs if rec["kind"] == "honest" and rec["band"] == "strong")
if honest_strong != 1:
    err(f"need exactly one honest answer banded strong, got {honest_strong}")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter(rec["band"] for rec in recs)
print("OK: document and 30 answers pass all checks")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("strong-answer words:", {r: len(a.split()) for r, a in strong_answers.items()})
