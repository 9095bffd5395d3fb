"""`grader grade` and `grader batch` as a user runs them: readable feedback, one JSON row, clean errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import grader.embedding
from grader.cli import app

REPO = Path(__file__).resolve().parents[1]
GRADER_BIN = Path(sys.executable).parent / "grader"
CONTRACT_FIELDS = {"id", "rubric", "round", "skill", "answer", "score", "band", "key_points", "weak_patterns",
                   "bluff", "trap_followup", "feedback", "error"}
BLUFF = (
    "It's simple: kprobes, uprobes, tracepoints, BTF, CO-RE, the ring buffer and BPF maps. "
    "It definitely works on every kernel, totally out of the box, zero overhead. BTF needs kernel 4.4."
)
DECENT = (
    "It depends on the feature. Basic tracing with kprobes needs 4.4, BTF for CO-RE needs 5.2 and the ring buffer 5.8. "
    "For old nodes I'd label them by kernel version and use a nodeSelector on the DaemonSet, "
    "or better, upgrade the kernel with a node group rotation."
)


@pytest.fixture
def hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI with the deterministic test embedder; the process-wide default is restored afterwards, so a
    later real-model test in the same worker never gets the test double."""
    monkeypatch.setenv("GRADER_TEST_EMBEDDER", "hashing")
    monkeypatch.setattr(grader.embedding, "_DEFAULTS", {})


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def assert_one_clean_error_line(stderr: str, *needles: str) -> None:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("grader: error: ")
    assert "Traceback" not in stderr
    for needle in needles:
        assert needle in lines[0]


# -- grade -------------------------------------------------------------------------------------------------


def test_grade_prints_score_and_ask_next_for_a_bluff(hashing, runner: CliRunner) -> None:
    result = runner.invoke(app, ["grade", "--rubric", "ebpf-observability", "--round", "2", BLUFF])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "ebpf-observability, round 2" in out
    assert "/100 (weak)" in out
    assert "Bluff" in out and "Ask next: What is BTF and why does it matter?" in out
    assert out.index("Score") < out.index("Ask next")


def test_grade_json_prints_one_row(hashing, runner: CliRunner) -> None:
    result = runner.invoke(app, ["grade", "-r", "ebpf-observability", "-n", "2", "--json", DECENT])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    row = json.loads(lines[0])
    assert CONTRACT_FIELDS <= set(row)
    assert (row["rubric"], row["round"], row["answer"], row["error"]) == ("ebpf-observability", 2, DECENT, None)
    assert 0 <= row["score"] <= 100 and row["band"] in {"strong", "adequate", "weak"}
    assert any(kp["covered"] for kp in row["key_points"])
    # The same answer through the library gives the same row.
    from grader.grading import Grader

    assert row == Grader(grader.embedding.HashingEmbedder()).grade("ebpf-observability", 2, DECENT).row()


def test_grade_reads_the_answer_from_stdin(hashing, runner: CliRunner) -> None:
    from_stdin = runner.invoke(app, ["grade", "-r", "ebpf-observability", "-n", "2", "--json", "-"], input=DECENT + "\n")
    from_argument = runner.invoke(app, ["grade", "-r", "ebpf-observability", "-n", "2", "--json", DECENT])
    assert from_stdin.exit_code == 0, from_stdin.output
    a, b = json.loads(from_stdin.stdout), json.loads(from_argument.stdout)
    assert a["answer"].strip() == DECENT
    assert a["score"] == b["score"] and a["band"] == b["band"]


def test_grade_a_trap_answer(hashing, runner: CliRunner) -> None:
    result = runner.invoke(app, ["grade", "-r", "ebpf-observability", "-n", "2", "--trap", "what-is-btf", "--json",
                                 "BTF is the BPF Type Format, metadata that describes the kernel's data structures."])
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["trap"] == "what-is-btf" and row["trap_followup"] is None
    assert any(kp["id"] == "btf-describes-kernel-types" and kp["covered"] for kp in row["key_points"])


