#!/usr/bin/env python3
"""Validate mysql-replication.txt and mysql-replication_answers.jsonl. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "mysql-replication.txt")
ANS = os.path.join(HERE, "mysql-replication_answers.jsonl")
SHORT = "mysql"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9_]+(?:['.\-][a-z0-9_]+)*", s.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------- gauntlet document ----------------
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: title block missing")
if "Category: " not in doc or "Difficulty: " not in doc or "Duration: " not in doc or "Domains: " not in doc:
    err("doc: header line incomplete")

parts = re.split(r"\n(?=Round \d: )", doc)
rounds = {}
for p in parts[1:]:
    m = re.match(r"Round (\d): ", p)
    rounds[int(m.group(1))] = p
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err("doc: expected rounds 1-5, got %s" % sorted(rounds))

strong = {}
cwa = {}
for n, body in rounds.items():
    if not re.search(r"\nInterviewer: \".+\"\n", body):
        err("doc r%d: interviewer question missing" % n)
    if "\nWhat the interviewer is testing: " not in body:
        err("doc r%d: 'What the interviewer is testing' missing" % n)
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n\nCommon Weak Answers:\n\n', body, re.S)
    if not m:
        err("doc r%d: strong answer / Common Weak Answers block missing" % n)
        continue
    strong[n] = m.group(1)
    wc = len(strong[n].split())
    if not 150 <= wc <= 300:
        err("doc r%d: strong answer has %d words (150-300)" % (n, wc))
    block = body[m.end():].split("\n\n")[0].strip("\n")
    quotes = []
    for line in block.split("\n"):
        q = re.match(r'  \u2022 "(.+?)" \u2014 \S', line)
        if not q:
            err("doc r%d: bad Common Weak Answers line: %r" % (n, line[:60]))
        else:
            quotes.append(q.group(1))
    if len(quotes) < 2:
        err("doc r%d: fewer than 2 Common Weak Answers" % n)
    cwa[n] = quotes

for n, label in ((2, "Trap Alert:"), (3, "The Senior Signal:"), (4, "Trap Question Variant:")):
    for k, body in rounds.items():
        present = ("\n" + label + "\n") in body
        if k == n and not present:
            err("doc: %s missing from round %d" % (label, n))
        if k != n and present:
            err("doc: %s found in round %d (expected only round %d)" % (label, k, n))
if 2 in rounds and 'If the candidate bluffs here: The interviewer will ask "' not in rounds[2]:
    err("doc r2: Trap Alert lacks the quoted follow-up")
if 3 in rounds and "What separates a senior answer: " not in rounds[3]:
    err("doc r3: Senior Signal wording")
if 4 in rounds:
    tv = rounds[4].split("Trap Question Variant:")[-1]
    if not re.search(r'The right answer is ".+?"', tv):
        err("doc r4: Trap Question Variant lacks 'The right answer is \"...\"'")
    if not re.search(r'follows up: "[^"]+\?"', tv):
        err("doc r4: Trap Question Variant lacks a quoted follow-up question")
if "\nWhat This Sequence Tested:\n\nRound Skill Tested\n" not in doc:
    err("doc: 'What This Sequence Tested' table missing")
for n in range(1, 6):
    if not re.search(r"\n%d \S.+\n" % n, doc.split("What This Sequence Tested:")[-1]):
        err("doc: table row %d missing" % n)
if not doc.rstrip("\n").endswith("\n\nPrerequisite Topic Packs"):
    err("doc: trailing 'Prerequisite Topic Packs' line missing")

# ---------------- answers ----------------
recs = []
with open(ANS, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except ValueError as e:
            err("jsonl line %d: %s" % (i, e))

if len(recs) != 30:
    err("expected 30 records, got %d" % len(recs))

per_round = Counter()
seen_ids = set()
kinds = Counter()
bands = Counter()
honest_strong = 0
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(r.keys())))
        continue
    m = re.fullmatch(r"%s-r([1-5])-(0[1-6])" % SHORT, rid)
    if not m or int(m.group(1)) != r["round"]:
        err("%s: bad id or id/round mismatch" % rid)
    if rid in seen_ids:
        err("%s: duplicate id" % rid)
    seen_ids.add(rid)
    per_round[r["round"]] += 1
    if r["band"] not in BANDS:
        err("%s: bad band %r" % (rid, r["band"]))
    if r["kind"] not in KINDS:
        err("%s: bad kind %r" % (rid, r["kind"]))
    if not isinstance(r["bluff"], bool) or r["bluff"] != (r["kind"] == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if r["bluff"] and r["band"] == "strong":
        err("%s: bluff banded strong" % rid)
    if r["kind"] == "strong" and r["band"] != "strong":
        err("%s: kind strong must be band strong" % rid)
    if r["kind"] == "adequate" and r["band"] != "adequate":
        err("%s: kind adequate must be band adequate" % rid)
    if r["kind"] in ("pattern", "list", "offtopic", "weak") and r["band"] != "weak":
        err("%s: kind %s must be band weak" % (rid, r["kind"]))
    if not isinstance(r["pattern_quotes"], list) or not isinstance(r["false_claims"], list):
        err("%s: pattern_quotes/false_claims must be lists" % rid)
        continue
    if not isinstance(r["note"], str) or not r["note"].strip():
        err("%s: empty note" % rid)
    # pattern quotes
    if r["kind"] == "pattern":
        if not r["pattern_quotes"]:
            err("%s: pattern answer without pattern_quotes" % rid)
    elif r["pattern_quotes"]:
        err("%s: pattern_quotes on a non-pattern answer" % rid)
    for q in r["pattern_quotes"]:
        if q not in cwa.get(r["round"], []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r["round"], q))
    # false claims
    if r["kind"] in ("bluff", "hedged") and not r["false_claims"]:
        err("%s: %s answer without false_claims" % (rid, r["kind"]))
    if r["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and r["false_claims"]:
        err("%s: correct-kind answer lists false_claims" % rid)
    for c in r["false_claims"]:
        if c not in r["answer"]:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    # length
    wc = len(r["answer"].split())
    if not 40 <= wc <= 200:
        err("%s: answer has %d words (40-200)" % (rid, wc))
    # 7-word overlap with the round's strong answer
    if r["band"] in ("strong", "adequate") and r["round"] in strong:
        shared = ngrams(words(r["answer"])) & ngrams(words(strong[r["round"]]))
        if shared:
            err("%s: shares 7-word sequence(s) with strong answer: %s"
                % (rid, [" ".join(s) for s in sorted(shared)][:3]))
    kinds[r["kind"]] += 1
    bands[r["band"]] += 1
    if r["kind"] == "honest" and r["band"] == "strong":
        honest_strong += 1

for n in range(1, 6):
    if per_round[n] != 6:
        err("round %d has %d answers (need 6)" % (n, per_round[n]))
for k, v in MIX.items():
    if kinds[k] != v:
        err("mix: %s = %d (need %d)" % (k, kinds[k], v))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %s" % sorted(extra))
if honest_strong != 1:
    err("mix: %d honest answers banded strong (need exactly 1)" % honest_strong)

if errors:
    print("FAIL (%d problems)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("OK: document has 5 rounds; %d answers; kinds %s; bands %s"
      % (len(recs), dict(sorted(kinds.items())), dict(sorted(bands.items()))))
