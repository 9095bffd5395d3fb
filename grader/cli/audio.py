"""`grader transcribe`: a spoken answer, transcribed offline, with its delivery (and graded, with --grade)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from grader.cli.app import app, user_errors
from grader.errors import InputError


@app.command("transcribe")
@user_errors
def transcribe_command(
    audio: Path = typer.Argument(..., help="A recording: .wav, .mp3, .m4a, .ogg, .webm or .flac."),
    rubric: str = typer.Option(None, "--rubric", "-r", help="Rubric id or path: its question guides spelling."),
    round_number: int = typer.Option(None, "--round", "-n", help="Round number (from 1) the answer is for."),
    trap: str = typer.Option(None, "--trap", help="The answer is to this trap follow-up of the round (id)."),
    grade: bool = typer.Option(False, "--grade", help="Also grade the transcript (needs --rubric and --round)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON: the transcript, or the result row with --grade."),
) -> None:
    """Transcribe a spoken answer offline and show its delivery: pace, fillers, long pauses, length."""
    from grader.audio.batch import transcribe_answer
    from grader.audio.speech import transcribe

    if (rubric is None) != (round_number is None):
        raise InputError("--rubric and --round go together (which gauntlet round is the answer for?)")
    if grade and rubric is None:
        raise InputError("--grade needs --rubric and --round")
    loaded = None
    if rubric is not None:
        from grader.rubric import load_rubric

        loaded = load_rubric(rubric)
        loaded.round(round_number).trap(trap) if trap else loaded.round(round_number)  # clear errors first
    if loaded is None:
        from grader.audio.delivery import measure_delivery

        speech = transcribe(audio, name=str(audio))
        text, delivery = speech.text, measure_delivery(speech)
    else:
        text, delivery = transcribe_answer(audio, loaded, round_number, trap, shown=str(audio))
    if grade:
        from grader.grading import Grader
        from grader.report import render_result_text

        result = Grader().grade(loaded, round_number, text, id=audio.name, trap_id=trap)
        result.delivery = delivery
        if as_json:
            typer.echo(json.dumps(result.row(), ensure_ascii=False))
            return
        typer.echo(render_result_text(result))
    elif as_json:
        typer.echo(json.dumps({"audio": str(audio), "transcript": text, "delivery": delivery.model_dump(mode="json")},
                              ensure_ascii=False))
        return
    else:
        typer.echo(text)
    typer.echo("\nDelivery (not part of the score):")
    for note in delivery.notes:
        typer.echo(f"- {note}")
