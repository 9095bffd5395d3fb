import json, re, sys
d = open("slo-error-budgets.txt").read()
strong = re.findall(r'Strong Answer:\n\n"(.*?)"\n', d, re.S)
def grams(t, n=7):
    w = re.findall(r"[a-z0-9.%]+", t.lower()); return {tuple(w[i:i+n]) for i in range(len(w)-n+1)}
sg = set().union(*[grams(s) for s in strong])
ids = set(); ok = True
for i, line in enumerate(open("slo-error-budgets_answers.jsonl"), 1):
    o = json.loads(line)
    assert set(o) == {"id","round","answer","band","bluff","kind","pattern_quotes","false_claims","note"}, o["id"]
    if o["id"] in ids: print("dup", o["id"]); ok = False
    ids.add(o["id"])
    n = len(o["answer"].split())
    if not 30 <= n <= 150: print("words", o["id"], n); ok = False
    for q in o["pattern_quotes"]:
        if f'"{q}"' not in d: print("pq missing", o["id"], q); ok = False
    for c in o["false_claims"]:
        if c not in o["answer"]: print("fc missing", o["id"], c); ok = False
    if o["bluff"] and o["band"] == "strong": print("bluff strong", o["id"]); ok = False
    if o["kind"] in ("honest","hedged") and o["bluff"]: print("honest bluff", o["id"]); ok = False
    if (o["kind"] == "bluff") != o["bluff"]: print("bluff flag mismatch", o["id"]); ok = False
    if o["kind"] == "pattern" and not o["pattern_quotes"]: print("pattern w/o quotes", o["id"]); ok = False
    ov = grams(o["answer"]) & sg
    if ov: print("overlap", o["id"], [" ".join(g) for g in ov])
print("OK" if ok else "FAIL", len(ids))
