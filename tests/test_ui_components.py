"""The shared UI helpers that decide what a candidate sees: highlighted evidence and escaped text."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ui.components import highlight_html, md  # noqa: E402


def test_evidence_is_marked_inside_the_answer_ignoring_case_and_spacing():
    answer = "First,  eBPF hooks\nsyscalls. Then it is FASTER than Prometheus."
    html = highlight_html(answer, [("eBPF hooks syscalls.", "key_point", "covers: hooks"),
                                   ("faster than prometheus", "weak_pattern", "weak pattern: faster")])
    assert 'title="covers: hooks"' in html
    assert ">eBPF hooks<br>syscalls.</mark>" in html
    assert ">FASTER than Prometheus</mark>." in html
    assert html.startswith("First,  <mark")


def test_answer_text_is_escaped_and_missing_or_overlapping_quotes_are_skipped():
    answer = "I'd use <script>alert(1)</script> & kprobes"
    html = highlight_html(answer, [("not in the answer", "key_point", "x"), ("& kprobes", "key_point", "a \"b\""),
                                   ("kprobes", "weak_pattern", "overlaps the first mark"), (None, "bluff", "none")])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count("<mark") == 1
    assert 'title="a &quot;b&quot;"' in html
    assert "overlaps" not in html


def test_candidate_text_cannot_become_markdown():
    assert md("costs $5 and $10, *really* [see](http://x) a_b") == r"costs \$5 and \$10, \*really\* \[see\](http://x) a\_b"
    assert md("two\n\nparagraphs") == "two paragraphs"


def test_the_markdown_download_keeps_a_candidates_markdown_as_text():
    from markdown_it import MarkdownIt

    from grader.result import GradeResult, KeyPointResult
    from grader.rubric import load_rubric
    from ui.components import results_markdown

    rubric = load_rubric("ebpf-observability")
    name = "Eve ![pixel](http://evil.example/p.png) <script>x</script>"
    result = GradeResult(id="1", rubric=rubric.id, round=1, skill=rubric.round(1).skill, answer="# Hired!",
                         score=12, band="weak", key_points=[KeyPointResult(id="k", text="t", covered=False, similarity=0)])
    page = MarkdownIt("gfm-like").render(results_markdown("Mock interview", rubric, {1: result}, candidate=name))
    assert "<img" not in page and "<script" not in page and "<a " not in page
    assert "Hired" not in "".join(line for line in page.splitlines() if line.startswith("<h"))
    assert "Eve ![pixel](http://evil.example/p.png) &lt;script&gt;x&lt;/script&gt;" in page


def test_a_round_that_scored_0_has_a_bar_and_a_0_label_in_the_skills_chart():
    import pandas as pd

    from ui.components import skills_chart

    frame = pd.DataFrame([
        {"Round": 1, "Skill": "capabilities", "Score": 0.0, "Band": "weak"},
        {"Round": 2, "Skill": "kernels", "Score": 72.0, "Band": "strong"},
        {"Round": 3, "Skill": "adoption", "Score": None, "Band": "not answered"},
    ])
    spec = skills_chart(frame).to_dict()
    rows = next(iter(spec["datasets"].values()))
    assert [(r["Round"], r["Score"], r["Shown"]) for r in rows] == [(1, 0.0, 1.0), (2, 72.0, 72.0)]
    bars, labels = spec["layer"]
    assert bars["mark"]["type"] == "bar" and bars["encoding"]["x"]["field"] == "Shown"
    assert labels["mark"]["type"] == "text" and labels["encoding"]["text"]["field"] == "Score"


def test_the_result_card_shows_a_contradicted_key_point_with_both_sides():
    from streamlit.testing.v1 import AppTest

    def card():
        from grader.result import GradeResult, KeyPointResult
        from ui.components import render_result

        render_result(GradeResult(
            id="1", rubric="ebpf-observability", round=2, skill="kernels", answer="BTF landed in 3.10.", score=10,
            band="weak", key_points=[
                KeyPointResult(id="btf", text="BTF needs 5.2.", covered=False, status="contradicted", similarity=0.6,
                               conflict="BTF landed in 3.10", conflicts_with="BTF requires kernel 5.2 or newer."),
                KeyPointResult(id="ring", text="Ring buffer needs 5.8.", covered=False, similarity=0.1),
            ]), show_followup=False)

    at = AppTest.from_function(card, default_timeout=30).run()
    assert not at.exception, [e.value for e in at.exception]
    shown = "\n".join(m.value for m in at.markdown)
    assert "**Missing or contradicted (2)**" in shown
    assert ":red-badge[contradicted] BTF needs 5.2.  \n:red[you said “BTF landed in 3.10”]  \n" \
           ":gray[but: BTF requires kernel 5.2 or newer.]" in shown
    assert "- Ring buffer needs 5.8." in shown
