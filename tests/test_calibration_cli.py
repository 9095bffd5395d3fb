"""`grader calibrate agreement` and `grader calibrate fit` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from grader.calibration import load_calibration
from grader.cli import app

EXAMPLES = Path(__file__).parents[1] / "examples"
DATA = Path(__file__).parent / "data" / "calibration"
runner = CliRunner()


def _write_graded(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _panel(tmp_path: Path, n: int = 30) -> tuple[Path, Path]:
    """Three raters who band by hidden thresholds 35/65 on the grader's score, and the grader's rows."""
    ratings, graded = ["rater,item,round,score"], []
    for k in range(n):
        score = 3.0 + k * (94.0 / (n - 1))
        band = "strong" if score >= 65 else "adequate" if score >= 35 else "weak"
        default = "strong" if score >= 70 else "adequate" if score >= 45 else "weak"
        item = f"r{k % 5 + 1}-a{k:02d}"
        ratings += [f"{r},{item},{k % 5 + 1},{band}" for r in ("ann", "bo", "cy")]
        graded.append({"id": item, "rubric": "ebpf-observability", "round": k % 5 + 1, "skill": f"s{k % 5 + 1}",
                       "score": score, "band": default, "answer": "..."})
    ratings_path = tmp_path / "ratings.csv"
    ratings_path.write_text("\n".join(ratings) + "\n")
    return ratings_path, _write_graded(tmp_path / "graded.jsonl", graded)


def test_agreement_json_has_the_contract_fields_for_the_example_file():
    result = runner.invoke(app, ["calibrate", "agreement", str(EXAMPLES / "ratings.csv"), "--json", "--resamples", "200"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert isinstance(report["krippendorff_alpha"], float)
    assert {(p["a"], p["b"]) for p in report["pairwise"]} >= {("alice", "bob"), ("carol", "dev")}
    assert all(isinstance(p["weighted_kappa"], float) for p in report["pairwise"])
    biases = {r["rater"]: r for r in report["raters"]}
    assert set(biases) == {"alice", "bob", "carol", "dev"}
    assert biases["bob"]["bias"] > 0 and biases["bob"]["flag"] == "lenient"
    assert biases["carol"]["bias"] < 0 and biases["carol"]["flag"] == "harsh"
    assert report["agenda"] and report["icc"]["value"] is not None


def test_agreement_text_and_html_reports(tmp_path):
    out = tmp_path / "report" / "agreement.html"
    result = runner.invoke(app, ["calibrate", "agreement", str(EXAMPLES / "ratings.csv"), "--html", str(out), "--resamples", "200"])
    assert result.exit_code == 0, result.output
    assert "Krippendorff's alpha (ordinal):" in result.stdout
    assert "<- LENIENT" in result.stdout and "<- HARSH" in result.stdout
    page = out.read_text()
    assert page.startswith("<!doctype html>") and "class=\"lenient\"" in page and "<script" not in page


def test_agreement_with_graded_rows_adds_the_grader_and_per_skill_alpha(tmp_path):
    ratings, graded = _panel(tmp_path)
    result = runner.invoke(app, ["calibrate", "agreement", str(ratings), "--with", str(graded), "--json", "--resamples", "100"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert "grader" in {r["rater"] for r in report["raters"]}
    assert {g["group"] for g in report["by_skill"]} == {"s1", "s2", "s3", "s4", "s5"}
    # The grader's default bands sit above the panel's 35/65 thresholds, so it grades harshly.
    grader = next(r for r in report["raters"] if r["rater"] == "grader")
    assert grader["bias"] < 0


def test_batch_error_rows_with_no_readable_round_are_skipped_not_refused(tmp_path):
    """`grader batch` writes round 0 on an error row whose round it could not read (a repeated id, bad JSON)."""
    ratings, graded = _panel(tmp_path)
    with graded.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "r1-a00#duplicate-2", "rubric": "ebpf-observability", "round": 0, "score": None,
                                 "band": None, "error": "duplicate id 'r1-a00'"}) + "\n")
    for command in (["agreement", str(ratings), "--with", str(graded), "--json", "--resamples", "50"],
                    ["fit", str(ratings), str(graded), "-o", str(tmp_path / "c.json"), "--folds", "5"]):
        result = runner.invoke(app, ["calibrate", *command])
        assert result.exit_code == 0, result.output


def test_fit_writes_a_loadable_calibration_and_reports_before_and_after(tmp_path):
    ratings, graded = _panel(tmp_path)
    out = tmp_path / "calibration.json"
    result = runner.invoke(app, ["calibrate", "fit", str(ratings), str(graded), "-o", str(out), "--folds", "5"])
    assert result.exit_code == 0, result.output
    assert "before" in result.stdout and "after" in result.stdout and "5-fold cross-validation" in result.stdout
    calibration = load_calibration(out)
    assert calibration.rubric == "ebpf-observability"
    assert 30 < calibration.thresholds.adequate < 40 and 60 < calibration.thresholds.strong < 70
    assert calibration.cv.after.weighted_kappa > calibration.cv.before.weighted_kappa


def test_bad_files_exit_2_with_one_line(tmp_path):
    cases = [
        ["calibrate", "agreement", str(DATA / "mixed_scales.csv")],
        ["calibrate", "agreement", str(DATA / "duplicate.csv"), "--json"],
        ["calibrate", "agreement", str(tmp_path / "nope.csv")],
        ["calibrate", "fit", str(EXAMPLES / "ratings.csv"), str(DATA / "broken.jsonl"), "-o", str(tmp_path / "c.json")],
    ]
    for args in cases:
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("grader: error: "), result.stderr
        assert "Traceback" not in result.output


def test_fit_without_matching_items_exits_2_naming_the_graded_file(tmp_path):
    graded = _write_graded(tmp_path / "g.jsonl", [{"id": "other", "rubric": "x", "round": 1, "score": 50, "band": "adequate"}])
    result = runner.invoke(app, ["calibrate", "fit", str(EXAMPLES / "ratings.csv"), str(graded), "-o", str(tmp_path / "c.json")])
    assert result.exit_code == 2
    assert f"{graded}: no graded row of rubric 'x' matches an item" in result.stderr


def _worse_panel(tmp_path: Path) -> tuple[Path, Path]:
    """Raters whose bands follow the default cuts but disagree on a few items: any fit does worse in CV."""
    ratings, graded = ["rater,item,round,score"], []
    for k in range(20):
        score = 2.0 + k * 5.0
        band = "strong" if score >= 60 else "adequate" if score >= 40 else "weak"
        if k in (1, 9, 14):  # a few items the panel bands against the score
            band = {"weak": "strong", "adequate": "weak", "strong": "weak"}[band]
        item = f"r1-a{k:02d}"
        ratings += [f"{r},{item},1,{band}" for r in ("ann", "bo", "cy")]
        graded.append({"id": item, "rubric": "ebpf-observability", "round": 1, "score": score, "band": band})
    ratings_path = tmp_path / "ratings.csv"
    ratings_path.write_text("\n".join(ratings) + "\n")
    return ratings_path, _write_graded(tmp_path / "graded.jsonl", graded)


def test_fit_worse_than_the_defaults_is_not_written_unless_forced(tmp_path, monkeypatch):
    ratings, graded = _worse_panel(tmp_path)
    out = tmp_path / "calibration.json"
    refused = runner.invoke(app, ["calibrate", "fit", str(ratings), str(graded), "-o", str(out)])
    assert refused.exit_code == 2, refused.output
    assert not out.exists()
    assert f"{out}: not written" in refused.stderr and "--force" in refused.stderr
    assert "after" in refused.stdout  # the before/after figures are still shown

    forced = runner.invoke(app, ["calibrate", "fit", str(ratings), str(graded), "-o", str(out), "--force"])
    assert forced.exit_code == 0, forced.output
    assert load_calibration(out).forced is True
    assert "warning: wrote" in forced.stderr

    # Every use of the forced fit says so, and names the thresholds it applies.
    monkeypatch.setenv("GRADER_TEST_EMBEDDER", "hashing")
    import grader.embedding

    monkeypatch.setattr(grader.embedding, "_DEFAULTS", {})
    used = runner.invoke(app, ["grade", "--rubric", "ebpf-observability", "--round", "1", "--calibration", str(out),
                               "--json", "eBPF sees syscalls."])
    assert used.exit_code == 0, used.output
    json.loads(used.stdout)  # stdout stays one clean JSON row
    assert f"calibration {out}: rubric ebpf-observability, adequate >= " in used.stderr
    assert "WARNING: this fit agrees with the raters LESS than the default bands (written with --force)" in used.stderr


def test_a_better_fit_is_announced_on_use_without_a_warning(tmp_path, monkeypatch):
    ratings, graded = _panel(tmp_path)
    out = tmp_path / "calibration.json"
    assert runner.invoke(app, ["calibrate", "fit", str(ratings), str(graded), "-o", str(out)]).exit_code == 0
    monkeypatch.setenv("GRADER_TEST_EMBEDDER", "hashing")
    import grader.embedding

    monkeypatch.setattr(grader.embedding, "_DEFAULTS", {})
    used = runner.invoke(app, ["grade", "--rubric", "ebpf-observability", "--round", "1", "--calibration", str(out),
                               "eBPF sees syscalls."])
    assert used.exit_code == 0, used.output
    line = next(x for x in used.stderr.splitlines() if x.startswith("calibration "))
    assert "5-fold CV weighted kappa" in line and "WARNING" not in line
