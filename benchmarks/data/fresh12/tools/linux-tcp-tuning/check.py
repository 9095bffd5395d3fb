#!/usr/bin/env python3
"""Validate linux-tcp-tuning.txt and linux-tcp-tuning_answers.jsonl. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "linux-tcp-tuning.txt")
ANS = os.path.join(HERE, "linux-tcp-tuning_answers.jsonl")
SHORT = "tcp"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
ROUND_NAMES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return s.split()


def tokens(s):
    return re.findall(r"[a-z0-9_]+(?:['.\-][a-z0-9_]+)*", s.lower())


def ngrams(toks, n=7):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M):
    err("doc: missing title line")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")

heads = [(m.start(), int(m.group(1)), m.group(2)) for m in re.finditer(r"^Round (\d): (.+)$", doc, re.M)]
if [h[1] for h in heads] != [1, 2, 3, 4, 5]:
    err(f"doc: expected rounds 1..5, got {[h[1] for h in heads]}")
tail_pos = doc.find("What This Sequence Tested:")
if tail_pos < 0:
    err("doc: missing 'What This Sequence Tested:'")
sections = {}
for i, (pos, n, name) in enumerate(heads):
    end = heads[i + 1][0] if i + 1 < len(heads) else tail_pos
    sections[n] = doc[pos:end]
    if n <= 5 and name != ROUND_NAMES[n - 1]:
        err(f"doc: round {n} should be named '{ROUND_NAMES[n - 1]}', got '{name}'")

strong_answers = {}
weak_quotes = {}
for n, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err(f"doc r{n}: missing quoted Interviewer question")
    if "What the interviewer is testing:" not in sec:
        err(f"doc r{n}: missing 'What the interviewer is testing'")
    m = re.search(r'^Strong Answer:\n\n"(.+)"$', sec, re.M)
    if not m:
        err(f"doc r{n}: missing quoted Strong Answer")
    else:
        strong_answers[n] = m.group(1)
        wc = len(words(m.group(1)))
        if not 150 <= wc <= 300:
            err(f"doc r{n}: strong answer has {wc} words, need 150-300")
    if "Common Weak Answers:" not in sec:
        err(f"doc r{n}: missing Common Weak Answers")
    qs = re.findall(r'^  \u2022 "(.+?)" \u2014 (.+)$', sec, re.M)
    if len(qs) < 2:
        err(f"doc r{n}: need at least 2 Common Weak Answers, got {len(qs)}")
    weak_quotes[n] = [q for q, _ in qs]
    has_trap = "Trap Alert:" in sec
    has_senior = "The Senior Signal:" in sec
    has_variant = "Trap Question Variant:" in sec
    if has_trap != (n == 2):
        err(f"doc r{n}: Trap Alert must be in round 2 only")
    if has_senior != (n == 3):
        err(f"doc r{n}: Senior Signal must be in round 3 only")
    if has_variant != (n == 4):
        err(f"doc r{n}: Trap Question Variant must be in round 4 only")
    if n == 2 and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask ".+\?"',
                                sec):
        err("doc r2: Trap Alert must quote the follow-up question")
    if n == 3 and "What separates a senior answer:" not in sec:
        err("doc r3: Senior Signal must start 'What separates a senior answer:'")
    if n == 4:
        v = sec[sec.find("Trap Question Variant:"):]
        if not re.search(r'The right answer is ".+?"', v):
            err("doc r4: Trap Question Variant must state the right answer in quotes")
        if not re.search(r'follows up: "[^"]+\?"', v):
            err("doc r4: Trap Question Variant must contain a quoted follow-up question")

tail = doc[tail_pos:] if tail_pos >= 0 else ""
if "Round Skill Tested" not in tail:
    err("doc: table header 'Round Skill Tested' missing")
for n in range(1, 6):
    if not re.search(rf"^{n} \S.+$", tail, re.M):
        err(f"doc: table row {n} missing")
if doc.rstrip("\n").split("\n")[-1] != "Prerequisite Topic Packs":
    err("doc: must end with 'Prerequisite Topic Packs'")

# ------------------------------------------------------------------ answers
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line:
            err(f"answers line {ln}: empty line")
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"answers line {ln}: bad JSON: {e}")

if len(recs) != 30:
    err(f"answers: expected 30 records, got {len(recs)}")

ids = set()
per_round = Counter()
kinds = Counter()
bands = Counter()
kind_band = Counter()
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err(f"{rid}: field order {list(r.keys())} != {FIELDS}")
        continue
    if rid in ids:
        err(f"{rid}: duplicate id")
    ids.add(rid)
    rnd = r["round"]
    if not isinstance(rnd, int) or not 1 <= rnd <= 5:
        err(f"{rid}: bad round {rnd}")
        continue
    m = re.fullmatch(rf"{SHORT}-r(\d)-(\d\d)", rid)
    if not m or int(m.group(1)) != rnd:
        err(f"{rid}: id must be {SHORT}-r<round>-<nn> matching round {rnd}")
    per_round[rnd] += 1
    band, kind, bluff = r["band"], r["kind"], r["bluff"]
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    if not isinstance(bluff, bool):
        err(f"{rid}: bluff must be boolean")
    if bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind == "strong" and band != "strong":
        err(f"{rid}: kind strong must be band strong")
    if kind == "adequate" and band != "adequate":
        err(f"{rid}: kind adequate must be band adequate")
    if kind in {"pattern", "list", "offtopic", "weak"} and band != "weak":
        err(f"{rid}: kind {kind} must be band weak")
    for key in ("answer", "note"):
        if not isinstance(r[key], str) or not r[key].strip():
            err(f"{rid}: {key} must be a non-empty string")
    for key in ("pattern_quotes", "false_claims"):
        if not isinstance(r[key], list) or not all(isinstance(x, str) and x for x in r[key]):
            err(f"{rid}: {key} must be a list of non-empty strings")
    ans = r["answer"]
    wc = len(words(ans))
    if not 40 <= wc <= 200:
        err(f"{rid}: answer has {wc} words, need 40-200")
    # pattern quotes
    if kind == "pattern":
        if not r["pattern_quotes"]:
            err(f"{rid}: pattern answer needs pattern_quotes")
    elif r["pattern_quotes"]:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in r["pattern_quotes"]:
        if q not in weak_quotes.get(rnd, []):
            err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")
    # false claims
    if kind in {"bluff", "hedged"} and not r["false_claims"]:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in {"strong", "adequate", "honest", "list", "offtopic"} and r["false_claims"]:
        err(f"{rid}: {kind} answer must not carry false_claims")
    for fc in r["false_claims"]:
        if fc not in ans:
            err(f"{rid}: false claim not verbatim in answer: {fc!r}")
    # 7-word overlap with the round's strong answer
    if (band in {"strong", "adequate"} or kind in {"strong", "adequate"}) and rnd in strong_answers:
        shared = ngrams(tokens(ans)) & ngrams(tokens(strong_answers[rnd]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {rnd} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")
    kinds[kind] += 1
    bands[band] += 1
    kind_band[(kind, band)] += 1

for n in range(1, 6):
    if per_round[n] != 6:
        err(f"round {n}: expected 6 answers, got {per_round[n]}")
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: expected {want} {k}, got {kinds[k]}")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {extra}")
if kind_band[("honest", "strong")] != 1:
    err(f"mix: exactly one honest answer must be banded strong, got {kind_band[('honest', 'strong')]}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)

print("PASS")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("kind/band:", {f"{k}/{b}": c for (k, b), c in sorted(kind_band.items())})
print("per round:", dict(sorted(per_round.items())))
