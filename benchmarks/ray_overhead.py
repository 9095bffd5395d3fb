"""What `--engine ray` costs and gains against the local engine, on this machine, in one run.

    .venv/bin/python -m benchmarks.ray_overhead [--n 2000] [--small 200]

Both engines run as `grader batch` commands (wall clock from start to exit, so Ray's start-up, the actors'
model loads and the local model load are all counted) over the same synthesised answers as
`benchmarks.speed`, at two sizes. From the two sizes each engine gets a fixed cost and a rate
(time = fixed + n / rate), which give the break-even size; rows of the two engines are compared too.
Needs the ray extra. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.speed import GRADER, synth_answers


def run(engine: str, source: Path, out: Path, extra: list[str]) -> float:
    command = [GRADER, "batch", str(source), "--rubric", "ebpf-observability", "-o", str(out), "-q",
               "--engine", engine, *extra]
    env = {k: v for k, v in os.environ.items() if k != "GRADER_TEST_EMBEDDER"}
    start = time.perf_counter()
    subprocess.run(command, check=True, env={**env, "RAY_USAGE_STATS_ENABLED": "0"}, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def fit(small: tuple[int, float], large: tuple[int, float]) -> tuple[float, float]:
    """(fixed seconds, answers per second) of the line through two (n, seconds) points."""
    (n1, t1), (n2, t2) = small, large
    per_answer = (t2 - t1) / (n2 - n1)
    return t1 - n1 * per_answer, 1 / per_answer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--workers", type=int, default=None, help="Ray actors (default: one per core)")
    args = parser.parse_args(argv)
    ray_extra = ["--workers", str(args.workers)] if args.workers else []
    rows = synth_answers(args.n)
    times: dict[tuple[str, int], float] = {}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for n in (args.small, args.n):
            source = work / f"in-{n}.jsonl"
            source.write_text("".join(json.dumps(r) + "\n" for r in rows[:n]), encoding="utf-8")
            for engine in ("local", "ray"):  # interleaved, so both see the same load on the machine
                times[engine, n] = run(engine, source, work / f"{engine}-{n}.jsonl",
                                       ray_extra if engine == "ray" else [])
                print(f"{engine} {n}: {times[engine, n]:.1f} s", flush=True)
        local_rows = {json.loads(l)["id"]: json.loads(l) for l in (work / f"local-{args.n}.jsonl").open()}
        ray_rows = {json.loads(l)["id"]: json.loads(l) for l in (work / f"ray-{args.n}.jsonl").open()}
    load_after = os.getloadavg()[0]
    same = sum(ray_rows.get(i) == row for i, row in local_rows.items())
    differing = sorted({key for i, row in local_rows.items() for key in row if ray_rows.get(i, {}).get(key) != row[key]})
    same_band = sum(ray_rows.get(i, {}).get("band") == row["band"] for i, row in local_rows.items())
    score_gap = max(abs(ray_rows[i]["score"] - row["score"]) for i, row in local_rows.items() if i in ray_rows)
    local_fixed, local_rate = fit((args.small, times["local", args.small]), (args.n, times["local", args.n]))
    ray_fixed, ray_rate = fit((args.small, times["ray", args.small]), (args.n, times["ray", args.n]))
    if ray_fixed <= local_fixed and ray_rate >= local_rate:
        breakeven = "none: Ray was as fast or faster at both sizes"
    elif ray_rate > local_rate:
        breakeven = f"{(ray_fixed - local_fixed) / (1 / local_rate - 1 / ray_rate):,.0f} answers"
    else:
        breakeven = "none: Ray's rate after start-up is not higher"
    workers = args.workers or os.cpu_count() or 1
    print()
    print("| measure | local | ray |")
    print("| --- | --- | --- |")
    for n in (args.small, args.n):
        print(f"| `grader batch` over {n:,} answers, wall clock | {times['local', n]:.1f} s | {times['ray', n]:.1f} s |")
    print(f"| ray / local over {args.n:,} answers | | **{times['ray', args.n] / times['local', args.n]:.2f}** |")
    print(f"| fixed cost (start-up, fitted) | {local_fixed:.1f} s | {ray_fixed:.1f} s |")
    print(f"| rate after start-up (fitted) | {local_rate:.1f} answers/s | {ray_rate:.1f} answers/s |")
    print(f"| rate per Ray actor (one core each, {workers} actors) | | {ray_rate / workers:.1f} answers/s |")
    print(f"| break-even size | {breakeven} | |")
    print(f"| rows identical to the local engine's | | {same}/{len(local_rows)} "
          f"(same band {same_band}; largest score gap {score_gap:.2g}; fields that differ: "
          f"{', '.join(differing) or 'none'}) |")
    print(f"\nload average (1 min) on this machine: {load_before:.1f} before, {load_after:.1f} after")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
