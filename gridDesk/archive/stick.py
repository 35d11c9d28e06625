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


def preflight(target_root: Path, name: str, need: Estimate, fs_type: str = "") -> list[str]:
    """Problems that would stop the write, found before a byte is written."""
    problems = []
    try:
        free = shutil.disk_usage(target_root).free
    except OSError as exc:
        return [f"打不开目标位置 {target_root}（{exc.strerror or exc}）。U 盘插好了吗？"]
    if free < need.size * 1.1:
        problems.append(f"U 盘空间不够：需要约 {need.size * 1.1 / 1024 ** 2:.0f} MB，只剩 {free / 1024 ** 2:.0f} MB。")
    if fs_type.lower() in ("vfat", "fat", "fat32", "msdos") and need.biggest > FAT_LIMIT:
        problems.append("U 盘是 FAT32 格式，单个文件不能超过 4 GB，这一批里有更大的文件。请换 exFAT/NTFS 格式的 U 盘。")
    longest = len(str(Path(target_root) / (name + PARTIAL))) + 1 + need.longest
    if longest > PATH_LIMIT:
        problems.append(f"路径太长（{longest} 个字符），Windows 可能打不开。请把包直接放在 U 盘根目录。")
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
        raise StickError(f"U 盘上已经有 {name}，不会覆盖它。")
    partial = target_root / f"{name}{PARTIAL}"

    def step(done: int, total: int) -> None:
        if progress:
            progress(done, total)
        if cancelled():
            raise StickError(f"已取消。U 盘上只留下一个 {partial.name} 文件夹，它不算完整的包。")

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
            raise StickError(f"U 盘已满，没有写完。U 盘上只留下 {partial.name}，它不算完整的包；"
                             "请换一个空间更大的 U 盘，或腾出空间后重新导出。") from None
        raise StickError(f"写入 U 盘时出错（{exc.strerror or exc}）。可能是 U 盘被拔出或已满。U 盘上只留下"
                         f" {partial.name}，它不算完整的包；请重新导出。") from None
    return final


def describe_carrier(target_root: Path, organisation: str, entries: list[tuple[str, str, str]],
                     software: str) -> None:
    """说明文件.TXT, rewritten last: every batch on the stick with its package digest.
    `entries` are (batch, digest, date) for the batches this installation has written there."""
    lines = ["载体说明文件", f"移交单位：{organisation}", f"生成软件：{software}",
             "每个批次是一个 BagIt 包；包摘要为 tagmanifest-sm3.txt 的 SM3 值。", "",
             "批次\t包摘要（SM3）\t日期"]
    present = {p.name for p in target_root.iterdir() if p.is_dir()}
    lines += [f"{name}\t{digest}\t{day}" for name, digest, day in entries if name in present]
    body = ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")
    temporary = target_root / (DESCRIPTION + ".tmp")
    try:
        with open(temporary, "wb") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, target_root / DESCRIPTION)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise StickError(f"写说明文件时出错（{exc.strerror or exc}）。包已写好，请在本页重新写入说明文件。") from None
