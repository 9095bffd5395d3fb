"""Pieces every page shares: the cached grader, the rubric picker, and the one way a result is shown.

Pages read widgets, call the ``grader`` library and render with these helpers, so a result looks the same
on every page. Nothing here scores anything: scores, bands, evidence and follow-ups all come from the
library's ``GradeResult``.
"""

from __future__ import annotations

import html
import json
import os
import re
import threading
from datetime import datetime
from typing import Iterable

import altair as alt
import pandas as pd
import streamlit as st

from grader.errors import GraderError, RubricError
from grader.grading import Grader
from grader.report import describe_judge, md_escape, render_result_markdown
from grader.scoring.feedback import statements_phrase
from grader.result import BANDS, GradeResult, TrapFollowup
from grader.rubric import list_rubrics, load_rubric
from grader.rubric.schema import Rubric

#: Band colours, shared by badges, highlighted tables and charts.
BAND_COLORS = {"strong": "#1a7f37", "adequate": "#c77c02", "weak": "#c62828"}
BAND_TINTS = {"strong": "#dcfce7", "adequate": "#fef3c7", "weak": "#fee2e2"}
BAND_BADGE = {"strong": "green", "adequate": "orange", "weak": "red"}
#: Highlight colours for quotes inside an answer.
MARK_COLORS = {"key_point": "#bbf7d0", "weak_pattern": "#fde68a", "bluff": "#fecaca", "honest": "#bfdbfe"}
MARK_LABELS = {"key_point": "key point covered", "weak_pattern": "weak pattern", "bluff": "wrong or bluffed claim",
               "honest": "honest about limits"}


# --- the grading model ------------------------------------------------------------------------------

class GraderLoader:
    """Builds the Grader in a background thread, so a page can render while the model loads, then warms every
    installed rubric's round indexes (rubric embeddings) so the first submit is as fast as the next."""

    def __init__(self, embedder_kind: str) -> None:
        self.embedder_kind = embedder_kind
        self._grader: Grader | None = None
        self._error: BaseException | None = None
        self._model_ready = threading.Event()  # grading can start
        self._done = threading.Event()  # rubric indexes warm too
        threading.Thread(target=self._load, name="grader-model-loader", daemon=True).start()

    def _load(self) -> None:
        try:
            if self.embedder_kind == "hashing":
                from grader.embedding import HashingEmbedder

                grader = Grader(HashingEmbedder())
            else:
                grader = Grader()
                grader.embedder.embed(["warm up the model"])  # the first encode is the slow one
            self._grader = grader
        except Exception as exc:  # noqa: BLE001 - shown on the page instead of a dead app
            self._error = exc
            self._done.set()
            return
        finally:
            self._model_ready.set()
        try:
            self._warm(grader)
        finally:
            self._done.set()

    @staticmethod
    def _warm(grader: Grader) -> None:
        """Every round and trap follow-up of every installed rubric embedded now, plus one throwaway grade per
        rubric (first calls compile patterns), so feedback after a submit costs only the answer's own work."""
        for path, rubric in list_rubrics():
            if isinstance(rubric, RubricError):
                continue
            try:
                for round_ in rubric.rounds:
                    grader.round_index(rubric, round_.number)
                    for trap in round_.traps:
                        grader.round_index(rubric, round_.number, trap.id)
                grader.grade(rubric, rubric.rounds[0].number, "A warm-up answer about the first round.")
            except GraderError:
                continue  # a rubric that cannot be graded says so when it is used

    @property
    def ready(self) -> bool:
        """The model is loaded (or failed to load): grading can start."""
        return self._model_ready.is_set()

    @property
    def warm(self) -> bool:
        """The rubric indexes are built too."""
        return self._done.is_set()

    @property
    def error(self) -> BaseException | None:
        return self._error

    def wait(self) -> Grader:
        self._model_ready.wait()
        if self._grader is None:
            raise GraderError(f"the grading model could not be loaded: {self._error}")
        return self._grader


