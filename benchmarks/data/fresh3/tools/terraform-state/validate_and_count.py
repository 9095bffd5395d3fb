"""Validate terraform-state_answers.jsonl against terraform-state.txt and print counts (markdown)."""
import json, collections, re, sys
D = "/work/evalsets/fresh3/terraform-state/"
doc = open(D + "terraform-state.txt").read()
rows, ids, errs = [], set(), []
for i, line in enumerate(open(D + "terraform-state_answers.jsonl"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: parse error {e}"); continue
    rows.append(r)
    if r["id"] in ids: errs.append(f"duplicate id {r['id']}")
    ids.add(r["id"])
    wc = len(r["answer"].split())
    if not 30 <= wc <= 150: errs.append(f"{r['id']}: {wc} words")
    for q in r["pattern_quotes"]:
        if q not in doc: errs.append(f"{r['id']}: pattern quote not in doc: {q}")
    for c in r["false_claims"]:
        if c not in r["answer"]: errs.append(f"{r['id']}: false claim not in answer: {c}")
    if r["bluff"] and r["band"] == "strong": errs.append(f"{r['id']}: bluff marked strong")
    if r["kind"] in ("honest", "hedged") and r["bluff"]: errs.append(f"{r['id']}: honest/hedged marked bluff")
    if (r["kind"] == "bluff") != r["bluff"]: errs.append(f"{r['id']}: kind/bluff mismatch")
    if r["kind"] == "bluff" and not r["false_claims"]: errs.append(f"{r['id']}: bluff without false_claims")
    if r["band"] not in ("strong", "adequate", "weak"): errs.append(f"{r['id']}: bad band")
# document structure checks
for n in range(1, 6):
    if f"Round {n}:" not in doc: errs.append(f"doc missing Round {n}")
for s in ("Trap Alert:", "Trap Question Variant:", "The Senior Signal:", "What This Sequence Tested:"):
    if s not in doc: errs.append(f"doc missing {s}")
for m in re.finditer(r'Strong Answer:\n\n"(.*?)"\n', doc, re.S):
    w = len(m.group(1).split())
    if not 150 <= w <= 300: errs.append(f"strong answer {w} words")
print("ERRORS:", errs if errs else "none")
print(f"Total answers: {len(rows)}, unique ids: {len(ids)}\n")
def table(title, key):
    c = collections.Counter(key(r) for r in rows)
    print(f"| {title} | count |\n|---|---|")
    for k in sorted(c): print(f"| {k} | {c[k]} |")
    print()
table("round", lambda r: r["round"])
table("band", lambda r: r["band"])
table("kind", lambda r: r["kind"])
table("bluff", lambda r: str(r["bluff"]).lower())
rounds = sorted({r["round"] for r in rows}); bands = ["strong", "adequate", "weak"]
print("| round | " + " | ".join(bands) + " |\n|---|" + "---|" * len(bands))
for rd in rounds:
    print(f"| {rd} | " + " | ".join(str(sum(1 for r in rows if r['round'] == rd and r['band'] == b)) for b in bands) + " |")
print()
kinds = sorted({r["kind"] for r in rows})
print("| kind | " + " | ".join(bands) + " |\n|---|" + "---|" * len(bands))
for k in kinds:
    print(f"| {k} | " + " | ".join(str(sum(1 for r in rows if r['kind'] == k and r['band'] == b)) for b in bands) + " |")
sys.exit(1 if errs else 0)
