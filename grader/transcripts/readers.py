"""Readers for interview transcripts: plain text / Markdown, WebVTT, SRT and JSON turn lists.

Caption formats go through their own parsers (``webvtt-py``, ``srt``); what is left to us is finding the
speaker of each line or cue. Every problem is a ``TranscriptError`` that names the file, the line or
field when known, what was found and what was expected.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable

import srt
import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError
from webvtt.models import Caption
from webvtt.vtt import WebVTTCueBlock

from grader.errors import TranscriptError
from grader.safe_io import read_capped
from grader.transcripts.model import Transcript, Turn

SUPPORTED_SUFFIXES = (".txt", ".md", ".vtt", ".srt", ".json")

# A timestamp as transcripts write it: [00:01:23], 00:01:23, (1:23), 1:23.5, [01:02:03,250].
_TS_CORE = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_TS = rf"(?:\[\s*{_TS_CORE}\s*\]|\(\s*{_TS_CORE}\s*\)|{_TS_CORE})"
# A speaker name: up to five words ('Priya Shah', 'Dr. O'Neil', 'Speaker 2', 'Interviewer (Sam)').
_NAME = r"[A-Za-z][\w.'’\-]*(?:[ \t]+[\w.'’\-()]+){0,4}"
_LABEL_LINE = re.compile(
    rf"^(?:(?P<ts1>{_TS})\s*(?:[-–—|]\s*)?)?(?P<name>{_NAME}?)(?:\s*(?P<ts2>{_TS}))?\s*:\s+"
    rf"(?:(?P<ts3>{_TS})\s*(?:[-–—|]\s*)?)?(?P<text>.*)$"
)
# 'Priya Shah  0:01' alone on a line, the text on the following lines (Otter-style exports).
_HEADER_LINE = re.compile(rf"^(?:(?P<ts1>{_TS})\s+)?(?P<name>{_NAME}?)\s+(?P<ts2>{_TS})\s*$")
_BOLD_LABEL = re.compile(r"^(?P<pre>(?:\S+\s+)?)(?:\*\*|__)(?P<label>[^*_\n]{1,80}?)(?:\*\*|__)")
_LIST_OR_QUOTE = re.compile(r"^\s*(?:[-*+]\s+|>\s*)+")
_ROLE_WORDS = {"interviewer", "candidate", "interviewee", "q", "a", "question", "answer", "speaker", "host", "guest"}
_Q_A = {"q": "Interviewer", "question": "Interviewer", "a": "Candidate", "answer": "Candidate"}
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|\{\\[^}]*\}")


#: Caps checked before anything is embedded (a two-hour interview is about 100 KB of text, 200 KB as SRT, and some 400 turns).
MAX_TRANSCRIPT_BYTES = 600_000
MAX_TURNS = 2_000


def read_transcript(path: Path) -> Transcript:
    """Read a transcript file, choosing the reader by its extension (.txt .md .vtt .srt .json)."""
    path = Path(path)
    shown = str(path)
    readers: dict[str, Callable[[str, str], list[Turn]]] = {
        ".txt": _read_labelled_text,
        ".md": _read_labelled_text,
        ".vtt": _read_vtt,
        ".srt": _read_srt,
        ".json": _read_json,
    }
    suffix = path.suffix.lower()
    reader = readers.get(suffix)
    if reader is None:
        raise TranscriptError(
            f"{shown}: unsupported transcript type '{suffix or '(none)'}' "
            f"(expected one of: {', '.join(SUPPORTED_SUFFIXES)})"
        )
    text = _read_text(path, shown)
    turns = _merge_consecutive(reader(text, shown))
    if len(turns) > MAX_TURNS:
        raise TranscriptError(f"{shown}: {len(turns):,} speaker turns, more than the {MAX_TURNS:,} allowed for one "
                              "interview (split the file into one file per interview)")
    if not turns:
        raise TranscriptError(f"{shown}: no speech found (expected turns with a speaker and some text)")
    return Transcript(path=shown, turns=turns)


def _read_text(path: Path, shown: str) -> str:
    # The size is checked before anything is parsed or embedded: a regular file of bounded size only.
    data = read_capped(path, MAX_TRANSCRIPT_BYTES, error=TranscriptError, what="transcript file")
    if b"\x00" in data[:8192]:
        raise TranscriptError(f"{shown}: binary data, expected a UTF-8 text transcript")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TranscriptError(f"{shown}: line {line}: not UTF-8 text (byte {exc.start}), expected a UTF-8 transcript") from None
    if not text.strip():
        raise TranscriptError(f"{shown}: empty file, expected an interview transcript")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _merge_consecutive(turns: list[Turn]) -> list[Turn]:
    """One turn per uninterrupted stretch of a speaker: caption tools cut speech into many small cues."""
    merged: list[Turn] = []
    for turn in turns:
        text = " ".join(turn.text.split())
        if not text:
            continue
        if merged and merged[-1].speaker == turn.speaker:
            last = merged[-1]
            last.text = f"{last.text} {text}"
            last.end = turn.end if turn.end is not None else last.end
            if last.start is None:
                last.start = turn.start
        else:
            merged.append(Turn(speaker=turn.speaker, text=text, start=turn.start, end=turn.end))
    return merged


def parse_timestamp(value: str | None) -> float | None:
    """'[00:01:23]' / '(1:23)' / '01:02:03,250' -> seconds; None stays None."""
    if not value:
        return None
    core = value.strip("[]() \t").replace(",", ".")
    seconds = 0.0
    for part in core.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def _clean_name(name: str) -> str:
    name = name.strip().strip("*_").strip()
    return _Q_A.get(name.lower(), name)


def _looks_like_name(name: str) -> bool:
    """Capitalised words ('Priya Shah', 'Speaker 2') or a role word; not the start of a sentence."""
    name = name.strip()
    if not name or len(name) > 40:
        return False
    parts = name.split()
    if parts[0].lower() in _ROLE_WORDS:
        return True
    if len(parts) > 4:
        return False
    return all(p[0].isupper() or p[0].isdigit() or p[0] == "(" for p in parts)


# ---------------------------------------------------------------------------------------------- plain text


def _split_label(line: str) -> tuple[str, str, float | None] | None:
    """(speaker, text, start) when the line starts with a speaker label, else None."""
    raw = _LIST_OR_QUOTE.sub("", line).strip()
    bold = _BOLD_LABEL.match(raw)
    if bold:  # '**Alex:** text', '**Alex**: text', '[00:01] **Alex:** text' -> 'Alex: text'
        label, rest = bold.group("label").strip(), raw[bold.end():].strip()
        if label.endswith(":"):
            label = label[:-1]
        elif rest.startswith(":"):
            rest = rest[1:].strip()
        else:
            label, rest = f"{label} {rest}", ""
        raw = f"{bold.group('pre')}{label}: {rest}".rstrip()
    match = _LABEL_LINE.match(raw if not raw.endswith(":") else raw + " ")
    if match and _looks_like_name(match.group("name")):
        start = parse_timestamp(match.group("ts1") or match.group("ts2") or match.group("ts3"))
        return _clean_name(match.group("name")), match.group("text").strip(), start
    header = _HEADER_LINE.match(raw.rstrip(":"))
    if header and _looks_like_name(header.group("name")):
        return _clean_name(header.group("name")), "", parse_timestamp(header.group("ts1") or header.group("ts2"))
    return None


def _is_markup(line: str) -> bool:
    """Headings, rules, front matter: structure of a Markdown file, not speech."""
    stripped = line.strip()
    return bool(re.match(r"^(#{1,6}\s|---+$|\*\*\*+$|___+$|```|<!--)", stripped))


def _read_labelled_text(text: str, shown: str) -> list[Turn]:
    lines = text.split("\n")
    labelled: list[tuple[int, tuple[str, str, float | None] | None]] = []
    for number, line in enumerate(lines, start=1):
        labelled.append((number, None if _is_markup(line) or not line.strip() else _split_label(line)))
    # A label seen once without a timestamp or bold ('Two things: first...') is more likely the start of a
    # sentence than a speaker; role words ('Interviewer:', 'Q:') always count.
    counts: dict[str, int] = {}
    for _, found in labelled:
        if found:
            counts[found[0]] = counts.get(found[0], 0) + 1
    turns: list[Turn] = []
    for number, found in labelled:
        line = lines[number - 1]
        if _is_markup(line) or not line.strip():
            continue
        is_label = found is not None and (
            counts[found[0]] > 1 or found[2] is not None or found[0].split()[0].lower() in _ROLE_WORDS
            or found[0] in {"Interviewer", "Candidate"} or "**" in line or "__" in line
        )
        if is_label:
            speaker, said, start = found  # type: ignore[misc]
            turns.append(Turn(speaker=speaker, text=said, start=start))
        elif turns:
            # A continuation line belongs to the previous speaker.
            turns[-1].text = f"{turns[-1].text} {_strip_line_timestamp(line)}".strip()
        # Lines before the first label (a title, a date, who attended) are not speech.
    if not turns:
        raise TranscriptError(
            f"{shown}: no speaker labels found (expected lines like 'Interviewer: ...', 'Priya Shah: ...', "
            "'Q: ...', '**Alex:** ...', optionally with a timestamp like '[00:01:23]')"
        )
    return turns


def _strip_line_timestamp(line: str) -> str:
    return re.sub(rf"^\s*{_TS}\s*", "", _LIST_OR_QUOTE.sub("", line)).strip()


# ---------------------------------------------------------------------------------------------- captions


def _speaker_prefix(text: str) -> tuple[str | None, str]:
    """'Priya Shah: so...' -> ('Priya Shah', 'so...'); text without a name prefix -> (None, text)."""
    match = re.match(rf"^\s*(?:\[(?P<b>[^\]]{{1,40}})\]|(?P<name>{_NAME}?))\s*:\s*(?P<text>.*)$", text, re.S)
    if match:
        name = match.group("b") or match.group("name")
        if name and _looks_like_name(name):
            return _clean_name(name), match.group("text")
    match = re.match(r"^\s*\[(?P<name>[^\]]{1,40})\]\s+(?P<text>.*)$", text, re.S)  # '[Alex] text'
    if match and _looks_like_name(match.group("name")) and not re.fullmatch(_TS_CORE, match.group("name")):
        return _clean_name(match.group("name")), match.group("text")
    return None, text


_Piece = tuple[str | None, str, float, float, str, bool]  # speaker, text, start, end, original text, from prefix


def _caption_turns(pieces: list[_Piece], shown: str, expected: str) -> list[Turn]:
    """Cues without a speaker continue the previous speaker; cues before the first speaker are dropped.

    A 'Name:' prefix seen only once ('First: attach a kprobe') is taken for speech, not a speaker: meeting
    tools prefix every cue, so real names repeat. Voice tags always count.
    """
    counts: dict[str, int] = {}
    for speaker, *_ in pieces:
        if speaker:
            counts[speaker] = counts.get(speaker, 0) + 1
    turns: list[Turn] = []
    current: str | None = None
    for speaker, said, start, end, original, from_prefix in pieces:
        if speaker and from_prefix and counts[speaker] == 1 and speaker not in {"Interviewer", "Candidate"}:
            speaker, said = None, original
        current = speaker or current
        if current is not None and said.strip():
            turns.append(Turn(speaker=current, text=said, start=start, end=end))
    if not turns:
        raise TranscriptError(f"{shown}: no speaker found (expected {expected})")
    return turns


def _first_bad_vtt_block(text: str) -> tuple[int, str] | None:
    """(line number, line) of the first block after the header that is neither a cue nor a NOTE, STYLE or
    REGION block. webvtt-py skips such blocks silently (and names no line when it does complain), which would
    drop speech without a word."""
    block: list[str] = []
    first = 0
    header = True
    for number, line in enumerate(text.split("\n") + [""], start=1):
        if line.strip():
            if not block:
                first = number
            block.append(line)
            continue
        if block and not header and not block[0].startswith(("NOTE", "STYLE", "REGION")):
            if not WebVTTCueBlock.is_valid(block):
                bad = next((i for i, item in enumerate(block) if "-->" in item or "->" in item), 0)
                return first + bad, block[bad]
        if block:
            header = False
        block = []
    return None


def _read_vtt(text: str, shown: str) -> list[Turn]:
    if not text.lstrip("\ufeff").startswith("WEBVTT"):
        first = text.strip().split("\n", 1)[0][:40]
        raise TranscriptError(f"{shown}: line 1: not a WebVTT file (expected 'WEBVTT' first, found {first!r})")
    expected = "expected 'HH:MM:SS.mmm --> HH:MM:SS.mmm' then the cue text"
    bad = _first_bad_vtt_block(text)
    if bad:
        raise TranscriptError(f"{shown}: line {bad[0]}: not a WebVTT cue ({expected}, found {bad[1][:40]!r})")
    try:
        captions = webvtt.from_string(text).captions
    except (MalformedCaptionError, MalformedFileError, ValueError) as exc:
        raise TranscriptError(f"{shown}: not a valid WebVTT file ({expected}; {exc})") from None
    pieces: list[_Piece] = []
    for caption in captions:
        start = caption.start_time.in_milliseconds() / 1000
        end = caption.end_time.in_milliseconds() / 1000
        # Each line may carry its own voice tag (two people in one cue); caption.text strips the tags.
        for raw, plain in zip(caption.lines, caption.text.split("\n")):
            voice = re.match(Caption.VOICE_SPAN_PATTERN, raw.strip())
            if voice:
                pieces.append((_clean_name(voice.group(1)), plain, start, end, plain, False))
            else:
                speaker, said = _speaker_prefix(plain)
                pieces.append((speaker, said, start, end, plain, True))
    return _caption_turns(pieces, shown, "'<v Name>' voice tags or 'Name:' at the start of cues")


def _read_srt(text: str, shown: str) -> list[Turn]:
    try:
        subtitles = list(srt.parse(text))
    except srt.SRTParseError as exc:
        skipped = len(exc.unmatched_content) - len(exc.unmatched_content.lstrip())
        line = text.count("\n", 0, exc.expected_start + skipped) + 1
        found = exc.unmatched_content.strip().split("\n", 1)[0][:40]
        raise TranscriptError(
            f"{shown}: line {line}: not an SRT subtitle (expected an index, 'HH:MM:SS,mmm --> HH:MM:SS,mmm' "
            f"and the text; found {found!r})"
        ) from None
    except srt.TimestampParseError as exc:
        raise TranscriptError(f"{shown}: not an SRT timestamp ({exc})") from None
    if not subtitles:
        raise TranscriptError(f"{shown}: no subtitles found (expected SRT blocks: index, timings, text)")
    pieces: list[_Piece] = []
    for subtitle in subtitles:
        content = _TAG.sub("", subtitle.content)
        speaker, said = _speaker_prefix(content)
        start, end = subtitle.start.total_seconds(), subtitle.end.total_seconds()
        pieces.append((speaker, said, start, end, content, True))
    return _caption_turns(pieces, shown, "'Name:' at the start of subtitles")


# ---------------------------------------------------------------------------------------------- JSON


def _json_time(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise TranscriptError(f"{where}: expected seconds (a number) or 'HH:MM:SS', found {json.dumps(value)}")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and re.fullmatch(_TS, value.strip()):
        return parse_timestamp(value)
    raise TranscriptError(f"{where}: expected seconds (a number) or 'HH:MM:SS', found {json.dumps(value)[:40]}")


def _read_json(text: str, shown: str) -> list[Turn]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TranscriptError(f"{shown}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    expected = "a list of turns [{\"speaker\", \"text\", \"start\", \"end\"}] or {\"turns\": [...]}"
    if isinstance(data, dict):
        if "turns" not in data:
            keys = ", ".join(list(data)[:5]) or "none"
            raise TranscriptError(f"{shown}: expected {expected}, found an object with keys: {keys}")
        data, prefix = data["turns"], "turns"
    else:
        prefix = ""
    if not isinstance(data, list):
        raise TranscriptError(f"{shown}: {prefix or 'top level'}: expected {expected}, found {type(data).__name__}")
    turns: list[Turn] = []
    for index, item in enumerate(data):
        where = f"{shown}: {prefix}[{index}]"
        if not isinstance(item, dict):
            raise TranscriptError(f"{where}: expected an object with 'speaker' and 'text', found {type(item).__name__}")
        for field in ("speaker", "text"):
            if field not in item:
                raise TranscriptError(f"{where}: missing '{field}'")
            if not isinstance(item[field], str):
                raise TranscriptError(
                    f"{where}.{field}: expected a string, found {type(item[field]).__name__}"
                )
        if not item["speaker"].strip():
            raise TranscriptError(f"{where}.speaker: empty, expected the speaker's name")
        turns.append(
            Turn(
                speaker=_clean_name(item["speaker"]),
                text=item["text"],
                start=_json_time(item.get("start"), f"{where}.start"),
                end=_json_time(item.get("end"), f"{where}.end"),
            )
        )
    if not turns:
        raise TranscriptError(f"{shown}: no turns (expected {expected})")
    return turns
