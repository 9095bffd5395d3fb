#!/usr/bin/env python3
"""Validate aws-vpc-networking.txt and aws-vpc-networking_answers.jsonl. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "aws-vpc-networking.txt")
ANS = os.path.join(HERE, "..", "..", "aws-vpc-networking_answers.jsonl")
SHORT = "vpc"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
SECTION_HEADS = ("What the interviewer is testing:", "Strong Answer:", "Common Weak Answers:",
                 "Trap Alert:", "The Senior Signal:", "Trap Question Variant:", "What This Sequence Tested:")

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['.][a-z0-9]+)*", text.lower())


def ngrams(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M):
    err("doc: missing title")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

titles = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]
heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: need Round 1..5 in order")
if [m.group(2) for m in heads] != titles:
    err("doc: round titles differ from %s" % titles)

tested = doc.find("What This Sequence Tested:")
if tested < 0:
    err("doc: missing 'What This Sequence Tested:'")
else:
    table = doc[tested:]
    if "Round Skill Tested" not in table:
        err("doc: table header 'Round Skill Tested' missing")
    for r in range(1, 6):
        if not re.search(r"^%d \S.+$" % r, table, re.M):
            err("doc: table row %d missing" % r)

rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else (tested if tested > 0 else len(doc))
    rounds[int(m.group(1))] = doc[m.start():end]


def section(block, head):
    """Text after `head` up to the next section heading (or end of block)."""
    k = block.find(head)
    if k < 0:
        return None
    rest = block[k + len(head):]
    cut = len(rest)
    for h in SECTION_HEADS:
        j = rest.find(h)
        if 0 <= j < cut:
            cut = j
    return rest[:cut]


strong_text = {}
weak_quotes = {}
for r, block in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', block, re.M):
        err("doc r%d: missing quoted Interviewer question" % r)
    for h in ("What the interviewer is testing:", "Strong Answer:", "Common Weak Answers:"):
        if h not in block:
            err("doc r%d: missing '%s'" % (r, h))
    sa = section(block, "Strong Answer:")
    if sa is not None:
        sa = sa.strip()
        if not (sa.startswith('"') and sa.endswith('"')):
            err("doc r%d: strong answer must be quoted" % r)
        sa = sa.strip('"')
        strong_text[r] = sa
        n = len(sa.split())
        if not 150 <= n <= 300:
            err("doc r%d: strong answer has %d words (need 150-300)" % (r, n))
    cwa = section(block, "Common Weak Answers:") or ""
    quotes = []
    for ln in cwa.split("\n"):
        if ln.strip():
            mm = re.match(r'^  \u2022 "(.+?)" \u2014 (.+)$', ln)
            if not mm:
                err("doc r%d: malformed weak-answer line: %r" % (r, ln[:60]))
            else:
                quotes.append(mm.group(1))
    if not quotes:
        err("doc r%d: no Common Weak Answers" % r)
    weak_quotes[r] = quotes
    # special sections only where the brief puts them
    for h, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        if (h in block) != (r == want):
            err("doc r%d: '%s' must appear only in round %d" % (r, h, want))

ta = section(rounds.get(2, ""), "Trap Alert:") or ""
if "If the candidate bluffs here:" not in ta or "It's perfectly fine to say" not in ta:
    err("doc: Trap Alert lacks the bluff follow-up or the 'perfectly fine to say' line")
ss = section(rounds.get(3, ""), "The Senior Signal:") or ""
if "What separates a senior answer:" not in ss:
    err("doc: Senior Signal lacks 'What separates a senior answer:'")
tqv = section(rounds.get(4, ""), "Trap Question Variant:") or ""
if not tqv.strip().startswith('The right answer is "'):
    err("doc: Trap Question Variant must start with 'The right answer is \"...\"'")
if not re.search(r'"[^"]+\?"', tqv):
    err("doc: Trap Question Variant lacks a quoted follow-up question")

# ------------------------------------------------------------------ answers
recs = []
with open(ANS, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            recs.append(json.loads(line))
        except ValueError as e:
            err("jsonl line %d: %s" % (n, e))

if len(recs) != 30:
    err("need 30 answers, found %d" % len(recs))

per_round = Counter()
kinds = Counter()
seen_ids = set()
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(rec.keys())))
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in rounds:
        err("%s: bad round %r" % (rid, r))
        continue
    per_round[r] += 1
    if rid in seen_ids:
        err("%s: duplicate id" % rid)
    seen_ids.add(rid)
    if not re.fullmatch(r"%s-r%d-\d\d" % (SHORT, r), rid):
        err("%s: id does not match %s-r<round>-<nn>" % (rid, SHORT))
    if rec["band"] not in BANDS:
        err("%s: bad band" % rid)
    if rec["kind"] not in KINDS:
        err("%s: bad kind" % rid)
    if not isinstance(rec["bluff"], bool) or rec["bluff"] != (rec["kind"] == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if not isinstance(rec["pattern_quotes"], list) or not isinstance(rec["false_claims"], list):
        err("%s: pattern_quotes/false_claims must be lists" % rid)
        continue
    if not isinstance(rec["note"], str) or not rec["note"].strip():
        err("%s: empty note" % rid)
    kinds[rec["kind"]] += 1
    ans = rec["answer"]
    nw = len(ans.split())
    if not 40 <= nw <= 200:
        err("%s: answer has %d words (need 40-200)" % (rid, nw))

    k, b = rec["kind"], rec["band"]
    if k == "bluff":
        if b == "strong":
            err("%s: bluff banded strong" % rid)
        if not rec["false_claims"]:
            err("%s: bluff without false_claims" % rid)
    if k in ("pattern", "list", "offtopic", "weak") and b != "weak":
        err("%s: %s must be banded weak" % (rid, k))
    if k in ("strong", "adequate") and b != k:
        err("%s: kind %s must have band %s" % (rid, k, k))
    if k == "hedged" and not rec["false_claims"]:
        err("%s: hedged without false_claims" % rid)
    if k in ("strong", "adequate", "honest", "list", "offtopic") and rec["false_claims"]:
        err("%s: %s answer must have no false_claims" % (rid, k))
    if k == "pattern":
        if not rec["pattern_quotes"]:
            err("%s: pattern without pattern_quotes" % rid)
    elif rec["pattern_quotes"]:
        err("%s: pattern_quotes only for pattern answers" % rid)
    for q in rec["pattern_quotes"]:
        if q not in weak_quotes.get(r, []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))
    for c in rec["false_claims"]:
        if c not in ans:
            err("%s: false claim not verbatim in answer: %r" % (rid, c))
    if b in ("strong", "adequate") or k in ("strong", "adequate"):
        shared = ngrams(ans) & ngrams(strong_text.get(r, ""))
        if shared:
            err("%s: shares a 7-word sequence with the round %d strong answer: %s"
                % (rid, r, " ".join(sorted(shared)[0])))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers (need 6)" % (r, per_round[r]))
for k, want in MIX.items():
    if kinds[k] != want:
        err("mix: %d %s answers (need %d)" % (kinds[k], k, want))
if kinds["weak"]:
    err("mix: kind 'weak' is not part of this mix")
honest_strong = sum(1 for x in recs if x.get("kind") == "honest" and x.get("band") == "strong")
if honest_strong != 1:
    err("mix: need exactly one honest answer banded strong, found %d" % honest_strong)

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
bands = Counter(x["band"] for x in recs)
print("OK: doc has 5 rounds; %d answers; kinds %s; bands %s"
      % (len(recs), dict(sorted(kinds.items())), dict(sorted(bands.items()))))
