#!/usr/bin/env python3
"""Validate dns-failover.txt and dns-failover_answers.jsonl against the brief's rules."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "dns-failover.txt")  # repository layout
ANS = os.path.join(HERE, "..", "..", "dns-failover_answers.jsonl")  # repository layout
FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
PREFIX = "dns"
errors = []

def err(msg):
    errors.append(msg)

def words(s):
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", s.lower().replace("’", "'"))

def words2(s):
    # alternative tokenisation: whitespace split, punctuation stripped from token edges
    return [w for w in (t.strip(".,;:!?()\"'“”‘’—-") for t in s.lower().split()) if w]

def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}

# ---- parse the document ----
doc = open(DOC).read()
if not doc.startswith("Skip to content\n"):
    err("document must start with 'Skip to content'")
if not doc.rstrip().endswith("Prerequisite Topic Packs"):
    err("document must end with 'Prerequisite Topic Packs'")
parts = re.split(r"^Round (\d): .*$", doc, flags=re.M)
rounds = {}
for i in range(1, len(parts), 2):
    rounds[int(parts[i])] = parts[i + 1]
if sorted(rounds) != [1, 2, 3, 4, 5]:
    err(f"expected rounds 1-5, found {sorted(rounds)}")
strong, quotes = {}, {}
for r, body in rounds.items():
    m = re.search(r'Strong Answer:\n\n"(.*?)"\n', body, re.S)
    if not m:
        err(f"round {r}: no strong answer"); continue
    strong[r] = m.group(1)
    n = len(strong[r].split())
    if not 150 <= n <= 300:
        err(f"round {r}: strong answer has {n} words (need 150-300)")
    quotes[r] = re.findall(r'^\s*• "(.*?)" — ', body, re.M)
    if not quotes[r]:
        err(f"round {r}: no Common Weak Answers quotes")
all_quotes = {q for qs in quotes.values() for q in qs}
for label, r in (("Trap Alert:", 2), ("The Senior Signal:", 3), ("Trap Question Variant:", 4)):
    if label not in rounds.get(r, ""):
        err(f"round {r}: missing '{label}'")

# ---- check the answers ----
recs, ids = [], set()
for ln, line in enumerate(open(ANS), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        err(f"line {ln}: bad JSON: {e}"); continue
    recs.append(d)
    if list(d.keys()) != FIELDS:
        err(f"line {ln}: fields {list(d.keys())} != {FIELDS}"); continue
    i = d["id"]
    if i in ids:
        err(f"{i}: duplicate id")
    ids.add(i)
    m = re.fullmatch(rf"{PREFIX}-r(\d)-(\d\d)", i)
    if not m or int(m.group(1)) != d["round"]:
        err(f"{i}: id does not match round {d['round']}")
    if d["band"] not in BANDS: err(f"{i}: bad band")
    if d["kind"] not in KINDS: err(f"{i}: bad kind")
    if not isinstance(d["bluff"], bool) or d["bluff"] != (d["kind"] == "bluff"):
        err(f"{i}: bluff flag must be true exactly when kind is bluff")
    if d["kind"] == "bluff" and d["band"] == "strong":
        err(f"{i}: bluff banded strong")
    if d["kind"] in ("bluff", "hedged") and not d["false_claims"]:
        err(f"{i}: {d['kind']} without false_claims")
    if d["kind"] in ("list", "offtopic", "pattern") and d["band"] != "weak":
        err(f"{i}: {d['kind']} must be weak")
    if d["kind"] == "pattern" and not d["pattern_quotes"]:
        err(f"{i}: pattern without pattern_quotes")
    n = len(d["answer"].split())
    if not 30 <= n <= 150:
        err(f"{i}: answer has {n} words (need 30-150)")
    for q in d["pattern_quotes"]:
        if q not in all_quotes:
            err(f"{i}: pattern quote not in document: {q!r}")
        elif q not in quotes.get(d["round"], []):
            err(f"{i}: pattern quote is from another round: {q!r}")
    for fc in d["false_claims"]:
        if fc not in d["answer"]:
            err(f"{i}: false claim not verbatim in answer: {fc!r}")
    if d["round"] in strong:
        shared = (ngrams(words(d["answer"])) & ngrams(words(strong[d["round"]]))) | \
                 (ngrams(words2(d["answer"])) & ngrams(words2(strong[d["round"]])))
        if shared:
            err(f"{i}: shares 7-word sequence(s) with strong answer: {[' '.join(s) for s in shared][:3]}")

# ---- counts ----
print(f"records: {len(recs)}")
print("by round:", dict(sorted(Counter(d['round'] for d in recs).items())))
print("by band: ", dict(sorted(Counter(d['band'] for d in recs).items())))
print("by kind: ", dict(sorted(Counter(d['kind'] for d in recs).items())))
print("by bluff:", dict(sorted(Counter(str(d['bluff']).lower() for d in recs).items())))
print("strong-answer words:", {r: len(s.split()) for r, s in sorted(strong.items())})
print("answer words min/max:", min(len(d['answer'].split()) for d in recs), max(len(d['answer'].split()) for d in recs))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
