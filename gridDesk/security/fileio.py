"""Atomic writes: temp file, fsync, replace, fsync the folder; a crash leaves old or new."""

from __future__ import annotations

import os
import shutil
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
