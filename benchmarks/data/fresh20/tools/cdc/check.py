#!/usr/bin/env python3
"""Validate postgres-cdc-debezium.txt and postgres-cdc-debezium_answers.jsonl.
Exit status 0 and "OK" when every check passes."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "postgres-cdc-debezium.txt")
ANS = os.path.join(HERE, "..", "..", "postgres-cdc-debezium_answers.jsonl")
SHORT = "cdc"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9_]+(?:['.\-][a-z0-9_]+)*", s.lower())


def ngrams(s, n=7):
    w = words(s)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: title block")
if "Category: " not in doc or "Difficulty: " not in doc:
    err("doc: category line")

titles = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]
heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5] or [m.group(2) for m in heads] != titles:
    err("doc: five rounds with the standard titles")
tail_at = doc.find("What This Sequence Tested:")
if tail_at < 0:
    err("doc: missing What This Sequence Tested")
rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tail_at
    rounds[int(m.group(1))] = doc[m.start():end]

strong = {}
weak_quotes = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: interviewer question")
    if "What the interviewer is testing: " not in body:
        err(f"doc r{r}: what the interviewer is testing")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', body, re.S)
    if not m:
        err(f"doc r{r}: strong answer")
    else:
        strong[r] = m.group(1)
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err(f"doc r{r}: strong answer has {n} words")
    cwa = re.search(r"Common Weak Answers:\n\n((?:  • .+\n)+)", body)
    if not cwa:
        err(f"doc r{r}: common weak answers")
        weak_quotes[r] = []
    else:
        qs = re.findall(r'^  • "(.+?)" — .+$', cwa.group(1), re.M)
        if len(qs) != len(cwa.group(1).strip("\n").split("\n")) or not qs:
            err(f"doc r{r}: each weak answer quoted with a reason")
        weak_quotes[r] = qs
    has_trap = "Trap Alert:" in body
    has_senior = "The Senior Signal:" in body
    has_variant = "Trap Question Variant:" in body
    if has_trap != (r == 2):
        err(f"doc r{r}: Trap Alert must be in round 2 only")
    if has_senior != (r == 3):
        err(f"doc r{r}: Senior Signal must be in round 3 only")
    if has_variant != (r == 4):
        err(f"doc r{r}: Trap Question Variant must be in round 4 only")
    if r == 2 and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask ".+\?"',
                                body):
        err("doc r2: trap alert follow-up question")
    if r == 3 and "What separates a senior answer: " not in body:
        err("doc r3: senior signal text")
    if r == 4:
        v = body[body.find("Trap Question Variant:"):]
        if not re.search(r'The right answer is ".+"', v) or not re.search(r'"[^"]+\?"', v):
            err("doc r4: trap variant needs the right answer and a quoted follow-up question")

tail = doc[tail_at:]
for r in range(1, 6):
    if not re.search(rf"^{r} \S.+$", tail, re.M):
        err(f"doc: table row {r}")
if "Round Skill Tested" not in tail:
    err("doc: table header")
if doc.rstrip().split("\n")[-1] != "Prerequisite Topic Packs":
    err("doc: trailing Prerequisite Topic Packs line")

# ------------------------------------------------------------------ answers
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except ValueError as e:
            err(f"answers line {ln}: bad json {e}")

if len(recs) != 30:
    err(f"answers: {len(recs)} records, want 30")
per_round = Counter(r.get("round") for r in recs)
if per_round != Counter({1: 6, 2: 6, 3: 6, 4: 6, 5: 6}):
    err(f"answers: per round {dict(per_round)}")

seen = set()
for rec in recs:
    rid = rec.get("id")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())}")
        continue
    rnd = rec["round"]
    if rid in seen:
        err(f"{rid}: duplicate id")
    seen.add(rid)
    if not isinstance(rnd, int) or not 1 <= rnd <= 5:
        err(f"{rid}: round")
        continue
    if not re.fullmatch(rf"{SHORT}-r{rnd}-\d\d", rid):
        err(f"{rid}: id format")
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err(f"{rid}: band {band}")
    if kind not in KINDS:
        err(f"{rid}: kind {kind}")
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if bluff and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err(f"{rid}: kind {kind} must be weak")
    if not isinstance(rec["answer"], str) or not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: answer/note must be non-empty strings")
        continue
    n = len(rec["answer"].split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words")
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    for q in pq:
        if q not in weak_quotes.get(rnd, []):
            err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern answer needs pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for c in fc:
        if not c or c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} should have no false_claims")
    if band in ("strong", "adequate") and rnd in strong:
        shared = ngrams(rec["answer"]) & ngrams(strong[rnd])
        if shared:
            err(f"{rid}: shares a 7-word sequence with the round's strong answer: {' '.join(sorted(shared)[0])}")

kinds = Counter(r.get("kind") for r in recs)
if kinds != Counter(MIX):
    err(f"mix: {dict(kinds)} want {MIX}")
honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong, want 1")

if errors:
    print("\n".join("FAIL " + e for e in errors))
    sys.exit(1)
bands = Counter(r["band"] for r in recs)
print("OK", dict(sorted(kinds.items())), dict(sorted(bands.items())))
