"""`grader calibrate agreement` and `grader calibrate fit`: parse, call grader.calibration, render."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from grader.cli.app import app, fail, user_errors

calibrate_app = typer.Typer(help="Agreement between interviewers (and the grader); fit the grader's bands to them.")
app.add_typer(calibrate_app, name="calibrate")


@calibrate_app.command("agreement")
@user_errors
def agreement_command(
    ratings: Path = typer.Argument(..., help="Ratings CSV or JSONL: rater, item, round, score."),
    graded: Path = typer.Option(None, "--with", help="`grader batch` output; the grader joins as rater 'grader'."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    html_out: Path = typer.Option(None, "--html", help="Also write an HTML report here."),
    resamples: int = typer.Option(1000, "--resamples", min=0, help="Bootstrap resamples for the 95% intervals."),
    seed: int = typer.Option(0, "--seed", help="Bootstrap seed (fixed, so reports are reproducible)."),
    agenda: int = typer.Option(10, "--agenda", min=0, help="How many items of widest disagreement to list."),
) -> None:
    """Krippendorff's alpha, weighted kappa, ICC(2,1), rater bias and a calibration-meeting agenda."""
    from grader.calibration import (
        compute_agreement,
        join_grader,
        read_graded,
        read_ratings,
        render_agreement_html,
        render_agreement_text,
    )

    table = read_ratings(ratings)
    if graded is not None:
        table = join_grader(table, read_graded(graded), source=str(graded))
    report = compute_agreement(table, resamples=resamples, seed=seed, agenda_size=agenda)
    if html_out is not None:
        html_out.parent.mkdir(parents=True, exist_ok=True)
        html_out.write_text(render_agreement_html(report), encoding="utf-8")
        typer.echo(f"wrote {html_out}", err=True)
    if as_json:
        typer.echo(json.dumps(report.model_dump(mode="json"), indent=2))
    else:
        typer.echo(render_agreement_text(report))


@calibrate_app.command("fit")
@user_errors
def fit_command(
    ratings: Path = typer.Argument(..., help="Ratings CSV or JSONL: rater, item, round, score."),
    graded: Path = typer.Argument(..., help="`grader batch` output for the same items (id = item)."),
    output: Path = typer.Option(..., "-o", "--output", help="Where to write the calibration JSON."),
    rubric: str = typer.Option(None, "--rubric", help="Rubric id to fit (needed when the rows mix rubrics)."),
    folds: int = typer.Option(5, "--folds", help="Cross-validation folds for the before/after figures."),
    seed: int = typer.Option(0, "--seed", help="Fold-shuffling seed."),
    as_json: bool = typer.Option(False, "--json", help="Print the calibration as JSON instead of a summary."),
    force: bool = typer.Option(
        False, "--force", help="Write the fit even when cross-validation says it agrees less than the defaults."
    ),
) -> None:
    """Fit the score-to-band thresholds to the human consensus; report agreement before/after by cross-validation.

    A fit that cross-validates worse than the default bands is not written unless --force is given.
    """
    from grader.calibration import fit_calibration, read_graded, read_ratings, render_fit_text, save_calibration

    calibration = fit_calibration(
        read_ratings(ratings), read_graded(graded), rubric=rubric, folds=folds, seed=seed, graded_source=str(graded)
    )
    worse = calibration.worse_than_defaults
    calibration.forced = worse and force
    if as_json:
        typer.echo(json.dumps(calibration.model_dump(mode="json"), indent=2))
    else:
        typer.echo(render_fit_text(calibration))
    if worse and not force:
        fail(f"{output}: not written: {calibration.cv_summary()}, so the fit is worse than the default bands "
             "(rate more items, or pass --force to write it anyway)")
    save_calibration(calibration, output)
    if worse:
        typer.echo(f"warning: wrote {output} although it agrees with the raters less than the defaults (--force); "
                   "every command that uses it will say so", err=True)
    else:
        typer.echo(f"wrote {output}", err=True)
