#!/usr/bin/env python3
"""Validate prometheus-cardinality.txt and prometheus-cardinality_answers.jsonl."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "prometheus-cardinality.txt")
ANS = os.path.join(HERE, "prometheus-cardinality_answers.jsonl")
SHORT = "prom"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_NAMES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return len(s.split())


def tokens(s):
    return re.findall(r"[a-z0-9]+", s.lower())


def ngrams(toks, n=7):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


# ---------------- document ----------------
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and the 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(h.group(1)) for h in heads] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headers, got %r" % [h.group(1) for h in heads])
tail_pos = doc.find("What This Sequence Tested:")
if tail_pos < 0:
    err("doc: missing 'What This Sequence Tested:'")
sections = {}
for i, h in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tail_pos
    sections[int(h.group(1))] = doc[h.start():end]
    if h.group(2).strip() != ROUND_NAMES[i]:
        err("doc: round %d name %r, expected %r" % (i + 1, h.group(2), ROUND_NAMES[i]))

strong_text = {}
cwa = {}
for r, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err("doc r%d: missing quoted Interviewer question" % r)
    if "What the interviewer is testing: " not in sec:
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', sec, re.S)
    if not m:
        err("doc r%d: missing quoted Strong Answer" % r)
        strong_text[r] = ""
    else:
        strong_text[r] = m.group(1)
        n = words(m.group(1))
        if not 150 <= n <= 300:
            err("doc r%d: strong answer has %d words (need 150-300)" % (r, n))
    if "Common Weak Answers:" not in sec:
        err("doc r%d: missing Common Weak Answers" % r)
    quotes = re.findall(r'^  \u2022 "(.+?)" \u2014 \S.+$', sec, re.M)
    if len(quotes) < 2:
        err("doc r%d: need at least 2 Common Weak Answers with a reason, found %d" % (r, len(quotes)))
    cwa[r] = quotes

for r, label in [(2, "Trap Alert:"), (3, "The Senior Signal:"), (4, "Trap Question Variant:")]:
    for rr, sec in sections.items():
        if (label in sec) != (rr == r):
            err("doc: %r must appear in round %d only (round %d: %s)" % (label, r, rr, label in sec))
if "If the candidate bluffs here:" not in sections.get(2, ""):
    err("doc r2: Trap Alert must start 'If the candidate bluffs here:'")
if "What separates a senior answer:" not in sections.get(3, ""):
    err("doc r3: Senior Signal must start 'What separates a senior answer:'")
tqv = sections.get(4, "").split("Trap Question Variant:", 1)[-1]
if not tqv.strip().startswith('The right answer is "'):
    err("doc r4: Trap Question Variant must start 'The right answer is \"...\"'")
if not re.search(r'"[^"]+\?"', tqv):
    err("doc r4: Trap Question Variant needs a quoted follow-up question")

tail = doc[tail_pos:] if tail_pos >= 0 else ""
rows = re.findall(r"^([1-5]) \S.+$", tail, re.M)
if "Round Skill Tested" not in tail or rows != ["1", "2", "3", "4", "5"]:
    err("doc: 'What This Sequence Tested' table malformed")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

# ---------------- answers ----------------
recs = []
for ln, line in enumerate(open(ANS, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        err("answers line %d: blank line" % ln)
        continue
    recs.append(json.loads(line))

if len(recs) != 30:
    err("answers: %d records, expected 30" % len(recs))

per_round = Counter()
kinds = Counter()
seen_ids = set()
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %r" % (rid, list(rec.keys())))
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err("%s: bad round %r" % (rid, r))
        continue
    per_round[r] += 1
    exp_id = "%s-r%d-%02d" % (SHORT, r, per_round[r])
    if rid != exp_id or rid in seen_ids:
        err("%s: id should be %s (and unique)" % (rid, exp_id))
    seen_ids.add(rid)
    a, band, kind, bluff = rec["answer"], rec["band"], rec["kind"], rec["bluff"]
    pq, fc, note = rec["pattern_quotes"], rec["false_claims"], rec["note"]
    if not isinstance(a, str) or not 40 <= words(a) <= 200:
        err("%s: answer has %d words (need 40-200)" % (rid, words(a)))
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind == bluff" % rid)
    if not isinstance(pq, list) or not isinstance(fc, list) or not all(isinstance(x, str) for x in pq + fc):
        err("%s: pattern_quotes/false_claims must be lists of strings" % rid)
        continue
    if not isinstance(note, str) or not note.strip():
        err("%s: empty note" % rid)
    kinds[kind] += 1
    # band rules
    if kind == "bluff" and band == "strong":
        err("%s: bluff banded strong" % rid)
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err("%s: %s must be weak" % (rid, kind))
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    # quotes and claims
    if kind == "pattern" and not pq:
        err("%s: pattern answer without pattern_quotes" % rid)
    if kind != "pattern" and pq:
        err("%s: pattern_quotes only expected on pattern answers" % rid)
    for q in pq:
        if q not in cwa.get(r, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer without false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer should have no false_claims" % (rid, kind))
    for c in fc:
        if c not in a:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if kind == "hedged" and not re.search(r"\b(I think|I believe|I'd (want to |double-)?check|not sure|if I remember)", a):
        err("%s: hedged answer lacks an explicit hedge" % rid)
    # copying the round's strong answer
    if band in ("strong", "adequate"):
        shared = ngrams(tokens(a)) & ngrams(tokens(strong_text.get(r, "")))
        if shared:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %r"
                % (rid, r, [" ".join(s) for s in sorted(shared)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers, expected 6" % (r, per_round[r]))
for k, n in MIX.items():
    if kinds[k] != n:
        err("mix: %d %s answers, expected %d" % (kinds[k], k, n))
if kinds["weak"]:
    err("mix: kind 'weak' not expected in this set")
honest_strong = sum(1 for x in recs if x.get("kind") == "honest" and x.get("band") == "strong")
if honest_strong != 1:
    err("mix: %d honest answers banded strong, expected exactly 1" % honest_strong)

if errors:
    print("FAIL (%d problems)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter(x["band"] for x in recs)
print("OK: document and %d answers valid" % len(recs))
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
for k in sorted(MIX):
    print("  %-9s" % k, dict(sorted(Counter(x["band"] for x in recs if x["kind"] == k).items())))
