"""Per-transcript reports: tables, skills not asked, trap follow-ups, and escaping of what people said."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from grader.result import BluffResult, GradeResult, KeyPointResult, TrapFollowup, WeakPatternResult, error_result
from grader.rubric import read_rubric_file
from grader.transcripts import (
    AlignedAnswer,
    Alignment,
    render_transcript_html,
    render_transcript_markdown,
    write_transcript_reports,
)

RUBRIC = read_rubric_file(Path(__file__).parent / "data" / "transcripts" / "ebpf-observability.yaml")
SCRIPT = "<script>alert('pwned')</script> & BTF <b>needs</b> 4.1"


def aligned(round_: int, answer: str, trap_id: str | None = None, question: str = "asked?") -> AlignedAnswer:
    target = RUBRIC.round(round_)
    matched = target.trap(trap_id).question if trap_id else target.question
    return AlignedAnswer(
        round=round_, trap_id=trap_id, question=question, matched_question=matched, similarity=0.81,
        answer=answer, answer_for_grading=answer, start=83.0,
    )


@pytest.fixture
def alignment() -> Alignment:
    return Alignment(
        transcript="bluffer <chris>.srt",
        interviewer=["Sam Rivera"],
        candidate="Chris <Novak>",
        answers=[
            aligned(1, "eBPF is faster than Prometheus, it replaces OpenTelemetry."),
            aligned(2, SCRIPT, question="Which kernels? <i>really</i>"),
            aligned(2, "BTF is the BPF Transfer Framework.", trap_id="what-is-btf", question="What is BTF?"),
        ],
        unmatched_questions=["How was the commute? <img src=x onerror=alert(1)>"],
    )


@pytest.fixture
def results() -> list[GradeResult]:
    round1 = GradeResult(
        id="bluffer-chris.srt#1", rubric=RUBRIC.id, round=1, skill=RUBRIC.round(1).skill,
        answer="eBPF is faster than Prometheus, it replaces OpenTelemetry.", score=18.0, band="weak",
        key_points=[
            KeyPointResult(id="zero-instrumentation", text="Visibility without code changes.", covered=False,
                           similarity=0.2),
            KeyPointResult(id="complements", text="Complements Prometheus.", covered=True, similarity=0.7,
                           evidence="<it replaces OpenTelemetry>"),
        ],
        weak_patterns=[WeakPatternResult(id="faster-than-prometheus", text="eBPF is faster than Prometheus.",
                                         why="Conflates measurement types.", evidence="eBPF is faster <than>")],
        bluff=BluffResult(suspected=True, confidence=0.8, reasons=["claims <script>x</script> without detail"]),
        trap_followup=TrapFollowup(question="Which kernel metrics can eBPF see that Prometheus cannot?",
                                   why="Name-dropping without mechanism.", trap_id=None),
        feedback="Explain what eBPF adds <em>beside</em> Prometheus.",
        trap=None,
    )
    round2 = GradeResult(
        id="bluffer-chris.srt#2", rubric=RUBRIC.id, round=2, skill=RUBRIC.round(2).skill, answer=SCRIPT,
        score=12.0, band="weak",
        key_points=[KeyPointResult(id="btf-5-2", text="BTF needs 5.2.", covered=False, similarity=0.3)],
        bluff=BluffResult(suspected=True, confidence=0.9, reasons=["kernel 4.1 contradicts: BTF requires 5.2"]),
        # Already asked in this interview: must not be listed as worth asking.
        trap_followup=TrapFollowup(question="What is BTF and why does it matter?", why="Bluffed versions.",
                                   trap_id="what-is-btf"),
    )
    trap = error_result("bluffer-chris.srt#2-what-is-btf", RUBRIC.id, 2, "BTF is...", "engine <failed>")
    trap.trap = "what-is-btf"
    return [round1, round2, trap]


def test_markdown_has_every_section(alignment, results):
    text = render_transcript_markdown(alignment, results, RUBRIC)
    assert text.startswith("# Interview report: bluffer &lt;chris&gt;.srt")
    assert "- Candidate: Chris &lt;Novak&gt;" in text and "- Interviewer: Sam Rivera" in text
    assert "- Mean score over 2 graded answers: 15" in text
    rows = [line for line in text.splitlines() if line.startswith("| Round 1 |")]
    assert rows == [
        f"| Round 1 | {RUBRIC.round(1).skill} | 18 | weak | 1/2 | eBPF is faster than Prometheus. | suspected (0.80) |"
    ]
    assert "| Round 2, trap what-is-btf |" in text and "| error |" in text
    skills = text.split("## Skills")[1].split("##")[0]
    assert f"| 3 | {RUBRIC.round(3).skill} | not asked | - |" in skills
    assert f"| 5 | {RUBRIC.round(5).skill} | not asked | - |" in skills
    assert f"| 2 | {RUBRIC.round(2).skill} | 12 | weak |" in skills
    asked = text.split("### Asked")[1].split("###")[0]
    assert 'Round 2, trap what-is-btf: "What is BTF?"' in asked
    worth = text.split("### Worth asking")[1].split("##")[0]
    assert "Which kernel metrics can eBPF see that Prometheus cannot?" in worth
    assert "What is BTF and why does it matter?" not in worth  # it was asked
    assert "How was the commute?" in text.split("## Questions that matched no round")[1]
    assert "- [x] Complements Prometheus. - \"&lt;it replaces OpenTelemetry&gt;\"" in text
    assert "- [ ] Visibility without code changes." in text
    assert "Could not be graded: engine &lt;failed&gt;" in text
    assert "(at 00:01:23)" in text


def test_markdown_escapes_raw_html(alignment, results):
    text = render_transcript_markdown(alignment, results, RUBRIC)
    assert "<script>" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;script&gt;alert('pwned')&lt;/script&gt; &amp; BTF &lt;b&gt;needs&lt;/b&gt; 4.1" in text


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_everything_the_candidate_said(alignment, results):
    page = render_transcript_html(alignment, results, RUBRIC)
    parser = _Collector()
    parser.feed(page)
    # No element from the transcript or the results survives as markup ...
    assert not {"script", "img", "i", "b", "em", "chris", "novak", "than", "failed"} & set(parser.tags)
    # ... but the words are all there, readable.
    text = "".join(parser.text)
    assert SCRIPT in text
    assert "Chris <Novak>" in text and "How was the commute? <img src=x onerror=alert(1)>" in text
    assert "Which kernels? <i>really</i>" in text and "claims <script>x</script> without detail" in text
    assert re.search(r"<td>3</td><td>[^<]+</td><td>not asked</td>", page)


def test_reports_without_results_show_not_graded(alignment):
    text = render_transcript_markdown(alignment, [], RUBRIC)
    assert "| Round 1 | " in text and "| not graded | - | - |" in text
    assert "Mean score" not in text


def test_empty_alignment_says_no_rubric_question_was_found():
    empty = Alignment(transcript="x.txt", interviewer=["A"], candidate="B", answers=[], unmatched_questions=[])
    text = render_transcript_markdown(empty, [], RUBRIC)
    assert "No rubric question was found in this transcript." in text
    assert text.count("| not asked |") == len(RUBRIC.rounds)
    assert "No rubric question was found" in render_transcript_html(empty, [], RUBRIC)


def test_write_transcript_reports(tmp_path, alignment, results):
    alignment.transcript = "bluffer-chris.srt"
    paths = write_transcript_reports(alignment, results, RUBRIC, tmp_path / "out")
    assert [p.name for p in paths] == ["bluffer-chris.report.md", "bluffer-chris.report.html"]
    assert paths[0].read_text(encoding="utf-8") == render_transcript_markdown(alignment, results, RUBRIC)
    assert paths[1].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
