"""A SQLite cache of judge verdicts, so re-running a batch costs nothing and returns identical results.

The key is a hash of the model, the rubric's content hash, the prompt version, the round, the trap and the
answer: change any of them and the judge is asked again. Only scored verdicts are stored; a call that
failed is tried again next time. The file holds verdicts and hashes only, never the API key or the
server address.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path

from grader.errors import JudgeError
from grader.result import JudgeVerdict

log = logging.getLogger("grader.judge")
#: Seconds to wait for another program's lock on the cache before going on without it.
LOCK_WAIT = 5.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS verdicts (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    rubric_hash TEXT NOT NULL,
    prompt_version TEXT NOT NULL,
    round INTEGER NOT NULL,
    trap TEXT NOT NULL,
    answer_sha TEXT NOT NULL,
    verdict TEXT NOT NULL,
    created REAL NOT NULL
)
"""


def cache_key(model: str, rubric_hash: str, prompt_version: str, round_number: int, trap_id: str | None, answer: str) -> str:
    """The cache key: every input that changes what the judge is asked."""
    payload = json.dumps([model, rubric_hash, prompt_version, round_number, trap_id or "", answer], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class JudgeCache:
    """Verdicts by key in one SQLite file; safe to share between the judge's worker threads."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self.problem: str | None = None  # why the cache could not be used, once it could not
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), timeout=LOCK_WAIT, check_same_thread=False)
            self._db.execute(_SCHEMA)
            self._db.commit()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise JudgeError(f"{self.path}: cannot use as the judge cache ({exc}); expected a SQLite file or a new path") from None

    def get(self, key: str) -> JudgeVerdict | None:
        """The stored verdict, marked ``cached=True``, or None."""
        try:
            with self._lock:
                row = self._db.execute("SELECT verdict FROM verdicts WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            self._problem(exc)
            return None  # a locked or damaged cache only costs a call, never the result
        if row is None:
            return None
        try:
            verdict = JudgeVerdict.model_validate_json(row[0])
        except ValueError:
            return None  # a row from an older result model: ask the judge again and overwrite it
        return verdict.model_copy(update={"cached": True})

    def put(self, key: str, verdict: JudgeVerdict, *, model: str, rubric_hash: str, prompt_version: str,
            round_number: int, trap_id: str | None, answer: str) -> None:
        """Store a scored verdict (unscored ones are not cached, so a failed call is retried next run)."""
        if not verdict.scored:
            return
        stored = verdict.model_copy(update={"cached": False}).model_dump_json()
        answer_sha = hashlib.sha256(answer.encode("utf-8")).hexdigest()
        try:
            with self._lock:
                self._db.execute(
                    "INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (key, model, rubric_hash, prompt_version, round_number, trap_id or "", answer_sha, stored,
                     time.time()),
                )
                self._db.commit()
        except sqlite3.Error as exc:
            self._problem(exc)  # the verdict is still returned; only the cache misses it

    def _problem(self, exc: Exception) -> None:
        """Note a cache that cannot be read or written (locked by another program, damaged) once per run."""
        if self.problem is None:
            self.problem = f"{self.path}: judge cache not used ({exc}); verdicts are not cached this run"
            log.warning("%s", self.problem)
        try:
            self._db.rollback()
        except sqlite3.Error:
            pass

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


def default_cache_path() -> Path:
    """The verdict cache of the CLI and the UI: $GRADER_JUDGE_CACHE, else ~/.gauntlet-grader/judge-cache.sqlite."""
    configured = os.environ.get("GRADER_JUDGE_CACHE")
    return Path(configured) if configured else Path.home() / ".gauntlet-grader" / "judge-cache.sqlite"
