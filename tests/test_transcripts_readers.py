"""Transcript readers: every format, speaker labels and timestamps, and clear errors for broken files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader.errors import TranscriptError
from grader.transcripts import Transcript, read_transcript

DATA = Path(__file__).parent / "data" / "transcripts"
EXAMPLES = Path(__file__).parent.parent / "examples" / "transcripts"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def said(transcript: Transcript) -> list[tuple[str, str]]:
    return [(turn.speaker, turn.text) for turn in transcript.turns]


# ---------------------------------------------------------------------------------------------- text


def test_plain_text_labels_continuations_and_merging(tmp_path):
    path = write(
        tmp_path,
        "interview.txt",
        "Interview notes, 14 May\n\n"
        "Interviewer: What is BTF and why does it matter?\n"
        "Candidate: It is the BPF Type Format.\n"
        "It describes kernel data structures.\n"
        "Candidate: So programs are portable.\n"
        "Interviewer: Thanks.\n",
    )
    transcript = read_transcript(path)
    assert said(transcript) == [
        ("Interviewer", "What is BTF and why does it matter?"),
        ("Candidate", "It is the BPF Type Format. It describes kernel data structures. So programs are portable."),
        ("Interviewer", "Thanks."),
    ]
    assert transcript.path == str(path)
    assert transcript.speakers == ["Interviewer", "Candidate"]


@pytest.mark.parametrize(
    "line, speaker, text, start",
    [
        ("[00:01:23] Priya Shah: So what is BTF?", "Priya Shah", "So what is BTF?", 83.0),
        ("00:01:23 Priya Shah: So what is BTF?", "Priya Shah", "So what is BTF?", 83.0),
        ("Priya Shah [00:01:23]: So what is BTF?", "Priya Shah", "So what is BTF?", 83.0),
        ("Priya Shah (1:23): So what is BTF?", "Priya Shah", "So what is BTF?", 83.0),
        ("Priya Shah: [01:02:03] So what is BTF?", "Priya Shah", "So what is BTF?", 3723.0),
        ("**Priya Shah:** So what is BTF?", "Priya Shah", "So what is BTF?", None),
        ("**Priya Shah**: So what is BTF?", "Priya Shah", "So what is BTF?", None),
        ("- **Priya Shah:** So what is BTF?", "Priya Shah", "So what is BTF?", None),
        ("(0:05) **Priya Shah:** So what is BTF?", "Priya Shah", "So what is BTF?", 5.0),
        ("Q: So what is BTF?", "Interviewer", "So what is BTF?", None),
    ],
    ids=["ts-before", "bare-ts-before", "ts-after-name", "paren-ts", "ts-after-colon", "bold-colon-inside",
         "bold-colon-outside", "md-list-bold", "ts-and-bold", "q-label"],
)
def test_label_and_timestamp_forms(tmp_path, line, speaker, text, start):
    path = write(tmp_path, "t.md", f"{line}\nA: It is the BPF Type Format.\n")
    first = read_transcript(path).turns[0]
    assert (first.speaker, first.text, first.start) == (speaker, text, start)


def test_sentence_with_a_colon_is_not_a_speaker(tmp_path):
    path = write(
        tmp_path,
        "t.txt",
        "Dana Whitfield: What would eBPF give you?\n"
        "Alex Moreno: Two things.\n"
        "First: kernel metrics like syscall latency.\n"
        "Dana Whitfield: Okay.\n"
        "Alex Moreno: Right.\n",
    )
    transcript = read_transcript(path)
    assert transcript.speakers == ["Dana Whitfield", "Alex Moreno"]
    assert transcript.turns[1].text == "Two things. First: kernel metrics like syscall latency."


def test_markdown_headings_are_not_speech(tmp_path):
    path = write(
        tmp_path,
        "t.md",
        "# Interview with Alex\n\n---\n\n**Dana:** What is BTF?\n\n## Part two\n\n**Alex:** The BPF Type Format.\n",
    )
    assert said(read_transcript(path)) == [("Dana", "What is BTF?"), ("Alex", "The BPF Type Format.")]


def test_otter_style_name_and_time_on_their_own_line(tmp_path):
    path = write(
        tmp_path,
        "t.txt",
        "Priya Shah  0:05\nWhat is BTF and why does it matter?\n\nJordan Lee  0:09\nIt is the BPF Type Format.\n",
    )
    transcript = read_transcript(path)
    assert said(transcript) == [
        ("Priya Shah", "What is BTF and why does it matter?"),
        ("Jordan Lee", "It is the BPF Type Format."),
    ]
    assert [t.start for t in transcript.turns] == [5.0, 9.0]


# ---------------------------------------------------------------------------------------------- captions


def test_vtt_voice_tags_merge_consecutive_cues():
    transcript = read_transcript(EXAMPLES / "strong-jordan.vtt")
    assert transcript.speakers == ["Priya Shah", "Jordan Lee"]
    # Cues 4 and 5 are one stretch of Jordan's speech: one turn, from the first cue's start to the last's end.
    answer = transcript.turns[3]
    assert answer.speaker == "Jordan Lee"
    assert answer.text.startswith("I'd say three things.") and "polyglot shop" in answer.text
    assert (answer.start, answer.end) == (21.5, 44.0)
    assert "<v" not in answer.text and "</v>" not in answer.text


def test_vtt_name_prefixes_and_unlabelled_continuation_cues(tmp_path):
    path = write(
        tmp_path,
        "meeting.vtt",
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:04.000\nPriya Shah: What is BTF and why does it matter?\n\n"
        "00:00:04.500 --> 00:00:08.000\nJordan Lee: It is the BPF Type Format,\n\n"
        "00:00:08.000 --> 00:00:11.000\nmetadata describing kernel structures.\n\n"
        "00:00:11.500 --> 00:00:13.000\nPriya Shah: Thanks.\n\n"
        "00:00:13.500 --> 00:00:15.000\nJordan Lee: Sure.\n",
    )
    transcript = read_transcript(path)
    assert said(transcript)[1] == ("Jordan Lee", "It is the BPF Type Format, metadata describing kernel structures.")
    assert transcript.turns[1].end == 11.0


def test_vtt_two_voices_in_one_cue(tmp_path):
    path = write(
        tmp_path,
        "t.vtt",
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Priya>What is BTF?</v>\n<v.loud Jordan>A type format.</v>\n",
    )
    assert said(read_transcript(path)) == [("Priya", "What is BTF?"), ("Jordan", "A type format.")]


def test_srt_name_prefixes_and_times():
    transcript = read_transcript(EXAMPLES / "bluffer-chris.srt")
    assert transcript.speakers == ["Sam Rivera", "Chris Novak"]
    bluff = transcript.turns[3]
    assert bluff.speaker == "Chris Novak"
    assert "kernel 3.10" in bluff.text and "LSM hooks" in bluff.text  # two subtitles merged
    assert (bluff.start, bluff.end) == (18.5, 44.0)


def test_srt_strips_formatting_tags(tmp_path):
    path = write(
        tmp_path,
        "t.srt",
        "1\n00:00:01,000 --> 00:00:02,000\nSam: <i>What</i> is BTF?\n\n"
        "2\n00:00:02,500 --> 00:00:04,000\nChris: <b>No</b> idea.\n\n"
        "3\n00:00:04,500 --> 00:00:05,000\nSam: Okay.\n\n"
        "4\n00:00:05,500 --> 00:00:06,000\nChris: Sorry.\n",
    )
    assert said(read_transcript(path))[:2] == [("Sam", "What is BTF?"), ("Chris", "No idea.")]


# ---------------------------------------------------------------------------------------------- JSON


def test_json_turn_list_and_turns_object(tmp_path):
    turns = [
        {"speaker": "Maria", "text": "What is BTF?", "start": 1, "end": 3.5},
        {"speaker": "Sam", "text": "A type format.", "start": "00:00:04", "end": None},
    ]
    bare = read_transcript(write(tmp_path, "a.json", json.dumps(turns)))
    wrapped = read_transcript(write(tmp_path, "b.json", json.dumps({"turns": turns, "meeting": "x"})))
    assert said(bare) == said(wrapped) == [("Maria", "What is BTF?"), ("Sam", "A type format.")]
    assert [(t.start, t.end) for t in bare.turns] == [(1.0, 3.5), (4.0, None)]


def test_json_example_has_four_speakers():
    transcript = read_transcript(EXAMPLES / "mixed-sam.json")
    assert transcript.speakers == ["Maria Gomez", "Li Wei", "Sam Ortiz", "Tom Becker"]


# ---------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "name, expected",
    [
        ("empty.txt", "empty file"),
        ("blank.md", "empty file"),
        ("binary.vtt", "binary data, expected a UTF-8 text transcript"),
        ("latin1.txt", "line 1: not UTF-8 text"),
        ("malformed.vtt", "line 6: not a WebVTT cue (expected 'HH:MM:SS.mmm --> HH:MM:SS.mmm'"),
        ("no-header.vtt", "line 1: not a WebVTT file (expected 'WEBVTT' first"),
        ("speakerless.vtt", "no speaker found (expected '<v Name>' voice tags or 'Name:'"),
        ("malformed.srt", "line 5: not an SRT subtitle"),
        ("wrong-shape.json", "expected a list of turns"),
        ("missing-speaker.json", "turns[1]: missing 'speaker'"),
        ("invalid.json", "line 2: not valid JSON"),
        ("no-labels.txt", "no speaker labels found (expected lines like 'Interviewer: ...'"),
    ],
    ids=lambda value: value if "." in value and " " not in value else "",
)
def test_broken_files_name_the_file_and_what_was_expected(name, expected):
    path = DATA / "broken" / name
    with pytest.raises(TranscriptError) as caught:
        read_transcript(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


def test_json_wrong_types_name_the_field(tmp_path):
    path = write(tmp_path, "t.json", json.dumps([{"speaker": "Maria", "text": 42}]))
    with pytest.raises(TranscriptError, match=r"t\.json: \[0\]\.text: expected a string, found int"):
        read_transcript(path)
    path = write(tmp_path, "u.json", json.dumps([{"speaker": "Maria", "text": "hi", "start": "soon"}]))
    with pytest.raises(TranscriptError, match=r"u\.json: \[0\]\.start: expected seconds"):
        read_transcript(path)
    path = write(tmp_path, "v.json", json.dumps({"turns": "hello"}))
    with pytest.raises(TranscriptError, match=r"v\.json: turns: expected a list of turns"):
        read_transcript(path)


def test_unsupported_extension_and_missing_file(tmp_path):
    with pytest.raises(TranscriptError, match=r"notes\.docx: unsupported transcript type '\.docx' \(expected one of"):
        read_transcript(write(tmp_path, "notes.docx", "Interviewer: hi"))
    with pytest.raises(TranscriptError, match="no such transcript file"):
        read_transcript(tmp_path / "missing.vtt")
