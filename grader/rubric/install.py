"""Installing a rubric into the rubric folder, so `--rubric ID` and the UI's pickers find it."""

from __future__ import annotations

import re
from pathlib import Path

from grader.errors import RubricError
from grader.rubric.loader import rubric_dirs, rubric_to_yaml
from grader.rubric.schema import SLUG_PATTERN, Rubric


def install_folder() -> Path:
    """Where new rubrics go: the first folder of $GRADER_RUBRICS_DIR, else the built-in rubrics/."""
    return rubric_dirs()[0]


def install_rubric(rubric: Rubric, rubric_id: str | None = None, *, overwrite: bool = False,
                   folder: Path | None = None) -> Path:
    """Write `rubric` as ``<folder>/<id>.yaml`` (the id becomes the file name and the rubric's id).

    Refuses an id that is not kebab-case and, unless `overwrite`, a file that already exists, naming it.
    """
    rubric_id = (rubric_id if rubric_id is not None else rubric.id).strip()
    if not re.fullmatch(SLUG_PATTERN, rubric_id) or len(rubric_id) > 80:
        raise RubricError(f"rubric id '{rubric_id}': expected kebab-case (lowercase letters, digits and single "
                          "hyphens, at most 80 characters), e.g. 'my-gauntlet'")
    folder = Path(folder) if folder is not None else install_folder()
    path = folder / f"{rubric_id}.yaml"
    taken = [p for p in (folder / f"{rubric_id}.yaml", folder / f"{rubric_id}.yml") if p.exists()]
    if taken and not overwrite:
        raise RubricError(f"{taken[0]}: a rubric with id '{rubric_id}' is already installed; choose another id "
                          "or choose to overwrite it")
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(rubric_to_yaml(rubric.model_copy(update={"id": rubric_id})), encoding="utf-8")
    tmp.replace(path)  # never a half-written rubric in the folder
    return path
