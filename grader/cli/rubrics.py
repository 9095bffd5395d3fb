"""`grader rubrics` (list, show, check) and `grader import-gauntlet`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import typer

from grader.cli.app import app, user_errors
from grader.rubric import list_rubrics, load_rubric, read_rubric_file, rubric_to_yaml

rubrics_app = typer.Typer(help="List, show and check rubrics.", invoke_without_command=True, no_args_is_help=False)
app.add_typer(rubrics_app, name="rubrics")


@rubrics_app.callback()
@user_errors
def list_command(ctx: typer.Context) -> None:
    """One line per installed rubric, its id first."""
    if ctx.invoked_subcommand is not None:
        return
    for path, rubric in list_rubrics():
        if isinstance(rubric, Exception):
            typer.echo(f"{path.stem}\tINVALID: {rubric}")
        else:
            origin = "curated" if rubric.curated else "imported"
            typer.echo(f"{rubric.id}\t{rubric.title}\t{len(rubric.rounds)} rounds\t{origin}\t{path}")


@rubrics_app.command("show")
@user_errors
def show_command(
    rubric: str = typer.Argument(..., help="Rubric id or path."),
    as_json: bool = typer.Option(False, "--json", help="Print the rubric as JSON."),
) -> None:
    """Show a rubric round by round (or as JSON)."""
    loaded = load_rubric(rubric)
    if as_json:
        typer.echo(json.dumps(loaded.model_dump(mode="json"), indent=2, ensure_ascii=False))
        return
    from grader.report import render_rubric_text

    typer.echo(render_rubric_text(loaded))


@rubrics_app.command("check")
@user_errors
def check_command(paths: list[Path] = typer.Argument(..., help="Rubric files to validate.")) -> None:
    """Exit 0 when every file is a valid rubric; exit 2 with a message naming the file and field when not."""
    for path in paths:
        rubric = read_rubric_file(path)
        rounds = len(rubric.rounds)
        points = sum(len(r.key_points) for r in rubric.rounds)
        typer.echo(f"{path}: ok ({rubric.id}, {rounds} rounds, {points} key points)")


@app.command("import-gauntlet")
@user_errors
def import_command(
    document: Path = typer.Argument(..., help="A gauntlet document (text or Markdown)."),
    output: Path = typer.Option(None, "-o", "--output", help="Where to write the rubric YAML (default: stdout)."),
    rubric_id: str = typer.Option(None, "--id", help="Rubric id (default: the -o file's name, else from the title)."),
    enrich: str = typer.Option(
        "none", "--enrich", help="none (offline, the default) or openai: ask the configured LLM for phrasings and "
        "facts, validated and marked machine-written for review.",
    ),
    enrich_model: str = typer.Option(None, "--enrich-model", help="Model name for --enrich openai."),
    force: bool = typer.Option(
        False, "--force", help="Replace -o even when it is a curated rubric or a YAML file that is not a rubric "
        "(an earlier import is always replaced).",
    ),
) -> None:
    """Turn a gauntlet document into a rubric file, and report what could not be found."""
    from grader.errors import InputError, RubricError
    from grader.rubric.importer import import_gauntlet_file
    from grader.rubric.loader import MAX_RUBRIC_BYTES
    from grader.rubric.schema import SLUG_PATTERN
    from grader.safe_io import read_capped

    if enrich not in {"none", "openai"}:
        raise InputError(f"--enrich: expected 'none' or 'openai', found '{enrich}'")
    if output is not None:
        _check_rubric_output(output, document)
        if not force:
            _check_replaceable(output)
    # A regular file of bounded size only: never /dev/zero or a FIFO.
    read_capped(document, MAX_RUBRIC_BYTES, error=RubricError, what="gauntlet document")
    if rubric_id is None and output is not None and re.fullmatch(SLUG_PATTERN, output.stem):
        rubric_id = output.stem  # the file's name is the id `--rubric` takes: -o rubrics/my-gauntlet.yaml -> my-gauntlet
    report = import_gauntlet_file(document, rubric_id=rubric_id)
    rubric = report.rubric
    if enrich == "openai":
        from grader.rubric.enrich import Enricher, enrich_rubric

        rubric, notes = enrich_rubric(rubric, Enricher(enrich_model))
        for note in notes:
            typer.echo(f"enrich: {note}", err=True)
    text = rubric_to_yaml(rubric)
    if len(text.encode("utf-8")) > MAX_RUBRIC_BYTES:
        raise RubricError(f"{document}: the rubric would be {len(text.encode('utf-8')):,} bytes, more than the "
                          f"{MAX_RUBRIC_BYTES:,} a rubric file may be; split the document into several gauntlets")
    if output is None:
        typer.echo(text)
    else:
        _write_atomically(output, text)
        typer.echo(f"wrote {output} ({report.rubric.id}, {len(report.rubric.rounds)} rounds)", err=True)
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)


def _check_rubric_output(output: Path, document: Path) -> None:
    """A rubric is written to a .yaml/.yml file that is not the document itself: `-o notes.md` or `-o doc.txt` would
    destroy a file that is not a rubric."""
    from grader.errors import InputError
    from grader.safe_io import check_writable_target

    check_writable_target(output, what="rubric file", example="my-gauntlet.yaml")
    if output.suffix.lower() not in {".yaml", ".yml"}:
        raise InputError(f"-o {output}: expected a rubric file name ending in .yaml or .yml, such as {output.with_suffix('.yaml')}")
    try:
        same = output.exists() and document.exists() and output.samefile(document)
    except OSError:
        same = False
    if same:
        raise InputError(f"-o {output}: is the gauntlet document itself; choose another file name")


def _check_replaceable(output: Path) -> None:
    """An import replaces an earlier import (`curated: false`) and nothing else without --force: not a rubric curated
    by hand (`curated: true`, whose aliases, facts and weak patterns an import would throw away) and not a YAML file
    that is not a rubric at all (`-o docker-compose.yaml`)."""
    import yaml

    from grader.errors import GraderError, InputError
    from grader.rubric.loader import MAX_RUBRIC_BYTES
    from grader.safe_io import read_capped

    if not output.exists():
        return
    try:
        raw = read_capped(output, MAX_RUBRIC_BYTES, what="rubric file")
    except GraderError as exc:
        if not output.is_file():
            raise  # a folder, a device: `check_writable_target` says so first
        raise InputError(f"-o {output}: exists and cannot be read to check what it is ({exc}); choose another name, "
                         "or pass --force to replace it") from None
    if not raw.strip():
        return  # an empty file holds nothing to lose
    try:
        data = yaml.safe_load(raw)
    except (yaml.YAMLError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict) or "rounds" not in data:
        raise InputError(f"-o {output}: exists and is not a rubric file; choose another name, or pass --force to "
                         "replace it")
    if data.get("curated") is not False:
        what = ("a curated rubric (curated: true)" if data.get("curated") is True
                else "a rubric written by hand (an import writes 'curated: false')")
        raise InputError(f"-o {output}: exists and is {what}; an import would replace its aliases, facts and weak "
                         "patterns. Choose another name, or pass --force to replace it")


def _write_atomically(output: Path, text: str) -> None:
    """Write the whole file or nothing: a full disk or a bad folder leaves any earlier rubric there untouched."""
    import os
    import tempfile

    from grader.errors import InputError

    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, output)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InputError(f"-o {output}: cannot write the rubric ({exc.strerror or exc})") from None
