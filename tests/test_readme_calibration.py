"""The README's calibration flow, run as a new user would: its commands, in order, on the shipped examples."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GRADER_BIN = Path(sys.executable).parent / "grader"


def readme_block(after: str) -> list[list[str]]:
    """The commands of the first ```bash block after the line starting with `after` (continuations joined)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index(after)
    block = re.search(r"```bash\n(.*?)```", text[start:], re.S).group(1)
    commands = []
    for line in block.replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        if words:
            commands.append(words)
    return commands


def test_the_readme_calibration_block_is_what_this_test_runs():
    commands = readme_block("**Interviewer calibration**")
    assert [c[1:3] for c in commands] == [
        ["calibrate", "agreement"], ["batch", "examples/calibration_drill.jsonl"], ["calibrate", "agreement"],
        ["calibrate", "fit"], ["grade", "--rubric"],
    ]
    assert all(c[0] == ".venv/bin/grader" for c in commands)


@pytest.mark.model
def test_readme_calibration_flow_runs_as_written(tmp_path):
    (tmp_path / "examples").symlink_to(REPO / "examples")
    env = {k: v for k, v in os.environ.items() if k != "GRADER_TEST_EMBEDDER"}
    outputs = []
    for command in readme_block("**Interviewer calibration**"):
        run = subprocess.run([str(GRADER_BIN), *command[1:]], cwd=tmp_path, env=env, capture_output=True,
                             text=True, timeout=600)
        assert run.returncode == 0, (command, run.stderr)
        outputs.append(run)
    agreement, batch, joined, fit, grade = outputs

    assert "Krippendorff's alpha" in agreement.stdout
    rows = [json.loads(line) for line in (tmp_path / "out" / "graded.jsonl").read_text().splitlines()]
    assert len(rows) == 25 and all(r["error"] is None for r in rows)
    assert "grader" in joined.stdout and (tmp_path / "out" / "agreement.html").exists()

    calibration = json.loads((tmp_path / "out" / "calibration.json").read_text())
    before, after = calibration["cv"]["before"]["weighted_kappa"], calibration["cv"]["after"]["weighted_kappa"]
    assert after > before and calibration["forced"] is False
    readme = (REPO / "README.md").read_text()
    assert f"weighted kappa {before:.2f} with the default bands, {after:.2f} fitted" in readme, (
        f"README's calibration figures are stale: measured {before:.2f} -> {after:.2f}")

    assert "calibration out/calibration.json: rubric ebpf-observability, adequate >= " in grade.stderr
    assert "WARNING" not in grade.stderr
    assert re.search(r"Score \d+/100 \((weak|adequate|strong)\)", grade.stdout), grade.stdout
