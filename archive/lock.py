"""One writer per archive home: import, reindex, remove and check --repair take
this lock; searches never do (they read committed SQLite and Whoosh state).

An OS lock (fcntl.flock) on `home/write.lock`: the kernel drops it when the
holder dies, even by SIGKILL, so a lock is never stale. The holder's pid is
written into the file so a waiting command can say who it waits for.
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path

LOCK_FILE = "write.lock"


class Busy(Exception):
    """Another process holds the writer lock (and the caller would not wait)."""

    def __init__(self, holder: tuple[int | None, str]):
        self.pid, self.command = holder
        super().__init__(f"another {self.command} is running (pid {self.pid or '?'})")


class WriterLock:
    def __init__(self, home: Path, command: str = "import", wait: bool = True,
                 on_wait: Callable[[Busy], None] | None = None):
        self.path = Path(home) / LOCK_FILE
        self.command = command
        self.wait = wait
        self.on_wait = on_wait or (lambda busy: None)
        self.fd: int | None = None

    def __enter__(self) -> WriterLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            busy = Busy(_holder(self.fd))
            if not self.wait:
                self._close()
                raise busy from None
            self.on_wait(busy)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, f"{os.getpid()} {self.command}".encode(), 0)
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            self._close()

    def _close(self) -> None:
        os.close(self.fd)          # closing drops the flock
        self.fd = None


def _holder(fd: int) -> tuple[int | None, str]:
    pid, _, command = os.pread(fd, 64, 0).decode(errors="replace").strip().partition(" ")
    return (int(pid) if pid.isdigit() else None), (command or "import")
