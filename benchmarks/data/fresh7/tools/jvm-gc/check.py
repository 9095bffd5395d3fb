#!/usr/bin/env python3
"""Validate jvm-gc_answers.jsonl against jvm-gc.txt and print counts."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
doc = open(os.path.join(HERE, "..", "..", "gauntlets", "jvm-gc.txt")).read()  # repository layout
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "jvm-gc_answers.jsonl")) if l.strip()]
ORDER = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
WANT = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
errs = []

def err(m): errs.append(m)
def toks(s): return re.findall(r"[a-z0-9%+\-.:=*/]+", s.lower().replace("\u2014", " "))
def grams(s, n=7):
    t = [w.strip(".,:;") for w in toks(s)]
    t = [w for w in t if w]
    return {tuple(t[i:i+n]) for i in range(len(t) - n + 1)}

# document structure
lines = doc.split("\n")
if lines[0] != "Skip to content": err("doc: first line")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M): err("doc: title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M): err("doc: category line")
rounds = re.split(r"^Round (\d): .+$", doc, flags=re.M)
sections = {int(rounds[i]): rounds[i + 1] for i in range(1, len(rounds), 2)}
if sorted(sections) != [1, 2, 3, 4, 5]: err(f"doc: rounds {sorted(sections)}")
strong = {}
weak_quotes = {}
for r, body in sections.items():
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n', body, re.S)
    if not m: err(f"doc r{r}: strong answer"); continue
    strong[r] = m.group(1)
    wc = len(strong[r].split())
    if not 150 <= wc <= 300: err(f"doc r{r}: strong answer {wc} words")
    if not re.search(r'^Interviewer: ".+"$', body, re.M): err(f"doc r{r}: interviewer")
    weak_quotes[r] = re.findall(r'^  \u2022 "(.+?)" \u2014 ', body, re.M)
    if not 2 <= len(weak_quotes[r]) <= 3: err(f"doc r{r}: {len(weak_quotes[r])} weak answers")
if "Trap Alert:" not in sections.get(2, ""): err("doc: trap alert not in round 2")
if "The Senior Signal:" not in sections.get(3, ""): err("doc: senior signal not in round 3")
if "Trap Question Variant:" not in sections.get(4, ""): err("doc: trap question variant not in round 4")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"): err("doc: ending")
all_quotes = {q for qs in weak_quotes.values() for q in qs}

# answers
if len(rows) != 30: err(f"{len(rows)} rows")
ids = set()
for a in rows:
    i = a.get("id")
    if list(a.keys()) != ORDER: err(f"{i}: field order {list(a.keys())}")
    if i in ids: err(f"{i}: duplicate id")
    ids.add(i)
    if not re.fullmatch(rf"gc-r{a['round']}-\d\d", i): err(f"{i}: id format")
    if a["band"] not in {"strong", "adequate", "weak"}: err(f"{i}: band")
    if a["kind"] not in KINDS: err(f"{i}: kind")
    wc = len(a["answer"].split())
    if not 40 <= wc <= 200: err(f"{i}: {wc} words")
    if a["bluff"] != (a["kind"] == "bluff"): err(f"{i}: bluff flag vs kind")
    if a["bluff"]:
        if a["band"] == "strong": err(f"{i}: bluff banded strong")
        if not a["false_claims"]: err(f"{i}: bluff without false_claims")
    if a["kind"] in {"pattern", "list", "offtopic"} and a["band"] != "weak": err(f"{i}: {a['kind']} not weak")
    if a["kind"] == "pattern" and not a["pattern_quotes"]: err(f"{i}: pattern without quotes")
    if a["kind"] == "hedged" and not a["false_claims"]: err(f"{i}: hedged without false_claims")
    if a["kind"] in {"strong", "adequate"} and a["band"] != a["kind"]: err(f"{i}: kind/band mismatch")
    if a["kind"] in {"strong", "adequate"} and a["false_claims"]: err(f"{i}: correct answer with false claims")
    for q in a["pattern_quotes"]:
        if q not in all_quotes: err(f"{i}: pattern quote not in doc: {q}")
        if q not in weak_quotes.get(a["round"], []): err(f"{i}: pattern quote from another round")
    for c in a["false_claims"]:
        if c not in a["answer"]: err(f"{i}: false claim not verbatim: {c}")
    shared = grams(a["answer"]) & grams(strong.get(a["round"], ""))
    if shared:
        msg = f"{i} ({a['kind']}): shares 7-gram with strong answer: {' '.join(next(iter(shared)))}"
        if a["band"] in {"strong", "adequate"} or a["kind"] in {"strong", "adequate"}: err(msg)
        else: print("note:", msg)

kinds = Counter(a["kind"] for a in rows)
for k, n in WANT.items():
    if kinds[k] != n: err(f"kind {k}: {kinds[k]} != {n}")
per_round = Counter(a["round"] for a in rows)
if any(per_round[r] != 6 for r in range(1, 6)): err(f"per round {dict(per_round)}")

print("rows:", len(rows))
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(Counter(a["band"] for a in rows).items())))
print("bluffs:", sum(a["bluff"] for a in rows))
print("per round:", dict(sorted(per_round.items())))
for r in range(1, 6):
    print(f"  round {r}:", ", ".join(f"{a['kind']}/{a['band']}" for a in rows if a["round"] == r))
wcs = [len(a["answer"].split()) for a in rows]
print("answer words: min", min(wcs), "max", max(wcs))
print("strong-answer words:", {r: len(s.split()) for r, s in strong.items()})
if errs:
    print("ERRORS:"); [print(" -", e) for e in errs]; sys.exit(1)
print("OK")
