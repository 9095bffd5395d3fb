#!/usr/bin/env python3
"""Validate lsm-rocksdb.txt and lsm-rocksdb_answers.jsonl. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "lsm-rocksdb.txt")
ANS = os.path.join(HERE, "..", "..", "lsm-rocksdb_answers.jsonl")
SHORT = "lsm"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_NAMES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9_']+", s.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------- document ----------------
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M):
    err("doc: missing title line")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err(f"doc: expected Round 1..5 headings, got {[m.group(1) for m in heads]}")
if [m.group(2) for m in heads] != ROUND_NAMES:
    err(f"doc: round names {[m.group(2) for m in heads]}")
tested_at = doc.find("What This Sequence Tested:")
if tested_at < 0:
    err("doc: missing 'What This Sequence Tested:'")
rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tested_at
    rounds[int(m.group(1))] = doc[m.start():end]

strong_text = {}
weak_quotes = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: missing Interviewer question")
    if not re.search(r"^What the interviewer is testing: .+$", body, re.M):
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', body, re.S)
    if not m:
        err(f"doc r{r}: missing Strong Answer")
    else:
        strong_text[r] = m.group(1)
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    if "Common Weak Answers:" not in body:
        err(f"doc r{r}: missing Common Weak Answers")
    qs = []
    for line in body.split("\n"):
        mm = re.match(r'^  • "(.+?)" — (.+)$', line)
        if mm:
            qs.append(mm.group(1))
    if not qs:
        err(f"doc r{r}: no Common Weak Answers bullets")
    weak_quotes[r] = qs
    has = {
        "Trap Alert:": "Trap Alert:" in body,
        "The Senior Signal:": "The Senior Signal:" in body,
        "Trap Question Variant:": "Trap Question Variant:" in body,
    }
    want = {"Trap Alert:": r == 2, "The Senior Signal:": r == 3, "Trap Question Variant:": r == 4}
    for k in has:
        if has[k] != want[k]:
            err(f"doc r{r}: '{k}' present={has[k]} expected={want[k]}")

if 2 in rounds:
    ta = rounds[2].split("Trap Alert:", 1)[-1]
    if "If the candidate bluffs here: The interviewer will ask \"" not in ta or "It's perfectly fine to say \"" not in ta:
        err("doc r2: Trap Alert must give the follow-up question and a fine-to-say line")
if 3 in rounds:
    if "What separates a senior answer:" not in rounds[3].split("The Senior Signal:", 1)[-1]:
        err("doc r3: Senior Signal must start 'What separates a senior answer:'")
if 4 in rounds:
    tv = rounds[4].split("Trap Question Variant:", 1)[-1]
    if "The right answer is \"" not in tv:
        err("doc r4: Trap Question Variant must state 'The right answer is \"...\"'")
    if not re.search(r'"[^"]+\?"', tv):
        err("doc r4: Trap Question Variant must contain a quoted follow-up question")

table = doc[tested_at:] if tested_at >= 0 else ""
if "Round Skill Tested" not in table:
    err("doc: table header 'Round Skill Tested' missing")
for r in range(1, 6):
    if not re.search(rf"^{r} .+$", table, re.M):
        err(f"doc: table row {r} missing")

# ---------------- answers ----------------
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"answers line {ln}: blank line")
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"answers line {ln}: bad JSON {e}")

if len(recs) != 30:
    err(f"answers: {len(recs)} records, need 30")

ids = set()
per_round = Counter()
kinds = Counter()
bands = Counter()
kind_band = Counter()
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())}")
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round {r}")
        continue
    m = re.fullmatch(rf"{SHORT}-r(\d)-(\d\d)", rid)
    if not m or int(m.group(1)) != r or not 1 <= int(m.group(2)) <= 6:
        err(f"{rid}: id must be {SHORT}-r<round>-<01..06> matching round {r}")
    if rid in ids:
        err(f"{rid}: duplicate id")
    ids.add(rid)
    per_round[r] += 1
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind == bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: bluff banded strong")
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    for k in ("answer", "note"):
        if not isinstance(rec[k], str) or not rec[k].strip():
            err(f"{rid}: empty {k}")
    for k in ("pattern_quotes", "false_claims"):
        if not isinstance(rec[k], list) or not all(isinstance(x, str) and x for x in rec[k]):
            err(f"{rid}: {k} must be a list of non-empty strings")
    nw = len(rec["answer"].split())
    if not 40 <= nw <= 200:
        err(f"{rid}: answer has {nw} words (need 40-200)")
    # pattern quotes
    if kind == "pattern" and not rec["pattern_quotes"]:
        err(f"{rid}: pattern answer needs pattern_quotes")
    if kind != "pattern" and rec["pattern_quotes"]:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in rec["pattern_quotes"]:
        if q not in weak_quotes.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    # false claims
    if kind in ("bluff", "hedged") and not rec["false_claims"]:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and rec["false_claims"]:
        err(f"{rid}: {kind} answer must not have false_claims")
    for c in rec["false_claims"]:
        if c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    # 7-word overlap with the round's strong answer
    if (band in ("strong", "adequate") or kind in ("strong", "adequate")) and r in strong_text:
        shared = ngrams(words(rec["answer"])) & ngrams(words(strong_text[r]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {r} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")
    kinds[kind] += 1
    bands[band] += 1
    kind_band[(kind, band)] += 1

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, need 6")
if dict(kinds) != MIX:
    err(f"mix: got {dict(kinds)}, need {MIX}")
if kind_band[("honest", "strong")] != 1:
    err(f"mix: exactly one honest answer must be banded strong, got {kind_band[('honest', 'strong')]}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: document and 30 answers valid")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("kind/band:", {f"{k}/{b}": n for (k, b), n in sorted(kind_band.items())})
