"""`grader serve`: one answer in, the same result row `grade --json` prints out; clear 400s for bad requests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from grader.embedding import HashingEmbedder
from grader.grading import Grader
from grader.rubric import load_rubric
from grader.serve import make_server

REPO = Path(__file__).resolve().parents[1]
ANSWER = "BTF needs kernel 5.2 and the ring buffer 5.8; older nodes get a nodeSelector on the DaemonSet."


@pytest.fixture(scope="module")
def url():
    server = make_server(Grader(HashingEmbedder()), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _call(url: str, path: str, body: bytes | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url + path, data=body, method="POST" if body is not None else "GET",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_grade_returns_the_same_row_as_the_library(url: str) -> None:
    body = json.dumps({"rubric": "ebpf-observability", "round": 2, "answer": ANSWER, "id": "a1"}).encode()
    status, row = _call(url, "/grade", body)
    assert status == 200
    expected = Grader(HashingEmbedder()).grade(load_rubric("ebpf-observability"), 2, ANSWER, id="a1").row()
    assert row == expected


@pytest.mark.parametrize("payload, needle", [
    pytest.param({"rubric": "ebpf-observability", "round": 9, "answer": ANSWER}, "no round 9", id="round"),
    pytest.param({"rubric": "ebpf-observability", "round": 2, "answer": ANSWER, "trap": "nope"}, "no trap 'nope'",
                 id="trap"),
    pytest.param({"rubric": "ebpf-observability", "round": 2, "answer": "  "}, "'answer' is empty", id="empty"),
    pytest.param({"rubric": "ebpf-observability", "round": "two", "answer": ANSWER}, "'round' must be", id="type"),
    pytest.param({"round": 2, "answer": ANSWER}, "missing 'rubric'", id="no-rubric"),
])
def test_bad_requests_get_a_400_naming_the_field(url: str, payload: dict, needle: str) -> None:
    status, reply = _call(url, "/grade", json.dumps(payload).encode())
    assert status == 400 and needle in reply["error"], reply


def test_a_rubric_path_sent_over_http_is_never_read(url: str, tmp_path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("SECRET_VALUE_xyz: 1\n", encoding="utf-8")
    for rubric in (str(secret), "/etc/passwd", "../../etc/hostname"):
        status, reply = _call(url, "/grade", json.dumps({"rubric": rubric, "round": 1, "answer": ANSWER}).encode())
        assert status == 400 and "SECRET" not in reply["error"] and "found str" not in reply["error"], reply


def test_not_json_and_unknown_paths(url: str) -> None:
    status, reply = _call(url, "/grade", b"{not json")
    assert status == 400 and "not JSON" in reply["error"]
    assert _call(url, "/score", b"{}")[0] == 404
    assert _call(url, "/health") == (200, {"status": "ok", "model": "hashing-test-embedder"})


def test_the_serve_command_listens_on_loopback() -> None:
    env = {**os.environ, "GRADER_TEST_EMBEDDER": "hashing"}
    process = subprocess.Popen([str(Path(sys.executable).with_name("grader")), "serve", "--port", "0"],
                               stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        line = process.stderr.readline()
        assert line.startswith("grader: serving on http://127.0.0.1:"), line
        address = line.split()[3]
        assert _call(address, "/health")[0] == 200
    finally:
        process.terminate()
        process.wait(timeout=10)
