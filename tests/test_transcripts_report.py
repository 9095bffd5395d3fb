"""Per-transcript reports: tables, skills not asked, trap follow-ups, and escaping of what people said."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
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

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
REPO = Path(__file__).resolve().parents[1]
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
    assert "- ✅ covered: Complements Prometheus. — “&lt;it replaces OpenTelemetry&gt;”" in text
    assert "- ⬜ missing: Visibility without code changes." in text
    assert "Could not be graded: engine &lt;failed&gt;" in text
    assert "**Asked at 00:01:23:**" in text


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


HOSTILE_NAME = "Eve ![pixel](http://evil.example/p.png) [click](http://evil.example)"
HOSTILE_ANSWER = "# Hired! <script>alert(1)</script> see https://evil.example/x and www.evil.example *now*"


@pytest.fixture
def carded() -> tuple[Alignment, list[GradeResult]]:
    """One answer whose result has a key point in each state, a weak pattern, a bluff and a trap worth asking."""
    alignment = Alignment(transcript="eve.txt", interviewer=["Sam"], candidate=HOSTILE_NAME,
                          answers=[aligned(2, HOSTILE_ANSWER)], unmatched_questions=[])
    result = GradeResult(
        id="eve.txt#2", rubric=RUBRIC.id, round=2, skill=RUBRIC.round(2).skill, answer=HOSTILE_ANSWER,
        score=46.0, band="adequate",
        feedback="Score 46/100 (adequate). What was good: - a long paragraph that must not be repeated",
        key_points=[
            KeyPointResult(id="depends", text="Capabilities depend on the kernel version.", covered=True,
                           status="covered", similarity=0.8, evidence="it depends on the kernel"),
            KeyPointResult(id="btf", text="BTF needs kernel 5.2 or newer.", covered=False, status="contradicted",
                           similarity=0.6, conflict="BTF landed in 3.10",
                           conflicts_with="BTF (BPF Type Format) requires kernel 5.2 or newer."),
            KeyPointResult(id="ringbuf", text="The ring buffer needs 5.8.", covered=False, similarity=0.1),
        ],
        weak_patterns=[WeakPatternResult(id="any-kernel", text="eBPF works on any Linux kernel.",
                                         why="False: features need specific versions.", evidence="works anywhere")],
        bluff=BluffResult(suspected=True, confidence=0.9, reasons=["says 'BTF landed in 3.10'"],
                          to_check=['"5.8" (you said: "I think <b>ring buffers</b> came in 5.8"): said unsure']),
        trap_followup=TrapFollowup(question="What is BTF and why does it matter?", why="a bluff is suspected",
                                   trap_id="what-is-btf"),
    )
    return alignment, [result]


def test_each_answer_is_a_card_with_the_score_once_and_every_key_point_state(carded):
    alignment, results = carded
    text = render_transcript_markdown(alignment, results, RUBRIC)
    card = text.split("## Answers")[1]
    assert card.count("46") == 1 and "What was good" not in card  # the score once, no flattened feedback
    assert card.lstrip().startswith(f"### Round 2: {RUBRIC.round(2).title} — 46/100, adequate")
    assert "**Key points:** 1 of 3 covered, 1 contradicted" in card
    lines = [line for line in card.splitlines() if line.startswith("- ")]
    assert lines[:3] == [
        "- ✅ covered: Capabilities depend on the kernel version. — “it depends on the kernel”",
        "- ⛔ contradicted: BTF needs kernel 5.2 or newer. — said “BTF landed in 3.10”, "
        "but: BTF (BPF Type Format) requires kernel 5.2 or newer.",
        "- ⬜ missing: The ring buffer needs 5.8.",
    ]
    assert "**Bluff suspected** (confidence 0.90)" in card
    assert "**Claims to check**" in card and "came in 5.8" in card and "<b>" not in card  # escaped, as typed
    assert "**Trap follow-up worth asking:** “What is BTF and why does it matter?” — a bluff is suspected" in card

    page = render_transcript_html(alignment, results, RUBRIC)
    section = page.split("<h2>Answers</h2>")[1]
    assert '<span class="badge adequate">46/100 · adequate</span>' in section
    assert section.count("46") == 1
    assert '<li class="kp-contradicted"><span class="muted">contradicted:</span> BTF needs kernel 5.2 or newer.' in section
    assert "said <span class=\"quote\">&ldquo;BTF landed in 3.10&rdquo;</span>" in section
    assert '<li class="kp-missing">' in section and '<li class="kp-covered">' in section
    assert "<h4>Claims to check" in section and "&lt;b&gt;ring buffers&lt;/b&gt; came in 5.8" in section


def _markdown_to_html(text: str) -> str:
    """Render as a GitHub-like viewer would: CommonMark, tables, strikethrough and bare-URL autolinks."""
    from markdown_it import MarkdownIt

    return MarkdownIt("gfm-like").render(text)


def test_candidate_markdown_stays_text_in_the_markdown_report(carded):
    alignment, results = carded
    text = render_transcript_markdown(alignment, results, RUBRIC)
    rendered = _markdown_to_html(text)
    parser = _Collector()
    parser.feed(rendered)
    # The renderer does turn these into live markup when they are not escaped ...
    assert "<img" in _markdown_to_html(HOSTILE_NAME) and "<h1>" in _markdown_to_html(HOSTILE_ANSWER)
    assert '<a href="https://evil.example/x"' in _markdown_to_html(HOSTILE_ANSWER)
    # ... but not in the report: nothing is fetched and nothing is live.
    assert not {"img", "a", "script"} & set(parser.tags), rendered
    assert parser.tags.count("h1") == 1 and "Hired" not in "".join(re.findall(r"<h\d>.*?</h\d>", rendered))
    shown = "".join(parser.text)
    assert HOSTILE_NAME in shown and HOSTILE_ANSWER in shown


def test_the_html_report_in_a_real_browser_fetches_nothing_and_looks_right(carded, tmp_path):
    """Opens the HTML report in Debian's chromium, records every request, and saves docs/transcript-report.png."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (make system-deps)")
    from playwright.sync_api import sync_playwright

    alignment, results = carded
    page_file = tmp_path / "report.html"
    page_file.write_text(render_transcript_html(alignment, results, RUBRIC), encoding="utf-8")
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.on("request", lambda request: requests.append(request.url))
            page.goto(page_file.as_uri())
            assert page.locator("section.card").count() == 1
            assert page.locator("script").count() == 0 and page.locator("img").count() == 0
            assert "# Hired!" in page.locator("section.card blockquote").inner_text()
            assert page.locator(".badge.adequate").inner_text() == "46/100 · adequate"
        finally:
            browser.close()
    assert requests == [page_file.as_uri()]


