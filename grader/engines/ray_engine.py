"""`grader batch --engine ray`: the same batch, graded by a pool of Ray Data actors.

The driver (this process) does what the local engine does around the grading, with the same code
(``grader.batch``): it reads the inputs, skips ids already in the output, turns bad rows into error rows,
appends and fsyncs result rows as they come back, and writes the transcript reports. Only the grading moves:
rows go to Ray in windows, and ``map_batches`` runs them through an actor pool in which every actor holds one
``Grader`` (the model loaded once per actor, the rubric's round indexes built in its constructor).

Start-up is the cost: starting Ray, then one model load per actor (see the README for the measured overhead
and the break-even size), so the local engine stays the default.
"""

from __future__ import annotations

import json
import logging
import math
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from grader.batch import (
    TRANSCRIPT_SUFFIXES,
    BatchSummary,
    InputRow,
    OutputWriter,
    _grade_chunk,
    _merge,
    check_paths,
    count_rows,
    iter_inputs,
    pending_rows,
    write_reports,
)
from grader.errors import InputError
from grader.result import GradeResult
from grader.rubric.schema import Rubric

if TYPE_CHECKING:
    from grader.grading import Grader

#: Rows handed to Ray per Dataset: bounds the driver's memory; the actor pool starts once per window.
WINDOW_ROWS = 50_000
#: Chunks per block: a block is the unit Ray schedules, so a few chunks each keep the per-task overhead small.
CHUNKS_PER_BLOCK = 4
#: Environment the workers need to grade as the driver would (forwarded when set on the driver).
FORWARDED_ENV = ("GRADER_RUBRICS_DIR", "GRADER_TEST_EMBEDDER")
_RESULT_FIELDS = set(GradeResult.model_fields)


class GradeBatch:
    """One Ray Data actor: a Grader that lives as long as the pool, grading batches of encoded input rows."""

    def __init__(self, rubric: Rubric | None, calibration: Any = None) -> None:
        from grader.grading import Grader

        self.rubric = rubric
        self.grader = Grader(calibration=calibration)
        if rubric is not None:
            for round_ in rubric.rounds:  # warm: the rubric side is embedded before the first answer arrives
                self.grader.round_index(rubric, round_.number)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        graded = []
        for text in batch["chunk"]:
            rows = [decode_row(data) for data in json.loads(text)]
            results = _grade_chunk(rows, self.rubric, self.grader, None)
            graded.append(json.dumps([_merge(result, row) for result, row in zip(results, rows)], ensure_ascii=False))
        return {"rows": np.array(graded, dtype=object)}


def encode_row(row: InputRow) -> dict[str, Any]:
    """An input row as JSON data, for the trip to a worker (the transcript alignment stays on the driver)."""
    return {"id": row.id, "source": row.source, "fields": row.fields, "error": row.error, "extra": row.extra,
            "where": row.where}


def decode_row(data: dict[str, Any]) -> InputRow:
    return InputRow(id=data["id"], source=data["source"], fields=data["fields"], error=data["error"],
                    extra=data["extra"], where=data.get("where"))


