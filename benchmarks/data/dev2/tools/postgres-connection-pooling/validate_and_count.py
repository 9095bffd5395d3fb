#!/usr/bin/env python3
"""Validate the answers JSONL and print counts (used to generate README counts)."""
import json, collections, os, sys
D = os.path.dirname(os.path.abspath(__file__))
G = "postgres-connection-pooling"
doc = open(os.path.join(D, G + ".txt")).read()
rows, ids, errs = [], set(), []
for i, line in enumerate(open(os.path.join(D, G + "_answers.jsonl")), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad JSON {e}"); continue
    if r["id"] in ids: errs.append(f"dup id {r['id']}")
    ids.add(r["id"])
    n = len(r["answer"].split())
    if not 30 <= n <= 150: errs.append(f"{r['id']}: {n} words")
    if r["band"] not in ("strong", "adequate", "weak"): errs.append(f"{r['id']}: band")
    if r["kind"] not in "strong adequate weak offtopic pattern bluff honest list hedged".split(): errs.append(f"{r['id']}: kind")
    if r["bluff"] != (r["kind"] == "bluff"): errs.append(f"{r['id']}: bluff flag vs kind")
    if r["bluff"] and r["band"] == "strong": errs.append(f"{r['id']}: bluff rated strong")
    if r["bluff"] and not r["false_claims"]: errs.append(f"{r['id']}: bluff without false_claims")
    for q in r["pattern_quotes"]:
        if q not in doc: errs.append(f"{r['id']}: pattern quote not in doc: {q}")
    for c in r["false_claims"]:
        if c not in r["answer"]: errs.append(f"{r['id']}: false claim not in answer: {c}")
    rows.append(r)
print("lines:", len(rows), "unique ids:", len(ids))
print("errors:", errs or "none")
for key in ("round", "band", "kind"):
    print(f"by {key}:", dict(sorted(collections.Counter(r[key] for r in rows).items())))
print("bluff:", dict(collections.Counter(r["bluff"] for r in rows)))
print("round x band:")
for rnd in sorted({r["round"] for r in rows}):
    c = collections.Counter(r["band"] for r in rows if r["round"] == rnd)
    print(f"  round {rnd}:", dict(sorted(c.items())))
sys.exit(1 if errs else 0)
