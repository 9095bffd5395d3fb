"""Question-to-round alignment: roles, shuffled and skipped rounds, traps, follow-ups, filler, mappings."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.embedding import HashingEmbedder
from grader.errors import TranscriptError
from grader.rubric import read_rubric_file
from grader.transcripts import (
    Alignment,
    Transcript,
    Turn,
    align_transcript,
    is_backchannel,
    read_transcript,
    remove_filler,
)

DATA = Path(__file__).parent / "data" / "transcripts"
EXAMPLES = Path(__file__).parent.parent / "examples" / "transcripts"
RUBRIC = read_rubric_file(DATA / "ebpf-observability.yaml")
EMBEDDER = HashingEmbedder()

# Paraphrases of the rubric's questions, as an interviewer would say them.
Q1 = "What would eBPF-based tools like Pixie or Tetragon give you that Prometheus and OpenTelemetry don't?"
Q2 = "Which kernel versions do eBPF observability tools require, and what if some nodes run older kernels?"
Q3 = "None of your 10 engineers have eBPF experience. How do you adopt it without a black box nobody can debug?"
Q4 = ("A senior engineer says skip eBPF and improve OpenTelemetry instrumentation; auto-instrumentation "
      "agents work on any kernel. Is that a valid position?")
Q5 = "Where is the observability landscape heading in the next 2-3 years, and what should teams invest in now?"
TRAP = "What is BTF and why does it matter?"


def transcript(*turns: tuple[str, str], path: str = "/tmp/interviews/call.txt") -> Transcript:
    return Transcript(
        path=path, turns=[Turn(speaker=s, text=t, start=float(i * 10), end=None) for i, (s, t) in enumerate(turns)]
    )


def align(t: Transcript, **kwargs) -> Alignment:
    return align_transcript(t, RUBRIC, EMBEDDER, **kwargs)


def by_key(alignment: Alignment) -> dict[tuple[int, str | None], str]:
    return {(a.round, a.trap_id): a.answer for a in alignment.answers}


def test_shuffled_and_skipped_rounds_with_small_talk():
    t = transcript(
        ("Priya", "Hi Jordan, how was your weekend?"),
        ("Jordan", "Lovely, thanks, we went hiking."),
        ("Priya", f"Great. Let's start with a debate. {Q4}"),
        ("Jordan", "It depends on the biggest gap: OTel for applications, eBPF for the kernel."),
        ("Priya", f"Okay. Going back to basics: {Q1}"),
        ("Jordan", "Visibility without code changes, because programs attach to syscalls."),
        ("Priya", Q2),
        ("Jordan", "BTF needs 5.2 and the ring buffer needs 5.8."),
        ("Priya", "Do you have any questions for us?"),
        ("Jordan", "How big is the team?"),
    )
    alignment = align(t)
    assert alignment.transcript == "call.txt"
    assert (alignment.interviewer, alignment.candidate) == (["Priya"], "Jordan")
    # Rubric order, whatever order they were asked in; rounds 3 and 5 were skipped.
    assert [a.round for a in alignment.answers] == [1, 2, 4]
    assert by_key(alignment) == {
        (1, None): "Visibility without code changes, because programs attach to syscalls.",
        (2, None): "BTF needs 5.2 and the ring buffer needs 5.8.",
        (4, None): "It depends on the biggest gap: OTel for applications, eBPF for the kernel.",
    }
    assert alignment.unmatched_questions == ["Hi Jordan, how was your weekend?", "Do you have any questions for us?"]
    first = alignment.answers[0]
    assert first.matched_question == RUBRIC.rounds[0].question
    assert first.question == f"Going back to basics: {Q1}"  # as asked, without the 'Okay.' before it
    assert first.start == 40.0  # when the question was asked
    assert all(a.similarity >= 0.42 for a in alignment.answers)


def test_trap_question_is_graded_as_the_traps_answer():
    t = transcript(
        ("Priya", Q2),
        ("Jordan", "Kernel 5.2 for BTF, honestly I'm not sure about the rest."),
        ("Priya", f"You mentioned it. {TRAP}"),
        ("Jordan", "It is the BPF Type Format; it makes programs portable across kernels."),
    )
    alignment = align(t)
    assert by_key(alignment) == {
        (2, None): "Kernel 5.2 for BTF, honestly I'm not sure about the rest.",
        (2, "what-is-btf"): "It is the BPF Type Format; it makes programs portable across kernels.",
    }
    trap = alignment.answers[1]
    assert trap.matched_question == TRAP and trap.question == TRAP


def test_backchannel_and_statements_do_not_end_an_answer_but_questions_do():
    t = transcript(
        ("Priya", Q3),
        ("Jordan", "Separate using tools from writing programs."),
        ("Priya", "Mm-hm."),
        ("Jordan", "Then one engineer becomes the champion."),
        ("Priya", "Right, okay. That makes sense to me."),
        ("Jordan", "And we write runbooks."),
        ("Priya", "Can you give an example?"),
        ("Jordan", "A runbook for program load failures."),
        ("Priya", "Which coffee do you like best?"),
        ("Jordan", "Espresso."),
    )
    alignment = align(t)
    assert by_key(alignment) == {
        (3, None): "Separate using tools from writing programs. Then one engineer becomes the champion. "
        "And we write runbooks. A runbook for program load failures."
    }
    assert alignment.unmatched_questions == ["Which coffee do you like best?"]


def test_round_asked_twice_keeps_the_better_question_and_appends_the_other_answer():
    rephrased = "Let me rephrase: what would eBPF give you that your Prometheus stack doesn't?"
    t = transcript(
        ("Priya", rephrased),
        ("Jordan", "Um, could you say that again?"),
        ("Priya", Q1),
        ("Jordan", "Kernel-level metrics like syscall latency."),
    )
    alignment = align(t)
    [answer] = alignment.answers
    assert answer.question == Q1  # the better match wins ...
    # ... its answer comes first; the other asking's answer is appended.
    assert answer.answer == "Kernel-level metrics like syscall latency. Um, could you say that again?"


def test_filler_is_removed_for_grading_and_kept_for_quoting():
    spoken = "Um, so, BTF is, you know, like, the BPF Type Format. I I mean, uh, it describes kernel structures."
    t = transcript(("Priya", TRAP), ("Jordan", spoken), ("Priya", Q2), ("Jordan", "Uh, 5.2."))
    answer = align(t).answers[1]
    assert answer.trap_id == "what-is-btf"
    assert answer.answer == spoken
    assert answer.answer_for_grading == "So, BTF is the BPF Type Format. I mean it describes kernel structures."


@pytest.mark.parametrize(
    "spoken, graded",
    [
        ("I like, uh, bpftrace.", "I like bpftrace."),
        ("Do you know the answer? You know what, no.", "Do you know the answer? You know what, no."),
        ("It is like a VM in the kernel.", "It is like a VM in the kernel."),
        ("Hmm, you know, it depends.", "It depends."),
        ("eBPF is, like, faster? I mean, maybe.", "eBPF is faster? Maybe."),
        ("the the ring buffer", "The ring buffer"),
    ],
)
def test_remove_filler_keeps_meaningful_words(spoken, graded):
    assert remove_filler(spoken) == graded


@pytest.mark.parametrize("text", ["Mm-hm.", "Right.", "Okay, got it.", "uh-huh", "Yeah, makes sense."])
def test_backchannel(text):
    assert is_backchannel(text)


def test_backchannel_does_not_swallow_a_question():
    assert not is_backchannel("Right, so what about older kernels?")


def test_more_than_two_speakers_second_interviewer_and_note_taker():
    t = transcript(
        ("Maria", "Hi Sam, this is Tom, and Li is taking notes."),
        ("Li", "Hi, I'll stay on mute."),
        ("Tom", Q4),
        ("Sam", "It depends on the gap; OTel first, eBPF for the network layer."),
        ("Li", "Sorry, could you repeat that for my notes?"),
        ("Sam", "OTel first, then eBPF."),
        ("Maria", Q2),
        ("Sam", "Something like 4 point something, I don't remember."),
        ("Tom", TRAP),
        ("Sam", "I know it enables portability but I'd need to look up the mechanism."),
        ("Maria", Q5),
        ("Sam", "Standardise on OpenTelemetry."),
        ("Li", "Thanks, I have everything."),
    )
    alignment = align(t)
    assert set(alignment.interviewer) == {"Maria", "Tom"} and alignment.candidate == "Sam"
    assert "Li" not in alignment.interviewer
    assert by_key(alignment) == {
        (2, None): "Something like 4 point something, I don't remember.",
        (2, "what-is-btf"): "I know it enables portability but I'd need to look up the mechanism.",
        # The note-taker's question neither ends the answer nor is listed: only interviewers ask.
        (4, None): "It depends on the gap; OTel first, eBPF for the network layer. OTel first, then eBPF.",
        (5, None): "Standardise on OpenTelemetry.",
    }
    assert alignment.unmatched_questions == []


def test_roles_from_interviewer_and_candidate_labels():
    t = transcript(
        ("Interviewer", "Tell me about yourself."),
        ("Candidate", "I run the platform team."),
        ("Interviewer", Q5),
        ("Candidate", "OpenTelemetry everywhere."),
    )
    alignment = align(t)
    assert (alignment.interviewer, alignment.candidate) == (["Interviewer"], "Candidate")
    assert by_key(alignment) == {(5, None): "OpenTelemetry everywhere."}


def test_explicit_mapping_settles_ambiguous_roles():
    # Both speakers only make small talk and ask the same share of questions: nobody clearly interviews.
    t = transcript(
        ("Ann", "Nice weather today, isn't it?"),
        ("Bob", "Yes, lovely. Did you bike in?"),
        ("Ann", "I did. Shall we start?"),
        ("Bob", "Sure, go ahead whenever you like?"),
    )
    with pytest.raises(TranscriptError) as caught:
        align(t)
    message = str(caught.value)
    assert message.startswith("/tmp/interviews/call.txt: cannot tell who the interviewer is")
    assert "--speaker NAME=interviewer" in message

    alignment = align(t, speakers={"Ann": "interviewer", "bob": "candidate"})
    assert (alignment.interviewer, alignment.candidate, alignment.answers) == (["Ann"], "Bob", [])
    assert alignment.unmatched_questions == ["Nice weather today, isn't it?", "I did. Shall we start?"]


def test_candidate_who_reads_the_questions_back_is_ambiguous():
    t = transcript(
        ("Ann", Q1),
        ("Bob", Q1),
        ("Ann", Q2),
        ("Bob", Q2),
    )
    with pytest.raises(TranscriptError, match=r"speaker roles are ambiguous: .* pass a mapping"):
        align(t)


def test_explicit_mapping_overrides_similarity():
    t = transcript(("Priya", Q1), ("Jordan", "Kernel metrics."), ("Priya", Q2), ("Jordan", "5.2 for BTF."))
    # Swapped on purpose: the mapping is obeyed even when the similarity says otherwise.
    alignment = align(t, speakers={"Jordan": "interviewer", "Priya": "candidate"})
    assert (alignment.interviewer, alignment.candidate) == (["Jordan"], "Priya")
    assert alignment.answers == []


@pytest.mark.parametrize(
    "mapping, interviewer, candidate",
    [
        ({"Jordan": "candidate"}, ["Priya", "Tom"], "Jordan"),
        ({"Priya": "interviewer", "Tom": "interviewer"}, ["Priya", "Tom"], "Jordan"),
        ({"Priya": "interviewer", "Jordan": "candidate"}, ["Priya"], "Jordan"),
    ],
)
def test_partial_mappings_fill_in_the_other_speakers(mapping, interviewer, candidate):
    t = transcript(("Priya", Q1), ("Jordan", "Kernel metrics."), ("Tom", TRAP), ("Jordan", "A type format."))
    alignment = align(t, speakers=mapping)
    assert (alignment.interviewer, alignment.candidate) == (interviewer, candidate)
    expected_keys = [(1, None), (2, "what-is-btf")] if "Tom" in interviewer else [(1, None)]
    assert [(a.round, a.trap_id) for a in alignment.answers] == expected_keys


@pytest.mark.parametrize(
    "mapping, expected",
    [
        ({"Zed": "candidate"}, "no speaker 'Zed' in the transcript (speakers: Priya, Jordan)"),
        ({"Priya": "boss"}, "speaker 'Priya': role 'boss' is not one of: interviewer, candidate, other"),
        ({"Priya": "interviewer", "Jordan": "interviewer"}, "need one candidate and at least one interviewer"),
    ],
)
def test_bad_mappings_are_explained(mapping, expected):
    t = transcript(("Priya", Q1), ("Jordan", "Kernel metrics."))
    with pytest.raises(TranscriptError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        align(t, speakers=mapping)


def test_single_speaker_is_an_error():
    t = transcript(("Priya", Q1), ("Priya", Q2))
    with pytest.raises(TranscriptError, match="only one speaker"):
        align(t)


def test_min_similarity_controls_what_counts_as_a_question():
    t = transcript(("Priya", Q1), ("Jordan", "Kernel metrics."))
    assert len(align(t).answers) == 1
    strict = align(t, speakers={"Priya": "interviewer"}, min_similarity=0.99)
    assert strict.answers == [] and strict.unmatched_questions == [Q1]


# ---------------------------------------------------------------------------------------------- examples


@pytest.mark.parametrize(
    "name, interviewer, candidate, keys",
    [
        ("strong-jordan.vtt", ["Priya Shah"], "Jordan Lee",
         [(1, None), (2, None), (2, "what-is-btf"), (3, None), (4, None), (5, None)]),
        ("bluffer-chris.srt", ["Sam Rivera"], "Chris Novak", [(1, None), (2, None), (2, "what-is-btf"), (5, None)]),
        ("weak-alex.txt", ["Dana Whitfield"], "Alex Moreno", [(1, None), (3, None), (4, None)]),
    ],
)
def test_example_transcripts_with_the_test_embedder(name, interviewer, candidate, keys):
    alignment = align(read_transcript(EXAMPLES / name))
    assert (alignment.interviewer, alignment.candidate) == (interviewer, candidate)
    assert [(a.round, a.trap_id) for a in alignment.answers] == keys


def test_weak_example_keeps_the_followup_in_the_round_and_lists_small_talk():
    alignment = align(read_transcript(EXAMPLES / "weak-alex.txt"))
    round3 = by_key(alignment)[(3, None)]
    assert "install it and see" in round3 and "YouTube videos" in round3
    assert alignment.unmatched_questions == ["Hey Alex, welcome. Did you find the building alright?"]
    graded = alignment.answers[0].answer_for_grading
    assert "um" not in graded.lower().split() and "faster than Prometheus" in graded


def test_mixed_example_roles_with_the_test_embedder():
    alignment = align(read_transcript(EXAMPLES / "mixed-sam.json"))
    assert set(alignment.interviewer) == {"Maria Gomez", "Tom Becker"}
    assert alignment.candidate == "Sam Ortiz"


# ---------------------------------------------------------------------------------------------- real model


@pytest.fixture(scope="module")
def model():
    from grader.embedding import default_embedder

    return default_embedder()


@pytest.mark.model
@pytest.mark.parametrize(
    "name, interviewer, candidate, keys, unmatched",
    [
        ("strong-jordan.vtt", ["Priya Shah"], "Jordan Lee",
         [(1, None), (2, None), (2, "what-is-btf"), (3, None), (4, None), (5, None)], 2),
        ("bluffer-chris.srt", ["Sam Rivera"], "Chris Novak",
         [(1, None), (2, None), (2, "what-is-btf"), (5, None)], 1),
        ("weak-alex.txt", ["Dana Whitfield"], "Alex Moreno", [(1, None), (3, None), (4, None)], 1),
        ("mixed-sam.json", ["Tom Becker", "Maria Gomez"], "Sam Ortiz",
         [(1, None), (2, None), (2, "what-is-btf"), (4, None), (5, None)], 0),
    ],
)
def test_example_transcripts_with_the_bundled_model(model, name, interviewer, candidate, keys, unmatched):
    alignment = align_transcript(read_transcript(EXAMPLES / name), RUBRIC, model)
    assert (alignment.interviewer, alignment.candidate) == (interviewer, candidate)
    assert [(a.round, a.trap_id) for a in alignment.answers] == keys
    assert len(alignment.unmatched_questions) == unmatched
    # Paraphrases clear the default threshold with room to spare.
    assert min(a.similarity for a in alignment.answers) >= 0.6


@pytest.mark.model
def test_small_talk_stays_far_below_the_threshold_with_the_bundled_model(model):
    from grader.transcripts import DEFAULT_MIN_SIMILARITY

    t = transcript(
        ("Priya", "How was your weekend? Did you do anything fun?"),
        ("Jordan", "We went hiking, it was great."),
        ("Priya", "Do you have any questions for us about the team?"),
        ("Jordan", "How is on-call organised?"),
        ("Priya", Q3),
        ("Jordan", "Train a champion and write runbooks."),
    )
    alignment = align_transcript(t, RUBRIC, model)
    assert [(a.round, a.trap_id) for a in alignment.answers] == [(3, None)]
    assert len(alignment.unmatched_questions) == 2
    assert DEFAULT_MIN_SIMILARITY > 0.3


@pytest.mark.model
def test_examples_align_the_same_with_the_installed_rubric(model):
    """The installed rubric (which batch uses) has more traps than the test rubric; none steals a question."""
    from grader.rubric import load_rubric

    installed = load_rubric("ebpf-observability")
    for name in ("strong-jordan.vtt", "bluffer-chris.srt", "weak-alex.txt", "mixed-sam.json"):
        t = read_transcript(EXAMPLES / name)
        ours = align_transcript(t, RUBRIC, model)
        theirs = align_transcript(t, installed, model)
        assert [(a.round, a.trap_id, a.answer) for a in theirs.answers] == [
            (a.round, a.trap_id, a.answer) for a in ours.answers
        ], name
