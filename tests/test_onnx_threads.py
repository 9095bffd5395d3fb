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


def test_a_forked_child_gets_a_pool_of_its_own() -> None:
    import os

    runner = ItemRunner(2)
    assert runner.map(lambda x: x + 1, list(range(20))) == list(range(1, 21))  # the parent's pool exists now
    pid = os.fork()
    if pid == 0:  # the child: the inherited pool has no threads; mapping must still finish
        os._exit(0 if runner.map(lambda x: x + 1, list(range(20))) == list(range(1, 21)) else 1)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.WEXITSTATUS(status) == 0
            return
        time.sleep(0.05)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    raise AssertionError("the forked child hung on the parent's pool")


def test_int8_products_are_exact_on_every_x86_cpu() -> None:
    # Without it, a CPU without VNNI saturates onnxruntime's u8s8 sums and grades the same answers differently.
    pytest.importorskip("onnxruntime")
    from grader.onnx_threads import session_options

    assert session_options().get_session_config_entry("session.x64quantprecision") == "1"
