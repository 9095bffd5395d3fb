"""Drill ratings in the local SQLite database (table ``calibration_ratings``).

The database path comes from ``$GRADER_DB`` (default ``~/.gauntlet-grader/grader.sqlite``); other areas
keep their own tables in the same file, so this module only ever touches its own table.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from grader.calibration.ratings import BAND_WORDS, FOUR_POINT, GRADER_RATER, Ratings, Scale, ratings_from_rows
from grader.errors import CalibrationError

TABLE = "calibration_ratings"
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    drill    TEXT NOT NULL,
    rater    TEXT NOT NULL,
    item     TEXT NOT NULL,
    round    INTEGER NOT NULL,
    score    INTEGER NOT NULL,
    scale    TEXT NOT NULL,
    rated_at TEXT NOT NULL,
    PRIMARY KEY (drill, rater, item)
)
"""


def default_db_path() -> Path:
    """$GRADER_DB, else ~/.gauntlet-grader/grader.sqlite."""
    configured = os.environ.get("GRADER_DB")
    return Path(configured).expanduser() if configured else Path.home() / ".gauntlet-grader" / "grader.sqlite"


def _connect(db_path: str | Path | None) -> sqlite3.Connection:
    path = Path(db_path) if db_path is not None else default_db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=10)
        connection.execute(_SCHEMA)
    except (OSError, sqlite3.Error) as exc:
        raise CalibrationError(f"{path}: cannot open the ratings database ({exc}); set GRADER_DB to a writable path") from None
    return connection


def clean_rater_name(name: str) -> str:
    """A rater's name as stored: stripped; not empty and not the grader's reserved name."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise CalibrationError("rater name is empty; expected your name or initials")
    if cleaned.lower() == GRADER_RATER:
        raise CalibrationError(f"rater name {cleaned!r} is reserved for the grader; expected your own name")
    return cleaned


def save_ratings(
    drill: str,
    rater: str,
    scores: dict[str, int],
    rounds: dict[str, int],
    scale: Scale = FOUR_POINT,
    db_path: str | Path | None = None,
) -> int:
    """Store (or replace) one rater's scores for a drill; returns how many were written."""
    rater = clean_rater_name(rater)
    for item, score in scores.items():
        if item not in rounds:
            raise CalibrationError(f"drill {drill!r}: item {item!r} is not in the drill; expected one of {', '.join(rounds)}")
        if score not in scale.values:
            raise CalibrationError(f"drill {drill!r}: item {item!r}: score {score!r}; expected one of {scale.values}")
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with closing(_connect(db_path)) as connection, connection:
        connection.executemany(
            f"INSERT OR REPLACE INTO {TABLE} (drill, rater, item, round, score, scale, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(drill, rater, item, rounds[item], int(score), scale.name, stamp) for item, score in scores.items()],
        )
    return len(scores)


def rated_items(drill: str, rater: str, db_path: str | Path | None = None) -> set[str]:
    """Items of a drill this rater has already scored."""
    with closing(_connect(db_path)) as connection:
        rows = connection.execute(f"SELECT item FROM {TABLE} WHERE drill = ? AND rater = ?", (drill, rater.strip()))
        return {row[0] for row in rows}


def load_ratings(drill: str, db_path: str | Path | None = None) -> Ratings | None:
    """All stored ratings of a drill, validated like a ratings file; None when nobody has rated it yet."""
    with closing(_connect(db_path)) as connection:
        rows = connection.execute(
            f"SELECT rater, item, round, score, scale FROM {TABLE} WHERE drill = ? ORDER BY rater, item", (drill,)
        ).fetchall()
    if not rows:
        return None
    return ratings_from_rows(
        [
            # Band-scale scores are stored as 1-3; give them back as words so they read on the same scale.
            {"rater": r, "item": i, "round": n, "score": BAND_WORDS[s - 1] if scale == "bands" else s, "line": k}
            for k, (r, i, n, s, scale) in enumerate(rows, start=1)
        ],
        source=f"{TABLE} (drill {drill})",
    )
