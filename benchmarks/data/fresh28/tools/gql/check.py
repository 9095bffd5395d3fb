#!/usr/bin/env python3
"""Validate graphql-api-performance.txt and graphql-api-performance_answers.jsonl.

Run:  python3 check.py      exit code 0 and "OK" when every check passes.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "graphql-api-performance.txt")
ANS = os.path.join(HERE, "..", "..", "graphql-api-performance_answers.jsonl")
SHORT = "gql"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
# Bluffs that are wrong about the mechanism in plain words: their false claims hold no digits.
MECHANISM_BLUFFS = {"gql-r1-05", "gql-r2-03"}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return text.split()


def tokens(text):
    return re.findall(r"[a-z0-9_@.+'-]+", text.lower().replace("\u2019", "'"))


def ngrams(toks, n=7):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")

parts = re.split(r"^Round (\d): .+$", doc, flags=re.M)
rounds = {}
for i in range(1, len(parts), 2):
    rounds[int(parts[i])] = parts[i + 1]
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"doc: expected rounds 1-5, found {sorted(rounds)}")

cwa = {}
strong = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: missing Interviewer question")
    if not re.search(r"^What the interviewer is testing: .+$", body, re.M):
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'^Strong Answer:\n\n"(.+)"$', body, re.M)
    if not m:
        err(f"doc r{r}: missing Strong Answer")
    else:
        strong[r] = m.group(1)
        n = len(words(m.group(1)))
        if not 150 <= n <= 300:
            err(f"doc r{r}: strong answer has {n} words (150-300)")
    cm = re.search(r"^Common Weak Answers:\n\n((?:  \u2022 .+\n)+)", body, re.M)
    if not cm:
        err(f"doc r{r}: missing Common Weak Answers")
        cwa[r] = []
    else:
        qs = []
        for line in cm.group(1).splitlines():
            q = re.match(r'  \u2022 "(.+?)" \u2014 \S', line)
            if not q:
                err(f"doc r{r}: malformed weak answer line: {line[:60]}")
            else:
                qs.append(q.group(1))
        cwa[r] = qs
    has = {
        "Trap Alert:": "Trap Alert:" in body,
        "The Senior Signal:": "The Senior Signal:" in body,
        "Trap Question Variant:": "Trap Question Variant:" in body,
    }
    want = {"Trap Alert:": r == 2, "The Senior Signal:": r == 3, "Trap Question Variant:": r == 4}
    for k in has:
        if has[k] != want[k]:
            err(f"doc r{r}: '{k}' present={has[k]}, expected {want[k]}")

if 2 in rounds and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask ".+\?"',
                                 rounds[2]):
    err("doc r2: Trap Alert must quote the interviewer's follow-up question")
if 4 in rounds:
    tq = rounds[4].split("Trap Question Variant:", 1)[-1]
    if not re.search(r'The right answer is ".+"', tq) or not re.search(r'"[^"]+\?"', tq):
        err("doc r4: Trap Question Variant needs 'The right answer is \"...\"' and a quoted follow-up question")
if not re.search(r"What This Sequence Tested:\n\nRound Skill Tested\n(?:[1-5] .+\n){5}\nPrerequisite Topic Packs\n?$",
                 doc):
    err("doc: 'What This Sequence Tested' table or trailing 'Prerequisite Topic Packs' line malformed")

# ---------------------------------------------------------------- answers
recs = []
for ln, line in enumerate(open(ANS, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        continue
    rec = json.loads(line)
    recs.append(rec)
    rid = rec.get("id", f"line{ln}")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())} != {FIELDS}")
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round {r!r}")
        continue
    if not re.fullmatch(rf"{SHORT}-r{r}-0[1-6]", rid):
        err(f"{rid}: id does not match {SHORT}-r{r}-NN")
    if rec["band"] not in BANDS:
        err(f"{rid}: bad band {rec['band']!r}")
    if rec["kind"] not in KINDS:
        err(f"{rid}: bad kind {rec['kind']!r}")
    if not isinstance(rec["bluff"], bool):
        err(f"{rid}: bluff must be a bool")
    if rec["bluff"] != (rec["kind"] == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if rec["kind"] == "bluff" and rec["band"] == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if not isinstance(rec["answer"], str) or not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: answer and note must be non-empty strings")
        continue
    for k in ("pattern_quotes", "false_claims"):
        if not isinstance(rec[k], list) or not all(isinstance(x, str) and x for x in rec[k]):
            err(f"{rid}: {k} must be a list of non-empty strings")
    kind, band = rec["kind"], rec["band"]
    # kind/band rules
    fixed = {"strong": "strong", "adequate": "adequate", "pattern": "weak", "list": "weak",
             "offtopic": "weak", "weak": "weak"}
    if kind in fixed and band != fixed[kind]:
        err(f"{rid}: kind {kind} must be banded {fixed[kind]}")
    # pattern quotes
    if kind == "pattern":
        if not rec["pattern_quotes"]:
            err(f"{rid}: pattern answer needs pattern_quotes")
    elif rec["pattern_quotes"]:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in rec["pattern_quotes"]:
        if q not in cwa.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    # false claims
    if kind in ("bluff", "hedged") and not rec["false_claims"]:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and rec["false_claims"]:
        err(f"{rid}: {kind} answer should have no false_claims")
    for c in rec["false_claims"]:
        if c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if rid in MECHANISM_BLUFFS:
        if kind != "bluff":
            err(f"{rid}: listed as mechanism bluff but kind is {kind}")
        for c in rec["false_claims"]:
            if re.search(r"\d", c):
                err(f"{rid}: mechanism bluff claim should contain no number: {c!r}")
    if kind == "hedged" and not re.search(r"\b(I think|I believe|if I remember|I'd double-check|I'd check)",
                                          rec["answer"]):
        err(f"{rid}: hedged answer lacks an explicit hedge")
    # length
    n = len(words(rec["answer"]))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (40-200)")
    # 7-word overlap with the round's strong answer (checked for every answer, required for strong/adequate)
    if r in strong:
        shared = ngrams(tokens(rec["answer"])) & ngrams(tokens(strong[r]))
        if shared:
            err(f"{rid}: shares a 7-word sequence with round {r} strong answer: {' '.join(sorted(shared)[0])}")

# per-round and mix counts
per_round = Counter(x["round"] for x in recs)
for r in range(1, 6):
    if per_round.get(r) != 6:
        err(f"round {r}: {per_round.get(r, 0)} answers, expected 6")
if len(recs) != 30:
    err(f"expected 30 answers, found {len(recs)}")
ids = [x["id"] for x in recs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
kinds = Counter(x["kind"] for x in recs)
for k, want in MIX.items():
    if kinds.get(k, 0) != want:
        err(f"mix: {k} = {kinds.get(k, 0)}, expected {want}")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {extra}")
if sum(1 for x in recs if x["kind"] == "honest" and x["band"] == "strong") < 1:
    err("mix: at least one honest answer must be banded strong")
if len(MECHANISM_BLUFFS) < 2:
    err("need at least two mechanism bluffs")
if sum(1 for x in recs if x["kind"] == "pattern") and not all(
        any(q in cwa[x["round"]] for q in x["pattern_quotes"]) for x in recs if x["kind"] == "pattern"):
    err("pattern quotes mismatch")

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
bands = Counter((x["kind"], x["band"]) for x in recs)
print("OK:", len(recs), "answers;", dict(sorted(kinds.items())))
print("kind/band:", dict(sorted(bands.items())))
