#!/usr/bin/env python3
"""Validate bgp-internet-routing.txt and bgp-internet-routing_answers.jsonl. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "bgp-internet-routing.txt")
JSONL = os.path.join(HERE, "..", "..", "bgp-internet-routing_answers.jsonl")
SHORT = "bgp"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", s.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
parts = re.split(r"\n(?=Round \d: )", doc)
rounds = {}
for p in parts[1:]:
    m = re.match(r"Round (\d): ", p)
    rounds[int(m.group(1))] = p
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"document: expected rounds 1-5, got {sorted(rounds)}")

strong_answers = {}
cwa = {}
for r, text in rounds.items():
    if not re.search(r'\nInterviewer: ".+"\n', text):
        err(f"doc round {r}: missing interviewer question")
    if "\nWhat the interviewer is testing: " not in text:
        err(f"doc round {r}: missing 'What the interviewer is testing'")
    m = re.search(r'\nStrong Answer:\n\n"(.+?)"\n', text, re.S)
    if not m:
        err(f"doc round {r}: missing strong answer")
    else:
        strong_answers[r] = m.group(1)
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err(f"doc round {r}: strong answer has {n} words (150-300)")
    m = re.search(r"\nCommon Weak Answers:\n\n(.*?)(?:\n\n[A-Z]|\Z)", text, re.S)
    quotes = re.findall(r'  • "(.+?)" — ', m.group(1)) if m else []
    if len(quotes) < 2:
        err(f"doc round {r}: fewer than 2 Common Weak Answers")
    cwa[r] = quotes
    for marker, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        if (marker in text) != (r == want):
            err(f"doc round {r}: '{marker}' must appear in round {want} only")
if "Trap Question Variant:" in rounds.get(4, ""):
    tqv = rounds[4].split("Trap Question Variant:")[1]
    if not re.search(r'follows up: "[^"]+\?"', tqv):
        err("doc round 4: trap question variant lacks a quoted follow-up question")
if "If the candidate bluffs here:" not in rounds.get(2, ""):
    err("doc round 2: trap alert must start 'If the candidate bluffs here:'")
if "What separates a senior answer:" not in rounds.get(3, ""):
    err("doc round 3: senior signal must start 'What separates a senior answer:'")
if "What This Sequence Tested:" not in doc or "Round Skill Tested" not in doc:
    err("document: missing 'What This Sequence Tested' table")
for r in range(1, 6):
    if not re.search(rf"\n{r} \S", doc.split("Round Skill Tested")[-1]):
        err(f"document: table row {r} missing")
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("document: must end with 'Prerequisite Topic Packs'")
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("document: header must match the example format")

# ------------------------------------------------------------------ answers
recs = []
with open(JSONL, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {i}: bad JSON: {e}")

ids = set()
per_round = Counter()
kinds = Counter()
bands = Counter()
mechanism_bluffs = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())} != {FIELDS}")
        continue
    if rid in ids:
        err(f"{rid}: duplicate id")
    ids.add(rid)
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round {r!r}")
        continue
    per_round[r] += 1
    if not re.fullmatch(rf"{SHORT}-r{r}-0[1-6]", rid):
        err(f"{rid}: id must be {SHORT}-r{r}-NN with NN 01-06")
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if bluff and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err(f"{rid}: kind {kind} must be weak")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if not isinstance(rec["answer"], str) or not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: answer and note must be non-empty strings")
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes and false_claims must be lists")
        continue
    if (kind == "pattern") != bool(pq):
        err(f"{rid}: pattern_quotes must be non-empty iff kind is pattern")
    for q in pq:
        if q not in cwa.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} must have empty false_claims")
    for c in fc:
        if c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if kind == "bluff" and fc and all(not re.search(r"\d|\b[A-Z]{2,}", c) for c in fc):
        mechanism_bluffs += 1
    if kind == "hedged" and not re.search(r"\d", " ".join(fc)):
        err(f"{rid}: hedged false claim should state a number")
    n = len(rec["answer"].split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (40-200)")
    if band in ("strong", "adequate") and r in strong_answers:
        shared = ngrams(words(rec["answer"])) & ngrams(words(strong_answers[r]))
        if shared:
            err(f"{rid}: shares a 7-word sequence with round {r} strong answer: {' '.join(sorted(shared)[0])}")
    kinds[kind] += 1
    bands[band] += 1

if len(recs) != 30:
    err(f"expected 30 answers, got {len(recs)}")
for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, expected 6")
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: {k} = {kinds[k]}, expected {want}")
if set(kinds) - set(MIX):
    err(f"mix: unexpected kinds {set(kinds) - set(MIX)}")
honest_strong = sum(1 for x in recs if x.get("kind") == "honest" and x.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong, expected 1")
if mechanism_bluffs < 2:
    err(f"only {mechanism_bluffs} bluffs have a plain-words (no number, no acronym) false claim, need 2")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(recs)} answers; kinds {dict(sorted(kinds.items()))}; bands {dict(sorted(bands.items()))}; "
      f"plain-words bluffs {mechanism_bluffs}")
