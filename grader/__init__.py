"""gauntlet-grader: grade spoken-interview answers against a rubric built from a gauntlet document.

    from grader import Grader, load_rubric
    result = Grader().grade(load_rubric("ebpf-observability"), 2, "BTF needs kernel 5.2 ...")
    print(result.score, result.band, result.feedback)
"""

from grader.errors import CalibrationError, GraderError, InputError, JudgeError, RubricError, TranscriptError
from grader.grading import Grader, GradeRequest, grade_answer, rubric_from_reference
from grader.result import GradeResult
from grader.rubric import Rubric, list_rubrics, load_rubric

__all__ = [
    "CalibrationError",
    "GradeRequest",
    "GradeResult",
    "Grader",
    "GraderError",
    "InputError",
    "JudgeError",
    "Rubric",
    "RubricError",
    "TranscriptError",
    "grade_answer",
    "list_rubrics",
    "load_rubric",
    "rubric_from_reference",
]
