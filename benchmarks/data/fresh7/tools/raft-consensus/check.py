#!/usr/bin/env python3
"""Validate raft-consensus_answers.jsonl against raft-consensus.txt and print counts."""
import json
import os, re, sys
from collections import Counter

_HERE = os.path.dirname(os.path.abspath(__file__))  # repository layout
DOC = os.path.join(_HERE, "..", "..", "gauntlets", "raft-consensus.txt")
ANS = os.path.join(_HERE, "..", "..", "raft-consensus_answers.jsonl")
FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
BANDS = {"strong", "adequate", "weak"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
errors = []

def err(msg):
    errors.append(msg)

doc = open(DOC, encoding="utf-8").read()
lines = doc.split("\n")

# ---- document structure ----
if lines[0] != "Skip to content":
    err("doc: first line must be 'Skip to content'")
if not re.search(r"^Interview Gauntlet: .+$", doc, re.M):
    err("doc: missing title line")
if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", doc, re.M):
    err("doc: missing Category/Difficulty/Duration/Domains line")
if not doc.rstrip("\n").endswith("Prerequisite Topic Packs"):
    err("doc: must end with 'Prerequisite Topic Packs'")
rounds = re.split(r"^Round (\d): .+$", doc, flags=re.M)
round_text = {}
for i in range(1, len(rounds), 2):
    round_text[int(rounds[i])] = rounds[i + 1]
if sorted(round_text) != [1, 2, 3, 4, 5]:
    err(f"doc: rounds found {sorted(round_text)}")
strong_ans, weak_quotes = {}, {}
for r, t in round_text.items():
    if 'Interviewer: "' not in t:
        err(f"doc round {r}: no Interviewer question")
    m = re.search(r'Strong Answer:\n\n"(.+)"\n', t)
    if not m:
        err(f"doc round {r}: no quoted Strong Answer")
        continue
    strong_ans[r] = m.group(1)
    wc = len(m.group(1).split())
    if not 150 <= wc <= 300:
        err(f"doc round {r}: strong answer {wc} words")
    cw = t.split("Common Weak Answers:")[1] if "Common Weak Answers:" in t else ""
    qs = re.findall(r'^  • "(.+?)" — ', cw, re.M)
    if not 2 <= len(qs) <= 3:
        err(f"doc round {r}: {len(qs)} weak answers")
    weak_quotes[r] = qs
for r, label in [(2, "Trap Alert:"), (3, "The Senior Signal:"), (4, "Trap Question Variant:")]:
    if label not in round_text.get(r, ""):
        err(f"doc round {r}: missing {label}")
    for other in round_text:
        if other != r and label in round_text[other]:
            err(f"doc round {other}: unexpected {label}")
all_quotes = {q for qs in weak_quotes.values() for q in qs}

# ---- answers ----
def words(s):
    return re.findall(r"[a-z0-9]+(?:['.-][a-z0-9]+)*", s.lower())

def ngrams(s, n=7):
    w = words(s)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}

rows = []
for ln, raw in enumerate(open(ANS, encoding="utf-8"), 1):
    raw = raw.rstrip("\n")
    if not raw:
        continue
    try:
        obj = json.loads(raw)
    except Exception as e:
        err(f"line {ln}: bad json {e}")
        continue
    rows.append(obj)
    if list(obj.keys()) != FIELDS:
        err(f"line {ln}: field order {list(obj.keys())}")
        continue
    aid, rnd, ans = obj["id"], obj["round"], obj["answer"]
    if not re.fullmatch(rf"raft-r{rnd}-\d\d", aid):
        err(f"{aid}: id does not match round {rnd}")
    if obj["band"] not in BANDS:
        err(f"{aid}: bad band")
    if obj["kind"] not in KINDS:
        err(f"{aid}: bad kind")
    if not isinstance(obj["bluff"], bool):
        err(f"{aid}: bluff not bool")
    if obj["bluff"] != (obj["kind"] == "bluff"):
        err(f"{aid}: bluff flag and kind disagree")
    if obj["bluff"] and obj["band"] == "strong":
        err(f"{aid}: bluff banded strong")
    if obj["bluff"] and not obj["false_claims"]:
        err(f"{aid}: bluff without false_claims")
    if obj["kind"] == "hedged" and not obj["false_claims"]:
        err(f"{aid}: hedged without false_claims")
    if obj["kind"] in {"pattern", "list", "offtopic"} and obj["band"] != "weak":
        err(f"{aid}: {obj['kind']} must be weak")
    if obj["kind"] == "pattern" and not obj["pattern_quotes"]:
        err(f"{aid}: pattern without pattern_quotes")
    if obj["kind"] in {"strong", "adequate"} and obj["band"] != obj["kind"]:
        err(f"{aid}: kind {obj['kind']} but band {obj['band']}")
    if obj["kind"] in {"strong", "adequate", "list", "offtopic", "honest"} and obj["false_claims"]:
        err(f"{aid}: {obj['kind']} answer should have no false_claims")
    for q in obj["pattern_quotes"]:
        if q not in weak_quotes.get(rnd, []):
            err(f"{aid}: pattern quote not a round-{rnd} Common Weak Answer: {q!r}")
    for fc in obj["false_claims"]:
        if fc not in ans:
            err(f"{aid}: false claim not verbatim in answer: {fc!r}")
    wc = len(ans.split())
    if not 40 <= wc <= 200:
        err(f"{aid}: {wc} words")
    shared = ngrams(ans) & ngrams(strong_ans.get(rnd, ""))
    if shared and obj["kind"] in {"strong", "adequate"}:
        err(f"{aid}: shares 7-gram(s) with strong answer: {sorted(' '.join(s) for s in shared)[:3]}")
    elif shared:
        print(f"note: {aid} ({obj['kind']}) shares {len(shared)} 7-gram(s) with the strong answer: {sorted(' '.join(s) for s in shared)}")
    if not obj["note"].strip():
        err(f"{aid}: empty note")

ids = [r.get("id") for r in rows]
if len(rows) != 30:
    err(f"expected 30 answers, got {len(rows)}")
if len(set(ids)) != len(ids):
    err("duplicate ids")
per_round = Counter(r.get("round") for r in rows)
if any(per_round[i] != 6 for i in range(1, 6)):
    err(f"per-round counts {dict(per_round)}")
kinds = Counter(r.get("kind") for r in rows)
for k, n in MIX.items():
    if kinds[k] != n:
        err(f"kind {k}: {kinds[k]} != {n}")

print("answers:", len(rows))
print("per round:", dict(sorted(per_round.items())))
print("kinds:", dict(sorted(kinds.items())))
print("bands:", dict(sorted(Counter(r.get("band") for r in rows).items())))
print("bluff true:", sum(1 for r in rows if r.get("bluff")))
print("bands by kind:", dict(sorted(Counter((r.get("kind"), r.get("band")) for r in rows).items())))
print("strong-answer words per round:", {r: len(s.split()) for r, s in sorted(strong_ans.items())})
print("answer words min/max:", min(len(r["answer"].split()) for r in rows), max(len(r["answer"].split()) for r in rows))
if errors:
    print("\nERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
