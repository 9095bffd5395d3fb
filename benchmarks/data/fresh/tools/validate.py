"""Validate the answer files against their gauntlet documents and print counts."""
import json, re, sys, collections, pathlib
HERE = pathlib.Path(__file__).resolve().parent.parent
SETS = [("kafka-exactly-once", "kafka"), ("api-idempotency-keys", "api")]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
errors = []
def err(m): errors.append(m)
def words(s): return re.findall(r"[a-z0-9_.'-]+", s.lower())
def ngrams(ws, n): return {tuple(ws[i:i+n]) for i in range(len(ws)-n+1)}

seen_ids = set(); all_rows = {}
for stem, prefix in SETS:
    doc = (HERE / f"{stem}.txt").read_text()
    strongs = re.findall(r'Strong Answer:\n\n"(.*?)"\n', doc, re.S)
    weak_quotes = re.findall(r'^  • "(.*?)" — ', doc, re.M)
    if len(strongs) != 5: err(f"{stem}: {len(strongs)} strong answers")
    for i, s in enumerate(strongs, 1):
        n = len(s.split())
        if not 150 <= n <= 300: err(f"{stem}: strong answer round {i} has {n} words")
    strong_ng = [ngrams(words(s), 7) for s in strongs]
    rows = []
    for ln, line in enumerate((HERE / f"{stem}_answers.jsonl").read_text().splitlines(), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"{stem}:{ln} does not parse: {e}"); continue
        rows.append(r)
        if list(r) != FIELDS: err(f"{r.get('id')}: fields {list(r)}")
        if r["id"] in seen_ids: err(f"duplicate id {r['id']}")
        seen_ids.add(r["id"])
        if not r["id"].startswith(f"{prefix}-r{r['round']}-"): err(f"{r['id']}: id/round mismatch")
        if r["band"] not in BANDS: err(f"{r['id']}: band {r['band']}")
        if r["kind"] not in KINDS: err(f"{r['id']}: kind {r['kind']}")
        if not isinstance(r["bluff"], bool): err(f"{r['id']}: bluff not bool")
        if r["bluff"] != (r["kind"] == "bluff"): err(f"{r['id']}: bluff flag vs kind")
        if r["bluff"] and r["band"] == "strong": err(f"{r['id']}: bluff graded strong")
        if r["bluff"] and not r["false_claims"]: err(f"{r['id']}: bluff without false_claims")
        if r["kind"] in ("honest", "hedged") and r["bluff"]: err(f"{r['id']}: honest/hedged marked bluff")
        if r["kind"] in ("list", "offtopic", "pattern") and r["band"] != "weak": err(f"{r['id']}: {r['kind']} not weak")
        if r["kind"] == "pattern" and not r["pattern_quotes"]: err(f"{r['id']}: pattern without quotes")
        if r["kind"] == "hedged" and not r["false_claims"]: err(f"{r['id']}: hedged without its wrong claim")
        n = len(r["answer"].split())
        if not 30 <= n <= 150: err(f"{r['id']}: {n} words")
        for q in r["pattern_quotes"]:
            if q not in weak_quotes: err(f"{r['id']}: pattern quote not in document: {q!r}")
        for c in r["false_claims"]:
            if c not in r["answer"]: err(f"{r['id']}: false claim not verbatim in answer: {c!r}")
        ws = words(r["answer"])
        overlap = ngrams(ws, 7) & strong_ng[r["round"] - 1]
        if overlap: err(f"{r['id']}: copies strong-answer wording: {[' '.join(o) for o in overlap][:3]}")
    all_rows[stem] = rows
    if len(rows) != 30: err(f"{stem}: {len(rows)} rows")

for e in errors: print("ERROR", e)
print("validation:", "FAILED" if errors else "OK", f"({sum(len(v) for v in all_rows.values())} answers, {len(seen_ids)} unique ids)")

def table(rows, key):
    c = collections.Counter(r[key] for r in rows)
    return ", ".join(f"{k}={c[k]}" for k in sorted(c, key=str))
print()
for stem, rows in all_rows.items():
    print(f"### {stem}_answers.jsonl ({len(rows)} answers)")
    print(f"- by round: {table(rows, 'round')}")
    print(f"- by band: {table(rows, 'band')}")
    print(f"- by kind: {table(rows, 'kind')}")
    print(f"- bluff: {table(rows, 'bluff')}")
    print("- round x band:")
    for rd in range(1, 6):
        rr = [r for r in rows if r['round'] == rd]
        print(f"  - round {rd}: {table(rr, 'band')}")
    print()
allr = [r for v in all_rows.values() for r in v]
print(f"### total ({len(allr)} answers)")
print(f"- by band: {table(allr, 'band')}")
print(f"- by kind: {table(allr, 'kind')}")
print(f"- bluff: {table(allr, 'bluff')}")
sys.exit(1 if errors else 0)