def connect(address: str | None = None) -> bool:
    """Join the Ray cluster at `address`, or start a local one on this machine's cores; True when this call
    started Ray (and so should shut it down). Nothing is sent anywhere: no usage statistics, no dashboard."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError:
        raise InputError("--engine ray needs Ray: pip install 'gauntlet-grader[ray]' "
                         "(in a checkout: pip install -e '.[ray]')") from None
    if ray.is_initialized():
        return False
    env = {name: os.environ[name] for name in FORWARDED_ENV if os.environ.get(name)}
    # Ray's own notices (and the workers' output) go to its session logs under /tmp/ray, not to the terminal.
    options: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False}
    if env:
        options["runtime_env"] = {"env_vars": env}
    if address and address != "auto":
        check_reachable(address)
    try:
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=os.cpu_count() or 1, include_dashboard=False, **options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"--address {address}" if address else "a local Ray"
        raise InputError(f"{where}: cannot start or join Ray ({str(exc).splitlines()[0] if str(exc) else exc})") \
            from None
    return True


def check_reachable(address: str, timeout: float = 5.0) -> None:
    """Fail in seconds, naming the address, when nothing listens there (Ray itself retries for minutes)."""
    hostport = address.split("://", 1)[-1]
    host, sep, port = hostport.rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise InputError(f"--address {address}: expected ray://HOST:PORT, HOST:PORT or auto")
    try:
        socket.create_connection((host, int(port)), timeout=timeout).close()
    except OSError as exc:
        raise InputError(f"--address {address}: no Ray cluster answers there ({exc.strerror or exc})") from None


def quiet_ray_data() -> None:
    """Ray Data logs its plan and timings to the console; keep them in its log file and show only errors."""
    import ray.data  # noqa: F401  (configures the "ray.data" logger on import)

    for handler in logging.getLogger("ray.data").handlers:
        if not getattr(handler, "baseFilename", None) and type(handler).__name__ != "SessionFileHandler":
            handler.setLevel(logging.ERROR)


def cluster_cpus() -> int:
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def chunks(rows: Iterable[InputRow], size: int) -> Iterator[list[InputRow]]:
    chunk: list[InputRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def windows(rows: Iterable[InputRow], chunk_size: int, window: int) -> Iterator[list[list[InputRow]]]:
    """The rows to grade as windows of chunks. The chunks are the ones the local engine grades (`chunk_size` rows
    in input order), so every answer is embedded in the same company and the rows come out identical."""
    per_window = max(1, window // chunk_size)
    batch: list[list[InputRow]] = []
    for chunk in chunks(rows, chunk_size):
        batch.append(chunk)
        if len(batch) >= per_window:
            yield batch
            batch = []
    if batch:
        yield batch


def grade_window(window: list[list[InputRow]], *, rubric: Rubric | None, calibration: Any,
                 workers: int) -> Iterator[list[dict[str, Any]]]:
    """Result rows of one window, a chunk at a time, in the order the actors finish them."""
    import ray
    from ray.data import DataContext

    context = DataContext.get_current()
    context.enable_progress_bars = False  # the CLI shows its own bar over the whole run
    context.print_on_execution_start = False
    items = [{"chunk": json.dumps([encode_row(row) for row in chunk], ensure_ascii=False)} for chunk in window]
    blocks = max(1, math.ceil(len(items) / CHUNKS_PER_BLOCK))
    dataset = ray.data.from_items(items, override_num_blocks=blocks)
    graded = dataset.map_batches(
        GradeBatch,
        fn_constructor_kwargs={"rubric": rubric, "calibration": calibration},
        batch_size=1,  # one chunk per call: the chunk is the batch the embedder sees
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=max(1, min(workers, blocks))),
        num_cpus=1,
    )
    for batch in graded.iter_batches(batch_size=None, batch_format="numpy"):
        for text in batch["rows"]:
            yield json.loads(text)


def run_batch_ray(
    inputs: list[Path],
    output: Path,
    *,
    rubric: Rubric | None = None,
    calibration: Any = None,
    grader: "Grader | None" = None,
    chunk_size: int = 64,
    speakers: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    address: str | None = None,
    workers: int | None = None,
    window: int = WINDOW_ROWS,
) -> BatchSummary:
    """`run_batch` on Ray: grade every input row not yet in `output` and append the results as they arrive.

    `workers` actors (one CPU each; default: every CPU of the cluster) grade `chunk_size` rows per call, each
    with its own ``Grader(calibration=calibration)``. `grader` aligns transcripts on the driver (default: one
    with the bundled model, made only when there are transcripts).
    """
    check_paths(inputs, output)
    started = connect(address)
    try:
        quiet_ray_data()
        pool = workers or cluster_cpus()
        summary = BatchSummary(total=count_rows(inputs))
        writer = OutputWriter(output)
        transcripts: dict[str, tuple[Any, list[GradeResult]]] = {}
        # Transcripts are aligned to the rubric on the driver, which needs the model there too.
        has_transcripts = rubric is not None and any(p.suffix.lower() in TRANSCRIPT_SUFFIXES for p in inputs)
        aligner = grader
        if has_transcripts and aligner is None:
            from grader.grading import Grader

            aligner = Grader(calibration=calibration)
        try:
            rows = pending_rows(iter_inputs(inputs, rubric, aligner, speakers), writer, summary, transcripts, progress)
            for batch in windows(rows, chunk_size, window):
                aligned = {row.id: row for chunk in batch for row in chunk if row.alignment is not None}
                for results in grade_window(batch, rubric=rubric, calibration=calibration, workers=pool):
                    # A retried task (a worker died) must not write a row twice.
                    results = [r for r in results if str(r["id"]) not in writer.done]
                    writer.write(results)
                    for result in results:
                        failed = result.get("error") is not None
                        summary.graded += not failed
                        summary.errors += failed
                        if failed and summary.first_error is None:
                            summary.first_error = str(result["error"])
                        row = aligned.get(str(result["id"]))
                        if row is not None:
                            transcripts[row.source][1].append(
                                GradeResult.model_validate({k: v for k, v in result.items() if k in _RESULT_FIELDS}))
                    if progress:
                        progress(len(results), summary.total)
        finally:
            writer.close()
        write_reports(output, rubric, transcripts, writer, summary)
        return summary
    finally:
        if started:
            import ray

            ray.shutdown()
