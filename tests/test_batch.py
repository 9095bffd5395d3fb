"""Batch grading: JSONL/CSV in and out, passthrough columns, error rows, resume, streaming, transcripts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from grader.batch import run_batch
from grader.embedding import HashingEmbedder
from grader.errors import InputError
from grader.grading import MAX_ANSWER_CHARS, Grader
from grader.rubric.loader import load_rubric
from grader.rubric.schema import Rubric

REPO = Path(__file__).resolve().parents[1]
CONTRACT_FIELDS = {"id", "rubric", "round", "skill", "answer", "score", "band", "key_points", "weak_patterns",
                   "bluff", "trap_followup", "feedback", "error"}


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric("ebpf-observability")


@pytest.fixture(scope="module")
def grader() -> Grader:
    return Grader(HashingEmbedder())


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def answers(rubric: Rubric, n: int) -> list[dict]:
    """n distinct rows over the five rounds: strong answers and single weak-pattern answers in turn."""
    rows = []
    for i in range(n):
        round_ = rubric.rounds[i % 5]
        text = round_.strong_answer if i % 2 else round_.weak_patterns[0].text
        rows.append({"id": f"row-{i:04d}", "round": round_.number, "answer": f"{text} (take {i})"})
    return rows


# -- formats and passthrough ---------------------------------------------------------------------------


def test_jsonl_in_jsonl_out_with_passthrough(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "round": 2, "answer": rubric.round(2).strong_answer, "candidate": "sam", "score": 4,
         "band": "strong", "meta": {"cohort": 7}},
        {"id": "b", "round": 1, "answer": "eBPF is faster than Prometheus."},
    ])
    out = tmp_path / "out.jsonl"
    summary = run_batch([source], out, rubric=rubric, grader=grader)
    assert (summary.total, summary.graded, summary.errors, summary.skipped) == (2, 2, 0, 0)
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ["a", "b"]
    a, b = rows
    assert CONTRACT_FIELDS <= set(a)
    assert a["error"] is None and a["band"] == "strong" and isinstance(a["score"], float)
    # Extra columns pass through unchanged; ones that collide with result fields are renamed.
    assert a["candidate"] == "sam" and a["meta"] == {"cohort": 7}
    assert a["input_score"] == 4 and a["input_band"] == "strong"
    assert a["score"] != 4
    assert "candidate" not in b and "input_score" not in b
    assert [p["id"] for p in b["weak_patterns"]] == ["faster-than-prometheus"]
    # The batch row is the row `grade` gives for the same answer.
    single = grader.grade(rubric, 1, "eBPF is faster than Prometheus.", id="b").row()
    assert b == single


def test_csv_in_csv_out(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    source = tmp_path / "in.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "round", "answer", "rater", "score"])
        writer.writerow(["c1", "2", rubric.round(2).strong_answer, "ana", "4"])
        writer.writerow(["c2", "3", "First I'd get the whole team to learn how to write BPF programs in C, with \"quotes\",\nand a line break.", "ben", "1"])
    out = tmp_path / "out.csv"
    summary = run_batch([source], out, rubric=rubric, grader=grader)
    assert (summary.graded, summary.errors) == (2, 0)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == ["c1", "c2"]
    assert CONTRACT_FIELDS <= set(rows[0])
    assert rows[0]["rater"] == "ana" and rows[0]["input_score"] == "4"
    assert 0 <= float(rows[0]["score"]) <= 100 and rows[0]["band"] == "strong"
    # Nested fields are JSON in their cell; text survives quoting and line breaks.
    key_points = json.loads(rows[0]["key_points"])
    assert [kp["id"] for kp in key_points] == [kp.id for kp in rubric.round(2).key_points]
    assert rows[1]["answer"].endswith('"quotes",\nand a line break.')
    assert json.loads(rows[1]["bluff"])["suspected"] in (True, False)


def test_csv_in_jsonl_out_and_jsonl_in_csv_out_agree(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    rows = answers(rubric, 6)
    source_csv = tmp_path / "in.csv"
    with source_csv.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "round", "answer"])
        writer.writeheader()
        writer.writerows(rows)
    run_batch([source_csv], tmp_path / "a.jsonl", rubric=rubric, grader=grader)
    run_batch([write_jsonl(tmp_path / "in.jsonl", rows)], tmp_path / "b.csv", rubric=rubric, grader=grader)
    from_csv = {r["id"]: r["score"] for r in read_jsonl(tmp_path / "a.jsonl")}
    with (tmp_path / "b.csv").open(encoding="utf-8", newline="") as handle:
        from_jsonl = {r["id"]: float(r["score"]) for r in csv.DictReader(handle)}
    assert from_csv == from_jsonl
    assert len(from_csv) == 6


def test_reference_only_rows_need_no_rubric(tmp_path: Path, grader: Grader) -> None:
    question = "What does a compiler do?"
    reference = "A compiler translates source code into machine code before the program runs."
    source = write_jsonl(tmp_path / "ref.jsonl", [
        {"id": "close", "question": question, "reference": reference,
         "answer": "It translates the source code into machine code before you run the program."},
        {"id": "far", "question": question, "reference": reference, "answer": "It is a kind of printer."},
        {"id": "no-reference", "question": question, "answer": "It compiles."},
    ])
    out = tmp_path / "out.jsonl"
    run_batch([source], out, grader=grader)
    rows = {r["id"]: r for r in read_jsonl(out)}
    assert rows["close"]["error"] is None and rows["far"]["error"] is None
    assert rows["close"]["score"] > rows["far"]["score"]
    assert rows["close"]["round"] == 1 and rows["close"]["rubric"].startswith("reference-")
    assert "no rubric" in rows["no-reference"]["error"] and "reference" in rows["no-reference"]["error"]


# -- bad rows --------------------------------------------------------------------------------------------


def test_bad_rows_become_error_rows_and_the_run_goes_on(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    good = rubric.round(2).strong_answer
    source = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "good-1", "round": 2, "answer": good}),
        json.dumps({"id": "no-answer", "round": 2}),
        json.dumps({"id": "no-round", "answer": good}),
        json.dumps({"id": "round-9", "round": 9, "answer": good}),
        json.dumps({"id": "round-word", "round": "two", "answer": good}),
        json.dumps({"id": "empty", "round": 2, "answer": ""}),
        json.dumps({"id": "huge", "round": 2, "answer": "kprobes " * (MAX_ANSWER_CHARS // 8 + 10)}),
        json.dumps({"id": "binary", "round": 2, "answer": "\x00\x01\x02 eBPF"}),
        json.dumps({"id": "number", "round": 2, "answer": 12}),
        json.dumps({"id": "bad-trap", "round": 2, "trap": "nope", "answer": good}),
        "{this is not json",
        "[1, 2, 3]",
        json.dumps({"id": "good-2", "round": 1, "answer": rubric.round(1).strong_answer}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([source], out, rubric=rubric, grader=grader)
    rows = {r["id"]: r for r in read_jsonl(out)}
    assert len(rows) == len(lines)
    assert (summary.graded, summary.errors) == (2, len(lines) - 2)
    for good_id in ("good-1", "good-2"):
        assert rows[good_id]["error"] is None and rows[good_id]["band"] == "strong"
    expected = {
        "no-answer": "missing 'answer'",
        "no-round": "missing 'round'",
        "round-9": "has no round 9 (expected 1-5)",
        "round-word": "'round' must be a round number, found 'two'",
        "empty": "'answer' is empty",
        "huge": "more than the 40,000 allowed",
        "binary": "binary data",
        "number": "'answer' must be text, found int",
        "bad-trap": "no trap 'nope'",
        "mixed.jsonl:11": "line 11: not valid JSON",
        "mixed.jsonl:12": "line 12: expected a JSON object, found list",
    }
    for row_id, message in expected.items():
        row = rows[row_id]
        assert message in row["error"], (row_id, row["error"])
        assert row["score"] is None and row["band"] is None
    assert str(source) in rows["mixed.jsonl:11"]["error"]  # the message names the file


def test_csv_without_answer_column_is_one_error_row(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    source = tmp_path / "no-answer.csv"
    source.write_text("id,round,text\nx,1,hello\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([source], out, rubric=rubric, grader=grader)
    (row,) = read_jsonl(out)
    assert "no 'answer' column" in row["error"] and "id, round, text" in row["error"]


def test_missing_input_file_is_refused(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    with pytest.raises(InputError, match="no such input file"):
        run_batch([tmp_path / "nope.jsonl"], tmp_path / "out.jsonl", rubric=rubric, grader=grader)
    assert not (tmp_path / "out.jsonl").exists()


def test_unsupported_input_type_is_an_error_row(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    source = tmp_path / "answers.xlsx"
    source.write_bytes(b"PK\x03\x04")
    out = tmp_path / "out.jsonl"
    run_batch([source], out, rubric=rubric, grader=grader)
    (row,) = read_jsonl(out)
    assert "unsupported input type '.xlsx'" in row["error"]


@pytest.mark.parametrize("chunk_size", [64, 1], ids=["same-chunk", "after-a-written-chunk"])
def test_duplicate_ids_are_graded_once_and_flagged(tmp_path: Path, rubric: Rubric, grader: Grader,
                                                   chunk_size: int) -> None:
    source = write_jsonl(tmp_path / "dup.jsonl", [
        {"id": "same", "round": 2, "answer": "BTF needs kernel 5.2 or newer."},
        {"id": "other", "round": 2, "answer": "The ring buffer needs 5.8."},
        {"id": "same", "round": 1, "answer": "eBPF is faster than Prometheus."},
    ])
    out = tmp_path / "out.jsonl"
    summary = run_batch([source], out, rubric=rubric, grader=grader, chunk_size=chunk_size)
    assert (summary.graded, summary.errors, summary.skipped) == (2, 1, 0)
    rows = read_jsonl(out)
    assert len(rows) == 3
    graded = [r for r in rows if r["id"] == "same"]
    assert len(graded) == 1 and graded[0]["round"] == 2 and graded[0]["error"] is None
    (duplicate,) = [r for r in rows if r["id"].startswith("same#")]
    assert "duplicate id 'same'" in duplicate["error"]
    assert len({r["id"] for r in rows}) == 3  # ids in the output stay unique


# -- resume ----------------------------------------------------------------------------------------------


def test_resume_after_an_interrupted_write_loses_and_duplicates_nothing(
    tmp_path: Path, rubric: Rubric, grader: Grader
) -> None:
    rows = answers(rubric, 25)
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    run_batch([source], out, rubric=rubric, grader=grader, chunk_size=4)
    complete = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(complete) == 25
    # Interrupted: the first 9 rows made it, the 10th was half written.
    out.write_text("".join(complete[:9]) + complete[9][: len(complete[9]) // 2], encoding="utf-8")
    summary = run_batch([source], out, rubric=rubric, grader=grader, chunk_size=4)
    assert (summary.skipped, summary.graded, summary.errors) == (9, 16, 0)
    resumed = read_jsonl(out)  # every line parses: the half line is gone
    assert [r["id"] for r in resumed] == [r["id"] for r in rows]
    assert resumed == [json.loads(line) for line in complete]
    # A second full run grades nothing.
    again = run_batch([source], out, rubric=rubric, grader=grader)
    assert (again.skipped, again.graded, again.errors) == (25, 0, 0)
    assert read_jsonl(out) == resumed


def test_resume_with_new_input_rows_grades_only_those(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    rows = answers(rubric, 8)
    out = tmp_path / "out.jsonl"
    run_batch([write_jsonl(tmp_path / "first.jsonl", rows[:5])], out, rubric=rubric, grader=grader)
    summary = run_batch([write_jsonl(tmp_path / "all.jsonl", rows)], out, rubric=rubric, grader=grader)
    assert (summary.skipped, summary.graded) == (5, 3)
    assert [r["id"] for r in read_jsonl(out)] == [r["id"] for r in rows]


def test_resume_csv_output_cut_inside_a_multiline_cell(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    rows = answers(rubric, 10)
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.csv"
    run_batch([source], out, rubric=rubric, grader=grader)
    data = out.read_bytes()
    start = data.find(b"\nrow-0005,") + 1
    cut = data.find(b"\n", start) + 1 + 10  # a few bytes into the second line of row-0005's feedback
    assert 0 < start < cut < len(data)
    out.write_bytes(data[:cut])
    run_batch([source], out, rubric=rubric, grader=grader)
    with out.open(encoding="utf-8", newline="") as handle:
        resumed = list(csv.DictReader(handle))
    assert [r["id"] for r in resumed] == [r["id"] for r in rows]
    assert all(r["band"] in {"strong", "adequate", "weak"} for r in resumed)


def test_output_that_is_not_result_rows_is_refused(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", answers(rubric, 2))
    notes = tmp_path / "notes.jsonl"
    original = "some notes\nthat are not result rows\n"
    notes.write_text(original, encoding="utf-8")
    with pytest.raises(InputError, match=r"line 1 is not a result row; refusing to append"):
        run_batch([source], notes, rubric=rubric, grader=grader)
    assert notes.read_text(encoding="utf-8") == original
    objects = tmp_path / "objects.jsonl"
    objects.write_text('{"name": "no id here"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="not a result row"):
        run_batch([source], objects, rubric=rubric, grader=grader)


# -- progress and streaming ----------------------------------------------------------------------------


def test_progress_is_called_with_the_total(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", answers(rubric, 7))
    calls: list[tuple[int, int]] = []
    run_batch([source], tmp_path / "out.jsonl", rubric=rubric, grader=grader, chunk_size=3,
              progress=lambda n, total: calls.append((n, total)))
    assert calls == [(3, 7), (3, 7), (1, 7)]
    calls.clear()
    run_batch([source], tmp_path / "out.jsonl", rubric=rubric, grader=grader,
              progress=lambda n, total: calls.append((n, total)))
    assert sum(n for n, _ in calls) == 7 and {t for _, t in calls} == {7}


class RecordingGrader(Grader):
    """The test embedder's grader, recording how many answers each grading step receives."""

    def __init__(self) -> None:
        super().__init__(HashingEmbedder())
        self.sizes: list[int] = []

    def grade_many(self, requests):  # type: ignore[override]
        self.sizes.append(len(requests))
        return super().grade_many(requests)


