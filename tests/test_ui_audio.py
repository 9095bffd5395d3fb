"""The mock interview answered out loud: a recording through st.audio_input (AppTest stages the WAV the
widget would record), transcribed offline, corrected, submitted; delivery shown beside the feedback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from audio_clips import speak
from grader import store

pytestmark = pytest.mark.audio

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
SPOKEN = ("Um, with kprobes and syscalls we would see every HTTP request and DNS lookup without adding "
          "SDKs to the services. | We would also get kernel metrics like TCP retransmissions.")


@pytest.fixture(autouse=True)
def _env(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADER_TEST_EMBEDDER", "hashing")
    monkeypatch.setenv("GRADER_DB", str(tmp_path / "grader.sqlite"))


def _labels(at: AppTest) -> list[str]:
    return [b.label for b in at.button]


def test_a_recorded_answer_is_transcribed_editable_and_graded_with_delivery(tmp_path):
    clip = speak(SPOKEN, tmp_path / "answer.wav", speed=150, gap_seconds=4.0)
    at = AppTest.from_file(str(ROOT / "ui" / "app.py"), default_timeout=120)
    at.run()
    at.text_input(key="mi_candidate").input("Priya Shah")
    next(b for b in at.button if b.label == "Start interview").click().run()

    at.audio_input[0].upload("recording.wav", clip.read_bytes()).run()
    assert not at.exception, [e.value for e in at.exception]
    transcript = at.text_area[0].value
    for word in ("request", "dns", "kernel", "tcp"):
        assert word in transcript.lower(), f"'{word}' missing from {transcript!r}"
    assert "correct any misheard words" in "\n".join(c.value for c in at.caption)

    # Whisper tiny hears espeak's 'syscalls' as 'sis calls'; the candidate fixes what it misheard.
    corrected = transcript.replace("sis calls", "syscalls") + " I'm not sure how it handles TLS."
    at.text_area[0].input(corrected)
    next(b for b in at.button if b.label == "Submit answer").click().run()
    assert not at.exception, [e.value for e in at.exception]

    shown = "\n".join(m.value for m in at.markdown)
    assert "**Delivery** · from your recording, not part of the score" in shown
    assert "Long pauses: 1" in shown
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Long pauses (3 s+)"] == "1"
    assert 80 <= float(metrics["Words per minute"]) <= 200
    assert metrics["Score"].endswith("/ 100")

    (attempt,) = store.list_attempts("Priya Shah", "ebpf-observability")
    (saved,) = attempt.results
    assert saved.answer == corrected  # the corrected transcript is what was graded
    assert saved.delivery is not None and len(saved.delivery.long_pauses) == 1
    assert f"{saved.score:.0f} / 100" == metrics["Score"]


def test_a_recording_without_speech_says_so_and_leaves_typing_open(tmp_path):
    import wave

    silent = tmp_path / "silence.wav"
    with wave.open(str(silent), "wb") as out:
        out.setnchannels(1), out.setsampwidth(2), out.setframerate(16_000)
        out.writeframes(b"\x00\x00" * 16_000 * 2)
    at = AppTest.from_file(str(ROOT / "ui" / "app.py"), default_timeout=120)
    at.run()
    at.text_input(key="mi_candidate").input("Priya Shah")
    next(b for b in at.button if b.label == "Start interview").click().run()
    at.audio_input[0].upload("recording.wav", silent.read_bytes()).run()
    assert not at.exception
    assert "your recording: no speech recognised in 2.0 s of audio" in at.error[0].value
    assert at.text_area[0].value == ""
    assert "Submit answer" in _labels(at)