@pytest.mark.model
@pytest.mark.browser
def test_readme_transcript_report_in_a_real_browser(tmp_path):
    """The README's transcript batch on a shipped example, its HTML report opened in chromium: one card per
    answer, nothing fetched; the screenshot is docs/transcript-report.png."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (make system-deps)")
    from playwright.sync_api import sync_playwright

    env = {k: v for k, v in os.environ.items() if k != "GRADER_TEST_EMBEDDER"}
    out = tmp_path / "out" / "interviews.jsonl"
    run = subprocess.run([str(Path(sys.executable).parent / "grader"), "batch", "examples/transcripts/bluffer-chris.srt",
                          "--rubric", "ebpf-observability", "-o", str(out), "-q"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    report = out.parent / "bluffer-chris.report.html"
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 1400})
            page.on("request", lambda request: requests.append(request.url))
            page.goto(report.as_uri())
            assert page.locator("section.card").count() == len(rows)
            assert page.locator("section.card .badge").count() == len(rows)
            assert page.locator("li.kp-covered, li.kp-missing, li.kp-contradicted").count() == sum(
                len(r["key_points"]) for r in rows)
            top = page.locator("h2", has_text="Answers").bounding_box()["y"]
            page.screenshot(path=str(REPO / "docs" / "transcript-report.png"), full_page=True,
                            clip={"x": 0, "y": top - 10, "width": 1100, "height": 1250})
        finally:
            browser.close()
    assert requests == [report.as_uri()]
