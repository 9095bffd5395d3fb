#!/usr/bin/env python3
"""Validate db-backups-pitr.txt and db-backups-pitr_answers.jsonl against the brief; print counts."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "db-backups-pitr.txt")
ANS = os.path.join(HERE, "db-backups-pitr_answers.jsonl")
FIELDS = {"id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
BANDS = {"strong", "adequate", "weak"}
EXPECTED_MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2,
                "hedged": 2, "offtopic": 2}

errors = []
doc = open(DOC).read()

# ---- document structure ----
rounds = re.split(r"\n(?=Round \d: )", doc)
round_blocks = {int(b[6]): b for b in rounds if re.match(r"Round \d: ", b)}
if sorted(round_blocks) != [1, 2, 3, 4, 5]:
    errors.append(f"doc rounds found: {sorted(round_blocks)}")
strong = {}
weak_quotes = {}
for r, b in round_blocks.items():
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n', b, re.S)
    if not m:
        errors.append(f"round {r}: no strong answer"); continue
    strong[r] = m.group(1)
    wc = len(strong[r].split())
    if not 150 <= wc <= 300:
        errors.append(f"round {r}: strong answer {wc} words")
    for label in ("Interviewer: \"", "What the interviewer is testing:", "Common Weak Answers:"):
        if label not in b:
            errors.append(f"round {r}: missing {label!r}")
    weak_quotes[r] = re.findall(r'  • "(.*?)" — ', b)
    if not weak_quotes[r]:
        errors.append(f"round {r}: no weak-answer quotes")
for label in ("Trap Alert:", "The Senior Signal:", "Trap Question Variant:"):
    where = [r for r, b in round_blocks.items() if label in b]
    if len(where) != 1:
        errors.append(f"{label} appears in rounds {where}")
    else:
        print(f"{label} round {where[0]}")
if not doc.startswith("Skip to content\n") or not doc.rstrip().endswith("Prerequisite Topic Packs"):
    errors.append("doc scraped first/last lines missing")
if "What This Sequence Tested:" not in doc:
    errors.append("closing table missing")
all_quotes = {q for qs in weak_quotes.values() for q in qs}


def toks(s):
    return re.findall(r"[a-z0-9_]+", s.lower())


def grams(s, n=7):
    t = toks(s)
    return {tuple(t[i:i + n]) for i in range(len(t) - n + 1)}


# ---- answers ----
rows = []
for i, line in enumerate(open(ANS), 1):
    try:
        a = json.loads(line)
    except Exception as e:
        errors.append(f"line {i}: does not parse: {e}"); continue
    rows.append(a)
    if set(a) != FIELDS:
        errors.append(f"line {i}: fields {sorted(set(a) ^ FIELDS)}")
        continue
    aid = a["id"]
    if not re.fullmatch(r"pitr-r[1-5]-\d\d", aid) or int(aid[6]) != a["round"]:
        errors.append(f"{aid}: id/round mismatch")
    if a["kind"] not in KINDS: errors.append(f"{aid}: kind {a['kind']}")
    if a["band"] not in BANDS: errors.append(f"{aid}: band {a['band']}")
    if not isinstance(a["bluff"], bool): errors.append(f"{aid}: bluff not bool")
    if a["bluff"] != (a["kind"] == "bluff"): errors.append(f"{aid}: bluff iff kind=bluff violated")
    if a["bluff"] and a["band"] == "strong": errors.append(f"{aid}: bluff banded strong")
    if a["kind"] in ("list", "offtopic", "pattern") and a["band"] != "weak":
        errors.append(f"{aid}: {a['kind']} must be weak")
    if a["kind"] in ("strong", "adequate") and a["band"] != a["kind"]:
        errors.append(f"{aid}: kind {a['kind']} banded {a['band']}")
    if a["kind"] in ("bluff", "hedged") and not a["false_claims"]:
        errors.append(f"{aid}: {a['kind']} without false_claims")
    if a["kind"] == "pattern" and not a["pattern_quotes"]:
        errors.append(f"{aid}: pattern without pattern_quotes")
    if a["kind"] != "pattern" and a["pattern_quotes"]:
        errors.append(f"{aid}: pattern_quotes on non-pattern")
    for fc in a["false_claims"]:
        if fc not in a["answer"]:
            errors.append(f"{aid}: false claim not verbatim: {fc!r}")
    for pq in a["pattern_quotes"]:
        if pq not in weak_quotes.get(a["round"], []):
            errors.append(f"{aid}: pattern quote not a weak-answer quote of its round: {pq!r}")
    wc = len(a["answer"].split())
    if not 30 <= wc <= 150:
        errors.append(f"{aid}: {wc} words")
    shared = grams(a["answer"]) & grams(strong.get(a["round"], ""))
    if shared:
        errors.append(f"{aid}: shares 7-grams with strong answer: {[' '.join(g) for g in shared][:3]}")

ids = [a.get("id") for a in rows]
if len(ids) != len(set(ids)): errors.append("duplicate ids")
if len(rows) != 30: errors.append(f"{len(rows)} answers, want 30")

# ---- counts ----
by_round = Counter(a["round"] for a in rows)
by_band = Counter(a["band"] for a in rows)
by_kind = Counter(a["kind"] for a in rows)
rxb = Counter((a["round"], a["band"]) for a in rows)
for r in range(1, 6):
    if by_round[r] != 6: errors.append(f"round {r} has {by_round[r]} answers")
for k, n in EXPECTED_MIX.items():
    if by_kind[k] != n: errors.append(f"kind {k}: {by_kind[k]} (want {n})")

print("answers:", len(rows))
print("by round:", dict(sorted(by_round.items())))
print("by band:", {b: by_band[b] for b in ("strong", "adequate", "weak")})
print("by kind:", dict(sorted(by_kind.items())))
print("round x band:")
print("  round strong adequate weak")
for r in range(1, 6):
    print(f"  {r:5d} {rxb[(r,'strong')]:6d} {rxb[(r,'adequate')]:8d} {rxb[(r,'weak')]:4d}")
print("word counts: min", min(len(a['answer'].split()) for a in rows),
      "max", max(len(a['answer'].split()) for a in rows))
print("strong answer word counts:", {r: len(s.split()) for r, s in sorted(strong.items())})

if errors:
    print("\nERRORS:")
    for e in errors: print(" -", e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
