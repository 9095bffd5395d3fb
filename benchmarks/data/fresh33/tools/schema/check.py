"""Validate schema-evolution.txt and schema-evolution_answers.jsonl.

Run:  .venv/bin/python check.py      (exit code 0 = all checks pass)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "schema-evolution.txt")
JSONL = os.path.join(HERE, "..", "..", "schema-evolution_answers.jsonl")
SHORT = "schema"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9_']+", text.lower().replace("\u2019", "'"))


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err(f"doc: expected rounds 1-5, found {[m.group(1) for m in heads]}")
if [m.group(2) for m in heads] != ROUND_TITLES:
    err(f"doc: round titles {[m.group(2) for m in heads]}")
table_at = doc.find("What This Sequence Tested:")
if table_at < 0:
    err("doc: missing 'What This Sequence Tested:' table")
else:
    table = doc[table_at:]
    if "Round Skill Tested" not in table:
        err("doc: table header 'Round Skill Tested' missing")
    for r in range(1, 6):
        if not re.search(rf"^{r} \S.+$", table, re.M):
            err(f"doc: table row for round {r} missing")

sections = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else (table_at if table_at > 0 else len(doc))
    sections[int(m.group(1))] = doc[m.start():end]

weak_quotes = {}
for r, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err(f"doc r{r}: missing Interviewer question")
    if not re.search(r"^What the interviewer is testing: \S.+$", sec, re.M):
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'^Strong Answer:\n\n"(.+)"$', sec, re.M)
    if not m:
        err(f"doc r{r}: missing Strong Answer paragraph")
    else:
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err(f"doc r{r}: strong answer has {n} words (need 150-300)")
        if '"' in m.group(1):
            err(f"doc r{r}: strong answer contains an inner double quote")
    if "Common Weak Answers:" not in sec:
        err(f"doc r{r}: missing Common Weak Answers")
    qs = re.findall(r'^  \u2022 "([^"]+)" \u2014 \S.+$', sec, re.M)
    if not qs:
        err(f"doc r{r}: no parsable Common Weak Answers bullets")
    weak_quotes[r] = qs
    has = {k: (k in sec) for k in ("Trap Alert:", "The Senior Signal:", "Trap Question Variant:")}
    want = {2: "Trap Alert:", 3: "The Senior Signal:", 4: "Trap Question Variant:"}
    for k, present in has.items():
        if present != (want.get(r) == k):
            err(f"doc r{r}: '{k}' presence is {present}, expected {want.get(r) == k}")
    if r == 2 and not re.search(r'^If the candidate bluffs here: The interviewer will ask ".+\?"', sec, re.M):
        err("doc r2: Trap Alert must start 'If the candidate bluffs here: The interviewer will ask \"...?\"'")
    if r == 3 and not re.search(r"^What separates a senior answer: \S", sec, re.M):
        err("doc r3: Senior Signal must start 'What separates a senior answer:'")
    if r == 4:
        tqv = sec[sec.find("Trap Question Variant:"):]
        if not re.search(r'The right answer is ".+"', tqv):
            err("doc r4: Trap Question Variant lacks 'The right answer is \"...\"'")
        if not re.search(r'follows up: "[^"]+\?"', tqv):
            err("doc r4: Trap Question Variant lacks a quoted follow-up question")

strong_text = {}
for r, sec in sections.items():
    m = re.search(r'^Strong Answer:\n\n"(.+)"$', sec, re.M)
    strong_text[r] = m.group(1) if m else ""

# ---------------------------------------------------------------- answers
recs = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line:
            err(f"jsonl line {ln}: empty line")
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"jsonl line {ln}: bad JSON ({e})")

if len(recs) != 30:
    err(f"expected 30 records, got {len(recs)}")

ids = Counter(r.get("id") for r in recs)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")

per_round = Counter()
kinds = Counter()
honest_strong = 0
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err(f"{rid}: field order {list(r.keys())} != {FIELDS}")
        continue
    rnd = r["round"]
    if not isinstance(rnd, int) or isinstance(rnd, bool) or rnd not in range(1, 6):
        err(f"{rid}: bad round {rnd!r}")
        continue
    per_round[rnd] += 1
    if not re.fullmatch(rf"{SHORT}-r{rnd}-0[1-6]", rid):
        err(f"{rid}: id must be {SHORT}-r{rnd}-NN with NN 01-06")
    band, kind, bluff = r["band"], r["kind"], r["bluff"]
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
    if not isinstance(bluff, bool):
        err(f"{rid}: bluff must be a boolean")
    if bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if bluff and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    kinds[kind] += 1
    for k in ("answer", "note"):
        if not isinstance(r[k], str) or not r[k].strip():
            err(f"{rid}: {k} must be a non-empty string")
    for k in ("pattern_quotes", "false_claims"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) and x for x in r[k]):
            err(f"{rid}: {k} must be a list of non-empty strings")
    ans = r["answer"]
    n = len(ans.split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")

    # kind -> band rules
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must be banded {kind}")
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if kind == "hedged" and band == "strong":
        err(f"{rid}: hedged answer banded strong")
    if kind == "honest" and band == "strong":
        honest_strong += 1

    # pattern quotes
    if kind == "pattern":
        if not r["pattern_quotes"]:
            err(f"{rid}: pattern answer needs pattern_quotes")
    elif r["pattern_quotes"]:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in r["pattern_quotes"]:
        if q not in weak_quotes.get(rnd, []):
            err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")

    # false claims
    if kind in ("bluff", "hedged") and not r["false_claims"]:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and r["false_claims"]:
        err(f"{rid}: {kind} answer must have empty false_claims")
    for c in r["false_claims"]:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")

    # 7-word overlap with the round's strong answer
    if band in ("strong", "adequate"):
        shared = ngrams(words(ans)) & ngrams(words(strong_text.get(rnd, "")))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {rnd} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for rnd in range(1, 6):
    if per_round[rnd] != 6:
        err(f"round {rnd}: {per_round[rnd]} answers (need 6)")
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: {kinds[k]} {k} answers (need {want})")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {sorted(extra)}")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong (need exactly 1)")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)

bands = Counter((r["kind"], r["band"]) for r in recs)
print("PASS: document and 30 answers valid")
for (k, b), c in sorted(bands.items()):
    print(f"  {k:9s} {b:9s} {c}")
