"""Streaming, resumable grading of many answers.

Input rows come from JSONL or CSV files (``id, round, answer`` against a rubric, or reference-only
``id, question, reference, answer``) and from interview transcripts. Rows are graded in chunks and appended
to the output as they are done, so memory stays bounded and an interrupted run loses nothing: run it again
and it grades only the rows whose id is not yet in the output.

Every input row ends up in the output exactly once: input is decoded line by line, so a bad byte, an escaped
lone surrogate, a stray quote or an extra cell makes one error row that names its line; an answer that makes
the grader fail in an unforeseen way is an error row too. The output is written under an exclusive lock, and
a file that is not a result file of this command is refused before anything in it is changed.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from grader.audio.speech import AUDIO_SUFFIXES as _AUDIO_SUFFIXES
from grader.errors import GraderError, InputError
from grader.grading import Grader, GradeRequest, rubric_from_reference
from grader.locking import OutputLock
from grader.result import GradeResult, error_result
from grader.rubric.loader import load_rubric
from grader.rubric.schema import Rubric
from grader.safe_io import check_writable_target, open_regular

ROW_FILE_SUFFIXES = {".jsonl", ".csv", ".ndjson"}
TRANSCRIPT_SUFFIXES = {".txt", ".md", ".vtt", ".srt", ".json"}
AUDIO_SUFFIXES = set(_AUDIO_SUFFIXES)
#: Fields of a result row; an input column with one of these names is kept as ``input_<name>``.
RESULT_FIELDS = set(GradeResult.model_fields)
#: Input columns consumed by the grader (not passed through).
CONSUMED = {"id", "round", "answer", "rubric", "question", "reference", "trap"}
MAX_FIELD_BYTES = 1_000_000
#: A longer input line (or CSV record) is an error row; it is skipped without being held in memory.
MAX_LINE_BYTES = 4 * MAX_FIELD_BYTES


@dataclass
class InputRow:
    """One row to grade, as read from a file, with everything else it carried."""

    id: str
    source: str
    fields: dict[str, Any]
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # added columns such as transcript
    alignment: Any = None  # the transcript alignment the row came from, if any
    audio: Path | None = None  # a recording to transcribe for the answer (the row's 'audio' column)
    delivery: Any = None  # grader.result.Delivery of a spoken answer
    where: str | None = None  # "answers.jsonl: line 3", for the messages of rows that cannot be graded


@dataclass
class BatchSummary:
    total: int = 0
    graded: int = 0
    errors: int = 0
    skipped: int = 0  # already in the output from an earlier run
    first_error: str | None = None  # the first error row's reason, for a run where no row could be graded
    transcripts: list[Path] = field(default_factory=list)  # reports written
    judge_usage: Any = None  # grader.judge.JudgeUsage when a judge ran


def _row_id(raw: dict[str, Any], source: str, number: int) -> str:
    value = raw.get("id")
    if value is None or (isinstance(value, str) and not value.strip()):
        return f"{source}:{number}"
    return str(value)


class _Lines:
    """The physical lines of a file, each decoded on its own, so one bad byte spoils one line and no more.

    A line that is not UTF-8 is decoded with replacement characters and its number is kept in ``bad`` with
    the reason; a line longer than ``MAX_LINE_BYTES`` is skipped (read in pieces, never held whole). A UTF-8
    byte-order mark at the start of the file is dropped.
    """

    def __init__(self, handle: BinaryIO, *, track_ends: bool = False) -> None:
        self.handle = handle
        self.number = 0  # lines read so far
        self.bad: dict[int, str] = {}
        # line number -> byte offset just after it, for the current CSV record only (the reader resets it)
        self.ends: dict[int, int] | None = {} if track_ends else None

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        raw = self.handle.readline(MAX_LINE_BYTES + 1)
        if not raw:
            raise StopIteration
        self.number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while True:  # skip the rest of the line without holding it
                more = self.handle.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            self.bad[self.number] = f"longer than {MAX_LINE_BYTES:,} bytes"
            raw = b"\n"
        if self.ends is not None:
            self.ends[self.number] = self.handle.tell()
        if self.number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.bad[self.number] = (f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at byte {exc.start + 1} of the "
                                     "line; save the file as UTF-8)")
            return raw.decode("utf-8", "replace")

    def problem(self, first: int, last: int) -> str | None:
        """The first reason a line in ``first..last`` is bad, naming that line."""
        for number in range(first, last + 1):
            if number in self.bad:
                return f"line {number}: {self.bad[number]}"
        return None


def _not_text(value: Any) -> bool:
    """True when parsed JSON holds a lone surrogate (``"\\ud800"``), which no UTF-8 file can store."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def read_rows(path: Path, name: str | None = None) -> Iterator[InputRow]:
    """Rows of one JSONL or CSV file, streamed; a line that cannot be used becomes an error row naming its line
    and every other row is still read. `name` names the file in generated ids (`display_names`)."""
    name = name or path.name
    try:
        handle = open_regular(path, what="input file")
    except GraderError as exc:
        yield InputRow(id=f"{name}:0", source=name, fields={}, error=str(exc))
        return
    with handle:
        if path.suffix.lower() == ".csv":
            yield from _read_csv(path, handle, name)
        else:
            yield from _read_jsonl(path, handle, name)


