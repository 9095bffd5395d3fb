"""Speech harness: word error rate and real-time factor of the offline transcription (Whisper tiny.en, int8).

    .venv/bin/python -m benchmarks.speech

Clips are spoken answers to the five eBPF rounds, made here with espeak-ng in several voices and speeds, then
degraded: white noise at 10 dB SNR, and telephone audio (sox: 8 kHz, 300-3400 Hz band). WER is over lower-cased
words without punctuation (jiwer); the real-time factor is transcription time over audio time on this machine.
Each clip is transcribed with the round's question as prompt (what the mock interview and batch do) and clean
clips also without it, for comparison. WER counts every error over every reference word of the condition. Prints Markdown tables. Needs espeak-ng and sox (`make bench-speech` installs them).
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import jiwer
import numpy as np

from grader.audio import transcribe
from grader.errors import AudioError
from grader.rubric import load_rubric

# Spoken-style answers, one per round, written without digits (espeak says 'five point two', Whisper writes '5.2').
ANSWERS = {
    1: "So eBPF lets us see inside the kernel without changing our services. We would get every HTTP request, "
       "every DNS lookup and every TCP connection, even for the old Java services that have no instrumentation. "
       "We also get kernel metrics like retransmissions and scheduler latency that Prometheus never sees.",
    2: "You need a reasonably recent kernel. For the portable programs you want BTF, the type format, which "
       "means a kernel from the last few years. On older nodes the tools either fall back to compiling on the "
       "host, which needs kernel headers, or they simply do not run, so check the node pools first.",
    3: "I would not make everyone learn to write eBPF programs. We would adopt a managed tool like Cilium or "
       "Pixie, have two engineers own it, and start with one use case, such as network visibility. The rest of "
       "the team consumes dashboards and runbooks, and we grow the knowledge through pairing.",
    4: "He is right that OpenTelemetry gives us application context that eBPF cannot see, like business "
       "attributes on a span. But auto instrumentation misses the kernel and the network, and it costs effort "
       "per language. I would use both: eBPF for the wide view and OpenTelemetry for the deep traces.",
    5: "I think observability will move into the platform itself. eBPF will become the default way to collect "
       "network and security signals, and OpenTelemetry will be the standard format. Teams should invest in "
       "clean telemetry pipelines and in people who understand the kernel, not in more vendor agents.",
}
VOICES = [("en-us", 160), ("en-gb", 160), ("en-us+f3", 175), ("en-us", 200)]
SNR_DB = 10.0


def _normalise(text: str) -> str:
    text = text.lower().replace("-", " ")
    return " ".join(re.sub(r"[^\w\s']", " ", text).split())


def _speak(text: str, voice: str, speed: int, path: Path) -> Path:
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(path), text], check=True)
    return path


def _noisy(source: Path, target: Path, snr_db: float, seed: int) -> Path:
    with wave.open(str(source)) as clip:
        params = clip.getparams()
        samples = np.frombuffer(clip.readframes(clip.getnframes()), dtype=np.int16).astype(np.float64)
    power = np.mean(samples ** 2) / (10 ** (snr_db / 10))
    noisy = samples + np.random.default_rng(seed).normal(0.0, np.sqrt(power), samples.shape)
    with wave.open(str(target), "wb") as out:
        out.setparams(params)
        out.writeframes(np.clip(noisy, -32768, 32767).astype(np.int16).tobytes())
    return target


def _telephone(source: Path, target: Path) -> Path:
    subprocess.run(["sox", str(source), "-r", "8000", str(target), "sinc", "300-3400"], check=True)
    return target


def main() -> None:
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (make bench-speech installs it)")
    rubric = load_rubric("ebpf-observability")
    rows: dict[tuple[str, bool], list[tuple[float, float, float, float]]] = {}
    transcribe(_speak("Warming up.", "en-us", 160, Path(tempfile.mkdtemp()) / "warm.wav"))  # load the model once
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for (voice, speed) in VOICES:
            for number, text in ANSWERS.items():
                clean = _speak(text, voice, speed, tmp / f"{voice}-{speed}-{number}.wav")
                clips = {
                    "clean": clean,
                    f"noise {SNR_DB:.0f} dB SNR": _noisy(clean, clean.with_name(clean.stem + "-noise.wav"), SNR_DB,
                                                         seed=number),
                    "telephone 8 kHz": _telephone(clean, clean.with_name(clean.stem + "-8k.wav")),
                }
                for condition, clip in clips.items():
                    for prompted in (True, False) if condition == "clean" else (True,):
                        started = time.perf_counter()
                        try:
                            speech = transcribe(clip, prompt=rubric.round(number).question if prompted else None)
                            heard, duration = speech.text, speech.duration
                        except AudioError:  # nothing recognised: every word is missed
                            heard, duration = "", 0.0
                        seconds = time.perf_counter() - started
                        errors = jiwer.process_words(_normalise(text), _normalise(heard) or "_")
                        rows.setdefault((condition, prompted), []).append(
                            (errors.wer, seconds, duration or seconds,
                             errors.substitutions + errors.deletions + errors.insertions))
                        print(f"{clip.name} prompt={prompted} wer={errors.wer:.3f} rtf={seconds / (duration or 1):.2f}",
                              file=sys.stderr, flush=True)
    print(f"Whisper tiny.en (int8, CTranslate2) on {len(VOICES)} espeak-ng voice/speed settings x "
          f"{len(ANSWERS)} answers per condition\n")
    print("| audio | clips | audio seconds | WER, with the question as prompt | WER, no prompt | "
          "real-time factor (median) |")
    print("| --- | --- | --- | --- | --- | --- |")
    words = sum(len(_normalise(t).split()) for t in ANSWERS.values()) * len(VOICES)
    for condition in dict.fromkeys(c for c, _ in rows):
        with_prompt, without = rows[(condition, True)], rows.get((condition, False))
        wer_with = sum(r[3] for r in with_prompt) / words
        wer_without = f"{sum(r[3] for r in without) / words:.1%}" if without else "—"
        rtf = statistics.median(r[1] / r[2] for r in with_prompt)
        seconds = sum(r[2] for r in with_prompt)
        print(f"| {condition} | {len(with_prompt)} | {seconds:.0f} | {wer_with:.1%} | {wer_without} | {rtf:.2f} |")
    print("\nPer voice, clean audio, with the prompt:\n")
    print("| voice, words per minute (espeak -s) | WER |")
    print("| --- | --- |")
    clean = rows[("clean", True)]
    per = len(ANSWERS)
    for index, (voice, speed) in enumerate(VOICES):
        part = clean[index * per:(index + 1) * per]
        words = sum(len(_normalise(t).split()) for t in ANSWERS.values())
        print(f"| {voice}, {speed} | {sum(r[3] for r in part) / words:.1%} |")


if __name__ == "__main__":
    main()
