"""Submit-to-feedback in a real browser: `streamlit run ui/app.py` with the real model, driven by Playwright
through Debian's /usr/bin/chromium (never a downloaded browser). Used by `python -m benchmarks.speed --ui`.

Waits until the sidebar says the model is ready and the rubrics are prepared ("warm"), then times from the
click on "Submit answer" until the feedback heading is on screen, for a round's answer and its follow-up.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ANSWERS = [
    "It uses kprobes and syscalls, so we'd see every HTTP request and DNS lookup without adding SDKs to the "
    "services. We'd also get kernel-level metrics like TCP retransmissions and scheduler latency that "
    "Prometheus can't see. And honestly, eBPF is faster than Prometheus, so we could drop a lot of it.",
    "It depends on the feature. Basic tracing with kprobes needs 4.4, BTF for CO-RE needs 5.2 and the ring "
    "buffer 5.8. For old nodes I'd label them by kernel version and use a nodeSelector on the DaemonSet.",
]
FOLLOW_UP = "I'm not sure exactly, I think it hooks the kernel's socket functions, but I'd have to check."


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start(backend: str, db: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "GRADER_TEST_EMBEDDER"}
    env.update(GRADER_BACKEND=backend, GRADER_DB=str(db))
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true", "--server.port",
         str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return server, url
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit(f"streamlit did not start on {url}")


@contextmanager
def _app_page(backend: str) -> Iterator:
    """A fresh app (its own database) and a Chromium page on it; both closed afterwards."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        server, url = _start(backend, Path(tmp) / "grader.sqlite")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
                page = browser.new_page(viewport={"width": 1360, "height": 900})
                page.goto(url)
                yield page
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=20)


def _submit(page, heading: str) -> float:
    from playwright.sync_api import expect

    start = time.perf_counter()
    page.get_by_role("button", name="Submit answer").click()
    expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible(timeout=120_000)
    return time.perf_counter() - start


def submit_to_feedback(backend: str, rounds: int = 2) -> tuple[float, float, list[float]]:
    """(a click that grades nothing, first submit, later submits) in seconds, with the app warm."""
    from playwright.sync_api import expect

    with _app_page(backend) as page:
        expect(page.get_by_text(re.compile(r"Grading model ready$"))).to_be_visible(timeout=180_000)
        name = page.get_by_placeholder("e.g. Priya Shah")
        name.fill("Speed Check")
        name.press("Enter")
        start = time.perf_counter()
        page.get_by_role("button", name="Start interview").click()
        expect(page.get_by_text("Round 1 of 5")).to_be_visible(timeout=60_000)
        baseline = time.perf_counter() - start  # a click that grades nothing: Streamlit's own round trip
        times: list[float] = []
        for number in range(rounds):
            expect(page.get_by_text(f"Round {number + 1} of 5")).to_be_visible(timeout=60_000)
            page.get_by_placeholder("Answer as you would in the interview…").fill(ANSWERS[number % 2])
            times.append(_submit(page, "Feedback"))
            follow_up = page.get_by_placeholder("Answer the follow-up, or say honestly what you don't know…")
            if follow_up.count():
                follow_up.fill(FOLLOW_UP)
                times.append(_submit(page, "Feedback on the follow-up"))
            page.get_by_role("button", name="Next round →").click()
    return baseline, times[0], times[1:]


def start_while_loading(backend: str) -> tuple[bool, float]:
    """(was the model still loading when "Start interview" was clicked, seconds until round 1 was on screen):
    the page must stay usable while the model loads."""
    from playwright.sync_api import expect

    with _app_page(backend) as page:
        name = page.get_by_placeholder("e.g. Priya Shah")
        expect(name).to_be_visible(timeout=120_000)
        name.fill("Early Bird")
        name.press("Enter")
        loading = page.get_by_text("Grading model loading").count() > 0
        start = time.perf_counter()
        page.get_by_role("button", name="Start interview").click()
        expect(page.get_by_text("Round 1 of 5")).to_be_visible(timeout=120_000)
        seconds = time.perf_counter() - start
    return loading, seconds


if __name__ == "__main__":
    for backend in sys.argv[1:] or ["torch", "onnx"]:
        loading, seconds = start_while_loading(backend)
        print(backend, f"start clicked while loading={loading}: round 1 after {seconds:.2f} s")
        baseline, first, later = submit_to_feedback(backend)
        print(backend, f"start click {baseline:.2f} s, first submit {first:.2f} s, later", " ".join(f"{t:.2f}" for t in later))
