"""Reading human ratings and the grader's result rows, with errors that name the file, the line and the fix.

A ratings file has the columns ``rater, item, round, score`` (CSV or JSONL) and uses ONE scale: integers
1-4, or the band words weak/adequate/strong (stored as 1/2/3). Everything downstream works on the
``Ratings`` table, so the CLI, the UI drill and the tests share one validated shape.
"""

from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Literal, cast

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from grader.errors import CalibrationError

BAND_WORDS: tuple[str, ...] = ("weak", "adequate", "strong")
REQUIRED_COLUMNS: tuple[str, ...] = ("rater", "item", "round", "score")
GRADER_RATER = "grader"

#: Used when `grader.scoring.bands` does not exist (yet); the lead owns the real numbers.
FALLBACK_THRESHOLDS: dict[str, float] = {"adequate": 45.0, "strong": 70.0}


@dataclass(frozen=True)
class Scale:
    """One rating scale: its name, its ordered values and the word shown for each value."""

    name: Literal["1-4", "bands"]
    values: tuple[int, ...]
    labels: dict[int, str]

    def label(self, value: float) -> str:
        return self.labels.get(int(value), str(value)) if float(value).is_integer() else f"{value:g}"

    def describe(self) -> str:
        return "integers 1-4" if self.name == "1-4" else "the words weak/adequate/strong"


FOUR_POINT = Scale("1-4", (1, 2, 3, 4), {1: "1", 2: "2", 3: "3", 4: "4"})
BAND_SCALE = Scale("bands", (1, 2, 3), {1: "weak", 2: "adequate", 3: "strong"})
SCALES: dict[str, Scale] = {FOUR_POINT.name: FOUR_POINT, BAND_SCALE.name: BAND_SCALE}


@dataclass
class Ratings:
    """Validated ratings: one row per (rater, item) with integer ``score`` on ``scale``.

    ``frame`` has the columns rater, item, round, score (and skill when known). ``source`` names where the
    ratings came from, for messages.
    """

    frame: pd.DataFrame
    scale: Scale
    source: str = "ratings"
    notes: list[str] = field(default_factory=list)

    @property
    def raters(self) -> list[str]:
        return sorted(self.frame["rater"].unique())

    @property
    def items(self) -> list[str]:
        return sorted(self.frame["item"].unique())

    def skills(self) -> dict[str, str]:
        """item -> skill, for the items whose skill is known."""
        if "skill" not in self.frame:
            return {}
        known = self.frame.dropna(subset=["skill"])
        known = known[known["skill"].astype(str).str.len() > 0]
        return dict(zip(known["item"], known["skill"].astype(str)))

    def with_rows(self, extra: pd.DataFrame, note: str | None = None) -> "Ratings":
        frame = pd.concat([self.frame, extra], ignore_index=True)
        notes = self.notes + ([note] if note else [])
        return Ratings(frame=frame, scale=self.scale, source=self.source, notes=notes)


def ratings_from_rows(rows: list[dict[str, Any]], source: str = "ratings") -> Ratings:
    """Validate ratings given as dicts (``rater, item, round, score``; optional ``skill``, ``line``).

    Used by the file reader and by the UI's SQLite store, so both reject the same mistakes.
    """
    if not rows:
        raise CalibrationError(f"{source}: no ratings found; expected rows with columns {', '.join(REQUIRED_COLUMNS)}")
    scale: Scale | None = None
    scale_line = 0
    seen: dict[tuple[str, str], int] = {}
    item_rounds: dict[str, tuple[int, int]] = {}
    records = []
    for position, row in enumerate(rows, start=1):
        line = int(row.get("line", position))
        where = f"{source}: line {line}"
        missing = [c for c in REQUIRED_COLUMNS if _blank(row.get(c))]
        if missing:
            names = ", ".join(f"'{c}'" for c in missing)
            raise CalibrationError(
                f"{where}: missing {names}; expected every row to give {', '.join(REQUIRED_COLUMNS)}"
            )
        rater = str(row["rater"]).strip()
        item = str(row["item"]).strip()
        round_number = _parse_round(row["round"], where)
        value, row_scale = _parse_score(row["score"], where)
        if scale is None:
            scale, scale_line = row_scale, line
        elif row_scale is not scale:
            raise CalibrationError(
                f"{where}: score {str(row['score']).strip()!r} is on the {row_scale.describe()} scale but line "
                f"{scale_line} used {scale.describe()}; expected one scale per file"
            )
        key = (rater, item)
        if key in seen:
            raise CalibrationError(
                f"{where}: rater {rater!r} already rated item {item!r} on line {seen[key]}; "
                "expected one rating per rater and item"
            )
        seen[key] = line
        first = item_rounds.setdefault(item, (round_number, line))
        if first[0] != round_number:
            raise CalibrationError(
                f"{where}: item {item!r} is in round {round_number} but line {first[1]} puts it in round "
                f"{first[0]}; expected one round per item"
            )
        skill = row.get("skill")
        records.append(
            {
                "rater": rater,
                "item": item,
                "round": round_number,
                "score": value,
                "skill": None if _blank(skill) else str(skill).strip(),
            }
        )
    frame = pd.DataFrame.from_records(records)
    frame["round"] = frame["round"].astype(int)
    frame["score"] = frame["score"].astype(float)
    if frame["skill"].isna().all():
        frame = frame.drop(columns=["skill"])
    # rows is non-empty, so the first row has set the scale.
    return Ratings(frame=frame, scale=cast(Scale, scale), source=source)


