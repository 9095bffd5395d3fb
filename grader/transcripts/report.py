"""Per-transcript reports in Markdown and HTML: one interview, every round, every skill of the rubric.

Both renderings are built from the same rows (``_report_rows``), so they cannot disagree: a summary table,
then one card per answer (score and band once; key points covered, contradicted and missing with quotes; weak
patterns; bluff; the trap follow-up asked or worth asking). Everything people said, and every rubric text, is
escaped: in HTML with ``html.escape``; in Markdown with ``grader.report.md_escape`` (no raw HTML, no heading,
emphasis, link, image or autolink).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from grader.report import KEY_POINT_MARKS, describe_judge, key_point_summary, md_escape, result_card_markdown
from grader.report import ordered_key_points
from grader.result import GradeResult
from grader.rubric.schema import Rubric
from grader.transcripts.model import AlignedAnswer, Alignment

NOT_ASKED = "not asked"


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def _score(result: GradeResult | None) -> str:
    if result is None:
        return "not graded"
    if result.error:
        return "error"
    return f"{result.score:.0f}" if result.score is not None else "-"


@dataclass
class _AnswerRow:
    label: str  # 'Round 2' or 'Round 2, trap what-is-btf'
    skill: str
    answer: AlignedAnswer
    result: GradeResult | None
    round_title: str

    @property
    def score(self) -> str:
        return _score(self.result)

    @property
    def band(self) -> str:
        if self.result is None or self.result.error:
            return "-"
        return self.result.band or "-"

    @property
    def key_points(self) -> str:
        if self.result is None or self.result.error or not self.result.key_points:
            return "-"
        covered = sum(1 for k in self.result.key_points if k.covered)
        return f"{covered}/{len(self.result.key_points)}"

    @property
    def weak_patterns(self) -> list[str]:
        return [] if self.result is None else [w.text for w in self.result.weak_patterns]

    @property
    def bluff(self) -> str:
        if self.result is None or self.result.error:
            return "-"
        bluff = self.result.bluff
        return f"suspected ({bluff.confidence:.2f})" if bluff.suspected else "no"


@dataclass
class _Report:
    title: str
    rubric: str
    candidate: str
    interviewers: list[str]
    rows: list[_AnswerRow]
    skills: list[tuple[int, str, str, str]]  # round, skill, score, band (or 'not asked')
    traps_asked: list[_AnswerRow]
    traps_worth_asking: list[tuple[str, str, str]]  # round label, question, why
    unmatched: list[str]
    mean_score: float | None
    graded: int
    errors: list[str] = field(default_factory=list)


def _result_for(answer: AlignedAnswer, index: int, results: list[GradeResult]) -> GradeResult | None:
    """The result graded from this answer: same round and trap; the one at the same position when several."""
    if index < len(results):
        same = results[index]
        if same.round == answer.round and same.trap == answer.trap_id:
            return same
    for result in results:
        if result.round == answer.round and result.trap == answer.trap_id:
            return result
    return None


def _report_rows(alignment: Alignment, results: list[GradeResult], rubric: Rubric) -> _Report:
    rows: list[_AnswerRow] = []
    for index, answer in enumerate(alignment.answers):
        round_ = rubric.round(answer.round)
        label = f"Round {answer.round}" + (f", trap {answer.trap_id}" if answer.trap_id else "")
        rows.append(_AnswerRow(label, round_.skill, answer, _result_for(answer, index, results), round_.title))

    skills: list[tuple[int, str, str, str]] = []
    for round_ in rubric.rounds:
        main = next((r for r in rows if r.answer.round == round_.number and r.answer.trap_id is None), None)
        if main is None:
            trap_only = any(r.answer.round == round_.number for r in rows)
            skills.append((round_.number, round_.skill, "only the trap follow-up" if trap_only else NOT_ASKED, "-"))
        else:
            skills.append((round_.number, round_.skill, main.score, main.band))

    asked = [r for r in rows if r.answer.trap_id]
    asked_keys = {(r.answer.round, r.answer.trap_id) for r in asked}
    asked_questions = {r.answer.matched_question.strip().lower() for r in asked}
    worth: list[tuple[str, str, str]] = []
    for row in rows:
        followup = row.result.trap_followup if row.result else None
        if followup is None:
            continue
        if (row.answer.round, followup.trap_id) in asked_keys or followup.question.strip().lower() in asked_questions:
            continue  # already asked in this interview
        worth.append((row.label, followup.question, followup.why))

    graded = [r.result.score for r in rows if r.result and not r.result.error and r.result.score is not None]
    errors = [f"{r.label}: {r.result.error}" for r in rows if r.result and r.result.error]
    return _Report(
        title=alignment.transcript,
        rubric=f"{rubric.title} ({rubric.id})",
        candidate=alignment.candidate,
        interviewers=alignment.interviewer,
        rows=rows,
        skills=skills,
        traps_asked=asked,
        traps_worth_asking=worth,
        unmatched=alignment.unmatched_questions,
        mean_score=sum(graded) / len(graded) if graded else None,
        graded=len(graded),
        errors=errors,
    )


# ---------------------------------------------------------------------------------------------- Markdown


_md = md_escape


def _cell(text: str) -> str:
    return md_escape(text) or "-"


def render_transcript_markdown(alignment: Alignment, results: list[GradeResult], rubric: Rubric) -> str:
    """The interview report as Markdown: summary tables first, then each answer with its evidence."""
    report = _report_rows(alignment, results, rubric)
    out: list[str] = [f"# Interview report: {_md(report.title)}", ""]
    out.append(f"- Rubric: {_md(report.rubric)}")
    out.append(f"- Candidate: {_md(report.candidate)}")
    out.append(f"- Interviewer: {_md(', '.join(report.interviewers))}")
    if report.mean_score is not None:
        out.append(f"- Mean score over {report.graded} graded answers: {report.mean_score:.0f}")
    out += ["", "## Rounds", ""]
    if report.rows:
        out += ["| Round | Skill | Score | Band | Key points | Weak patterns | Bluff |",
                "| --- | --- | --- | --- | --- | --- | --- |"]
        for row in report.rows:
            weak = "; ".join(row.weak_patterns) or "-"
            out.append(f"| {_cell(row.label)} | {_cell(row.skill)} | {row.score} | {row.band} | {row.key_points} "
                       f"| {_cell(weak)} | {row.bluff} |")
    else:
        out.append("No rubric question was found in this transcript.")
    out += ["", "## Skills", "", "| Round | Skill | Score | Band |", "| --- | --- | --- | --- |"]
    for number, skill, score, band in report.skills:
        out.append(f"| {number} | {_cell(skill)} | {score} | {band} |")
    out += ["", "## Trap follow-ups", "", "### Asked", ""]
    if report.traps_asked:
        for row in report.traps_asked:
            out.append(f"- {_md(row.label)}: \"{_md(row.answer.question)}\" - score {row.score}, {row.band}")
    else:
        out.append("None.")
    out += ["", "### Worth asking", ""]
    if report.traps_worth_asking:
        for label, question, why in report.traps_worth_asking:
            out.append(f"- {_md(label)}: \"{_md(question)}\" - {_md(why)}")
    else:
        out.append("None.")
    out += ["", "## Questions that matched no round", ""]
    out += [f"- \"{_md(q)}\"" for q in report.unmatched] or ["None."]
    if report.errors:
        out += ["", "## Answers that could not be graded", ""] + [f"- {_md(e)}" for e in report.errors]
    out += ["", "## Answers", ""]
    for row in report.rows:
        out += _md_answer(row)
    return "\n".join(out).rstrip() + "\n"


def _md_answer(row: _AnswerRow) -> list[str]:
    """One answer as a card: heading with score and band, what was asked, the answer, then the result's body."""
    answer, result = row.answer, row.result
    when = f" at {_clock(answer.start)}" if answer.start is not None else ""
    graded = result is not None and not result.error
    verdict = f" — {row.score}/100, {row.band}" if graded else ""
    out = [f"### {_md(row.label)}: {_md(row.round_title)}{verdict}", ""]
    out.append(f"**Asked{when}:** “{_md(answer.question)}”  ")
    out.append(f"*Matched rubric question (similarity {answer.similarity:.2f}):* “{_md(answer.matched_question)}”")
    out += ["", f"> {_md(answer.answer)}", ""]
    if result is None:
        return out + ["Not graded.", ""]
    if result.error:
        return out + [f"Could not be graded: {_md(result.error)}", ""]
    if answer.trap_id:
        out += [f"**Trap follow-up asked:** this answers the round's trap `{_md(answer.trap_id)}`.", ""]
    return out + result_card_markdown(result)


