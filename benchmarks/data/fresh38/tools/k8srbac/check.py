#!/usr/bin/env python3
"""Validate kubernetes-rbac-pod-security.txt and kubernetes-rbac-pod-security_answers.jsonl."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "kubernetes-rbac-pod-security.txt")
ANS = os.path.join(HERE, "..", "..", "kubernetes-rbac-pod-security_answers.jsonl")
SHORT = "k8srbac"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", s.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------- document ----------------
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: header must start with 'Skip to content' and the title")
if "Category: " not in doc or "Difficulty: " not in doc or "Duration: " not in doc or "Domains: " not in doc:
    err("doc: category line incomplete")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

parts = re.split(r"\n(?=Round [1-5]: )", doc)
rounds = {}
for p in parts[1:]:
    m = re.match(r"Round ([1-5]): (.+)\n", p)
    rounds[int(m.group(1))] = p
    if m.group(2).strip() != ROUND_TITLES[int(m.group(1)) - 1]:
        err(f"doc: round {m.group(1)} title {m.group(2)!r}")
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"doc: rounds found {sorted(rounds)}")

strong_text = {}
cwa = {}
for r, body in rounds.items():
    if not re.search(r'\nInterviewer: ".+"\n', body):
        err(f"doc r{r}: interviewer question missing")
    if "\nWhat the interviewer is testing: " not in body:
        err(f"doc r{r}: 'What the interviewer is testing' missing")
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n\nCommon Weak Answers:', body, re.S)
    if not m:
        err(f"doc r{r}: strong answer / Common Weak Answers missing")
        continue
    strong_text[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (150-300)")
    quotes = re.findall(r'^  • "(.+?)" — .+$', body, re.M)
    if len(quotes) < 2:
        err(f"doc r{r}: fewer than 2 common weak answers")
    cwa[r] = quotes
    has_trap = "\nTrap Alert:\n" in body
    has_senior = "\nThe Senior Signal:\n" in body
    has_variant = "\nTrap Question Variant:\n" in body
    if has_trap != (r == 2):
        err(f"doc r{r}: Trap Alert placement")
    if has_senior != (r == 3):
        err(f"doc r{r}: Senior Signal placement")
    if has_variant != (r == 4):
        err(f"doc r{r}: Trap Question Variant placement")
    if r == 2 and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask ".+?"', body):
        err("doc r2: trap alert must quote the follow-up question")
    if r == 3 and "What separates a senior answer:" not in body:
        err("doc r3: senior signal text")
    if r == 4:
        v = body.split("Trap Question Variant:", 1)[1]
        if not re.search(r'The right answer is ".+?"', v) or not re.search(r'follows up: "[^"]+\?"', v):
            err("doc r4: trap question variant needs the right answer and a quoted follow-up question")
if "What This Sequence Tested:\n\nRound Skill Tested\n" not in doc:
    err("doc: 'What This Sequence Tested' table missing")
else:
    table = doc.split("Round Skill Tested\n", 1)[1]
    for r in range(1, 6):
        if not re.search(rf"^{r} \S", table, re.M):
            err(f"doc: table row {r} missing")

# ---------------- answers ----------------
recs = []
with open(ANS, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line, object_pairs_hook=lambda kv: kv))
        except Exception as e:  # noqa: BLE001
            err(f"line {i}: bad JSON: {e}")

if len(recs) != 30:
    err(f"expected 30 records, got {len(recs)}")

per_round = Counter()
kinds = Counter()
honest_strong = 0
seen = set()
for pairs in recs:
    keys = [k for k, _ in pairs]
    rec = dict(pairs)
    rid = rec.get("id", "?")
    if keys != FIELDS:
        err(f"{rid}: field order {keys}")
        continue
    if rid in seen:
        err(f"{rid}: duplicate id")
    seen.add(rid)
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round")
        continue
    per_round[r] += 1
    if rid != f"{SHORT}-r{r}-{per_round[r]:02d}":
        err(f"{rid}: id should be {SHORT}-r{r}-{per_round[r]:02d}")
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    ans = rec["answer"]
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: bluff banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err(f"{rid}: kind {kind} must be weak")
    if kind == "honest" and band == "strong":
        honest_strong += 1
    kinds[kind] += 1
    n = len(ans.split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (40-200)")
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: empty note")
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    if kind == "pattern":
        if not pq:
            err(f"{rid}: pattern without pattern_quotes")
    elif pq:
        err(f"{rid}: pattern_quotes only for pattern answers")
    for q in pq:
        if q not in cwa.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} should have no false_claims")
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if band in ("strong", "adequate") and r in strong_text:
        shared = ngrams(words(ans)) & ngrams(words(strong_text[r]))
        if shared:
            err(f"{rid}: shares 7-word sequence with round {r} strong answer: {' '.join(sorted(shared)[0])}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers (need 6)")
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"mix: {k} = {kinds[k]} (need {v})")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {extra}")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong (need exactly 1)")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter(dict(p)["band"] for p in recs)
print("OK:", len(recs), "records;", dict(sorted(kinds.items())), "bands", dict(sorted(bands.items())))
