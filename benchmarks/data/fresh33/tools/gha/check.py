"""Validate github-actions-security.txt and github-actions-security_answers.jsonl.

Run: .venv/bin/python check.py   (exit code 0 = all checks passed)
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = HERE.parent.parent / "gauntlets" / "github-actions-security.txt"
ANS = HERE.parent.parent / "github-actions-security_answers.jsonl"
SHORT = "gha"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['\-][a-z0-9]+)*", text.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------------------------------------------------------- document
doc = DOC.read_text(encoding="utf-8")
lines = doc.rstrip("\n").split("\n")
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not lines[2].startswith("Interview Gauntlet: "):
    err("doc: title line missing")
if not re.match(r"Category: .+ Difficulty: L\d Duration: .+ Domains: .+", lines[4]):
    err("doc: Category/Difficulty/Duration/Domains line missing")
if lines[-1].strip() != "Prerequisite Topic Packs":
    err("doc: must end with 'Prerequisite Topic Packs'")

heads = list(re.finditer(r"^Round (\d): (.+)$", doc, re.M))
if [int(m.group(1)) for m in heads] != [1, 2, 3, 4, 5]:
    err("doc: need Round 1..5 headings in order")
if [m.group(2) for m in heads] != ROUND_TITLES:
    err("doc: round titles differ from the standard ones")
tail_idx = doc.find("What This Sequence Tested:")
if tail_idx < 0:
    err("doc: 'What This Sequence Tested:' missing")
rounds = {}
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else tail_idx
    rounds[int(m.group(1))] = doc[m.end():end]

strong_text = {}
weak_quotes = {}
for r, body in rounds.items():
    for label in ["Interviewer: \"", "What the interviewer is testing: ", "Strong Answer:", "Common Weak Answers:"]:
        if label not in body:
            err(f"doc r{r}: missing '{label.strip()}'")
    order = [body.find(x) for x in ["Interviewer:", "What the interviewer is testing:", "Strong Answer:",
                                    "Common Weak Answers:"]]
    if order != sorted(order):
        err(f"doc r{r}: sections out of order")
    sm = re.search(r"Strong Answer:\n\n\"(.+)\"\n\nCommon Weak Answers:", body, re.S)
    if not sm:
        err(f"doc r{r}: cannot parse strong answer")
        continue
    strong_text[r] = sm.group(1)
    n = len(words(sm.group(1)))
    if not 150 <= n <= 300:
        err(f"doc r{r}: strong answer has {n} words (need 150-300)")
    cwa = body.split("Common Weak Answers:", 1)[1]
    qs = re.findall(r"^  • \"(.+?)\" — \S", cwa, re.M)
    if len(qs) < 2:
        err(f"doc r{r}: fewer than 2 Common Weak Answers")
    weak_quotes[r] = qs

for r, marker in [(2, "Trap Alert:"), (3, "The Senior Signal:"), (4, "Trap Question Variant:")]:
    for rr, body in rounds.items():
        if (marker in body) != (rr == r):
            err(f"doc: '{marker}' must appear only in round {r} (round {rr})")
if 'The interviewer will ask "' not in rounds.get(2, ""):
    err("doc r2: trap alert needs the interviewer's follow-up question")
if "It's perfectly fine to say" not in rounds.get(2, ""):
    err("doc r2: trap alert needs the honest way out")
if "What separates a senior answer:" not in rounds.get(3, ""):
    err("doc r3: senior signal text missing")
tv = rounds.get(4, "").split("Trap Question Variant:", 1)[-1]
if not re.search(r"The right answer is \".+?\"", tv):
    err("doc r4: trap variant needs 'The right answer is \"...\"'")
if not re.search(r"follows up: \"[^\"]+\?\"", tv):
    err("doc r4: trap variant needs a quoted follow-up question")
table = doc[tail_idx:]
if "Round Skill Tested" not in table:
    err("doc: table header 'Round Skill Tested' missing")
for r in range(1, 6):
    if not re.search(rf"^{r} \S.+$", table, re.M):
        err(f"doc: table row {r} missing")

# ---------------------------------------------------------------- answers
recs = []
for ln, raw in enumerate(ANS.read_text(encoding="utf-8").splitlines(), 1):
    if not raw.strip():
        err(f"jsonl line {ln}: blank line")
        continue
    recs.append(json.loads(raw))

if len(recs) != 30:
    err(f"jsonl: {len(recs)} records, need 30")

per_round = Counter()
seen_ids = set()
for rec in recs:
    rid = rec.get("id", "?")
    if list(rec.keys()) != FIELDS:
        err(f"{rid}: fields/order {list(rec.keys())} != {FIELDS}")
        continue
    r = rec["round"]
    if not isinstance(r, int) or r not in range(1, 6):
        err(f"{rid}: bad round {r!r}")
        continue
    per_round[r] += 1
    exp_id = f"{SHORT}-r{r}-{per_round[r]:02d}"
    if rid != exp_id:
        err(f"{rid}: expected id {exp_id}")
    if rid in seen_ids:
        err(f"{rid}: duplicate id")
    seen_ids.add(rid)
    band, kind, bluff = rec["band"], rec["kind"], rec["bluff"]
    if band not in BANDS:
        err(f"{rid}: bad band {band!r}")
    if kind not in KINDS:
        err(f"{rid}: bad kind {kind!r}")
    if not isinstance(bluff, bool) or bluff != (kind == "bluff"):
        err(f"{rid}: bluff must be true iff kind is bluff")
    if kind == "bluff" and band == "strong":
        err(f"{rid}: bluff banded strong")
    if kind in {"pattern", "list", "offtopic", "weak"} and band != "weak":
        err(f"{rid}: kind {kind} must be banded weak")
    if kind in {"strong", "adequate"} and band != kind:
        err(f"{rid}: kind {kind} must have band {kind}")
    if not isinstance(rec["answer"], str) or not isinstance(rec["note"], str) or not rec["note"].strip():
        err(f"{rid}: answer and note must be non-empty strings")
    n = len(words(rec["answer"]))
    if not 40 <= n <= 200:
        err(f"{rid}: answer has {n} words (need 40-200)")
    pq, fc = rec["pattern_quotes"], rec["false_claims"]
    if not isinstance(pq, list) or not isinstance(fc, list):
        err(f"{rid}: pattern_quotes/false_claims must be lists")
        continue
    if kind == "pattern" and not pq:
        err(f"{rid}: pattern answer without pattern_quotes")
    if kind != "pattern" and pq:
        err(f"{rid}: pattern_quotes only allowed on pattern answers")
    for q in pq:
        if q not in weak_quotes.get(r, []):
            err(f"{rid}: pattern quote not verbatim in round {r} Common Weak Answers: {q!r}")
    if kind in {"bluff", "hedged"} and not fc:
        err(f"{rid}: {kind} answer without false_claims")
    if kind in {"strong", "adequate", "honest", "list", "offtopic"} and fc:
        err(f"{rid}: correct/honest/list/offtopic answer should have no false_claims")
    for c in fc:
        if not c or c not in rec["answer"]:
            err(f"{rid}: false claim not verbatim in answer: {c!r}")
    if kind == "hedged" and not re.search(r"\b(I think|I believe|I'd (have to |double-)?check|not sure)",
                                          rec["answer"]):
        err(f"{rid}: hedged answer without an explicit hedge")
    if kind == "honest" and not re.search(r"(look (that|it) up|need to check|have to check|don't remember|"
                                          r"not sure|I'd have to look up)", rec["answer"]):
        err(f"{rid}: honest answer must say what it would look up")
    if band in {"strong", "adequate"} and r in strong_text:
        shared = ngrams(words(rec["answer"])) & ngrams(words(strong_text[r]))
        if shared:
            err(f"{rid}: shares a 7-word sequence with the round {r} strong answer: {' '.join(sorted(shared)[0])}")

for r in range(1, 6):
    if per_round[r] != 6:
        err(f"round {r}: {per_round[r]} answers, need 6")

kinds = Counter(rec["kind"] for rec in recs)
for k, v in MIX.items():
    if kinds[k] != v:
        err(f"mix: kind {k} has {kinds[k]}, need {v}")
extra = set(kinds) - set(MIX)
if extra:
    err(f"mix: unexpected kinds {extra}")
honest_strong = sum(1 for rec in recs if rec["kind"] == "honest" and rec["band"] == "strong")
if honest_strong != 1:
    err(f"mix: {honest_strong} honest answers banded strong, need exactly 1")
if sum(1 for rec in recs if rec["kind"] == "bluff" and rec["band"] == "weak") < 1:
    err("mix: at least one bluff should be central (weak)")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)

bands = Counter(rec["band"] for rec in recs)
print("OK: document and 30 answers pass all checks")
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(bands.items())))
print("kind x band:", dict(sorted(Counter((rec["kind"], rec["band"]) for rec in recs).items())))
