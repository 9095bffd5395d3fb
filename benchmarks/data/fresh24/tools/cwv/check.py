#!/usr/bin/env python3
"""Validate cwv.txt and cwv_answers.jsonl. Exit status 0 only if every check passes.

Run: python3 check.py
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "core-web-vitals.txt")
ANS = os.path.join(HERE, "..", "..", "core-web-vitals_answers.jsonl")
SHORT = "cwv"

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
    s = s.lower().replace("\u2019", "'")
    return re.findall(r"[a-z0-9']+", s)


def shingles(s, n=7):
    t = norm_tokens(s)
    return {tuple(t[i:i + n]) for i in range(len(t) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")

round_heads = list(re.finditer(r"^Round (\d): The (\w+)$", doc, re.M))
if [int(m.group(1)) for m in round_heads] != [1, 2, 3, 4, 5]:
    err("doc: expected headings Round 1..Round 5, got %r" % [m.group(0) for m in round_heads])
expected_names = ["Opening", "Probe", "Constraint", "Curveball", "Synthesis"]
if [m.group(2) for m in round_heads] != expected_names:
    err("doc: round names should be %r" % expected_names)

tail_at = doc.find("What This Sequence Tested:")
if tail_at < 0:
    err("doc: missing 'What This Sequence Tested:'")
    tail_at = len(doc)
sections = {}
for i, m in enumerate(round_heads):
    end = round_heads[i + 1].start() if i + 1 < len(round_heads) else tail_at
    sections[int(m.group(1))] = doc[m.start():end]

strong_answers = {}
weak_quotes = {}
for r, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err("doc r%d: missing Interviewer question" % r)
    if not re.search(r"^What the interviewer is testing: .+$", sec, re.M):
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n\nCommon Weak Answers:', sec, re.S)
    if not m:
        err("doc r%d: missing Strong Answer followed by Common Weak Answers" % r)
        continue
    strong_answers[r] = m.group(1)
    n = len(words(m.group(1)))
    if not 150 <= n <= 300:
        err("doc r%d: strong answer has %d words (need 150-300)" % (r, n))
    cwa = sec[m.end():]
    quotes = re.findall(r'^  \u2022 "(.+?)" \u2014 (.+)$', cwa, re.M)
    if len(quotes) < 2:
        err("doc r%d: need at least 2 Common Weak Answers (quoted, with why)" % r)
    weak_quotes[r] = [q for q, _why in quotes]

if "Trap Alert:" not in sections.get(2, "") or doc.count("Trap Alert:") != 1:
    err("doc: exactly one Trap Alert, in round 2")
elif "If the candidate bluffs here: The interviewer will ask \"" not in sections[2]:
    err("doc: Trap Alert must quote the interviewer's follow-up")
if "The Senior Signal:" not in sections.get(3, "") or doc.count("The Senior Signal:") != 1:
    err("doc: exactly one Senior Signal, in round 3")
if "Trap Question Variant:" not in sections.get(4, "") or doc.count("Trap Question Variant:") != 1:
    err("doc: exactly one Trap Question Variant, in round 4")
else:
    tqv = sections[4].split("Trap Question Variant:", 1)[1]
    if not re.search(r'"[^"]*\?"', tqv):
        err("doc r4: Trap Question Variant needs a quoted follow-up question")
tail = doc[tail_at:]
for r in range(1, 6):
    if not re.search(r"^%d \S.+$" % r, tail, re.M):
        err("doc: 'What This Sequence Tested' table lacks row %d" % r)
if "Round Skill Tested" not in tail:
    err("doc: table header 'Round Skill Tested' missing")
if doc.rstrip().splitlines()[-1] != "Prerequisite Topic Packs":
    err("doc: must end with 'Prerequisite Topic Packs'")

# ------------------------------------------------------------------ answers
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err("answers line %d: blank line" % ln)
            continue
        recs.append(json.loads(line))

if len(recs) != 30:
    err("answers: %d records, need 30" % len(recs))

ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    err("answers: duplicate ids")

per_round = Counter()
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %r != %r" % (rid, list(rec.keys()), FIELDS))
        continue
    rnd = rec["round"]
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err("%s: bad round %r" % (rid, rnd))
        continue
    per_round[rnd] += 1
    if not re.fullmatch(r"%s-r%d-\d\d" % (SHORT, rnd), rid):
        err("%s: id does not match %s-r%d-<nn>" % (rid, SHORT, rnd))
    kind, band = rec["kind"], rec["band"]
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if not isinstance(rec["bluff"], bool) or rec["bluff"] != (kind == "bluff"):
        err("%s: bluff must be true iff kind == bluff" % rid)
    if kind == "bluff" and band == "strong":
        err("%s: a bluff cannot be banded strong" % rid)
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err("%s: kind %s must be banded weak" % (rid, kind))
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: empty note" % rid)
    ans = rec["answer"]
    if not isinstance(ans, str):
        err("%s: answer is not a string" % rid)
        continue
    n = len(words(ans))
    if not 40 <= n <= 200:
        err("%s: answer has %d words (need 40-200)" % (rid, n))
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes and false_claims must be lists" % rid)
        continue
    if kind == "pattern" and not pq:
        err("%s: pattern answer needs pattern_quotes" % rid)
    if kind != "pattern" and pq:
        err("%s: only pattern answers carry pattern_quotes here" % rid)
    for q in pq:
        if q not in weak_quotes.get(rnd, []):
            err("%s: pattern_quote not verbatim in round %d Common Weak Answers: %r" % (rid, rnd, q))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer should have no false_claims" % (rid, kind))
    for c in fc:
        if not c or c not in ans:
            err("%s: false_claim not verbatim in answer: %r" % (rid, c))
    if kind == "hedged" and not re.search(r"\b(I think|I believe|I'd (?:want to )?(?:double )?check|not sure|I'd want to confirm)\b", ans):
        err("%s: hedged answer lacks an explicit hedge" % rid)
    # no strong/adequate answer may share a 7-word sequence with its round's strong answer
    if band in ("strong", "adequate") or kind in ("strong", "adequate"):
        common = shingles(ans) & shingles(strong_answers.get(rnd, ""))
        if common:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %r"
                % (rid, rnd, [" ".join(c) for c in sorted(common)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers, need 6" % (r, per_round[r]))

kinds = Counter(r["kind"] for r in recs)
for k, want in MIX.items():
    if kinds.get(k, 0) != want:
        err("mix: %s = %d, need %d" % (k, kinds.get(k, 0), want))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %r" % sorted(extra))
honest_strong = sum(1 for r in recs if r["kind"] == "honest" and r["band"] == "strong")
if honest_strong != 1:
    err("mix: exactly one honest answer must be banded strong (got %d)" % honest_strong)

if errors:
    print("FAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)

bands = Counter(r["band"] for r in recs)
print("OK: doc structure, 30 answers, 6 per round")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("kind x band:", dict(sorted(Counter((r["kind"], r["band"]) for r in recs).items())))
