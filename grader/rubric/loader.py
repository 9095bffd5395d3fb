"""Loading, validating, listing and saving rubric files, with errors that name the file and the field."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from grader.errors import RubricError
from grader.rubric.schema import Rubric

#: The repository's own rubrics folder (the package is installed in editable mode from the checkout).
BUILTIN_RUBRICS_DIR = Path(__file__).resolve().parents[2] / "rubrics"


def rubric_dirs() -> list[Path]:
    """Folders searched for rubric ids: $GRADER_RUBRICS_DIR (os.pathsep-separated), then the built-in one."""
    dirs = [Path(p) for p in os.environ.get("GRADER_RUBRICS_DIR", "").split(os.pathsep) if p]
    dirs.append(BUILTIN_RUBRICS_DIR)
    return dirs


def _describe_location(loc: tuple[Any, ...], data: Any) -> str:
    """('rounds', 1, 'key_points', 3) -> 'round 2, key_points[3]'; the field itself is named by the caller."""
    head = ""
    rest = list(loc)
    if len(rest) >= 2 and rest[0] == "rounds" and isinstance(rest[1], int):
        index = rest[1]
        number = index + 1
        try:
            number = int(data["rounds"][index].get("number", number))
        except Exception:  # noqa: BLE001 - the position is still right without the number
            pass
        head = f"round {number}"
        rest = rest[2:]
    tail = ""
    for key in rest:
        tail += f"[{key}]" if isinstance(key, int) else (f".{key}" if tail else str(key))
    return ", ".join(part for part in (head, tail) if part)


def _explain(error: dict[str, Any], data: Any) -> str:
    loc = tuple(error.get("loc", ()))
    kind = error.get("type", "")
    if kind == "missing":
        where = _describe_location(loc[:-1], data)
        field = loc[-1] if loc else "?"
        return f"{where + ': ' if where else ''}missing '{field}'"
    where = _describe_location(loc, data)
    found = error.get("input")
    if kind == "extra_forbidden":
        return f"{where}: unknown field (check the spelling; see grader/rubric/schema.py for the fields)"
    message = error.get("msg", "invalid value")
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    shown = json.dumps(found, default=str)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if kind in {"value_error", "assertion_error"}:
        return f"{where}: {message}" if where else message
    return f"{where}: {message.lower()}, found {shown}" if where else f"{message.lower()}, found {shown}"


def validate_rubric(data: Any, source: str) -> Rubric:
    """Validate parsed YAML/JSON data; raise RubricError with one line naming the file and the field."""
    if not isinstance(data, dict):
        raise RubricError(f"{source}: expected a mapping with 'id', 'title' and 'rounds', found {type(data).__name__}")
    try:
        return Rubric.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        first = _explain(errors[0], data)
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        raise RubricError(f"{source}: {first}{more}") from None


def read_rubric_file(path: Path) -> Rubric:
    """Read and validate one rubric file; its id must match its file name."""
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RubricError(f"{shown}: no such rubric file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RubricError(f"{shown}: cannot read the file ({exc.__class__.__name__}: {exc})") from None
    try:
        data = yaml.safe_load(text) if path.suffix.lower() != ".json" else json.loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RubricError(f"{shown}: {where}not valid YAML ({problem})") from None
    except json.JSONDecodeError as exc:
        raise RubricError(f"{shown}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    rubric = validate_rubric(data, shown)
    if path.stem != rubric.id and path.suffix.lower() in {".yaml", ".yml"} and path.parent.name == "rubrics":
        raise RubricError(f"{shown}: id is '{rubric.id}', expected '{path.stem}' (the file name)")
    return rubric


def find_rubric_path(ref: str | Path) -> Path:
    """Resolve a rubric argument: a path to a file, or the id of a file in the rubric folders."""
    candidate = Path(ref)
    if candidate.suffix.lower() in {".yaml", ".yml", ".json"} or candidate.exists():
        if not candidate.exists():
            raise RubricError(f"{candidate}: no such rubric file")
        return candidate
    for folder in rubric_dirs():
        for suffix in (".yaml", ".yml"):
            path = folder / f"{ref}{suffix}"
            if path.exists():
                return path
    known = ", ".join(list_rubric_ids()) or "none installed"
    raise RubricError(f"unknown rubric '{ref}' (expected a rubric file path or one of: {known})")


_CACHE: dict[tuple[str, float], Rubric] = {}


def load_rubric(ref: "str | Path | Rubric") -> Rubric:
    """A rubric by id, path, or (passed through) an already loaded Rubric."""
    if isinstance(ref, Rubric):
        return ref
    path = find_rubric_path(ref)
    key = (str(path.resolve()), path.stat().st_mtime)
    if key not in _CACHE:
        _CACHE[key] = read_rubric_file(path)
    return _CACHE[key]


def list_rubric_ids() -> list[str]:
    ids: list[str] = []
    for folder in rubric_dirs():
        if folder.is_dir():
            for path in sorted(folder.glob("*.y*ml")):
                if path.stem not in ids:
                    ids.append(path.stem)
    return ids


def list_rubrics() -> list[tuple[Path, Rubric | RubricError]]:
    """Every installed rubric file with its rubric, or the error that keeps it from loading."""
    out: list[tuple[Path, Rubric | RubricError]] = []
    for rubric_id in list_rubric_ids():
        path = find_rubric_path(rubric_id)
        try:
            out.append((path, load_rubric(path)))
        except RubricError as exc:
            out.append((path, exc))
    return out


def rubric_to_yaml(rubric: Rubric) -> str:
    data = rubric.model_dump(mode="json", exclude_defaults=False)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def save_rubric(rubric: Rubric, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(rubric_to_yaml(rubric), encoding="utf-8")


def rubric_hash(rubric: Rubric) -> str:
    """A stable hash of the rubric's content, for caches keyed by rubric."""
    payload = json.dumps(rubric.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
