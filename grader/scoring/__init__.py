"""Scoring: key-point coverage, weak patterns, bluff signals, trap choice, score, band and feedback.

Each module is a small function over an answer's parts and a prepared round (``RoundIndex``); the
``grader.grading.Grader`` puts them together.
"""
