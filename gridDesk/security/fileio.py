"""Atomic writes: temp file, fsync, replace, fsync the folder; a crash leaves old or new.
Private files: on POSIX what GridDesk keeps is 0600 in 0700 folders (SECURITY.md); on Windows the
per-user %LOCALAPPDATA% folder's ACL is what keeps other accounts out."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PRIVATE_UMASK = 0o077


def private_umask() -> None:
    """Set once at start (app and command line): whatever the process creates is its user's alone."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def make_private(path: Path) -> None:
    """0700 for a folder, 0600 for a file (POSIX). A link is not followed; a file system without
    modes (a FAT stick) or a file that is not ours is left as it is."""
    if os.name != "posix":
        return
    try:
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode):
            return
        mode = PRIVATE_DIR if stat.S_ISDIR(st.st_mode) else PRIVATE_FILE
        if stat.S_IMODE(st.st_mode) != mode:
            os.chmod(path, mode)
    except OSError:
        pass


def private_tree(folder: Path) -> None:
    """A folder and everything under it."""
    make_private(folder)
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            make_private(Path(root) / name)


def private_dir(folder: Path) -> Path:
    """The folder, made if missing, 0700."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    make_private(folder)
    return folder


def open_private(path: Path, mode: str = "wb"):
    """A file opened for writing that is created 0600 (an existing one is made 0600)."""
    handle = open(path, mode, opener=_private_opener)
    make_private(path)
    return handle


def _private_opener(path, flags: int) -> int:
    return os.open(path, flags, PRIVATE_FILE)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, keep_backup: bool = False) -> None:
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open_private(tmp) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)  # a half-written temporary is never left to look like the file
        raise
    if keep_backup and path.exists():
        bak = path.with_name(path.name + ".bak")
        shutil.copyfile(path, bak)
        make_private(bak)
        with open(bak, "rb+") as fh:
            os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def copy_synced(source: Path, target: Path, on_block: Callable[[int], None] = lambda _n: None,
                block: int = 8 << 20) -> int:
    """Copies `source` to `target` and fsyncs it; `on_block` hears each block's size once it is
    written (progress, or a cancel that raises). Returns the bytes copied."""
    done = 0
    with open(source, "rb") as src, open(target, "wb") as out:
        while chunk := src.read(block):
            out.write(chunk)
            done += len(chunk)
            on_block(len(chunk))
        out.flush()
        os.fsync(out.fileno())
    return done


class DeviceFlush:
    """Makes everything written under a new folder durable in one step, and lets it be read back
    from the device rather than from memory.

    Opened on the folder before the first write: Linux's syncfs() reports a write-back error that
    happened at any time after that (the error is sampled when the descriptor is opened), and one
    syncfs costs the stick one flush instead of one per file (an fsync per file also stalls every
    following file creation behind a journal commit). Where there is no syncfs (Windows, macOS),
    every file and folder is fsynced instead."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.fd = os.open(self.folder, os.O_RDONLY) if os.name == "posix" else None

    def flush(self) -> None:
        if self.fd is not None and _syncfs(self.fd):
            return
        with ThreadPoolExecutor(max_workers=4) as pool:  # flushes overlap; each waits on the device
            list(pool.map(_fsync_file, (p for p in self.folder.rglob("*") if p.is_file())))
        folders = [p for p in self.folder.rglob("*") if p.is_dir()] + [self.folder]
        for folder in sorted(folders, key=lambda p: -len(p.parts)):
            fsync_dir(folder)

    def forget_cached(self) -> None:
        """Drops the folder's (clean, flushed) pages from the page cache, so that reading it back
        reads the stick: a stick that loses writes (a fake-capacity one, a bad block) shows then,
        not after it is unplugged. A no-op where the OS has no posix_fadvise."""
        advise = getattr(os, "posix_fadvise", None)
        if advise is None:
            return
        for path in self.folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                fd = os.open(path, os.O_RDONLY)
                try:
                    advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> "DeviceFlush":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _fsync_file(path: Path) -> None:
    with open(path, "r+b") as f:  # Windows flushes only a handle opened for writing
        os.fsync(f.fileno())


def _syncfs(fd: int) -> bool:
    """syncfs(2) on the file system holding `fd`; False where the C library has none."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return False
    if syncfs(fd) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))
    return True
