#!/usr/bin/env python3
"""Validate otelsamp.txt and otelsamp_answers.jsonl. Exits non-zero on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "otel-trace-sampling.txt")
JSONL = os.path.join(HERE, "..", "..", "otel-trace-sampling_answers.jsonl")
SHORT = "otelsamp"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
FIXED_BAND = {"strong": "strong", "adequate": "adequate", "pattern": "weak", "list": "weak",
              "offtopic": "weak", "weak": "weak"}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9_]+(?:'[a-z]+)?", text.lower())


def ngrams(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ------------------------------------------------------------------ document
doc = open(DOC, encoding="utf-8").read()
if not doc.startswith("Skip to content\n\nInterview Gauntlet: "):
    err("doc: must start with 'Skip to content' and an 'Interview Gauntlet:' title")
if not re.search(r"^Category: .+ Difficulty: L\d Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(h.group(1)) for h in heads] != [1, 2, 3, 4, 5]:
    err(f"doc: expected Round 1..5 headings, got {[h.group(1) for h in heads]}")
tested_at = doc.find("What This Sequence Tested:")
if tested_at < 0:
    err("doc: missing 'What This Sequence Tested:'")
sections = {}
for i, h in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tested_at
    sections[int(h.group(1))] = doc[h.start():end]
    if h.group(2).strip() != ROUND_TITLES[i]:
        err(f"doc: round {i+1} title {h.group(2)!r} != {ROUND_TITLES[i]!r}")

weak_quotes = {}
strong_answers = {}
for r, sec in sections.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err(f"doc r{r}: missing quoted Interviewer question")
    if not re.search(r"^What the interviewer is testing: \S", sec, re.M):
        err(f"doc r{r}: missing 'What the interviewer is testing'")
    m = re.search(r'Strong Answer:\n\n"(.+?)"\n\nCommon Weak Answers:', sec, re.S)
    if not m:
        err(f"doc r{r}: missing strong answer followed by Common Weak Answers")
        continue
    strong_answers[r] = m.group(1)
    n = len(m.group(1).split())
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    cwa = sec[m.end():]
    quotes = re.findall(r'^  \u2022 "(.+?)" \u2014 \S', cwa, re.M)
    if not quotes:
        err(f"doc r{r}: no Common Weak Answers bullets")
    bullets = re.findall(r"^  \u2022 ", cwa, re.M)
    if len(bullets) != len(quotes):
        err(f"doc r{r}: a weak-answer bullet is not in the form '\"quote\" \u2014 why'")
    weak_quotes[r] = quotes

for r, label in [(2, "Trap Alert:"), (3, "The Senior Signal:"), (4, "Trap Question Variant:")]:
    for rr, sec in sections.items():
        present = ("\n" + label + "\n") in sec
        if rr == r and not present:
            err(f"doc: '{label}' missing from round {r}")
        if rr != r and present:
            err(f"doc: '{label}' found in round {rr}, expected only in round {r}")
if "Trap Alert:" in sections.get(2, ""):
    ta = sections[2].split("Trap Alert:", 1)[1]
    if not re.search(r'If the candidate bluffs here: The interviewer will ask ".+\?"', ta):
        err("doc r2: Trap Alert lacks the quoted follow-up question")
    if "It's perfectly fine to say \"" not in ta:
        err("doc r2: Trap Alert lacks the honest 'perfectly fine to say' line")
if "The Senior Signal:" in sections.get(3, ""):
    if "What separates a senior answer:" not in sections[3].split("The Senior Signal:", 1)[1]:
        err("doc r3: Senior Signal lacks 'What separates a senior answer:'")
if "Trap Question Variant:" in sections.get(4, ""):
    tq = sections[4].split("Trap Question Variant:", 1)[1]
    if not tq.strip().startswith('The right answer is "'):
        err("doc r4: Trap Question Variant must start with 'The right answer is \"...\"'")
    if not re.search(r'"[^"]+\?"', tq):
        err("doc r4: Trap Question Variant lacks a quoted follow-up question")
table = doc[tested_at:] if tested_at >= 0 else ""
if "Round Skill Tested" not in table or not all(re.search(rf"^{i} \S", table, re.M) for i in range(1, 6)):
    err("doc: 'What This Sequence Tested' table incomplete")

# ------------------------------------------------------------------ answers
recs = []
with open(JSONL, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"jsonl line {ln}: blank line")
            continue
        recs.append(json.loads(line))

if len(recs) != 30:
    err(f"expected 30 records, got {len(recs)}")
per_round = Counter(r.get("round") for r in recs)
for rnd in range(1, 6):
    if per_round[rnd] != 6:
        err(f"round {rnd}: {per_round[rnd]} answers (need 6)")

seen = set()
round_seq = Counter()
for r in recs:
    rid = r.get("id", "?")
    if list(r.keys()) != FIELDS:
        err(f"{rid}: field order {list(r.keys())} != {FIELDS}")
        continue
    if rid in seen:
        err(f"{rid}: duplicate id")
    seen.add(rid)
    rnd = r["round"]
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err(f"{rid}: bad round {rnd!r}")
        continue
    round_seq[rnd] += 1
    if rid != f"{SHORT}-r{rnd}-{round_seq[rnd]:02d}":
        err(f"{rid}: expected id {SHORT}-r{rnd}-{round_seq[rnd]:02d}")
    kind, band, bluff = r["kind"], r["band"], r["bluff"]
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if not isinstance(bluff, bool):
        err(f"{rid}: bluff must be a boolean")
    if bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: a bluff cannot be banded strong")
    if kind in FIXED_BAND and band != FIXED_BAND[kind]:
        err(f"{rid}: kind {kind} must be banded {FIXED_BAND[kind]}, got {band}")
    for key in ("answer", "note"):
        if not isinstance(r[key], str) or not r[key].strip():
            err(f"{rid}: {key} must be a non-empty string")
    pq, fc = r["pattern_quotes"], r["false_claims"]
    if not isinstance(pq, list) or not all(isinstance(x, str) and x for x in pq):
        err(f"{rid}: pattern_quotes must be a list of non-empty strings")
        pq = []
    if not isinstance(fc, list) or not all(isinstance(x, str) and x for x in fc):
        err(f"{rid}: false_claims must be a list of non-empty strings")
        fc = []
    ans = r["answer"]
    nw = len(ans.split())
    if not 40 <= nw <= 200:
        err(f"{rid}: answer has {nw} words (need 40-200)")
    # pattern quotes: only for pattern answers, verbatim from the same round's weak answers
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern answer needs pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: only pattern answers carry pattern_quotes")
    for q in pq:
        if q not in weak_quotes.get(rnd, []):
            err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")
    # false claims: verbatim in the answer; required for bluff and hedged; forbidden for correct kinds
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer needs false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} answer must not carry false_claims")
    if kind == "hedged" and not re.search(r"\b(I think|I believe|I'd check|double-check|not sure|I want to say)\b", ans):
        err(f"{rid}: hedged answer has no explicit hedge")
    if kind == "honest" and not re.search(r"(look (that |it )?up|look up|read up|don't know|not sure)", ans):
        err(f"{rid}: honest answer does not say what it would need to look up")
    # no 7-word sequence shared with the round's strong answer (checked for strong/adequate bands)
    if band in ("strong", "adequate") and rnd in strong_answers:
        shared = ngrams(ans) & ngrams(strong_answers[rnd])
        if shared:
            err(f"{rid}: shares 7-word sequence(s) with round {rnd} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")

kinds = Counter(r.get("kind") for r in recs)
for k, n in MIX.items():
    if kinds[k] != n:
        err(f"mix: kind {k} has {kinds[k]} (need {n})")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {sorted(extra)}")
honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: exactly one honest answer must be banded strong (got {honest_strong})")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)

bands = Counter(r["band"] for r in recs)
print("OK: document and 30 answers valid")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("kind x band:", dict(sorted(Counter((r["kind"], r["band"]) for r in recs).items())))