def _read_jsonl(path: Path, handle: BinaryIO, name: str) -> Iterator[InputRow]:
    lines = _Lines(handle)
    for line in lines:
        number = lines.number
        bad = lines.bad.get(number)
        if not line.strip() and not bad:
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raw, problem = None, f"not valid JSON ({exc.msg})"
        else:
            problem = None if isinstance(raw, dict) else f"expected a JSON object, found {type(raw).__name__}"
        if raw is not None and not problem and _not_text(raw):
            problem = "holds an escaped lone surrogate (such as \\ud800), which is not text"
        problem = bad or problem
        if problem:
            row_id = _row_id(raw, name, number) if isinstance(raw, dict) and not _not_text(raw.get("id")) else f"{name}:{number}"
            # A line with a bad byte still says what it held (the byte shown as U+FFFD): its row keeps its round,
            # answer and other columns, so nothing of it is lost from the output.
            kept = raw if bad and isinstance(raw, dict) and not _not_text(raw) else {}
            yield InputRow(id=row_id, source=name, fields=kept, error=f"{path}: line {number}: {problem}")
            continue
        yield InputRow(id=_row_id(raw, name, number), source=name, fields=raw, where=f"{path}: line {number}")


def _read_csv(path: Path, handle: BinaryIO, name: str) -> Iterator[InputRow]:
    """CSV records, read strictly: an unterminated quote, a stray quote, too many cells or a bad byte makes
    that record an error row naming its line, and reading goes on from the next line."""
    lines = _Lines(handle, track_ends=True)
    csv.field_size_limit(MAX_LINE_BYTES)
    header: list[str] | None = None
    reader = csv.reader(lines, strict=True)
    while True:
        start = lines.number + 1
        lines.ends = {lines.number: handle.tell()} if lines.number else {}
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problem = lines.problem(start, lines.number)
            if problem is None:
                reason = str(exc)
                if "unexpected end of data" in reason or "field larger" in reason:
                    reason = "a quoted cell starts here and is never closed (or runs past the size limit)"
                problem = f"line {start}: not readable as CSV ({reason})"
            yield InputRow(id=f"{name}:{start}", source=name, fields={}, error=f"{path}: {problem}")
            if start not in lines.ends:
                return
            # Read on from the line after the bad record's first line, with a fresh reader.
            handle.seek(lines.ends[start])
            lines.number = start
            reader = csv.reader(lines, strict=True)
            if header is None:
                return
            continue
        problem = lines.problem(start, lines.number)
        if header is None:
            if problem:
                yield InputRow(id=f"{name}:1", source=name, fields={}, error=f"{path}: header {problem}")
                return
            if not cells:
                continue
            header = [cell.strip() for cell in cells]
            repeated = sorted({c for c in header if c and header.count(c) > 1})
            if repeated:  # which 'answer' is the answer? Never a silent pick of the last one.
                yield InputRow(id=f"{name}:1", source=name, fields={},
                               error=f"{path}: header names {', '.join(repr(c) for c in repeated)} more than once; "
                                     "expected each column once")
                return
            if not {"answer", "audio"} & set(header):  # 'audio': a recording per row
                yield InputRow(id=f"{name}:1", source=name, fields={},
                               error=f"{path}: header has no 'answer' column (found: {', '.join(header)})")
                return
            continue
        if not cells and not problem:
            continue
        raw = dict(zip(header, cells))
        row_id = _row_id(raw, name, start)
        if problem:  # a bad byte (shown as U+FFFD): the row keeps what it held
            yield InputRow(id=row_id, source=name, fields=raw if len(cells) <= len(header) else {},
                           error=f"{path}: {problem}")
        elif len(cells) > len(header):
            yield InputRow(id=row_id, source=name, fields={},
                           error=f"{path}: line {start}: {len(cells)} cells, but the header has {len(header)} "
                                 f"columns ({', '.join(header)}); quote a cell that holds a comma")
        else:
            yield InputRow(id=row_id, source=name, fields=raw, where=f"{path}: line {start}")


