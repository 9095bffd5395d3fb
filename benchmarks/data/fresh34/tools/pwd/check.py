#!/usr/bin/env python3
"""Validate password-storage.txt and pwd_answers.jsonl against the brief's rules. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "password-storage.txt")
ANS = os.path.join(HERE, "..", "..", "password-storage_answers.jsonl")
SHORT = "pwd"

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


# ---------------- document ----------------
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad title block")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headings in order, got %r" % [m.group(1) for m in heads])
tested = doc.find("\nWhat This Sequence Tested:")
if tested < 0:
    err("doc: missing 'What This Sequence Tested:'")
else:
    table = doc[tested:]
    if "Round Skill Tested" not in table:
        err("doc: table header missing")
    for r in range(1, 6):
        if not re.search(r"^%d \S.+$" % r, table, re.M):
            err("doc: table row %d missing" % r)

rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tested
    rounds[int(m.group(1))] = doc[m.start():end]

strong_answers = {}
weak_quotes = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+\?"$', body, re.M):
        err("doc r%d: interviewer question missing" % r)
    if "\nWhat the interviewer is testing: " not in body:
        err("doc r%d: 'What the interviewer is testing' missing" % r)
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n\nCommon Weak Answers:\n\n', body, re.S)
    if not m:
        err("doc r%d: strong answer / Common Weak Answers block not found" % r)
        continue
    sa = m.group(1)
    strong_answers[r] = sa
    n = len(words(sa))
    if not 150 <= n <= 300:
        err("doc r%d: strong answer has %d words (need 150-300)" % (r, n))
    after = body[m.end():]
    qs = re.findall(r'^  \u2022 "(.+?)" \u2014 \S.+$', after, re.M)
    if len(qs) < 2:
        err("doc r%d: need at least 2 Common Weak Answers, found %d" % (r, len(qs)))
    weak_quotes[r] = qs
    has = {k: (k in body) for k in ("Trap Alert:", "The Senior Signal:", "Trap Question Variant:")}
    want = {2: "Trap Alert:", 3: "The Senior Signal:", 4: "Trap Question Variant:"}
    for k, present in has.items():
        if present and want.get(r) != k:
            err("doc r%d: unexpected section %s" % (r, k))
    if r in want and not has[want[r]]:
        err("doc r%d: missing %s" % (r, want[r]))
    if r == 2 and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask ".+\?"', body):
        err("doc r2: trap alert must start 'If the candidate bluffs here' with a quoted question")
    if r == 3 and "The Senior Signal:\n\nWhat separates a senior answer: " not in body:
        err("doc r3: senior signal wording")
    if r == 4:
        tqv = body[body.find("Trap Question Variant:"):]
        if not tqv.startswith('Trap Question Variant:\n\nThe right answer is "'):
            err("doc r4: trap question variant must start 'The right answer is \"...\"'")
        if not re.search(r'"[^"]+\?"', tqv):
            err("doc r4: trap question variant needs a quoted follow-up question")

# ---------------- answers ----------------
records = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line:
            err("answers line %d: empty" % ln)
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            err("answers line %d: bad JSON %s" % (ln, e))
            continue
        records.append(rec)

if len(records) != 30:
    err("answers: expected 30 records, got %d" % len(records))

ids = set()
per_round = Counter()
kinds = Counter()
honest_strong = 0
for rec in records:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %r" % (rid, list(rec.keys())))
        continue
    m = re.fullmatch(r"%s-r([1-5])-(\d\d)" % SHORT, rid)
    if not m:
        err("%s: bad id" % rid)
        continue
    if rid in ids:
        err("%s: duplicate id" % rid)
    ids.add(rid)
    r = rec["round"]
    if not isinstance(r, int) or isinstance(r, bool) or r != int(m.group(1)):
        err("%s: round %r does not match id" % (rid, r))
        continue
    per_round[r] += 1
    if not 1 <= int(m.group(2)) <= 6:
        err("%s: sequence number out of 01-06" % rid)
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    ans, pq, fc, note = rec["answer"], rec["pattern_quotes"], rec["false_claims"], rec["note"]
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    kinds[kind] += 1
    if not isinstance(bluff, bool):
        err("%s: bluff must be boolean" % rid)
    if bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if kind == "bluff" and band == "strong":
        err("%s: a bluff cannot be banded strong" % rid)
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err("%s: kind %s must be banded weak" % (rid, kind))
    if kind == "hedged" and band == "strong":
        err("%s: hedged answer banded strong" % rid)
    if kind == "honest" and band == "strong":
        honest_strong += 1
    if not isinstance(ans, str) or not isinstance(note, str) or not note.strip():
        err("%s: answer/note must be non-empty strings" % rid)
        continue
    n = len(words(ans))
    if not 40 <= n <= 200:
        err("%s: answer has %d words (need 40-200)" % (rid, n))
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes/false_claims must be lists" % rid)
        continue
    for q in pq:
        if q not in weak_quotes.get(r, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    if kind == "pattern" and not pq:
        err("%s: pattern answer without pattern_quotes" % rid)
    for c in fc:
        if not c or c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer must have empty false_claims" % (rid, kind))
    if kind != "pattern" and kind != "bluff" and pq:
        err("%s: %s answer should not carry pattern_quotes" % (rid, kind))
    if band in ("strong", "adequate") and r in strong_answers:
        shared = shingles(ans) & shingles(strong_answers[r])
        if shared:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %r"
                % (rid, r, [" ".join(s) for s in sorted(shared)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers (need 6)" % (r, per_round[r]))
for k, want in MIX.items():
    if kinds[k] != want:
        err("mix: kind %s has %d (need %d)" % (k, kinds[k], want))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %r" % extra)
if honest_strong != 1:
    err("mix: exactly one honest answer must be banded strong, found %d" % honest_strong)

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
bands = Counter((r["kind"], r["band"]) for r in records)
print("OK: document and %d answers pass" % len(records))
for (k, b), c in sorted(bands.items()):
    print("  %-9s %-9s %d" % (k, b, c))
