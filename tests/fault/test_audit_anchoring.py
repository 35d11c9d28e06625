"""The audit chain anchored outside the PC: each batch carries the segment since the last one and
the signed head; the township holds the village to the head it received. Anyone with the data key
can rewrite the log and recompute the chain (the village's own check then says 完好), but not
what has already left: the next batch fails at the township, naming the row."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from gridDesk.archive.audit_anchor import ReceivedHeads
from gridDesk.archive.verify import report_text, verify_path
from gridDesk.domain.backups import MANIFEST
from gridDesk.domain.errors import ValidationError
from gridDesk.security.audit_chain import leaf, link
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.audit import AuditFilter, AuditService
from gridDesk.services.backups import BackupService
from gridDesk.storage.engine import keyed_connect


def _work(session, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        session.record("print", f"公示牌 {i}", "")


def _export(session, tmp_path, name: str):
    stick = tmp_path / name
    stick.mkdir()
    prepared, report = ArchiveService(session).export(stick)
    assert report.passed, report_text([report])
    return stick, prepared


def _township(stick, session, heads, digests=None):
    key = ArchiveService(session).signing_key().public()
    reports = verify_path(stick, [key], digests, heads)
    return reports


def _rechain(session, sql: str | None = None, params=(), cover_tracks: bool = True) -> None:
    """What a key holder can do: drop the triggers, change the log, recompute every hash."""
    conn = keyed_connect(session.db_path, session.dek)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    if sql:
        conn.execute(sql, params)
    prev = "0" * 64
    for row in conn.execute("SELECT id, ts, account, action, target, detail FROM audit_log ORDER BY id").fetchall():
        prev = link(prev, leaf(*row))
        conn.execute("UPDATE audit_log SET mac = ? WHERE id = ?", (prev, row[0]))
    if cover_tracks:  # the batches' own note of what they carried, recomputed too
        conn.execute("UPDATE export_batches SET audit_head = "
                     "(SELECT mac FROM audit_log WHERE audit_log.id = export_batches.audit_count)")
    conn.commit()
    conn.close()


def test_each_batch_carries_the_rows_since_the_last_and_extends_its_head(session, tmp_path):
    _work(session, 5)
    heads: dict = {}
    stick1, first = _export(session, tmp_path, "s1")
    reports = _township(stick1, session, heads)
    assert all(r.passed for r in reports), report_text(reports)
    group = reports[0].village
    assert heads[group] == (first.audit_head,) and first.audit_head.count >= 6
    segment = next(stick1.rglob("audit-segment.jsonl")).read_text(encoding="utf-8").splitlines()
    assert json.loads(segment[0])["id"] == 1 and len(segment) == first.audit_head.count
    _work(session, 3, 100)
    stick2, second = _export(session, tmp_path, "s2")
    reports = _township(stick2, session, heads, {first.digest_sm3})
    assert all(r.passed for r in reports), report_text(reports)
    rows = [json.loads(x) for x in next(stick2.rglob("audit-segment.jsonl")).read_text(encoding="utf-8").splitlines()]
    assert rows[0]["id"] == first.audit_head.count + 1  # only what is new since the last batch
    assert heads[group] == (first.audit_head, second.audit_head)
    # The same sticks checked again pass: each batch is recognised by its own head.
    received = {first.digest_sm3, second.digest_sm3}  # the township's own record of what passed there
    assert all(r.passed for r in _township(stick1, session, heads, received) + _township(stick2, session, heads, received))
    assert "审计链头" in report_text(reports)


def test_a_row_already_sent_rewritten_with_the_key_is_caught_on_the_next_batch(session, tmp_path):
    _work(session, 5)
    heads: dict = {}
    stick1, first = _export(session, tmp_path, "s1")
    assert all(r.passed for r in _township(stick1, session, heads))
    _rechain(session, "UPDATE audit_log SET detail = '没打印过' WHERE id = 3", cover_tracks=False)
    assert AuditService(session).verify().ok  # the chain inside the database cannot see it
    with pytest.raises(ValidationError, match="审计日志段接续"):  # the village's own export can
        _export(session, tmp_path, "s1b")
    _rechain(session)  # unless the batches' record is doctored too: then only the township can
    _work(session, 2, 100)
    stick2, _second = _export(session, tmp_path, "s2")
    report = _township(stick2, session, heads, {first.digest_sm3})[0]
    assert not report.passed
    failed = [c for c in report.checks if not c.ok]
    assert [c.name for c in failed] == ["审计日志段接续已收到的链头"]
    assert f"第 {first.audit_head.count} 条" in failed[0].reason and "改写" in failed[0].reason
    assert heads[report.village] == (first.audit_head,)  # a failed batch moves nothing


def test_a_deleted_row_already_sent_is_caught(session, tmp_path):
    _work(session, 5)
    heads: dict = {}
    stick1, first = _export(session, tmp_path, "s1")
    assert all(r.passed for r in _township(stick1, session, heads))
    # Delete row 2, renumber the rest (ids are the chain's), recompute, and fix the batch's note of
    # what it sent so the village's own export does not object.
    conn = keyed_connect(session.db_path, session.dek)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = 2")
    conn.execute("UPDATE audit_log SET id = id - 1 WHERE id > 2")
    conn.execute("UPDATE export_batches SET audit_count = audit_count - 1")
    conn.commit()
    conn.close()
    _rechain(session)
    stick2, _second = _export(session, tmp_path, "s2")
    report = _township(stick2, session, heads, {first.digest_sm3})[0]
    assert not report.passed
    reason = next(c.reason for c in report.checks if not c.ok)
    assert f"第 {first.audit_head.count - 1}" in reason or f"第 {first.audit_head.count} 条" in reason


def test_cutting_off_the_newest_rows_already_sent_is_caught(session, tmp_path):
    _work(session, 8)
    heads: dict = {}
    stick1, first = _export(session, tmp_path, "s1")
    assert all(r.passed for r in _township(stick1, session, heads))
    cut = first.audit_head.count - 3
    conn = keyed_connect(session.db_path, session.dek)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id > ?", (cut,))
    conn.commit()
    conn.close()
    # The village's export refuses outright: its own record says more rows left than exist.
    with pytest.raises(ValidationError, match="审计日志比上一批送出时短"):
        _export(session, tmp_path, "s2")
    # And if the record is doctored too, the township still names the rows.
    conn = keyed_connect(session.db_path, session.dek)
    conn.execute("UPDATE export_batches SET audit_count = ?, audit_head = (SELECT mac FROM audit_log WHERE id = ?)",
                 (cut, cut))
    conn.commit()
    conn.close()
    stick3, _third = _export(session, tmp_path, "s3")
    report = _township(stick3, session, heads, {first.digest_sm3})[0]
    reason = next(c.reason for c in report.checks if not c.ok)
    assert f"已上报到第 {first.audit_head.count} 条" in reason and "截短" in reason, reason
    _work(session, 10, 100)  # more rows since: the count is past the old head, the rows are not the same
    stick4, _fourth = _export(session, tmp_path, "s4")
    report = _township(stick4, session, heads, {first.digest_sm3, _third.digest_sm3})[0]
    reason = next(c.reason for c in report.checks if not c.ok)
    assert f"第 {cut + 1}–{first.audit_head.count} 条已经上报过" in reason, reason


def test_numbers_in_the_rows_leave_masked_and_still_link(session, tmp_path):
    session.record("unmask", "resident 1", "核对 11010519491231002X 电话 13800138000")
    heads: dict = {}
    stick, _prepared = _export(session, tmp_path, "s1")
    text = next(stick.rglob("audit-segment.jsonl")).read_text(encoding="utf-8")
    assert "11010519491231002X" not in text and "13800138000" not in text
    assert "1101**********002X" in text and '"masked":true' in text
    assert all(r.passed for r in _township(stick, session, heads))


def test_a_forged_segment_row_fails_even_when_its_hashes_are_recomputed(session, tmp_path):
    """A segment is covered by the manifests and the signature: changing a row in it breaks those;
    here we check the segment's own linkage as well (the leaf must match an unmasked row)."""
    from gridDesk.archive.audit_anchor import check_segment

    _work(session, 3)
    stick, _prepared = _export(session, tmp_path, "s1")
    head = next(stick.rglob("audit-head.json")).read_bytes()
    rows = next(stick.rglob("audit-segment.jsonl")).read_text(encoding="utf-8").splitlines()
    forged = json.loads(rows[1])
    forged["detail"] = "没有这回事"
    rows[1] = json.dumps(forged, ensure_ascii=False, separators=(",", ":"))
    result = check_segment(head, ("\n".join(rows) + "\n").encode(), None, None)
    assert result.problems and "第 2 条" in result.problems[0].render()  # a catalogue sentence