def _parse_round(value: Any) -> int:
    if isinstance(value, bool):
        raise InputError(f"'round' must be a round number, found {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"[0-9]{1,9}", value.strip()):
        return int(value.strip())
    if value is None or value == "":
        raise InputError("missing 'round'")
    raise InputError(f"'round' must be a round number, found {value!r}")


def to_request(row: InputRow, rubric: Rubric | None) -> GradeRequest:
    """Turn an input row into a grading request, or raise InputError saying what is missing."""
    f = row.fields
    answer = f.get("answer")
    if answer is None:
        raise InputError("missing 'answer'")
    if isinstance(answer, str) and len(answer.encode("utf-8", "ignore")) > MAX_FIELD_BYTES:
        raise InputError(f"'answer' is larger than {MAX_FIELD_BYTES:,} bytes")
    trap = f.get("trap") or None
    row_rubric = f.get("rubric") or None
    if row_rubric:
        # A row names a rubric by id only: a path in an input file (or an upload) must never be read.
        return GradeRequest(load_rubric(str(row_rubric), allow_path=False), _parse_round(f.get("round")), answer,
                            row.id, trap)
    if rubric is not None:
        return GradeRequest(rubric, _parse_round(f.get("round")), answer, row.id, trap)
    if f.get("reference"):
        return GradeRequest(rubric_from_reference(f.get("question") or "", f["reference"]), 1, answer, row.id, None)
    if "reference" in f:
        raise InputError("'reference' is empty: give the reference answer to grade against (or pass --rubric)")
    raise InputError("no rubric: pass --rubric, add a 'rubric' column, or give 'question' and 'reference'")


def _input_name(key: str, row: InputRow, out: dict[str, Any]) -> str:
    """Where an input column that a result field shadows goes: 'input_score', or 'input_score_2' when the input
    has an 'input_score' column too."""
    name, number = f"input_{key}", 2
    while name in row.fields or name in out:
        name, number = f"input_{key}_{number}", number + 1
    return name


def _merge(result: GradeResult, row: InputRow) -> dict[str, Any]:
    out = result.row()
    for key, value in {**row.fields, **row.extra}.items():
        if key == "round" and result.error is not None and value not in (None, ""):
            try:
                readable = _parse_round(value) == out["round"]
            except InputError:
                readable = False
            if not readable:  # a round that could not be read ("seven") is kept as it was given, beside round 0
                finite = not isinstance(value, float) or math.isfinite(value)
                out[_input_name(key, row, out)] = value if finite else str(value)
            continue
        if key in CONSUMED and key in out:
            continue
        if key in row.extra:
            out[key] = value
        elif key in RESULT_FIELDS or key in out:
            out[_input_name(key, row, out)] = value  # a human 'score' is kept as 'input_score'
        else:
            out[key] = value
    return out


class OutputWriter:
    """Appends result rows to JSONL or CSV, holding an exclusive lock on the output while it is open.

    An existing output is checked before anything is changed: every complete line (or the CSV header) must
    be a result row of this command, else the file is refused untouched. Then a record a previous run left
    half-written is dropped, and rows that failed are dropped to be graded again, so every id appears once.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.csv = path.suffix.lower() == ".csv"
        self.done: set[str] = set()
        self.written = 0
        self._header: list[str] | None = None
        self._csv_writer: csv.DictWriter | None = None
        check_writable_target(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{path}: cannot write the output ({exc.strerror or exc})") from None
        self._lock = OutputLock(path).acquire()
        try:
            if path.exists():
                self._load_existing()
            self._handle = path.open("a", encoding="utf-8", newline="")
        except OSError as exc:
            self._lock.release()
            raise InputError(f"{path}: cannot write the output ({exc.strerror or exc})") from None
        except BaseException:
            self._lock.release()
            raise

    def _refuse(self, why: str) -> InputError:
        return InputError(f"{self.path}: {why}; refusing to append to it (not a result file of `grader batch`; "
                          "it is left unchanged, choose another output file)")

    def _load_existing(self) -> None:
        with self.path.open("rb") as handle:
            data = handle.read()
        if not data:
            return
        if self.csv:
            self._load_csv(data)
        else:
            self._load_jsonl(data)

    def _load_jsonl(self, data: bytes) -> None:
        lines = data.split(b"\n")
        tail = lines.pop()  # after the last newline: b"" when the file ends cleanly
        kept: list[bytes] = []
        dropped = False

        def result_row(raw: bytes) -> dict | None:
            try:
                row = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                return None
            return row if isinstance(row, dict) and "id" in row and "error" in row else None

        rows: list[tuple[bytes, dict]] = []
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            row = result_row(raw)
            if row is None:
                raise self._refuse(f"line {number} is not a result row")
            rows.append((raw, row))
        if tail.strip():
            row = result_row(tail)
            if row is not None:
                rows.append((tail, row))  # complete but for its newline
            elif not tail.lstrip().startswith(b'{"id":'):
                raise self._refuse(f"line {len(lines) + 1} is not a result row")
            else:
                dropped = True  # a row an interrupted run left half-written
        for raw, row in rows:
            if row.get("error"):
                dropped = True
                continue
            kept.append(raw + b"\n")
            self.done.add(str(row["id"]))
        if dropped or tail.strip():
            self._replace(b"".join(kept))

    def _load_csv(self, data: bytes) -> None:
        # Our records end in \r\n (cells may hold plain \n); a file saved again by another tool may use \n.
        # The header line says which.
        first_end = data.find(b"\n")
        end = b"\r\n" if first_end > 0 and data[first_end - 1:first_end] == b"\r" else b"\n"
        if first_end < 0:
            # No complete line: only a header an interrupted run began (ours start with "id,rubric,round,").
            if not (data.startswith(b"id,rubric,") or b"id,rubric,round,".startswith(data)):
                raise self._refuse("its first line is not a header with 'id' and 'error' columns")
            self._replace(b"")
            return
        try:
            header = next(csv.reader([data[:first_end].rstrip(b"\r").decode("utf-8")]), [])
        except (UnicodeDecodeError, csv.Error):
            header = []
        if not {"id", "rubric", "round", "score", "band", "error"} <= set(header):
            # Ours carries every result column: a CSV of tickets with 'id' and 'error' is not a results file.
            raise self._refuse("its header lacks the result columns (id, rubric, round, score, band, error)")
        # Anything after the last record end was cut short by an interrupted run.
        complete = data[: data.rfind(end) + len(end)]
        limit = csv.field_size_limit()
        csv.field_size_limit(max(limit, len(complete) + 1))  # a result cell may be larger than csv's 128 KB
        try:
            reader = csv.DictReader(io.StringIO(complete.decode("utf-8"), newline=""))
            self._header = list(reader.fieldnames or [])
            rows = list(reader)
        except (UnicodeDecodeError, csv.Error) as exc:
            raise self._refuse(f"not readable as CSV ({exc})") from None
        finally:
            csv.field_size_limit(limit)
        kept = [r for r in rows if not r.get("error")]
        if len(kept) < len(rows) or len(complete) < len(data):
            self._rewrite_csv(kept)
        self.done.update(r["id"] for r in kept if r.get("id"))

    def _replace(self, data: bytes) -> None:
        temporary = self.path.with_name(self.path.name + ".tmp")
        try:
            with temporary.open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise InputError(f"{self.path}: cannot rewrite the output ({exc.strerror or exc}); it is unchanged") from None

    def _rewrite_csv(self, rows: list[dict[str, str]]) -> None:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=self._header or [], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        self._replace(buffer.getvalue().encode("utf-8"))

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Append rows and fsync; a full disk is one clear error, and what was written stays resumable."""
        try:
            self._write(rows)
            self._handle.flush()
            os.fsync(self._handle.fileno())
        except OSError as exc:
            raise InputError(
                f"{self.path}: cannot write the output ({exc.strerror or exc}) after {self.written} rows; "
                "they are kept: free some space and run the same command again to grade the rest"
            ) from None
        self.written += len(rows)
        self.done.update(str(r["id"]) for r in rows)

    def _write(self, rows: list[dict[str, Any]]) -> None:
        if self.csv:
            for row in rows:
                flat = {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v) for k, v in row.items()}
                if self._csv_writer is None:
                    # Every result field (transcript included) plus this row's columns; a column first seen in a
                    # later row goes into 'extra' as JSON rather than being lost.
                    header = self._header or list(dict.fromkeys([*flat, *RESULT_FIELDS, "transcript", "extra"]))
                    self._csv_writer = csv.DictWriter(self._handle, fieldnames=header, extrasaction="ignore")
                    if self._header is None:
                        self._csv_writer.writeheader()
                    self._header = header
                extra = {k: v for k, v in flat.items() if k not in self._header}
                if extra and "extra" in self._header:
                    flat["extra"] = json.dumps(extra, ensure_ascii=False)
                self._csv_writer.writerow(flat)
        else:
            for row in rows:
                self._handle.write(json.dumps(row, ensure_ascii=False) + "\n")

    def close(self) -> None:
        try:
            self._handle.close()
        except OSError:
            pass  # already reported by write(); what reached the disk is resumable
        finally:
            self._lock.release()


