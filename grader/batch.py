"""Streaming, resumable grading of many answers.

Input rows come from JSONL or CSV files (``id, round, answer`` against a rubric, or reference-only
``id, question, reference, answer``) and from interview transcripts. Rows are graded in chunks and appended
to the output as they are done, so memory stays bounded and an interrupted run loses nothing: run it again
and it grades only the rows whose id is not yet in the output.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from grader.errors import GraderError, InputError
from grader.grading import Grader, GradeRequest, rubric_from_reference
from grader.result import GradeResult, error_result
from grader.rubric.loader import load_rubric
from grader.rubric.schema import Rubric

ROW_FILE_SUFFIXES = {".jsonl", ".csv", ".ndjson"}
TRANSCRIPT_SUFFIXES = {".txt", ".md", ".vtt", ".srt", ".json"}
#: Fields of a result row; an input column with one of these names is kept as ``input_<name>``.
RESULT_FIELDS = set(GradeResult.model_fields)
#: Input columns consumed by the grader (not passed through).
CONSUMED = {"id", "round", "answer", "rubric", "question", "reference", "trap"}
MAX_FIELD_BYTES = 1_000_000


@dataclass
class InputRow:
    """One row to grade, as read from a file, with everything else it carried."""

    id: str
    source: str
    fields: dict[str, Any]
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # added columns such as transcript
    alignment: Any = None  # the transcript alignment the row came from, if any


@dataclass
class BatchSummary:
    total: int = 0
    graded: int = 0
    errors: int = 0
    skipped: int = 0  # already in the output from an earlier run
    transcripts: list[Path] = field(default_factory=list)  # reports written
    judge_usage: Any = None  # grader.judge.JudgeUsage when a judge ran


def _row_id(raw: dict[str, Any], source: str, number: int) -> str:
    value = raw.get("id")
    if value is None or (isinstance(value, str) and not value.strip()):
        return f"{source}:{number}"
    return str(value)


def read_rows(path: Path) -> Iterator[InputRow]:
    """Rows of one JSONL or CSV file, streamed; a line that cannot be parsed becomes an error row."""
    suffix = path.suffix.lower()
    name = path.name
    try:
        handle = path.open("r", encoding="utf-8", newline="" if suffix == ".csv" else None)
    except OSError as exc:
        yield InputRow(id=f"{name}:0", source=name, fields={}, error=f"{path}: cannot read ({exc.strerror or exc})")
        return
    with handle:
        if suffix == ".csv":
            try:
                csv.field_size_limit(MAX_FIELD_BYTES * 4)
                reader = csv.DictReader(handle)
                if reader.fieldnames is None:
                    return
                missing = {"answer"} - set(reader.fieldnames)
                if missing:
                    yield InputRow(id=f"{name}:1", source=name, fields={},
                                   error=f"{path}: header has no 'answer' column (found: {', '.join(reader.fieldnames)})")
                    return
                for number, raw in enumerate(reader, start=2):
                    if None in raw:  # more cells than header columns
                        raw.pop(None)
                    yield InputRow(id=_row_id(raw, name, number), source=name, fields=raw)
            except (csv.Error, UnicodeDecodeError) as exc:
                yield InputRow(id=f"{name}:?", source=name, fields={}, error=f"{path}: not readable as CSV ({exc})")
            return
        number = 0
        while True:
            number += 1
            try:
                line = handle.readline()
            except UnicodeDecodeError as exc:
                yield InputRow(id=f"{name}:{number}", source=name, fields={},
                               error=f"{path}: line {number}: not UTF-8 text ({exc.reason})")
                return
            if not line:
                return
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputRow(id=f"{name}:{number}", source=name, fields={},
                               error=f"{path}: line {number}: not valid JSON ({exc.msg})")
                continue
            if not isinstance(raw, dict):
                yield InputRow(id=f"{name}:{number}", source=name, fields={},
                               error=f"{path}: line {number}: expected a JSON object, found {type(raw).__name__}")
                continue
            yield InputRow(id=_row_id(raw, name, number), source=name, fields=raw)


def _parse_round(value: Any) -> int:
    if isinstance(value, bool):
        raise InputError(f"'round' must be a round number, found {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
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
        return GradeRequest(load_rubric(str(row_rubric)), _parse_round(f.get("round")), answer, row.id, trap)
    if rubric is not None:
        return GradeRequest(rubric, _parse_round(f.get("round")), answer, row.id, trap)
    if f.get("reference"):
        return GradeRequest(rubric_from_reference(f.get("question") or "", f["reference"]), 1, answer, row.id, None)
    raise InputError("no rubric: pass --rubric, add a 'rubric' column, or give 'question' and 'reference'")


def _merge(result: GradeResult, row: InputRow) -> dict[str, Any]:
    out = result.row()
    for key, value in {**row.fields, **row.extra}.items():
        if key in CONSUMED and key in out:
            continue
        if key in row.extra:
            out[key] = value
        elif key in RESULT_FIELDS or key in out:
            out[f"input_{key}"] = value
        else:
            out[key] = value
    return out


class OutputWriter:
    """Appends result rows to JSONL or CSV, after dropping a line a previous run left half-written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.csv = path.suffix.lower() == ".csv"
        self.done: set[str] = set()
        self._header: list[str] | None = None
        if path.is_dir():
            raise InputError(f"{path}: is a folder; -o needs a file name such as {path / 'results.jsonl'}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():
                self._load_existing()
            self._handle = path.open("a", encoding="utf-8", newline="")
        except OSError as exc:
            raise InputError(f"{path}: cannot write the output ({exc.strerror or exc})") from None
        self._csv_writer: csv.DictWriter | None = None

    def _load_existing(self) -> None:
        data = self.path.read_bytes()
        # CSV records end in \r\n (cells may hold plain \n); JSONL lines in \n.
        end = b"\r\n" if self.csv else b"\n"
        if data and not data.endswith(end):
            # An interrupted write: the last record is incomplete, so it was never counted as done.
            cut = data.rfind(end) + len(end) if end in data else 0
            with self.path.open("r+b") as handle:
                handle.truncate(cut)
        # Rows that failed are graded again (the input may have been fixed, or --rubric added): they are dropped
        # here and rewritten when graded, so every id appears once.
        if self.csv:
            with self.path.open("r", encoding="utf-8", newline="") as handle:
                reader = csv.DictReader(handle)
                self._header = list(reader.fieldnames or []) or None
                if self._header and not {"id", "error"} <= set(self._header):
                    raise InputError(f"{self.path}: not a file of result rows (no 'id' and 'error' columns); "
                                     "refusing to append to it (choose another output file)")
                rows = list(reader)
            kept = [r for r in rows if not r.get("error")]
            if len(kept) < len(rows):
                self._rewrite_csv(kept)
            self.done.update(r["id"] for r in kept if r.get("id"))
            return
        kept_lines: list[str] = []
        dropped = False
        with self.path.open("r", encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    row_id, failed = str(row["id"]), bool(row["error"])
                except (json.JSONDecodeError, KeyError, TypeError):
                    raise InputError(
                        f"{self.path}: line {number} is not a result row; refusing to append to it "
                        "(choose another output file)"
                    ) from None
                if failed:
                    dropped = True
                    continue
                kept_lines.append(line if line.endswith("\n") else line + "\n")
                self.done.add(row_id)
        if dropped:
            self._replace("".join(kept_lines))

    def _replace(self, text: str) -> None:
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8", newline="")
        os.replace(temporary, self.path)

    def _rewrite_csv(self, rows: list[dict[str, str]]) -> None:
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=self._header or [], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        self._replace(buffer.getvalue())

    def write(self, rows: list[dict[str, Any]]) -> None:
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
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self.done.update(str(r["id"]) for r in rows)

    def close(self) -> None:
        self._handle.close()


def count_rows(paths: Iterable[Path]) -> int:
    """A quick count of input rows for the progress bar (lines of JSONL/CSV; transcripts count one each)."""
    total = 0
    for path in paths:
        suffix = path.suffix.lower()
        try:
            if suffix in {".jsonl", ".ndjson"}:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif suffix == ".csv":
                with path.open("rb") as handle:
                    total += max(0, sum(1 for _ in handle) - 1)
            else:
                total += 1
        except OSError:
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
            yield from read_rows(path)
        elif suffix in TRANSCRIPT_SUFFIXES:
            yield from transcript_rows(path, rubric, grader, speakers, name=names[path])
        else:
            yield InputRow(
                id=f"{path.name}:0", source=path.name, fields={},
                error=f"{path}: unsupported input type '{suffix or 'none'}' (expected .jsonl, .csv, or a transcript: "
                      f"{', '.join(sorted(TRANSCRIPT_SUFFIXES))})",
            )


def transcript_rows(path: Path, rubric: Rubric | None, grader: Grader,
                    speakers: dict[str, str] | None = None, name: str | None = None) -> Iterator[InputRow]:
    """One row per aligned answer of a transcript; an unreadable transcript becomes one error row."""
    from grader.transcripts import align_transcript, read_transcript

    name = name or path.name

    if rubric is None:
        yield InputRow(id=f"{name}:0", source=name, fields={},
                       error=f"{path}: transcripts need --rubric (which gauntlet was the interview?)",
                       extra={"transcript": name})
        return
    try:
        transcript = read_transcript(path)
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
        if not path.exists():
            raise InputError(f"{path}: no such input file")
        if output.exists() and path.resolve() == output.resolve():
            raise InputError(f"{output}: the output is also an input; choose another output file")


def pending_rows(rows: Iterable[InputRow], writer: OutputWriter, summary: BatchSummary,
                 transcripts: dict[str, tuple[Any, list[GradeResult]]],
                 progress: Callable[[int, int], None] | None = None) -> Iterator[InputRow]:
    """The rows still to grade, shared by every engine: an id already in the output is skipped (and counted),
    a repeated id becomes an error row, and a transcript's aligned answers join the total once known."""
    seen: set[str] = set()
    expanded: set[int] = set()
    for row in rows:
        if row.alignment is not None and id(row.alignment) not in expanded:
            # A transcript was counted as one row; now its aligned answers are known.
            expanded.add(id(row.alignment))
            summary.total += len(row.alignment.answers) - 1
            transcripts.setdefault(row.source, (row.alignment, []))
        # `seen` is checked first: once a chunk is written its ids are in `writer.done` too, and a repeat of one
        # of them is still a duplicate, not a row an earlier run finished.
        if row.id in seen:
            row.error = f"duplicate id '{row.id}' (ids must be unique within a run)"
            row.id = f"{row.id}#duplicate-{len(seen)}"
        elif row.id in writer.done:
            seen.add(row.id)  # so a repeat of it is flagged on a resumed run as on the first one
            summary.skipped += 1
            if progress:
                progress(1, summary.total)
            continue
        seen.add(row.id)
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


def _grade_chunk(chunk: list[InputRow], rubric: Rubric | None, grader: Grader, judge: Any) -> list[GradeResult]:
    requests: list[GradeRequest | GradeResult] = []
    for row in chunk:
        answer = row.fields.get("answer") if isinstance(row.fields.get("answer"), str) else ""
        if row.error:
            requests.append(error_result(row.id, rubric.id if rubric else "", None, answer, row.error))
            continue
        try:
            requests.append(to_request(row, rubric))
        except GraderError as exc:
            round_ = row.fields.get("round")
            requests.append(error_result(row.id, rubric.id if rubric else str(row.fields.get("rubric") or ""),
                                         round_ if isinstance(round_, int) else None, answer, str(exc)))
    to_grade = [r for r in requests if isinstance(r, GradeRequest)]
    graded = iter(grader.grade_many(to_grade))
    results = [next(graded) if isinstance(r, GradeRequest) else r for r in requests]
    for result, row in zip(results, chunk):
        if row.extra.get("transcript"):
            result.transcript = row.extra["transcript"]
    if judge is not None:
        from grader.judge import combine

        todo = [(i, req) for i, req in enumerate(requests) if isinstance(req, GradeRequest) and results[i].error is None]
        verdicts = judge.judge_many([(req.rubric, req.round, req.answer, req.trap_id) for _, req in todo])
        for (i, _), verdict in zip(todo, verdicts):
            key_points = results[i].key_points
            results[i] = combine(results[i], verdict, band=lambda score, kp=key_points: grader.band(score, kp))
    return results
