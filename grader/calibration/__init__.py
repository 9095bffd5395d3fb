"""Interviewer calibration: how alike raters grade, where each one sits, and fitting the grader's bands to them.

``load_calibration(path).band(score)`` is what `grade`/`batch --calibration FILE` use.
"""

from grader.calibration.agreement import (
    AgreementReport,
    compute_agreement,
    icc_2_1,
    krippendorff_alpha,
    reliability_matrix,
    weighted_kappa,
)
from grader.calibration.drill import Drill, DrillResults, drill_results, load_drill
from grader.calibration.fit import (
    Calibration,
    Thresholds,
    consensus_bands,
    fit_calibration,
    fit_thresholds,
    load_calibration,
    save_calibration,
)
from grader.calibration.ratings import (
    BAND_SCALE,
    FOUR_POINT,
    GRADER_RATER,
    GradedRow,
    Ratings,
    Scale,
    default_thresholds,
    grader_value,
    join_grader,
    ratings_from_rows,
    read_graded,
    read_ratings,
)
from grader.calibration.report import render_agreement_html, render_agreement_text, render_fit_text
from grader.calibration.store import default_db_path, load_ratings, rated_items, save_ratings

__all__ = [
    "AgreementReport", "BAND_SCALE", "Calibration", "Drill", "DrillResults", "default_db_path", "drill_results",
    "load_drill", "load_ratings", "rated_items", "save_ratings", "FOUR_POINT", "GRADER_RATER", "GradedRow", "Ratings", "Scale",
    "Thresholds", "compute_agreement", "consensus_bands", "default_thresholds", "fit_calibration", "fit_thresholds",
    "grader_value", "icc_2_1", "join_grader", "krippendorff_alpha", "load_calibration", "ratings_from_rows",
    "read_graded", "read_ratings", "reliability_matrix", "render_agreement_html", "render_agreement_text",
    "render_fit_text", "save_calibration", "weighted_kappa",
]