def count_rows(paths: Iterable[Path]) -> int:
    """A quick count of input rows for the progress bar (lines of JSONL/CSV; transcripts count one each)."""
    total = 0
    for path in paths:
        suffix = path.suffix.lower()
        try:
            if suffix in {".jsonl", ".ndjson", ".csv"}:
                # Newlines counted in 1 MB blocks: a file with one endless line is never held in memory.
                lines, last = 0, b"\n"
                with open_regular(path) as handle:
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        lines += block.count(b"\n")
                        last = block[-1:]
                lines += last != b"\n"
                total += max(0, lines - 1) if suffix == ".csv" else lines
            else:
                total += 1
        except (OSError, GraderError):
            total += 1
    return total


def display_names(paths: list[Path]) -> dict[Path, str]:
    """How each input is named in row ids and reports: its file name, or its path below the inputs' common
    folder when two inputs share a file name (interviews/alice/session.txt and interviews/bob/session.txt)."""
    names = [p.name for p in paths]
    if len(set(names)) == len(names):
        return dict(zip(paths, names))
    root = Path(os.path.commonpath([str(p.resolve().parent) for p in paths]))
    return {p: p.resolve().relative_to(root).as_posix() for p in paths}


def iter_inputs(paths: list[Path], rubric: Rubric | None, grader: Grader,
                speakers: dict[str, str] | None = None) -> Iterator[InputRow]:
    names = display_names(paths)
    for path in paths:
        suffix = path.suffix.lower()
        if suffix in ROW_FILE_SUFFIXES:
            for row in read_rows(path, names[path]):
                audio = row.fields.get("audio")
                if audio and not row.fields.get("answer"):
                    row.audio = path.parent / str(audio)  # relative to the row file
                yield row
        elif suffix in TRANSCRIPT_SUFFIXES:
            yield from transcript_rows(path, rubric, grader, speakers, name=names[path])
        elif suffix in AUDIO_SUFFIXES:
            yield from audio_rows(path, rubric, grader, speakers, name=names[path])
        else:
            yield InputRow(
                id=f"{names[path]}:0", source=names[path], fields={},
                error=f"{path}: unsupported input type '{suffix or 'none'}' (expected .jsonl, .csv, a transcript: "
                      f"{', '.join(sorted(TRANSCRIPT_SUFFIXES))}, or audio: {', '.join(sorted(AUDIO_SUFFIXES))})",
            )


