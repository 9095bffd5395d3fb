#!/usr/bin/env python3
"""Validate s3-object-storage.txt and s3-object-storage_answers.jsonl. Exits non-zero on any failure."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GAUNTLET = os.path.join(HERE, "s3-object-storage.txt")
ANSWERS = os.path.join(HERE, "s3-object-storage_answers.jsonl")
SHORT = "s3"

FIELDS = ["id", "round", "answer", "band", "bluff", "kind", "pattern_quotes", "false_claims", "note"]
BANDS = {"strong", "adequate", "weak"}
KINDS = {"strong", "adequate", "weak", "offtopic", "pattern", "bluff", "honest", "list", "hedged"}
MIX = {"strong": 4, "adequate": 4, "pattern": 5, "bluff": 7, "honest": 4, "list": 2, "hedged": 2, "offtopic": 2}
ROUND_TITLES = ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]

errors = []


def err(msg):
    errors.append(msg)


def words(text):
    return re.findall(r"[a-z0-9]+(?:['\u2019][a-z0-9]+)*", text.lower().replace("\u2019", "'"))


def ngrams(text, n=7):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---------------------------------------------------------------- gauntlet
def parse_gauntlet():
    text = open(GAUNTLET, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] != "Skip to content":
        err("gauntlet: first line must be 'Skip to content'")
    if not lines[2].startswith("Interview Gauntlet: "):
        err("gauntlet: line 3 must be the title")
    if not re.match(r"Category: .+ Difficulty: L3 Duration: 15-20 minutes Domains: .+", lines[4]):
        err("gauntlet: bad Category/Difficulty/Duration/Domains line")
    if not text.endswith("\n\nPrerequisite Topic Packs\n"):
        err("gauntlet: must end with the 'Prerequisite Topic Packs' line")
    if "What This Sequence Tested:\n\nRound Skill Tested\n" not in text:
        err("gauntlet: missing 'What This Sequence Tested' table")
    for i in range(1, 6):
        if not re.search(r"^%d \S.+$" % i, text.split("Round Skill Tested\n", 1)[-1], re.M):
            err("gauntlet: table row %d missing" % i)

    parts = re.split(r"^Round (\d): (.+)$", text, flags=re.M)
    rounds = {}
    for k in range(1, len(parts) - 1, 3):
        num, title, body = int(parts[k]), parts[k + 1], parts[k + 2]
        rounds[num] = (title, body)
    if sorted(rounds) != [1, 2, 3, 4, 5]:
        err("gauntlet: need rounds 1-5, got %s" % sorted(rounds))
        return {}
    info = {}
    for num, (title, body) in rounds.items():
        if title != ROUND_TITLES[num - 1]:
            err("gauntlet round %d: title %r" % (num, title))
        if not re.search(r'^Interviewer: ".+"$', body, re.M):
            err("gauntlet round %d: missing Interviewer question" % num)
        if not re.search(r"^What the interviewer is testing: \S", body, re.M):
            err("gauntlet round %d: missing 'What the interviewer is testing'" % num)
        m = re.search(r'^Strong Answer:\n\n"(.+)"\n', body, re.M)
        if not m:
            err("gauntlet round %d: missing Strong Answer" % num)
            continue
        strong = m.group(1)
        n = len(strong.split())
        if not 150 <= n <= 300:
            err("gauntlet round %d: strong answer has %d words (150-300)" % (num, n))
        cwa_block = re.search(r"^Common Weak Answers:\n\n((?:  \u2022 .+\n)+)", body, re.M)
        quotes = []
        if not cwa_block:
            err("gauntlet round %d: missing Common Weak Answers" % num)
        else:
            for line in cwa_block.group(1).splitlines():
                q = re.match(r'  \u2022 "(.+?)" \u2014 (\S.+)$', line)
                if not q:
                    err("gauntlet round %d: bad weak-answer line %r" % (num, line))
                else:
                    quotes.append(q.group(1))
        has = {
            "trap": "\nTrap Alert:\n\nIf the candidate bluffs here: The interviewer will ask \"" in body,
            "senior": "\nThe Senior Signal:\n\nWhat separates a senior answer: " in body,
            "variant": "\nTrap Question Variant:\n\nThe right answer is \"" in body,
        }
        want = {2: "trap", 3: "senior", 4: "variant"}.get(num)
        for key, present in has.items():
            if present and key != want:
                err("gauntlet round %d: unexpected %s section" % (num, key))
            if key == want and not present:
                err("gauntlet round %d: missing %s section" % (num, key))
        if num == 4:
            var = body.split("Trap Question Variant:", 1)[-1]
            if not re.search(r'follows up: "[^"]+\?"', var):
                err("gauntlet round 4: trap question variant lacks a quoted follow-up question")
        info[num] = {"strong": strong, "quotes": quotes}
    return info


# ---------------------------------------------------------------- answers
def check_answers(info):
    recs = []
    with open(ANSWERS, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                err("answers line %d: bad JSON (%s)" % (ln, e))
    if len(recs) != 30:
        err("answers: need 30 records, got %d" % len(recs))

    per_round = Counter()
    seen_ids = set()
    for r in recs:
        rid = r.get("id", "?")
        if list(r.keys()) != FIELDS:
            err("%s: field order %s" % (rid, list(r.keys())))
            continue
        rnd = r["round"]
        if not isinstance(rnd, int) or rnd not in range(1, 6):
            err("%s: bad round %r" % (rid, rnd))
            continue
        per_round[rnd] += 1
        if not re.fullmatch(r"%s-r%d-\d\d" % (SHORT, rnd), rid):
            err("%s: id does not match round" % rid)
        if rid in seen_ids:
            err("%s: duplicate id" % rid)
        seen_ids.add(rid)
        if r["band"] not in BANDS:
            err("%s: bad band %r" % (rid, r["band"]))
        if r["kind"] not in KINDS:
            err("%s: bad kind %r" % (rid, r["kind"]))
        if not isinstance(r["bluff"], bool) or r["bluff"] != (r["kind"] == "bluff"):
            err("%s: bluff must be true iff kind is bluff" % rid)
        if r["kind"] == "bluff" and r["band"] == "strong":
            err("%s: a bluff cannot be banded strong" % rid)
        if r["kind"] in ("strong", "adequate") and r["band"] != r["kind"]:
            err("%s: kind %s must have the same band" % (rid, r["kind"]))
        if r["kind"] in ("pattern", "list", "offtopic", "weak") and r["band"] != "weak":
            err("%s: kind %s must be banded weak" % (rid, r["kind"]))
        if not isinstance(r["note"], str) or not r["note"].strip():
            err("%s: empty note" % rid)
        ans = r["answer"]
        n = len(ans.split())
        if not 40 <= n <= 200:
            err("%s: answer has %d words (40-200)" % (rid, n))

        quotes = info.get(rnd, {}).get("quotes", [])
        pq = r["pattern_quotes"]
        if r["kind"] == "pattern":
            if not pq:
                err("%s: pattern answer needs pattern_quotes" % rid)
        elif pq:
            err("%s: pattern_quotes only for pattern answers" % rid)
        for q in pq:
            if q not in quotes:
                err("%s: pattern quote not verbatim in round %d Common Weak Answers: %r" % (rid, rnd, q))

        fc = r["false_claims"]
        if r["kind"] in ("bluff", "hedged") and not fc:
            err("%s: %s answer needs false_claims" % (rid, r["kind"]))
        if r["kind"] in ("strong", "adequate", "honest", "list", "offtopic") and fc:
            err("%s: %s answer must not have false_claims" % (rid, r["kind"]))
        for c in fc:
            if c not in ans:
                err("%s: false claim not verbatim in answer: %r" % (rid, c))

        strong = info.get(rnd, {}).get("strong", "")
        if r["band"] in ("strong", "adequate") or r["kind"] in ("strong", "adequate"):
            shared = ngrams(ans) & ngrams(strong)
            if shared:
                err("%s: shares 7-word sequence(s) with round %d strong answer: %s"
                    % (rid, rnd, [" ".join(s) for s in sorted(shared)][:3]))

    for rnd in range(1, 6):
        if per_round[rnd] != 6:
            err("round %d: %d answers (need 6)" % (rnd, per_round[rnd]))
    kinds = Counter(r.get("kind") for r in recs)
    for k, v in MIX.items():
        if kinds.get(k, 0) != v:
            err("mix: kind %s = %d (need %d)" % (k, kinds.get(k, 0), v))
    extra = set(kinds) - set(MIX)
    if extra:
        err("mix: unexpected kinds %s" % extra)
    honest_strong = sum(1 for r in recs if r.get("kind") == "honest" and r.get("band") == "strong")
    if honest_strong != 1:
        err("mix: exactly one honest answer must be banded strong (got %d)" % honest_strong)
    hedge_words = ("i think", "i believe", "i'd check", "i'd want to", "double-check", "not sure")
    for r in recs:
        if r.get("kind") == "hedged":
            low = " ".join(r["false_claims"]).lower() + " " + r["answer"].lower()
            if not any(h in low for h in hedge_words):
                err("%s: hedged answer lacks an explicit hedge" % r["id"])
    # at least two bluffs whose false claim uses no number and no capitalised name
    plain = 0
    for r in recs:
        if r.get("kind") == "bluff":
            claims = " ".join(r["false_claims"])
            if not re.search(r"\d", claims) and not re.search(r"(?<!^)\b[A-Z][A-Za-z0-9]+", claims):
                plain += 1
    if plain < 2:
        err("mix: need at least two plain-words mechanism bluffs (got %d)" % plain)
    return recs, kinds


def main():
    info = parse_gauntlet()
    recs, kinds = check_answers(info)
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    bands = Counter((r["kind"], r["band"]) for r in recs)
    print("OK: gauntlet has 5 rounds; 30 answers, 6 per round")
    print("kinds:", dict(sorted(kinds.items())))
    print("bands:", dict(sorted(Counter(r["band"] for r in recs).items())))
    print("kind/band:", {"%s/%s" % k: v for k, v in sorted(bands.items())})


if __name__ == "__main__":
    main()
