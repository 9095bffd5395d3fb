"""The Streamlit pages through AppTest: what a user does on each page and what they see.

The app runs with the fast hashing embedder (GRADER_TEST_EMBEDDER=hashing) and a throwaway attempts
database (GRADER_DB); the real model and a real browser are exercised in test_ui_browser.py.
"""

from __future__ import annotations

import threading

import pytest
from streamlit.testing.v1 import AppTest

from grader import store

from ui_apptest import APP, ROOT, _app, _button, _env  # noqa: F401 - _env is an autouse fixture
GAUNTLET_DOC = ROOT / "tests" / "data" / "gauntlets" / "kubernetes-autoscaling.txt"
TRAP_ANSWER_ROUND_1 = (
    "It uses kprobes and syscalls, so we'd see every HTTP request and DNS lookup without adding SDKs. "
    "eBPF is faster than Prometheus."
)



def _texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements)


def _start_interview(at: AppTest, name: str = "Priya Shah") -> None:
    at.text_input(key="mi_candidate").input(name)
    _button(at, "Start interview").click().run()
    assert not at.exception


def _submit(at: AppTest, answer: str) -> None:
    at.text_area[0].input(answer)
    _button(at, "Submit answer").click().run()
    assert not at.exception, [e.value for e in at.exception]


# --- the app frame ----------------------------------------------------------------------------------

def test_first_page_renders_while_the_model_is_still_loading(monkeypatch):
    import streamlit as st

    import ui.components as components

    release = threading.Event()
    real_grader = components.Grader

    def slow_grader(*args, **kwargs):
        release.wait(30)
        return real_grader(*args, **kwargs)

    monkeypatch.setattr(components, "Grader", slow_grader)
    st.cache_resource.clear()
    try:
        at = _app()
        assert [t.value for t in at.title] == ["Mock interview"]
        assert "Grading model loading" in _texts(at.sidebar.caption)
        release.set()
        components.grader_loader().wait()
        # A new session (AppTest keeps the sidebar of the first run only) sees the loaded model.
        assert "Grading model ready" in _texts(_app().sidebar.caption)
    finally:
        release.set()
        st.cache_resource.clear()


def test_every_page_renders_with_a_title():
    at = _app()
    assert "Gauntlet Grader" in _texts(at.sidebar.markdown)
    for page, title in [("transcript", "Grade a transcript"), ("batch", "Batch grading"), ("rubrics", "Rubrics")]:
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, (page, [e.value for e in at.exception])
        assert [t.value for t in at.title] == [title]


# --- mock interview ---------------------------------------------------------------------------------

def test_mock_interview_round_feedback_trap_and_summary(tmp_path):
    at = _app()
    _start_interview(at)
    assert "Round 1 of 5" in at.get("progress")[0].proto.text
    assert "What would eBPF give you" in _texts(at.markdown)

    _submit(at, TRAP_ANSWER_ROUND_1)
    assert [s.value for s in at.subheader] == ["Feedback"]
    score = at.metric[0].value
    assert score.endswith("/ 100")
    shown = _texts(at.markdown)
    assert "key points covered" in shown
    assert "Missing (" in shown
    assert "eBPF is faster than Prometheus" in shown  # the weak pattern, with why it is weak
    assert "They're not competing tools" in shown
    assert "Suggested trap follow-up:** How does an eBPF tool actually see an HTTP request" in shown
    # The answer is shown with its evidence highlighted, escaped.
    answer_html = _texts(at.get("html"))
    assert "<mark" in answer_html and "we&#x27;d see every HTTP request" in answer_html

    _submit(at, "I'm not sure exactly how it parses HTTP, I'd have to check that.")
    assert [s.value for s in at.subheader] == ["Feedback", "Feedback on the follow-up"]
    assert "Trap follow-up · round 1" in _texts(at.caption)

    # Both answers are in the attempts database as they are graded.
    (attempt,) = store.list_attempts("Priya Shah", "ebpf-observability")
    assert [(r.round, r.trap) for r in attempt.results] == [(1, None), (1, "how-ebpf-sees-requests")]
    assert f"{attempt.round_results()[1].score:.0f} / 100" == score

    _button(at, "Next round").click().run()
    assert "Round 2 of 5" in at.get("progress")[0].proto.text
    _submit(at, "Basic tracing needs kernel 4.4, BTF needs 5.2 and the ring buffer 5.8.")
    _button(at, "End interview").click().run()
    assert not at.exception

    assert [s.value for s in at.subheader] == ["Per-skill summary", "Your history", "Round by round"]
    table = at.dataframe[0].value
    assert list(table["Round"]) == [1, 2, 3, 4, 5]
    assert table["Score"].notna().tolist() == [True, True, False, False, False]
    assert list(table["Band"])[2:] == ["not answered"] * 3
    assert at.get("vega_lite_chart"), "the per-skill chart is missing"
    downloads = {b.proto.label: b for b in at.get("download_button")}
    assert set(downloads) == {"Report (Markdown)", "Results (JSON)"}
    assert "first saved attempt" in _texts(at.caption)


