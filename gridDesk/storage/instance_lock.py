"""One copy of GridDesk per database: an OS file lock beside it, held while a session is open.
The operating system drops it when the process ends, however it ends, so a crash never leaves
a stale lock behind (a leftover .lock file is harmless)."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from ..domain.errors import AlreadyOpen


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path).with_suffix(".lock")
        self._lock = FileLock(str(self.path), mode=0o600, is_singleton=False, thread_local=False,
                              fallback_to_soft=False)  # a soft lock would outlive a crash

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self, wait: float = 0.0) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=wait)
        except Timeout:
            raise AlreadyOpen("already_open") from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
