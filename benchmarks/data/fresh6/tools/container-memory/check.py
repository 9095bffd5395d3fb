#!/usr/bin/env python3
"""Validate container-memory.txt and container-memory_answers.jsonl against the brief's rules."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "container-memory.txt")  # repository layout
JSONL = os.path.join(HERE, "..", "..", "container-memory_answers.jsonl")  # repository layout
PREFIX = "mem"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
EXPECTED_MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
                "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------- document ----------
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n"):
    err("document does not start with 'Skip to content'")
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("document does not end with 'Prerequisite Topic Packs'")
for h in ["Round 1: The Opening", "Round 2: The Probe", "Round 3: The Constraint", "Round 4: The Curveball",
          "Round 5: The Synthesis", "Trap Alert:", "The Senior Signal:", "Trap Question Variant:",
          "What This Sequence Tested:"]:
    if h not in doc:
        err(f"document missing heading {h!r}")

round_chunks = re.split(r"\nRound (\d): ", doc)
rounds = {}
for i in range(1, len(round_chunks), 2):
    rounds[int(round_chunks[i])] = round_chunks[i + 1]
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"expected rounds 1-5, found {sorted(rounds)}")

strong_text = {}
weak_quotes = set()
for r, chunk in rounds.items():
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n', chunk, re.S)
    if not m:
        err(f"round {r}: no strong answer")
        continue
    strong_text[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err(f"round {r}: strong answer has {n} words (need 150-300)")
    for q in re.findall(r'  • "(.*?)" — ', chunk):
        weak_quotes.add(q)
if len(strong_text) != 5:
    err(f"expected five strong answers, found {len(strong_text)}")
# placement of trap alert / senior signal / trap variant
for heading, want in [("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)]:
    where = [r for r, c in rounds.items() if heading in c]
    if where != [want]:
        err(f"{heading} found in rounds {where}, expected [{want}]")

# ---------- answers ----------
seen = set()
recs = []
for ln, line in enumerate(open(JSONL, encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"line {ln}: bad JSON: {e}")
        continue
    recs.append(r)
    if list(r.keys()) != FIELDS:
        err(f"line {ln}: fields {list(r.keys())} != {FIELDS}")
        continue
    rid = r["id"]
    if rid in seen:
        err(f"{rid}: duplicate id")
    seen.add(rid)
    m = re.fullmatch(rf"{PREFIX}-r(\d)-(\d\d)", rid)
    if not m or int(m.group(1)) != r["round"]:
        err(f"{rid}: id does not match round {r['round']}")
    if r["round"] not in rounds:
        err(f"{rid}: round {r['round']} not in document")
    if r["band"] not in BANDS:
        err(f"{rid}: bad band {r['band']}")
    if r["kind"] not in KINDS:
        err(f"{rid}: bad kind {r['kind']}")
    if not isinstance(r["bluff"], bool) or r["bluff"] != (r["kind"] == "bluff"):
        err(f"{rid}: bluff flag inconsistent with kind")
    if r["kind"] == "bluff" and r["band"] == "strong":
        err(f"{rid}: bluff banded strong")
    if r["kind"] in ("bluff", "hedged") and not r["false_claims"]:
        err(f"{rid}: {r['kind']} without false_claims")
    if r["kind"] in ("list", "offtopic", "pattern") and r["band"] != "weak":
        err(f"{rid}: {r['kind']} must be weak")
    if r["kind"] == "pattern" and not r["pattern_quotes"]:
        err(f"{rid}: pattern without pattern_quotes")
    if r["kind"] in ("strong", "adequate") and r["band"] != r["kind"]:
        err(f"{rid}: kind {r['kind']} banded {r['band']}")
    n = len(r["answer"].split())
    if not 30 <= n <= 150:
        err(f"{rid}: answer has {n} words (need 30-150)")
    for q in r["pattern_quotes"]:
        if q not in weak_quotes:
            err(f"{rid}: pattern quote not in document: {q!r}")
    for fc in r["false_claims"]:
        if fc not in r["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {fc!r}")
    if r["round"] in strong_text:
        shared = ngrams(words(r["answer"])) & ngrams(words(strong_text[r["round"]]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with strong answer: {[' '.join(s) for s in sorted(shared)][:3]}")

# ---------- counts ----------
kinds = Counter(r["kind"] for r in recs)
print(f"answers: {len(recs)}")
print("by round:", dict(sorted(Counter(r["round"] for r in recs).items())))
print("by band: ", dict(sorted(Counter(r["band"] for r in recs).items())))
print("by kind: ", dict(sorted(kinds.items())))
print("by bluff:", dict(sorted(Counter(r["bluff"] for r in recs).items())))
print("bluff bands:", dict(sorted(Counter(r["band"] for r in recs if r["bluff"]).items())))
if len(recs) != 30:
    err(f"expected 30 answers, found {len(recs)}")
for k, v in EXPECTED_MIX.items():
    if kinds.get(k, 0) != v:
        err(f"mix: kind {k} has {kinds.get(k, 0)}, expected {v}")

if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
