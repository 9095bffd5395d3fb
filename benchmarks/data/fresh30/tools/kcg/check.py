#!/usr/bin/env python3
"""Validate kafka-consumer-groups.txt and kafka-consumer-groups_answers.jsonl.

Run: python3 check.py   (exit status 0 and "OK" when every check passes)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "kafka-consumer-groups"
SHORT = "kcg"
DOC = os.path.join(HERE, "..", "..", "gauntlets", f"{NAME}.txt")
JSONL = os.path.join(HERE, "..", "..", f"{NAME}_answers.jsonl")

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
# bluffs whose false claim is wrong in plain words about the mechanism (no number, no name)
MECHANISM_BLUFFS = {"kcg-r3-04", "kcg-r4-03"}
SECTION_HEADS = ["Common Weak Answers:", "Trap Alert:", "The Senior Signal:", "Trap Question Variant:",
                 "What This Sequence Tested:"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return text.split()


def tokens(text):
    return re.findall(r"[a-z0-9]+(?:[._'][a-z0-9]+)*", text.lower())


def shingles(text, n=7):
    t = tokens(text)
    return {tuple(t[i:i + n]) for i in range(len(t) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

heads = list(re.finditer(r"^Round (\d): The (\w+)$", doc, re.M))
names = [(h.group(1), h.group(2)) for h in heads]
if names != [("1", "Opening"), ("2", "Probe"), ("3", "Constraint"), ("4", "Curveball"), ("5", "Synthesis")]:
    err(f"doc: round headings wrong: {names}")

tail_start = doc.find("What This Sequence Tested:")
if tail_start < 0:
    err("doc: missing 'What This Sequence Tested:'")
rounds = {}
for i, h in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tail_start
    rounds[int(h.group(1))] = doc[h.start():end]

strong_answers, weak_quotes = {}, {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{r}: missing quoted Interviewer question")
    if not re.search(r"^What the interviewer is testing: \S.+$", body, re.M):
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n\n(?:' + "|".join(map(re.escape, SECTION_HEADS)) + ")", body, re.S)
    if not m:
        err(f"doc r{r}: strong answer not found")
        continue
    strong_answers[r] = m.group(1)
    n = len(words(m.group(1)))
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words, want 150-300")
    cwa = re.search(r"Common Weak Answers:\n\n((?:  • .+\n)+)", body)
    if not cwa:
        err(f"doc r{r}: Common Weak Answers missing")
        continue
    quotes = []
    for line in cwa.group(1).splitlines():
        q = re.match(r'  • "(.+?)" — \S.+$', line)
        if not q:
            err(f"doc r{r}: malformed weak-answer bullet: {line[:60]}")
        else:
            quotes.append(q.group(1))
    weak_quotes[r] = quotes
    for label, want_round in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        present = label in body
        if present != (r == want_round):
            err(f"doc r{r}: '{label}' present={present}, expected only in round {want_round}")

if 2 in rounds:
    ta = rounds[2].split("Trap Alert:", 1)[-1]
    if "If the candidate bluffs here:" not in ta or "perfectly fine to say" not in ta:
        err("doc r2: Trap Alert must describe the follow-up and the acceptable honest answer")
if 3 in rounds and "What separates a senior answer:" not in rounds[3]:
    err("doc r3: Senior Signal must start with 'What separates a senior answer:'")
if 4 in rounds:
    tqv = rounds[4].split("Trap Question Variant:", 1)[-1]
    if not tqv.strip().startswith("The right answer is"):
        err("doc r4: Trap Question Variant must start with 'The right answer is'")
    if not re.search(r'"[^"]+\?"', tqv):
        err("doc r4: Trap Question Variant needs a quoted follow-up question")
table = doc[tail_start:]
for r in range(1, 6):
    if not re.search(rf"^{r} \S.+$", table, re.M):
        err(f"doc: 'What This Sequence Tested' table lacks round {r}")
if "Round Skill Tested" not in table:
    err("doc: table header 'Round Skill Tested' missing")

# ---------------------------------------------------------------- answers
records = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"jsonl line {ln}: {e}")

if len(records) != 30:
    err(f"answers: {len(records)} records, want 30")

per_round = Counter()
seen_ids = set()
for rec in records:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())}")
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round {r}")
        continue
    per_round[r] += 1
    want_id = f"{SHORT}-r{r}-{per_round[r]:02d}"
    if rid != want_id:
        err(f"{rid}: expected id {want_id}")
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind == bluff")
    if not isinstance(rec["answer"], str) or not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: answer and note must be non-empty strings")
        continue
    if not isinstance(rec["pattern_quotes"], list) or not isinstance(rec["false_claims"], list):
        err(f"{rid}: pattern_quotes and false_claims must be lists")
        continue
    n = len(words(rec["answer"]))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words, want 40-200")

    # band rules per kind
    if kind == "bluff" and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")

    # pattern quotes
    pq = rec["pattern_quotes"]
    if kind == "pattern":
        if not pq:
            err(f"{rid}: pattern answer needs pattern_quotes")
        for q in pq:
            if q not in weak_quotes.get(r, []):
                err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q[:50]}")
    elif pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")

    # false claims
    fc = rec["false_claims"]
    for c in fc:
        if not c or c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c[:50]}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: correct/{kind} answer must not carry false_claims")
    if kind == "hedged" and not re.search(r"\b(I think|I believe|I'd (?:want to )?(?:check|confirm|double-check))",
                                          rec["answer"]):
        err(f"{rid}: hedged answer lacks an explicit hedge")
    if kind == "honest" and not re.search(r"(look (?:that|it) up|don't remember|not sure|check the|read the)",
                                          rec["answer"]):
        err(f"{rid}: honest answer must say what it would look up")

    # no shared 7-word sequence with the round's strong answer (checked for every answer,
    # which includes all strong/adequate ones)
    if r in strong_answers:
        common = shingles(rec["answer"]) & shingles(strong_answers[r])
        if common and band in ("strong", "adequate"):
            err(f"{rid}: shares 7-word sequence with round {r} strong answer: {' '.join(sorted(common)[0])}")
        elif common:
            print(f"note: {rid} ({band}) shares a 7-word sequence with the strong answer: "
                  f"{' '.join(sorted(common)[0])}")

    if rid in MECHANISM_BLUFFS:
        if kind != "bluff":
            err(f"{rid}: listed as mechanism bluff but kind is {kind}")
        for c in fc:
            if re.search(r"\d", c) or re.search(r"[A-Za-z]+[._][A-Za-z]", c) or re.search(r"\b[A-Z][a-z]*[A-Z]", c) \
                    or re.search(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+", c):
                err(f"{rid}: mechanism bluff claim contains a number or a name: {c}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, want 6")

kinds = Counter(rec.get("kind") for rec in records)
for k, want in MIX.items():
    if kinds.get(k, 0) != want:
        err(f"mix: {kinds.get(k, 0)} {k}, want {want}")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {extra}")
honest_strong = sum(1 for rec in records if rec.get("kind") == "honest" and rec.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong, want exactly 1")
if len(MECHANISM_BLUFFS) < 2:
    err("mix: need at least two mechanism bluffs")

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
bands = Counter((rec["kind"], rec["band"]) for rec in records)
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(Counter(rec["band"] for rec in records).items())))
print("kind/band:", {f"{k}/{b}": n for (k, b), n in sorted(bands.items())})
print("OK")
