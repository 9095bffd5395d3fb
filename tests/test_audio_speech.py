"""Real speech: espeak-ng clips transcribed offline by the bundled Whisper tiny.en (the `audio` tier)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audio_clips import encode, speak
from grader.audio import measure_delivery, transcribe
from grader.errors import AudioError
from grader.rubric.loader import load_rubric

pytestmark = pytest.mark.audio

ANSWER = ("The verifier checks every eBPF program before the kernel runs it. "
          "BTF describes the kernel's types, so one compiled program runs on many kernels.")


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return speak(ANSWER, tmp_path_factory.mktemp("audio") / "answer.wav")


def test_a_spoken_answer_is_transcribed_with_word_times(clip: Path) -> None:
    rubric = load_rubric("ebpf-observability")
    speech = transcribe(clip, prompt=rubric.round(1).question)
    text = speech.text.lower()
    # Whisper tiny hears espeak's 'verifier' as 'verifyer' or 'merifier'; these words it gets right.
    for word in ("program", "kernel", "btf", "types", "compiled"):
        assert word in text, f"'{word}' missing from {speech.text!r}"
    assert speech.words[0].start < 1.0 and speech.words[-1].end <= speech.duration + 0.1
    assert all(a.start <= b.start for a, b in zip(speech.words, speech.words[1:]))
    assert 5 < speech.duration < 15
    # Real time is about 0.2-0.3 on two cores (benchmarks/speech.py); the bound leaves room for a busy machine.
    assert 0 < speech.real_time_factor < 3.0


@pytest.mark.parametrize("suffix", [".mp3", ".m4a", ".ogg", ".webm"])
def test_compressed_formats_decode_without_system_ffmpeg(clip: Path, suffix: str) -> None:
    speech = transcribe(encode(clip, clip.with_name(f"answer{suffix}")))
    for word in ("program", "kernel", "types", "compiled"):
        assert word in speech.text.lower(), f"'{word}' missing from {speech.text!r}"


def test_a_long_silence_is_reported_as_a_pause(tmp_path: Path) -> None:
    clip = speak("The verifier checks the program. | Then the kernel runs it on every event.",
                 tmp_path / "pause.wav", gap_seconds=4.5)
    delivery = measure_delivery(transcribe(clip))
    assert len(delivery.long_pauses) == 1
    assert 3.5 < delivery.long_pauses[0].seconds < 5.0
    assert any(note.startswith("Long pauses: 1") for note in delivery.notes)


def test_hesitations_are_kept_for_the_filler_count(tmp_path: Path) -> None:
    clip = speak("Um, so, the verifier checks the program. Uh, you know, then the kernel runs it.",
                 tmp_path / "fillers.wav", speed=150)
    delivery = measure_delivery(transcribe(clip))
    assert delivery.filler_words.get("um", 0) + delivery.filler_words.get("uh", 0) >= 1


def test_a_file_that_is_not_audio_is_an_error_naming_it(tmp_path: Path) -> None:
    fake = tmp_path / "notes.wav"
    fake.write_text("this is a text file, not a recording\n")
    with pytest.raises(AudioError, match=r"notes\.wav: not readable as audio"):
        transcribe(fake)
    empty = tmp_path / "empty.mp3"
    empty.write_bytes(b"")
    with pytest.raises(AudioError, match=r"empty\.mp3: empty file"):
        transcribe(empty)


def test_silence_is_an_error_not_an_empty_answer(tmp_path: Path) -> None:
    import wave

    silent = tmp_path / "silence.wav"
    with wave.open(str(silent), "wb") as out:
        out.setnchannels(1), out.setsampwidth(2), out.setframerate(16_000)
        out.writeframes(b"\x00\x00" * 16_000 * 3)
    with pytest.raises(AudioError, match=r"silence\.wav: no speech recognised in 3\.0 s"):
        transcribe(silent)


def test_the_transcribe_command_grades_a_recording_with_its_delivery(clip: Path, monkeypatch) -> None:
    import json

    from typer.testing import CliRunner

    from grader.cli import app

    monkeypatch.setenv("GRADER_TEST_EMBEDDER", "hashing")
    runner = CliRunner()
    done = runner.invoke(app, ["transcribe", str(clip), "--rubric", "ebpf-observability", "--round", "2",
                               "--grade", "--json"])
    assert done.exit_code == 0, done.output
    row = json.loads(done.stdout)
    assert row["id"] == "answer.wav" and row["round"] == 2 and row["error"] is None
    assert "kernel" in row["answer"].lower() and 0 <= row["score"] <= 100
    assert row["delivery"]["length"] == "short"

    text = runner.invoke(app, ["transcribe", str(clip)])
    assert text.exit_code == 0 and "Delivery (not part of the score):" in text.stdout

    not_audio = clip.with_name("notes.mp3")
    not_audio.write_text("hello")
    failed = runner.invoke(app, ["transcribe", str(not_audio)])
    assert failed.exit_code == 2
    assert failed.stderr.strip().splitlines() == [failed.stderr.strip()]
    assert f"{not_audio}: not readable as audio" in failed.stderr


def test_the_same_recording_always_gives_the_same_transcript(clip: Path) -> None:
    first, second = transcribe(clip), transcribe(clip)
    assert first.text == second.text
    assert [(w.text, w.start, w.end) for w in first.words] == [(w.text, w.start, w.end) for w in second.words]
