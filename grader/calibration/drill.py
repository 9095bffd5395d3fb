"""The calibration drill: a fixed set of answers every interviewer grades blind, then compares.

A drill file is JSONL with ``item, round, answer`` per line (optional ``rubric``, ``question``; an ``id``
equal to ``item`` lets `grader batch` grade the same file). The grader's rows for a drill live next to it
as ``<name>.graded.jsonl``, written by
``grader batch DRILL.jsonl --rubric RUBRIC -o DRILL.graded.jsonl``; without that file the drill compares
interviewers only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sklearn.metrics import confusion_matrix

from grader.calibration.agreement import DEFAULT_RESAMPLES, AgreementReport, compute_agreement
from grader.calibration.ratings import FOUR_POINT, GRADER_RATER, GradedRow, Ratings, Scale, join_grader, read_graded
from grader.calibration.store import load_ratings
from grader.errors import CalibrationError

DEFAULT_DRILL = Path(__file__).resolve().parents[2] / "examples" / "calibration_drill.jsonl"


class DrillItem(BaseModel):
    """One answer to grade in the drill."""

    model_config = ConfigDict(extra="ignore")

    item: str = Field(min_length=1)
    round: int = Field(ge=1)
    answer: str = Field(min_length=1)
    rubric: str | None = None
    question: str | None = Field(None, description="The interviewer's question; looked up in the rubric when absent.")
    id: str | None = Field(None, description="Same as item, so `grader batch` can grade the drill file.")

    @model_validator(mode="after")
    def _id_matches(self) -> "DrillItem":
        if self.id is not None and self.id != self.item:
            raise ValueError(f"id {self.id!r} differs from item {self.item!r}")
        return self


@dataclass
class Drill:
    """A loaded drill: its name (the file stem), the items in file order, and the grader's rows if any."""

    name: str
    path: Path
    items: list[DrillItem]
    graded: list[GradedRow] | None
    scale: Scale = FOUR_POINT

    @property
    def rounds(self) -> dict[str, int]:
        return {i.item: i.round for i in self.items}

    @property
    def graded_path(self) -> Path:
        return graded_path_for(self.path)


def graded_path_for(path: Path) -> Path:
    return path.with_name(f"{path.stem}.graded.jsonl")


def load_drill(path: str | Path = DEFAULT_DRILL) -> Drill:
    """Read a drill file and, when it exists, the grader's rows next to it; questions come from the rubric."""
    path = Path(path)
    if not path.exists():
        raise CalibrationError(f"{path}: drill file not found; expected JSONL with item, round, answer")
    items: list[DrillItem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = DrillItem.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise CalibrationError(f"{path}: line {number}: not valid JSON ({exc.msg}); expected one object per line") from None
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first.get("loc", ())) or "row"
            message = first.get("msg", "invalid").removeprefix("Value error, ")
            raise CalibrationError(f"{path}: line {number}: '{field}': {message}; expected item, round, answer") from None
        if item.item in seen:
            raise CalibrationError(f"{path}: line {number}: item {item.item!r} already on line {seen[item.item]}")
        seen[item.item] = number
        items.append(item)
    if not items:
        raise CalibrationError(f"{path}: no answers; expected JSONL lines with item, round, answer")
    _fill_questions(items, path)
    graded_file = graded_path_for(path)
    graded = read_graded(graded_file) if graded_file.exists() else None
    return Drill(name=path.stem, path=path, items=items, graded=graded)


def _fill_questions(items: list[DrillItem], path: Path) -> None:
    from grader.rubric import load_rubric

    loaded = {}
    for item in items:
        if item.question or not item.rubric:
            continue
        if item.rubric not in loaded:
            loaded[item.rubric] = load_rubric(item.rubric)
        rounds = {r.number: r for r in loaded[item.rubric].rounds}
        if item.round not in rounds:
            raise CalibrationError(f"{path}: item {item.item!r}: rubric {item.rubric!r} has no round {item.round}")
        item.question = rounds[item.round].question


@dataclass
class DrillResults:
    """Where one rater sits: the agreement report over everyone (grader included) plus comparison tables."""

    rater: str
    ratings: Ratings
    report: AgreementReport
    versus_others: pd.DataFrame | None
    versus_grader: pd.DataFrame | None
    distribution: pd.DataFrame

    @property
    def others(self) -> list[str]:
        return [r for r in self.ratings.raters if r != self.rater]


def drill_results(
    drill: Drill, rater: str, db_path: str | Path | None = None, resamples: int = DEFAULT_RESAMPLES
) -> DrillResults | None:
    """Everything the drill's results view shows; None when nobody has rated the drill yet."""
    ratings = load_ratings(drill.name, db_path)
    if ratings is None:
        return None
    if drill.graded:
        ratings = join_grader(ratings, drill.graded, source=str(drill.graded_path))
    report = compute_agreement(ratings, resamples=resamples)
    humans = ratings.frame[ratings.frame["rater"] != GRADER_RATER]
    others = humans[humans["rater"] != rater]
    grader = ratings.frame[ratings.frame["rater"] == GRADER_RATER]
    return DrillResults(
        rater=rater,
        ratings=ratings,
        report=report,
        versus_others=confusion_table(ratings, rater, _consensus(others)) if len(others) else None,
        versus_grader=confusion_table(ratings, rater, grader.set_index("item")["score"]) if len(grader) else None,
        distribution=score_distribution(ratings),
    )


def _consensus(frame: pd.DataFrame) -> pd.Series:
    """item -> median score of the given raters, halves rounded up (on the rating scale)."""
    return np.floor(frame.groupby("item")["score"].median() + 0.5)


def confusion_table(ratings: Ratings, rater: str, reference: pd.Series) -> pd.DataFrame:
    """Long table (mine, reference, count) of one rater's scores against reference scores on shared items."""
    mine = ratings.frame[ratings.frame["rater"] == rater].set_index("item")["score"]
    shared = mine.index.intersection(reference.index)
    labels = list(ratings.scale.values)
    counts = confusion_matrix(reference[shared].astype(int), mine[shared].astype(int), labels=labels)
    return pd.DataFrame(
        [
            {"mine": ratings.scale.label(m), "reference": ratings.scale.label(r), "count": int(counts[i, j])}
            for i, r in enumerate(labels)
            for j, m in enumerate(labels)
        ]
    )


def score_distribution(ratings: Ratings) -> pd.DataFrame:
    """Long table (rater, score, count) with zero counts kept, so every rater shows the whole scale."""
    frame = ratings.frame
    index = pd.MultiIndex.from_product([sorted(frame["rater"].unique()), ratings.scale.values], names=["rater", "value"])
    counts = frame.groupby(["rater", frame["score"].astype(int).rename("value")]).size().reindex(index, fill_value=0)
    table = counts.rename("count").reset_index()
    table["score"] = table["value"].map(ratings.scale.label)
    return table[["rater", "score", "value", "count"]]
