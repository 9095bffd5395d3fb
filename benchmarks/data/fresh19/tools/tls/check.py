#!/usr/bin/env python3
"""Validate tls-certificate-lifecycle.txt and tls-certificate-lifecycle_answers.jsonl. Exit 1 on any error."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "tls-certificate-lifecycle.txt")
JSONL = os.path.join(HERE, "..", "..", "tls-certificate-lifecycle_answers.jsonl")
SHORT = "tls"
FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return text.split()


def tokens(text):
    return re.findall(r"[a-z0-9]+(?:['\u2019\-][a-z0-9]+)*", text.lower())


def ngrams(toks, n=7):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and the 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.endswith("\nPrerequisite Topic Packs\n"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

parts = re.split(r"^Round (\d): .+$", doc, flags=re.M)
if [int(p) for p in parts[1::2]] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headers in order")
rounds = {int(parts[i]): parts[i + 1] for i in range(1, len(parts), 2)}
cwa = {}
strong_answer = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err("doc r%d: missing interviewer question" % r)
    if not re.search(r"^What the interviewer is testing: .+$", body, re.M):
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    m = re.search(r'^Strong Answer:\n\n"(.+)"$', body, re.M)
    if not m:
        err("doc r%d: missing strong answer" % r)
    else:
        strong_answer[r] = m.group(1)
        n = len(words(m.group(1)))
        if not 150 <= n <= 300:
            err("doc r%d: strong answer has %d words (150-300)" % (r, n))
    m = re.search(r"^Common Weak Answers:\n\n((?:  \u2022 .+\n)+)", body, re.M)
    if not m:
        err("doc r%d: missing Common Weak Answers" % r)
        cwa[r] = []
    else:
        qs = []
        for line in m.group(1).splitlines():
            q = re.match(r'  \u2022 "(.+?)" \u2014 \S.+$', line)
            if not q:
                err("doc r%d: malformed weak answer line: %s" % (r, line))
            else:
                qs.append(q.group(1))
        cwa[r] = qs
        if len(qs) < 2:
            err("doc r%d: fewer than 2 Common Weak Answers" % r)
    has_alert = "\nTrap Alert:\n\nIf the candidate bluffs here: " in body
    has_senior = "\nThe Senior Signal:\n\nWhat separates a senior answer: " in body
    has_variant = "\nTrap Question Variant:\n\n" in body
    if has_alert != (r == 2):
        err("doc r%d: Trap Alert must be in round 2 only" % r)
    if has_senior != (r == 3):
        err("doc r%d: Senior Signal must be in round 3 only" % r)
    if has_variant != (r == 4):
        err("doc r%d: Trap Question Variant must be in round 4 only" % r)
    if r == 4 and has_variant:
        tv = body.split("\nTrap Question Variant:\n\n", 1)[1].split("\n", 1)[0]
        if not re.search(r'"[^"]+\?"', tv):
            err("doc r4: Trap Question Variant lacks a quoted follow-up question")
        if "The right answer is" not in tv:
            err("doc r4: Trap Question Variant lacks 'The right answer is'")
table = re.search(r"What This Sequence Tested:\n\nRound Skill Tested\n((?:[1-5] .+\n){5})\nPrerequisite Topic Packs\n$", doc)
if not table:
    err("doc: malformed 'What This Sequence Tested' table")

# ---------------------------------------------------------------- answers
recs = []
for ln, line in enumerate(open(JSONL, encoding="utf-8"), 1):
    try:
        rec = json.loads(line)
    except ValueError as e:
        err("line %d: bad JSON: %s" % (ln, e))
        continue
    recs.append(rec)

if len(recs) != 30:
    err("expected 30 records, got %d" % len(recs))

seen = set()
per_round = Counter()
per_round_seq = {}
kinds = Counter()
bands = Counter()
honest_strong = 0
mechanism_bluffs = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(rec.keys())))
        continue
    m = re.fullmatch(r"%s-r([1-5])-(\d\d)" % SHORT, rid)
    if not m:
        err("%s: bad id" % rid)
        continue
    if rid in seen:
        err("%s: duplicate id" % rid)
    seen.add(rid)
    r = rec["round"]
    if not isinstance(r, int) or r != int(m.group(1)):
        err("%s: round %r does not match id" % (rid, r))
        continue
    per_round[r] += 1
    per_round_seq.setdefault(r, []).append(int(m.group(2)))
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    kinds[kind] += 1
    bands[band] += 1
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if bluff and band == "strong":
        err("%s: bluff banded strong" % rid)
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err("%s: kind %s must be banded weak" % (rid, kind))
    if kind == "honest" and band == "strong":
        honest_strong += 1
    ans = rec["answer"]
    if not isinstance(ans, str):
        err("%s: answer not a string" % rid)
        continue
    n = len(words(ans))
    if not 40 <= n <= 200:
        err("%s: answer has %d words (40-200)" % (rid, n))
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: empty note" % rid)
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes/false_claims must be lists" % rid)
        continue
    if kind == "pattern":
        if not pq:
            err("%s: pattern answer without pattern_quotes" % rid)
    elif pq:
        err("%s: pattern_quotes only allowed on pattern answers" % rid)
    for q in pq:
        if q not in cwa.get(r, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer without false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer must not have false_claims" % (rid, kind))
    for c in fc:
        if c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if kind == "hedged" and not re.search(r"\b(I think|I believe|I'd check|double-check|not sure)\b", ans):
        err("%s: hedged answer without an explicit hedge" % rid)
    if kind == "honest" and not re.search(r"look (it |that )?up|read(ing)? up|don't remember|couldn't tell", ans):
        err("%s: honest answer does not say what it would look up" % rid)
    if kind == "bluff" and "mechanism" in rec["note"]:
        # mechanism bluffs: the false claim carries no number and no proper name
        if all(not re.search(r"\d", c) and not re.search(r"[A-Z]", c[1:]) for c in fc):
            mechanism_bluffs += 1
        else:
            err("%s: mechanism bluff's false claim contains a number or a name" % rid)
    if band in ("strong", "adequate") and r in strong_answer:
        shared = ngrams(tokens(ans)) & ngrams(tokens(strong_answer[r]))
        if shared:
            err("%s: shares a 7-word sequence with the round %d strong answer: %r" % (rid, r, " ".join(sorted(shared)[0])))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers (need 6)" % (r, per_round[r]))
    if sorted(per_round_seq.get(r, [])) != list(range(1, 7)):
        err("round %d ids are not 01..06" % r)
for k, v in MIX.items():
    if kinds[k] != v:
        err("mix: %d %s answers (need %d)" % (kinds[k], k, v))
if kinds["weak"]:
    err("mix: unexpected kind 'weak'")
if honest_strong != 1:
    err("mix: %d honest answers banded strong (need exactly 1)" % honest_strong)
if mechanism_bluffs < 2:
    err("mix: %d plain-words mechanism bluffs (need at least 2)" % mechanism_bluffs)

if errors:
    for e in errors:
        print("ERROR:", e)
    print("%d error(s)" % len(errors))
    sys.exit(1)
print("OK: 30 records; kinds %s; bands %s; mechanism bluffs %d" % (dict(sorted(kinds.items())), dict(sorted(bands.items())), mechanism_bluffs))