def test_history_compares_attempts_side_by_side():
    for answer in ["eBPF is faster than Prometheus.", TRAP_ANSWER_ROUND_1]:
        at = _app()
        _start_interview(at, "Sam")
        _submit(at, answer)
        _button(at, "End interview").click().run()
    history = at.dataframe[1].value
    attempt_columns = [c for c in history.columns if c not in ("Round", "Skill")]
    assert len(attempt_columns) == 2 and attempt_columns[1].endswith("(this run)")
    saved = [a.round_results()[1].score for a in reversed(store.list_attempts("Sam"))]
    assert history[attempt_columns].iloc[0].tolist() == saved


def test_mock_interview_asks_for_a_name_and_an_answer():
    at = _app()
    _button(at, "Start interview").click().run()
    assert "Enter your name first" in _texts(at.warning)
    _start_interview(at)
    _submit(at, "   ")
    assert "Type an answer first" in _texts(at.warning)
    assert not at.metric  # nothing was graded


# --- grade a transcript -----------------------------------------------------------------------------

def test_transcript_page_grades_pasted_answers():
    at = _app("transcript")
    at.text_area(key="tr_answer_1").input(TRAP_ANSWER_ROUND_1)
    at.text_area(key="tr_answer_3").input("Train everyone on the team to write eBPF programs in C first.")
    _button(at, "Grade answers").click().run()
    assert not at.exception
    table = at.dataframe[0].value
    assert table["Score"].notna().tolist() == [True, False, True, False, False]
    assert list(table["Band"])[1] == "not answered"
    assert len(at.metric) == 2  # one result card per graded round
    assert "Trap follow-up" in table.columns


def test_transcript_page_reads_a_transcript_file_or_says_it_cannot():
    at = _app("transcript")
    try:
        from grader.transcripts import align_transcript, read_transcript  # noqa: F401
    except ImportError:  # transcript import is not installed: the page must say so
        assert "Reading transcript files is not available" in _texts(at.info)
        return
    example = ROOT / "examples" / "transcripts" / "weak-alex.txt"
    at.file_uploader(key="tr_upload").upload(example.name, example.read_bytes(), "text/plain")
    at.run()
    _button(at, "Align and grade").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.metric[0].value == "Alex Moreno"
    assert at.dataframe[0].value["Round"].tolist()  # aligned rounds are listed
    assert "How the transcript was read" in _texts(at.subheader)


# --- batch --------------------------------------------------------------------------------------------

def test_batch_page_grades_a_csv_and_offers_downloads():
    rows = (
        "id,round,answer,cohort\n"
        "a,1,eBPF is faster than Prometheus.,spring\n"
        "b,2,\"Basic tracing needs kernel 4.4, BTF needs 5.2 and the ring buffer 5.8.\",spring\n"
        "c,9,\"There is no round nine.\",autumn\n"
    )
    at = _app("batch")
    at.file_uploader(key="batch_files").upload("answers.csv", rows.encode(), "text/csv")
    at.run()
    _button(at, "Grade").click().run()
    assert not at.exception, [e.value for e in at.exception]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Answers": "3", "Graded": "2", "Not graded": "1", "Bluff flags": metrics["Bluff flags"]}
    assert at.get("progress")[0].proto.value == 100
    table = at.dataframe[0].value
    assert sorted(table["id"]) == ["a", "b"]
    assert "faster-than-prometheus" in table.set_index("id").loc["a", "weak patterns"]
    assert "no round 9" in _texts(at.markdown)
    assert "eBPF is faster than Prometheus." in _texts(at.markdown)  # most frequent weak patterns
    assert at.get("vega_lite_chart")
    downloads = {b.proto.label for b in at.get("download_button")}
    assert {"Results (JSONL)", "Results (CSV)"} <= downloads


