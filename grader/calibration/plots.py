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
    # One fixed-height row per rater, every label drawn (none dropped as "overlapping"), your name in bold.
    base = alt.Chart(data).encode(
        y=alt.Y("rater:N", sort=None, title=None,
                axis=alt.Axis(labelOverlap=False, labelLimit=200, labelFontSize=13, labelPadding=8,
                              labelFontWeight=alt.ExprRef(f"datum.value === {_js(highlight)} ? 'bold' : 'normal'"))),
    )
    colour = alt.Color(
        "flag:N",
        scale=alt.Scale(domain=["lenient", "harsh", "within noise"], range=["#c05a00", "#1f5fa8", "#777777"]),
        legend=alt.Legend(orient="bottom", title=None, labelFontSize=12),
    )
    intervals = base.mark_rule(strokeWidth=3).encode(
        x=alt.X("low:Q", title="bias: mean score minus the others' mean (95% interval)"), x2="high:Q", color=colour
    )
    points = base.mark_point(filled=True, opacity=1).encode(
        x="bias:Q",
        color=colour,
        size=alt.condition("datum.you", alt.value(180), alt.value(80)),
        tooltip=["rater", alt.Tooltip("bias:Q", format="+.2f"), alt.Tooltip("low:Q", format="+.2f"),
                 alt.Tooltip("high:Q", format="+.2f"), "flag"],
    )
    zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(strokeDash=[4, 4], color="#444").encode(x="x:Q")
    return alt.layer(zero, intervals, points).properties(height=36 * max(2, len(data)))


def _js(value: str | None) -> str:
    """A Python string as a Vega expression string literal."""
    import json

    return json.dumps(value or "")


def confusion_chart(table: pd.DataFrame, reference_title: str) -> alt.Chart:
    """Heatmap of a `confusion_table`: your score across, the reference's down; fills its column's width."""
    # Text colour per cell: white on the darkest cells, grey for empty ones, near-black otherwise.
    dark = table["count"] > table["count"].max() / 2
    table = table.assign(ink=["white" if d else "#9ca3af" if c == 0 else "#111827" for d, c in zip(dark, table["count"])])
    base = alt.Chart(table).encode(
        x=alt.X("mine:O", title="your score", axis=alt.Axis(labelAngle=0, labelFontSize=12)),
        y=alt.Y("reference:O", title=reference_title, axis=alt.Axis(labelFontSize=12)),
    )
    cells = base.mark_rect(stroke="white", strokeWidth=2).encode(
        color=alt.Color("count:Q", scale=alt.Scale(scheme="blues", domainMin=0), legend=None)
    )
    labels = base.mark_text(fontSize=15, fontWeight="bold").encode(
        text="count:Q",
        color=alt.Color("ink:N", scale=None),
    )
    return alt.layer(cells, labels).resolve_scale(color="independent").properties(width=290, height=250)


def distribution_chart(table: pd.DataFrame) -> alt.Chart:
    """Bars of how often each rater gave each score (a `score_distribution` table), three raters per row."""
    return (
        alt.Chart(table)
        .mark_bar()
        .encode(
            x=alt.X("score:O", sort=alt.SortField("value"), title="score", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("count:Q", title="ratings"),
            color=alt.Color("rater:N", legend=None),
            facet=alt.Facet("rater:N", columns=3, title=None, header=alt.Header(labelFontSize=13)),
            tooltip=["rater", "score", "count"],
        )
        .properties(width=190, height=120)
    )
