#!/usr/bin/env python3
"""Validate feature-flags.txt and feature-flags_answers.jsonl. Exits non-zero on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "feature-flags.txt")
JSONL = os.path.join(HERE, "..", "..", "feature-flags_answers.jsonl")
SHORT = "ff"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return text.split()


def norm_tokens(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)?", text.lower().replace("\u2019", "'"))


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ------------------------------------------------------------------ document
with open(DOC, encoding="utf-8") as f:
    doc = f.read()

lines = doc.split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not lines[2].startswith("Interview Gauntlet: "):
    err("doc: third line must be the title")
if not re.match(r"Category: .+ Difficulty: L\d Duration: .+ Domains: .+", lines[4]):
    err("doc: metadata line malformed")
if doc.rstrip("\n").split("\n")[-1] != "Prerequisite Topic Packs":
    err("doc: must end with 'Prerequisite Topic Packs'")

round_heads = list(re.finditer(r"^Round (\d): The (Opening|Probe|Constraint|Curveball|Synthesis)$", doc, re.M))
if [int(m.group(1)) for m in round_heads] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headings in order")
table_pos = doc.find("\nWhat This Sequence Tested:\n")
if table_pos < 0:
    err("doc: missing 'What This Sequence Tested:' table")

sections = {}
for i, m in enumerate(round_heads):
    end = round_heads[i + 1].start() if i + 1 < len(round_heads) else table_pos
    sections[int(m.group(1))] = doc[m.start():end]

strong_answers = {}
weak_quotes = {}
for r, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err("doc r%d: missing Interviewer question" % r)
    if not re.search(r"^What the interviewer is testing: .+$", sec, re.M):
        err("doc r%d: missing 'What the interviewer is testing'" % r)
    m = re.search(r'^Strong Answer:\n\n"(.+)"$', sec, re.M)
    if not m:
        err("doc r%d: missing strong answer" % r)
        continue
    strong_answers[r] = m.group(1)
    n = len(words(m.group(1)))
    if not 150 <= n <= 300:
        err("doc r%d: strong answer has %d words (need 150-300)" % (r, n))
    cwa = re.search(r"^Common Weak Answers:\n\n((?:  \u2022 .+\n)+)", sec, re.M)
    if not cwa:
        err("doc r%d: missing Common Weak Answers" % r)
        continue
    quotes = []
    for bl in cwa.group(1).strip("\n").split("\n"):
        q = re.match(r'^  \u2022 "(.+?)" \u2014 .+$', bl)
        if not q:
            err("doc r%d: malformed weak answer bullet: %s" % (r, bl[:60]))
        else:
            quotes.append(q.group(1))
    if len(quotes) < 2:
        err("doc r%d: need at least two Common Weak Answers" % r)
    weak_quotes[r] = quotes

special = {"Trap Alert:": 2, "The Senior Signal:": 3, "Trap Question Variant:": 4}
for label, want in special.items():
    found = [r for r, sec in sections.items() if ("\n" + label + "\n") in sec]
    if found != [want]:
        err("doc: %s must appear exactly in round %d, found in %s" % (label, want, found))
if 4 in sections:
    tqv = sections[4].split("Trap Question Variant:", 1)[-1]
    if not re.search(r'"[^"]+\?"', tqv):
        err("doc r4: Trap Question Variant needs a quoted follow-up question")
if 2 in sections and 'The interviewer will ask "' not in sections[2]:
    err("doc r2: Trap Alert must quote the interviewer's question")
if 3 in sections and "What separates a senior answer:" not in sections[3]:
    err("doc r3: Senior Signal must start with 'What separates a senior answer:'")
if table_pos >= 0:
    table = doc[table_pos:]
    if "\nRound Skill Tested\n" not in table:
        err("doc: table header 'Round Skill Tested' missing")
    for r in range(1, 6):
        if not re.search(r"^%d .+$" % r, table, re.M):
            err("doc: table row %d missing" % r)

# ------------------------------------------------------------------ answers
records = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err("jsonl line %d: blank line" % ln)
            continue
        records.append(json.loads(line))

if len(records) != 30:
    err("jsonl: expected 30 records, got %d" % len(records))

ids = set()
answers_seen = set()
per_round = Counter()
round_seq = Counter()
for rec in records:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err("%s: field order %s" % (rid, list(rec.keys())))
        continue
    if rid in ids:
        err("%s: duplicate id" % rid)
    ids.add(rid)
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err("%s: bad round" % rid)
        continue
    round_seq[r] += 1
    if rid != "%s-r%d-%02d" % (SHORT, r, round_seq[r]):
        err("%s: id should be %s-r%d-%02d" % (rid, SHORT, r, round_seq[r]))
    per_round[r] += 1
    ans, band, kind, bluff = rec["answer"], rec["band"], rec["kind"], rec["bluff"]
    pq, fc, note = rec["pattern_quotes"], rec["false_claims"], rec["note"]
    if not isinstance(ans, str) or not ans.strip():
        err("%s: empty answer" % rid)
    if ans in answers_seen:
        err("%s: duplicate answer text" % rid)
    answers_seen.add(ans)
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
    if not isinstance(pq, list) or not all(isinstance(x, str) for x in pq):
        err("%s: pattern_quotes must be a list of strings" % rid)
        pq = []
    if not isinstance(fc, list) or not all(isinstance(x, str) for x in fc):
        err("%s: false_claims must be a list of strings" % rid)
        fc = []
    if not isinstance(note, str) or not note.strip():
        err("%s: note must be a non-empty string" % rid)
    n = len(words(ans))
    if not 40 <= n <= 200:
        err("%s: answer has %d words (need 40-200)" % (rid, n))
    # pattern quotes
    if kind == "pattern":
        if not pq:
            err("%s: pattern answer needs pattern_quotes" % rid)
        for q in pq:
            if q not in weak_quotes.get(r, []):
                err("%s: pattern quote not verbatim in round %d Common Weak Answers: %s" % (rid, r, q))
    elif pq:
        err("%s: only pattern answers carry pattern_quotes" % rid)
    # false claims
    if kind in ("bluff", "hedged") and not fc:
        err("%s: %s answer needs false_claims" % (rid, kind))
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err("%s: %s answer should have no false_claims" % (rid, kind))
    for c in fc:
        if c not in ans:
            err("%s: false claim not verbatim in answer: %s" % (rid, c))
    # 7-word overlap with the round's strong answer (every strong/adequate-banded answer)
    if band in ("strong", "adequate") and r in strong_answers:
        shared = ngrams(norm_tokens(ans)) & ngrams(norm_tokens(strong_answers[r]))
        if shared:
            err("%s: shares 7-word sequence(s) with round %d strong answer: %s"
                % (rid, r, [" ".join(s) for s in sorted(shared)][:3]))

for r in range(1, 6):
    if per_round[r] != 6:
        err("round %d has %d answers (need 6)" % (r, per_round[r]))

kinds = Counter(rec["kind"] for rec in records)
for k, want in MIX.items():
    if kinds[k] != want:
        err("mix: kind %s has %d (need %d)" % (k, kinds[k], want))
for k in kinds:
    if k not in MIX:
        err("mix: unexpected kind %s" % k)
honest_strong = sum(1 for rec in records if rec["kind"] == "honest" and rec["band"] == "strong")
if honest_strong != 1:
    err("mix: exactly one honest answer must be banded strong (got %d)" % honest_strong)

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)

bands = Counter(rec["band"] for rec in records)
print("OK: %d records; kinds %s; bands %s" % (len(records), dict(sorted(kinds.items())), dict(sorted(bands.items()))))
