"""Agreement between raters: Krippendorff's alpha, weighted kappa, ICC(2,1), rater bias and an agenda.

The statistics come from well-kept libraries (``krippendorff``, scikit-learn, pingouin); this module
arranges the data for them and bootstraps confidence intervals by resampling items with a fixed seed,
so the same ratings always give the same report.
"""

from __future__ import annotations

import itertools
import warnings
from typing import Literal

import krippendorff
import numpy as np
import pandas as pd
from pydantic import BaseModel, Field
from sklearn.metrics import cohen_kappa_score

from grader.calibration.ratings import Ratings

DEFAULT_RESAMPLES = 1000
DEFAULT_SEED = 0
MIN_ICC_ITEMS = 3
#: Below this many items a bootstrap has too few distinct resamples to give an honest interval.
MIN_BOOTSTRAP_ITEMS = 5


class Interval(BaseModel):
    """A bootstrap percentile interval."""

    low: float
    high: float
    level: float = Field(0.95, description="Coverage of the interval.")


class GroupAlpha(BaseModel):
    """Krippendorff's alpha within one round or one skill."""

    group: str = Field(description="The round number or the skill.")
    n_items: int
    alpha: float | None = Field(description="Ordinal alpha; null when undefined (one value only, or fewer than 2 items).")
    interval: Interval | None = Field(None, description=f"Null when there are fewer than {MIN_BOOTSTRAP_ITEMS} items.")


class PairAgreement(BaseModel):
    """Two raters on the items both rated."""

    a: str
    b: str
    n_items: int
    weighted_kappa: float | None = Field(description="Quadratic-weighted Cohen's kappa; null when undefined.")
    exact_agreement: float | None = Field(description="Share of common items given the same score.")


class RaterBias(BaseModel):
    """One rater's mean score against the other raters' mean on the same items."""

    rater: str
    n_items: int = Field(description="Items this rater shares with at least one other rater.")
    mean_score: float
    bias: float | None = Field(description="Mean over items of (this rater's score - the others' mean score).")
    interval: Interval | None = None
    flag: Literal["lenient", "harsh"] | None = Field(
        None, description="Set when the bias interval excludes 0: lenient above, harsh below."
    )


class IccResult(BaseModel):
    """ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout & Fleiss 1979)."""

    value: float | None
    interval: Interval | None = Field(None, description="pingouin's F-based 95% interval.")
    n_items: int = Field(description="Items rated by every rater (the only ones ICC can use).")
    raters: list[str]
    note: str | None = Field(None, description="Why the value is missing, when it is.")


class AgendaItem(BaseModel):
    """An item the raters disagree on, for a calibration meeting."""

    item: str
    round: int
    skill: str | None = None
    scores: dict[str, float] = Field(description="rater -> score.")
    range: float = Field(description="Highest minus lowest score.")
    std: float = Field(description="Population standard deviation across raters.")


class AgreementReport(BaseModel):
    """Everything `grader calibrate agreement` reports; the JSON form is its model dump."""

    source: str
    scale: str = Field(description="'1-4' or 'bands' (weak=1, adequate=2, strong=3).")
    n_items: int
    n_raters: int
    n_ratings: int
    krippendorff_alpha: float | None = Field(description="Ordinal alpha over all items and raters.")
    alpha_interval: Interval | None = None
    by_round: list[GroupAlpha]
    by_skill: list[GroupAlpha] = Field(default_factory=list)
    pairwise: list[PairAgreement]
    icc: IccResult
    raters: list[RaterBias]
    agenda: list[AgendaItem]
    resamples: int
    seed: int
    notes: list[str] = Field(default_factory=list)


def reliability_matrix(frame: pd.DataFrame) -> pd.DataFrame:
    """raters x items, NaN where a rater did not rate an item (the shape `krippendorff.alpha` takes)."""
    return frame.pivot(index="rater", columns="item", values="score").sort_index().sort_index(axis=1)


def krippendorff_alpha(
    matrix: np.ndarray, value_domain: tuple[int, ...] | list[int] | None = None, level: str = "ordinal"
) -> float | None:
    """Alpha of a raters x items matrix; None when undefined (fewer than two values, or no pairable item)."""
    matrix = np.asarray(matrix, dtype=float)
    pairable = (np.sum(~np.isnan(matrix), axis=0) >= 2).sum() if matrix.size else 0
    values = np.unique(matrix[~np.isnan(matrix)])
    if pairable == 0 or len(values) < 2:
        return None
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        value = krippendorff.alpha(
            reliability_data=matrix,
            level_of_measurement=level,
            value_domain=list(value_domain) if value_domain is not None else None,
        )
    return None if value is None or not np.isfinite(value) else float(value)


