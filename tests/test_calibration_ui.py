"""The calibration drill page, driven headlessly with Streamlit's AppTest; ratings go to a temporary SQLite file."""

from __future__ import annotations

import json
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


def _score_radios(at: AppTest) -> list:
    """The drill's score radios (not the drill picker)."""
    return [r for r in at.radio if (r.key or "").startswith("calibration_score_")]


def _fill(at: AppTest, scores: list[int]) -> None:
    for radio, score in zip(_score_radios(at), scores):
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
    assert len(_score_radios(at)) == len(drill.items)
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
    assert len(_score_radios(at)) == len(drill.items) and not at.metric


def test_submitting_with_a_missing_score_keeps_the_form_and_stores_nothing(db):
    at = _page()
    at.text_input(key="calibration_rater").input("Carol").run()
    _score_radios(at)[0].set_value(3)
    at.button[0].click().run()
    assert any("Score every answer" in w.value for w in at.warning)
    assert not db.exists() or not sqlite3.connect(db).execute("SELECT count(*) FROM calibration_ratings").fetchone()[0]


def test_the_grader_name_is_reserved(db):
    at = _page()
    at.text_input(key="calibration_rater").input("grader").run()
    assert "reserved for the grader" in at.error[0].value
    assert not _score_radios(at)


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


def test_the_drill_is_the_shipped_file_or_an_upload_never_a_server_path(db):
    at = _page()
    assert not at.text_input(key="calibration_rater").value and not [t for t in at.text_input if "Drill" in t.label]
    picker = at.radio(key="calibration_drill_choice")
    assert picker.options == ["The shipped drill (calibration_drill.jsonl)", "Upload a drill file"]
    picker.set_value("Upload a drill file").run()
    assert "Upload a drill file, or use the shipped drill." in at.info[0].value
    assert not [t for t in at.text_input if t.key == "calibration_rater"]  # nothing to grade until a drill is chosen


def test_an_uploaded_drill_is_kept_once_however_often_it_is_uploaded(db, tmp_path, monkeypatch):
    """Each rerun and each session used to leave a new temporary folder holding the uploaded answers."""
    import tempfile

    from grader.calibration.drill import DEFAULT_DRILL

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    for _ in range(2):  # two sessions
        at = _page()
        at.radio(key="calibration_drill_choice").set_value("Upload a drill file").run()
        at.file_uploader(key="calibration_upload").upload("team-drill.jsonl", DEFAULT_DRILL.read_bytes(), "application/json")
        at.run()
        assert not at.exception, at.exception
        assert [t for t in at.text_input if t.key == "calibration_rater"]  # the uploaded drill was read
        at.run()
    saved = list((tmp_path / "tmp").rglob("team-drill.jsonl"))
    assert len(saved) == 1 and saved[0].read_bytes() == DEFAULT_DRILL.read_bytes()
    assert [p.name for p in (tmp_path / "tmp").iterdir()] == ["grader-drills"]


@pytest.mark.browser
def test_the_results_view_in_a_real_browser_draws_every_chart_in_full(tmp_path):
    """The example panel (examples/ratings.csv) plus a lenient newcomer, in Debian's chromium: every chart is
    drawn at a readable size (a chart whose spec Vega rejects is blank, silently), every rater has a row in the
    bias chart; the screenshot is docs/calibration.png."""
    import csv
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("/usr/bin/chromium is not installed (make system-deps)")
    from playwright.sync_api import sync_playwright

    root = Path(__file__).parents[1]
    db = tmp_path / "grader.sqlite"
    drill = load_drill()
    panel: dict[str, dict[str, int]] = {}
    for row in csv.DictReader((root / "examples" / "ratings.csv").open()):
        panel.setdefault(row["rater"], {})[row["item"]] = int(row["score"])
    for rater, scores in panel.items():
        save_ratings(drill.name, rater, scores, drill.rounds, db_path=db)
    newcomer = {item: min(4, score + (score <= 2)) for item, score in panel["dev"].items()}
    save_ratings(drill.name, "newcomer", newcomer, drill.rounds, db_path=db)

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "GRADER_DB": str(db), "GRADER_TEST_EMBEDDER": "hashing"}
    env.pop("GRADER_DRILL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "streamlit did not start"
                time.sleep(0.3)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium), args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run"])
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 1500})
                page.goto(f"{url}/calibration")
                page.get_by_label("Your name").fill("newcomer")
                page.keyboard.press("Enter")
                page.get_by_text("Where you sit, newcomer").wait_for(timeout=60000)
                charts = page.locator('[data-testid="stVegaLiteChart"]')
                charts.nth(3).wait_for(timeout=30000)
                page.wait_for_timeout(3000)  # Vega draws after the element appears
                assert charts.count() == 4  # bias, vs others, vs grader, distributions
                drawn = [charts.nth(i).locator("canvas, svg").first.bounding_box() for i in range(4)]
                assert all(box is not None for box in drawn)
                bias, others, grader, spread = drawn
                raters = len(panel) + 2  # the panel, the newcomer and the grader
                assert bias["height"] >= 30 * raters, bias  # one readable row per rater
                assert others["height"] >= 250 and grader["height"] >= 250, (others, grader)
                assert others["width"] >= 250 and grader["x"] > others["x"] + others["width"] - 5
                assert spread["x"] + spread["width"] <= 1280  # no facet falls off the page
                top = page.get_by_text("Where you sit, newcomer").bounding_box()["y"]
                page.screenshot(path=str(root / "docs" / "calibration.png"),
                                clip={"x": 300, "y": top - 20, "width": 980, "height": 1180})

                # A drill of one's own is uploaded (with no grader rows), never typed as a server path.
                own = tmp_path / "team-drill.jsonl"
                own.write_text("".join(json.dumps({"item": f"t{n}", "round": n, "rubric": "ebpf-observability",
                                                   "answer": f"answer {n}"}) + "\n" for n in (1, 2)))
                page.get_by_text("Upload a drill file").click()
                page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(str(own))
                page.get_by_text("Grade 2 answers").wait_for(timeout=30000)
                page.get_by_text("answer 2", exact=True).wait_for(timeout=30000)  # the uploaded answers are shown
            finally:
                browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
