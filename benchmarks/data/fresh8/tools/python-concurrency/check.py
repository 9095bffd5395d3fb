#!/usr/bin/env python3
"""Validates python-concurrency.txt and python-concurrency_answers.jsonl. Exits non-zero on any failure."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "python-concurrency.txt")
JSONL = os.path.join(HERE, "..", "..", "python-concurrency_answers.jsonl")
SHORT = "py"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9_']+", text.lower())


def ngrams(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---------- parse the document ----------
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if lines[0].strip() != "Skip to content":
    err("document: first line is not 'Skip to content'")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M):
    err("document: missing title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("document: missing Category/Difficulty/Duration/Domains line")
if lines[-1].strip() != "Prerequisite Topic Packs" and doc.rstrip().split("\n")[-1] != "Prerequisite Topic Packs":
    err("document: missing trailing 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): .+$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err(f"document: rounds found {[m.group(1) for m in heads]}")
end = doc.index("What This Sequence Tested:")
sections = {}
for i, m in enumerate(heads):
    stop = heads[i + 1].start() if i + 1 < len(heads) else end
    sections[int(m.group(1))] = doc[m.start():stop]

strong_text = {}
weak_quotes = {}
for rnd, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err(f"round {rnd}: no interviewer question")
    m = re.search(r'Strong Answer:\n\n"(.+)"\n', sec)
    if not m:
        err(f"round {rnd}: no strong answer")
        continue
    strong_text[rnd] = m.group(1)
    n = len(words(m.group(1)))
    if not 150 <= n <= 300:
        err(f"round {rnd}: strong answer has {n} words (want 150-300)")
    print(f"round {rnd}: strong answer {n} words")
    wq = re.findall(r'^  • "(.+?)" — (.+)$', sec, re.M)
    if "Common Weak Answers:" not in sec or not wq:
        err(f"round {rnd}: no Common Weak Answers")
    weak_quotes[rnd] = [q for q, _ in wq]

for rnd, marker in [(2, "Trap Alert:"), (3, "The Senior Signal:"), (4, "Trap Question Variant:")]:
    if marker not in sections.get(rnd, ""):
        err(f"round {rnd}: missing '{marker}'")
    for other, sec in sections.items():
        if other != rnd and marker in sec:
            err(f"round {other}: unexpected '{marker}'")
if not re.search(r'Trap Question Variant:\n\n[^\n]*"[^"\n]+\?"', sections.get(4, "")):
    err("round 4: Trap Question Variant has no quoted follow-up question")
if "What the interviewer is testing:" not in sections.get(2, ""):
    err("round 2: missing 'What the interviewer is testing:'")
table = doc[end:]
for rnd in range(1, 6):
    if not re.search(rf"^{rnd} \S.+$", table, re.M):
        err(f"table: no skill row for round {rnd}")

# ---------- check the answers ----------
recs = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        pairs = json.loads(line, object_pairs_hook=lambda p: p)
        keys = [k for k, _ in pairs]
        if keys != FIELDS:
            err(f"line {ln}: field order {keys}")
        recs.append(dict(pairs))

if len(recs) != 30:
    err(f"{len(recs)} records, want 30")

per_round = collections.Counter()
kinds = collections.Counter()
bands = collections.Counter()
seen_ids = set()
honest_strong = 0
for r in recs:
    rid = r["id"]
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    m = re.fullmatch(rf"{SHORT}-r(\d)-(\d\d)", rid)
    if not m or int(m.group(1)) != r["round"] or not 1 <= int(m.group(2)) <= 6:
        err(f"{rid}: bad id for round {r['round']}")
    if r["round"] not in range(1, 6) or not isinstance(r["round"], int):
        err(f"{rid}: bad round")
    if r["band"] not in BANDS:
        err(f"{rid}: bad band {r['band']}")
    if r["kind"] not in KINDS:
        err(f"{rid}: bad kind {r['kind']}")
    if not isinstance(r["bluff"], bool) or r["bluff"] != (r["kind"] == "bluff"):
        err(f"{rid}: bluff flag {r['bluff']} does not match kind {r['kind']}")
    if r["bluff"] and r["band"] == "strong":
        err(f"{rid}: bluff banded strong")
    if r["kind"] in {"pattern", "list", "offtopic"} and r["band"] != "weak":
        err(f"{rid}: {r['kind']} must be weak")
    if r["kind"] in {"strong", "adequate"} and r["band"] != r["kind"]:
        err(f"{rid}: kind {r['kind']} banded {r['band']}")
    if not isinstance(r["pattern_quotes"], list) or not isinstance(r["false_claims"], list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
    if (r["kind"] == "pattern") != bool(r["pattern_quotes"]):
        err(f"{rid}: pattern_quotes must be filled iff kind is pattern")
    for q in r["pattern_quotes"]:
        if q not in weak_quotes.get(r["round"], []):
            err(f"{rid}: pattern quote not a Common Weak Answer of round {r['round']}: {q!r}")
    if r["kind"] in {"bluff", "hedged"} and not r["false_claims"]:
        err(f"{rid}: {r['kind']} needs false_claims")
    if r["kind"] in {"strong", "adequate", "honest", "list", "offtopic"} and r["false_claims"]:
        err(f"{rid}: {r['kind']} should have no false_claims")
    for c in r["false_claims"]:
        if c not in r["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    n = len(r["answer"].split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (want 40-200)")
    if not r["note"].strip():
        err(f"{rid}: empty note")
    if r["band"] in {"strong", "adequate"} and r["round"] in strong_text:
        shared = ngrams(r["answer"]) & ngrams(strong_text[r["round"]])
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with the round's strong answer: {sorted(shared)[:3]}")
    if r["kind"] == "honest" and r["band"] == "strong":
        honest_strong += 1
    per_round[r["round"]] += 1
    kinds[r["kind"]] += 1
    bands[r["band"]] += 1

for rnd in range(1, 6):
    if per_round[rnd] != 6:
        err(f"round {rnd}: {per_round[rnd]} answers, want 6")
    ids = sorted(r["id"] for r in recs if r["round"] == rnd)
    if ids != [f"{SHORT}-r{rnd}-{i:02d}" for i in range(1, 7)]:
        err(f"round {rnd}: ids {ids}")
if dict(kinds) != MIX:
    err(f"mix {dict(kinds)} != {MIX}")
if honest_strong != 1:
    err(f"{honest_strong} honest answers banded strong, want 1")

print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("bluffs:", sum(r["bluff"] for r in recs), "| per round:", dict(sorted(per_round.items())))
print("bluff bands:", dict(collections.Counter(r["band"] for r in recs if r["bluff"])))
print("answer words: min", min(len(r["answer"].split()) for r in recs),
      "max", max(len(r["answer"].split()) for r in recs))
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