@st.cache_resource(show_spinner=False)
def _loader(embedder_kind: str) -> GraderLoader:
    return GraderLoader(embedder_kind)


def grader_loader() -> GraderLoader:
    """The process-wide loader; ``GRADER_TEST_EMBEDDER=hashing`` swaps in the fast test embedder."""
    return _loader(os.environ.get("GRADER_TEST_EMBEDDER", "").strip().lower())


def get_grader() -> Grader:
    """The grader, waiting (with a spinner) only if the model is still loading."""
    loader = grader_loader()
    if not loader.ready:
        with st.spinner("Loading the grading model (first time only, a few seconds)…"):
            return loader.wait()
    return loader.wait()


def model_status() -> None:
    """A small line saying whether the model is ready; polls while it is loading or warming."""
    loader = grader_loader()

    @st.fragment(run_every=None if loader.warm else 1.5)
    def _status() -> None:
        if not loader.ready:
            st.caption(":orange[●] Grading model loading… (you can start; grading waits for it)")
        elif loader.error is not None:
            st.caption(f":red[●] Model failed to load: {md(str(loader.error))}")
        elif not loader.warm:
            st.caption(":orange[●] Grading model ready · preparing rubrics…")
        else:
            st.caption(":green[●] Grading model ready")

    _status()


# --- rubrics -----------------------------------------------------------------------------------------

def installed_rubrics() -> tuple[list[Rubric], list[str]]:
    """Installed rubrics that load, and one message per rubric file that does not."""
    good: list[Rubric] = []
    broken: list[str] = []
    for path, rubric in list_rubrics():
        if isinstance(rubric, RubricError):
            broken.append(f"{path.name}: {rubric}")
        else:
            good.append(rubric)
    return good, broken


def rubric_origin(rubric: Rubric) -> str:
    """'curated' for a rubric reviewed by hand; 'imported from <document>' for one straight from the importer."""
    if rubric.curated:
        return "curated"
    return f"imported from {os.path.basename(rubric.source)}" if rubric.source else "imported"


def rubric_label(rubric: Rubric) -> str:
    """Title, rounds, origin and id: two rubrics of the same gauntlet never look alike."""
    return f"{rubric.title} · {len(rubric.rounds)} rounds · {rubric_origin(rubric)} · id {rubric.id}"


def pick_rubric(label: str = "Gauntlet", *, key: str, container=st) -> Rubric | None:
    """A selectbox of installed rubrics (curated first); says so when none is installed or some are broken."""
    rubrics, broken = installed_rubrics()
    for message in broken:
        container.caption(f":orange[Skipped a broken rubric] — {message}")
    if not rubrics:
        container.warning("No rubric is installed. Import a gauntlet document on the **Rubrics** page.")
        return None
    rubrics = sorted(rubrics, key=lambda r: not r.curated)  # stable: folder order within each group
    by_id = {r.id: r for r in rubrics}
    chosen = container.selectbox(label, list(by_id), format_func=lambda i: rubric_label(by_id[i]), key=key)
    rubric = by_id[chosen]
    if not rubric.curated:
        titles = [r for r in rubrics if r.title == rubric.title and r.curated]
        twin = f" A curated rubric of the same gauntlet is installed: `{titles[0].id}`." if titles else ""
        container.caption(f":orange[:material/info:] `{rubric.id}` was imported automatically and not reviewed "
                          f"by hand; its key points may need checking.{twin}")
    return rubric


# --- one result --------------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$])")


