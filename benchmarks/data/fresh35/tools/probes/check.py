#!/usr/bin/env python3
"""Validate kubernetes-probes-rollouts.txt and kubernetes-probes-rollouts_answers.jsonl. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "kubernetes-probes-rollouts.txt")
JSONL = os.path.join(HERE, "..", "..", "kubernetes-probes-rollouts_answers.jsonl")
SHORT = "probes"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return s.split()


def tokens(s):
    return re.findall(r"[a-z0-9]+(?:['.][a-z0-9]+)*", s.lower())


def ngrams(toks, n=7):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not lines[2].startswith("Interview Gauntlet: "):
    err("doc: line 3 must be the 'Interview Gauntlet:' title")
if not re.match(r"Category: .+ Difficulty: L\d Duration: .+ Domains: .+", lines[4]):
    err("doc: line 5 must be the Category/Difficulty/Duration/Domains line")
if doc.rstrip("\n").split("\n")[-1] != "Prerequisite Topic Packs":
    err("doc: must end with the 'Prerequisite Topic Packs' line")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: need Round 1..5 headings in order")
tested = doc.find("What This Sequence Tested:")
if tested < 0:
    err("doc: missing 'What This Sequence Tested:'")
rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tested
    rounds[int(m.group(1))] = doc[m.start():end]
    if m.group(2) != ROUND_TITLES[i]:
        err("doc: round %d title %r" % (i + 1, m.group(2)))

strong_answer = {}
weak_quotes = {}
for r, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err("doc r%d: missing Interviewer question" % r)
    if "What the interviewer is testing: " not in body:
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', body, re.S)
    if not m:
        err("doc r%d: missing Strong Answer" % r)
        continue
    strong_answer[r] = m.group(1)
    n = len(words(m.group(1)))
    if not 150 <= n <= 300:
        err("doc r%d: strong answer has %d words (150-300)" % (r, n))
    cwa = re.search(r"Common Weak Answers:\n\n((?:  • .+\n)+)", body)
    if not cwa:
        err("doc r%d: missing Common Weak Answers" % r)
        weak_quotes[r] = []
        continue
    qs = []
    for bl in cwa.group(1).strip("\n").split("\n"):
        q = re.match(r'  • "(.+?)" — (.+)$', bl)
        if not q:
            err("doc r%d: bad weak-answer bullet %r" % (r, bl[:60]))
            continue
        qs.append(q.group(1))
    if len(qs) < 2:
        err("doc r%d: need at least 2 Common Weak Answers" % r)
    weak_quotes[r] = qs

for r in rounds:
    has = {k: (k in rounds[r]) for k in ("Trap Alert:", "The Senior Signal:", "Trap Question Variant:")}
    want = {"Trap Alert:": r == 2, "The Senior Signal:": r == 3, "Trap Question Variant:": r == 4}
    for k in has:
        if has[k] != want[k]:
            err("doc r%d: %s present=%s, expected %s" % (r, k, has[k], want[k]))
if 2 in rounds and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask ".+\?"', rounds[2]):
    err("doc r2: Trap Alert must quote the interviewer's question")
if 3 in rounds and "The Senior Signal:\n\nWhat separates a senior answer: " not in rounds[3]:
    err("doc r3: Senior Signal format")
if 4 in rounds:
    tqv = rounds[4][rounds[4].find("Trap Question Variant:"):]
    if not re.search(r'The right answer is ".+?"', tqv):
        err("doc r4: Trap Question Variant must state the right answer in quotes")
    if not re.search(r'follows up: "[^"]+\?"', tqv):
        err("doc r4: Trap Question Variant must contain a quoted follow-up question")
table = doc[tested:]
for r in range(1, 6):
    if not re.search(r"^%d \S.+$" % r, table, re.M):
        err("doc: table row for round %d missing" % r)
if "Round Skill Tested" not in table:
    err("doc: table header 'Round Skill Tested' missing")

# ---------------------------------------------------------------- answers
sys.path.insert(0, HERE)
from build_answers import BLUFF_KINDS  # noqa: E402

recs = []
for ln, line in enumerate(open(JSONL, encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        continue
    pairs = json.loads(line, object_pairs_hook=lambda p: p)
    keys = [k for k, _ in pairs]
    if keys != FIELDS:
        err("line %d: field order %s" % (ln, keys))
    recs.append(dict(pairs))

if len(recs) != 30:
    err("need 30 records, got %d" % len(recs))
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
per_round = Counter(r["round"] for r in recs)
for rnd in range(1, 6):
    if per_round[rnd] != 6:
        err("round %d has %d answers (need 6)" % (rnd, per_round[rnd]))
seen = Counter()
for r in recs:
    rid = r["id"]
    if not isinstance(r["round"], int) or r["round"] not in range(1, 6):
        err("%s: bad round" % rid)
        continue
    seen[r["round"]] += 1
    if rid != "%s-r%d-%02d" % (SHORT, r["round"], seen[r["round"]]):
        err("%s: id does not match round/sequence" % rid)
    if r["band"] not in BANDS:
        err("%s: bad band" % rid)
    if r["kind"] not in KINDS:
        err("%s: bad kind" % rid)
    if not isinstance(r["bluff"], bool) or r["bluff"] != (r["kind"] == "bluff"):
        err("%s: bluff must be true iff kind is bluff" % rid)
    if r["bluff"] and r["band"] == "strong":
        err("%s: bluff banded strong" % rid)
    for k in ("answer", "note"):
        if not isinstance(r[k], str) or not r[k].strip():
            err("%s: empty %s" % (rid, k))
    for k in ("pattern_quotes", "false_claims"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) and x for x in r[k]):
            err("%s: %s must be a list of non-empty strings" % (rid, k))
    n = len(words(r["answer"]))
    if not 40 <= n <= 200:
        err("%s: answer has %d words (40-200)" % (rid, n))
    kind, band = r["kind"], r["band"]
    # band rules per kind
    if kind in ("strong", "adequate") and band != kind:
        err("%s: kind %s must be banded %s" % (rid, kind, kind))
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err("%s: kind %s must be banded weak" % (rid, kind))
    # pattern quotes
    if kind == "pattern":
        if not r["pattern_quotes"]:
            err("%s: pattern answer needs pattern_quotes" % rid)
    elif r["pattern_quotes"]:
        err("%s: pattern_quotes only for pattern answers" % rid)
    for q in r["pattern_quotes"]:
        if q not in weak_quotes.get(r["round"], []):
            err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, r["round"], q))
    # false claims
    for fc in r["false_claims"]:
        if fc not in r["answer"]:
            err("%s: false claim not verbatim in answer: %r" % (rid, fc))
    if kind in ("bluff", "hedged") and not r["false_claims"]:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and r["false_claims"]:
        err("%s: %s answer must not have false_claims" % (rid, kind))
    if kind == "hedged" and not re.search(r"\b(I think|I believe|I'd verify|double-check|not sure)\b", r["answer"]):
        err("%s: hedged answer lacks an explicit hedge" % rid)
    # 7-word overlap with the round's strong answer (checked for every answer; required for strong/adequate)
    sa = strong_answer.get(r["round"])
    if sa:
        shared = ngrams(tokens(r["answer"])) & ngrams(tokens(sa))
        if shared:
            err("%s (band %s): shares a 7-word sequence with the round's strong answer: %r"
                % (rid, band, " ".join(sorted(shared)[0])))

kinds = Counter(r["kind"] for r in recs)
for k, v in MIX.items():
    if kinds[k] != v:
        err("mix: %d %s answers (need %d)" % (kinds[k], k, v))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %s" % extra)
honest_strong = sum(1 for r in recs if r["kind"] == "honest" and r["band"] == "strong")
if honest_strong != 1:
    err("mix: %d honest answers banded strong (need exactly 1)" % honest_strong)

# bluff kinds bookkeeping
bluff_ids = {r["id"] for r in recs if r["kind"] == "bluff"}
if bluff_ids != set(BLUFF_KINDS):
    err("BLUFF_KINDS ids do not match the bluff records")
mech = [i for i, k in BLUFF_KINDS.items() if k == "mechanism"]
if len(mech) < 2:
    err("need at least two mechanism bluffs")
byid = {r["id"]: r for r in recs}
for i in mech:
    if i in byid:
        for fc in byid[i]["false_claims"]:
            named = re.search(r"\d|RFC|HTTP|[A-Z][a-z]+[A-Z]|Kubernetes", fc)
            counted = re.search(r"\b(two|three|four|five|ten|fifteen|twenty|thirty|sixty|hundred)\b|-second",
                                fc, re.I)
            if named or counted:
                err("%s: mechanism bluff's false claim should carry no number or name: %r" % (i, fc))
if len(set(BLUFF_KINDS.values())) < 6:
    err("bluff kinds not varied enough: %s" % sorted(set(BLUFF_KINDS.values())))

if errors:
    print("FAIL (%d problems)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter((r["kind"], r["band"]) for r in recs)
print("OK: document and %d answers pass" % len(recs))
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(Counter(r["band"] for r in recs).items())))
print("kind/band:", {"%s/%s" % k: v for k, v in sorted(bands.items())})
