#!/usr/bin/env python3
"""Validate etcd.txt and etcd_answers.jsonl. Exits non-zero on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "etcd-kubernetes-operations.txt")
ANS = os.path.join(HERE, "..", "..", "etcd-kubernetes-operations_answers.jsonl")
SHORT = "etcd"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())


def ngrams(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")

round_heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [m.group(1) for m in round_heads] != ["1", "2", "3", "4", "5"]:
    err(f"doc: expected Round 1..5 headings, got {[m.group(1) for m in round_heads]}")
tail_idx = doc.find("What This Sequence Tested:")
if tail_idx < 0:
    err("doc: missing 'What This Sequence Tested:'")

sections = {}
for i, m in enumerate(round_heads):
    end = round_heads[i + 1].start() if i + 1 < len(round_heads) else tail_idx
    sections[int(m.group(1))] = doc[m.start():end]

strong_by_round = {}
cwa_by_round = {}
for r, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err(f"doc r{r}: missing quoted Interviewer question")
    if "What the interviewer is testing:" not in sec:
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', sec, re.S)
    if not m:
        err(f"doc r{r}: missing Strong Answer")
    else:
        strong_by_round[r] = m.group(1)
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err(f"doc r{r}: strong answer has {n} words, need 150-300")
    if "Common Weak Answers:" not in sec:
        err(f"doc r{r}: missing Common Weak Answers")
    quotes = re.findall(r'^  \u2022 "(.+?)" \u2014 \S.+$', sec, re.M)
    if not quotes:
        err(f"doc r{r}: no Common Weak Answer bullets of the form '  \u2022 \"...\" \u2014 why'")
    cwa_by_round[r] = quotes

def has(r, label):
    return label in sections.get(r, "")

for r in range(1, 6):
    for label, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        if has(r, label) != (r == want):
            err(f"doc r{r}: '{label}' must appear in round {want} only")
if has(2, "Trap Alert:") and "If the candidate bluffs here:" not in sections[2]:
    err("doc r2: Trap Alert must start 'If the candidate bluffs here:'")
if has(3, "The Senior Signal:") and "What separates a senior answer:" not in sections[3]:
    err("doc r3: Senior Signal must contain 'What separates a senior answer:'")
if has(4, "Trap Question Variant:"):
    tqv = sections[4].split("Trap Question Variant:", 1)[1]
    if not re.search(r'"[^"]*\?"', tqv):
        err("doc r4: Trap Question Variant needs a quoted follow-up question")

tail = doc[tail_idx:] if tail_idx >= 0 else ""
if "Round Skill Tested" not in tail:
    err("doc: table header 'Round Skill Tested' missing")
for r in range(1, 6):
    if not re.search(rf"^{r} \S.+$", tail, re.M):
        err(f"doc: table row for round {r} missing")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

# ---------------------------------------------------------------- answers
lines = [l for l in open(ANS, encoding="utf-8").read().splitlines() if l.strip()]
recs = []
for i, line in enumerate(lines, 1):
    try:
        recs.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {i}: bad JSON: {e}")

if len(recs) != 30:
    err(f"expected 30 records, got {len(recs)}")

per_round = Counter()
seen_ids = set()
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
    if rid != f"{SHORT}-r{r}-{per_round[r]:02d}":
        err(f"{rid}: expected id {SHORT}-r{r}-{per_round[r]:02d}")
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)

    ans, band, kind, bluff = rec["answer"], rec["band"], rec["kind"], rec["bluff"]
    pq, fc, note = rec["pattern_quotes"], rec["false_claims"], rec["note"]
    if not isinstance(ans, str) or not ans.strip():
        err(f"{rid}: empty answer")
        continue
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
    if not isinstance(bluff, bool):
        err(f"{rid}: bluff must be a bool")
    if bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if not (isinstance(pq, list) and all(isinstance(q, str) for q in pq)):
        err(f"{rid}: pattern_quotes must be a list of strings")
        pq = []
    if not (isinstance(fc, list) and all(isinstance(c, str) for c in fc)):
        err(f"{rid}: false_claims must be a list of strings")
        fc = []
    if not isinstance(note, str) or not note.strip():
        err(f"{rid}: note must be a non-empty string")

    n = len(ans.split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words, need 40-200")

    # pattern quotes: verbatim from this round's Common Weak Answers
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern answer needs pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in pq:
        if q not in cwa_by_round.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")

    # false claims: verbatim in the answer
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "list", "offtopic") and fc:
        err(f"{rid}: {kind} answer should have no false_claims")

    # no strong/adequate answer may share a 7-word sequence with the round's strong answer
    if band in ("strong", "adequate") and r in strong_by_round:
        shared = ngrams(ans) & ngrams(strong_by_round[r])
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {r} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, need 6")

kinds = Counter(rec.get("kind") for rec in recs)
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: kind {k} has {kinds[k]}, need {want}")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {extra}")
honest_strong = sum(1 for rec in recs if rec.get("kind") == "honest" and rec.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: exactly one honest answer must be banded strong, got {honest_strong}")

# at least two bluffs wrong about the mechanism in plain words (no digits in the false claim)
plain = [rec["id"] for rec in recs if rec.get("kind") == "bluff"
         and rec["false_claims"] and all(not re.search(r"\d", c) for c in rec["false_claims"])]
if len(plain) < 2:
    err(f"bluffs: need at least two plain-words mechanism bluffs (no numbers), got {plain}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)

bands = Counter((rec["kind"], rec["band"]) for rec in recs)
print("OK: etcd.txt and etcd_answers.jsonl pass all checks")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(Counter(rec["band"] for rec in recs).items())))
print("kind/band:", {f"{k}/{b}": v for (k, b), v in sorted(bands.items())})
