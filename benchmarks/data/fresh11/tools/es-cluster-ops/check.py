#!/usr/bin/env python3
"""Validate es-cluster-ops.txt and es-cluster-ops_answers.jsonl. Exits non-zero on any failure."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "es-cluster-ops.txt")
ANS = os.path.join(HERE, "..", "..", "es-cluster-ops_answers.jsonl")
SHORT = "es"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9]+(?:[-'_.][a-z0-9]+)*", s.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------- document ----------------
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad header")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: missing trailing Prerequisite Topic Packs line")

parts = re.split(r"^Round (\d): .+$", doc, flags=re.M)
rounds = {}
for i in range(1, len(parts), 2):
    rounds[int(parts[i])] = parts[i + 1]
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"doc: rounds found {sorted(rounds)}")

strong_text = {}
weak_quotes = {}
for r, body in rounds.items():
    body = body.split("What This Sequence Tested:")[0]
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: no interviewer question")
    if "What the interviewer is testing:" not in body:
        err(f"doc r{r}: no 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', body, re.S)
    if not m:
        err(f"doc r{r}: no strong answer")
        continue
    strong_text[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer {n} words")
    cw = re.search(r"Common Weak Answers:\n\n(.+?)(?:\n\n|\Z)", body, re.S)
    if not cw:
        err(f"doc r{r}: no Common Weak Answers")
        continue
    qs = []
    for line in cw.group(1).splitlines():
        lm = re.match(r'^  \u2022 "(.+?)" \u2014 (.+)$', line)
        if not lm:
            err(f"doc r{r}: bad weak-answer line: {line[:60]}")
        else:
            qs.append(lm.group(1))
    weak_quotes[r] = qs

def has(r, label):
    return f"\n{label}:\n" in rounds.get(r, "")

for r in range(1, 6):
    for label, want in (("Trap Alert", 2), ("The Senior Signal", 3), ("Trap Question Variant", 4)):
        if has(r, label) != (r == want):
            err(f"doc r{r}: '{label}' presence wrong")
if 'will ask "' not in rounds.get(2, ""):
    err("doc r2: trap alert lacks quoted follow-up question")
tqv = rounds.get(4, "").split("Trap Question Variant:")[-1]
if not re.search(r'"[^"]+\?"', tqv):
    err("doc r4: trap question variant lacks a quoted follow-up question")
tbl = doc.split("What This Sequence Tested:")[-1]
if "Round Skill Tested" not in tbl or len(re.findall(r"^[1-5] \S", tbl, re.M)) != 5:
    err("doc: bad What This Sequence Tested table")

# ---------------- answers ----------------
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        o = json.loads(line)
        if list(o.keys()) != FIELDS:
            err(f"line {ln}: field order {list(o.keys())}")
        recs.append(o)

if len(recs) != 30:
    err(f"{len(recs)} records, want 30")
ids = [o["id"] for o in recs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
per_round = collections.Counter()
kinds = collections.Counter()
honest_bands = collections.Counter()
strong_ngrams = {r: ngrams(words(t)) for r, t in strong_text.items()}

for o in recs:
    i = o["id"]
    r = o["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{i}: bad round")
        continue
    m = re.fullmatch(rf"{SHORT}-r(\d)-(\d\d)", i)
    if not m or int(m.group(1)) != r:
        err(f"{i}: bad id")
    per_round[r] += 1
    if o["band"] not in BANDS:
        err(f"{i}: bad band")
    if o["kind"] not in KINDS:
        err(f"{i}: bad kind")
    kinds[o["kind"]] += 1
    if not isinstance(o["bluff"], bool) or o["bluff"] != (o["kind"] == "bluff"):
        err(f"{i}: bluff flag must be true iff kind is bluff")
    if o["bluff"] and o["band"] == "strong":
        err(f"{i}: bluff banded strong")
    if o["kind"] in ("pattern", "list", "offtopic", "weak") and o["band"] != "weak":
        err(f"{i}: kind {o['kind']} must be weak")
    if o["kind"] in ("strong", "adequate") and o["band"] != o["kind"]:
        err(f"{i}: kind {o['kind']} banded {o['band']}")
    if o["kind"] == "honest":
        honest_bands[o["band"]] += 1
    n = len(o["answer"].split())
    if not 40 <= n <= 200:
        err(f"{i}: answer has {n} words")
    if not isinstance(o["pattern_quotes"], list) or not isinstance(o["false_claims"], list):
        err(f"{i}: pattern_quotes/false_claims must be lists")
        continue
    if o["kind"] == "pattern" and not o["pattern_quotes"]:
        err(f"{i}: pattern without pattern_quotes")
    if o["kind"] != "pattern" and o["pattern_quotes"]:
        err(f"{i}: pattern_quotes on non-pattern answer")
    for q in o["pattern_quotes"]:
        if q not in weak_quotes.get(r, []):
            err(f"{i}: pattern quote not in round {r} Common Weak Answers: {q}")
    if o["kind"] in ("bluff", "hedged") and not o["false_claims"]:
        err(f"{i}: {o['kind']} without false_claims")
    if o["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and o["false_claims"]:
        err(f"{i}: false_claims on a correct-kind answer")
    for c in o["false_claims"]:
        if c not in o["answer"]:
            err(f"{i}: false claim not verbatim in answer: {c}")
    if o["kind"] == "hedged" and not re.search(r"\b(I think|I believe|I'd check|double-check|not sure)\b", o["answer"]):
        err(f"{i}: hedged answer lacks an explicit hedge")
    if not o["note"].strip():
        err(f"{i}: empty note")
    if o["band"] in ("strong", "adequate") or o["kind"] in ("strong", "adequate"):
        shared = ngrams(words(o["answer"])) & strong_ngrams.get(r, set())
        if shared:
            err(f"{i}: shares 7-word sequence with round {r} strong answer: {' '.join(sorted(shared)[0])}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, want 6")
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"kind {k}: {kinds[k]}, want {v}")
if set(kinds) - set(MIX):
    err(f"unexpected kinds {set(kinds) - set(MIX)}")
if honest_bands["strong"] != 1:
    err(f"honest banded strong: {honest_bands['strong']}, want 1")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = collections.Counter((o["kind"], o["band"]) for o in recs)
print("OK: 30 answers;", dict(sorted(kinds.items())))
print("kind/band:", dict(sorted(bands.items())))
