#!/usr/bin/env python3
"""Validate clickhouse-analytics.txt and clickhouse-analytics_answers.jsonl. Exit 1 on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "clickhouse-analytics.txt")
JSONL = os.path.join(HERE, "..", "..", "clickhouse-analytics_answers.jsonl")
SHORT = "chouse"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_NAMES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]
# Required bluff types, matched against the "Bluff (<type>)" prefix of each bluff's note.
BLUFF_TYPES = {
    "number": r"number|duration|default",
    "error name": r"error name|status code",
    "rfc/standard": r"rfc|standard|spec",
    "statistic": r"statistic",
    "wrong product": r"wrong product",
    "false absolute": r"false absolute",
}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9_']+", text.lower())


def ngrams(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: bad header")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err(f"doc: rounds found {[m.group(1) for m in heads]}")
if [m.group(2) for m in heads] != ROUND_NAMES:
    err(f"doc: round names {[m.group(2) for m in heads]}")
tested_at = doc.find("What This Sequence Tested:")
if tested_at < 0:
    err("doc: missing 'What This Sequence Tested:'")
else:
    table = doc[tested_at:]
    if "Round Skill Tested" not in table:
        err("doc: table header missing")
    for r in range(1, 6):
        if not re.search(rf"^{r} \S", table, re.M):
            err(f"doc: table row {r} missing")

sections = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else (tested_at if tested_at > 0 else len(doc))
    sections[int(m.group(1))] = doc[m.start():end]

strong_answers, weak_quotes = {}, {}
for r, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err(f"doc r{r}: missing interviewer question")
    if "What the interviewer is testing: " not in sec:
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', sec, re.S)
    if not m:
        err(f"doc r{r}: missing strong answer")
        continue
    strong_answers[r] = m.group(1)
    n = len(words(m.group(1)))
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (150-300)")
    cw = re.search(r"Common Weak Answers:\n\n((?:  • .+\n)+)", sec)
    if not cw:
        err(f"doc r{r}: missing Common Weak Answers")
        weak_quotes[r] = []
        continue
    quotes = []
    for line in cw.group(1).splitlines():
        q = re.match(r'  • "(.+?)" — (.+)$', line)
        if not q:
            err(f"doc r{r}: bad weak-answer line: {line[:60]}")
        else:
            quotes.append(q.group(1))
    weak_quotes[r] = quotes
    for marker, want in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
        if (marker in sec) != (r == want):
            err(f"doc r{r}: '{marker}' must appear in round {want} only")
    if r == 2 and "If the candidate bluffs here: The interviewer will ask \"" not in sec:
        err("doc r2: trap alert lacks the quoted interviewer question")
    if r == 3 and "What separates a senior answer:" not in sec:
        err("doc r3: senior signal lacks 'What separates a senior answer:'")
    if r == 4:
        tv = sec[sec.find("Trap Question Variant:"):]
        if not tv.startswith("Trap Question Variant:\n\nThe right answer is \""):
            err("doc r4: trap question variant must start with 'The right answer is \"...\"'")
        if not re.search(r'follows up: "[^"]+\?"', tv):
            err("doc r4: trap question variant lacks a quoted follow-up question")

# ------------------------------------------------------------------ answers
recs = []
for ln, line in enumerate(open(JSONL, encoding="utf-8"), 1):
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"line {ln}: bad JSON {e}")
        continue
    recs.append(rec)
    if list(rec) != FIELDS:
        err(f"line {ln}: field order {list(rec)}")

if len(recs) != 30:
    err(f"expected 30 records, got {len(recs)}")

ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
per_round = Counter(r.get("round") for r in recs)
for rnd in range(1, 6):
    if per_round[rnd] != 6:
        err(f"round {rnd}: {per_round[rnd]} answers (need 6)")
seq = Counter()
for r in recs:
    rid, rnd = r.get("id"), r.get("round")
    seq[rnd] += 1
    if rid != f"{SHORT}-r{rnd}-{seq[rnd]:02d}":
        err(f"{rid}: id should be {SHORT}-r{rnd}-{seq[rnd]:02d}")
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err(f"{rid}: bad round")
        continue
    band, kind, bluff = r.get("band"), r.get("kind"), r.get("bluff")
    if band not in BANDS:
        err(f"{rid}: bad band {band}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind}")
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: bluff banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if kind == "hedged" and band == "strong":
        err(f"{rid}: hedged banded strong")
    ans = r.get("answer", "")
    n = len(words(ans))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (40-200)")
    pq, fc = r.get("pattern_quotes"), r.get("false_claims")
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    if kind == "pattern":
        if not pq:
            err(f"{rid}: pattern answer without pattern_quotes")
    elif pq:
        err(f"{rid}: pattern_quotes only for pattern answers")
    for q in pq:
        if q not in weak_quotes.get(rnd, []):
            err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list") and fc:
        err(f"{rid}: {kind} answer must not have false_claims")
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c}")
    if kind == "hedged" and not any(re.search(r"\b(I think|I believe|I'd check|not sure|I'd have to check)\b", c + " " + ans) for c in fc):
        err(f"{rid}: hedged answer lacks an explicit hedge")
    if not r.get("note"):
        err(f"{rid}: empty note")
    if (band in ("strong", "adequate") or kind in ("strong", "adequate")) and rnd in strong_answers:
        shared = ngrams(ans) & ngrams(strong_answers[rnd])
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {rnd} strong answer: {' '.join(sorted(shared)[0])}")

kinds = Counter(r.get("kind") for r in recs)
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"mix: {k} = {kinds[k]} (need {v})")
if set(kinds) - set(MIX):
    err(f"mix: unexpected kinds {set(kinds) - set(MIX)}")
honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong (need exactly 1)")

# bluff type coverage, from the "Bluff (<type>)" prefix of each note
types = []
for r in recs:
    if r.get("kind") != "bluff":
        continue
    m = re.match(r"Bluff \(([^)]+)\):", r.get("note", ""))
    if not m:
        err(f"{r.get('id')}: bluff note must start with 'Bluff (<type>):'")
        continue
    types.append(m.group(1).lower())
for name, pat in BLUFF_TYPES.items():
    if not any(re.search(pat, t) for t in types):
        err(f"bluffs: no bluff of type '{name}'")
if sum("mechanism in plain words" in t for t in types) < 2:
    err("bluffs: need at least two 'mechanism in plain words' bluffs")
for r in recs:
    if r.get("kind") == "bluff" and "mechanism in plain words" in r.get("note", ""):
        for c in r["false_claims"]:
            if re.search(r"\d", c):
                err(f"{r['id']}: plain-words mechanism claim contains a number: {c}")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
bands = Counter((r["kind"], r["band"]) for r in recs)
print("OK: document and 30 answers pass all checks")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(Counter(r["band"] for r in recs).items())))
print("kind/band:", {f"{k}/{b}": v for (k, b), v in sorted(bands.items())})
