"""Speed harness: `batch` throughput against the raw encoder on the same texts, peak memory, cold-start `grade`.

    .venv/bin/python -m benchmarks.speed [--n 2000] [--memory-n 10000]

Answers are synthesised from the sentences of the hand-labelled sets (each a different mix of 2-6 sentences, each
sentence made unique), so no text is in the model's cache. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import datasets as ds
from grader.scoring.answer import split_answer
from grader.text import split_sentences

REPO = Path(__file__).resolve().parents[1]
GRADER = str(Path(sys.executable).with_name("grader"))


def synth_answers(n: int, seed: int = 7) -> list[dict]:
    pool: dict[int, list[str]] = {}
    for row in ds.ebpf_answers():
        pool.setdefault(row["round"], []).extend(split_sentences(row["answer"]))
    rng = random.Random(seed)
    openers = ["Honestly,", "I think", "In my last team", "So basically", "From what I've seen", "Well,"]
    rows = []
    for i in range(n):
        round_ = rng.randint(1, 5)
        k = rng.randint(2, 6)
        # Every sentence gets an opener and a number, so no sentence repeats and no cache can help.
        sentences = [f"{rng.choice(openers)} {s[0].lower() + s[1:]} (cluster {rng.randint(1, 10**6)})"
                     for s in rng.sample(pool[round_], min(k, len(pool[round_])))]
        rows.append({"id": f"s{i}", "round": round_, "answer": " ".join(sentences)})
    return rows


def encoder_throughput(texts: list[str]) -> float:
    from grader.embedding import SentenceTransformerEmbedder

    model = SentenceTransformerEmbedder()._model
    model.encode(texts[:64], batch_size=64)  # warm-up
    start = time.perf_counter()
    model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
    return len(texts) / (time.perf_counter() - start)


def batch_throughput(rows: list[dict], workdir: Path) -> float:
    from grader.batch import run_batch
    from grader.grading import Grader
    from grader.rubric import load_rubric

    inp, out = workdir / "in.jsonl", workdir / "out.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows))
    grader = Grader()
    rubric = load_rubric("ebpf-observability")
    grader.grade(rubric, 1, "warm-up answer about kernels.")
    for n in range(1, 6):
        grader.round_index(rubric, n)  # rubric embeddings, computed once per process
    start = time.perf_counter()
    summary = run_batch([inp], out, rubric=rubric, grader=grader)
    elapsed = time.perf_counter() - start
    assert summary.graded == len(rows), summary
    return len(rows) / elapsed


def peak_memory(n: int, workdir: Path) -> tuple[float, float]:
    """(peak RSS in GiB, seconds) of a `grader batch` subprocess over n answers."""
    inp, out = workdir / "mem.jsonl", workdir / "mem-out.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in synth_answers(n, seed=11)))
    start = time.perf_counter()
    subprocess.run([GRADER, "batch", str(inp), "--rubric", "ebpf-observability", "-o", str(out), "-q"], check=True,
                   capture_output=True)
    elapsed = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak_kib / 1024 / 1024, elapsed


def cold_grade(repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([GRADER, "grade", "--rubric", "ebpf-observability", "--round", "2",
                        "BTF needs kernel 5.2 and the ring buffer 5.8; older nodes get a nodeSelector."],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="answers for the throughput comparison")
    parser.add_argument("--memory-n", type=int, default=10000, help="answers for the peak-memory run")
    args = parser.parse_args(argv)
    rows = synth_answers(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        encoder = encoder_throughput([r["answer"] for r in rows])
        units = [u for r in rows for u in split_answer(r["answer"])]
        encoder_units = encoder_throughput(units) * len(rows) / len(units)  # answers/s when encoding their parts
        batch = batch_throughput(rows, work)
        memory, mem_seconds = peak_memory(args.memory_n, work)
    cold = cold_grade()
    print("## Speed (2 CPU cores, all-MiniLM-L6-v2)\n")
    print("| measure | value | target |")
    print("| --- | --- | --- |")
    print(f"| raw encoder, whole answers ({args.n}) | {encoder:.1f} answers/s | |")
    print(f"| `batch` end to end, same answers | {batch:.1f} answers/s | |")
    print(f"| raw encoder, the same answers' sentences/clauses (what `batch` embeds) | {encoder_units:.1f} answers/s | |")
    print(f"| `batch` / raw encoder on whole answers | {batch / encoder:.2f} | >= 0.70 |")
    print(f"| `batch` / raw encoder on the same sentences | {batch / encoder_units:.2f} | |")
    print(f"| peak memory, `grader batch` of {args.memory_n:,} answers | {memory:.2f} GiB ({mem_seconds:.0f} s) | < 1.2 GiB |")
    print(f"| cold start, one-answer `grader grade` (median of 3) | {cold:.1f} s | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
