#!/usr/bin/env python3
"""Validate flink-stateful-streaming.txt and flink-stateful-streaming_answers.jsonl. Exit 1 on any error."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "flink-stateful-streaming.txt")
JSONL = os.path.join(HERE, "..", "..", "flink-stateful-streaming_answers.jsonl")
SHORT = "flink"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return s.split()


def tokens(s):
    return re.findall(r"[a-z0-9]+", s.lower().replace("'", ""))


def ngrams(toks, n=7):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


# ---------------- document ----------------
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad header")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: rounds must be 1..5 in order")
if [m.group(2) for m in heads] != ROUND_TITLES:
    err("doc: round titles differ from the standard ones")
seq_at = doc.find("What This Sequence Tested:")
if seq_at < 0:
    err("doc: missing 'What This Sequence Tested:'")

rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else seq_at
    rounds[int(m.group(1))] = doc[m.start():end]

strong_answers = {}
cwa = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: missing Interviewer question")
    if "What the interviewer is testing:" not in body:
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n\nCommon Weak Answers:', body, re.S)
    if not m:
        err(f"doc r{r}: strong answer / Common Weak Answers block not found")
        continue
    strong_answers[r] = m.group(1)
    n = len(words(m.group(1)))
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    quotes = re.findall(r'^  \u2022 "(.+?)" \u2014 \S.+$', body, re.M)
    if not quotes:
        err(f"doc r{r}: no Common Weak Answers bullets")
    cwa[r] = quotes
    has_trap = "Trap Alert:" in body
    has_senior = "The Senior Signal:" in body
    has_variant = "Trap Question Variant:" in body
    if has_trap != (r == 2):
        err(f"doc r{r}: Trap Alert must be in round 2 only")
    if has_senior != (r == 3):
        err(f"doc r{r}: Senior Signal must be in round 3 only")
    if has_variant != (r == 4):
        err(f"doc r{r}: Trap Question Variant must be in round 4 only")
    if r == 2 and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask ".+\?"', body):
        err("doc r2: Trap Alert must quote the follow-up question")
    if r == 4:
        v = body[body.find("Trap Question Variant:"):]
        if not re.search(r'The right answer is ".+?"', v):
            err("doc r4: Trap Question Variant must state the right answer in quotes")
        if not re.search(r'"[^"]+\?"', v):
            err("doc r4: Trap Question Variant must contain a quoted follow-up question")

table = doc[seq_at:]
if "Round Skill Tested" not in table:
    err("doc: sequence table header missing")
for r in range(1, 6):
    if not re.search(rf"^{r} \S.+$", table, re.M):
        err(f"doc: sequence table row {r} missing")

# ---------------- answers ----------------
recs = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"jsonl line {ln}: {e}")

if len(recs) != 30:
    err(f"need 30 records, got {len(recs)}")

per_round = Counter()
kinds = Counter()
seen_ids = set()
honest_strong = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())} != {FIELDS}")
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round {r!r}")
        continue
    per_round[r] += 1
    if not re.fullmatch(rf"{SHORT}-r{r}-\d\d", rid):
        err(f"{rid}: bad id format")
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    ans, band, kind, bluff = rec["answer"], rec["band"], rec["kind"], rec["bluff"]
    if not isinstance(ans, str) or not ans.strip():
        err(f"{rid}: empty answer")
        continue
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
    if not isinstance(bluff, bool):
        err(f"{rid}: bluff must be a boolean")
    if bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if kind == "honest" and band == "strong":
        honest_strong += 1
    kinds[kind] += 1
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: empty note")
    n = len(words(ans))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes and false_claims must be lists")
        continue
    if kind == "pattern":
        if not pq:
            err(f"{rid}: pattern answer needs pattern_quotes")
    elif pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in pq:
        if q not in cwa.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} answer must not have false_claims")
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if kind == "hedged" and not re.search(r"\b(I think|I believe|not sure|I'd check|double-check|don't quote)", ans):
        err(f"{rid}: hedged answer lacks an explicit hedge")
    if band in ("strong", "adequate") and r in strong_answers:
        shared = ngrams(tokens(ans)) & ngrams(tokens(strong_answers[r]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {r} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers (need 6)")
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"mix: kind {k} = {kinds[k]} (need {v})")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {sorted(extra)}")
if honest_strong != 1:
    err(f"mix: exactly one honest answer must be banded strong (got {honest_strong})")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)

bands = Counter((r["kind"], r["band"]) for r in recs)
print("OK: document and 30 answers pass all checks")
for (k, b), v in sorted(bands.items()):
    print(f"  {k:9s} {b:9s} {v}")
