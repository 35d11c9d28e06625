"""The audit log's hash chain, which needs no key.

    leaf_i = SM3(canonical row_i)          canonical = JSON [id, ts, account, action, target, detail]
    h_i    = SM3(h_(i-1) || leaf_i)        h_0 = 32 zero bytes

Why no key: an earlier chain was an HMAC keyed from the data key, so every rekey (removing a
member) made the rows before it unverifiable. A keyless chain survives rekeys, restores, recovery
and password changes. Why the leaf: the archive package carries the rows masked (an ID number in
a reason, say), and the township must still be able to check that the segment links to the head
it received before; with the leaf in the package it can, and where masking left a row unchanged
it re-derives the leaf from the row as well.

What the chain does not do on its own: anyone holding the data key can rewrite the table and
recompute every hash. The head (count, h_count) leaves the PC in every archive batch, signed, and
the township checks that the next segment extends it (archive/audit_anchor.py).

Pure functions over plain rows, so storage stores, and the village and the township check, with
neither knowing the other.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

GENESIS = "0" * 64
# One encoder made once (json.dumps with arguments builds a new one per call), and one empty SM3
# state copied per hash (cheaper than hashlib.new's lookup): the verifier walks a million rows.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_EMPTY_SM3 = hashlib.new("sm3")  # OpenSSL's SM3; never updated, only copied


def _sm3(data: bytes) -> bytes:
    h = _EMPTY_SM3.copy()
    h.update(data)
    return h.digest()


@dataclass(frozen=True)
class ChainRow:
    id: int
    ts: str
    account: str
    action: str
    target: str
    detail: str
    mac: str  # h_id in hex (the column kept its old name)


@dataclass(frozen=True)
class Head:
    """How far the chain reaches: `count` rows, ending in `digest` (hex). An empty log is (0, GENESIS)."""

    count: int
    digest: str

    @property
    def short(self) -> str:
        """What a person reads aloud or writes in the meeting record: 16 hex digits in four groups."""
        return " ".join(self.digest[i:i + 4].upper() for i in range(0, 16, 4))


def canonical(row_id: int, ts: str, account: str, action: str, target: str, detail: str) -> bytes:
    return _ENCODE([row_id, ts, account, action, target, detail]).encode("utf-8")


def leaf(row_id: int, ts: str, account: str, action: str, target: str, detail: str) -> str:
    return _sm3(canonical(row_id, ts, account, action, target, detail)).hex()


def link(prev: str, leaf_hex: str) -> str:
    return _sm3(bytes.fromhex(prev) + bytes.fromhex(leaf_hex)).hex()


def row_hash(prev: str, row_id: int, ts: str, account: str, action: str, target: str,
             detail: str) -> str:
    return _sm3(bytes.fromhex(prev)
                + _sm3(canonical(row_id, ts, account, action, target, detail))).hex()


@dataclass(frozen=True)
class ChainReport:
    rows_checked: int
    first_broken_id: int | None
    reason: str
    head: Head = Head(0, GENESIS)

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify(rows: Iterable[tuple[int, str, str, str, str, str, str]]) -> ChainReport:
    """Walk (id, ts, account, action, target, detail, hash) tuples in id order from row 1.

    Tuples, not ChainRow objects, and the loop kept bare: this runs over a million rows and the
    budget is twice a plain SM3 loop over the same canonical rows. (The hashes are public, so a
    plain comparison is fine: nothing secret leaks through its timing.)"""
    prev = bytes(32)
    expected = 1
    empty, encode = _EMPTY_SM3, _ENCODE
    for row in rows:
        row_id = row[0]
        if row_id != expected:
            count = expected - 1
            if row_id < expected:
                return ChainReport(count, row_id, f"第 {row_id} 条记录出现了两次", Head(count, prev.hex()))
            return ChainReport(count, row_id, f"第 {expected} 条到第 {row_id - 1} 条记录不见了",
                               Head(count, prev.hex()))
        leaf_state = empty.copy()
        leaf_state.update(encode(row[:6]).encode())  # a tuple encodes as the JSON array canonical() makes
        link_state = empty.copy()
        link_state.update(prev + leaf_state.digest())
        prev_next = link_state.digest()
        if prev_next.hex() != row[6]:
            return ChainReport(expected - 1, row_id, f"第 {row_id} 条记录被改动过，或它之前的记录被删除",
                               Head(expected - 1, prev.hex()))
        prev = prev_next
        expected += 1
    return ChainReport(expected - 1, None, "", Head(expected - 1, prev.hex()))


def rows_as_tuples(rows: Iterable[ChainRow]) -> Iterator[tuple[int, str, str, str, str, str, str]]:
    for r in rows:
        yield r.id, r.ts, r.account, r.action, r.target, r.detail, r.mac
