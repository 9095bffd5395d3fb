"""`grader grade` and `grader batch`."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import typer

from grader.cli.app import app, fail, user_errors
from grader.errors import InputError

BACKEND_HELP = ("Encoder of the bundled model: torch (fp32) or onnx (int8, exported once and cached); "
                "default GRADER_BACKEND or the measured default.")


def _make_grader(calibration: Path | None, rubric_id: str | None, backend: str | None = None):
    """The Grader, with the calibration checked now; the model itself loads on the first answer graded."""
    from grader.embedding import default_embedder
    from grader.grading import Grader

    mapper = None
    if calibration is not None:
        from grader.calibration import load_calibration

        mapper = load_calibration(calibration)
        fitted_for = getattr(mapper, "rubric", None)
        if fitted_for and rubric_id and fitted_for != rubric_id:
            raise InputError(
                f"{calibration}: fitted for rubric '{fitted_for}', but grading uses '{rubric_id}' "
                "(fit a calibration for this rubric with `grader calibrate fit`)"
            )
    return Grader(default_embedder(backend), calibration=mapper)


def _make_judge(judge: str, model: str | None):
    if judge == "none":
        return None
    if judge != "openai":
        raise InputError(f"--judge must be 'none' or 'openai', found '{judge}'")
    from grader.judge import OpenAIJudge, default_cache_path

    return OpenAIJudge(model=model or os.environ.get("GRADER_JUDGE_MODEL", "gpt-4o-mini"),
                       cache_path=default_cache_path())


def _parse_speakers(values: list[str] | None) -> dict[str, str] | None:
    if not values:
        return None
    out: dict[str, str] = {}
    for value in values:
        name, sep, role = value.rpartition("=")
        if not sep or not name or role not in {"interviewer", "candidate", "other"}:
            raise InputError(f"--speaker '{value}': expected NAME=interviewer|candidate|other")
        out[name] = role
    return out


@app.command("grade")
@user_errors
def grade_command(
    text: str = typer.Argument(..., help="The answer, or - to read it from standard input."),
    rubric: str = typer.Option(..., "--rubric", "-r", help="Rubric id or path."),
    round_number: int = typer.Option(..., "--round", "-n", help="Round number (from 1)."),
    trap: str = typer.Option(None, "--trap", help="Grade the answer to this trap follow-up of the round (id)."),
    as_json: bool = typer.Option(False, "--json", help="Print one result row as JSON."),
    calibration: Path = typer.Option(None, "--calibration", help="A calibration file from `grader calibrate fit`."),
    judge: str = typer.Option("none", "--judge", help="none (default, offline) or openai."),
    judge_model: str = typer.Option(None, "--judge-model", help="Model name for --judge openai."),
    backend: str = typer.Option(None, "--backend", help=BACKEND_HELP),
) -> None:
    """Grade one answer and print feedback (or one result row with --json)."""
    from grader.embedding import resolve_backend
    from grader.grading import check_answer_text
    from grader.report import render_result_text
    from grader.rubric import load_rubric

    # Everything that can be wrong with the command is checked before the model loads (seconds, not 15 s).
    backend = resolve_backend(backend)
    answer = sys.stdin.read() if text == "-" else text
    loaded = load_rubric(rubric)
    round_ = loaded.round(round_number)
    if trap is not None:
        round_.trap(trap)
    check_answer_text(answer)
    judge_client = _make_judge(judge, judge_model)
    grader = _make_grader(calibration, loaded.id, backend)
    result = grader.grade(loaded, round_number, answer, trap_id=trap)
    if judge_client is not None:
        from grader.judge import combine

        verdict = judge_client.judge(loaded, round_number, result.answer, trap_id=trap)
        result = combine(result, verdict, band=lambda score: grader.band(score, result.key_points))
        typer.echo(judge_client.usage().summary(), err=True)
    if as_json:
        typer.echo(json.dumps(result.row(), ensure_ascii=False))
    else:
        typer.echo(render_result_text(result))


@app.command("batch")
@user_errors
def batch_command(
    inputs: list[Path] = typer.Argument(..., help="JSONL/CSV answer files and/or transcripts."),
    output: Path = typer.Option(..., "-o", "--output", help="Output file: .jsonl (default) or .csv."),
    rubric: str = typer.Option(None, "--rubric", "-r", help="Rubric id or path (not needed for reference-only rows)."),
    calibration: Path = typer.Option(None, "--calibration", help="A calibration file from `grader calibrate fit`."),
    judge: str = typer.Option("none", "--judge", help="none (default, offline) or openai."),
    judge_model: str = typer.Option(None, "--judge-model", help="Model name for --judge openai."),
    speaker: list[str] = typer.Option(None, "--speaker", help="Transcript speaker role, NAME=interviewer|candidate|other."),
    chunk_size: int = typer.Option(64, "--chunk-size", min=1, max=4096, help="Answers embedded per step."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    backend: str = typer.Option(None, "--backend", help=BACKEND_HELP),
) -> None:
    """Grade many answers; resumable: rows already in the output are not graded again."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from grader.batch import run_batch
    from grader.embedding import resolve_backend
    from grader.rubric import load_rubric

    backend = resolve_backend(backend)
    for path in inputs:  # before the model loads, so a typo costs no wait
        if not path.exists():
            raise InputError(f"{path}: no such input file")
    loaded = load_rubric(rubric) if rubric else None
    speakers = _parse_speakers(speaker)
    judge_client = _make_judge(judge, judge_model)
    grader = _make_grader(calibration, loaded.id if loaded else None, backend)
    console = Console(stderr=True)
    with Progress(
        TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, disable=quiet, transient=False,
    ) as bar:
        task = bar.add_task("grading", total=None)

        def advance(n: int, total: int) -> None:
            bar.update(task, advance=n, total=total)

        summary = run_batch(
            inputs, output, rubric=loaded, grader=grader,
            judge=judge_client,
            chunk_size=chunk_size, speakers=speakers, progress=advance,
        )
    typer.echo(
        f"{output}: {summary.graded} graded, {summary.errors} with errors, "
        f"{summary.skipped} already done", err=True
    )
    for path in summary.transcripts:
        typer.echo(f"report: {path}", err=True)
    if summary.judge_usage is not None:
        typer.echo(summary.judge_usage.summary(), err=True)
    if summary.graded == 0 and summary.errors > 0 and summary.skipped == 0:
        fail("no row could be graded (see the error column of the output)")
