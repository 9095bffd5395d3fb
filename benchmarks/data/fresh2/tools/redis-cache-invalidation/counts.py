#!/usr/bin/env python3
"""Validate the answers JSONL and print counts per round/band/kind as Markdown."""
import collections, json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
path = os.path.join(ROOT, "redis-cache-invalidation_answers.jsonl")
recs, ids = [], set()
for i, line in enumerate(open(path, encoding="utf-8"), 1):
    r = json.loads(line)  # raises on any unparseable line
    assert r["id"] not in ids, f"duplicate id {r['id']} (line {i})"
    ids.add(r["id"]); recs.append(r)
print(f"Total answers: {len(recs)} (all lines parse; {len(ids)} unique ids)\n")
def table(title, key):
    c = collections.Counter(key(r) for r in recs)
    print(f"| {title} | count |\n|---|---|")
    for k in sorted(c, key=str): print(f"| {k} | {c[k]} |")
    print()
table("round", lambda r: r["round"])
table("band", lambda r: r["band"])
table("kind", lambda r: r["kind"])
table("bluff", lambda r: r["bluff"])
rounds = sorted({r["round"] for r in recs}); bands = ["strong", "adequate", "weak"]
print("| round | " + " | ".join(bands) + " |\n|---|" + "---|" * len(bands))
for rd in rounds:
    print(f"| {rd} | " + " | ".join(str(sum(1 for r in recs if r['round']==rd and r['band']==b)) for b in bands) + " |")
print()
kinds = sorted({r["kind"] for r in recs})
print("| round | " + " | ".join(kinds) + " |\n|---|" + "---|" * len(kinds))
for rd in rounds:
    print(f"| {rd} | " + " | ".join(str(sum(1 for r in recs if r['round']==rd and r['kind']==k)) for k in kinds) + " |")
