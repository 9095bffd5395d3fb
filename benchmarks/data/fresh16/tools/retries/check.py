#!/usr/bin/env python3
"""Validate the retries gauntlet document and its 30 labelled answers. Exits non-zero on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "retries-timeouts-circuit-breakers.txt")
ANS = os.path.join(HERE, "retries-timeouts-circuit-breakers_answers.jsonl")
SHORT = "retries"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_NAMES = {1: "The Opening", 2: "The Probe", 3: "The Constraint", 4: "The Curveball", 5: "The Synthesis"}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower())


def shingles(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if lines[0] != "Skip to content" or not lines[2].startswith("Interview Gauntlet: "):
    err("doc: header/title lines not in the expected format")
if not lines[4].startswith("Category: ") or "Difficulty:" not in lines[4] or "Duration:" not in lines[4] \
        or "Domains:" not in lines[4]:
    err("doc: Category line missing fields")
if not doc.endswith("\nPrerequisite Topic Packs\n"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, flags=re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headings in order")
tested = doc.find("\nWhat This Sequence Tested:\n")
if tested < 0:
    err("doc: missing 'What This Sequence Tested:' table")
else:
    table = doc[tested:].split("\n")
    if "Round Skill Tested" not in table:
        err("doc: table header 'Round Skill Tested' missing")
    for r in range(1, 6):
        if not any(line.startswith(f"{r} ") for line in table):
            err(f"doc: table row for round {r} missing")

rounds = {}
for i, m in enumerate(heads):
    r = int(m.group(1))
    end = heads[i + 1].start() if i + 1 < len(heads) else tested
    rounds[r] = doc[m.start():end]
    if m.group(2) != ROUND_NAMES.get(r):
        err(f"doc: round {r} title {m.group(2)!r} != {ROUND_NAMES.get(r)!r}")

strong_text = {}
cwa = {}
for r, body in rounds.items():
    order = ["Interviewer: \"", "What the interviewer is testing: ", "Strong Answer:", "Common Weak Answers:"]
    pos = [body.find("\n" + o) for o in order]
    if any(p < 0 for p in pos) or pos != sorted(pos):
        err(f"doc: round {r} sections missing or out of order {pos}")
    m = re.search(r"Strong Answer:\n\n\"(.+)\"\n", body)
    if not m:
        err(f"doc: round {r} strong answer not found")
        continue
    strong_text[r] = m.group(1)
    n = len(strong_text[r].split())
    if not 150 <= n <= 300:
        err(f"doc: round {r} strong answer has {n} words (need 150-300)")
    quotes = re.findall(r"^  • \"(.+?)\" — \S.*$", body, flags=re.M)
    bullets = re.findall(r"^  • ", body, flags=re.M)
    if not quotes or len(quotes) != len(bullets):
        err(f"doc: round {r} Common Weak Answers malformed ({len(quotes)} parsed, {len(bullets)} bullets)")
    cwa[r] = quotes
    special = {"Trap Alert:": 2, "The Senior Signal:": 3, "Trap Question Variant:": 4}
    for label, want in special.items():
        present = ("\n" + label + "\n") in body
        if present != (r == want):
            err(f"doc: '{label}' presence wrong in round {r}")
    if r == 2:
        ta = body[body.find("\nTrap Alert:\n"):]
        if "If the candidate bluffs here: The interviewer will ask \"" not in ta or \
                "It's perfectly fine to say \"" not in ta:
            err("doc: Trap Alert lacks the follow-up question or the honest-answer line")
    if r == 3 and "What separates a senior answer: " not in body:
        err("doc: Senior Signal lacks 'What separates a senior answer:'")
    if r == 4:
        tv = body[body.find("\nTrap Question Variant:\n"):]
        if not tv.strip().split("\n")[2].startswith("The right answer is \""):
            err("doc: Trap Question Variant must open with 'The right answer is \"...\"'")
        if not re.search(r"follow up: \"[^\"]+\?\"", tv):
            err("doc: Trap Question Variant lacks a quoted follow-up question")

# ---------------------------------------------------------------- answers
recs = []
for ln, line in enumerate(open(ANS, encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line:
        err(f"answers: blank line {ln}")
        continue
    try:
        recs.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"answers: line {ln} is not JSON: {e}")

if len(recs) != 30:
    err(f"answers: {len(recs)} records, need 30")

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
        err(f"{rid}: bad round {r!r}")
        continue
    per_round[r] += 1
    if not re.fullmatch(rf"{SHORT}-r{r}-\d\d", rid):
        err(f"{rid}: id does not match {SHORT}-r{r}-NN")
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
    kinds[kind] += 1
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind in {"pattern", "list", "offtopic", "weak"} and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if kind in {"strong", "adequate"} and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind == "honest" and band == "strong":
        honest_strong += 1
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: empty note")
    ans = rec["answer"]
    n = len(ans.split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern answer without pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: pattern_quotes only for pattern answers")
    for q in pq:
        if q not in cwa.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    if kind in {"bluff", "hedged"} and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in {"strong", "adequate", "honest", "list", "offtopic"} and fc:
        err(f"{rid}: {kind} answer should have no false_claims")
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if band in {"strong", "adequate"} and r in strong_text:
        shared = shingles(ans) & shingles(strong_text[r])
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {r} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, need 6")
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: {k} = {kinds[k]}, need {want}")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {sorted(extra)}")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong, need exactly 1")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter((x["kind"], x["band"]) for x in recs)
print("OK: document and", len(recs), "answers pass")
for (k, b), c in sorted(bands.items()):
    print(f"  {k:9s} {b:9s} {c}")
