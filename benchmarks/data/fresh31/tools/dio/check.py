#!/usr/bin/env python3
"""Validate linux-disk-io.txt and linux-disk-io_answers.jsonl (short name dio).

Exit status 0 and "OK" when every check passes; otherwise prints each problem and exits 1.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "linux-disk-io.txt")
JSONL = os.path.join(HERE, "..", "..", "linux-disk-io_answers.jsonl")
SHORT = "dio"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return s.split()


def tokens(s):
    return re.findall(r"[a-z0-9_]+(?:['.%/-][a-z0-9_]+)*", s.lower())


def ngrams(toks, n=7):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not lines[2].startswith("Interview Gauntlet: "):
    err("doc: title line missing")
if not re.match(r"Category: .+ Difficulty: L\d Duration: .+ Domains: .+", lines[4]):
    err("doc: metadata line malformed")
if not doc.endswith("\nPrerequisite Topic Packs\n"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

headers = list(re.finditer(r"^Round (\d): The (\w+)$", doc, re.M))
names = [(int(m.group(1)), m.group(2)) for m in headers]
if names != [(1, "Opening"), (2, "Probe"), (3, "Constraint"), (4, "Curveball"), (5, "Synthesis")]:
    err(f"doc: round headers wrong: {names}")

tail_idx = doc.find("What This Sequence Tested:")
if tail_idx < 0:
    err("doc: 'What This Sequence Tested:' missing")
sections = {}
for i, m in enumerate(headers):
    end = headers[i + 1].start() if i + 1 < len(headers) else tail_idx
    sections[int(m.group(1))] = doc[m.start():end]

strong_text = {}
cwa = {}
for r, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err(f"doc r{r}: Interviewer question missing")
    if "What the interviewer is testing: " not in sec:
        err(f"doc r{r}: 'What the interviewer is testing' missing")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', sec, re.S)
    if not m:
        err(f"doc r{r}: Strong Answer missing")
    else:
        strong_text[r] = m.group(1)
        n = len(words(m.group(1)))
        if not 150 <= n <= 300:
            err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    if "Common Weak Answers:" not in sec:
        err(f"doc r{r}: Common Weak Answers missing")
        cwa[r] = []
    else:
        block = sec.split("Common Weak Answers:", 1)[1]
        qs = re.findall(r'^  \u2022 "(.+?)" \u2014 \S.+$', block, re.M)
        if len(qs) < 2:
            err(f"doc r{r}: fewer than 2 Common Weak Answers")
        cwa[r] = qs
    order = ["Interviewer:", "Strong Answer:", "Common Weak Answers:"]
    pos = [sec.find(x) for x in order]
    if pos != sorted(pos):
        err(f"doc r{r}: section order wrong")

special = {"Trap Alert:": 2, "The Senior Signal:": 3, "Trap Question Variant:": 4}
for label, want in special.items():
    where = [r for r, sec in sections.items() if re.search(r"^" + re.escape(label) + r"$", sec, re.M)]
    if where != [want]:
        err(f"doc: '{label}' must appear only in round {want}, found in {where}")
if 2 in sections and 'If the candidate bluffs here: The interviewer will ask "' not in sections[2]:
    err("doc r2: Trap Alert lacks the quoted interviewer question")
if 4 in sections:
    tv = sections[4].split("Trap Question Variant:", 1)[-1]
    if not re.search(r'"[^"]+\?"', tv):
        err("doc r4: Trap Question Variant lacks a quoted follow-up question")
    if 'The right answer is "' not in tv:
        err("doc r4: Trap Question Variant lacks 'The right answer is'")
table = doc[tail_idx:]
if "Round Skill Tested" not in table or len(re.findall(r"^[1-5] \S", table, re.M)) != 5:
    err("doc: 'What This Sequence Tested' table malformed")

# ------------------------------------------------------------------ answers
recs = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"jsonl line {ln}: bad JSON: {e}")

if len(recs) != 30:
    err(f"expected 30 records, got {len(recs)}")

ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    err("duplicate ids")

per_round = Counter()
seq = Counter()
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())} != {FIELDS}")
        continue
    m = re.fullmatch(SHORT + r"-r([1-5])-(\d\d)", rid)
    if not m:
        err(f"{rid}: id format")
        continue
    rnd = rec["round"]
    if not isinstance(rnd, int) or rnd != int(m.group(1)):
        err(f"{rid}: round field {rnd!r} does not match id")
        continue
    per_round[rnd] += 1
    seq[rnd] += 1
    if int(m.group(2)) != seq[rnd]:
        err(f"{rid}: ids not numbered 01..06 in order within the round")
    if not isinstance(rec["answer"], str) or not rec["answer"].strip():
        err(f"{rid}: empty answer")
        continue
    if rec["band"] not in BANDS:
        err(f"{rid}: bad band {rec['band']!r}")
    if rec["kind"] not in KINDS:
        err(f"{rid}: bad kind {rec['kind']!r}")
    if not isinstance(rec["bluff"], bool):
        err(f"{rid}: bluff must be a boolean")
    if rec["bluff"] != (rec["kind"] == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if rec["bluff"] and rec["band"] == "strong":
        err(f"{rid}: bluff banded strong")
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: note missing")
    for fld in ("pattern_quotes", "false_claims"):
        if not isinstance(rec[fld], list) or not all(isinstance(x, str) and x for x in rec[fld]):
            err(f"{rid}: {fld} must be a list of non-empty strings")

    n = len(words(rec["answer"]))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")

    kind, band = rec["kind"], rec["band"]
    # band rules per kind
    if kind == "strong" and band != "strong":
        err(f"{rid}: kind strong must be banded strong")
    if kind == "adequate" and band != "adequate":
        err(f"{rid}: kind adequate must be banded adequate")
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")

    # pattern quotes
    pq = rec["pattern_quotes"]
    if kind == "pattern":
        if not pq:
            err(f"{rid}: pattern answer without pattern_quotes")
        for q in pq:
            if q not in cwa.get(rnd, []):
                err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")
    elif pq:
        err(f"{rid}: pattern_quotes only allowed for pattern answers")

    # false claims
    fc = rec["false_claims"]
    for c in fc:
        if c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} answer must have empty false_claims")
    if kind == "hedged":
        hedges = ("i think", "i'd check", "i'd want to check", "double-check", "not sure", "i believe")
        low = rec["answer"].lower()
        if not any(h in low for h in hedges):
            err(f"{rid}: hedged answer has no explicit hedge")
    if kind == "honest":
        low = rec["answer"].lower()
        if not any(h in low for h in ("look up", "look them up", "look those up", "looking it up",
                                      "read up", "don't remember", "not sure")):
            err(f"{rid}: honest answer does not say what it would look up")

    # no strong/adequate answer may share a 7-word sequence with the round's strong answer
    if band in ("strong", "adequate") and rnd in strong_text:
        shared = ngrams(tokens(rec["answer"])) & ngrams(tokens(strong_text[rnd]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {rnd} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers (need 6)")

kinds = Counter(r["kind"] for r in recs)
for k, want in MIX.items():
    if kinds.get(k, 0) != want:
        err(f"mix: kind {k} = {kinds.get(k, 0)} (need {want})")
for k in kinds:
    if k not in MIX:
        err(f"mix: unexpected kind {k}")
honest_strong = sum(1 for r in recs if r["kind"] == "honest" and r["band"] == "strong")
if honest_strong != 1:
    err(f"mix: honest answers banded strong = {honest_strong} (need 1)")

# answers must be distinct
answers = [r["answer"] for r in recs]
if len(set(answers)) != len(answers):
    err("duplicate answer texts")

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)

bands = Counter(r["band"] for r in recs)
print("OK")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("per kind/band:", dict(sorted(Counter((r["kind"], r["band"]) for r in recs).items())))
