"""`grader batch` against careless and hostile files (issue 11, items 1-6): nothing lost, one row never ends a run.

Each test runs the command as a user does (typer's CliRunner, or a subprocess where two runs must overlap) and
asserts what the user sees: the rows in the output, the message, the unchanged file.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import grader.embedding
from grader.cli import app

RUBRIC = "ebpf-observability"
ANSWER = "Basic tracing needs kernel 4.4, BTF needs 5.2 and the ring buffer 5.8; I'd pin the DaemonSet with a nodeSelector."


@pytest.fixture
def hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRADER_TEST_EMBEDDER", "hashing")
    monkeypatch.setattr(grader.embedding, "_DEFAULTS", {})


def batch(*args: str) -> "Result":
    return CliRunner().invoke(app, ["batch", *args, "--rubric", RUBRIC, "-q"])


def rows_of(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            csv.field_size_limit(1 << 30)
            return list(csv.DictReader(handle))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("grader: error: ")]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def jsonl(path: Path, n: int, start: int = 0) -> Path:
    path.write_text("".join(json.dumps({"id": f"r{i}", "round": 2, "answer": f"{ANSWER} ({i})"}) + "\n"
                            for i in range(start, start + n)), encoding="utf-8")
    return path


# -- 1. -o never changes a file that is not a result file ------------------------------------------------------


@pytest.mark.parametrize("name, content", [
    ("ratings.csv", b"rater,item,round,score\nana,c1,1,3\n"),        # no \r\n at all: used to be cut to 0 bytes
    ("ratings2.csv", b"rater,item,round,score\r\nana,c1,1,3"),       # a CSV header, last line unterminated
    ("notes.md", b"# Notes\n\nCall Priya back on Tuesday"),          # used to lose its last line
    ("notes.jsonl", b'{"note": "not a result"}\n{"id": "half'),
    ("tickets.csv", b"id,error,owner\r\n7,,ana\r\n"),                  # has 'id' and 'error', is no result file
])
def test_an_output_that_is_not_a_result_file_is_left_unchanged(hashing, tmp_path: Path, name: str, content: bytes) -> None:
    source = jsonl(tmp_path / "in.jsonl", 2)
    target = tmp_path / name
    target.write_bytes(content)
    result = batch(str(source), "-o", str(target))
    assert result.exit_code == 2
    line = one_error_line(result.stderr)
    assert str(target) in line and "refusing to append" in line and "left unchanged" in line
    assert target.read_bytes() == content


def test_an_interrupted_result_file_is_still_resumed(hashing, tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", 4)
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "-o", str(out)).exit_code == 0
    data = out.read_bytes()
    out.write_bytes(data[: data.index(b"\n", data.index(b"\n") + 1) + 30])  # two rows and a half
    result = batch(str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "2 graded, 0 with errors, 2 already done" in result.stderr
    assert [r["id"] for r in rows_of(out)] == ["r0", "r1", "r2", "r3"]


@pytest.mark.parametrize("target", ["/dev/full", "/dev/null"])
def test_a_device_as_output_is_refused_at_once(hashing, tmp_path: Path, target: str) -> None:
    if not Path(target).exists():
        pytest.skip(f"{target} not on this system")
    result = batch(str(jsonl(tmp_path / "in.jsonl", 1)), "-o", target)
    assert result.exit_code == 2
    assert f"{target}: is a device, expected a regular file" in one_error_line(result.stderr)


# -- 2. one bad byte spoils one line, not the rest of the file -------------------------------------------------


def test_a_latin1_byte_in_jsonl_is_one_error_row_on_its_true_line(hashing, tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{i}", "round": 2, "answer": f"{ANSWER} ({i})"}).encode() for i in range(1, 1001)]
    lines[500] = lines[500].replace(b"(501)", b"(caf\xe9 501)")  # row 501, on line 501
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(source), "--rubric", RUBRIC, "-o", str(out), "-q",
                                      "--chunk-size", "256"])
    assert result.exit_code == 0, result.output
    assert "999 graded, 1 with errors" in result.stderr
    rows = rows_of(out)
    assert len(rows) == 1000 and len({r["id"] for r in rows}) == 1000
    bad = [r for r in rows if r["error"]]
    assert [r["id"] for r in bad] == ["r501"]
    assert "line 501: not UTF-8 text (byte 0xe9" in bad[0]["error"]


def test_a_bad_byte_in_csv_loses_only_its_record(hashing, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    body = [b"id,round,answer"] + [f"c{i},2,{ANSWER.replace(',', ' ')} {i}".encode() for i in range(1, 301)]
    body[150] = body[150] + b" \xff\xfe"
    source.write_bytes(b"\n".join(body) + b"\n")
    out = tmp_path / "out.jsonl"
    result = batch(str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = rows_of(out)
    assert len(rows) == 300
    assert [(r["id"], r["error"].split(": ", 1)[1]) for r in rows if r["error"]] == [
        ("c150", f"line 151: not UTF-8 text (byte 0xff at byte {len(body[150]) - 1} of the line; save the file as UTF-8)")]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_an_error_row_keeps_what_its_input_row_held(hashing, tmp_path: Path, suffix: str) -> None:
    """A new user's bad byte, repeated id and unreadable round each came out as round 0 with no answer and no
    passed-through columns: the row was there, but what it held was lost."""
    rows = [("a1", "1", "eBPF attaches to kernel hooks.", "3"), ("a4", "1", "bad \udcff byte", "2"),
            ("a1", "3", "again", "4"), ("a5", "seven", "x", "1")]
    if suffix == ".csv":
        text = "id,round,answer,score\n" + "".join(f"{i},{r},{a},{s}\n" for i, r, a, s in rows)
    else:
        text = "".join(json.dumps({"id": i, "round": r, "answer": a, "score": s}) + "\n" for i, r, a, s in rows)
        text = text.replace("\\udcff", "\udcff")
    source = tmp_path / f"in{suffix}"
    source.write_bytes(text.encode("utf-8", "surrogateescape"))  # \udcff becomes the byte 0xff
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "-o", str(out)).exit_code == 0
    got = {r["id"]: r for r in rows_of(out)}
    assert set(got) == {"a1", "a4", "a1#duplicate-2", "a5"}
    assert "not UTF-8 text (byte 0xff" in got["a4"]["error"]
    assert (got["a4"]["round"], got["a4"]["answer"], got["a4"]["input_score"]) == (1, "bad \ufffd byte", "2")
    assert "duplicate id 'a1'" in got["a1#duplicate-2"]["error"]
    assert (got["a1#duplicate-2"]["round"], got["a1#duplicate-2"]["answer"], got["a1#duplicate-2"]["input_score"]) == (3, "again", "4")
    assert "'round' must be a round number" in got["a5"]["error"]
    assert (got["a5"]["round"], got["a5"]["input_round"], got["a5"]["answer"]) == (0, "seven", "x")


def test_an_error_row_reads_its_round_and_never_overwrites_a_column(hashing, tmp_path: Path) -> None:
    """From a code review: a CSV round "2" on a row with an unknown rubric came out as round 0; a user's own
    'input_round' column was overwritten; a NaN round was written as bare NaN, which strict JSON parsers refuse."""
    csv_in = tmp_path / "in.csv"
    csv_in.write_text("id,round,answer,rubric\nd,2,x,no-such-rubric\n", encoding="utf-8")
    jsonl_in = tmp_path / "in.jsonl"
    jsonl_in.write_text('{"id":"a","input_round":"note","round":"seven","answer":"x"}\n'
                        '{"id":"b","round":NaN,"answer":"x"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    batch(str(csv_in), str(jsonl_in), "-o", str(out))
    text = out.read_text(encoding="utf-8")
    assert "NaN" not in text
    got = {r["id"]: r for r in rows_of(out)}
    assert got["d"]["round"] == 2 and "input_round" not in got["d"] and "unknown rubric" in got["d"]["error"]
    assert (got["a"]["input_round"], got["a"]["input_round_2"]) == ("note", "seven")
    assert (got["b"]["round"], got["b"]["input_round"]) == (0, "nan")


# -- 3. an exclusive lock on the output ------------------------------------------------------------------------


def test_a_second_run_on_the_same_output_is_refused_and_says_who_holds_it(hashing, tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    # Another process holds the lock, as a running batch does, until told to stop.
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from grader.locking import OutputLock;"
         f"lock = OutputLock(Path({str(out)!r})).acquire(); print('held', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = batch(str(source), "-o", str(out))
        assert result.exit_code == 2
        line = one_error_line(result.stderr)
        assert "another run is writing this output" in line and f"pid {holder.pid} on" in line
        assert not out.exists()
    finally:
        holder.communicate("")
    assert batch(str(source), "-o", str(out)).exit_code == 0
    assert [r["id"] for r in rows_of(out)] == ["r0", "r1", "r2"]
    assert not (tmp_path / "out.jsonl.lock").exists()


def test_a_symlink_to_the_output_meets_the_same_lock(tmp_path: Path) -> None:
    from grader.errors import InputError
    from grader.locking import OutputLock

    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    alias = tmp_path / "alias.jsonl"
    alias.symlink_to(out)
    with OutputLock(out):
        with pytest.raises(InputError, match="another run is writing this output"):
            OutputLock(alias).acquire()


def test_two_overlapping_runs_write_every_id_once(tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", 40)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "GRADER_TEST_EMBEDDER": "hashing"}
    command = [str(Path(sys.executable).parent / "grader"), "batch", str(source), "-r", RUBRIC, "-o", str(out), "-q",
               "--chunk-size", "1"]
    first = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while not (tmp_path / "out.jsonl.lock").exists() and first.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    second = subprocess.run(command, env=env, stderr=subprocess.PIPE, text=True)
    first.communicate()
    ids = [r["id"] for r in rows_of(out)]
    if second.returncode == 2:
        assert "another run is writing this output" in second.stderr
    assert sorted(ids) == sorted(f"r{i}" for i in range(40))  # each id exactly once, whoever won


# -- 4. CSV resume with huge cells, duplicate ids, a full disk -------------------------------------------------


def test_csv_output_with_a_cell_over_128_kb_resumes(hashing, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "big", "round": 2, "answer": ANSWER, "notes": "n" * 200_000}) + "\n"
                      + json.dumps({"id": "small", "round": 2, "answer": ANSWER}) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert batch(str(source), "-o", str(out)).exit_code == 0
    again = batch(str(source), "-o", str(out))
    assert again.exit_code == 0, again.output
    assert "0 graded, 0 with errors, 2 already done" in again.stderr
    assert [r["id"] for r in rows_of(out)] == ["big", "small"]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_duplicate_id_error_rows_survive_a_resume(hashing, tmp_path: Path, suffix: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "round": 2, "answer": ANSWER}) + "\n" for i in ["7", "8", "7", "7"]),
                      encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    assert batch(str(source), "-o", str(out)).exit_code == 0
    expected = ["7", "8", "7#duplicate-2", "7#duplicate-3"]
    assert [r["id"] for r in rows_of(out)] == expected
    again = batch(str(source), "-o", str(out))
    assert again.exit_code == 0
    rows = rows_of(out)
    assert sorted(r["id"] for r in rows) == sorted(expected)
    assert all("duplicate id '7'" in r["error"] for r in rows if "#duplicate" in r["id"])


def test_an_input_id_that_looks_like_a_generated_duplicate_id_is_never_written_twice(hashing, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    ids = ["7", "7", "7#duplicate-2"]
    source.write_text("".join(json.dumps({"id": i, "round": 2, "answer": ANSWER}) + "\n" for i in ids), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # and a resumed run finds every row done
        assert batch(str(source), "-o", str(out)).exit_code == 0
        got = [r["id"] for r in rows_of(out)]
        assert len(got) == 3 and len(set(got)) == 3, got


def test_a_full_disk_is_one_message_and_the_file_stays_resumable(hashing, tmp_path: Path, monkeypatch) -> None:
    source = jsonl(tmp_path / "in.jsonl", 6)
    out = tmp_path / "out.jsonl"
    real_fsync = os.fsync
    calls = {"n": 0}

    def fsync(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the second chunk hits a full disk
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    result = CliRunner().invoke(app, ["batch", str(source), "-r", RUBRIC, "-o", str(out), "-q", "--chunk-size", "2"])
    assert result.exit_code == 2
    line = one_error_line(result.stderr)
    assert "No space left on device" in line and "after 2 rows" in line and "run the same command again" in line
    monkeypatch.setattr(os, "fsync", real_fsync)
    again = batch(str(source), "-o", str(out))
    assert again.exit_code == 0, again.output
    assert sorted(r["id"] for r in rows_of(out)) == [f"r{i}" for i in range(6)]


# -- 5. one row never ends a run ------------------------------------------------------------------------------


def test_a_lone_surrogate_and_a_superscript_round_are_error_rows(hashing, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "ok1", "round": 2, "answer": ANSWER}) + "\n"
        + '{"id": "sur", "round": 2, "answer": "caf\\ud800 latte"}\n'
        + json.dumps({"id": "sup", "round": "\u00b2", "answer": ANSWER}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "ok2", "round": "2", "answer": ANSWER}) + "\n",
        encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # and a resumed run does not die on the same rows either
        result = batch(str(source), "-o", str(out))
        assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in rows_of(out)}
    assert set(rows) == {"ok1", "sur", "sup", "ok2"}
    assert rows["ok1"]["error"] is None and rows["ok2"]["error"] is None
    assert "line 2: holds an escaped lone surrogate" in rows["sur"]["error"]
    assert rows["sup"]["error"].endswith("in.jsonl: line 3: 'round' must be a round number, found '²'")


def test_grade_with_non_utf8_text_is_one_clean_line(hashing) -> None:
    command = [str(Path(sys.executable).parent / "grader"), "grade", "--rubric", RUBRIC, "--round", "2"]
    env = {**os.environ, "GRADER_TEST_EMBEDDER": "hashing", "LC_ALL": "C.UTF-8"}
    argv = subprocess.run([*command, b"caf\xe9"], env=env, capture_output=True, text=True)
    assert argv.returncode == 2
    assert one_error_line(argv.stderr) == ("grader: error: the answer is not UTF-8 text (byte 0xe9 at character 4); "
                                           "expected the answer as UTF-8")
    stdin = subprocess.run([*command, "-"], env=env, input=b"caf\xe9 au lait", capture_output=True)
    assert stdin.returncode == 2
    assert "standard input: not UTF-8 text (byte 0xe9 at byte 4)" in one_error_line(stdin.stderr.decode())


# -- 6. BOM, extra cells, an unterminated quote ------------------------------------------------------------------


def test_a_utf8_bom_keeps_ids_in_csv_and_row_one_in_jsonl(hashing, tmp_path: Path) -> None:
    csv_in = tmp_path / "in.csv"
    csv_in.write_bytes(b"\xef\xbb\xbfid,round,answer\r\nb1,2," + ANSWER.replace(",", " ").encode() + b"\r\n")
    jsonl_in = tmp_path / "in.jsonl"
    jsonl_in.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "j1", "round": 2, "answer": ANSWER}).encode() + b"\n")
    out = tmp_path / "out.jsonl"
    result = batch(str(csv_in), str(jsonl_in), "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = rows_of(out)
    assert [(r["id"], r["error"]) for r in rows] == [("b1", None), ("j1", None)]
    assert "\ufeffid" not in rows[0]


def test_extra_cells_and_an_unterminated_quote_name_their_line(hashing, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "id,round,answer\n"
        "a,2,BTF needs 5.2\n"
        "b,2,BTF needs 5.2, and CO-RE too\n"          # one cell too many: the comma was not quoted
        'c,2,"the quote opens here and never closes\n'
        "d,2,the ring buffer needs 5.8\n"
        "e,2,kprobes need 4.4\n",
        encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = batch(str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in rows_of(out)}
    assert rows["a"]["error"] is None
    assert "line 3: 4 cells, but the header has 3 columns (id, round, answer)" in rows["b"]["error"]
    assert "line 4: not readable as CSV (a quoted cell starts here and is never closed" in rows["in.csv:4"]["error"]
    # The lines after the broken quote are read again on their own, not swallowed into one answer.
    assert rows["d"]["error"] is None and rows["e"]["error"] is None
    assert rows["d"]["answer"] == "the ring buffer needs 5.8"


def test_an_endless_line_is_one_error_row_and_the_next_line_is_graded(hashing, tmp_path: Path) -> None:
    from grader.batch import MAX_LINE_BYTES

    source = tmp_path / "in.jsonl"
    with source.open("wb") as handle:
        handle.write(b'{"id": "huge", "round": 2, "answer": "')
        for _ in range(MAX_LINE_BYTES // (1 << 20) + 2):
            handle.write(b"x" * (1 << 20))
        handle.write(b'"}\n' + json.dumps({"id": "next", "round": 2, "answer": ANSWER}).encode() + b"\n")
    out = tmp_path / "out.jsonl"
    result = batch(str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = rows_of(out)
    assert [(r["id"], r["error"] is None) for r in rows] == [("in.jsonl:1", False), ("next", True)]
    assert rows[0]["error"] == f"{source}: line 1: longer than {MAX_LINE_BYTES:,} bytes"


def test_a_result_csv_saved_with_plain_newlines_is_resumed_not_emptied(hashing, tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.csv"
    assert batch(str(source), "-o", str(out)).exit_code == 0
    out.write_bytes(out.read_bytes().replace(b"\r\n", b"\n"))  # as pandas or an editor would save it
    again = batch(str(source), "-o", str(out))
    assert again.exit_code == 0, again.output
    assert "0 graded, 0 with errors, 3 already done" in again.stderr
    assert [r["id"] for r in rows_of(out)] == ["r0", "r1", "r2"]


def test_rows_without_ids_from_two_files_of_one_name_keep_apart(hashing, tmp_path: Path) -> None:
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "answers.jsonl").write_text(json.dumps({"round": 2, "answer": ANSWER}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = batch(str(tmp_path / "d1" / "answers.jsonl"), str(tmp_path / "d2" / "answers.jsonl"), "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = rows_of(out)
    assert sorted(r["id"] for r in rows) == ["d1/answers.jsonl:1", "d2/answers.jsonl:1"] and not any(r["error"] for r in rows)


def test_a_row_that_cannot_be_graded_names_its_line(hashing, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    rows = [{"id": "a", "round": 2, "answer": ANSWER}, {"id": "b", "round": 2}, {"id": "c", "round": 9, "answer": ANSWER},
            {"id": "a", "round": 2, "answer": ANSWER}, {"id": "d", "round": True, "answer": ANSWER}]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "-o", str(out)).exit_code == 0
    errors = {r["id"]: r["error"] for r in rows_of(out) if r["error"]}
    assert errors["b"].endswith("in.jsonl: line 2: missing 'answer'")
    assert "in.jsonl: line 3: " in errors["c"] and "round 9" in errors["c"]
    assert errors["a#duplicate-2"].endswith("in.jsonl: line 4: duplicate id 'a' (ids must be unique within a run)")
    assert "line 5: 'round' must be a round number, found True" in errors["d"]


def test_a_csv_header_that_names_a_column_twice_is_one_error_row(hashing, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,round,answer,answer\nx1,2,first,second\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "-o", str(out)).exit_code == 2  # no row could be graded
    [row] = rows_of(out)
    assert row["error"].endswith("in.csv: header names 'answer' more than once; expected each column once")


def test_a_reference_row_with_an_empty_reference_says_so(hashing, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,question,reference,answer\nq1,What is a stack?,,Last in first out.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(out), "-q"])
    [row] = rows_of(out)
    assert row["error"].endswith("in.csv: line 2: 'reference' is empty: give the reference answer to grade against (or pass --rubric)"), result.output


def test_an_input_column_named_like_a_renamed_one_keeps_its_value(hashing, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "round": 2, "answer": ANSWER, "score": 3, "input_score": 7}) + "\n",
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "-o", str(out)).exit_code == 0
    [row] = rows_of(out)
    assert (row["input_score"], row["input_score_2"]) == (7, 3)