def test_streams_2000_rows_in_chunks(tmp_path: Path, rubric: Rubric) -> None:
    source = tmp_path / "many.jsonl"
    texts = [r.strong_answer.split(". ")[0] for r in rubric.rounds]
    with source.open("w", encoding="utf-8") as handle:
        for i in range(2000):
            handle.write(json.dumps({"id": f"n{i}", "round": i % 5 + 1, "answer": f"{texts[i % 5]}, case {i}."}) + "\n")
    grader = RecordingGrader()
    out = tmp_path / "many.out.jsonl"
    summary = run_batch([source], out, rubric=rubric, grader=grader, chunk_size=50)
    assert summary.graded == 2000 and summary.errors == 0
    # Never more than one chunk in memory at a time.
    assert grader.sizes == [50] * 40
    with out.open(encoding="utf-8") as handle:
        ids = [json.loads(line)["id"] for line in handle]
    assert len(ids) == 2000 and len(set(ids)) == 2000


# -- transcripts -----------------------------------------------------------------------------------------


def test_transcript_needs_a_rubric(tmp_path: Path, grader: Grader) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([REPO / "examples/transcripts/strong-jordan.vtt"], out, grader=grader)
    (row,) = read_jsonl(out)
    assert "transcripts need --rubric" in row["error"]
    assert row["transcript"] == "strong-jordan.vtt"


