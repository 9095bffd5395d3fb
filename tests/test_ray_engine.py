"""`grader batch --engine ray`: the same rows as the local engine, error rows, resume after a killed driver or
worker. One local Ray (2 CPUs) serves the whole file; workers grade with the deterministic test embedder."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grader.batch import run_batch
from grader.embedding import HashingEmbedder
from grader.grading import Grader
from grader.rubric.loader import load_rubric
from grader.rubric.schema import Rubric

ray = pytest.importorskip("ray", reason="the ray extra is not installed (make test installs it)")

from grader.engines.ray_engine import run_batch_ray  # noqa: E402

pytestmark = pytest.mark.ray
REPO = Path(__file__).resolve().parents[1]
GRADER = str(Path(sys.executable).with_name("grader"))


@pytest.fixture(scope="session")
def cluster() -> str:
    """One local Ray for the session: 2 CPUs, no dashboard, no usage statistics; its workers use the test embedder
    (set for Ray's jobs only, so this test process keeps whatever embedder other tests chose)."""
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    context = ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR",
                       runtime_env={"env_vars": {"GRADER_TEST_EMBEDDER": "hashing"}})
    yield context.address_info["address"]
    ray.shutdown()


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric("ebpf-observability")


@pytest.fixture(scope="module")
def grader() -> Grader:
    return Grader(HashingEmbedder())


def answers(rubric: Rubric, n: int, start: int = 0) -> list[dict]:
    rows = []
    for i in range(start, start + n):
        round_ = rubric.rounds[i % 5]
        text = round_.strong_answer if i % 2 else round_.weak_patterns[0].text
        rows.append({"id": f"row-{i:04d}", "round": round_.number, "answer": f"{text} (take {i})", "cohort": i % 3})
    return rows


def write_jsonl(path: Path, rows: list[dict], tail: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + tail, encoding="utf-8")
    return path


def lines(path: Path) -> list[str]:
    return sorted(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in lines(path)]


def test_ray_writes_the_rows_the_local_engine_writes(tmp_path: Path, cluster: str, rubric: Rubric,
                                                     grader: Grader) -> None:
    rows = answers(rubric, 150) + [
        {"id": "unknown-round", "round": 9, "answer": "eBPF runs in the kernel."},
        {"id": "no-answer", "round": 2},
        {"id": "empty", "round": 1, "answer": "   "},
        {"id": "row-0003", "round": 1, "answer": "a repeated id"},
    ]
    source = write_jsonl(tmp_path / "in.jsonl", rows, tail="{not json\n")
    csv_source = tmp_path / "more.csv"
    csv_source.write_text("id,round,answer,interviewer\nc1,2,BTF needs kernel 5.2 or newer.,kim\nc2,x,Bad round.,kim\n",
                          encoding="utf-8")
    transcript = REPO / "examples/transcripts/weak-alex.txt"
    inputs = [source, csv_source, transcript]
    local_dir, ray_dir = tmp_path / "local", tmp_path / "ray"
    local = run_batch(inputs, local_dir / "out.jsonl", rubric=rubric, grader=grader)
    # Two windows, so the pool is started twice and rows of every input share it.
    remote = run_batch_ray(inputs, ray_dir / "out.jsonl", rubric=rubric, grader=grader, chunk_size=16, window=100)

    assert lines(ray_dir / "out.jsonl") == lines(local_dir / "out.jsonl")
    assert (remote.total, remote.graded, remote.errors, remote.skipped) == \
           (local.total, local.graded, local.errors, local.skipped)
    written = ids(ray_dir / "out.jsonl")
    assert len(written) == len(set(written)) == remote.total
    by_id = {json.loads(line)["id"]: json.loads(line) for line in lines(ray_dir / "out.jsonl")}
    assert "round 9" in by_id["unknown-round"]["error"] and by_id["unknown-round"]["score"] is None
    assert by_id["no-answer"]["error"].endswith("in.jsonl: line 152: missing 'answer'")
    assert "not valid JSON" in by_id["in.jsonl:155"]["error"]
    assert "duplicate id 'row-0003'" in next(r["error"] for i, r in by_id.items() if i.startswith("row-0003#"))
    assert by_id["c1"]["interviewer"] == "kim" and by_id["c1"]["error"] is None
    assert by_id["row-0007"]["cohort"] == 1
    assert any(r.get("transcript") == "weak-alex.txt" for r in by_id.values())
    assert sorted(p.name for p in remote.transcripts) == ["weak-alex.report.html", "weak-alex.report.md"]
    assert (ray_dir / "weak-alex.report.md").read_text() == (local_dir / "weak-alex.report.md").read_text()


