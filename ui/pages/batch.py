"""Batch: grade a JSONL/CSV file of answers, with progress, a sortable table, band distributions, downloads."""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from grader.batch import OutputWriter, run_batch
from grader.errors import GraderError
from ui.components import (
    band_cell_style,
    band_color_scale,
    current_judge,
    get_grader,
    installed_rubrics,
    md,
    page_header,
    rubric_label,
)

STATE = "batch_run"
NO_RUBRIC = "__rows__"
SAMPLE_CSV = (
    "id,round,answer\n"
    "alex-r1,1,\"eBPF is faster than Prometheus, so we should adopt it because it's cutting-edge.\"\n"
    "priya-r2,2,\"Basic tracing needs kernel 4.4, BTF and CO-RE need 5.2 and the ring buffer 5.8; on older nodes "
    "I'd label them and use a nodeSelector so the DaemonSet only lands on compatible kernels.\"\n"
)


def _without_folder(message: str, root: Path) -> str:
    """A message with the server's temporary upload folder taken out: ``/tmp/grader-batch-x/in/0/a.csv`` -> ``a.csv``."""
    return re.sub(re.escape(str(root)) + r"/(?:in/\d+/)?", "", message)


def _run(uploads, rubric_id: str) -> None:
    rubric = None if rubric_id == NO_RUBRIC else rubric_id
    grader = get_grader()
    with tempfile.TemporaryDirectory(prefix="grader-batch-") as folder:
        root = Path(folder)
        inputs: list[Path] = []
        for number, upload in enumerate(uploads):
            path = root / "in" / str(number) / Path(upload.name).name
            path.parent.mkdir(parents=True)
            path.write_bytes(upload.getvalue())
            inputs.append(path)
        output = root / "results.jsonl"
        bar = st.progress(0.0, text="Starting…")
        done = 0

        def progress(n: int, total: int) -> None:
            nonlocal done
            done += n
            bar.progress(min(1.0, done / max(total, 1)), text=f"Graded {done} of {total} answers")

        try:
            from grader.rubric import load_rubric

            summary = run_batch(inputs, output, rubric=load_rubric(rubric, allow_path=False) if rubric else None,
                                grader=grader, judge=current_judge(), chunk_size=16, progress=progress)
        except GraderError as exc:
            bar.empty()
            st.error(md(_without_folder(str(exc), root)))
            return
        bar.progress(1.0, text=f"Done: {summary.graded} graded, {summary.errors} not graded")
        rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines() if line.strip()]
        for row in rows:  # error rows name the upload, never the server's temporary folder
            if row.get("error"):
                row["error"] = _without_folder(row["error"], root)
        output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        csv_path = root / "results.csv"
        writer = OutputWriter(csv_path)
        writer.write(rows)
        writer.close()
        st.session_state[STATE] = {
            "files": [u.name for u in uploads],
            "rows": rows,
            "jsonl": output.read_bytes(),
            "csv": csv_path.read_bytes(),
        }


def _table(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "id": r["id"],
                "rubric": r.get("rubric"),
                "round": r.get("round"),
                "skill": r.get("skill"),
                "score": r.get("score"),
                "band": r.get("band"),
                "key points": sum(1 for kp in r.get("key_points", []) if kp.get("covered")),
                "of": len(r.get("key_points", [])),
                "weak patterns": ", ".join(p["id"] for p in r.get("weak_patterns", [])),
                "bluff": bool(r.get("bluff", {}).get("suspected")),
                "follow-up": (r.get("trap_followup") or {}).get("question", ""),
            }
            for r in rows
            if not r.get("error")
        ]
    )


def _band_chart(frame: pd.DataFrame) -> alt.Chart:
    counts = frame.groupby(["skill", "band"]).size().reset_index(name="answers")
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            y=alt.Y("skill:N", title=None, axis=alt.Axis(labelLimit=420)),
            x=alt.X("answers:Q", title="answers", stack="normalize", axis=alt.Axis(format="%")),
            color=alt.Color("band:N", scale=band_color_scale(), legend=alt.Legend(orient="bottom", title=None)),
            order=alt.Order("band:N", sort="descending"),
            tooltip=["skill", "band", "answers"],
        )
        .properties(height=alt.Step(30))
    )


