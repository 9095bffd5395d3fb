#!/usr/bin/env python3
"""Validates istio-service-mesh.txt and istio-service-mesh_answers.jsonl. Exits non-zero on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "istio-service-mesh.txt")
ANS = os.path.join(HERE, "..", "..", "istio-service-mesh_answers.jsonl")
SHORT = "mesh"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['’.\-/=][a-z0-9]+)*", text.lower())


def ngrams(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad header")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")
if "What This Sequence Tested:\n\nRound Skill Tested\n" not in doc:
    err("doc: missing 'What This Sequence Tested' table")
for i in range(1, 6):
    if not re.search(rf"^{i} \S", doc.split("What This Sequence Tested:")[-1], re.M):
        err(f"doc: table row {i} missing")

titles = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]
parts = re.split(r"^Round (\d): (.+)$", doc, flags=re.M)
rounds = {}
for j in range(1, len(parts), 3):
    rounds[int(parts[j])] = (parts[j + 1], parts[j + 2])
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"doc: rounds found {sorted(rounds)}")

weak_quotes = {}
strong_answers = {}
for r, (title, body) in rounds.items():
    if title != titles[r - 1]:
        err(f"doc r{r}: title {title!r}")
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: no interviewer question")
    if "\nWhat the interviewer is testing: " not in body:
        err(f"doc r{r}: no 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n\nCommon Weak Answers:', body, re.S)
    if not m:
        err(f"doc r{r}: strong answer / Common Weak Answers block malformed")
        continue
    strong_answers[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words")
    cwa = body.split("Common Weak Answers:", 1)[1]
    quotes = re.findall(r'^  • "(.+?)" — \S.+$', cwa, re.M)
    if len(quotes) < 2:
        err(f"doc r{r}: fewer than 2 common weak answers")
    weak_quotes[r] = quotes
    for marker, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        if (marker in body) != (r == want):
            err(f"doc r{r}: '{marker}' placement wrong")
    if r == 2 and 'If the candidate bluffs here: The interviewer will ask "' not in body:
        err("doc r2: trap alert lacks the quoted question")
    if r == 3 and "What separates a senior answer:" not in body:
        err("doc r3: senior signal text missing")
    if r == 4:
        tqv = body.split("Trap Question Variant:", 1)[1]
        if not tqv.strip().startswith('The right answer is "'):
            err("doc r4: trap question variant must start with the right answer")
        if not re.search(r'follows up with "[^"]+\?"', tqv):
            err("doc r4: trap question variant lacks a quoted follow-up question")

# ------------------------------------------------------------------ answers
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {ln}: bad JSON {e}")

if len(recs) != 30:
    err(f"expected 30 answers, got {len(recs)}")

ids = set()
per_round = Counter()
kinds = Counter()
bands = Counter()
honest_strong = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())}")
        continue
    if rid in ids:
        err(f"{rid}: duplicate id")
    ids.add(rid)
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round {r}")
        continue
    if not re.fullmatch(rf"{SHORT}-r{r}-\d\d", rid):
        err(f"{rid}: id does not match round")
    per_round[r] += 1
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff flag must be true iff kind is bluff")
    kinds[kind] += 1
    bands[band] += 1
    ans = rec["answer"]
    n = len(ans.split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words")
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: empty note")
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    # band rules
    if kind == "bluff" and band == "strong":
        err(f"{rid}: bluff banded strong")
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err(f"{rid}: {kind} must be weak")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} banded {band}")
    if kind == "honest" and band == "strong":
        honest_strong += 1
    # pattern quotes
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern without pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: pattern_quotes on non-pattern")
    for q in pq:
        if q not in weak_quotes.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    # false claims
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} without false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: false_claims on a correct {kind} answer")
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    # 7-word overlap with the round's strong answer
    if band in ("strong", "adequate") and r in strong_answers:
        shared = ngrams(ans) & ngrams(strong_answers[r])
        if shared:
            err(f"{rid}: shares 7-word sequence with strong answer: {' '.join(sorted(shared)[0])}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers (want 6)")
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"kind {k}: {kinds[k]} (want {want})")
if kinds["weak"]:
    err("kind 'weak' not in this mix")
if honest_strong != 1:
    err(f"honest banded strong: {honest_strong} (want 1)")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: document structure, 30 answers, mix", dict(kinds), "bands", dict(bands))
