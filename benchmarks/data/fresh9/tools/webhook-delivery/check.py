#!/usr/bin/env python3
"""Validates webhook-delivery_answers.jsonl against webhook-delivery.txt and the label rules."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "webhook-delivery.txt")
ANS = os.path.join(HERE, "..", "..", "webhook-delivery_answers.jsonl")
SHORT = "wh"
FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9]+(?:['\-][a-z0-9]+)*", s.lower().replace("\u2019", "'"))


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---- parse the document ----
doc = open(DOC, encoding="utf-8").read()
parts = re.split(r"\nRound (\d): ", doc)
rounds = {}
for i in range(1, len(parts), 2):
    rounds[int(parts[i])] = parts[i + 1]
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"document rounds found: {sorted(rounds)}")
strong_text, weak_quotes = {}, {}
for r, body in rounds.items():
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n\nCommon Weak Answers:', body, re.S)
    if not m:
        err(f"round {r}: strong answer not found")
        continue
    strong_text[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err(f"round {r}: strong answer has {n} words")
    cwa = body.split("Common Weak Answers:", 1)[1]
    weak_quotes[r] = re.findall(r'^\s+\u2022 "(.*?)" \u2014 ', cwa, re.M)
    if not weak_quotes[r]:
        err(f"round {r}: no Common Weak Answers quotes")
for label, r in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
    where = [k for k, b in rounds.items() if label in b]
    if where != [r]:
        err(f"{label} expected only in round {r}, found in {where}")
if not doc.startswith("Skip to content\n") or not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("document header/footer format")

# ---- check the answers ----
recs = [json.loads(l) for l in open(ANS, encoding="utf-8") if l.strip()]
if len(recs) != 30:
    err(f"{len(recs)} records, expected 30")
per_round = Counter()
kinds = Counter()
bands = Counter()
seen_ids = set()
for rec in recs:
    rid = rec.get("id")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())}")
        continue
    r = rec["round"]
    per_round[r] += 1
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if not re.fullmatch(rf"{SHORT}-r{r}-0[1-6]", rid):
        err(f"{rid}: bad id for round {r}")
    if rec["band"] not in BANDS:
        err(f"{rid}: bad band")
    if rec["kind"] not in KINDS:
        err(f"{rid}: bad kind")
    if not isinstance(rec["bluff"], bool) or rec["bluff"] != (rec["kind"] == "bluff"):
        err(f"{rid}: bluff flag must be true iff kind is bluff")
    if rec["bluff"] and rec["band"] == "strong":
        err(f"{rid}: bluff banded strong")
    if rec["kind"] in ("pattern", "list", "offtopic") and rec["band"] != "weak":
        err(f"{rid}: {rec['kind']} must be weak")
    if rec["kind"] in ("strong", "adequate") and rec["band"] != rec["kind"]:
        err(f"{rid}: kind {rec['kind']} banded {rec['band']}")
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: empty note")
    n = len(rec["answer"].split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words")
    # pattern quotes
    if rec["kind"] == "pattern" and not rec["pattern_quotes"]:
        err(f"{rid}: pattern answer without pattern_quotes")
    if rec["kind"] != "pattern" and rec["pattern_quotes"]:
        err(f"{rid}: pattern_quotes on a non-pattern answer")
    for q in rec["pattern_quotes"]:
        if q not in weak_quotes.get(r, []):
            err(f"{rid}: pattern quote not a verbatim round-{r} Common Weak Answer: {q!r}")
    # false claims
    if rec["kind"] in ("bluff", "hedged") and not rec["false_claims"]:
        err(f"{rid}: {rec['kind']} without false_claims")
    if rec["kind"] in ("strong", "adequate", "list", "offtopic", "honest") and rec["false_claims"]:
        err(f"{rid}: false_claims on a correct/{rec['kind']} answer")
    for c in rec["false_claims"]:
        if c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if rec["kind"] == "bluff" and len(rec["false_claims"]) > 2:
        err(f"{rid}: bluff with more than two false claims")
    # 7-word overlap with the round's strong answer
    if rec["band"] in ("strong", "adequate") and r in strong_text:
        shared = ngrams(words(rec["answer"])) & ngrams(words(strong_text[r]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {r} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")
    kinds[rec["kind"]] += 1
    bands[rec["band"]] += 1

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, expected 6")
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"kind {k}: {kinds[k]}, expected {v}")
honest_strong = sum(1 for x in recs if x["kind"] == "honest" and x["band"] == "strong")
if honest_strong != 1:
    err(f"honest answers banded strong: {honest_strong}, expected 1")

print("answers per round:", dict(sorted(per_round.items())))
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("bluffs:", sum(r["bluff"] for r in recs), "| honest banded strong:", honest_strong)
print("weak-answer quotes per round:", {r: len(q) for r, q in sorted(weak_quotes.items())})
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
