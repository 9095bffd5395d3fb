#!/usr/bin/env python3
"""Validate haproxy-load-balancing.txt and haproxy-load-balancing_answers.jsonl.

Run: python3 check.py   (exit status 0 and "OK" when every check passes)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "haproxy-load-balancing"
SHORT = "hap"
DOC = os.path.join(HERE, "..", "..", "gauntlets", NAME + ".txt")
JSONL = os.path.join(HERE, "..", "..", NAME + "_answers.jsonl")

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]
HEDGE_WORDS = ["i think", "not sure", "double-check", "i'd check", "verify", "i believe", "don't quote me"]
HONEST_WORDS = ["look up", "look it up", "don't know", "don't remember", "not sure", "read up", "read the docs"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9']+", text.lower().replace("`", " "))


def ngrams(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: need exactly Round 1..5 headings, found %s" % [m.group(1) for m in heads])
tail_start = doc.find("\nWhat This Sequence Tested:")
if tail_start < 0:
    err("doc: missing 'What This Sequence Tested:'")
rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tail_start
    rounds[int(m.group(1))] = doc[m.start():end]
    if m.group(2).strip() != ROUND_TITLES[i]:
        err("doc: round %d title %r" % (i + 1, m.group(2)))

cwa = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err("doc r%d: missing Interviewer question" % r)
    if not re.search(r"^What the interviewer is testing: .+$", body, re.M):
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    sm = re.search(r'Strong Answer:\n\n"(.+)"\n', body)
    if not sm:
        err("doc r%d: missing Strong Answer" % r)
    else:
        n = len(sm.group(1).split())
        if not 150 <= n <= 300:
            err("doc r%d: strong answer has %d words (150-300)" % (r, n))
    if "Common Weak Answers:\n\n" not in body:
        err("doc r%d: missing Common Weak Answers" % r)
    quotes = re.findall(r'^  \u2022 "(.+?)" \u2014 (.+)$', body, re.M)
    if not quotes:
        err("doc r%d: no Common Weak Answer bullets" % r)
    cwa[r] = [q for q, _ in quotes]
    for sec, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        present = ("\n%s\n" % sec) in body
        if present != (r == want):
            err("doc r%d: '%s' %s" % (r, sec, "unexpected" if present else "missing"))
    if r == 4:
        tv = body.split("Trap Question Variant:", 1)[-1]
        if not re.search(r'"[^"]+\?"', tv):
            err("doc r4: Trap Question Variant lacks a quoted follow-up question")
    if r == 2 and "If the candidate bluffs here:" not in body:
        err("doc r2: Trap Alert must start with 'If the candidate bluffs here:'")
    if r == 3 and "What separates a senior answer:" not in body:
        err("doc r3: Senior Signal must contain 'What separates a senior answer:'")

strong_doc = {}
for r, body in rounds.items():
    sm = re.search(r'Strong Answer:\n\n"(.+)"\n', body)
    strong_doc[r] = sm.group(1) if sm else ""

table = doc[tail_start:] if tail_start >= 0 else ""
if "Round Skill Tested" not in table:
    err("doc: table header 'Round Skill Tested' missing")
for r in range(1, 6):
    if not re.search(r"^%d \S.+$" % r, table, re.M):
        err("doc: table row %d missing" % r)

# ---------------------------------------------------------------- answers
recs = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err("jsonl line %d: blank" % ln)
            continue
        recs.append(json.loads(line))

if len(recs) != 30:
    err("jsonl: %d records, want 30" % len(recs))

seen_ids = set()
per_round = Counter()
kinds = Counter()
honest_strong = 0
plain_mech_bluffs = 0
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(rec.keys())))
        continue
    m = re.fullmatch(r"%s-r([1-5])-(0[1-6])" % SHORT, rid)
    if not m:
        err("%s: bad id" % rid)
        continue
    if rid in seen_ids:
        err("%s: duplicate id" % rid)
    seen_ids.add(rid)
    r = rec["round"]
    if not isinstance(r, int) or r != int(m.group(1)):
        err("%s: round %r does not match id" % (rid, r))
        continue
    per_round[r] += 1
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err("%s: band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: kind %r" % (rid, kind))
    kinds[kind] += 1
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if bluff and band == "strong":
        err("%s: a bluff cannot be banded strong" % rid)
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err("%s: kind %s must be banded weak" % (rid, kind))
    if kind == "honest" and band == "strong":
        honest_strong += 1
    ans = rec["answer"]
    if not isinstance(ans, str) or not ans.strip():
        err("%s: empty answer" % rid)
        continue
    nw = len(ans.split())
    if not 40 <= nw <= 200:
        err("%s: answer has %d words (40-200)" % (rid, nw))
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: empty note" % rid)
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes and false_claims must be lists" % rid)
        continue
    if kind == "pattern" and not pq:
        err("%s: pattern answer without pattern_quotes" % rid)
    if kind != "pattern" and pq:
        err("%s: pattern_quotes only for pattern answers" % rid)
    for q in pq:
        if q not in cwa.get(r, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer must have no false_claims" % (rid, kind))
    for c in fc:
        if not c or c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if kind == "bluff" and fc and all(not re.search(r"[0-9`]", c) and not re.search(r"\b[A-Z]{2,}", c)
                                      for c in fc):
        plain_mech_bluffs += 1
    low = ans.lower()
    if kind == "hedged" and not any(h in low for h in HEDGE_WORDS):
        err("%s: hedged answer has no explicit hedge" % rid)
    if kind == "honest" and not any(h in low for h in HONEST_WORDS):
        err("%s: honest answer does not say what it would look up" % rid)
    # no strong/adequate answer may share a 7-word sequence with its round's strong answer
    if band in ("strong", "adequate") or kind in ("strong", "adequate"):
        shared = ngrams(ans) & ngrams(strong_doc.get(r, ""))
        if shared:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %s"
                % (rid, r, [" ".join(s) for s in sorted(shared)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers, want 6" % (r, per_round[r]))
for k, n in MIX.items():
    if kinds[k] != n:
        err("mix: %d %s answers, want %d" % (kinds[k], k, n))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %s" % sorted(extra))
if honest_strong != 1:
    err("mix: %d honest answers banded strong, want exactly 1" % honest_strong)
if plain_mech_bluffs < 2:
    err("bluffs: %d bluffs with plain-words false claims (no digits, code or acronyms), want >= 2"
        % plain_mech_bluffs)

if errors:
    print("FAILED (%d):" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter(r["band"] for r in recs)
print("OK: %d records; kinds %s; bands %s; plain-words bluffs %d"
      % (len(recs), dict(sorted(kinds.items())), dict(sorted(bands.items())), plain_mech_bluffs))
