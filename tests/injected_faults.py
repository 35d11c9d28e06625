"""A file opened for writing that fails with a chosen errno once it has taken `after` bytes:
I/O errors and full disks injected into the Python-level write paths."""

from __future__ import annotations

import builtins
import errno as errnos
import os
from collections.abc import Callable

REAL_OPEN = builtins.open


class FailingFile:
    def __init__(self, f, after: int, errno: int) -> None:
        self.f, self.after, self.errno, self.written = f, after, errno, 0

    def write(self, data):
        self.written += len(data)
        if self.written > self.after:
            raise OSError(self.errno, os.strerror(self.errno))
        return self.f.write(data)

    def __getattr__(self, name):
        return getattr(self.f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()


def failing_open(when: Callable[[str, str], bool], after: int = 0, errno: int = errnos.EIO):
    """An `open` that hands back a FailingFile where `when(path, mode)` holds."""
    def opener(path, mode="r", *args, **kwargs):
        f = REAL_OPEN(path, mode, *args, **kwargs)
        return FailingFile(f, after, errno) if when(str(path), mode) else f
    return opener
