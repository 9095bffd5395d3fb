"""Audio in `grader batch`: one answer per recording from a CSV with an `audio` column, and an interview
recording whose speaker turns sit beside it. Real espeak-ng speech and the bundled Whisper (`audio` tier)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from audio_clips import encode, join_turns, speak, vtt_time
from grader.batch import run_batch
from grader.embedding import HashingEmbedder
from grader.grading import Grader
from grader.rubric.loader import load_rubric

pytestmark = pytest.mark.audio

STRONG_1 = ("eBPF programs attach to kernel functions and syscalls, so we see every HTTP request and DNS lookup "
            "without adding SDKs to the services. We also get kernel metrics like TCP retransmissions and "
            "scheduler latency that Prometheus cannot see.")
WEAK_1 = "I think eBPF is just faster than Prometheus, so we could replace all of it."


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def grader() -> Grader:
    return Grader(HashingEmbedder())


def test_recordings_listed_in_a_csv_are_transcribed_graded_and_bad_audio_is_an_error_row(tmp_path, grader):
    clips = tmp_path / "clips"
    clips.mkdir()
    encode(speak(STRONG_1, clips / "priya.wav"), clips / "priya.mp3")
    speak(WEAK_1, clips / "alex.wav")
    (clips / "broken.wav").write_text("not audio at all\n")
    sidecar = tmp_path / "answers.csv"
    with sidecar.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "round", "audio", "candidate"])
        writer.writerows([["priya-1", 1, "clips/priya.mp3", "Priya"], ["alex-1", 1, "clips/alex.wav", "Alex"],
                          ["broken-1", 1, "clips/broken.wav", "Bo"], ["gone-1", 1, "clips/gone.wav", "Cy"]])
    out = tmp_path / "out.jsonl"
    summary = run_batch([sidecar], out, rubric=load_rubric("ebpf-observability"), grader=grader)

    rows = {r["id"]: r for r in read_jsonl(out)}
    assert list(rows) == ["priya-1", "alex-1", "broken-1", "gone-1"]
    assert (summary.graded, summary.errors) == (2, 2)
    priya, alex = rows["priya-1"], rows["alex-1"]
    for word in ("http request", "kernel", "tcp", "prometheus"):
        assert word in priya["answer"].lower(), f"'{word}' missing from {priya['answer']!r}"
    assert "prometheus" in alex["answer"].lower()
    assert priya["audio"] == "clips/priya.mp3" and priya["candidate"] == "Priya"
    assert priya["score"] > alex["score"]
    assert any(kp["covered"] for kp in priya["key_points"])
    assert priya["delivery"]["words"] >= 30 and 100 <= priya["delivery"]["words_per_minute"] <= 220
    assert priya["delivery"]["length"] == "short"
    assert rows["broken-1"]["score"] is None
    assert rows["broken-1"]["error"].startswith(f"{tmp_path / 'clips' / 'broken.wav'}: not readable as audio")
    assert rows["gone-1"]["error"] == f"{tmp_path / 'clips' / 'gone.wav'}: no such audio file"
    assert rows["gone-1"]["round"] == 1  # the row said which round, though it could not be transcribed
    assert "delivery" not in rows["gone-1"]


def test_an_interview_recording_with_speaker_turns_beside_it_is_graded_per_round(tmp_path, grader):
    rubric = load_rubric("ebpf-observability")
    recording = tmp_path / "interview.wav"
    times = join_turns([
        ("Priya Shah", "en-us", rubric.round(1).question),
        ("Jordan Lee", "en-gb", STRONG_1),
        ("Priya Shah", "en-us", rubric.round(2).question),
        ("Jordan Lee", "en-gb", "Basic tracing needs kernel four point four, BTF needs kernel five point two, "
                                "and the ring buffer needs five point eight."),
    ], recording)
    # The turns file says who spoke when; its text is a placeholder, so graded words can only come from audio.
    cues = [f"{i}\n{vtt_time(start)} --> {vtt_time(end)}\n<v {who}>(speech)</v>\n"
            for i, (who, start, end) in enumerate(times, start=1)]
    (tmp_path / "interview.vtt").write_text("WEBVTT\n\n" + "\n".join(cues))
    out = tmp_path / "out" / "graded.jsonl"
    summary = run_batch([recording], out, rubric=rubric, grader=grader)

    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ["interview.wav#round-1", "interview.wav#round-2"]
    assert all(r["error"] is None and r["transcript"] == "interview.wav" for r in rows)
    assert "http request" in rows[0]["answer"].lower() and "(speech)" not in rows[0]["answer"]
    assert "ring buffer" in rows[1]["answer"].lower()
    assert "eBPF give you" in rows[0]["asked"] or "ebpf" in rows[0]["asked"].lower()
    assert summary.transcripts, "the per-transcript reports were not written"
    # Delivery per answer, from the candidate's own speech in the recording.
    first = rows[0]["delivery"]
    assert 30 <= first["words"] <= 40 and 100 <= first["words_per_minute"] <= 220
    assert abs(first["duration"] - (times[1][2] - times[1][1])) < 0.05
    assert first["long_pauses"] == [] and first["length"] == "short"


def test_a_recording_without_turns_or_a_sidecar_says_what_it_needs(tmp_path, grader):
    recording = speak(WEAK_1, tmp_path / "lonely.wav")
    out = tmp_path / "out.jsonl"
    run_batch([recording], out, rubric=load_rubric("ebpf-observability"), grader=grader)
    (row,) = read_jsonl(out)
    assert row["error"].startswith(f"{recording}: no speaker turns beside it (expected lonely.vtt")
    assert "columns id, round, audio" in row["error"]
