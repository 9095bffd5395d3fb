"""Rubric schema, loading and the gauntlet-document importer."""

from grader.rubric.loader import (
    find_rubric_path,
    list_rubric_ids,
    list_rubrics,
    load_rubric,
    read_rubric_file,
    rubric_hash,
    rubric_to_yaml,
    save_rubric,
    validate_rubric,
)
from grader.rubric.install import install_folder, install_rubric
from grader.rubric.schema import Fact, KeyPoint, Round, Rubric, Trap, TrapVariant, WeakPattern, slugify

__all__ = [
    "Fact", "KeyPoint", "Round", "Rubric", "Trap", "TrapVariant", "WeakPattern", "slugify",
    "find_rubric_path", "install_folder", "install_rubric", "list_rubric_ids", "list_rubrics", "load_rubric", "read_rubric_file",
    "rubric_hash", "rubric_to_yaml", "save_rubric", "validate_rubric",
]
