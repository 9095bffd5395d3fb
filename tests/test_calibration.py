"""Calibration statistics against published reference values, and the behaviour a hiring team relies on."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from grader.calibration import (
    FOUR_POINT,
    GradedRow,
    compute_agreement,
    fit_calibration,
    grader_value,
    icc_2_1,
    join_grader,
    krippendorff_alpha,
    load_calibration,
    ratings_from_rows,
    read_ratings,
    save_calibration,
    weighted_kappa,
)
from grader.calibration.fit import Thresholds, consensus_bands
from grader.errors import CalibrationError

DATA = Path(__file__).parent / "data" / "calibration"
EXAMPLES = Path(__file__).parents[1] / "examples"


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text())


def _rows(table: dict[str, list[int]], items: list[str] | None = None, rounds: dict[str, int] | None = None) -> list[dict]:
    """{rater: [score per item]} -> rating rows (None skips)."""
    items = items or [f"i{n:02d}" for n in range(len(next(iter(table.values()))))]
    return [
        {"rater": rater, "item": item, "round": (rounds or {}).get(item, 1), "score": score}
        for rater, scores in table.items()
        for item, score in zip(items, scores)
        if score is not None
    ]


# --- published reference values ------------------------------------------------------------------


@pytest.mark.parametrize("level", ["nominal", "interval", "ordinal"])
def test_krippendorff_alpha_matches_the_canonical_example(level):
    case = _load("krippendorff_reliability.json")
    matrix = np.array([[np.nan if v is None else v for v in row] for row in case["data"]], float)
    assert krippendorff_alpha(matrix, (1, 2, 3, 4, 5), level=level) == pytest.approx(case["expected"][level], abs=5e-4)


@pytest.mark.parametrize("table", _load("cohen_kappa_tables.json")["tables"], ids=lambda t: t["id"])
def test_weighted_kappa_matches_textbook_tables(table):
    # With two categories the quadratic weights are 0 on the diagonal and equal elsewhere: plain kappa.
    pairs = [(2, 2)] * table["yes_yes"] + [(2, 1)] * table["yes_no"] + [(1, 2)] * table["no_yes"] + [(1, 1)] * table["no_no"]
    a, b = zip(*pairs)
    assert weighted_kappa(a, b, (1, 2, 3, 4)) == pytest.approx(table["kappa"], abs=5e-4)


def test_pairwise_kappa_in_the_report_matches_the_worked_example():
    table = _load("cohen_kappa_tables.json")["tables"][0]
    pairs = [(2, 2)] * table["yes_yes"] + [(2, 1)] * table["yes_no"] + [(1, 2)] * table["no_yes"] + [(1, 1)] * table["no_no"]
    a, b = zip(*pairs)
    report = compute_agreement(ratings_from_rows(_rows({"a": list(a), "b": list(b)})), resamples=0)
    assert report.pairwise[0].weighted_kappa == pytest.approx(0.4, abs=5e-4)
    assert report.pairwise[0].n_items == 50


def test_icc_2_1_matches_shrout_and_fleiss():
    case = _load("shrout_fleiss_1979.json")
    frame = pd.DataFrame(
        [
            {"rater": f"judge{j + 1}", "item": f"target{i + 1}", "round": 1, "score": float(v)}
            for i, row in enumerate(case["ratings"])
            for j, v in enumerate(row)
        ]
    )
    result = icc_2_1(frame)
    assert result.value == pytest.approx(case["expected"]["icc_2_1"], abs=5e-3)
    assert result.n_items == 6 and len(result.raters) == 4


# --- behaviour --------------------------------------------------------------------------------------

BASE = [1, 2, 3, 4, 2, 3, 1, 4, 3, 2, 2, 3]


def test_a_lenient_rater_is_flagged_with_positive_bias_and_a_harsh_one_negative():
    table = {
        "alice": BASE,
        "dev": BASE,
        "bob": [min(4, s + 1) if s < 4 else 4 for s in BASE],
        "carol": [max(1, s - 1) for s in BASE],
    }
    report = compute_agreement(ratings_from_rows(_rows(table)), resamples=400)
    by_name = {r.rater: r for r in report.raters}
    assert by_name["bob"].flag == "lenient" and by_name["bob"].bias > 0.5
    assert by_name["bob"].interval.low > 0
    assert by_name["carol"].flag == "harsh" and by_name["carol"].bias < -0.5
    assert by_name["alice"].flag is None and by_name["dev"].flag is None


def test_bias_is_measured_against_the_others_on_the_same_items_only():
    # bob rates only the items everyone else scored high; his bias is 0, though his mean is high.
    table = {"alice": [1, 1, 4, 4, 4, 4], "dev": [1, 1, 4, 4, 4, 4], "bob": [None, None, 4, 4, 4, 4]}
    report = compute_agreement(ratings_from_rows(_rows(table)), resamples=0)
    bob = next(r for r in report.raters if r.rater == "bob")
    assert bob.bias == 0 and bob.n_items == 4 and bob.mean_score == 4


def test_perfect_agreement_gives_alpha_one_and_kappa_one():
    report = compute_agreement(ratings_from_rows(_rows({"a": BASE, "b": BASE, "c": BASE})), resamples=200)
    assert report.krippendorff_alpha == pytest.approx(1.0)
    assert all(p.weighted_kappa == pytest.approx(1.0) for p in report.pairwise)
    assert report.agenda == []
    assert all(r.bias == 0 and r.flag is None for r in report.raters)


def test_alpha_drops_when_raters_disagree():
    noisy = [4, 1, 2, 1, 4, 1, 3, 2, 1, 4, 3, 1]
    good = compute_agreement(ratings_from_rows(_rows({"a": BASE, "b": BASE, "c": BASE[:6] + noisy[6:]})), resamples=0)
    bad = compute_agreement(ratings_from_rows(_rows({"a": BASE, "b": noisy, "c": BASE[:6] + noisy[6:]})), resamples=0)
    assert bad.krippendorff_alpha < good.krippendorff_alpha < 1


def test_one_value_everywhere_leaves_alpha_undefined_and_says_so():
    report = compute_agreement(ratings_from_rows(_rows({"a": [3, 3, 3], "b": [3, 3, 3]})), resamples=100)
    assert report.krippendorff_alpha is None
    assert any("alpha is undefined" in n for n in report.notes)


def test_bootstrap_intervals_are_deterministic_and_contain_the_estimate():
    rows = _rows({"a": BASE, "b": [min(4, s + (i % 3 == 0)) for i, s in enumerate(BASE)], "c": BASE[::-1]})
    first = compute_agreement(ratings_from_rows(rows), resamples=300, seed=3)
    second = compute_agreement(ratings_from_rows(rows), resamples=300, seed=3)
    assert first.model_dump() == second.model_dump()
    assert first.alpha_interval.low <= first.krippendorff_alpha <= first.alpha_interval.high


def test_per_round_alpha_and_the_agenda_lists_the_widest_disagreement_first():
    items = ["r1-a", "r1-b", "r1-c", "r2-a", "r2-b", "r2-c"]
    rounds = {i: int(i[1]) for i in items}
    table = {"a": [1, 2, 3, 1, 2, 4], "b": [1, 2, 3, 4, 2, 3], "c": [1, 2, 3, 2, 2, 4]}
    report = compute_agreement(ratings_from_rows(_rows(table, items, rounds)), resamples=0)
    assert [g.group for g in report.by_round] == ["1", "2"]
    assert report.by_round[0].alpha == pytest.approx(1.0)
    assert report.by_round[1].alpha < 1
    assert [a.item for a in report.agenda] == ["r2-a", "r2-c"]
    assert report.agenda[0].range == 3 and report.agenda[0].scores == {"a": 1.0, "b": 4.0, "c": 2.0}


def test_a_round_with_one_item_has_no_alpha():
    items = ["r1-a", "r1-b", "r2-a"]
    report = compute_agreement(
        ratings_from_rows(_rows({"a": [1, 3, 1], "b": [2, 3, 4]}, items, {"r1-a": 1, "r1-b": 1, "r2-a": 2})), resamples=0
    )
    assert report.by_round[1].group == "2" and report.by_round[1].n_items == 1 and report.by_round[1].alpha is None


def test_icc_says_so_when_too_few_items_are_rated_by_everyone():
    table = {"a": [1, 2, 3, 4], "b": [1, 2, None, None], "c": [None, 2, 3, 4]}
    report = compute_agreement(ratings_from_rows(_rows(table)), resamples=0)
    assert report.icc.value is None and "rated by all 3 raters" in report.icc.note


# --- reading files ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, line, expected",
    [
        ("mixed_scales.csv", "line 3", "expected one scale per file"),
        ("missing_column.csv", "line 1", "missing column(s) 'round'"),
        ("non_numeric.csv", "line 3", "expected an integer 1-4 or one of weak/adequate/strong"),
        ("out_of_range.csv", "line 3", "expected an integer 1-4"),
        ("duplicate.csv", "line 4", "already rated item 'a1' on line 2"),
        ("round_conflict.csv", "line 3", "expected one round per item"),
        ("missing_field.jsonl", "line 2", "missing 'score'"),
        ("broken.jsonl", "line 2", "not valid JSON"),
    ],
)
def test_bad_ratings_files_name_the_file_the_line_and_what_was_expected(name, line, expected):
    with pytest.raises(CalibrationError) as caught:
        read_ratings(DATA / name)
    message = str(caught.value)
    assert message.startswith(str(DATA / name) + f": {line}:")
    assert expected in message
    assert "\n" not in message


def test_band_words_read_as_1_to_3_and_the_example_file_reads_on_the_1_to_4_scale(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(
        "\n".join(json.dumps({"rater": r, "item": "x", "round": 2, "score": s}) for r, s in [("a", "weak"), ("b", "Strong")])
    )
    ratings = read_ratings(path)
    assert ratings.scale.name == "bands"
    assert sorted(ratings.frame["score"]) == [1, 3]
    example = read_ratings(EXAMPLES / "ratings.csv")
    assert example.scale is FOUR_POINT
    assert len(example.raters) == 4 and len(example.items) >= 12
    assert sorted(example.frame["round"].unique()) == [1, 2, 3, 4, 5]


def test_the_example_ratings_show_one_lenient_and_one_harsh_rater():
    report = compute_agreement(read_ratings(EXAMPLES / "ratings.csv"), resamples=300)
    flags = sorted(r.flag for r in report.raters if r.flag)
    assert flags == ["harsh", "lenient"]


# --- the grader as a rater ----------------------------------------------------------------------------


def _graded(item: str, round_: int, score: float, band: str, skill: str = "s", **extra) -> GradedRow:
    return GradedRow(id=item, round=round_, score=score, band=band, skill=skill, rubric="r", **extra)


def test_grader_value_never_contradicts_its_band():
    limits = {"adequate": 45.0, "strong": 70.0}
    assert [grader_value(b, s, FOUR_POINT, limits) for b, s in [("weak", 44), ("adequate", 50), ("adequate", 60), ("strong", 71)]] == [1, 2, 3, 4]
    # A calibrated grader may call 40 adequate; it is still adequate (2), never weak.
    assert grader_value("adequate", 40, FOUR_POINT, limits) == 2


def test_the_grader_joins_as_a_rater_with_skills_from_its_rows():
    items = ["r1-a", "r1-b", "r1-c", "r2-a", "r2-b", "r2-c"]
    rounds = {i: int(i[1]) for i in items}
    ratings = ratings_from_rows(_rows({"a": [1, 2, 4, 1, 2, 4], "b": [1, 3, 4, 2, 2, 4]}, items, rounds))
    graded = [_graded(i, rounds[i], s, b, skill=f"skill{rounds[i]}") for i, s, b in zip(
        items, [20, 50, 90, 30, 55, 80], ["weak", "adequate", "strong", "weak", "adequate", "strong"])]
    graded.append(_graded("unrated", 1, 10, "weak"))
    joined = join_grader(ratings, graded)
    report = compute_agreement(joined, resamples=0)
    assert "grader" in [r.rater for r in report.raters]
    assert {g.group for g in report.by_skill} == {"skill1", "skill2"}
    assert report.n_items == 6


def test_a_graded_row_in_another_round_is_an_error():
    ratings = ratings_from_rows(_rows({"a": [1, 2], "b": [1, 2]}, ["x", "y"]))
    with pytest.raises(CalibrationError, match=r"out.jsonl: line 7: item 'x' is round 3 but the ratings put it in round 1"):
        join_grader(ratings, [_graded("x", 3, 50, "adequate", line=7)], source="out.jsonl")


# --- fitting thresholds -------------------------------------------------------------------------------


def _synthetic(adequate: float, strong: float, n: int = 60, seed: int = 1):
    """Items whose human bands follow hidden thresholds exactly; the grader's scores spread over 0-100."""
    rng = np.random.default_rng(seed)
    scores = np.round(rng.uniform(5, 95, n), 1)
    scores = scores[(np.abs(scores - adequate) > 1) & (np.abs(scores - strong) > 1)]
    truth = Thresholds(adequate=adequate, strong=strong)
    rows, graded = [], []
    for k, score in enumerate(scores):
        band = truth.band(score)
        item = f"r1-a{k:03d}"
        for rater in ("ann", "bo", "cy"):
            rows.append({"rater": rater, "item": item, "round": 1, "score": band})
        default_band = Thresholds(adequate=45, strong=70).band(score)
        graded.append(_graded(item, 1, float(score), default_band))
    return ratings_from_rows(rows), graded


