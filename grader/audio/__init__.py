"""Spoken answers: offline transcription with word timestamps, and delivery feedback from the timings.

Importing this package is cheap; the Whisper model loads on the first transcription.
"""

from grader.audio.delivery import count_fillers, expected_seconds, long_pauses, measure_delivery
from grader.audio.speech import AUDIO_SUFFIXES, SpeechTranscript, Word, decode, model_path, transcribe

__all__ = [
    "AUDIO_SUFFIXES",
    "SpeechTranscript",
    "Word",
    "count_fillers",
    "decode",
    "expected_seconds",
    "long_pauses",
    "measure_delivery",
    "model_path",
    "transcribe",
]
