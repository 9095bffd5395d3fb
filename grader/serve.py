"""`grader serve`: a small HTTP API over the same library, for tools that grade one answer at a time.

The model and the rubric embeddings stay loaded between requests, so an answer costs only its own work.
Loopback by default; there is no authentication, so bind another address only on a trusted network.

    POST /grade   {"rubric": "ebpf-observability", "round": 2, "answer": "...", "trap": null, "id": "a1"}
                  -> 200 and one result row (the same row `grader grade --json` prints)
                  -> 400 {"error": "..."} when the request is wrong (unknown rubric, round or trap, empty answer);
                     "rubric" is an installed rubric's id, never a path (a client must not make the server read files)
    GET  /health  -> 200 {"status": "ok", "model": "<embedder name>"}
"""

from __future__ import annotations

import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from grader.errors import GraderError, InputError
from grader.grading import Grader
from grader.rubric import load_rubric

MAX_REQUEST_BYTES = 1_000_000


def parse_grade_request(body: bytes) -> dict:
    """The request's fields, or an InputError naming the field that is wrong."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"request body is not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise InputError(f"request body must be a JSON object, found {type(data).__name__}")
    for name in ("rubric", "answer"):
        if not isinstance(data.get(name), str):
            raise InputError(f"missing '{name}' (text)")
    if isinstance(data.get("round"), bool) or not isinstance(data.get("round"), int):
        raise InputError(f"'round' must be a round number, found {data.get('round')!r}")
    if data.get("trap") is not None and not isinstance(data["trap"], str):
        raise InputError(f"'trap' must be a trap id or null, found {data['trap']!r}")
    return data


def make_server(grader: Grader, host: str = "127.0.0.1", port: int = 8765) -> ThreadingHTTPServer:
    """A threading HTTP server that grades with `grader` (call ``serve_forever`` on it)."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "gauntlet-grader"

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - answers are not logged
            pass

        def _reply(self, status: HTTPStatus, payload: dict) -> None:
            body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            if self.path.rstrip("/") == "/health":
                self._reply(HTTPStatus.OK, {"status": "ok", "model": grader.embedder.name})
            else:
                self._reply(HTTPStatus.NOT_FOUND, {"error": f"no such endpoint {self.path!r} (POST /grade, GET /health)"})

        def do_POST(self) -> None:  # noqa: N802
            if self.path.rstrip("/") != "/grade":
                self._reply(HTTPStatus.NOT_FOUND, {"error": f"no such endpoint {self.path!r} (POST /grade)"})
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_REQUEST_BYTES:
                self._reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                            {"error": f"request is {length:,} bytes, more than the {MAX_REQUEST_BYTES:,} allowed"})
                return
            try:
                data = parse_grade_request(self.rfile.read(length))
                # A request names an installed rubric by id only: a path sent over HTTP is never read.
                result = grader.grade(load_rubric(data["rubric"], allow_path=False), data["round"], data["answer"],
                                      id=str(data.get("id") or "answer"), trap_id=data.get("trap"))
            except GraderError as exc:
                self._reply(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
                return
            self._reply(HTTPStatus.OK, result.row())

    return ThreadingHTTPServer((host, port), Handler)
