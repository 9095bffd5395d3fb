#!/usr/bin/env python3
"""Validate nodejs-event-loop.txt and nodejs-event-loop_answers.jsonl.

Exit status 0 and "OK" if every check passes; otherwise prints each failure and exits 1.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "nodejs-event-loop.txt")
JSONL = os.path.join(HERE, "..", "..", "nodejs-event-loop_answers.jsonl")
SHORT = "node"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_NAMES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return text.split()


def norm_tokens(text):
    return re.findall(r"[a-z0-9]+(?:['_.][a-z0-9]+)*", text.lower().replace("\u2019", "'"))


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ---------------------------------------------------------------- the document
doc = open(DOC, encoding="utf-8").read()

round_starts = [m.start() for m in re.finditer(r"^Round [1-5]: ", doc, re.M)]
table_pos = doc.find("What This Sequence Tested:")
if len(round_starts) != 5:
    err(f"document: expected 5 round headings, found {len(round_starts)}")
if table_pos < 0:
    err("document: missing 'What This Sequence Tested:'")
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("document: must end with the 'Prerequisite Topic Packs' line")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M):
    err("document: missing title line")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("document: missing Category/Difficulty/Duration/Domains line")

rounds = {}
for i, start in enumerate(round_starts):
    end = round_starts[i + 1] if i + 1 < len(round_starts) else table_pos
    rounds[i + 1] = doc[start:end]

weak_quotes = {}
strong_answers = {}
for r, text in rounds.items():
    head = text.splitlines()[0]
    if head != f"Round {r}: {ROUND_NAMES[r - 1]}":
        err(f"round {r}: heading is {head!r}")
    if not re.search(r'^Interviewer: ".+"$', text, re.M):
        err(f"round {r}: missing quoted interviewer question")
    if "What the interviewer is testing:" not in text:
        err(f"round {r}: missing 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', text, re.S)
    if not m:
        err(f"round {r}: missing strong answer")
    else:
        strong_answers[r] = m.group(1)
        n = len(words(m.group(1)))
        if not 150 <= n <= 300:
            err(f"round {r}: strong answer has {n} words (need 150-300)")
    cwa = re.search(r"Common Weak Answers:\n\n(.+?)(?:\n\n[A-Z]|\Z)", text, re.S)
    if not cwa:
        err(f"round {r}: missing Common Weak Answers")
        weak_quotes[r] = []
    else:
        qs = re.findall(r'^  \u2022 "(.+?)" \u2014 \S', cwa.group(1), re.M)
        if len(qs) < 2:
            err(f"round {r}: fewer than 2 quoted Common Weak Answers with explanations")
        weak_quotes[r] = qs

for r, label in [(2, "Trap Alert:"), (3, "The Senior Signal:"), (4, "Trap Question Variant:")]:
    for rr, text in rounds.items():
        if (label in text) != (rr == r):
            err(f"'{label}' must appear in round {r} only (round {rr})")
if 2 in rounds and "If the candidate bluffs here:" not in rounds[2]:
    err("round 2: trap alert lacks 'If the candidate bluffs here:'")
if 3 in rounds and "What separates a senior answer:" not in rounds[3]:
    err("round 3: senior signal lacks 'What separates a senior answer:'")
if 4 in rounds:
    tqv = rounds[4].split("Trap Question Variant:", 1)[-1]
    if not re.search(r'asks: "[^"]+\?"', tqv):
        err("round 4: trap question variant lacks a quoted follow-up question")
table = doc[table_pos:] if table_pos >= 0 else ""
for r in range(1, 6):
    if not re.search(rf"^{r} \S", table, re.M):
        err(f"table: missing row for round {r}")

# ---------------------------------------------------------------- the answers
lines = [l for l in open(JSONL, encoding="utf-8").read().splitlines() if l.strip()]
recs = []
for i, line in enumerate(lines, 1):
    try:
        recs.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {i}: bad JSON ({e})")

if len(recs) != 30:
    err(f"expected 30 answers, found {len(recs)}")

ids = Counter(r.get("id") for r in recs)
for k, v in ids.items():
    if v > 1:
        err(f"duplicate id {k}")

per_round = Counter()
strong_grams = {r: ngrams(norm_tokens(a)) for r, a in strong_answers.items()}
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: fields/order {list(rec.keys())}")
        continue
    m = re.fullmatch(rf"{SHORT}-r([1-5])-(\d\d)", rid)
    if not m:
        err(f"{rid}: bad id format")
        continue
    rnd = rec["round"]
    if not isinstance(rnd, int) or rnd != int(m.group(1)):
        err(f"{rid}: round {rnd!r} does not match id")
        continue
    if not 1 <= int(m.group(2)) <= 6:
        err(f"{rid}: answer number outside 01-06")
    per_round[rnd] += 1
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    ans, pq, fc, note = rec["answer"], rec["pattern_quotes"], rec["false_claims"], rec["note"]
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
    if not (isinstance(ans, str) and isinstance(note, str) and note.strip()):
        err(f"{rid}: answer and note must be non-empty strings")
    if not (isinstance(pq, list) and all(isinstance(x, str) for x in pq)):
        err(f"{rid}: pattern_quotes must be a list of strings")
        pq = []
    if not (isinstance(fc, list) and all(isinstance(x, str) for x in fc)):
        err(f"{rid}: false_claims must be a list of strings")
        fc = []

    # bands implied by kind
    if kind in {"pattern", "list", "offtopic", "weak"} and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if kind in {"strong", "adequate"} and band != kind:
        err(f"{rid}: kind {kind} must be banded {kind}")

    # pattern quotes
    if kind == "pattern":
        if not pq:
            err(f"{rid}: pattern answer needs pattern_quotes")
    elif pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in pq:
        if q not in weak_quotes.get(rnd, []):
            err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")

    # false claims
    if kind in {"bluff", "hedged"} and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in {"strong", "adequate", "honest", "list", "offtopic"} and fc:
        err(f"{rid}: {kind} answer must have empty false_claims")
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")

    # length
    n = len(words(ans))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")

    # no copying of the round's strong answer
    if band in {"strong", "adequate"} or kind in {"strong", "adequate"}:
        shared = ngrams(norm_tokens(ans)) & strong_grams.get(rnd, set())
        if shared:
            err(f"{rid}: shares a 7-word sequence with the round {rnd} strong answer: {' '.join(sorted(shared)[0])!r}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers (need 6)")

kinds = Counter(r.get("kind") for r in recs)
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"mix: {k} = {kinds[k]} (need {v})")
for k in kinds:
    if k not in MIX:
        err(f"mix: unexpected kind {k}")
honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: honest answers banded strong = {honest_strong} (need exactly 1)")

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)

bands = Counter(r["band"] for r in recs)
print("OK:", len(recs), "answers;", dict(sorted(kinds.items())), ";", dict(sorted(bands.items())))
