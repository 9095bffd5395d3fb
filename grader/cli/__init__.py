"""The `grader` command line: one Typer app; each area registers its commands from its own module.

Commands only parse arguments, call the library and render; a GraderError becomes one line on stderr
and exit code 2.
"""

from __future__ import annotations

from grader.cli.app import app, main

# Importing the command modules registers their commands on `app`.
from grader.cli import grading as _grading  # noqa: E402,F401
from grader.cli import rubrics as _rubrics  # noqa: E402,F401
from grader.cli import calibrate as _calibrate  # noqa: E402,F401
from grader.cli import audio as _audio  # noqa: E402,F401
from grader.cli import serve as _serve  # noqa: E402,F401

__all__ = ["app", "main"]
