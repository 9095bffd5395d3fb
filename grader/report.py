"""Readable renderings of the one result model (and of a rubric) for the terminal and for files."""

from __future__ import annotations

import html
import json
import re

from grader.result import GradeResult, JudgeVerdict, KeyPointResult
from grader.rubric.schema import Rubric
from grader.scoring.feedback import statements_phrase

#: Characters that start inline Markdown (emphasis, code, links, images, tables, strikethrough) anywhere.
_MD_INLINE = re.compile(r"([\\`*_\[\]!|~{}])")
#: Text at the start of a line that Markdown reads as a heading, quote, list item or setext underline.
_MD_BLOCK_START = re.compile(r"^(?:[#>+\-=]|\d+(?=[.)]))")
#: Words that GitHub-flavoured Markdown would turn into live links (URLs, www. hosts, e-mail addresses).
_MD_LINKISH = re.compile(r"\S*(?:://|www\.|@)\S*", re.IGNORECASE)


def md_escape(text: object) -> str:
    """Someone's text made inert in Markdown: one line, no raw HTML, and no heading, list, emphasis, link,
    image or autolink, so a candidate's `# Hired!` or `![x](http://...)` shows as typed and nothing is fetched."""
    flat = html.escape(" ".join(str(text).split()), quote=False)  # & < > as entities: no raw HTML
    flat = _MD_INLINE.sub(r"\\\1", flat)
    flat = _MD_LINKISH.sub(lambda m: re.sub(r"([.:@/])", r"\\\1", m.group(0)), flat)
    if m := _MD_BLOCK_START.match(flat):
        # '# x' -> '\# x'; '1. x' -> '1\. x' (the marker after the digits is what makes a list)
        at = m.end() if m.group().isdigit() else 0
        flat = flat[:at] + "\\" + flat[at:]
    return flat


KEY_POINT_MARKS = {"covered": "✅ covered", "contradicted": "⛔ contradicted", "missing": "⬜ missing"}


def key_point_summary(points: list[KeyPointResult]) -> str:
    """'3 of 8 covered, 1 contradicted'."""
    covered = sum(1 for k in points if k.status == "covered")
    contradicted = sum(1 for k in points if k.status == "contradicted")
    line = f"{covered} of {len(points)} covered"
    return line + (f", {contradicted} contradicted" if contradicted else "")


def ordered_key_points(points: list[KeyPointResult]) -> list[KeyPointResult]:
    """Covered first, then contradicted, then missing (each in rubric order)."""
    order = {"covered": 0, "contradicted": 1, "missing": 2}
    return sorted(points, key=lambda k: order[k.status])


def render_result_text(result: GradeResult) -> str:
    """What `grader grade` prints: a heading, then the feedback."""
    if result.error:
        return f"{result.id}: not graded: {result.error}"
    what = f"trap follow-up '{result.trap}' of round {result.round}" if result.trap else f"round {result.round}"
    head = f"{result.rubric}, {what} — {result.skill}"
    parts = [head, "=" * min(len(head), 100), result.feedback]
    if result.judge is not None:
        parts.append(describe_judge(result.judge))
    return "\n".join(parts)


def describe_judge(judge: JudgeVerdict) -> str:
    """One line on the LLM judge's part of a result, for every surface."""
    if not judge.scored:
        return f"LLM judge ({judge.model}): unscored ({judge.reason})"
    line = f"LLM judge ({judge.model}): {judge.score:.0f}/100"
    if judge.embedding_score is not None:
        line += f"; embedding grader: {judge.embedding_score:.0f}/100"
    return line + (" — large disagreement, worth a human look" if judge.disagreement else "")


def render_result_markdown(result: GradeResult, heading: str | None = None) -> str:
    """One graded answer as a Markdown card (the UI's download; the transcript report's answers): score and
    band once, then key points by status with quotes, weak patterns, bluff, and the trap follow-up."""
    heading = heading or f"Round {result.round}: {md_escape(result.skill)}"
    if result.error:
        return f"### {heading}\n\nNot graded: {md_escape(result.error)}\n"
    lines = [f"### {heading} — {result.score:.0f}/100, {result.band}", ""]
    if result.question:
        lines += [f"**Question:** {md_escape(result.question)}", ""]
    lines += [f"> {md_escape(result.answer)}", ""]
    lines += result_card_markdown(result)
    return "\n".join(lines)


def result_card_markdown(result: GradeResult) -> list[str]:
    """The structured body of a result card (no heading, no answer), as Markdown lines."""
    lines: list[str] = []
    if result.key_points:
        lines += [f"**Key points:** {key_point_summary(result.key_points)}; substance: "
                  f"{statements_phrase(len(result.statements))} on the topic", ""]
        for kp in ordered_key_points(result.key_points):
            line = f"- {KEY_POINT_MARKS[kp.status]}: {md_escape(kp.text)}"
            if kp.status == "covered" and kp.evidence:
                line += f" — “{md_escape(kp.evidence)}”"
            elif kp.status == "contradicted":
                if kp.conflict:
                    line += f" — said “{md_escape(kp.conflict)}”"
                if kp.conflicts_with:
                    line += f", but: {md_escape(kp.conflicts_with)}"
            lines.append(line)
        lines.append("")
    if result.weak_patterns:
        lines += ["**Weak patterns:**", ""]
        for p in result.weak_patterns:
            quote = f" — “{md_escape(p.evidence)}”" if p.evidence else ""
            lines.append(f"- {md_escape(p.text)}{quote} ({md_escape(p.why)})")
        lines.append("")
    if result.bluff.suspected:
        lines += [f"**Bluff suspected** (confidence {result.bluff.confidence:.2f}):", ""]
        lines += [f"- {md_escape(reason)}" for reason in result.bluff.reasons] or ["- (no reason given)"]
        lines.append("")
    if result.bluff.to_check:
        lines += ["**Claims to check** (said unsure, not confirmed by the rubric; they keep the answer below strong):", ""]
        lines += [f"- {md_escape(c)}" for c in result.bluff.to_check] + [""]
    if result.injection:
        lines += ["**Addressed to the grader** (not counted as evidence):", ""]
        lines += [f"- “{md_escape(q)}”" for q in result.injection] + [""]
    if result.judge is not None:
        lines += [md_escape(describe_judge(result.judge)), ""]
    if result.trap_followup:
        lines += [f"**Trap follow-up worth asking:** “{md_escape(result.trap_followup.question)}” "
                  f"— {md_escape(result.trap_followup.why)}", ""]
    return lines


def render_results_json(results: list[GradeResult]) -> str:
    return json.dumps([r.row() for r in results], indent=2, ensure_ascii=False)


def render_rubric_text(rubric: Rubric) -> str:
    lines = [f"{rubric.title} ({rubric.id})"]
    meta = ", ".join(x for x in [rubric.category, rubric.difficulty, rubric.duration] if x)
    if meta:
        lines.append(meta)
    for r in rubric.rounds:
        lines += ["", f"Round {r.number}: {r.title} — skill: {r.skill}", f"  Q: {r.question}"]
        lines += [f"  key point {kp.id}: {kp.text}" for kp in r.key_points]
        lines += [f"  weak pattern {p.id}: {p.text} ({p.why})" for p in r.weak_patterns]
        lines += [f"  trap {t.id}: {t.question}" for t in r.traps]
        lines += [f"  fact {f.id}: {f.text}" for f in r.facts]
        if r.senior_signal:
            lines.append(f"  senior signal: {r.senior_signal}")
    return "\n".join(lines)
