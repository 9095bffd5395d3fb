#!/usr/bin/env python3
"""Validator for the bq gauntlet and its 30 labelled answers. Exits 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "bigquery-cost-performance.txt")
ANS = os.path.join(HERE, "..", "..", "bigquery-cost-performance_answers.jsonl")
SHORT = "bq"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
NGRAM = 7

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[A-Za-z0-9_$.*'\-]+", text)


def norm_tokens(text):
    return [t for t in re.findall(r"[a-z0-9_$]+", text.lower().replace("\u2019", "'").replace("'", ""))]


def ngrams(tokens, n):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad header")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: missing trailing 'Prerequisite Topic Packs'")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: bad Category line")

parts = re.split(r"^Round (\d): .+$", doc, flags=re.M)
# parts = [pre, '1', body1, '2', body2, ...]
rounds = {}
for i in range(1, len(parts), 2):
    rounds[int(parts[i])] = parts[i + 1]
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"doc: rounds found {sorted(rounds)}")

strong_answers = {}
weak_quotes = {}
for r, body in rounds.items():
    body_main = body.split("What This Sequence Tested:")[0]
    for label in ["Interviewer: \"", "What the interviewer is testing: ", "Strong Answer:", "Common Weak Answers:"]:
        if label not in body_main:
            err(f"doc r{r}: missing {label!r}")
    m = re.search(r"Strong Answer:\n\n\"(.+?)\"\n", body_main, re.S)
    if not m:
        err(f"doc r{r}: cannot parse strong answer")
        continue
    sa = m.group(1)
    strong_answers[r] = sa
    n = len(words(sa))
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    cwa = body_main.split("Common Weak Answers:")[1]
    quotes = re.findall(r"^  \u2022 \"(.+?)\" \u2014 \S", cwa, re.M)
    if not quotes:
        err(f"doc r{r}: no common weak answers parsed")
    weak_quotes[r] = quotes
    has = {
        "Trap Alert:": "Trap Alert:" in body_main,
        "The Senior Signal:": "The Senior Signal:" in body_main,
        "Trap Question Variant:": "Trap Question Variant:" in body_main,
    }
    want = {"Trap Alert:": r == 2, "The Senior Signal:": r == 3, "Trap Question Variant:": r == 4}
    for k in has:
        if has[k] != want[k]:
            err(f"doc r{r}: {k} present={has[k]} expected={want[k]}")
    if r == 2:
        ta = body_main.split("Trap Alert:")[1]
        if "If the candidate bluffs here: The interviewer will ask \"" not in ta or "It's perfectly fine to say \"" not in ta:
            err("doc r2: trap alert format")
    if r == 3:
        if "What separates a senior answer: " not in body_main.split("The Senior Signal:")[1]:
            err("doc r3: senior signal format")
    if r == 4:
        tqv = body_main.split("Trap Question Variant:")[1]
        if not tqv.strip().startswith("The right answer is \""):
            err("doc r4: trap question variant must start with 'The right answer is'")
        if not re.search(r"\"[^\"]+\?\"", tqv):
            err("doc r4: trap question variant lacks a quoted follow-up question")

table = doc.split("What This Sequence Tested:")
if len(table) != 2:
    err("doc: missing 'What This Sequence Tested:'")
else:
    t = table[1]
    if "Round Skill Tested" not in t:
        err("doc: table header")
    for r in range(1, 6):
        if not re.search(rf"^{r} \S", t, re.M):
            err(f"doc: table row {r} missing")

# ---------------------------------------------------------------- answers
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            err(f"answers line {ln}: bad json {e}")

if len(recs) != 30:
    err(f"answers: {len(recs)} records (need 30)")

per_round = Counter()
seen_ids = set()
kinds = Counter()
honest_strong = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())}")
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round")
        continue
    per_round[r] += 1
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if not re.fullmatch(rf"{SHORT}-r{r}-\d\d", rid):
        err(f"{rid}: bad id format")
    if rec["band"] not in BANDS:
        err(f"{rid}: bad band")
    if rec["kind"] not in KINDS:
        err(f"{rid}: bad kind")
    if not isinstance(rec["bluff"], bool) or rec["bluff"] != (rec["kind"] == "bluff"):
        err(f"{rid}: bluff must be true iff kind == bluff")
    if rec["kind"] == "bluff" and rec["band"] == "strong":
        err(f"{rid}: bluff banded strong")
    if rec["kind"] in ("pattern", "list", "offtopic") and rec["band"] != "weak":
        err(f"{rid}: {rec['kind']} must be weak")
    if rec["kind"] in ("strong", "adequate") and rec["band"] != rec["kind"]:
        err(f"{rid}: kind {rec['kind']} banded {rec['band']}")
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: empty note")
    kinds[rec["kind"]] += 1
    if rec["kind"] == "honest" and rec["band"] == "strong":
        honest_strong += 1

    ans = rec["answer"]
    n = len(words(ans))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")

    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    if rec["kind"] == "pattern" and not pq:
        err(f"{rid}: pattern without pattern_quotes")
    if rec["kind"] != "pattern" and pq:
        err(f"{rid}: pattern_quotes on non-pattern")
    for q in pq:
        if q not in weak_quotes.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    if rec["kind"] in ("bluff", "hedged") and not fc:
        err(f"{rid}: {rec['kind']} without false_claims")
    if rec["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: false_claims on a correct/neutral answer")
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")

    if rec["band"] in ("strong", "adequate") and r in strong_answers:
        shared = ngrams(norm_tokens(ans), NGRAM) & ngrams(norm_tokens(strong_answers[r]), NGRAM)
        if shared:
            err(f"{rid}: shares {NGRAM}-word sequence(s) with round {r} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers (need 6)")
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"mix: {k} = {kinds[k]} (need {v})")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {extra}")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong (need exactly 1)")

bands = Counter(r["band"] for r in recs)
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("kind x band:", dict(sorted(Counter((r["kind"], r["band"]) for r in recs).items())))

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