def read_ratings(path: str | Path) -> Ratings:
    """Read a CSV or JSONL ratings file; raise CalibrationError naming the file, the line and what was expected."""
    path = Path(path)
    rows = list(_read_table(path, required=REQUIRED_COLUMNS))
    return ratings_from_rows(rows, source=str(path))


class GradedRow(BaseModel):
    """The fields of a `grader batch` result row that calibration uses; the rest pass unread."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(description="The answer id; joins the ratings' `item`.")
    round: int = Field(ge=0, description="Round number, from 1; 0 on an error row whose round was unreadable.")
    score: float | None = Field(None, ge=0, le=100, description="The grader's score 0..100; null on error rows.")
    band: Literal["strong", "adequate", "weak"] | None = Field(None, description="The grader's band.")
    skill: str | None = Field(None, description="The round's skill, used for per-skill agreement.")
    rubric: str | None = Field(None, description="Rubric id the row was graded against.")
    error: str | None = Field(None, description="Set when the row could not be graded; such rows are skipped.")
    line: int = Field(0, description="Line in the graded file, for messages.")


def read_graded(path: str | Path) -> list[GradedRow]:
    """Read `grader batch` output (JSONL, or CSV); rows with `error` set are kept but have no score."""
    path = Path(path)
    rows: list[GradedRow] = []
    seen: dict[str, int] = {}
    for raw in _read_table(path, required=("id", "round")):
        line = int(raw["line"])
        where = f"{path}: line {line}"
        cleaned = {k: (None if _blank(v) else v) for k, v in raw.items()}
        try:
            row = GradedRow.model_validate(cleaned)
        except ValidationError as exc:
            first = exc.errors()[0]
            name = ".".join(str(p) for p in first.get("loc", ())) or "row"
            raise CalibrationError(
                f"{where}: field '{name}': {first.get('msg', 'invalid').lower()}, found {first.get('input')!r}; "
                "expected a `grader batch` result row (id, round, score 0-100, band)"
            ) from None
        if row.error is None and (row.score is None or row.band is None):
            raise CalibrationError(f"{where}: row {row.id!r} has no score or band and no error; expected both")
        if row.error is None and row.round < 1:
            raise CalibrationError(f"{where}: field 'round': found {row.round}; expected a round number from 1")
        if row.id in seen:
            raise CalibrationError(f"{where}: id {row.id!r} already appears on line {seen[row.id]}; expected unique ids")
        seen[row.id] = line
        rows.append(row)
    if not rows:
        raise CalibrationError(f"{path}: no result rows found; expected `grader batch` output")
    return rows


def default_thresholds() -> dict[str, float]:
    """The grader's default band thresholds: `grader.scoring.bands.DEFAULT_THRESHOLDS` when it exists."""
    try:
        from grader.scoring.bands import DEFAULT_THRESHOLDS  # type: ignore[import-not-found]
    except ImportError:
        return dict(FALLBACK_THRESHOLDS)
    if isinstance(DEFAULT_THRESHOLDS, dict):
        return {"adequate": float(DEFAULT_THRESHOLDS["adequate"]), "strong": float(DEFAULT_THRESHOLDS["strong"])}
    return {"adequate": float(DEFAULT_THRESHOLDS.adequate), "strong": float(DEFAULT_THRESHOLDS.strong)}


def grader_value(band: str, score: float, scale: Scale, thresholds: dict[str, float] | None = None) -> int:
    """The grader's rating on a human scale.

    Band scale: weak=1, adequate=2, strong=3. On the 1-4 scale the band fixes the ends (weak=1, strong=4)
    and the score splits adequate at the middle of the adequate range: below the midpoint of the
    adequate and strong thresholds is 2, at or above it 3. The value never contradicts the band.
    """
    if scale is BAND_SCALE:
        return BAND_WORDS.index(band) + 1
    if band == "weak":
        return 1
    if band == "strong":
        return 4
    limits = thresholds or default_thresholds()
    middle = (limits["adequate"] + limits["strong"]) / 2
    return 3 if score >= middle else 2