def md(text: str) -> str:
    """Text shown literally inside Markdown: no emphasis, links or LaTeX from what a candidate typed."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def band_badge(band: str | None, *, container=st) -> None:
    if band is None:
        container.badge("not graded", color="gray")
    else:
        container.badge(band.capitalize(), color=BAND_BADGE.get(band, "gray"))


def _quote_pattern(quote: str) -> re.Pattern[str] | None:
    words = quote.strip().strip("\"“”'‘’").split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def highlight_html(answer: str, marks: Iterable[tuple[str | None, str, str]]) -> str:
    """The answer as escaped HTML with each quote marked.

    ``marks`` are ``(quote, kind, tooltip)``; kind is a key of MARK_COLORS. A quote is found ignoring case
    and spacing; the first mark wins where two overlap, and a quote that is not in the answer is skipped.
    """
    spans: list[tuple[int, int, str, str]] = []
    for quote, kind, tooltip in marks:
        pattern = _quote_pattern(quote or "")
        if pattern is None:
            continue
        for match in pattern.finditer(answer):
            start, end = match.span()
            if all(end <= s or start >= e for s, e, _, _ in spans):
                spans.append((start, end, kind, tooltip))
                break
    spans.sort()
    out: list[str] = []
    cursor = 0
    for start, end, kind, tooltip in spans:
        out.append(html.escape(answer[cursor:start]))
        color = MARK_COLORS.get(kind, "#e5e7eb")
        out.append(
            f'<mark title="{html.escape(tooltip, quote=True)}" '
            f'style="background:{color};padding:0.05em 0.2em;border-radius:0.25em">'
            f"{html.escape(answer[start:end])}</mark>"
        )
        cursor = end
    out.append(html.escape(answer[cursor:]))
    return "".join(out).replace("\n", "<br>")


def _answer_marks(result: GradeResult) -> list[tuple[str | None, str, str]]:
    marks: list[tuple[str | None, str, str]] = []
    marks += [(q, "bluff", "contradicts a fact") for q in _quotes_in(result.bluff.contradictions)]
    marks += [(p.evidence, "weak_pattern", f"weak pattern: {p.text}") for p in result.weak_patterns]
    marks += [(kp.evidence, "key_point", f"covers: {kp.text}") for kp in result.key_points if kp.covered]
    marks += [(q, "honest", "honest about what is not known") for q in result.bluff.honest_uncertainty]
    return marks


_QUOTED = re.compile(r"[\"“]([^\"”]{8,})[\"”]")


def _quotes_in(texts: Iterable[str]) -> list[str]:
    """Quotes the library put inside its explanations ('says "…", but …')."""
    return [m.group(1) for text in texts for m in _QUOTED.finditer(text)]


def render_answer(result: GradeResult) -> None:
    """The candidate's answer with covered key points, weak patterns and bluffs highlighted, and a legend."""
    marks = _answer_marks(result)
    body = highlight_html(result.answer, marks)
    st.html(
        '<div style="border-left:3px solid #c7d2fe;padding:0.6em 0.9em;background:#fafafa;'
        f'border-radius:0.3em;line-height:1.7;font-size:0.98rem">{body}</div>'
    )
    kinds = list(dict.fromkeys(kind for quote, kind, _ in marks if quote))
    if kinds:
        legend = " ".join(
            f'<span style="background:{MARK_COLORS[k]};padding:0.05em 0.4em;border-radius:0.25em;'
            f'font-size:0.8rem;margin-right:0.4em">{MARK_LABELS[k]}</span>'
            for k in kinds
        )
        st.html(f'<div style="margin-top:-0.4em">{legend}</div>')


def render_followup(followup: TrapFollowup, *, container=st) -> None:
    """The suggested trap follow-up and why the grader suggests it."""
    container.markdown(f":violet[:material/quiz:] **Suggested trap follow-up:** {md(followup.question)}")
    container.caption(f"Why: {md(followup.why)}")


