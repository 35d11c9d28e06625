"""Atomic writes: temp file, fsync, replace, fsync the folder; a crash leaves old or new."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path


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
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)  # a half-written temporary is never left to look like the file
        raise
    if keep_backup and path.exists():
        bak = path.with_name(path.name + ".bak")
        shutil.copyfile(path, bak)
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