def test_the_head_goes_into_backup_json_and_on_the_handover_form(session, tmp_path):
    _work(session, 2)
    info = BackupService(session).backup(tmp_path / "b")
    recorded = json.loads((info.folder / MANIFEST).read_text(encoding="utf-8"))["audit_head"]
    count, digest = recorded.split()
    with keyed_connect(info.db_file, session.dek) as conn:
        assert conn.execute("SELECT mac FROM audit_log WHERE id = ?", (int(count),)).fetchone()[0] == digest
        assert conn.execute("SELECT max(id) FROM audit_log").fetchone()[0] == int(count)
    _stick, prepared = _export(session, tmp_path, "s1")
    form = tmp_path / "form.pdf"
    ArchiveService(session).handover_form(prepared.name, form)
    text = "".join(p.extract_text() for p in PdfReader(form).pages)
    assert "审计链头" in text and prepared.audit_head.short.split()[0] in text


def test_the_township_cli_remembers_heads_between_sticks(session, tmp_path):
    _work(session, 2)
    stick1, first = _export(session, tmp_path, "s1")
    signer = next(stick1.rglob("signer.pem"))
    store = tmp_path / "township"

    def verify(stick: Path):
        return subprocess.run([sys.executable, "-m", "gridDesk", "verify", str(stick), "--key", str(signer),
                               "--trust-store", str(store)], capture_output=True, text=True, timeout=120)

    assert verify(stick1).returncode == 0
    heads = ReceivedHeads(store).load()
    assert set(heads.values()) == {(first.audit_head,)}  # under its group and under its signer
    _rechain(session, "UPDATE audit_log SET target = 'x' WHERE id = 1")
    stick2, _second = _export(session, tmp_path, "s2")
    out = verify(stick2)
    assert out.returncode == 1 and "改写" in out.stdout, out.stdout
    (store / "audit-heads.json").write_text("{broken", encoding="utf-8")
    out = verify(stick2)
    assert out.returncode == 2 and "损坏" in out.stderr


