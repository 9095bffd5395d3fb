"""Many single-item ONNX inferences on a few threads.

The int8 models run one text (or pair) per call, because dynamic quantization scales activations over the whole
input tensor and a batched item would depend on its batchmates. One item is too small for onnxruntime to spread
over cores, so instead each worker thread runs whole items on a one-thread session (onnxruntime releases the GIL
while it computes): on 2 cores, twice the throughput of one call at a time, with bit-identical results.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Sequence, TypeVar

Item = TypeVar("Item")
Out = TypeVar("Out")


def worker_count() -> int:
    """Threads to use: ``OMP_NUM_THREADS`` when set (Ray sets it to an actor's cores), else the cores, at most 4."""
    configured = os.environ.get("OMP_NUM_THREADS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return max(1, min(4, os.cpu_count() or 1))


def session_options():
    """Options for a session that worker threads share: one compute thread per call."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    # Exact int8 products on every x86 CPU. Without VNNI, onnxruntime's fast u8s8 kernels saturate 16-bit sums, so
    # the same model gave other embeddings, and other grades, on such a CPU than on one with VNNI (band QWK differed
    # on 20 of 38 imported sets). With this option they use u8u8 there, which cannot overflow; CPUs with VNNI (exact
    # already) and other platforms are unaffected.
    options.add_session_config_entry("session.x64quantprecision", "1")
    return options


class ItemRunner:
    """Maps a per-item function over items on `workers` threads, results in input order."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or worker_count()
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        # A forked child inherits the pool object but not its threads: it starts a pool of its own.
        os.register_at_fork(after_in_child=self._forget_pool)

    def _forget_pool(self) -> None:
        self._pool = None
        self._lock = threading.Lock()

    def map(self, function: Callable[[Item], Out], items: Sequence[Item]) -> list[Out]:
        if self.workers == 1 or len(items) < 8:
            return [function(item) for item in items]
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="grader-onnx")
        chunk = max(1, min(32, len(items) // (4 * self.workers)))
        return list(self._pool.map(function, items, chunksize=chunk))
