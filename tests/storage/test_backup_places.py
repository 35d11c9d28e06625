"""Backups that leave the PC (issue 22 item 1): only a person's backup to a stick or another disk
is the centre's backup; the place chosen outlives a restore; the program's own copy before a
restore is listed as such and never taken for the centre's backup. "Another disk" is a real
decision on real paths (storage/media.py); here its boundary is moved with `this_pc`, the
device numbers counted as this PC, so that a folder under tmp_path stands for a stick."""

from __future__ import annotations

import pytest

from gridDesk import paths
from gridDesk.domain.backups import MediumKind
from gridDesk.domain.errors import BackupFailed
from gridDesk.services.backups import BackupService
from gridDesk.services.restore import RestoreService
from gridDesk.services.settings import SettingsService

DAY = 86400.0
BEYOND = frozenset({-1})  # no real device: every real disk here is "another disk"


def test_a_backup_that_stays_on_the_pc_leaves_the_reminder_up(session):
    service = BackupService(session)
    info = service.backup()  # the PC's own folder, as 现在备份 did
    state = service.state()
    assert info.folder.parent == service.default_folder()
    assert state.overdue and state.last_at == "" and state.last_medium is None
    assert state.on_pc_at == info.created  # made, and said so, but not the centre's backup


def test_a_backup_to_another_disk_clears_it_and_says_where(session, tmp_path):
    service = BackupService(session, this_pc=BEYOND)
    info = service.backup(tmp_path / "stick")
    state = service.state()
    assert not state.overdue and state.last_at == info.created and state.days == 0
    assert state.last_medium.kind is MediumKind.OTHER_DISK and state.last_medium.place
    assert state.folder == tmp_path / "stick" and state.chosen


def test_the_program_s_own_copies_never_count(session, tmp_path):
    service = BackupService(session, this_pc=BEYOND)
    service.backup(tmp_path / "stick", reason="before-restore")
    assert service.state().overdue and not service.state().chosen


def test_restore_keeps_the_chosen_place_and_its_copy_is_no_backup(session, clock, tmp_path):
    stick = tmp_path / "stick"
    service = BackupService(session, this_pc=BEYOND)
    SettingsService(session).set("motto", "旧")
    info = service.backup(stick)
    clock.advance(3 * DAY)
    SettingsService(session).set("motto", "新")
    RestoreService(session, paths.migrations_dir()).restore(info.folder)
    assert SettingsService(session).get("motto") == "旧"
    state = service.state()
    assert state.folder == stick and state.chosen  # not reset to the PC folder
    assert state.last_at == info.created and state.days == 3  # not "(0 天前)"
    assert state.last_medium.kind is MediumKind.OTHER_DISK
    listed = service.backups()
    assert [b.reason for b in listed] == ["before-restore", "manual"]  # listed beside the stick's, as such
    assert listed[0].folder.parent == service.default_folder()


def test_a_stick_that_is_not_plugged_in_is_refused(session, tmp_path):
    stick = tmp_path / "stick"
    BackupService(session, this_pc=BEYOND).set_folder(stick)
    # The same folder seen from this PC's side of the boundary: the stick is gone.
    with pytest.raises(BackupFailed) as caught:
        BackupService(session).backup(stick)
    assert caught.value.code == "backup_failed.not_plugged"
    assert not stick.exists()