def render_result(result: GradeResult, *, show_question: bool = False, show_followup: bool = True) -> None:
    """One graded answer: score and band, the highlighted answer, key points, weak patterns, bluff, follow-up."""
    with st.container(border=True):
        if result.error:
            st.error(f"**{md(result.id)}** was not graded: {md(result.error)}")
            return
        what = f"Trap follow-up · round {result.round}" if result.trap else f"Round {result.round}"
        left, right = st.columns([1, 3], vertical_alignment="center")
        with left:
            st.metric("Score", f"{result.score:.0f} / 100")
            band_badge(result.band)
        with right:
            st.caption(f"{what} · {result.skill}")
            if show_question and result.question:
                st.markdown(f"**Question.** {md(result.question)}")
            covered = [kp for kp in result.key_points if kp.covered]
            missing = [kp for kp in result.key_points if not kp.covered]
            summary = [f"**{len(covered)} of {len(result.key_points)}** key points covered",
                       f"**{statements_phrase(len(result.statements))}** on the topic"]
            if result.weak_patterns:
                summary.append(f"**{len(result.weak_patterns)}** weak pattern{'s' if len(result.weak_patterns) > 1 else ''}")
            if result.bluff.suspected:
                summary.append(":red[**bluff suspected**]")
            elif result.bluff.honest_uncertainty:
                summary.append(":blue[honest about limits]")
            st.markdown(" · ".join(summary))

        st.markdown("**Your answer**")
        render_answer(result)

        if result.bluff.suspected:
            reasons = "\n".join(f"- {md(reason)}" for reason in result.bluff.reasons) or "- no single reason stands out"
            st.error(f"**Possible bluff** (confidence {result.bluff.confidence:.0%})\n\n{reasons}", icon=":material/flag:")
        if result.injection:
            quoted = "\n".join(f"- “{md(s)}”" for s in result.injection)
            st.warning(f"**Ignored:** parts of the answer speak to the grader rather than the interviewer\n\n{quoted}",
                       icon=":material/shield:")

        col_ok, col_missing = st.columns(2)
        with col_ok:
            st.markdown(f":green[:material/check_circle:] **Covered ({len(covered)})**")
            if not covered:
                st.caption("None of the key points yet.")
            for kp in covered:
                quote = f"  \n:gray[“{md(kp.evidence)}”]" if kp.evidence else ""
                st.markdown(f"- {md(kp.text)}{quote}")
        with col_missing:
            contradicted = [kp for kp in missing if kp.status == "contradicted"]
            title = "Missing or contradicted" if contradicted else "Missing"
            st.markdown(f":gray[:material/radio_button_unchecked:] **{title} ({len(missing)})**")
            if not missing:
                st.caption("Nothing missing.")
            for kp in contradicted:  # what the answer got wrong first, with both sides quoted
                said = f"  \n:red[you said “{md(kp.conflict)}”]" if kp.conflict else ""
                truth = f"  \n:gray[but: {md(kp.conflicts_with)}]" if kp.conflicts_with else ""
                st.markdown(f"- :red-badge[contradicted] {md(kp.text)}{said}{truth}")
            for kp in missing:
                if kp.status != "contradicted":
                    st.markdown(f"- {md(kp.text)}")

        if result.weak_patterns:
            st.markdown(":orange[:material/warning:] **Weak patterns**")
            for p in result.weak_patterns:
                with st.container(border=True):
                    st.markdown(f"**{md(p.text)}**  \n{md(p.why)}")
                    if p.evidence:
                        st.caption(f"You said: “{md(p.evidence)}”")
        if result.bluff.to_check:
            st.warning("**Claims to check**: details said unsure that the rubric does not confirm; they keep the answer "
                       "below strong\n\n" + "\n".join(f"- {md(c)}" for c in result.bluff.to_check),
                       icon=":material/help:")
        if result.bluff.honest_uncertainty and not result.bluff.suspected:
            st.info("Saying what you don't know is a good sign: "
                    + "; ".join(f"“{md(q)}”" for q in result.bluff.honest_uncertainty), icon=":material/front_hand:")
        if result.judge is not None:
            st.caption(md(describe_judge(result.judge)))
        if show_followup and result.trap_followup:
            with st.container(border=True):
                render_followup(result.trap_followup)


