"""A real HTTP server on 127.0.0.1 that speaks the Chat Completions API with scripted replies.

Tests drive it through the real ``openai`` client (``OpenAIJudge(base_url=server.base_url)``), so the
request encoding, the status codes, the timeouts and the retries are all exercised for real. Replies are
taken from a script in order (``server.script(...)``); when the script is empty ``server.fallback``
answers. Every request is recorded (path, headers, JSON body) for assertions.

Import the fixture in a test module: ``from fake_openai import fake_openai  # noqa: F401``.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

import pytest


@dataclass
class Reply:
    """One scripted reply: a status, a body (chat completion content or an error), an optional delay."""

    status: int = 200
    content: str | None = None  # the assistant message's content, for status 200
    error: str = ""  # the error message, for other statuses
    delay: float = 0.0  # seconds to wait before answering (beyond the client timeout = a timeout)
    headers: dict[str, str] = field(default_factory=dict)
    prompt_tokens: int = 120
    completion_tokens: int = 40
    echo_auth: bool = False  # a careless server that puts the Authorization header in its error message


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    body: dict[str, Any] | None
    raw: bytes

    @property
    def messages(self) -> list[dict[str, str]]:
        return (self.body or {}).get("messages", [])


def verdict_json(
    key_points: dict[str, str] | list[str],
    score: float = 80,
    *,
    weak_patterns: list[str] | None = None,
    bluff: bool = False,
    false_claims: list[str] | None = None,
    followup: str = "How would you check that on a running kernel?",
    drop: str | None = None,
    **extra: Any,
) -> str:
    """A judge reply as the model would send it. ``key_points`` maps ids to statuses (or lists covered ids);
    ``drop`` leaves one field out (a reply with a missing field)."""
    if isinstance(key_points, list):
        key_points = {kp: "covered" for kp in key_points}
    data: dict[str, Any] = {
        "key_points": [
            {"id": kp, "status": status, "quote": "" if status == "missing" else f"quote for {kp}"}
            for kp, status in key_points.items()
        ],
        "weak_patterns": weak_patterns or [],
        "bluff": bluff,
        "false_claims": false_claims or [],
        "followup": followup,
        "score": score,
        **extra,
    }
    if drop:
        data.pop(drop)
    return json.dumps(data)


def good(key_points: dict[str, str] | list[str], score: float = 80, **kwargs: Any) -> Reply:
    return Reply(content=verdict_json(key_points, score, **kwargs))


def malformed() -> Reply:
    return Reply(content='{"key_points": [{"id": "verifier", "status": "covered"}, "score": 9')


def missing_field(key_points: dict[str, str] | list[str], name: str = "score") -> Reply:
    return Reply(content=verdict_json(key_points, drop=name))


def status(code: int, message: str = "scripted failure", **kwargs: Any) -> Reply:
    return Reply(status=code, error=message, **kwargs)


def slow(delay: float, content: str | None = None) -> Reply:
    return Reply(content=content or verdict_json([], 50), delay=delay)


class FakeOpenAI:
    """The server; ``base_url`` is what the openai client needs (``http://127.0.0.1:PORT/v1``)."""

    def __init__(self) -> None:
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self.requests: list[Recorded] = []
        self.fallback: Reply | Callable[[Recorded], Reply] = status(500, "no scripted reply left")
        self.in_flight = 0
        self.max_in_flight = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-openai", daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> "FakeOpenAI":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def script(self, *replies: Reply) -> None:
        """Replies for the next requests, in order."""
        with self._lock:
            self._replies.extend(replies)

    @property
    def chat_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _next(self, request: Recorded) -> Reply:
        with self._lock:
            if self._replies:
                return self._replies.popleft()
        fallback = self.fallback
        return fallback(request) if callable(fallback) else fallback

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw) if raw else None
                except json.JSONDecodeError:
                    body = None
                recorded = Recorded("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body, raw)
                with server._lock:
                    server.requests.append(recorded)
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                left = False

                def leave() -> None:
                    # A request stops being in flight before its reply is written: once the client has the reply it
                    # may send its next request, which must not count while this thread is still winding down.
                    nonlocal left
                    if not left:
                        left = True
                        with server._lock:
                            server.in_flight -= 1

                try:
                    if self.path.rstrip("/") != "/v1/chat/completions":
                        leave()
                        self._send(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                        return
                    reply = server._next(recorded)
                    if reply.delay:
                        time.sleep(reply.delay)
                    leave()
                    if reply.status == 200:
                        self._send(200, self._completion(body or {}, reply), reply.headers)
                    else:
                        message = reply.error
                        if reply.echo_auth:
                            message += f" (you sent Authorization: {self.headers.get('Authorization')})"
                        kind = "rate_limit_exceeded" if reply.status == 429 else "server_error"
                        self._send(reply.status, {"error": {"message": message, "type": kind, "code": None}},
                                   reply.headers)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout); nothing to answer
                finally:
                    leave()

            def _completion(self, body: dict, reply: Reply) -> dict:
                return {
                    "id": f"chatcmpl-{len(server.requests)}",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": body.get("model", "fake-model"),
                    "choices": [
                        {"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": reply.content}}
                    ],
                    "usage": {
                        "prompt_tokens": reply.prompt_tokens,
                        "completion_tokens": reply.completion_tokens,
                        "total_tokens": reply.prompt_tokens + reply.completion_tokens,
                    },
                }

            def _send(self, code: int, payload: dict, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload).encode("utf-8")
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        return Handler