def weighted_kappa(a: list[float] | np.ndarray, b: list[float] | np.ndarray, labels: tuple[int, ...]) -> float | None:
    """Quadratic-weighted Cohen's kappa (scikit-learn); None when undefined (e.g. both raters constant)."""
    if len(a) < 2:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = cohen_kappa_score(np.asarray(a, int), np.asarray(b, int), weights="quadratic", labels=list(labels))
    return float(value) if np.isfinite(value) else None


def icc_2_1(frame: pd.DataFrame) -> IccResult:
    """ICC(2,1) with pingouin on the items every rater rated; says so when there are too few."""
    raters = sorted(frame["rater"].unique())
    matrix = reliability_matrix(frame)
    complete = matrix.dropna(axis=1)
    n_items = complete.shape[1]
    if len(raters) < 2:
        return IccResult(value=None, n_items=n_items, raters=raters, note="needs at least two raters")
    if n_items < MIN_ICC_ITEMS:
        return IccResult(
            value=None,
            n_items=n_items,
            raters=raters,
            note=f"only {n_items} item(s) were rated by all {len(raters)} raters; ICC needs at least {MIN_ICC_ITEMS}",
        )
    import pingouin

    long = complete.reset_index().melt(id_vars="rater", var_name="item", value_name="score")
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        table = pingouin.intraclass_corr(data=long, targets="item", raters="rater", ratings="score")
    # pingouin names ICC(2,1) "ICC2" (<= 0.5) or "ICC(A,1)" (newer releases).
    row = table[table["Type"].isin(["ICC2", "ICC(A,1)"])]
    value = float(row["ICC"].iloc[0]) if len(row) else float("nan")
    if not np.isfinite(value):
        return IccResult(
            value=None, n_items=n_items, raters=raters, note="undefined: the complete items have no variance"
        )
    low, high = (float(x) for x in row["CI95"].iloc[0]) if "CI95" in row else (float("nan"),) * 2
    interval = Interval(low=low, high=high) if np.isfinite(low) and np.isfinite(high) else None
    return IccResult(value=value, interval=interval, n_items=n_items, raters=raters)


def bootstrap_alpha(
    matrix: np.ndarray, value_domain: tuple[int, ...], resamples: int, seed: int
) -> Interval | None:
    """Percentile interval for alpha, resampling items (columns) with replacement."""
    matrix = np.asarray(matrix, dtype=float)
    n_items = matrix.shape[1]
    if resamples <= 0 or n_items < MIN_BOOTSTRAP_ITEMS:
        return None
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n_items, size=(resamples, n_items))
    values = [krippendorff_alpha(matrix[:, cols], value_domain) for cols in draws]
    return _percentile_interval([v for v in values if v is not None], resamples)


def rater_biases(frame: pd.DataFrame, resamples: int, seed: int) -> list[RaterBias]:
    """Each rater's bias (own score minus the others' mean, averaged over shared items) with a bootstrap interval."""
    matrix = reliability_matrix(frame)
    results = []
    for rater in matrix.index:
        own = matrix.loc[rater]
        others = matrix.drop(index=rater)
        other_mean = others.mean(axis=0, skipna=True)
        shared = own.notna() & others.notna().any(axis=0)
        diffs = (own[shared] - other_mean[shared]).to_numpy(dtype=float)
        mean_score = float(own.dropna().mean())
        if len(diffs) == 0:
            results.append(RaterBias(rater=rater, n_items=0, mean_score=mean_score, bias=None))
            continue
        bias = float(diffs.mean())
        interval = None
        if resamples > 0 and len(diffs) >= MIN_BOOTSTRAP_ITEMS:
            rng = np.random.default_rng(seed)
            means = diffs[rng.integers(0, len(diffs), size=(resamples, len(diffs)))].mean(axis=1)
            interval = _percentile_interval(list(means), resamples)
        flag = None
        if interval is not None and interval.low > 0:
            flag = "lenient"
        elif interval is not None and interval.high < 0:
            flag = "harsh"
        results.append(
            RaterBias(rater=rater, n_items=len(diffs), mean_score=mean_score, bias=bias, interval=interval, flag=flag)
        )
    return results


