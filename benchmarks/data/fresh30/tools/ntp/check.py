#!/usr/bin/env python3
"""Validate time-synchronization.txt and time-synchronization_answers.jsonl.

Run: python3 check.py   (exit status 0 and "ALL CHECKS PASSED" when everything is fine)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "time-synchronization"
SHORT = "ntp"
DOC = os.path.join(HERE, "..", "..", "gauntlets", NAME + ".txt")
JSONL = os.path.join(HERE, "..", "..", NAME + "_answers.jsonl")

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['’][a-z0-9]+)*", text.lower())


def ngrams(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and the 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

parts = re.split(r"^Round (\d): (.+)$", doc, flags=re.M)
# parts = [head, n1, title1, body1, n2, title2, body2, ...]
rounds = {}
for i in range(1, len(parts), 3):
    rounds[int(parts[i])] = (parts[i + 1].strip(), parts[i + 2])
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"doc: expected rounds 1-5, found {sorted(rounds)}")

strong_answers = {}
weak_quotes = {}
for n in range(1, 6):
    if n not in rounds:
        continue
    title, body = rounds[n]
    if title != ROUND_TITLES[n - 1]:
        err(f"doc round {n}: title {title!r} != {ROUND_TITLES[n - 1]!r}")
    if n == 5:
        body = body.split("What This Sequence Tested:")[0]
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc round {n}: missing quoted Interviewer question")
    if not re.search(r"^What the interviewer is testing: \S", body, re.M):
        err(f"doc round {n}: missing 'What the interviewer is testing'")
    m = re.search(r'^Strong Answer:\n\n"(.+)"$', body, re.M)
    if not m:
        err(f"doc round {n}: missing quoted Strong Answer")
    else:
        strong_answers[n] = m.group(1)
        wc = len(m.group(1).split())
        if not 150 <= wc <= 300:
            err(f"doc round {n}: strong answer has {wc} words (need 150-300)")
    if "Common Weak Answers:" not in body:
        err(f"doc round {n}: missing Common Weak Answers")
    quotes = re.findall(r'^  • "(.+?)" — \S.+$', body, re.M)
    if len(quotes) < 2:
        err(f"doc round {n}: need at least 2 Common Weak Answers with reasons, found {len(quotes)}")
    weak_quotes[n] = quotes
    for marker, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        if (marker in body) != (n == want):
            err(f"doc round {n}: '{marker}' must appear in round {want} only")
    if n == 2 and "Trap Alert:" in body:
        ta = body.split("Trap Alert:")[1]
        if "If the candidate bluffs here: The interviewer will ask \"" not in ta:
            err("doc round 2: Trap Alert must state the interviewer's quoted follow-up question")
        if "It's perfectly fine to say \"" not in ta:
            err("doc round 2: Trap Alert must give an acceptable honest answer")
    if n == 3 and "The Senior Signal:" in body:
        if "What separates a senior answer:" not in body.split("The Senior Signal:")[1]:
            err("doc round 3: Senior Signal must start 'What separates a senior answer:'")
    if n == 4 and "Trap Question Variant:" in body:
        tq = body.split("Trap Question Variant:")[1]
        if not tq.strip().startswith('The right answer is "'):
            err("doc round 4: Trap Question Variant must start 'The right answer is \"...\"'")
        if not re.search(r'follow-up[^"]*: "[^"]+\?"', tq):
            err("doc round 4: Trap Question Variant must contain a quoted follow-up question")

table = re.search(r"What This Sequence Tested:\n\nRound Skill Tested\n((?:\d .+\n){5})\nPrerequisite Topic Packs",
                  doc)
if not table:
    err("doc: 'What This Sequence Tested' table with 5 rows followed by 'Prerequisite Topic Packs' missing")

# ---------------------------------------------------------------- answers
lines = [l for l in open(JSONL, encoding="utf-8").read().splitlines() if l.strip()]
recs = []
for i, line in enumerate(lines, 1):
    try:
        recs.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"jsonl line {i}: invalid JSON ({e})")

if len(recs) != 30:
    err(f"jsonl: {len(recs)} records, need 30")

ids = Counter(r.get("id") for r in recs)
for k, v in ids.items():
    if v > 1:
        err(f"jsonl: duplicate id {k}")

per_round = Counter()
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err(f"{rid}: fields/order {list(r.keys())} != {FIELDS}")
        continue
    rnd = r["round"]
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err(f"{rid}: bad round {rnd!r}")
        continue
    per_round[rnd] += 1
    if not re.fullmatch(rf"{SHORT}-r{rnd}-0[1-6]", rid):
        err(f"{rid}: id must be {SHORT}-r{rnd}-NN with NN in 01-06")
    if r["band"] not in BANDS:
        err(f"{rid}: bad band {r['band']!r}")
    if r["kind"] not in KINDS:
        err(f"{rid}: bad kind {r['kind']!r}")
    if not isinstance(r["bluff"], bool):
        err(f"{rid}: bluff must be a boolean")
    if r["bluff"] != (r["kind"] == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if r["kind"] == "bluff" and r["band"] == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if r["kind"] in ("pattern", "list", "offtopic", "weak") and r["band"] != "weak":
        err(f"{rid}: kind {r['kind']} must be banded weak")
    if r["kind"] in ("strong", "adequate") and r["band"] != r["kind"]:
        err(f"{rid}: kind {r['kind']} must have band {r['kind']}")
    if not isinstance(r["answer"], str) or not isinstance(r["note"], str) or not r["note"].strip():
        err(f"{rid}: answer and note must be non-empty strings")
        continue
    wc = len(r["answer"].split())
    if not 40 <= wc <= 200:
        err(f"{rid}: answer has {wc} words (need 40-200)")
    pq, fc = r["pattern_quotes"], r["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes and false_claims must be lists")
        continue
    if r["kind"] == "pattern" and not pq:
        err(f"{rid}: pattern answer needs pattern_quotes")
    if r["kind"] != "pattern" and pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in pq:
        if q not in weak_quotes.get(rnd, []):
            err(f"{rid}: pattern_quote not verbatim in round {rnd} Common Weak Answers: {q!r}")
    if r["kind"] in ("bluff", "hedged") and not fc:
        err(f"{rid}: {r['kind']} answer needs false_claims")
    if r["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {r['kind']} answer must not have false_claims")
    for c in fc:
        if not c or c not in r["answer"]:
            err(f"{rid}: false_claim not verbatim in answer: {c!r}")
    if r["kind"] == "hedged" and not re.search(r"\b(I think|I believe|I'd check|double-check|not sure)\b",
                                                r["answer"]):
        err(f"{rid}: hedged answer needs an explicit hedge")
    if r["kind"] == "honest" and not re.search(r"look (that |it )?up|read up|reread|don't know|don't remember",
                                               r["answer"]):
        err(f"{rid}: honest answer must say what it would need to look up")
    if r["band"] in ("strong", "adequate") and rnd in strong_answers:
        shared = ngrams(r["answer"]) & ngrams(strong_answers[rnd])
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {rnd} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)[:3]]}")

for n in range(1, 6):
    if per_round[n] != 6:
        err(f"round {n}: {per_round[n]} answers, need 6")

kinds = Counter(r.get("kind") for r in recs)
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"mix: kind {k} has {kinds[k]}, need {v}")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {extra}")
honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong, need exactly 1")

# ---------------------------------------------------------------- report
if errors:
    for e in errors:
        print("FAIL:", e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)

bands = Counter(r["band"] for r in recs)
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("kind/band:", dict(sorted(Counter(f"{r['kind']}/{r['band']}" for r in recs).items())))
print("ALL CHECKS PASSED")
