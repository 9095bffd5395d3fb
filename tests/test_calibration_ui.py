"""The calibration drill page, driven headlessly with Streamlit's AppTest; ratings go to a temporary SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from grader.calibration.drill import load_drill
from grader.calibration.store import load_ratings, save_ratings

PAGE = str(Path(__file__).parents[1] / "ui" / "pages" / "calibration.py")


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "grader.sqlite"
    monkeypatch.setenv("GRADER_DB", str(path))
    monkeypatch.delenv("GRADER_DRILL", raising=False)
    return path


def _page() -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def _fill(at: AppTest, scores: list[int]) -> None:
    for radio, score in zip(at.radio, scores):
        radio.set_value(score)
    at.button[0].click().run()
    assert not at.exception, at.exception


def test_a_rater_grades_blind_then_sees_their_bias_against_the_others(db):
    drill = load_drill()
    # Two colleagues did the drill already; one of them grades a point higher than the other throughout.
    middle = {i.item: 2 + (n % 2) for n, i in enumerate(drill.items)}
    save_ratings(drill.name, "dev", middle, drill.rounds, db_path=db)
    save_ratings(drill.name, "alice", {k: min(4, v + 1) for k, v in middle.items()}, drill.rounds, db_path=db)

    at = _page()
    assert "Enter your name" in at.info[0].value
    at.text_input(key="calibration_rater").input("Bob").run()
    # Blind: the form shows the answers and no one else's scores, no charts yet.
    assert len(at.radio) == len(drill.items)
    assert not at.get("vega_lite_chart") and not at.metric
    assert drill.items[0].question[:40] in " ".join(m.value for m in at.markdown)

    _fill(at, [min(4, v + 2) for v in middle.values()])  # Bob is far more lenient than both

    stored = load_ratings(drill.name, db)
    assert set(stored.raters) == {"Bob", "alice", "dev"}
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Raters so far"] == "4"  # three interviewers and the grader
    assert float(metrics["Your bias"]) > 0.5
    assert any("lenient" in w.value for w in at.warning)
    assert len(at.get("vega_lite_chart")) == 4  # bias, vs others, vs grader, distributions
    assert "item" in at.dataframe[0].value.columns  # the agenda of answers to discuss

    at.button[0].click().run()  # "Grade the drill again" brings the blind form back
    assert len(at.radio) == len(drill.items) and not at.metric


def test_submitting_with_a_missing_score_keeps_the_form_and_stores_nothing(db):
    at = _page()
    at.text_input(key="calibration_rater").input("Carol").run()
    at.radio[0].set_value(3)
    at.button[0].click().run()
    assert any("Score every answer" in w.value for w in at.warning)
    assert not db.exists() or not sqlite3.connect(db).execute("SELECT count(*) FROM calibration_ratings").fetchone()[0]


def test_the_grader_name_is_reserved(db):
    at = _page()
    at.text_input(key="calibration_rater").input("grader").run()
    assert "reserved for the grader" in at.error[0].value
    assert not at.radio


def test_a_missing_drill_file_is_one_clear_error(db, monkeypatch, tmp_path):
    monkeypatch.setenv("GRADER_DRILL", str(tmp_path / "nope.jsonl"))
    at = _page()
    assert "drill file not found" in at.error[0].value


def test_re_saving_replaces_a_raters_scores_and_band_scores_read_back_as_words(db):
    from grader.calibration.ratings import BAND_SCALE

    rounds = {"x": 1, "y": 2}
    save_ratings("d", "ann", {"x": 1, "y": 2}, rounds, db_path=db)
    save_ratings("d", "ann", {"x": 4, "y": 3}, rounds, db_path=db)
    assert sorted(load_ratings("d", db).frame["score"]) == [3, 4]
    save_ratings("bands", "ann", {"x": 3, "y": 1}, rounds, scale=BAND_SCALE, db_path=db)
    assert load_ratings("bands", db).scale is BAND_SCALE
    assert load_ratings("never-rated", db) is None