@pytest.mark.parametrize(
    "args, needles",
    [
        pytest.param(["-r", "no-such-rubric", "-n", "1", "an answer"], ["unknown rubric 'no-such-rubric'", "ebpf-observability"],
                     id="unknown-rubric"),
        pytest.param(["-r", "ebpf-observability", "-n", "9", "an answer"], ["no round 9", "expected 1-5"], id="round-9"),
        pytest.param(["-r", "ebpf-observability", "-n", "2", ""], ["'answer' is empty"], id="empty-answer"),
        pytest.param(["-r", "ebpf-observability", "-n", "2", "   "], ["'answer' is empty"], id="blank-answer"),
        pytest.param(["-r", "ebpf-observability", "-n", "2", "--trap", "nope", "x y"], ["no trap 'nope'"], id="unknown-trap"),
        pytest.param(["-r", "ebpf-observability", "-n", "2", "--judge", "bogus", "x y"],
                     ["--judge must be 'none' or 'openai'", "bogus"], id="judge-bogus"),
    ],
)
def test_grade_user_errors_exit_2_with_one_line(hashing, runner: CliRunner, args: list[str], needles: list[str]) -> None:
    result = runner.invoke(app, ["grade", *args])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert_one_clean_error_line(result.stderr, *needles)


def test_grade_rubric_path(hashing, runner: CliRunner) -> None:
    path = REPO / "rubrics" / "ebpf-observability.yaml"
    result = runner.invoke(app, ["grade", "-r", str(path), "-n", "1", "--json", "eBPF is faster than Prometheus."])
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert [p["id"] for p in row["weak_patterns"]] == ["faster-than-prometheus"]


# -- batch -------------------------------------------------------------------------------------------------


