"""Audio in ``grader batch``: answers transcribed with timestamps into the row and transcript flows.

* A row file (CSV/JSONL) whose rows have an ``audio`` column (a path relative to the row file) instead of
  ``answer``: each recording is one candidate answer to the row's ``round``.
* An audio file given directly, with its speaker turns in a transcript file of the same name beside it
  (``interview.wav`` + ``interview.vtt``): the recording's words are put into the turns by time, and the
  interview is aligned and graded like any transcript.
"""

from __future__ import annotations

from pathlib import Path

from grader.audio.delivery import measure_delivery
from grader.audio.speech import SpeechTranscript, Word, transcribe
from grader.errors import TranscriptError
from grader.result import Delivery
from grader.rubric.loader import load_rubric
from grader.rubric.schema import Rubric
from grader.transcripts.model import AlignedAnswer, Alignment, Transcript, Turn

TURN_SUFFIXES = (".vtt", ".srt", ".json", ".txt", ".md")


def find_turns(audio: Path) -> Path | None:
    """The speaker-turns transcript beside a recording (same name, a transcript extension), if any."""
    for suffix in TURN_SUFFIXES:
        candidate = audio.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def transcribe_answer(audio: Path, rubric: Rubric | None, round_: int | None, trap_id: str | None,
                      shown: str) -> tuple[str, Delivery]:
    """One recorded answer: its transcript (the round's question as prompt) and its delivery."""
    question = None
    if rubric is not None and isinstance(round_, int):
        try:
            round_rubric = rubric.round(round_)
            question = round_rubric.trap(trap_id).question if trap_id else round_rubric.question
        except Exception:  # an unknown round or trap is reported by grading, with its own message
            question = None
    speech = transcribe(audio, name=shown, prompt=question)
    return speech.text, measure_delivery(speech, rubric, main_answer=not trap_id)


def _need_times(turns: list[Turn], shown: str) -> None:
    if any(turn.start is None or turn.end is None for turn in turns):
        raise TranscriptError(f"{shown}: speaker turns need start and end times to be matched to the recording "
                              "(expected timestamps on every turn, as in .vtt or .srt)")


def assign_words(words: list[Word], turns: list[Turn], shown: str) -> list[Turn]:
    """The turns with their text replaced by the recording's words that fall in them (by each word's middle;
    a word between turns goes to the nearest). Turns that got no words are left out."""
    _need_times(turns, shown)
    spoken: list[list[str]] = [[] for _ in turns]
    for word in words:
        middle = (word.start + word.end) / 2
        distance = [0.0 if t.start <= middle <= t.end else min(abs(middle - t.start), abs(middle - t.end))
                    for t in turns]
        spoken[distance.index(min(distance))].append(word.text)
    return [turn.model_copy(update={"text": " ".join(text)}) for turn, text in zip(turns, spoken) if text]


def speech_transcript(audio: Path, turns_path: Path, rubric: Rubric | None,
                      shown: str) -> tuple[Transcript, SpeechTranscript]:
    """A recording and its speaker turns as one Transcript whose text is what the recording says (and the
    recording's own transcript, for delivery)."""
    from grader.transcripts import read_transcript

    turns = read_transcript(turns_path).turns
    prompt = rubric.title if rubric is not None else None
    _need_times(turns, str(turns_path))
    speech = transcribe(audio, name=shown, prompt=prompt, spans=[(turn.start, turn.end) for turn in turns])
    merged = assign_words(speech.words, turns, str(turns_path))
    return Transcript(path=shown, turns=merged), speech


def answer_delivery(speech: SpeechTranscript, transcript: Transcript, alignment: Alignment,
                    answer: AlignedAnswer, rubric: Rubric | None) -> Delivery | None:
    """Delivery of one aligned answer: the candidate's words and speech from when its question was asked until
    the next aligned question; None when the turns give no times."""
    if answer.start is None:
        return None
    later = [a.start for a in alignment.answers if a.start is not None and a.start > answer.start]
    until = min(later, default=float("inf"))
    spans = [(t.start, t.end) for t in transcript.turns
             if t.speaker == alignment.candidate and t.start is not None and t.end is not None
             and answer.start <= t.start < until]
    if not spans:
        return None

    def inside(start: float, end: float) -> bool:
        middle = (start + end) / 2
        return any(a <= middle <= b for a, b in spans)

    words = [w for w in speech.words if inside(w.start, w.end)]
    if not words:
        return None
    regions = [(max(a, s), min(b, e)) for a, b in speech.speech for s, e in spans if min(b, e) > max(a, s)]
    part = SpeechTranscript(source=speech.source, text=" ".join(w.text for w in words), words=words,
                            duration=round(sum(e - s for s, e in spans), 2), speech=regions)
    return measure_delivery(part, rubric, main_answer=answer.trap_id is None)


def row_rubric(fields: dict, rubric: Rubric | None) -> Rubric | None:
    """The rubric a row is graded against (its own 'rubric' column first), for the transcription prompt."""
    try:
        return load_rubric(str(fields["rubric"])) if fields.get("rubric") else rubric
    except Exception:  # grading reports a bad rubric with its own message
        return rubric
