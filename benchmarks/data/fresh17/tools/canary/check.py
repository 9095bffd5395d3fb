#!/usr/bin/env python3
"""Validate canary-progressive-delivery.txt and canary-progressive-delivery_answers.jsonl.
Exit status 0 and 'ALL CHECKS PASSED' when everything holds."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "canary-progressive-delivery.txt")
JSONL = os.path.join(HERE, "..", "..", "canary-progressive-delivery_answers.jsonl")
SHORT = "canary"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_TITLES = {1: "The Opening", 2: "The Probe", 3: "The Constraint", 4: "The Curveball", 5: "The Synthesis"}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['’][a-z0-9]+)*", text.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M):
    err("doc: missing title line")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.endswith("\nPrerequisite Topic Packs\n"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: rounds must be 1..5 in order")
tested_at = doc.find("\nWhat This Sequence Tested:\n")
if tested_at < 0:
    err("doc: missing 'What This Sequence Tested:'")

sections = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tested_at
    sections[int(m.group(1))] = doc[m.start():end]
    if m.group(2) != ROUND_TITLES[int(m.group(1))]:
        err(f"doc: round {m.group(1)} title should be '{ROUND_TITLES[int(m.group(1))]}'")

strong_answers, weak_quotes = {}, {}
for r, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err(f"doc r{r}: missing quoted Interviewer question")
    if not re.search(r"^What the interviewer is testing: .+$", sec, re.M):
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+)"\n\nCommon Weak Answers:\n\n', sec, re.S)
    if not m:
        err(f"doc r{r}: strong answer / Common Weak Answers block malformed")
        continue
    strong_answers[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (needs 150-300)")
    quotes = re.findall(r'^  • "(.+?)" — .+$', sec, re.M)
    if len(quotes) < 2:
        err(f"doc r{r}: needs at least 2 Common Weak Answers, found {len(quotes)}")
    weak_quotes[r] = quotes

markers = {"Trap Alert:": 2, "The Senior Signal:": 3, "Trap Question Variant:": 4}
for marker, want in markers.items():
    where = [r for r, sec in sections.items() if ("\n" + marker + "\n") in sec]
    if where != [want]:
        err(f"doc: '{marker}' must appear exactly in round {want}, found in {where}")
if 2 in sections and "If the candidate bluffs here: The interviewer will ask \"" not in sections[2]:
    err("doc r2: Trap Alert must open with the quoted follow-up question")
if 3 in sections and "What separates a senior answer:" not in sections[3]:
    err("doc r3: Senior Signal must start 'What separates a senior answer:'")
if 4 in sections:
    tv = sections[4].split("Trap Question Variant:", 1)[-1]
    if not tv.strip().startswith('The right answer is "'):
        err("doc r4: Trap Question Variant must start 'The right answer is \"'")
    if not re.search(r'follows up: "[^"]+\?"', tv):
        err("doc r4: Trap Question Variant must contain a quoted follow-up question")
table = doc[tested_at:] if tested_at >= 0 else ""
if "Round Skill Tested" not in table or any(not re.search(rf"^{k} \S.+$", table, re.M) for k in range(1, 6)):
    err("doc: 'What This Sequence Tested' table incomplete")

# ---------------------------------------------------------------- answers
recs = []
for ln, raw in enumerate(open(JSONL, encoding="utf-8"), 1):
    if not raw.strip():
        continue
    try:
        recs.append(json.loads(raw))
    except json.JSONDecodeError as e:
        err(f"jsonl line {ln}: bad JSON ({e})")

if len(recs) != 30:
    err(f"answers: expected 30 records, found {len(recs)}")

seen_ids = set()
per_round = Counter()
kinds = Counter()
bands = Counter()
honest_strong = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order must be {FIELDS}, got {list(rec.keys())}")
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round {r!r}")
        continue
    per_round[r] += 1
    if not re.fullmatch(rf"{SHORT}-r{r}-\d\d", rid):
        err(f"{rid}: id must look like {SHORT}-r{r}-NN")
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
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
    if kind == "hedged" and band == "strong":
        err(f"{rid}: hedged answer should not be banded strong")
    if kind == "honest" and band == "strong":
        honest_strong += 1
    kinds[kind] += 1
    bands[band] += 1

    ans = rec["answer"]
    if not isinstance(ans, str) or not ans.strip():
        err(f"{rid}: empty answer")
        continue
    n = len(ans.split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (needs 40-200)")
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: note must be a non-empty string")

    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes and false_claims must be lists")
        continue
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern answer needs pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in pq:
        if q not in weak_quotes.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} answer must not carry false_claims")
    for c in fc:
        if not c or c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")

    if band in ("strong", "adequate") and r in strong_answers:
        shared = ngrams(words(ans)) & ngrams(words(strong_answers[r]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {r} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers (needs 6)")
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: kind {k} has {kinds[k]} (needs {want})")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {sorted(extra)}")
if honest_strong != 1:
    err(f"mix: exactly one honest answer must be banded strong, found {honest_strong}")

if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print(f"kinds: {dict(sorted(kinds.items()))}")
print(f"bands: {dict(sorted(bands.items()))}")
print("ALL CHECKS PASSED")
