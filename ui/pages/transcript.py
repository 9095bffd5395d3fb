"""Grade a transcript: answers pasted per round, or an interview transcript file aligned to the rubric."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from grader.errors import GraderError
from grader.grading import GradeRequest
from grader.result import GradeResult
from grader.rubric import load_rubric
from grader.rubric.schema import Rubric
from ui.components import (
    apply_judge,
    get_grader,
    md,
    page_header,
    pick_rubric,
    render_result,
    results_json,
    results_markdown,
    show_skills,
    skills_frame,
)

try:  # transcript import is a separate part of the library; the page works without it
    from grader.transcripts import align_transcript, read_transcript

    TRANSCRIPTS = True
except ImportError:
    TRANSCRIPTS = False

TRANSCRIPT_TYPES = ["txt", "md", "vtt", "srt", "json"]
STATE = "transcript_graded"


def _store(rubric: Rubric, source: str, results: list[GradeResult], alignment=None) -> None:
    st.session_state[STATE] = {"rubric": rubric.id, "source": source, "results": results, "alignment": alignment}


def _paste(rubric: Rubric) -> None:
    st.caption("Paste what the candidate said for each round; leave a round empty to skip it.")
    with st.form("paste-answers"):
        answers: dict[int, str] = {}
        for round_ in rubric.rounds:
            st.markdown(f"**Round {round_.number} · {round_.title}**")
            st.caption(round_.question)
            answers[round_.number] = st.text_area(f"Answer to round {round_.number}", key=f"tr_answer_{round_.number}",
                                                  height=110, label_visibility="collapsed")
        submitted = st.form_submit_button("Grade answers", type="primary")
    if not submitted:
        return
    requests = [GradeRequest(rubric, n, text, id=f"round-{n}") for n, text in answers.items() if text.strip()]
    if not requests:
        st.warning("Every round is empty; paste at least one answer.")
        return
    grader = get_grader()
    with st.spinner(f"Grading {len(requests)} answer{'s' if len(requests) > 1 else ''}…"):
        results = grader.grade_many(requests)
    _store(rubric, "pasted answers", apply_judge(rubric, results))


def _upload(rubric: Rubric) -> None:
    if not TRANSCRIPTS:
        st.info("Reading transcript files is not available in this installation yet; paste the answers instead.")
        return
    st.caption("A .txt/.md transcript with speaker labels, WebVTT or SRT captions, or a JSON list of turns. "
               "Questions are matched to the gauntlet's rounds; small talk is set aside.")
    upload = st.file_uploader("Transcript file", type=TRANSCRIPT_TYPES, key="tr_upload")
    if upload is None or not st.button("Align and grade", type="primary"):
        return
    grader = get_grader()
    with tempfile.TemporaryDirectory(prefix="grader-ui-") as folder:
        path = Path(folder) / Path(upload.name).name
        path.write_bytes(upload.getvalue())
        try:
            with st.spinner("Reading and aligning the transcript…"):
                transcript = read_transcript(path)
                alignment = align_transcript(transcript, rubric, grader.embedder)
        except GraderError as exc:
            st.error(md(str(exc).replace(str(path), upload.name)))
            return
    requests = [
        GradeRequest(rubric, a.round, a.answer_for_grading,
                     id=f"{upload.name}#round-{a.round}" + (f"-trap-{a.trap_id}" if a.trap_id else ""),
                     trap_id=a.trap_id)
        for a in alignment.answers
    ]
    with st.spinner(f"Grading {len(requests)} answers…"):
        results = grader.grade_many(requests) if requests else []
    _store(rubric, upload.name, apply_judge(rubric, results), alignment)


def _show_alignment(alignment) -> None:
    with st.container(border=True):
        st.subheader("How the transcript was read")
        one, two, three = st.columns(3)
        one.metric("Candidate", alignment.candidate)
        two.metric("Interviewer", ", ".join(alignment.interviewer) or "—")
        three.metric("Questions matched", len(alignment.answers))
        rows = [
            {
                "Round": a.round,
                "Follow-up": a.trap_id or "",
                "Question as asked": a.question,
                "Matched rubric question": a.matched_question,
                "Similarity": a.similarity,
            }
            for a in alignment.answers
        ]
        if rows:
            st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch",
                         column_config={"Similarity": st.column_config.NumberColumn(format="%.2f")})
        else:
            st.warning("No interviewer question matched a round of this gauntlet. Is it the right gauntlet?")
        if alignment.unmatched_questions:
            with st.expander(f"Questions that matched no round ({len(alignment.unmatched_questions)})"):
                for question in alignment.unmatched_questions:
                    st.markdown(f"- {md(question)}")


def _show_results(rubric: Rubric, graded: dict) -> None:
    results: list[GradeResult] = graded["results"]
    if graded.get("alignment") is not None:
        _show_alignment(graded["alignment"])
    rounds = {r.round: r for r in results if r.trap is None}
    traps = {r.round: r for r in results if r.trap is not None}
    st.subheader("Per-skill summary")
    with st.container(border=True):
        frame = skills_frame(rubric, rounds, traps)
        show_skills(frame)
        stem = Path(graded["source"]).stem.replace(" ", "-")
        one, two, _ = st.columns([1, 1, 3])
        report = results_markdown(f"Graded interview: {rubric.title}", rubric, rounds, traps)
        one.download_button("Report (Markdown)", report, file_name=f"{stem}-graded.md", mime="text/markdown",
                            icon=":material/download:", on_click="ignore")
        two.download_button("Results (JSON)", results_json(rubric, results), file_name=f"{stem}-graded.json",
                            mime="application/json", icon=":material/download:", on_click="ignore")
    st.subheader("Round by round")
    numbers = sorted({r.round for r in results})
    tabs = st.tabs([f"Round {n}" for n in numbers])
    for tab, number in zip(tabs, numbers):
        with tab:
            if number in rounds:
                render_result(rounds[number], show_question=True)
            if number in traps:
                render_result(traps[number], show_question=True)


page_header(
    "Grade a transcript",
    "Grade a whole interview at once: paste the candidate's answers round by round, or upload the transcript "
    "and let the grader find which answer belongs to which round.",
)
rubric = pick_rubric("Gauntlet the interview followed", key="tr_rubric")
if rubric is not None:
    paste, upload = st.tabs([":material/edit_note: Paste answers", ":material/upload_file: Upload a transcript"])
    with paste:
        _paste(rubric)
    with upload:
        _upload(rubric)
    graded = st.session_state.get(STATE)
    if graded is not None and graded["rubric"] == rubric.id:
        st.divider()
        st.caption(f"Graded: {graded['source']}")
        _show_results(load_rubric(graded["rubric"]), graded)