def pairwise_agreement(frame: pd.DataFrame, labels: tuple[int, ...]) -> list[PairAgreement]:
    matrix = reliability_matrix(frame)
    pairs = []
    for a, b in itertools.combinations(matrix.index, 2):
        both = matrix.loc[[a, b]].dropna(axis=1)
        x, y = both.loc[a].to_numpy(), both.loc[b].to_numpy()
        pairs.append(
            PairAgreement(
                a=a,
                b=b,
                n_items=len(x),
                weighted_kappa=weighted_kappa(x, y, labels),
                exact_agreement=float(np.mean(x == y)) if len(x) else None,
            )
        )
    return pairs


def disagreement_agenda(frame: pd.DataFrame, size: int = 10) -> list[AgendaItem]:
    """The items with the widest spread across raters (range, then standard deviation), widest first."""
    matrix = reliability_matrix(frame)
    rounds = frame.drop_duplicates("item").set_index("item")["round"]
    skills = frame.dropna(subset=["skill"]).drop_duplicates("item").set_index("item")["skill"] if "skill" in frame else {}
    spread = pd.DataFrame(
        {
            "range": matrix.max(axis=0) - matrix.min(axis=0),
            "std": matrix.std(axis=0, ddof=0),
            "count": matrix.notna().sum(axis=0),
        }
    )
    spread = spread[(spread["count"] >= 2) & (spread["range"] > 0)]
    spread = spread.reset_index().sort_values(["range", "std", "item"], ascending=[False, False, True]).head(size)
    agenda = []
    for row in spread.itertuples(index=False):
        scores = matrix[row.item].dropna()
        agenda.append(
            AgendaItem(
                item=row.item,
                round=int(rounds[row.item]),
                skill=skills.get(row.item) if len(skills) else None,
                scores={str(k): float(v) for k, v in scores.items()},
                range=float(row.range),
                std=float(row.std),
            )
        )
    return agenda


def compute_agreement(
    ratings: Ratings,
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
    agenda_size: int = 10,
) -> AgreementReport:
    """The full agreement report for a set of ratings (humans, and the grader when joined)."""
    frame = ratings.frame
    domain = ratings.scale.values
    matrix = reliability_matrix(frame)
    notes = list(ratings.notes)
    alpha = krippendorff_alpha(matrix.to_numpy(), domain)
    if alpha is None:
        notes.append("Krippendorff's alpha is undefined: fewer than two distinct scores or no item rated twice")

    by_round = []
    for number in sorted(frame["round"].unique()):
        part = reliability_matrix(frame[frame["round"] == number]).to_numpy()
        by_round.append(_group_alpha(str(number), part, domain, resamples, seed))
    by_skill = []
    if "skill" in frame and frame["skill"].notna().any():
        for skill in sorted(frame["skill"].dropna().unique()):
            part = reliability_matrix(frame[frame["skill"] == skill]).to_numpy()
            by_skill.append(_group_alpha(str(skill), part, domain, resamples, seed))

    return AgreementReport(
        source=ratings.source,
        scale=ratings.scale.name,
        n_items=int(frame["item"].nunique()),
        n_raters=int(frame["rater"].nunique()),
        n_ratings=int(len(frame)),
        krippendorff_alpha=alpha,
        alpha_interval=bootstrap_alpha(matrix.to_numpy(), domain, resamples, seed) if alpha is not None else None,
        by_round=by_round,
        by_skill=by_skill,
        pairwise=pairwise_agreement(frame, domain),
        icc=icc_2_1(frame),
        raters=rater_biases(frame, resamples, seed),
        agenda=disagreement_agenda(frame, agenda_size),
        resamples=resamples,
        seed=seed,
        notes=notes,
    )


def _group_alpha(
    name: str, matrix: np.ndarray, domain: tuple[int, ...], resamples: int, seed: int
) -> GroupAlpha:
    # On a single item alpha is 0 whatever the scores (its only pairs set both the observed and the
    # expected disagreement), so a one-item group has no alpha.
    if matrix.shape[1] < 2:
        return GroupAlpha(group=name, n_items=int(matrix.shape[1]), alpha=None)
    alpha = krippendorff_alpha(matrix, domain)
    interval = bootstrap_alpha(matrix, domain, resamples, seed) if alpha is not None else None
    return GroupAlpha(group=name, n_items=int(matrix.shape[1]), alpha=alpha, interval=interval)


def _percentile_interval(values: list[float], resamples: int, level: float = 0.95) -> Interval | None:
    """2.5th-97.5th percentiles; None when most resamples were undefined (the interval would mislead)."""
    if len(values) < max(2, resamples // 2):
        return None
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return Interval(low=float(low), high=float(high), level=level)
