#!/usr/bin/env python3
"""Validate rabbitmq.txt and rabbitmq_answers.jsonl. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "rabbitmq.txt")
ANS = os.path.join(HERE, "..", "..", "rabbitmq_answers.jsonl")
SHORT = "rmq"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['.\-][a-z0-9]+)*", text.lower())


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ---------------- document ----------------
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad header")
if "Category: " not in doc or "Difficulty: " not in doc or "Duration: " not in doc or "Domains: " not in doc:
    err("doc: missing category line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): The (\w+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: need rounds 1-5 in order")
tested_at = doc.find("What This Sequence Tested:")
if tested_at < 0:
    err("doc: missing 'What This Sequence Tested:'")
else:
    table = doc[tested_at:]
    if "Round Skill Tested" not in table:
        err("doc: missing table header")
    for r in range(1, 6):
        if not re.search(rf"^{r} \S", table, re.M):
            err(f"doc: table row {r} missing")

rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tested_at
    rounds[int(m.group(1))] = doc[m.start():end]

strong_text = {}
cwa = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: no interviewer question")
    if "What the interviewer is testing: " not in body:
        err(f"doc r{r}: no 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', body, re.S)
    if not m:
        err(f"doc r{r}: no strong answer")
        continue
    strong_text[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (150-300)")
    if "Common Weak Answers:" not in body:
        err(f"doc r{r}: no Common Weak Answers")
    quotes = re.findall(r'^  \u2022 "(.+?)" \u2014 \S', body, re.M)
    if len(quotes) < 2:
        err(f"doc r{r}: fewer than 2 common weak answers")
    cwa[r] = quotes
    has_trap = "Trap Alert:" in body
    has_senior = "The Senior Signal:" in body
    has_variant = "Trap Question Variant:" in body
    if has_trap != (r == 2):
        err(f"doc r{r}: Trap Alert must be in round 2 only")
    if has_senior != (r == 3):
        err(f"doc r{r}: Senior Signal must be in round 3 only")
    if has_variant != (r == 4):
        err(f"doc r{r}: Trap Question Variant must be in round 4 only")
    if r == 2 and not re.search(r'If the candidate bluffs here: The interviewer will ask ".+?\?"', body):
        err("doc r2: trap alert lacks the quoted question")
    if r == 4:
        tv = body[body.find("Trap Question Variant:"):]
        if not re.search(r'"[^"]+\?"', tv):
            err("doc r4: trap question variant lacks a quoted follow-up question")
        if 'The right answer is "' not in tv:
            err("doc r4: trap question variant lacks 'The right answer is'")

# ---------------- answers ----------------
recs = []
for ln, line in enumerate(open(ANS, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        err(f"line {ln}: empty line")
        continue
    try:
        recs.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {ln}: bad json {e}")

if len(recs) != 30:
    err(f"need 30 records, got {len(recs)}")

per_round = Counter()
kinds = Counter()
honest_strong = 0
seen_ids = set()
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
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if not re.fullmatch(rf"{SHORT}-r{r}-\d\d", rid):
        err(f"{rid}: id does not match round")
    kind, band, bluff = rec["kind"], rec["band"], rec["bluff"]
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if not isinstance(bluff, bool):
        err(f"{rid}: bluff not bool")
    kinds[kind] += 1
    if bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: bluff banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err(f"{rid}: kind {kind} must be weak")
    if kind == "honest" and band == "strong":
        honest_strong += 1
    ans = rec["answer"]
    nw = len(ans.split())
    if not 40 <= nw <= 200:
        err(f"{rid}: answer has {nw} words (40-200)")
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: empty note")
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern answer without pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: pattern_quotes on non-pattern answer")
    for q in pq:
        if q not in cwa.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: correct-kind answer has false_claims")
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if band in ("strong", "adequate") and r in strong_text:
        shared = ngrams(words(ans)) & ngrams(words(strong_text[r]))
        if shared:
            err(f"{rid}: shares 7-word sequence with round strong answer: {' '.join(sorted(shared)[0])}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, need 6")
for k, n in MIX.items():
    if kinds[k] != n:
        err(f"mix: {k} = {kinds[k]}, need {n}")
if kinds["weak"]:
    err("mix: no plain 'weak' kind expected")
if honest_strong != 1:
    err(f"mix: need exactly one honest answer banded strong, got {honest_strong}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter(r["band"] for r in recs)
print("OK: 30 answers;", dict(sorted(kinds.items())), "bands", dict(sorted(bands.items())))
