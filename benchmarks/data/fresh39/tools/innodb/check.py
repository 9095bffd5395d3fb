#!/usr/bin/env python3
"""Validate the mysql-innodb-locking gauntlet document and its 30 labelled answers.

Exit status 0 when every check passes, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "mysql-innodb-locking.txt")
ANS = os.path.join(HERE, "..", "..", "mysql-innodb-locking_answers.jsonl")
SHORT = "innodb"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_NAMES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]
HEDGES = ("i think", "i believe", "i'd check", "i would check", "not sure", "if i remember", "i'd have to check")

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9_]+(?:[.'-][a-z0-9_]+)*", text.lower())


def ngrams(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and the 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(h.group(1)) for h in heads] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headings, got %r" % [h.group(0) for h in heads])
table_at = doc.find("What This Sequence Tested:")
if table_at < 0:
    err("doc: missing 'What This Sequence Tested:' table")

rounds = {}
for i, h in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else table_at
    rounds[int(h.group(1))] = doc[h.start():end]
    if h.group(2) != ROUND_NAMES[i]:
        err("doc: round %d is named %r, expected %r" % (i + 1, h.group(2), ROUND_NAMES[i]))

strong_answers = {}
weak_quotes = {}
for r, sec in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err("doc r%d: missing quoted Interviewer question" % r)
    if not re.search(r"^What the interviewer is testing: .+$", sec, re.M):
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', sec, re.S)
    if not m:
        err("doc r%d: missing quoted Strong Answer" % r)
    else:
        strong_answers[r] = m.group(1)
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err("doc r%d: strong answer has %d words (150-300)" % (r, n))
    cw = re.search(r"Common Weak Answers:\n\n((?:  • .+\n?)+)", sec)
    if not cw:
        err("doc r%d: missing Common Weak Answers bullets" % r)
        weak_quotes[r] = []
    else:
        qs = []
        for line in cw.group(1).strip("\n").split("\n"):
            mm = re.match(r'  • "(.+?)" — (.+)$', line)
            if not mm:
                err("doc r%d: bad weak-answer bullet %r" % (r, line))
            else:
                qs.append(mm.group(1))
        if len(qs) < 2:
            err("doc r%d: need at least 2 Common Weak Answers" % r)
        weak_quotes[r] = qs

for label, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
    where = [r for r, sec in rounds.items() if label in sec]
    if where != [want]:
        err("doc: %r must appear exactly in round %d, found in %r" % (label, want, where))
if 4 in rounds:
    tqv = rounds[4].split("Trap Question Variant:", 1)[-1]
    if not re.search(r'"[^"]+\?"', tqv):
        err("doc r4: Trap Question Variant needs a quoted follow-up question")
if 2 in rounds and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask "[^"]+\?"', rounds[2]):
    err("doc r2: Trap Alert must start 'If the candidate bluffs here: The interviewer will ask \"...?\"'")
if 3 in rounds and "What separates a senior answer:" not in rounds[3]:
    err("doc r3: Senior Signal must start 'What separates a senior answer:'")
table = doc[table_at:]
if "Round Skill Tested" not in table or len(re.findall(r"^[1-5] \S.+$", table, re.M)) != 5:
    err("doc: table must have the 'Round Skill Tested' header and 5 rows")

# ------------------------------------------------------------------ answers
recs = []
for ln, line in enumerate(open(ANS, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        continue
    try:
        recs.append(json.loads(line))
    except json.JSONDecodeError as e:
        err("jsonl line %d: %s" % (ln, e))

seen = set()
per_round = Counter()
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err("%s: field order %r != %r" % (rid, list(r.keys()), FIELDS))
        continue
    m = re.fullmatch(r"%s-r([1-5])-(\d\d)" % SHORT, rid)
    if not m:
        err("%s: bad id" % rid)
        continue
    if rid in seen:
        err("%s: duplicate id" % rid)
    seen.add(rid)
    rnd = r["round"]
    if not isinstance(rnd, int) or rnd != int(m.group(1)):
        err("%s: round %r does not match id" % (rid, rnd))
        continue
    per_round[rnd] += 1
    if not isinstance(r["answer"], str) or not isinstance(r["note"], str) or not r["note"].strip():
        err("%s: answer and note must be non-empty strings" % rid)
        continue
    band, kind, bluff = r["band"], r["kind"], r["bluff"]
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    if not isinstance(bluff, bool):
        err("%s: bluff must be a boolean" % rid)
    if bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if kind == "bluff" and band == "strong":
        err("%s: a bluff cannot be banded strong" % rid)
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err("%s: kind %s must be banded weak" % (rid, kind))
    for f in ("pattern_quotes", "false_claims"):
        if not isinstance(r[f], list) or not all(isinstance(x, str) and x for x in r[f]):
            err("%s: %s must be a list of non-empty strings" % (rid, f))
    nw = len(r["answer"].split())
    if not 40 <= nw <= 200:
        err("%s: answer has %d words (40-200)" % (rid, nw))
    # pattern quotes
    if kind == "pattern":
        if not r["pattern_quotes"]:
            err("%s: pattern answer needs pattern_quotes" % rid)
    elif r["pattern_quotes"]:
        err("%s: only pattern answers carry pattern_quotes" % rid)
    for q in r["pattern_quotes"]:
        if q not in weak_quotes.get(rnd, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, rnd, q))
    # false claims
    for fc in r["false_claims"]:
        if fc not in r["answer"]:
            err("%s: false claim not verbatim in answer: %r" % (rid, fc))
    if kind in ("bluff", "hedged") and not r["false_claims"]:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and r["false_claims"]:
        err("%s: %s answer must not carry false_claims" % (rid, kind))
    if kind == "hedged" and not any(h in fc.lower() for fc in r["false_claims"] for h in HEDGES):
        err("%s: hedged false claim must contain its hedge" % rid)
    # 7-word overlap with the round's strong answer
    if band in ("strong", "adequate") or kind in ("strong", "adequate"):
        shared = ngrams(r["answer"]) & ngrams(strong_answers.get(rnd, ""))
        if shared:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %r"
                % (rid, rnd, [" ".join(s) for s in sorted(shared)][:3]))

if len(recs) != 30:
    err("expected 30 answers, found %d" % len(recs))
for rnd in range(1, 6):
    if per_round[rnd] != 6:
        err("round %d has %d answers (need 6)" % (rnd, per_round[rnd]))
    nums = sorted(int(r["id"][-2:]) for r in recs if r.get("round") == rnd)
    if nums != list(range(1, 7)):
        err("round %d ids must be -01..-06, got %r" % (rnd, nums))

kinds = Counter(r["kind"] for r in recs)
for k, n in MIX.items():
    if kinds[k] != n:
        err("mix: %d %s answers, need %d" % (kinds[k], k, n))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %r" % sorted(extra))
honest_strong = sum(1 for r in recs if r["kind"] == "honest" and r["band"] == "strong")
if honest_strong != 1:
    err("mix: exactly one honest answer must be banded strong, found %d" % honest_strong)

# at least two bluffs wrong about the mechanism in plain words: no digits, no identifiers, no acronyms
plain = 0
for r in recs:
    if r["kind"] == "bluff" and r["false_claims"]:
        fc = " ".join(r["false_claims"])
        if not re.search(r"\d|_|\b[A-Z]{2,}\b|=", fc) and not re.search(r"\b(?:MySQL|InnoDB|Percona|Oracle|SQL)\b", fc):
            plain += 1
if plain < 2:
    err("mix: need at least two bluffs whose false claim is plain words about the mechanism, found %d" % plain)

# ------------------------------------------------------------------ report
bands = Counter((r["kind"], r["band"]) for r in recs)
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(Counter(r["band"] for r in recs).items())))
print("kind/band:", {"%s/%s" % k: v for k, v in sorted(bands.items())})
print("plain-mechanism bluffs:", plain)
if errors:
    print("\nFAILED (%d):" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks passed")
