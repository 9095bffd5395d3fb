#!/usr/bin/env python3
"""Validate aws-iam-policies.txt and aws-iam-policies_answers.jsonl. Standard library only.

Run: python3 check.py   (exit code 0 and "OK" when everything passes)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "..", "gauntlets", "aws-iam-policies.txt")
JSONL = os.path.join(HERE, "..", "..", "aws-iam-policies_answers.jsonl")
SHORT = "iam"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2,
       "offtopic": 2}

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['’][a-z0-9]+)*", text.lower())


def ngrams(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------- document ----------------
def parse_doc(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0].strip() != "Skip to content":
        err("doc: first line must be 'Skip to content'")
    if not re.search(r"^Interview Gauntlet: .+$", text, re.M):
        err("doc: missing title line")
    if not re.search(r"^Category: .+ Difficulty: .+ Duration: .+ Domains: .+$", text, re.M):
        err("doc: missing Category/Difficulty/Duration/Domains line")
    heads = [(m.start(), int(m.group(1))) for m in re.finditer(r"^Round (\d): .+$", text, re.M)]
    if [h[1] for h in heads] != [1, 2, 3, 4, 5]:
        err("doc: rounds must be Round 1..5 in order, got %r" % [h[1] for h in heads])
    tail_at = text.find("What This Sequence Tested:")
    if tail_at < 0:
        err("doc: missing 'What This Sequence Tested:'")
        tail_at = len(text)
    rounds = {}
    for i, (start, n) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else tail_at
        rounds[n] = text[start:end]
    info = {}
    for n, body in rounds.items():
        if not re.search(r'^Interviewer: ".+"$', body, re.M):
            err("doc r%d: missing quoted Interviewer question" % n)
        if "What the interviewer is testing:" not in body:
            err("doc r%d: missing 'What the interviewer is testing:'" % n)
        m = re.search(r'Strong Answer:\n\n"(.+)"\n', body)
        if not m:
            err("doc r%d: missing Strong Answer" % n)
            strong = ""
        else:
            strong = m.group(1)
            wc = len(strong.split())
            if not 150 <= wc <= 300:
                err("doc r%d: strong answer has %d words (need 150-300)" % (n, wc))
        if "Common Weak Answers:" not in body:
            err("doc r%d: missing Common Weak Answers" % n)
        cwa = re.findall(r'^\s*•\s*"(.+?)" — \S', body, re.M)
        if not cwa:
            err("doc r%d: no parsable Common Weak Answers" % n)
        info[n] = {"strong": strong, "cwa": cwa, "body": body}
    # special blocks in the required rounds, and nowhere else
    blocks = {"Trap Alert:": 2, "The Senior Signal:": 3, "Trap Question Variant:": 4}
    for label, want in blocks.items():
        where = [n for n, b in rounds.items() if label in b]
        if where != [want]:
            err("doc: %r must appear only in round %d, found in %r" % (label, want, where))
    if 2 in rounds and 'If the candidate bluffs here: The interviewer will ask "' not in rounds[2]:
        err("doc r2: Trap Alert must open with the interviewer's quoted question")
    if 3 in rounds and "What separates a senior answer:" not in rounds[3]:
        err("doc r3: Senior Signal must start 'What separates a senior answer:'")
    if 4 in rounds:
        tqv = rounds[4].split("Trap Question Variant:", 1)[-1]
        if not re.search(r'The right answer is ".+?"', tqv):
            err("doc r4: Trap Question Variant must state 'The right answer is \"...\"'")
        if not re.search(r'"[^"]*\?"', tqv):
            err("doc r4: Trap Question Variant needs a quoted follow-up question")
    tail = text[tail_at:]
    for n in range(1, 6):
        if not re.search(r"^%d \S.+$" % n, tail, re.M):
            err("doc: sequence table missing row %d" % n)
    if "Round Skill Tested" not in tail:
        err("doc: sequence table header missing")
    if text.rstrip().split("\n")[-1].strip() != "Prerequisite Topic Packs":
        err("doc: last line must be 'Prerequisite Topic Packs'")
    return info


# ---------------- answers ----------------
def check_answers(info):
    recs = []
    with open(JSONL, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                err("jsonl line %d: empty line" % ln)
                continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("jsonl line %d: bad JSON (%s)" % (ln, e))
    if len(recs) != 30:
        err("jsonl: %d records, need 30" % len(recs))
    per_round = Counter()
    seen_ids = set()
    for r in recs:
        rid = r.get("id", "?")
        if list(r.keys()) != FIELDS:
            err("%s: field order %r != %r" % (rid, list(r.keys()), FIELDS))
            continue
        rnd = r["round"]
        if not isinstance(rnd, int) or rnd not in range(1, 6):
            err("%s: bad round %r" % (rid, rnd))
            continue
        per_round[rnd] += 1
        m = re.fullmatch(r"%s-r(\d)-(\d\d)" % SHORT, rid)
        if not m or int(m.group(1)) != rnd:
            err("%s: id must be %s-r<round>-<nn> matching round %d" % (rid, SHORT, rnd))
        if rid in seen_ids:
            err("%s: duplicate id" % rid)
        seen_ids.add(rid)
        ans, band, kind = r["answer"], r["band"], r["kind"]
        if not isinstance(ans, str) or not ans.strip():
            err("%s: empty answer" % rid)
            continue
        if band not in BANDS:
            err("%s: bad band %r" % (rid, band))
        if kind not in KINDS:
            err("%s: bad kind %r" % (rid, kind))
        if not isinstance(r["bluff"], bool):
            err("%s: bluff must be a boolean" % rid)
        if r["bluff"] != (kind == "bluff"):
            err("%s: bluff must be true iff kind is bluff" % rid)
        if kind == "bluff" and band == "strong":
            err("%s: a bluff cannot be banded strong" % rid)
        if kind in ("strong", "adequate") and band != kind:
            err("%s: kind %s must have band %s" % (rid, kind, kind))
        if kind in ("pattern", "list", "offtopic", "weak") and band != "weak":
            err("%s: kind %s must be banded weak" % (rid, kind))
        if not isinstance(r["note"], str) or not r["note"].strip():
            err("%s: note must be a non-empty string" % rid)
        wc = len(ans.split())
        if not 40 <= wc <= 200:
            err("%s: answer has %d words (need 40-200)" % (rid, wc))
        pq, fc = r["pattern_quotes"], r["false_claims"]
        if not isinstance(pq, list) or not all(isinstance(x, str) for x in pq):
            err("%s: pattern_quotes must be a list of strings" % rid)
            pq = []
        if not isinstance(fc, list) or not all(isinstance(x, str) for x in fc):
            err("%s: false_claims must be a list of strings" % rid)
            fc = []
        round_cwa = info.get(rnd, {}).get("cwa", [])
        for q in pq:
            if q not in round_cwa:
                err("%s: pattern_quote not verbatim in round %d Common Weak Answers: %r" % (rid, rnd, q))
        if kind == "pattern" and not pq:
            err("%s: pattern answer needs pattern_quotes" % rid)
        if kind != "pattern" and pq:
            err("%s: only pattern answers carry pattern_quotes" % rid)
        for c in fc:
            if not c or c not in ans:
                err("%s: false_claim not verbatim in answer: %r" % (rid, c))
        if kind in ("bluff", "hedged") and not fc:
            err("%s: %s answer needs false_claims" % (rid, kind))
        if kind in ("strong", "adequate", "honest", "list", "offtopic") and fc:
            err("%s: %s answer must have empty false_claims" % (rid, kind))
        if band in ("strong", "adequate") or kind in ("strong", "adequate"):
            shared = ngrams(words(ans)) & ngrams(words(info.get(rnd, {}).get("strong", "")))
            if shared:
                err("%s: shares 7-word sequence(s) with round %d strong answer: %r"
                    % (rid, rnd, [" ".join(s) for s in sorted(shared)][:3]))
    for n in range(1, 6):
        if per_round[n] != 6:
            err("round %d has %d answers, need 6" % (n, per_round[n]))
    kinds = Counter(r.get("kind") for r in recs)
    for k, want in MIX.items():
        if kinds[k] != want:
            err("mix: kind %s = %d, need %d" % (k, kinds[k], want))
    extra = set(kinds) - set(MIX)
    if extra:
        err("mix: unexpected kinds %r" % extra)
    honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
    if honest_strong != 1:
        err("mix: exactly one honest answer must be banded strong, found %d" % honest_strong)
    return recs


def main():
    info = parse_doc(DOC)
    recs = check_answers(info)
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    kinds = Counter(r["kind"] for r in recs)
    bands = Counter(r["band"] for r in recs)
    print("kinds:", dict(sorted(kinds.items())))
    print("bands:", dict(sorted(bands.items())))
    print("OK: document and %d answers pass all checks" % len(recs))


if __name__ == "__main__":
    main()
