"""The same answer gets the same row in every process: nothing shown may depend on Python's per-process hash seed
(set iteration order). Found by diffing two `grader batch` runs: the name-drop reason showed "BTF" in one run and
"bTF" in the other, "syscalls" or "syscall"."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import json
from grader.embedding import HashingEmbedder
from grader.grading import Grader
from grader.rubric import load_rubric
answer = ("bTF came in 4.9 and BTF gives CO-RE, so you get syscalls and syscall latency, Tetragon, Pixie, Hubble, "
          "XDP, kprobes and uprobes, all of it, Falco too.")
result = Grader(HashingEmbedder()).grade(load_rubric("ebpf-observability"), 1, answer)
print(json.dumps(result.row(), sort_keys=True))
"""


def _row(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "GRADER_TEST_EMBEDDER": "hashing"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_rows_do_not_depend_on_the_hash_seed() -> None:
    rows = {_row(seed) for seed in ("1", "2", "3", "4")}
    assert len(rows) == 1
    assert "name-drops" in next(iter(rows))
