"""gauntlet-grader."""
