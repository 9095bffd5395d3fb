#!/usr/bin/env python3
"""Validate load-testing.txt and load-testing_answers.jsonl. Exit 0 only if every check passes."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "load-testing.txt")
JSONL = os.path.join(HERE, "..", "..", "load-testing_answers.jsonl")
SHORT = "load"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
FIXED_BAND = {"strong": "strong", "adequate": "adequate", "pattern": "weak", "list": "weak",
              "offtopic": "weak", "weak": "weak"}
# Names/terms that make a false claim "named" rather than a plain-words mechanism claim.
NAMES = ["k6", "wrk", "gatling", "locust", "jmeter", "hdrhistogram", "nginx", "rfc", "google", "sre",
         "ietf", "timeunit", "limit_req", "exit code"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['.][a-z0-9]+)*", text.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad header")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: bad Category line")
if not doc.endswith("\n\nPrerequisite Topic Packs\n"):
    err("doc: must end with the Prerequisite Topic Packs line")

parts = re.split(r"^Round (\d): (.+)$", doc, flags=re.M)
titles = {1: "The Opening", 2: "The Probe", 3: "The Constraint", 4: "The Curveball", 5: "The Synthesis"}
rounds = {}
for i in range(1, len(parts), 3):
    rounds[int(parts[i])] = (parts[i + 1].strip(), parts[i + 2])
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"doc: expected rounds 1-5, got {sorted(rounds)}")

strong_text, weak_quotes = {}, {}
for n, (title, body) in rounds.items():
    if title != titles[n]:
        err(f"doc r{n}: title {title!r}")
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{n}: no Interviewer question")
    if "\nWhat the interviewer is testing: " not in body:
        err(f"doc r{n}: no 'What the interviewer is testing'")
    m = re.search(r'^Strong Answer:\n\n"(.+)"$', body, re.M)
    if not m:
        err(f"doc r{n}: no Strong Answer")
        continue
    strong_text[n] = m.group(1)
    wc = len(strong_text[n].split())
    if not 150 <= wc <= 300:
        err(f"doc r{n}: strong answer has {wc} words")
    cwa = re.search(r"^Common Weak Answers:\n\n((?:  \u2022 .+\n)+)", body, re.M)
    if not cwa:
        err(f"doc r{n}: no Common Weak Answers")
        continue
    quotes = []
    for line in cwa.group(1).splitlines():
        q = re.match(r'  \u2022 "(.+?)" \u2014 \S', line)
        if not q:
            err(f"doc r{n}: bad weak-answer line {line!r}")
        else:
            quotes.append(q.group(1))
    if len(quotes) < 2:
        err(f"doc r{n}: fewer than 2 weak answers")
    weak_quotes[n] = quotes
    # special sections only in their round
    for label, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        present = ("\n" + label + "\n") in body
        if present != (n == want):
            err(f"doc r{n}: {label} presence wrong")

if 2 in rounds and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask "[^"]+\?"',
                                 rounds[2][1]):
    err("doc r2: trap alert lacks the quoted follow-up question")
if 2 in rounds and "It's perfectly fine to say \"" not in rounds[2][1]:
    err("doc r2: trap alert lacks the honest-answer sentence")
if 3 in rounds and "The Senior Signal:\n\nWhat separates a senior answer: " not in rounds[3][1]:
    err("doc r3: senior signal format")
if 4 in rounds:
    tqv = rounds[4][1].split("Trap Question Variant:", 1)[-1]
    if not tqv.strip().startswith('The right answer is "'):
        err("doc r4: trap question variant must start with The right answer is")
    if not re.search(r'follows up with "[^"]+\?"', tqv):
        err("doc r4: trap question variant lacks a quoted follow-up question")

table = re.search(r"What This Sequence Tested:\n\nRound Skill Tested\n((?:[1-5] .+\n){5})\nPrerequisite Topic Packs\n$",
                  doc)
if not table:
    err("doc: bad What This Sequence Tested table")

# ---------------------------------------------------------------- answers
lines = open(JSONL, encoding="utf-8").read().splitlines()
recs = []
for ln, line in enumerate(lines, 1):
    try:
        recs.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"jsonl line {ln}: {e}")

if len(recs) != 30:
    err(f"expected 30 records, got {len(recs)}")

per_round = Counter()
ids = set()
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err(f"{rid}: field order {list(r.keys())}")
        continue
    rnd = r["round"]
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err(f"{rid}: bad round")
        continue
    per_round[rnd] += 1
    if not re.fullmatch(rf"{SHORT}-r{rnd}-0[1-6]", rid):
        err(f"{rid}: bad id for round {rnd}")
    if rid in ids:
        err(f"{rid}: duplicate id")
    ids.add(rid)
    kind, band = r["kind"], r["band"]
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if not isinstance(r["bluff"], bool) or r["bluff"] != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: bluff banded strong")
    if kind in FIXED_BAND and band != FIXED_BAND[kind]:
        err(f"{rid}: kind {kind} must be band {FIXED_BAND[kind]}")
    if not isinstance(r["answer"], str) or not isinstance(r["note"], str) or not r["note"].strip():
        err(f"{rid}: answer/note must be non-empty strings")
        continue
    wc = len(r["answer"].split())
    if not 40 <= wc <= 200:
        err(f"{rid}: answer has {wc} words")
    pq, fc = r["pattern_quotes"], r["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern answer without pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: pattern_quotes on a non-pattern answer")
    for q in pq:
        if q not in weak_quotes.get(rnd, []):
            err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer without false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: false_claims on a {kind} answer")
    for c in fc:
        if c not in r["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if band in ("strong", "adequate") and rnd in strong_text:
        shared = ngrams(words(r["answer"])) & ngrams(words(strong_text[rnd]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with the round {rnd} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for n in range(1, 6):
    if per_round[n] != 6:
        err(f"round {n}: {per_round[n]} answers, expected 6")

kinds = Counter(r.get("kind") for r in recs)
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: {k} = {kinds[k]}, expected {want}")
if kinds["weak"]:
    err("mix: unexpected kind weak")
honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong, expected 1")

plain = [r["id"] for r in recs if r.get("kind") == "bluff" and r.get("false_claims") and all(
    not re.search(r"\d", c) and not any(nm in c.lower() for nm in NAMES) for c in r["false_claims"])]
if len(plain) < 2:
    err(f"bluffs: only {len(plain)} plain-words mechanism bluffs (no number or name), need 2")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)

bands = Counter(r["band"] for r in recs)
print("OK: document and 30 answers pass all checks")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("plain-words bluffs:", plain)
