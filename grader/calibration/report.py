"""Text and HTML renderings of an AgreementReport and of a Calibration; no statistics here."""

from __future__ import annotations

import html

from grader.calibration.agreement import AgreementReport, Interval
from grader.calibration.fit import BandAgreement, Calibration


def _num(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _ci(interval: Interval | None, digits: int = 2) -> str:
    return "" if interval is None else f" [{interval.low:.{digits}f}, {interval.high:.{digits}f}]"


def render_agreement_text(report: AgreementReport) -> str:
    lines = [
        f"Agreement for {report.source}: {report.n_raters} raters, {report.n_items} items, "
        f"{report.n_ratings} ratings, scale {report.scale}",
        f"(95% intervals: {report.resamples} bootstrap resamples of items, seed {report.seed})",
        "",
        f"Krippendorff's alpha (ordinal): {_num(report.krippendorff_alpha)}{_ci(report.alpha_interval)}",
    ]
    for group in report.by_round:
        lines.append(f"  round {group.group}: {_num(group.alpha)}{_ci(group.interval)}  ({group.n_items} items)")
    for group in report.by_skill:
        lines.append(f"  skill {group.group}: {_num(group.alpha)}{_ci(group.interval)}  ({group.n_items} items)")
    icc = report.icc
    lines.append("")
    if icc.value is None:
        lines.append(f"ICC(2,1): n/a ({icc.note})")
    else:
        lines.append(f"ICC(2,1): {_num(icc.value)}{_ci(icc.interval)}  ({icc.n_items} items rated by all raters)")
    lines += ["", "Pairwise quadratic-weighted kappa:"]
    for pair in report.pairwise:
        exact = "n/a" if pair.exact_agreement is None else f"{pair.exact_agreement:.0%}"
        lines.append(
            f"  {pair.a} ~ {pair.b}: {_num(pair.weighted_kappa)}  ({pair.n_items} common items, {exact} exact)"
        )
    lines += ["", "Rater bias (mean score minus the others' mean on the same items):"]
    width = max((len(r.rater) for r in report.raters), default=5)
    for rater in report.raters:
        flag = f"  <- {rater.flag.upper()}" if rater.flag else ""
        bias = "n/a" if rater.bias is None else f"{rater.bias:+.2f}"
        lines.append(
            f"  {rater.rater:<{width}}  bias {bias}{_ci(rater.interval)}  mean {rater.mean_score:.2f}  "
            f"({rater.n_items} items){flag}"
        )
    lines += ["", "Calibration-meeting agenda (widest disagreement first):"]
    if not report.agenda:
        lines.append("  none: every item got the same score from all its raters")
    for entry in report.agenda:
        scores = ", ".join(f"{r} {s:g}" for r, s in entry.scores.items())
        lines.append(f"  {entry.item} (round {entry.round}): range {entry.range:g}, sd {entry.std:.2f} - {scores}")
    if report.notes:
        lines += ["", *[f"note: {n}" for n in report.notes]]
    return "\n".join(lines)


_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
th{background:#f4f4f4}.lenient{color:#b35900;font-weight:bold}.harsh{color:#0050b3;font-weight:bold}
.bar{position:relative;width:16rem;height:.9rem;background:#f0f0f0}
.bar span{position:absolute;top:0;height:100%;background:#8ab}.bar i{position:absolute;top:-2px;width:2px;height:130%;background:#222}
.bar b{position:absolute;left:50%;top:0;width:1px;height:100%;background:#999}
"""


def render_agreement_html(report: AgreementReport) -> str:
    """A self-contained HTML page (no scripts, no network) of the agreement report."""
    e = html.escape
    span = max([abs(x) for r in report.raters if r.interval for x in (r.interval.low, r.interval.high)] + [1.0])

    def bar(low: float, high: float, mid: float) -> str:
        def pos(v: float) -> float:
            return 50 + 50 * v / span

        return (
            f'<div class="bar"><b></b><span style="left:{pos(low):.1f}%;width:{pos(high) - pos(low):.1f}%"></span>'
            f'<i style="left:{pos(mid):.1f}%"></i></div>'
        )

    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>Rater agreement</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>Rater agreement</h1><p>{e(report.source)}: {report.n_raters} raters, {report.n_items} items, "
        f"{report.n_ratings} ratings, scale {e(report.scale)}. 95% intervals from {report.resamples} bootstrap "
        f"resamples of items (seed {report.seed}).</p>",
        "<h2>Krippendorff's alpha (ordinal)</h2><table><tr><th>group</th><th>items</th><th>alpha</th><th>95% interval</th></tr>",
        f"<tr><td>all</td><td>{report.n_items}</td><td>{_num(report.krippendorff_alpha)}</td>"
        f"<td>{e(_ci(report.alpha_interval))}</td></tr>",
    ]
    for kind, groups in (("round", report.by_round), ("skill", report.by_skill)):
        for g in groups:
            parts.append(
                f"<tr><td>{kind} {e(g.group)}</td><td>{g.n_items}</td><td>{_num(g.alpha)}</td><td>{e(_ci(g.interval))}</td></tr>"
            )
    parts.append("</table>")
    icc = report.icc
    icc_text = f"{_num(icc.value)}{_ci(icc.interval)} on {icc.n_items} items" if icc.value is not None else f"n/a ({icc.note})"
    parts.append(f"<h2>ICC(2,1)</h2><p>{e(icc_text)}</p>")
    parts.append("<h2>Rater bias</h2><table><tr><th>rater</th><th>items</th><th>mean</th><th>bias</th><th>95% interval</th><th></th><th>flag</th></tr>")
    for r in report.raters:
        cls = f' class="{r.flag}"' if r.flag else ""
        drawn = bar(r.interval.low, r.interval.high, r.bias) if r.interval and r.bias is not None else ""
        bias = "n/a" if r.bias is None else f"{r.bias:+.2f}"
        parts.append(
            f"<tr{cls}><td>{e(r.rater)}</td><td>{r.n_items}</td><td>{r.mean_score:.2f}</td><td>{bias}</td>"
            f"<td>{e(_ci(r.interval))}</td><td>{drawn}</td><td>{e(r.flag or '')}</td></tr>"
        )
    parts.append("</table><h2>Pairwise quadratic-weighted kappa</h2><table><tr><th>a</th><th>b</th><th>items</th><th>kappa</th><th>exact</th></tr>")
    for p in report.pairwise:
        exact = "n/a" if p.exact_agreement is None else f"{p.exact_agreement:.0%}"
        parts.append(
            f"<tr><td>{e(p.a)}</td><td>{e(p.b)}</td><td>{p.n_items}</td><td>{_num(p.weighted_kappa)}</td><td>{exact}</td></tr>"
        )
    parts.append("</table><h2>Calibration-meeting agenda</h2><table><tr><th>item</th><th>round</th><th>range</th><th>sd</th><th>scores</th></tr>")
    for a in report.agenda:
        scores = ", ".join(f"{r} {s:g}" for r, s in a.scores.items())
        parts.append(
            f"<tr><td>{e(a.item)}</td><td>{a.round}</td><td>{a.range:g}</td><td>{a.std:.2f}</td><td>{e(scores)}</td></tr>"
        )
    parts.append("</table>")
    if report.notes:
        parts.append("<ul>" + "".join(f"<li>{e(n)}</li>" for n in report.notes) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _agreement_line(name: str, figures: BandAgreement) -> str:
    return (
        f"  {name:<7} weighted kappa {_num(figures.weighted_kappa)}, exact agreement "
        f"{figures.exact_agreement:.0%} ({figures.n_items} items)"
    )


def render_fit_text(calibration: Calibration) -> str:
    t, d, cv = calibration.thresholds, calibration.default_thresholds, calibration.cv
    lines = [
        f"Calibration for rubric {calibration.rubric}: {calibration.method} fit on {calibration.fitted_on} items "
        f"(consensus: {calibration.consensus})",
        f"  thresholds: adequate >= {t.adequate:.1f}, strong >= {t.strong:.1f}   "
        f"(defaults: adequate >= {d.adequate:g}, strong >= {d.strong:g})",
        f"Agreement with the human consensus, {cv.folds}-fold cross-validation (seed {cv.seed}), held-out rows only:",
        _agreement_line("before", cv.before),
        _agreement_line("after", cv.after),
        "  per-fold kappa after: " + ", ".join(_num(k, 2) for k in cv.fold_kappa_after),
    ]
    lines += [f"note: {n}" for n in calibration.notes]
    return "\n".join(lines)
