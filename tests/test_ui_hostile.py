"""The UI and its stores under hostile input (issue 11, items 12-15), as a user meets them.

Pages run through Streamlit's AppTest with the hashing embedder; the server's binding is checked on a real
`streamlit run`; what the browser fetches is checked in test_ui_browser.py.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from grader import store

from ui_apptest import APP, ROOT, _app, _button, _env  # noqa: F401 - _env is an autouse fixture
IMAGE_NAME = "Priya ![pixel](http://attacker.example/p.png) # Hired!"



def _texts(*groups) -> str:
    return "\n".join(str(e.value) for elements in groups for e in elements)


def _markdown_sources(at: AppTest) -> str:
    """Every Markdown string the page sent to the browser (captions, markdown, alerts, titles)."""
    return _texts(at.markdown, at.caption, at.warning, at.error, at.info, at.title)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- 12. the UI listens on this machine only ----------------------------------------------------------------------


def test_make_run_binds_to_loopback_unless_told_otherwise() -> None:
    default = subprocess.run(["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "--server.address 127.0.0.1" in default
    exposed = subprocess.run(["make", "-n", "run", "HOST=0.0.0.0"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout
    assert "--server.address 0.0.0.0" in exposed


def test_streamlit_run_from_the_repository_listens_on_127_0_0_1_only(tmp_path) -> None:
    """Even `streamlit run ui/app.py` without the Makefile: .streamlit/config.toml binds to loopback."""
    port = _free_port()
    log = tmp_path / "streamlit.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true",
             "--server.port", str(port), "--server.fileWatcherType", "none"],
            cwd=ROOT, env={**os.environ}, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                    assert response.status == 200
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(log.read_text(errors="replace")[-2000:])
                time.sleep(0.3)
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True)
        if listening.returncode == 0 and listening.stdout.strip():
            addresses = {line.split()[3].rsplit(":", 1)[0] for line in listening.stdout.splitlines()}
            assert addresses == {"127.0.0.1"}, listening.stdout
        else:  # no `ss`: the socket the server holds must not accept a connection on another local address
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
                probe.connect(("192.0.2.1", 9))  # no packet is sent; this only picks the outgoing address
                own = probe.getsockname()[0]
            if own.startswith("127."):
                pytest.skip("no non-loopback address on this machine to test against")
            with pytest.raises(OSError):
                socket.create_connection((own, port), timeout=2).close()
    finally:
        server.terminate()
        server.wait(timeout=10)


# -- 13. no tracebacks or server paths in the browser; every page imports on its own ------------------------------


def test_uncaught_errors_show_no_traceback_and_fonts_are_bundled() -> None:
    script = ("from streamlit import config; config.get_config_options(force_reparse=True); "
              "print(config.get_option('client.showErrorDetails'), config.get_option('theme.font'), "
              "config.get_option('server.address'))")
    shown = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["type", "sans-serif", "127.0.0.1"]


@pytest.mark.parametrize("page", ["batch", "transcript", "mock_interview", "rubrics"])
def test_a_page_opened_first_imports_without_the_app_file(page, tmp_path) -> None:
    """Opening /batch first on a fresh server ran the page before ui/app.py had set sys.path."""
    script = ("import sys; from streamlit.testing.v1 import AppTest; "
              f"at = AppTest.from_file({str(ROOT / 'ui' / 'pages' / (page + '.py'))!r}, default_timeout=60); at.run(); "
              "print('EXC', [e.value for e in at.exception])")
    env = {**os.environ, "GRADER_TEST_EMBEDDER": "hashing", "GRADER_DB": str(tmp_path / "db.sqlite")}
    env.pop("PYTHONPATH", None)
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert "EXC []" in done.stdout, done.stdout + done.stderr[-2000:]


def test_batch_error_rows_name_the_upload_not_the_server_folder() -> None:
    at = _app("batch")
    at.file_uploader(key="batch_files").upload("broken.jsonl", b'{"id": "x", "round": 1}\nnot json\n', "text/plain")
    at.run()
    _button(at, "Grade").click().run()
    assert not at.exception
    shown = _markdown_sources(at)
    assert "broken.jsonl: line 2: not valid JSON" in shown
    assert "grader-batch-" not in shown and "/tmp" not in shown
    jsonl = next(b for b in at.get("download_button") if b.proto.label == "Results (JSONL)")
    assert jsonl is not None
    rows = at.session_state["batch_run"]["rows"]
    assert all("grader-batch-" not in (r["error"] or "") for r in rows)
    assert b"grader-batch-" not in at.session_state["batch_run"]["jsonl"]


# -- 14. user text is shown literally, never as Markdown ------------------------------------------------------------


def test_a_candidate_name_with_markdown_is_shown_literally() -> None:
    at = _app()
    at.text_input(key="mi_candidate").input(IMAGE_NAME)
    _button(at, "Start interview").click().run()
    assert not at.exception
    shown = _markdown_sources(at)
    assert "![pixel](" not in shown  # no live image: the browser would fetch it
    assert r"!\[pixel\](http://attacker.example/p.png) \# Hired!" in shown


def test_batch_ids_and_errors_with_markdown_are_shown_literally() -> None:
    rows = ('{"id": "![x](http://attacker.example/i.png)", "round": 9, "answer": "no round nine"}\n'
            '{"id": "**bold** <script>alert(1)</script>", "round": 1}\n')
    at = _app("batch")
    at.file_uploader(key="batch_files").upload("rows.jsonl", rows.encode(), "text/plain")
    at.run()
    _button(at, "Grade").click().run()
    assert not at.exception
    shown = _markdown_sources(at)
    assert "![x](" not in shown and "**bold**" not in shown and "<script>" not in shown
    assert r"!\[x\](http://attacker.example/i.png)" in shown
    assert r"\*\*bold\*\* \<script\>alert(1)\</script\>" in shown


# -- 15. a locked or damaged attempts database is one clear message; the rest stays readable ------------------------


def test_a_damaged_attempts_database_is_a_clear_warning_and_the_interview_goes_on(tmp_path, monkeypatch) -> None:
    broken = tmp_path / "notes.sqlite"
    broken.write_text("these are my notes, not a database\n" * 100)
    monkeypatch.setenv("GRADER_DB", str(broken))
    at = _app()
    at.text_input(key="mi_candidate").input("Sam")
    _button(at, "Start interview").click().run()
    at.text_area[0].input("eBPF is faster than Prometheus.")
    _button(at, "Submit answer").click().run()
    assert not at.exception, [e.value for e in at.exception]
    warning = _texts(at.warning)
    assert "This attempt is not being saved" in warning and "not an attempts database" in warning
    assert at.metric  # the answer was graded all the same


def test_one_bad_history_row_does_not_hide_the_others(tmp_path) -> None:
    db = Path(os.environ["GRADER_DB"])
    at = _app()
    at.text_input(key="mi_candidate").input("Sam")
    _button(at, "Start interview").click().run()
    at.text_area[0].input("eBPF is faster than Prometheus.")
    _button(at, "Submit answer").click().run()
    first = store.list_attempts("Sam")[0].id
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE answers SET result_json = 'not json' WHERE attempt_id = ?", (first,))
    at = _app()
    at.text_input(key="mi_candidate").input("Sam")
    _button(at, "Start interview").click().run()
    at.text_area[0].input("eBPF is faster than Prometheus.")
    _button(at, "Submit answer").click().run()
    _button(at, "End interview").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert f"Part of the history could not be read: attempt {first}, round 1: stored result is not" in _texts(at.caption)
    assert len(store.list_attempts("Sam")) == 2
