"""`grader grade` and `grader batch`."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import typer

from grader.cli.app import app, fail, user_errors
from grader.engines import ENGINES
from grader.errors import InputError

BACKEND_HELP = ("Encoder of the bundled model: torch (fp32) or onnx (int8, exported once and cached); "
                "default GRADER_BACKEND or the measured default.")


def _make_grader(calibration: Path | None, rubric_id: str | None, backend: str | None = None):
    """The Grader, with the calibration checked now; the model itself loads on the first answer graded."""
    from grader.embedding import default_embedder
    from grader.grading import Grader

    return Grader(default_embedder(backend), calibration=_load_calibration(calibration, rubric_id))


def _load_calibration(calibration: Path | None, rubric_id: str | None):
    """The fitted band mapping of `--calibration`, checked against the rubric it was fitted for."""
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
        typer.echo(mapper.describe(calibration), err=True)  # which fit applies, on every use
    return mapper


def _make_judge(judge: str, model: str | None):
    if judge == "none":
        return None
    if judge != "openai":
        raise InputError(f"--judge must be 'none' or 'openai', found '{judge}'")
    from grader.judge import OpenAIJudge, default_cache_path

    return OpenAIJudge(model=model or os.environ.get("GRADER_JUDGE_MODEL", "gpt-4o-mini"),
                       cache_path=default_cache_path())


#: The most `grade -` reads from standard input (an answer is graded up to 40,000 characters).
MAX_STDIN_BYTES = 1_000_000


def _answer_text(text: str) -> str:
    """The answer from the argument (or standard input for ``-``), which must be UTF-8 text."""
    if text == "-":
        data = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
        if len(data) > MAX_STDIN_BYTES:
            raise InputError(f"standard input: more than {MAX_STDIN_BYTES:,} bytes; expected one answer")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"standard input: not UTF-8 text (byte 0x{data[exc.start]:02x} at byte {exc.start + 1}); "
                             "expected the answer as UTF-8") from None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        # A byte the terminal's locale could not decode arrives as a surrogate escape (U+DC80..U+DCFF).
        bad = text[exc.start]
        shown = f"byte 0x{ord(bad) - 0xDC00:02x}" if 0xDC80 <= ord(bad) <= 0xDCFF else f"character U+{ord(bad):04X}"
        raise InputError(f"the answer is not UTF-8 text ({shown} at character {exc.start + 1}); "
                         "expected the answer as UTF-8") from None
    return text


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
    answer = _answer_text(text)
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
        result = combine(result, verdict, band=lambda score: grader.band(score, result.key_points), rubric=loaded)
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
    engine: str = typer.Option("local", "--engine", help="local (default: this process) or ray (needs the ray extra)."),
    address: str = typer.Option(None, "--address", help="With --engine ray: the cluster to join (ray://HOST:PORT, "
                                                        "HOST:PORT or auto); default: start Ray on this machine."),
    workers: int = typer.Option(None, "--workers", min=1, help="With --engine ray: grading actors (default: one per CPU)."),
    backend: str = typer.Option(None, "--backend", help=BACKEND_HELP),
) -> None:
    """Grade many answers; resumable: rows already in the output are not graded again."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from grader.batch import run_batch
    from grader.embedding import resolve_backend
    from grader.rubric import load_rubric

    if engine not in ENGINES:
        raise InputError(f"--engine must be one of {', '.join(ENGINES)}, found '{engine}'")
    if engine != "ray" and (address or workers):
        raise InputError("--address and --workers need --engine ray")
    if engine == "ray" and judge != "none":
        raise InputError("--judge is not available with --engine ray yet; grade with Ray, then run the judge "
                         "with the local engine")
    backend = resolve_backend(backend)
    from grader.safe_io import open_regular

    for path in inputs:  # before the model loads, so a typo costs no wait
        open_regular(path, what="input file").close()
    loaded = load_rubric(rubric) if rubric else None
    speakers = _parse_speakers(speaker)
    judge_client = _make_judge(judge, judge_model)
    rubric_id = loaded.id if loaded else None
    if engine == "ray":
        mapper = _load_calibration(calibration, rubric_id)
    else:
        grader = _make_grader(calibration, rubric_id, backend)
    console = Console(stderr=True)
    bar = Progress(
        TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, disable=quiet, transient=False,
    )
    task = bar.add_task("grading", total=None)
    started = False

    def advance(n: int, total: int) -> None:
        # The bar appears with the first graded row: a refused output is one error line, with no empty bar above it.
        nonlocal started
        if not started:
            bar.start()
            started = True
        bar.update(task, advance=n, total=total)

    try:
        if engine == "ray":
            from grader.engines.ray_engine import run_batch_ray

            summary = run_batch_ray(
                inputs, output, rubric=loaded, calibration=mapper,
                chunk_size=chunk_size, speakers=speakers, progress=advance, address=address, workers=workers,
            )
        else:
            summary = run_batch(
                inputs, output, rubric=loaded, grader=grader,
                judge=judge_client,
                chunk_size=chunk_size, speakers=speakers, progress=advance,
            )
    finally:
        if started:
            bar.stop()
    typer.echo(
        f"{output}: {summary.graded} graded, {summary.errors} with errors, "
        f"{summary.skipped} already done", err=True
    )
    for path in summary.transcripts:
        typer.echo(f"report: {path}", err=True)
    if summary.judge_usage is not None:
        typer.echo(summary.judge_usage.summary(), err=True)
    if summary.graded == 0 and summary.errors > 0 and summary.skipped == 0:
        first = f"; the first: {summary.first_error}" if summary.first_error else ""
        fail(f"no row could be graded{first} (every row's reason is in the error column of the output)")
