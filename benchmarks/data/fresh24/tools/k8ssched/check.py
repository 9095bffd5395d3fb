#!/usr/bin/env python3
"""Validate k8ssched.txt and k8ssched_answers.jsonl. Exit 0 if every check passes.

Run: python3 check.py
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "kubernetes-scheduling.txt")
ANS = os.path.join(HERE, "..", "..", "kubernetes-scheduling_answers.jsonl")
SHORT = "k8ssched"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_TITLES = {1: "The Opening", 2: "The Probe", 3: "The Constraint", 4: "The Curveball", 5: "The Synthesis"}
HEDGE_WORDS = ("i think", "i believe", "i'd double-check", "i'd want to confirm", "not sure", "don't quote me",
               "i'd check", "if i remember")

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['’][a-z0-9]+)*", text.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------------------------------------------------------- document
with open(DOC, encoding="utf-8") as f:
    doc = f.read()
lines = doc.split("\n")

if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not lines[2].startswith("Interview Gauntlet: "):
    err("doc: third line must be the title 'Interview Gauntlet: ...'")
if not re.match(r"Category: .+ Difficulty: L\d Duration: .+ Domains: .+", lines[4]):
    err("doc: metadata line malformed")
if not doc.endswith("Prerequisite Topic Packs\n"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

heads = [(m.start(), int(m.group(1)), m.group(2)) for m in re.finditer(r"^Round (\d): (.+)$", doc, re.M)]
if [h[1] for h in heads] != [1, 2, 3, 4, 5]:
    err("doc: need Round 1..5 headings in order, found %s" % [h[1] for h in heads])
table_at = doc.find("\nWhat This Sequence Tested:\n")
if table_at < 0:
    err("doc: missing 'What This Sequence Tested:' table")
sections = {}
for i, (start, num, title) in enumerate(heads):
    end = heads[i + 1][0] if i + 1 < len(heads) else table_at
    sections[num] = doc[start:end]
    if ROUND_TITLES.get(num) != title:
        err("doc: round %d title %r, expected %r" % (num, title, ROUND_TITLES.get(num)))

weak_quotes = {}
strong_answers = {}
for num, sec in sections.items():
    order = ["\nInterviewer: \"", "\nWhat the interviewer is testing: ", "\nStrong Answer:\n", "\nCommon Weak Answers:\n"]
    pos = [sec.find(tag) for tag in order]
    if min(pos) < 0 or pos != sorted(pos):
        err("doc: round %d missing or misordered Interviewer/testing/Strong Answer/Common Weak Answers" % num)
        continue
    m = re.search(r"\nStrong Answer:\n\n\"(.+)\"\n", sec)
    if not m:
        err("doc: round %d strong answer must be one quoted paragraph" % num)
    else:
        strong_answers[num] = m.group(1)
        wc = len(m.group(1).split())
        if not 150 <= wc <= 300:
            err("doc: round %d strong answer has %d words (need 150-300)" % (num, wc))
    quotes = re.findall(r"^  • \"(.+?)\" — (.+)$", sec, re.M)
    if not quotes:
        err("doc: round %d has no Common Weak Answers bullets" % num)
    for q, why in quotes:
        if len(why.split()) < 5:
            err("doc: round %d weak answer %r lacks a reason" % (num, q))
    weak_quotes[num] = [q for q, _ in quotes]
    has = {
        "Trap Alert": "\nTrap Alert:\n" in sec,
        "Senior Signal": "\nThe Senior Signal:\n" in sec,
        "Trap Question Variant": "\nTrap Question Variant:\n" in sec,
    }
    want = {"Trap Alert": num == 2, "Senior Signal": num == 3, "Trap Question Variant": num == 4}
    for k in has:
        if has[k] != want[k]:
            err("doc: round %d %s present=%s, expected %s" % (num, k, has[k], want[k]))
    if num == 2 and has["Trap Alert"]:
        ta = sec.split("\nTrap Alert:\n", 1)[1]
        if "If the candidate bluffs here: The interviewer will ask \"" not in ta or "It's perfectly fine to say \"" not in ta:
            err("doc: round 2 Trap Alert lacks the follow-up question or the honest-answer sentence")
    if num == 3 and has["Senior Signal"]:
        if "What separates a senior answer: " not in sec.split("\nThe Senior Signal:\n", 1)[1]:
            err("doc: round 3 Senior Signal lacks 'What separates a senior answer:'")
    if num == 4 and has["Trap Question Variant"]:
        tq = sec.split("\nTrap Question Variant:\n", 1)[1]
        if not tq.lstrip().startswith("The right answer is \""):
            err("doc: round 4 Trap Question Variant must start with 'The right answer is \"...\"'")
        if not re.search(r"\"[^\"]+\?\"", tq):
            err("doc: round 4 Trap Question Variant needs a quoted follow-up question")

if table_at >= 0:
    tail = doc[table_at:]
    if "\nRound Skill Tested\n" not in tail:
        err("doc: table header 'Round Skill Tested' missing")
    rows = re.findall(r"^([1-5]) \S.+$", tail, re.M)
    if rows != ["1", "2", "3", "4", "5"]:
        err("doc: table must have rows 1-5, found %s" % rows)

# ---------------------------------------------------------------- answers
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err("answers: blank line %d" % ln)
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("answers: line %d not JSON: %s" % (ln, e))

if len(recs) != 30:
    err("answers: %d records, need 30" % len(recs))

per_round = Counter()
kinds = Counter()
honest_strong = 0
seen_ids = set()
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(r.keys())))
        continue
    if rid in seen_ids:
        err("%s: duplicate id" % rid)
    seen_ids.add(rid)
    rnd = r["round"]
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err("%s: bad round %r" % (rid, rnd))
        continue
    per_round[rnd] += 1
    if rid != "%s-r%d-%02d" % (SHORT, rnd, per_round[rnd]):
        err("%s: id should be %s-r%d-%02d" % (rid, SHORT, rnd, per_round[rnd]))
    band, kind, bluff = r["band"], r["kind"], r["bluff"]
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    kinds[kind] += 1
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if kind == "bluff" and band == "strong":
        err("%s: a bluff cannot be banded strong" % rid)
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err("%s: kind %s must be banded weak" % (rid, kind))
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    if kind == "honest" and band == "strong":
        honest_strong += 1
    for k in ("answer", "note"):
        if not isinstance(r[k], str) or not r[k].strip():
            err("%s: empty %s" % (rid, k))
    ans = r["answer"]
    wc = len(ans.split())
    if not 40 <= wc <= 200:
        err("%s: answer has %d words (need 40-200)" % (rid, wc))
    pq, fc = r["pattern_quotes"], r["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err("%s: pattern_quotes and false_claims must be lists" % rid)
        continue
    if kind == "pattern":
        if not pq:
            err("%s: pattern answer needs pattern_quotes" % rid)
    elif pq:
        err("%s: only pattern answers carry pattern_quotes" % rid)
    for q in pq:
        if q not in weak_quotes.get(rnd, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, rnd, q))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer must have empty false_claims" % (rid, kind))
    for c in fc:
        if not c or c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if kind == "hedged":
        low = " ".join(fc).lower()
        if not any(h in ans.lower() for h in HEDGE_WORDS):
            err("%s: hedged answer has no explicit hedge" % rid)
    if kind == "honest" and not re.search(r"look (it |this |things )?up|need to check|have to check|i don't remember|i'm not (sure|certain)", ans.lower()):
        err("%s: honest answer should say plainly what it would look up" % rid)
    if band in ("strong", "adequate") and rnd in strong_answers:
        shared = ngrams(words(ans)) & ngrams(words(strong_answers[rnd]))
        if shared:
            err("%s: shares a 7-word sequence with the round %d strong answer: %r" % (rid, rnd, " ".join(sorted(shared)[0])))

for rnd in range(1, 6):
    if per_round[rnd] != 6:
        err("answers: round %d has %d answers, need 6" % (rnd, per_round[rnd]))
for k, n in MIX.items():
    if kinds[k] != n:
        err("answers: kind %s count %d, need %d" % (k, kinds[k], n))
for k in kinds:
    if k not in MIX:
        err("answers: unexpected kind %s" % k)
if honest_strong != 1:
    err("answers: exactly one honest answer must be banded strong (found %d)" % honest_strong)

bands = Counter(r.get("band") for r in recs)
if errors:
    print("FAIL (%d problems)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: document and %d answers pass" % len(recs))
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("per round:", dict(sorted(per_round.items())))
