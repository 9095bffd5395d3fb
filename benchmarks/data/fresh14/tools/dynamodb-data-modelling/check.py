#!/usr/bin/env python3
"""Validate dynamodb-data-modelling.txt and dynamodb-data-modelling_answers.jsonl.
Exit status 0 and 'OK' when every check passes; otherwise lists the failures and exits 1."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "dynamodb-data-modelling.txt")
JSONL = os.path.join(HERE, "dynamodb-data-modelling_answers.jsonl")
SHORT = "ddb"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
ROUND_TITLES = {1: "The Opening", 2: "The Probe", 3: "The Constraint", 4: "The Curveball",
                5: "The Synthesis"}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return text.split()


def norm_tokens(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower().replace("\u2019", "'"))


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
lines = doc.splitlines()
if not lines or lines[0].strip() != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M):
    err("doc: missing 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")

round_heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in round_heads] != [1, 2, 3, 4, 5]:
    err("doc: expected exactly Round 1..5 headings in order")
tail_idx = doc.find("What This Sequence Tested:")
if tail_idx < 0:
    err("doc: missing 'What This Sequence Tested:'")
rounds = {}
for i, m in enumerate(round_heads):
    start = m.end()
    end = round_heads[i + 1].start() if i + 1 < len(round_heads) else tail_idx
    rounds[int(m.group(1))] = (m.group(2).strip(), doc[start:end])

strong_answers, weak_quotes = {}, {}
for r in range(1, 6):
    if r not in rounds:
        continue
    title, body = rounds[r]
    if title != ROUND_TITLES[r]:
        err(f"doc r{r}: title '{title}' != '{ROUND_TITLES[r]}'")
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: missing quoted Interviewer question")
    if not re.search(r"^What the interviewer is testing: .+$", body, re.M):
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    sm = re.search(r'^Strong Answer:\s*\n\s*\n"(.+)"\s*$', body, re.M)
    if not sm:
        err(f"doc r{r}: missing quoted Strong Answer paragraph")
    else:
        strong_answers[r] = sm.group(1)
        n = len(words(sm.group(1)))
        if not 150 <= n <= 300:
            err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    cw = body.find("Common Weak Answers:")
    if cw < 0:
        err(f"doc r{r}: missing Common Weak Answers")
        weak_quotes[r] = []
    else:
        quotes = re.findall(r'^  \u2022 "(.+?)" \u2014 (.+)$', body[cw:], re.M)
        if len(quotes) < 2:
            err(f"doc r{r}: need at least 2 Common Weak Answers with a reason")
        weak_quotes[r] = [q for q, _ in quotes]
    has_trap = "Trap Alert:" in body
    has_senior = "The Senior Signal:" in body
    has_variant = "Trap Question Variant:" in body
    if has_trap != (r == 2):
        err(f"doc r{r}: Trap Alert must appear in round 2 only")
    if has_senior != (r == 3):
        err(f"doc r{r}: The Senior Signal must appear in round 3 only")
    if has_variant != (r == 4):
        err(f"doc r{r}: Trap Question Variant must appear in round 4 only")
    if r == 2 and has_trap:
        ta = body[body.find("Trap Alert:"):]
        if "If the candidate bluffs here:" not in ta or not re.search(r'will ask "[^"]+\?"', ta):
            err("doc r2: Trap Alert needs 'If the candidate bluffs here:' and a quoted question")
        if "It's perfectly fine to say" not in ta:
            err("doc r2: Trap Alert needs the honest-answer sentence")
    if r == 3 and has_senior and "What separates a senior answer:" not in body:
        err("doc r3: Senior Signal needs 'What separates a senior answer:'")
    if r == 4 and has_variant:
        tv = body[body.find("Trap Question Variant:"):]
        if not tv.split("\n", 2)[-1].lstrip().startswith('The right answer is "'):
            err("doc r4: Trap Question Variant must start 'The right answer is \"...\"'")
        if not re.search(r'"[^"]+\?"', tv):
            err("doc r4: Trap Question Variant needs a quoted follow-up question")

if tail_idx >= 0:
    tail = doc[tail_idx:]
    if "Round Skill Tested" not in tail:
        err("doc: table header 'Round Skill Tested' missing")
    for r in range(1, 6):
        if not re.search(rf"^{r} .+$", tail, re.M):
            err(f"doc: table row {r} missing")
    if tail.rstrip().splitlines()[-1].strip() != "Prerequisite Topic Packs":
        err("doc: must end with 'Prerequisite Topic Packs'")

# ---------------------------------------------------------------- answers
records = []
for ln, line in enumerate(open(JSONL, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        records.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"jsonl line {ln}: bad JSON ({e})")

if len(records) != 30:
    err(f"answers: {len(records)} records, need 30")

per_round = Counter()
kinds = Counter()
honest_bands = Counter()
seen_ids = set()
for rec in records:
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
        err(f"{rid}: id should be {SHORT}-r{r}-{per_round[r]:02d}")
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind == 'bluff'")
    if bluff and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind in {"pattern", "list", "offtopic"} and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if kind in {"strong", "adequate"} and band != kind:
        err(f"{rid}: kind {kind} must carry band {kind}")
    kinds[kind] += 1
    if kind == "honest":
        honest_bands[band] += 1
    if not isinstance(rec["answer"], str) or not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: answer and note must be non-empty strings")
        continue
    n = len(words(rec["answer"]))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")
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
    if kind in {"bluff", "hedged"} and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in {"strong", "adequate", "honest", "list", "offtopic"} and fc:
        err(f"{rid}: {kind} answer should have no false_claims")
    for c in fc:
        if c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if kind == "hedged" and not re.search(r"\b(I think|I believe|I'd (double-)?check|I'd have to check|not sure)\b",
                                          rec["answer"], re.I):
        err(f"{rid}: hedged answer lacks an explicit hedge")
    if kind == "honest" and not re.search(r"(look (them |those |it )?up|don't remember|I'd check|I'd verify|"
                                          r"I'd have to look|not sure|unsure|I'd confirm)", rec["answer"], re.I):
        err(f"{rid}: honest answer must say what it would look up")
    if band in {"strong", "adequate"} and r in strong_answers:
        shared = ngrams(norm_tokens(rec["answer"])) & ngrams(norm_tokens(strong_answers[r]))
        if shared:
            err(f"{rid}: shares a 7-word sequence with round {r} strong answer: {' '.join(sorted(shared)[0])!r}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, need 6")
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: {kinds[k]} {k}, need {want}")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {sorted(extra)}")
if honest_bands["strong"] != 1:
    err(f"mix: exactly one honest answer must be banded strong (found {honest_bands['strong']})")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter(r["band"] for r in records)
print("OK:", dict(kinds), "bands:", dict(bands))
