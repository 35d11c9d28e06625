"""The audit chain needs no key: it verifies over the whole history after every key change
(removing a member rekeys the database), a restore, a recovery and a password change; an old
HMAC-chained log is converted once, and the conversion is on the log."""

from __future__ import annotations

import hashlib
import hmac
import json

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditService
from gridDesk.services.backups import BackupService
from gridDesk.services.restore import RestoreService
from gridDesk.storage.engine import keyed_connect
from tests.conftest import DIRECTOR, PASSWORD
from tests.migrations_helper import downgrade

STAFF_PW = "Staff@2026pw"


def _verify(access, password=PASSWORD):
    s = access.login(DIRECTOR, password)
    try:
        return AuditService(s).verify()
    finally:
        s.close()


def test_the_chain_verifies_after_a_member_is_removed(access, session):
    accounts = AccountsService(session, access)
    accounts.add("li", "李四", Role.STAFF, STAFF_PW)
    accounts.add("wang", "王五", Role.GRID_MEMBER, STAFF_PW)
    before = session.dek
    accounts.remove("li")
    accounts.remove("wang")
    session.close()
    report = _verify(access)
    assert report.ok, report.reason
    assert report.rows_checked > 6
    s = access.login(DIRECTOR, PASSWORD)
    assert s.dek != before  # the removals really did rekey
    s.close()


def test_the_chain_verifies_after_a_password_change_and_a_recovery(access, centre, session):
    AccountsService(session, access).change_password(PASSWORD, "Newer@2026x")
    session.close()
    assert _verify(access, "Newer@2026x").ok
    access.recover(centre.recovery_key, DIRECTOR, "Recovered@2026").close()
    assert _verify(access, "Recovered@2026").ok


def test_the_chain_verifies_after_restoring_a_backup_from_before_a_removal(access, session, tmp_path):
    accounts = AccountsService(session, access)
    accounts.add("li", "李四", Role.STAFF, STAFF_PW)
    info = BackupService(session).backup(tmp_path / "b")
    accounts.remove("li")
    RestoreService(session, paths.migrations_dir()).restore(info.folder, PASSWORD)
    session.close()
    assert _verify(access).ok


def _old_hmac_chain(db_path, dek) -> int:
    """Rewrite the log the way GridDesk 0.x chained it (HMAC keyed from the data key)."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"audit").derive(dek)
    conn = keyed_connect(db_path, dek)
    conn.execute("DROP TRIGGER audit_log_no_update")
    prev = "0" * 64
    rows = conn.execute("SELECT id, ts, account, action, target, detail FROM audit_log ORDER BY id").fetchall()
    for r in rows:
        body = json.dumps(list(r), ensure_ascii=False, separators=(",", ":")).encode()
        prev = hmac.new(key, prev.encode() + body, hashlib.sha256).hexdigest()
        conn.execute("UPDATE audit_log SET mac = ? WHERE id = ?", (prev, r[0]))
    conn.commit()
    conn.close()
    return len(rows)


def test_an_old_hmac_chain_is_checked_then_converted_and_says_so(access, session):
    for i in range(5):
        session.record("print", f"公示牌 {i}", "")
    downgrade(session.db.engine, "0006")
    n = _old_hmac_chain(session.db_path, session.dek)
    session.close()
    s = access.login(DIRECTOR, PASSWORD)  # migrates to 0007
    report = AuditService(s).verify()
    assert report.ok, report.reason
    with s.db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT account, action, target, detail FROM audit_log WHERE action = 'audit_rechained'").one()
    assert row[0] == "system" and row[2] == f"{n} rows" and "旧链完好" in row[3]
    s.close()


def test_an_old_chain_broken_before_conversion_is_reported_not_laundered(access, session):
    for i in range(5):
        session.record("print", f"公示牌 {i}", "")
    downgrade(session.db.engine, "0006")
    _old_hmac_chain(session.db_path, session.dek)
    conn = keyed_connect(session.db_path, session.dek)
    conn.execute("UPDATE audit_log SET target = '改过' WHERE id = 3")
    conn.commit()
    conn.close()
    session.close()
    s = Access(session.db_path, paths.migrations_dir()).login(DIRECTOR, PASSWORD)
    with s.db.engine.connect() as conn:
        detail = conn.exec_driver_sql(
            "SELECT detail FROM audit_log WHERE action = 'audit_rechained'").scalar_one()
    assert "第 3 条" in detail
    s.close()
