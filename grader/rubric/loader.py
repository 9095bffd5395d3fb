"""Loading, validating, listing and saving rubric files, with errors that name the file and the field."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from grader.errors import RubricError
from grader.rubric.schema import Rubric
from grader.safe_io import read_capped

#: The largest rubric file read (the curated eBPF rubric is about 45 KB).
MAX_RUBRIC_BYTES = 2_000_000
#: What a rubric id looks like: a file name in a rubric folder, never a path.
RUBRIC_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


class _NoAliasLoader(yaml.SafeLoader):
    """YAML without aliases: ``*name`` can expand a 1 KB file into gigabytes (the "billion laughs" bomb)."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, f"aliases (*{event.anchor}) are not allowed in rubric files; write the value out",
                event.start_mark)
        return super().compose_node(parent, index)

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
    # A regular file of bounded size only: never /dev/zero, a FIFO or a folder.
    raw = read_capped(path, MAX_RUBRIC_BYTES, error=RubricError, what="rubric file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RubricError(f"{shown}: line {line}: not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None
    try:
        data = yaml.load(text, Loader=_NoAliasLoader) if path.suffix.lower() != ".json" else json.loads(text)
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


def find_rubric_path(ref: str | Path, *, allow_path: bool = True) -> Path:
    """Resolve a rubric argument: the id of a file in the rubric folders, or (``allow_path``, for the command
    line only) a path to a file. An id never leaves its folder: ``../x`` or ``/etc/x`` is not an id."""
    candidate = Path(ref)
    is_id = isinstance(ref, str) and RUBRIC_ID.fullmatch(ref) is not None and ".." not in ref
    if allow_path and candidate.suffix.lower() in {".yaml", ".yml", ".json"}:
        if not candidate.exists():
            raise RubricError(f"{candidate}: no such rubric file")
        return candidate
    if is_id:
        # An installed rubric wins over a folder or file of the same name in the current directory.
        for folder in rubric_dirs():
            for suffix in (".yaml", ".yml"):
                path = folder / f"{ref}{suffix}"
                if path.exists():
                    return path
        # The id written inside a file whose name differs (as `grader rubrics` lists it).
        for folder in rubric_dirs():
            if folder.is_dir():
                for path in sorted(folder.glob("*.y*ml")):
                    if _declared_id(path) == ref:
                        return path
    if allow_path and candidate.exists():
        return candidate
    known = ", ".join(list_rubric_ids()) or "none installed"
    if not is_id:
        shown = str(ref)[:200]
        raise RubricError(f"rubric '{shown}': expected a rubric id (one of: {known}); a path to a rubric file is "
                          "accepted only on the command line")
    raise RubricError(f"unknown rubric '{ref}' (expected {'a rubric file path or ' if allow_path else ''}one of: {known})")


def _declared_id(path: Path) -> str | None:
    """The `id:` a rubric file declares on its own top-level line, read without parsing the whole file."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle):
                if number > 200:
                    break
                match = re.match(r"^id:\s*['\"]?([A-Za-z0-9][\w.-]*)['\"]?\s*$", line)
                if match:
                    return match.group(1)
    except OSError:
        return None
    return None


_CACHE: dict[tuple[str, float], Rubric] = {}


def load_rubric(ref: "str | Path | Rubric", *, allow_path: bool = True) -> Rubric:
    """A rubric by id, path, or (passed through) an already loaded Rubric.

    Pass ``allow_path=False`` for a reference that comes from data rather than from the operator (a batch
    row's ``rubric`` column, a UI widget): then only ids of files in the rubric folders resolve.
    """
    if isinstance(ref, Rubric):
        return ref
    path = find_rubric_path(ref, allow_path=allow_path)
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
