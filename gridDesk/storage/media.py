"""Where a folder really is: on this PC, on a removable stick, or on another disk. A backup that
stays on the disk it protects is lost with it (a dead disk, a stolen PC, ransomware), so only a
copy whose volume is neither the data folder's nor the system's counts as the centre's backup.

Windows: GetDriveTypeW says DRIVE_REMOVABLE for a stick; any other volume that is neither the
system drive nor the data drive is "another disk" (a USB hard disk, a second disk, a share).
Linux: a mount under /media, /run/media or /mnt, or a block device whose /sys entry says
removable=1, is a stick; any other real filesystem on another device is another disk. A memory
filesystem (tmpfs) is never off the PC: it is gone at the next power cut."""

from __future__ import annotations

import os
import sys
from collections.abc import Collection
from pathlib import Path, PurePath, PureWindowsPath

from ..domain.backups import Medium, MediumKind

# Filesystems that live in memory or are the kernel's own views: a copy there leaves with the PC.
_NOT_A_DISK = frozenset({"tmpfs", "ramfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "zram"})
_STICK_MOUNTS = ("/media/", "/run/media/", "/mnt/")
DRIVE_REMOVABLE, DRIVE_FIXED, DRIVE_REMOTE, DRIVE_CDROM, DRIVE_RAMDISK = 2, 3, 4, 5, 6


def _existing(path: Path) -> Path:
    """The folder itself, or its nearest ancestor that exists (a stick's folder not made yet)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _device(path: Path) -> int:
    return os.stat(_existing(path)).st_dev


def home_devices(data_folder: Path) -> frozenset[int]:
    """The volumes that are "this PC": the data folder's and the system's."""
    system = Path(os.environ.get("SystemDrive", "C:") + "\\") if sys.platform == "win32" else Path("/")
    return frozenset({_device(data_folder), _device(system)})


def medium_of(target: Path, data_folder: Path, *, this_pc: Collection[int] | None = None) -> Medium:
    """What `target` is on. `this_pc`: the device numbers counted as this PC (st_dev; on Windows
    the volume serial number); by default the data folder's and the system drive's."""
    home = home_devices(data_folder) if this_pc is None else frozenset(this_pc)
    here = _existing(target)
    if not here.exists():  # a drive letter with nothing plugged in: nowhere off this PC to write
        return Medium(MediumKind.THIS_PC, str(here))
    if sys.platform == "win32":
        root = PureWindowsPath(os.path.abspath(here)).anchor
        return windows_medium(_drive_type(root), root, os.stat(here).st_dev in home)
    mount, fstype, device = _mount_of(here)
    if os.stat(here).st_dev in home or fstype in _NOT_A_DISK:
        return Medium(MediumKind.THIS_PC, str(mount))
    if linux_stick(mount, _sys_removable(device)):
        return Medium(MediumKind.REMOVABLE, str(mount))
    return Medium(MediumKind.OTHER_DISK, str(mount))


def windows_medium(drive_type: int, root: str, on_home_volume: bool) -> Medium:
    """GetDriveTypeW's answer for the volume `root` ("E:\\"), as a place a backup can go."""
    if drive_type == DRIVE_REMOVABLE and not on_home_volume:
        return Medium(MediumKind.REMOVABLE, root)
    if on_home_volume or drive_type == DRIVE_RAMDISK or drive_type < DRIVE_REMOVABLE:
        return Medium(MediumKind.THIS_PC, root)
    return Medium(MediumKind.OTHER_DISK, root)


def linux_stick(mount: PurePath, removable_flag: bool) -> bool:
    """A mount a desktop makes for a plugged-in stick, or a block device the kernel calls
    removable."""
    text = str(mount).rstrip("/") + "/"
    return removable_flag or any(text.startswith(m) and text != m for m in _STICK_MOUNTS)


def _drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))  # type: ignore[attr-defined]


def _unescape(field: str) -> str:
    # mountinfo writes a space as \040 (and tab, newline, backslash likewise, in octal)
    return field.encode("latin-1").decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")


def _mount_of(path: Path) -> tuple[PurePath, str, int]:
    """The mount holding `path` (the longest mount point above it), its filesystem type and
    device number, read from /proc/self/mountinfo; the path's own device when that is unreadable."""
    best, fstype = PurePath("/"), ""
    try:
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    for line in lines:
        left, _, right = line.partition(" - ")
        fields = left.split()
        if len(fields) < 5 or not right:
            continue
        point = PurePath(_unescape(fields[4]))
        if (path == point or point in path.parents) and len(point.parts) >= len(best.parts):
            best, fstype = point, right.split()[0]
    return best, fstype, os.stat(path).st_dev


def _sys_removable(device: int) -> bool:
    """The kernel's removable flag of the disk under a block device (a partition's is its
    parent's)."""
    node = Path(f"/sys/dev/block/{os.major(device)}:{os.minor(device)}")
    try:
        real = node.resolve(strict=True)
    except OSError:
        return False
    for folder in (real, real.parent):
        try:
            return (folder / "removable").read_text().strip() == "1"
        except OSError:
            continue
    return False