def test_batch_page_reports_unreadable_rows():
    at = _app("batch")
    at.file_uploader(key="batch_files").upload("broken.jsonl", b'{"id": "x", "round": 1}\nnot json\n', "text/plain")
    at.run()
    _button(at, "Grade").click().run()
    assert not at.exception
    failed = _texts(at.markdown)
    assert "missing 'answer'" in failed
    assert "line 2: not valid JSON" in failed


# --- rubrics --------------------------------------------------------------------------------------------

def test_rubrics_page_browses_round_by_round():
    at = _app("rubrics")
    labels = [t.label for t in at.tabs]
    assert {"Browse", "Import a gauntlet document"} <= set(labels)
    assert "1 · The Opening" in labels and "5 · The Synthesis" in labels
    shown = _texts(at.markdown)
    assert "What are the kernel version requirements" in shown
    assert "eBPF works on any Linux kernel." in shown  # a weak pattern
    assert "What is BTF and why does it matter?" in shown  # a trap
    assert at.dataframe[0].value["Round"].tolist() == [1, 2, 3, 4, 5]


def test_rubrics_page_imports_a_document_and_shows_what_it_missed():
    at = _app("rubrics")
    at.radio[0].set_value("Paste text").run()
    at.text_area(key="rb_paste").input(GAUNTLET_DOC.read_text(encoding="utf-8")).run()
    _button(at, "Import").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "Imported" in _texts(at.success)
    missed = _texts(at.warning)
    assert "round 1: no 'Trap Alert:' section" in missed
    (found,) = [d.value for d in at.dataframe if "Trap alert" in d.value.columns]
    assert found["Round"].tolist() == [1, 2, 3, 4, 5]
    assert found["Trap alert"].tolist() == [False, True, False, False, False]
    (download,) = [b for b in at.get("download_button") if b.proto.label.endswith(".yaml")]
    assert download.proto.label.startswith("Or download ")


def test_rubrics_page_import_error_names_what_was_expected():
    at = _app("rubrics")
    at.radio[0].set_value("Paste text").run()
    at.text_area(key="rb_paste").input("Just some notes about eBPF, no rounds at all.").run()
    _button(at, "Import").click().run()
    assert "no rounds found" in _texts(at.error)
    assert not at.get("download_button")


def test_llm_judge_toggle_adds_the_judges_opinion(monkeypatch, tmp_path):
    """With the sidebar toggle on, the mock interview asks the judge (a real loopback server speaking the Chat
    Completions API, through the real openai client) and shows its score next to the embedding grader's."""
    from fake_openai import FakeOpenAI, verdict_json

    from grader.rubric import load_rubric

    server = FakeOpenAI().start()
    try:
        key_points = {kp.id: "covered" for kp in load_rubric("ebpf-observability").round(1).key_points}
        server.fallback = lambda request: __import__("fake_openai").Reply(content=verdict_json(key_points, 88))
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-ui-judge")
        monkeypatch.setenv("GRADER_JUDGE_CACHE", str(tmp_path / "judge.sqlite"))
        at = AppTest.from_file(APP, default_timeout=60)
        # The sidebar toggle writes this key; AppTest does not redraw a multipage sidebar on later runs, so the
        # test sets the key the toggle would have set.
        at.session_state["judge_on"] = True
        at.run()
        assert at.toggle(key="_judge_toggle").value is True
        _start_interview(at)
        _submit(at, TRAP_ANSWER_ROUND_1)
        assert "LLM judge (gpt-4o-mini): 88/100" in _texts(at.caption)
        assert len(server.chat_requests) == 1
    finally:
        server.stop()