# --- many results ------------------------------------------------------------------------------------

def skills_frame(rubric: Rubric, results: dict[int, GradeResult],
                 traps: dict[int, GradeResult] | None = None) -> pd.DataFrame:
    """The rubric's skills table with each round's score and band (blank where not answered)."""
    rows = []
    for round_ in rubric.rounds:
        result = results.get(round_.number)
        graded = result is not None and result.error is None
        row = {
            "Round": round_.number,
            "Skill": round_.skill,
            "Score": result.score if graded else None,
            "Band": result.band if graded else ("not graded" if result is not None else "not answered"),
        }
        if traps is not None:
            trap = traps.get(round_.number)
            row["Trap follow-up"] = (f"{trap.score:.0f} ({trap.band})" if trap is not None and trap.error is None else "—")
        rows.append(row)
    return pd.DataFrame(rows)


def band_cell_style(value: object) -> str:
    if value in BAND_TINTS:
        return f"background-color:{BAND_TINTS[value]};color:{BAND_COLORS[value]};font-weight:600"
    return "color:#6b7280"


def show_skills_table(frame: pd.DataFrame) -> None:
    styled = frame.style.map(band_cell_style, subset=["Band"])
    st.dataframe(
        styled,
        hide_index=True,
        width="stretch",
        column_config={
            "Round": st.column_config.NumberColumn(width="small"),
            "Skill": st.column_config.TextColumn(width="large"),
            "Score": st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.0f", width="medium"),
        },
    )


def show_skills(frame: pd.DataFrame) -> None:
    """The skills table, then (when something was graded) the chart of scores per skill."""
    show_skills_table(frame)
    if frame["Score"].notna().any():
        st.altair_chart(skills_chart(frame), width="stretch")


def band_badge_markdown(band: str | None) -> str:
    """A band as an inline Markdown badge, for labels (expanders, tabs) that take Markdown."""
    if band is None:
        return ":gray-badge[not graded]"
    return f":{BAND_BADGE.get(band, 'gray')}-badge[{band.capitalize()}]"


def band_color_scale() -> alt.Scale:
    return alt.Scale(domain=list(reversed(BANDS)), range=[BAND_COLORS[b] for b in reversed(BANDS)])