def _show(run: dict) -> None:
    rows = run["rows"]
    graded = [r for r in rows if not r.get("error")]
    failed = [r for r in rows if r.get("error")]
    bluffs = [r for r in graded if r.get("bluff", {}).get("suspected")]
    st.caption(f"Results for: {md(', '.join(run['files']))}")
    one, two, three, four = st.columns(4)
    one.metric("Answers", len(rows))
    two.metric("Graded", len(graded))
    three.metric("Not graded", len(failed))
    four.metric("Bluff flags", len(bluffs))

    if graded:
        frame = _table(rows)
        shown = frame.drop(columns=["rubric"]) if frame["rubric"].nunique() == 1 else frame
        with st.container(border=True):
            st.subheader("Results")
            st.caption("Click a column header to sort.")
            st.dataframe(
                shown.style.map(band_cell_style, subset=["band"]),
                hide_index=True,
                width="stretch",
                column_config={
                    "score": st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.0f"),
                    "bluff": st.column_config.CheckboxColumn(),
                    "of": st.column_config.NumberColumn(width="small"),
                    "skill": st.column_config.TextColumn(width="medium"),
                },
            )
        with st.container(border=True):
            st.subheader("Bands per skill")
            st.altair_chart(_band_chart(frame), width="stretch")
        with st.container(border=True):
            st.subheader("Most frequent weak patterns")
            counter = Counter((p["text"], p["why"]) for r in graded for p in r.get("weak_patterns", []))
            if not counter:
                st.caption("No weak pattern in any answer.")
            for (text, why), count in counter.most_common(6):
                st.markdown(f"**{count}×** {md(text)}  \n:gray[{md(why)}]")
        if bluffs:
            with st.container(border=True):
                st.subheader("Bluff flags")
                st.dataframe(
                    pd.DataFrame(
                        [
                            {"id": r["id"], "round": r["round"], "confidence": r["bluff"]["confidence"],
                             "reasons": "; ".join(r["bluff"]["reasons"])}
                            for r in bluffs
                        ]
                    ),
                    hide_index=True,
                    width="stretch",
                    column_config={"confidence": st.column_config.ProgressColumn(min_value=0, max_value=1,
                                                                                 format="percent")},
                )
    if failed:
        with st.expander(f"Rows that could not be graded ({len(failed)})", expanded=not graded):
            for r in failed:
                st.markdown(f"- **{md(str(r['id']))}**: {md(str(r['error']))}")
    one, two, _ = st.columns([1, 1, 3])
    one.download_button("Results (JSONL)", run["jsonl"], icon=":material/download:", file_name="results.jsonl", mime="application/jsonl",
                        on_click="ignore")
    two.download_button("Results (CSV)", run["csv"], icon=":material/download:", file_name="results.csv", mime="text/csv", on_click="ignore")


page_header(
    "Batch grading",
    "Grade many answers at once from a JSONL or CSV file with the columns id, round, answer (other columns are "
    "kept), or reference-only rows id, question, reference, answer that need no gauntlet.",
)
with st.container(border=True):
    rubrics, _ = installed_rubrics()
    options = [NO_RUBRIC] + [r.id for r in rubrics]
    titles = {r.id: rubric_label(r) for r in rubrics}  # title, origin and id: duplicates stay distinguishable
    left, right = st.columns(2)
    with left:
        rubric_id = st.selectbox(
            "Gauntlet", options, key="batch_rubric", index=1 if rubrics else 0,
            format_func=lambda i: "None: each row names its rubric or gives a reference" if i == NO_RUBRIC else titles[i],
        )
    with right:
        uploads = st.file_uploader("Answers file(s)", type=["jsonl", "ndjson", "csv"], accept_multiple_files=True,
                                   key="batch_files")
    with st.expander("File format and an example"):
        st.code(SAMPLE_CSV, language="csv")
        st.download_button("Download the example", SAMPLE_CSV, file_name="answers-example.csv", mime="text/csv",
                           on_click="ignore")
    if st.button("Grade", type="primary", disabled=not uploads):
        _run(uploads, rubric_id)

run = st.session_state.get(STATE)
if run is not None:
    _show(run)
