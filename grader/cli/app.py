"""The Typer application and the error handling every command shares."""

from __future__ import annotations

import functools
import sys
from typing import Callable, TypeVar

import typer

from grader.errors import GraderError

app = typer.Typer(
    name="grader",
    help="Grade spoken-interview answers against a rubric built from a gauntlet document.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable)


def fail(message: str, code: int = 2) -> "typer.Exit":
    """Print one line on stderr and exit with `code` (2: the user's input is at fault)."""
    typer.echo(f"grader: error: {message}", err=True)
    raise typer.Exit(code)


def user_errors(func: F) -> F:
    """Turn a GraderError raised by a command into one clean line and exit code 2, no traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except GraderError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            typer.echo("grader: interrupted", err=True)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
