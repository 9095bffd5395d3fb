"""Loaders for the public short-answer grading datasets in ../shared/datasets (read in place, never copied)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "datasets"
DATA = REPO / "benchmarks" / "data"


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def available(name: str) -> bool:
    return (SHARED / name).is_dir()


def mohler() -> list[dict]:
    """The 2,273 answers of the published benchmark (6 ordering questions excluded, as the authors did)."""
    path = SHARED / "mohler2011" / "mohler2011.jsonl"
    return [r for r in _jsonl(path) if not r.get("excluded_in_published_work")]


def semeval(corpus: str) -> list[dict]:
    path = SHARED / "semeval2013_task7" / "semeval2013_task7.jsonl"
    return [r for r in _jsonl(path) if r["corpus"] == corpus]


def saf(version: str = "v1_acl2022") -> list[dict]:
    path = SHARED / "saf_en" / f"saf_en_{version}.jsonl"
    return list(_jsonl(path))


def digiklausur() -> list[dict]:
    path = SHARED / "digiklausur_nn" / "digiklausur_nn.jsonl"
    return [r for r in _jsonl(path) if not r.get("is_reference_source")]


def ebpf_answers() -> list[dict]:
    return list(_jsonl(DATA / "ebpf_answers.jsonl"))


def ebpf_holdout() -> list[dict]:
    """Written after the engine was tuned, by someone who saw neither the engine nor the earlier sets."""
    return [dict(r, split="holdout") for r in _jsonl(DATA / "holdout" / "ebpf_holdout.jsonl")]


# The blind sets are the `freshN/` folders, numbered in the order they were written ("fresh" is the first). Each was
# graded blind once and read after its run (its README says so); from then on it is a development set. A folder
# numbered above this one has not been read yet: it is blind.
LAST_READ_FRESH_SET = 39


_FRESH = re.compile(r"fresh([0-9]*)")


def _fresh_number(folder: Path) -> int:
    """`fresh` is the first set, `freshN` the Nth."""
    return int(_FRESH.fullmatch(folder.name).group(1) or 1)


def _fresh_folders() -> list[Path]:
    folders = [f for f in DATA.glob("fresh*") if f.is_dir() and _FRESH.fullmatch(f.name)]
    return sorted(folders, key=_fresh_number)


def own_topic_sets() -> list[tuple[Path, list[dict]]]:
    """Out-of-domain labelled sets: (gauntlet document, answers) written for this project."""
    out = []
    for folder in (DATA, DATA / "dev2", DATA / "holdout", *_fresh_folders()):
        for doc in sorted((folder / "gauntlets").glob("*.txt")):
            answers = folder / f"{doc.stem}_answers.jsonl"
            if answers.exists():
                out.append((doc, list(_jsonl(answers))))
    return out


def set_role(doc: Path) -> str:
    """What a set of `own_topic_sets` is for: tuned on (development), not tuned on (held out), or never looked at
    while tuning (blind). A `freshN/` set is blind until it has been graded once and read (`LAST_READ_FRESH_SET`)."""
    folder = doc.parent.parent
    if folder.name in ("data", "dev2"):
        return "development"
    if folder.name == "holdout":
        return "held out"
    if folder.parent == DATA and folder in _fresh_folders():
        return "development" if _fresh_number(folder) <= LAST_READ_FRESH_SET else "blind"
    return "blind"


def correct_review() -> list[dict]:
    """Correct answers written by a hostile tester to be mistaken for weak or bluffing ones (honest doubt, a weak
    answer named to reject it, true details in other units, examples), 5 per round of four gauntlets
    (benchmarks/data/correct_review). `gauntlet` is a path from the repository root."""
    return list(_jsonl(DATA / "correct_review" / "answers.jsonl"))


def details_review() -> list[dict]:
    """Correct answers that each add one true detail (version, code, status, default, figure) their gauntlet never
    states, written by a hostile tester who never saw the engine (benchmarks/data/details_review). `gauntlet` is a
    path from the repository root."""
    return list(_jsonl(DATA / "details_review" / "answers.jsonl"))


def spoken_numbers() -> list[dict]:
    """Answers in the style of a speech transcript, correct or wrong by one pinned value said in words ("an hour and a
    half", "fifty-four thirty-two", "four twenty-nine"), written by a hostile tester who never saw the engine's code
    (benchmarks/data/spoken_numbers). `gauntlet` is a path from the repository root; `truth` is correct or wrong."""
    return list(_jsonl(DATA / "spoken_numbers" / "answers.jsonl"))


def evidence_set() -> tuple[list[dict], dict[str, str]]:
    """(answer, key point) pairs with blind labels: yes / partly / no / contradicted (benchmarks/data/evidence)."""
    folder = DATA / "evidence"
    tasks = list(_jsonl(folder / "tasks.jsonl"))
    labels = {row["pair_id"]: row["label"] for row in _jsonl(folder / "labels.jsonl")}
    return tasks, labels