_CSS = """
body{font-family:system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}blockquote{border-left:4px solid #ccc;margin:.5rem 0;padding:.2rem 1rem;color:#333}
.strong{color:#1a7f37}.adequate{color:#9a6700}.weak{color:#cf222e}.muted{color:#6b7280}
.card{border:1px solid #d0d7de;border-radius:10px;padding:.4rem 1.2rem 1rem;margin:1.2rem 0;box-shadow:0 1px 2px #0001}
.card h3{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;margin:.6rem 0}
.badge{font-size:.95rem;font-weight:600;padding:.15rem .6rem;border-radius:999px;white-space:nowrap}
.badge.strong{background:#dcfce7}.badge.adequate{background:#fef3c7}.badge.weak{background:#fee2e2}
.badge.none{background:#eee;color:#555}.meta{color:#555;font-size:.92rem;margin:.2rem 0}
.card h4{margin:.9rem 0 .3rem;font-size:.95rem}.card ul{margin:.2rem 0;padding-left:0;list-style:none}
.card li{margin:.25rem 0;padding-left:1.6rem;text-indent:-1.6rem}
.kp-covered::before{content:"\\2713";color:#1a7f37;font-weight:700;display:inline-block;width:1.6rem;text-indent:0}
.kp-contradicted::before{content:"\\26D4";display:inline-block;width:1.6rem;text-indent:0}
.kp-missing::before{content:"\\2717";color:#9ca3af;font-weight:700;display:inline-block;width:1.6rem;text-indent:0}
.kp-missing{color:#555}.quote{color:#1f2937;font-style:italic}
.flag{background:#fff7ed;border-left:4px solid #f59e0b;padding:.3rem .8rem;margin:.6rem 0}
.bluff{background:#fef2f2;border-left-color:#dc2626}.trap{background:#eef2ff;border-left-color:#6366f1}
"""


