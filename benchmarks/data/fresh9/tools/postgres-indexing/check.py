"""Validates postgres-indexing_answers.jsonl against postgres-indexing.txt and the label rules."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "postgres-indexing.txt")
ANS = os.path.join(HERE, "..", "..", "postgres-indexing_answers.jsonl")
SHORT = "pgi"
FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9_']+", s.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---- parse the document ----
doc = open(DOC, encoding="utf-8").read()
parts = re.split(r"\nRound (\d): ", doc)
rounds = {}
for i in range(1, len(parts), 2):
    rounds[int(parts[i])] = parts[i + 1].split("What This Sequence Tested:")[0]
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"document rounds found: {sorted(rounds)}")
if not doc.startswith("Skip to content\n"):
    err("document does not start with 'Skip to content'")
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("document does not end with 'Prerequisite Topic Packs'")
strong_text, weak_quotes = {}, {}
for r, body in rounds.items():
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n\n', body, re.S)
    if not m:
        err(f"round {r}: no strong answer")
        continue
    strong_text[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err(f"round {r}: strong answer has {n} words")
    cwa = body.split("Common Weak Answers:")[1] if "Common Weak Answers:" in body else ""
    weak_quotes[r] = re.findall(r'•\s+"(.*?)" —', cwa)
    if not weak_quotes[r]:
        err(f"round {r}: no common weak answers")
for r, marker in [(2, "Trap Alert:"), (3, "The Senior Signal:"), (4, "Trap Question Variant:")]:
    if marker not in rounds.get(r, ""):
        err(f"round {r}: missing {marker}")

# ---- check the answers ----
recs = [json.loads(line) for line in open(ANS, encoding="utf-8") if line.strip()]
if len(recs) != 30:
    err(f"{len(recs)} answers, expected 30")
per_round = collections.Counter()
kinds = collections.Counter()
bands = collections.Counter()
kind_band = collections.Counter()
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
    if rid != f"{SHORT}-r{r}-{per_round[r]:02d}":
        err(f"{rid}: id does not match round/sequence")
    if r not in rounds:
        err(f"{rid}: bad round {r}")
    if rec["band"] not in BANDS:
        err(f"{rid}: bad band {rec['band']}")
    if rec["kind"] not in KINDS:
        err(f"{rid}: bad kind {rec['kind']}")
    if not isinstance(rec["bluff"], bool) or rec["bluff"] != (rec["kind"] == "bluff"):
        err(f"{rid}: bluff flag {rec['bluff']} vs kind {rec['kind']}")
    if rec["kind"] == "bluff" and rec["band"] == "strong":
        err(f"{rid}: bluff banded strong")
    if rec["kind"] in ("pattern", "list", "offtopic") and rec["band"] != "weak":
        err(f"{rid}: {rec['kind']} must be weak")
    if rec["kind"] in ("strong", "adequate") and rec["band"] != rec["kind"]:
        err(f"{rid}: kind {rec['kind']} banded {rec['band']}")
    if not isinstance(rec["pattern_quotes"], list) or not isinstance(rec["false_claims"], list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
    for q in rec["pattern_quotes"]:
        if q not in weak_quotes.get(r, []):
            err(f"{rid}: pattern quote not a verbatim round-{r} weak answer: {q!r}")
    if rec["kind"] == "pattern" and not rec["pattern_quotes"]:
        err(f"{rid}: pattern answer without pattern_quotes")
    for c in rec["false_claims"]:
        if c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if rec["kind"] in ("bluff", "hedged") and not rec["false_claims"]:
        err(f"{rid}: {rec['kind']} answer without false_claims")
    if rec["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and rec["false_claims"]:
        err(f"{rid}: correct-kind answer has false_claims")
    n = len(rec["answer"].split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words")
    if not rec["note"].strip():
        err(f"{rid}: empty note")
    if rec["band"] in ("strong", "adequate") and r in strong_text:
        shared = ngrams(words(rec["answer"])) & ngrams(words(strong_text[r]))
        if shared:
            err(f"{rid}: shares 7-word sequence with round strong answer: {' '.join(sorted(shared)[0])}")
    kinds[rec["kind"]] += 1
    bands[rec["band"]] += 1
    kind_band[(rec["kind"], rec["band"])] += 1

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, expected 6")
if dict(kinds) != MIX:
    err(f"mix {dict(kinds)} != {MIX}")
if kind_band[("honest", "strong")] < 1:
    err("no honest answer banded strong")

print("answers per round:", dict(sorted(per_round.items())))
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("kind/band:", {f"{k}/{b}": v for (k, b), v in sorted(kind_band.items())})
print("weak-answer quotes per round:", {r: len(q) for r, q in sorted(weak_quotes.items())})
if errors:
    print(f"FAIL ({len(errors)} problems)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
