#!/usr/bin/env python3
"""Validate ssh-bastion-access.txt and ssh-bastion-access_answers.jsonl.
Run: python3 check.py   (exit code 0 = all checks pass)"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "ssh-bastion-access.txt")
ANS = os.path.join(HERE, "..", "..", "ssh-bastion-access_answers.jsonl")
SHORT = "ssh"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind",
          "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff",
         "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4,
       "list": 2, "hedged": 2, "offtopic": 2}
# bands allowed for each kind
KIND_BANDS = {
    "strong": {"strong"}, "adequate": {"adequate"}, "weak": {"weak"},
    "pattern": {"weak"}, "list": {"weak"}, "offtopic": {"weak"},
    "bluff": {"adequate", "weak"}, "hedged": {"adequate", "weak"},
    "honest": {"strong", "adequate", "weak"},
}
HEDGE_MARKERS = ["i think", "i believe", "i'd check", "i'd double-check",
                 "i'd confirm", "not sure", "if i remember"]
HONEST_MARKERS = ["look up", "look that up", "i'd need to check", "i'd have to check",
                  "don't remember", "don't know", "not sure", "couldn't tell you",
                  "check the docs"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())


def ngrams(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("\n\nPrerequisite Topic Packs"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headings in order")
table_at = doc.find("What This Sequence Tested:")
if table_at < 0:
    err("doc: missing 'What This Sequence Tested:'")
rounds_text = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else table_at
    rounds_text[int(m.group(1))] = doc[m.start():end]

weak_quotes = {}
strong_answers = {}
for r, t in rounds_text.items():
    for section in ("Interviewer: \"", "What the interviewer is testing: ",
                    "Strong Answer:\n\n\"", "Common Weak Answers:\n\n"):
        if section not in t:
            err(f"doc round {r}: missing section {section.strip()!r}")
    m = re.search(r"Strong Answer:\n\n\"(.*?)\"\n", t, re.S)
    if m:
        strong_answers[r] = m.group(1)
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err(f"doc round {r}: strong answer has {n} words (150-300)")
    cwa = re.search(r"Common Weak Answers:\n\n((?:  \u2022 .*\n)+)", t)
    quotes = []
    if cwa:
        for line in cwa.group(1).splitlines():
            q = re.match(r"  \u2022 \"(.+?)\" \u2014 (.+)$", line)
            if not q or len(q.group(2).split()) < 5:
                err(f"doc round {r}: malformed weak answer line: {line[:60]}")
            else:
                quotes.append(q.group(1))
    if not quotes:
        err(f"doc round {r}: no Common Weak Answers")
    weak_quotes[r] = quotes
    has_trap = "Trap Alert:" in t
    has_senior = "The Senior Signal:" in t
    has_variant = "Trap Question Variant:" in t
    if has_trap != (r == 2):
        err(f"doc round {r}: Trap Alert must be in round 2 only")
    if has_senior != (r == 3):
        err(f"doc round {r}: The Senior Signal must be in round 3 only")
    if has_variant != (r == 4):
        err(f"doc round {r}: Trap Question Variant must be in round 4 only")
    if r == 2 and not re.search(r"Trap Alert:\n\nIf the candidate bluffs here: The interviewer "
                                r"will ask \".+?\"", t):
        err("doc round 2: Trap Alert must quote the interviewer's question")
    if r == 2 and "It's perfectly fine to say \"" not in t:
        err("doc round 2: Trap Alert must say what an honest answer sounds like")
    if r == 3 and "What separates a senior answer:" not in t:
        err("doc round 3: Senior Signal must start 'What separates a senior answer:'")
    if r == 4:
        v = t[t.find("Trap Question Variant:"):]
        if not re.search(r"The right answer is \".+?\"", v):
            err("doc round 4: variant must state 'The right answer is \"...\"'")
        if not re.search(r"follows up: \".+?\?\"", v):
            err("doc round 4: variant must contain a quoted follow-up question")
tbl = doc[table_at:]
for r in range(1, 6):
    if not re.search(rf"^{r} \S.+$", tbl, re.M):
        err(f"doc: table row for round {r} missing")
if "Round Skill Tested" not in tbl:
    err("doc: table header 'Round Skill Tested' missing")

# ---------------------------------------------------------------- answers
recs = []
with open(ANS, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"answers line {ln}: bad JSON ({e})")

if len(recs) != 30:
    err(f"answers: expected 30 records, got {len(recs)}")

seen_ids = set()
per_round = Counter()
kinds = Counter()
bands = Counter()
honest_strong = 0
mechanism_bluffs = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())} != {FIELDS}")
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round {r!r}")
        continue
    per_round[r] += 1
    exp_id = f"{SHORT}-r{r}-{per_round[r]:02d}"
    if rid != exp_id or rid in seen_ids:
        err(f"{rid}: expected id {exp_id} (unique, sequential)")
    seen_ids.add(rid)
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    ans = rec["answer"]
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
        continue
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if bluff and band == "strong":
        err(f"{rid}: a bluff may not be banded strong")
    if band not in KIND_BANDS[kind]:
        err(f"{rid}: band {band} not allowed for kind {kind}")
    kinds[kind] += 1
    bands[band] += 1
    if kind == "honest" and band == "strong":
        honest_strong += 1
    if not isinstance(ans, str):
        err(f"{rid}: answer must be a string")
        continue
    n = len(ans.split())
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (40-200)")
    if not isinstance(rec["note"], str) or len(rec["note"].split()) < 5:
        err(f"{rid}: note missing or too short")

    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not (isinstance(pq, list) and all(isinstance(x, str) for x in pq)):
        err(f"{rid}: pattern_quotes must be a list of strings")
        pq = []
    if not (isinstance(fc, list) and all(isinstance(x, str) for x in fc)):
        err(f"{rid}: false_claims must be a list of strings")
        fc = []
    if (kind == "pattern") != bool(pq):
        err(f"{rid}: pattern_quotes must be filled iff kind is pattern")
    for q in pq:
        if q not in weak_quotes.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q[:50]}")
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c[:50]}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} must have empty false_claims")
    low = ans.lower()
    if kind == "hedged":
        if not any(m in low for m in HEDGE_MARKERS):
            err(f"{rid}: hedged answer has no explicit hedge")
        if not any(re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"twelve|thirty|sixty|ninety)\b", c.lower()) for c in fc):
            err(f"{rid}: hedged false claim should state a wrong number")
    if kind == "honest" and not any(m in low for m in HONEST_MARKERS):
        err(f"{rid}: honest answer does not say what it would look up")
    if kind == "bluff":
        if any(m in low for m in HEDGE_MARKERS):
            err(f"{rid}: bluff must be confident (hedge marker found)")
        # plain-words mechanism bluff: no digit and no capitalised name after the first letter
        if all(not re.search(r"\d", c) and not re.search(r"[A-Z]", c[1:]) for c in fc):
            mechanism_bluffs += 1
    if band in ("strong", "adequate") or kind in ("strong", "adequate"):
        shared = ngrams(ans) & ngrams(strong_answers.get(r, ""))
        if shared:
            err(f"{rid}: shares a 7-word sequence with the round {r} strong answer: "
                f"{' '.join(sorted(shared)[0])}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, expected 6")
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"mix: kind {k} has {kinds[k]}, expected {v}")
if kinds["weak"]:
    err("mix: no answers of kind 'weak' expected")
if honest_strong != 1:
    err(f"mix: expected exactly 1 honest answer banded strong, got {honest_strong}")
if mechanism_bluffs < 2:
    err(f"bluffs: expected at least 2 plain-words mechanism bluffs, got {mechanism_bluffs}")

print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("per round:", dict(sorted(per_round.items())))
print("plain-words mechanism bluffs:", mechanism_bluffs)
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks pass")
