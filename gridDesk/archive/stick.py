"""Writing a bag onto a USB stick so that a pulled stick, a full stick or a cancel never leaves a
package that looks complete: pre-flight checks on an estimate, the bag written straight into
`<batch>.partial/` (no scratch copy elsewhere), flushed to the device, read back from it and
verified, then renamed; 说明文件.TXT rewritten last through a temporary file."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.catalogue import Message
from ..domain.errors import GridDeskError
from ..security.fileio import DeviceFlush, fsync_dir

FAT_LIMIT = 4 * 1024 ** 3 - 1  # FAT32: one byte short of 4 GiB a file
PATH_LIMIT = 240  # Windows' MAX_PATH less a margin
DESCRIPTION = "说明文件.TXT"
PARTIAL = ".partial"
Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool]


class StickError(GridDeskError):
    """A plain sentence for the user; nothing on the stick looks complete."""

    code = "stick_error"


@dataclass(frozen=True)
class Estimate:
    """What a bag will need, known before it is written."""

    size: int  # bytes, all files
    biggest: int  # the largest single file
    longest: int  # the longest path inside the bag, in characters


def preflight(target_root: Path, name: str, need: Estimate, fs_type: str = "") -> list[Message]:
    """Problems that would stop the write, found before a byte is written (catalogue sentences)."""
    problems = []
    try:
        free = shutil.disk_usage(target_root).free
    except OSError as exc:
        return [Message("stick.unreachable", {"path": str(target_root), "os_error": exc.strerror or str(exc)})]
    if free < need.size * 1.1:
        problems.append(Message("stick.no_space", {"need_mb": need.size * 1.1 / 1024 ** 2, "free_mb": free / 1024 ** 2}))
    if fs_type.lower() in ("vfat", "fat", "fat32", "msdos") and need.biggest > FAT_LIMIT:
        problems.append(Message("stick.fat32"))
    longest = len(str(Path(target_root) / (name + PARTIAL))) + 1 + need.longest
    if longest > PATH_LIMIT:
        problems.append(Message("stick.path_too_long", {"length": longest}))
    return problems


def write_onto(target_root: Path, name: str, write: Callable[[Path, Progress], object],
               check: Callable[[Path], None], before_rename: Callable[[object], None],
               progress: Progress = None, cancelled: Cancelled = lambda: False) -> Path:
    """`write(folder, progress)` makes the bag in `<target_root>/<name>.partial` (a stale one of the
    same batch is cleared first); it is flushed to the stick, dropped from memory and read back by
    `check(folder)` (which raises when it does not verify); `before_rename(what write returned)`
    runs last before the rename. Returns the bag's final folder. On any failure or cancel the only
    trace is `<name>.partial`, which every verifier rejects."""
    target_root = Path(target_root)
    final = target_root / name
    if final.exists() or final.is_symlink():
        raise StickError("stick.exists", name=name)
    partial = target_root / f"{name}{PARTIAL}"

    def step(done: int, total: int) -> None:
        if progress:
            progress(done, total)
        if cancelled():
            raise StickError("stick.cancelled", folder=partial.name)

    try:
        if partial.is_symlink() or partial.is_file():
            partial.unlink()
        elif partial.exists():
            shutil.rmtree(partial)  # a stale attempt of this same batch
        partial.mkdir()
        with DeviceFlush(partial) as device:
            written = write(partial, step)
            device.flush()
            device.forget_cached()
        try:
            check(partial)
        except GridDeskError:  # what did not verify is of no use, and holds personal data
            shutil.rmtree(partial, ignore_errors=True)
            raise
        before_rename(written)
        os.replace(partial, final)
        fsync_dir(target_root)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StickError("stick.full", folder=partial.name) from None
        raise StickError("stick.write_failed", os_error=exc.strerror or str(exc), folder=partial.name) from None
    return final


def _described_lines(path: Path) -> list[str]:
    """The batch lines (name, a 64-hex digest, date) of a description already on the stick."""
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > 1024 ** 2:
            return []
        text = path.read_bytes().decode("utf-8-sig", "replace")
    except OSError:
        return []
    out = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and len(parts[1]) == 64 and all(c in "0123456789abcdef" for c in parts[1]) \
                and parts[0] and "/" not in parts[0] and "\\" not in parts[0]:
            out.append(line)
    return out


def describe_carrier(target_root: Path, organisation: str, entries: list[tuple[str, str, str]],
                     software: str) -> None:
    """说明文件.TXT, rewritten last: every batch on the stick with its package digest.
    `entries` are (batch, digest, date) for the batches this installation has written there."""
    lines = ["载体说明文件", f"移交单位：{organisation}", f"生成软件：{software}",
             "每个批次是一个 BagIt 包；包摘要为 tagmanifest-sm3.txt 的 SM3 值。", "",
             "批次\t包摘要（SM3）\t日期"]
    present = {p.name for p in target_root.iterdir() if p.is_dir()}
    lines += [f"{name}\t{digest}\t{day}" for name, digest, day in entries if name in present]
    # One stick carried round several villages (a township clerk's): the other villages' batches
    # keep their lines, else the township finds their digests missing from the description.
    ours = {name for name, _d, _day in entries}
    lines += [line for line in _described_lines(target_root / DESCRIPTION)
              if line.split("\t", 1)[0] in present - ours]
    body = ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")
    temporary = target_root / (DESCRIPTION + ".tmp")
    try:
        with open(temporary, "wb") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, target_root / DESCRIPTION)
    except OSError as exc:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:  # a folder of that name, a read-only stick: the refusal below says it, never a crash
            pass
        raise StickError("stick.description_failed", os_error=exc.strerror or str(exc)) from None