@pytest.mark.model
def test_transcript_rows_and_reports(tmp_path: Path, rubric: Rubric) -> None:
    out = tmp_path / "interviews" / "out.jsonl"
    from grader.embedding import default_embedder

    embedder = default_embedder("torch")  # shared with other real-model tests in this process
    summary = run_batch([REPO / "examples/transcripts/strong-jordan.vtt"], out, rubric=rubric, grader=Grader(embedder))
    rows = read_jsonl(out)
    assert rows and summary.errors == 0
    assert all(r["transcript"] == "strong-jordan.vtt" for r in rows)
    assert all(r["id"].startswith("strong-jordan.vtt#round-") for r in rows)
    rounds = {r["round"] for r in rows if r["trap"] is None}
    assert rounds == {1, 2, 3, 4, 5}
    assert any(r["trap"] == "what-is-btf" for r in rows)
    # The strong candidate does well on the main rounds.
    main = [r for r in rows if r["trap"] is None]
    assert sum(r["band"] in {"strong", "adequate"} for r in main) >= 4
    # ... and is never called a bluffer ("Second, ..." once read as a product name against "eBPF ...").
    assert not [r["id"] for r in rows if r["bluff"]["suspected"]]
    reports = {p.name for p in summary.transcripts}
    assert reports == {"strong-jordan.report.md", "strong-jordan.report.html"}
    for path in summary.transcripts:
        assert path.parent == out.parent and path.stat().st_size > 0


