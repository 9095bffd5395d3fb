"""Engines that run `grader batch` beyond one process.

The local engine is ``grader.batch.run_batch`` (the default). ``ray_engine.run_batch_ray`` spreads the grading
over a Ray cluster (or the local cores) with Ray Data; it needs the optional ``ray`` extra and is imported only
when asked for, so the default install never loads Ray.
"""

ENGINES = ("local", "ray")

__all__ = ["ENGINES"]