def test_a_restore_carries_the_rows_written_after_the_backup_so_the_township_sees_no_cut(access, session, tmp_path):
    from gridDesk import paths
    from gridDesk.domain.accounts import Role
    from gridDesk.services.accounts import AccountsService
    from gridDesk.services.restore import RestoreService

    AccountsService(session, access).add("li", "李四", Role.STAFF, "Staff@2026pw")
    info = BackupService(session).backup(tmp_path / "b")
    _work(session, 6)
    AccountsService(session, access).remove("li")  # a rekey after the backup, too
    heads: dict = {}
    stick1, first = _export(session, tmp_path, "s1")  # rows after the backup have left the PC
    assert all(r.passed for r in _township(stick1, session, heads))
    RestoreService(session, paths.migrations_dir()).restore(info.folder, "Grid@2026pass")
    report = AuditService(session).verify()
    assert report.ok, report.reason
    rows, _n = AuditService(session).query(AuditFilter(action="restore"))
    assert "已接续" in rows[0].detail
    # The rows the township holds are all still there, unchanged.
    conn = keyed_connect(session.db_path, session.dek)
    assert conn.execute("SELECT mac FROM audit_log WHERE id = ?", (first.audit_head.count,)).fetchone()[0] \
        == first.audit_head.digest
    conn.close()
    assert "1 批档案包记录也已接续" in rows[0].detail
    # The next batch follows the one sent before the restore: its number, its chain, its rows.
    stick2, second = _export(session, tmp_path, "s2")
    assert second.name.endswith("-0002")
    reports = _township(stick2, session, heads, {first.digest_sm3})
    assert all(r.passed for r in reports), report_text(reports)
