"""Paths and resource bombs (issue 11, items 7-9): rubric ids stay in the rubric folders, only regular files of
bounded size are read, YAML aliases are refused, and transcripts are size-checked before anything is embedded."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import grader.embedding
from grader.cli import app

ANSWER = "BTF needs kernel 5.2 and the ring buffer 5.8."


@pytest.fixture
def hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRADER_TEST_EMBEDDER", "hashing")
    monkeypatch.setattr(grader.embedding, "_DEFAULTS", {})


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("grader: error: ")]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


# -- 7. a row's rubric column is an id, never a path ------------------------------------------------------------


def test_a_rows_rubric_column_cannot_name_a_path(hashing, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "secret.yaml"
    outside.parent.mkdir()
    outside.write_text("id: secret\n", encoding="utf-8")
    source = tmp_path / "in.jsonl"
    refs = ["ebpf-observability", "../../etc/passwd", "/dev/zero", str(outside), "rubrics/../../x"]
    source.write_text("".join(json.dumps({"id": f"r{i}", "rubric": ref, "round": 2, "answer": ANSWER}) + "\n"
                              for i, ref in enumerate(refs)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    result = run("batch", str(source), "-o", str(out), "-q")
    assert time.monotonic() - started < 60
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["error"] is None for r in rows] == [True, False, False, False, False]
    for number, (row, ref) in enumerate(zip(rows[1:], refs[1:]), start=2):
        assert f"in.jsonl: line {number}: rubric '{ref}': expected a rubric id (one of: ebpf-observability" in row["error"]
        assert "accepted only on the command line" in row["error"]
        assert row["score"] is None


@pytest.mark.parametrize("kind", ["fifo", "zero", "folder"])
def test_rubrics_show_refuses_anything_but_a_regular_file(tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        target = tmp_path / "pipe.yaml"
        os.mkfifo(target)
        expected = "is a FIFO (named pipe), expected a regular rubric file"
    elif kind == "zero":
        target = Path("/dev/zero")
        expected = "is a device, expected a regular rubric file"
    else:
        target = tmp_path / "folder.yaml"
        target.mkdir()
        expected = "is a folder, expected a regular rubric file"
    started = time.monotonic()
    result = run("rubrics", "show", str(target))
    assert time.monotonic() - started < 10  # no hang on the FIFO, no endless read of /dev/zero
    assert result.exit_code == 2
    assert one_error_line(result.stderr) == f"grader: error: {target}: {expected}"


def test_an_oversized_rubric_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from grader.rubric.loader import MAX_RUBRIC_BYTES

    big = tmp_path / "big.yaml"
    big.write_text("# " + "x" * MAX_RUBRIC_BYTES + "\n", encoding="utf-8")
    result = run("rubrics", "check", str(big))
    assert result.exit_code == 2
    assert f"more than the {MAX_RUBRIC_BYTES:,} allowed for a rubric file" in one_error_line(result.stderr)


# -- 8. the YAML alias bomb --------------------------------------------------------------------------------------


def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [{', '.join(['*' + previous] * 9)}]")
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert bomb.stat().st_size < 1500
    started = time.monotonic()
    result = run("rubrics", "check", str(bomb))
    assert time.monotonic() - started < 5
    assert result.exit_code == 2
    line = one_error_line(result.stderr)
    assert f"{bomb}: line 2, column " in line and "aliases (*a) are not allowed in rubric files" in line


# -- 9. transcripts are checked for size before anything is embedded -----------------------------------------------


def _srt(turns: int) -> str:
    blocks = []
    for i in range(turns):
        speaker = "Interviewer" if i % 2 == 0 else "Candidate"
        blocks.append(f"{i + 1}\n00:{i // 60 % 60:02d}:{i % 60:02d},000 --> 00:{i // 60 % 60:02d}:{i % 60:02d},900\n"
                      f"{speaker}: turn {i} about kernels and BTF and the ring buffer\n")
    return "\n".join(blocks)


def test_a_huge_transcript_is_one_error_row_without_being_embedded(hashing, tmp_path: Path) -> None:
    from grader.transcripts.readers import MAX_TRANSCRIPT_BYTES

    big = tmp_path / "huge.srt"
    big.write_text(_srt(15_000), encoding="utf-8")
    assert big.stat().st_size > MAX_TRANSCRIPT_BYTES
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    result = run("batch", str(big), "-r", "ebpf-observability", "-o", str(out), "-q")
    assert time.monotonic() - started < 10
    assert result.exit_code == 2  # no row could be graded
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1
    assert rows[0]["error"] == (f"{big}: {big.stat().st_size:,} bytes, more than the {MAX_TRANSCRIPT_BYTES:,} "
                                "allowed for a transcript file")


def test_a_transcript_with_too_many_turns_is_refused(tmp_path: Path) -> None:
    from grader.errors import TranscriptError
    from grader.transcripts import read_transcript
    from grader.transcripts.readers import MAX_TURNS

    many = tmp_path / "many.txt"
    many.write_text("".join(f"{'Interviewer' if i % 2 == 0 else 'Candidate'}: ok {i}\n" for i in range(MAX_TURNS + 2)),
                    encoding="utf-8")
    with pytest.raises(TranscriptError, match=rf"many\.txt: {MAX_TURNS + 2:,} speaker turns, more than the "
                                              rf"{MAX_TURNS:,} allowed"):
        read_transcript(many)


def test_import_gauntlet_refuses_a_device_or_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "doc.txt"
    os.mkfifo(fifo)
    for target, kind in [(fifo, "a FIFO (named pipe)"), (Path("/dev/zero"), "a device")]:
        started = time.monotonic()
        result = run("import-gauntlet", str(target), "-o", str(tmp_path / "out.yaml"))
        assert time.monotonic() - started < 10
        assert result.exit_code == 2
        assert one_error_line(result.stderr) == f"grader: error: {target}: is {kind}, expected a regular gauntlet document"
    assert not (tmp_path / "out.yaml").exists()
