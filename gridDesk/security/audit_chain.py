"""The audit log's hash chain: mac = HMAC(HKDF(DEK, "audit"), prev_mac || row).

Pure functions over plain rows, so the storage layer stores and the verifier checks without
either knowing the other.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass

from .crypto import hkdf

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainRow:
    id: int
    ts: str
    account: str
    action: str
    target: str
    detail: str
    mac: str


def chain_key(dek: bytes) -> bytes:
    return hkdf(dek, b"audit")


def row_mac(key: bytes, prev_mac: str, row_id: int, ts: str, account: str, action: str,
            target: str, detail: str) -> str:
    body = json.dumps([row_id, ts, account, action, target, detail], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")
    return hmac.new(key, prev_mac.encode("ascii") + body, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    rows_checked: int
    first_broken_id: int | None
    reason: str

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify(key: bytes, rows: Iterable[ChainRow]) -> ChainReport:
    prev = GENESIS
    expected_id = None
    count = 0
    for row in rows:
        if expected_id is not None and row.id != expected_id:
            return ChainReport(count, row.id, f"第 {expected_id} 条到第 {row.id - 1} 条记录不见了")
        good = row_mac(key, prev, row.id, row.ts, row.account, row.action, row.target, row.detail)
        if not hmac.compare_digest(good, row.mac):
            return ChainReport(count, row.id, f"第 {row.id} 条记录被改动过，或它之前的记录被删除")
        prev = row.mac
        expected_id = row.id + 1
        count += 1
    return ChainReport(count, None, "")
