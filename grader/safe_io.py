"""Opening user-named files safely: only regular files, never a device, FIFO or folder, and with a size cap.

``/dev/zero`` as a rubric grows memory until the process dies, a FIFO blocks ``open()`` forever and
``/dev/full`` as an output reads without end; every file the grader reads or appends to goes through here.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from grader.errors import GraderError, InputError


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_regular(path: Path, *, error: type[GraderError] = InputError, what: str = "file") -> BinaryIO:
    """``path`` opened for binary reading, after checking it is a regular file.

    The file is opened with O_NONBLOCK, so a FIFO cannot hang the open; anything but a regular file is
    refused with one line naming the path.
    """
    shown = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise error(f"{shown}: no such {what}") from None
    except IsADirectoryError:
        raise error(f"{shown}: is a folder, expected a {what}") from None
    except OSError as exc:
        raise error(f"{shown}: cannot read the {what} ({exc.strerror or exc})") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise error(f"{shown}: is {_kind(mode)}, expected a regular {what}")
    if hasattr(os, "O_NONBLOCK"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_capped(path: Path, max_bytes: int, *, error: type[GraderError] = InputError, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; a larger file is refused before it is read."""
    with open_regular(path, error=error, what=what) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_bytes:
            raise error(f"{path}: {size:,} bytes, more than the {max_bytes:,} allowed for a {what}")
        data = handle.read(max_bytes + 1)  # the file may have grown since the check
    if len(data) > max_bytes:
        raise error(f"{path}: more than the {max_bytes:,} bytes allowed for a {what}")
    return data


def check_writable_target(path: Path, *, error: type[GraderError] = InputError, what: str = "output",
                          example: str = "results.jsonl") -> None:
    """Refuse an output path that exists but is not a regular file (a device, FIFO or folder)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise error(f"{path}: cannot use as the {what} ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        hint = f"; -o needs a file name such as {Path(path) / example}" if stat.S_ISDIR(mode) else ""
        raise error(f"{path}: is {_kind(mode)}, expected a regular file for the {what}{hint}")
