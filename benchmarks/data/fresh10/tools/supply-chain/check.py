#!/usr/bin/env python3
"""Validate supply-chain.txt and supply-chain_answers.jsonl. Exits non-zero on any failure.

Run: python3 check.py
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "supply-chain.txt")
JSONL = os.path.join(HERE, "..", "..", "supply-chain_answers.jsonl")
SHORT = "sc"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
ROUND_TITLES = {1: "The Opening", 2: "The Probe", 3: "The Constraint", 4: "The Curveball",
                5: "The Synthesis"}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['\u2019][a-z0-9]+)*", text.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M):
    err("doc: missing 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: L3 Duration: 15-20 minutes Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: need Round 1..5 headers in order")
tail_idx = doc.find("\nWhat This Sequence Tested:")
if tail_idx < 0:
    err("doc: missing 'What This Sequence Tested:'")

rounds = {}
for i, m in enumerate(heads):
    n = int(m.group(1))
    if m.group(2).strip() != ROUND_TITLES[n]:
        err(f"doc: round {n} title {m.group(2)!r} != {ROUND_TITLES[n]!r}")
    end = heads[i + 1].start() if i + 1 < len(heads) else tail_idx
    rounds[n] = doc[m.start():end]

SECTION_RE = r"^(Common Weak Answers:|Trap Alert:|The Senior Signal:|Trap Question Variant:|What This)"
strong_text = {}
weak_quotes = {}
for n, body in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', body, re.M):
        err(f"doc r{n}: missing Interviewer question")
    if not re.search(r"^What the interviewer is testing: .+$", body, re.M):
        err(f"doc r{n}: missing 'What the interviewer is testing'")
    sm = re.search(r"^Strong Answer:\n\n(.+?)\n", body, re.M | re.S)
    if not sm:
        err(f"doc r{n}: missing Strong Answer")
        continue
    s = sm.group(1).strip()
    if not (s.startswith('"') and s.endswith('"')):
        err(f"doc r{n}: strong answer must be one quoted paragraph")
    strong_text[n] = s.strip('"')
    wc = len(s.split())
    if not 150 <= wc <= 300:
        err(f"doc r{n}: strong answer has {wc} words (need 150-300)")
    cm = re.search(r"^Common Weak Answers:\n\n(.*?)(?=\n\n\S|\Z)", body, re.M | re.S)
    if not cm:
        err(f"doc r{n}: missing Common Weak Answers")
        weak_quotes[n] = []
        continue
    qs = []
    for ln in cm.group(1).strip("\n").split("\n"):
        qm = re.match(r'^  \u2022 "(.+?)" \u2014 (.+)$', ln)
        if not qm:
            err(f"doc r{n}: malformed weak-answer line: {ln!r}")
            continue
        qs.append(qm.group(1))
    if not qs:
        err(f"doc r{n}: no weak answers")
    weak_quotes[n] = qs

# special sections: exactly where the brief wants them
for label, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
    where = [n for n, b in rounds.items() if re.search("^" + re.escape(label) + "$", b, re.M)]
    if where != [want]:
        err(f"doc: {label} found in rounds {where}, want [{want}]")
if 2 in rounds:
    ta = rounds[2].split("Trap Alert:", 1)[-1]
    if "If the candidate bluffs here:" not in ta or 'The interviewer will ask "' not in ta \
            or "It's perfectly fine to say \"" not in ta:
        err("doc r2: Trap Alert lacks bluff/ask/fine-to-say structure")
if 3 in rounds and "What separates a senior answer:" not in rounds[3]:
    err("doc r3: Senior Signal lacks 'What separates a senior answer:'")
if 4 in rounds:
    tv = rounds[4].split("Trap Question Variant:", 1)[-1]
    if not re.search(r'follows up: "[^"]+\?"', tv):
        err("doc r4: Trap Question Variant lacks a quoted follow-up question")
    if 'The right answer is "' not in tv:
        err("doc r4: Trap Question Variant lacks 'The right answer is'")

tail = doc[tail_idx:] if tail_idx >= 0 else ""
for n in range(1, 6):
    if not re.search(rf"^{n} \S.+$", tail, re.M):
        err(f"doc: sequence table lacks row {n}")
if "Round Skill Tested" not in tail:
    err("doc: sequence table lacks header 'Round Skill Tested'")
if doc.rstrip("\n").split("\n")[-1] != "Prerequisite Topic Packs":
    err("doc: must end with 'Prerequisite Topic Packs'")

# ---------------------------------------------------------------- answers
recs = []
for i, ln in enumerate(open(JSONL, encoding="utf-8").read().splitlines(), 1):
    if not ln.strip():
        err(f"jsonl line {i}: blank line")
        continue
    try:
        recs.append(json.loads(ln))
    except json.JSONDecodeError as e:
        err(f"jsonl line {i}: {e}")

if len(recs) != 30:
    err(f"jsonl: {len(recs)} records, need 30")

per_round = Counter()
seen_ids = set()
kinds = Counter()
honest_strong = 0
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err(f"{rid}: field order {list(r.keys())} != {FIELDS}")
        continue
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    rnd = r["round"]
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err(f"{rid}: bad round {rnd!r}")
        continue
    m = re.fullmatch(rf"{SHORT}-r(\d)-(\d\d)", rid)
    if not m or int(m.group(1)) != rnd:
        err(f"{rid}: id must be {SHORT}-r<round>-<nn> matching round {rnd}")
    per_round[rnd] += 1
    band, kind, bluff = r["band"], r["kind"], r["bluff"]
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
    kinds[kind] += 1
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind == 'bluff'")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: bluff banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if kind == "honest" and band == "strong":
        honest_strong += 1
    if not isinstance(r["answer"], str) or not isinstance(r["note"], str) or not r["note"].strip():
        err(f"{rid}: answer and note must be non-empty strings")
        continue
    ans = r["answer"]
    wc = len(ans.split())
    if not 40 <= wc <= 200:
        err(f"{rid}: answer has {wc} words (need 40-200)")

    pq, fc = r["pattern_quotes"], r["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes and false_claims must be lists")
        continue
    if kind == "pattern":
        if not pq:
            err(f"{rid}: pattern answer needs pattern_quotes")
        for q in pq:
            if q not in weak_quotes.get(rnd, []):
                err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")
    elif pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} answer must have empty false_claims")
    for c in fc:
        if not c or c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if kind == "hedged" and not re.search(r"\b(I think|I believe|I'd check|double-check|not sure)\b", ans):
        err(f"{rid}: hedged answer lacks an explicit hedge")
    if kind == "honest" and not re.search(r"look (it |that )?up|I'd check|need to (check|research|read)|"
                                          r"don't (know|remember)|not sure", ans):
        err(f"{rid}: honest answer does not say what it would look up")

    if band in ("strong", "adequate") and rnd in strong_text:
        shared = ngrams(words(ans)) & ngrams(words(strong_text[rnd]))
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {rnd} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for rnd in range(1, 6):
    if per_round[rnd] != 6:
        err(f"round {rnd}: {per_round[rnd]} answers, need 6")
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"mix: kind {k} = {kinds[k]}, need {v}")
for k in kinds:
    if k not in MIX:
        err(f"mix: unexpected kind {k} ({kinds[k]})")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong, need exactly 1")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: document has 5 rounds; {len(recs)} answers; kinds {dict(sorted(kinds.items()))}; "
      f"bands {dict(sorted(Counter(r['band'] for r in recs).items()))}")