def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


def render_transcript_html(alignment: Alignment, results: list[GradeResult], rubric: Rubric) -> str:
    """The interview report as a self-contained HTML page; every transcript and result text is escaped."""
    report = _report_rows(alignment, results, rubric)
    parts: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Interview report: {_h(report.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Interview report: {_h(report.title)}</h1>",
        "<ul>",
        f"<li>Rubric: {_h(report.rubric)}</li>",
        f"<li>Candidate: {_h(report.candidate)}</li>",
        f"<li>Interviewer: {_h(', '.join(report.interviewers))}</li>",
    ]
    if report.mean_score is not None:
        parts.append(f"<li>Mean score over {report.graded} graded answers: {report.mean_score:.0f}</li>")
    parts.append("</ul>")

    parts.append("<h2>Rounds</h2>")
    if report.rows:
        parts.append("<table><tr><th>Round</th><th>Skill</th><th>Score</th><th>Band</th><th>Key points</th>"
                     "<th>Weak patterns</th><th>Bluff</th></tr>")
        for row in report.rows:
            weak = "<br>".join(_h(w) for w in row.weak_patterns) or "-"
            parts.append(
                f"<tr><td>{_h(row.label)}</td><td>{_h(row.skill)}</td><td>{_h(row.score)}</td>"
                f'<td class="{_h(row.band)}">{_h(row.band)}</td><td>{_h(row.key_points)}</td><td>{weak}</td>'
                f"<td>{_h(row.bluff)}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>No rubric question was found in this transcript.</p>")

    parts.append("<h2>Skills</h2><table><tr><th>Round</th><th>Skill</th><th>Score</th><th>Band</th></tr>")
    for number, skill, score, band in report.skills:
        muted = ' class="muted"' if score == NOT_ASKED else ""
        parts.append(f"<tr{muted}><td>{number}</td><td>{_h(skill)}</td><td>{_h(score)}</td>"
                     f'<td class="{_h(band)}">{_h(band)}</td></tr>')
    parts.append("</table>")

    parts.append("<h2>Trap follow-ups</h2><h3>Asked</h3>")
    parts.append(_html_list([f"{_h(r.label)}: &ldquo;{_h(r.answer.question)}&rdquo; - score {_h(r.score)}, "
                             f"{_h(r.band)}" for r in report.traps_asked]))
    parts.append("<h3>Worth asking</h3>")
    parts.append(_html_list([f"{_h(label)}: &ldquo;{_h(q)}&rdquo; - {_h(why)}"
                             for label, q, why in report.traps_worth_asking]))
    parts.append("<h2>Questions that matched no round</h2>")
    parts.append(_html_list([f"&ldquo;{_h(q)}&rdquo;" for q in report.unmatched]))
    if report.errors:
        parts.append("<h2>Answers that could not be graded</h2>")
        parts.append(_html_list([_h(e) for e in report.errors]))

    parts.append("<h2>Answers</h2>")
    for row in report.rows:
        parts.append(_html_answer(row))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _html_list(items: list[str]) -> str:
    """Items are already escaped."""
    if not items:
        return "<p>None.</p>"
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _html_answer(row: _AnswerRow) -> str:
    """One answer as a card: heading with a score badge, what was asked, the answer, then the result's body."""
    answer, result = row.answer, row.result
    when = f" at {_clock(answer.start)}" if answer.start is not None else ""
    graded = result is not None and not result.error
    badge = (f'<span class="badge {_h(row.band)}">{_h(row.score)}/100 · {_h(row.band)}</span>' if graded
             else f'<span class="badge none">{"error" if result is not None else "not graded"}</span>')
    parts = [
        f'<section class="card"><h3><span>{_h(row.label)}: {_h(row.round_title)}</span>{badge}</h3>',
        f'<p class="meta"><strong>Asked{_h(when)}:</strong> &ldquo;{_h(answer.question)}&rdquo;<br>'
        f"Matched rubric question (similarity {answer.similarity:.2f}): &ldquo;{_h(answer.matched_question)}&rdquo;</p>",
        f"<blockquote>{_h(answer.answer)}</blockquote>",
    ]
    if result is None:
        parts.append("<p>Not graded.</p></section>")
        return "\n".join(parts)
    if result.error:
        parts.append(f"<p>Could not be graded: {_h(result.error)}</p></section>")
        return "\n".join(parts)
    if answer.trap_id:
        parts.append(f'<p class="flag trap">Trap follow-up asked: this answers the round\'s trap '
                     f"<code>{_h(answer.trap_id)}</code>.</p>")
    if result.key_points:
        items = []
        for point in ordered_key_points(result.key_points):
            text = f'<span class="muted">{_h(KEY_POINT_MARKS[point.status].split()[-1])}:</span> {_h(point.text)}'
            if point.status == "covered" and point.evidence:
                text += f' &mdash; <span class="quote">&ldquo;{_h(point.evidence)}&rdquo;</span>'
            elif point.status == "contradicted":
                if point.conflict:
                    text += f' &mdash; said <span class="quote">&ldquo;{_h(point.conflict)}&rdquo;</span>'
                if point.conflicts_with:
                    text += f", but: {_h(point.conflicts_with)}"
            items.append(f'<li class="kp-{point.status}">{text}</li>')
        parts.append(f"<h4>Key points: {_h(key_point_summary(result.key_points))}</h4><ul>{''.join(items)}</ul>")
    if result.weak_patterns:
        items = [
            f"<li>{_h(p.text)}"
            + (f' &mdash; <span class="quote">&ldquo;{_h(p.evidence)}&rdquo;</span>' if p.evidence else "")
            + f' <span class="muted">({_h(p.why)})</span></li>'
            for p in result.weak_patterns
        ]
        parts.append(f'<div class="flag"><h4>Weak patterns</h4><ul>{"".join(items)}</ul></div>')
    if result.bluff.suspected:
        reasons = "".join(f"<li>{_h(r)}</li>" for r in result.bluff.reasons) or "<li>(no reason given)</li>"
        parts.append(f'<div class="flag bluff"><h4>Bluff suspected (confidence {result.bluff.confidence:.2f})</h4>'
                     f"<ul>{reasons}</ul></div>")
    if result.bluff.to_check:
        items = "".join(f"<li>{_h(c)}</li>" for c in result.bluff.to_check)
        parts.append('<div class="flag"><h4>Claims to check (said unsure, not confirmed by the rubric; they keep the '
                     f"answer below strong)</h4><ul>{items}</ul></div>")
    if result.injection:
        quotes = "".join(f"<li>&ldquo;{_h(q)}&rdquo;</li>" for q in result.injection)
        parts.append(f'<div class="flag bluff"><h4>Addressed to the grader (not counted as evidence)</h4>'
                     f"<ul>{quotes}</ul></div>")
    if result.judge is not None:
        parts.append(f'<p class="meta">{_h(describe_judge(result.judge))}</p>')
    if result.trap_followup:
        parts.append(f'<p class="flag trap"><strong>Trap follow-up worth asking:</strong> '
                     f"&ldquo;{_h(result.trap_followup.question)}&rdquo; &mdash; {_h(result.trap_followup.why)}</p>")
    parts.append("</section>")
    return "\n".join(parts)


def write_transcript_reports(
    alignment: Alignment, results: list[GradeResult], rubric: Rubric, out_dir: Path
) -> list[Path]:
    """Write ``<transcript-stem>.report.md`` and ``.report.html`` into ``out_dir``; return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    # "alice/session.txt" -> "alice__session": transcripts of the same name in different folders stay apart.
    stem = str(Path(alignment.transcript).with_suffix("")).replace("/", "__").replace("\\", "__")
    markdown = out_dir / f"{stem}.report.md"
    page = out_dir / f"{stem}.report.html"
    markdown.write_text(render_transcript_markdown(alignment, results, rubric), encoding="utf-8")
    page.write_text(render_transcript_html(alignment, results, rubric), encoding="utf-8")
    return [markdown, page]
