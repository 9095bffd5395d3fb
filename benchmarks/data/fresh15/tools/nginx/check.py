#!/usr/bin/env python3
"""Validate nginx-reverse-proxy_answers.jsonl against nginx-reverse-proxy.txt."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "nginx-reverse-proxy.txt")
ANS = os.path.join(HERE, "nginx-reverse-proxy_answers.jsonl")
SHORT = "ngx"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", s.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------- parse the gauntlet ----------
doc = open(DOC, encoding="utf-8").read()
parts = re.split(r"\nRound (\d): ", doc)
rounds = {}
for i in range(1, len(parts), 2):
    rounds[int(parts[i])] = parts[i + 1]
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"gauntlet rounds found: {sorted(rounds)}")

strong_text, cwa = {}, {}
for n, body in rounds.items():
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n\nCommon Weak Answers:', body, re.S)
    if not m:
        err(f"round {n}: strong answer not found")
        continue
    strong_text[n] = m.group(1)
    wc = len(m.group(1).split())
    if not 150 <= wc <= 300:
        err(f"round {n}: strong answer has {wc} words (150-300)")
    if "What the interviewer is testing:" not in body:
        err(f"round {n}: missing 'What the interviewer is testing'")
    if not re.search(r'Interviewer: ".+"', body):
        err(f"round {n}: missing interviewer question")
    cm = re.search(r"Common Weak Answers:\n\n(.*?)(?:\n\n|\Z)", body, re.S)
    quotes = re.findall(r'^  • "(.+?)" — ', cm.group(1), re.M) if cm else []
    if len(quotes) < 2:
        err(f"round {n}: fewer than 2 common weak answers")
    cwa[n] = quotes

if "Trap Alert:" not in rounds.get(2, ""):
    err("round 2: no Trap Alert")
if "The Senior Signal:" not in rounds.get(3, ""):
    err("round 3: no Senior Signal")
tq = re.search(r"Trap Question Variant:\n\n(.*?)\n\n", rounds.get(4, "") + "\n\n", re.S)
if not tq or not re.search(r'follows up: "[^"]+\?"', tq.group(1)):
    err("round 4: Trap Question Variant missing or without a quoted follow-up question")
if "What This Sequence Tested:" not in doc or not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("gauntlet: missing sequence table or trailing Prerequisite Topic Packs line")
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("gauntlet: header format")

# ---------- check the answers ----------
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {ln}: bad JSON {e}")

if len(recs) != 30:
    err(f"{len(recs)} records, expected 30")

ids = set()
per_round = Counter()
kinds = Counter()
strong_ngrams = {n: ngrams(words(t)) for n, t in strong_text.items()}

for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err(f"{rid}: field order {list(r.keys())}")
        continue
    if rid in ids:
        err(f"{rid}: duplicate id")
    ids.add(rid)
    rnd = r["round"]
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err(f"{rid}: bad round {rnd}")
        continue
    m = re.fullmatch(rf"{SHORT}-r(\d)-(\d\d)", rid)
    if not m or int(m.group(1)) != rnd:
        err(f"{rid}: id does not match round / pattern")
    per_round[rnd] += 1
    if r["band"] not in BANDS:
        err(f"{rid}: bad band")
    if r["kind"] not in KINDS:
        err(f"{rid}: bad kind")
    kinds[r["kind"]] += 1
    if not isinstance(r["bluff"], bool) or r["bluff"] != (r["kind"] == "bluff"):
        err(f"{rid}: bluff flag must be true iff kind is bluff")
    if r["kind"] == "bluff" and r["band"] == "strong":
        err(f"{rid}: bluff banded strong")
    if r["kind"] in ("strong", "adequate") and r["band"] != r["kind"]:
        err(f"{rid}: kind {r['kind']} but band {r['band']}")
    if r["kind"] in ("pattern", "list", "offtopic") and r["band"] != "weak":
        err(f"{rid}: kind {r['kind']} must be weak")
    wc = len(r["answer"].split())
    if not 40 <= wc <= 200:
        err(f"{rid}: answer has {wc} words (40-200)")
    if not isinstance(r["pattern_quotes"], list) or not isinstance(r["false_claims"], list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    for q in r["pattern_quotes"]:
        if q not in cwa.get(rnd, []):
            err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")
    if r["kind"] == "pattern" and not r["pattern_quotes"]:
        err(f"{rid}: pattern answer without pattern_quotes")
    if r["kind"] != "pattern" and r["pattern_quotes"]:
        err(f"{rid}: pattern_quotes on a non-pattern answer")
    for c in r["false_claims"]:
        if c not in r["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if r["kind"] in ("bluff", "hedged") and not r["false_claims"]:
        err(f"{rid}: {r['kind']} answer without false_claims")
    if r["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and r["false_claims"]:
        err(f"{rid}: correct-kind answer lists false claims")
    if not r["note"].strip():
        err(f"{rid}: empty note")
    if r["band"] in ("strong", "adequate") and rnd in strong_ngrams:
        shared = ngrams(words(r["answer"])) & strong_ngrams[rnd]
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {rnd} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for n in range(1, 6):
    if per_round[n] != 6:
        err(f"round {n}: {per_round[n]} answers, expected 6")
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"kind {k}: {kinds[k]}, expected {v}")
if kinds["weak"]:
    err("kind 'weak' not used in this mix")
honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
if honest_strong < 1:
    err("no honest answer banded strong")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter((r["kind"], r["band"]) for r in recs)
print("OK: 30 answers, 6 per round")
for (k, b), v in sorted(bands.items()):
    print(f"  {k:9s} {b:9s} {v}")
