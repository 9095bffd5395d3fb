#!/usr/bin/env python3
"""Validator for the MongoDB replica sets blind evaluation set.
Checks the gauntlet document structure and every record in the answers file.
Exits non-zero and prints the problems if anything fails."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "mongodb-replica-sets.txt")
ANS = os.path.join(HERE, "..", "..", "mongodb-replica-sets_answers.jsonl")
SHORT = "mongo"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return text.split()


def norm_tokens(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'").replace("'", ""))


def ngrams(tokens, n=7):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


# ---------------------------------------------------------------- document
doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")
if not lines[0] == "Skip to content":
    err("doc: first line should be 'Skip to content'")
if not lines[2].startswith("Interview Gauntlet: "):
    err("doc: third line should be the 'Interview Gauntlet:' title")
if not re.match(r"Category: .+ Difficulty: L\d Duration: .+ Domains: .+", lines[4]):
    err("doc: Category/Difficulty/Duration/Domains line malformed")
if not doc.endswith("Prerequisite Topic Packs\n"):
    err("doc: must end with the 'Prerequisite Topic Packs' line")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: expected Round 1..5 headings")
if [m.group(2) for m in heads] != ROUND_TITLES:
    err(f"doc: round titles {[m.group(2) for m in heads]} != {ROUND_TITLES}")
table_pos = doc.find("What This Sequence Tested:")
if table_pos < 0:
    err("doc: missing 'What This Sequence Tested:'")
else:
    table = doc[table_pos:]
    if "Round Skill Tested" not in table:
        err("doc: table header 'Round Skill Tested' missing")
    for r in range(1, 6):
        if not re.search(rf"^{r} \S.+$", table, re.M):
            err(f"doc: table row for round {r} missing")

rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else (table_pos if table_pos > 0 else len(doc))
    rounds[int(m.group(1))] = doc[m.start():end]

strong_answers = {}
weak_quotes = {}
for r, sec in rounds.items():
    if not re.search(r'^Interviewer: ".+"$', sec, re.M):
        err(f"doc r{r}: interviewer question missing")
    if not re.search(r"^What the interviewer is testing: \S", sec, re.M):
        err(f"doc r{r}: 'What the interviewer is testing' missing")
    m = re.search(r'Strong Answer:\n\n"(.+)"\n\nCommon Weak Answers:\n\n', sec)
    if not m:
        err(f"doc r{r}: strong answer block malformed")
        continue
    strong_answers[r] = m.group(1)
    n = len(words(m.group(1)))
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    bullets = re.findall(r'^  \u2022 "(.+?)" \u2014 (.+)$', sec, re.M)
    raw_bullets = re.findall(r"^  \u2022 .*$", sec, re.M)
    if not bullets or len(bullets) != len(raw_bullets):
        err(f"doc r{r}: Common Weak Answers bullets malformed")
    for q, why in bullets:
        if len(why.split()) < 5:
            err(f"doc r{r}: weak answer '{q}' lacks a reason")
    weak_quotes[r] = [q for q, _ in bullets]
    has = {k: (k + ":\n\n") in sec for k in ("Trap Alert", "The Senior Signal", "Trap Question Variant")}
    want = {"Trap Alert": r == 2, "The Senior Signal": r == 3, "Trap Question Variant": r == 4}
    for k in has:
        if has[k] != want[k]:
            err(f"doc r{r}: '{k}' present={has[k]} expected={want[k]}")
    if r == 2 and not re.search(r'Trap Alert:\n\nIf the candidate bluffs here: The interviewer will ask "[^"]+\?"', sec):
        err("doc r2: Trap Alert must start 'If the candidate bluffs here: The interviewer will ask \"...?\"'")
    if r == 2 and "It's perfectly fine to say \"" not in sec:
        err("doc r2: Trap Alert must include an honest 'It's perfectly fine to say' line")
    if r == 3 and "What separates a senior answer:" not in sec:
        err("doc r3: Senior Signal must start 'What separates a senior answer:'")
    if r == 4:
        tv = sec.split("Trap Question Variant:\n\n", 1)[-1]
        if not tv.startswith('The right answer is "'):
            err("doc r4: Trap Question Variant must start 'The right answer is \"...\"'")
        if not re.search(r'"[^"]*\?"', tv):
            err("doc r4: Trap Question Variant needs a quoted follow-up question")

# ---------------------------------------------------------------- answers
recs = []
with open(ANS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line:
            err(f"answers line {ln}: empty line")
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"answers line {ln}: bad JSON: {e}")

if len(recs) != 30:
    err(f"answers: {len(recs)} records, need 30")

ids = Counter(r.get("id") for r in recs)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")

per_round = Counter()
per_round_idx = {}
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: field order {list(rec.keys())} != {FIELDS}")
        continue
    rnd = rec["round"]
    if not isinstance(rnd, int) or rnd not in range(1, 6):
        err(f"{rid}: bad round {rnd!r}")
        continue
    per_round[rnd] += 1
    per_round_idx.setdefault(rnd, []).append(rid)
    m = re.fullmatch(rf"{SHORT}-r(\d)-(\d\d)", rid)
    if not m or int(m.group(1)) != rnd:
        err(f"{rid}: id must be {SHORT}-r<round>-<nn> matching round {rnd}")
    ans, band, bluff, kind = rec["answer"], rec["band"], rec["bluff"], rec["kind"]
    pq, fc, note = rec["pattern_quotes"], rec["false_claims"], rec["note"]
    if not isinstance(ans, str) or not ans.strip():
        err(f"{rid}: empty answer")
        continue
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
    if not isinstance(bluff, bool):
        err(f"{rid}: bluff must be a boolean")
    if bluff != (kind == "bluff"):
        err(f"{rid}: bluff={bluff} but kind={kind}")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: bluff banded strong")
    if kind in ("strong", "adequate") and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if kind in ("pattern", "list", "offtopic") and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes and false_claims must be lists")
        continue
    if not isinstance(note, str) or not note.strip():
        err(f"{rid}: note missing")
    n = len(words(ans))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")
    # pattern quotes: verbatim from the same round's Common Weak Answers
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern answer without pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: pattern_quotes on a non-pattern answer")
    for q in pq:
        if q not in weak_quotes.get(rnd, []):
            err(f"{rid}: pattern quote not verbatim in round {rnd} Common Weak Answers: {q!r}")
    # false claims: verbatim in the answer; required for bluff and hedged
    if kind in ("bluff", "hedged") and not fc:
        err(f"{rid}: {kind} answer without false_claims")
    if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
        err(f"{rid}: {kind} answer should have no false_claims")
    for c in fc:
        if c not in ans:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if kind == "hedged" and not re.search(r"\b(I think|I believe|I'd check|don't quote me|not sure)\b", ans):
        err(f"{rid}: hedged answer lacks an explicit hedge")
    if kind == "honest" and not re.search(r"look (it |that )?up|need to check|not sure", ans):
        err(f"{rid}: honest answer does not say what it would look up")
    # no long copy of the round's strong answer (checked for every answer)
    if rnd in strong_answers:
        shared = ngrams(norm_tokens(ans)) & ngrams(norm_tokens(strong_answers[rnd]))
        if shared and (band in ("strong", "adequate") or kind in ("strong", "adequate")):
            err(f"{rid}: shares 7-word sequence(s) with round {rnd} strong answer: "
                f"{[' '.join(s) for s in sorted(shared)][:3]}")
        elif shared:
            print(f"note: {rid} (weak) shares a 7-gram with the strong answer: {' '.join(sorted(shared)[0])}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, need 6")
    exp = [f"{SHORT}-r{r}-{i:02d}" for i in range(1, 7)]
    if sorted(per_round_idx.get(r, [])) != exp:
        err(f"round {r}: ids {sorted(per_round_idx.get(r, []))} != {exp}")

kinds = Counter(r.get("kind") for r in recs)
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"mix: {k} = {kinds[k]}, need {v}")
for k in kinds:
    if k not in MIX:
        err(f"mix: unexpected kind {k}")
honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong, need exactly 1")

bands = Counter((r.get("kind"), r.get("band")) for r in recs)
print("counts by kind/band:", dict(sorted(bands.items())))
print("counts by band:", dict(Counter(r.get("band") for r in recs)))

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: document and 30 answers pass all checks")