SEED = ROOT.parent / "shared" / "seeds" / "ebpf-observability.txt"


def test_rubrics_page_saves_the_import_into_the_rubric_folder_and_the_picker_offers_it(tmp_path, monkeypatch):
    folder = tmp_path / "my-rubrics"
    monkeypatch.setenv("GRADER_RUBRICS_DIR", str(folder))
    at = _app("rubrics")
    at.radio[0].set_value("Paste text").run()
    at.text_area(key="rb_paste").input(GAUNTLET_DOC.read_text(encoding="utf-8")).run()
    _button(at, "Import").click().run()
    at.text_input(key="rb_save_id").input("Not A Slug!").run()
    _button(at, "Save to rubric folder").click().run()
    assert "rubric id 'Not A Slug!': expected kebab-case" in _texts(at.error)
    assert not folder.exists() or not list(folder.iterdir())

    at.text_input(key="rb_save_id").input("k8s-autoscaling").run()
    _button(at, "Save to rubric folder").click().run()
    assert not at.exception, [e.value for e in at.exception]
    saved = folder / "k8s-autoscaling.yaml"
    assert saved.exists() and f"Saved `{saved}`" in _texts(at.success)
    before = saved.read_text()

    # Saving again under the same id needs an explicit choice; until then the file is untouched.
    at.run()
    assert f"`{saved}` already exists" in _texts(at.warning)
    assert _button(at, "Save to rubric folder").disabled
    at.checkbox(key="rb_save_overwrite").check().run()
    assert not _button(at, "Save to rubric folder").disabled
    assert saved.read_text() == before

    picker = _app("mock_interview").selectbox(key="mi_rubric")
    labels = picker.options
    assert any("curated · id ebpf-observability" in label for label in labels), labels
    assert any("imported from pasted document · id k8s-autoscaling" in label for label in labels), labels


def test_the_readme_import_next_to_the_curated_rubric_is_distinguishable_and_stays_picked(tmp_path, monkeypatch):
    """README: `import-gauntlet ../shared/seeds/ebpf-observability.txt -o .../my-gauntlet.yaml --id my-gauntlet`
    adds a second 'eBPF for Observability'; picking it must keep it (not snap back to the curated one)."""
    from typer.testing import CliRunner

    from grader.cli import app

    if not SEED.exists():
        pytest.skip(f"{SEED} is not present")
    folder = tmp_path / "rubrics"
    run = CliRunner().invoke(app, ["import-gauntlet", str(SEED), "-o", str(folder / "my-gauntlet.yaml"),
                                   "--id", "my-gauntlet"])
    assert run.exit_code == 0, run.output
    monkeypatch.setenv("GRADER_RUBRICS_DIR", str(folder))
    at = _app("mock_interview")
    picker = at.selectbox(key="mi_rubric")
    assert picker.options == [
        "eBPF for Observability · 5 rounds · curated · id ebpf-observability",
        "eBPF for Observability · 5 rounds · imported from ebpf-observability.txt · id my-gauntlet",
    ]
    picker.set_value("my-gauntlet").run()
    assert at.selectbox(key="mi_rubric").value == "my-gauntlet"
    assert "`my-gauntlet` was imported automatically" in _texts(at.caption)
    at.run()
    assert at.selectbox(key="mi_rubric").value == "my-gauntlet"

    # The Batch page's picker too.
    batch = _app("batch")
    assert "eBPF for Observability · 5 rounds · imported from ebpf-observability.txt · id my-gauntlet" in (
        batch.selectbox(key="batch_rubric").options)
    batch.selectbox(key="batch_rubric").set_value("my-gauntlet").run()
    assert batch.selectbox(key="batch_rubric").value == "my-gauntlet"


def test_a_claim_to_check_is_shown_with_the_candidates_words():
    at = _app()
    _start_interview(at)
    _submit(at, "eBPF gives us every HTTP request and DNS lookup from the kernel without adding SDKs to the services, "
                "and I think eBPF programs add about 40 milliseconds to every HTTP request, but I'd check that.")
    warnings = _texts(at.warning)
    assert "Claims to check" in warnings and "40 milliseconds" in warnings and "below strong" in warnings
