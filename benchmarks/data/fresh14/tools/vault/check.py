#!/usr/bin/env python3
"""Validate vault.txt and vault_answers.jsonl against the brief's rules. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "vault.txt")
ANS = os.path.join(HERE, "vault_answers.jsonl")
SHORT = "vault"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

round_titles = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]
parts = re.split(r"^Round (\d): (.+)$", doc, flags=re.M)
# parts = [preamble, n1, title1, body1, n2, ...]
rounds = {}
for i in range(1, len(parts), 3):
    rounds[int(parts[i])] = (parts[i + 1].strip(), parts[i + 2])
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err("doc: expected rounds 1-5, got %s" % sorted(rounds))

strong_answers = {}
cwa_quotes = {}
for r in range(1, 6):
    if r not in rounds:
        continue
    title, body = rounds[r]
    if title != round_titles[r - 1]:
        err("doc round %d: title %r, expected %r" % (r, title, round_titles[r - 1]))
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err("doc round %d: missing Interviewer question" % r)
    if not re.search(r"^What the interviewer is testing: .+$", body, re.M):
        err("doc round %d: missing 'What the interviewer is testing'" % r)
    m = re.search(r'^Strong Answer:\n\n"(.+)"$', body, re.M)
    if not m:
        err("doc round %d: missing Strong Answer" % r)
    else:
        strong_answers[r] = m.group(1)
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err("doc round %d: strong answer has %d words (150-300)" % (r, n))
    m = re.search(r"^Common Weak Answers:\n\n((?:  • .+\n)+)", body, re.M)
    if not m:
        err("doc round %d: missing Common Weak Answers" % r)
        cwa_quotes[r] = []
    else:
        qs = []
        for line in m.group(1).splitlines():
            q = re.match(r'^  • "(.+?)" — .+$', line)
            if not q:
                err("doc round %d: malformed weak answer line %r" % (r, line))
            else:
                qs.append(q.group(1))
        if len(qs) < 2:
            err("doc round %d: need at least 2 Common Weak Answers" % r)
        cwa_quotes[r] = qs
    # special sections
    has_trap = "\nTrap Alert:\n\nIf the candidate bluffs here: The interviewer will ask \"" in body
    has_senior = "\nThe Senior Signal:\n\nWhat separates a senior answer: " in body
    tqv = re.search(r'\nTrap Question Variant:\n\nThe right answer is ".+?"(.+)', body)
    if (r == 2) != has_trap:
        err("doc round %d: Trap Alert must appear in round 2 only" % r)
    if (r == 3) != has_senior:
        err("doc round %d: Senior Signal must appear in round 3 only" % r)
    if (r == 4) != bool(tqv):
        err("doc round %d: Trap Question Variant must appear in round 4 only" % r)
    if r == 4 and tqv and not re.search(r'"[^"]+\?"', tqv.group(1)):
        err("doc round 4: Trap Question Variant needs a quoted follow-up question")

m = re.search(r"What This Sequence Tested:\n\nRound Skill Tested\n((?:\d .+\n){5})\nPrerequisite Topic Packs", doc)
if not m:
    err("doc: missing or malformed 'What This Sequence Tested' table")

# ---------------------------------------------------------------- answers
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("answers line %d: bad JSON (%s)" % (ln, e))

if len(recs) != 30:
    err("answers: expected 30 records, got %d" % len(recs))

per_round = Counter()
kinds = Counter()
ids = set()
honest_strong = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(rec.keys())))
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err("%s: bad round %r" % (rid, r))
        continue
    per_round[r] += 1
    if rid in ids:
        err("%s: duplicate id" % rid)
    ids.add(rid)
    if not re.fullmatch(r"%s-r%d-\d\d" % (SHORT, r), rid):
        err("%s: id does not match %s-r<round>-<nn>" % (rid, SHORT))
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    if not isinstance(bluff, bool):
        err("%s: bluff must be a boolean" % rid)
    if bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if bluff and band == "strong":
        err("%s: a bluff cannot be banded strong" % rid)
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err("%s: %s answers must be weak" % (rid, kind))
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    if kind == "honest" and band == "strong":
        honest_strong += 1
    kinds[kind] += 1

    ans = rec["answer"]
    if not isinstance(ans, str) or not ans.strip():
        err("%s: empty answer" % rid)
        continue
    nw = len(ans.split())
    if not 40 <= nw <= 200:
        err("%s: answer has %d words (40-200)" % (rid, nw))

    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes and false_claims must be lists" % rid)
        continue
    for q in pq:
        if q not in cwa_quotes.get(r, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    if kind == "pattern" and not pq:
        err("%s: pattern answer needs pattern_quotes" % rid)
    if kind != "pattern" and pq:
        err("%s: only pattern answers carry pattern_quotes" % rid)
    for c in fc:
        if not c or c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer should have no false_claims" % (rid, kind))
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: empty note" % rid)

    # no strong/adequate answer shares a 7-word sequence with its round's strong answer
    if band in ("strong", "adequate") and r in strong_answers:
        shared = ngrams(words(ans)) & ngrams(words(strong_answers[r]))
        if shared:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %s"
                % (rid, r, [" ".join(s) for s in sorted(shared)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d: %d answers, expected 6" % (r, per_round[r]))
for k, n in MIX.items():
    if kinds[k] != n:
        err("mix: %d %s answers, expected %d" % (kinds[k], k, n))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %s" % sorted(extra))
if honest_strong != 1:
    err("mix: exactly one honest answer must be banded strong (got %d)" % honest_strong)

if errors:
    print("FAIL (%d problems)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)

bands = Counter(r["band"] for r in recs)
print("OK: %d answers; kinds %s; bands %s" % (len(recs), dict(sorted(kinds.items())), dict(sorted(bands.items()))))
