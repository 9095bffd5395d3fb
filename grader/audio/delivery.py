"""Delivery feedback from a spoken answer's word timings: pace, fillers, long pauses, length.

The guideline numbers are conventions of interview coaching, not fitted: a conversational pace of about
120-170 words per minute, a few fillers a minute going unnoticed, and a thinking pause of up to a few
seconds being fine. None of this touches the content score.
"""

from __future__ import annotations

import re
from collections import Counter

from grader.audio.speech import SpeechTranscript, Word
from grader.result import Delivery, Pause
from grader.rubric.schema import Rubric

SLOW_WPM = 110.0
FAST_WPM = 170.0
FILLERS_PER_MINUTE_NOTICEABLE = 4.0
LONG_PAUSE_SECONDS = 3.0

_HESITATION = re.compile(r"^(?:u+m+|u+h+m*|e+r+m*|a+h+|hmm+|mm+|mhm)$", re.IGNORECASE)
# Two-word fillers, counted when Whisper writes them with a comma after ('you know,' / 'I mean,'), which is
# how it marks them as asides rather than part of the sentence ('do you know the answer').
_PHRASES = {("you", "know"): "you know", ("i", "mean"): "I mean"}


#: A token that starts with one of these continues the word before it.
_CONTINUES = frozenset("-.'")


def _bare(word: str) -> str:
    return re.sub(r"^[^\w']+|[^\w']+$", "", word).lower()


def count_fillers(words: list[Word]) -> Counter[str]:
    """How often each filler came: hesitation sounds, 'you know,', 'I mean,' and 'like,' used as an aside."""
    found: Counter[str] = Counter()
    for index, word in enumerate(words):
        bare = _bare(word.text)
        if _HESITATION.match(bare):
            found[bare] += 1
        elif bare == "like" and word.text.rstrip().endswith(",") and index > 0 \
                and words[index - 1].text.rstrip()[-1:] in {",", "."}:
            found["like"] += 1
        elif index > 0 and word.text.rstrip().endswith(","):
            phrase = _PHRASES.get((_bare(words[index - 1].text), bare))
            if phrase:
                found[phrase] += 1
    return found


def long_pauses(speech: list[tuple[float, float]], threshold: float = LONG_PAUSE_SECONDS) -> list[Pause]:
    """Silences of at least `threshold` seconds between stretches of speech."""
    return [Pause(start=round(a_end, 2), seconds=round(b_start - a_end, 2))
            for (_, a_end), (b_start, _) in zip(speech, speech[1:]) if b_start - a_end >= threshold]


def expected_seconds(rubric: Rubric | None) -> tuple[float, float] | None:
    """A round's share of the gauntlet's stated duration ('15-20 minutes' over 5 rounds: 180-240 s)."""
    if rubric is None or not rubric.duration:
        return None
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", rubric.duration)]
    if not numbers or "min" not in rubric.duration.lower():
        return None
    low, high = numbers[0], numbers[1] if len(numbers) > 1 else numbers[0]
    rounds = len(rubric.rounds)
    return round(low * 60 / rounds, 1), round(high * 60 / rounds, 1)


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f} min" if seconds >= 90 else f"{seconds:.0f} s"


def _span(low: float, high: float) -> str:
    return f"{low / 60:g}-{high / 60:g} min" if low >= 60 else f"{low:.0f}-{high:.0f} s"


def measure_delivery(speech: SpeechTranscript, rubric: Rubric | None = None, *,
                     main_answer: bool = True) -> Delivery:
    """Pace, fillers, pauses and length of one spoken answer, with a line of feedback for each.

    `main_answer` is False for a trap follow-up, which has no expected length of its own.
    """
    words = speech.words
    if speech.speech:
        speaking = speech.speech[-1][1] - speech.speech[0][0]
    else:
        speaking = max(words[-1].end - words[0].start, 0.0) if words else 0.0
    pauses = long_pauses(speech.speech)
    # Pace is over the time spent talking: a long thinking pause is reported on its own, not as slow speech.
    speaking = max(speaking - sum(p.seconds for p in pauses), 0.0)
    minutes = speaking / 60 if speaking > 0 else 0.0
    # Whisper splits some words into tokens that go on the one before ("re" "-transmissions", "4" ".4").
    spoken = [w for i, w in enumerate(words)
              if not _HESITATION.match(_bare(w.text)) and not (i and w.text[:1] in _CONTINUES)]
    wpm = len(spoken) / minutes if minutes else 0.0
    fillers = count_fillers(words)
    total_fillers = sum(fillers.values())
    fpm = total_fillers / minutes if minutes else 0.0
    expected = expected_seconds(rubric) if main_answer else None

    notes: list[str] = []
    if speaking < 10:
        notes.append(f"Pace: too short to judge ({speaking:.0f} s of speech).")
    elif wpm < SLOW_WPM:
        notes.append(f"Pace: {wpm:.0f} words per minute, on the slow side (about 120-170 is conversational).")
    elif wpm > FAST_WPM:
        notes.append(f"Pace: {wpm:.0f} words per minute, fast; slow down on the key points (about 120-170 is "
                     "conversational).")
    else:
        notes.append(f"Pace: {wpm:.0f} words per minute, a comfortable conversational pace.")
    if total_fillers:
        common = ", ".join(f"'{w}' x{n}" for w, n in fillers.most_common(3))
        if fpm >= FILLERS_PER_MINUTE_NOTICEABLE and speaking >= 10:
            notes.append(f"Fillers: {total_fillers} ({fpm:.1f} a minute: {common}); a short silence reads "
                         "better than a filler.")
        else:
            notes.append(f"Fillers: {total_fillers} ({common}), few enough not to distract.")
    else:
        notes.append("Fillers: none heard.")
    if pauses:
        where = ", ".join(f"{p.seconds:.1f} s after {p.start:.1f} s" for p in pauses[:3])
        notes.append(f"Long pauses: {len(pauses)} ({where}); say what you are thinking about rather than go "
                     "silent.")
    length = None
    if expected is not None:
        low, high = expected
        if speech.duration < low / 2:
            length = "short"
            notes.append(f"Length: {_minutes(speech.duration)}, short for this round (about "
                         f"{_span(low, high)} is its share of the interview); add an example or "
                         "a trade-off.")
        elif speech.duration > high:
            length = "long"
            notes.append(f"Length: {_minutes(speech.duration)}, longer than this round's share of the "
                         f"interview ({_span(low, high)}); lead with the answer, then detail.")
        else:
            length = "ok"
            notes.append(f"Length: {_minutes(speech.duration)}, within this round's share of the interview.")
    return Delivery(
        duration=speech.duration, speaking_seconds=round(speaking, 2), words=len(spoken),
        words_per_minute=round(wpm, 1), fillers=total_fillers, fillers_per_minute=round(fpm, 2),
        filler_words=dict(fillers), long_pauses=pauses, expected_seconds=expected, length=length, notes=notes,
    )
