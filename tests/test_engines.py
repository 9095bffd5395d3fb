"""Choosing a batch engine: option mistakes fail in one line before any work, and a missing ray extra is named.
(The Ray engine itself is tested in test_ray_engine.py, which needs the extra.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from grader.engines import ray_engine
from grader.errors import InputError

GRADER = str(Path(sys.executable).with_name("grader"))


@pytest.mark.parametrize("args, message", [
    (["--address", "127.0.0.1:1"], "--address and --workers need --engine ray"),
    (["--workers", "4"], "--address and --workers need --engine ray"),
    (["--engine", "ray", "--judge", "openai"], "--judge is not available with --engine ray yet"),
    (["--engine", "spark"], "--engine must be one of local, ray, found 'spark'"),
], ids=["address-needs-ray", "workers-need-ray", "no-judge-yet", "unknown-engine"])
def test_engine_options_fail_in_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "round": 1, "answer": "eBPF runs in the kernel."}) + "\n")
    out = tmp_path / "out.jsonl"
    done = subprocess.run([GRADER, "batch", str(source), "-r", "ebpf-observability", "-o", str(out), "-q", *args],
                          env={**os.environ, "GRADER_TEST_EMBEDDER": "hashing"}, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("grader: error:")]
    assert len(errors) == 1 and errors[0].startswith(f"grader: error: {message}")
    assert not out.exists()


def test_without_the_ray_extra_the_message_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now fails as it does without the extra
    with pytest.raises(InputError, match=r"--engine ray needs Ray: pip install 'gauntlet-grader\[ray\]'"):
        ray_engine.connect()


@pytest.mark.parametrize("address", ["head-without-port", "ray://:10001", "host:port"])
def test_a_malformed_address_is_named(address: str) -> None:
    with pytest.raises(InputError, match=f"--address {address}: expected ray://HOST:PORT, HOST:PORT or auto"):
        ray_engine.check_reachable(address)
