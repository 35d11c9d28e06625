"""audit: the chain becomes a keyless SM3 hash chain; batches record the audit head they carried

The old chain was HMAC-SHA256 keyed from the data key, so every rekey (removing a member) left
the rows before it unverifiable. Here the old chain is checked once more, as far as today's key
can (rows written before the last rekey cannot be checked by anyone now), every row is re-hashed
into the SM3 chain of security/audit_chain.py, and one row records what was found, so the
conversion is itself on the log it converted.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 16:00:00
"""

import hashlib
import hmac
import json
from datetime import datetime, timezone

from alembic import context, op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_ZERO = "0" * 64


def _old_mac(key: bytes, prev: str, row) -> str:
    # The retired algorithm, written out here so this step never depends on code that moves on.
    body = json.dumps(list(row[:6]), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, prev.encode("ascii") + body, hashlib.sha256).hexdigest()


def _old_key(dek: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"audit").derive(dek)


def _sm3(data: bytes) -> bytes:
    return hashlib.new("sm3", data).digest()


def _already_sm3(rows) -> bool:
    prev = bytes(32)
    for r in rows:
        body = json.dumps(list(r[:6]), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        prev = _sm3(prev + _sm3(body))
        if prev.hex() != r[6]:
            return False
    return bool(rows)


def _ranges(ids: list[int]) -> str:
    spans, start = [], ids[0]
    for a, b in zip(ids, ids[1:] + [None]):
        if b != a + 1:
            spans.append(f"{start}" if start == a else f"{start}–{a}")
            start = b
    return "、".join(spans[:20]) + ("……" if len(spans) > 20 else "")


def upgrade() -> None:
    with op.batch_alter_table('export_batches', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('audit_head', sa.String(length=64), nullable=False, server_default=''))

    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT id, ts, account, action, target, detail, mac FROM audit_log ORDER BY id").fetchall()
    if _already_sm3(rows):  # a schema taken down and up again (tests) keeps its chain as it is
        return
    dek = context.config.attributes.get("dek")
    old_ok, broken_at = 0, None
    if dek is not None:
        key, prev = _old_key(dek), _ZERO
        for r in rows:
            if not hmac.compare_digest(_old_mac(key, prev, r), r[6]):
                broken_at = r[0]
                break
            prev, old_ok = r[6], old_ok + 1

    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    # Rows deleted from the old log leave holes in the ids, which the new chain (ids are part of
    # it) would refuse for ever, and every archive export after it. Each hole gets a row saying so,
    # on the log and in the first segment the township receives: filled, never hidden.
    missing, filled, expected = [], [], 1
    for r in rows:
        while r[0] > expected:
            hole = (expected, r[1], "system", "audit_row_missing", f"第 {expected} 条",
                    "转换审计链时这条记录已经不存在（在旧版本中被删除）")
            conn.exec_driver_sql("INSERT INTO audit_log (id, ts, account, action, target, detail, mac) "
                                 "VALUES (?,?,?,?,?,?,'')", hole)
            filled.append(hole)
            missing.append(expected)
            expected += 1
        filled.append(tuple(r[:6]))
        expected = max(expected, r[0] + 1)
    rows = filled
    prev = bytes(32)
    for r in rows:
        body = json.dumps(list(r[:6]), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        prev = _sm3(prev + _sm3(body))
        conn.exec_driver_sql("UPDATE audit_log SET mac = ? WHERE id = ?", (prev.hex(), r[0]))
    if rows:
        if dek is None:
            found = "旧链未校验（升级时没有数据密钥）"
        elif broken_at is None:
            found = f"旧链完好，{old_ok} 条全部校验通过"
        else:
            found = (f"旧链从第 {broken_at} 条起无法用现在的密钥校验（前 {old_ok} 条通过；"
                     "更换过数据密钥之前的记录本来就无法再校验）")
        if missing:
            found += (f"；第 {_ranges(missing)} 条记录在转换前已被删除（共 {len(missing)} 条），"
                      "已用“audit_row_missing”记录补上编号，原内容无法恢复")
        row_id = rows[-1][0] + 1
        ts = datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
        values = (row_id, ts, "system", "audit_rechained", f"{len(rows)} rows", found)
        body = json.dumps(list(values), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        conn.exec_driver_sql(
            "INSERT INTO audit_log (id, ts, account, action, target, detail, mac) VALUES (?,?,?,?,?,?,?)",
            (*values, _sm3(prev + _sm3(body)).hex()))
    op.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END")
    op.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END")


def downgrade() -> None:
    # The SM3 chain stays: the old HMAC chain cannot be rebuilt without inventing history.
    with op.batch_alter_table('export_batches', schema=None) as batch_op:
        batch_op.drop_column('audit_head')
        batch_op.drop_column('audit_count')
