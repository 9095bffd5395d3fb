#!/usr/bin/env python3
"""Validate cors-browser-security.txt and cors-browser-security_answers.jsonl.
Run: python3 check.py   (exit code 0 and 'ALL CHECKS PASSED' when valid)"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "cors-browser-security.txt")
JSONL = os.path.join(HERE, "..", "..", "cors-browser-security_answers.jsonl")
SHORT = "cors"

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


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if not lines[0] == "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M):
    err("doc: missing 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.endswith("\nPrerequisite Topic Packs\n"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: need Round 1..5 headings in order")
table_pos = doc.find("\nWhat This Sequence Tested:\n")
if table_pos < 0:
    err("doc: missing 'What This Sequence Tested:' section")
rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else table_pos
    rounds[int(m.group(1))] = doc[m.start():end]

strong_text = {}
weak_quotes = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+\?"$', body, re.M):
        err("doc r%d: missing interviewer question" % r)
    if not re.search(r"^What the interviewer is testing: .+$", body, re.M):
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    m = re.search(r'^Strong Answer:\n\n"(.+)"$', body, re.M)
    if not m:
        err("doc r%d: missing strong answer" % r)
    else:
        strong_text[r] = m.group(1)
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err("doc r%d: strong answer has %d words (need 150-300)" % (r, n))
    cw = re.search(r"^Common Weak Answers:\n\n((?:  • .+\n)+)", body, re.M)
    if not cw:
        err("doc r%d: missing Common Weak Answers" % r)
        weak_quotes[r] = []
    else:
        qs = []
        for ln in cw.group(1).strip("\n").split("\n"):
            q = re.match(r'^  • "(.+?)" — (.+)$', ln)
            if not q:
                err("doc r%d: bad weak-answer line: %r" % (r, ln))
            else:
                qs.append(q.group(1))
        if len(qs) < 2:
            err("doc r%d: need at least 2 Common Weak Answers" % r)
        weak_quotes[r] = qs
    has_trap = "\nTrap Alert:\n\nIf the candidate bluffs here:" in body
    has_senior = "\nThe Senior Signal:\n\nWhat separates a senior answer:" in body
    has_variant = "\nTrap Question Variant:\n\nThe right answer is \"" in body
    if has_trap != (r == 2):
        err("doc r%d: Trap Alert must be in round 2 only" % r)
    if has_senior != (r == 3):
        err("doc r%d: Senior Signal must be in round 3 only" % r)
    if has_variant != (r == 4):
        err("doc r%d: Trap Question Variant must be in round 4 only" % r)
    if r == 4 and has_variant:
        tv = body.split("\nTrap Question Variant:\n", 1)[1]
        if not re.search(r'"[^"]+\?"', tv):
            err("doc r4: Trap Question Variant needs a quoted follow-up question")
    if r == 2 and has_trap:
        ta = body.split("\nTrap Alert:\n", 1)[1]
        if not re.search(r'will ask "[^"]+\?"', ta):
            err("doc r2: Trap Alert needs the interviewer's quoted question")

if table_pos >= 0:
    tail = doc[table_pos:]
    rows = re.findall(r"^(\d) (.+)$", tail, re.M)
    if "\nRound Skill Tested\n" not in tail or [int(x) for x, _ in rows] != [1, 2, 3, 4, 5]:
        err("doc: table must have header 'Round Skill Tested' and rows 1..5")

# ---------------------------------------------------------------- answers
recs = []
with open(JSONL, encoding="utf-8") as f:
    for ln_no, ln in enumerate(f, 1):
        if not ln.strip():
            err("jsonl line %d: blank line" % ln_no)
            continue
        try:
            recs.append(json.loads(ln))
        except ValueError as e:
            err("jsonl line %d: bad JSON: %s" % (ln_no, e))

if len(recs) != 30:
    err("jsonl: need 30 records, found %d" % len(recs))

per_round = Counter()
seen_ids = set()
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order must be %s, got %s" % (rid, FIELDS, list(rec.keys())))
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err("%s: bad round %r" % (rid, r))
        continue
    per_round[r] += 1
    if rid in seen_ids:
        err("%s: duplicate id" % rid)
    seen_ids.add(rid)
    if not re.fullmatch(r"%s-r%d-\d\d" % (SHORT, r), rid):
        err("%s: id must be %s-r<round>-<nn> matching round %d" % (rid, SHORT, r))
    if rec["band"] not in BANDS:
        err("%s: bad band %r" % (rid, rec["band"]))
    if rec["kind"] not in KINDS:
        err("%s: bad kind %r" % (rid, rec["kind"]))
    if not isinstance(rec["bluff"], bool) or rec["bluff"] != (rec["kind"] == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if rec["kind"] == "bluff" and rec["band"] == "strong":
        err("%s: a bluff cannot be banded strong" % rid)
    if rec["kind"] in ("pattern", "list", "offtopic") and rec["band"] != "weak":
        err("%s: %s answers must be banded weak" % (rid, rec["kind"]))
    if rec["kind"] in ("strong", "adequate") and rec["band"] != rec["kind"]:
        err("%s: kind %s must have band %s" % (rid, rec["kind"], rec["kind"]))
    if not isinstance(rec["answer"], str) or not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: answer and note must be non-empty strings" % rid)
        continue
    n = len(rec["answer"].split())
    if not 40 <= n <= 200:
        err("%s: answer has %d words (need 40-200)" % (rid, n))
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes and false_claims must be lists" % rid)
        continue
    if rec["kind"] == "pattern" and not pq:
        err("%s: pattern answer needs pattern_quotes" % rid)
    if rec["kind"] != "pattern" and pq:
        err("%s: only pattern answers carry pattern_quotes" % rid)
    for q in pq:
        if q not in weak_quotes.get(r, []):
            err("%s: pattern_quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    if rec["kind"] in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, rec["kind"]))
    if rec["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer must have empty false_claims" % (rid, rec["kind"]))
    for c in fc:
        if c not in rec["answer"]:
            err("%s: false_claim not verbatim in answer: %r" % (rid, c))
    if rec["kind"] == "hedged" and not re.search(r"\b(I think|I believe|I'd (check|verify|double-check))", rec["answer"]):
        err("%s: hedged answer needs an explicit hedge" % rid)
    if rec["band"] in ("strong", "adequate") and r in strong_text:
        shared = ngrams(words(rec["answer"])) & ngrams(words(strong_text[r]))
        if shared:
            err("%s: shares a 7-word sequence with the round's strong answer: %r"
                % (rid, " ".join(sorted(shared)[0])))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d: need 6 answers, found %d" % (r, per_round[r]))

kinds = Counter(rec.get("kind") for rec in recs)
for k, want in MIX.items():
    if kinds[k] != want:
        err("mix: kind %s count %d, need %d" % (k, kinds[k], want))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %s" % sorted(extra))
honest_strong = sum(1 for rec in recs if rec.get("kind") == "honest" and rec.get("band") == "strong")
if honest_strong != 1:
    err("mix: exactly one honest answer must be banded strong, found %d" % honest_strong)

# ---------------------------------------------------------------- report
if errors:
    for e in errors:
        print("FAIL:", e)
    print("%d problem(s)" % len(errors))
    sys.exit(1)
bands = Counter(rec["band"] for rec in recs)
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("ALL CHECKS PASSED")
