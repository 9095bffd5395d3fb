"""Delivery feedback as Markdown, for reports of spoken answers (kept apart from the content feedback)."""

from __future__ import annotations

from grader.result import GradeResult


def delivery_markdown(results: list[GradeResult]) -> str:
    """A 'Delivery' section with one entry per spoken answer; empty when no answer was spoken."""
    spoken = [r for r in results if r.delivery is not None]
    if not spoken:
        return ""
    lines = ["## Delivery", "", "From the recordings; not part of any score.", "",
             "| answer | words per minute | fillers per minute | long pauses | length |",
             "| --- | --- | --- | --- | --- |"]
    for result in spoken:
        d = result.delivery
        what = f"round {result.round}" + (" follow-up" if result.trap else "")
        length = f"{d.duration:.0f} s" + (f" ({d.length})" if d.length and d.length != "ok" else "")
        lines.append(f"| {what} | {d.words_per_minute:.0f} | {d.fillers_per_minute:.1f} | {len(d.long_pauses)} "
                     f"| {length} |")
    lines.append("")
    for result in spoken:
        what = f"Round {result.round}" + (" follow-up" if result.trap else "")
        lines.append(f"**{what}**")
        lines += [f"- {note}" for note in result.delivery.notes]
        lines.append("")
    return "\n".join(lines)
