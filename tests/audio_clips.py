"""Spoken clips the audio tests make themselves: espeak-ng speech, re-encoded by PyAV into other formats."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

CODECS = {".mp3": ("libmp3lame", 22_050), ".m4a": ("aac", 22_050), ".ogg": ("libopus", 48_000),
          ".webm": ("libopus", 48_000)}


def need_espeak() -> str:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        pytest.fail("espeak-ng is not installed (make system-deps installs it)")
    return espeak


def speak(text: str, path: Path, *, voice: str = "en-us", speed: int = 160, gap_seconds: float = 0.0) -> Path:
    """A WAV of espeak-ng saying `text`; `gap_seconds` of silence is inserted where the text has ' | '."""
    espeak = need_espeak()
    parts = [p.strip() for p in text.split(" | ")]
    if len(parts) == 1:
        subprocess.run([espeak, "-v", voice, "-s", str(speed), "-w", str(path), text], check=True)
        return path
    pause = f' <break time="{int(gap_seconds * 1000)}ms"/> '
    ssml = "<speak>" + pause.join(parts) + "</speak>"
    subprocess.run([espeak, "-m", "-v", voice, "-s", str(speed), "-w", str(path), ssml], check=True)
    return path


def encode(source: Path, target: Path) -> Path:
    """Re-encode a WAV into the format its name says (.mp3, .m4a, .ogg, .webm)."""
    import av

    codec, rate = CODECS[target.suffix]
    with av.open(str(source)) as inp, av.open(str(target), "w") as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = "mono"
        resampler = av.AudioResampler(format=stream.codec_context.format, layout="mono", rate=rate,
                                      frame_size=stream.codec_context.frame_size or None)
        for frame in inp.decode(audio=0):
            frame.pts = None
            for chunk in resampler.resample(frame):
                for packet in stream.encode(chunk):
                    out.mux(packet)
        for chunk in resampler.resample(None):
            for packet in stream.encode(chunk):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return target


def join_turns(turns: list[tuple[str, str, str]], path: Path, *, gap_seconds: float = 0.6) -> list[tuple[str, float, float]]:
    """Speak (speaker, voice, text) turns one after another into one WAV; each speaker's (name, start, end)."""
    import wave

    frames, times, rate, t = [], [], 22_050, 0.0
    for index, (speaker, voice, text) in enumerate(turns):
        part = speak(text, path.with_name(f"{path.stem}-turn{index}.wav"), voice=voice)
        with wave.open(str(part)) as clip:
            rate = clip.getframerate()
            data = clip.readframes(clip.getnframes())
        length = len(data) / 2 / rate
        times.append((speaker, round(t, 2), round(t + length, 2)))
        silence = b"\x00\x00" * int(gap_seconds * rate)
        frames += [data, silence]
        t += length + gap_seconds
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1), out.setsampwidth(2), out.setframerate(rate)
        out.writeframes(b"".join(frames))
    return times


def vtt_time(seconds: float) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"00:{int(minutes):02d}:{rest:06.3f}"
