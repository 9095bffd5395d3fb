#!/usr/bin/env python3
"""Validate websocket-scaling.txt and wsock_answers.jsonl. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "websocket-scaling.txt")
JSONL = os.path.join(HERE, "..", "..", "websocket-scaling_answers.jsonl")
SHORT = "wsock"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_NAMES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return re.findall(r"[a-z0-9]+(?:['\u2019][a-z]+)?", s.lower())


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if "Category: " not in doc.split("Round 1:")[0]:
    err("doc: missing Category line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")
if "What This Sequence Tested:\n\nRound Skill Tested\n" not in doc:
    err("doc: missing 'What This Sequence Tested' table")
else:
    table = doc.split("Round Skill Tested\n", 1)[1].split("\n\nPrerequisite")[0].splitlines()
    if [l.split(" ", 1)[0] for l in table] != ["1", "2", "3", "4", "5"]:
        err("doc: table must have rows 1-5")

parts = re.split(r"\n(?=Round [1-5]: )", doc)
rounds = {}
for p in parts[1:]:
    m = re.match(r"Round ([1-5]): (.+)\n", p)
    rounds[int(m.group(1))] = p
    if m.group(2) != ROUND_NAMES[int(m.group(1)) - 1]:
        err("doc: round %s name %r" % (m.group(1), m.group(2)))
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err("doc: need rounds 1-5, got %s" % sorted(rounds))

cwa = {}
strong_answer = {}
for r, text in rounds.items():
    if not re.search(r'\nInterviewer: ".+"\n', text):
        err("doc r%d: missing Interviewer question" % r)
    if "\nWhat the interviewer is testing: " not in text:
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    m = re.search(r'\nStrong Answer:\n\n"(.+?)"\n', text, re.S)
    if not m:
        err("doc r%d: missing Strong Answer" % r)
    else:
        strong_answer[r] = m.group(1)
        n = len(m.group(1).split())
        if not 150 <= n <= 300:
            err("doc r%d: strong answer has %d words (150-300)" % (r, n))
    quotes = re.findall(r'\n  \u2022 "(.+?)" \u2014 \S', text)
    if len(quotes) < 2:
        err("doc r%d: need at least 2 Common Weak Answers with reasons" % r)
    if "\nCommon Weak Answers:\n" not in text:
        err("doc r%d: missing 'Common Weak Answers:' heading" % r)
    cwa[r] = quotes
    for sec, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        has = ("\n%s\n" % sec) in text
        if has != (r == want):
            err("doc r%d: section %r must appear only in round %d" % (r, sec, want))
if 2 in rounds and "If the candidate bluffs here: The interviewer will ask \"" not in rounds[2]:
    err("doc r2: Trap Alert must quote the interviewer's follow-up")
if 3 in rounds and "What separates a senior answer: " not in rounds[3]:
    err("doc r3: Senior Signal must start 'What separates a senior answer:'")
if 4 in rounds:
    tqv = rounds[4].split("Trap Question Variant:", 1)[-1]
    if not re.search(r'"[^"]+\?"', tqv):
        err("doc r4: Trap Question Variant needs a quoted follow-up question")
    if 'The right answer is "' not in tqv:
        err("doc r4: Trap Question Variant needs 'The right answer is \"...\"'")

# ---------------------------------------------------------------- answers
recs = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except ValueError as e:
            err("line %d: bad JSON: %s" % (ln, e))

if len(recs) != 30:
    err("need 30 records, got %d" % len(recs))

per_round = Counter()
seen_ids = set()
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
    want_id = "%s-r%d-%02d" % (SHORT, r, per_round[r])
    if rid != want_id:
        err("%s: expected id %s" % (rid, want_id))
    if rid in seen_ids:
        err("%s: duplicate id" % rid)
    seen_ids.add(rid)
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
    if not isinstance(bluff, bool):
        err("%s: bluff must be boolean" % rid)
    if bluff != (kind == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if kind == "bluff" and band == "strong":
        err("%s: bluff banded strong" % rid)
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must have band %s" % (rid, kind, kind))
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err("%s: kind %s must be banded weak" % (rid, kind))
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
    if kind == "pattern":
        if not pq:
            err("%s: pattern answer without pattern_quotes" % rid)
    elif pq:
        err("%s: pattern_quotes only allowed on pattern answers" % rid)
    for q in pq:
        if q not in cwa.get(r, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer must not have false_claims" % (rid, kind))
    for c in fc:
        if c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if kind == "hedged" and not re.search(r"\b(I think|I believe|I'd check|double-check|not sure)\b", ans):
        err("%s: hedged answer has no explicit hedge" % rid)
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: empty note" % rid)
    if band in ("strong", "adequate") and r in strong_answer:
        shared = ngrams(words(ans)) & ngrams(words(strong_answer[r]))
        if shared:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %s"
                % (rid, r, [" ".join(s) for s in sorted(shared)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers (need 6)" % (r, per_round[r]))

kinds = Counter(rec["kind"] for rec in recs)
if dict(kinds) != MIX:
    err("mix %s != %s" % (dict(kinds), MIX))
honest_strong = sum(1 for rec in recs if rec["kind"] == "honest" and rec["band"] == "strong")
if honest_strong != 1:
    err("need exactly one honest answer banded strong, got %d" % honest_strong)


def plain_words(claim):
    """No digits and no capitalised name (other than 'I') anywhere in the claim."""
    if re.search(r"\d", claim):
        return False
    caps = [w for w in re.findall(r"[A-Za-z][\w/-]*", claim) if w[0].isupper() and w != "I"]
    return not caps


plain = [rec["id"] for rec in recs if rec["kind"] == "bluff" and all(plain_words(c) for c in rec["false_claims"])]
if len(plain) < 2:
    err("need at least two bluffs whose false claims are plain words (no number or name), got %s" % plain)

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)

bands = Counter(rec["band"] for rec in recs)
print("OK: %d records; kinds %s; bands %s; plain-word bluffs %s"
      % (len(recs), dict(sorted(kinds.items())), dict(sorted(bands.items())), plain))
