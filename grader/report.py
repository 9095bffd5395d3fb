"""Readable renderings of the one result model (and of a rubric) for the terminal and for files."""

from __future__ import annotations

import json

from grader.result import GradeResult, JudgeVerdict
from grader.rubric.schema import Rubric


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


def render_result_markdown(result: GradeResult) -> str:
    """A Markdown report of one graded answer (the UI's download)."""
    if result.error:
        return f"### {result.id}\n\nNot graded: {result.error}\n"
    lines = [f"### Round {result.round}: {result.skill}", ""]
    if result.question:
        lines += [f"**Question.** {result.question}", ""]
    lines += [f"**Score:** {result.score:.0f}/100 ({result.band})", "", f"> {result.answer}", ""]
    lines += ["| key point | covered | similarity | evidence |", "| --- | --- | --- | --- |"]
    for kp in result.key_points:
        evidence = (kp.evidence or "").replace("|", "\\|")
        lines.append(f"| {kp.text} | {'yes' if kp.covered else 'no'} | {kp.similarity:.2f} | {evidence} |")
    lines.append("")
    for p in result.weak_patterns:
        lines.append(f"- **Weak pattern:** {p.text} — {p.why} (\"{p.evidence}\")")
    if result.bluff.suspected:
        lines.append(f"- **Bluff suspected** (confidence {result.bluff.confidence:.2f}): " + "; ".join(result.bluff.reasons))
    if result.trap_followup:
        lines.append(f"- **Ask next:** {result.trap_followup.question} ({result.trap_followup.why})")
    lines.append("")
    return "\n".join(lines)


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
