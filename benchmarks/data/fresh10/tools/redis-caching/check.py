#!/usr/bin/env python3
"""Validate redis-caching.txt and redis-caching_answers.jsonl. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "redis-caching.txt")
ANS = os.path.join(HERE, "..", "..", "redis-caching_answers.jsonl")
SHORT = "rc"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9]+(?:['’\-][a-z0-9]+)*", s.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------- the gauntlet document ----------------
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and the title line")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headings")
tested = doc.find("What This Sequence Tested:")
if tested < 0:
    err("doc: missing 'What This Sequence Tested:'")
rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tested
    rounds[int(m.group(1))] = doc[m.start():end]

strong_answers, cwa = {}, {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: missing Interviewer question")
    if "What the interviewer is testing:" not in body:
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', body, re.S)
    if not m:
        err(f"doc r{r}: missing Strong Answer")
    else:
        strong_answers[r] = m.group(1)
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    cm = re.search(r"Common Weak Answers:\n\n(.*?)(?:\n\n(?=[A-Z])|\Z)", body, re.S)
    quotes = []
    if cm:
        for line in cm.group(1).splitlines():
            q = re.match(r'\s*•\s+"(.+?)"\s+—\s+\S', line)
            if q:
                quotes.append(q.group(1))
            elif line.strip():
                err(f"doc r{r}: malformed weak-answer line: {line[:60]}")
    if not quotes:
        err(f"doc r{r}: no Common Weak Answers")
    cwa[r] = quotes
    for label, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        if (label in body) != (r == want):
            err(f"doc r{r}: '{label}' must appear in round {want} only")
ta = rounds.get(2, "")
if 'The interviewer will ask "' not in ta:
    err("doc r2: Trap Alert lacks the interviewer's follow-up question")
tqv = rounds.get(4, "").split("Trap Question Variant:")[-1]
if not re.search(r'follows up: ".+\?"', tqv):
    err("doc r4: Trap Question Variant lacks a quoted follow-up question")
table = doc[tested:]
for r in range(1, 6):
    if not re.search(rf"^{r} \S", table, re.M):
        err(f"doc: table row {r} missing")

# ---------------- the answers ----------------
recs = []
for ln, line in enumerate(open(ANS, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        continue
    try:
        recs.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"answers line {ln}: bad JSON: {e}")

if len(recs) != 30:
    err(f"answers: {len(recs)} records (need 30)")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    err("answers: duplicate ids")
per_round = Counter(r.get("round") for r in recs)
for rnd in range(1, 6):
    if per_round[rnd] != 6:
        err(f"answers: round {rnd} has {per_round[rnd]} answers (need 6)")

for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err(f"{rid}: field order {list(r.keys())}")
        continue
    rnd = r["round"]
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err(f"{rid}: bad round")
        continue
    m = re.fullmatch(rf"{SHORT}-r(\d)-(\d\d)", rid)
    if not m or int(m.group(1)) != rnd or not 1 <= int(m.group(2)) <= 6:
        err(f"{rid}: bad id for round {rnd}")
    if r["band"] not in BANDS:
        err(f"{rid}: bad band")
    if r["kind"] not in KINDS:
        err(f"{rid}: bad kind")
    if not isinstance(r["bluff"], bool) or r["bluff"] != (r["kind"] == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if r["bluff"] and r["band"] == "strong":
        err(f"{rid}: bluff banded strong")
    k, b = r["kind"], r["band"]
    if k in ("strong", "adequate") and b != k:
        err(f"{rid}: kind {k} must have band {k}")
    if k in ("pattern", "list", "offtopic", "weak") and b != "weak":
        err(f"{rid}: kind {k} must be weak")
    if k == "hedged" and b == "strong":
        err(f"{rid}: hedged answer banded strong")
    if not isinstance(r["pattern_quotes"], list) or not isinstance(r["false_claims"], list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    if k == "pattern" and not r["pattern_quotes"]:
        err(f"{rid}: pattern answer without pattern_quotes")
    if k != "pattern" and r["pattern_quotes"]:
        err(f"{rid}: pattern_quotes on a non-pattern answer")
    for q in r["pattern_quotes"]:
        if q not in cwa.get(rnd, []):
            err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")
    if k in ("bluff", "hedged") and not r["false_claims"]:
        err(f"{rid}: {k} answer without false_claims")
    if k in ("strong", "adequate", "honest", "list", "offtopic") and r["false_claims"]:
        err(f"{rid}: correct-kind answer has false_claims")
    for fc in r["false_claims"]:
        if fc not in r["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {fc!r}")
    n = len(r["answer"].split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")
    if not isinstance(r["note"], str) or not r["note"].strip():
        err(f"{rid}: empty note")
    if b in ("strong", "adequate") and rnd in strong_answers:
        shared = ngrams(words(r["answer"])) & ngrams(words(strong_answers[rnd]))
        if shared:
            err(f"{rid}: shares a 7-word sequence with the round {rnd} strong answer: {' '.join(sorted(shared)[0])}")

kinds = Counter(r.get("kind") for r in recs)
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: {k} = {kinds[k]} (need {want})")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {extra}")
if sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong") != 1:
    err("mix: exactly one honest answer must be banded strong")

if errors:
    print("FAIL")
    for e in errors:
        print("  -", e)
    sys.exit(1)
bands = Counter((r["kind"], r["band"]) for r in recs)
print("OK: document and 30 answers valid")
for (k, b), c in sorted(bands.items()):
    print(f"  {k:9s} {b:9s} {c}")
