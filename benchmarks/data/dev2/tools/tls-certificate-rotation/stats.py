"""Validate the answers file and print counts (used to build README.md)."""
import json, collections, re, sys
doc = open("tls-certificate-rotation.txt").read()
rows, ids, errs = [], set(), []
for n, line in enumerate(open("tls-certificate-rotation_answers.jsonl"), 1):
    r = json.loads(line)  # raises if a line does not parse
    rows.append(r)
    if r["id"] in ids: errs.append(f"duplicate id {r['id']}")
    ids.add(r["id"])
    w = len(r["answer"].split())
    if not 30 <= w <= 150: errs.append(f"{r['id']} has {w} words")
    for q in r["pattern_quotes"]:
        if q not in doc: errs.append(f"{r['id']} pattern quote not in document: {q}")
    for c in r["false_claims"]:
        if c not in r["answer"]: errs.append(f"{r['id']} false claim not in answer: {c}")
    if r["bluff"] and r["band"] == "strong": errs.append(f"{r['id']} bluff labelled strong")
    if r["kind"] in ("honest", "hedged") and r["bluff"]: errs.append(f"{r['id']} honest/hedged marked bluff")
    if r["bluff"] != (r["kind"] == "bluff"): errs.append(f"{r['id']} bluff flag vs kind mismatch")
# document structure checks
for k in ["Trap Alert:", "Trap Question Variant:", "The Senior Signal:", "What This Sequence Tested:"]:
    if k not in doc: errs.append(f"document lacks {k}")
for m in re.finditer(r'Strong Answer:\n\n"(.*?)"\n', doc, re.S):
    w = len(m.group(1).split())
    if not 150 <= w <= 300: errs.append(f"strong answer with {w} words")
print("lines:", len(rows), "unique ids:", len(ids))
print("errors:", errs or "none")
def table(key):
    c = collections.Counter(r[key] for r in rows)
    return ", ".join(f"{k}: {v}" for k, v in sorted(c.items()))
print("per round:", table("round"))
print("per band:", table("band"))
print("per kind:", table("kind"))
print("bluff true/false:", table("bluff"))
print("round x band:")
for rd in sorted({r["round"] for r in rows}):
    c = collections.Counter(r["band"] for r in rows if r["round"] == rd)
    k = collections.Counter(r["kind"] for r in rows if r["round"] == rd)
    print(f"  round {rd}: " + ", ".join(f"{b}={c[b]}" for b in ("strong","adequate","weak"))
          + " | kinds: " + ", ".join(f"{a}={b}" for a, b in sorted(k.items())))
sys.exit(1 if errs else 0)
