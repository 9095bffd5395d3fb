"""An exclusive lock on an output file, so two runs never append to the same file at once.

The lock is ``fcntl.flock`` on a sidecar file ``<output>.lock`` (the output itself is replaced when error
rows are dropped, which would lose a lock held on it). The holder writes its pid, host and start time into
the sidecar, so a second run can say who holds the lock. The kernel releases the lock when the process
dies, so a crashed run never leaves a stale lock behind; the sidecar is removed on a clean exit.
"""

from __future__ import annotations

import fcntl
import os
import socket
from datetime import datetime, timezone
from pathlib import Path

from grader.errors import InputError


class OutputLock:
    """Hold ``with OutputLock(path):`` while writing ``path``; a second holder gets an InputError at once."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        # The file itself, not the name given: a symlink to the output must meet the same lock.
        real = Path(os.path.realpath(self.path))
        self.lock_path = real.with_name(real.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> "OutputLock":
        for _ in range(5):
            try:
                fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise InputError(f"{self.lock_path}: cannot create the output's lock file ({exc.strerror or exc})") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read_holder(fd)
                os.close(fd)
                raise InputError(
                    f"{self.path}: another run is writing this output ({holder}); wait for it to finish "
                    "or choose another output file"
                ) from None
            # The previous holder may have removed the lock file between our open and flock: then the lock
            # we hold is on a file nobody else can see, so open the current one again.
            try:
                same = os.stat(self.lock_path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                os.ftruncate(fd, 0)
                started = datetime.now(timezone.utc).isoformat(timespec="seconds")
                os.write(fd, f"pid {os.getpid()} on {socket.gethostname()}, started {started}\n".encode())
                return self
            os.close(fd)
        raise InputError(f"{self.lock_path}: the lock file keeps changing; is another run starting and stopping?")

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.unlink(self.lock_path)
        except OSError:
            pass
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> "OutputLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return f"lock held by {text}" if text else "its lock file is held"