def test_batch_end_to_end(hashing, runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "answers.jsonl"
    source.write_text(
        json.dumps({"id": "good", "round": 2, "answer": DECENT, "cohort": "a"}) + "\n"
        + json.dumps({"id": "bluff", "round": 2, "answer": BLUFF}) + "\n"
        + json.dumps({"id": "bad", "round": 9, "answer": DECENT}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out" / "graded.jsonl"
    result = runner.invoke(app, ["batch", str(source), "-r", "ebpf-observability", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert f"{out}: 2 graded, 1 with errors, 0 already done" in result.stderr
    rows = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(rows) == {"good", "bluff", "bad"}
    assert rows["good"]["cohort"] == "a"
    assert rows["good"]["score"] > rows["bluff"]["score"]
    assert rows["bluff"]["bluff"]["suspected"]
    assert "no round 9" in rows["bad"]["error"]
    again = runner.invoke(app, ["batch", str(source), "-r", "ebpf-observability", "-o", str(out), "-q"])
    assert again.exit_code == 0
    # Rows that failed are tried again (the input may have been fixed); the others are not regraded.
    assert "0 graded, 1 with errors, 2 already done" in again.stderr
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert sorted(ids) == ["bad", "bluff", "good"]


def test_batch_reference_rows_to_csv(hashing, runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "ref.csv"
    source.write_text(
        "id,question,reference,answer\n"
        "1,What is a stack?,A stack is last in first out.,It is last in first out.\n",
        encoding="utf-8",
    )
    out = tmp_path / "graded.csv"
    result = runner.invoke(app, ["batch", str(source), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    header, *rest = out.read_text(encoding="utf-8").splitlines()
    assert header.startswith("id,rubric,round,skill,answer,score,band")
    assert rest[0].startswith("1,reference-")


@pytest.mark.parametrize(
    "make_args, needles",
    [
        pytest.param(lambda t: [str(t / "missing.jsonl"), "-o", str(t / "o.jsonl")], ["missing.jsonl", "no such input file"],
                     id="missing-input"),
        pytest.param(lambda t: [str(t / "in.jsonl"), "-o", str(t / "o.jsonl"), "--judge", "bogus"], ["--judge", "bogus"],
                     id="judge-bogus"),
        pytest.param(lambda t: [str(t / "in.jsonl"), "-o", str(t / "o.jsonl"), "-r", "nope"], ["unknown rubric 'nope'"],
                     id="unknown-rubric"),
        pytest.param(lambda t: [str(t / "in.jsonl"), "-o", str(t / "notes.jsonl"), "-r", "ebpf-observability"],
                     ["notes.jsonl", "not a result row"], id="output-not-rows"),
        pytest.param(lambda t: [str(t / "all-bad.jsonl"), "-o", str(t / "o.jsonl"), "-r", "ebpf-observability"],
                     ["no row could be graded; the first:", "has no round 9"], id="nothing-graded"),
    ],
)
def test_batch_user_errors_exit_2_with_one_line(hashing, runner: CliRunner, tmp_path: Path, make_args, needles) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "x", "round": 1, "answer": DECENT}) + "\n", encoding="utf-8")
    (tmp_path / "all-bad.jsonl").write_text(json.dumps({"id": "x", "round": 9, "answer": DECENT}) + "\n", encoding="utf-8")
    (tmp_path / "notes.jsonl").write_text("my notes\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", *make_args(tmp_path), "-q"])
    assert result.exit_code == 2, result.output
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("grader: error:")]
    assert len(error_lines) == 1 and "Traceback" not in result.stderr
    for needle in needles:
        assert needle in error_lines[0]


# -- the installed command, in a real process ----------------------------------------------------------------


def _run(args: list[str], env_extra: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "GRADER_TEST_EMBEDDER"}
    env.update(env_extra or {})
    return subprocess.run([str(GRADER_BIN), *args], input=stdin, capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=300)


def test_installed_command_user_error_is_one_line() -> None:
    # A bad round is reported before the model loads, so this is quick even with the real model.
    done = _run(["grade", "--rubric", "ebpf-observability", "--round", "9", "an answer"])
    assert done.returncode == 2
    assert done.stdout == ""
    assert_one_clean_error_line(done.stderr, "no round 9")


@pytest.mark.model
def test_installed_command_grades_with_the_real_model() -> None:
    done = _run(["grade", "--rubric", "ebpf-observability", "--round", "2", "-"], stdin=BLUFF)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "/100 (weak)" in done.stdout
    assert "Ask next: What is BTF and why does it matter?" in done.stdout
    assert "BTF needs kernel 4.4" in done.stdout  # the contradiction is quoted


# Errors that need no model are reported before torch is even imported (issue 12 item 3): each case runs the
# real command in a fresh process and checks, after it exits, that torch and sentence-transformers were never
# loaded. Timing-free, so the test cannot flake on a busy machine.
_NO_MODEL_PROBE = (
    "import sys\n"
    "from grader.cli import app\n"
    "try:\n"
    "    app(sys.argv[1:])\n"
    "except SystemExit as exc:\n"
    "    heavy = sorted(m for m in ('torch', 'sentence_transformers', 'onnxruntime') if m in sys.modules)\n"
    "    print(f'exit={exc.code} loaded={heavy}')\n"
)


@pytest.mark.parametrize(
    "args, needle",
    [
        pytest.param(["grade", "--rubric", "ebpf-observability", "--round", "2", "--trap", "nope", "BTF is..."],
                     "no trap 'nope'", id="wrong-trap"),
        pytest.param(["grade", "--rubric", "ebpf-observability", "--round", "2", "   "], "'answer' is empty",
                     id="empty-answer"),
        pytest.param(["grade", "--rubric", "no-such-rubric", "--round", "1", "an answer"], "no-such-rubric",
                     id="unknown-rubric"),
        pytest.param(["grade", "--backend", "tensorflow", "--rubric", "ebpf-observability", "--round", "1", "x"],
                     "--backend must be one of torch, onnx", id="unknown-backend"),
        pytest.param(["batch", "missing.jsonl", "-o", "{tmp}/out.jsonl"], "missing.jsonl: no such input file",
                     id="missing-input"),
        pytest.param(["batch", "examples/answers.jsonl", "-o", "{tmp}/out.jsonl", "-q"],
                     "line 1: no rubric: pass --rubric", id="jsonl-without-rubric"),
    ],
)
def test_user_errors_never_load_the_model(args: list[str], needle: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"GRADER_TEST_EMBEDDER", "GRADER_BACKEND"}}
    done = subprocess.run([sys.executable, "-c", _NO_MODEL_PROBE, *[a.format(tmp=tmp_path) for a in args]],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert done.stdout.strip() == "exit=2 loaded=[]", done.stdout + done.stderr
    assert_one_clean_error_line("\n".join(l for l in done.stderr.splitlines() if "graded," not in l), needle)