@pytest.fixture
def fake_openai():
    """A started FakeOpenAI, stopped after the test."""
    server = FakeOpenAI().start()
    try:
        yield server
    finally:
        server.stop()


# -- shared fixtures for the judge tests (conftest.py is shared, so they live here) -------------------------

MINI_RUBRIC_YAML = """\
id: mini-ebpf
title: Mini eBPF gauntlet
rounds:
  - number: 1
    title: What eBPF is
    question: What is eBPF and why is it safe to run in the kernel?
    skill: eBPF fundamentals
    strong_answer: >-
      eBPF runs sandboxed programs in the kernel; the verifier proves them safe before they load, maps share
      state with user space, and CO-RE with BTF lets one binary run across kernel versions.
    key_points:
      - id: verifier
        text: The verifier checks every program for safety before it loads.
      - id: maps
        text: Maps share data between kernel programs and user space.
      - id: core-btf
        text: CO-RE with BTF makes one binary portable across kernel versions.
    weak_patterns:
      - id: faster-than-prometheus
        text: eBPF is just a faster Prometheus.
        why: It confuses a kernel mechanism with a metrics system.
    traps:
      - id: btf-what
        question: What does BTF stand for, and what does CO-RE need from it?
        answer: BPF Type Format; CO-RE relocates field offsets using the kernel's BTF.
        key_points:
          - id: btf-name
            text: BTF stands for BPF Type Format.
          - id: btf-relocation
            text: CO-RE uses BTF to relocate struct field offsets at load time.
        honest_answers:
          - I don't remember the exact expansion but it describes kernel types.
    facts:
      - id: btf-kernel
        subject: BTF
        kind: version
        value: "5.2"
        text: Kernel BTF is available from Linux 5.2.
  - number: 2
    title: Observability
    question: How would you trace slow disk I/O with eBPF?
    skill: Tracing
    strong_answer: Attach to block layer tracepoints and build a latency histogram in a map.
    key_points:
      - id: tracepoints
        text: Attach to the block layer tracepoints.
      - id: histogram
        text: Aggregate latency into a histogram in a map.
"""

ROUND1_KEY_POINTS = ["verifier", "maps", "core-btf"]


@pytest.fixture
def mini_rubric(tmp_path):
    """A two-round rubric loaded through ``grader.rubric.load_rubric`` from a YAML file in tmp_path."""
    from grader.rubric import loader

    path = tmp_path / "mini-ebpf.yaml"
    path.write_text(MINI_RUBRIC_YAML, encoding="utf-8")
    return loader.load_rubric(path)


@pytest.fixture(autouse=True)
def clean_judge_env(monkeypatch):
    """No OPENAI_* or price variables from the machine leak into a test (autouse where imported)."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "GRADER_JUDGE_PRICE_IN", "GRADER_JUDGE_PRICE_OUT"):
        monkeypatch.delenv(name, raising=False)
