"""Rubrics: browse a gauntlet's rubric round by round; import a gauntlet document and see what was found."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from grader.errors import GraderError
from grader.rubric import install_folder, install_rubric, rubric_to_yaml
from grader.rubric.importer import import_gauntlet_text
from grader.rubric.schema import Round, Rubric
from ui.components import page_header, pick_rubric

#: The importer's section keys, as the document labels them.
SECTIONS = {
    "question": "Question",
    "skill": "Skill",
    "testing": "What it tests",
    "strong_answer": "Strong answer",
    "weak_answers": "Weak answers",
    "trap_alert": "Trap alert",
    "senior_signal": "Senior signal",
    "trap_variant": "Trap variant",
}
STATE = "rubric_import"


def _round(round_: Round) -> None:
    st.markdown(f"#### “{round_.question}”")
    st.caption(f"Skill: **{round_.skill}**" + (f" · Testing: {round_.testing}" if round_.testing else ""))
    left, right = st.columns(2)
    with left:
        with st.container(border=True):
            st.markdown(f":violet[:material/key:] **Key points ({len(round_.key_points)})**")
            for kp in round_.key_points:
                extra = [kp.id] + ([f"weight {kp.weight:g}"] if kp.weight != 1 else [])
                extra += [f"{len(kp.aliases)} other phrasing{'s' if len(kp.aliases) > 1 else ''}"] if kp.aliases else []
                extra += [":orange[machine-written, review]"] if kp.machine_written else []
                st.markdown(f"- {kp.text}  \n:gray[{' · '.join(extra)}]")
        if round_.senior_signal:
            with st.container(border=True):
                st.markdown(":violet[:material/star:] **Senior signal**")
                st.markdown(round_.senior_signal)
    with right:
        with st.container(border=True):
            st.markdown(f":orange[:material/warning:] **Weak patterns ({len(round_.weak_patterns)})**")
            if not round_.weak_patterns:
                st.caption("None in the document.")
            for pattern in round_.weak_patterns:
                flag = " · :red[false claim]" if pattern.false_claim else ""
                flag += " · :orange[machine-written, review]" if pattern.machine_written else ""
                st.markdown(f"- **{pattern.text}**{flag}  \n{pattern.why}")
        with st.container(border=True):
            st.markdown(f":violet[:material/quiz:] **Trap follow-ups ({len(round_.traps)})**")
            if not round_.traps:
                st.caption("None in the document.")
            for trap in round_.traps:
                st.markdown(f"- **{trap.question}**")
                if trap.answer:
                    st.caption(f"A good answer: {trap.answer}")
                if trap.triggers:
                    st.caption("Asked when the answer names without explaining: " + ", ".join(trap.triggers))
        if round_.trap_variant:
            with st.container(border=True):
                st.markdown(":violet[:material/theater_comedy:] **This round is itself a trap**")
                st.markdown(f"Right answer: {round_.trap_variant.right_answer}")
                if round_.trap_variant.senior_answer:
                    st.caption(f"Senior answer: {round_.trap_variant.senior_answer}")
    if round_.facts:
        label = f"Checkable facts ({len(round_.facts)}): a wrong claim about these is flagged"
        with st.expander(label, icon=":material/fact_check:"):
            st.dataframe(
                pd.DataFrame([{"subject": f.subject, "kind": f.kind, "value": f.value, "fact": f.text,
                               "review": "machine-written" if f.machine_written else ""} for f in round_.facts]),
                hide_index=True, width="stretch",
            )
    with st.expander("The strong answer", icon=":material/menu_book:"):
        st.markdown(round_.strong_answer)


def show_rubric(rubric: Rubric) -> None:
    """A rubric: its header, the skills table, then one tab per round."""
    st.subheader(rubric.title)
    chips = [x for x in [rubric.category, rubric.difficulty, rubric.duration] if x] + rubric.domains
    if chips:
        st.markdown(" ".join(f":violet-badge[{c}]" for c in chips))
    st.caption(f"id `{rubric.id}`" + (f" · from {Path(rubric.source).name}" if rubric.source else ""))
    st.dataframe(
        pd.DataFrame([{"Round": r.number, "Title": r.title, "Skill": r.skill, "Key points": len(r.key_points),
                       "Weak patterns": len(r.weak_patterns), "Traps": len(r.traps)} for r in rubric.rounds]),
        hide_index=True, width="stretch",
    )
    tabs = st.tabs([f"{r.number} · {r.title}" for r in rubric.rounds])
    for tab, round_ in zip(tabs, rubric.rounds):
        with tab:
            _round(round_)


def _browse() -> None:
    rubric = pick_rubric("Installed rubric", key="rb_rubric")
    if rubric is not None:
        show_rubric(rubric)


def _save(rubric: Rubric) -> None:
    """Save the imported rubric into the rubric folder (never over an existing one unless asked), or download it."""
    folder = install_folder()
    with st.container(border=True):
        st.markdown(f"**Use it for grading**: save it into the rubric folder `{folder}`")
        left, right = st.columns([2, 1], vertical_alignment="bottom")
        rubric_id = left.text_input("Rubric id (the file name; kebab-case)", value=rubric.id, key="rb_save_id").strip()
        target = folder / f"{rubric_id}.yaml"
        exists = bool(rubric_id) and (target.exists() or target.with_suffix(".yml").exists())
        overwrite = False
        if exists:
            st.warning(f"`{target}` already exists. Choose another id, or overwrite it.", icon=":material/warning:")
            overwrite = st.checkbox(f"Overwrite the installed rubric `{rubric_id}`", key="rb_save_overwrite")
        if right.button("Save to rubric folder", type="primary", icon=":material/save:",
                        disabled=exists and not overwrite, key="rb_save"):
            try:
                path = install_rubric(rubric, rubric_id, overwrite=overwrite, folder=folder)
            except GraderError as exc:
                st.error(str(exc))
            else:
                st.success(f"Saved `{path}`: pick **{rubric_id}** (imported) in any rubric picker.",
                           icon=":material/check_circle:")
        st.download_button(f"Or download {rubric.id}.yaml", rubric_to_yaml(rubric), file_name=f"{rubric.id}.yaml",
                           mime="application/yaml", icon=":material/download:", on_click="ignore")


def _import() -> None:
    st.caption("Paste or upload a gauntlet document (plain text or Markdown, like the pages the gauntlets are "
               "published as). The importer turns it into a rubric and says which sections it could not find, "
               "so you know what to write by hand.")
    how = st.radio("Document", ["Upload a file", "Paste text"], horizontal=True, label_visibility="collapsed")
    text, source = "", ""
    if how == "Upload a file":
        upload = st.file_uploader("Gauntlet document", type=["txt", "md", "markdown"], key="rb_upload")
        if upload is not None:
            source = upload.name
            try:
                text = upload.getvalue().decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                st.error(f"{upload.name}: not UTF-8 text (byte {exc.start}); expected a text or Markdown document")
                return
    else:
        text = st.text_area("Gauntlet document", height=220, key="rb_paste",
                            placeholder="Interview Gauntlet: …\n\nRound 1: The Opening\n\nInterviewer: \"…\"")
        source = "pasted document"
    if st.button("Import", type="primary", disabled=not text.strip()):
        try:
            st.session_state[STATE] = (source, import_gauntlet_text(text, source=source))
        except GraderError as exc:
            st.session_state.pop(STATE, None)
            st.error(str(exc))
            return
    imported = st.session_state.get(STATE)
    if imported is None:
        return
    source, report = imported
    rubric = report.rubric
    st.success(f"Imported **{rubric.title}** from {source}: {len(rubric.rounds)} rounds.", icon=":material/check_circle:")
    one, two, three, four = st.columns(4)
    one.metric("Rounds", len(rubric.rounds))
    two.metric("Key points", sum(len(r.key_points) for r in rubric.rounds))
    three.metric("Traps", sum(len(r.traps) for r in rubric.rounds))
    four.metric("Warnings", len(report.warnings))
    with st.container(border=True):
        st.markdown("**What the importer found, per round**")
        keys = list(SECTIONS) + sorted({k for found in report.found.values() for k in found} - set(SECTIONS))
        rows = [
            {"Round": number, **{SECTIONS.get(k, k.replace("_", " ").capitalize()): (k in found)
                                for k in keys}}
            for number, found in sorted(report.found.items())
        ]
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch",
                     column_config={label: st.column_config.CheckboxColumn() for label in rows[0] if label != "Round"}
                     if rows else None)
        if report.warnings:
            st.markdown("**What it missed**")
            st.warning("\n".join(f"- {w}" for w in report.warnings))
        else:
            st.caption("Nothing missing: every section was found.")
    _save(rubric)
    with st.container(border=True):
        show_rubric(rubric)


page_header("Rubrics", "What each gauntlet expects, round by round — and a way to turn a new gauntlet "
            "document into a rubric.")
browse, importer = st.tabs(["Browse", "Import a gauntlet document"])
with browse:
    _browse()
with importer:
    _import()
