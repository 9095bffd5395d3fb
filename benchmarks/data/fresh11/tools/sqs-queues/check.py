#!/usr/bin/env python3
"""Validate sqs-queues.txt and sqs-queues_answers.jsonl. Exits non-zero on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "sqs-queues.txt")
ANS = os.path.join(HERE, "..", "..", "sqs-queues_answers.jsonl")
SHORT = "sqs"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return s.split()


def norm_tokens(s):
    return re.findall(r"[a-z0-9]+(?:['.\-][a-z0-9]+)*", s.lower())


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad header")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")
if "What This Sequence Tested:\n\nRound Skill Tested\n" not in doc:
    err("doc: missing 'What This Sequence Tested' table")

titles = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]
parts = re.split(r"^Round (\d): (.+)$", doc, flags=re.M)
# parts: [pre, n, title, body, n, title, body, ...]
rounds = {}
for i in range(1, len(parts), 3):
    rounds[int(parts[i])] = (parts[i + 1], parts[i + 2])
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err("doc: expected rounds 1-5, got %s" % sorted(rounds))

cwa = {}
strong_text = {}
for n, (title, body) in rounds.items():
    if title != titles[n - 1]:
        err("doc: round %d title %r" % (n, title))
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err("doc: round %d missing interviewer question" % n)
    if not re.search(r"^What the interviewer is testing: .+$", body, re.M):
        err("doc: round %d missing 'What the interviewer is testing'" % n)
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', body, re.S)
    if not m:
        err("doc: round %d missing strong answer" % n)
        continue
    strong_text[n] = m.group(1)
    wc = len(words(m.group(1)))
    if not 150 <= wc <= 300:
        err("doc: round %d strong answer has %d words" % (n, wc))
    m2 = re.search(r"Common Weak Answers:\n\n((?:  \u2022 .+\n)+)", body)
    if not m2:
        err("doc: round %d missing Common Weak Answers" % n)
        continue
    quotes = []
    for line in m2.group(1).splitlines():
        q = re.match(r'  \u2022 "(.+?)" \u2014 .+', line)
        if not q:
            err("doc: round %d bad weak-answer line %r" % (n, line))
        else:
            quotes.append(q.group(1))
    cwa[n] = quotes
    has_trap = "Trap Alert:" in body
    has_senior = "The Senior Signal:" in body
    has_variant = "Trap Question Variant:" in body
    if has_trap != (n == 2):
        err("doc: Trap Alert must be in round 2 only (round %d)" % n)
    if has_senior != (n == 3):
        err("doc: Senior Signal must be in round 3 only (round %d)" % n)
    if has_variant != (n == 4):
        err("doc: Trap Question Variant must be in round 4 only (round %d)" % n)
    if n == 2 and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask ".+\?"', body):
        err("doc: trap alert lacks quoted follow-up question")
    if n == 3 and "What separates a senior answer:" not in body:
        err("doc: senior signal wording")
    if n == 4:
        tv = body.split("Trap Question Variant:", 1)[1]
        if not re.search(r'"[^"]+\?"', tv):
            err("doc: trap question variant lacks a quoted follow-up question")

# ---------------------------------------------------------------- answers
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except ValueError as e:
            err("answers line %d: bad json %s" % (ln, e))

if len(recs) != 30:
    err("answers: expected 30 records, got %d" % len(recs))

per_round = Counter()
kinds = Counter()
ids = set()
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(r.keys())))
        continue
    rnd = r["round"]
    if rnd not in range(1, 6):
        err("%s: bad round" % rid)
        continue
    per_round[rnd] += 1
    if not re.fullmatch(r"%s-r%d-\d\d" % (SHORT, rnd), rid):
        err("%s: bad id" % rid)
    if rid in ids:
        err("%s: duplicate id" % rid)
    ids.add(rid)
    if r["band"] not in BANDS:
        err("%s: bad band" % rid)
    if r["kind"] not in KINDS:
        err("%s: bad kind" % rid)
    if not isinstance(r["bluff"], bool) or r["bluff"] != (r["kind"] == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if r["kind"] == "bluff" and r["band"] == "strong":
        err("%s: bluff banded strong" % rid)
    if r["kind"] in ("pattern", "list", "offtopic") and r["band"] != "weak":
        err("%s: %s must be weak" % (rid, r["kind"]))
    if r["kind"] in ("strong", "adequate") and r["band"] != r["kind"]:
        err("%s: kind %s banded %s" % (rid, r["kind"], r["band"]))
    kinds[r["kind"]] += 1
    wc = len(words(r["answer"]))
    if not 40 <= wc <= 200:
        err("%s: answer has %d words" % (rid, wc))
    if not isinstance(r["pattern_quotes"], list) or not isinstance(r["false_claims"], list):
        err("%s: pattern_quotes/false_claims must be lists" % rid)
        continue
    if r["kind"] == "pattern" and not r["pattern_quotes"]:
        err("%s: pattern answer without pattern_quotes" % rid)
    if r["kind"] != "pattern" and r["pattern_quotes"]:
        err("%s: pattern_quotes on non-pattern answer" % rid)
    for q in r["pattern_quotes"]:
        if q not in cwa.get(rnd, []):
            err("%s: pattern quote not verbatim in round %d weak answers: %r" % (rid, rnd, q))
    if r["kind"] in ("bluff", "hedged") and not r["false_claims"]:
        err("%s: %s needs false_claims" % (rid, r["kind"]))
    if r["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and r["false_claims"]:
        err("%s: correct/%s answer should have no false_claims" % (rid, r["kind"]))
    for c in r["false_claims"]:
        if c not in r["answer"]:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if r["kind"] == "hedged" and not re.search(r"\b(I think|I want to say|I believe|not sure|don't quote me|I'd check|double-check)\b", r["answer"]):
        err("%s: hedged answer lacks an explicit hedge" % rid)
    if r["kind"] == "honest" and not re.search(r"look (it|those|them|that)? ?up|check the docs|read up", r["answer"]):
        err("%s: honest answer doesn't say what it would look up" % rid)
    if not r["note"].strip():
        err("%s: empty note" % rid)
    if r["band"] in ("strong", "adequate") and rnd in strong_text:
        shared = ngrams(norm_tokens(r["answer"])) & ngrams(norm_tokens(strong_text[rnd]))
        if shared:
            err("%s: shares 7-word sequence(s) with round strong answer: %s" % (rid, [" ".join(s) for s in shared]))

for n in range(1, 6):
    if per_round[n] != 6:
        err("round %d has %d answers, expected 6" % (n, per_round[n]))
for k, v in MIX.items():
    if kinds[k] != v:
        err("mix: kind %s has %d, expected %d" % (k, kinds[k], v))
if kinds["weak"]:
    err("mix: unexpected kind weak")
honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
if honest_strong != 1:
    err("mix: expected exactly one honest answer banded strong, got %d" % honest_strong)

if errors:
    print("FAIL (%d)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter(r["band"] for r in recs)
print("OK: 30 answers; kinds %s; bands %s" % (dict(sorted(kinds.items())), dict(sorted(bands.items()))))
