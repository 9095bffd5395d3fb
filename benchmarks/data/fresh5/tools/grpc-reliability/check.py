#!/usr/bin/env python3
"""Validate grpc-reliability_answers.jsonl against grpc-reliability.txt and print counts."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = open(os.path.join(HERE, "grpc-reliability.txt"), encoding="utf-8").read()
ANS = os.path.join(HERE, "grpc-reliability_answers.jsonl")
FIELDS = {"id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"}
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
errors = []

def err(m): errors.append(m)

# --- document checks ---
rounds = re.split(r"\n(?=Round \d: )", DOC)[1:]
assert len(rounds) == 5, len(rounds)
strong_by_round, weak_quotes = {}, set()
for i, r in enumerate(rounds, 1):
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n', r, re.S)
    if not m: err(f"round {i}: no strong answer"); continue
    strong_by_round[i] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300: err(f"round {i}: strong answer {n} words")
    for q in re.findall(r'  \u2022 "(.*?)" \u2014 ', r):
        weak_quotes.add(q)
    if "Common Weak Answers:" not in r: err(f"round {i}: no weak answers")
for label in ["Trap Alert:", "The Senior Signal:", "Trap Question Variant:"]:
    where = [i for i, r in enumerate(rounds, 1) if label in r]
    if len(where) != 1: err(f"{label} appears in rounds {where}")
    else: print(f"{label} round {where[0]}")
if not DOC.startswith("Skip to content\n"): err("doc first line")
if not DOC.rstrip("\n").endswith("Prerequisite Topic Packs"): err("doc last line")
if "What This Sequence Tested:" not in DOC: err("no closing table")

# --- answer checks ---
def words(s): return re.findall(r"[a-z0-9_']+", s.lower())
def grams(s, n=7):
    w = words(s); return {tuple(w[i:i+n]) for i in range(len(w) - n + 1)}

rows, ids = [], set()
for ln, line in enumerate(open(ANS, encoding="utf-8"), 1):
    try: a = json.loads(line)
    except Exception as e: err(f"line {ln}: bad json {e}"); continue
    rows.append(a)
    if set(a) != FIELDS: err(f"line {ln}: fields {sorted(set(a) ^ FIELDS)}"); continue
    i = a["id"]
    if i in ids: err(f"{i}: duplicate id")
    ids.add(i)
    if not re.fullmatch(rf"grpc-r{a['round']}-\d\d", i): err(f"{i}: id/round mismatch")
    if a["round"] not in range(1, 6): err(f"{i}: round")
    if a["band"] not in BANDS: err(f"{i}: band")
    if a["kind"] not in KINDS: err(f"{i}: kind")
    if not isinstance(a["bluff"], bool) or a["bluff"] != (a["kind"] == "bluff"): err(f"{i}: bluff iff kind=bluff")
    if a["bluff"] and a["band"] == "strong": err(f"{i}: bluff banded strong")
    if a["kind"] in {"list", "offtopic", "pattern"} and a["band"] != "weak": err(f"{i}: {a['kind']} must be weak")
    if a["kind"] in {"bluff", "hedged"} and not a["false_claims"]: err(f"{i}: needs false_claims")
    if a["kind"] == "pattern" and not a["pattern_quotes"]: err(f"{i}: pattern needs quote")
    for fc in a["false_claims"]:
        if fc not in a["answer"]: err(f"{i}: false claim not verbatim: {fc!r}")
    for pq in a["pattern_quotes"]:
        if pq not in weak_quotes: err(f"{i}: pattern quote not in doc: {pq!r}")
    n = len(a["answer"].split())
    if not 30 <= n <= 150: err(f"{i}: {n} words")
    shared = grams(a["answer"]) & grams(strong_by_round[a["round"]])
    if shared: err(f"{i}: shares 7-gram(s) with strong answer: {[' '.join(g) for g in shared][:3]}")

if len(rows) != 30: err(f"{len(rows)} rows, want 30")
kc = Counter(a["kind"] for a in rows)
want = {"bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2, "pattern": 5}
for k, v in want.items():
    if kc[k] != v: err(f"kind {k}: {kc[k]} want {v}")
if not 4 <= kc["strong"] <= 5: err("strong count")
if not 3 <= kc["adequate"] <= 4: err("adequate count")
for r in range(1, 6):
    if sum(a["round"] == r for a in rows) != 6: err(f"round {r} count")
bk = [a["kind"] for a in rows if a["bluff"]]

print("\nCounts")
print("by round:", dict(sorted(Counter(a["round"] for a in rows).items())))
print("by band:", dict(Counter(a["band"] for a in rows)))
print("by kind:", dict(kc))
print("bluffs by band:", dict(Counter(a["band"] for a in rows if a["bluff"])))
print("round x band:")
print("  round strong adequate weak")
for r in range(1, 6):
    c = Counter(a["band"] for a in rows if a["round"] == r)
    print(f"  {r}     {c['strong']:6} {c['adequate']:8} {c['weak']:4}")
print("word counts: min", min(len(a['answer'].split()) for a in rows), "max", max(len(a['answer'].split()) for a in rows))
print("\nERRORS:" if errors else "\nALL CHECKS PASSED")
for e in errors: print(" -", e)
sys.exit(1 if errors else 0)