def audio_rows(path: Path, rubric: Rubric | None, grader: Grader,
               speakers: dict[str, str] | None = None, name: str | None = None) -> Iterator[InputRow]:
    """An interview recording with its speaker turns beside it, graded as a transcript of what was said."""
    from grader.audio.batch import answer_delivery, find_turns, speech_transcript

    name = name or path.name
    turns = find_turns(path)
    if turns is None:
        yield InputRow(
            id=f"{name}:0", source=name, fields={}, extra={"transcript": name},
            error=f"{path}: no speaker turns beside it (expected {path.with_suffix('.vtt').name}, .srt, .json or "
                  ".txt with timestamps); for one answer per recording, list it in a CSV or JSONL with the "
                  "columns id, round, audio",
        )
        return
    heard: dict[str, Any] = {}

    def read() -> Any:
        heard["transcript"], heard["speech"] = speech_transcript(path, turns, rubric, name)
        return heard["transcript"]

    for row in transcript_rows(path, rubric, grader, speakers, name=name, read=read):
        if row.alignment is not None:
            answer = next(a for a in row.alignment.answers
                          if a.round == row.fields["round"] and a.trap_id == row.fields["trap"])
            row.delivery = answer_delivery(heard["speech"], heard["transcript"], row.alignment, answer, rubric)
        yield row


