#!/usr/bin/env python3
"""Validate http3-quic.txt and http3-quic_answers.jsonl. Exits non-zero on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "http3-quic.txt")
JSONL = os.path.join(HERE, "..", "..", "http3-quic_answers.jsonl")
SHORT = "h3"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['\-/.][a-z0-9]+)*", text.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------- parse the document ----------------
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n"):
    err("doc: first line is not 'Skip to content'")
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("doc: does not end with 'Prerequisite Topic Packs'")

parts = re.split(r"^Round (\d): .*$", doc, flags=re.M)
rounds = {}
for i in range(1, len(parts), 2):
    rounds[int(parts[i])] = parts[i + 1]
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"doc: rounds found {sorted(rounds)}")

strong_text = {}
cwa = {}
for r, body in rounds.items():
    m = re.search(r"^Strong Answer:\n\n(.*?)\n\n", body, flags=re.M | re.S)
    if not m:
        err(f"doc r{r}: no strong answer")
        continue
    strong_text[r] = m.group(1)
    n = len(strong_text[r].split())
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (want 150-300)")
    if "Interviewer: \"" not in body:
        err(f"doc r{r}: no interviewer question")
    cm = re.search(r"^Common Weak Answers:\n\n(.*?)(?:\n\n|\Z)", body, flags=re.M | re.S)
    quotes = []
    if cm:
        for line in cm.group(1).splitlines():
            q = re.match(r'^\s+\u2022 "(.*?)" \u2014 ', line)
            if q:
                quotes.append(q.group(1))
            else:
                err(f"doc r{r}: malformed weak-answer line: {line[:60]}")
    if not quotes:
        err(f"doc r{r}: no Common Weak Answers")
    cwa[r] = quotes

if "Trap Alert:" not in rounds.get(2, ""):
    err("doc: no Trap Alert in round 2")
if "The Senior Signal:" not in rounds.get(3, ""):
    err("doc: no Senior Signal in round 3")
tqv = re.search(r"Trap Question Variant:\n\n(.*?)\n", rounds.get(4, ""), flags=re.S)
if not tqv or not re.search(r'"[^"]*\?"', tqv.group(1)):
    err("doc: round 4 Trap Question Variant missing or has no quoted follow-up question")
if "What the interviewer is testing:" not in rounds.get(2, ""):
    err("doc: round 2 lacks 'What the interviewer is testing'")
if "What This Sequence Tested:" not in doc:
    err("doc: no 'What This Sequence Tested' table")

# ---------------- check the answers ----------------
recs = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"jsonl line {ln}: {e}")
            continue
        recs.append(rec)

per_round = Counter()
kinds = Counter()
bands = Counter()
seen_ids = set()
overlap_report = []
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec) != FIELDS:
        err(f"{rid}: field order {list(rec)}")
        continue
    r = rec["round"]
    if r not in (1, 2, 3, 4, 5):
        err(f"{rid}: bad round {r}")
        continue
    per_round[r] += 1
    exp_id = f"{SHORT}-r{r}-{per_round[r]:02d}"
    if rid != exp_id:
        err(f"{rid}: expected id {exp_id}")
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    band, kind = rec["band"], rec["kind"]
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    if not isinstance(rec["bluff"], bool) or rec["bluff"] != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: bluff banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} but band {band}")
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err(f"{rid}: kind {kind} must be weak")
    if not isinstance(rec["answer"], str) or not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: answer/note must be non-empty strings")
    if not isinstance(rec["pattern_quotes"], list) or not isinstance(rec["false_claims"], list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    nw = len(rec["answer"].split())
    if not 40 <= nw <= 200:
        err(f"{rid}: answer has {nw} words (want 40-200)")
    for q in rec["pattern_quotes"]:
        if q not in cwa.get(r, []):
            err(f"{rid}: pattern quote not a round-{r} Common Weak Answer: {q!r}")
    if kind == "pattern" and not rec["pattern_quotes"]:
        err(f"{rid}: pattern answer without pattern_quotes")
    if kind != "pattern" and rec["pattern_quotes"]:
        err(f"{rid}: pattern_quotes on a non-pattern answer")
    for c in rec["false_claims"]:
        if c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if kind in ("bluff", "hedged") and not rec["false_claims"]:
        err(f"{rid}: {kind} answer without false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and rec["false_claims"]:
        err(f"{rid}: {kind} answer should not have false_claims")
    if band in ("strong", "adequate") and r in strong_text:
        shared = ngrams(words(rec["answer"])) & ngrams(words(strong_text[r]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {r} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")
    kinds[kind] += 1
    bands[band] += 1

if len(recs) != 30:
    err(f"expected 30 records, got {len(recs)}")
for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers (want 6)")
for k, n in MIX.items():
    if kinds[k] != n:
        err(f"mix: kind {k} has {kinds[k]} (want {n})")
honest_strong = sum(1 for x in recs if x.get("kind") == "honest" and x.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong (want 1)")

print(f"records: {len(recs)}")
print("per round:", dict(sorted(per_round.items())))
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("bluffs:", sum(1 for x in recs if x.get("bluff")), "| honest banded strong:", honest_strong)
print("doc strong-answer words:", {r: len(t.split()) for r, t in sorted(strong_text.items())})
print("doc weak-answer quotes per round:", {r: len(q) for r, q in sorted(cwa.items())})
wc = [len(x["answer"].split()) for x in recs]
print(f"answer words: min {min(wc)} max {max(wc)}")
if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nPASS")
