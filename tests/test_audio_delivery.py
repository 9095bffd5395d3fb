"""Delivery feedback from word timings: pace, fillers, long pauses, length against the round's share."""

from __future__ import annotations

from grader.audio import SpeechTranscript, Word, count_fillers, expected_seconds, measure_delivery
from grader.rubric.loader import load_rubric


def speech(text: str, seconds_per_word: float, *, gaps: dict[int, float] | None = None,
           duration: float | None = None) -> SpeechTranscript:
    """Words evenly spaced; `gaps` adds a silence before word i; speech regions follow the gaps."""
    words, regions, t, region_start = [], [], 0.0, 0.0
    for index, token in enumerate(text.split()):
        gap = (gaps or {}).get(index, 0.0)
        if gap:
            regions.append((region_start, t))
            t += gap
            region_start = t
        words.append(Word(text=token, start=round(t, 2), end=round(t + seconds_per_word, 2)))
        t += seconds_per_word
    regions.append((region_start, t))
    return SpeechTranscript(source="clip.wav", text=text, words=words, duration=duration or t, speech=regions)


ANSWER = ("The verifier walks every path of the program and rejects loops it cannot bound, so the kernel "
          "stays safe. ") * 3


def test_pace_in_words_per_minute_is_reported_and_judged() -> None:
    normal = measure_delivery(speech(ANSWER, 0.4))  # 150 words per minute
    fast = measure_delivery(speech(ANSWER, 0.25))  # 240
    assert normal.words_per_minute == 150.0
    assert "comfortable" in normal.notes[0]
    assert fast.words_per_minute == 240.0
    assert fast.notes[0].startswith("Pace: 240 words per minute, fast")


def test_a_word_whisper_splits_into_tokens_counts_once() -> None:
    split = measure_delivery(speech("TCP re -transmissions need kernel 5 .8 and it 's fine", 0.4))
    assert split.words == 8  # TCP, re-transmissions, need, kernel, 5.8, and, it's, fine


def test_fillers_are_counted_but_meaningful_words_are_not() -> None:
    text = "Um, so the verifier, uh, checks, you know, every path. I mean, it is, like, strict. I like bpftrace."
    found = count_fillers(speech(text, 0.3).words)
    assert found == {"um": 1, "uh": 1, "you know": 1, "I mean": 1, "like": 1}
    clean = count_fillers(speech("Do you know the verifier? I like it and I mean it.", 0.3).words)
    assert sum(clean.values()) == 0


def test_many_fillers_get_a_note_and_a_rate() -> None:
    text = "Um, the verifier, uh, checks loops. Um, it, uh, rejects, um, unbounded ones. " * 3
    delivery = measure_delivery(speech(text, 0.4))
    assert delivery.fillers == 15
    assert delivery.fillers_per_minute > 20
    assert any(n.startswith("Fillers: 15") and "a short silence" in n for n in delivery.notes)


def test_long_pauses_come_from_silences_and_do_not_slow_the_pace() -> None:
    delivery = measure_delivery(speech(ANSWER, 0.4, gaps={10: 5.0, 20: 1.0}))
    assert [(p.start, p.seconds) for p in delivery.long_pauses] == [(4.0, 5.0)]
    # 57 words in 22.8 s of speech plus the 1 s pause: the 5 s silence is not speaking time, the 1 s one is.
    assert delivery.speaking_seconds == 23.8
    assert delivery.words_per_minute == 143.7
    assert any(n.startswith("Long pauses: 1 (5.0 s after 4.0 s)") for n in delivery.notes)


def test_length_is_compared_with_the_rounds_share_of_the_gauntlet() -> None:
    rubric = load_rubric("ebpf-observability")  # 15-20 minutes, 5 rounds
    assert expected_seconds(rubric) == (180.0, 240.0)
    short = measure_delivery(speech(ANSWER, 0.4), rubric)
    assert short.length == "short"
    assert "3-4 min is its share" in short.notes[-1]
    ok = measure_delivery(speech(ANSWER * 10, 0.4), rubric)  # 180 s
    assert ok.length == "ok"
    long = measure_delivery(speech(ANSWER * 20, 0.4), rubric)  # 360 s
    assert long.length == "long"
    follow_up = measure_delivery(speech(ANSWER, 0.4), rubric, main_answer=False)
    assert follow_up.length is None and follow_up.expected_seconds is None


def test_delivery_is_a_separate_field_of_the_result_row() -> None:
    from grader.embedding import HashingEmbedder
    from grader.grading import Grader

    rubric = load_rubric("ebpf-observability")
    result = Grader(HashingEmbedder()).grade(rubric, 1, ANSWER)
    assert "delivery" not in result.row()
    result.delivery = measure_delivery(speech(ANSWER, 0.4), rubric)
    row = result.row()
    assert row["delivery"]["words_per_minute"] == 150.0
    assert row["score"] == Grader(HashingEmbedder()).grade(rubric, 1, ANSWER).score


def test_whispers_hallucinated_tails_are_dropped() -> None:
    from types import SimpleNamespace

    from grader.audio.speech import _hallucinated

    def segment(start: float, end: float, words: int, ratio: float = 1.5) -> SimpleNamespace:
        return SimpleNamespace(start=start, end=end, words=[None] * words, compression_ratio=ratio)

    assert not _hallucinated(segment(0.0, 18.2, 48))  # 2.6 words a second: speech
    assert _hallucinated(segment(18.2, 18.6, 60))  # "Thank you for watching, see you ..." in 0.4 s
    assert _hallucinated(segment(0.0, 10.0, 20, ratio=3.1))  # a loop of the same phrase


def test_the_report_has_a_delivery_section_only_for_spoken_answers() -> None:
    from grader.audio.report import delivery_markdown
    from grader.embedding import HashingEmbedder
    from grader.grading import Grader

    rubric = load_rubric("ebpf-observability")
    grader = Grader(HashingEmbedder())
    typed = grader.grade(rubric, 1, ANSWER)
    assert delivery_markdown([typed]) == ""
    spoken = grader.grade(rubric, 2, ANSWER)
    spoken.delivery = measure_delivery(speech(ANSWER, 0.4, gaps={10: 5.0}), rubric)
    text = delivery_markdown([typed, spoken])
    assert "| round 2 | 150 | 0.0 | 1 | 28 s (short) |" in text
    assert "round 1 |" not in text
    assert "- Long pauses: 1 (5.0 s after 4.0 s)" in text


def test_known_turns_are_transcribed_in_windows_that_cover_the_whole_recording() -> None:
    from grader.audio.speech import _windows

    assert _windows(None, 50.0) == [(0.0, 50.0)]
    # Each turn gets its own window, cut halfway through the gaps; overlapping turns and an unsorted list too.
    assert _windows([(13.4, 30.3), (0.0, 12.8), (30.9, 39.0)], 50.0) == [
        (0.0, 13.1), (13.1, 30.6), (30.6, 50.0)]
    assert _windows([(0.0, 10.0), (8.0, 20.0)], 20.0) == [(0.0, 9.0), (9.0, 20.0)]
    assert _windows([(5.0, 5.0)], 20.0) == [(0.0, 20.0)]
