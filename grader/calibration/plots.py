"""Altair charts of calibration results (rater bias, confusion matrix, score distributions).

Charts are built here, from the report and tables of `grader.calibration`, so the UI page only renders.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from grader.calibration.agreement import AgreementReport


def bias_chart(report: AgreementReport, highlight: str | None = None) -> alt.Chart:
    """Each rater's bias as a point with its 95% interval; 0 is perfectly calibrated with the others."""
    rows = [
        {
            "rater": r.rater,
            "bias": r.bias,
            "low": r.interval.low if r.interval else r.bias,
            "high": r.interval.high if r.interval else r.bias,
            "flag": r.flag or "within noise",
            "you": r.rater == highlight,
        }
        for r in report.raters
        if r.bias is not None
    ]
    data = pd.DataFrame(rows, columns=["rater", "bias", "low", "high", "flag", "you"])
    base = alt.Chart(data).encode(y=alt.Y("rater:N", sort=None, title=None))
    colour = alt.Color(
        "flag:N",
        scale=alt.Scale(domain=["lenient", "harsh", "within noise"], range=["#c05a00", "#1f5fa8", "#777777"]),
        title="",
    )
    intervals = base.mark_rule(strokeWidth=3).encode(
        x=alt.X("low:Q", title="bias: mean score minus the others' mean (95% interval)"), x2="high:Q", color=colour
    )
    points = base.mark_point(filled=True).encode(
        x="bias:Q",
        color=colour,
        size=alt.condition("datum.you", alt.value(160), alt.value(70)),
        tooltip=["rater", alt.Tooltip("bias:Q", format="+.2f"), alt.Tooltip("low:Q", format="+.2f"),
                 alt.Tooltip("high:Q", format="+.2f"), "flag"],
    )
    zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(strokeDash=[4, 4], color="#444").encode(x="x:Q")
    return (zero + intervals + points).properties(height=max(80, 32 * len(data)))


def confusion_chart(table: pd.DataFrame, reference_title: str) -> alt.Chart:
    """Heatmap of a `confusion_table`: your score across, the reference's down."""
    base = alt.Chart(table).encode(
        x=alt.X("mine:O", title="your score"),
        y=alt.Y("reference:O", title=reference_title),
    )
    cells = base.mark_rect().encode(color=alt.Color("count:Q", scale=alt.Scale(scheme="blues"), legend=None))
    labels = base.mark_text(fontSize=14).encode(
        text="count:Q", color=alt.condition("datum.count > 0", alt.value("black"), alt.value("#bbbbbb"))
    )
    return (cells + labels).properties(width=240, height=240)


def distribution_chart(table: pd.DataFrame) -> alt.Chart:
    """Bars of how often each rater gave each score (a `score_distribution` table)."""
    return (
        alt.Chart(table)
        .mark_bar()
        .encode(
            x=alt.X("score:O", sort=alt.SortField("value"), title="score"),
            y=alt.Y("count:Q", title="ratings"),
            color=alt.Color("rater:N", legend=None),
            column=alt.Column("rater:N", title=None),
            tooltip=["rater", "score", "count"],
        )
        .properties(width=110, height=140)
    )
