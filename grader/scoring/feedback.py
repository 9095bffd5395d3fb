"""Feedback a candidate can act on: what was good (quoted), what was missing, what to avoid, what comes next."""

from __future__ import annotations

from grader.result import GradeResult


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def statements_phrase(count: int) -> str:
    """"1 distinct statement", "6 distinct statements": the substance an answer is credited with, for every surface."""
    return f"{count} distinct statement{'' if count == 1 else 's'}"


def write_feedback(result: GradeResult) -> str:
    lines: list[str] = [f"Score {result.score:.0f}/100 ({result.band})."]
    if result.key_points:
        n = len(result.statements)
        lines.append(f"Substance: {statements_phrase(n)} on the topic {'counts' if n == 1 else 'count'} towards the score.")
    covered = [k for k in result.key_points if k.covered]
    missing = [k for k in result.key_points if k.status == "missing"]
    contradicted = [k for k in result.key_points if k.status == "contradicted"]
    if covered:
        lines.append("What was good:")
        lines += [f'- {k.text} You said: "{_clip(k.evidence or "")}"' for k in covered]
    if missing:
        lines.append("What was missing:")
        lines += [f"- {k.text}" for k in missing]
    if contradicted:
        lines.append("What conflicts with the rubric:")
        # The rubric statement is named once: the key point itself, or, when another statement is what conflicts, that one.
        lines += [f'- {k.text} You said: "{_clip(k.conflict or "")}"'
                  + (f", but the rubric says: {k.conflicts_with}" if k.conflicts_with and k.conflicts_with != k.text else "")
                  for k in contradicted]
    if result.weak_patterns:
        lines.append("What to avoid:")
        lines += [f'- {p.text}: {p.why} (you said: "{_clip(p.evidence or "")}")' for p in result.weak_patterns]
    shown = [k.conflict for k in contradicted if k.conflict]
    to_check = [c for c in result.bluff.contradictions if not any(q in c for q in shown)]
    if to_check and not result.bluff.suspected:
        lines.append("Check these claims:")
        lines += [f"- {c}" for c in to_check]
    if result.bluff.to_check:
        lines.append("Details you were unsure of that the rubric does not confirm (they keep the answer below strong):")
        lines += [f"- {c}" for c in result.bluff.to_check]
    if result.bluff.suspected:
        lines.append(f"Bluff warning (confidence {result.bluff.confidence:.2f}):")
        lines += [f"- {r}" for r in result.bluff.reasons]
    if result.bluff.honest_uncertainty and not result.bluff.suspected:
        lines.append("Saying what you don't know is fine and was not counted against you"
                     + ("; a detail given while unsure is still a claim to check." if result.bluff.to_check else "."))
    if result.injection:
        lines.append("Ignored: parts of the answer address the grader instead of the question:")
        lines += [f'- "{_clip(s)}"' for s in result.injection]
    if result.trap_followup:
        lines.append(f"Ask next: {result.trap_followup.question} (why: {result.trap_followup.why})")
    if not result.key_points and not result.weak_patterns:
        lines.append("Nothing in the answer could be matched to the rubric.")
    return "\n".join(lines)