def test_fitted_thresholds_reproduce_clean_training_bands_and_cv_beats_the_defaults():
    ratings, graded = _synthetic(adequate=20, strong=80)  # far from the default cuts
    calibration = fit_calibration(ratings, graded, folds=5)
    consensus = consensus_bands(ratings)
    words = {1: "weak", 2: "adequate", 3: "strong"}
    assert all(calibration.band(row.score) == words[consensus[row.id]] for row in graded)
    assert 15 < calibration.thresholds.adequate <= 21 and 75 < calibration.thresholds.strong <= 81
    cv = calibration.cv
    assert cv.folds == 5 and len(cv.fold_kappa_after) == 5
    assert cv.after.n_items == cv.before.n_items == len(graded)
    assert cv.after.weighted_kappa > cv.before.weighted_kappa
    assert cv.after.exact_agreement > 0.9 > cv.before.exact_agreement


def test_a_calibration_file_round_trips_through_load_calibration(tmp_path):
    ratings, graded = _synthetic(adequate=40, strong=75)
    path = save_calibration(fit_calibration(ratings, graded, folds=4), tmp_path / "calibration.json")
    loaded = load_calibration(path)
    assert loaded.rubric == "r" and loaded.method == "isotonic" and loaded.fitted_on == len(graded)
    assert loaded.band(100) == "strong" and loaded.band(0) == "weak"
    assert loaded.band(loaded.thresholds.adequate) == "adequate"


def test_load_calibration_names_the_file_and_the_field(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"rubric": "r", "thresholds": {"adequate": 80, "strong": 60}}))
    with pytest.raises(CalibrationError, match=r"bad.json: field 'thresholds': adequate \(80.0\) must not be above strong"):
        load_calibration(path)
    with pytest.raises(CalibrationError, match="calibration file not found"):
        load_calibration(tmp_path / "missing.json")


def test_fit_refuses_too_few_items_and_missing_bands():
    ratings, graded = _synthetic(adequate=30, strong=60, n=8)
    with pytest.raises(CalibrationError, match="5-fold cross-validation needs at least 10"):
        fit_calibration(ratings, graded, folds=5)
    ratings, graded = _synthetic(adequate=0.5, strong=99.5, n=30)
    with pytest.raises(CalibrationError, match="no item's consensus is weak or strong"):
        fit_calibration(ratings, graded, folds=3)