def transcript_rows(path: Path, rubric: Rubric | None, grader: Grader,
                    speakers: dict[str, str] | None = None, name: str | None = None,
                    read: Callable[[], Any] | None = None) -> Iterator[InputRow]:
    """One row per aligned answer of a transcript; an unreadable transcript becomes one error row.

    `read` makes the Transcript when it does not come from reading `path` (a recording and its turns)."""
    from grader.transcripts import align_transcript, read_transcript

    name = name or path.name

    if rubric is None:
        yield InputRow(id=f"{name}:0", source=name, fields={},
                       error=f"{path}: transcripts need --rubric (which gauntlet was the interview?)",
                       extra={"transcript": name})
        return
    try:
        transcript = read() if read is not None else read_transcript(path)
        alignment = align_transcript(transcript, rubric, grader.embedder, speakers=speakers)
        alignment.transcript = name
    except GraderError as exc:
        yield InputRow(id=f"{name}:0", source=name, fields={}, error=str(exc),
                       extra={"transcript": name})
        return
    for aligned in alignment.answers:
        suffix = f"-trap-{aligned.trap_id}" if aligned.trap_id else ""
        row_id = f"{name}#round-{aligned.round}{suffix}"
        yield InputRow(
            id=row_id,
            source=name,
            fields={"round": aligned.round, "answer": aligned.answer_for_grading, "trap": aligned.trap_id,
                    "asked": aligned.question},
            extra={"transcript": name, "answer_as_said": aligned.answer},
            alignment=alignment,
        )


