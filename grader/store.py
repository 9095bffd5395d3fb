"""A local SQLite store of mock-interview attempts, so a candidate can compare today's run with last week's.

The database lives at ``$GRADER_DB`` (default ``~/.gauntlet-grader/grader.sqlite``). An attempt is one
candidate going through one rubric; each graded answer (a round, or a round's trap follow-up) is stored as
its result row, the same JSON every other surface renders. Answers are saved as they are graded, so an
interview stopped half-way still shows up in the history.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from grader.errors import InputError
from grader.result import GradeResult

DEFAULT_DB = Path("~/.gauntlet-grader/grader.sqlite")
#: Seconds to wait for another program's write lock before saying the database is busy.
LOCK_WAIT = 5.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    candidate TEXT NOT NULL,
    rubric TEXT NOT NULL,
    started_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS answers (
    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    trap TEXT,
    result_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_by_candidate ON attempts(candidate, rubric, started_at);
CREATE INDEX IF NOT EXISTS answers_by_attempt ON answers(attempt_id, round);
"""


@dataclass
class Attempt:
    """One candidate's run through one rubric, with the answers graded so far (rounds before traps)."""

    id: int
    candidate: str
    rubric: str
    started_at: datetime
    results: list[GradeResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # stored rows that could not be read (skipped)

    def round_results(self) -> dict[int, GradeResult]:
        """The main answer of each answered round (trap follow-ups left out)."""
        return {r.round: r for r in self.results if r.trap is None}

    def trap_results(self) -> dict[int, GradeResult]:
        """The answered trap follow-up of each round, if any."""
        return {r.round: r for r in self.results if r.trap is not None}


def db_path() -> Path:
    """Where the attempts database is: ``$GRADER_DB`` or the default under the home directory."""
    return Path(os.environ.get("GRADER_DB") or DEFAULT_DB).expanduser()


def connect(path: Path | None = None) -> sqlite3.Connection:
    """Open (creating if needed) the attempts database."""
    path = Path(path) if path is not None else db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=LOCK_WAIT)
    except (OSError, sqlite3.Error) as exc:
        raise InputError(f"{path}: cannot open the attempts database ({exc}); set GRADER_DB to a writable file") from None
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript(_SCHEMA)
    except sqlite3.Error as exc:
        conn.close()
        raise _db_error(path, exc) from None
    return conn


def _db_error(path: Path, exc: sqlite3.Error) -> InputError:
    """A SQLite failure as one line that says what to do."""
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return InputError(f"{path}: the attempts database is busy (locked by another program for more than "
                          f"{LOCK_WAIT:g} s); try again in a moment")
    if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc).replace(" ", ""):
        return InputError(f"{path}: the attempts database is read-only; set GRADER_DB to a writable file")
    return InputError(f"{path}: not an attempts database ({exc}); set GRADER_DB to another file")