def test_resume_after_the_driver_is_killed(tmp_path: Path, cluster: str, rubric: Rubric, grader: Grader) -> None:
    n = 600
    source = write_jsonl(tmp_path / "in.jsonl", answers(rubric, n))
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "GRADER_TEST_EMBEDDER": "hashing", "RAY_USAGE_STATS_ENABLED": "0"}
    command = [GRADER, "batch", str(source), "--rubric", "ebpf-observability", "-o", str(out), "--quiet",
               "--engine", "ray", "--address", cluster, "--workers", "1", "--chunk-size", "4"]
    driver = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and driver.poll() is None:
            if out.exists() and out.stat().st_size > 0:
                break
            time.sleep(0.05)
        assert driver.poll() is None, driver.stderr.read().decode()
        driver.send_signal(signal.SIGKILL)  # mid-run: some rows written, the rest not
    finally:
        driver.kill()
        driver.wait()
    before = len(lines(out))
    assert 0 < before < n

    summary = run_batch_ray([source], out, rubric=rubric, grader=grader)
    assert summary.skipped == before and summary.graded == n - before and summary.errors == 0
    local = tmp_path / "local.jsonl"
    run_batch([source], local, rubric=rubric, grader=grader)
    assert lines(out) == lines(local)  # every id once, each row the one the local engine writes


def test_a_killed_worker_is_replaced_and_no_row_is_lost_or_doubled(tmp_path: Path, cluster: str, rubric: Rubric,
                                                                  grader: Grader) -> None:
    n = 600
    source = write_jsonl(tmp_path / "in.jsonl", answers(rubric, n))
    out = tmp_path / "out.jsonl"
    killed: list[int] = []

    def kill_a_worker(done: int, total: int) -> None:
        if not killed:
            killed.extend(_grading_actor_pids()[:1])
            for pid in killed:
                os.kill(pid, signal.SIGKILL)

    summary = run_batch_ray([source], out, rubric=rubric, grader=grader, chunk_size=8, progress=kill_a_worker)
    assert killed, "no grading actor was found to kill"
    assert (summary.graded, summary.errors) == (n, 0)
    written = ids(out)
    assert len(written) == len(set(written)) == n


def _grading_actor_pids() -> list[int]:
    """Processes of this test's Ray whose title names the grading actor (Ray sets it to ray::<actor class>)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            title = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if title.startswith("ray::MapWorker(MapBatches(GradeBatch))") and entry.name != str(os.getpid()):
            pids.append(int(entry.name))
    return pids


def test_an_unreachable_cluster_fails_in_one_line(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "round": 1, "answer": "eBPF runs in the kernel."}])
    out = tmp_path / "out.jsonl"
    done = subprocess.run([GRADER, "batch", str(source), "-r", "ebpf-observability", "-o", str(out), "-q",
                           "--engine", "ray", "--address", "127.0.0.1:1"],
                          env={**os.environ, "GRADER_TEST_EMBEDDER": "hashing"}, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("grader: error:")]
    assert len(errors) == 1 and errors[0].startswith("grader: error: --address 127.0.0.1:1: no Ray cluster answers")
    assert not out.exists()
