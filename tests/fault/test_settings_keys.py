"""SettingsService.get/set take any key, and the centre's settings table also holds what other
services guard: the archive's SM2 signing key, the backup generations the director sets
(MANAGE_BACKUPS), the township's key fingerprint, the archive's pending export and what each
grid's printed sign showed. A staff account (SETTINGS) read the private signing key and changed
the director's backup setting through the generic get/set (found by trying; fails before)."""

from __future__ import annotations

import pytest

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import PermissionDenied
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.settings import SettingsService
from gridDesk.storage.centre_repo import CentreRepo

PW = "Staff@2026xy"


@pytest.fixture
def staff(demo, db):
    access = Access(db, paths.migrations_dir(), MemoryCache())
    AccountsService(demo, access).add("staff1", "工作人员", Role.STAFF, PW)
    session = access.login("staff1", PW)
    yield session
    session.close()


@pytest.mark.parametrize("key", ["archive_sm2_private", "archive_sm2_public", "backup_keep", "backup_folder",
                                 "backup_last_at", "integrity_full_at", "township_key_fingerprint",
                                 "archive_pending_export", "sign_printed:140105100201001",
                                 "centre_phone", "print_font"])
def test_a_setting_another_service_keeps_is_not_read_or_written_through_the_generic_one(demo, staff, key):
    with demo.db.transaction() as s:
        before = CentreRepo(s).setting(key, "")
    for session in (staff, demo):
        with pytest.raises(PermissionDenied):
            SettingsService(session).set(key, "1")
    if key == "archive_sm2_private":
        for session in (staff, demo):
            with pytest.raises(PermissionDenied):
                SettingsService(session).get(key)
    with demo.db.transaction() as s:
        assert CentreRepo(s).setting(key, "") == before


def test_the_generic_settings_still_work(staff):
    SettingsService(staff).set("before_import", "yes")
    assert SettingsService(staff).get("before_import") == "yes"
