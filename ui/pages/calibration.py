"""Calibration drill: grade a fixed set of answers blind, then see where you sit against the others and the grader.

The page reads widgets, calls `grader.calibration` and renders; every number comes from the library.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from grader.calibration.drill import DEFAULT_DRILL, drill_results, graded_path_for, load_drill
from grader.calibration.plots import bias_chart, confusion_chart, distribution_chart
from grader.calibration.store import clean_rater_name, default_db_path, rated_items, save_ratings
from grader.errors import GraderError
from ui.components import md

st.header("Calibration drill")
st.caption(
    "Grade each answer on its own, without discussing it, then compare: your bias against the other "
    "interviewers (and the grader), where you disagree, and how you use the scale."
)

def _choose_drill() -> Path | None:
    """The shipped drill (or $GRADER_DRILL), or a drill the user uploads, with its grader rows if they have them."""
    shipped = Path(os.environ.get("GRADER_DRILL", str(DEFAULT_DRILL)))
    how = st.radio("Drill", [f"The shipped drill ({shipped.name})", "Upload a drill file"], horizontal=True,
                   key="calibration_drill_choice")
    if how.startswith("The shipped"):
        return shipped
    left, right = st.columns(2)
    upload = left.file_uploader("Drill (JSONL: item, round, answer per line)", type=["jsonl"], key="calibration_upload")
    graded = right.file_uploader("The grader's rows for it (optional: `grader batch` output)", type=["jsonl"],
                                 key="calibration_upload_graded")
    if upload is None:
        st.info("Upload a drill file, or use the shipped drill.")
        return None
    # Saved under its own name (the drill's name keys the ratings), in a folder named by the content of both files:
    # the same upload, on any rerun or session, reuses one folder instead of leaving a new one behind each time.
    content, graded_content = upload.getvalue(), graded.getvalue() if graded is not None else b""
    digest = hashlib.sha256(content + b"\0" + graded_content).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / "grader-drills" / digest
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / Path(upload.name).name
    if not path.exists() or path.read_bytes() != content:
        path.write_bytes(content)
    graded_file = graded_path_for(path)
    if graded is not None:
        graded_file.write_bytes(graded_content)
    elif graded_file.exists():
        graded_file.unlink()
    return path


drill_path = _choose_drill()
if drill_path is None:
    st.stop()
try:
    drill = load_drill(drill_path)
except GraderError as exc:
    st.error(str(exc))
    st.stop()
db_path = default_db_path()

name = st.text_input("Your name", key="calibration_rater", placeholder="e.g. Priya S.")
if not name.strip():
    st.info(f"Enter your name to start: {len(drill.items)} answers from drill '{drill.name}'.")
    st.stop()
try:
    rater = clean_rater_name(name)
except GraderError as exc:
    st.error(str(exc))
    st.stop()

done = rated_items(drill.name, rater, db_path)
redo = st.session_state.get("calibration_redo", False)
if redo or not set(drill.rounds) <= done:
    st.subheader(f"Grade {len(drill.items)} answers")
    st.write("Scale: **1** weak · **2** below the bar · **3** solid · **4** strong. Others' ratings stay hidden until you submit.")
    with st.form("calibration_drill"):
        for position, item in enumerate(drill.items, start=1):
            st.markdown(f"**{position}. Round {item.round}** — {md(item.question or '')}")
            with st.container(border=True):
                st.markdown(md(item.answer))  # full-contrast text, Markdown in the answer shown as typed
            st.radio(
                f"Your score for answer {position}",
                options=list(drill.scale.values),
                format_func=drill.scale.label,
                horizontal=True,
                index=None,
                key=f"calibration_score_{item.item}",
            )
        submitted = st.form_submit_button("Submit my ratings")
    if submitted:
        scores = {i.item: st.session_state.get(f"calibration_score_{i.item}") for i in drill.items}
        missing = [str(n) for n, i in enumerate(drill.items, start=1) if scores[i.item] is None]
        if missing:
            st.warning(f"Score every answer before submitting (missing: {', '.join(missing)}).")
        else:
            try:
                save_ratings(drill.name, rater, scores, drill.rounds, drill.scale, db_path)
            except GraderError as exc:
                st.error(str(exc))
                st.stop()
            st.session_state["calibration_redo"] = False
            st.rerun()
    st.stop()

results = drill_results(drill, rater, db_path)
if results is None:  # pragma: no cover - the rater's own ratings exist at this point
    st.stop()
report = results.report
me = next((r for r in report.raters if r.rater == rater), None)

st.subheader(f"Where you sit, {rater}")
columns = st.columns(3)
columns[0].metric("Raters so far", report.n_raters)
columns[1].metric(
    "Your bias", "n/a" if me is None or me.bias is None else f"{me.bias:+.2f}", help="Your mean minus the others' mean on the same answers."
)
columns[2].metric(
    "Krippendorff's alpha", "n/a" if report.krippendorff_alpha is None else f"{report.krippendorff_alpha:.2f}",
    help="Agreement of everyone on this drill (1 = perfect, 0 = chance).",
)
if me is not None and me.flag:
    st.warning(f"You grade **{me.flag}ly** compared with the others: your 95% interval excludes 0.")
if not results.others:
    st.info("Nobody else has done this drill yet; ask a colleague, or add the grader's rows to compare with it.")
if drill.graded is None:
    st.caption(f"No grader rows for this drill ({drill.graded_path.name}); run `grader batch` on the drill file to add them.")

st.markdown("**Rater bias** (points: bias; bars: 95% bootstrap interval)")
bias = bias_chart(report, highlight=rater)
st.altair_chart(bias, width="stretch", height=bias.height + 110)  # rows + axis + legend: no label squeezed out

left, right = st.columns(2)
if results.versus_others is not None:
    left.markdown("**You vs the other interviewers** (their median)")
    left.altair_chart(confusion_chart(results.versus_others, "others' median"), height=320)
if results.versus_grader is not None:
    right.markdown("**You vs the grader**")
    right.altair_chart(confusion_chart(results.versus_grader, "grader"), height=320)

st.markdown("**How each rater uses the scale**")
st.altair_chart(distribution_chart(results.distribution))

if report.agenda:
    st.markdown("**Answers to discuss** (widest disagreement first)")
    st.dataframe(
        pd.DataFrame(
            [{"item": a.item, "round": a.round, "range": a.range, **a.scores} for a in report.agenda]
        ),
        hide_index=True,
    )

if st.button("Grade the drill again"):
    st.session_state["calibration_redo"] = True
    st.rerun()
