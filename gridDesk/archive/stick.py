"""Putting a finished bag on a USB stick so that a pulled stick or a full disk never leaves a
package that looks complete: pre-flight checks, copy into `<batch>.partial/` with fsync, rename,
then rewrite 说明文件.TXT last through a temporary file."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import GridDeskError
from ..security.fileio import copy_synced, fsync_dir

FAT_LIMIT = 4 * 1024 ** 3 - 1  # FAT32: one byte short of 4 GiB a file
PATH_LIMIT = 240  # Windows' MAX_PATH less a margin
DESCRIPTION = "说明文件.TXT"
Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool]


class StickError(GridDeskError):
    """A plain sentence for the user; nothing on the stick looks complete."""

    code = "stick_error"


def preflight(bag: Path, target_root: Path, fs_type: str = "") -> list[str]:
    """Problems that would stop the copy, found before a byte is written."""
    files = [p for p in bag.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    problems = []
    try:
        free = shutil.disk_usage(target_root).free
    except OSError as exc:
        return [f"打不开目标位置 {target_root}（{exc.strerror or exc}）。U 盘插好了吗？"]
    if free < size * 1.1:
        problems.append(f"U 盘空间不够：需要约 {size * 1.1 / 1024 ** 2:.0f} MB，只剩 {free / 1024 ** 2:.0f} MB。")
    if fs_type.lower() in ("vfat", "fat", "fat32", "msdos"):
        big = [p.name for p in files if p.stat().st_size > FAT_LIMIT]
        if big:
            problems.append(f"U 盘是 FAT32 格式，单个文件不能超过 4 GB：{'、'.join(big[:3])}。请换 exFAT/NTFS 格式的 U 盘。")
    longest = max((len(str(target_root / bag.name / p.relative_to(bag))) for p in files), default=0)
    if longest > PATH_LIMIT:
        problems.append(f"路径太长（{longest} 个字符），Windows 可能打不开。请把包直接放在 U 盘根目录。")
    return problems


def copy_bag(bag: Path, target_root: Path, progress: Progress = None, cancelled: Cancelled = lambda: False) -> Path:
    """Copies the bag under `target_root`; returns its final folder. On any failure or cancel the
    only trace is `<name>.partial`, which every verifier rejects."""
    final = target_root / bag.name
    if final.exists():
        raise StickError(f"U 盘上已经有 {bag.name}，不会覆盖它。")
    partial = target_root / f"{bag.name}.partial"
    if partial.exists():
        shutil.rmtree(partial, ignore_errors=True)  # a stale attempt of this same batch
    files = sorted(p for p in bag.rglob("*") if p.is_file())
    total = sum(p.stat().st_size for p in files)
    done = 0
    try:
        def step(n: int) -> None:
            nonlocal done
            done += n
            if progress:
                progress(done, total)
            if cancelled():
                raise StickError("已取消。U 盘上只留下一个 .partial 文件夹，它不算完整的包。")

        for source in files:
            target = partial / source.relative_to(bag)
            target.parent.mkdir(parents=True, exist_ok=True)
            copy_synced(source, target, step, 1 << 20)
        for folder in sorted({p.parent for p in partial.rglob("*")} | {partial}, key=lambda p: -len(p.parts)):
            fsync_dir(folder)
        os.replace(partial, final)
        fsync_dir(target_root)
    except StickError:
        raise
    except OSError as exc:
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