# -- found in review ------------------------------------------------------------------------------------


@pytest.mark.parametrize("reference", [".", "—", {"a": 1}])
def test_a_reference_with_nothing_to_grade_against_is_an_error_row(tmp_path: Path, grader: Grader, reference) -> None:
    rows = [{"id": "bad", "question": "Q?", "reference": reference, "answer": "x"},
            {"id": "good", "question": "What is a stack?", "reference": "A last-in first-out structure.",
             "answer": "It is LIFO: last in, first out."}]
    out = tmp_path / "out.jsonl"
    summary = run_batch([write_jsonl(tmp_path / "in.jsonl", rows)], out, grader=grader)
    by_id = {r["id"]: r for r in read_jsonl(out)}
    assert (summary.graded, summary.errors) == (1, 1)
    assert "'reference'" in by_id["bad"]["error"] and by_id["good"]["error"] is None


def test_failed_rows_are_retried_on_resume_and_every_id_appears_once(tmp_path: Path, rubric: Rubric,
                                                                    grader: Grader) -> None:
    rows = [{"id": "a", "round": 1, "answer": "eBPF sees syscalls without code changes."},
            {"id": "b", "round": 2, "answer": "BTF needs kernel 5.2."}]
    source, out = write_jsonl(tmp_path / "in.jsonl", rows), tmp_path / "out.jsonl"
    first = run_batch([source], out, grader=grader)  # no rubric: both rows fail
    assert (first.graded, first.errors) == (0, 2)
    second = run_batch([source], out, rubric=rubric, grader=grader)
    assert (second.graded, second.errors, second.skipped) == (2, 0, 0)
    result = read_jsonl(out)
    assert sorted(r["id"] for r in result) == ["a", "b"] and all(r["error"] is None for r in result)


