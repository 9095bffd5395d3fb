"""The attempts store: what a candidate saves comes back, newest first, per candidate and rubric."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from grader import store
from grader.embedding import HashingEmbedder
from grader.errors import InputError
from grader.grading import Grader


@pytest.fixture(scope="module")
def results():
    grader = Grader(HashingEmbedder())
    strong = grader.grade("ebpf-observability", 2,
                          "BTF needs kernel 5.2 or newer; basic tracing with kprobes needs 4.4 and the ring buffer 5.8.")
    weak = grader.grade("ebpf-observability", 1, "eBPF is faster than Prometheus.")
    trap = grader.grade("ebpf-observability", 2, "BTF is the BPF Type Format, type info for CO-RE.", trap_id="what-is-btf")
    return strong, weak, trap


@pytest.fixture()
def db(tmp_path, monkeypatch):
    path = tmp_path / "nested" / "grader.sqlite"
    monkeypatch.setenv("GRADER_DB", str(path))
    return path


def test_db_path_follows_env(db):
    assert store.db_path() == db


def test_saved_attempt_round_trips(db, results):
    strong, weak, trap = results
    attempt_id = store.save_attempt("Priya Shah", "ebpf-observability", [strong, weak, trap])
    assert db.exists()
    loaded = store.load_attempt(attempt_id)
    assert loaded.candidate == "Priya Shah"
    assert loaded.rubric == "ebpf-observability"
    # Ordered by round, the main answer before its trap follow-up.
    assert [(r.round, r.trap) for r in loaded.results] == [(1, None), (2, None), (2, "what-is-btf")]
    assert loaded.round_results()[2] == strong
    assert loaded.trap_results()[2] == trap
    assert loaded.round_results()[1].score == weak.score


def test_answering_a_round_again_replaces_it(db, results):
    strong, weak, _ = results
    attempt_id = store.start_attempt("Alex", "ebpf-observability")
    store.save_answer(attempt_id, weak.model_copy(update={"round": 2}))
    store.save_answer(attempt_id, strong)
    loaded = store.load_attempt(attempt_id)
    assert len(loaded.results) == 1
    assert loaded.results[0].answer == strong.answer


def test_history_is_per_candidate_newest_first(db, results):
    strong, weak, _ = results
    last_week = datetime.now(timezone.utc) - timedelta(days=7)
    old = store.save_attempt("Priya", "ebpf-observability", [weak], started_at=last_week)
    new = store.save_attempt("Priya", "ebpf-observability", [strong])
    store.save_attempt("Sam", "ebpf-observability", [strong])
    store.save_attempt("Priya", "other-rubric", [strong])
    attempts = store.list_attempts("  Priya ", "ebpf-observability")
    assert [a.id for a in attempts] == [new, old]
    assert attempts[1].started_at < attempts[0].started_at
    assert len(store.list_attempts("Priya")) == 3
    assert store.list_candidates() == ["Priya", "Sam"]


def test_errors_name_what_is_wrong(db, results, tmp_path):
    with pytest.raises(InputError, match="no attempt 99"):
        store.load_attempt(99)
    with pytest.raises(InputError, match="candidate name is empty"):
        store.start_attempt("   ", "ebpf-observability")
    with pytest.raises(InputError, match="no attempt 42"):
        store.save_answer(42, results[0])
    not_a_db = tmp_path / "notes.sqlite"
    not_a_db.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(InputError, match="not an attempts database"):
        store.list_attempts(path=not_a_db)


def test_one_corrupt_stored_row_is_named_and_the_rest_stays_readable(db, results):
    attempt_id = store.save_attempt("Priya", "ebpf-observability", results[:2])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE answers SET result_json = '{\"id\": 1' WHERE round = ?", (results[0].round,))
    attempt = store.load_attempt(attempt_id)
    assert [r.round for r in attempt.results] == [results[1].round]
    assert len(attempt.problems) == 1
    assert attempt.problems[0].startswith(f"attempt {attempt_id}, round {results[0].round}: stored result is not")
    # The history list shows the attempt too, rather than failing as a whole.
    assert [a.id for a in store.list_attempts("Priya")] == [attempt_id]


def test_a_write_locked_database_is_one_clear_error(db, results, monkeypatch):
    monkeypatch.setattr(store, "LOCK_WAIT", 0.1)
    store.save_attempt("Priya", "ebpf-observability", [results[0]])
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(InputError, match=r"attempts database is busy \(locked by another program"):
            store.save_attempt("Priya", "ebpf-observability", [results[0]])
    finally:
        holder.rollback()
        holder.close()
    assert len(store.list_attempts("Priya")) == 1
