"""Where a backup really goes (storage/media.py), decided on real paths of this machine: the data
folder's own disk is this PC, a memory filesystem is this PC, any other real volume is another
disk, and a desktop's stick mounts and Windows' removable drives are sticks."""

from __future__ import annotations

import os
from pathlib import Path, PurePath

import pytest

from gridDesk.domain.backups import Medium, MediumKind, counts_as_backup
from gridDesk.storage import media


def test_a_folder_on_the_data_folders_disk_is_this_pc(tmp_path):
    data, target = tmp_path / "data", tmp_path / "elsewhere" / "not-made-yet"
    data.mkdir()
    found = media.medium_of(target, data)
    assert found.kind is MediumKind.THIS_PC and not found.off_pc


def test_the_same_folder_beyond_a_boundary_is_another_disk(tmp_path):
    # The boundary moved: the device numbers counted as this PC are none of the real ones here.
    found = media.medium_of(tmp_path, tmp_path, this_pc={-1})
    assert found.kind is MediumKind.OTHER_DISK and found.off_pc
    assert Path(found.place) in (tmp_path, *tmp_path.parents)  # the volume's mount point


@pytest.mark.skipif(not Path("/dev/shm").is_dir() or os.name != "posix", reason="needs a tmpfs at /dev/shm")
def test_memory_is_never_off_the_pc(tmp_path):
    assert os.stat("/dev/shm").st_dev != os.stat(tmp_path).st_dev  # another device, yet...
    assert media.medium_of(Path("/dev/shm"), tmp_path, this_pc={-1}).kind is MediumKind.THIS_PC


def test_linux_stick_mounts_and_the_removable_flag():
    assert media.linux_stick(PurePath("/media/zhang/KINGSTON"), False)
    assert media.linux_stick(PurePath("/run/media/zhang/U盘"), False)
    assert media.linux_stick(PurePath("/mnt/usb"), False)
    assert not media.linux_stick(PurePath("/media"), False)  # the folder itself is on the system disk
    assert not media.linux_stick(PurePath("/home"), False)
    assert media.linux_stick(PurePath("/srv/sdb1"), True)  # the kernel says removable


def test_windows_drive_types():
    assert media.windows_medium(media.DRIVE_REMOVABLE, "E:\\", False) == Medium(MediumKind.REMOVABLE, "E:\\")
    assert media.windows_medium(media.DRIVE_FIXED, "D:\\", False).kind is MediumKind.OTHER_DISK
    assert media.windows_medium(media.DRIVE_REMOTE, "Z:\\", False).kind is MediumKind.OTHER_DISK
    assert media.windows_medium(media.DRIVE_FIXED, "C:\\", True).kind is MediumKind.THIS_PC  # system or data drive
    assert media.windows_medium(media.DRIVE_REMOVABLE, "E:\\", True).kind is MediumKind.THIS_PC  # data on the stick
    assert media.windows_medium(media.DRIVE_RAMDISK, "R:\\", False).kind is MediumKind.THIS_PC


def test_only_a_persons_backup_off_the_pc_counts():
    stick = Medium(MediumKind.REMOVABLE, "E:\\")
    assert counts_as_backup("manual", stick)
    assert not counts_as_backup("manual", Medium(MediumKind.THIS_PC, "C:\\"))
    assert not counts_as_backup("before-restore", stick) and not counts_as_backup("before-migration", stick)