def test_the_output_cannot_be_an_input_or_a_folder(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "round": 1, "answer": "x y z"}])
    with pytest.raises(InputError, match="also an input"):
        run_batch([source], source, rubric=rubric, grader=grader)
    with pytest.raises(InputError, match="is a folder"):
        run_batch([source], tmp_path, rubric=rubric, grader=grader)


def test_csv_output_keeps_columns_that_only_later_rows_have(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    first = write_jsonl(tmp_path / "one.jsonl", [{"id": "a", "round": 1, "answer": "eBPF hooks syscalls."}])
    second = write_jsonl(tmp_path / "two.jsonl",
                         [{"id": "b", "round": 1, "answer": "eBPF hooks the kernel.", "cohort": "x"}])
    out = tmp_path / "out.csv"
    run_batch([first, second], out, rubric=rubric, grader=grader, chunk_size=1)
    with out.open(newline="", encoding="utf-8") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert "transcript" in rows["a"]
    assert json.loads(rows["b"]["extra"]) == {"cohort": "x"}


def test_transcripts_with_the_same_name_in_two_folders_stay_apart(tmp_path: Path, rubric: Rubric,
                                                                  grader: Grader) -> None:
    source = (REPO / "examples" / "transcripts" / "weak-alex.txt").read_text(encoding="utf-8")
    paths = []
    for who in ("alice", "bob"):
        folder = tmp_path / "interviews" / who
        folder.mkdir(parents=True)
        (folder / "session.txt").write_text(source, encoding="utf-8")
        paths.append(folder / "session.txt")
    out = tmp_path / "out" / "graded.jsonl"
    summary = run_batch(paths, out, rubric=rubric, grader=grader)
    rows = read_jsonl(out)
    assert summary.errors == 0 and len(rows) == len({r["id"] for r in rows}) > 0
    assert {r["transcript"] for r in rows} == {"alice/session.txt", "bob/session.txt"}
    assert sorted(p.name for p in summary.transcripts) == [
        "alice__session.report.html", "alice__session.report.md", "bob__session.report.html", "bob__session.report.md"]


def test_a_resumed_transcript_report_covers_every_answer(tmp_path: Path, rubric: Rubric, grader: Grader) -> None:
    path = REPO / "examples" / "transcripts" / "weak-alex.txt"
    out = tmp_path / "graded.jsonl"
    run_batch([path], out, rubric=rubric, grader=grader)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) >= 2
    out.write_text(lines[0], encoding="utf-8")  # interrupted after the first answer
    summary = run_batch([path], out, rubric=rubric, grader=grader)
    assert summary.skipped == 1
    report = (tmp_path / "weak-alex.report.md").read_text(encoding="utf-8")
    first_round = json.loads(lines[0])["round"]
    assert f"| Round {first_round} |" in report and "not graded" not in report.split("## Skills")[0]
