#!/usr/bin/env python3
"""Validate sqlite.txt (gauntlet) and sqlite_answers.jsonl (30 labelled answers). Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "sqlite-production.txt")
JSONL = os.path.join(HERE, "..", "..", "sqlite-production_answers.jsonl")
SHORT = "sqlite"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
REQUIRED_BLUFF_KINDS = [
    "contradicted default",        # contradicted number, duration or default
    "wrong error name/code",       # wrong status code or error name
    "misattributed RFC/standard",  # made-up or misattributed RFC/standard/spec number
    "invented statistic",
    "feature credited to the wrong product",
    "false absolute",
]
MECHANISM = "mechanism in plain words"

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return s.split()


def norm_tokens(s):
    return re.findall(r"[a-z0-9_]+(?:['’][a-z]+)?", s.lower())


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): The (\w+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headings, got %s" % [m.group(0) for m in heads])
tested = doc.find("\nWhat This Sequence Tested:")
if tested < 0:
    err("doc: missing 'What This Sequence Tested:' table")
else:
    table = doc[tested:]
    if "Round Skill Tested" not in table:
        err("doc: table header 'Round Skill Tested' missing")
    for r in range(1, 6):
        if not re.search(r"^%d \S" % r, table, re.M):
            err("doc: table row for round %d missing" % r)

strong_answers, cwa_quotes, sections = {}, {}, {}
for i, m in enumerate(heads):
    r = int(m.group(1))
    end = heads[i + 1].start() if i + 1 < len(heads) else (tested if tested > 0 else len(doc))
    sec = doc[m.start():end]
    sections[r] = sec
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err("doc r%d: missing quoted Interviewer question" % r)
    if "\nWhat the interviewer is testing: " not in sec:
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    sm = re.search(r'\nStrong Answer:\n\n"(.+)"\n', sec)
    if not sm:
        err("doc r%d: missing Strong Answer" % r)
    else:
        strong_answers[r] = sm.group(1)
        n = len(words(sm.group(1)))
        if not 150 <= n <= 300:
            err("doc r%d: strong answer has %d words (150-300)" % (r, n))
    if "\nCommon Weak Answers:\n" not in sec:
        err("doc r%d: missing Common Weak Answers" % r)
    quotes = re.findall(r'^  • "(.+?)" — \S.+$', sec, re.M)
    if not quotes:
        err("doc r%d: no Common Weak Answers bullets in '  • \"quote\" — why' form" % r)
    cwa_quotes[r] = quotes

markers = {"Trap Alert:": 2, "The Senior Signal:": 3, "Trap Question Variant:": 4}
for mk, want in markers.items():
    where = [r for r, s in sections.items() if ("\n" + mk + "\n") in s]
    if where != [want]:
        err("doc: '%s' must appear exactly in round %d, found in %s" % (mk, want, where))
if 2 in sections and 'If the candidate bluffs here: The interviewer will ask "' not in sections[2]:
    err("doc r2: Trap Alert lacks the quoted follow-up question")
if 3 in sections and "What separates a senior answer:" not in sections[3]:
    err("doc r3: Senior Signal lacks 'What separates a senior answer:'")
if 4 in sections:
    tqv = sections[4].split("\nTrap Question Variant:\n", 1)
    if len(tqv) != 2 or not re.search(r'"[^"]+\?"', tqv[1]):
        err("doc r4: Trap Question Variant lacks a quoted follow-up question")

# ---------------------------------------------------------------- answers
recs = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err("jsonl line %d: %s" % (ln, e))
            continue
        recs.append(obj)

if len(recs) != 30:
    err("jsonl: %d records, expected 30" % len(recs))

seen = set()
per_round = Counter()
kinds = Counter()
honest_strong = 0
bluff_kinds = Counter()
mechanism_bluffs = 0
for o in recs:
    rid = o.get("id", "?")
    if list(o.keys()) != FIELDS:
        err("%s: field order %s != %s" % (rid, list(o.keys()), FIELDS))
        continue
    if rid in seen:
        err("%s: duplicate id" % rid)
    seen.add(rid)
    m = re.fullmatch(r"%s-r([1-5])-(\d\d)" % SHORT, rid)
    if not m:
        err("%s: bad id format" % rid)
        continue
    r = o["round"]
    if not isinstance(r, int) or r != int(m.group(1)):
        err("%s: round %r does not match id" % (rid, r))
        continue
    if not 1 <= int(m.group(2)) <= 6:
        err("%s: answer number must be 01-06" % rid)
    per_round[r] += 1
    band, kind, bluff = o["band"], o["kind"], o["bluff"]
    if band not in BANDS:
        err("%s: bad band %r" % (rid, band))
    if kind not in KINDS:
        err("%s: bad kind %r" % (rid, kind))
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
    if not isinstance(o["answer"], str) or not isinstance(o["note"], str) or not o["note"].strip():
        err("%s: answer and note must be non-empty strings" % rid)
        continue
    for fld in ("pattern_quotes", "false_claims"):
        if not isinstance(o[fld], list) or not all(isinstance(x, str) and x for x in o[fld]):
            err("%s: %s must be a list of non-empty strings" % (rid, fld))
    kinds[kind] += 1
    if kind == "honest" and band == "strong":
        honest_strong += 1

    ans = o["answer"]
    n = len(words(ans))
    if not 40 <= n <= 200:
        err("%s: answer has %d words (40-200)" % (rid, n))

    # pattern quotes
    if kind == "pattern":
        if not o["pattern_quotes"]:
            err("%s: pattern answer needs pattern_quotes" % rid)
    elif o["pattern_quotes"]:
        err("%s: only pattern answers carry pattern_quotes" % rid)
    for q in o["pattern_quotes"]:
        if q not in cwa_quotes.get(r, []):
            err("%s: pattern_quote not verbatim in round %d Common Weak Answers: %r" % (rid, r, q))

    # false claims
    for c in o["false_claims"]:
        if c not in ans:
            err("%s: false_claim not verbatim in answer: %r" % (rid, c))
    if kind in ("bluff", "hedged") and not o["false_claims"]:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "list", "offtopic") and o["false_claims"]:
        err("%s: %s answer should have no false_claims" % (rid, kind))
    if kind == "honest" and o["false_claims"]:
        err("%s: honest answer should state nothing false" % rid)

    # bluff kinds declared in the note
    if kind == "bluff":
        bm = re.match(r"\[bluff kind: ([^\]]+)\]", o["note"])
        if not bm:
            err("%s: bluff note must start with '[bluff kind: ...]'" % rid)
        else:
            labels = [x.strip() for x in bm.group(1).split(";")]
            for lab in labels:
                bluff_kinds[lab] += 1
            if MECHANISM in labels:
                mechanism_bluffs += 1
                for c in o["false_claims"]:
                    if re.search(r"\d", c) or re.search(r"\b\w*[A-Z]\w*\b", c[1:]):
                        err("%s: mechanism bluff's false claim must contain no number or name: %r" % (rid, c))

    # 7-word overlap with the round's strong answer
    if band in ("strong", "adequate") and r in strong_answers:
        common = ngrams(norm_tokens(ans)) & ngrams(norm_tokens(strong_answers[r]))
        if common:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %s"
                % (rid, r, [" ".join(g) for g in sorted(common)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers, expected 6" % (r, per_round[r]))
for k, want in MIX.items():
    if kinds[k] != want:
        err("mix: kind %s count %d, expected %d" % (k, kinds[k], want))
extra = set(kinds) - set(MIX)
if extra:
    err("mix: unexpected kinds %s" % sorted(extra))
if honest_strong != 1:
    err("mix: exactly one honest answer must be banded strong (found %d)" % honest_strong)
for bk in REQUIRED_BLUFF_KINDS:
    if bluff_kinds[bk] < 1:
        err("bluffs: no bluff of kind %r" % bk)
if mechanism_bluffs < 2:
    err("bluffs: need at least two '%s' bluffs, found %d" % (MECHANISM, mechanism_bluffs))

if errors:
    print("FAIL (%d problems)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)

band_counts = Counter((o["kind"], o["band"]) for o in recs)
print("OK: document structure, 30 answers, mix, labels, quotes, claims and overlap checks pass")
for (k, b), c in sorted(band_counts.items()):
    print("  %-9s %-8s %d" % (k, b, c))
