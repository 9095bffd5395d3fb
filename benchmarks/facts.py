"""Derived facts and the exact fact checker, measured on gauntlet documents alone (no answers needed).

For every document: how many facts of each kind the importer derives, how many false claims it marks,
whether the checker stays silent on the rubric's own text (strong answers, trap answers, senior signals,
weak-answer explanations, honest answers: none of it contradicts the rubric), and whether it catches each
quantity or version fact's own sentence with the value changed (a mutation a bluffer would make).

    python -m benchmarks.facts [DOC ...]     # default: the seed and the benchmark gauntlets
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from grader.quantities import LOWER_BOUNDS, digits
from grader.rubric.importer import import_gauntlet_file
from grader.scoring.facts import find_conflicts
from grader.text import split_clauses, split_sentences

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = [
    ROOT.parent / "shared" / "seeds" / "ebpf-observability.txt",
    *sorted((ROOT / "benchmarks" / "data" / "gauntlets").glob("*.txt")),
    *sorted((ROOT / "benchmarks" / "data" / "holdout" / "gauntlets").glob("*.txt")),
]


def mutate_value(fact, text: str) -> str | None:
    """The fact's sentence with its value replaced by a wrong one, at the occurrence after the subject."""
    text = digits(text)
    bound, value = re.match(r"^(\D*?)\s*(\d.*)$", fact.value).groups() if re.search(r"\d", fact.value) else ("", fact.value)
    value = value.split("-")[0].rstrip("+")  # "1.10+": a minimum version
    # The occurrence of the value nearest the subject (a sentence may repeat the number).
    where = max(0, text.lower().find(fact.subject.lower()))
    found = list(re.finditer(rf"(?<![\d.]){re.escape(value)}(?!\d)", text))
    if not found and value == "1" and fact.unit:  # "a minute or more"
        found = list(re.finditer(rf"\b(?:an?|one)\b(?=\s+{re.escape(fact.unit.rstrip('s'))})", text, re.IGNORECASE))
    if not found:
        return None
    match = min(found, key=lambda m: abs(m.start() - where))
    if fact.unit == "status code":
        other = "500" if value != "500" else "404"
    elif fact.kind == "version":
        other = ".".join([str(max(0, int(value.split(".")[0]) - 1)), *value.split(".")[1:]])
    elif bound in LOWER_BOUNDS:  # "at least 24 hours": a value below the bound is the wrong one
        other = f"{float(value) / 3:g}"
    else:
        other = str(int(float(value) * 3) or 7)
    head, tail = text[: match.start()], text[match.end() :]
    if bound:  # the wrong value said plainly: "0.33 minutes", not "0.33 minutes or more"
        head = re.sub(rf"\b{re.escape(bound)}\s*$", "", head)
        tail = re.sub(r"^(\s*[A-Za-z]+)\s+(?:or (?:more|longer|higher|less|fewer|shorter)|plus)\b", r"\1", tail)
    return head + other + tail


def measure(path: Path, show: bool = False) -> list[object]:
    rubric = import_gauntlet_file(path).rubric
    kinds: Counter[str] = Counter()
    own_claims = flagged = mutations = caught = 0
    every_fact = [f for r in rubric.rounds for f in r.facts]
    for round_ in rubric.rounds:
        kinds.update(f.kind for f in round_.facts)
        texts = [round_.strong_answer, round_.senior_signal or "", round_.testing or ""]
        texts += [t.answer for t in round_.traps] + [h for t in round_.traps for h in t.honest_answers]
        texts += [p.why for p in round_.weak_patterns]
        claims = [c for t in texts for s in split_sentences(t) for c in split_clauses(s)]
        own_claims += len(claims)
        conflicts = find_conflicts(claims, every_fact)
        flagged += len(conflicts)
        for conflict in conflicts if show else []:
            print(f"{path.name} round {round_.number}: {conflict.why}", file=sys.stderr)
        for fact in round_.facts:
            if fact.kind not in {"quantity", "version"}:
                continue
            mutated = mutate_value(fact, fact.text)
            if mutated is None:
                continue
            mutations += 1
            caught += fact.id in {c.fact.id for c in find_conflicts([mutated], round_.facts)}
    false_claims = sum(p.false_claim for r in rubric.rounds for p in r.weak_patterns)
    weak = sum(len(r.weak_patterns) for r in rubric.rounds)
    shown = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"
    return [path.name, sum(kinds.values()), shown, f"{false_claims}/{weak}", f"{flagged}/{own_claims}",
            f"{caught}/{mutations}" if mutations else "—"]


def main(argv: list[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv[1:])
    show = "--show" in args  # print every own-text claim flagged, on stderr
    docs = [Path(a) for a in args if a != "--show"] or [d for d in DEFAULT_DOCS if d.exists()]
    rows = [measure(d, show) for d in docs]
    head = ["document", "facts", "by kind", "weak answers marked false", "own-text claims flagged",
            "mutated values caught"]
    print("| " + " | ".join(head) + " |")
    print("| " + " | ".join("---" for _ in head) + " |")
    for row in rows:
        print("| " + " | ".join(str(x) for x in row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
