"""Where the archive can be written: the removable drives plugged in now, never the system disk
(a package written to `/` or C:\\ is not on any stick, and `/` is rarely writable anyway)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QStorageInfo

# Where Linux desktops (UOS, Kylin) and macOS mount sticks; on Windows every drive but the system one.
_MOUNT_POINTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def removable(root: str, system: str) -> bool:
    if root.rstrip("/\\") == system.rstrip("/\\"):
        return False
    return sys.platform == "win32" or root.startswith(_MOUNT_POINTS)


def volumes() -> list[tuple[str, str, str]]:
    """(label, root path, file system) of the writable removable volumes mounted now."""
    out = []
    system = QStorageInfo.root().rootPath()
    for v in QStorageInfo.mountedVolumes():
        if not v.isValid() or not v.isReady() or v.isReadOnly():
            continue
        root = v.rootPath()
        if not removable(root, system):
            continue
        free = v.bytesAvailable() / 1024 ** 3
        name = v.displayName() or root
        label = QCoreApplication.translate("StickPlaces", "{0}（{1}，剩余 {2} GB）").format(name, root, f"{free:.1f}")
        out.append((label, root, bytes(v.fileSystemType()).decode(errors="replace")))
    return out
