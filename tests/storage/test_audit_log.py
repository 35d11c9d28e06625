"""The audit log: append-only by triggers, and a chain that names the first broken row."""

from __future__ import annotations

import pytest
import sqlcipher3

from gridDesk.domain.errors import PermissionDenied
from gridDesk.services.audit import AuditFilter, AuditService
from gridDesk.storage.engine import keyed_connect


def _fill(session, n=20):
    for i in range(n):
        session.record("print", f"公示牌 {i}", "")


def test_triggers_refuse_update_and_delete(session):
    _fill(session, 3)
    conn = keyed_connect(session.db_path, session.dek)
    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_log SET detail = 'x' WHERE id = 2")
    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE id = 2")
    conn.close()


def _tamper(session, sql):
    conn = keyed_connect(session.db_path, session.dek)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql)
    conn.close()


def test_an_edited_row_is_named(session):
    _fill(session)
    assert AuditService(session).verify().ok
    _tamper(session, "UPDATE audit_log SET account = 'someone' WHERE id = 9")
    report = AuditService(session).verify()
    assert not report.ok and report.first_broken_id == 9


def test_a_deleted_row_is_found(session):
    _fill(session)
    _tamper(session, "DELETE FROM audit_log WHERE id = 7")
    report = AuditService(session).verify()
    assert report.first_broken_id == 8


def test_a_forged_hash_that_does_not_chain_is_named(session):
    import hashlib

    _fill(session)
    forged = hashlib.sha256(b"guess").hexdigest()
    _tamper(session, f"UPDATE audit_log SET detail = 'x', mac = '{forged}' WHERE id = 5")
    assert AuditService(session).verify().first_broken_id == 5


def test_filters_and_the_audit_permission(access, session):
    _fill(session, 5)
    service = AuditService(session)
    rows, total = service.query(AuditFilter(action="print", text="公示牌 3"))
    assert total == 1 and rows[0].target == "公示牌 3"
    rows, total = service.query(AuditFilter(account="zhuren", action="login"))
    assert total == 1
    from gridDesk.domain.accounts import Role
    from gridDesk.services.accounts import AccountsService

    AccountsService(session, access).add("shen", "审计", Role.AUDITOR, "Audit@2026x")
    AccountsService(session, access).add("yuan", "员", Role.STAFF, "Staff@2026x")
    auditor = access.login("shen", "Audit@2026x")
    assert AuditService(auditor).query(AuditFilter())[1] > 0
    auditor.close()
    staff = access.login("yuan", "Staff@2026x")
    with pytest.raises(PermissionDenied):
        AuditService(staff).query(AuditFilter())
    staff.close()


def test_cli_audit_verify_reports_a_broken_chain(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "g.db"
    pw = "Secr3t!pass\n"
    run = lambda *a: subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), *a],  # noqa: E731
                                    input=pw, capture_output=True, text=True, timeout=120)
    assert run("init", "--village", "测试村", "--code", "140105100201", "--director", "zr",
               "--password-stdin").returncode == 0
    ok = run("audit", "verify", "--user", "zr", "--password-stdin")
    assert ok.returncode == 0 and "完好" in ok.stdout
    from gridDesk import paths
    from gridDesk.services.access import Access

    session = Access(db, paths.migrations_dir()).login("zr", pw.strip())
    _tamper(session, "UPDATE audit_log SET target = 'x' WHERE id = 1")
    session.close()
    bad = run("audit", "verify", "--user", "zr", "--password-stdin")
    assert bad.returncode == 1 and "编号 1" in bad.stdout
