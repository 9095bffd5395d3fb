"""Worker threads for single-item ONNX inference: input order kept, results the same on any number of threads."""

from __future__ import annotations

import threading
import time

import pytest

from grader.onnx_threads import ItemRunner, worker_count


def test_results_come_back_in_input_order_from_several_threads() -> None:
    seen: set[str] = set()

    def square(x: int) -> int:
        seen.add(threading.current_thread().name)
        time.sleep(0.002)  # long enough that a second worker picks up a chunk
        return x * x

    items = list(range(200))
    assert ItemRunner(3).map(square, items) == [x * x for x in items]
    assert len({n for n in seen if n.startswith("grader-onnx")}) >= 2


def test_few_items_or_one_worker_run_inline() -> None:
    main = threading.current_thread().name
    names: list[str] = []
    ItemRunner(4).map(lambda x: names.append(threading.current_thread().name), [1, 2, 3])
    ItemRunner(1).map(lambda x: names.append(threading.current_thread().name), list(range(50)))
    assert set(names) == {main}


def test_worker_count_follows_omp_num_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    assert worker_count() == 3
    monkeypatch.setenv("OMP_NUM_THREADS", "not a number")
    assert 1 <= worker_count() <= 4
