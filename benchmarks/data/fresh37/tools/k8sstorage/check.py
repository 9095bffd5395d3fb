#!/usr/bin/env python3
"""Validate kubernetes-persistent-storage.txt and kubernetes-persistent-storage_answers.jsonl.

Exits non-zero and prints every problem if any check fails.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "kubernetes-persistent-storage.txt")
JSONL = os.path.join(HERE, "..", "..", "kubernetes-persistent-storage_answers.jsonl")
SHORT = "k8sstorage"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
NGRAM = 7

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return text.split()


def norm_tokens(text):
    text = text.lower().replace("\u2019", "'").replace("\u2014", " ").replace("\u2013", " ")
    return re.findall(r"[a-z0-9']+", text)


def ngrams(tokens, n):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

round_titles = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]
heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(h.group(1)) for h in heads] != [1, 2, 3, 4, 5]:
    err(f"doc: expected rounds 1-5, got {[h.group(1) for h in heads]}")
tested_at = doc.find("What This Sequence Tested:")
if tested_at < 0:
    err("doc: missing 'What This Sequence Tested:'")
sections = {}
for i, h in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tested_at
    sections[int(h.group(1))] = doc[h.start():end]
    if h.group(2).strip() != round_titles[i]:
        err(f"doc: round {h.group(1)} title {h.group(2)!r} != {round_titles[i]!r}")

strong_answers = {}
cwa_quotes = {}
for r, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err(f"doc r{r}: missing quoted Interviewer question")
    if "What the interviewer is testing: " not in sec:
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n', sec, re.S)
    if not m:
        err(f"doc r{r}: missing quoted Strong Answer")
    else:
        strong_answers[r] = m.group(1)
        n = len(words(m.group(1)))
        if not 150 <= n <= 300:
            err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    if "Common Weak Answers:" not in sec:
        err(f"doc r{r}: missing Common Weak Answers")
    quotes = re.findall(r'^  \u2022 "(.+?)" \u2014 \S.+$', sec, re.M)
    if not quotes:
        err(f"doc r{r}: no Common Weak Answers bullets parsed")
    cwa_quotes[r] = quotes
    has = {k: (k in sec) for k in ("Trap Alert:", "The Senior Signal:", "Trap Question Variant:")}
    want = {"Trap Alert:": r == 2, "The Senior Signal:": r == 3, "Trap Question Variant:": r == 4}
    for k in has:
        if has[k] != want[k]:
            err(f"doc r{r}: '{k}' present={has[k]} expected={want[k]}")
    if r == 2 and "If the candidate bluffs here: The interviewer will ask \"" not in sec:
        err("doc r2: Trap Alert must start with the standard bluff follow-up wording")
    if r == 3 and "What separates a senior answer: " not in sec:
        err("doc r3: Senior Signal must start with 'What separates a senior answer:'")
    if r == 4:
        tqv = sec[sec.find("Trap Question Variant:"):]
        if not re.search(r'"[^"]+\?"', tqv):
            err("doc r4: Trap Question Variant needs a quoted follow-up question")
        if "The right answer is \"" not in tqv:
            err("doc r4: Trap Question Variant needs 'The right answer is \"...\"'")

table = doc[tested_at:] if tested_at >= 0 else ""
if "Round Skill Tested" not in table:
    err("doc: table header 'Round Skill Tested' missing")
for r in range(1, 6):
    if not re.search(rf"^{r} \S.+$", table, re.M):
        err(f"doc: table row for round {r} missing")

# ---------------------------------------------------------------- answers
records = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"jsonl line {ln}: {e}")

if len(records) != 30:
    err(f"answers: {len(records)} records (need 30)")

per_round = Counter()
seen_ids = set()
strong_ngrams = {r: ngrams(norm_tokens(t), NGRAM) for r, t in strong_answers.items()}
for rec in records:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())} != {FIELDS}")
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round {r!r}")
        continue
    per_round[r] += 1
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    if not re.fullmatch(rf"{SHORT}-r{r}-\d\d", rid):
        err(f"{rid}: id does not match {SHORT}-r{r}-NN")
    if rec["band"] not in BANDS:
        err(f"{rid}: bad band {rec['band']!r}")
    if rec["kind"] not in KINDS:
        err(f"{rid}: bad kind {rec['kind']!r}")
    if not isinstance(rec["bluff"], bool):
        err(f"{rid}: bluff must be a boolean")
    if rec["bluff"] != (rec["kind"] == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if rec["kind"] == "bluff" and rec["band"] == "strong":
        err(f"{rid}: a bluff can't be banded strong")
    if rec["kind"] in ("strong", "adequate") and rec["band"] != rec["kind"]:
        err(f"{rid}: kind {rec['kind']} must have the same band")
    if rec["kind"] in ("pattern", "list", "offtopic", "weak") and rec["band"] != "weak":
        err(f"{rid}: kind {rec['kind']} must be banded weak")
    for key in ("answer", "note"):
        if not isinstance(rec[key], str) or not rec[key].strip():
            err(f"{rid}: empty {key}")
    for key in ("pattern_quotes", "false_claims"):
        if not isinstance(rec[key], list) or not all(isinstance(x, str) and x for x in rec[key]):
            err(f"{rid}: {key} must be a list of non-empty strings")
    n = len(words(rec["answer"]))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")
    # pattern quotes verbatim from this round's Common Weak Answers
    if rec["kind"] == "pattern" and not rec["pattern_quotes"]:
        err(f"{rid}: pattern answer without pattern_quotes")
    if rec["kind"] != "pattern" and rec["pattern_quotes"]:
        err(f"{rid}: pattern_quotes only for pattern answers")
    for q in rec["pattern_quotes"]:
        if q not in cwa_quotes.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    # false claims verbatim in the answer
    for c in rec["false_claims"]:
        if c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if rec["kind"] in ("bluff", "hedged") and not rec["false_claims"]:
        err(f"{rid}: {rec['kind']} answer needs false_claims")
    if rec["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and rec["false_claims"]:
        err(f"{rid}: correct/neutral answer must not carry false_claims")
    # no strong/adequate answer shares a 7-word sequence with its round's strong answer
    if rec["band"] in ("strong", "adequate") or rec["kind"] in ("strong", "adequate"):
        shared = ngrams(norm_tokens(rec["answer"]), NGRAM) & strong_ngrams.get(r, set())
        if shared:
            err(f"{rid}: shares {NGRAM}-word sequence(s) with round {r} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers (need 6)")

kinds = Counter(rec["kind"] for rec in records)
for k, want in MIX.items():
    if kinds[k] != want:
        err(f"mix: {kinds[k]} answers of kind {k} (need {want})")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {sorted(extra)}")
honest_strong = sum(1 for rec in records if rec["kind"] == "honest" and rec["band"] == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong (need exactly 1)")
weak_bluffs = sum(1 for rec in records if rec["kind"] == "bluff" and rec["band"] == "weak")
if weak_bluffs < 1:
    err("mix: at least one bluff with a central false claim should be banded weak")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)

print("OK: document structure, 30 answers, mix, labels, quotes, false claims, word counts, "
      f"{NGRAM}-gram overlap")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(Counter(rec["band"] for rec in records).items())))
print("kind/band:", dict(sorted(Counter(f"{rec['kind']}/{rec['band']}" for rec in records).items())))
