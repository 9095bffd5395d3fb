"""Fitting the grader's score-to-band thresholds to human judgement, and the calibration file.

The human consensus for an item is the median of its raters' bands (a 1-4 rating counts as weak for 1,
adequate for 2 or 3, strong for 4; a panel split exactly between two bands counts as adequate). An
isotonic regression (scikit-learn) of that consensus on the grader's 0-100 score gives a monotone
curve; the thresholds are where it crosses 1.5 (adequate) and 2.5 (strong). Agreement before (the
default thresholds) and after (thresholds fitted on the other folds) is measured by k-fold
cross-validation, so no row is ever scored by thresholds fitted on it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sklearn.isotonic import IsotonicRegression
from sklearn.model_selection import KFold

from grader.calibration.agreement import weighted_kappa
from grader.calibration.ratings import (
    BAND_WORDS,
    FOUR_POINT,
    GRADER_RATER,
    GradedRow,
    Ratings,
    default_thresholds,
)
from grader.errors import CalibrationError

BAND_CODES = (1, 2, 3)  # weak, adequate, strong


class Thresholds(BaseModel):
    """Lowest scores (0..100) of the adequate and strong bands."""

    model_config = ConfigDict(extra="forbid")

    adequate: float = Field(ge=0, le=100, description="Scores at or above this are at least adequate.")
    strong: float = Field(ge=0, le=100, description="Scores at or above this are strong.")

    @model_validator(mode="after")
    def _ordered(self) -> "Thresholds":
        if self.adequate > self.strong:
            raise ValueError(f"adequate ({self.adequate}) must not be above strong ({self.strong})")
        return self

    def band(self, score: float) -> str:
        if score >= self.strong:
            return "strong"
        if score >= self.adequate:
            return "adequate"
        return "weak"


class BandAgreement(BaseModel):
    """Predicted bands against the human consensus bands."""

    n_items: int
    weighted_kappa: float | None = Field(description="Quadratic-weighted Cohen's kappa over weak/adequate/strong.")
    exact_agreement: float = Field(description="Share of items whose predicted band equals the consensus.")


class CrossValidation(BaseModel):
    """Agreement before and after calibration, both on held-out rows only."""

    folds: int
    seed: int
    before: BandAgreement = Field(description="The default thresholds (nothing fitted, so every row is held out).")
    after: BandAgreement = Field(description="Out-of-fold predictions: each row banded by thresholds fitted without it.")
    fold_kappa_after: list[float | None] = Field(description="Weighted kappa within each held-out fold.")


class Calibration(BaseModel):
    """A fitted score-to-band mapping for one rubric; `grade`/`batch --calibration FILE` load it."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    rubric: str = Field(description="Rubric id the thresholds were fitted for.")
    thresholds: Thresholds
    method: Literal["isotonic"] = "isotonic"
    consensus: str = Field("median of human raters' bands", description="How the human target was formed.")
    fitted_on: int = Field(ge=1, description="Items used for the final fit (all joined items).")
    scale: str = Field(description="The ratings' scale: '1-4' or 'bands'.")
    default_thresholds: Thresholds = Field(description="The thresholds that 'before' used.")
    cv: CrossValidation
    notes: list[str] = Field(default_factory=list)
    forced: bool = Field(
        False, description="Written with --force although cross-validation says it agrees less than the defaults."
    )

    def band(self, score: float) -> str:
        """The band for a 0..100 score under the fitted thresholds."""
        return self.thresholds.band(score)

    @property
    def worse_than_defaults(self) -> bool:
        """True when the cross-validated agreement after fitting is below the defaults' (the fit should not be used)."""
        before, after = self.cv.before.weighted_kappa, self.cv.after.weighted_kappa
        return before is not None and (after is None or after < before)

    def cv_summary(self) -> str:
        """'5-fold CV weighted kappa 0.68 -> 0.88' (defaults -> fitted, held-out rows only)."""
        before, after = self.cv.before.weighted_kappa, self.cv.after.weighted_kappa
        fmt = lambda k: "n/a" if k is None else f"{k:.2f}"  # noqa: E731
        return f"{self.cv.folds}-fold CV weighted kappa {fmt(before)} with the defaults -> {fmt(after)} fitted"

    def describe(self, path: str | Path) -> str:
        """One line saying which fit a command applies (printed on every use), with a warning when it is worse."""
        t = self.thresholds
        line = (f"calibration {path}: rubric {self.rubric}, adequate >= {t.adequate:.1f}, strong >= {t.strong:.1f} "
                f"(fitted on {self.fitted_on} items; {self.cv_summary()})")
        if self.worse_than_defaults:
            line += "; WARNING: this fit agrees with the raters LESS than the default bands" + (
                " (written with --force)" if self.forced else "")
        return line


def load_calibration(path: str | Path) -> Calibration:
    """Read a calibration file written by `grader calibrate fit`; CalibrationError names the file and field."""
    path = Path(path)
    if not path.exists():
        raise CalibrationError(f"{path}: calibration file not found")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CalibrationError(f"{path}: not a JSON calibration file ({exc}); expected `grader calibrate fit` output") from None
    try:
        return Calibration.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "file"
        message = first.get("msg", "invalid").removeprefix("Value error, ")
        raise CalibrationError(f"{path}: field '{where}': {message}; expected `grader calibrate fit` output") from None