def skills_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Bars of each skill's score, coloured by band, each labelled with its score: a round that scored 0 shows
    a thin stub and "0" (it was graded), while a round not answered has no row at all."""
    data = frame.dropna(subset=["Score"]).copy()
    data["Label"] = [f"{r} · {s}" for r, s in zip(data["Round"], data["Skill"])]
    data["Shown"] = data["Score"].clip(lower=1.0)  # a zero-width bar would be invisible
    base = alt.Chart(data).encode(
        y=alt.Y("Label:N", sort=None, title=None, axis=alt.Axis(labelLimit=420)),
        tooltip=["Round", "Skill", alt.Tooltip("Score:Q", format=".0f"), "Band"],
    )
    bars = base.mark_bar(cornerRadiusEnd=4).encode(
        x=alt.X("Shown:Q", scale=alt.Scale(domain=[0, 100]), title="Score"),
        color=alt.Color("Band:N", scale=band_color_scale(), legend=alt.Legend(orient="bottom", title=None)),
    )
    labels = base.mark_text(align="left", dx=4, fontWeight="bold").encode(
        x=alt.X("Shown:Q"), text=alt.Text("Score:Q", format=".0f"),
        color=alt.Color("Band:N", scale=band_color_scale(), legend=None),
    )
    return alt.layer(bars, labels).properties(height=alt.Step(30))


def results_markdown(title: str, rubric: Rubric, results: dict[int, GradeResult],
                     traps: dict[int, GradeResult] | None = None, *, candidate: str | None = None,
                     when: datetime | None = None) -> str:
    """A Markdown report: heading, the skills table, then each round (and its trap follow-up)."""
    traps = traps or {}
    lines = [f"# {md_escape(title)}", ""]
    lines.append(f"**Gauntlet:** {md_escape(rubric.title)} ({md_escape(rubric.id)})  ")
    if candidate:
        lines.append(f"**Candidate:** {md_escape(candidate)}  ")
    if when:
        lines.append(f"**Date:** {when:%Y-%m-%d %H:%M}  ")
    lines += ["", "## Skills", "", "| round | skill | score | band |", "| --- | --- | --- | --- |"]
    for row in skills_frame(rubric, results).itertuples(index=False):
        score = "—" if pd.isna(row.Score) else f"{row.Score:.0f}"
        lines.append(f"| {row.Round} | {md_escape(row.Skill)} | {score} | {row.Band} |")
    lines += ["", "## Rounds", ""]
    for number in sorted(results):
        lines.append(render_result_markdown(results[number]))
        if number in traps:
            lines.append(render_result_markdown(traps[number]).replace("### Round", "### Trap follow-up, round", 1))
    return "\n".join(lines)


def results_json(rubric: Rubric, results: Iterable[GradeResult], *, candidate: str | None = None,
                 when: datetime | None = None) -> str:
    """The result rows (the contract's shape) with who and what they are for."""
    payload = {
        "rubric": rubric.id,
        "candidate": candidate,
        "date": when.isoformat(timespec="seconds") if when else None,
        "results": [r.row() for r in results],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)


def page_header(title: str, description: str) -> None:
    st.title(title)
    st.caption(description)


# -- the optional LLM judge --------------------------------------------------------------------------------------
@st.cache_resource(show_spinner=False)
def _judge(model: str):
    from grader.judge import OpenAIJudge, default_cache_path

    return OpenAIJudge(model=model, cache_path=default_cache_path())


def judge_toggle() -> None:
    """Sidebar switch for the LLM judge (an OpenAI-compatible server from OPENAI_BASE_URL / OPENAI_API_KEY)."""
    # The choice lives in plain session keys: widget state is dropped on a run that does not draw the widget.
    on = st.toggle("LLM judge", value=st.session_state.get("judge_on", False), key="_judge_toggle",
                   help="Adds an OpenAI-compatible model's opinion to every grade. Configure the server with "
                   "OPENAI_BASE_URL and OPENAI_API_KEY before starting the app.")
    st.session_state["judge_on"] = on
    if on:
        default = st.session_state.get("judge_model") or os.environ.get("GRADER_JUDGE_MODEL", "gpt-4o-mini")
        st.session_state["judge_model"] = st.text_input("Judge model", value=default, key="_judge_model")
        judge = current_judge()
        if judge is not None:
            st.caption(judge.usage().summary())


def current_judge():
    """The judge when the toggle is on and it can be configured, else None (with the reason shown)."""
    if not st.session_state.get("judge_on"):
        return None
    try:
        return _judge(st.session_state.get("judge_model") or "gpt-4o-mini")
    except GraderError as exc:
        st.warning(f"LLM judge unavailable: {md(str(exc))}")
        return None


def apply_judge(rubric: Rubric, results: list[GradeResult]) -> list[GradeResult]:
    """Fold the judge's verdicts into graded results when the judge is on (the hybrid rule of grader.judge)."""
    judge = current_judge()
    if judge is None:
        return results
    from grader.judge import combine

    todo = [i for i, r in enumerate(results) if r.error is None]
    with st.spinner("Asking the LLM judge…"):
        verdicts = judge.judge_many([(rubric, results[i].round, results[i].answer, results[i].trap) for i in todo])
    grader = get_grader()
    out = list(results)
    for i, verdict in zip(todo, verdicts):
        key_points = results[i].key_points
        out[i] = combine(results[i], verdict, band=lambda score, kp=key_points: grader.band(score, kp), rubric=rubric)
    return out