def run_batch(
    inputs: list[Path],
    output: Path,
    *,
    rubric: Rubric | None = None,
    grader: Grader | None = None,
    judge: Any = None,
    chunk_size: int = 64,
    speakers: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BatchSummary:
    """Grade every input row not yet in `output`; append results as they are done."""
    grader = grader or Grader()
    check_paths(inputs, output)
    summary = BatchSummary(total=count_rows(inputs))
    writer = OutputWriter(output)
    transcripts: dict[str, tuple[Any, list[GradeResult]]] = {}
    chunk: list[InputRow] = []

    def flush() -> None:
        if not chunk:
            return
        results = _grade_chunk(chunk, rubric, grader, judge)
        writer.write([_merge(result, row) for result, row in zip(results, chunk)])
        for result, row in zip(results, chunk):
            summary.graded += result.error is None
            summary.errors += result.error is not None
            if result.error is not None and summary.first_error is None:
                summary.first_error = result.error
            if row.alignment is not None:
                transcripts.setdefault(row.source, (row.alignment, []))[1].append(result)
        if progress:
            progress(len(chunk), summary.total)
        chunk.clear()

    try:
        for row in pending_rows(iter_inputs(inputs, rubric, grader, speakers), writer, summary, transcripts, progress):
            chunk.append(row)
            if len(chunk) >= chunk_size:
                flush()
        flush()
    finally:
        writer.close()
    write_reports(output, rubric, transcripts, writer, summary)
    if judge is not None and hasattr(judge, "usage"):
        summary.judge_usage = judge.usage()
    return summary


def check_paths(inputs: list[Path], output: Path) -> None:
    """Every input exists and none of them is the output (checked before any work starts)."""
    for path in inputs:
        open_regular(path, what="input file").close()  # missing, a folder, a device or a FIFO: refused now
        if output.exists() and path.resolve() == output.resolve():
            raise InputError(f"{output}: the output is also an input; choose another output file")


def pending_rows(rows: Iterable[InputRow], writer: OutputWriter, summary: BatchSummary,
                 transcripts: dict[str, tuple[Any, list[GradeResult]]],
                 progress: Callable[[int, int], None] | None = None) -> Iterator[InputRow]:
    """The rows still to grade, shared by every engine: an id already in the output is skipped (and counted),
    a repeated id becomes an error row, and a transcript's aligned answers join the total once known."""
    seen: set[str] = set()
    repeats: dict[str, int] = {}
    expanded: set[int] = set()
    for row in rows:
        if row.alignment is not None and id(row.alignment) not in expanded:
            # A transcript was counted as one row; now its aligned answers are known.
            expanded.add(id(row.alignment))
            summary.total += len(row.alignment.answers) - 1
            transcripts.setdefault(row.source, (row.alignment, []))
        # `seen` is checked first: once a chunk is written its ids are in `writer.done` too, and a repeat of one
        # of them is still a duplicate, not a row an earlier run finished. A duplicate is numbered by its repeat,
        # so a resumed run gives it the same id and its error row is never lost nor written twice.
        if row.id in seen:
            original, number = row.id, repeats.get(row.id, 1) + 1
            # Never an id the input already used ("7#duplicate-2" written by the user): that would be two rows
            # with one id, and a resumed run would take the second for done.
            while f"{original}#duplicate-{number}" in seen:
                number += 1
            repeats[original] = number
            row.error = (f"{row.where}: " if row.where else "") + f"duplicate id '{original}' (ids must be unique within a run)"
            row.id = f"{original}#duplicate-{number}"  # its round, answer and other columns are kept
        seen.add(row.id)
        if row.id in writer.done:
            summary.skipped += 1
            if progress:
                progress(1, summary.total)
            continue
        yield row


def write_reports(output: Path, rubric: Rubric | None, transcripts: dict[str, tuple[Any, list[GradeResult]]],
                  writer: OutputWriter, summary: BatchSummary) -> None:
    """The Markdown and HTML report of every transcript in the run, beside the output."""
    if rubric is None or not transcripts:
        return
    from grader.transcripts import write_transcript_reports

    earlier = _earlier_results(output, set(transcripts)) if not writer.csv else {}
    for name, (alignment, results) in transcripts.items():
        # A resumed run reports on every answer of the transcript, not only the ones graded this time.
        graded_now = {r.id for r in results}
        results = [r for r in earlier.get(name, []) if r.id not in graded_now] + results
        summary.transcripts += write_transcript_reports(alignment, results, rubric, output.parent)


def _earlier_results(output: Path, names: set[str]) -> dict[str, list[GradeResult]]:
    """Result rows already in a JSONL output, per transcript name."""
    found: dict[str, list[GradeResult]] = {}
    fields = set(GradeResult.model_fields)
    with output.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line) if line.strip() else {}
            if row.get("transcript") in names:
                found.setdefault(row["transcript"], []).append(
                    GradeResult.model_validate({k: v for k, v in row.items() if k in fields})
                )
    return found