def save_calibration(calibration: Calibration, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(calibration.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")
    return path


def consensus_bands(ratings: Ratings) -> pd.Series:
    """item -> consensus band code (1 weak, 2 adequate, 3 strong) from the human raters."""
    humans = ratings.frame[ratings.frame["rater"] != GRADER_RATER]
    codes = humans["score"].astype(int)
    if ratings.scale is FOUR_POINT:
        codes = codes.map({1: 1, 2: 2, 3: 2, 4: 3})
    median = codes.groupby(humans["item"]).median()
    # A median halfway between two bands (an even panel split down the middle) is adequate.
    return median.map(lambda m: 2 if m % 1 else int(m)).astype(int)


def fit_thresholds(scores: np.ndarray, bands: np.ndarray) -> Thresholds:
    """Isotonic fit of band codes on scores; thresholds where the curve crosses 1.5 and 2.5.

    A level the curve never reaches (no such band in the data) is placed at 100; one it starts above at 0.
    """
    model = IsotonicRegression(increasing=True, out_of_bounds="clip", y_min=1, y_max=3)
    model.fit(np.asarray(scores, float), np.asarray(bands, float))
    xs, ys = model.X_thresholds_, model.y_thresholds_
    return Thresholds(adequate=_crossing(xs, ys, 1.5), strong=_crossing(xs, ys, 2.5))


def band_agreement(predicted: list[str], consensus: list[int]) -> BandAgreement:
    codes = np.array([BAND_WORDS.index(b) + 1 for b in predicted])
    target = np.asarray(consensus, int)
    return BandAgreement(
        n_items=len(target),
        weighted_kappa=weighted_kappa(codes, target, BAND_CODES),
        exact_agreement=float(np.mean(codes == target)) if len(target) else 0.0,
    )


def fit_calibration(
    ratings: Ratings,
    graded: list[GradedRow],
    *,
    rubric: str | None = None,
    folds: int = 5,
    seed: int = 0,
    graded_source: str = "graded rows",
) -> Calibration:
    """Fit thresholds on every joined item and estimate before/after agreement by k-fold cross-validation."""
    rubric_id = _choose_rubric(graded, rubric, graded_source)
    rows = [r for r in graded if r.error is None and r.score is not None and (r.rubric or rubric_id) == rubric_id]
    consensus = consensus_bands(ratings)
    joined = [(r.score, int(consensus[r.id])) for r in rows if r.id in consensus.index]
    if not joined:
        raise CalibrationError(
            f"{graded_source}: no graded row of rubric {rubric_id!r} matches an item of {ratings.source}; "
            "expected result ids equal to the rated items"
        )
    scores = np.array([s for s, _ in joined], float)
    target = np.array([c for _, c in joined], int)
    if folds < 2:
        raise CalibrationError(f"--folds {folds}: expected at least 2 folds for cross-validation")
    if len(joined) < 2 * folds:
        raise CalibrationError(
            f"{graded_source}: only {len(joined)} graded items match the ratings; {folds}-fold cross-validation "
            f"needs at least {2 * folds} (use --folds {max(2, len(joined) // 2)} or rate more items)"
        )
    absent = [BAND_WORDS[c - 1] for c in BAND_CODES if c not in set(target)]
    if absent:
        raise CalibrationError(
            f"{ratings.source}: no item's consensus is {' or '.join(absent)}; expected ratings covering "
            "weak, adequate and strong answers so every threshold can be placed"
        )

    defaults = Thresholds(**default_thresholds())
    before = band_agreement([defaults.band(s) for s in scores], list(target))
    predicted: list[str] = [""] * len(scores)
    fold_kappas: list[float | None] = []
    splitter = KFold(n_splits=folds, shuffle=True, random_state=seed)
    for train, test in splitter.split(scores):
        fitted = fit_thresholds(scores[train], target[train])
        fold_predictions = [fitted.band(s) for s in scores[test]]
        for index, band in zip(test, fold_predictions):
            predicted[index] = band
        fold_kappas.append(band_agreement(fold_predictions, list(target[test])).weighted_kappa)
    after = band_agreement(predicted, list(target))

    calibration = Calibration(
        rubric=rubric_id,
        thresholds=fit_thresholds(scores, target),
        fitted_on=len(joined),
        scale=ratings.scale.name,
        default_thresholds=defaults,
        cv=CrossValidation(folds=folds, seed=seed, before=before, after=after, fold_kappa_after=fold_kappas),
    )
    if calibration.worse_than_defaults:
        calibration.notes.append("cross-validated agreement is lower after fitting than with the defaults; keep the defaults")
    return calibration


def _crossing(xs: np.ndarray, ys: np.ndarray, level: float) -> float:
    """Smallest score where the piecewise-linear isotonic curve reaches `level`."""
    above = np.nonzero(ys >= level)[0]
    if len(above) == 0:
        return 100.0
    index = int(above[0])
    if index == 0:
        return 0.0
    x0, x1, y0, y1 = xs[index - 1], xs[index], ys[index - 1], ys[index]
    return float(np.clip(x0 + (level - y0) * (x1 - x0) / (y1 - y0), 0.0, 100.0))


def _choose_rubric(graded: list[GradedRow], rubric: str | None, source: str) -> str:
    found = sorted({r.rubric for r in graded if r.rubric})
    if rubric is not None:
        from grader.rubric import load_rubric

        wanted = rubric if rubric in found else _rubric_id(rubric, load_rubric)
        if found and wanted not in found:
            raise CalibrationError(f"{source}: no row graded against rubric {wanted!r}; found {', '.join(found)}")
        return wanted
    if len(found) > 1:
        raise CalibrationError(f"{source}: rows from several rubrics ({', '.join(found)}); expected --rubric to pick one")
    if not found:
        raise CalibrationError(f"{source}: rows do not name their rubric; expected --rubric ID")
    return found[0]


def _rubric_id(rubric: str, load_rubric) -> str:
    """A rubric argument (id or path) -> its id; an id not installed is taken as given."""
    try:
        return load_rubric(rubric).id
    except Exception:  # noqa: BLE001 - calibrating rows of a rubric not installed here is still valid
        return rubric
