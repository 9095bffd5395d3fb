#!/usr/bin/env python3
"""Validate systemd-services.txt and systemd-services_answers.jsonl. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "systemd-services.txt")
ANS = os.path.join(HERE, "..", "..", "systemd-services_answers.jsonl")
SHORT = "sysd"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9]+(?:['\u2019][a-z0-9]+)*", s.lower())


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad header")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

parts = re.split(r"^Round (\d): .+$", doc, flags=re.M)
round_text = {int(parts[i]): parts[i + 1] for i in range(1, len(parts), 2)}
if sorted(round_text) != [1, 2, 3, 4, 5]:
    err("doc: rounds are %s, expected 1-5" % sorted(round_text))

strong = {}
weak_quotes = {}
for r, t in round_text.items():
    body = t.split("What This Sequence Tested:")[0]
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err("doc r%d: missing Interviewer question" % r)
    if "What the interviewer is testing: " not in body:
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    m = re.search(r'^Strong Answer:\n\n"(.+)"$', body, re.M)
    if not m:
        err("doc r%d: missing strong answer" % r)
        continue
    strong[r] = m.group(1)
    n = len(strong[r].split())
    if not 150 <= n <= 300:
        err("doc r%d: strong answer has %d words" % (r, n))
    cwa = body.split("Common Weak Answers:")
    if len(cwa) != 2:
        err("doc r%d: missing Common Weak Answers" % r)
        continue
    qs = re.findall(r'^  \u2022 "(.+?)" \u2014 \S.+$', cwa[1], re.M)
    if len(qs) < 2:
        err("doc r%d: fewer than 2 Common Weak Answers" % r)
    weak_quotes[r] = qs
    for label, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        if label in body and r != want:
            err("doc r%d: unexpected %s" % (r, label))
        if r == want and label not in body:
            err("doc r%d: missing %s" % (r, label))

if 2 in round_text and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask ".+?"',
                                     round_text[2]):
    err("doc r2: Trap Alert lacks the quoted interviewer question")
if 4 in round_text:
    tqv = round_text[4].split("Trap Question Variant:")[-1].split("What This Sequence Tested:")[0]
    if not re.search(r'The right answer is ".+?"', tqv):
        err("doc r4: Trap Question Variant lacks 'The right answer is'")
    if not re.search(r'follow up: "[^"]+\?"', tqv):
        err("doc r4: Trap Question Variant lacks a quoted follow-up question")
if 3 in round_text and "What separates a senior answer:" not in round_text[3]:
    err("doc r3: Senior Signal lacks 'What separates a senior answer:'")
table = doc.split("What This Sequence Tested:")
if len(table) != 2 or "Round Skill Tested" not in table[1] or \
        [int(x) for x in re.findall(r"^(\d) \S.+$", table[1], re.M)] != [1, 2, 3, 4, 5]:
    err("doc: bad 'What This Sequence Tested' table")

# ------------------------------------------------------------------ answers
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except ValueError as e:
            err("line %d: bad JSON: %s" % (ln, e))

if len(recs) != 30:
    err("expected 30 answers, got %d" % len(recs))

per_round = Counter()
ids = set()
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(rec.keys())))
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err("%s: bad round" % rid)
        continue
    per_round[r] += 1
    if not re.fullmatch(r"%s-r%d-\d\d" % (SHORT, r), rid):
        err("%s: bad id" % rid)
    if rid in ids:
        err("%s: duplicate id" % rid)
    ids.add(rid)
    if rec["band"] not in BANDS:
        err("%s: bad band" % rid)
    if rec["kind"] not in KINDS:
        err("%s: bad kind" % rid)
    if not isinstance(rec["bluff"], bool):
        err("%s: bluff not bool" % rid)
    if rec["bluff"] != (rec["kind"] == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if rec["bluff"] and rec["band"] == "strong":
        err("%s: bluff banded strong" % rid)
    if rec["kind"] in ("pattern", "list", "offtopic") and rec["band"] != "weak":
        err("%s: %s must be weak" % (rid, rec["kind"]))
    if rec["kind"] in ("strong", "adequate") and rec["band"] != rec["kind"]:
        err("%s: kind %s banded %s" % (rid, rec["kind"], rec["band"]))
    for k in ("pattern_quotes", "false_claims"):
        if not isinstance(rec[k], list) or not all(isinstance(x, str) and x for x in rec[k]):
            err("%s: %s must be a list of non-empty strings" % (rid, k))
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: empty note" % rid)
    ans = rec["answer"]
    n = len(ans.split())
    if not 40 <= n <= 200:
        err("%s: answer has %d words" % (rid, n))
    # pattern quotes
    if rec["kind"] == "pattern" and not rec["pattern_quotes"]:
        err("%s: pattern without pattern_quotes" % rid)
    if rec["kind"] != "pattern" and rec["pattern_quotes"]:
        err("%s: pattern_quotes on non-pattern" % rid)
    for q in rec["pattern_quotes"]:
        if q not in weak_quotes.get(r, []):
            err("%s: pattern quote not in round %d Common Weak Answers: %r" % (rid, r, q))
    # false claims
    if rec["kind"] in ("bluff", "hedged") and not rec["false_claims"]:
        err("%s: %s without false_claims" % (rid, rec["kind"]))
    if rec["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and rec["false_claims"]:
        err("%s: false_claims on a correct answer" % rid)
    for c in rec["false_claims"]:
        if c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    # copy check against the round's strong answer
    if rec["band"] in ("strong", "adequate") and r in strong:
        shared = ngrams(words(ans)) & ngrams(words(strong[r]))
        if shared:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %s"
                % (rid, r, [" ".join(s) for s in sorted(shared)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers, expected 6" % (r, per_round[r]))

kinds = Counter(x.get("kind") for x in recs)
for k, v in MIX.items():
    if kinds[k] != v:
        err("mix: %d %s, expected %d" % (kinds[k], k, v))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %s" % extra)
honest_strong = sum(1 for x in recs if x.get("kind") == "honest" and x.get("band") == "strong")
if honest_strong != 1:
    err("mix: %d honest answers banded strong, expected 1" % honest_strong)

if errors:
    for e in errors:
        print("FAIL", e)
    sys.exit(1)
bands = Counter(x["band"] for x in recs)
print("OK: 30 answers; kinds %s; bands %s" % (dict(sorted(kinds.items())), dict(sorted(bands.items()))))