@contextmanager
def _session(path: Path | None, *, write: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection for one operation (committed when ``write``); SQLite errors become an InputError."""
    where = Path(path) if path is not None else db_path()
    conn = connect(where)
    try:
        if write:
            with conn:
                yield conn
        else:
            yield conn
    except sqlite3.Error as exc:
        raise _db_error(where, exc) from None
    finally:
        conn.close()


def _clean_candidate(candidate: str) -> str:
    name = " ".join((candidate or "").split())
    if not name:
        raise InputError("candidate name is empty; expected a name to file the attempt under")
    return name


def start_attempt(candidate: str, rubric: str, *, started_at: datetime | None = None, path: Path | None = None) -> int:
    """Create an attempt and return its id."""
    started = (started_at or datetime.now(timezone.utc)).astimezone(timezone.utc)
    with _session(path, write=True) as conn:
        cursor = conn.execute(
            "INSERT INTO attempts (candidate, rubric, started_at) VALUES (?, ?, ?)",
            (_clean_candidate(candidate), rubric, started.isoformat(timespec="seconds")),
        )
        return int(cursor.lastrowid)


def save_answer(attempt_id: int, result: GradeResult, *, path: Path | None = None) -> None:
    """Store one graded answer; a second answer to the same round (or trap) replaces the first."""
    with _session(path, write=True) as conn:
        if conn.execute("SELECT 1 FROM attempts WHERE id = ?", (attempt_id,)).fetchone() is None:
            raise InputError(f"no attempt {attempt_id} in {path or db_path()}")
        conn.execute("DELETE FROM answers WHERE attempt_id = ? AND round = ? AND trap IS ?",
                     (attempt_id, result.round, result.trap))
        conn.execute(
            "INSERT INTO answers (attempt_id, round, trap, result_json) VALUES (?, ?, ?, ?)",
            (attempt_id, result.round, result.trap, result.model_dump_json()),
        )


def save_attempt(candidate: str, rubric: str, results: list[GradeResult], *,
                 started_at: datetime | None = None, path: Path | None = None) -> int:
    """Store a whole attempt at once (all its graded answers) and return its id."""
    attempt_id = start_attempt(candidate, rubric, started_at=started_at, path=path)
    for result in results:
        save_answer(attempt_id, result, path=path)
    return attempt_id


def _attempt(conn: sqlite3.Connection, row: tuple) -> Attempt:
    attempt_id, candidate, rubric, started_at = row
    answers = conn.execute(
        "SELECT round, trap, result_json FROM answers WHERE attempt_id = ? "
        "ORDER BY round, trap IS NOT NULL, trap",
        (attempt_id,),
    ).fetchall()
    results: list[GradeResult] = []
    problems: list[str] = []
    for round_, trap, payload in answers:
        try:
            results.append(GradeResult.model_validate(json.loads(payload)))
        except (ValueError, TypeError) as exc:
            # One damaged row is reported and skipped; the rest of the history stays readable.
            problems.append(
                f"attempt {attempt_id}, round {round_}{f', trap {trap}' if trap else ''}: stored result is not "
                f"a result row ({str(exc).splitlines()[0][:120]}); skipped"
            )
    try:
        started = datetime.fromisoformat(started_at)
    except (TypeError, ValueError):
        problems.append(f"attempt {attempt_id}: start time {str(started_at)[:40]!r} is not a date")
        started = datetime.fromtimestamp(0, timezone.utc)
    return Attempt(attempt_id, candidate, rubric, started, results, problems)


def list_attempts(candidate: str | None = None, rubric: str | None = None, *,
                  path: Path | None = None, limit: int = 50) -> list[Attempt]:
    """Attempts, newest first, optionally of one candidate and/or one rubric (with their answers)."""
    query = "SELECT id, candidate, rubric, started_at FROM attempts"
    clauses, params = [], []
    if candidate is not None:
        clauses.append("candidate = ?")
        params.append(_clean_candidate(candidate))
    if rubric is not None:
        clauses.append("rubric = ?")
        params.append(rubric)
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    query += " ORDER BY started_at DESC, id DESC LIMIT ?"
    params.append(limit)
    with _session(path) as conn:
        return [_attempt(conn, row) for row in conn.execute(query, params).fetchall()]


def load_attempt(attempt_id: int, *, path: Path | None = None) -> Attempt:
    """One attempt with its answers, or an InputError naming the missing id."""
    with _session(path) as conn:
        row = conn.execute("SELECT id, candidate, rubric, started_at FROM attempts WHERE id = ?",
                           (attempt_id,)).fetchone()
        if row is None:
            raise InputError(f"no attempt {attempt_id} in {path or db_path()}")
        return _attempt(conn, row)


def list_candidates(*, path: Path | None = None) -> list[str]:
    """Names that have at least one attempt, alphabetically."""
    with _session(path) as conn:
        return [r[0] for r in conn.execute("SELECT DISTINCT candidate FROM attempts ORDER BY candidate COLLATE NOCASE")]