def _transcribe_audio(chunk: list[InputRow], rubric: Rubric | None) -> None:
    """Rows answered by a recording get its transcript as their answer, and its delivery. A recording that
    cannot be transcribed makes its row an error row naming the file."""
    from grader.audio.batch import row_rubric, transcribe_answer

    for row in chunk:
        if row.audio is None or row.error:
            continue
        try:
            round_ = _parse_round(row.fields.get("round"))
        except InputError:
            round_ = None
        try:
            row.fields["answer"], row.delivery = transcribe_answer(
                row.audio, row_rubric(row.fields, rubric), round_, row.fields.get("trap") or None,
                shown=str(row.audio))
        except GraderError as exc:
            row.error = str(exc)


def _grade_chunk(chunk: list[InputRow], rubric: Rubric | None, grader: Grader, judge: Any) -> list[GradeResult]:
    if any(row.audio for row in chunk):
        _transcribe_audio(chunk, rubric)
    requests: list[GradeRequest | GradeResult] = []
    for row in chunk:
        answer = row.fields.get("answer") if isinstance(row.fields.get("answer"), str) else ""
        if row.error:
            try:  # a row that read fine but could not be transcribed still says which round it was for
                round_ = _parse_round(row.fields.get("round")) if row.fields.get("round") not in (None, "") else None
            except GraderError:
                round_ = None
            requests.append(error_result(row.id, rubric.id if rubric else "", round_, answer, row.error))
            continue
        try:
            requests.append(to_request(row, rubric))
        except GraderError as exc:
            try:  # "2" from a CSV is round 2 even when the row failed for another reason
                round_ = _parse_round(row.fields.get("round"))
            except GraderError:
                round_ = None
            message = f"{row.where}: {exc}" if row.where else str(exc)
            requests.append(error_result(row.id, rubric.id if rubric else str(row.fields.get("rubric") or ""),
                                         round_, answer, message))
    to_grade = [r for r in requests if isinstance(r, GradeRequest)]
    graded = iter(_grade_requests(grader, to_grade))
    results = [next(graded) if isinstance(r, GradeRequest) else r for r in requests]
    for index, (result, row) in enumerate(zip(results, chunk)):
        if result.error is not None and row.where and isinstance(requests[index], GradeRequest):
            result.error = f"{row.where}: {result.error}"  # "rubric ... has no round 9", from the grader
        if row.extra.get("transcript"):
            result.transcript = row.extra["transcript"]
        if row.delivery is not None and result.error is None:
            result.delivery = row.delivery  # beside the content feedback, never in the score
    if judge is not None:
        from grader.judge import combine

        todo = [(i, req) for i, req in enumerate(requests) if isinstance(req, GradeRequest) and results[i].error is None]
        verdicts = judge.judge_many([(req.rubric, req.round, req.answer, req.trap_id) for _, req in todo])
        for (i, _), verdict in zip(todo, verdicts):
            key_points = results[i].key_points
            results[i] = combine(results[i], verdict, band=lambda score, kp=key_points: grader.band(score, kp),
                                 rubric=requests[i].rubric)
    return results


def _grade_requests(grader: Grader, requests: list[GradeRequest]) -> list[GradeResult]:
    """``grader.grade_many``; when an unforeseen error escapes it, each answer is graded on its own so that only
    the answer that caused it becomes an error row and the run goes on."""
    try:
        return grader.grade_many(requests)
    except Exception:  # noqa: BLE001 - find the row at fault below
        pass
    results: list[GradeResult] = []
    for request in requests:
        try:
            results.extend(grader.grade_many([request]))
        except Exception as exc:  # noqa: BLE001 - one row must never end the run
            answer = request.answer if isinstance(request.answer, str) else ""
            results.append(error_result(request.id, request.rubric.id, request.round, answer,
                                        f"could not be graded ({exc.__class__.__name__}: {str(exc)[:200]})"))
    return results
