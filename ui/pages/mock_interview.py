"""Mock interview: one round at a time, feedback after each answer, a trap follow-up, a per-skill summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd
import streamlit as st

from grader import store
from grader.errors import GraderError
from grader.result import GradeResult
from grader.rubric import load_rubric
from grader.rubric.schema import Rubric
from ui.components import (
    apply_judge,
    band_badge_markdown,
    get_grader,
    md,
    page_header,
    pick_rubric,
    render_followup,
    render_result,
    results_json,
    results_markdown,
    show_skills,
    skills_frame,
)

STATE = "mock_interview"


@dataclass
class Interview:
    """Where a candidate is in the gauntlet, and what has been graded so far."""

    rubric_id: str
    candidate: str
    started_at: datetime = field(default_factory=datetime.now)
    current: int = 1
    attempt_id: int | None = None
    results: dict[int, GradeResult] = field(default_factory=dict)
    traps: dict[int, GradeResult] = field(default_factory=dict)
    finished: bool = False
    store_error: str | None = None


def _save(interview: Interview, result: GradeResult) -> None:
    """Keep the answer in the attempts database; a database problem is shown but does not stop the interview."""
    try:
        if interview.attempt_id is None:
            interview.attempt_id = store.start_attempt(interview.candidate, interview.rubric_id)
        store.save_answer(interview.attempt_id, result)
        interview.store_error = None
    except GraderError as exc:
        interview.store_error = str(exc)


def _grade(interview: Interview, rubric: Rubric, answer: str, trap_id: str | None = None) -> None:
    grader = get_grader()
    suffix = f"-trap-{trap_id}" if trap_id else ""
    try:
        result = grader.grade(rubric, interview.current, answer,
                              id=f"round-{interview.current}{suffix}", trap_id=trap_id)
        result = apply_judge(rubric, [result])[0]
    except GraderError as exc:
        st.error(md(str(exc)))
        return
    (interview.traps if trap_id else interview.results)[interview.current] = result
    _save(interview, result)
    st.rerun()


def _answer_form(key: str, label: str, placeholder: str) -> str | None:
    """A text area and a submit button; the text when submitted and not empty."""
    with st.form(key, border=False):
        text = st.text_area(label, height=180, placeholder=placeholder, label_visibility="collapsed")
        submitted = st.form_submit_button("Submit answer", type="primary")
    if submitted:
        if text.strip():
            return text
        st.warning("Type an answer first — a few sentences, as you would say them out loud.")
    return None


def _setup() -> None:
    page_header(
        "Mock interview",
        "Answer a gauntlet round by round, as you would out loud. After each answer you see your score, the "
        "key points you covered (highlighted in your own words), what was missing, weak patterns, and the trap "
        "follow-up an interviewer would ask next.",
    )
    with st.container(border=True):
        left, right = st.columns(2)
        with left:
            rubric = pick_rubric("Gauntlet", key="mi_rubric")
        with right:
            candidate = st.text_input("Your name", key="mi_candidate", placeholder="e.g. Priya Shah",
                                      help="Attempts are saved under this name, so you can compare runs later.")
        if rubric is not None:
            meta = " · ".join(x for x in [rubric.category, rubric.difficulty, rubric.duration] if x)
            st.caption(meta)
            with st.expander("Skills this gauntlet tests"):
                for round_ in rubric.rounds:
                    st.markdown(f"**{round_.number}. {round_.title}** — {round_.skill}")
        start = st.button("Start interview", type="primary", disabled=rubric is None)
    if start and rubric is not None:
        if not candidate.strip():
            st.warning("Enter your name first; attempts are saved under it.")
            return
        st.session_state[STATE] = Interview(rubric.id, " ".join(candidate.split()))
        st.rerun()


def _round(interview: Interview, rubric: Rubric) -> None:
    total = len(rubric.rounds)
    round_ = rubric.round(interview.current)
    head, stop = st.columns([5, 1], vertical_alignment="bottom")
    with head:
        st.title(rubric.title)
        st.caption(f"Mock interview · {md(interview.candidate)}")
    with stop:
        if st.button("End interview", help="Jump to the summary of the rounds answered so far"):
            interview.finished = True
            st.rerun()
    st.progress(len(interview.results) / total, text=f"Round {interview.current} of {total} · {round_.title}")
    if interview.store_error:
        st.warning(f"This attempt is not being saved: {md(str(interview.store_error))}")

    with st.container(border=True):
        st.caption(f"ROUND {round_.number} · {round_.title.upper()} · Skill: {round_.skill}")
        st.markdown(f"#### {round_.question}")
        result = interview.results.get(interview.current)
        if result is None:
            text = _answer_form(f"answer-{interview.current}", "Your answer",
                                "Answer as you would in the interview…")
            if text is not None:
                _grade(interview, rubric, text)
            return

    st.subheader("Feedback")
    render_result(result, show_followup=False)

    followup = result.trap_followup
    if followup is not None and followup.trap_id:
        with st.container(border=True):
            render_followup(followup)
            trap_result = interview.traps.get(interview.current)
            if trap_result is None:
                text = _answer_form(f"trap-{interview.current}", "Your answer to the follow-up",
                                    "Answer the follow-up, or say honestly what you don't know…")
                if text is not None:
                    _grade(interview, rubric, text, trap_id=followup.trap_id)
        if trap_result is not None:
            st.subheader("Feedback on the follow-up")
            render_result(trap_result)
    elif followup is None:
        st.success("No trap follow-up needed: nothing in this answer called for one.", icon=":material/check_circle:")

    last = interview.current == total
    if st.button("Finish and see the summary" if last else f"Next round → {rubric.round(interview.current + 1).title}",
                 type="primary"):
        if last:
            interview.finished = True
        else:
            interview.current += 1
        st.rerun()


def _history(interview: Interview, rubric: Rubric) -> None:
    """Past attempts of this candidate on this gauntlet, per-round scores side by side."""
    try:
        attempts = store.list_attempts(interview.candidate, rubric.id, limit=6)
    except GraderError as exc:
        st.caption(f"History unavailable: {md(str(exc))}")
        return
    for problem in (p for a in attempts for p in a.problems):
        st.caption(f"Part of the history could not be read: {md(problem)}")
    if len(attempts) < 2:
        st.caption("This is your first saved attempt at this gauntlet; next time you will see both side by side.")
        return
    table = pd.DataFrame({"Round": [r.number for r in rubric.rounds], "Skill": [r.skill for r in rubric.rounds]})
    for attempt in reversed(attempts):
        label = attempt.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if attempt.id == interview.attempt_id:
            label += " (this run)"
        scores = attempt.round_results()
        table[label] = [scores[r.number].score if r.number in scores else None for r in rubric.rounds]
    score_columns = {c: st.column_config.NumberColumn(format="%.0f") for c in table.columns[2:]}
    st.dataframe(table, hide_index=True, width="stretch", column_config=score_columns)


def _summary(interview: Interview, rubric: Rubric) -> None:
    page_header(f"{rubric.title}: summary",
                f"Mock interview of {md(interview.candidate)}, started {interview.started_at:%Y-%m-%d %H:%M}.")
    if not interview.results:
        st.info("No round was answered, so there is nothing to summarise.")
    else:
        frame = skills_frame(rubric, interview.results, interview.traps)
        bands = [r.band for r in interview.results.values()]
        answered, strong, adequate, weak = st.columns(4)
        answered.metric("Rounds answered", f"{len(interview.results)} of {len(rubric.rounds)}")
        strong.metric("Strong", bands.count("strong"))
        adequate.metric("Adequate", bands.count("adequate"))
        weak.metric("Weak", bands.count("weak"))
        with st.container(border=True):
            st.subheader("Per-skill summary")
            show_skills(frame)
        title = f"Mock interview: {rubric.title}"
        markdown = results_markdown(title, rubric, interview.results, interview.traps,
                                    candidate=interview.candidate, when=interview.started_at)
        ordered = [r for n in sorted(interview.results) for r in
                   [interview.results[n], *([interview.traps[n]] if n in interview.traps else [])]]
        stem = f"{rubric.id}-{interview.candidate.lower().replace(' ', '-')}-{interview.started_at:%Y%m%d-%H%M}"
        one, two, _ = st.columns([1, 1, 3])
        report_json = results_json(rubric, ordered, candidate=interview.candidate, when=interview.started_at)
        one, two, _ = st.columns([1, 1, 3])
        one.download_button("Report (Markdown)", markdown, file_name=f"{stem}.md", mime="text/markdown",
                            icon=":material/download:", on_click="ignore")
        two.download_button("Results (JSON)", report_json, file_name=f"{stem}.json", mime="application/json",
                            icon=":material/download:", on_click="ignore")
        st.subheader("Your history")
        _history(interview, rubric)
        st.subheader("Round by round")
        for number in sorted(interview.results):
            result = interview.results[number]
            with st.expander(f"Round {number} · {rubric.round(number).title} {band_badge_markdown(result.band)}"):
                render_result(result, show_question=True, show_followup=number not in interview.traps)
                if number in interview.traps:
                    render_result(interview.traps[number], show_question=True)
    if st.button("Start a new interview", type="primary"):
        del st.session_state[STATE]
        st.rerun()


interview: Interview | None = st.session_state.get(STATE)
if interview is None:
    _setup()
else:
    rubric = load_rubric(interview.rubric_id)
    if interview.finished:
        _summary(interview, rubric)
    else:
        _round(interview, rubric)
