"""`grader serve`: the HTTP API of grader/serve.py, with the model loaded before the first request."""

from __future__ import annotations

import typer

from grader.cli.app import app, user_errors
from grader.cli.grading import BACKEND_HELP


@app.command("serve")
@user_errors
def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default; no authentication)."),
    port: int = typer.Option(8765, "--port", min=0, max=65535, help="Port (0: any free port)."),
    backend: str = typer.Option(None, "--backend", help=BACKEND_HELP),
) -> None:
    """Serve POST /grade (one answer -> one result row) and GET /health over HTTP."""
    from grader.embedding import default_embedder, resolve_backend
    from grader.errors import InputError
    from grader.grading import Grader
    from grader.rubric import list_rubrics
    from grader.serve import make_server

    grader = Grader(default_embedder(resolve_backend(backend)))
    try:
        server = make_server(grader, host, port)
    except OSError as exc:
        raise InputError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    grader.embedder.embed(["warm up the model"])
    for _, rubric in list_rubrics():  # rubric embeddings ready before the first request
        if not isinstance(rubric, Exception):
            for round_ in rubric.rounds:
                grader.round_index(rubric, round_.number)
    bound_host, bound_port = server.server_address[:2]
    typer.echo(f"grader: serving on http://{bound_host}:{bound_port} (POST /grade, GET /health)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
