#!/usr/bin/env python3
"""Validate ipv6-networking.txt and ipv6-networking_answers.jsonl. Run: python3 check.py
Exits non-zero and lists every problem if anything fails."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "ipv6-networking.txt")
JSONL = os.path.join(HERE, "..", "..", "ipv6-networking_answers.jsonl")
SHORT = "ipv6"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_TITLES = {1: "The Opening", 2: "The Probe", 3: "The Constraint", 4: "The Curveball", 5: "The Synthesis"}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['’][a-z0-9]+)*", text.lower().replace("’", "'"))


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ------------------------------------------------------------------ document
with open(DOC, encoding="utf-8") as f:
    doc = f.read()

lines = doc.split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not lines[2].startswith("Interview Gauntlet: "):
    err("doc: third line must be the 'Interview Gauntlet:' title")
if not re.match(r"Category: .+ Difficulty: L\d Duration: .+ Domains: .+", lines[4]):
    err("doc: metadata line malformed")
if not doc.endswith("Prerequisite Topic Packs\n"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, flags=re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headings in order")
table_pos = doc.find("\nWhat This Sequence Tested:\n")
if table_pos < 0:
    err("doc: missing 'What This Sequence Tested:' section")

rounds = {}
for i, m in enumerate(heads):
    n = int(m.group(1))
    if m.group(2) != ROUND_TITLES[n]:
        err(f"doc: round {n} title should be '{ROUND_TITLES[n]}'")
    end = heads[i + 1].start() if i + 1 < len(heads) else table_pos
    rounds[n] = doc[m.start():end]

strong_answers = {}
cwa_quotes = {}
for n, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, flags=re.M):
        err(f"doc r{n}: missing interviewer question")
    if not re.search(r"^What the interviewer is testing: .+$", body, flags=re.M):
        err(f"doc r{n}: missing 'What the interviewer is testing'")
    m = re.search(r'^Strong Answer:\n\n(".+")\n', body, flags=re.M)
    if not m:
        err(f"doc r{n}: missing strong answer")
    else:
        strong_answers[n] = m.group(1)
        wc = len(m.group(1).split())
        if not 150 <= wc <= 300:
            err(f"doc r{n}: strong answer has {wc} words, need 150-300")
    m = re.search(r"^Common Weak Answers:\n\n((?:  • .+\n)+)", body, flags=re.M)
    if not m:
        err(f"doc r{n}: missing Common Weak Answers")
        cwa_quotes[n] = []
    else:
        qs = []
        for line in m.group(1).strip("\n").split("\n"):
            q = re.match(r'  • "(.+?)" — .+$', line)
            if not q:
                err(f"doc r{n}: malformed weak answer line: {line[:60]}")
            else:
                qs.append(q.group(1))
        cwa_quotes[n] = qs
    has_trap = "\nTrap Alert:\n\nIf the candidate bluffs here: The interviewer will ask \"" in body
    has_senior = "\nThe Senior Signal:\n\nWhat separates a senior answer: " in body
    tqv = re.search(r'\nTrap Question Variant:\n\n(.+)\n', body)
    if has_trap != (n == 2):
        err(f"doc r{n}: Trap Alert must appear in round 2 only")
    if has_senior != (n == 3):
        err(f"doc r{n}: The Senior Signal must appear in round 3 only")
    if bool(tqv) != (n == 4):
        err(f"doc r{n}: Trap Question Variant must appear in round 4 only")
    if tqv and not re.search(r'"[^"]+\?"', tqv.group(1)):
        err("doc r4: Trap Question Variant needs a quoted follow-up question")

table = doc[table_pos:]
if "\nRound Skill Tested\n" not in table:
    err("doc: table header 'Round Skill Tested' missing")
for n in range(1, 6):
    if not re.search(rf"^{n} \S.+$", table, flags=re.M):
        err(f"doc: table row {n} missing")

# ------------------------------------------------------------------ answers
records = []
with open(JSONL, encoding="utf-8") as f:
    for ln, raw in enumerate(f, 1):
        try:
            records.append(json.loads(raw))
        except json.JSONDecodeError as e:
            err(f"jsonl line {ln}: {e}")

if len(records) != 30:
    err(f"expected 30 records, found {len(records)}")

per_round = Counter()
kinds = Counter()
seen_ids = set()
strong_ngrams = {n: ngrams(words(a)) for n, a in strong_answers.items()}

for r in records:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err(f"{rid}: field order {list(r.keys())} != {FIELDS}")
        continue
    rnd = r["round"]
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err(f"{rid}: bad round {rnd}")
        continue
    per_round[rnd] += 1
    if not re.fullmatch(rf"{SHORT}-r{rnd}-\d\d", rid):
        err(f"{rid}: id must look like {SHORT}-r{rnd}-NN")
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    band, kind = r["band"], r["kind"]
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    kinds[kind] += 1
    if not isinstance(r["bluff"], bool) or r["bluff"] != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind in {"pattern", "list", "offtopic", "weak"} and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if kind in {"strong", "adequate"} and band != kind:
        err(f"{rid}: kind {kind} must be banded {kind}")
    for fld in ("answer", "note"):
        if not isinstance(r[fld], str) or not r[fld].strip():
            err(f"{rid}: empty {fld}")
    wc = len(r["answer"].split())
    if not 40 <= wc <= 200:
        err(f"{rid}: answer has {wc} words, need 40-200")
    pq, fc = r["pattern_quotes"], r["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes and false_claims must be lists")
        continue
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern answer needs pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in pq:
        if q not in cwa_quotes.get(rnd, []):
            err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q}")
    if kind in {"bluff", "hedged"} and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in {"strong", "adequate", "honest", "list", "offtopic"} and fc:
        err(f"{rid}: {kind} answer must not carry false_claims")
    for c in fc:
        if c not in r["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c}")
    if band in {"strong", "adequate"} and rnd in strong_ngrams:
        shared = ngrams(words(r["answer"])) & strong_ngrams[rnd]
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {rnd} strong answer: "
                + "; ".join(" ".join(s) for s in sorted(shared)[:3]))

for n in range(1, 6):
    if per_round[n] != 6:
        err(f"round {n}: {per_round[n]} answers, need 6")
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: {kinds[k]} {k}, need {want}")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {sorted(extra)}")
honest_strong = sum(1 for r in records if r.get("kind") == "honest" and r.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong, need exactly 1")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)

bands = Counter(r["band"] for r in records)
print("OK: document and 30 answers pass all checks")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("per round:", dict(sorted(per_round.items())))