def join_grader(ratings: Ratings, graded: list[GradedRow], source: str = "graded rows") -> Ratings:
    """Add the grader as one more rater (named `grader`) on the items it graded; take skills from its rows."""
    if GRADER_RATER in set(ratings.frame["rater"]):
        raise CalibrationError(
            f"{ratings.source}: a human rater is named {GRADER_RATER!r}; rename them, the name is kept for the grader"
        )
    item_rounds = ratings.frame.drop_duplicates("item").set_index("item")["round"].to_dict()
    records = []
    skipped_errors = 0
    for row in graded:
        if row.id not in item_rounds:
            continue
        if row.round != item_rounds[row.id]:
            raise CalibrationError(
                f"{source}: line {row.line}: item {row.id!r} is round {row.round} but the ratings put it in round "
                f"{item_rounds[row.id]}; expected the same round"
            )
        if row.error is not None or row.score is None or row.band is None:
            skipped_errors += 1
            continue
        records.append(
            {
                "rater": GRADER_RATER,
                "item": row.id,
                "round": row.round,
                "score": float(grader_value(row.band, row.score, ratings.scale)),
                "skill": row.skill,
            }
        )
    if not records:
        raise CalibrationError(
            f"{source}: no graded row's id matches an item of {ratings.source}; expected result ids equal to the items"
        )
    extra = pd.DataFrame.from_records(records)
    frame = ratings.frame.copy()
    skills = {r["item"]: r["skill"] for r in records if r["skill"]}
    if skills:
        known = frame["skill"] if "skill" in frame else pd.Series([None] * len(frame), index=frame.index)
        frame["skill"] = known.where(known.notna(), frame["item"].map(skills))
        extra["skill"] = extra["item"].map(skills)
    elif "skill" in extra:
        extra = extra.drop(columns=["skill"])
    note = f"grader joined as rater {GRADER_RATER!r} on {len(records)} items"
    if skipped_errors:
        note += f" ({skipped_errors} graded rows had errors and were left out)"
    return Ratings(frame=frame, scale=ratings.scale, source=ratings.source, notes=ratings.notes).with_rows(extra, note)


def _read_table(path: Path, required: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """Yield each row as a dict with its 1-based file line in `line`, from CSV or JSONL."""
    if not path.exists():
        raise CalibrationError(f"{path}: file not found")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CalibrationError(f"{path}: cannot read ({exc}); expected a UTF-8 CSV or JSONL file") from None
    if path.suffix.lower() in {".jsonl", ".json", ".ndjson"}:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CalibrationError(f"{path}: line {number}: not valid JSON ({exc.msg}); expected one object per line") from None
            if not isinstance(data, dict):
                raise CalibrationError(f"{path}: line {number}: found {type(data).__name__}; expected a JSON object")
            missing = [c for c in required if c not in data]
            if missing:
                raise CalibrationError(
                    f"{path}: line {number}: missing {', '.join(repr(c) for c in missing)}; "
                    f"expected the fields {', '.join(required)}"
                )
            data["line"] = number
            yield data
        return
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in required if c not in header]
    if missing:
        raise CalibrationError(
            f"{path}: line 1: missing column(s) {', '.join(repr(c) for c in missing)} in the header; "
            f"expected the columns {', '.join(required)}"
        )
    reader.fieldnames = header
    for row in reader:
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        row["line"] = reader.line_num
        yield row


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _parse_round(value: Any, where: str) -> int:
    try:
        number = float(str(value).strip())
    except ValueError:
        number = float("nan")
    if not number.is_integer() or number < 1:
        raise CalibrationError(f"{where}: round {str(value).strip()!r}; expected a round number 1, 2, 3 ...")
    return int(number)


def _parse_score(value: Any, where: str) -> tuple[int, Scale]:
    """A score and the scale it belongs to; anything else is an error naming both scales."""
    if isinstance(value, bool):
        value = str(value)
    text = str(value).strip().lower()
    if text in BAND_WORDS:
        return BAND_WORDS.index(text) + 1, BAND_SCALE
    try:
        number = float(text)
    except ValueError:
        number = float("nan")
    if number.is_integer() and 1 <= number <= 4:
        return int(number), FOUR_POINT
    raise CalibrationError(
        f"{where}: score {str(value).strip()!r}; expected an integer 1-4 or one of weak/adequate/strong"
    )
